"""The real Application with its outbox courier, for the review loop's tests."""

import pytest

from bot.app import running
from tests.subscriptions.conftest import started


@pytest.fixture
async def bot(config, fake, store):
    """The real Application on the fake Bot API, running, pushes delivered at once."""
    application = started(config, fake, store)
    async with running(application):
        yield application
    assert fake.html_errors == [], "the bot sent HTML Telegram would refuse"
    assert fake.unknown_methods == []
