"""Strike figures by class of wording, written in our own words: number words in every case,
drone models named alone, a month's totals, references across a clause."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

import pytest

from extraction import extract
from tests.extraction.figures_of import strike_figures

DAY = dt.date(2025, 3, 10)


def _figures(text: str) -> dict:
    return strike_figures(text, DAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "У ніч на 10 березня противник атакував Україну двомастами ударними БпЛА. Сили ППО збили та подавили 180 з них, повідомили Повітряні сили.",
            {"drones_launched": 200, "drones_downed": 180},
        ),
        (
            "Ворог атакував Україну трьомастами безпілотниками типу Shahed та дронами-імітаторами, повідомили Повітряні сили ЗСУ.",
            {"drones_launched": 300},
        ),
        (
            "Воздушные силы Украины сообщили, что в ночь на 10 марта Россия атаковала страну двумястами беспилотниками, из которых сто семьдесят были сбиты.",
            {"drones_launched": 200, "drones_downed": 170},
        ),
        (
            "В ночь на 10 марта российские войска атаковали Украину тремястами дронами, сообщили Воздушные силы ВСУ.",
            {"drones_launched": 300},
        ),
    ],
    ids=[
        "uk-instrumental-200",
        "uk-instrumental-300",
        "ru-instrumental-200",
        "ru-instrumental-300",
    ],
)
def test_number_words_in_the_instrumental(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Противник запустив 60 ударних БпЛА типу Shahed, 25 "Гербер" та 15 дронів-імітаторів різних типів, повідомили Повітряні сили.',
            {"drones_launched": 100},
        ),
        (
            "Russia sent 40 Shahed drones, 12 Gerberas and 8 other decoys against Ukraine overnight, the air force said.",
            {"drones_launched": 60},
        ),
    ],
    ids=["uk-gerbera", "en-gerbera"],
)
def test_drone_models_named_alone_add_up(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia launched 64 drones overnight and 52 were shot down, the air force said. During February, the Russian army fired 90 missiles of various types at Ukraine, it said.",
        "Росія запустила 64 дрони вночі, 52 з них збито, повідомили Повітряні сили. У лютому росіяни випустили по Україні 90 ракет різних типів.",
        "Россия запустила 64 беспилотника ночью, 52 из них сбиты, сообщили Воздушные силы. За февраль Россия выпустила по Украине 90 ракет.",
    ],
    ids=["en-during-month", "uk-in-month", "ru-for-month"],
)
def test_a_months_total_is_not_the_nights(text):
    assert _figures(text) == {"drones_launched": 64, "drones_downed": 52}


def test_a_day_of_the_month_is_not_a_month_total():
    text = "У ніч на 10 березня росіяни випустили чотири крилаті ракети Х-101, повідомили Повітряні сили."
    assert _figures(text) == {"missiles_launched": 4}


def test_a_reference_across_a_semicolon_takes_no_downing():
    text = "Russia launched 50 drones and a Kh-59 missile overnight. The air force said 44 drones were shot down; the missile did not reach its target."
    found = _figures(text)
    assert found.get("drones_downed") == 44
    assert "missiles_downed" not in found


def test_every_figure_keeps_its_words():
    text = "Противник атакував Україну двомастами ударними БпЛА, повідомили Повітряні сили."
    strike = extract(text, published=DAY)["strikes"][0]
    quote = strike["evidence"]["drones_launched"]["quote"]
    assert "двомастами" in quote


@pytest.mark.parametrize(
    "text",
    [
        "За цей тиждень росіяни використали проти України 1200 дронів і 50 ракет, заявив президент. Цієї ночі ворог атакував двома ракетами та 90 дронами, повідомили Повітряні сили.",
        "Протягом минулого тижня Росія випустила по Україні 1200 дронів і 50 ракет. Цієї ночі ворог атакував двома ракетами та 90 дронами, повідомили Повітряні сили.",
        "На этой неделе Россия выпустила по Украине 1200 дронов и 50 ракет. Этой ночью враг атаковал двумя ракетами и 90 дронами, сообщили Воздушные силы.",
    ],
    ids=["uk-this-week", "uk-last-week-genitive", "ru-this-week"],
)
def test_a_weeks_total_in_any_case_leaves_the_night_alone(text):
    assert _figures(text) == {"missiles_launched": 2, "drones_launched": 90}


def test_this_week_is_a_span_only_for_what_happened():
    from extraction.periods import period_total

    assert period_total("За цей тиждень росіяни випустили 1200 дронів.")
    assert not period_total("Новий обмін полоненими відбудеться вже цього тижня, сказав він.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Отражена атака шести беспилотников, летевших на Москву, сообщил мэр Сергей Собянин.",
            {"drones_downed": 6},
        ),
        (
            "Russia's Defence Ministry said its air defences repelled an attack by 20 Ukrainian drones overnight.",
            {"drones_downed": 20},
        ),
        (
            "Сили ППО відбили атаку 14 ударних дронів на Київщині, повідомили Повітряні сили.",
            {"drones_downed": 14},
        ),
        (
            "Russia launched an attack with 50 drones overnight, the air force said.",
            {"drones_launched": 50},
        ),
    ],
    ids=["ru-attack-repelled", "en-repelled-an-attack", "uk-repelled-attack", "en-attack-with"],
)
def test_an_attack_repelled_counts_what_was_downed(text, expected):
    assert _figures(text) == expected


def test_drones_lost_track_of_are_lost_not_launched():
    text = "The air force said it shot down 70 Russian drones overnight. It also lost track of 74 decoy drones launched alongside the attack drones."
    assert _figures(text) == {"drones_downed": 70, "drones_lost": 74}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Overnight the Russians sent 12 ballistic missiles and 12 drones against Ukraine, and air defence shot down all of them, the air force said.",
            {
                "missiles_launched": 12,
                "drones_launched": 12,
                "missiles_downed": 12,
                "drones_downed": 12,
            },
        ),
        (
            "The Ukrainian air force said it intercepted all 17 incoming Shahed drones and five Kalibr missiles.",
            {
                "drones_launched": 17,
                "drones_downed": 17,
                "missiles_launched": 5,
                "missiles_downed": 5,
            },
        ),
        (
            "The Ukrainian air force said it intercepted all 17 incoming Shahed drones and five of seven Kalibr missiles.",
            {
                "drones_launched": 17,
                "drones_downed": 17,
                "missiles_launched": 7,
                "missiles_downed": 5,
            },
        ),
        (
            "Спочатку авіація випустила ракету Х-59 по Кропивницькому та ракету Х-31П по Чорноморську. Обидві ракети знищено, повідомили Сили оборони півдня.",
            {"missiles_launched": 2, "missiles_downed": 2},
        ),
        (
            "Russia fired three missiles overnight. Both Kinzhal missiles were shot down, the air force said.",
            {"missiles_launched": 3, "missiles_downed": 2},
        ),
    ],
    ids=[
        "all-of-them-both-kinds",
        "all-n-and-m",
        "all-n-and-x-of-y",
        "uk-both-missiles",
        "both-of-three",
    ],
)
def test_all_and_both_cover_what_they_name(text, expected):
    assert _figures(text) == expected


def test_each_over_places_counts_places_the_table_does_not_know():
    text = "Минобороны России сообщило, что по восемь украинских дронов было уничтожено над Курской областью и над Азовским морем, еще два беспилотника сбиты над Брянской областью."
    assert _figures(text) == {"drones_downed": 18}


def test_digits_with_a_case_ending_count_their_noun():
    text = "За даними Повітряних сил, у ніч на 10 березня ворог завдав удару двома ракетами Х-59/69 та 64-ма ударними БпЛА."
    assert _figures(text) == {"missiles_launched": 2, "drones_launched": 64}


def test_a_regional_head_cited_by_title_is_not_the_air_force():
    text = (
        "Під час нічної тривоги в межах області силами ППО знищено 11 БпЛА противника. "
        "Про це повідомив начальник ОВА.\n"
        "За даними Повітряних сил, у ніч на 10 березня ворог запустив 48 ударних БпЛА. "
        "Силами ППО збито 41 безпілотник."
    )
    strikes = extract(text, published=DAY)["strikes"]
    air_force = [s for s in strikes if s["claimant"] == "Ukrainian Air Force"]
    assert air_force[0]["drones_launched"] == 48
    assert air_force[0]["drones_downed"] == 41
    assert all(s["drones_downed"] != 11 for s in air_force)


def test_missiles_fired_into_one_building_are_not_the_attacks_size():
    text = "Під час нічної атаки дві крилаті ракети були випущені росіянами прямо у житловий будинок, повідомили Повітряні сили."
    result = extract(text, published=DAY)
    assert _figures(text) == {}
    assert [(u["field"], u["value"]) for u in result["uncertain"]] == [("missiles_launched", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia launched 44 drones overnight. Ukrainian air defences took out 39 of them, the air force said.",
            {"drones_launched": 44, "drones_downed": 39},
        ),
        (
            "Russia launched 44 drones overnight. Air defence crews knocked out 39 of them, the air force said.",
            {"drones_launched": 44, "drones_downed": 39},
        ),
        (
            "Russia launched 44 drones overnight; 39 were disabled by air defence, the air force said.",
            {"drones_launched": 44, "drones_downed": 39},
        ),
        (
            "The air force said 39 drones were destroyed, out of a total of 44 launched.",
            {"drones_launched": 44, "drones_downed": 39},
        ),
    ],
    ids=["took-out", "knocked-out", "disabled", "out-of-a-total-of"],
)
def test_downing_said_in_other_words(text, expected):
    assert _figures(text) == expected


def test_another_drone_over_a_second_region_adds_up():
    text = (
        "The Russian Defence Ministry said air defence destroyed three Ukrainian drones over the Bryansk region. "
        "Another drone was destroyed over the Kaluga region."
    )
    assert _figures(text) == {"drones_downed": 4}


def test_one_of_the_missiles_in_a_clip_is_not_another_part():
    text = (
        "Над Дністровським районом Чернівецької області літак ЗСУ збив ракету, повідомив керівник Чернівецької обласної військової адміністрації.\n"
        "У мережі з'явилося відео, на якому видно, як одну з ракет на Одещині збив український винищувач."
    )
    strikes = extract(text, published=DAY)["strikes"]
    assert [(s["claimant"], s["missiles_downed"]) for s in strikes] == [("Chernivtsi Governor", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Of 58 attack drones, 47 were shot down, the air force said.",
        "З 58 ударних дронів 47 було збито, повідомили Повітряні сили.",
        "Из 58 ударных дронов 47 были сбиты, сообщили Воздушные силы.",
    ],
    ids=["en", "uk", "ru"],
)
def test_the_whole_after_of_at_the_head_of_a_clause_is_launched(text):
    assert _figures(text) == {"drones_launched": 58, "drones_downed": 47}


@pytest.mark.parametrize(
    "text",
    [
        "Над Брянською областю знищено 14 дронів, над Курською - 6, над Бєлгородською - 3, повідомили у Міноборони РФ.",
        "Над Брянской областью уничтожены 14 беспилотников, над Курской — 6, над Белгородской — 3, сообщило Минобороны России.",
    ],
    ids=["uk", "ru"],
)
def test_a_place_and_a_dash_continue_a_regional_list(text):
    assert _figures(text) == {"drones_downed": 23}


def test_missiles_fired_from_bombers_over_a_russian_base_are_russias():
    text = "Russia fired four Kh-101 missiles from Tu-95MS bombers flying over Engels, the Ukrainian Air Force said."
    strikes = extract(text, published=DAY)["strikes"]
    assert [(s["attacker"], s["missiles_launched"]) for s in strikes] == [("russia", 4)]


@pytest.mark.parametrize(
    "text",
    [
        "Росія запустила 64 дрони вночі, 52 з них збито, повідомили Повітряні сили. Минулого місяця ворог запустив 3900 дронів і 140 ракет.",
        "Россия запустила 64 беспилотника ночью, 52 из них сбиты, сообщили Воздушные силы. В прошлом месяце враг выпустил 3900 дронов и 140 ракет.",
        "Russia launched 64 drones overnight and 52 were shot down, the air force said. Last month Russia fired 3,900 drones and 140 missiles.",
        "Russia launched 64 drones overnight, the most since last month, and 52 were shot down, the air force said.",
    ],
    ids=["uk-last-month", "ru-last-month", "en-last-month", "en-ranked-against-last-month"],
)
def test_last_months_figures_are_not_the_nights(text):
    assert _figures(text) == {"drones_launched": 64, "drones_downed": 52}


@pytest.mark.parametrize(
    "text",
    [
        "Минобороны России сообщило, что в ночь на 10 марта над Белгородской областью сбиты 23 украинских беспилотника. С 7 до 8 часов утра над Брянской областью уничтожены девять БПЛА.",
        "The Russian Defence Ministry said 23 Ukrainian drones were downed overnight over the Belgorod region. Between 7 a.m. and 8 a.m., nine more drones were destroyed over Bryansk, it said.",
    ],
    ids=["ru", "en"],
)
def test_a_window_of_hours_after_the_night_is_a_claim_of_its_own(text):
    from tests.extraction.figures_of import figure_pairs

    assert figure_pairs(extract(text, published=DAY)) == [
        ("drones_downed", 9),
        ("drones_downed", 23),
    ]


def test_a_relative_clause_of_downing_after_a_launch_list_keeps_the_launch():
    text = "The air force said the barrage included nine Shahed drones and two cruise missiles which were shot down."
    assert _figures(text) == {
        "drones_launched": 9,
        "drones_downed": 9,
        "missiles_launched": 2,
        "missiles_downed": 2,
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "All 22 drones, including 17 Shaheds, and a cruise missile were shot down overnight, the air force said.",
            {"drones_launched": 22, "drones_downed": 22, "missiles_downed": 1},
        ),
        (
            "Усі 22 дрони, зокрема 17 шахедів, збили сили ППО, повідомили Повітряні сили.",
            {"drones_launched": 22, "drones_downed": 22},
        ),
        (
            "Russia launched 50 drones, of them 40 were shot down, the air force said.",
            {"drones_launched": 50, "drones_downed": 40},
        ),
    ],
    ids=["en-including-aside", "uk-aside", "of-them-is-no-aside"],
)
def test_a_part_told_in_passing_leaves_the_count_to_its_verb(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Out of a total of 130 drones, air defence shot down 104, the air force said.",
        "Із загальної кількості 130 дронів сили ППО збили 104, повідомили Повітряні сили.",
        "Из общего числа 130 беспилотников силы ПВО сбили 104, сообщили Воздушные силы.",
    ],
    ids=["en", "uk", "ru"],
)
def test_out_of_a_total_is_what_was_launched(text):
    assert _figures(text) == {"drones_launched": 130, "drones_downed": 104}
