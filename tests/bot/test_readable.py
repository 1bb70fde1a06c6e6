"""Briefings that read like the desk's own copy (issue 17), through the real Application.

The articles are written for these tests, in wire style.
"""

import dataclasses
import re
from datetime import UTC, datetime, timedelta

import pytest

from bot import jobs
from bot.app import running
from bot.local_api import html_to_plain
from tests.bot.test_conversation import replies
from tests.conftest import EDITOR
from tests.subscriptions.conftest import SUBSCRIBER, started, wait_until
from tests.support.updates import command_update, forwarded_update

# A channel post that opens with the site's section names and a photo credit.
FURNITURE_POST = """\
Defence
War in Ukraine
Oleksiy Marchenko at an air force briefing (Photo: Iryna Kovalenko / EPA)
Air force: Russia launched 64 drones overnight, 51 shot down

Russia attacked Ukraine with 64 attack drones overnight and air defences shot down 51 of them, \
the Ukrainian air force said on Monday. Debris damaged two houses in the Kyiv region.
"""
REAL_HEADLINE = "Air force: Russia launched 64 drones overnight, 51 shot down"

# A swap nobody mediated (or nobody said who did).
NO_MEDIATOR_SWAP = """\
Ukraine and Russia swap 90 prisoners each

Ninety Ukrainian prisoners of war returned home on Saturday in an exchange with Russia, \
Ukraine's coordination headquarters said. Russia received the same number of its soldiers. Most \
of the Ukrainians freed had been held since 2022.
"""

# A report of a night in May 2024, forwarded long after.
OLD_NIGHT = """\
Air force: 33 of 41 drones downed overnight

Russia launched 41 attack drones at Ukraine overnight, the Ukrainian air force said on Friday. \
Air defences destroyed 33 of them over the Kharkiv and Poltava regions.
"""

TODAYS_NIGHT = """\
Drones target the south overnight, air force says

Russia launched 27 attack drones at Ukraine overnight, the Ukrainian air force said. Air \
defences shot down 22 of them over the Odesa and Mykolaiv regions.
"""


async def ask(app, fake, text, *, user_id=EDITOR, **kw):
    """Send a command and return the reply as one plain-text string."""
    before = len(fake.sent())
    await app.process_update(command_update(app.bot, text, user_id=user_id, **kw))
    return "\n".join(replies(fake, before))


async def forward(app, fake, text, message_id, *, posted=None, **kw):
    """Forward a Kyiv Wire channel post to the bot; the receipt as plain text."""
    before = len(fake.sent())
    await app.process_update(
        forwarded_update(
            app.bot,
            text,
            user_id=EDITOR,
            channel_title="Kyiv Wire",
            channel_username="kyivwire",
            origin_message_id=message_id,
            origin_date=posted,
            **kw,
        )
    )
    return "\n".join(replies(fake, before))


def latest_numbers(text: str) -> list[int]:
    """The story numbers /latest shows, one per line."""
    return [int(m.group(1)) for m in re.finditer(r"^#(\d+) · ", text, re.MULTILINE)]


async def test_section_names_and_a_photo_credit_give_way_to_the_real_headline(app, fake):
    receipt = await forward(app, fake, FURNITURE_POST, 501)
    assert receipt.startswith(f"Stored: {REAL_HEADLINE}")
    latest = await ask(app, fake, "/latest")
    assert REAL_HEADLINE in latest
    for furniture in ("Defence", "War in Ukraine", "Photo", "EPA"):
        assert furniture not in latest


async def test_the_number_in_latest_opens_the_same_story_in_sources(app, fake, store):
    await forward(app, fake, FURNITURE_POST, 501)
    await forward(app, fake, NO_MEDIATOR_SWAP, 502)
    latest = await ask(app, fake, "/latest")
    numbers = latest_numbers(latest)
    assert len(numbers) == 2 and len(latest.splitlines()) == 6  # title, a line each, hint
    for line, number in zip(
        [line for line in latest.splitlines() if line.startswith("#")], numbers, strict=True
    ):
        headline = line.split(" · ")[2]
        sources = await ask(app, fake, f"/sources {number}")
        assert sources.startswith(f"Sources for #{number}: {headline}")
    night = await ask(app, fake, f"/sources {numbers[1]}")
    assert "drones launched: 64 — Ukrainian Air Force" in night
    assert "https://t.me/kyivwire/501" in night


