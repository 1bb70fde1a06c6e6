"""/undo takes back an editor's last fix only while it still stands: once another editor (or a
later report) changed the figure again, undoing it would bring back the figure before it beside
the one that stands now ("31 or 35"), and tell subscribers nothing."""

from dataclasses import replace

from bot.app import running
from tests.review.test_review_bot import ask, forward, pushes, story_of, subscribe
from tests.review.texts import LATER_NIGHT, NIGHT, SWAP
from tests.subscriptions.conftest import started

DESK = 1009  # a second editor


async def test_undo_of_a_fix_another_editor_changed_since_is_refused(config, fake, store):
    config = replace(config, editors=config.editors | {DESK})
    application = started(config, fake, store)
    async with running(application):
        before = await subscribe(application, fake, "strikes")
        _, receipt = await forward(application, fake, NIGHT, 14)
        story = story_of(receipt)
        await ask(application, fake, f"/fix {story} drones_downed 33 air force")
        await ask(application, fake, f"/fix {story} drones_downed 35 air force", user_id=DESK)
        told = len(await pushes(application, fake, store))

        reply = await ask(application, fake, "/undo")
        assert reply == (
            f"Your last fix (story #{story}, drones downed → 33) was changed after it: it reads "
            f"35 now. Nothing was undone; /fix {story} sets the figure."
        )
        strikes = await ask(application, fake, "/strikes")
        assert "Downed: 35 drones (corrected by an editor from 33)" in strikes
        assert "31" not in strikes.split("Russian Defence Ministry")[0]
        assert len(await pushes(application, fake, store)) == told

        # The fix that stands can still be taken back by the editor who made it.
        assert (await ask(application, fake, "/undo", user_id=DESK)).startswith(
            f"Undone: story #{story}, Ukrainian Air Force: drones downed back to 33 (was 35)."
        )
        # ... and subscribers, told 35, get that correction.
        assert (await pushes(application, fake, store))[before:][-1].startswith("Correction: ")
        assert len(await pushes(application, fake, store)) == told + 1


async def test_undo_still_takes_back_the_same_editors_fixes_one_by_one(bot, fake, store):
    _, receipt = await forward(bot, fake, NIGHT, 14)
    story = story_of(receipt)
    await ask(bot, fake, f"/fix {story} drones_downed 33 air force")
    await ask(bot, fake, f"/fix {story} drones_downed 35 air force")
    assert "back to 33 (was 35)" in await ask(bot, fake, "/undo")
    assert "back to 31 (was 33)" in await ask(bot, fake, "/undo")
    assert "Downed: 31 drones\n" in await ask(bot, fake, "/strikes") + "\n"


async def test_undo_after_a_merge_names_the_story_the_figure_is_in_now(bot, fake, store):
    before = await subscribe(bot, fake, "strikes")
    _, first = await forward(bot, fake, NIGHT, 14)
    _, later = await forward(bot, fake, LATER_NIGHT, 21, post=101)
    a, b = story_of(first), story_of(later)
    await ask(bot, fake, f"/fix {b} drones_downed 80")
    await ask(bot, fake, f"/merge {a} {b}")
    reply = await ask(bot, fake, "/undo")
    # Story #b is gone: /latest and /sources know only #a now.
    assert reply.startswith(f"Undone: story #{a}, Ukrainian Air Force: drones downed back to 81")
    told = (await pushes(bot, fake, store))[before:]
    assert told[-1].startswith(f"Correction: Night to 21 Mar 2024 #{a}: ")


async def test_undo_of_a_night_date_fix_another_editor_moved_since_is_refused(config, fake, store):
    config = replace(config, editors=config.editors | {DESK})
    application = started(config, fake, store)
    async with running(application):
        _, receipt = await forward(application, fake, NIGHT, 14)
        story = story_of(receipt)
        await ask(application, fake, f"/fix {story} date 2024-03-13")
        await ask(application, fake, f"/fix {story} date 2024-03-12", user_id=DESK)

        reply = await ask(application, fake, "/undo")
        assert reply == (
            f"Your last fix (story #{story}, date → 13 Mar 2024) was changed after it: it reads "
            f"12 Mar 2024 now. Nothing was undone; /fix {story} sets the figure."
        )
        # The other editor's night stands; nothing went back to the 14th.
        assert "Launched: 38 drones" in await ask(application, fake, "/strikes 2024-03-12")
        assert "No attack figures" in await ask(application, fake, "/strikes 2024-03-14")
        # The date fix that stands is still the other editor's to take back.
        assert "back to 13 Mar 2024" in await ask(application, fake, "/undo", user_id=DESK)


async def test_undo_of_a_swap_date_fix_another_editor_changed_since_is_refused(config, fake, store):
    config = replace(config, editors=config.editors | {DESK})
    application = started(config, fake, store)
    async with running(application):
        _, receipt = await forward(application, fake, SWAP, 13)
        story = story_of(receipt)
        await ask(application, fake, f"/fix {story} date 2024-03-11")
        await ask(application, fake, f"/fix {story} date 2024-03-10", user_id=DESK)

        reply = await ask(application, fake, "/undo")
        assert reply == (
            f"Your last fix (story #{story}, date → 11 Mar 2024) was changed after it: it reads "
            f"10 Mar 2024 now. Nothing was undone; /fix {story} sets the figure."
        )
        assert f"#{story} · 10 Mar 2024" in await ask(application, fake, "/latest")


async def test_an_editor_undoes_own_date_fixes_one_by_one(bot, fake, store):
    _, receipt = await forward(bot, fake, SWAP, 13)
    story = story_of(receipt)
    await ask(bot, fake, f"/fix {story} date 2024-03-11")
    await ask(bot, fake, f"/fix {story} date 2024-03-10")
    assert "back to 11 Mar 2024 (was 10 Mar 2024)" in await ask(bot, fake, "/undo")
    assert "back to 13 Mar 2024 (was 11 Mar 2024)" in await ask(bot, fake, "/undo")
