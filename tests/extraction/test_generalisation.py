"""Cases that once went wrong: our own sentences for each general rule that fixed them."""

import datetime as dt

import pytest

from extraction import extract

PUB = dt.date(2025, 6, 2)


def only_strike(text: str) -> dict:
    (record,) = extract(text, published=PUB)["strikes"]
    return record


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Russia fired two Iskander-M missiles and 30 drones overnight, the air force said.",
         "missiles_launched", 2),
        ("Russia also fired one Kh-59 cruise missile, which was destroyed, the air force said.",
         "missiles_downed", 1),
        ("Вночі ворог випустив дві ракети Х-59, повідомили Повітряні сили. Обидві ракети знищено.",
         "missiles_downed", 2),
        ("Ночью противник запустил 40 дронов-имитаторов. Еще 12 имитаторов локационно потеряны, "
         "сообщили Воздушные силы ВСУ.", "drones_lost", 12),
        ("The air force said the exact count was 88 drones, and 70 of them were shot down.",
         "drones_launched", 88),
        ("Air defences shot down all four cruise missiles that Russia fired overnight, the air "
         "force said.", "missiles_downed", 4),
        ("On May 31 Russia launched 40 drones at Kyiv, the air force said.", "drones_launched", 40),
        ("Air defences shot down 25 drones and 12 were lost to jamming, the air force said.",
         "drones_downed", 25),
        ("The air force said the barrage comprised 83 explosive drones.", "drones_launched", 83),
        ("Ночью над Белгородской областью сбита ракета, сообщил губернатор.", "missiles_downed", 1),
        ("Над Брянською областю збито безпілотник, заявили в Міноборони РФ.", "drones_downed", 1),
        ("Air defences destroyed 9 drones and 2 guided aerial bombs overnight, the air force said.",
         "drones_downed", 9),
    ],
    ids=["model-name-before-noun", "which-was-destroyed", "uk-obydvi", "ru-decoys-lost",
         "count-was", "all-n-before-relative-clause", "may-the-month-is-no-modal",
         "passive-subject-takes-the-verb-after", "describing-word-and-comprised",
         "ru-nominative-missile", "uk-singular-drone", "guided-bombs-beside-drones"],
)  # fmt: skip
def test_general_strike_rules(text, field, value):
    assert only_strike(text)[field] == value


def test_the_old_figure_named_with_not_is_superseded():
    text = (
        "UPDATE: the air force revised its overnight figures. Russia launched 72 drones, not 65 "
        "as it earlier said, and 60 were shot down."
    )
    record = only_strike(text)
    assert (record["drones_launched"], record["drones_downed"]) == (72, 60)
    assert record["corrected"] is True


def test_a_regional_governor_is_named_after_the_region_in_the_sentence():
    text = (
        "Russia attacked Zaporizhzhia with 14 drones overnight, regional governor Ivan Fedorov "
        "said, adding that air defences shot down nine."
    )
    record = only_strike(text)
    assert record["claimant"] == "Zaporizhzhia Governor"
    assert (record["drones_launched"], record["drones_downed"]) == (14, 9)


def test_a_monthly_summary_is_not_an_attack():
    text = (
        "The air force said Russia launched 4,120 drones and 180 missiles against Ukraine in "
        "March, and 3,900 drones were shot down over the month."
    )
    assert extract(text, published=PUB)["strikes"] == []


def test_a_weekly_summary_is_not_an_attack():
    text = (
        "Минобороны сообщило, что за семь дней средства ПВО сбили 1 210 украинских беспилотников."
    )
    assert extract(text, published=PUB)["strikes"] == []


