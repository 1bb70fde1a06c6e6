"""Pushes go through the outbox to the fake Bot API: once each, past flood control and failures."""

import asyncio
import itertools
import time
from datetime import timedelta

from bot import jobs
from bot.app import running
from bot.limits import TelegramLimiter
from storage import Store
from storage.views import Change
from tests.subscriptions.conftest import (
    OTHER_SUBSCRIBER,
    PUSH,
    STRIKE,
    SUBSCRIBER,
    save_changes,
    started,
    wait_until,
)
from tests.support.clock import FakeMonotonic
from tests.support.telegram import FakeTelegram
from tests.support.updates import command_update, message_payload, update_from

EXPECTED = "Exchange: negotiating → agreed · 1,200 · Times Live, Kyiv Wire"


async def command(bot, text, **kw):
    await bot.process_update(command_update(bot.bot, text, **kw))


def sends_to(fake, chat_id):
    return [p for m, p in fake.calls if m == "sendMessage" and str(p["chat_id"]) == str(chat_id)]


async def test_a_change_is_pushed_to_the_subscriber_only(bot, fake, store):
    await command(bot, "/subscribe exchange", user_id=SUBSCRIBER)
    before_editor = len(fake.sent(1001))
    save_changes(store, [PUSH])
    await wait_until(lambda: store.subscriptions.pending_count() == 0)
    assert fake.texts(SUBSCRIBER)[-1] == EXPECTED
    assert len(fake.sent(1001)) == before_editor
    assert [r.status for r in store.subscriptions.outbox()] == ["sent"]


async def test_a_strikes_subscriber_hears_nothing_about_the_exchange(bot, fake, store):
    await command(bot, "/subscribe strikes", user_id=SUBSCRIBER)
    await command(bot, "/subscribe all", user_id=OTHER_SUBSCRIBER)
    replies = len(fake.sent(SUBSCRIBER))
    save_changes(store, [PUSH])
    await wait_until(lambda: store.subscriptions.pending_count() == 0)
    assert len(fake.sent(SUBSCRIBER)) == replies
    assert fake.texts(OTHER_SUBSCRIBER)[-1] == EXPECTED


async def test_one_article_with_two_changes_is_one_message(bot, fake, store):
    await command(bot, "/subscribe", user_id=SUBSCRIBER)
    before = len(fake.sent(SUBSCRIBER))
    save_changes(store, [PUSH, STRIKE])
    await wait_until(lambda: store.subscriptions.pending_count() == 0)
    texts = fake.texts(SUBSCRIBER)[before:]
    assert len(texts) == 1
    assert texts[0].splitlines() == [
        EXPECTED,
        "Night to 3 Dec: Ukrainian Air Force says 139 of 176 drones downed · Kyiv Wire",
    ]


async def test_a_rolled_back_article_queues_nothing(bot, fake, store):
    await command(bot, "/subscribe", user_id=SUBSCRIBER)
    try:
        with store.db.atomic():
            store.subscriptions.listener(store.db, [PUSH])
            raise RuntimeError("the article failed to save")
    except RuntimeError:
        pass
    await asyncio.sleep(0.1)
    assert store.subscriptions.outbox() == []
    assert EXPECTED not in fake.texts(SUBSCRIBER)


async def test_flood_control_waits_and_then_delivers(bot, fake, store):
    await command(bot, "/subscribe", user_id=SUBSCRIBER)
    fake.fail_next("sendMessage", 429, retry_after=1, chat_id=SUBSCRIBER)
    started_at = time.monotonic()
    save_changes(store, [PUSH])
    await wait_until(lambda: EXPECTED in fake.texts(SUBSCRIBER))
    assert time.monotonic() - started_at >= 1.0
    assert fake.texts(SUBSCRIBER).count(EXPECTED) == 1
    assert len([p for p in sends_to(fake, SUBSCRIBER) if p["text"] == EXPECTED]) == 2
    (row,) = store.subscriptions.outbox()
    assert (row.status, row.attempts) == ("sent", 0)


