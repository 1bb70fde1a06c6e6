"""A swap carried out in stages: the formula agreed for the whole swap is its size, not the
figure of the one stage a report tells (our own sentences, wire style)."""

import datetime as dt

from tests.extraction.figures_of import exchange


def test_a_first_stage_figure_is_not_the_size_of_a_staged_swap():
    text = (
        "Москалькова: бойцы, вернувшиеся из плена, уже связались с родными\n\n"
        "Уполномоченный по правам человека рассказала о встрече с военными на границе. "
        "Ранее стало известно, что стороны 12-13 мая проведут обмен пленными по формуле "
        "400 на 400. Первый этап, в ходе которого домой вернулись 150 российских военных, "
        "уже состоялся."
    )
    found = exchange(text, published=dt.date(2026, 5, 12))
    assert found["status"] == "completed"
    assert found["count"] == 400


def test_a_second_stage_told_with_the_whole_formula_in_the_background():
    text = (
        "Из плена вернулись 250 российских военнослужащих, взамен Украине передали 250 "
        "пленных, сообщило Минобороны.\n\n"
        "Днем ранее, 11 мая, в ходе первого этапа обмена были возвращены 150 военных. "
        "Обмен по формуле 400 на 400 стал возможен благодаря договоренностям сторон."
    )
    found = exchange(text, published=dt.date(2026, 5, 12))
    assert found["count"] == 400
    assert found["returned"] == 250


def test_a_formula_for_the_next_stage_is_not_the_whole_swap():
    text = (
        "Сьогодні, 12 травня, додому повернулися 150 українських захисників. Це перший етап "
        "обміну, узгодженого на переговорах. За даними російської сторони, наступний обмін "
        "може відбутися за формулою 250 на 250."
    )
    found = exchange(text, published=dt.date(2026, 5, 12))
    assert found["returned"] == 150
    assert found["count"] != 250


def test_a_swap_with_no_stages_keeps_its_own_figure():
    text = (
        "Ukraine and Russia swapped 84 prisoners each on Thursday, officials said. "
        "The two sides agreed in the spring to exchange prisoners in a 500-for-500 format."
    )
    found = exchange(text, published=dt.date(2026, 5, 12))
    assert found["count"] == 84
