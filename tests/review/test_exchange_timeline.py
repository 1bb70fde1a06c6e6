"""/exchange's timeline says who stands behind each step: the outlet that reported it, or the
editor who set or corrected it with /fix (never the outlet of the article the fix is filed
under, which did not say it)."""

from tests.review.test_review_bot import ask, forward, story_of

# Written by us in wire style: talks agreed, no swap yet.
AGREED = (
    "Kyiv and Moscow agree to swap 300 prisoners\n"
    "ABU DHABI, March 10 (Gulf Desk) - Ukraine and Russia have agreed to exchange 300 prisoners "
    "of war each, the United Arab Emirates foreign ministry said on Sunday after mediating."
)


def timeline(briefing: str) -> list[str]:
    lines = briefing.split("\n")
    start = lines.index("Timeline") if "Timeline" in lines else lines.index("Хронологія")
    return [line for line in lines[start + 1 :] if line.startswith("•")]


async def test_a_status_an_editor_corrected_is_the_editors_not_the_outlets(bot, fake, store):
    _, receipt = await forward(bot, fake, AGREED, 10, post=300, channel="Gulf Desk")
    story = story_of(receipt)
    assert timeline(await ask(bot, fake, "/exchange")) == [
        "• 10 Mar 2024 — agreed, not yet carried out (Gulf Desk (https://t.me/kyivwire/300))"
    ]
    await ask(bot, fake, f"/fix {story} status completed")
    briefing = await ask(bot, fake, "/exchange")
    assert timeline(briefing) == ["• 10 Mar 2024 — completed (corrected by an editor)"]
    assert "Gulf Desk" in briefing  # still the source of the count of 300
    await ask(bot, fake, "/lang uk")
    assert timeline(await ask(bot, fake, "/exchange")) == [
        "• 10 березня 2024 — відбувся (виправлено редактором)"
    ]
    await ask(bot, fake, "/undo")
    assert timeline(await ask(bot, fake, "/exchange")) == [
        "• 10 березня 2024 — погоджено, ще не проведено (Gulf Desk (https://t.me/kyivwire/300))"
    ]
