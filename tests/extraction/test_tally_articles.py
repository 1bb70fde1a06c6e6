"""Articles that add up weeks or months (a ministry's weekly tally, a year's running total with
an old attack retold as an example) publish no night's figures; a tally piece that also reports
the night in hand still gives that night."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

import pytest

from extraction import extract
from extraction.periods import period_total
from tests.extraction.figures_of import figure_pairs, strike_figures

DAY = dt.date(2025, 11, 14)

WEEKLY_TALLY_RU = """Минобороны подвело итоги недели: сбиты 1240 украинских беспилотников

Российские средства ПВО за неделю сбили 1240 беспилотников самолетного типа, сообщило Министерство обороны.
Кроме того, за этот период перехвачены четыре ракеты «Нептун» и девять управляемых авиабомб.
В ведомстве добавили, что атаки были отражены в нескольких регионах."""

RUNNING_TOTAL_EN = """Russia has fired more than 4,300 long-range drones at Ukraine since the start of the year, the Ukrainian president said in his evening address.
Moscow has relied on cheap Shahed-type drones to wear down Ukraine's air defences.
On Feb. 12, Russia launched 140 drones and 23 missiles, and Ukraine shot down 118 drones and 19 missiles, the air force said.
The president urged partners to speed up deliveries of air defence systems."""

MONTHLY_AVERAGES_UK = """Кількість «шахедів», які Росія запускає щодня, у жовтні зросла.
У середньому цього місяця ворог запускав по 160 дронів на добу.
У вересні ворог запустив понад 4000 ударних дронів.
Наприклад, 9 жовтня ворог атакував 95 дронами, з них збито 80, повідомили Повітряні сили."""

TALLY_WITH_THE_NIGHT_EN = """Russia launched 2,100 drones at Ukraine over the past week, the president said.
Overnight, Russia launched 86 drones and three missiles, the air force said on Friday.
Air defences shot down 71 of the drones and two missiles."""


@pytest.mark.parametrize(
    ("text", "withheld"),
    [
        # "за этот период": the week again, so not even held back
        (WEEKLY_TALLY_RU, None),
        (RUNNING_TOTAL_EN, 118),
        (MONTHLY_AVERAGES_UK, 80),
    ],
)
def test_a_tally_article_publishes_no_night(text, withheld):
    # pasted with no date: nothing but the article's own framing tells the old attack apart
    result = extract(text)
    assert figure_pairs(result) == []
    # an editor still sees what was held back, with the reason
    held = [u for u in result["uncertain"] if u["topic"] == "strike"]
    if withheld is not None:
        assert withheld in {u["value"] for u in held}
    assert all(u["confidence"] < 0.6 for u in held)


def test_a_tally_article_that_reports_the_night_gives_the_night():
    assert figure_pairs(extract(TALLY_WITH_THE_NIGHT_EN)) == [
        ("drones_downed", 71),
        ("drones_launched", 86),
        ("missiles_downed", 2),
        ("missiles_launched", 3),
    ]


def test_a_night_report_with_one_running_total_keeps_its_figures():
    text = (
        "Russia launched 120 drones at Ukraine overnight, the air force said. Air defence units shot down 98 of them.\n"
        "Since the start of the month, Russia has launched more than 3,000 drones."
    )
    assert strike_figures(text, DAY) == {"drones_launched": 120, "drones_downed": 98}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("За этот период средства ПВО сбили 300 беспилотников.", True),
        ("За цей час сили ППО знищили 250 дронів.", True),
        ("Over that period, air defence downed 1,100 drones.", True),
        # a window of hours, or the night just named, is no span being totalled
        ("Russia's defence ministry said it downed 57 drones over the same period.", False),
        ("В период с 20:00 до 23:00 мск уничтожены 12 беспилотников.", False),
        ("During the period from 8 p.m. to 11 p.m., 12 drones were destroyed.", False),
    ],
)
def test_a_span_referred_back_to_is_a_total(text, expected):
    assert period_total(text) is expected


def test_a_tally_article_that_names_a_weekday_gives_that_day():
    text = (
        "Russia has launched more than 5,000 drones at Ukraine since the start of the year, the president said.\n"
        "On Tuesday, Russia launched 48 drones at the Kharkiv region and air defence shot down 40, the regional governor said."
    )
    assert figure_pairs(extract(text)) == [("drones_downed", 40), ("drones_launched", 48)]
