"""A figure for a whole day and night ("за прошедшие сутки", "за добу", "over the past day") and
one for the night ("за минувшую ночь") are two claims of one source, not a night's figure and a
share of it. Each sentence is ours, in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

import pytest

from extraction import extract
from tests.extraction.figures_of import figure_pairs

DAY = dt.date(2025, 6, 2)

CASES = [
    (
        "daily-then-overnight-ru",
        "Средства ПВО за прошедшие сутки сбили 302 украинских беспилотника, сообщили в Минобороны России. За минувшую ночь дежурные средства ПВО уничтожили 117 беспилотников самолетного типа, добавили в ведомстве.",
        [("drones_downed", 117), ("drones_downed", 302)],
    ),
    (
        "overnight-then-daily-ru",
        "Ночью над регионами России перехвачены 45 беспилотников, сообщило Минобороны. Всего за сутки средства ПВО уничтожили 160 беспилотников.",
        [("drones_downed", 45), ("drones_downed", 160)],
    ),
    (
        "one-figure-a-night-ru",
        "Ночью над регионами России перехвачены 45 беспилотников, сообщило Минобороны. Из них 20 сбиты над Брянской областью.",
        [("drones_downed", 45)],
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_day_and_a_night_are_two_claims(text, expected):
    assert figure_pairs(extract(text, published=DAY)) == expected
