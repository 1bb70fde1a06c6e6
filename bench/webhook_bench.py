"""Benchmark: updates posted to the webhook server, handled and answered by one process.

Runs the real Application with PTB's webhook server on 127.0.0.1 and the in-process Bot API,
posts N updates (briefing commands from N users, or pasted articles from editors) over K
connections as Telegram would, and measures how fast they are accepted and answered, with the
rate limiter (Telegram's 30 messages/s, as in production) or without it (what the process
itself can do). The client runs in the same process and on the same core: figures are a floor.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import random
import socket
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from bot.app import build_application, running
from bot.config import Config
from bot.local_api import LocalBotAPI
from bot.webhook import start_webhook_kwargs, webhook_settings
from intake.article import Arrival
from intake.ingest import ingest
from storage import NewSource, Store

FIRST_USER = 800_000_000
SECRET = "bench-secret"
COMMANDS = ("/latest", "/exchange", "/strikes", "/sources")
REGIONS = ("Odesa", "Kharkiv", "Dnipro", "Sumy", "Poltava", "Mykolaiv", "Zaporizhzhia", "Kyiv")


def _article(rng: random.Random, i: int) -> str:
    """A short wire-style attack report written for this benchmark, figures varied."""
    launched = rng.randint(20, 400)
    downed = rng.randint(0, launched)
    region = rng.choice(REGIONS)
    return (
        f"Drones hit {region} region overnight, report {i}\n\n"
        f"Russia launched {launched} drones at Ukraine overnight, and air defences shot down "
        f"{downed} of them, Ukraine's air force said on Tuesday. Falling debris damaged homes "
        f"in the {region} region, the regional governor said. Russia's defence ministry said "
        f"it had downed {rng.randint(5, 90)} Ukrainian drones over its territory."
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _payload(update_id: int, user_id: int, text: str) -> dict:
    entities = None
    if text.startswith("/"):
        entities = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    message = {
        "message_id": update_id,
        "from": {"id": user_id, "is_bot": False, "first_name": f"Reader{user_id}"},
        "chat": {"id": user_id, "type": "private", "first_name": f"Reader{user_id}"},
        "date": int(time.time()),
        "text": text,
    }
    if entities:
        message["entities"] = entities
    return {"update_id": update_id, "message": message}


def _prefill(path: Path, count: int, rng: random.Random) -> None:
    """Store `count` articles over the last weeks, so briefings have something to read."""
    store = Store.open(path)
    now = datetime.now(UTC)
    try:
        for i in range(count):
            sent = now - timedelta(hours=rng.randint(1, 24 * 30))
            source = NewSource(kind="paste", outlet=rng.choice(("Kyiv Wire", "Desk Agency")))
            ingest(store, Arrival(_article(rng, -i), source, sent_at=sent))
    finally:
        store.close()


async def run(
    n: int, connections: int, articles: bool, rate_limit: bool, prefill: int, workdir: Path
) -> dict:
    """Post n updates to the webhook and wait for every answer; return the figures."""
    port = _free_port()
    rng = random.Random(7)
    _prefill(workdir / "webhook.db", prefill, rng)
    users = [FIRST_USER + i for i in range(n)]
    config = Config(
        token="123456789:BENCH-token-for-the-local-bot-api-00",
        db_path=str(workdir / "webhook.db"),
        editors=frozenset(users) if articles else frozenset(),
        webhook_url=f"http://127.0.0.1:{port}/tg",
        webhook_listen=f"127.0.0.1:{port}",
        webhook_secret=SECRET,
        paste_window=0.0,
    )
    answered: dict[int, float] = {}
    api = LocalBotAPI(
        poll_delay=1.0,
        on_send=lambda p: answered.setdefault(int(p["chat_id"]), time.perf_counter()),
    )
    application = build_application(config, request=api, rate_limit=rate_limit)
    texts = [_article(rng, i) if articles else rng.choice(COMMANDS) for i in range(n)]
    posted: dict[int, float] = {}
    statuses: list[int] = []
    async with running(application):
        settings = webhook_settings(config)
        await application.updater.start_webhook(**start_webhook_kwargs(settings))
        try:
            queue: asyncio.Queue[int] = asyncio.Queue()
            for i in range(n):
                queue.put_nowait(i)
            headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}

            async def client() -> None:
                async with httpx.AsyncClient(timeout=60) as http:
                    while not queue.empty():
                        i = queue.get_nowait()
                        posted[users[i]] = time.perf_counter()
                        response = await http.post(
                            settings.url, json=_payload(i + 1, users[i], texts[i]), headers=headers
                        )
                        statuses.append(response.status_code)

            began = time.perf_counter()
            await asyncio.gather(*(client() for _ in range(connections)))
            accepted = time.perf_counter() - began
            deadline = time.perf_counter() + max(120.0, n / 10)
            while len(answered) < n and time.perf_counter() < deadline:
                await asyncio.sleep(0.02)
            handled = time.perf_counter() - began
        finally:
            await application.updater.stop()
    latencies = sorted((answered[u] - posted[u]) * 1000 for u in users if u in answered)
    return {
        "updates": n,
        "ok": sum(s == 200 for s in statuses),
        "accepted_seconds": accepted,
        "handled_seconds": handled,
        "answered": len(answered),
        "p50": statistics.median(latencies) if latencies else None,
        "p99": latencies[int(len(latencies) * 0.99) - 1] if latencies else None,
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print updates/s accepted and answered, and reply latency."""
    parser = argparse.ArgumentParser(prog="newsroom-bot bench webhook", description=__doc__)
    parser.add_argument("--updates", type=int, default=300, help="default 300")
    parser.add_argument("--connections", type=int, default=8, help="default 8")
    parser.add_argument(
        "--articles", action="store_true", help="post pasted articles instead of commands"
    )
    parser.add_argument(
        "--no-rate-limit", action="store_true", help="without Telegram's 30 messages/s limiter"
    )
    parser.add_argument(
        "--stored", type=int, default=500, help="articles stored before the run (default 500)"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp:
        result = asyncio.run(
            run(
                args.updates,
                args.connections,
                args.articles,
                not args.no_rate_limit,
                args.stored,
                Path(tmp),
            )
        )
    what = "pasted articles" if args.articles else "briefing commands"
    limiter = "without the rate limiter" if args.no_rate_limit else "rate limiter on"
    print(f"updates:            {result['updates']:,} {what}, {args.connections} connections")
    print(f"                    ({limiter}; {args.stored:,} articles stored before)")
    print(f"accepted (HTTP 200): {result['ok']:,} in {result['accepted_seconds']:.1f} s")
    rate = result["answered"] / result["handled_seconds"] if result["handled_seconds"] else 0
    print(f"answered:           {result['answered']:,} in {result['handled_seconds']:.1f} s")
    print(f"answers/s:          {rate:.1f}")
    if result["p50"] is not None:
        print(f"post to answer:     p50 {result['p50']:,.0f} ms, p99 {result['p99']:,.0f} ms")
    return 0 if result["answered"] == result["updates"] == result["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
