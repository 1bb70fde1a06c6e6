"""Harness: the re-run, accounting and edit faults of issue 15, counted on this code.

Prints counts, asserts nothing:
- re-run: rows each table gains when the same 200-line import runs a second time;
- kill: an import killed with SIGKILL at several points (a real `newsroom-bot ingest` process)
  and run again, compared row by row with one clean run (ids and clocks aside);
- accounting: lines of a 3,000-line file with bad lines mixed in, against the lines its summary
  accounts for;
- edits: a paste and two edits fixing a figure (articles, live "downed" values, replies), and an
  edited command (replies).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import logging
import os
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from bench.wire import wire_rows
from storage import Store

_CLOCKS = {"received_at", "created_at", "updated_at", "at", "last_sent_at", "sent_at", "next_at"}
TABLES = ("articles", "sources", "facts", "stories", "article_events", "change_log", "outbox")


def snapshot(path: Path) -> dict[str, list[str]]:
    """Every content table as sorted rows, ids replaced by what they point at, clocks left out."""
    db = sqlite3.connect(path)
    article = {r[0]: r[1:] for r in db.execute("select id, text_hash, published from articles")}
    story = {
        s: article[a]
        for s, a in db.execute("select story_id, min(id) from articles group by story_id")
    }
    fact = {
        r[0]: (article.get(r[1]), *r[2:])
        for r in db.execute("select id, article_id, field, value, claimant from facts")
    }
    refs = {"article_id": article, "story_id": story, "superseded_by": fact}
    out = {}
    for table in TABLES:
        cursor = db.execute(f"select * from {table}")
        names = [d[0] for d in cursor.description]
        out[table] = sorted(
            repr(
                [
                    (n, refs[n].get(v) if n in refs else v)
                    for n, v in zip(names, row, strict=True)
                    if n != "id" and n not in _CLOCKS
                ]
            )
            for row in cursor
        )
    db.close()
    return out


def differing(a: dict, b: dict) -> dict[str, int]:
    """Rows in one snapshot and not the other, per table."""
    out = {}
    for table in TABLES:
        left, right = list(a[table]), list(b[table])
        for row in list(left):
            if row in right:
                right.remove(row)
                left.remove(row)
        out[table] = len(left) + len(right)
    return out


def counts(path: Path) -> dict[str, int]:
    db = sqlite3.connect(path)
    try:
        return {t: db.execute(f"select count(*) from {t}").fetchone()[0] for t in TABLES}
    finally:
        db.close()


def cli(db: Path, file: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "bot.cli", "ingest", "--db", str(db), str(file)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)


def fresh(path: Path) -> Path:
    store = Store.open(path)
    store.subscriptions.subscribe(2001, "all")  # so pushes are counted too
    store.close()
    return path


def rerun(tmp: Path, file: Path) -> None:
    db = fresh(tmp / "rerun.db")
    cli(db, file).wait()
    first = counts(db)
    cli(db, file).wait()
    second = counts(db)
    gained = {t: second[t] - first[t] for t in TABLES}
    print(f"re-run of a {_lines(file)}-line import: rows after the first run {first}")
    print(f"  rows the second run added: {gained}")


def kills(tmp: Path, file: Path, points: list[float]) -> None:
    clean = fresh(tmp / "clean.db")
    cli(clean, file).wait()
    total = counts(clean)["articles"]
    for share in points:
        db = fresh(tmp / f"killed-{share}.db")
        process = cli(db, file)
        target = max(1, int(total * share))
        reader = sqlite3.connect(db)
        while process.poll() is None:
            if reader.execute("select count(*) from articles").fetchone()[0] >= target:
                process.send_signal(signal.SIGKILL)
                break
            time.sleep(0.02)
        process.wait()
        at_kill = reader.execute("select count(*) from articles").fetchone()[0]
        reader.close()
        cli(db, file).wait()
        diff = differing(snapshot(clean), snapshot(db))
        print(
            f"killed (SIGKILL) with {at_kill} of {total} articles stored, then run again: "
            f"rows differing from one clean run: {diff}"
        )


def accounting(tmp: Path, n: int) -> None:
    rows = [json.dumps(r, ensure_ascii=False) for r in itertools.islice(wire_rows(seed=11), n)]
    bad = [
        "",
        "{not json",
        '{"text": "Air force: 40 drones \\ud800 launched overnight", "outlet": "X"}',
        '{"outlet": "No text"}',
        "[1, 2, 3]",
        "   ",
    ]
    for i in range(0, n, 50):
        rows[i] = bad[(i // 50) % len(bad)]
    file = tmp / "accounting.jsonl"
    file.write_text("\n".join(rows) + "\n", encoding="utf-8")
    db = fresh(tmp / "accounting.db")
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "ingest", "--db", str(db), str(file)],
        capture_output=True,
        text=True,
        check=False,
    )
    summary = next(line for line in done.stdout.splitlines() if " read: " in line)
    told = _told(summary)
    print(f"accounting: {_lines(file)} lines in the file; the summary: {summary!r}")
    print(f"  lines the summary accounts for: {told}; unaccounted: {_lines(file) - told}")


def _told(summary: str) -> int:
    """The lines a summary accounts for: 'N read: a stored, b already stored, c added as a
    source of a stored article, d refused[, e blank lines]'."""
    rest = summary.partition(" read: ")[2]
    kinds = r"(stored|already stored|added as a source|refused|blank)"
    return sum(int(n.replace(",", "")) for n, _ in re.findall(rf"(\d[\d,]*) {kinds}", rest))


