"""The number tokenizer: every way our copy writes a count, and the ones that are not counts."""

import pytest

from extraction.numbers import find_numbers, number_forms
from extraction.textnorm import normalise


def values(text: str) -> list[int]:
    return [n.value for n in find_numbers(normalise(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv said 1,200 soldiers were waiting.", [1200]),
        ("Kyiv said 1.200 soldiers were waiting.", [1200]),
        ("Kyiv said 1 200 soldiers were waiting.", [1200]),
        ("Kyiv said 1\u00a0200 soldiers were waiting.", [1200]),
        ("Kyiv said 1\u202f200 soldiers were waiting.", [1200]),
        ("Air defence downed nine drones.", [9]),
        ("Russia fired twenty-six drones.", [26]),
        ("Crews saw a dozen drones.", [12]),
        ("Збито сім дронів.", [7]),
        ("Збито дев'ять дронів.", [9]),
        ("Збито дев’ять дронів.", [9]),
        ("Сбиты восемь беспилотников.", [8]),
        ("Ворог застосував чотири ракети.", [4]),
        ("Влучання у семи локаціях.", [7]),
        ("Перехвачены сорок два дрона.", [42]),
    ],
    ids=[
        "comma", "dot", "space", "nbsp", "narrow-nbsp", "en-word", "en-compound", "dozen",
        "uk-sim", "uk-apostrophe", "uk-curly-apostrophe", "ru-vosem", "uk-chotyry", "uk-genitive",
        "ru-compound",
    ],
)  # fmt: skip
def test_counts_in_every_form(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "approx"),
    [
        ("Russia launched nearly 300 drones.", True),
        ("Russia launched more than 100 missiles.", True),
        ("Russia launched about 40 drones.", True),
        ("Ворог випустив понад 70 дронів.", True),
        ("Ворог випустив близько 100 ракет.", True),
        ("Противник применил около 580 дронов.", True),
        ("Противник применил более 50 дронов.", True),
        ("Russia launched 300 drones.", False),
    ],
    ids=["nearly", "more-than", "about", "ponad", "blyzko", "okolo", "bolee", "exact"],
)
def test_approximations_are_flagged(text, approx):
    (num,) = find_numbers(normalise(text))
    assert num.approx is approx


@pytest.mark.parametrize(
    "text",
    [
        "The alert lasted 5,5 hours.",
        "Prisoners had spent 2.5 years in captivity.",
        "Pilots of F-16 jets and an S-300 battery.",
        "Alerts sounded at 4-5 o'clock.",
        "Drones hit at 08:30.",
    ],
    ids=["decimal-comma", "decimal-dot", "model-numbers", "range", "clock"],
)
def test_non_counts_are_skipped(text):
    assert values(text) == []


def test_forms_of_a_large_figure():
    assert number_forms(1200) == ["1200", "1,200", "1.200", "1 200"]
    assert number_forms(57) == ["57"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ворог атакував двомастами дронами.", [200]),
        ("Противник атакував трьомастами безпілотниками.", [300]),
        ("Росіяни атакували чотирмастами дронами.", [400]),
        ("Россия атаковала тремястами беспилотниками.", [300]),
        ("Удар нанесен двумястами дронами.", [200]),
        ("Враг атаковал пятьюстами дронами.", [500]),
        ("Збито сто сорок з трьохсот.", [140, 300]),
        ("Сбито сто сорок из ста пятидесяти.", [140, 150]),
        ("Збито шістсот дронів.", [600]),
        ("Сбиты восемьсот беспилотников.", [800]),
        ("Атакували двадцятьма п'ятьма дронами.", [25]),
        ("Атаковали тридцатью беспилотниками.", [30]),
        ("Атаковали пятьюдесятью беспилотниками.", [50]),
        ("Ворог випустив дві тисячі двісті дронів.", [2200]),
        ("Враг выпустил двумя тысячами дронов.", [2000]),
    ],
)
def test_hundreds_and_tens_in_every_case(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Також додому повернули двадцятьох цивільних.", [20]),
        ("Двадцятеро цивільних уже вдома.", [20]),
        ("З полону повернулися тридцятеро захисників.", [30]),
        ("Допомогу надали дванадцятьом звільненим.", [12]),
        ("Серед звільнених п'ятнадцятеро моряків.", [15]),
        ("Серед звільнених п’ятнадцятеро моряків.", [15]),
    ],
)
def test_ukrainian_collective_numerals_of_tens_count_people(text, expected):
    assert values(text) == expected
