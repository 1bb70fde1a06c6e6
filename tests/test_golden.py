"""Golden files: every briefing, rendered for a store of our sample articles, as committed text.

A change to a briefing's wording shows up as a diff of tests/golden/*.html, reviewed like code.
After a deliberate change, write the new texts and review the diff:

    NEWSROOM_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py
    git diff tests/golden/

The store holds bot/samples/ (what `newsroom-bot demo` shows) and tests/golden/articles/ (two
more nights in the week of 10 Feb 2024, so that /strikes week has several), read through intake
as `newsroom-bot ingest` reads them, with one chat subscribed to everything.
"""

import os
from pathlib import Path

import pytest

from bot.cli import ingest_paths, render_brief, sample_dir
from briefings.push import render_push
from storage import Store
from tests.conftest import ANY_AGE
from tests.support.telegram_html import parse_telegram_html

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("NEWSROOM_UPDATE_GOLDEN") == "1"
SUBSCRIBER = 4242
# (file name, what, argument): the briefings an editor asks for.
BRIEFINGS = [
    ("latest", "latest", None),
    ("exchange", "exchange", None),
    ("strikes", "strikes", None),
    ("strikes-week", "strikes", "week"),
    ("sources-1", "sources", "1"),
]
LANGUAGES = ("en", "uk")


@pytest.fixture(scope="module")
def golden_store(tmp_path_factory):
    """The sample articles stored as the bot stores them, with a subscriber's pushes queued."""
    store = Store.open(tmp_path_factory.mktemp("golden") / "newsroom.db")
    store.subscriptions.push_max_age_days = ANY_AGE  # the samples report 2023-24 events
    store.subscriptions.subscribe(SUBSCRIBER, "all")
    ingest_paths(store, [sample_dir(), GOLDEN / "articles"], write=lambda *_: None)
    yield store
    store.close()


def _check(name: str, html: str) -> None:
    path = GOLDEN / name
    parse_telegram_html(html)  # what Telegram would accept
    if UPDATE:
        path.write_text(html + "\n", encoding="utf-8")
        return
    assert path.is_file(), f"no golden file {path}: run with NEWSROOM_UPDATE_GOLDEN=1"
    expected = path.read_text(encoding="utf-8").removesuffix("\n")
    assert html == expected, f"{name} changed; if meant, regenerate (see this module's doc)"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("name", "what", "arg"), BRIEFINGS, ids=[b[0] for b in BRIEFINGS])
def test_briefing_matches_its_golden_file(golden_store, name, what, arg, lang):
    _check(f"{name}.{lang}.html", render_brief(golden_store, what, arg, lang))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pushes_match_their_golden_file(golden_store, lang):
    rows = golden_store.subscriptions.outbox("pending")
    assert rows, "the samples queued no push"
    pushes = [render_push(list(row.changes), lang=lang) for row in rows]
    _check(f"push.{lang}.html", "\n\n".join(pushes))
