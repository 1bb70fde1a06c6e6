"""Stories are events and every copy is a source, through the real Application."""

from datetime import UTC, datetime

from bot.local_api import html_to_plain
from tests.conftest import EDITOR
from tests.intake.wire import (
    ALL_FOURTEEN,
    FOURTEEN_AGAIN,
    SWAP_DEC_30,
    SWAP_FEB_5,
    SWAP_RU_150,
    SWAP_UK_189,
)
from tests.support.updates import command_update, forwarded_update, message_update


def at(day: str, hour: int = 7) -> datetime:
    return datetime.fromisoformat(f"{day}T{hour:02d}:00:00+00:00").astimezone(UTC)


async def forward(app, fake, text, channel, message_id, day, hour=7) -> str:
    await app.process_update(
        forwarded_update(
            app.bot,
            text,
            user_id=EDITOR,
            channel_title=channel.title(),
            channel_username=channel,
            channel_id=-1000 - sum(map(ord, channel)),
            origin_message_id=message_id,
            origin_date=at(day, hour),
        )
    )
    return html_to_plain(fake.sent()[-1]["text"])


async def ask(app, fake, command) -> str:
    before = len(fake.sent())
    await app.process_update(command_update(app.bot, command, user_id=EDITOR))
    return "\n".join(html_to_plain(p["text"]) for p in fake.sent()[before:])


def stories_of(store) -> dict[int, int]:
    return {r["id"]: r["story_id"] for r in store.db["articles"].rows}


async def test_the_same_figures_a_year_apart_are_two_stories(app, fake, store):
    await forward(app, fake, ALL_FOURTEEN, "kyivwire", 1, "2024-02-24")
    await forward(app, fake, FOURTEEN_AGAIN, "kyivwire", 2, "2025-02-24")
    # the very same wire text, posted again a year later by another channel
    await forward(app, fake, ALL_FOURTEEN, "coastcourier", 3, "2025-02-24", hour=9)
    assert store.counts()["stories"] == 2
    nights = {r["night"] for r in store.db["facts"].rows_where("topic = 'strike'")}
    assert nights == {"2024-02-24", "2025-02-24"}
    latest = await ask(app, fake, "/strikes")
    assert "24 Feb 2025" in latest and "2024" not in latest


async def test_one_wire_copy_from_two_channels_is_one_story_with_both_links(app, fake, store):
    first = await forward(app, fake, ALL_FOURTEEN, "kyivwire", 11, "2025-02-24")
    second = await forward(app, fake, ALL_FOURTEEN, "coastcourier", 12, "2025-02-24", hour=8)
    assert first.startswith("Stored") and "one more source" in second
    assert store.counts()["stories"] == 1 and store.counts()["sources"] == 2
    (story,) = store.latest_stories(1)
    assert story.source_count == 2
    assert "2 sources" in await ask(app, fake, "/latest")
    sources = await ask(app, fake, f"/sources {story.story_id}")
    assert "https://t.me/kyivwire/11" in sources and "https://t.me/coastcourier/12" in sources
    # each source with its own time: the copy was posted a day later
    later = await forward(app, fake, ALL_FOURTEEN, "dniprodesk", 13, "2025-02-25", hour=8)
    assert "one more source" in later
    sources = await ask(app, fake, f"/sources {story.story_id}")
    assert "25 Feb 2025 — https://t.me/dniprodesk/13" in sources
    # the same post forwarded again changes nothing
    again = await forward(app, fake, ALL_FOURTEEN, "coastcourier", 12, "2025-02-24", hour=8)
    assert again.startswith("Already stored") and store.counts()["sources"] == 3


async def test_a_paste_of_a_stored_wire_copy_is_one_more_source(app, fake, store):
    await forward(app, fake, ALL_FOURTEEN, "kyivwire", 21, "2025-02-24")
    await app.process_update(message_update(app.bot, ALL_FOURTEEN, user_id=EDITOR))
    assert "Added your pasted text as one more source" in html_to_plain(fake.sent()[-1]["text"])
    assert store.counts()["articles"] == 1 and store.counts()["sources"] == 2


async def test_two_swaps_of_the_same_size_stay_apart(app, fake, store):
    await forward(app, fake, SWAP_DEC_30, "kyivwire", 31, "2024-12-30")
    await forward(app, fake, SWAP_FEB_5, "kyivwire", 32, "2025-02-05")
    assert store.counts()["stories"] == 2
    exchange = await ask(app, fake, "/exchange")
    assert "Earlier swaps" in exchange


async def test_both_sides_reports_of_one_swap_are_one_story(app, fake, store):
    await forward(app, fake, SWAP_UK_189, "povernennia", 41, "2024-12-30", hour=12)
    await forward(app, fake, SWAP_RU_150, "moscowdesk", 42, "2024-12-30", hour=14)
    assert store.counts()["stories"] == 1
    sides = {r["value"]: r["side"] for r in store.db["facts"].rows_where("field = 'returned'")}
    assert sides == {"189": "ukraine", "150": "russia"}
