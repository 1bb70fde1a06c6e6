"""The chat whose forward or command caused a change reads it in the receipt or the reply:
no push repeats it there. Every other subscriber is told."""

from bot.local_api import html_to_plain
from tests.conftest import EDITOR
from tests.review.test_review_bot import ask, forward, pushes, story_of, subscribe
from tests.review.texts import NIGHT
from tests.support.updates import command_update, message_update

GROUP = -100555


def texts(fake, chat):
    return [html_to_plain(m["text"]) for m in fake.sent(chat)]


async def test_an_editors_own_forward_and_fix_are_not_pushed_back_to_them(bot, fake, store):
    before = await subscribe(bot, fake, "strikes")
    await ask(bot, fake, "/subscribe strikes")
    mine = len(fake.sent(EDITOR))

    _, receipt = await forward(bot, fake, NIGHT, 14)
    story = story_of(receipt)
    reply = await ask(bot, fake, f"/fix {story} drones_downed 33 air force")
    assert "Subscribers get a correction" in reply
    await ask(bot, fake, "/undo")

    told = (await pushes(bot, fake, store))[before:]
    assert [p.split(":")[0] for p in told] == [
        "Night to 14 Mar 2024 #1",
        "Correction",
        "Correction",
    ]
    # The editor got the receipt and two replies: no push of their own news on top.
    mine_now = texts(fake, EDITOR)[mine:]
    assert len(mine_now) == 3, mine_now
    assert mine_now[0].startswith("Stored")


async def test_an_add_in_a_subscribed_group_is_not_pushed_back_to_the_group(bot, fake, store):
    before = await subscribe(bot, fake, "strikes")
    group = {"chat_id": GROUP, "chat_type": "supergroup"}
    await bot.process_update(command_update(bot.bot, "/subscribe strikes", user_id=EDITOR, **group))
    post = message_update(bot.bot, NIGHT, user_id=EDITOR, **group)
    await bot.process_update(post)
    add = command_update(
        bot.bot, "/add", user_id=EDITOR, reply_to_message=post.message.to_dict(), **group
    )
    await bot.process_update(add)
    assert texts(fake, GROUP)[-1].startswith("Stored")
    in_group = len(fake.sent(GROUP))
    told = (await pushes(bot, fake, store))[before:]
    assert len(told) == 1 and told[0].startswith("Night to")
    assert len(fake.sent(GROUP)) == in_group
