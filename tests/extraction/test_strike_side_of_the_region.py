"""Which side a downing figure belongs to when the copy names nobody but a region: drones brought
down over a Russian region are Russia's claim about Ukrainian drones, whoever the article forgets
to name. A governor cited by title alone heads the region his figure's sentence (or the article)
names; a title that opens the sentence ("Глава ... области") is still a title. Each text is ours,
in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

from extraction import extract

DAY = dt.date(2025, 9, 6)


def _records(text: str) -> list[tuple[str, str, int | None]]:
    return [
        (s["attacker"], s["claimant"], s["drones_downed"])
        for s in extract(text, published=DAY)["strikes"]
    ]


def test_a_governor_by_title_heads_the_region_his_sentence_names():
    text = (
        "Российские средства ПВО уничтожили пять беспилотников над Тульской областью. Об этом сообщил губернатор региона.\n"
        "Пострадавших нет."
    )
    assert _records(text) == [("ukraine", "Tula Governor", 5)]


def test_a_governor_by_title_in_a_ukrainian_region_stays_ukrainian():
    text = (
        "Над Полтавщиною вночі сили ППО збили шість ударних безпілотників. Про це повідомив начальник ОВА.\n"
        "Загиблих немає."
    )
    assert _records(text) == [("russia", "Poltava Governor", 6)]


def test_a_title_at_the_start_of_the_sentence_names_the_claimant():
    text = (
        "Глава Липецкой области Игорь Артамонов сообщил, что дежурные средства ПВО сбили семь БПЛА.\n"
        "Пострадавших нет."
    )
    assert _records(text) == [("ukraine", "Lipetsk Governor", 7)]


def test_an_unattributed_downing_over_a_russian_region_is_russias_claim():
    text = "A drone was shot down by air defence in the Bryansk region early on Saturday, with no damage on the ground."
    (attacker, claimant, downed), *_ = _records(text)
    assert (attacker, downed) == ("ukraine", 1)
    assert claimant == "Russian Defence Ministry"


def test_a_downing_over_sevastopol_is_a_claim_of_the_russian_side():
    text = "Над Севастополем силы ПВО сбили три беспилотника, сообщили в оперативных службах. Пострадавших нет."
    assert [(a, d) for a, _, d in _records(text)] == [("ukraine", 3)]


def test_launch_areas_in_russia_do_not_make_ukraines_downing_russian():
    text = "Air defence shot down 14 of the 16 drones launched from the Kursk and Bryansk regions overnight, officials said."
    assert [(a, d) for a, _, d in _records(text)] == [("russia", 14)]
