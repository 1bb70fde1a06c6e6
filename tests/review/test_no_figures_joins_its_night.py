"""An article that gives no figure about a night the bot has a story for (same night, same
place) is one more source of that story; one with nothing to tie it to stays a story of its
own."""

from tests.review.test_review_bot import ask, forward, story_of
from tests.review.texts import NIGHT, SWAP

# Written by us in wire style. NIGHT: drones downed over the Kyiv, Sumy and Poltava regions.
KYIV_DAMAGE = (
    "Drones hit Kyiv overnight\n"
    "KYIV, March 14 (Kyiv Wire) - Russian drones attacked Kyiv overnight, damaging apartment "
    "blocks in the Darnytskyi district, the city's military administration said."
)
LVIV_DAMAGE = (
    "Drones hit Lviv overnight\n"
    "LVIV, March 14 (Kyiv Wire) - Russian drones attacked Lviv overnight, damaging a warehouse, "
    "the regional governor said."
)
NOT_AN_ATTACK = (
    "Kyiv hosts a book fair\n"
    "KYIV, March 14 (Kyiv Wire) - Publishers from across Kyiv opened the spring book fair on "
    "Thursday, organisers said."
)


async def test_a_report_with_no_figure_joins_the_nights_story_of_its_place(bot, fake, store):
    _, night = await forward(bot, fake, NIGHT, 14, post=701)
    _, damage = await forward(bot, fake, KYIV_DAMAGE, 14, post=702, channel="City Desk")
    assert story_of(damage) == story_of(night)
    assert "2 sources" in damage
    latest = await ask(bot, fake, "/latest")
    assert latest.count("· 14 Mar 2024 ·") == 1 and "2 sources" in latest
    sources = await ask(bot, fake, f"/sources {story_of(night)}")
    assert "Drones hit Kyiv overnight — City Desk" in sources


async def test_a_report_with_nothing_to_tie_it_to_stays_apart(bot, fake, store):
    _, night = await forward(bot, fake, NIGHT, 14, post=701)
    _, elsewhere = await forward(bot, fake, LVIV_DAMAGE, 14, post=703)
    _, unrelated = await forward(bot, fake, NOT_AN_ATTACK, 14, post=704)
    _, other_day = await forward(bot, fake, KYIV_DAMAGE, 16, post=705)
    stories = {story_of(r) for r in (night, elsewhere, unrelated, other_day)}
    assert len(stories) == 4


async def test_a_reparse_keeps_it_in_the_nights_story(bot, fake, store):
    _, night = await forward(bot, fake, NIGHT, 14, post=701)
    await forward(bot, fake, KYIV_DAMAGE, 14, post=702, channel="City Desk")
    store.rebuild_stories()
    (story,) = {r["story_id"] for r in store.db.query("select story_id from articles")}
    assert story == story_of(night)


# A report of the swap's aftermath that states no number (the extractor reads it as done).
SWAP_AFTERMATH = (
    "Freed soldiers hug their families\n"
    "KYIV, March 13 (Kyiv Wire) - Soldiers freed in Wednesday's prisoner exchange hugged their "
    "families in the Chernihiv region, where they were brought after the swap."
)


async def test_a_report_with_no_figure_joins_its_swaps_story(bot, fake, store):
    _, swap = await forward(bot, fake, SWAP, 13, post=711)
    _, aftermath = await forward(bot, fake, SWAP_AFTERMATH, 13, post=712, channel="City Desk")
    assert story_of(aftermath) == story_of(swap)
    assert "75" in await ask(bot, fake, "/exchange")
