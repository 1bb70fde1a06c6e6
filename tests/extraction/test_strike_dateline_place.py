"""The city and the credit of a wire dateline ("KYIV, Nov 29 (Kyiv Wire) -") are where the story
was filed from and who sent it, not places the attack touched: an Odesa night filed from the
capital reads "Regions: Odesa", not "Kyiv, Odesa". Each article is ours, in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

import pytest

from extraction import extract
from extraction.places import split_dateline

DAY = dt.date(2025, 11, 29)

CASES = [
    (
        "capital-dateline-odesa-night-en",
        "KYIV, Nov 29 (Kyiv Wire) - Russia launched 120 drones at Ukraine overnight, the air force said on Saturday, adding that 98 were shot down over the Odesa region.",
        ["Odesa"],
    ),
    (
        "capital-dateline-no-place-named-en",
        "KYIV, Nov 29 (Kyiv Wire) - Russia launched 120 drones at Ukraine overnight, the air force said, adding that 98 were shot down.",
        [],
    ),
    (
        "city-dateline-same-city-in-the-story-en",
        "KHARKIV (Harbour Times) - Russian drones struck Kharkiv overnight, the mayor said, and air defences shot down 12 of 15 drones.",
        ["Kharkiv"],
    ),
    (
        "capital-dateline-uk",
        "КИЇВ, 29 листопада (Київський вісник) – Росія вночі атакувала Україну 120 дронами, 98 з них збито, повідомили Повітряні сили. Уражено об'єкти на Одещині.",
        ["Odesa"],
    ),
]


@pytest.mark.parametrize("name,text,regions", CASES, ids=[c[0] for c in CASES])
def test_a_dateline_names_no_region(name, text, regions):
    strikes = extract(text, published=DAY)["strikes"]
    assert strikes and strikes[0]["drones_launched"] in (120, 15)
    assert strikes[0]["regions"] == regions


def test_a_sentence_that_opens_on_a_capitalised_word_is_no_dateline():
    for text in ("NATO said on Friday - in a statement - that", "Kyiv, Nov 29 - drones"):
        assert split_dateline(text) == ("", text)
