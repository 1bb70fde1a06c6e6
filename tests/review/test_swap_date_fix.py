"""/fix STORY date on a swap: subscribers told "Exchange of 13 Mar" hear of the new date, the
swap's timeline and later pushes use it, and /undo takes all of it back."""

from tests.review.test_review_bot import ask, forward, pushes, story_of, subscribe
from tests.review.texts import SWAP


async def test_a_swap_date_fix_is_pushed_and_shown_and_undone(bot, fake, store):
    before = await subscribe(bot, fake, "exchange")
    _, receipt = await forward(bot, fake, SWAP, 13)
    story = story_of(receipt)

    reply = await ask(bot, fake, f"/fix {story} date 2024-03-11")
    assert reply.startswith(f"Story #{story}: date 13 Mar 2024 → 11 Mar 2024.")
    assert "Subscribers get a correction" in reply
    told = (await pushes(bot, fake, store))[before:]
    assert told[-1] == (
        f"Correction: Exchange of 11 Mar 2024 #{story}: completed, 75 returned home: on this "
        "date, not on 13 Mar 2024 (corrected by an editor)"
    )
    exchange = await ask(bot, fake, "/exchange")
    assert "• 11 Mar 2024 — completed" in exchange and "13 Mar" not in exchange

    await ask(bot, fake, "/undo")
    told = (await pushes(bot, fake, store))[before:]
    assert told[-1] == (
        f"Correction: Exchange of 13 Mar 2024 #{story}: completed, 75 returned home: on this "
        "date, not on 11 Mar 2024 (an editor's correction taken back)"
    )
    assert "• 13 Mar 2024 — completed" in await ask(bot, fake, "/exchange")


async def test_a_ukrainian_subscriber_reads_the_new_date_in_ukrainian(bot, fake, store):
    await ask(bot, fake, "/lang uk", user_id=2001)
    before = await subscribe(bot, fake, "exchange")
    _, receipt = await forward(bot, fake, SWAP, 13)
    await ask(bot, fake, f"/fix {story_of(receipt)} date 2024-03-11")
    told = (await pushes(bot, fake, store))[before:]
    assert told[-1].startswith("Виправлення: Обмін від 11 березня 2024")
    assert "цього дня, а не 13 березня 2024" in told[-1]
