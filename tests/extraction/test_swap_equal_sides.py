"""A swap whose two sides are told equal in words: "an equal number", a second figure whose
noun is left out ("100 Russian soldiers and 100 Ukrainian"), and the other side's figure told
"in return" by Russia's ministry. The count and the number who came home are both the figure.

Every sentence here is our own wire-style wording of a class seen in real copy.
"""

import datetime as dt

from tests.extraction.figures_of import exchange


def test_an_equal_number_released_gives_the_count():
    text = (
        "Ukraine welcomes 64 soldiers home from Russian captivity\n\n"
        "Sixty-four Ukrainian soldiers came back from Russian captivity on Friday, the "
        "president announced; Kyiv freed an equal number of Russian prisoners in return."
    )
    found = exchange(text, published=dt.date(2024, 10, 18))
    assert found["status"] == "completed"
    assert (found["count"], found["returned"]) == (64, 64)


def test_a_second_figure_with_its_noun_left_out_is_the_other_side():
    for text in (
        "Обмен пленными состоялся в пятницу. Домой вернулись 75 российских военнослужащих и "
        "75 украинских.",
        "Обмін полоненими відбувся у п'ятницю. Додому повернулися 75 російських військових і "
        "75 українських.",
    ):
        found = exchange(text, published=dt.date(2024, 2, 9))
        assert found["status"] == "completed"
        assert (found["count"], found["returned"]) == (75, 75)


def test_ukrainians_handed_over_in_return_came_home():
    text = (
        "64 Russian servicemen have been returned from Kyiv-controlled territory, Moscow's "
        'defence ministry said on Friday. "In return, 64 captive Ukrainian servicemen were '
        'handed over," its statement said.'
    )
    found = exchange(text, published=dt.date(2024, 10, 18))
    assert found["status"] == "completed"
    assert (found["count"], found["returned"]) == (64, 64)


def test_a_second_figure_of_other_people_is_not_taken_for_a_side():
    text = (
        "Обмен пленными состоялся в пятницу. Домой вернулись 75 российских военнослужащих, "
        "в том числе 12 раненых."
    )
    found = exchange(text, published=dt.date(2024, 2, 9))
    assert found["returned"] in (None, 75)
    assert found["returned"] != 12


def test_more_who_came_home_besides_a_formula_are_added():
    for text in (
        'Стороны обменялись пленными по схеме "120 на 120", передача состоялась у '
        'белорусской границы.\n"Еще 15 защитников возвращаются домой вне рамок обмена", - '
        "написал президент.",
        'Russia and Ukraine swapped prisoners on a 120-for-120 basis on Wednesday. "Another 15 '
        'defenders are coming home outside the exchange," the president wrote.',
    ):
        found = exchange(text, published=dt.date(2025, 3, 19))
        assert found["status"] == "completed"
        assert found["count"] == 120
        assert found["returned"] == 135