def test_a_breakdown_by_region_joins_the_russian_claim():
    text = (
        "Дежурными средствами ПВО уничтожены 40 украинских БПЛА: 22 - над Курской областью, "
        "18 - над Брянской."
    )
    (record,) = extract(text, published=PUB)["strikes"]
    assert (record["attacker"], record["claimant"], record["drones_downed"]) == (
        "ukraine",
        "Russian Defence Ministry",
        40,
    )


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Kyiv called for an all-for-all exchange of prisoners. The last exchange, in March, "
         "brought home 120 Ukrainians.", "proposed"),
        ("The two sides agreed on Monday to exchange 300 prisoners each. The previous swap took "
         "place in April, when 90 soldiers came home.", "agreed"),
        ("Запланований обмін полоненими перенесено, повідомив омбудсман. Останній обмін "
         "відбувся у травні, тоді додому повернулися 75 українців.", "stalled"),
        ("Moscow rejects a ceasefire, but the sides agreed to a new prisoner exchange in "
         "Istanbul talks.", "agreed"),
        ("Ukraine and Russia held talks on an exchange of 500 prisoners, officials said.",
         "negotiating"),
    ],
    ids=["earlier-swap-ignored", "agreed-over-earlier-swap", "uk-postponed",
         "unrelated-rejection", "held-talks-is-not-completed"],
)  # fmt: skip
def test_status_ignores_earlier_swaps_and_unrelated_sentences(text, status):
    assert extract(text)["exchange"]["status"] == status


def test_handing_over_is_not_an_approximation():
    text = "Kyiv has offered to hand over 640 Russian prisoners of war in exchange for civilians."
    found = extract(text)["exchange"]
    assert (found["count"], found["status"]) == (640, "proposed")


def test_bodies_are_never_the_prisoner_count():
    text = (
        "The sides agreed to exchange all seriously wounded prisoners, and Moscow said it would "
        "hand over the bodies of 3,000 soldiers."
    )
    assert extract(text)["exchange"]["count"] is None


def test_a_dateline_sets_published_but_a_date_in_the_story_does_not():
    dateline = "Drones over Odesa\nODESA, 4 May 2025 (Harbour Times) - Russia launched 40 drones."
    story = (
        "Drones over Odesa\nRussia launched 40 drones overnight into 4 May 2025, officials said."
    )
    assert extract(dateline)["published"] == "2025-05-04"
    assert extract(dateline)["outlet"] == "Harbour Times"
    assert extract(story)["published"] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Overnight strike summary from the air force.\nAir defence crews destroyed:\n"
         "• 33 drones;\n• 4 cruise missiles.",
         {"drones_downed": 33, "missiles_downed": 4}),
        ("Нічна атака, дані Повітряних сил.\nУночі ворог використав:\n"
         "– 52 ударні дрони — збито 44;\n",
         {"drones_launched": 52, "drones_downed": 44}),
        ("Overnight air attack in numbers, per the air force\nNight of 1 to 2 June\n"
         "Strike drones launched: 64\nStrike drones shot down: 50\nLost to electronic warfare: 8",
         {"drones_launched": 64, "drones_downed": 50, "drones_lost": 8}),
        ("Нічна атака, дані Повітряних сил.\nУночі ворог використав:\n"
         "– 4 крилаті ракети Х-101 — збито всі 4;\n– 3 керовані ракети Х-59 — без збиттів;\n"
         "– 30 ударних дронів — збито 25.",
         {"missiles_launched": 7, "missiles_downed": 4, "drones_launched": 30}),
        ("Overnight attack on Ukraine, air force data\nDrones — Launched: 45 / Downed: 39",
         {"drones_launched": 45, "drones_downed": 39}),
    ],
    ids=["heading-verb-bullets", "uk-dash-item-own-count", "label-value-rows",
         "uk-per-type-items-add-up", "label-value-cells-on-one-row"],
)  # fmt: skip
def test_list_and_table_layouts_are_read(text, expected):
    record = only_strike(text)
    assert {k: record[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ППО: из 64 дронов сбиты 40\nНочью Россия атаковала Украину 64 ударными беспилотниками, "
         "сообщили Воздушные силы ВСУ. По данным ведомства, сбиты 40 дронов.",
         {"drones_launched": 64, "drones_downed": 40}),
        ("Сили ППО знешкодили 55 із 80, у Москві заявили про 33 збиті дрони\nУночі ворог атакував "
         "Україну 80 ударними дронами, повідомили Повітряні сили. Знешкоджено 55 з них.",
         {"drones_launched": 80, "drones_downed": 55}),
        ("Уночі ворог атакував Україну 27 ударними дронами, повідомили Повітряні сили. "
         "Ліквідовано 21 дрон.", {"drones_downed": 21}),
    ],
    ids=["ru-headline-of-order", "uk-headline-both-sides", "uk-likvidovano"],
)  # fmt: skip
def test_the_body_figure_wins_over_the_headline(text, expected):
    record = extract(text, published=PUB)["strikes"][0]
    assert {k: record[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia sent 90 drones and four cruise missiles overnight, the air force said. Eighty of "
         "the drones and all four missiles were shot down.",
         {"drones_downed": 80, "missiles_downed": 4}),
        ("Russia launched 40 drones overnight, the air force said. Air defences downed 31 of "
         "them. Another 7 vanished from radar because of electronic jamming.",
         {"drones_downed": 31, "drones_lost": 7}),
        ("Russia attacked overnight with three Iskander-M ballistic missiles and two Kh-101 "
         "cruise missiles as well as 60 drones, the air force said.",
         {"missiles_launched": 5, "drones_launched": 60}),
    ],
    ids=["shared-verb-after-two-figures", "ew-vanished-from-radar", "per-type-missiles-add-up"],
)  # fmt: skip
def test_shared_verbs_ew_losses_and_type_counts(text, expected):
    record = only_strike(text)
    assert {k: record[k] for k in expected} == expected


