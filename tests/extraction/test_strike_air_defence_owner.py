""" "Downed by the Defence Ministry's air defence, the governor said": the ministry owns the air
defence that did the downing, the governor (or the mayor) is the one who gives the figure. The
claim is shown under the speaker, on Russia's side. Each text is ours, in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

from extraction import extract

DAY = dt.date(2025, 6, 5)


def _records(text: str) -> list[tuple[str, str, int | None]]:
    return [
        (s["attacker"], s["claimant"], s["drones_downed"])
        for s in extract(text, published=DAY)["strikes"]
    ]


def test_the_governor_who_reports_the_ministrys_downing_is_the_claimant():
    text = "Силами ПВО Министерства обороны РФ над Орловской областью уничтожены пять беспилотников. Об этом сообщил губернатор Андрей Клычков."
    assert _records(text) == [("ukraine", "Oryol Governor", 5)]


def test_the_mayor_in_the_same_sentence_is_the_claimant():
    text = "Силами ПВО Минобороны отражена атака трех беспилотников, летевших на Москву, заявил мэр столицы Сергей Собянин."
    assert _records(text) == [("ukraine", "Moscow Mayor", 3)]


def test_the_ministry_stays_the_claimant_when_nobody_else_speaks():
    text = "Дежурные средства ПВО Минобороны России за ночь уничтожили 12 украинских беспилотников над Курской областью."
    assert _records(text) == [("ukraine", "Russian Defence Ministry", 12)]


def test_the_ministry_reporting_itself_is_unchanged():
    text = (
        "Минобороны России сообщило, что за ночь над Белгородской областью сбиты 14 беспилотников."
    )
    assert _records(text) == [("ukraine", "Russian Defence Ministry", 14)]
