"""Distractor classes: numbers in an article that are not this event's figures."""
# ruff: noqa: E501  (test articles keep their paragraphs on one line each)

import datetime as dt

import pytest

from extraction import extract
from tests.extraction.figures_of import figure_pairs

DAY = dt.date(2025, 5, 20)


def _figures(result):
    return figure_pairs(result)


@pytest.mark.parametrize(
    "text",
    [
        # a week's, a month's, several days' running totals
        "Air defences destroyed 233 drones and 14 missiles during the past week, the army said.",
        "Протягом минулого тижня сили ППО збили 640 дронів, повідомив президент.",
        "За этот месяц ПВО уничтожила 1200 беспилотников, заявили в министерстве.",
        "Over the last ten days Russia launched 1,020 drones at Ukraine, officials said.",
        # another country's war
        "Israel said it intercepted 35 missiles launched from Iran, and the Houthis fired 4 more.",
        # wreckage and debris
        "Debris from two downed drones damaged a warehouse, the mayor said.",
        # forecasts, plans and rates: nothing has been launched
        "Russia could launch 1,000 drones in one night by the autumn, intelligence said.",
        "The plant turns out 2,700 attack drones a month, the agency said.",
        "Наступного року Україна зможе збивати до 500 дронів щоночі, заявив міністр.",
        # the ground war's daily tally: drones used at the front, not a night's air attack
        "Over the past day Russian troops dropped 97 guided bombs and used 2,300 kamikaze drones against Ukrainian positions.",
        "За добу ворог здійснив 74 обстріли, застосувавши 1 800 дронів-камікадзе.",
    ],
)
def test_gives_no_strike_figure(text):
    assert _figures(extract(text, published=DAY)) == []


def test_a_participle_does_not_make_a_later_count_launched():
    text = (
        "Russia's defence ministry said it destroyed three missiles, launched by Ukraine at "
        "Crimea, and 18 Ukrainian drones over the Bryansk region overnight."
    )
    figures = dict(_figures(extract(text, published=DAY)))
    assert figures.get("drones_downed") == 18
    assert "drones_launched" not in figures


def test_an_aside_box_about_an_earlier_attack_is_not_tonights():
    text = (
        "Уночі Росія запустила 40 ударних дронів, 35 з них збито, повідомили Повітряні сили.\n"
        "Контекст\n"
        "У ніч на 2 травня армія РФ застосувала 70 ракет і 90 дронів."
    )
    assert _figures(extract(text, published=DAY)) == [
        ("drones_downed", 35),
        ("drones_launched", 40),
    ]


def test_an_earlier_swap_does_not_complete_todays_agreement():
    text = (
        "Russia and Ukraine agreed to swap 200 prisoners each next week, officials said.\n"
        "The two sides last carried out a prisoner exchange in March, when 175 men came home."
    )
    exchange = extract(text, published=DAY)["exchange"]
    assert exchange["status"] == "agreed"
    assert exchange["returned"] is None


def test_bodies_make_no_exchange():
    text = (
        "The remains of 500 fallen soldiers were returned to Ukraine on Friday, the "
        "Coordination Headquarters for the Treatment of Prisoners of War said."
    )
    assert extract(text, published=DAY)["exchange"] is None


def test_a_swap_that_did_not_happen_is_stalled():
    text = "The prisoner exchange planned for Tuesday did not take place, Kyiv said."
    assert extract(text, published=DAY)["exchange"]["status"] == "stalled"


def test_one_figure_relayed_by_two_officials_is_one_figure():
    text = (
        "Ukraine's defence ministry said air defences shot down 27 cruise missiles overnight.\n"
        '"The air force destroyed 27 cruise missiles," the ministry quoted the air force as saying.'
    )
    figures = _figures(extract(text, published=DAY))
    assert figures == [("missiles_downed", 27)]


def test_an_air_launched_missile_is_a_kind_not_a_launch():
    text = "The army said it destroyed 14 drones and five air-launched cruise missiles overnight."
    assert dict(_figures(extract(text, published=DAY))) == {
        "drones_downed": 14,
        "missiles_downed": 5,
    }


def test_an_offer_rejected_in_the_next_sentence_is_stalled():
    text = (
        "Kyiv offered Moscow a swap of all wounded prisoners of war before Easter. "
        "The Kremlin rejected this offer on Friday."
    )
    assert extract(text, published=DAY)["exchange"]["status"] == "stalled"


