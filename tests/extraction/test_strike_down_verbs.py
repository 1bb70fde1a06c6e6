"""Verbs of downing the vocabulary table carries by lemma: a weapon struck in the air in the
passive ("уражено", "поражены"), imperfectives, the impersonal "нейтралізовано", and the slang
"приземлили". A weapon that is itself the subject of a verb of striking hit something: that is
no downing."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

import pytest

from tests.extraction.figures_of import strike_figures

DAY = dt.date(2025, 6, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Вночі противник запустив по Україні 38 ударних дронів. Силами ППО уражено 31 ворожий дрон, повідомили Повітряні сили.",
            {"drones_launched": 38, "drones_downed": 31},
        ),
        (
            "Уночі над Черкащиною було вражено 9 шахедів і дві крилаті ракети, повідомив голова ОВА.",
            {"drones_downed": 9, "missiles_downed": 2},
        ),
        (
            "Этой ночью средствами ПВО поражены 17 украинских беспилотников над Брянской областью, сообщило Минобороны России.",
            {"drones_downed": 17},
        ),
        (
            "Вночі силами ППО нейтралізовано 14 ворожих БпЛА над Полтавщиною, повідомив голова ОВА.",
            {"drones_downed": 14},
        ),
        (
            "Мобільні вогневі групи вночі приземлили 12 шахедів над Київщиною, повідомили в ОВА.",
            {"drones_downed": 12},
        ),
        (
            "Этой ночью над Курской областью дежурные средства ПВО перехватывали и уничтожали беспилотники ВСУ: всего 11 БПЛА, сообщило Минобороны России.",
            {"drones_downed": 11},
        ),
    ],
)
def test_the_table_reads_every_form_of_a_downing_verb(text, expected):
    assert strike_figures(text, DAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the weapon is the subject: it struck a building, nobody downed it
        "Вночі дві ворожі ракети уразили енергетичний об'єкт на Львівщині, повідомив голова ОВА.",
        "Ночью российская ракета поразила два жилых дома в Харькове, сообщил мэр города.",
    ],
)
def test_a_weapon_that_strikes_something_is_not_downed(text):
    assert "drones_downed" not in strike_figures(text, DAY)
    assert "missiles_downed" not in strike_figures(text, DAY)