def test_a_named_weekday_night_reported_next_morning_is_one_attack():
    # PUB is a Monday: "Sunday night" ended on the morning of publication
    text = (
        "Sunday night was long for the crews near Poltava. By morning the air force said Russia "
        "had launched 70 drones, and 52 were shot down."
    )
    record = only_strike(text)
    assert (record["date"], record["drones_launched"]) == ("2025-06-02", 70)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Russia launched 50 drones overnight, the air force said, and 41 were downed, mostly "
         "over the Rivne, Khmelnytskyi and Volyn regions.", "Khmelnytskyi"),
        ("Уночі ворог атакував Україну 30 дронами, повідомили Повітряні сили. У Кременчуці "
         "пошкоджено склад.", "Kremenchuk"),
        ("Уночі ворог запустив 12 ракет, повідомили Повітряні сили. Дві ракети влучили в "
         "склад на Київщині.", "Kyiv"),
        ("Минобороны РФ сообщило, что ночью перехвачены 40 украинских беспилотников. Из них "
         "25 — над территорией Курской области, 15 — над Брянской областью.", "Bryansk"),
        ("Ночью ПВО сбили шесть беспилотников, сообщил губернатор Белгородской области. "
         "В Шебекино повреждена крыша дома.", "Shebekino"),
        # a place paired with the capital is a place, not "Kyiv and Moscow" the governments
        ("Russia launched 40 drones overnight; air defences shot down 31 over the Zhytomyr "
         "and Kyiv regions, the air force said.", "Zhytomyr"),
    ],
    ids=["region-list-middle-item", "uk-city-locative", "uk-region-hit-verb",
         "ru-breakdown-after-total", "ru-border-town", "place-and-kyiv"],
)  # fmt: skip
def test_regions_named_in_lists_case_forms_and_breakdowns(text, place):
    assert place in extract(text, published=PUB)["strikes"][0]["regions"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10:15 — Sumy governor Ivan Petrenko reports damage to a school after a drone strike.",
         ["Ivan Petrenko"]),
        ("Склад пошкоджено на Київщині, уточнив речник Повітряних сил Юрій Ігнат.",
         ["Юрій Ігнат"]),
        ("Обмін відбувся за посередництва Об'єднаних Арабських Еміратів, повідомив "
         "Координаційний штаб.", []),
    ],
    ids=["title-then-reports", "uk-utochnyv", "uk-country-is-no-person"],
)  # fmt: skip
def test_people_after_titles_and_not_countries(text, expected):
    assert extract(text, published=PUB)["people"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia attacked Kharkiv with 12 drones overnight, Kharkiv Mayor Ihor Terekhov said.",
        "Russia attacked Kharkiv with 12 drones overnight, the mayor of Kharkiv said.",
    ],
    ids=["capital-m-title", "mayor-of"],
)
def test_a_city_mayor_is_the_claimant_of_his_city_figure_however_capitalised(text):
    assert only_strike(text)["claimant"] == "Kharkiv Mayor"
