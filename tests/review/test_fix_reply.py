"""/fix sent as a reply: to a receipt it needs no story number; to any other message it says
that message names no story, instead of repeating the usage."""

from tests.conftest import EDITOR
from tests.review.test_review_bot import ask, forward, story_of
from tests.review.texts import NIGHT


async def test_fix_replying_to_a_message_that_is_no_receipt_says_so(bot, fake, store):
    message, receipt = await forward(bot, fake, NIGHT, 14)
    await ask(bot, fake, "/latest")
    latest = fake.messages(EDITOR)[-1]
    reply = await ask(bot, fake, "/fix drones_downed 36 air force", reply_to_message=latest)
    assert reply.startswith("That message is not one of my receipts, so I cannot tell which story")
    assert "Downed: 31 drones" in await ask(bot, fake, "/strikes")
    # A reply to the receipt itself needs no number.
    fixed = await ask(bot, fake, "/fix drones_downed 36 air force", reply_to_message=message)
    assert fixed.startswith(f"Story #{story_of(receipt)}, Ukrainian Air Force: drones downed 31")
    # Without a field it is still the usage.
    assert (await ask(bot, fake, "/fix 36", reply_to_message=latest)).startswith("Usage: /fix")
