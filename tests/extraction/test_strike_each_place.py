"""A count given for each of several places is that many times the count: "two drones each over
Belgorod region, on the border, and over Voronezh region" is four, and "по три дрони у
Павлоградському та Синельниківському районах" is six, even when one district is unknown to the
place table. Each article is ours, in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

import pytest

from tests.extraction.figures_of import strike_figures

DAY = dt.date(2025, 3, 10)

CASES = [
    (
        "each-after-the-noun-across-an-aside-en",
        "Russia's defence ministry said air defences destroyed 11 drones over the Kursk region overnight. It said two drones each were downed over Belgorod region, on the border, and over Voronezh region.",
        {"drones_downed": 15},
    ),
    (
        "each-over-two-regions-en",
        "Russia's defence ministry said air defences destroyed three drones each over the Bryansk and Kursk regions overnight.",
        {"drones_downed": 6},
    ),
    (
        "each-over-districts-joined-before-one-noun-uk",
        "Наслідки нічної атаки на Дніпропетровщині\n\nУночі по три ударні дрони знищили у Павлоградському та Синельниківському районах, повідомив голова ОВА. Постраждалих немає.",
        {"drones_downed": 6},
    ),
    (
        "each-over-two-named-regions-ru",
        "Минобороны: ночью над Курской областью уничтожены 6 беспилотников, а также по два — над Брянской и Орловской областями.",
        {"drones_downed": 10},
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_count_for_each_place_is_multiplied(text, expected):
    assert strike_figures(text, DAY) == expected
