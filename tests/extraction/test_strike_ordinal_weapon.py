"""An ordinal before one weapon ("сбили третий беспилотник", "a third drone was downed")
counts it in the day's sequence: the claim is a running tally the sentence does not give, never a
figure of one weapon. "Ще один", "another" stay one more."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

import pytest

from tests.extraction.figures_of import strike_figures

DAY = dt.date(2025, 8, 19)


@pytest.mark.parametrize(
    "text",
    [
        "Дежурные средства ПВО сбили уже четвертый беспилотник, летевший к Москве, сообщил мэр столицы.",
        "Над Полтавою сили ППО знищили вже п'ятий ворожий дрон за ранок, повідомив начальник МВА.",
        "Air defences shot down a third drone approaching Moscow on Tuesday morning, the mayor said.",
    ],
)
def test_an_ordinal_weapon_is_no_count_of_one(text):
    assert strike_figures(text, DAY) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Дежурные средства ПВО сбили еще один беспилотник, летевший к Москве, сообщил мэр столицы.",
        "Air defences shot down another drone approaching Moscow on Tuesday morning, the mayor said.",
    ],
)
def test_one_more_weapon_is_still_one(text):
    assert strike_figures(text, DAY) == {"drones_downed": 1}
