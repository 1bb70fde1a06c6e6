"""Stories, not articles: one story across outlets, claims side by side, every figure sourced."""

from datetime import UTC, datetime

from bot.local_api import html_to_plain
from tests.articles import (
    AIR_FORCE_FIRST,
    AIR_FORCE_UPDATE,
    EXCHANGE_AND_STRIKES,
    SECOND_OUTLET,
    SWAP_COMPLETED,
    SYNDICATED_COPY,
    THIRD_OUTLET,
)
from tests.conftest import EDITOR
from tests.support.updates import command_update, forwarded_update

DEC_3 = datetime(2023, 12, 3, 8, tzinfo=UTC)
DEC_5 = datetime(2023, 12, 5, 8, tzinfo=UTC)
DEC_10 = datetime(2023, 12, 10, 8, tzinfo=UTC)


async def post(app, text, outlet, message_id, when):
    """Forward a post from a channel named after the outlet; return the receipt."""
    await app.process_update(
        forwarded_update(
            app.bot,
            text,
            user_id=EDITOR,
            channel_title=outlet,
            channel_username=outlet.lower().replace(" ", ""),
            channel_id=-100_000 - message_id,
            origin_message_id=message_id,
            origin_date=when,
        )
    )


async def ask(app, fake, command):
    before = len(fake.sent())
    await app.process_update(command_update(app.bot, command, user_id=EDITOR))
    return "\n".join(html_to_plain(p["text"]) for p in fake.sent()[before:])


async def test_two_outlets_are_one_story_and_one_claim_corroborated_twice(app, fake, store):
    await post(app, EXCHANGE_AND_STRIKES, "Kyiv Wire", 1, DEC_3)
    await post(app, SECOND_OUTLET, "Harbour Times", 2, DEC_3)
    assert store.counts()["stories"] == 1
    latest = await ask(app, fake, "/latest")
    assert "2 sources" in latest
    exchange = await ask(app, fake, "/exchange")
    (line,) = [x for x in exchange.splitlines() if x.startswith("Prisoners concerned")]
    assert line.count("1,200") == 1  # one claim...
    assert "Kyiv Wire" in line and "Harbour Times" in line  # ...with two sources
    assert "2,400" not in exchange


async def test_a_third_outlet_with_another_date_joins_the_story_and_is_flagged(app, fake, store):
    await post(app, EXCHANGE_AND_STRIKES, "Kyiv Wire", 1, DEC_3)
    await post(app, SECOND_OUTLET, "Harbour Times", 2, DEC_3)
    await post(app, THIRD_OUTLET, "Eastern Dispatch", 3, DEC_5)
    assert store.counts()["stories"] == 1
    exchange = await ask(app, fake, "/exchange")
    assert "different dates" in exchange
    assert "3 Dec 2023" in exchange and "5 Dec 2023" in exchange


async def test_a_completed_swap_a_week_later_is_a_new_exchange(app, fake, store):
    await post(app, EXCHANGE_AND_STRIKES, "Kyiv Wire", 1, DEC_3)
    await post(app, SWAP_COMPLETED, "Kyiv Wire", 2, DEC_10)
    assert store.counts()["stories"] == 2
    exchange = await ask(app, fake, "/exchange")
    current, _, earlier = exchange.partition("Earlier swaps")
    assert "completed" in current and "230" in current
    assert "1,200" in earlier
    assert "Returned across 1 completed swap: 230" in exchange
    assert "2,828" not in exchange  # a cumulative total is not this swap


async def test_an_updated_air_force_figure_supersedes_and_both_are_kept(app, fake, store):
    await post(app, AIR_FORCE_FIRST, "Kyiv Wire", 1, DEC_3)
    await post(app, AIR_FORCE_UPDATE, "Kyiv Wire", 2, DEC_3)
    strikes = await ask(app, fake, "/strikes")
    assert "150 drones (updated from 139)" in strikes
    assert "figures differ" not in strikes
    kept = {r["value"] for r in store.db["facts"].rows_where("field = 'drones_downed'")}
    assert kept == {"139", "150"}


async def test_a_syndicated_copy_with_a_new_headline_is_no_new_story(app, fake, store):
    await post(app, EXCHANGE_AND_STRIKES, "Kyiv Wire", 1, DEC_3)
    await post(app, SYNDICATED_COPY, "Harbour Times", 2, DEC_3)
    receipt = html_to_plain(fake.sent()[-1]["text"])
    assert "one more source" in receipt
    assert store.counts()["stories"] == 1
    assert store.counts()["articles"] == 1
    assert store.counts()["sources"] == 2


async def test_sources_per_claim_with_links(app, fake, store):
    await post(app, EXCHANGE_AND_STRIKES, "Kyiv Wire", 11, DEC_3)
    await post(app, SECOND_OUTLET, "Harbour Times", 12, DEC_3)
    (story,) = store.latest_stories(1)
    text = await ask(app, fake, f"/sources {story.story_id}")
    block = text.split("prisoners in the swap: 1,200")[1].split("\n\n")[0]
    assert "https://t.me/kyivwire/11" in block and "https://t.me/harbourtimes/12" in block
    assert "no story #999" in await ask(app, fake, "/sources 999")


