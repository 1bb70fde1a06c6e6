"""Pushes and digests name their event: which swap, which night."""

from datetime import UTC, datetime

from bot import jobs
from handlers import files
from tests.conftest import EDITOR
from tests.intake.wire import ALL_FOURTEEN, SWAP_DEC_30
from tests.subscriptions.conftest import SUBSCRIBER, wait_until
from tests.support.updates import command_update, document_update, forwarded_update


async def settle(bot, store):
    await wait_until(lambda: store.subscriptions.pending_count() == 0)
    await wait_until(lambda: not jobs.courier(bot).busy)


def post(bot, text, message_id, when):
    return forwarded_update(
        bot.bot,
        text,
        user_id=EDITOR,
        channel_title="Kyiv Wire",
        channel_username="kyivwire",
        origin_message_id=message_id,
        origin_date=when,
    )


async def test_a_push_names_the_swap_and_the_night(bot, fake, store):
    await bot.process_update(command_update(bot.bot, "/subscribe", user_id=SUBSCRIBER))
    before = len(fake.texts(SUBSCRIBER))
    await bot.process_update(post(bot, SWAP_DEC_30, 1, datetime(2024, 12, 30, 15, tzinfo=UTC)))
    await bot.process_update(post(bot, ALL_FOURTEEN, 2, datetime(2025, 2, 24, 6, tzinfo=UTC)))
    await settle(bot, store)
    swap, night = fake.texts(SUBSCRIBER)[before:]
    assert swap == (
        "Exchange of 30 Dec 2024 #1: completed, 150 returned home · "
        '<a href="https://t.me/kyivwire/1">Kyiv Wire</a>'
    )
    assert night.startswith(
        "Night to 24 Feb 2025 #2: 14 drones launched, 14 drones downed (Ukrainian Air Force)"
    )


async def test_an_undated_article_is_stored_but_not_pushed(bot, fake, store):
    await bot.process_update(command_update(bot.bot, "/subscribe", user_id=SUBSCRIBER))
    before = len(fake.texts(SUBSCRIBER))
    fake.add_file("f-1", ALL_FOURTEEN.encode())
    await bot.process_update(
        document_update(bot.bot, "night.txt", "text/plain", "f-1", 200, user_id=EDITOR)
    )
    await files.all_done(bot)  # files are read in the background
    await settle(bot, store)
    assert "undated" in fake.texts(EDITOR)[-1]
    assert fake.texts(SUBSCRIBER)[before:] == []
    assert store.counts()["articles"] == 1


async def test_a_digest_names_its_events(bot, fake, store, clock):
    subs = jobs.subscriptions_of(bot)
    subs.clock = clock
    await bot.process_update(command_update(bot.bot, "/digest 08:00", user_id=SUBSCRIBER))
    await bot.process_update(post(bot, SWAP_DEC_30, 1, datetime(2024, 12, 30, 15, tzinfo=UTC)))
    clock.now = datetime(2023, 12, 3, 6, 0, tzinfo=UTC)  # past 08:00 Kyiv on the next day
    assert await jobs.digest_tick(bot) == 1
    await settle(bot, store)
    assert "Exchange of 30 Dec 2024 #1: completed, 150 returned home" in fake.texts(SUBSCRIBER)[-1]
