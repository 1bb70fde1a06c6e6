"""Strike figures the extractor must not publish as tonight's (issue 10): it abstains when the
words do not make a number this night's figure for this claimant."""
# ruff: noqa: E501  (test articles keep their paragraphs on one line each)

import datetime as dt

import pytest

from extraction import extract
from tests.extraction.figures_of import figure_pairs

DAY = dt.date(2026, 11, 30)


def _figures(result):
    return figure_pairs(result)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year's or several months' total told before tonight's figures
        (
            "In the first eight months of the year, Russia sent 27,500 attack drones over the border. Late on Sunday night, Russia fired 64 drones, and 51 were brought down.",
            [("drones_downed", 51), ("drones_launched", 64)],
        ),
        (
            "Moscow sent 41,000 drones at Ukrainian cities in 2025, a tally by the agency shows. Overnight, 58 drones were launched and 49 downed, the air force said.",
            [("drones_downed", 49), ("drones_launched", 58)],
        ),
        (
            "The president said Russia had sent 410 drones in a single week. On Monday night, 33 drones were launched, 30 of them downed.",
            [("drones_downed", 30), ("drones_launched", 33)],
        ),
        (
            "За 2025 рік противник запустив понад 45 тисяч ударних дронів. Цієї ночі ворог атакував 66 дронами, збито 59.",
            [("drones_downed", 59), ("drones_launched", 66)],
        ),
        (
            "В 2025 году противник выпустил 44 000 ударных дронов. Этой ночью враг атаковал 71 дроном, сбит 61.",
            [("drones_downed", 61), ("drones_launched", 71)],
        ),
    ],
)
def test_a_year_or_months_total_is_not_tonights(text, expected):
    assert _figures(extract(text, published=DAY)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia launched 614 drones at Ukraine overnight, the heaviest attack this year, the air force said.",
            [("drones_launched", 614)],
        ),
        (
            "Air defences brought down 97 drones overnight, the most since July, the air force said.",
            [("drones_downed", 97)],
        ),
    ],
)
def test_a_period_that_only_ranks_tonight_keeps_the_figure(text, expected):
    assert _figures(extract(text, published=DAY)) == expected


def test_a_night_named_by_a_weekday_days_before_is_not_published():
    # published on Monday 30 November: "last Tuesday" is the 24th, an earlier attack
    text = (
        "Russia sent 88 drones against Ukraine overnight, the air force said. For comparison, "
        "last Tuesday 131 drones were launched."
    )
    result = extract(text, published=DAY)
    assert _figures(result) == [("drones_launched", 88)]
    assert [(u["field"], u["value"]) for u in result["uncertain"]] == [("drones_launched", 131)]


def test_a_figure_larger_than_any_one_attack_is_uncertain_and_blocks_nothing():
    text = (
        "Russian forces have fired 2,600 drones at Sumy, the governor said. Overnight, 14 drones "
        "were launched at the city."
    )
    result = extract(text, published=DAY)
    assert _figures(result) == [("drones_launched", 14)]
    assert [(u["field"], u["value"]) for u in result["uncertain"]] == [("drones_launched", 2600)]


def test_the_largest_real_nights_are_still_published():
    text = "Russia launched 810 drones and 13 missiles overnight, the air force said. Air defence downed 747 drones."
    assert _figures(extract(text, published=DAY)) == [
        ("drones_downed", 747),
        ("drones_launched", 810),
        ("missiles_launched", 13),
    ]


def test_capitals_speaking_for_each_side_keep_their_figures_apart():
    text = "Moscow said its air defences had destroyed 23 drones, while Kyiv said it had brought down 51 of 63 drones."
    strikes = extract(text, published=DAY)["strikes"]
    by_side = {s["attacker"]: s for s in strikes}
    assert by_side["ukraine"]["claimant"] == "Russian Defence Ministry"
    assert by_side["ukraine"]["drones_downed"] == 23
    assert (by_side["russia"]["drones_launched"], by_side["russia"]["drones_downed"]) == (63, 51)


def test_one_sides_figure_is_not_taken_for_the_others_across_a_semicolon():
    # both give 20: the air force's launch figure must not become a Ukrainian attack, where it
    # would pass for a relay of Moscow's figure and be dropped
    text = "Ukraine's air force said Russia had sent 20 drones and downed 20; Russia's defence ministry said 20 Ukrainian drones were destroyed over Kursk."
    strikes = extract(text, published=DAY)["strikes"]
    got = sorted((s["claimant"], s["attacker"], s["drones_downed"]) for s in strikes)
    assert got == [
        ("Russian Defence Ministry", "ukraine", 20),
        ("Ukrainian Air Force", "russia", 20),
    ]


