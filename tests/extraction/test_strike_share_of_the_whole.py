"""A region's share told as "X of the Y" names, with its article, a whole the text already gave
(the air force's downed figure): the region's head gives his downed figure, not a launch count
of his own."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

from extraction import extract

DAY = dt.date(2025, 2, 11)


def _claims(text):
    return sorted(
        (s["claimant"], s["drones_launched"], s["drones_downed"])
        for s in extract(text, published=DAY)["strikes"]
    )


def test_of_the_whole_already_given_is_no_launch_of_the_region():
    text = (
        "Air Force: 40 of 46 drones downed overnight\n\n"
        "Ukraine's air force said on Tuesday it shot down 40 of the 46 attack drones Russia launched overnight. "
        "Air defences over the Mykolaiv region downed 12 of the 40 drones, Governor Vitaliy Kim said."
    )
    assert _claims(text) == [("Mykolaiv Governor", None, 12), ("Ukrainian Air Force", 46, 40)]


def test_of_a_whole_not_given_before_is_still_the_launch():
    text = (
        "Drones downed over Mykolaiv\n\n"
        "Air defences over the Mykolaiv region downed 12 of the 15 drones launched at it overnight, Governor Vitaliy Kim said on Tuesday."
    )
    assert _claims(text) == [("Mykolaiv Governor", 15, 12)]
