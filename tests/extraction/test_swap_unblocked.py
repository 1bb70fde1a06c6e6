"""A swap that someone works "to unblock" is blocked now (stalled), and one told as "aborted"
was stopped; a call to resume swaps still names no halt of its own. Our own wire-style texts."""

import datetime as dt

import pytest

from tests.extraction.figures_of import exchange

PUB = dt.date(2025, 11, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Umerov flies to Ankara to unblock prisoner exchanges\n\n"
        "Ukraine's security council secretary said he would spend the week in Turkey working "
        "to unblock the exchange process with Russia.",
        "Умєров поїхав до Анкари, щоб розблокувати обміни полоненими\n\n"
        "Секретар РНБО заявив, що цього тижня працюватиме в Туреччині над тим, щоб "
        "розблокувати процес обміну.",
        "Киев добивается разблокировки обменов пленными\n\n"
        "Секретарь СНБО заявил, что на этой неделе будет работать в Турции, чтобы "
        "разблокировать процесс обмена.",
        "The planned prisoner exchange was aborted\n\n"
        "Moscow said on Tuesday that a prisoner exchange planned for this week had been aborted.",
    ],
    ids=["en-unblock", "uk-unblock", "ru-unblock", "en-aborted"],
)
def test_a_swap_to_be_unblocked_is_stalled(text):
    found = exchange(text, published=PUB)
    assert found is not None
    assert found["status"] == "stalled"


def test_swaps_that_resumed_are_not_stalled():
    text = (
        "Ukraine and Russia resume prisoner swaps\n\n"
        "Ukraine and Russia exchanged 150 prisoners each on Tuesday, resuming swaps after a "
        "three-month pause, the coordination headquarters said."
    )
    assert exchange(text, published=PUB)["status"] == "completed"