def _lines(file: Path) -> int:
    return file.read_bytes().count(b"\n")


async def edits(tmp: Path) -> None:
    from telegram import Update

    from bot.app import build_application, running
    from bot.config import Config
    from bot.local_api import LocalBotAPI
    from storage.review import PUBLIC_FACT

    logging.getLogger("apscheduler").setLevel(logging.ERROR)  # a job late on a busy machine
    store = Store.open(tmp / "edits.db")
    config = Config(token=None, db_path=str(tmp / "edits.db"), editors=frozenset({1001}))
    api = LocalBotAPI()
    app = build_application(config, request=api, store=store, rate_limit=False)
    text = (
        "Air force: 31 of 40 drones shot down overnight\n\nKYIV, Dec 3, 2023 - Russia launched "
        "40 attack drones at Ukraine overnight, and air defences shot down 31 of them over the "
        "Kyiv region, the Ukrainian Air Force said on Sunday."
    )
    ids = itertools.count(1)
    now = int(time.time())

    def update(body: str, message_id: int, *, edited: bool = False) -> Update:
        message = {
            "message_id": message_id,
            "date": now,
            "chat": {"id": 1001, "type": "private", "first_name": "Ed"},
            "from": {"id": 1001, "is_bot": False, "first_name": "Ed"},
            "text": body,
        }
        if body.startswith("/"):
            command = body.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        if edited:
            message["edit_date"] = now + 60
        key = "edited_message" if edited else "message"
        return Update.de_json({"update_id": next(ids), key: message}, app.bot)

    async with running(app):
        await app.process_update(update(text, 10))
        await app.process_update(update(text.replace("31", "33"), 10, edited=True))
        await app.process_update(update(text.replace("31", "34"), 10, edited=True))
        live = [
            r[0]
            for r in store.db.execute(
                f"""select value from facts where field = 'drones_downed'
                and superseded_by is null and {PUBLIC_FACT}"""
            )
        ]
        replies = len(api.sent(1001))
        print(
            f"edits: a paste and two edits fixing a figure: {store.counts()['articles']} "
            f"article(s), live 'drones downed' values {live}, {replies} replies"
        )
        await app.process_update(update("/whoami", 20))
        before = len(api.sent(1001))
        await app.process_update(update("/latest", 20, edited=True))
        print(f"edits: an edited command: {len(api.sent(1001)) - before} replies to the edit")
    store.close()


def main(argv: list[str] | None = None) -> int:
    """Count the re-run, accounting and edit faults on generated wire copy."""
    parser = argparse.ArgumentParser(prog="newsroom-bot bench reruns", description=__doc__)
    parser.add_argument("--rerun-lines", type=int, default=200)
    parser.add_argument("--accounting-lines", type=int, default=3000)
    args = parser.parse_args(argv)
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        file = tmp / "desk.jsonl"
        # Recent days, so that subscribers are told (pushes are for the last week's events).
        recent = date.today() - timedelta(days=4)
        rows = itertools.islice(wire_rows(seed=9, first_day=recent), args.rerun_lines)
        file.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
        rerun(tmp, file)
        kills(tmp, file, [0.2, 0.5, 0.8])
        accounting(tmp, args.accounting_lines)
        asyncio.run(edits(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
