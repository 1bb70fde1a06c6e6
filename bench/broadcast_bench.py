"""Benchmark: changes broadcast to N subscribers through the rate limiter and the outbox.

Runs the real Application (the bot's TelegramLimiter at Telegram's limits, the outbox courier,
SQLite on disk) against the in-process Bot API, in real time, then counts what each chat
received and when: messages in the first second and in the busiest second, the busiest minute
of any group, the closest two messages to one private chat. Optionally stops the bot part-way and
starts a new one on the same database, as a deploy would.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import logging
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from bot import jobs
from bot.app import build_application, running
from bot.config import Config
from bot.local_api import LocalBotAPI
from storage import Store
from storage.subscriptions import attach
from storage.views import Change

FIRST_CHAT = 700_000_000
FIRST_GROUP = -1_009_000_000_000


def _change(n: int) -> Change:
    return Change(
        topic="exchange",
        what=f"Exchange: negotiating → agreed · {1_200 + n:,}",
        story_id=1,
        outlets=("Times Live", "Kyiv Wire"),
    )


def _subscribe(store: Store, n: int, groups: int) -> list[int]:
    chats = [FIRST_GROUP - i for i in range(groups)] + [FIRST_CHAT + i for i in range(n - groups)]
    subscriptions = attach(store)
    with store.db.atomic():
        for chat in chats:
            subscriptions.subscribe(chat, "all")
    return chats


def _queue(store: Store, messages: int) -> float:
    """Do what save_article does with `messages` changes; return the seconds it took."""
    began = time.perf_counter()
    for n in range(messages):
        with store.db.atomic():
            for listener in store.change_listeners:
                listener(store.db, [_change(n)])
    return time.perf_counter() - began


async def _deliver(config: Config, api: LocalBotAPI, path: Path, stop_after: int | None) -> None:
    """Run one bot on the database until the outbox is empty, or until stop_after sends."""
    store = Store.open(path)
    application = build_application(config, request=api, store=store)  # with the limiter
    jobs.install(application)
    try:
        async with running(application):
            jobs.kick(application)
            subscriptions = attach(store)
            while subscriptions.pending_count():
                if stop_after is not None and len(api.delivered) >= stop_after:
                    break
                await asyncio.sleep(0.05)
    finally:
        store.close()


def _most_in_window(moments: list[float], span: float) -> int:
    """The most moments inside any window of `span` seconds."""
    moments = sorted(moments)
    best = start = 0
    for end, moment in enumerate(moments):
        while moments[start] <= moment - span:
            start += 1
        best = max(best, end - start + 1)
    return best


def _group_rate(groups: list[list[float]]) -> float | None:
    """Messages per minute to a group while it was being served (its sends over its span)."""
    served = [times for times in groups if len(times) > 1 and times[-1] > times[0]]
    if not served:
        return None
    return 60 * sum(len(t) - 1 for t in served) / sum(t[-1] - t[0] for t in served)


async def broadcast(
    n: int, groups: int, messages: int, restart_after: int | None, workdir: Path
) -> dict:
    """Queue `messages` changes for n subscribers and deliver them; return the figures."""
    path = workdir / "broadcast.db"
    config = Config(db_path=str(path))
    store = Store.open(path)
    chats = _subscribe(store, n, groups)
    queue_seconds = _queue(store, messages)
    store.close()
    sends: list[tuple[float, int]] = []
    api = LocalBotAPI(on_send=lambda params: sends.append((time.monotonic(), params["chat_id"])))
    began = time.monotonic()
    await _deliver(config, api, path, restart_after)
    first_bot = len(sends)
    if restart_after is not None:
        await _deliver(config, api, path, None)
    seconds = time.monotonic() - began
    moments = [m for m, _ in sends]
    per_chat: dict[int, list[float]] = defaultdict(list)
    for moment, chat in sends:
        per_chat[int(chat)].append(moment)
    group_ids = [c for c in chats if c < 0]
    private_gaps = [
        b - a for chat, times in per_chat.items() if chat > 0 for a, b in itertools.pairwise(times)
    ]
    counts = Counter({chat: len(times) for chat, times in per_chat.items()})
    store = Store.open(path)
    left = attach(store).pending_count()
    store.close()
    return {
        "subscribers": n,
        "groups": groups,
        "messages": messages,
        "queue_seconds": queue_seconds,
        "seconds": seconds,
        "rate": len(sends) / seconds if seconds else 0.0,
        "first_message": (moments[0] - began) if moments else None,
        "first_second": sum(1 for m in moments if moments and m < moments[0] + 1.0),
        "busiest_second": _most_in_window(moments, 1.0) if moments else 0,
        "busiest_group_minute": max(
            (_most_in_window(per_chat[g], 60.0) for g in group_ids if per_chat[g]), default=0
        ),
        "group_rate": _group_rate([per_chat[g] for g in group_ids]),
        "closest_private": min(private_gaps) if private_gaps else None,
        "first_bot": first_bot,
        "lost": sum(max(0, messages - counts[chat]) for chat in chats),
        "duplicated": sum(max(0, counts[chat] - messages) for chat in chats),
        "pending": left,
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures; 1 if any message was lost or repeated."""
    parser = argparse.ArgumentParser(prog="broadcast_bench", description=__doc__)
    parser.add_argument("--subscribers", type=int, default=10_000, help="default 10,000")
    parser.add_argument("--groups", type=int, default=None, help="of them groups (default 10%%)")
    parser.add_argument(
        "--messages", type=int, default=1, help="changes queued, one push each (default 1)"
    )
    parser.add_argument(
        "--restart-after",
        type=int,
        default=None,
        metavar="K",
        help="stop the bot after K messages and finish with a new one on the same database",
    )
    args = parser.parse_args(argv)
    groups = args.subscribers // 10 if args.groups is None else min(args.groups, args.subscribers)
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp:
        result = asyncio.run(
            broadcast(args.subscribers, groups, args.messages, args.restart_after, Path(tmp))
        )
    print(f"subscribers:        {result['subscribers']:,} ({result['groups']:,} groups)")
    print(f"messages per chat:  {result['messages']}")
    print(f"queued in:          {result['queue_seconds'] * 1000:,.0f} ms")
    print(f"delivered in:       {result['seconds']:,.1f} s")
    print(f"messages/s:         {result['rate']:.1f} overall (Telegram allows 30, pushes use 25)")
    if result["first_message"] is not None:
        print(f"first message:      {result['first_message'] * 1000:,.0f} ms after start")
    print(f"first second:       {result['first_second']} messages (limit 30)")
    print(f"busiest second:     {result['busiest_second']} messages (limit 30)")
    if result["group_rate"] is not None:
        print(
            f"per group:          {result['group_rate']:.1f} messages/min on average, "
            f"busiest minute {result['busiest_group_minute']} (limit 20)"
        )
    if result["closest_private"] is not None:
        print(f"per private chat:   closest two {result['closest_private']:.2f} s apart (limit 1)")
    if args.restart_after is not None:
        print(f"before the restart: {result['first_bot']:,} sent by the first bot")
    print(f"lost:               {result['lost']}")
    print(f"duplicated:         {result['duplicated']}")
    print(f"still pending:      {result['pending']}")
    return 0 if result["lost"] == result["duplicated"] == result["pending"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
