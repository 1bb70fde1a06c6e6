"""Clean re-runs: one bad line refused and the rest stored; every line accounted for; the same
import run twice, or killed at any point and run again, leaves the store a single run leaves."""

import itertools
import json
import sqlite3
import threading
from pathlib import Path

import pytest

import intake
from bench.wire import wire_rows
from bot.cli import main
from briefings import render_intake
from intake.documents import document_parts
from storage import NewSource, Store

# A wire desk's file: syndicated copies, links sent twice, re-issued figures (bench/wire.py).
_WIRE = list(itertools.islice(wire_rows(seed=3), 30))
# ... and the same line twice, and one link sent again with other tracking parameters.
_LINKED = next(r for r in _WIRE[10:] if r.get("url"))
ROWS = [*_WIRE, _WIRE[4], {**_LINKED, "url": _LINKED["url"].split("?")[0] + "?utm_source=rss"}]
SUBSCRIBER = 2001


def jsonl(rows, extra: dict[int, str] | None = None) -> bytes:
    """JSON Lines of `rows`, with raw lines put in at the given 1-based line numbers."""
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    for number, raw in sorted((extra or {}).items()):
        lines.insert(number - 1, raw)
    return ("\n".join(lines) + "\n").encode()


def ingest(store: Store, data: bytes, **options) -> intake.BatchReceipt:
    return intake.ingest_parts(
        store,
        document_parts("desk.jsonl", None, data),
        NewSource(kind="file"),
        name="desk.jsonl",
        **options,
    )


def new_store(path: Path) -> Store:
    store = Store.open(path)
    store.subscriptions.subscribe(SUBSCRIBER, "all")
    return store


# -- what a store holds, ids and clocks aside ------------------------------------------------

_CLOCKS = {"received_at", "created_at", "updated_at", "at", "last_sent_at", "sent_at", "next_at"}


def snapshot(store: Store) -> dict[str, list]:
    """Every content table as a sorted list of rows; ids replaced by what they point at."""
    db = store.db
    article_key = {
        r[0]: (r[1], r[2]) for r in db.execute("select id, text_hash, published from articles")
    }
    story_key = {}
    for story_id, first in db.execute(
        "select story_id, min(id) from articles where story_id is not null group by story_id"
    ):
        story_key[story_id] = article_key[first]
    fact_key = {
        r[0]: (article_key.get(r[1]), r[2], r[3], r[4])
        for r in db.execute("select id, article_id, field, value, claimant from facts")
    }
    refs = {"article_id": article_key, "story_id": story_key, "superseded_by": fact_key}

    def rows(table: str) -> list:
        cursor = db.execute(f"select * from {table}")
        names = [d[0] for d in cursor.description]
        out = []
        for row in cursor:
            item = []
            for name, value in zip(names, row, strict=True):
                if name == "id" or name in _CLOCKS:
                    continue
                item.append((name, refs[name].get(value) if name in refs else value))
            out.append(repr(item))
        return sorted(out)

    tables = ["articles", "sources", "facts", "stories", "article_events", "story_keys"]
    tables += ["article_sketch", "change_log", "outbox"]
    return {table: rows(table) for table in tables}


# -- tests -----------------------------------------------------------------------------------


def test_a_lone_surrogate_on_line_3_is_refused_and_the_other_lines_are_stored(store):
    bad = '{"text": "Air force says 40 drones launched \\ud800 overnight", "outlet": "X"}'
    data = jsonl(ROWS[:4], {3: bad})
    batch = ingest(store, data)
    assert (batch.stored, batch.refused) == (4, 1)
    ((where, why),) = batch.refusals
    assert where == "desk.jsonl:3" and "invalid character" in why
    summary = render_intake(batch)
    assert "5 parts read: 4 stored" in summary and "desk.jsonl:3" in summary


def test_every_line_of_a_file_is_accounted_for(store):
    extra = {2: "", 5: "{not json", 9: "[1, 2]", 12: '{"outlet": "No Text"}', 20: "   "}
    data = jsonl(ROWS, extra)
    lines = data.decode().count("\n")
    batch = ingest(store, data, batch_articles=8)
    assert batch.read == lines == len(ROWS) + len(extra)
    assert batch.stored + batch.duplicate + batch.near_duplicate + batch.refused + batch.blank == (
        lines
    )
    assert batch.blank == 2 and batch.refused == 3
    assert batch.duplicate > 0 and batch.near_duplicate > 0, "the file has copies and re-sends"
    assert store.counts()["articles"] == batch.stored


