"""Prisoner exchanges from our own sentences: status, count, returned, mediators, framework."""

import pytest

from extraction import extract


def exchange(text: str) -> dict | None:
    return extract(text)["exchange"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Kyiv aims to swap 800 prisoners of war with Moscow before spring, the president said.",
         "proposed"),
        ("The ombudsman called for an exchange of all wounded prisoners, and Moscow has not yet "
         "replied.", "proposed"),
        ("Talks on a new prisoner exchange are under way, with consultations mediated by Qatar.",
         "negotiating"),
        ("Officials said they were working on a large prisoner swap with Russian counterparts.",
         "negotiating"),
        ("Both sides agreed to swap 500 for 500 prisoners next week, the Kremlin said.", "agreed"),
        ("Ninety Ukrainian soldiers returned home from captivity on Friday in a prisoner swap.",
         "completed"),
        ("The prisoners were freed in an exchange brokered by the United Arab Emirates.",
         "completed"),
        ("Додому з полону повернулися 120 захисників, повідомив президент.", "completed"),
        ("Из плена возвращены 60 военнослужащих, сообщило Минобороны РФ об обмене.", "completed"),
        ("The planned prisoner exchange was postponed after Moscow refused the list.", "stalled"),
        ("Kyiv accused Moscow of blocking a prisoner swap agreed in the spring.", "stalled"),
    ],
    ids=["aims-to", "calls-for", "talks", "working-on", "agreed", "returned-home", "were-freed",
         "uk-completed", "ru-completed", "postponed", "blocking"],
)  # fmt: skip
def test_status_from_the_wording(text, status):
    assert exchange(text)["status"] == status


def test_per_side_count_and_returned_in_a_completed_swap():
    text = (
        "Russia and Ukraine swapped 210 prisoners each on Tuesday in a deal mediated by the "
        "United Arab Emirates. Earlier this year the two sides exchanged 95 prisoners. In total "
        "4,100 Ukrainians have returned from captivity since the invasion began."
    )
    found = exchange(text)
    assert (found["count"], found["returned"], found["status"]) == (210, 210, "completed")
    assert found["mediators"] == ["United Arab Emirates"]


def test_n_for_n_and_the_ukrainian_figure():
    text = (
        "Moscow said the sides exchanged 150 for 150 prisoners of war. Kyiv said 163 Ukrainians "
        "came home, including six civilians."
    )
    found = exchange(text)
    assert (found["count"], found["returned"]) == (150, 163)


def test_planned_count_of_a_proposed_swap():
    text = "Ukraine aims to bring home 1,200 prisoners of war in the next swap, officials said."
    assert exchange(text)["count"] == 1200
    assert exchange(text)["returned"] is None


def test_bodies_repatriated_are_not_prisoners():
    text = (
        "Ukraine received the bodies of 757 fallen soldiers in a repatriation on Thursday. "
        "Separately, 49 prisoners of war returned home in an exchange."
    )
    found = exchange(text)
    assert found["returned"] == 49


def test_no_exchange_in_a_strike_report():
    text = "Russia launched 60 drones overnight, the air force said, and 51 were downed."
    assert exchange(text) is None


@pytest.mark.parametrize(
    ("text", "mediators"),
    [
        ("Kyiv thanked the UAE and Turkey for mediating the prisoner swap.",
         ["United Arab Emirates", "Turkey"]),
        ("Обмін полоненими відбувся за посередництва ОАЕ.", ["United Arab Emirates"]),
        ("Обмен пленными прошел при посредничестве Турции.", ["Turkey"]),
        ("A papal envoy helped to arrange the prisoner exchange, the Vatican said, thanking the "
         "mediators.", ["Vatican"]),
    ],
    ids=["en", "uk-oae", "ru-turtsiya", "vatican"],
)  # fmt: skip
def test_mediators_get_canonical_names(text, mediators):
    assert exchange(text)["mediators"] == mediators


@pytest.mark.parametrize(
    ("text", "framework"),
    [
        ("Kyiv wants to revive the Istanbul agreements on prisoner exchanges.",
         "Istanbul agreements"),
        ("Budanov called for an all-for-all prisoner exchange.", "all-for-all"),
        ("Київ пропонує обмін полоненими за формулою всіх на всіх.", "all-for-all"),
    ],
    ids=["istanbul", "all-for-all", "uk-all-for-all"],
)  # fmt: skip
def test_framework(text, framework):
    assert exchange(text)["framework"] == framework


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A swap of 60 captives for 60 planned for Friday has been called off, the ombudsman "
         "said.\nThe most recent exchange, in August, brought back 72 soldiers.",
         {"status": "stalled", "returned": None}),
        ("Обмін полоненими заблоковано, заявили в Коордштабі.\n"
         "Востаннє додому повернулися 37 захисників у липні.",
         {"status": "stalled", "returned": None}),
        ("Україна готова обміняти 900 російських військовополонених, заявив президент. "
         "Переговорів щодо цього наразі немає.\nЗ 2023 року з полону повернули понад 3 000 "
         "українців.",
         {"status": "proposed", "count": 900, "returned": None}),
        ("Kyiv said 212 of its citizens came home in a prisoner swap, while Moscow put the number "
         "of captives handed over by each side at 198.",
         {"status": "completed", "count": 198, "returned": 212}),
    ],
    ids=["called-off-beats-past-swap", "uk-blocked-beats-last-time", "uk-no-talks-is-proposed",
         "each-side-at-n"],
)  # fmt: skip
def test_background_swaps_do_not_set_this_exchange(text, expected):
    found = exchange(text)
    assert {k: found[k] for k in expected} == expected
