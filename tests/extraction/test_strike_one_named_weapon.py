"""One missile named in the singular is a count of one, however many words describe it ("a
Kh-59 guided air missile") and when a participle says who sent it ("a missile launched by
Russian forces"); a missile launch as an event counts nothing. Each sentence is ours, in wire
style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

import pytest

from tests.extraction.figures_of import strike_figures

DAY = dt.date(2025, 3, 10)

CASES = [
    (
        "three-describing-words",
        "The air force said its units destroyed 14 of the 16 drones Russia sent overnight. The enemy also used a Kh-59 guided air missile against the Odesa region, the statement said.",
        {"drones_launched": 16, "drones_downed": 14, "missiles_launched": 1},
    ),
    (
        "launched-by-after-the-noun",
        "Air defence units over the Volyn region destroyed a cruise missile launched by Russia from the Caspian Sea early on Monday, regional governor Ivan Rudnytskyi said.",
        {"missiles_downed": 1},
    ),
    (
        "a-launch-is-an-event",
        "Radars detected a missile launch from Crimea overnight, the air force said. No damage was reported.",
        {},
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_one_named_missile_is_one(text, expected):
    assert strike_figures(text, DAY) == expected
