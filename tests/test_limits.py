"""Telegram's limits held exactly, replies before pushes; a fake clock, so no test waits."""

import asyncio
import itertools
from collections import Counter

from telegram.error import RetryAfter

from bot import jobs
from bot.app import running
from bot.limits import PUSH, Limits, TelegramLimiter, counted
from tests.subscriptions.conftest import PUSH as PUSH_CHANGE
from tests.subscriptions.conftest import save_changes, started, wait_until
from tests.support.clock import FakeMonotonic
from tests.support.telegram import FakeTelegram
from tests.support.updates import command_update


def limiter_on(clock: FakeMonotonic, **limits) -> TelegramLimiter:
    return TelegramLimiter(Limits(**limits), clock=clock, sleep=clock.sleep)


async def send_all(limiter, requests):
    """Send (chat_id, kind) requests through the limiter at once; returns (chat, moment) sent."""
    log = []

    async def one(chat_id, kind):
        async def callback():
            log.append((chat_id, limiter.clock()))
            return True

        await limiter.process_request(
            callback, (), {}, "sendMessage", {"chat_id": chat_id}, PUSH if kind == "push" else None
        )

    await asyncio.gather(*(one(chat, kind) for chat, kind in requests))
    return log


def most_in_any_window(moments, span):
    """The largest number of moments inside any half-open window [t, t + span)."""
    moments = sorted(moments)
    best, start = 0, 0
    for end, moment in enumerate(moments):
        while moments[start] <= moment - span:
            start += 1
        best = max(best, end - start + 1)
    return best


async def test_no_second_ever_holds_more_than_thirty():
    clock = FakeMonotonic()
    log = await send_all(limiter_on(clock), [(chat, "reply") for chat in range(1, 301)])
    moments = [m for _, m in log]
    assert len(log) == 300
    assert most_in_any_window(moments, 1.0) == 30
    # The very first second too: no burst on top of a full bucket.
    assert sum(1 for m in moments if m < moments[0] + 1.0) == 30


async def test_pushes_keep_to_their_own_budget():
    clock = FakeMonotonic()
    log = await send_all(limiter_on(clock), [(chat, "push") for chat in range(1, 201)])
    assert most_in_any_window([m for _, m in log], 1.0) == 25


async def test_a_group_gets_twenty_a_minute_and_a_private_chat_one_a_second():
    clock = FakeMonotonic()
    requests = [(-100200, "push")] * 50 + [(4242, "reply")] * 10 + [(-100300, "reply")] * 25
    log = await send_all(limiter_on(clock), requests)
    by_chat: dict[int, list[float]] = {}
    for chat, moment in log:
        by_chat.setdefault(chat, []).append(moment)
    assert len(by_chat[-100200]) == 50 and len(by_chat[-100300]) == 25
    for group in (-100200, -100300):
        assert most_in_any_window(by_chat[group], 60.0) == 20
    private = by_chat[4242]
    assert all(b - a >= 1.0 for a, b in itertools.pairwise(private))
    assert most_in_any_window([m for _, m in log], 1.0) <= 30


async def test_replies_go_before_every_push_still_waiting():
    clock = FakeMonotonic()
    limiter = limiter_on(clock)
    order = []

    async def send(chat_id, kind):
        async def callback():
            order.append(kind)
            return True

        await limiter.process_request(
            callback, (), {}, "sendMessage", {"chat_id": chat_id}, PUSH if kind == "push" else None
        )

    pushes = [asyncio.create_task(send(chat, "push")) for chat in range(1, 1001)]
    while len(order) < 100:  # the broadcast is under way
        await asyncio.sleep(0)
    waiting = limiter.waiting
    # A hundred people ask at once: more than the slots pushes leave free.
    await asyncio.gather(*(send(chat, "reply") for chat in range(5001, 5101)))
    last_reply = len(order) - 1 - order[::-1].index("reply")
    await asyncio.gather(*pushes)
    assert waiting > 800
    # Only pushes that already had their slot (at most one second's budget) went in between.
    assert order[:last_reply].count("push") - 100 <= 25
    assert len(order) == 1100


async def test_flood_control_holds_the_chat_and_retries_a_reply():
    clock = FakeMonotonic()
    limiter = limiter_on(clock)
    tries = []

    async def callback():
        tries.append(clock())
        if len(tries) == 1:
            raise RetryAfter(7)
        return True

    await limiter.process_request(callback, (), {}, "sendMessage", {"chat_id": 9}, None)
    assert len(tries) == 2 and tries[1] - tries[0] >= 7


def test_only_messages_count():
    assert counted("sendMessage") and counted("editMessageText") and counted("sendDocument")
    assert not counted("getMe") and not counted("sendChatAction") and not counted("getFile")


# -- through the real Application --------------------------------------------------------


async def test_commands_sent_while_a_thousand_pushes_wait_are_answered_before_them(config, store):
    clock = FakeMonotonic()
    limiter = TelegramLimiter(clock=clock, sleep=clock.sleep)
    fake = FakeTelegram()
    order: list[int] = []
    fake.on_send = lambda params: order.append(int(params["chat_id"]))
    subscribers = list(range(600_001, 601_001))
    with store.db.atomic():
        for chat in subscribers:
            store.subscriptions.subscribe(chat, "all")
    app = started(config, fake, store, rate_limit=limiter)
    people = list(range(700_001, 700_101))
    async with running(app):
        save_changes(store, [PUSH_CHANGE])
        await wait_until(lambda: len(order) >= 50, timeout=20, step=0.001)
        before = len(order)
        for person in people:  # a hundred people send a command at once
            await app.update_queue.put(command_update(app.bot, "/help", user_id=person))
        await wait_until(lambda: set(people) <= set(order), timeout=30, step=0.001)
        last_answer = max(order.index(person) for person in people)
        await wait_until(lambda: store.subscriptions.pending_count() == 0, timeout=60)
        await jobs.courier(app).drained(timeout=10)
    pushes = Counter(chat for chat in order if chat in set(subscribers))
    assert len(pushes) == 1000 and set(pushes.values()) == {1}
    # Pushes that went while the commands were answered: only those already given a slot.
    pushes_between = sum(1 for chat in order[before:last_answer] if chat in pushes)
    assert pushes_between <= 25
    assert len(order) - last_answer > 800


async def test_the_per_group_limit_holds_over_a_minute_through_the_bot(config, store):
    clock = FakeMonotonic()
    limiter = TelegramLimiter(clock=clock, sleep=clock.sleep)
    fake = FakeTelegram()
    moments: dict[int, list[float]] = {}
    fake.on_send = lambda params: moments.setdefault(int(params["chat_id"]), []).append(clock())
    groups = [-100_500_000 - n for n in range(5)]
    app = started(config, fake, store, rate_limit=limiter)
    async with running(app):
        for group in groups:
            store.subscriptions.enqueue(group, [f"update {n}" for n in range(45)])
        await wait_until(lambda: store.subscriptions.pending_count() == 0, timeout=60)
    for group in groups:
        assert fake.texts(group) == [f"update {n}" for n in range(45)]
        assert most_in_any_window(moments[group], 60.0) == 20
        # 45 messages at 20 a minute take more than two minutes of the fake clock.
        assert moments[group][-1] - moments[group][0] >= 120
    every = [m for group in groups for m in moments[group]]
    assert most_in_any_window(every, 1.0) <= 30
