"""Whose figure it is: a regional head named with his title's common nouns capitalised ("the
Lviv Regional Military Administration") or abbreviated ("the Lviv OVA") is the claimant, not
the national air force. Each text is ours, in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

from extraction import extract

DAY = dt.date(2025, 2, 17)


def _records(text: str) -> list[tuple[str, str, int | None]]:
    return [
        (s["attacker"], s["claimant"], s["drones_downed"])
        for s in extract(text, published=DAY)["strikes"]
    ]


def test_a_capitalised_regional_military_administration_names_the_region():
    text = "Air defence shot down five Shahed drones over the region overnight, said Ivan Petrenko, head of the Poltava Regional Military Administration."
    assert _records(text) == [("russia", "Poltava Governor", 5)]


def test_the_abbreviation_ova_after_the_region_names_the_region():
    text = "Two enemy drones were destroyed over the Rivne region at night, Oleksandr Koval, head of the Rivne OVA, said on Telegram."
    assert _records(text) == [("russia", "Rivne Governor", 2)]
