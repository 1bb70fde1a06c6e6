"""General rules found on fresh articles, each checked with our own sentences."""

import datetime as dt

import pytest

from extraction import extract

PUB = dt.date(2025, 10, 4)


def strike_fields(text: str) -> dict:
    """The single strike record extracted from a text."""
    (record,) = extract(text, published=PUB)["strikes"]
    return record


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Overnight Russia sent 52 drones, the air force said. Air defence downed 40 of them. "
         "Another seven imitators were lost locationally with no damage.",
         {"drones_launched": 52, "drones_downed": 40, "drones_lost": 7}),
        ("Overnight Russia sent 90 drones, the air force said. A further 13 drones were \"lost in "
         "location\", the usual term for jammed decoys.", {"drones_lost": 13}),
        ("Russia launched four missiles and 44 drones overnight, the air force said. Three "
         "missiles and 30 drones were shot down; 9 drones were lost locationally.",
         {"drones_downed": 30, "drones_lost": 9}),
        ("Russia fired a combined 63 drones and missiles at Ukraine overnight, the air force said. "
         "Air defence shot down 50 aerial targets.",
         {"total_launched": 63, "drones_launched": None, "total_downed": 50}),
        ("Ночью Россия атаковала Украину более чем 300 беспилотниками и 12 ракетами, сообщили "
         "Воздушные силы ВСУ.", {"drones_launched": None, "missiles_launched": 12}),
        ("Russia launched about 200 drones and 20 missiles overnight, the air force said.",
         {"drones_launched": None, "missiles_launched": None}),
        ("Уночі, за даними Повітряних сил, Росія випустила по Україні 21 засіб повітряного "
         "нападу.", {"total_launched": 21}),
        ("Цієї ночі, за даними Повітряних сил, Росія випустила 39 засобів повітряного нападу, з "
         "яких 31 вдалося знешкодити.", {"total_launched": 39, "total_downed": 31}),
        ("Overnight Russia used 26 means of air attack, of which 20 our defenders managed to "
         "neutralise, the air force said.", {"total_launched": 26, "total_downed": 20}),
    ],
    ids=["en-imitators-lost", "en-lost-in-location", "semicolon-ends-clause",
         "en-drones-and-missiles-total", "ru-more-than-is-lower-bound", "about-covers-both",
         "uk-singular-zasib", "uk-of-which-before-count", "en-of-which-before-count"],
)  # fmt: skip
def test_strike_figure_rules(text, expected):
    record = strike_fields(text)
    assert {k: record[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Уночі ворог атакував Сумщину ударними дронами. Сили ППО знешкодили 9 безпілотників, "
         "повідомив голова обласної військової адміністрації Олег Петренко.", "Sumy Governor"),
        ("Petrenko: nine drones downed over the region\n"
         "Russia attacked the Odesa region with drones overnight. Air defences downed 14 drones, "
         "the head of the regional military administration said.", "Odesa Governor"),
    ],
    ids=["uk-governor-by-title", "en-governor-by-title-with-headline"],
)  # fmt: skip
def test_a_governor_cited_by_title_takes_the_region_just_named(text, claimant):
    records = extract(text, published=PUB)["strikes"]
    assert [r["claimant"] for r in records] == [claimant]


def test_a_headline_figure_goes_to_whoever_gave_it_in_the_body():
    text = (
        "Missiles strike Dnipro as Russia fires 7 Iskanders and 55 drones\n"
        "The Dnipro city military administration said air defences destroyed three missiles and "
        "12 drones over the city.\n"
        "Across Ukraine, Russia launched seven Iskander-M missiles and 55 drones, the air force "
        "said. It said five missiles and 40 drones were shot down."
    )
    records = {r["claimant"]: r for r in extract(text, published=PUB)["strikes"]}
    assert records["Ukrainian Air Force"]["drones_launched"] == 55
    assert records["Ukrainian Air Force"]["missiles_launched"] == 7
    assert all(
        r["drones_launched"] is None for name, r in records.items() if name != "Ukrainian Air Force"
    )


