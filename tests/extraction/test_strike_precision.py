"""Words that look like strike figures and are not: a describing participle that governs no
number after it, a weapon named once in the instrumental with no count beside it, "one of the
downed drones", and a rounded "three dozen". Each sentence is ours, in wire style; the figures it
does state must still be read."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

import pytest

from extraction import extract

DAY = dt.date(2025, 3, 10)

CASES = [
    (
        "participle-describes-missiles",
        "Вночі сили ППО знищили 4 ракети «Калібр», запущені з акваторії моря, а також 17 ударних дронів над Миколаївщиною.",
        {"missiles_downed": 4, "drones_downed": 17},
    ),
    (
        "participle-describes-missiles-ru",
        "ПВО сбили 38 из 45 запущенных ракет, а также восемь беспилотников, сообщили в командовании Воздушных сил.",
        {"missiles_launched": 45, "missiles_downed": 38, "drones_downed": 8},
    ),
    (
        "participle-describes-missiles-uk-genitive",
        "Сили ППО збили 12 ракет, запущених із бомбардувальників, та 30 шахедів, повідомили Повітряні сили.",
        {"missiles_downed": 12, "drones_downed": 30},
    ),
    (
        "instrumental-alone-anti-tank",
        "Окупанти вдень завдали удару протитанковою ракетою по легковику біля села на Харківщині, повідомив голова ОВА.",
        {},
    ),
    (
        "instrumental-alone-coordinated-with-uncounted",
        "Уночі росіяни атакували область балістикою та керованою авіаційною ракетою, повідомили в Силах оборони Півдня.",
        {},
    ),
    (
        "instrumental-coordinated-with-count",
        "Росія атакувала Україну 52 дронами та ракетою, повідомили Повітряні сили.",
        {"drones_launched": 52, "missiles_launched": 1},
    ),
    (
        "one-of-the-downed",
        "Президент показал журналистам обломки: один из сбитых ночью российских беспилотников упал у дороги.",
        {},
    ),
    (
        "one-of-the-downed-en",
        "The mayor stood beside one of the downed Russian drones on Tuesday as crews cleared the street.",
        {},
    ),
    (
        "three-dozen-is-not-three",
        "Ukraine said most of the roughly three dozen drones sent at Kyiv overnight were shot down.",
        {},
    ),
]


def _figures(text: str) -> dict:
    found = {}
    for strike in extract(text, published=DAY)["strikes"]:
        for name, value in strike.items():
            if name.endswith(("_launched", "_downed", "_lost")) and value is not None:
                found[name] = value
    return found


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_only_the_written_counts_are_read(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "Nearly two hundred drones were launched at Ukraine overnight, the air force said.",
            "drones_launched",
            200,
        ),
        (
            "Росія випустила по Україні близько 90 дронів, повідомили Повітряні сили.",
            "drones_launched",
            90,
        ),
        (
            "Air defence shot down more than 40 drones over the south overnight, the air force said.",
            "drones_downed",
            40,
        ),
    ],
)
def test_an_approximation_is_shown_as_uncertain_and_never_published(text, field, value):
    result = extract(text, published=DAY)
    assert _figures(text) == {}
    shown = [u for u in result["uncertain"] if u["field"] == field]
    assert [u["value"] for u in shown] == [value]
    assert "approximate" in shown[0]["reason"]
    quote = shown[0]["evidence"]
    assert text[quote["start"] : quote["end"]] == quote["quote"]


def test_an_exact_figure_beside_an_approximation_is_still_published():
    text = "Russia launched about 120 drones overnight, and air defence shot down 90 of them, the air force said."
    result = extract(text, published=DAY)
    assert _figures(text) == {"drones_downed": 90}
    assert [(u["field"], u["value"]) for u in result["uncertain"]] == [("drones_launched", 120)]
