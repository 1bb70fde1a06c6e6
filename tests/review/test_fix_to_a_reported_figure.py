"""/fix to a figure one of the reports gave: the figure is that report's (its words, its outlet),
not the outlet's whose different figure the editor set aside."""

from tests.review.test_review_bot import ask, forward, story_of

# Written by us in wire style: two outlets give the night's launches differently.
KYIV_WIRE = (
    "KYIV, March 14 (Kyiv Wire) - Russia launched 38 attack drones at Ukraine overnight, the "
    "Ukrainian Air Force said on Thursday."
)
EVENING_POST = (
    "Russia sends 40 drones\n"
    "Russia launched 40 drones at Ukraine overnight, the Ukrainian Air Force said on Thursday."
)


def _line(text: str, start: str) -> str:
    return next(line for line in text.split("\n") if line.startswith(start))


async def test_a_fix_to_the_figure_another_outlet_reported_names_that_outlet(bot, fake, store):
    kyiv, receipt = await forward(bot, fake, KYIV_WIRE, 14, post=401)
    await forward(bot, fake, EVENING_POST, 14, post=77, channel="Evening Post")
    story = story_of(receipt)
    # The editor replies to Kyiv Wire's receipt: its 38 should have been the Post's 40.
    reply = await ask(bot, fake, "/fix drones_launched 40", reply_to_message=kyiv)
    assert "→ 40" in reply
    strikes = await ask(bot, fake, "/strikes")
    assert _line(strikes, "Launched:") == "Launched: 40 drones (corrected by an editor from 38)"
    sources = _line(strikes, "Sources:")
    assert "Evening Post" in sources and "Kyiv Wire" not in sources, sources
    figure = (await ask(bot, fake, f"/sources {story}")).split("drones launched: 40", 1)[1]
    figure = figure.split("\n\n", 1)[0]
    assert "“Russia launched 40 drones" in figure and "38 attack drones" not in figure, figure
    assert "Evening Post, 14 Mar 2024" in figure and "Kyiv Wire, 14 Mar 2024" not in figure


async def test_a_fix_to_a_figure_no_report_gave_stays_with_the_corrected_report(bot, fake, store):
    kyiv, _ = await forward(bot, fake, KYIV_WIRE, 14, post=401)
    await forward(bot, fake, EVENING_POST, 14, post=77, channel="Evening Post")
    await ask(bot, fake, "/fix drones_launched 41", reply_to_message=kyiv)
    strikes = await ask(bot, fake, "/strikes")
    assert _line(strikes, "Launched:") == "Launched: 41 drones (corrected by an editor from 38, 40)"
    assert "Kyiv Wire" in _line(strikes, "Sources:")
