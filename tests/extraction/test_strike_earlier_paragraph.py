"""A paragraph that retells an earlier attack stays about it until one of its sentences names a
time of its own: a paragraph opened by "В прошлый раз" or by another night's date gives no
figure of this night. A comparison with "last time" at the end of a sentence is no earlier
attack. Each text is ours, in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

import pytest

from tests.extraction.figures_of import strike_figures

DAY = dt.date(2024, 11, 21)

CASES = [
    (
        "last-time-paragraph-ru",
        "Губернатор Севастополя сообщил, что ночью силы ПВО отражали атаку беспилотников, все цели сбиты.\n"
        "В прошлый раз дроны долетели до города в начале мая, напомнил губернатор. Ранения получили двое прохожих. По данным флота, беспилотник запустили с катера у побережья.",
        {},
    ),
    (
        "another-night-paragraph-uk",
        "У ніч на 21 листопада над Хмельниччиною працювали сили ППО, повідомив Сергій Тюрін. Про кількість збитих цілей він не сказав.\n"
        "Попередня масована атака була в ніч на 17 листопада, її спрямували на Київщину. Над областю сили ППО знищили 12 шахедів.",
        {},
    ),
    (
        "same-night-paragraph-uk",
        "У ніч на 21 листопада ворог спрямував шахеди на Київщину, повідомили Повітряні сили. Над областю сили ППО знищили 12 шахедів.",
        {"drones_downed": 12},
    ),
    (
        "compared-with-last-time-en",
        "Air defences shot down 40 drones overnight, more than last time, the air force said.",
        {"drones_downed": 40},
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_an_earlier_attacks_paragraph_gives_no_figure(text, expected):
    assert strike_figures(text, DAY) == expected
