"""/confirm: an editor confirms a whole story (or the receipt it replies to) from any chat,
through the real Application; subscribers then hear, once, what was waiting."""

from dataclasses import replace

from bot.app import running
from storage.review import Editor
from tests.review.test_review_bot import (
    READER,
    ask,
    forward,
    labels,
    now,
    pushes,
    story_of,
    subscribe,
)
from tests.review.texts import IMPOSSIBLE, NIGHT, NIGHT_AGAIN
from tests.subscriptions.conftest import started

DESK = 1009  # a second editor, in a chat of their own that never saw the receipts


async def test_confirm_story_releases_every_held_article_in_one_push(config, fake, store):
    config = replace(config, push="confirmed", editors=config.editors | {DESK})
    application = started(config, fake, store)
    async with running(application):
        before = await subscribe(application, fake, "strikes")
        _, receipt = await forward(application, fake, NIGHT, 14)
        await forward(application, fake, NIGHT_AGAIN, 14, post=101, channel="Evening Post")
        story = story_of(receipt)
        assert (await pushes(application, fake, store))[before:] == []

        # A reader may not confirm: a one-line refusal, and subscribers still hear nothing.
        refusal = await ask(application, fake, f"/confirm {story}", user_id=READER)
        assert refusal == "Sorry, only the newsroom's editors can do that. /whoami shows your id."
        assert (await pushes(application, fake, store))[before:] == []

        reply = await ask(application, fake, f"/confirm {story}", user_id=DESK)
        assert reply.startswith(f"Story #{story} confirmed: ")
        # The figures the two receipts list (38 and 31, twice; Russia's 12), not the regions.
        assert "5 figures checked (articles 1, 2)." in reply
        assert reply.endswith("Subscribers now get the figures that were waiting.")
        told = (await pushes(application, fake, store))[before:]
        assert len(told) == 1
        assert "38 drones launched, 31 drones downed (Ukrainian Air Force)" in told[0]
        # /sources shows who checked each figure.
        assert "✓ checked by Reporter1009" in await ask(application, fake, f"/sources {story}")

        # Asked again: nothing to do, and nothing is told twice.
        again = await ask(application, fake, f"/confirm {story}")
        assert again == f"Story #{story} was already confirmed by Reporter1009. Nothing changed."
        assert len((await pushes(application, fake, store))[before:]) == 1


async def test_confirm_as_a_reply_confirms_that_receipt_only(config, fake, store):
    application = started(config, fake, store)
    async with running(application):
        before = await subscribe(application, fake, "strikes")
        message, receipt = await forward(application, fake, IMPOSSIBLE, 15)
        assert (await pushes(application, fake, store))[before:] == []  # held: fails a check
        await ask(application, fake, "/lang uk")
        reply = await ask(application, fake, "/confirm", reply_to_message=message)
        assert reply.startswith(f"Сюжет #{story_of(receipt)} підтверджено: перевірено ")
        assert "(стаття 1). Підписники отримають цифри, що чекали на підтвердження." in reply
        assert len((await pushes(application, fake, store))[before:]) == 1
        assert store.article_review(1).state == "confirmed"
        # The receipt shows it, as after a press of its own Confirm button.
        receipt_now = now(fake, message)
        assert "✓ Підтвердив(ла) Reporter1001" in receipt_now["text"]
        assert labels(receipt_now) == ["Виправити", "Не новина"]


async def test_confirm_refuses_what_it_cannot_name(bot, fake, store):
    _, receipt = await forward(bot, fake, NIGHT, 14)
    usage = "Usage: /confirm STORY (the number /latest shows), or reply /confirm to a receipt"
    for wrong in ("/confirm", "/confirm abc", "/confirm 1 2", "/confirm -1", "/confirm <b>1</b>"):
        assert (await ask(bot, fake, wrong)).startswith(usage), wrong
    assert await ask(bot, fake, "/confirm 999") == (
        "There is no story #999. /latest shows the story numbers."
    )
    assert store.article_review(1).state == "open"
    # In capitals, with extra spaces, as phones send it.
    reply = await ask(bot, fake, f"/CONFIRM   {story_of(receipt)}  ")
    assert reply.startswith(f"Story #{story_of(receipt)} confirmed")


async def test_confirm_and_fix_say_so_when_every_article_was_taken_out(bot, fake, store):
    _, receipt = await forward(bot, fake, NIGHT, 14)
    story = story_of(receipt)
    store.remove_article(1, Editor(1001, "Ed"))
    refusal = (
        f"Every article of story #{story} was taken out as not a report. Restore one first "
        "(the Restore button on its receipt)."
    )
    assert await ask(bot, fake, f"/confirm {story}") == refusal
    # /fix says the same, not that the story has no figures.
    assert await ask(bot, fake, f"/fix {story} drones_downed 30") == refusal