async def test_a_blocked_chat_is_unsubscribed_and_the_others_still_hear(bot, fake, store):
    await command(bot, "/subscribe", user_id=SUBSCRIBER)
    await command(bot, "/subscribe", user_id=OTHER_SUBSCRIBER)
    fake.block_chat(SUBSCRIBER)
    save_changes(store, [PUSH])
    await wait_until(lambda: store.subscriptions.pending_count() == 0)
    assert fake.texts(OTHER_SUBSCRIBER)[-1] == EXPECTED
    assert EXPECTED not in fake.texts(SUBSCRIBER)
    assert store.subscriptions.topics(SUBSCRIBER) == set()
    statuses = {r.chat_id: r.status for r in store.subscriptions.outbox()}
    assert statuses == {SUBSCRIBER: "dead", OTHER_SUBSCRIBER: "sent"}
    # The next change is not even queued for the blocked chat.
    save_changes(store, [STRIKE])
    rows = [r.chat_id for r in store.subscriptions.outbox()]
    assert rows.count(SUBSCRIBER) == 1 and rows.count(OTHER_SUBSCRIBER) == 2


async def test_a_forum_topic_subscription_is_pushed_to_its_topic(bot, fake, store):
    forum, admin, topic = -1002000000001, 3001, 7
    fake.remember_chat(forum, "supergroup", "Newsroom desk")
    fake.set_admins(forum, [admin])
    await command(
        bot,
        "/subscribe strikes",
        user_id=admin,
        chat_id=forum,
        chat_type="supergroup",
        message_thread_id=topic,
        is_topic_message=True,
    )
    assert store.subscriptions.topics(forum, topic) == {"strikes"}
    assert store.subscriptions.topics(forum) == set()
    save_changes(store, [STRIKE])
    await wait_until(lambda: store.subscriptions.pending_count() == 0)
    push = fake.sent(forum)[-1]
    assert push["text"].startswith("Night to 3 Dec")
    assert int(push["message_thread_id"]) == topic


async def test_a_migrated_group_is_followed_to_its_supergroup(bot, fake, store):
    group, supergroup = -4005005, -1004005005
    store.subscriptions.subscribe(group, "all", by=1001)
    fake.migrate_chat(group, supergroup)
    save_changes(store, [PUSH])
    await wait_until(lambda: store.subscriptions.pending_count() == 0)
    assert fake.texts(supergroup) == [EXPECTED]
    assert store.subscriptions.topics(supergroup) == {"exchange", "strikes"}
    assert store.subscriptions.topics(group) == set()


async def test_a_failing_row_is_retried_later_and_given_up_after_five(bot, fake, store, clock):
    subs = store.subscriptions
    subs.clock = clock
    await command(bot, "/subscribe", user_id=SUBSCRIBER)
    await command(bot, "/subscribe", user_id=OTHER_SUBSCRIBER)
    for _ in range(5):
        fake.fail_next("sendMessage", 400, chat_id=SUBSCRIBER)
    save_changes(store, [PUSH])
    await wait_until(lambda: EXPECTED in fake.texts(OTHER_SUBSCRIBER))
    for attempt in range(1, 6):
        await wait_until(lambda n=attempt: subs.outbox()[0].attempts == n)
        clock.now += timedelta(minutes=1)  # past the back-off
        jobs.kick(bot)
    await asyncio.sleep(0.1)
    row = subs.outbox()[0]
    assert (row.chat_id, row.status, row.attempts) == (SUBSCRIBER, "dead", 5)
    assert EXPECTED not in fake.texts(SUBSCRIBER)
    assert subs.topics(SUBSCRIBER) == {"exchange", "strikes"}  # a bad message is not a bad chat


async def test_rows_to_one_chat_go_in_order_a_second_apart(config, fake, store):
    clock = FakeMonotonic()
    limiter = TelegramLimiter(clock=clock, sleep=clock.sleep)
    moments = []
    fake.on_send = lambda params: moments.append(clock())
    app = started(config, fake, store, rate_limit=limiter)
    async with running(app):
        store.subscriptions.enqueue(SUBSCRIBER, ["first", "second", "third", "fourth"])
        await wait_until(lambda: store.subscriptions.pending_count() == 0)
    assert fake.texts(SUBSCRIBER) == ["first", "second", "third", "fourth"]
    assert all(b - a >= 1.0 for a, b in itertools.pairwise(moments))


class SlowTelegram(FakeTelegram):
    """A fake server that takes a little time per call, so a stop lands mid-broadcast."""

    async def answer(self, api_method, params, uploads):
        if api_method == "sendMessage":
            await asyncio.sleep(0.01)
        return await super().answer(api_method, params, uploads)


