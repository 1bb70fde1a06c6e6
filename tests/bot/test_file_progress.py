"""A big file is read in the background: the chat sees its progress and is answered meanwhile."""

import importlib
import itertools
import json
import threading
from datetime import date, timedelta

from bot.local_api import html_to_plain
from handlers import files
from tests.conftest import EDITOR
from tests.subscriptions.conftest import wait_until
from tests.support.updates import command_update, document_update

# The module, not the function intake re-exports under the same name.
INTAKE = importlib.import_module("intake.ingest")
REGIONS = ["Kyiv", "Sumy", "Odesa", "Kharkiv", "Poltava", "Dnipro", "Chernihiv"]


# Lines in the file: the thousand articles of a wire desk's day, many batches of the import, so
# that a command has to be answered between them; the count is what the chat is told.
LINES = 1000


def file_lines() -> bytes:
    first = date(2022, 1, 1)
    rows = [
        {
            "text": f"Air force: {n % 80 + 10} of {n % 80 + 25} drones shot down overnight\n\n"
            f"Air defences shot down {n % 80 + 10} of {n % 80 + 25} drones over the "
            f"{REGIONS[n % 7]} region overnight, the air force said. Debris damaged "
            f"{n % 9 + 2} houses, the governor added.",
            "published": (first + timedelta(days=n)).isoformat(),
            "outlet": f"Desk {n % 13}",
        }
        for n in range(LINES)
    ]
    return "".join(json.dumps(r) + "\n" for r in rows).encode()


def plain(fake) -> list[str]:
    return [html_to_plain(t) for t in fake.texts(EDITOR)]


async def test_a_command_is_answered_while_a_many_article_file_is_read(
    app, fake, store, monkeypatch
):
    monkeypatch.setattr(files, "PROGRESS_EVERY", 0.01)
    halfway, release = threading.Event(), threading.Event()
    read, calls = INTAKE.read_article, itertools.count(1)

    def held_halfway(*args, **kwargs):
        # The reader pauses in the middle of the file until the test has had its answer:
        # no timing decides what this test sees.
        if next(calls) == LINES // 2:
            halfway.set()
            release.wait(60)
        return read(*args, **kwargs)

    monkeypatch.setattr(INTAKE, "read_article", held_halfway)
    data = file_lines()
    fake.add_file("f-big", data)
    await app.process_update(
        document_update(
            app.bot, "desk.jsonl", "application/jsonl", "f-big", len(data), user_id=EDITOR
        )
    )
    try:
        await wait_until(halfway.is_set, timeout=120)
        await wait_until(lambda: any(f"of {LINES:,} read" in t for t in plain(fake)), timeout=10)
        await app.process_update(command_update(app.bot, "/latest 1", user_id=EDITOR))
        answer = plain(fake)[-1]
        assert answer.startswith("Latest story"), answer
        assert not any("parts read" in t for t in plain(fake)), "the file is still being read"
        shown = next(t for t in plain(fake) if f"of {LINES:,} read" in t)
        assert shown.startswith("Reading desk.jsonl:") and "stored" in shown
    finally:
        release.set()
    await files.all_done(app)
    summary = plain(fake)[-1]
    assert summary.startswith(f"desk.jsonl: {LINES:,} parts read: {LINES:,} stored"), summary
    assert store.counts()["articles"] == LINES
    (status,) = [m["text"] for m in fake.messages(EDITOR) if m["text"].startswith("Finished")]
    assert f"Finished reading desk.jsonl: {LINES:,} read ({LINES:,} stored" in status


async def test_a_file_that_fails_part_way_keeps_what_was_stored_and_says_so(
    app, fake, store, monkeypatch
):
    save, calls = INTAKE._save_one, itertools.count(1)

    def fails_in_second_batch(*args, **kwargs):
        # A fault nobody foresaw (not a locked store, which is handled), halfway through the
        # file: the batches before it have committed, the one it is in rolls back.
        if next(calls) == LINES // 2:
            raise RuntimeError("disk went away")
        return save(*args, **kwargs)

    monkeypatch.setattr(INTAKE, "_save_one", fails_in_second_batch)
    data = file_lines()
    fake.add_file("f-broken", data)
    await app.process_update(
        document_update(
            app.bot, "desk.jsonl", "application/jsonl", "f-broken", len(data), user_id=EDITOR
        )
    )
    await files.all_done(app)
    said = plain(fake)
    assert any(t.startswith("Reading desk.jsonl failed part-way") for t in said), said
    kept = store.counts()["articles"]
    assert 0 < kept < LINES // 2, kept  # the batches committed before the fault are kept

    # Sent again once the fault is gone, the rest is stored and nothing twice.
    monkeypatch.setattr(INTAKE, "_save_one", save)
    fake.add_file("f-again", data)
    await app.process_update(
        document_update(
            app.bot, "desk.jsonl", "application/jsonl", "f-again", len(data), user_id=EDITOR
        )
    )
    await files.all_done(app)
    assert store.counts()["articles"] == LINES


async def test_a_files_status_message_says_it_is_finished_once_the_file_is_read(app, fake, store):
    # The status message stayed "Reading desk.jsonl: 40 of 40 read (…)…" for good: in the
    # chat's history the file looked as if it were still being read.
    data = b"".join(file_lines().splitlines(keepends=True)[:3])
    fake.add_file("f-three", data)
    await app.process_update(
        document_update(app.bot, "three.jsonl", "application/jsonl", "f-three", len(data),
                        user_id=EDITOR)
    )  # fmt: skip
    await files.all_done(app)
    (status,) = [html_to_plain(m["text"]) for m in fake.messages(EDITOR)
                 if "three.jsonl" in m["text"] and "parts read" not in m["text"]]  # fmt: skip
    assert status.startswith("Finished reading three.jsonl: 3 read (3 stored"), status
    assert "…" not in status
    await app.process_update(command_update(app.bot, "/lang uk", user_id=EDITOR))
    fake.add_file("f-again", b"\n\n")
    await app.process_update(
        document_update(app.bot, "again.jsonl", "application/jsonl", "f-again", 2, user_id=EDITOR)
    )
    await files.all_done(app)
    (status_uk,) = [html_to_plain(m["text"]) for m in fake.messages(EDITOR)
                    if m["text"].startswith("Файл again.jsonl")]  # fmt: skip
    assert "прочитано" in status_uk and "…" not in status_uk
