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


@pytest.mark.parametrize(
    "wish",
    [
        "Zelensky said he wants the next exchange to return 1,000 people.",
        "Kyiv expects to bring home 1,000 more under the deal, officials said.",
        "Зеленський сказав, що Україна сподівається повернути ще 1 000 людей.",
    ],
)
def test_a_figure_under_a_wish_or_plan_is_not_who_came_home(wish):
    x = exchange(
        "Swap\n\nKYIV, Nov 30 - Ukraine and Russia swapped prisoners on Sunday, the "
        "ombudsman said. " + wish
    )
    assert x["status"] == "completed"
    assert x["returned"] != 1000


def test_a_month_named_before_the_figure_is_no_wish():
    x = extract(
        "Swap\n\nKYIV - Andriy Yermak said on May 6 that 52 Ukrainian servicemen had come "
        "back home from captivity in a swap.",
        published=dt.date(2026, 5, 6),
    )["exchange"]
    assert x["returned"] == 52


@pytest.mark.parametrize(
    "text",
    [
        "Talks resume\n\nISTANBUL, Nov 30 - The Ukrainian delegation returned from Istanbul on "
        "Sunday after talks on a prisoner exchange, Umerov said.",
        "Обмін\n\nКИЇВ, 30 листопада - Делегація повернулася зі Стамбула, де обговорювали обмін "
        "полоненими, повідомив Умєров.",
        "Swap talks\n\nKYIV, Nov 30 - Ukraine and Russia returned to the negotiating table on a "
        "prisoner exchange on Sunday, officials said.",
    ],
)
def test_negotiators_coming_back_from_talks_complete_no_swap(text):
    assert exchange(text)["status"] == "negotiating"


def test_a_day_of_the_month_is_never_a_swap_figure():
    x = exchange(
        "Swap offer\n\nMOSCOW, Nov 30 - Russia said on Sunday it had offered Ukraine a swap of "
        "500 prisoners. Kyiv did not respond."
    )
    assert x["count"] in (500, None)


@pytest.mark.parametrize(
    ("lede", "later", "status"),
    [
        ("Ukraine and Russia are holding talks on a new prisoner exchange, the ombudsman said "
         "on Sunday.", "In the spring Moscow postponed a planned swap at the last minute.",
         "negotiating"),
        ("Україна і Росія ведуть переговори про новий обмін полоненими, заявив омбудсман.",
         "Навесні Росія зірвала запланований обмін.", "negotiating"),
    ],
)  # fmt: skip
def test_talks_in_the_lede_outrank_a_halt_told_further_down(lede, later, status):
    text = "Prisoner exchange\n\nKYIV, Nov 30 - " + lede + " He gave no date. " + later
    assert exchange(text)["status"] == status


@pytest.mark.parametrize(
    "lede",
    [
        "A prisoner exchange scheduled for Friday was postponed, the ombudsman said on Sunday.",
        "Росія зірвала запланований на п'ятницю обмін полоненими, заявив омбудсман.",
    ],
)
def test_a_scheduled_swap_called_off_is_not_agreed(lede):
    assert exchange("Prisoner exchange\n\nKYIV, Nov 30 - " + lede)["status"] == "stalled"


@pytest.mark.parametrize(
    "tally",
    [
        "Over four years the coordination office has carried out more than 70 exchanges.",
        "За понад три роки штаб провів більше 60 обмінів полоненими.",
        "Мединский напомнил, что стороны провели 12 обменов.",
    ],
)
def test_swaps_counted_as_events_tell_no_status(tally):
    text = "Prisoner swaps\n\nKYIV, Nov 30 - " + tally + " Talks on the next swap go on."
    assert exchange(text)["status"] != "completed"


@pytest.mark.parametrize(
    ("lede", "returned"),
    [
        ("Ukraine and Russia on Sunday completed the final stage of their 1,000-for-1,000 "
         "exchange, with 303 Ukrainian soldiers returning home.", 303),
        ("Україна і Росія завершили третій етап обміну полоненими: додому повернулися 303 "
         "захисники.", 303),
        ("Обмен пленными завершился в воскресенье, домой вернулись 303 военнослужащих.", 303),
    ],
)  # fmt: skip
def test_a_stage_of_a_swap_done_is_completed_not_agreed(lede, returned):
    x = exchange("Prisoner exchange\n\nKYIV, Nov 30 - " + lede)
    assert x["status"] == "completed"
    assert x["returned"] == returned


def test_a_stage_still_to_come_is_not_done():
    x = exchange(
        "Prisoner exchange\n\nKYIV, Nov 30 - The final stage of the exchange is expected to be "
        "completed next week, Zelensky said on Sunday."
    )
    assert x["status"] != "completed"


@pytest.mark.parametrize(
    "held",
    [
        "Ukraine holds 1,500 Russian soldiers captive, officials said.",
        "Officials said 1,500 Russian servicemen remain in Ukrainian captivity.",
        "Kyiv said 1,500 of its soldiers are in Russian captivity.",
    ],
)
def test_people_held_captive_are_not_the_size_of_a_swap_under_talks(held):
    x = exchange(
        "Swap talks\n\nKYIV, Nov 30 - Ukraine and Russia are discussing a new prisoner "
        "exchange. " + held
    )
    assert x["status"] == "negotiating"
    assert x["count"] is None


def test_the_size_of_a_swap_under_talks_is_still_read():
    x = exchange(
        "Swap talks\n\nKYIV, Nov 30 - Ukraine and Russia are discussing an exchange of 1,500 "
        "prisoners, officials said."
    )
    assert x["count"] == 1500
