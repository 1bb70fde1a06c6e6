"""Classes of wording met on fresh copy: a noun of downing before its count ("о ликвидации
семи беспилотников", "confirmed the destruction of 47 drones"), the Ukrainian past tense of
"hit" ("один безпілотник влучив"), a number fused to a weight or calibre ("a 100-kg bomb"), a
bare number after a verb of casualties ("injured five"), a relative clause that describes the subject ("a drone that tried to attack
Moscow was shot down": downed, not launched), shares by place that a ministry "specified"
after the night's total (a detail, not a correction), a single drone "detected" or "виявлено"
somewhere (seen, not a count sent), a launch participle before its weapon ("Спрямований ...
безпілотник знищено": downed), "БПЛА" after a singular adjective ("ворожий БПЛА": one), "a
Ukrainian drone" (Russia's claim, whoever spoke before), two names for one model ("Iskander-M
or KN-23 ballistic missiles" are missiles), weapons that "took part in the attack" (launched),
"all" the drones over one region (that region's share, never the night's launch count) and the headings of teasers and link lists
("ЕЩЕ ПО ТЕМЕ", "ВАС ЗАИНТЕРЕСУЕТ") whose figures belong to other stories. Each text is ours,
in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

import pytest

from extraction import extract
from tests.extraction.figures_of import strike_figures

DAY = dt.date(2025, 4, 14)

CASES = [
    (
        "liquidation-of-a-counted-number-ru",
        "Губернатор Курской области сообщил о ликвидации девяти украинских беспилотных летательных аппаратов над тремя районами.",
        {"drones_downed": 9},
    ),
    (
        "liquidation-of-a-counted-number-uk",
        "Начальник ОВА повідомив про ліквідацію 12 ворожих ударних дронів над Полтавщиною цієї ночі.",
        {"drones_downed": 12},
    ),
    (
        "one-drone-that-hit-is-no-launch-uk",
        'Під час нічної атаки російських безпілотників-камікадзе на Миколаївщині сили ППО знищили 9 з атакуючих "шахедів", при цьому один безпілотник влучив у склад.',
        {"drones_downed": 9},
    ),
    (
        "a-weight-is-no-count-ru",
        "Ночью ПВО сбила над Брянской областью шесть беспилотников, сообщило Минобороны. По данным ФСБ, военные с помощью беспилотника с 250-килограммовой авиабомбой пытались ударить по станции.",
        {"drones_downed": 6},
    ),
    (
        "a-weight-is-no-count-en",
        "Ukraine said it downed 14 drones overnight. Russian forces also attacked the bridge with 250-kg drones.",
        {"drones_downed": 14},
    ),
    (
        "a-bare-number-after-a-casualty-verb-counts-people-en",
        "Air defences destroyed 11 cruise missiles over the capital overnight, city officials said. The wave of missile and drone strikes killed two people and injured four.",
        {"missiles_downed": 11},
    ),
    (
        "a-bare-number-after-a-casualty-verb-counts-people-uk",
        "Уночі сили ППО збили над областю 16 шахедів. Внаслідок атаки дронів загинула одна людина, поранено ще трьох.",
        {"drones_downed": 16},
    ),
    (
        "a-relative-clause-describes-the-subject-en",
        "One more drone that tried to attack the capital was destroyed by air defence over the Podolsk district, the mayor said.",
        {"drones_downed": 1},
    ),
    (
        "places-listed-after-a-total-detail-it-ru",
        "Дежурные средства ПВО ночью уничтожили над регионами 48 украинских беспилотников, сообщило Минобороны. Над Орловской областью сбили 30 БПЛА и 2 — над Брянской, уточнили в ведомстве.",
        {"drones_downed": 48},
    ),
    (
        "places-listed-after-a-total-detail-it-en",
        "Russian air defences destroyed 40 Ukrainian drones overnight, the defence ministry said. Twelve were downed over the Belgorod region and three over the Kursk region, the ministry clarified.",
        {"drones_downed": 40},
    ),
    (
        "one-drone-detected-somewhere-is-no-launch-en",
        "Russian air defences intercepted five drones over the Bryansk region, the governor said. One drone was detected in the neighbouring Oryol region.",
        {"drones_downed": 5},
    ),
    (
        "a-drone-found-is-no-launch-uk",
        "Ще один безпілотник було виявлено на даху складу в Київському районі, повідомив голова ОВА.",
        {},
    ),
    (
        "radars-detected-a-count-is-a-launch-en",
        "Radars detected 40 drones and one missile overnight; air defence shot down 35 drones.",
        {"drones_launched": 40, "missiles_launched": 1, "drones_downed": 35},
    ),
    (
        "a-launch-participle-before-the-weapon-describes-it-uk",
        "Спрямований по Миколаївщині ворожий безпілотний літальний апарат оперативно-тактичного рівня знищено над морем силами протиповітряної оборони, повідомили в ОК «Південь».",
        {"drones_downed": 1},
    ),
    (
        "a-singular-adjective-makes-the-abbreviation-one-uk",
        '"Цієї ночі мобільна вогнева група знищила над районом ворожий БПЛА", - написав голова ОВА у телеграмі.',
        {"drones_downed": 1},
    ),
    (
        "a-plural-adjective-leaves-the-abbreviation-uncounted-uk",
        "Цієї ночі мобільна вогнева група знищила над районом ворожі БПЛА, повідомив голова ОВА.",
        {},
    ),
    (
        "two-names-for-one-missile-model-en",
        "Air defence destroyed three Iskander-M or KN-23 ballistic missiles and 20 attack drones that Russia launched overnight, the air force said.",
        {"missiles_downed": 3, "drones_downed": 20},
    ),
    (
        "the-destruction-of-a-count-en",
        "Russia launched 64 attack drones overnight, the air force said. By 9 a.m., it confirmed the destruction of 47 drones of the Shahed type over nine regions.",
        {"drones_launched": 64, "drones_downed": 47},
    ),
    (
        "weapons-that-took-part-in-the-attack-ru",
        "В ночной атаке участвовали 35 беспилотников и 4 ракеты, сообщили Воздушные силы ВСУ. Сбиты 30 беспилотников.",
        {"drones_launched": 35, "missiles_launched": 4, "drones_downed": 30},
    ),
    (
        "weapons-that-took-part-in-the-attack-en",
        'The air force said "four Kh-101 cruise missiles took part in the attack", adding that all of them were destroyed.',
        {"missiles_launched": 4, "missiles_downed": 4},
    ),
    (
        "loitering-munitions-are-drones-uk",
        "У ніч на четвер окупанти атакували південь країни. Було запущено 23 баражуючі боєприпаси, з них знищено 19, повідомили в Повітряних силах.",
        {"drones_launched": 23, "drones_downed": 19},
    ),
    (
        "all-over-one-region-is-that-regions-share-uk",
        "Сили ППО збили усі шахеди над Полтавщиною\nЗагалом цієї ночі росіяни запустили по Україні 15 ударних дронів, повідомили в Повітряних силах.",
        {"drones_launched": 15},
    ),
    (
        "all-of-them-is-the-whole-night-uk",
        "Атака дронів на Україну\nЦієї ночі росіяни запустили по Україні 15 ударних дронів. Усі вони були збиті, повідомили в Повітряних силах.",
        {"drones_launched": 15, "drones_downed": 15},
    ),
    (
        "more-on-the-topic-list-ru",
        "ПВО ночью сбила 11 беспилотников над Николаевской областью, сообщил глава ОВА.\n"
        "ЕЩЕ ПО ТЕМЕ\n"
        "Силы ПВО обезвредили 60 из 72 вражеских БПЛА\n"
        "07:40, 12.03.2025\n"
        "В Харькове открыли новую станцию метро",
        {"drones_downed": 11},
    ),
    (
        "teaser-lead-is-another-story-ru",
        "Над Сумской областью ночью сбили ударный беспилотник, сообщил глава ОВА.\n"
        "ВАС ЗАИНТЕРЕСУЕТ\n"
        "За минувшие сутки силы ПВО над Донбассом уничтожили вертолет, две крылатые ракеты и 8 беспилотных летательных аппаратов. На других направлениях поражено еще более тридцати целей противника.",
        {"drones_downed": 1},
    ),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_word_classes(text, expected):
    assert strike_figures(text, DAY) == expected


def test_a_ukrainian_drone_is_the_other_sides_claim():
    text = (
        "Ukraine's air force said it shot down 18 drones overnight. In Russia, the Moscow city "
        "hall said a Ukrainian drone was downed on approach to the capital."
    )
    strikes = extract(text, published=DAY)["strikes"]
    found = sorted((s["attacker"], s["claimant"], s["drones_downed"]) for s in strikes)
    assert found == [("russia", "Ukrainian Air Force", 18), ("ukraine", "Moscow Mayor", 1)]


def test_a_night_named_in_the_genitive_is_its_own_claim_beside_the_days():
    text = (
        "Минобороны России: за минувшие сутки средства ПВО сбили 120 беспилотников ВСУ. Днём "
        "в министерстве добавили, что в течение ночи расчёты ПВО нейтрализовали 41 украинский "
        "беспилотник над рядом регионов."
    )
    strikes = extract(text, published=DAY)["strikes"]
    assert sorted(s["drones_downed"] for s in strikes) == [41, 120]


def test_drones_of_the_ukrainian_army_named_after_the_noun_are_russias_claim():
    text = (
        "Атака на Брянскую область\n"
        "Ночью над областью уничтожили 12 беспилотников ВСУ, сообщили в ведомстве."
    )
    strikes = extract(text, published=DAY)["strikes"]
    assert [(s["attacker"], s["drones_downed"]) for s in strikes] == [("ukraine", 12)]


def test_a_count_over_all_of_russia_is_the_ministrys_not_the_mayors():
    text = (
        "Собянин: сбит беспилотник\n"
        "Силы ПВО сбили беспилотник, летевший на Москву, сообщил мэр Москвы Сергей Собянин.\n"
        "Отметим, что ночью над российскими регионами были уничтожены 96 беспилотников ВСУ."
    )
    strikes = extract(text, published=DAY)["strikes"]
    found = sorted((s["claimant"], s["drones_downed"]) for s in strikes)
    assert found == [("Moscow Mayor", 1), ("Russian Defence Ministry", 96)]


def test_an_earlier_russian_side_report_retold_is_a_claim_of_its_own():
    text = (
        "Drones downed over Kursk region\n"
        "Air defences brought down eight Ukrainian drones above the Kursk region in the night, "
        "the region's acting governor wrote on Telegram.\n"
        "Earlier, he reported that one Ukrainian drone had been destroyed near the town of Rylsk.\n"
        "Earlier, Ukraine's air force reported 40 Russian drones downed."
    )
    strikes = extract(text, published=DAY)["strikes"]
    found = sorted((s["attacker"], s["drones_downed"]) for s in strikes)
    assert found == [("ukraine", 1), ("ukraine", 8)]
