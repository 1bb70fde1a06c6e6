"""One weapon named in the singular counts one when it opens a list of the night's counted weapons
("завдали удару балістичною ракетою ... та 40 ударними БпЛА") or when a relative clause says it
was downed ("launched a Kh-59 missile which was shot down"); per-type lists add up past
hyphenated describing words ("anti-radiation") and shortened words ("обл."). Each sentence is
ours, in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

import pytest

from tests.extraction.figures_of import strike_figures

DAY = dt.date(2025, 6, 2)

CASES = [
    (
        "instrumental-singular-opens-list-uk",
        "Уночі росіяни атакували Україну балістичною ракетою «Іскандер-М» із Курської обл., двома керованими ракетами Х-59 та 38-ма ударними БпЛА, повідомили Повітряні сили.",
        {"missiles_launched": 3, "drones_launched": 38},
    ),
    (
        "instrumental-singular-before-drones-uk",
        "У ніч на 2 червня ворог завдав удару крилатою ракетою «Іскандер-К» по Харкову (пуск із Бєлгородської області) та 21 ударним БпЛА типу «Shahed», повідомили Повітряні сили.",
        {"missiles_launched": 1, "drones_launched": 21},
    ),
    (
        "instrumental-singular-alone-not-counted-uk",
        "Уночі ворог атакував Харків керованою ракетою, повідомив голова Харківської ОВА.",
        {},
    ),
    (
        "launched-then-downed-singular-en",
        "Russia sent 15 Shahed drones and a single Kh-59 cruise missile which was shot down near Sumy, the air force said.",
        {"drones_launched": 15, "missiles_launched": 1, "missiles_downed": 1},
    ),
    (
        "anti-radiation-in-type-list-en",
        "The attackers also used three S-300 missiles against the Kharkiv region, plus one Kh-59 missile and two Kh-31P anti-radiation missiles, the air force said.",
        {"missiles_launched": 6},
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_singular_weapons_in_lists(text, expected):
    assert strike_figures(text, DAY) == expected
