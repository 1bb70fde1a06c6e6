"""The abbreviation "БПЛА" is written the same for one drone and for many: with its verb in the
singular, after it or before it ("БПЛА был сбит", "летевший к Москве БПЛА ликвидирован",
"обнаружен и уничтожен БПЛА"), it counts one drone; with a plural verb or a number it counts
nothing more than the number says. Each sentence is ours, in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

import pytest

from tests.extraction.figures_of import strike_figures

DAY = dt.date(2025, 3, 10)

CASES = [
    (
        "singular-verb-after-ru",
        "Губернатор Курской области сообщил, что ночью над Рыльском БПЛА был сбит силами ПВО. Пострадавших нет.",
        {"drones_downed": 1},
    ),
    (
        "singular-participle-ru",
        "Собянин: шедший на Москву БПЛА уничтожен силами ПВО, специалисты осматривают место, куда упали фрагменты.",
        {"drones_downed": 1},
    ),
    (
        "singular-verb-uk",
        "Наслідки нічної атаки на Сумщині\n\nВночі над Сумщиною БпЛА був збитий мобільною вогневою групою, повідомив голова Сумської ОВА. Постраждалих немає.",
        {"drones_downed": 1},
    ),
    (
        "plural-verb-is-not-one-ru",
        "Ночью над Белгородской областью уничтожены БПЛА самолетного типа, сообщил губернатор.",
        {},
    ),
    (
        "singular-verb-before-ru",
        "Ночью над Орловской областью дежурными средствами ПВО обнаружен и уничтожен БПЛА самолетного типа, сообщил губернатор.",
        {"drones_downed": 1},
    ),
    (
        "plural-verb-before-is-not-one-ru",
        "Ночью над Орловской областью дежурными средствами ПВО обнаружены и уничтожены БПЛА самолетного типа, сообщил губернатор.",
        {},
    ),
    (
        "number-counts-ru",
        "Ночью над Брянской областью сбиты 5 БПЛА, сообщило Минобороны.",
        {"drones_downed": 5},
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_an_abbreviation_counts_one_only_with_a_singular_verb(text, expected):
    assert strike_figures(text, DAY) == expected
