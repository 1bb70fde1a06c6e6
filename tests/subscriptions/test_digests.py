"""Daily digests: due at the chat's local time, skipped when nothing changed, kept over restarts."""

from datetime import UTC, datetime, timedelta

from bot import jobs
from bot.app import running
from bot.local_api import html_to_plain
from storage import Store
from tests.subscriptions.conftest import (
    PUSH,
    STRIKE,
    SUBSCRIBER,
    save_changes,
    started,
    wait_until,
)
from tests.support.updates import command_update

# 08:00 in Kyiv on 3 Dec 2023 (UTC+2 in winter).
DUE = datetime(2023, 12, 3, 6, 0, tzinfo=UTC)


async def set_digest(bot, clock, text="/digest 08:00 Europe/Kyiv"):
    jobs.subscriptions_of(bot).clock = clock
    await bot.process_update(command_update(bot.bot, text, user_id=SUBSCRIBER))


def digests_sent(fake):
    return [html_to_plain(t) for t in fake.texts(SUBSCRIBER) if "Daily digest" in t]


async def test_the_digest_fires_at_its_local_time_with_what_changed(bot, fake, store, clock):
    await set_digest(bot, clock)
    assert "daily digest at 08:00 (Europe/Kyiv)" in fake.texts(SUBSCRIBER)[-1]
    clock.now = datetime(2023, 12, 2, 19, 40, tzinfo=UTC)
    save_changes(store, [PUSH])
    clock.now = DUE - timedelta(minutes=1)
    assert await jobs.digest_tick(bot) == 0
    clock.now = DUE + timedelta(seconds=20)
    assert await jobs.digest_tick(bot) == 1
    await wait_until(lambda: digests_sent(fake))
    (digest,) = digests_sent(fake)
    assert digest.splitlines() == [
        "Daily digest · 3 Dec 2023, 08:00 Europe/Kyiv",
        "1 change since 2 Dec 2023, 14:00:",
        "• 2 Dec 2023, 21:40 · Exchange: negotiating → agreed · 1,200 · Times Live, Kyiv Wire",
    ]
    # It went out once: a later tick the same morning queues nothing more.
    assert await jobs.digest_tick(bot) == 0


async def test_a_day_without_changes_sends_no_digest(bot, fake, store, clock):
    await set_digest(bot, clock)
    clock.now = DUE + timedelta(minutes=1)
    assert await jobs.digest_tick(bot) == 0
    # The next day has a change: only that one is in the digest.
    clock.now = DUE + timedelta(hours=5)
    save_changes(store, [STRIKE])
    clock.now = DUE + timedelta(days=1, seconds=5)
    assert await jobs.digest_tick(bot) == 1
    await wait_until(lambda: digests_sent(fake))
    (digest,) = digests_sent(fake)
    assert "Night to 3 Dec" in digest and "Exchange" not in digest


async def test_a_digest_covers_only_the_topics_the_chat_follows(bot, fake, store, clock):
    await set_digest(bot, clock)
    await bot.process_update(command_update(bot.bot, "/subscribe strikes", user_id=SUBSCRIBER))
    save_changes(store, [PUSH])
    clock.now = DUE
    assert await jobs.digest_tick(bot) == 0


async def test_digest_off_stops_it(bot, fake, store, clock):
    await set_digest(bot, clock)
    await set_digest(bot, clock, "/digest off")
    assert fake.texts(SUBSCRIBER)[-1] == "This chat will get no more daily digests."
    save_changes(store, [PUSH])
    clock.now = DUE
    assert await jobs.digest_tick(bot) == 0


async def test_bad_digest_arguments_get_the_usage(bot, fake, clock):
    for text, reason in [
        ("/digest", ""),
        ("/digest 25:00 Europe/Kyiv", "25:00 is not a time like 08:00"),
        ("/digest 08:00 Mars/Olympus", "Mars/Olympus is not a time zone like Europe/Kyiv"),
    ]:
        await set_digest(bot, clock, text)
        reply = fake.texts(SUBSCRIBER)[-1]
        assert reason in reply and "Usage: /digest HH:MM" in reply
    assert jobs.subscriptions_of(bot).digest(SUBSCRIBER) is None


async def test_the_schedule_survives_a_restart(config, fake, tmp_path, clock):
    path = tmp_path / "digest.db"
    first = Store.open(path)
    app = started(config, fake, first)
    async with running(app):
        await set_digest(app, clock)
        assert {"outbox", "digests"} <= {job.name for job in app.job_queue.jobs()}
        save_changes(first, [PUSH])
    first.close()

    second = Store.open(path)
    app = started(config, fake, second)
    async with running(app):
        assert {"outbox", "digests"} <= {job.name for job in app.job_queue.jobs()}
        jobs.subscriptions_of(app).clock = clock
        clock.now = DUE + timedelta(seconds=30)
        assert await jobs.digest_tick(app) == 1
        await wait_until(lambda: digests_sent(fake))
    assert "Exchange: negotiating → agreed" in digests_sent(fake)[0]
    second.close()


async def test_a_digest_comes_in_the_language_its_confirmation_was_in(bot, fake, store, clock):
    # A reporter whose Telegram speaks Ukrainian sets a digest without /lang or /subscribe:
    # the bot answered in Ukrainian, so the digest must not arrive in English the next morning.
    jobs.subscriptions_of(bot).clock = clock
    await bot.process_update(
        command_update(bot.bot, "/digest 08:00", user_id=SUBSCRIBER, language_code="uk")
    )
    assert "щоденний дайджест о 08:00" in fake.texts(SUBSCRIBER)[-1].casefold()
    save_changes(store, [PUSH])
    clock.now = DUE + timedelta(seconds=20)
    assert await jobs.digest_tick(bot) == 1
    await wait_until(lambda: len(fake.texts(SUBSCRIBER)) == 2)
    assert html_to_plain(fake.texts(SUBSCRIBER)[-1]).startswith("Щоденний дайджест · 3 грудня 2023")
