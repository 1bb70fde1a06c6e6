"""/fix adds a figure no report gave: a night the extractor found no figure for, a claimant a
night has none of, a swap's number nobody stated. Through the real Application: what /strikes,
/exchange, /sources N and /export show, what subscribers are told, /undo, and the refusals."""

import csv
import io
from datetime import date

import pytest

from storage.review import Editor, ReviewError
from tests.conftest import EDITOR
from tests.review.test_review_bot import ask, forward, pushes, story_of, subscribe
from tests.review.texts import LATER_NIGHT, save

# Written by us in wire style. A strike report with no figure in it: the extractor finds none.
NO_FIGURES = (
    "Drones hit Kyiv overnight\n"
    "KYIV, March 14 (Kyiv Wire) - Russian drones attacked Kyiv overnight, damaging apartment "
    "blocks in the Darnytskyi district, the city's military administration said."
)
# Talks agreed, with no number stated.
TALKS_NO_NUMBER = (
    "Ukraine and Russia agree prisoner exchange\n"
    "KYIV, March 12 (Kyiv Wire) - Ukraine and Russia agreed to swap prisoners, officials said."
)


def _csv(fake) -> list[dict]:
    data = fake.uploads[-1][3]
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


async def test_fix_adds_a_figure_to_a_night_with_none(bot, fake, store):
    before = await subscribe(bot, fake, "strikes")
    _, receipt = await forward(bot, fake, NO_FIGURES, 14, post=401)
    assert "No exchange or strike figures found in it." in receipt
    story = story_of(receipt)
    reply = await ask(bot, fake, f"/fix {story} drones_launched 176")
    assert reply == (
        f"Story #{story}, Ukrainian Air Force: drones launched none → 176. Subscribers are told. "
        "/undo takes it back."
    )
    await ask(bot, fake, f"/fix {story} drones_downed 139")
    strikes = await ask(bot, fake, "/strikes")
    assert "Strikes, night to 14 Mar 2024" in strikes
    assert "Launched: 176 drones (set by an editor)" in strikes
    assert "Downed: 139 drones (set by an editor)" in strikes
    latest = await ask(bot, fake, "/latest")
    assert (
        "176 drones (set by an editor) launched, 139 drones (set by an editor) downed "
        "(Ukrainian Air Force)" in latest
    )
    sources = await ask(bot, fake, f"/sources {story}")
    assert (
        "drones launched: 176 (set by an editor) — Ukrainian Air Force, night to 14 Mar 2024"
        in sources
    )
    assert "Reporter1001: drones launched, Ukrainian Air Force: none → 176" in sources
    # No outlet is named as the source of a figure no report gave.
    figure = sources.split("drones launched: 176", 1)[1].split("\n\n", 1)[0]
    assert "Kyiv Wire" not in figure, figure
    told = (await pushes(bot, fake, store))[before:]
    assert told == [
        f"Night to 14 Mar 2024 #{story}: Ukrainian Air Force: drones launched 176 "
        "(set by an editor)",
        f"Night to 14 Mar 2024 #{story}: Ukrainian Air Force: drones downed 139 (set by an editor)",
    ]
    await ask(bot, fake, "/export strikes")
    (row,) = [r for r in _csv(fake) if r["field"] == "drones_launched"]
    assert (row["story"], row["date"], row["value"]) == (str(story), "2024-03-14", "176")
    assert (row["claimant"], row["attacker"], row["current"]) == (
        "Ukrainian Air Force",
        "russia",
        "yes",
    )
    # No outlet gave it: the row names none, nor the article it is filed under.
    assert (row["outlet"], row["link"], row["quote"], row["also_carried_by"]) == ("", "", "", "")
    assert row["editor_action"].startswith("set by Reporter1001, ")
    assert row["editor_action"].endswith(": 176")


