"""A downing verb whose object is a share ("with air defences intercepting 70% of the attacks",
"знищено 80% цілей") counts no number named before it. Each sentence is ours, in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

import pytest

from tests.extraction.figures_of import strike_figures

DAY = dt.date(2023, 12, 29)

CASES = [
    (
        "share-after-counts-en",
        "The commander said 40 missiles and 25 drones had been aimed at the country overnight, with air defences intercepting 80% of the attacks.",
        {"drones_launched": 25, "missiles_launched": 40},
    ),
    (
        "share-only-en",
        "He said 58 drones had flown over the country overnight, with air defences intercepting 90% of them.",
        {},
    ),
    (
        "count-still-downed-en",
        "Air defences intercepted 45 of the 50 drones launched overnight, the air force said.",
        {"drones_launched": 50, "drones_downed": 45},
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_share_object_counts_nothing(text, expected):
    assert strike_figures(text, DAY) == expected
