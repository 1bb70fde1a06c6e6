"""The total returned runs over every completed swap in the store, each counted once."""

from tests.intake.test_stories import ask, forward
from tests.intake.wire import SIX_SWAPS, SWAP_RU_150, SWAP_UK_189


async def test_six_swaps_one_forwarded_twice_give_their_exact_total(app, fake, store):
    for n, (day, _, text) in enumerate(SIX_SWAPS, 1):
        await forward(app, fake, text, "kyivwire", n, day)
    day, _, text = SIX_SWAPS[2]
    assert (await forward(app, fake, text, "kyivwire", 3, day)).startswith("Already stored")
    # the same swap carried by a second channel: one more source, the same swap
    day, _, text = SIX_SWAPS[4]
    assert "one more source" in await forward(app, fake, text, "coastcourier", 99, day, hour=9)
    exchange = await ask(app, fake, "/exchange")
    expected = sum(people for _, people, _ in SIX_SWAPS)  # 670
    assert expected == 670
    assert "Returned across 6 completed swaps: 670 home to Ukraine" in exchange


async def test_the_total_keeps_the_sides_apart(app, fake, store):
    await forward(app, fake, SWAP_UK_189, "povernennia", 1, "2024-12-30", hour=12)
    await forward(app, fake, SWAP_RU_150, "moscowdesk", 2, "2024-12-30", hour=14)
    day, _, text = SIX_SWAPS[0]
    await forward(app, fake, text, "kyivwire", 3, day)
    exchange = await ask(app, fake, "/exchange")
    assert "Returned across 2 completed swaps: 396 home to Ukraine, 150 to Russia" in exchange
