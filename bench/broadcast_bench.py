"""Benchmark: one change broadcast to N subscribers through the rate limiter and the outbox.

Runs the real Application (AIORateLimiter at Telegram's limits, the outbox courier, SQLite on
disk) against the in-process Bot API, then counts what each chat received. Optionally stops the
bot part-way and starts a new one on the same database, as a deploy would.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import tempfile
import time
from collections import Counter
from pathlib import Path

from bot import jobs
from bot.app import build_application, running
from bot.config import Config
from bot.local_api import LocalBotAPI
from storage import Store
from storage.subscriptions import attach
from storage.views import Change

FIRST_CHAT = 700_000_000
CHANGE = Change(
    topic="exchange",
    what="Exchange: negotiating → agreed · 1,200",
    story_id=1,
    outlets=("Times Live", "Kyiv Wire"),
)


def _subscribe(store: Store, n: int) -> list[int]:
    chats = [FIRST_CHAT + i for i in range(n)]
    subscriptions = attach(store)
    with store.db.atomic():
        for chat in chats:
            subscriptions.subscribe(chat, "all")
    return chats


def _queue(store: Store) -> float:
    """Do what save_article does with a change; return how long the transaction took (s)."""
    began = time.perf_counter()
    with store.db.atomic():
        for listener in store.change_listeners:
            listener(store.db, [CHANGE])
    return time.perf_counter() - began


async def _deliver(config: Config, api: LocalBotAPI, path: Path, stop_after: int | None) -> None:
    """Run one bot on the database until the outbox is empty, or until stop_after sends."""
    store = Store.open(path)
    application = build_application(config, request=api, store=store)  # with AIORateLimiter
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


async def broadcast(n: int, restart_after: int | None, workdir: Path) -> dict:
    """Queue one change for n subscribers and deliver it; return the figures."""
    path = workdir / "broadcast.db"
    config = Config(db_path=str(path))
    store = Store.open(path)
    chats = _subscribe(store, n)
    queue_seconds = _queue(store)
    store.close()
    moments: list[float] = []
    api = LocalBotAPI(on_send=lambda params: moments.append(time.perf_counter()))
    began = time.perf_counter()
    await _deliver(config, api, path, restart_after)
    first_bot = len(moments)
    if restart_after is not None:
        await _deliver(config, api, path, None)
    seconds = time.perf_counter() - began
    # The limiter lets a burst of about 30 through at once; the pace after it is the real rate.
    burst = min(30, len(moments) - 1)
    steady = (
        (len(moments) - 1 - burst) / (moments[-1] - moments[burst])
        if len(moments) > burst + 1 and moments[-1] > moments[burst]
        else 0.0
    )
    counts = Counter(int(p["chat_id"]) for m, p in api.delivered if m == "sendMessage")
    store = Store.open(path)
    left = attach(store).pending_count()
    store.close()
    return {
        "subscribers": n,
        "queue_seconds": queue_seconds,
        "seconds": seconds,
        "rate": sum(counts.values()) / seconds if seconds else 0.0,
        "steady": steady,
        "first_message": (moments[0] - began) if moments else None,
        "first_bot": first_bot,
        "lost": sum(1 for chat in chats if counts[chat] == 0),
        "duplicated": sum(c - 1 for c in counts.values() if c > 1),
        "pending": left,
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print messages/s and lost/duplicated counts; 1 if any were."""
    parser = argparse.ArgumentParser(prog="broadcast_bench", description=__doc__)
    parser.add_argument("--subscribers", type=int, default=10_000, help="default 10,000")
    parser.add_argument(
        "--restart-after",
        type=int,
        default=None,
        metavar="K",
        help="stop the bot after K messages and finish with a new one on the same database",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp:
        result = asyncio.run(broadcast(args.subscribers, args.restart_after, Path(tmp)))
    print(f"subscribers:        {result['subscribers']:,}")
    print(f"queued in:          {result['queue_seconds'] * 1000:,.0f} ms (one transaction)")
    print(f"delivered in:       {result['seconds']:,.1f} s")
    print(f"messages/s:         {result['rate']:.1f} overall (Telegram allows about 30)")
    print(f"after the burst:    {result['steady']:.1f} messages/s")
    if result["first_message"] is not None:
        print(f"first message:      {result['first_message'] * 1000:,.0f} ms after start")
    if args.restart_after is not None:
        print(f"before the restart: {result['first_bot']:,} sent by the first bot")
    print(f"lost:               {result['lost']}")
    print(f"duplicated:         {result['duplicated']}")
    print(f"still pending:      {result['pending']}")
    return 0 if result["lost"] == result["duplicated"] == result["pending"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
