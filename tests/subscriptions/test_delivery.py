"""Delivery through outages, refusals and group migrations: nothing lost, nothing repeated.

The store's clock is fake and jumps straight to the next retry, so an hour-long outage takes a
moment; the fake Bot API fails the way Telegram and the network fail.
"""

import asyncio
import itertools
from collections import Counter
from datetime import datetime, timedelta

import pytest
from telegram.error import TimedOut

from bot import jobs
from bot.app import running
from bot.delivery import classify
from storage.views import Change
from tests.subscriptions.conftest import PUSH, STRIKE, save_changes, started, wait_until
from tests.support.clock import WallClock
from tests.support.telegram import FakeTelegram

THIRD = Change("strikes", "Night to 4 Dec: 41 of 50 drones downed", 3, ("Kyiv Wire",), "2023-12-04")
PRIVATE = list(range(3001, 3031))
GROUPS = list(range(-4001, -4011, -1))


class Outage(FakeTelegram):
    """sendMessage fails while the store's clock is inside the outage: 5xx, timeouts, resets."""

    FAILURES = (500, 502, 503, 504, "timeout", "reset")

    def __init__(self, wall: WallClock, start: datetime, length: timedelta):
        super().__init__()
        self.wall, self.start, self.end = wall, start, start + length
        self.failed = 0
        self._kinds = itertools.cycle(self.FAILURES)

    def down(self) -> bool:
        return self.start <= self.wall.now < self.end

    async def do_request(self, url, method, request_data=None, **kwargs):
        if url.endswith("/sendMessage") and self.down():
            self.failed += 1
            kind = next(self._kinds)
            if kind == "timeout":
                raise TimedOut("Timed out")
            if kind == "reset":
                raise ConnectionResetError("connection reset by peer")
            return kind, b'{"ok": false, "error_code": %d, "description": "Bad Gateway"}' % kind
        return await super().do_request(url, method, request_data, **kwargs)


async def deliver_all(app, store, wall: WallClock, max_passes: int = 5_000) -> int:
    """Run delivery passes, moving the fake clock to the next retry, until nothing is pending."""
    courier = jobs.courier(app)
    subscriptions = store.subscriptions
    for passes in range(1, max_passes + 1):
        jobs.kick(app)
        await wait_until(lambda: not courier.busy, timeout=10, step=0.002)
        if subscriptions.pending_count() == 0:
            return passes
        row = next(
            store.db.query(
                "select min(next_attempt_at) as due from outbox where status = 'pending'"
            )
        )
        due = datetime.fromisoformat(row["due"]) if row["due"] else wall.now
        wall.now = max(wall.now + timedelta(milliseconds=1), due)
    raise AssertionError("the outbox never emptied")


def subscribe_everyone(store):
    for chat in PRIVATE + GROUPS:
        store.subscriptions.subscribe(chat, "all")


def sent_pairs(fake):
    return Counter((int(p["chat_id"]), p["text"]) for p in fake.sent())


@pytest.mark.parametrize("minutes", [1, 60])
async def test_an_outage_of_a_minute_or_an_hour_loses_nothing(config, store, minutes):
    wall = WallClock()
    store.subscriptions.clock = wall
    fake = Outage(wall, start=wall.now, length=timedelta(minutes=minutes))
    subscribe_everyone(store)
    app = started(config, fake, store)
    async with running(app):
        for change in (PUSH, STRIKE, THIRD):
            save_changes(store, [change])
        await deliver_all(app, store, wall)
    chats = PRIVATE + GROUPS
    pairs = sent_pairs(fake)
    assert fake.failed >= len(chats), "every chat should have met the outage"
    assert sum(pairs.values()) == 3 * len(chats)
    assert set(pairs.values()) == {1}, "each push exactly once"
    for chat in chats:  # and in the order they were queued
        texts = fake.texts(chat)
        assert [t.split(":")[0] for t in texts] == ["Exchange", "Night to 3 Dec", "Night to 4 Dec"]
    rows = store.subscriptions.outbox()
    assert {r.status for r in rows} == {"sent"}
    # Retries backed off: far fewer tries than seconds of outage.
    assert max(r.attempts for r in rows) <= 8 + minutes // 5


async def test_a_push_is_given_up_only_after_a_day_of_outage_and_reported(config, store):
    wall = WallClock()
    store.subscriptions.clock = wall
    fake = Outage(wall, start=wall.now, length=timedelta(hours=30))
    store.subscriptions.subscribe(3001, "all")
    app = started(config, fake, store)
    reports = []
    async with running(app):
        jobs.courier(app).report = lambda app, row, reason, n: _record(reports, row, reason, n)
        save_changes(store, [PUSH])
        await deliver_all(app, store, wall)
    (row,) = store.subscriptions.outbox()
    assert row.status == "dead"
    age = wall.now - datetime.fromisoformat(row.created_at)
    assert timedelta(hours=23) <= age <= timedelta(hours=24)
    assert [(r[0], r[2]) for r in reports] == [(3001, 1)]
    assert fake.texts(3001) == []
    assert store.subscriptions.topics(3001) == {"exchange", "strikes"}  # the chat is kept


async def _record(reports, row, reason, dropped):
    reports.append((row.chat_id, reason, dropped))


class Migrating(FakeTelegram):
    """A Bot API that takes a moment per call, so the courier's passes interleave with sends."""

    async def answer(self, api_method, params, uploads):
        await asyncio.sleep(0.001)
        return await super().answer(api_method, params, uploads)


