"""A claimant's own correction ("90 drones, not 84 as it earlier said") supersedes its earlier
figure for the night, whichever of the two posts reaches the bot first; the other side's
figures, and a report posted after the correction, are still shown beside it."""

from datetime import UTC, datetime

from bot.local_api import html_to_plain
from tests.conftest import EDITOR
from tests.review.test_review_bot import ask, pushes, story_of, subscribe
from tests.support.updates import forwarded_update

# Written by us in wire style.
FIRST = (
    "KYIV, March 14 (Kyiv Wire) - Russia launched 84 attack drones at Ukraine overnight, the "
    "Ukrainian Air Force said on Thursday. Russia's defence ministry said it destroyed 12 "
    "Ukrainian drones."
)
CORRECTION = (
    "Air force raises its count of overnight drones\n"
    "KYIV, March 14 (Kyiv Wire) - Russia launched 90 attack drones at Ukraine overnight, not 84 "
    "as it earlier said, the Ukrainian Air Force said on Thursday."
)
LATER = (
    "Russia sends 95 drones\n"
    "Russia launched 95 drones at Ukraine overnight, the Ukrainian Air Force said on Thursday."
)


async def _forward(bot, fake, text, hour, post, channel="Kyiv Wire"):
    await bot.process_update(
        forwarded_update(
            bot.bot,
            text,
            user_id=EDITOR,
            origin_date=datetime(2024, 3, 14, hour, 0, tzinfo=UTC),
            origin_message_id=post,
            channel_title=channel,
        )
    )
    return html_to_plain(fake.sent(EDITOR)[-1]["text"])


def _line(text: str, start: str) -> str:
    return next(line for line in text.split("\n") if line.startswith(start))


async def test_a_correction_supersedes_the_earlier_figure(bot, fake, store):
    await _forward(bot, fake, FIRST, 7, 601)
    await _forward(bot, fake, CORRECTION, 9, 602)
    strikes = await ask(bot, fake, "/strikes")
    assert _line(strikes, "Launched:") == "Launched: 90 drones (updated from 84)"


async def test_the_earlier_post_forwarded_after_its_correction_is_superseded(bot, fake, store):
    before = await subscribe(bot, fake, "strikes")
    receipt = await _forward(bot, fake, CORRECTION, 9, 602)
    await _forward(bot, fake, FIRST, 7, 601)
    strikes = await ask(bot, fake, "/strikes")
    assert _line(strikes, "Launched:") == "Launched: 90 drones (updated from 84)"
    assert "figures differ" not in strikes
    # The other side's figure in the earlier post is no figure the correction concerns.
    assert "Downed: 12 Ukrainian drones" in strikes.split("Russian Defence Ministry", 1)[1]
    latest = await ask(bot, fake, "/latest")
    assert "90 drones launched" in latest and "figures differ" not in latest
    sources = await ask(bot, fake, f"/sources {story_of(receipt)}")
    assert "drones launched: 84 —" not in sources
    # Subscribers were told 90; the old 84 arriving late is no news (the ministry's 12 is).
    told = (await pushes(bot, fake, store))[before:]
    assert not any("84" in p for p in told), told
    assert any("90" in p for p in told) and any("12" in p for p in told), told


async def test_a_report_posted_after_the_correction_stays_beside_it(bot, fake, store):
    await _forward(bot, fake, CORRECTION, 9, 602)
    await _forward(bot, fake, LATER, 11, 77, channel="Evening Post")
    launched = _line(await ask(bot, fake, "/strikes"), "Launched:")
    assert "90 drones" in launched and "95 drones" in launched, launched
    assert "figures differ" in launched


async def test_an_older_post_forwarded_late_does_not_call_the_newer_figure_earlier(
    bot, fake, store
):
    # No correction words: two reports of one night differ, and the push says so. The 84 was
    # posted before the 90, so "earlier reports: 90" would be false: the 90 is the other report.
    before = await subscribe(bot, fake, "strikes")
    await _forward(bot, fake, LATER.replace("95", "90"), 9, 77, channel="Evening Post")
    await _forward(bot, fake, FIRST, 7, 601)
    told = (await pushes(bot, fake, store))[before:]
    assert any("drones launched 84 (other reports: 90)" in p for p in told), told
    assert not any("earlier reports" in p for p in told), told
