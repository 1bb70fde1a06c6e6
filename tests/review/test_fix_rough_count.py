"""/fix on a figure the report gave only roughly ("nearly two hundred", held back as an
uncertain 200): no briefing ever showed the 200, so the editor's 198 is the editor's own figure,
shown as set by an editor with no outlet credited, alike in /exchange, /latest, /sources N,
/export and the push."""

import csv
import io

from tests.conftest import EDITOR as EDITOR_ID
from tests.review.test_review_bot import ask, forward, press, pushes, story_of, subscribe

# Written by us in wire style: the swap's size told only roughly.
ROUGH_SWAP = (
    "Nearly two hundred Ukrainians come home in a swap\n"
    "KYIV, March 13 (Kyiv Wire) - Nearly two hundred Ukrainian soldiers came home from "
    "captivity on Wednesday, officials in Kyiv said."
)


def _line(text: str, start: str) -> str:
    return next(line for line in text.split("\n") if line.startswith(start))


async def test_a_fix_of_a_held_back_rough_count_is_the_editors_figure(bot, fake, store):
    before = await subscribe(bot, fake, "exchange")
    _, receipt = await forward(bot, fake, ROUGH_SWAP, 13, post=501)
    assert "returned home: 200 (confidence" in receipt
    story = story_of(receipt)
    await ask(bot, fake, f"/fix {story} returned 198")

    exchange = await ask(bot, fake, "/exchange")
    assert _line(exchange, "Returned home:") == "Returned home: 198 (set by an editor)"
    latest = await ask(bot, fake, "/latest")
    assert "198 returned home (set by an editor)" in latest
    sources = await ask(bot, fake, f"/sources {story}")
    figure = sources.split("returned home: 198", 1)[1].split("\n\n", 1)[0]
    assert figure.startswith(" (set by an editor)\n"), figure
    assert "Kyiv Wire" not in figure and "“" not in figure and "from 200" not in figure
    await ask(bot, fake, "/export exchange")
    rows = list(csv.DictReader(io.StringIO(fake.uploads[-1][3].decode("utf-8-sig"))))
    (row,) = [r for r in rows if r["current"] == "yes" and r["field"] == "returned"]
    assert (row["value"], row["outlet"], row["link"], row["quote"]) == ("198", "", "", "")
    assert row["editor_action"].startswith("set by Reporter1001")
    told = (await pushes(bot, fake, store))[before:]
    assert any("198" in p and "(set by an editor)" in p for p in told), told
    assert not any("corrected" in p for p in told), told


async def test_undo_puts_the_held_back_figure_back_for_an_editor(bot, fake, store):
    _, receipt = await forward(bot, fake, ROUGH_SWAP, 13, post=501)
    story = story_of(receipt)
    await ask(bot, fake, f"/fix {story} returned 198")
    await ask(bot, fake, "/undo")
    exchange = await ask(bot, fake, "/exchange")
    assert "198" not in exchange and "200" not in exchange
    sources = await ask(bot, fake, f"/sources {story}")
    held = sources.split("returned home: 200\n", 1)[1].split("\n\n", 1)[0]
    assert "uncertain: shown to editors only" in held, held


ROUGH_NIGHT = (
    "KYIV, March 14 (Kyiv Wire) - Russia launched nearly fifty attack drones at Ukraine "
    "overnight, the Ukrainian Air Force said on Thursday. Air defences shot down 31 of the drones."
)


async def test_a_fix_of_a_held_back_strike_figure_is_the_editors_in_strikes(bot, fake, store):
    _, receipt = await forward(bot, fake, ROUGH_NIGHT, 14, post=502)
    assert "drones launched: 50 (confidence" in receipt
    story = story_of(receipt)
    await ask(bot, fake, f"/fix {story} drones_launched 48")
    strikes = await ask(bot, fake, "/strikes")
    assert _line(strikes, "Launched:") == "Launched: 48 drones (set by an editor)"
    sources = await ask(bot, fake, f"/sources {story}")
    figure = sources.split("drones launched: 48", 1)[1].split("\n\n", 1)[0]
    assert "Kyiv Wire" not in figure and "from 50" not in figure, figure


async def test_confirming_the_receipt_after_the_fix_keeps_it_the_editors(bot, fake, store):
    message, receipt = await forward(bot, fake, ROUGH_SWAP, 13, post=501)
    story = story_of(receipt)
    await ask(bot, fake, f"/fix {story} returned 198")
    await press(bot, fake, message, "Confirm")
    exchange = await ask(bot, fake, "/exchange")
    assert _line(exchange, "Returned home:") == "Returned home: 198 (set by an editor)"
    sources = await ask(bot, fake, f"/sources {story}")
    assert "returned home: 198 (set by an editor)" in sources and "from 200" not in sources


async def test_undo_tells_subscribers_the_editors_figure_no_longer_stands(bot, fake, store):
    before = await subscribe(bot, fake, "exchange")
    _, receipt = await forward(bot, fake, ROUGH_SWAP, 13, post=501)
    await ask(bot, fake, f"/fix {story_of(receipt)} returned 198")
    await ask(bot, fake, "/undo")
    told = (await pushes(bot, fake, store))[before:]
    # They were never told the held-back 200: the 198 is taken back, not "corrected to 200".
    assert "198" in told[-1] and "no longer stands" in told[-1], told
    assert not any("200" in p for p in told), told
    # The 200 still waits for an editor: confirming it tells subscribers then.
    message = fake.messages(EDITOR_ID)[0]
    await press(bot, fake, message, "Confirm")
    told = (await pushes(bot, fake, store))[before:]
    assert "200" in told[-1], told
