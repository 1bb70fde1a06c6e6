"""Fixtures for subscriptions: the real Application with its jobs, a clock tests can move."""

import asyncio
from datetime import UTC, datetime

import pytest

from bot import jobs
from bot.app import build_application, running
from storage.views import Change

SUBSCRIBER = 2001
OTHER_SUBSCRIBER = 2002
PUSH = Change(
    topic="exchange",
    what="Exchange: negotiating → agreed · 1,200",
    story_id=1,
    outlets=("Times Live", "Kyiv Wire"),
)
STRIKE = Change(
    topic="strikes",
    what="Night to 3 Dec: Ukrainian Air Force says 139 of 176 drones downed",
    story_id=2,
    outlets=("Kyiv Wire",),
    night="2023-12-03",
)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


async def wait_until(predicate, timeout: float = 2.5, step: float = 0.02) -> None:
    """Poll until predicate() is true; fail the test after `timeout` seconds."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not predicate():
        if loop.time() > end:
            raise AssertionError("timed out waiting for the bot")
        await asyncio.sleep(step)


def save_changes(store, changes) -> None:
    """What save_article does with an article's changes: call the listeners in its transaction."""
    with store.db.atomic():
        for listener in store.change_listeners:
            listener(store.db, list(changes))


def started(config, request, store, *, rate_limit: bool = False):
    """Build the Application as production does, with the jobs installed (idempotent)."""
    application = build_application(config, request=request, store=store, rate_limit=rate_limit)
    jobs.install(application)
    return application


@pytest.fixture
async def bot(config, fake, store):
    """The real Application on the fake Bot API, running, with subscriptions attached."""
    application = started(config, fake, store)
    async with running(application):
        yield application
    assert fake.html_errors == [], "the bot sent HTML Telegram would refuse"
    assert fake.unknown_methods == []


@pytest.fixture
def clock():
    """A fixed moment: 2 Dec 2023, 12:00 UTC (14:00 in Kyiv)."""
    return Clock(datetime(2023, 12, 2, 12, 0, tzinfo=UTC))