async def test_a_group_migrating_with_pending_pushes_gets_each_push_once(config, store):
    group, supergroup = -4005005, -1004005005
    fake = Migrating()
    fake.migrate_chat(group, supergroup)
    store.subscriptions.subscribe(group, "all")
    texts = [f"push {n}" for n in range(1, 101)]
    store.subscriptions.enqueue(group, texts)
    # Other chats keep the courier busy, so it looks for new work while the group moves.
    for chat in PRIVATE:
        store.subscriptions.enqueue(chat, ["other"])
    wall = WallClock()
    store.subscriptions.clock = wall
    app = started(config, fake, store)
    async with running(app):
        await deliver_all(app, store, wall)
        # Pushes queued after the move go to the supergroup directly.
        save_changes(store, [PUSH])
        await deliver_all(app, store, wall)
    delivered = fake.texts(supergroup)
    assert delivered[:100] == texts, "each push once, in order"
    assert len(delivered) == 101 and delivered[-1].startswith("Exchange")
    assert fake.texts(group) == []
    assert {r.status for r in store.subscriptions.outbox()} == {"sent"}


async def test_a_migration_into_a_chat_already_served_repeats_nothing(config, store):
    group, supergroup = -4006006, -1004006006
    fake = Migrating()
    fake.migrate_chat(group, supergroup)
    store.subscriptions.enqueue(group, [f"group {n}" for n in range(30)])
    store.subscriptions.enqueue(supergroup, [f"super {n}" for n in range(30)], thread_id=7)
    wall = WallClock()
    store.subscriptions.clock = wall
    app = started(config, fake, store)
    async with running(app):
        await deliver_all(app, store, wall)
    counts = Counter(fake.texts(supergroup))
    assert len(counts) == 60 and set(counts.values()) == {1}


@pytest.mark.parametrize(
    ("status", "description"),
    [
        (403, "Forbidden: bot was blocked by the user"),
        (403, "Forbidden: user is deactivated"),
        (403, "Forbidden: bot was kicked from the supergroup chat"),
        (400, "Bad Request: chat not found"),
        (400, "Bad Request: have no rights to send a message"),
    ],
)
async def test_a_chat_that_is_gone_ends_its_rows_and_is_reported_once(
    config, store, status, description
):
    fake = FakeTelegram()
    gone, kept = 3001, 3002
    for chat in (gone, kept):
        store.subscriptions.subscribe(chat, "all")
    store.subscriptions.enqueue(gone, ["one", "two", "three"])
    fake.fail_next("sendMessage", status, description=description, chat_id=gone)
    wall = WallClock()
    store.subscriptions.clock = wall
    app = started(config, fake, store)
    reports = []
    async with running(app):
        jobs.courier(app).report = lambda app, row, reason, n: _record(reports, row, reason, n)
        save_changes(store, [PUSH])
        await deliver_all(app, store, wall)
    assert fake.texts(gone) == []
    assert fake.texts(kept)[-1].startswith("Exchange")
    assert store.subscriptions.topics(gone) == set()
    assert [(chat, n) for chat, _, n in reports] == [(gone, 4)]
    assert description.split(": ", 1)[1].lower() in reports[0][1].lower()


async def test_a_deleted_forum_topic_stops_only_that_topic(config, store):
    forum = -1007007007
    fake = FakeTelegram()
    store.subscriptions.subscribe(forum, "all", thread_id=5)
    store.subscriptions.subscribe(forum, "all", thread_id=6)
    fake.fail_next("sendMessage", 400, description="Bad Request: message thread not found")
    wall = WallClock()
    store.subscriptions.clock = wall
    app = started(config, fake, store)
    async with running(app):
        save_changes(store, [PUSH])
        await deliver_all(app, store, wall)
    assert len(fake.sent(forum)) == 1
    topics = {t: store.subscriptions.topics(forum, t) for t in (5, 6)}
    assert sorted(bool(v) for v in topics.values()) == [False, True]


async def test_a_message_telegram_keeps_refusing_is_given_up_and_reported(config, store):
    fake = FakeTelegram()
    store.subscriptions.subscribe(3001, "all")
    for _ in range(5):
        fake.fail_next("sendMessage", 400, description="Bad Request: can't parse entities")
    wall = WallClock()
    store.subscriptions.clock = wall
    app = started(config, fake, store)
    reports = []
    async with running(app):
        jobs.courier(app).report = lambda app, row, reason, n: _record(reports, row, reason, n)
        save_changes(store, [PUSH])
        store.subscriptions.enqueue(3001, ["after it"])
        await deliver_all(app, store, wall)
    statuses = [(r.status, r.attempts) for r in store.subscriptions.outbox()]
    assert statuses == [("dead", 5), ("sent", 0)]
    assert fake.texts(3001) == ["after it"]  # the next message still goes
    assert len(reports) == 1 and "can't parse entities" in reports[0][1].lower()
    assert store.subscriptions.topics(3001) == {"exchange", "strikes"}


def test_errors_are_sorted_into_what_to_do():
    from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter

    assert classify(RetryAfter(3)).kind == "flood"
    assert classify(ChatMigrated(-100123)).new_chat_id == -100123
    assert classify(Forbidden("Forbidden: bot was blocked by the user")).kind == "chat_gone"
    assert classify(BadRequest("Bad Request: chat not found")).kind == "chat_gone"
    assert classify(BadRequest("Bad Request: message is too long")).kind == "refused"
    assert classify(NetworkError("Bad Gateway")).kind == "outage"
    assert classify(TimedOut()).kind == "outage"
    assert classify(ConnectionResetError()).kind == "outage"
    assert classify(KeyError("bug")).kind == "refused"
