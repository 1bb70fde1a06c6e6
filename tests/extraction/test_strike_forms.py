"""Word forms the strike stage must read on copy nobody tuned on: imperfective launch verbs, a
model name with its designation, a weapon named in the singular by its full name."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

import pytest

from tests.extraction.figures_of import strike_figures

DAY = dt.date(2025, 3, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an imperfective launch verb: "застосовувалося", "применялись", "використовувались"
        (
            "Усього вночі застосовувалося 64 ударних БпЛА типу «шахед», повідомили Повітряні сили. Сили ППО збили 41 з них.",
            {"drones_launched": 64, "drones_downed": 41},
        ),
        (
            "Этой ночью против региона применялись 23 беспилотника, сообщил губернатор Курской области. Сбиты 19 из них.",
            {"drones_launched": 23, "drones_downed": 19},
        ),
        (
            "Для удару ворог використовував 12 ударних дронів, сім із них знищено, повідомила Одеська ОВА.",
            {"drones_launched": 12, "drones_downed": 7},
        ),
    ],
)
def test_imperfective_launch_verbs_give_the_launch_figure(text, expected):
    assert strike_figures(text, DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a digit before a model with its designation, in quotes or not
        (
            'Над Херсонщиною вночі сили ППО знищили 1 "Shahed-136", повідомив голова ОВА Олександр Прокудін.',
            {"drones_downed": 1},
        ),
        (
            "Air defence units destroyed 3 Shahed-131/136 over the Mykolaiv region overnight, Governor Vitaliy Kim said.",
            {"drones_downed": 3},
        ),
        (
            "Overnight Russia launched 14 Geran-2 at the Odesa region; air defence downed 11, the regional head said.",
            {"drones_launched": 14, "drones_downed": 11},
        ),
    ],
)
def test_a_model_with_its_designation_is_a_drone(text, expected):
    assert strike_figures(text, DAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Над Белгородской областью средства ПВО ночью уничтожили беспилотный летательный аппарат, сообщил губернатор Вячеслав Гладков.",
        "У Полтавській області вночі сили ППО збили безпілотний літальний апарат, повідомив голова ОВА.",
    ],
)
def test_a_drone_named_in_full_in_the_singular_is_one(text):
    assert strike_figures(text, DAY) == {"drones_downed": 1}


def test_the_full_name_in_the_plural_gives_no_one():
    # plural without a count: nothing to publish, certainly not 1
    text = (
        "Над областью ночью были уничтожены беспилотные летательные аппараты, сообщил губернатор."
    )
    assert strike_figures(text, DAY) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ministry's list of regions with no total: the verb stands once, the night is the sum
        (
            "Минобороны России сообщило, что минувшей ночью средствами ПВО уничтожены 38 украинских БПЛА над Брянской областью. Ещё 17 — над Курской областью и два над Орловской областью.",
            {"drones_downed": 57},
        ),
        (
            "Russia's defence ministry said 21 Ukrainian drones were destroyed over the Belgorod region overnight. Another nine over the Kursk region and one over the Voronezh region.",
            {"drones_downed": 31},
        ),
        # launched, carried the same way
        (
            "Вночі ворог запустив 30 ударних дронів по Харківщині, повідомив голова ОВА. Також 12 ударних дронів — по Сумщині.",
            {"drones_launched": 42},
        ),
    ],
)
def test_a_sentence_with_no_verb_goes_on_counting(text, expected):
    assert strike_figures(text, DAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        # people, not weapons: nothing to carry over
        "Air defence downed 14 drones over the Kharkiv region overnight, the governor said. Also, three people were injured.",
        # a sentence with a verb of its own keeps it
        "Над Брянской областью ночью уничтожены 12 беспилотников, сообщил губернатор. Ещё 5 беспилотников были запущены, но упали в поле.",
    ],
)
def test_a_continuation_adds_nothing_it_does_not_count(text):
    assert strike_figures(text, DAY).get("drones_downed") in (12, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukrainian units destroyed 88 strike drones overnight and forced down another 70 unarmed drones used as decoys, the air force said.",
            {"drones_downed": 88},
        ),
        (
            "The air force said 64 drones were shot down overnight, while 25 more drones used as bait were grounded by jamming.",
            {"drones_downed": 64},
        ),
        (
            "Ночью ПВО уничтожила 33 беспилотника, еще 12 дронов применялись в качестве ложных целей, сообщило Минобороны.",
            {"drones_downed": 33},
        ),
    ],
)
def test_used_as_says_what_for_not_that_they_were_sent(text, expected):
    # "used as decoys" is no launch count: the downed figure is not set against it
    assert strike_figures(text, DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Air defence downed four Kinzhal missiles over Kyiv overnight. In all, Russia fired 22 missiles of several types, the air force said. All were shot down, a spokesman added.",
            {"missiles_launched": 22, "missiles_downed": 22},
        ),
        (
            "Сили ППО вночі збили три балістичні ракети над Києвом. Загалом ворог випустив 11 ракет різних типів, повідомили Повітряні сили. Усі вони були збиті.",
            {"missiles_launched": 11, "missiles_downed": 11},
        ),
    ],
)
def test_all_downed_outranks_a_part_told_first(text, expected):
    # the first, smaller figure counted one kind of missile; "all" counts every one launched
    assert strike_figures(text, DAY) == expected


def test_a_part_told_after_the_whole_does_not_replace_it():
    text = "Russia launched 30 drones overnight and all were shot down, the air force said. Six of them were downed over the Odesa region."
    assert strike_figures(text, DAY) == {"drones_launched": 30, "drones_downed": 30}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia fired nine missiles at Kyiv overnight, the air force said. Moscow claimed that one of them destroyed an air defence battery near the capital.",
            {"missiles_launched": 9},
        ),
        (
            "Russia launched 20 drones overnight and air defence shot down 17, the air force said. Two drones destroyed a warehouse in Odesa.",
            {"drones_launched": 20, "drones_downed": 17},
        ),
        # the passive keeps its downing
        (
            "Russia launched 20 drones overnight, the air force said. Seventeen drones were destroyed over the south.",
            {"drones_launched": 20, "drones_downed": 17},
        ),
    ],
)
def test_a_weapon_that_destroys_something_is_no_downing(text, expected):
    assert strike_figures(text, DAY) == expected
