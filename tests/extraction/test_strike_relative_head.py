"""A count inside a partitive relative clause ("the missiles, of which it shot down two", "дрони,
з яких збито 40") counts the weapon the clause hangs on, not the weapon last named. Each sentence
is ours, in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

import pytest

from tests.extraction.figures_of import strike_figures

DAY = dt.date(2024, 3, 4)

CASES = [
    (
        "two-relatives-en",
        "Russia fired six missiles and 20 drones at Ukraine overnight, the air force said on Monday. The missiles, of which it shot down four, were aimed at the south, while the drones, of which 17 were destroyed, came from the east.",
        {"drones_launched": 20, "missiles_launched": 6, "drones_downed": 17, "missiles_downed": 4},
    ),
    (
        "relative-after-drones-sentence-en",
        "Russia launched 31 drones at Ukraine overnight, the air force said. It also fired three missiles, of which it shot down two.",
        {"drones_launched": 31, "missiles_launched": 3, "missiles_downed": 2},
    ),
    (
        "relative-uk",
        "Уночі ворог випустив по Україні чотири ракети та 45 дронів, повідомили Повітряні сили. Ракети, з яких збито три, летіли на Київ.",
        {"drones_launched": 45, "missiles_launched": 4, "missiles_downed": 3},
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_relative_counts_its_head(text, expected):
    assert strike_figures(text, DAY) == expected
