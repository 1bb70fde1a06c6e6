"""What the swap's words govern: a possibility left open, a refusal to speak, bodies, land, a
denied host, a deal told in background, a formula, a part told with "also". Our own wording."""

import datetime as dt

from extraction import extract


def exchange(text: str) -> dict | None:
    return extract(text, published=dt.date(2025, 5, 22))["exchange"]


def test_not_ruling_out_a_swap_leaves_it_open_not_stalled():
    found = exchange(
        "Kremlin does not rule out another prisoner swap with Kyiv\n"
        "Moscow is not ruling out a new exchange of prisoners with Ukraine, a Kremlin spokesman "
        "told reporters on Thursday, adding that it would take time."
    )
    assert found["status"] == "proposed"


def test_refusing_to_publish_a_list_does_not_stall_a_done_swap():
    found = exchange(
        "Кремль не раскрыл список обмененных\n"
        "Пресс-секретарь отказался публиковать полный список лиц, переданных в рамках обмена "
        "пленными. Накануне стороны обменяли 40 пленных на 40."
    )
    assert found["status"] == "completed"


def test_an_article_about_bodies_is_no_swap_even_when_it_names_swap_deals():
    found = exchange(
        "Россия передала Украине тела 900 погибших военных\n"
        "Россия передала Украине тела 900 погибших украинских военных, сообщил помощник "
        "президента.\n"
        "Договоренности об обменах, в том числе пленными, были достигнуты на переговорах в "
        "Стамбуле."
    )
    assert found is None


def test_a_territory_swap_is_no_prisoner_swap():
    found = exchange(
        "Kremlin rejects land swap idea\n"
        "The Kremlin said on Thursday it categorically rejected any territory swap with Kyiv and "
        "would never discuss exchanging land it holds."
    )
    assert found is None


def test_a_host_named_only_to_deny_it_is_no_mediator():
    found = exchange(
        "Kremlin: 500-for-500 swap preparations continue\n"
        "Work continues on the 500-for-500 prisoner exchange, the Kremlin spokesman said.\n"
        "No Vatican-hosted negotiations were agreed, he added."
    )
    assert "Vatican" not in found["mediators"]


def test_a_plan_that_is_not_about_the_swap_gives_no_status():
    found = exchange(
        "Kremlin comments on prisoner exchange\n"
        "Everyone wants the prisoner exchange done quickly, the spokesman said.\n"
        "The president plans to visit the southern regions, he added."
    )
    assert found is None or found["status"] != "proposed"


def test_a_deal_told_in_background_makes_the_expected_swap_agreed():
    found = exchange(
        "Обмін полоненими 500 на 500 може відбутися наступного тижня\n"
        "Великий обмін у форматі 500 на 500 може відбутися вже наступного тижня, заявив "
        "очільник розвідки.\n"
        "Нагадаємо, на перемовинах у Стамбулі делегації домовилися про обмін полоненими у "
        "форматі 500 на 500."
    )
    assert (found["status"], found["count"]) == ("agreed", 500)
    assert found["framework"] == "Istanbul talks"


def test_a_formula_sizes_the_swap_without_a_swap_word_in_its_sentence():
    found = exchange(
        "Сторони домовилися про обмін полоненими\n"
        "Москва і Київ домовилися обмінятися полоненими, повідомили делегації.\n"
        "Йдеться про процедуру за формулою «1 000 на 1 000»."
    )
    assert (found["status"], found["count"]) == ("agreed", 1000)


def test_a_part_told_with_also_is_not_published_as_the_whole():
    found = extract(
        "Обмен пленными завершен\n"
        "В ходе обмена из плена удалось вызволить украинских политзаключенных. Освободили также "
        "24 украинских моряков.",
        published=dt.date(2025, 5, 22),
    )
    assert found["exchange"]["returned"] is None
    assert ("returned", 24) in [(u["field"], u["value"]) for u in found["uncertain"]]


def test_talks_in_a_city_whose_outcome_is_the_swap_name_its_framework():
    found = exchange(
        "У Києві розраховують на обмін наступного тижня\n"
        "Напередодні в Стамбулі пройшли перемовини делегацій. За їх підсумками сторони "
        "домовилися обмінятися полоненими."
    )
    assert (found["status"], found["framework"]) == ("agreed", "Istanbul talks")


def test_a_swap_put_off_keeps_its_size():
    found = exchange(
        "Russia postpones swap\nRussia has postponed a planned exchange of 200 prisoners, the "
        "Ukrainian ombudsman said."
    )
    assert (found["status"], found["count"]) == ("stalled", 200)


def test_close_to_a_deal_is_talks():
    found = exchange(
        "Moscow and Kyiv close to swap deal\nRussia and Ukraine are close to agreeing a new "
        "exchange of prisoners, three sources said."
    )
    assert found["status"] == "negotiating"


def test_a_country_that_played_a_role_in_the_swap_is_its_mediator():
    found = exchange(
        "Qatar helped free 20 Ukrainians\nQatar played a key role in the exchange, which brought "
        "20 Ukrainian civilians home on Friday, officials said."
    )
    assert found["mediators"] == ["Qatar"]


def test_a_swap_of_a_stated_formula_being_carried_out_under_agreements_reached_is_agreed():
    found = exchange(
        "Kremlin: everyone wants the swap done fast\n"
        "All sides want the prisoner exchange on the 500 for 500 formula done quickly, the "
        "Kremlin spokesman said on Thursday.\n"
        "Work is under way to implement the agreements reached at the talks, he added."
    )
    assert (found["status"], found["count"]) == ("agreed", 500)


def test_agreements_reached_years_ago_do_not_make_a_swap_agreed():
    found = exchange(
        "Kyiv wants a 500 for 500 swap\n"
        "Ukraine wants a 500 for 500 prisoner exchange, the ombudsman said.\n"
        "The agreements reached in 2022 set the rules for such swaps, he added."
    )
    assert found["status"] != "agreed"