async def test_strikes_week_is_a_compact_table(app, fake, store):
    await post(app, EXCHANGE_AND_STRIKES, "Kyiv Wire", 1, DEC_3)
    await post(app, AIR_FORCE_FIRST, "Kyiv Wire", 2, DEC_5)
    week = await ask(app, fake, "/strikes week")
    assert "last seven nights" in week
    assert "3 Dec" in week and "5 Dec" in week


async def test_latest_says_when_the_reports_of_a_figure_differ(app, fake, store):
    first = (
        "KYIV, Dec 3 (Kyiv Wire) - Russia launched 61 drones at Ukraine overnight, the Ukrainian "
        "Air Force said. Air defences shot down 45 of them."
    )
    second = (
        "Russia sent 70 drones against Ukraine during the night, the Ukrainian Air Force said on "
        "Sunday, adding that air defences had downed 45 drones over the north and centre."
    )
    await post(app, first, "Kyiv Wire", 1, DEC_3)
    assert "differ" not in await ask(app, fake, "/latest")
    await post(app, second, "Harbour Times", 2, DEC_3)
    assert store.counts()["stories"] == 1
    assert "figures differ between reports" in await ask(app, fake, "/strikes")
    latest = await ask(app, fake, "/latest")
    assert "figures differ between reports" in latest


async def test_an_outlet_with_two_posts_on_a_night_is_named_once_and_both_posts_kept(
    app, fake, store
):
    await post(app, EXCHANGE_AND_STRIKES, "Kyiv Wire", 1, DEC_3)
    await post(app, SECOND_OUTLET, "Harbour Times", 2, DEC_3)
    # The channel posts the same report again later that morning: one more source.
    await post(app, EXCHANGE_AND_STRIKES, "Kyiv Wire", 3, DEC_3)
    strikes = await ask(app, fake, "/strikes")
    lines = [x for x in strikes.splitlines() if x.startswith("Sources:")]
    assert lines and all(x.count("Kyiv Wire") == 1 for x in lines), strikes
    sources = await ask(app, fake, "/sources 1")
    assert "t.me/kyivwire/1" in sources and "t.me/kyivwire/3" in sources


async def test_the_week_line_of_a_night_whose_reports_differ_says_so(app, fake, store):
    # An editor scanning /strikes week must not read one outlet's figure as the night's only
    # one when another outlet's report of the same claimant gives a different figure.
    first = (
        "Drones over the south overnight\n\nRussia launched 52 attack drones at Ukraine "
        "overnight, the Ukrainian Air Force said; air defence shot down 41 of them."
    )
    second = (
        "Air force revises tally after night attack\n\nThe Ukrainian Air Force said Russia "
        "sent 55 drones overnight against the south and centre; 44 were destroyed."
    )
    await post(app, first, "Kyiv Wire", 1, DEC_3)
    await post(app, second, "Evening Post", 2, DEC_3)
    week = await ask(app, fake, "/strikes week")
    (line,) = [x for x in week.splitlines() if x.startswith("3 Dec 2023")]
    assert "figures differ between reports" in line, week


async def test_a_post_from_a_private_channel_links_to_it_for_its_members(app, fake, store):
    # A desk's private channel has no @username: its post still has a link, which opens for
    # the channel's members (the editors who forwarded it).
    await app.process_update(
        forwarded_update(
            app.bot,
            EXCHANGE_AND_STRIKES,
            user_id=EDITOR,
            channel_title="Night Desk",
            channel_username=None,
            channel_id=-1001987654321,
            origin_message_id=314,
            origin_date=DEC_3,
        )
    )
    sources = await ask(app, fake, "/sources 1")
    assert "Night Desk, 3 Dec 2023 — https://t.me/c/1987654321/314" in sources, sources


async def test_a_forward_with_only_the_old_forward_fields_is_the_channels_post(app, fake, store):
    # A Bot API server older than 7.0 sends forward_from_chat and forward_date, no
    # forward_origin: the post is still the channel's, dated by the post, with its link.
    from tests.support.updates import message_payload, update_from

    payload = message_payload(text=EXCHANGE_AND_STRIKES, user_id=EDITOR, date=DEC_10)
    payload.update(
        forward_from_chat={
            "id": -1001555,
            "type": "channel",
            "title": "Old Wire",
            "username": "oldwire",
        },
        forward_from_message_id=71,
        forward_date=int(DEC_3.timestamp()),
    )
    await app.process_update(update_from(app.bot, payload))
    receipt = html_to_plain(fake.sent()[-1]["text"])
    assert "Old Wire · 3 Dec 2023" in receipt and "assumed" not in receipt, receipt
    assert "https://t.me/oldwire/71" in await ask(app, fake, "/sources 1")