async def test_a_restart_mid_broadcast_delivers_every_row_exactly_once(config, tmp_path):
    fake = SlowTelegram()
    chats = list(range(500_001, 500_061))
    first = Store.open(tmp_path / "restart.db")
    app = started(config, fake, first)
    for chat in chats:
        first.subscriptions.subscribe(chat, "all")
    async with running(app):
        jobs.courier(app).max_workers = 4
        save_changes(first, [PUSH])
        await wait_until(lambda: len(fake.sent()) >= 10)
    left = first.subscriptions.pending_count()
    first.close()
    assert 0 < left < len(chats), "the stop should land in the middle of the broadcast"

    second = Store.open(tmp_path / "restart.db")
    app = started(config, fake, second)
    async with running(app):
        jobs.kick(app)
        await wait_until(lambda: second.subscriptions.pending_count() == 0)
    delivered = [int(p["chat_id"]) for p in fake.sent()]
    assert sorted(delivered) == chats, "each subscriber exactly once"
    assert {r.status for r in second.subscriptions.outbox()} == {"sent"}
    second.close()


async def test_with_the_rate_limiter_flood_control_is_waited_out_too(config, store):
    fake = FakeTelegram()
    app = started(config, fake, store, rate_limit=True)
    async with running(app):
        store.subscriptions.subscribe(SUBSCRIBER, "all")
        store.subscriptions.subscribe(OTHER_SUBSCRIBER, "all")
        fake.fail_next("sendMessage", 429, retry_after=1, chat_id=SUBSCRIBER)
        started_at = time.monotonic()
        save_changes(store, [PUSH])
        await wait_until(lambda: store.subscriptions.pending_count() == 0)
    assert time.monotonic() - started_at >= 1.0
    assert fake.texts(SUBSCRIBER) == [EXPECTED] and fake.texts(OTHER_SUBSCRIBER) == [EXPECTED]
    assert {(r.status, r.attempts) for r in store.subscriptions.outbox()} == {("sent", 0)}


async def test_a_push_is_html_without_a_link_preview_as_every_reply_is(bot, fake, store):
    # Defaults set the parse mode and previews once, for replies and pushes alike.
    await command(bot, "/subscribe exchange", user_id=SUBSCRIBER)
    save_changes(store, [PUSH])
    await wait_until(lambda: store.subscriptions.pending_count() == 0)
    push = fake.sent(SUBSCRIBER)[-1]
    assert push["parse_mode"] == "HTML"
    assert push["link_preview_options"]["is_disabled"] is True


UK_NIGHT = Change(
    topic="strikes",
    what="",
    story_id=2,
    outlets=("Kyiv Wire",),
    night="2023-12-03",
    figures=(("drones_launched", None, 176),),
    claimant="Ukrainian Air Force",
    kind="new_night",
)


async def test_a_migrated_group_keeps_its_language(bot, fake, store):
    group, supergroup = -4005006, -1004005006
    store.subscriptions.subscribe(group, "all", by=1001)
    store.set_chat_language(group, "uk")
    fake.migrate_chat(group, supergroup)
    save_changes(store, [UK_NIGHT])
    await wait_until(lambda: store.subscriptions.pending_count() == 0)
    assert fake.texts(supergroup) == [
        "Ніч на 3 грудня 2023 #2: запущено 176 дронів (Повітряні сили ЗСУ) · Kyiv Wire"
    ]
    assert store.chat_language(supergroup) == "uk" and store.chat_language(group) is None


async def test_telegrams_migration_notice_moves_the_group_at_once(bot, fake, store):
    group, supergroup = -4005007, -1004005007
    store.subscriptions.subscribe(group, "strikes", by=1001)
    store.subscriptions.set_digest(group, "08:00", "Europe/Kyiv")
    store.set_chat_language(group, "uk")
    notice = update_from(
        bot.bot, message_payload(chat_id=group, chat_type="group", migrate_to_chat_id=supergroup)
    )
    await bot.process_update(notice)
    assert fake.sent(group) == []  # a service message gets no answer
    assert store.subscriptions.topics(supergroup) == {"strikes"}
    assert store.subscriptions.digest(supergroup) is not None
    assert store.chat_language(supergroup) == "uk"
    save_changes(store, [UK_NIGHT])
    await wait_until(lambda: store.subscriptions.pending_count() == 0)
    assert fake.texts(supergroup)[-1].startswith("Ніч на 3 грудня 2023")
