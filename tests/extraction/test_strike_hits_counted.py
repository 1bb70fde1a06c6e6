"""A number that counts hits ("5 попаданий дронов", "16 влучань ударних безпілотників") counts
events, not the weapons named after it: it is neither a launch figure nor a figure carried over
from the weapon of the sentence before. Each sentence is ours, in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

import pytest

from tests.extraction.figures_of import strike_figures

DAY = dt.date(2025, 8, 31)

CASES = [
    (
        "hits-of-drones-ru",
        "Мэр Харькова Игорь Терехов сообщил, что утром в городе зафиксировали 6 попаданий дронов, повреждены жилые дома. Всего по Харькову было выпущено 19 дронов-камикадзе.",
        {"drones_launched": 19},
    ),
    (
        "hits-after-a-missile-sentence-ru",
        "Ночью российские войска выпустили по Одессе две крылатые ракеты, обе сбиты, сообщили в Воздушных силах. Позже в городе зафиксировали 4 попадания дронов.",
        {"missiles_launched": 2, "missiles_downed": 2},
    ),
    (
        "hits-of-strike-drones-uk",
        "Ворог випустив по Україні 88 ударних дронів, 71 з них збито, повідомили Повітряні сили. Зафіксовано 11 влучань ударних безпілотників на п'яти локаціях.",
        {"drones_launched": 88, "drones_downed": 71},
    ),
    (
        "hits-told-first-uk",
        "Уночі в Запоріжжі зафіксовано 7 влучань ударних дронів, повідомив голова Запорізької ОВА. Загалом ворог спрямував на місто 23 дрони.",
        {"drones_launched": 23},
    ),
    (
        "weapons-still-counted-uk",
        "Уночі ворог атакував Житомирщину 12 ударними безпілотниками, повідомили Повітряні сили.",
        {"drones_launched": 12},
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_hits_are_not_weapons(text, expected):
    assert strike_figures(text, DAY) == expected
