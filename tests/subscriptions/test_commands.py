"""The subscription commands in private chats, groups and forum topics, with who may use them."""

from tests.conftest import EDITOR
from tests.subscriptions.conftest import SUBSCRIBER
from tests.support.updates import command_update

GROUP = -4002002
ADMIN, MEMBER = 3001, 3002


async def say(bot, fake, text, **kw):
    chat = kw.get("chat_id", kw.get("user_id", SUBSCRIBER))
    before = len(fake.sent(chat))
    await bot.process_update(command_update(bot.bot, text, **kw))
    return "\n".join(fake.texts(chat)[before:])


def in_group(user_id):
    return {"user_id": user_id, "chat_id": GROUP, "chat_type": "group"}


async def test_subscribe_defaults_to_everything_and_says_what_it_means(bot, fake, store):
    reply = await say(bot, fake, "/subscribe", user_id=SUBSCRIBER)
    assert reply.startswith("This chat now gets changes about everything.")
    assert "new attack night" in reply
    assert store.subscriptions.topics(SUBSCRIBER) == {"exchange", "strikes"}
    again = await say(bot, fake, "/subscribe strikes", user_id=SUBSCRIBER)
    assert again == "This chat already gets changes about everything."


async def test_unsubscribe_one_topic_keeps_the_other(bot, fake, store):
    await say(bot, fake, "/subscribe all", user_id=SUBSCRIBER)
    reply = await say(bot, fake, "/unsubscribe strikes", user_id=SUBSCRIBER)
    assert reply == "This chat no longer gets attack nights. It still gets prisoner exchange."
    assert store.subscriptions.topics(SUBSCRIBER) == {"exchange"}
    reply = await say(bot, fake, "/unsubscribe", user_id=SUBSCRIBER)
    assert reply == "This chat no longer gets prisoner exchange."
    assert await say(bot, fake, "/unsubscribe", user_id=SUBSCRIBER) == (
        "This chat was not subscribed to that."
    )


async def test_bad_topics_get_the_usage(bot, fake, store):
    assert await say(bot, fake, "/subscribe weather", user_id=SUBSCRIBER) == (
        "Usage: /subscribe [exchange|strikes|all]"
    )
    assert await say(bot, fake, "/unsubscribe a b", user_id=SUBSCRIBER) == (
        "Usage: /unsubscribe [exchange|strikes|all]"
    )
    assert store.subscriptions.topics(SUBSCRIBER) == set()


async def test_subscriptions_lists_topics_and_digest(bot, fake):
    assert (await say(bot, fake, "/subscriptions", user_id=SUBSCRIBER)).startswith(
        "No subscriptions here."
    )
    await say(bot, fake, "/subscribe exchange", user_id=SUBSCRIBER)
    await say(bot, fake, "/digest 07:30 Europe/London", user_id=SUBSCRIBER)
    reply = await say(bot, fake, "/subscriptions", user_id=SUBSCRIBER)
    assert reply.splitlines() == [
        "<b>Subscriptions</b>",
        "• whole chat: changes about prisoner exchange",
        "• whole chat: daily digest at 07:30 (Europe/London)",
    ]


async def test_only_group_admins_and_editors_change_a_groups_subscriptions(bot, fake, store):
    fake.remember_chat(GROUP, "group", "Night desk")
    fake.set_admins(GROUP, [ADMIN])
    refused = await say(bot, fake, "/subscribe", **in_group(MEMBER))
    assert (
        refused
        == "Only this group's admins (or the newsroom's editors) can change its subscriptions."
    )
    assert store.subscriptions.topics(GROUP) == set()
    assert (await say(bot, fake, "/digest 08:00", **in_group(MEMBER))).startswith("Only")
    assert store.subscriptions.digest(GROUP) is None

    assert (await say(bot, fake, "/subscribe strikes", **in_group(ADMIN))).startswith(
        "This group now gets changes about attack nights."
    )
    assert (await say(bot, fake, "/subscribe exchange", **in_group(EDITOR))).startswith(
        "This group now gets changes about everything."
    )
    assert (await say(bot, fake, "/unsubscribe", **in_group(MEMBER))).startswith("Only")
    assert store.subscriptions.topics(GROUP) == {"exchange", "strikes"}
    # Anyone may look.
    assert "changes about everything" in await say(bot, fake, "/subscriptions", **in_group(MEMBER))


async def test_topics_of_a_forum_are_separate(bot, fake, store):
    forum = -1003003003
    fake.remember_chat(forum, "supergroup", "Desk")
    fake.set_admins(forum, [ADMIN])
    where = {"user_id": ADMIN, "chat_id": forum, "chat_type": "supergroup"}
    reply = await say(
        bot, fake, "/subscribe exchange", message_thread_id=5, is_topic_message=True, **where
    )
    assert reply.startswith("This topic now gets changes about prisoner exchange.")
    await say(bot, fake, "/subscribe strikes", message_thread_id=9, is_topic_message=True, **where)
    assert store.subscriptions.topics(forum, 5) == {"exchange"}
    assert store.subscriptions.topics(forum, 9) == {"strikes"}
    assert sorted(store.subscriptions.audience("strikes")) == [(forum, 9)]
    listing = await say(bot, fake, "/subscriptions", **where)
    assert "topic 5: changes about prisoner exchange" in listing
    assert "topic 9: changes about attack nights" in listing
