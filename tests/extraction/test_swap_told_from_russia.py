"""A swap told from Russia's side: the people handed to Kyiv ("Киеву были переданы 215
человек") or those Ukraine received "in return" are the ones who came home to Ukraine, not
the Russians the ministry counts first.

Every sentence here is our own wire-style wording of a class seen in real copy.
"""

import datetime as dt

from tests.extraction.figures_of import exchange


def test_people_handed_to_kyiv_are_the_ones_who_came_home():
    text = (
        "Глава республики рассказал о прошедшем ночью обмене пленными. В рамках обмена "
        "освободили 40 военных. Киеву были переданы 160 человек, в том числе бойцы "
        "националистических батальонов."
    )
    found = exchange(text, published=dt.date(2022, 9, 22))
    assert found["status"] == "completed"
    assert found["returned"] == 160


def test_a_list_handed_over_to_the_ukrainian_side_is_added_up():
    text = (
        "Russia's Defence Ministry said 150 Russian troops and 30 civilians had been returned "
        "on Friday. As part of the swap, 150 Ukrainian troops and 30 civilians have been handed "
        "over to the Ukrainian side."
    )
    found = exchange(text, published=dt.date(2025, 5, 23))
    assert found["status"] == "completed"
    assert found["returned"] == 180


def test_what_ukraine_received_in_return_came_home():
    text = (
        "Сегодня с подконтрольной Киеву территории возвращены 80 российских военных, сообщило "
        "Минобороны. Взамен Украина получила 80 своих военных."
    )
    found = exchange(text, published=dt.date(2024, 2, 8))
    assert found["status"] == "completed"
    assert (found["count"], found["returned"]) == (80, 80)
