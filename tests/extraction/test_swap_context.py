"""What a passage around the swap says about it: dates of the deal and of the swap, reports
dated "earlier", tallies, mediations offered or set in past years. Our own wire-style wording."""

import datetime as dt

from extraction import extract


def exchange(text: str, published: dt.date | None = dt.date(2025, 6, 9)) -> dict:
    found = extract(text, published=published)["exchange"]
    assert found is not None
    return found


def test_a_sentence_dated_today_is_this_swap_whatever_earlier_date_it_names():
    found = exchange(
        "Moscow and Kyiv carry out prisoner swap\n"
        "On 9 June, under the agreements reached on 2 June in Istanbul, a group of Russian "
        "servicemen was returned, the defence ministry said."
    )
    assert found["status"] == "completed"
    assert found["framework"] == "Istanbul agreements"


def test_a_deal_struck_days_before_sizes_the_swap_done_under_it():
    found = exchange(
        "Первый этап обмена завершен\n"
        "Россия и Украина провели первый этап обмена пленными, сообщили в Минобороны.\n"
        "Договоренность об обмене по формуле 500 на 500 стороны достигли на переговорах, "
        "которые прошли 1 июня в Стамбуле."
    )
    assert (found["status"], found["count"], found["returned"]) == ("completed", 500, None)
    assert found["framework"] == "Istanbul talks"


def test_a_deal_from_days_before_sizes_no_swap_still_under_talks():
    found = exchange(
        "Сторони обговорюють новий обмін\n"
        "Україна і Росія ведуть переговори про новий обмін полоненими, заявив омбудсман.\n"
        "Домовленість про обмін 500 на 500 сторони досягли на переговорах 1 червня у Стамбулі."
    )
    assert found["count"] is None or found["status"] != "completed"


def test_earlier_dating_the_report_is_not_an_earlier_swap():
    found = exchange(
        "Курские жители вернулись домой\n"
        "Омбудсмен поговорила с вернувшимися жителями в автобусе.\n"
        "Ранее в военном ведомстве сообщили, что Россия и Украина провели обмен военнопленными "
        "по формуле 90 на 90.",
        published=None,
    )
    assert (found["status"], found["count"], found["returned"]) == ("completed", 90, 90)


def test_a_tally_larger_than_any_swap_is_not_its_returned_figure():
    found = exchange(
        "Омбудсман: з полону вдалося повернути 5100 людей\n"
        "Україна і Росія провели обмін 120 на 120. Додому повернулися захисники з різних "
        "підрозділів.",
        published=None,
    )
    assert (found["status"], found["count"], found["returned"]) == ("completed", 120, 120)


def test_a_possessive_between_the_figure_and_the_soldiers():
    found = exchange(
        "Стороны провели обмен\nРоссия и Украина провели обмен. В Украину вернулись 150 ее "
        "военнослужащих.",
        published=None,
    )
    assert found["returned"] == 150


def test_a_mediation_set_in_an_earlier_year_is_not_this_swaps():
    found = exchange(
        "Kyiv seeks new swap\n"
        "Ukraine is working to resume prisoner exchanges, hoping to free 800 soldiers, officials "
        "said on Sunday.\n"
        "The rules for such swaps were brokered with Qatari mediation in 2023.",
        published=dt.date(2025, 11, 16),
    )
    assert found["mediators"] == []


def test_a_mediation_only_offered_is_no_mediator_and_no_talks():
    found = exchange(
        "Red Cross says big swap possible\n"
        "A large prisoner swap is a possibility, the head of the ICRC said on Wednesday.\n"
        "The ICRC said it was ready to facilitate prisoner exchanges if asked, but it was up to "
        "the two countries to hold talks on the issue.\n"
        "Such exchanges have happened in the past, she said.",
        published=None,
    )
    assert found["mediators"] == []
    assert found["status"] not in ("negotiating", "completed")


def test_civilians_counted_by_a_collective_numeral_add_to_the_soldiers():
    found = exchange(
        "Додому повернулися 60 захисників\n"
        "Сьогодні з полону повернулися 60 наших воїнів. Також додому повертаються двоє "
        "цивільних.",
        published=None,
    )
    assert (found["status"], found["returned"]) == ("completed", 62)
