"""Counts listed as the subject of one verb that follows them ("24 ракети, 426 дронів ...
атакували", "six missiles and 48 drones attacked") all take that verb, not only the one nearest
to it. Each sentence is ours, in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

import pytest

from tests.extraction.figures_of import strike_figures

DAY = dt.date(2025, 7, 10)

CASES = [
    (
        "subject-list-uk",
        "Міністр зазначив, що цієї ночі був ще один масований удар: 14 ракет, 260 дронів і ударні дрони атакували цивільні об’єкти по всій країні.",
        {"missiles_launched": 14, "drones_launched": 260},
    ),
    (
        "subject-list-en",
        "The minister said another massive attack came overnight: 11 missiles, 270 drones and decoys attacked civilian sites across Ukraine.",
        {"missiles_launched": 11, "drones_launched": 270},
    ),
    (
        "subject-list-ru",
        "Ночью 7 ракет, 95 беспилотников атаковали объекты энергетики на западе Украины, сообщили в Воздушных силах.",
        {"missiles_launched": 7, "drones_launched": 95},
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_subject_list_shares_its_verb(text, expected):
    assert strike_figures(text, DAY) == expected
