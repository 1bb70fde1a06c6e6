"""A count whose own verb says the weapons did not reach their targets ("а 31 - не досяг цілей",
"12 did not reach their targets") is not a downed figure, even after a downing verb in the same
sentence. Each sentence is ours, in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

import pytest

from tests.extraction.figures_of import strike_figures

DAY = dt.date(2025, 4, 12)

CASES = [
    (
        "not-reached-after-downed-uk",
        "Понад 90 безпілотників за ніч: скільки збила ППО\nСьогодні вночі війська рф атакували 95-ма ударними БпЛА. Сили ППО збили 61 ворожий БпЛА, а 27 - не досяг цілей.",
        {"drones_launched": 95, "drones_downed": 61},
    ),
    (
        "not-reached-after-downed-en",
        "Russia launched 70 drones at Ukraine overnight, the air force said. Air defences shot down 48 of them, while 19 did not reach their targets.",
        {"drones_launched": 70, "drones_downed": 48},
    ),
    (
        "not-reached-after-downed-ru",
        "Ночью противник выпустил по Украине 52 ударных беспилотника, сообщили в Воздушных силах. Сбиты 33 дрона, еще 14 не долетели до целей.",
        {"drones_launched": 52, "drones_downed": 33},
    ),
    (
        "downed-still-counted-uk",
        "Уночі сили ППО збили 61 ворожий БпЛА та 3 ракети, повідомили Повітряні сили.",
        {"drones_downed": 61, "missiles_downed": 3},
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_not_reached_is_not_downed(text, expected):
    assert strike_figures(text, DAY) == expected