async def test_a_second_claimants_figure_stands_beside_the_first(bot, fake, store):
    before = await subscribe(bot, fake, "strikes")
    _, receipt = await forward(bot, fake, LATER_NIGHT, 21, post=402)
    story = story_of(receipt)
    reply = await ask(bot, fake, f"/fix {story} drones_downed 57 russian")
    assert reply.startswith(f"Story #{story}, Russian Defence Ministry: drones downed none → 57.")
    strikes = await ask(bot, fake, "/strikes")
    # The Air Force's figures are untouched; Russia's claim is a block of its own.
    assert "Launched: 90 drones + 6 missiles\nDowned: 81 drones + 4 missiles" in strikes
    russian = strikes.split("Ukrainian drones, as Russia reports them", 1)[1]
    assert russian == "\nRussian Defence Ministry\nDowned: 57 Ukrainian drones (set by an editor)"
    assert (
        store.db.execute(
            "select count(*) from facts where field = 'drones_downed' and superseded_by is null"
        ).fetchone()[0]
        == 2
    )
    told = (await pushes(bot, fake, store))[before:]
    assert told[-1] == (
        f"Night to 21 Mar 2024 #{story}: Russian Defence Ministry: drones downed 57 "
        "(set by an editor)"
    )
    # Named again, the figure is the one just added, corrected as any other.
    reply = await ask(bot, fake, f"/fix {story} drones_downed 60 defence ministry")
    assert reply.startswith(f"Story #{story}, Russian Defence Ministry: drones downed 57 → 60.")
    assert "81 drones + 4 missiles" in await ask(bot, fake, "/strikes")


async def test_fix_adds_a_swaps_number_nobody_stated(bot, fake, store):
    before = await subscribe(bot, fake, "exchange")
    _, receipt = await forward(bot, fake, TALKS_NO_NUMBER, 12, post=403)
    story = story_of(receipt)
    reply = await ask(bot, fake, f"/fix {story} count 1.200")
    assert reply.startswith(f"Story #{story}: prisoners in the swap none → 1,200.")
    exchange = await ask(bot, fake, "/exchange")
    assert "Prisoners concerned: 1,200 (set by an editor)\n" in exchange
    assert "Exchange: 1,200 prisoners (set by an editor), agreed" in await ask(bot, fake, "/latest")
    told = (await pushes(bot, fake, store))[before:]
    assert told[-1] == f"Exchange talks of 12 Mar 2024 #{story}: 1,200 prisoners (set by an editor)"


async def test_undo_takes_back_an_added_figure_and_tells_subscribers(bot, fake, store):
    before = await subscribe(bot, fake, "strikes")
    _, receipt = await forward(bot, fake, NO_FIGURES, 14, post=404)
    story = story_of(receipt)
    await ask(bot, fake, f"/fix {story} missiles_launched 1")
    assert "1 missile (set by an editor)" in await ask(bot, fake, "/strikes")
    reply = await ask(bot, fake, "/undo")
    assert reply == (
        f"Undone: story #{story}, Ukrainian Air Force: missiles launched back to none (was 1). "
        "Subscribers get a correction."
    )
    assert await ask(bot, fake, "/strikes") == "No attack figures reported yet."
    told = (await pushes(bot, fake, store))[before:]
    assert told[-1] == (
        f"Correction: Night to 14 Mar 2024 #{story}: 1 missile launched (Ukrainian Air Force) "
        "— no longer stands: an editor took back the figure"
    )
    # The night's summary rows went with it.
    assert store.db.execute("select count(*) from night_figures").fetchone()[0] == 0


