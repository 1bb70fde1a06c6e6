"""The swap's figures and status abstain rather than guess: each class of rule, in our own words."""

import datetime as dt

import pytest

from extraction import extract

PUB = dt.date(2026, 11, 30)


def exchange(text: str) -> dict:
    """The exchange record extracted from a short wire text."""
    result = extract(text, published=PUB)["exchange"]
    assert result is not None
    return result


@pytest.mark.parametrize(
    "tail",
    [
        "Kyiv has now brought home 4,552 people in 64 exchanges since February 2022, the "
        "coordination office said.",
        "Over the course of the war, 4,552 Ukrainians have been returned, officials said.",
        "Since March 2022, 4,552 people have come back home from Russian captivity.",
        "Усього в 64 обмінах додому повернулися 4 552 українці.",
    ],
)
def test_a_running_total_is_never_this_swaps_figure(tail):
    text = (
        "Ukraine and Russia swap prisoners\n\nKYIV, Nov 30 - Ukraine and Russia exchanged "
        "prisoners on Sunday, the ombudsman said. " + tail
    )
    x = exchange(text)
    assert x["status"] == "completed"
    assert x["returned"] is None
    assert x["count"] is None


def test_talks_named_only_to_deny_them_are_not_talks():
    text = (
        "Kremlin says no swap talks under way\n\nMOSCOW, Nov 30 - The Kremlin said on Sunday "
        "it was holding no swap negotiations with Kyiv. Kyiv has proposed swapping 500 prisoners."
    )
    assert exchange(text)["status"] != "negotiating"


@pytest.mark.parametrize(
    ("lede", "status"),
    [
        ("Ukraine hopes to free 300 more prisoners by the new year, Zelensky said.", "proposed"),
        (
            "Ukraine is preparing a new prisoner exchange, the intelligence chief said.",
            "negotiating",
        ),
        ("Україна готується до нового обміну полоненими, заявив Буданов.", "negotiating"),
    ],
)
@pytest.mark.parametrize(
    "background",
    [
        "A swap in August brought 115 Ukrainians home.",
        "Last week 115 Ukrainian soldiers came home from captivity.",
        "Earlier this month, 115 Ukrainians were freed in an exchange.",
        "Минулого тижня додому повернулися 115 військових.",
    ],
)
def test_a_swap_done_at_an_earlier_point_is_not_this_one(lede, status, background):
    x = exchange("Prisoner exchange\n\nKYIV, Nov 30 - " + lede + " " + background)
    assert x["status"] == status
    assert x["returned"] is None


def test_a_swap_earlier_the_same_day_is_this_one():
    x = exchange(
        "Prisoner exchange\n\nKYIV, Nov 30 - Ukraine is preparing the next swap, Zelensky "
        "said. Earlier in the day, 150 prisoners returned home."
    )
    assert (x["status"], x["returned"]) == ("completed", 150)