def test_running_the_same_import_twice_stores_it_once(tmp_path):
    data = jsonl(ROWS, {7: "{broken"})
    once, twice = new_store(tmp_path / "once.db"), new_store(tmp_path / "twice.db")
    first = ingest(once, data, batch_articles=8)
    ingest(twice, data, batch_articles=8)
    again = ingest(twice, data, batch_articles=8)
    assert again.stored == again.near_duplicate == 0
    assert again.duplicate == first.stored + first.duplicate + first.near_duplicate
    assert snapshot(twice) == snapshot(once)


class Killed(BaseException):
    """Stands for kill -9: nothing after it runs, and nothing uncommitted survives."""


@pytest.mark.parametrize("kill_at", [1, 11, 30])
def test_an_import_killed_mid_batch_and_run_again_equals_one_run(tmp_path, kill_at):
    data = jsonl(ROWS)
    clean = new_store(tmp_path / "clean.db")
    ingest(clean, data, batch_articles=8)

    killed = new_store(tmp_path / "killed.db")
    save = killed.save_article
    calls = itertools.count(1)

    def dying(*args, **kwargs):
        if next(calls) == kill_at:
            raise Killed
        return save(*args, **kwargs)

    killed.save_article = dying
    with pytest.raises(Killed):
        ingest(killed, data, batch_articles=8)
    killed.save_article = save
    # What the dead process had committed is all that is there; its open batch is gone.
    assert killed.counts()["articles"] < clean.counts()["articles"]
    ingest(killed, data, batch_articles=8)
    assert snapshot(killed) == snapshot(clean)


def test_an_import_stopped_between_batches_and_sent_again_equals_one_run(tmp_path):
    data = jsonl(ROWS)
    clean = new_store(tmp_path / "clean.db")
    ingest(clean, data, batch_articles=8)
    stopped = new_store(tmp_path / "stopped.db")
    checks = itertools.count()
    first = ingest(stopped, data, batch_articles=8, should_stop=lambda: next(checks) >= 3)
    assert first.stopped and 0 < first.read < len(ROWS)
    assert "Send the file again" in render_intake(first)
    ingest(stopped, data, batch_articles=8)
    assert snapshot(stopped) == snapshot(clean)


def test_the_command_line_stores_a_file_while_it_is_still_being_written(tmp_path):
    """Streaming: the first batch is stored before the file ends (a pipe written slowly)."""
    import os

    pipe = tmp_path / "feed.jsonl"
    os.mkfifo(pipe)
    db = tmp_path / "cli.db"
    Store.open(db).close()
    short = [
        {"text": f"Air force: {n} of {n + 9} drones shot down overnight over the Kyiv region. "
         f"Debris damaged {n % 7 + 2} houses, the regional governor said.",
         "published": f"2024-03-{n % 27 + 1:02d}", "outlet": f"Desk {n}"}
        for n in range(1, 81)
    ]  # fmt: skip
    done = threading.Event()
    result = {}

    def run():
        result["code"] = main(["ingest", "--db", str(db), str(pipe)])
        done.set()

    threading.Thread(target=run, daemon=True).start()
    reader = sqlite3.connect(db)
    with pipe.open("w") as feed:
        feed.write("".join(json.dumps(r) + "\n" for r in short[:70]))
        feed.flush()
        # The file is not finished, yet its first batch (64 articles) is stored. The bound only
        # stops a broken import from hanging the suite: a loaded machine may take minutes.
        for _ in range(6000):
            if reader.execute("select count(*) from articles").fetchone()[0] >= 64:
                break
            done.wait(0.05)
        stored_before_end = reader.execute("select count(*) from articles").fetchone()[0]
        feed.write("".join(json.dumps(r) + "\n" for r in short[70:]))
    assert done.wait(600)
    assert result["code"] == 0
    assert stored_before_end >= 64
    assert reader.execute("select count(*) from articles").fetchone()[0] == 80
