"""A country named in a mediation sentence is a mediator only in that role: not as one of the
two sides of a swap or talks ("between Russia and the United States"), not as the host thanked
for hosting, not as the city a venue sits in; and a broker named by its abbreviation counts.

Every sentence here is our own wire-style wording of a class seen in real copy.
"""

import datetime as dt

import pytest

from extraction import extract
from tests.extraction.figures_of import mediators


@pytest.mark.parametrize(
    "text",
    [
        # a side of another swap the broker arranged
        "Turkey brokered Saturday's exchange of 70 prisoners between Russia and Ukraine. Ankara "
        "has also facilitated swaps between the United States and Russia.",
        "Qatar mediated the return of 30 Ukrainian prisoners on Friday. Doha has been "
        "instrumental in facilitating contacts between Moscow and Kyiv and Moscow and the "
        "United States.",
    ],
    ids=["first-of-two-sides", "second-side-after-a-list"],
)
def test_a_side_of_a_swap_or_talks_is_no_mediator(text):
    found = mediators(text)
    assert "United States" not in found
    assert found  # the broker itself is still named


def test_a_host_thanked_for_hosting_is_no_mediator():
    text = (
        "Russia and Ukraine agreed to exchange 200 prisoners of war at US-mediated talks, the "
        "US envoy said on Friday. He thanked Saudi Arabia for hosting the meeting."
    )
    assert mediators(text) == ["United States"]


def test_a_city_named_after_its_country_is_a_venue():
    text = (
        "Russia and Ukraine agreed to swap 150 prisoners each at talks in the Emirati capital "
        "Abu Dhabi, the Turkish envoy said on Tuesday."
    )
    assert "United Arab Emirates" not in mediators(text)


def test_a_broker_named_by_its_abbreviation_is_a_mediator():
    text = (
        "KSA and Turkey brokered the exchange of 120 Ukrainian prisoners for 120 Russian "
        "servicemen on Wednesday, Kyiv said."
    )
    assert sorted(mediators(text)) == ["Saudi Arabia", "Turkey"]


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine swapped 90 prisoners each on Friday. Under a deal with Ankara, two "
        "commanders will remain in Turkey until the end of hostilities.",
        "Ukraine and Russia swapped 90 prisoners each on Friday. Turkey's president said the "
        "hostage issue on both sides of the front remained unresolved.",
    ],
    ids=["hostilities", "hostage"],
)
def test_a_word_that_only_begins_as_host_names_no_host(text):
    # "hostilities", "hostages", "hostile" are not a host of talks
    assert "Turkey" not in mediators(text)


def test_a_country_that_hosted_the_talks_is_still_named():
    text = (
        "Russia and Ukraine swapped 90 prisoners each on Friday after talks hosted by Turkey, "
        "officials said."
    )
    assert mediators(text) == ["Turkey"]


@pytest.mark.parametrize(
    "text,side",
    [
        (
            "Qatar brokered the return of six Ukrainian civilians on Monday. Doha has mediated "
            "in several disputes, among them last year's Iran-US prisoner swap.",
            "United States",
        ),
        (
            "Russia and Ukraine swapped 90 prisoners each on Friday. The deal was struck at a "
            "trilateral Turkey-Russia-Ukraine meeting in Istanbul in May.",
            "Turkey",
        ),
    ],
    ids=["pair-of-other-sides", "one-of-three-sides"],
)
def test_a_country_joined_to_another_by_a_hyphen_is_a_side(text, side):
    # "Iran-US", "Turkey-Russia-Ukraine": the compound names the sides, not a broker
    assert side not in mediators(text)


def test_a_country_joined_to_a_verb_is_still_the_broker():
    text = "Russia and Ukraine swapped 90 prisoners each on Friday in a UAE-mediated exchange."
    assert mediators(text) == ["United Arab Emirates"]


def test_an_aside_that_dates_the_swap_to_today_names_its_mediator():
    # "Нагадаємо, ..." opens an aside; one that dates the swap to the article's own day retells
    # this swap, so its broker is this swap's
    text = (
        "Омбудсман зустрів звільнених захисників\n\n"
        "Омбудсман Лубінець у суботу зустрів на кордоні військових, які повернулися з полону.\n\n"
        "Нагадаємо, 29 листопада відбувся обмін полоненими за формулою 120 на 120. "
        "Він пройшов за посередництва Об'єднаних Арабських Еміратів."
    )
    exchange = extract(text, published=dt.date(2025, 11, 29))["exchange"]
    assert exchange["mediators"] == ["United Arab Emirates"]


def test_an_aside_about_an_earlier_day_names_no_mediator():
    text = (
        "Омбудсман зустрів звільнених захисників\n\n"
        "Омбудсман Лубінець у суботу зустрів на кордоні військових, які повернулися з полону.\n\n"
        "Нагадаємо, 2 жовтня відбувся обмін полоненими за формулою 120 на 120. "
        "Він пройшов за посередництва Об'єднаних Арабських Еміратів."
    )
    exchange = extract(text, published=dt.date(2025, 11, 29))["exchange"]
    assert exchange["mediators"] == []
