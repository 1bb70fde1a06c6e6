"""Benchmark: the reliability faults of issue 15, re-measured on the project as it is.

- outage: a Bot API that fails every send (5xx, timeouts, connection resets) for 60 s or an
  hour; the store's clock is fake and jumps to each retry, so an hour takes seconds. Counts the
  pushes delivered, lost (given up) and duplicated.
- migration: a group with pending pushes becomes a supergroup while the courier serves other
  chats; counts duplicates and losses per 100 rows.
- writers: the bot (the real Application, articles pasted in) and `newsroom-bot ingest` (a
  separate process) write one store at once; counts runs with "database is locked", failed
  replies and lost articles.
- token: `newsroom-bot run` against a Bot API that refuses the token (401, then 404), at DEBUG;
  counts how often the token appears in everything printed.

Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import logging
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from telegram.error import TimedOut

from bench.extract_bench import make_real_shaped
from bot import jobs
from bot.app import build_application, running
from bot.config import Config
from bot.local_api import ApiError, LocalBotAPI
from storage import Store
from storage.views import Change

ROOT = Path(__file__).resolve().parent.parent
CHANGES = [
    Change("exchange", "Exchange: negotiating → agreed · 1,200", 1, ("Kyiv Wire",)),
    Change("strikes", "Night to 3 Dec: 139 of 176 drones downed", 2, ("Kyiv Wire",), "2023-12-03"),
    Change("strikes", "Night to 4 Dec: 41 of 50 drones downed", 3, ("Kyiv Wire",), "2023-12-04"),
]


class _Clock:
    def __init__(self) -> None:
        self.now = datetime(2023, 12, 2, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


class _Api(LocalBotAPI):
    """The local Bot API, failing sends during an outage and answering old group ids with a
    migration, as Telegram does; a moment per call so the courier's passes interleave."""

    def __init__(self, clock: _Clock, outage: timedelta = timedelta(0)) -> None:
        super().__init__(poll_delay=0.05)
        self.clock, self.until = clock, clock.now + outage
        self.failed = 0
        self.migrated: dict[str, int] = {}
        self._kinds = itertools.cycle((500, 502, 503, 504, "timeout", "reset"))

    async def do_request(self, url, method, request_data=None, **kwargs):
        if url.endswith("/sendMessage") and self.clock.now < self.until:
            self.failed += 1
            kind = next(self._kinds)
            if kind == "timeout":
                raise TimedOut("Timed out")
            if kind == "reset":
                raise ConnectionResetError("connection reset by peer")
            return kind, ApiError(kind, "Internal Server Error").body()
        return await super().do_request(url, method, request_data, **kwargs)

    async def answer(self, api_method, params, uploads):
        await asyncio.sleep(0.0005)
        new = self.migrated.get(str(params.get("chat_id")))
        if api_method == "sendMessage" and new is not None:
            raise ApiError(
                400, "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": new},
            )  # fmt: skip
        return await super().answer(api_method, params, uploads)


async def _deliver_all(app, store: Store, clock: _Clock, limit: int = 20_000) -> None:
    courier = jobs.courier(app)
    subscriptions = store.subscriptions
    for _ in range(limit):
        jobs.kick(app)
        while courier.busy:
            await asyncio.sleep(0.002)
        if subscriptions.pending_count() == 0:
            return
        row = next(store.db.query("select min(next_attempt_at) as due from outbox"
                                  " where status = 'pending'"))  # fmt: skip
        due = datetime.fromisoformat(row["due"]) if row["due"] else clock.now
        clock.now = max(clock.now + timedelta(milliseconds=1), due)


