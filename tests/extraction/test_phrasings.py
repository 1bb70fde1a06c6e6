"""Wordings nobody tuned on, in our own words: statuses, strike phrasings and number traps."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

import pytest

from extraction import extract
from tests.extraction.figures_of import strike_figures

DAY = dt.date(2025, 6, 10)


def _figures(text: str) -> dict:
    return strike_figures(text, DAY)


@pytest.mark.parametrize(
    ("status", "text"),
    [
        (
            "completed",
            "Kyiv and Moscow swapped 84 prisoners of war each on Tuesday, with the UAE mediating.",
        ),
        (
            "completed",
            "A further 103 Ukrainian defenders are back home after a prisoner exchange, Zelenskyy said.",
        ),
        (
            "completed",
            "The Ukrainian soldiers were repatriated on Sunday in a swap brokered by Qatar.",
        ),
        ("completed", "Під час обміну полоненими додому повернулися 95 українських військових."),
        ("completed", "Україна повернула додому ще 150 захисників з російського полону."),
        ("completed", "Россия и Украина провели обмен пленными по формуле 90 на 90."),
        (
            "completed",
            "Из украинского плена возвращены 115 российских военнослужащих, сообщило Минобороны.",
        ),
        ("completed", "Звільнені з полону 60 військових уже перебувають в Україні."),
        (
            "completed",
            "In the swap, 75 Ukrainian servicemen regained their freedom, officials said.",
        ),
        (
            "negotiating",
            "Ukraine and Russia are discussing a new prisoner exchange, the ombudsman said.",
        ),
        ("proposed", "Zelenskyy called for an all-for-all exchange of prisoners of war."),
        ("agreed", "Russia and Ukraine agreed to exchange 1,000 prisoners each, Medinsky said."),
        ("agreed", "Сторони домовилися про обмін 500 на 500 полоненими."),
        (
            "stalled",
            "Moscow has refused to go ahead with the planned prisoner exchange, Kyiv says.",
        ),
        ("stalled", "Обмін полоненими, запланований на п'ятницю, зірвався з вини Росії."),
        ("proposed", "Kyiv hopes to bring home 1,200 prisoners in the next swap."),
        ("negotiating", "Переговоры об обмене пленными продолжаются при посредничестве Турции."),
    ],
)
def test_exchange_status_in_many_wordings(status, text):
    assert extract(text, published=DAY)["exchange"]["status"] == status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian forces sent 64 attack drones against Ukraine overnight, of which 51 were intercepted, the air force said.",
            {"drones_launched": 64, "drones_downed": 51},
        ),
        (
            "Air defence units took down 33 of 41 Shahed drones, the air force reported.",
            {"drones_launched": 41, "drones_downed": 33},
        ),
        (
            "The air force said it had brought down 19 drones and two cruise missiles.",
            {"drones_downed": 19, "missiles_downed": 2},
        ),
        (
            "In total, the enemy used 55 UAVs; 43 of them were destroyed, the air force said.",
            {"drones_launched": 55, "drones_downed": 43},
        ),
        (
            "Вночі ворог випустив по Україні 4 балістичні ракети та 58 дронів. Збито 3 ракети та 50 дронів.",
            {
                "missiles_launched": 4,
                "drones_launched": 58,
                "missiles_downed": 3,
                "drones_downed": 50,
            },
        ),
        (
            "Знешкоджено 37 ударних БпЛА, ще 9 – локаційно втрачені, повідомили у Повітряних силах.",
            {"drones_downed": 37, "drones_lost": 9},
        ),
        (
            "Противник атакував 73 ударними БпЛА типу «Шахед». Станом на 9:00 збито 60 дронів.",
            {"drones_launched": 73, "drones_downed": 60},
        ),
        (
            "Дежурными средствами ПВО перехвачены и уничтожены 21 украинский беспилотник.",
            {"drones_downed": 21},
        ),
        (
            "Над территорией Курской области сбиты девять беспилотников, сообщило Минобороны.",
            {"drones_downed": 9},
        ),
        (
            "Российская армия выпустила по Украине 6 ракет «Искандер-М» и 40 дронов, сообщили в ВСУ; сбиты 30 дронов.",
            {"missiles_launched": 6, "drones_launched": 40, "drones_downed": 30},
        ),
        (
            "Ukraine's military said it destroyed forty-two drones out of forty-eight launched by Russia overnight.",
            {"drones_downed": 42, "drones_launched": 48},
        ),
        (
            "Russia struck Ukraine with 7 missiles and 87 drones overnight. Air defences neutralised 5 missiles and 70 drones.",
            {
                "missiles_launched": 7,
                "drones_launched": 87,
                "missiles_downed": 5,
                "drones_downed": 70,
            },
        ),
    ],
)
def test_strike_figures_in_many_wordings(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia has fired more than 9,000 missiles and 30000 drones since the start of the war, the army said.",
        "In October, Russia launched 1,185 drones at Ukraine, the air force said.",
        "Last year's largest attack involved 90 missiles and 100 drones, the air force said.",
        "Zelenskyy said 2,500 Ukrainians had been freed from captivity since 2022.",
        "Two people were killed when a drone hit a house in Sumy, the governor said.",
        "Poland scrambled 4 jets after Russian drones attacked western Ukraine overnight.",
        "Romania said debris from 2 drones fell on its territory overnight.",
        "Ukraine's navy destroyed 3 Russian landing boats near Crimea, the navy said.",
        "За жовтень 2023 року сили ППО знищили 1185 безпілотників, повідомили в Повітряних силах.",
        "С начала года ВСУ выпустили по России более 3000 дронов, заявили в Минобороны.",
        "Це вже п'ятий обмін полоненими цього року, нагадав омбудсман.",
        "The prisoner exchange was the 58th since the invasion began, officials said.",
        "In 2023 Ukraine and Russia held 9 prisoner swaps, the ombudsman said.",
        "The Ukrainian military said it had hit 2 Russian air defence systems with drones overnight.",
        "Over the weekend Russia launched 3 waves of drones at Kyiv, the mayor said.",
        "The Kh-101 missile has a range of 2,500 kilometres.",
        "The air force said it had 36 interceptor teams working in the Kyiv region overnight.",
        "Russia holds about 8,000 Ukrainian prisoners of war, the ombudsman said.",
    ],
)
def test_numbers_that_are_no_figures_of_this_event(text):
    result = extract(text, published=DAY)
    assert _figures(text) == {}
    exchange = result["exchange"]
    assert exchange is None or (exchange["count"], exchange["returned"]) == (None, None)


def test_all_but_one_is_not_one_downed():
    text = "Ukraine shot down all but one of the 20 drones launched overnight, the air force said."
    assert _figures(text) == {"drones_launched": 20}


@pytest.mark.parametrize(
    ("text", "status", "count", "returned"),
    [
        ("Україна повернула додому 207 захисників із російського полону.", "completed", None, 207),
        (
            "З російського полону звільнено 48 українців, повідомив Зеленський.",
            "completed",
            None,
            48,
        ),
        (
            "Відбувся черговий обмін полоненими: додому повертаються 90 військових.",
            "completed",
            None,
            90,
        ),
        ("Сторони обмінялися полоненими у форматі 103 на 103.", "completed", 103, 103),
        (
            "Україна та Росія готують новий обмін полоненими, повідомив Лубінець.",
            "negotiating",
            None,
            None,
        ),
        ("Обмін полоненими відкладено на невизначений термін.", "stalled", None, None),
        ("Переговори щодо обміну полоненими зайшли в глухий кут.", "stalled", None, None),
        (
            # told only from Russia's side: its figure is the swap's count, and nobody says
            # how many came home to Ukraine
            "Состоялся обмен пленными: на родину вернулись 95 российских военных.",
            "completed",
            95,
            None,
        ),
        ("Украина и Россия обменялись пленными в формате 84 на 84.", "completed", 84, 84),
        ("Киев вернул из плена 150 защитников, сообщил Зеленский.", "completed", None, 150),
        ("Переговоры об обмене пленными зашли в тупик.", "stalled", None, None),
        ("Москва и Киев договорились об обмене 1000 на 1000 пленных.", "agreed", 1000, None),
        ("Зеленский предложил России обменять всех пленных на всех.", "proposed", None, None),
        ("Ukraine and Russia traded 115 captives each on Saturday.", "completed", 115, 115),
        (
            "Another 250 Ukrainian prisoners of war have come home, Zelenskyy said.",
            "completed",
            None,
            250,
        ),
        (
            "The swap of 300 prisoners, agreed last week, has been put on hold, officials said.",
            "stalled",
            300,
            None,
        ),
        (
            "Talks on a prisoner swap have reached a deadlock, the ombudsman said.",
            "stalled",
            None,
            None,
        ),
    ],
)
def test_exchange_figures_in_many_wordings(text, status, count, returned):
    exchange = extract("Prisoner exchange news\n" + text, published=DAY)["exchange"]
    assert (exchange["status"], exchange["count"], exchange["returned"]) == (
        status,
        count,
        returned,
    )
