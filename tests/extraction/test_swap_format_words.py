"""Words about a swap's shape that are no figure of it: "a one-for-one exchange" says the sides
were even and counts no one; "in exchange with Russia" names the swap itself, so a figure told
with it is Ukraine's own, not what the other side got in return.

Every sentence here is our own wire-style wording of a class seen in real copy.
"""

import datetime as dt

from tests.extraction.figures_of import exchange


def test_a_one_for_one_exchange_counts_no_one():
    text = (
        "On Friday Ukraine and Russia carried out a one-for-one exchange of prisoners of war. "
        "Ukraine brought 82 of its defenders home from Russian captivity, the president said."
    )
    found = exchange(text, published=dt.date(2024, 11, 8))
    assert found["status"] == "completed"
    assert found["count"] != 1
    assert found["returned"] == 82


def test_a_figure_in_exchange_with_russia_is_not_the_other_sides():
    text = (
        "Ukraine Brings Home 61 POWs in Exchange with Russia\n\n"
        "President Volodymyr Zelensky announced on Friday the release of 61 Ukrainians from "
        "Russian captivity, among them four civilians."
    )
    found = exchange(text, published=dt.date(2024, 11, 8))
    assert found["status"] == "completed"
    assert found["returned"] == 61
    assert found["count"] is None
