"""Swaps that are not done, though a word of theirs looks like one: a headline's negated modal
or verbal noun, and a deal struck days before that is still to be carried out.

Every sentence here is our own wire-style wording of a class seen in real copy.
"""

import datetime as dt

import pytest

from tests.extraction.figures_of import exchange


@pytest.mark.parametrize(
    "headline",
    [
        # a negated modal: the swap cannot happen (yet), it has not happened
        "Big prisoner swap with Kyiv can't take place in a single day, lawmaker says",
        "Prisoner exchange won't happen before the lists are checked, Kremlin says",
        # an -ing form after a preposition is a verbal noun, no event told
        "Both capitals interested in holding a prisoner swap soon, envoy says",
    ],
    ids=["cant", "wont", "interested-in-holding"],
)
def test_a_headline_that_tells_no_swap_done_gives_no_completed_status(headline):
    text = (
        f"{headline}\n\n"
        "Officials in Moscow and Kyiv said on Tuesday that lists of names were still being "
        "compared and that no date had been set for the exchange."
    )
    found = exchange(text, published=dt.date(2025, 5, 20))
    assert found is not None
    assert found["status"] != "completed"
    assert found["returned"] is None


def test_a_deal_struck_days_before_makes_a_swap_still_to_come_agreed():
    text = (
        "Kremlin: a 500-for-500 prisoner swap needs several days to carry out\n\n"
        "Handing over 500 prisoners from each side in one day is technically hard, a member "
        "of the Russian parliament told a news agency on Tuesday.\n\n"
        "Russia and Ukraine agreed to carry out the large prisoner swap at their talks in "
        "Istanbul on May 16."
    )
    found = exchange(text, published=dt.date(2025, 5, 20))
    assert found["status"] == "agreed"
    assert found["returned"] is None


def test_a_negated_headline_of_a_done_swap_is_still_read_from_the_body():
    text = (
        "Swap delays can't stop families' joy as 90 soldiers return\n\n"
        "Ukraine and Russia exchanged 90 prisoners of war each on Tuesday, Ukraine's "
        "coordination headquarters said."
    )
    found = exchange(text, published=dt.date(2025, 5, 20))
    assert found["status"] == "completed"
    assert found["returned"] == 90


@pytest.mark.parametrize(
    "text",
    [
        "Moscow and Kyiv are set to free 300 prisoners of war each as part of a deal reached at "
        "talks in Geneva last week.\n\nThe lists of names are still being checked.",
        "Речник Кремля підтвердив, що обмін у форматі 300 на 300 був серед домовленостей, "
        "досягнутих на переговорах у Женеві.\n\nСписки ще звіряють.",
        "В Кремле подтвердили, что обмен 300 на 300 входит в число договоренностей и был среди "
        "договоренностей, достигнутых на встрече в Женеве.\n\nСписки пока сверяют.",
    ],
    ids=["en-part-of-deal-reached", "uk-among-agreements", "ru-among-agreements"],
)
def test_a_swap_told_as_part_of_a_deal_reached_is_agreed(text):
    found = exchange(text, published=dt.date(2025, 5, 22))
    assert found["status"] == "agreed"
    assert found["count"] == 300
    assert found["returned"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Уполномоченный по правам человека заявила, что обмены не происходили уже пять месяцев.",
        "Омбудсман пояснив, чому вже п'ять місяців не відбувалося обмінів полоненими.",
        "Prisoner exchanges between the two sides have not taken place for five months, the "
        "ombudsman said.",
    ],
    ids=["ru", "uk", "en"],
)
def test_no_swaps_for_months_is_stalled(text):
    found = exchange(text, published=dt.date(2024, 9, 1))
    assert found["status"] == "stalled"
