"""A subscribed chat's feed of changes is whole: a change the chat's own forward or fix caused
is pushed there too, after the receipt, so the feed reads the same whoever caused it."""

from bot.local_api import html_to_plain
from tests.conftest import EDITOR
from tests.review.test_review_bot import ask, forward, pushes, story_of, subscribe
from tests.review.texts import NIGHT


async def test_a_subscribed_editor_reads_their_own_forward_and_fix_in_the_feed(bot, fake, store):
    before = await subscribe(bot, fake, "strikes")
    await ask(bot, fake, "/subscribe strikes")

    _, receipt = await forward(bot, fake, NIGHT, 14)
    assert receipt.startswith("Stored")
    await ask(bot, fake, f"/fix {story_of(receipt)} drones_downed 33 air force")

    other = [p.split(":")[0] for p in (await pushes(bot, fake, store))[before:]]
    assert other == ["Night to 14 Mar 2024 #1", "Correction"]
    mine = [html_to_plain(m["text"]) for m in fake.sent(EDITOR)]
    assert sum(m.startswith("Night to 14 Mar 2024 #1") for m in mine) == 1
    assert sum(m.startswith("Correction") for m in mine) == 1
