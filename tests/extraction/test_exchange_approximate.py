"""A swap's figure given only roughly ("about 200 soldiers", "nearly two hundred defenders",
"близько 200 захисників") is never published as the number who came home, but an editor is
shown it under `uncertain` with its words, as an approximate strike figure is. Each article is
ours, in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

import pytest

from extraction import extract
from extraction.evidence import APPROXIMATE

DAY = dt.date(2025, 11, 29)

CASES = [
    (
        "about-digits-en",
        "Ukraine and Russia carried out a prisoner swap on Friday, returning about 200 soldiers home, officials said.",
        200,
    ),
    (
        "nearly-words-en",
        "Nearly two hundred Ukrainian defenders came home on Friday in a prisoner swap, the Coordination Headquarters said.",
        200,
    ),
    (
        "blyzko-uk",
        "Близько 200 українських захисників повернулися додому з російського полону, повідомив Координаційний штаб.",
        200,
    ),
    (
        "okolo-ru",
        "Около 150 украинских военных вернулись домой в результате обмена, сообщили в Координационном штабе.",
        150,
    ),
]


@pytest.mark.parametrize("name,text,value", CASES, ids=[c[0] for c in CASES])
def test_a_rough_figure_of_people_home_is_shown_not_published(name, text, value):
    result = extract(text, published=DAY)
    assert result["exchange"]["status"] == "completed"
    assert result["exchange"]["returned"] is None
    [shown] = [u for u in result["uncertain"] if u["field"] == "returned"]
    assert shown["value"] == value and shown["reason"] == APPROXIMATE
    quote = shown["evidence"]["quote"]
    assert text[shown["evidence"]["start"] : shown["evidence"]["end"]] == quote


def test_an_exact_figure_is_published_and_a_plan_gives_no_rough_one():
    done = extract(
        "Ukraine and Russia carried out a prisoner swap on Friday, returning 200 soldiers home.",
        published=DAY,
    )
    assert done["exchange"]["returned"] == 200 and done["uncertain"] == []
    plan = extract(
        "Ukraine and Russia agreed to exchange prisoners; about 300 soldiers could come home next week, officials said.",
        published=DAY,
    )
    assert not [u for u in plan["uncertain"] if u["field"] == "returned"]