async def test_exchange_with_no_mediator_says_nothing_about_mediators(app, fake):
    await forward(app, fake, NO_MEDIATOR_SWAP, 503)
    text = await ask(app, fake, "/exchange")
    assert "90" in text and "completed" in text
    assert "ediat" not in text  # neither "Mediators: none" nor "mediating"
    assert "no report" not in text and "none named" not in text
    assert "ediat" not in await ask(app, fake, "/latest")


async def test_briefings_leave_out_what_nobody_reported(app, fake):
    await forward(app, fake, TODAYS_NIGHT, 504)
    strikes = await ask(app, fake, "/strikes")
    assert "Launched: 27 drones" in strikes and "Downed: 22 drones" in strikes
    assert "missile" not in strikes and "no report" not in strikes
    week = await ask(app, fake, "/strikes week")
    (line,) = [line for line in week.splitlines() if "·" in line]
    assert "27 drones launched, 22 drones downed (Ukrainian Air Force)" in line
    assert "–" not in line and "/–" not in line


async def test_latest_and_help_in_ukrainian(app, fake):
    await forward(app, fake, FURNITURE_POST, 501)
    await ask(app, fake, "/lang uk")
    latest = await ask(app, fake, "/latest")
    assert latest.startswith("Останній сюжет")
    assert "запущено 64 дрони, збито 51 дрон (Повітряні сили ЗСУ)" in latest
    assert REAL_HEADLINE in latest  # headlines stay as the source wrote them
    assert "1 джерело" in latest


# -- pushes ---------------------------------------------------------------------------------


@pytest.fixture
async def news_bot(config, fake, store):
    """The Application with the production push age (7 days) and a subscriber."""
    config = dataclasses.replace(config, push_max_age_days=7)
    application = started(config, fake, store)
    async with running(application):
        await application.process_update(
            command_update(application.bot, "/subscribe", user_id=SUBSCRIBER)
        )
        yield application
    assert fake.html_errors == []


async def settle(bot, store):
    await wait_until(lambda: store.subscriptions.pending_count() == 0)
    await wait_until(lambda: not jobs.courier(bot).busy)


async def test_an_old_article_forwarded_today_is_stored_and_briefed_but_not_pushed(
    news_bot, fake, store
):
    told = len(fake.sent(SUBSCRIBER))
    posted = datetime(2024, 5, 10, 6, 30, tzinfo=UTC)
    receipt = await forward(news_bot, fake, OLD_NIGHT, 601, posted=posted)
    assert receipt.startswith("Stored:") and "10 May 2024" in receipt
    await settle(news_bot, store)
    assert fake.sent(SUBSCRIBER)[told:] == []  # not news: nobody is pushed
    assert "41 drones" in await ask(news_bot, fake, "/strikes 2024-05-10")
    # Today's report of today's night is news.
    await forward(news_bot, fake, TODAYS_NIGHT, 602)
    await settle(news_bot, store)
    (push,) = fake.sent(SUBSCRIBER)[told:]
    assert "27 drones launched" in push["text"]


async def test_a_push_names_its_event_and_links_its_post(news_bot, fake, store):
    told = len(fake.sent(SUBSCRIBER))
    now = datetime.now(UTC)
    await forward(news_bot, fake, TODAYS_NIGHT, 603, posted=now - timedelta(minutes=5))
    await settle(news_bot, store)
    (push,) = fake.sent(SUBSCRIBER)[told:]
    assert '<a href="https://t.me/kyivwire/603">Kyiv Wire</a>' in push["text"]
    plain = html_to_plain(push["text"])
    (story,) = store.latest_stories(1)
    assert plain.startswith("Night to ")
    assert f"#{story.story_id}: 27 drones launched, 22 drones downed (Ukrainian Air Force)" in plain
