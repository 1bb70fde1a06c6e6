"""A Russian regional head speaks for his own region: a downing the next sentence places in
another region, with nobody named, is a claim of its own, not a figure of his that clashes with
the one he gave (and would be dropped)."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

from extraction import extract

DAY = dt.date(2025, 9, 3)


def _claims(text):
    return sorted(
        (s["claimant"], s["drones_downed"]) for s in extract(text, published=DAY)["strikes"]
    )


def test_a_downing_in_another_region_is_its_own_claim():
    text = (
        "Над Брянской областью сбиты беспилотники\n\n"
        "Губернатор Брянской области Александр Богомаз сообщил, что ночью над регионом уничтожены три БПЛА. "
        "Также украинский беспилотник сбит над Калужской областью."
    )
    assert _claims(text) == [("Bryansk Governor", 3), ("Kaluga Governor", 1)]


def test_a_town_of_his_own_region_stays_his():
    text = (
        "Над Белгородской областью сбиты беспилотники\n\n"
        "Губернатор Белгородской области Вячеслав Гладков сообщил, что ночью над регионом уничтожены три БПЛА. "
        "Еще один беспилотник сбит над Шебекино."
    )
    assert [c for c, _ in _claims(text)] == ["Belgorod Governor"]