async def test_a_figure_that_does_not_fit_the_story_is_refused(bot, fake, store):
    _, night = await forward(bot, fake, NO_FIGURES, 14, post=405)
    _, talks = await forward(bot, fake, TALKS_NO_NUMBER, 12, post=406)
    night, talks = story_of(night), story_of(talks)
    reply = await ask(bot, fake, f"/fix {night} returned 75")
    assert reply.startswith(
        f"Story #{night} is an attack night, not a prisoner swap: returned home does not fit it. "
        "FIELD for a night: drones_launched, "
    )
    reply = await ask(bot, fake, f"/fix {talks} drones_launched 5")
    assert reply == (
        f"Story #{talks} is a prisoner swap, not an attack night: drones launched does not fit "
        "it. FIELD for a swap: count, returned, status, date."
    )
    # A night with figures refuses a swap's number the same way.
    _, later = await forward(bot, fake, LATER_NIGHT, 21, post=407)
    reply = await ask(bot, fake, f"/fix {story_of(later)} count 10")
    assert reply.startswith(f"Story #{story_of(later)} is an attack night, not a prisoner swap")
    assert store.db["review_actions"].count == 0


@pytest.mark.parametrize(
    "value, answer",
    [
        ("-5", "-5 is not a valid drones launched: use 0 to 100,000."),
        ("abc", "abc is not a valid drones launched: use 0 to 100,000."),
        ("99999999", "99999999 is not a valid drones launched: use 0 to 100,000."),
    ],
)
async def test_a_bad_value_is_refused_and_nothing_is_added(bot, fake, store, value, answer):
    _, receipt = await forward(bot, fake, NO_FIGURES, 14, post=408)
    assert await ask(bot, fake, f"/fix {story_of(receipt)} drones_launched {value}") == answer
    assert store.db["review_actions"].count == 0
    assert store.db["facts"].count == 0


async def test_a_thousands_separator_reads_as_one_figure_when_adding(bot, fake, store):
    _, receipt = await forward(bot, fake, NO_FIGURES, 14, post=409)
    reply = await ask(bot, fake, f"/fix {story_of(receipt)} drones_launched 1.200")
    assert "none → 1,200." in reply
    assert "Launched: 1,200 drones (set by an editor)" in await ask(bot, fake, "/strikes")


async def test_an_unknown_claimant_is_refused_with_the_names_to_use(bot, fake, store):
    _, receipt = await forward(bot, fake, NO_FIGURES, 14, post=410)
    reply = await ask(bot, fake, f"/fix {story_of(receipt)} drones_launched 5 air forse")
    assert reply.startswith("“air forse” is no claimant the bot knows. Name one, e.g.: ")
    assert "Ukrainian Air Force" in reply
    assert store.db["review_actions"].count == 0


async def test_a_ukrainian_chat_is_refused_in_ukrainian(bot, fake, store):
    await ask(bot, fake, "/lang uk")
    _, receipt = await forward(bot, fake, NO_FIGURES, 14, post=411)
    story = story_of(receipt.replace("сюжет #", "story #"))
    reply = await ask(bot, fake, f"/fix {story} returned 5")
    assert reply.startswith(
        f"Сюжет #{story} про нічну атаку, а не про обмін полоненими: «повернулися додому» сюди "
        "не підходить."
    )
    await ask(bot, fake, f"/fix {story} drones_launched 50")
    assert "(внесено редактором)" in await ask(bot, fake, "/strikes")


# -- the store -------------------------------------------------------------------------------


def test_an_undated_story_takes_a_figure_once_it_has_a_date(store):
    editor = Editor(EDITOR, "Olena")
    result = save(store, NO_FIGURES.replace("KYIV, March 14 (Kyiv Wire) - ", ""), None)
    with pytest.raises(ReviewError) as undated:
        store.fix_figure(result.story_id, "drones_launched", "40", editor)
    assert undated.value.code == "undated"
    store.fix_figure(result.story_id, "date", "2024-03-14", editor)
    store.fix_figure(result.story_id, "drones_launched", "40", editor)
    (night,) = store.strike_nights(night="2024-03-14")
    assert [c.claimant for c in night.claimants] == ["Ukrainian Air Force"]


def test_an_added_figure_goes_on_the_night_an_editor_dated_the_story(store):
    editor = Editor(EDITOR, "Olena")
    result = save(store, NO_FIGURES, date(2024, 3, 14))
    store.fix_figure(result.story_id, "date", "2024-03-13", editor)
    store.fix_figure(result.story_id, "drones_launched", "40", editor)
    assert [n.night for n in store.strike_nights(limit=5)] == ["2024-03-13"]


