"""A list whose items count tanks, armoured vehicles or artillery beside drones and cruise
missiles is the General Staff's loss tally: none of its items is a night's figure, whatever its
heading's verb. A list of the night's weapons still counts. Each text is ours."""
# ruff: noqa: E501  (test texts are kept whole)

import datetime as dt

import pytest

from tests.extraction.figures_of import strike_figures

DAY = dt.date(2022, 5, 2)

CASES = [
    (
        "loss-list-uk",
        "Генштаб ЗСУ оновив дані про втрати ворога.\nЗа даними Генштабу, знищено з 24 лютого:\n- 1010 танків,\n- 2430 бойових броньованих машин,\n- 472 артилерійські системи,\n- 74 засоби ППО,\n- 301 БПЛА оперативно-тактичного рівня,\n- 84 крилаті ракети.\nДані уточнюються.",
        {},
    ),
    (
        "loss-list-en",
        "The General Staff said Russia's losses since February 24 stood as follows, all destroyed:\n- 1,010 tanks;\n- 472 artillery systems;\n- 74 air defence systems;\n- 84 cruise missiles.\nThe data are being updated.",
        {},
    ),
    (
        "night-list-still-counts-uk",
        "Уночі ворог атакував Україну ракетами та дронами.\nСили ППО знищили:\n- 41 ударний БпЛА;\n- 3 крилаті ракети Х-101.\nПро це повідомили Повітряні сили.",
        {"drones_downed": 41, "missiles_downed": 3},
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_loss_list_gives_no_figures(text, expected):
    assert strike_figures(text, DAY) == expected
