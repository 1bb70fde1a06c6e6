"""A sentence that names no time of its own goes on with the one before it: after a running
total ("since February", "over the week") its figures are the tally's, and after an earlier
attack ("ten days ago", "днем ранее") they are that attack's; neither is published as the night's.
A headline that frames the article as a span's tally ("eased in May", "з початку року") does the
same for the whole article even when it gives no count. A sentence that names its own night is
read as before. Each article is ours, in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

import pytest

from extraction import extract
from tests.extraction.figures_of import strike_figures

DAY = dt.date(2025, 3, 10)

CASES = [
    (
        "tally-goes-on-en",
        "Since January, Ukraine's air defence has shot down more than 900 missiles, the air force spokesman said on Tuesday. In addition, 1,100 attack drones were destroyed.",
        {},
    ),
    (
        "since-a-month-uk",
        "З лютого сили ППО знищили понад 300 крилатих ракет, розповів речник Повітряних сил. Крім того, збито 410 ударних безпілотників.",
        {},
    ),
    (
        "week-named-before-the-figures-ru",
        "Президент назвал число ракет и дронов, выпущенных Россией по Украине за неделю. Враг применил более 1100 ударных дронов и 45 ракет разных типов.",
        {},
    ),
    (
        "night-after-a-weekly-tally-uk",
        "За тиждень Росія випустила по Україні понад 1000 дронів. Цієї ночі ворог атакував 48 дронами, 40 з них збито.",
        {"drones_launched": 48, "drones_downed": 40},
    ),
    (
        "earlier-attack-goes-on-en",
        "Russia attacked Ukraine with 30 drones overnight, the air force said on Monday. Ten days ago, the capital came under the heaviest drone attack of the war. The air force said 85 drones were destroyed by air defences.",
        {"drones_launched": 30},
    ),
    (
        "earlier-attack-and-new-paragraph-ru",
        "Ночью ПВО уничтожили 12 украинских беспилотников над Курской областью, сообщило Минобороны. Днем ранее губернатор Белгородской области сообщил, что над регионом сбиты три дрона.\n\n"
        "А губернатор Воронежской области сообщил, что ВСУ атаковали регион пятью беспилотниками.",
        {"drones_downed": 12},
    ),
    (
        "tally-headline-without-a-count-en",
        "Russian missile attacks on Ukraine eased in May, data show\n\n"
        "Russia fired 140 missiles and 3,100 drones at Ukrainian cities, an analysis of air force reports showed. Moscow's forces still killed dozens of civilians.",
        {},
    ),
    (
        "tally-headline-without-a-count-uk",
        "Скільки ракет і дронів збила ППО з початку року: дані Повітряних сил\n\n"
        "Речник Повітряних сил розповів в ефірі телемарафону, що оборонці неба знищили 120 ракет. Також було збито 460 ударних дронів.",
        {},
    ),
    (
        "night-headline-without-a-count-en",
        "Overnight drone attack on Ukraine: what we know\n\n"
        "Russia launched 48 drones at Ukraine, the air force said, and 40 were shot down over the east and south.",
        {"drones_launched": 48, "drones_downed": 40},
    ),
    (
        "since-a-weekday-evening-is-the-night-en",
        "Ukraine's air defences destroyed 29 Russian drones since Saturday evening, the air force spokesman said on Sunday.",
        {"drones_downed": 29},
    ),
    (
        "since-a-weekday-is-a-tally-en",
        "Ukraine has shot down 300 Russian drones since Sunday, the air force said.",
        {},
    ),
    (
        "earlier-attack-then-tonight-en",
        "Two weeks ago, Russia sent 120 drones against Kyiv. Overnight, the air force said, 35 of 40 drones were shot down.",
        {"drones_launched": 40, "drones_downed": 35},
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_figures_take_the_time_of_the_sentence_before(text, expected):
    assert strike_figures(text, DAY) == expected


def test_an_earlier_attacks_figure_waits_for_an_editor():
    text = CASES[4][1]
    held = [u for u in extract(text, published=DAY)["uncertain"] if u["topic"] == "strike"]
    assert [(u["field"], u["value"]) for u in held] == [("drones_downed", 85)]
    assert "earlier attack" in held[0]["reason"]
