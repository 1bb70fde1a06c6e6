"""A total written first is not added to its own shares: "9 drones, four over Kursk, three over
Belgorod ..." is nine, and a drone downed near a town of a region already counted ("two over the
Belgorod region ... one more near Shebekino") is one of that region's. Shares with no total
still add up, and a town in another region is another part. Each article is ours, in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

import pytest

from extraction.places import region_of
from tests.extraction.figures_of import strike_figures

DAY = dt.date(2025, 3, 10)

CASES = [
    (
        "total-then-placed-shares-ru",
        "Ночью средства ПВО перехватили 9 БПЛА, четыре — над Курской областью, три — над Белгородской, а также по одному — над Орловской и Липецкой областями, сообщило Минобороны.",
        {"drones_downed": 9},
    ),
    (
        "shares-without-a-total-add-up-ru",
        "Минобороны: ночью ПВО сбили четыре БПЛА над Курской областью и три над Белгородской.",
        {"drones_downed": 7},
    ),
    (
        "town-inside-the-counted-region-en",
        "Belgorod's governor reported two drones downed over the region during the night. One fixed-wing drone fell to air defence fire in the Belgorod district, he said on Telegram, and a second was brought down close to Shebekino.",
        {"drones_downed": 2},
    ),
    (
        "town-inside-the-counted-region-kursk-en",
        "Three drones were shot down over Russia's Kursk region overnight, governor Alexander Khinshtein said. A fixed-wing drone was downed over the Kursk district, he wrote on Telegram. Another drone was destroyed near the town of Rylsk.",
        {"drones_downed": 3},
    ),
    (
        "town-of-another-region-is-another-part-en",
        "Air defence units downed 12 drones over Belgorod region overnight. Separately, five drones were destroyed near Sudzha, the ministry said.",
        {"drones_downed": 17},
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_written_total_is_not_added_to_its_shares(text, expected):
    assert strike_figures(text, DAY) == expected


def test_towns_know_their_region():
    assert region_of("Shebekino") == "Belgorod"
    assert region_of("Sudzha") == "Kursk"
    assert region_of("Belgorod") is None  # a region is no town's share