def test_a_total_since_the_invasion_does_not_complete_a_swap():
    text = (
        "Ukraine called for a new prisoner exchange on Monday. A total of 3,100 people have been "
        "freed from Russian captivity since 2022, officials said."
    )
    exchange = extract(text, published=DAY)["exchange"]
    assert exchange["status"] == "proposed"
    assert exchange["returned"] is None


_ARTICLES = [
    (
        """Уночі ППО знешкодила 45 із 52 дронів
У ніч на 10 червня росіяни атакували Україну 52 ударними БпЛА, повідомили Повітряні сили. Сили ППО знешкодили 45 дронів.
Як повідомлялося, напередодні ворог випустив по Україні 90 дронів і 3 ракети.""",
        {"drones_launched": 52, "drones_downed": 45},
    ),
    (
        """ПВО сбила 18 беспилотников над Белгородской областью
Дежурные средства ПВО ночью уничтожили 18 украинских беспилотников, сообщило Минобороны России.
Всего за неделю над регионами России было сбито более 600 дронов.
Как сообщалось ранее, 8 июня ПВО перехватила 44 беспилотника.""",
        {"drones_downed": 18},
    ),
    (
        """Russia hits Odesa with drones and missiles
Russia attacked Ukraine overnight with 61 drones and 4 missiles, the air force said. Air defences destroyed 50 drones and 2 missiles.
As previously reported, Russian forces launched 120 drones at Ukraine on Sunday night.
In May, Russia launched a record 4,200 drones at Ukraine, according to an AFP tally.""",
        {"drones_launched": 61, "missiles_launched": 4, "drones_downed": 50, "missiles_downed": 2},
    ),
    (
        """Зеленський: за тиждень Росія випустила понад 1000 дронів
За минулий тиждень Росія запустила по Україні понад 1000 ударних дронів, майже 1100 авіабомб і близько 40 ракет, повідомив президент.""",
        {},
    ),
    (
        """Ukraine says it hit a Russian airfield with drones
Ukraine's SBU said its drones struck an airfield in the Saratov region, damaging 3 aircraft. Russia's defence ministry said it had destroyed 37 Ukrainian drones overnight.""",
        {"drones_downed": 37},
    ),
]


@pytest.mark.parametrize(("text", "expected"), _ARTICLES)
def test_retold_earlier_reports_and_tallies_stay_out(text, expected):
    found = {}
    for strike in extract(text, published=DAY)["strikes"]:
        for name, value in strike.items():
            if name.endswith(("_launched", "_downed", "_lost")) and value is not None:
                assert found.setdefault(name, value) == value
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        # another night named by its date, or as "the previous night", retold as background
        "Russia launched 36 drones overnight, the air force said. On the night to 12 May, Russia fired 90 drones, of which 71 were shot down.",
        "Уночі ворог запустив 36 дронів, повідомили Повітряні сили. Попередньої ночі, у ніч на 12 травня, росіяни випустили 90 дронів, 71 з них збито.",
        "Russia launched 36 drones overnight, the air force said. The night before, it had sent 90 drones, 71 of which were downed.",
    ],
)
def test_an_earlier_night_retold_is_uncertain_not_published(text):
    result = extract(text, published=DAY)
    assert _figures(result) == [("drones_launched", 36)]
    held = sorted((u["field"], u["value"]) for u in result["uncertain"])
    assert held == [("drones_downed", 71), ("drones_launched", 90)]
    assert all("earlier attack" in u["reason"] for u in result["uncertain"])


def test_the_date_the_attack_is_reported_on_is_no_other_night():
    text = (
        "The Moscow mayor said earlier on Tuesday that air defences had downed two drones "
        "headed for the capital."
    )
    assert _figures(extract(text, published=DAY)) == [("drones_downed", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # only the number compared with is another night's; the night's own figure stands
        ("Russia launched a record 810 drones overnight, the air force said, well above the previous high of 741.",
         [("drones_launched", 810)]),
        ("Russia fired 540 drones overnight, 120 more than the previous record, the air force said.",
         [("drones_launched", 540)]),
        ("За ніч ворог запустив 212 дронів, що перевищує атаку 8 жовтня, коли росіяни випустили 188 дронів.",
         [("drones_launched", 212)]),
    ],
)  # fmt: skip
def test_a_comparison_keeps_the_nights_figure_and_drops_the_compared_one(text, expected):
    assert _figures(extract(text, published=DAY)) == expected