def test_a_claimant_across_a_semicolon_does_not_take_the_figure():
    text = (
        "Генштаб підтвердив ураження заводу в Саратовській області; у Москві заявили про 41 "
        "збитий дрон\n"
        "Міноборони РФ заявило, що за ніч засоби ППО знищили 41 український безпілотник над "
        "Саратовською та Воронезькою областями."
    )
    records = extract(text, published=PUB)["strikes"]
    downed = {(r["attacker"], r["claimant"]): r["drones_downed"] for r in records}
    assert downed == {("ukraine", "Russian Defence Ministry"): 41}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Минобороны: домой вернулись 84 военных\n3 марта по итогам переговоров с украинской "
         "стороной возвращены 84 российских военнослужащих. В обмен передано 84 военнопленных "
         "ВСУ, сообщило Минобороны России.", "completed"),
        ("Омбудсмен: стороны обсуждают новый обмен\nРоссия и Украина ведут консультации о новом "
         "обмене пленными при посредничестве ОАЭ. Кроме того, при содействии ОАЭ к родным уже "
         "вернулись 5 детей. В прошлом году стороны провели 9 обменов.", "negotiating"),
        ("Кремль не считает возможным обмен пленными по формуле «всех на всех», которую "
         "предложил Киев. «Такой вариант сейчас не рассматривается», — сказал представитель.",
         "stalled"),
        ("Kyiv proposed a new prisoner swap, but Moscow said the offer was not being considered.",
         "stalled"),
    ],
    ids=["ru-handed-over-in-exchange", "ru-children-and-last-year-are-not-this-swap",
         "ru-not-considered", "en-not-being-considered"],
)  # fmt: skip
def test_exchange_status_rules(text, status):
    assert extract(text, published=PUB)["exchange"]["status"] == status


def test_a_sentence_with_another_claimants_figures_does_not_lend_its_regions():
    text = (
        "Губернатор: над Белгородской областью сбиты семь беспилотников\n"
        "Силы ПВО за ночь сбили над Белгородской областью семь украинских беспилотников, сообщил "
        "губернатор Белгородской области.\n"
        "Минобороны России сообщило о 48 уничтоженных за ночь украинских БПЛА, в том числе над "
        "Белгородской, Орловской и Липецкой областями."
    )
    records = {r["claimant"]: r for r in extract(text, published=PUB)["strikes"]}
    assert records["Belgorod Governor"]["regions"] == ["Belgorod"]
    assert "Oryol" in records["Russian Defence Ministry"]["regions"]


def test_hits_in_regions_are_the_attacks_regions():
    text = (
        "Overnight, Russia attacked with 40 Shahed drones, the air force said. Air defence "
        "neutralised 31 of them.\nHits were recorded in the Poltava and Kirovohrad regions."
    )
    assert strike_fields(text)["regions"] == ["Poltava", "Kirovohrad"]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("ODESA, Ukraine (Harbour Post) — Russia fired drones at the port overnight.",
         "Harbour Post"),
        ("ХАРЬКОВ, 12 июня 2025 года (Слобожанский курьер). Ночью город атаковали дроны.",
         "Слобожанский курьер"),
        ("The governor of Belgorod (Russia). Drones flew overnight.", None),
    ],
    ids=["en-caps-dateline-no-year", "ru-dateline-with-goda", "not-a-dateline"],
)  # fmt: skip
def test_dateline_credit_lines(text, outlet):
    assert extract(text, published=PUB)["outlet"] == outlet


def test_front_line_news_and_a_named_capital_do_not_add_regions():
    text = (
        "Russia and Ukraine traded drone attacks overnight, with Moscow claiming to have downed "
        "21 Ukrainian drones over the Bryansk region.\n"
        "In Ukraine, the air force said Russia launched 30 Shahed drones and air defences "
        "destroyed 25 of them. Drones damaged a warehouse in the Kharkiv region.\n"
        "The attacks came as Russian forces said they had captured a village in the Zaporizhzhia "
        "region, where fighting has intensified near Huliaipole."
    )
    regions = {r["claimant"]: r["regions"] for r in extract(text, published=PUB)["strikes"]}
    assert regions == {"Russian Defence Ministry": ["Bryansk"], "Ukrainian Air Force": ["Kharkiv"]}


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("Уночі ворог атакував 30 дронами, повідомили Повітряні сили. Уламки впали у Запорізькій "
         "та Вінницькій областях.", ["Zaporizhzhia", "Vinnytsia"]),
        ("Уночі ворог атакував 30 дронами, повідомили Повітряні сили. Основний удар припав на "
         "Одещину та Вінниччину.", ["Odesa", "Vinnytsia"]),
        ("Уночі ворог випустив 20 дронів і дві ракети Х-59 з повітряного простору над Запорізькою "
         "областю, повідомили Повітряні сили. Пошкоджено склад на Полтавщині.", ["Poltava"]),
    ],
    ids=["uk-zaporizka-stem", "uk-oblast-nicknames", "uk-launch-airspace-is-not-a-target"],
)  # fmt: skip
def test_ukrainian_region_forms(text, regions):
    assert strike_fields(text)["regions"] == regions
