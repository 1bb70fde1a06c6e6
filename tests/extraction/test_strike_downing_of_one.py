"""After a noun of downing ("уничтожение", "ликвидация", "знищення"), a weapon noun in the
genitive singular counts one weapon: "об уничтожении беспилотника" is one drone downed, while
the plural genitive ("беспилотников") counts nothing without a number. Each text is ours, in
wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

import pytest

from tests.extraction.figures_of import strike_figures

DAY = dt.date(2025, 3, 10)

CASES = [
    (
        "liquidation-of-a-drone-ru",
        "Губернатор Брянской области Александр Богомаз написал в Telegram о ликвидации вражеского дрона у села Погар. Пострадавших нет.",
        {"drones_downed": 1},
    ),
    (
        "destruction-of-a-missile-uk",
        "Голова Волинської ОВА повідомив про знищення ворожої ракети над областю вранці.",
        {"missiles_downed": 1},
    ),
    (
        "plural-genitive-counts-nothing-ru",
        "Губернатор Курской области сообщил об уничтожении беспилотников над Курчатовом, их число не назвал.",
        {},
    ),
    (
        "a-number-counts-once-ru",
        "Губернатор Курской области сообщил об уничтожении одного беспилотника над Курчатовом.",
        {"drones_downed": 1},
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_downing_of_one_weapon_counts_one(text, expected):
    assert strike_figures(text, DAY) == expected
