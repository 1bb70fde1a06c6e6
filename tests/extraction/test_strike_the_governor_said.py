""" "The governor said" after a regional head named by his region is the same man: his quoted
figure is his own record's, not a second record of an unknown governor. With two regional heads
named, the extractor does not guess which one spoke. Each text is ours, in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

from extraction import extract

DAY = dt.date(2025, 3, 10)


def _claims(text: str) -> list[tuple[str, int | None]]:
    return [(s["claimant"], s["drones_downed"]) for s in extract(text, published=DAY)["strikes"]]


def test_a_quote_of_the_one_named_governor_is_his_record():
    text = (
        "Air defence forces shot down two Ukrainian drones near Kurchatov overnight. Governor Alexander Khinshtein of the Kursk region wrote about it on Telegram.\n"
        '"Our air defence destroyed two UAVs over a field outside Zhuravka, far from any houses," the governor said.'
    )
    assert _claims(text) == [("Kursk Governor", 2)]


def test_with_two_governors_named_the_speaker_is_not_guessed():
    text = (
        "Two drones were shot down over the Kursk region, Governor Alexander Khinshtein said. In the Belgorod region, Governor Vyacheslav Gladkov reported damage.\n"
        '"Two UAVs were destroyed near the village of Zhuravka, far from houses," the governor said.'
    )
    claimants = [c for c, _ in _claims(text)]
    assert "Belgorod Governor" not in claimants
    assert claimants[0] == "Kursk Governor"
