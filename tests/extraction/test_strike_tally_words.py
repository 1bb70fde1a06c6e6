"""A ground-war word ("artillery", "shelling", "positions") makes a sentence a loss or front-line
tally only when it counts something: it stands within a few words of a number. In a night
report's last clause it leaves the night's figures alone. Each text is ours, in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

from extraction import extract

DAY = dt.date(2025, 2, 17)


def test_the_ground_war_in_a_last_clause_does_not_void_the_nights_figures():
    text = "Russia fired four missiles and 15 attack drones at Ukraine overnight, the air force said on Tuesday, with regional officials also reporting artillery fire near the border."
    (record,) = extract(text, published=DAY)["strikes"]
    assert (record["missiles_launched"], record["drones_launched"]) == (4, 15)


def test_a_loss_tally_is_still_no_nights_figure():
    text = "Over the past day Russian forces lost 1,150 personnel, 9 tanks, 31 artillery systems and 45 drones, the General Staff said."
    assert extract(text, published=DAY)["strikes"] == []
