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


def thousand_lines() -> bytes:
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
        for n in range(1000)
    ]
    return "".join(json.dumps(r) + "\n" for r in rows).encode()


def plain(fake) -> list[str]:
    return [html_to_plain(t) for t in fake.texts(EDITOR)]


async def test_a_command_is_answered_while_a_thousand_article_file_is_read(
    app, fake, store, monkeypatch
):
    monkeypatch.setattr(files, "PROGRESS_EVERY", 0.01)
    halfway, release = threading.Event(), threading.Event()
    read, calls = INTAKE.read_article, itertools.count(1)

    def held_at_500(*args, **kwargs):
        # The reader pauses in the middle of the file until the test has had its answer:
        # no timing decides what this test sees.
        if next(calls) == 500:
            halfway.set()
            release.wait(60)
        return read(*args, **kwargs)

    monkeypatch.setattr(INTAKE, "read_article", held_at_500)
    data = thousand_lines()
    fake.add_file("f-big", data)
    await app.process_update(
        document_update(
            app.bot, "desk.jsonl", "application/jsonl", "f-big", len(data), user_id=EDITOR
        )
    )
    try:
        await wait_until(halfway.is_set, timeout=120)
        await wait_until(lambda: any("of 1,000 read" in t for t in plain(fake)), timeout=10)
        await app.process_update(command_update(app.bot, "/latest 1", user_id=EDITOR))
        answer = plain(fake)[-1]
        assert answer.startswith("Latest story"), answer
        assert not any("parts read" in t for t in plain(fake)), "the file is still being read"
        shown = next(t for t in plain(fake) if "of 1,000 read" in t)
        assert shown.startswith("Reading desk.jsonl:") and "stored" in shown
    finally:
        release.set()
    await files.all_done(app)
    summary = plain(fake)[-1]
    assert summary.startswith("desk.jsonl: 1,000 parts read: 1,000 stored"), summary
    assert store.counts()["articles"] == 1000
    (status,) = [m["text"] for m in fake.messages(EDITOR) if m["text"].startswith("Reading")]
    assert "1,000 of 1,000 read" in status
