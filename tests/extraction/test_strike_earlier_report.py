"""A Russian-side downing told after the article's own figures in a sentence that opens on an
earlier report ("Ранее в Брянском районе был сбит ещё один беспилотник", "Вчера военные
уничтожили 12 БПЛА") is a claim of its own: published beside the lead's, never folded into it
or lost. "Ранее сбитый беспилотник" describes the downing; a first sentence opening on "Вчера"
is the news itself. Each sentence is ours, in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

import pytest

from extraction import extract
from tests.extraction.figures_of import figure_pairs

DAY = dt.date(2025, 5, 3)

CASES = [
    (
        "one-more-earlier-ru",
        "Губернатор Брянской области Александр Богомаз сообщил, что над Севским районом системой ПВО сбиты четыре БПЛА самолетного типа. Пострадавших нет. Ранее в Брянском районе был сбит ещё один беспилотник самолётного типа.",
        [("drones_downed", 1), ("drones_downed", 4)],
    ),
    (
        "yesterday-after-tonight-ru",
        "Силы ПВО с начала ночи сбили 18 беспилотников, летевших на Москву, сообщил мэр Москвы Сергей Собянин. Вчера военные уничтожили двенадцать БПЛА, пытавшихся атаковать столицу.",
        [("drones_downed", 12), ("drones_downed", 18)],
    ),
    (
        "before-that-ru",
        "Силами ПВО уничтожен еще один беспилотник, летевший на Москву, сообщил мэр Москвы Сергей Собянин. До этого, по его словам, за ночь были отражены атаки еще трех беспилотников.",
        [("drones_downed", 1), ("drones_downed", 3)],
    ),
    (
        "yesterday-is-the-news-ru",
        "Вчера под Курском средства ПВО уничтожили пять БПЛА, сообщил губернатор Курской области. Пострадавших нет.",
        [("drones_downed", 5)],
    ),
    (
        "earlier-downed-drone-detonated-ru",
        "Ночью над Белгородской областью уничтожены 14 беспилотников, сообщило Минобороны России. Ранее сбитый беспилотник сдетонировал в поселке под Белгородом.",
        [("drones_downed", 14)],
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_an_earlier_report_is_a_claim_of_its_own(text, expected):
    assert figure_pairs(extract(text, published=DAY)) == expected
