"""A relative clause after a downed count only says where the weapons came from: in "shot down
three missiles, two more and 22 drones that Russia launched", 22 is a downed figure, not a
launch total. Each article is ours, in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

import pytest

from tests.extraction.figures_of import strike_figures

DAY = dt.date(2025, 3, 10)

CASES = [
    (
        "list-under-a-downing-verb-en",
        "Ukraine's air defence shot down three Kh-101 cruise missiles, two Kalibr missiles and 22 attack drones that Russia launched overnight, the air force said on Monday.",
        {"missiles_downed": 5, "drones_downed": 22},
    ),
    (
        "relative-clause-uk",
        "Сили ППО знищили дві крилаті ракети та 31 ударний безпілотник, які ворог запустив уночі, повідомили Повітряні сили.",
        {"missiles_downed": 2, "drones_downed": 31},
    ),
    (
        "launch-verb-of-its-own-en",
        "Russia launched 40 drones overnight; air defence shot down 35 of them, the air force said.",
        {"drones_launched": 40, "drones_downed": 35},
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_relative_clause_does_not_make_a_downed_count_a_launch(text, expected):
    assert strike_figures(text, DAY) == expected
