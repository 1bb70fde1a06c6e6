"""An article publishes a swap only when a swap is its main event: look-alikes (bodies handed
over, one-way returns, swaps between other countries, tallies) publish no exchange figure.
Texts are our own, wire style."""

import datetime as dt

import pytest

from extraction import extract

PUB = dt.date(2026, 11, 30)


def published_exchange(text: str) -> dict:
    """The exchange fields an editor would see published (status, figures, mediators)."""
    found = extract(text, published=PUB)["exchange"] or {}
    return {k: found.get(k) for k in ("status", "count", "returned", "mediators") if found.get(k)}


@pytest.mark.parametrize(
    "text",
    [
        # the agency's name, worded freely, holds the word for prisoners of war
        "Киеву передали тела 312 погибших военных, сообщил координационный штаб страны по "
        "работе с военнопленными. Москва получила 41 тело. В штабе по работе с военнопленными "
        "заявили, что обмен прошёл при содействии Красного Креста.",
        "Russia handed over the bodies of 312 fallen soldiers, the coordinating headquarters of "
        "Ukraine for the treatment of prisoners of war said. Moscow received 41 bodies. The "
        "headquarters said the exchange took place with the help of the Red Cross.",
    ],
)
def test_bodies_handed_over_under_a_pow_agency_are_no_swap(text):
    assert published_exchange(text) == {}


def test_the_agency_name_does_not_hide_a_real_swap():
    text = (
        "Ukraine brings home 120 soldiers\n\nKYIV, Nov 30 - Ukraine and Russia exchanged 120 "
        "prisoners each on Sunday, the coordinating headquarters for the treatment of prisoners "
        "of war said."
    )
    found = published_exchange(text)
    assert found["status"] == "completed"
    assert found["count"] == 120


@pytest.mark.parametrize(
    "text",
    [
        "Red Cross has seen 5,200 prisoners of war since 2022\n\n"
        "Staff of the Red Cross have visited 5,200 prisoners of war held by both sides, the "
        "organisation said. Moscow has urged the organisation to press Kyiv harder over the "
        "treatment of Russian prisoners of war.",
        "Червоний Хрест відвідав 5 200 військовополонених\n\n"
        "Працівники Червоного Хреста відвідали 5 200 військовополонених з обох сторін. Київ "
        "закликав організацію вимагати від Москви кращих умов для українських полонених.",
    ],
)
def test_a_call_about_something_else_proposes_no_swap(text):
    assert published_exchange(text).get("status") is None


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv urges Moscow to swap all prisoners\n\nUkraine on Sunday urged Russia to carry out "
        "an exchange of all prisoners of war held by both sides.",
        "Москва предложила Киеву обменять пленных\n\nВ МИД России заявили, что предложили "
        "украинской стороне провести взаимную репатриацию военнопленных.",
    ],
)
def test_a_call_for_a_swap_is_still_a_proposal(text):
    assert published_exchange(text).get("status") == "proposed"