@pytest.mark.parametrize(
    "later",
    [
        "A week before, 520 drones and 36 missiles were fired in the heaviest raid of the war.",
        "It came after a raid over the weekend, when Russia sent 520 drones and 36 missiles.",
        "Неделей ранее противник выпустил 520 дронов и 36 ракет.",
    ],
)
def test_another_attacks_sentence_fills_none_of_the_nights_empty_fields(later):
    # the second sentence gives another drone count than the night's: its missiles are not the
    # night's either
    text = (
        "Russia sent 47 drones against Ukraine overnight, the air force said, downing 39. " + later
    )
    result = extract(text, published=DAY)
    assert _figures(result) == [("drones_downed", 39), ("drones_launched", 47)]
    assert ("missiles_launched", 36) in [(u["field"], u["value"]) for u in result["uncertain"]]


def test_a_regions_share_does_not_fill_the_nights_missile_field():
    text = (
        "Russia sent 62 drones against Ukraine overnight, 50 of which were brought down, the air force said. "
        "Over the Kharkiv region alone, air defence brought down 9 drones and one missile."
    )
    assert _figures(extract(text, published=DAY)) == [
        ("drones_downed", 50),
        ("drones_launched", 62),
    ]


def test_a_weekday_two_days_before_the_nights_date_is_an_earlier_attack():
    # published Monday 30 November about the night to Monday; Friday was the 27th
    text = (
        "Russia sent 47 drones against Ukraine overnight, the air force said, downing 39. "
        "On Friday, Russia sent 112 drones, of which 93 were brought down."
    )
    result = extract(text, published=DAY)
    assert _figures(result) == [("drones_downed", 39), ("drones_launched", 47)]


@pytest.mark.parametrize(
    "text",
    [
        "Из 58 запущенных беспилотников сбиты 44, сообщили в ВСУ.",
        "З 58 запущених дронів збито 44, повідомили Повітряні сили.",
        "The air force said that of 58 drones sent overnight, 44 were brought down by air defence.",
    ],
)
def test_a_clause_opening_on_of_and_a_number_gives_the_launch_figure(text):
    assert _figures(extract(text, published=DAY)) == [
        ("drones_downed", 44),
        ("drones_launched", 58),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Уночі противник атакував 73 ударними БпЛА з 5 напрямків. Станом на 09:00 збито 61 ворожий БпЛА.",
        "Ночью враг атаковал 73 ударными БпЛА из 5 областей России. Сбиты 61 БпЛА, сообщили в ВСУ.",
    ],
)
def test_a_count_of_directions_is_not_the_launch_figure(text):
    assert _figures(extract(text, published=DAY)) == [
        ("drones_downed", 61),
        ("drones_launched", 73),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia sent 84 drones overnight, the air force said. Air defence brought down or jammed 66 of them.",
            [("drones_downed", 66), ("drones_launched", 84)],
        ),
        (
            "Russia sent 84 drones overnight. 66 were shot down, and 12 were jammed, the air force said.",
            [("drones_downed", 66), ("drones_launched", 84), ("drones_lost", 12)],
        ),
    ],
)
def test_downed_or_jammed_is_one_downed_figure_and_jammed_alone_is_lost(text, expected):
    assert _figures(extract(text, published=DAY)) == expected


def test_more_downed_than_launched_in_one_sentence_publishes_the_surer_figure_only():
    text = "Russia sent 36 drones against Ukraine overnight, of which 48 were brought down, the air force said."
    result = extract(text, published=DAY)
    assert _figures(result) == [("drones_launched", 36)]
    assert [(u["field"], u["value"]) for u in result["uncertain"]] == [("drones_downed", 48)]


def test_more_downed_than_launched_across_sentences_is_kept_with_a_warning():
    # a launch count of one type and a downed count of all types: both stated, an editor decides
    text = (
        "Overnight Russia sent four Shahed drones against Ukraine, the air force said. "
        "Air defence brought down eight drones over the south."
    )
    result = extract(text, published=DAY)
    assert _figures(result) == [("drones_downed", 8), ("drones_launched", 4)]
    assert [w["code"] for w in result["warnings"]] == ["downed_above_launched"]


@pytest.mark.parametrize(
    "rate",
    [
        "Russia now sends an average of 170 drones a night, officials say.",
        "On average, Russia sent 150 drones per night in November.",
        "В середньому Росія запускає 150 дронів, кажуть у Повітряних силах.",
    ],
)
def test_an_average_or_a_rate_is_not_the_nights_figure(rate):
    text = (
        rate + " Overnight Russia sent 61 drones against Ukraine, the air force said, downing 52."
    )
    assert _figures(extract(text, published=DAY)) == [
        ("drones_downed", 52),
        ("drones_launched", 61),
    ]
