"""Where a launch came from is not where anything came down: drones sent "from three directions:
... Kursk" or "from Russia's Kursk region", and missiles fired "from the airspace over Russia's
Belgorod region", are Russia's attack on Ukraine, on the Ukrainian side's record, not a Russian
claim about Ukrainian drones. Each text is ours, in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

from extraction import extract

DAY = dt.date(2024, 8, 14)


def _records(text: str) -> list[tuple[str, int | None, int | None, int | None]]:
    return [
        (s["attacker"], s["drones_launched"], s["drones_downed"], s["missiles_launched"])
        for s in extract(text, published=DAY)["strikes"]
    ]


def test_drones_sent_from_named_russian_directions_are_russias_attack():
    text = (
        "Air force: 31 drones downed overnight\n\n"
        "Overnight the enemy sent 40 Shahed drones over Ukraine from three directions: Kursk, Oryol and Primorsko-Akhtarsk. "
        "Ukrainian air defence shot down 31 of them, the air force said."
    )
    assert [a for a, *_ in _records(text)] == ["russia"]
    assert _records(text)[0][1:3] == (40, 31)


def test_missiles_fired_from_the_airspace_over_a_russian_region_are_russias_attack():
    text = (
        "Russia strikes overnight\n\n"
        "Overnight Russian aircraft launched three Kh-59 guided missiles from the airspace over Russia's Kursk region, the air force said. "
        "Air defence shot down 12 of 16 drones launched at the same time."
    )
    records = _records(text)
    assert {a for a, *_ in records} == {"russia"}
    assert any(m == 3 for *_, m in records)


def test_drones_downed_over_a_russian_region_stay_a_russian_claim():
    text = (
        "Drones downed over Kursk\n\n"
        "Air defence destroyed 14 drones over the Kursk region overnight, the Russian Defence Ministry said."
    )
    assert _records(text) == [("ukraine", None, 14, None)]
