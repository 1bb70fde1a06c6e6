"""A number counts the noun it governs: strikes and waves are not weapons ("три масовані
удари ракетами"), naval drones are boats and FPV drones front-line weapons, not the drones air defences count, and
"one of which" picks a part of the weapons before it, not all of them. Each sentence is ours,
in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

import pytest

from tests.extraction.figures_of import strike_figures

DAY = dt.date(2025, 3, 10)

CASES = [
    (
        "strikes-with-missiles-uk",
        "Вночі ворог завдав по Запоріжжю три масовані удари ракетами та ударними дронами, повідомив голова Запорізької ОВА. Є пошкодження інфраструктури.",
        {},
    ),
    (
        "strikes-with-missiles-ru",
        "Ночью противник нанес по Белгороду два массированных удара ракетами и дронами, сообщил губернатор Белгородской области.",
        {},
    ),
    (
        "waves-of-drones-uk",
        "Ворог атакував Київщину двома хвилями ударних дронів, повідомив голова Київської ОВА. Усі цілі знищено.",
        {},
    ),
    (
        "missiles-still-counted-uk",
        "Вночі ворог випустив по Запоріжжю три ракети, повідомив голова Запорізької ОВА.",
        {"missiles_launched": 3},
    ),
    (
        "naval-drones-en",
        "Russian forces attacked the port of Odesa with three naval drones overnight, the Southern Defence Forces said. All three were sunk.",
        {},
    ),
    (
        "one-naval-drone-ru",
        "Утром у берегов Севастополя был уничтожен надводный беспилотник, сообщил губернатор Севастополя. Пострадавших нет.",
        {},
    ),
    (
        "sea-is-a-place-not-a-kind-ru",
        "Ночью над акваторией Черного моря средства ПВО сбили семь беспилотников, сообщило Минобороны России.",
        {"drones_downed": 7},
    ),
    (
        "naval-beside-air-drones-ru",
        "Ночью ПВО сбили 12 беспилотников над Крымом, также был уничтожен морской беспилотник, сообщило Минобороны России.",
        {"drones_downed": 12},
    ),
    (
        "fpv-drone-at-a-truck-ru",
        "Ночью над Курской областью сбиты 5 беспилотников, сообщил губернатор. Днем в Суджанском районе FPV-дрон атаковал грузовик, водитель ранен.",
        {"drones_downed": 5},
    ),
    (
        "one-of-which-en",
        "Russia fired six Iskander missiles at Kharkiv overnight, one of which was intercepted by air defences.",
        {"missiles_launched": 6, "missiles_downed": 1},
    ),
    (
        "one-of-which-later-en",
        "Moscow launched six ballistic missiles toward Kharkiv, one of which was intercepted, the mayor said.",
        {"missiles_launched": 6, "missiles_downed": 1},
    ),
    (
        "both-of-which-en",
        "Moscow launched two ballistic missiles toward Kharkiv, both of which were intercepted, the mayor said.",
        {"missiles_launched": 2, "missiles_downed": 2},
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_number_counts_the_noun_it_governs(text, expected):
    assert strike_figures(text, DAY) == expected


WHOLE_CASES = [
    (
        "whole-in-brackets-en",
        "Nine Shahed drones (out of a total of 13) were destroyed over the Odesa region overnight, the Southern Defence Forces said.",
        {"drones_launched": 13, "drones_downed": 9},
    ),
    (
        "whole-before-the-verb-en",
        "Nine Shahed drones out of a total of 13 were destroyed over the Odesa region overnight, the Southern Defence Forces said.",
        {"drones_launched": 13, "drones_downed": 9},
    ),
    (
        "whole-in-brackets-uk",
        "Дев'ять ударних дронів (із 13) знищено над Одещиною, повідомили Сили оборони півдня.",
        {"drones_launched": 13, "drones_downed": 9},
    ),
]


@pytest.mark.parametrize(
    "text,expected", [c[1:] for c in WHOLE_CASES], ids=[c[0] for c in WHOLE_CASES]
)
def test_the_whole_after_out_of_is_what_came(text, expected):
    assert strike_figures(text, DAY) == expected
