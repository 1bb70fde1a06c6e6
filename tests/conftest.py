"""Shared fixtures: a real store on disk and the real Application on a fake Bot API."""

import pytest

from bot.app import build_application, running
from bot.config import Config
from storage import Store
from tests.support.telegram import FakeTelegram

EDITOR = 1001
# The test articles report events of 2023 to 2025, and pushes are only for recent events
# (NEWSROOM_PUSH_MAX_AGE_DAYS): the shared fixtures push events of any age; the tests of that
# rule (tests/bot/test_readable.py) set the production default back.
ANY_AGE = 365_000


@pytest.fixture
def store(tmp_path):
    """A real SQLite store file with every migration applied."""
    s = Store.open(tmp_path / "newsroom.db")
    s.subscriptions.push_max_age_days = ANY_AGE
    yield s
    s.close()


@pytest.fixture
def fake():
    """The fake Telegram server behind PTB's HTTP seam."""
    return FakeTelegram()


@pytest.fixture
def config(tmp_path):
    """A configuration with one editor and a short paste window."""
    return Config(
        token="123456789:TEST-token-for-the-fake-bot-api-000",
        db_path=str(tmp_path / "newsroom.db"),
        editors=frozenset({EDITOR}),
        paste_window=0.3,
        push_max_age_days=ANY_AGE,
    )


@pytest.fixture
async def app(config, fake, store):
    """The real Application, initialised and started, talking to the fake server."""
    application = build_application(config, request=fake, store=store, rate_limit=False)
    async with running(application):
        yield application
    assert fake.html_errors == [], "the bot sent HTML Telegram would refuse"
    assert fake.unknown_methods == []