def test_an_added_figure_keeps_the_night_summary_as_the_facts_give_it(store):
    editor = Editor(EDITOR, "Olena")
    result = save(store, NO_FIGURES, date(2024, 3, 14))
    store.fix_figure(result.story_id, "drones_launched", "50", editor)
    store.fix_figure(result.story_id, "drones_downed", "12", editor, claimant="минобороны")

    def rows(values):
        return sorted((v["claimant"], v["attacker"], v["field"], v["value"]) for v in values)

    kept = rows(store._night_values("2024-03-14"))
    assert kept == rows(store._night_values_from_facts("2024-03-14"))
    assert kept == [
        ("Russian Defence Ministry", "ukraine", "drones_downed", "12"),
        ("Ukrainian Air Force", "russia", "drones_launched", "50"),
    ]
    store.undo_fix(editor)
    assert rows(store._night_values("2024-03-14")) == [
        ("Ukrainian Air Force", "russia", "drones_launched", "50")
    ]


# Both sides' people came home in one swap: Ukraine's 84, Russia's 90 (written by us).
HOME_84 = (
    "Ukraine brings home 84 soldiers in swap\n"
    "KYIV, March 13 (Kyiv Wire) - Eighty-four Ukrainian servicemen came home from Russian "
    "captivity on Wednesday, President Volodymyr Zelensky said."
)
HOME_90 = (
    "Russia says 90 of its soldiers returned from Ukrainian captivity\n"
    "MOSCOW, March 13 (Moscow Desk) - Russia's defence ministry said 90 Russian servicemen had "
    "been returned from territory controlled by Kyiv on Wednesday."
)


async def test_a_returned_fix_never_makes_both_sides_figures_one(bot, fake, store):
    _, receipt = await forward(bot, fake, HOME_84, 13, post=412)
    await forward(bot, fake, HOME_90, 13, post=9, channel="Moscow Desk")
    story = story_of(receipt)
    sides = {
        r["side"]: r["value"]
        for r in store.db.query("select * from facts where field = 'returned'")
    }
    assert sides == {"ukraine": "84", "russia": "90"}
    reply = await ask(bot, fake, f"/fix {story} returned 85")
    assert reply == (
        f"Whose people? Story #{story} has a returned figure for each side (ukraine, russia): "
        "add ukraine or russia at the end of /fix."
    )
    reply = await ask(bot, fake, f"/fix {story} returned 85 Ukraine")
    assert reply.startswith(f"Story #{story}: returned home 84 → 85.")
    current = {
        r["side"]: r["value"]
        for r in store.db.query(
            "select * from facts where field = 'returned' and superseded_by is null"
        )
    }
    assert current == {"ukraine": "85", "russia": "90"}
    totals = store.returned_totals()
    assert totals.by_side == {"ukraine": 85, "russia": 90}
    reply = await ask(bot, fake, f"/fix {story} returned 5 navy")
    assert reply.startswith(
        f"Story #{story} has no claimant “navy”. Its claimants: ukraine, russia"
    )


# Only Russia's claim of the night (written by us).
RUSSIA_ONLY = (
    "Russia says it downed 57 Ukrainian drones\n"
    "MOSCOW, March 14 (Moscow Desk) - Russia's defence ministry said on Thursday its air "
    "defences had destroyed 57 Ukrainian drones over Russian regions overnight."
)


