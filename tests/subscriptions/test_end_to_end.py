"""Real forwarded articles: a changed fact reaches subscribers, the same article again is quiet."""

from bot import jobs
from tests.articles import AIR_FORCE_FIRST, AIR_FORCE_UPDATE, EXCHANGE_AND_STRIKES, SEED_POST_DATE
from tests.conftest import EDITOR
from tests.subscriptions.conftest import SUBSCRIBER, wait_until
from tests.support.updates import command_update, forwarded_update


def forward(bot, text=EXCHANGE_AND_STRIKES, message_id=4242):
    return forwarded_update(
        bot.bot,
        text,
        user_id=EDITOR,
        channel_title="Kyiv Wire",
        channel_username="kyivwire",
        origin_message_id=message_id,
        origin_date=SEED_POST_DATE,
    )


async def settle(bot, store):
    """Let the courier send whatever the last article queued."""
    await wait_until(lambda: store.subscriptions.pending_count() == 0)
    await wait_until(lambda: not jobs.courier(bot).busy)


async def test_an_editors_article_pushes_the_change_to_the_subscriber_only(bot, fake, store):
    await bot.process_update(command_update(bot.bot, "/subscribe", user_id=SUBSCRIBER))
    subscribed = len(fake.sent(SUBSCRIBER))
    await bot.process_update(forward(bot))
    await settle(bot, store)
    pushes = fake.texts(SUBSCRIBER)[subscribed:]
    assert len(pushes) == 1
    lines = pushes[0].splitlines()
    # each change names its event: the talks and the attack night, with their dates
    assert lines[0].startswith("Exchange talks of 3 Dec 2023 #1: talks under way, 1,200 prisoners")
    assert lines[1].startswith("Night to 3 Dec 2023 #1: 176 drones")
    assert all("Kyiv Wire" in line for line in lines) and "139" in pushes[0]
    editor_texts = fake.texts(EDITOR)
    assert len(editor_texts) == 1 and "Stored" in editor_texts[0]  # the receipt, no push

    await bot.process_update(forward(bot))
    await settle(bot, store)
    assert "Already stored" in fake.texts(EDITOR)[-1]
    assert fake.texts(SUBSCRIBER)[subscribed:] == pushes


async def test_a_corrected_figure_is_pushed(bot, fake, store):
    await bot.process_update(command_update(bot.bot, "/subscribe strikes", user_id=SUBSCRIBER))
    await bot.process_update(forward(bot, AIR_FORCE_FIRST, 10))
    await settle(bot, store)
    before = len(fake.sent(SUBSCRIBER))
    await bot.process_update(forward(bot, AIR_FORCE_UPDATE, 11))
    await settle(bot, store)
    (push,) = fake.texts(SUBSCRIBER)[before:]
    assert "139 → 150" in push and "Kyiv Wire" in push
