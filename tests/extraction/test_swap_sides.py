"""Swap figures told by one side, or per side, in words a reporter would check: our own copy."""

from tests.extraction.figures_of import exchange


def test_soldiers_per_side_in_russian_give_count_and_returned():
    found = exchange(
        "Москва и Киев провели обмен пленными: по 64 солдата с каждой стороны вернулись "
        "домой, сообщило военное ведомство в пятницу."
    )
    assert found["status"] == "completed"
    assert found["count"] == 64
    assert found["returned"] == 64


def test_soldiers_per_side_in_ukrainian_give_the_count():
    found = exchange(
        "Україна та Росія обмінялися полоненими: кожна сторона повернула по 41 солдату, "
        "повідомив Координаційний штаб."
    )
    assert found["count"] == 41


def test_individuals_each_is_a_per_side_count():
    found = exchange(
        "Moscow and Kyiv carried out a prisoner swap on Thursday, trading 118 individuals each "
        "at the Belarusian border, the defence ministry said."
    )
    assert found["count"] == 118
    assert found["status"] == "completed"


def test_a_swap_told_only_by_the_russian_side_gives_its_figure_as_the_count():
    found = exchange(
        "Министерство обороны сообщило, что в результате переговорного процесса с "
        "подконтрольной Киеву территории возвращены 37 российских военнослужащих. "
        "Освобожденных доставят в Москву самолетами военно-транспортной авиации."
    )
    assert found["status"] == "completed"
    assert found["count"] == 37
    assert found["returned"] is None  # nobody says how many came home to Ukraine


def test_russians_named_beside_the_ukrainians_do_not_replace_the_returned_figure():
    found = exchange(
        "Ukraine brought home 93 soldiers on Saturday in an exchange, the president said. "
        "Moscow said 93 Russian servicemen had returned to Russia in the swap."
    )
    assert found["returned"] == 93
    assert found["count"] == 93


def test_a_country_that_assisted_or_took_part_in_the_swap_is_its_mediator():
    found = exchange(
        "Ukraine brought home 96 defenders in a prisoner exchange on Friday. Qatar assisted "
        "in the exchange, the Coordination Headquarters said."
    )
    assert found["mediators"] == ["Qatar"]
    found = exchange(
        "Россия и Украина обменялись пленными, по 72 военнослужащих с каждой стороны. В "
        "подготовке обмена участвовала Саудовская Аравия."
    )
    assert found["mediators"] == ["Saudi Arabia"]


def test_civilians_sent_home_to_russia_are_not_added_to_those_returned():
    found = exchange(
        "5 марта Россия и Украина провели обмен пленными, стороны вернули по 120 военных, "
        "сообщили в Минобороны. Кроме того, в Россию вернули 11 гражданских лиц.",
        published="2025-03-05",
    )
    assert found["count"] == 120
    assert found["returned"] == 120


def test_a_swap_done_under_an_agreement_dated_earlier_keeps_the_agreement_as_framework():
    found = exchange(
        "Россия и Украина провели новый обмен пленными, по 90 военных с каждой стороны. "
        "Обмен состоялся по договоренностям, достигнутым 2 июня в Стамбуле.",
        published="2025-08-14",
    )
    assert found["status"] == "completed"
    assert found["framework"] is not None
