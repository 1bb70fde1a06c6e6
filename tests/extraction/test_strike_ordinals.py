"""A digit with an ordinal ending after a hyphen ("9-ту ранку", "3-го", "5-й раз") is an hour,
a day or a rank, never a count of weapons; a cardinal case ending ("14-ма", "5-ти") is still a
count. Each sentence is ours, in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

import pytest

from tests.extraction.figures_of import strike_figures

DAY = dt.date(2025, 8, 31)

CASES = [
    (
        "hour-of-the-morning-uk",
        "Уночі ворог запустив по Україні 96 ударних дронів. Станом на 8-му ранку сили ППО знищили 81 ворожий дрон, повідомили Повітряні сили.",
        {"drones_launched": 96, "drones_downed": 81},
    ),
    (
        "hour-before-the-count-uk",
        "За попередніми даними, станом на 9-ту ранку захисникам неба вдалося збити 57 ударних безпілотників, повідомили Повітряні сили.",
        {"drones_downed": 57},
    ),
    (
        "rank-of-the-attack-ru",
        "Ночью в Брянской области 3-й раз объявляли воздушную тревогу, силами ПВО уничтожены 12 БПЛА, сообщил губернатор Брянской области.",
        {"drones_downed": 12},
    ),
    (
        "cardinal-of-one-genitive-uk",
        "Уночі ворог атакував Україну 97 ударними БпЛА, повідомили Повітряні сили. Станом на 09:00 підтверджено збиття 71-го ударного БпЛА на півночі та сході країни.",
        {"drones_launched": 97, "drones_downed": 71},
    ),
    (
        "ordinal-day-not-a-count-ru",
        "В ночь на 21-е число над Курской областью уничтожены 6 БПЛА, сообщил губернатор Курской области.",
        {"drones_downed": 6},
    ),
    (
        "cardinal-ending-still-counts-uk",
        "Уночі ворог атакував Сумщину 14-ма ударними БпЛА, усі збито, повідомили Повітряні сили.",
        {"drones_launched": 14, "drones_downed": 14},
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_an_ordinal_is_no_count(text, expected):
    assert strike_figures(text, DAY) == expected


START_CASES = [
    (
        "from-an-hour-uk",
        "У ніч на 14 березня, починаючи з 18:00 13 березня, ворог атакував Україну 64 ударними БпЛА, повідомили Повітряні сили. Збито 49 дронів.",
        {"drones_launched": 64, "drones_downed": 49},
    ),
    (
        "from-an-hour-in-words-uk",
        "У ніч на 14 березня, починаючи з восьмої вечора 13 березня, російська армія застосувала 64 ударні безпілотники проти України, повідомили Повітряні сили.",
        {"drones_launched": 64},
    ),
    (
        "from-the-start-of-a-month-uk",
        "Починаючи з 1 березня, ворог випустив по Україні 2100 ударних дронів, повідомили Повітряні сили.",
        {},
    ),
]


@pytest.mark.parametrize(
    "text,expected", [c[1:] for c in START_CASES], ids=[c[0] for c in START_CASES]
)
def test_from_an_hour_on_is_the_night(text, expected):
    """'починаючи з 18:00' opens the night in hand; 'починаючи з 1 березня' a running total."""
    assert strike_figures(text, dt.date(2025, 3, 14)) == expected
