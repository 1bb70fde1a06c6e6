"""Talks reported after the swap they led to: stored and briefed ('a completed swap followed'),
but not pushed: subscribers told the swap happened are not then told it is 'agreed, not yet
carried out'."""

from tests.review.test_review_bot import ask, forward, pushes, subscribe

# Written by us in wire style.
AGREED = (
    "Kyiv, Moscow agree on 250-for-250 swap\n"
    "ABU DHABI, March 10 (Gulf Desk) - Ukraine and Russia agreed to swap 250 prisoners each, "
    "the United Arab Emirates foreign ministry said on Sunday."
)
COMPLETED = (
    "Ukraine brings home 250 defenders\n"
    "KYIV, March 13 (Kyiv Wire) - Two hundred and fifty Ukrainian defenders returned home from "
    "Russian captivity on Wednesday, President Volodymyr Zelensky said."
)
OTHER_SIZE = AGREED.replace("250-for-250", "40-for-40").replace("250 prisoners", "40 prisoners")


async def test_talks_arriving_after_their_swap_are_stored_not_pushed(bot, fake, store):
    before = await subscribe(bot, fake, "exchange")
    await forward(bot, fake, COMPLETED, 13, post=501)
    await forward(bot, fake, AGREED, 10, post=77, channel="Gulf Desk")
    told = (await pushes(bot, fake, store))[before:]
    assert len(told) == 1 and "completed" in told[0], told
    latest = await ask(bot, fake, "/latest")
    assert "Kyiv, Moscow agree on 250-for-250 swap" in latest
    assert "a completed swap followed on 13 Mar 2024" in latest


async def test_talks_before_their_swap_and_other_talks_are_pushed(bot, fake, store):
    before = await subscribe(bot, fake, "exchange")
    await forward(bot, fake, AGREED, 10, post=77, channel="Gulf Desk")
    await forward(bot, fake, COMPLETED, 13, post=501)
    # Talks of another size are no part of the swap of 250: news all the same.
    await forward(bot, fake, OTHER_SIZE, 11, post=78, channel="Gulf Desk")
    told = (await pushes(bot, fake, store))[before:]
    assert len(told) == 3, told
    assert "agreed" in told[0] and "completed" in told[1] and "40 prisoners" in told[2]