async def test_a_figure_russia_does_not_give_asks_whose_it_is(bot, fake, store):
    _, receipt = await forward(bot, fake, RUSSIA_ONLY, 14, post=10, channel="Moscow Desk")
    story = story_of(receipt)
    reply = await ask(bot, fake, f"/fix {story} drones_launched 176")
    assert reply == (
        f"Which claimant? Story #{story} has: Russian Defence Ministry, Ukrainian Air Force. Add "
        "the name at the end of /fix."
    )
    # Russia's own figure is corrected without a name.
    reply = await ask(bot, fake, f"/fix {story} drones_downed 58")
    assert reply.startswith(f"Story #{story}, Russian Defence Ministry: drones downed 57 → 58.")
    reply = await ask(bot, fake, f"/fix {story} drones_launched 176 air force")
    assert reply.startswith(f"Story #{story}, Ukrainian Air Force: drones launched none → 176.")
    strikes = await ask(bot, fake, "/strikes")
    assert "Ukrainian Air Force\nLaunched: 176 drones (set by an editor)" in strikes
    assert "Downed: 58 Ukrainian drones (corrected by an editor from 57)" in strikes


async def test_a_fix_on_a_night_too_old_to_push_does_not_say_subscribers_are_told(bot, fake, store):
    before = await subscribe(bot, fake, "strikes")
    store.subscriptions.push_max_age_days = 7  # the night (March 2024) is no news today
    _, receipt = await forward(bot, fake, LATER_NIGHT, 21, post=413)
    story = story_of(receipt)
    reply = await ask(bot, fake, f"/fix {story} drones_downed 80 air force")
    assert reply == (
        f"Story #{story}, Ukrainian Air Force: drones downed 81 → 80. /undo takes it back."
    )
    reply = await ask(bot, fake, f"/fix {story} drones_downed 57 russian")
    assert reply == (
        f"Story #{story}, Russian Defence Ministry: drones downed none → 57. /undo takes it back."
    )
    assert await ask(bot, fake, "/undo") == (
        f"Undone: story #{story}, Russian Defence Ministry: drones downed back to none (was 57)."
    )
    assert (await pushes(bot, fake, store))[before:] == []


async def test_an_added_figure_held_for_confirmation_is_told_as_the_editors(config, fake, store):
    from dataclasses import replace

    from bot.app import running
    from tests.review.test_review_bot import press
    from tests.subscriptions.conftest import started

    application = started(replace(config, push="confirmed"), fake, store)
    async with running(application):
        before = await subscribe(application, fake, "strikes")
        message, receipt = await forward(application, fake, NO_FIGURES, 14, post=414)
        story = story_of(receipt)
        reply = await ask(application, fake, f"/fix {story} drones_launched 30")
        # The article waits for an editor's Confirm: nobody is told yet.
        assert reply == (
            f"Story #{story}, Ukrainian Air Force: drones launched none → 30. /undo takes it back."
        )
        assert (await pushes(application, fake, store))[before:] == []
        await press(application, fake, message, "Confirm")
        told = (await pushes(application, fake, store))[before:]
        assert told == [
            f"Night to 14 Mar 2024 #{story}: Ukrainian Air Force: drones launched 30 "
            "(set by an editor)"
        ]


@pytest.mark.parametrize(
    "named, expected",
    [
        ("air force", ("Ukrainian Air Force", "russia")),
        ("Повітряні сили", ("Ukrainian Air Force", "russia")),
        ("минобороны", ("Russian Defence Ministry", "ukraine")),
        ("russian", ("Russian Defence Ministry", "ukraine")),
        ("Kharkiv governor", ("Kharkiv Governor", "russia")),
        ("evening post", ("Evening Post", "russia")),
        ("ukrainian", "ambiguous_claimant"),
        ("navy", "no_such_claimant"),
    ],
    ids=["cue", "cue-uk", "cue-ru", "part", "governor", "store", "several", "none"],
)
def test_the_claimant_an_editor_names_for_a_new_figure(named, expected):
    from storage.review_rules import named_claimant

    def known():
        return {"Evening Post": "russia"}

    if isinstance(expected, tuple):
        assert named_claimant(named, known, 1) == expected
    else:
        with pytest.raises(ReviewError) as refused:
            named_claimant(named, known, 1)
        assert refused.value.code == expected