async def outage(minutes: float, chats: int, workdir: Path) -> dict:
    """Queue len(CHANGES) pushes to `chats` chats during an outage; deliver; count."""
    clock = _Clock()
    store = Store.open(workdir / f"outage-{minutes}.db")
    store.subscriptions.clock = clock
    ids = [800_000 + i for i in range(chats * 4 // 5)] + [-900_000 - i for i in range(chats // 5)]
    for chat in ids:
        store.subscriptions.subscribe(chat, "all")
    api = _Api(clock, timedelta(minutes=minutes))
    app = build_application(Config(), request=api, store=store, rate_limit=False)
    async with running(app):
        for change in CHANGES:
            with store.db.atomic():
                for listener in store.change_listeners:
                    listener(store.db, [change])
        await _deliver_all(app, store, clock)
    sent = Counter((int(p["chat_id"]), p["text"]) for m, p in api.delivered if m == "sendMessage")
    rows = store.subscriptions.outbox()
    store.close()
    return {
        "queued": len(rows),
        "delivered": len(sent),
        "lost": sum(1 for r in rows if r.status == "dead"),
        "duplicated": sum(n - 1 for n in sent.values()),
        "failed_tries": api.failed,
        "most_tries": max((r.attempts for r in rows), default=0),
    }


async def migration(rows: int, workdir: Path) -> dict:
    """A group with `rows` pending pushes becomes a supergroup; count what the new id gets."""
    clock = _Clock()
    store = Store.open(workdir / "migration.db")
    store.subscriptions.clock = clock
    group, supergroup = -4_005_005, -1_004_005_005
    texts = [f"push {n}" for n in range(rows)]
    store.subscriptions.enqueue(group, texts)
    for chat in range(800_000, 800_060):
        store.subscriptions.enqueue(chat, ["other"])
    api = _Api(clock)
    api.migrated[str(group)] = supergroup
    app = build_application(Config(), request=api, store=store, rate_limit=False)
    async with running(app):
        await _deliver_all(app, store, clock)
    got = Counter(p["text"] for p in api.sent(supergroup))
    store.close()
    return {
        "rows": rows,
        "duplicates": sum(n - 1 for n in got.values()),
        "lost": sum(1 for t in texts if got[t] == 0),
        "in_order": [p["text"] for p in api.sent(supergroup)] == texts,
    }


def _articles(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return [make_real_shaped(rng, target=1200) for _ in range(n)]


async def writers(runs: int, per_side: int, workdir: Path) -> dict:
    """The bot and `newsroom-bot ingest` store articles in one store at once, `runs` times."""
    from bot.console import Console

    totals = Counter()
    for run in range(runs):
        path = workdir / f"writers-{run}.db"
        Store.open(path).close()
        shared = _articles(10_000 + run, per_side // 5)
        cli_texts = _articles(20_000 + run, per_side) + shared
        bot_texts = _articles(30_000 + run, per_side) + shared
        batch = workdir / f"batch-{run}.jsonl"
        batch.write_text(
            "".join(json.dumps({"text": t, "outlet": "Kyiv Wire"}) + "\n" for t in cli_texts)
        )
        replies: list[str] = []
        store = Store.open(path)
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        command = [sys.executable, "-m", "bot.cli", "ingest", str(batch), "--db", str(path)]
        cli = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=workdir
        )
        async with Console(Config(db_path=str(path)), store=store, write=replies.append) as bot:
            for text in bot_texts:
                await bot.send(text)
                await asyncio.sleep(0)
        out, err = cli.communicate(timeout=600)
        printed = (out + err).decode(errors="replace")
        stored = store.db["articles"].count
        store.close()
        expected = len(set(cli_texts) | set(bot_texts))
        bot_failed = sum(1 for r in replies if "Sorry" in r or "locked" in r)
        totals["runs"] += 1
        totals["runs_locked"] += int("database is locked" in printed or cli.returncode != 0)
        totals["cli_failures"] += int(cli.returncode != 0)
        totals["bot_failed_replies"] += bot_failed
        totals["articles_expected"] += expected
        totals["articles_lost"] += max(0, expected - stored)
        totals["articles_extra"] += max(0, stored - expected)
    return dict(totals)


class _Refusing(BaseHTTPRequestHandler):
    status = 401

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = json.dumps({"ok": False, "error_code": self.status, "description": "Unauthorized"})
        self.send_response(self.status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, *args):
        pass


def token(workdir: Path) -> dict:
    """`newsroom-bot run` with a token Telegram refuses: how often is the token printed?"""
    secret_token = "987654321:AAHbenchSECRETnotARealTokenAtAll0042"
    secret = secret_token.split(":", 1)[1]
    result = {}
    for status in (401, 404):
        handler = type("Refusing", (_Refusing,), {"status": status})
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}"
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "TELEGRAM_BOT_TOKEN": secret_token,
            "TELEGRAM_BASE_URL": f"{base}/bot",
            "TELEGRAM_BASE_FILE_URL": base,
            "LOG_LEVEL": "DEBUG",
            "NEWSROOM_DB": str(workdir / "token.db"),
        }
        done = subprocess.run(
            [sys.executable, "-m", "bot.cli", "run"],
            env=env, capture_output=True, text=True, timeout=120, cwd=workdir,
        )  # fmt: skip
        server.shutdown()
        server.server_close()
        printed = done.stdout + done.stderr
        result[status] = {
            "exit": done.returncode,
            "lines": len(printed.splitlines()),
            "token_shown": printed.count(secret),
            "tracebacks": printed.count("Traceback"),
        }
    return result


def main(argv: list[str] | None = None) -> int:
    """Run the fault measurements and print the counts."""
    parser = argparse.ArgumentParser(prog="faults_bench", description=__doc__)
    parser.add_argument("--only", choices=("outage", "migration", "writers", "token"))
    parser.add_argument("--chats", type=int, default=100, help="subscribers in the outage runs")
    parser.add_argument("--runs", type=int, default=3, help="two-writer runs (default 3)")
    parser.add_argument("--articles", type=int, default=100, help="articles per writer")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    for noisy in ("bot.delivery", "telegram", "apscheduler", "httpx"):
        logging.getLogger(noisy).setLevel(logging.CRITICAL)
    wanted = {args.only} if args.only else {"outage", "migration", "writers", "token"}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if "outage" in wanted:
            for minutes in (1, 60):
                began = time.monotonic()
                r = asyncio.run(outage(minutes, args.chats, work))
                print(
                    f"outage {minutes:>2} min: {r['queued']} pushes queued, {r['delivered']} "
                    f"delivered, {r['lost']} lost, {r['duplicated']} duplicated "
                    f"({r['failed_tries']} failed tries, at most {r['most_tries']} per push; "
                    f"{time.monotonic() - began:.1f} s)"
                )
        if "migration" in wanted:
            r = asyncio.run(migration(100, work))
            print(
                f"migration: {r['rows']} pending rows, {r['duplicates']} duplicated, "
                f"{r['lost']} lost, in order: {'yes' if r['in_order'] else 'no'}"
            )
        if "writers" in wanted:
            r = asyncio.run(writers(args.runs, args.articles, work))
            print(
                f"two writers: {r['runs']} runs, {r['runs_locked']} with 'database is locked' "
                f"or a failed CLI, {r['bot_failed_replies']} failed bot replies, "
                f"{r['articles_lost']} of {r['articles_expected']} articles lost, "
                f"{r['articles_extra']} stored twice"
            )
        if "token" in wanted:
            for status, r in token(work).items():
                print(
                    f"token, {status} at start-up: exit {r['exit']}, {r['lines']} lines printed, "
                    f"{r['tracebacks']} tracebacks, token shown {r['token_shown']} times"
                )
    with contextlib.suppress(Exception):
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
