"""Whose people a figure counts, and a formula told on its own.

People "from" a region of Russia (the Kursk or Belgorod region) who come back in a swap are
Russia's side: their figure is not the number who came home to Ukraine. A swap's formula in a
sentence of its own, right after the sentence that names the swap ("This time it was 152 for
152."), gives the per-side count; the same formula as a condition ("if they are ready for 100
for 100") gives none.

Every sentence here is our own wire-style wording of a class seen in real copy.
"""

import datetime as dt

from tests.extraction.figures_of import exchange


def test_civilians_from_a_russian_region_are_not_who_came_home_to_ukraine():
    for text in (
        "Russia and Ukraine exchanged prisoners on Thursday, the Russian defence ministry said. "
        "It added that Russia had also secured the return of four civilians from the Belgorod "
        "region.",
        "Россия и Украина в четверг провели обмен пленными, сообщило Минобороны. Кроме того, "
        "домой вернулись четверо мирных жителей из Белгородской области.",
    ):
        found = exchange(text, published=dt.date(2025, 6, 12))
        assert found["status"] == "completed", text
        assert found["returned"] != 4, text


def test_a_formula_told_on_its_own_sizes_the_swap():
    text = (
        "Россия и Украина провели очередной обмен военнопленными, сообщил в четверг помощник "
        "президента. На этот раз - 128 на 128. Кроме того, вернулись двое мирных жителей из "
        "Курской области."
    )
    found = exchange(text, published=dt.date(2025, 6, 12))
    assert found["status"] == "completed"
    assert found["count"] == 128
    assert found["returned"] in (None, 128)


def test_a_formula_under_a_condition_sizes_nothing():
    for text in (
        "The president said Kyiv was ready for a swap of all prisoners for all. If Moscow "
        "refuses, 500 for 500 would also do.",
        "Президент заявив, що Україна готова до обміну всіх на всіх. Якщо ні, то 500 на 500.",
    ):
        found = exchange(text, published=dt.date(2025, 6, 12))
        assert found is None or found["count"] is None, text


def test_russias_soldiers_not_its_civilians_size_a_swap_told_from_its_side():
    text = (
        "Четверо мирных жителей Брянской области вернулись в Россию, сообщил в пятницу "
        "омбудсмен. Кроме того, состоялся обмен военнопленными: Минобороны ранее сообщило о "
        "возвращении 118 российских военнослужащих из украинского плена."
    )
    found = exchange(text, published=dt.date(2025, 6, 13))
    assert found["status"] == "completed"
    assert found["count"] == 118
    assert found["returned"] is None


def test_civilians_listed_after_russias_soldiers_are_russias_too():
    text = (
        "Минобороны сообщило об обмене пленными. В Россию вернулись 143 военных и 11 "
        "гражданских. Украине передали 143 пленных военнослужащих."
    )
    found = exchange(text, published=dt.date(2025, 6, 13))
    assert found["status"] == "completed"
    assert found["returned"] == 143


def test_a_count_told_as_soldiers_and_civilians_each_way_is_their_sum():
    for text in (
        "Россия и Украина провели первый этап обмена. Из плена возвращены 270 российских "
        "военнослужащих и 120 гражданских лиц. Взамен переданы 270 военнопленных ВСУ и 120 "
        "гражданских лиц.",
    ):
        found = exchange(text, published=dt.date(2025, 5, 23))
        assert found["status"] == "completed", text
        assert found["count"] == 390, text


def test_russias_soldiers_and_civilians_give_no_published_count():
    # whether Moscow's figure of a swap holds its civilians, reports differ
    text = (
        "Из украинского плена в Россию возвращены 312 военных и 40 мирных граждан, сообщили в "
        "Минобороны в воскресенье."
    )
    found = exchange(text, published=dt.date(2025, 5, 25))
    assert found["status"] == "completed"
    assert found["count"] is None
    assert found["returned"] is None


def test_civilians_ukraine_also_received_add_to_its_soldiers():
    text = (
        "Минобороны сообщило об обмене пленными. В Россию вернулись 143 военных и 11 "
        "гражданских. Украине передали 143 пленных военнослужащих. Депутат Госдумы добавил, "
        "что Украина тоже получила 11 своих гражданских лиц."
    )
    found = exchange(text, published=dt.date(2025, 6, 13))
    assert found["status"] == "completed"
    assert found["returned"] == 154
