"""A swap "mediated by" or "brokered by" someone, told as a participle ("the swap, mediated by
the UAE, is expected"), names its broker and says nothing of whether it took place: an agreed
swap of 1,200 stays agreed with its count. Told with an auxiliary ("was mediated by") or beside a
verb of the event ("took place"), it is done. Each article is ours, in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

import pytest

from extraction import extract

DAY = dt.date(2025, 11, 29)

CASES = [
    (
        "participle-aside-future-en",
        "Ukraine and Russia have agreed to exchange 1,200 prisoners of war, officials said on Saturday. The swap, mediated by the UAE, is expected in the coming days.",
        {"status": "agreed", "count": 1200, "returned": None},
    ),
    (
        "participle-after-the-noun-en",
        "Ukraine and Russia have agreed to exchange 1,200 prisoners of war in a swap brokered by Turkey, officials said.",
        {"status": "agreed", "count": 1200, "returned": None},
    ),
    (
        "passive-with-auxiliary-is-done-en",
        "The swap was mediated by the UAE, and 150 Ukrainian soldiers came home on Friday, officials said.",
        {"status": "completed", "returned": 150},
    ),
    (
        "participle-beside-an-event-verb-en",
        "The swap, brokered by Turkey, took place on Friday, and 95 Ukrainian soldiers returned home, officials said.",
        {"status": "completed", "returned": 95},
    ),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_a_broker_named_by_participle_does_not_complete_a_swap(name, text, want):
    exchange = extract(text, published=DAY)["exchange"]
    assert exchange is not None
    assert {k: exchange.get(k) for k in want} == want
