"""Numbers in swap copy that count something else than the swap: a tally of everyone freed
so far beside talks on a new swap, one speaker out of a group, and a habit of past swaps.

Every sentence here is our own wire-style wording of a class seen in real copy.
"""

import datetime as dt

from tests.extraction.figures_of import exchange


def test_a_tally_of_people_freed_is_not_the_size_of_a_swap_under_talks():
    text = (
        "Ombudsman to meet Russian counterpart on release of detained civilians\n\n"
        "Ukraine's human rights commissioner said on Monday he plans a meeting with his Russian "
        "counterpart this month to discuss the release of prisoners, including civilians.\n\n"
        "According to him, 1,780 citizens were freed from Russian captivity.\n\n"
        "He said talks with Russia on the return of captured Ukrainians were also held on Monday."
    )
    found = exchange(text, published=dt.date(2024, 1, 8))
    assert found["status"] == "negotiating"
    assert found["count"] is None


def test_the_size_of_a_swap_under_talks_is_still_read():
    text = (
        "Ukraine and Russia are negotiating a swap of 300 prisoners of war, the ombudsman "
        "said on Monday.\n\nThe talks are held behind closed doors."
    )
    found = exchange(text, published=dt.date(2024, 1, 8))
    assert found["status"] == "negotiating"
    assert found["count"] == 300


def test_one_of_a_group_is_not_the_number_who_came_home():
    for text in (
        'Обмен пленными состоялся в воскресенье. "Мы ждали этого два года", - сказал один '
        "из гражданских после возвращения на родину.",
        'Обмін полоненими відбувся у неділю. "Ми чекали цього два роки", - сказав один із '
        "цивільних після повернення на Батьківщину.",
        'A prisoner swap took place on Sunday. "We waited two years for this," one of the '
        "civilians said after returning home.",
    ):
        found = exchange(text, published=dt.date(2025, 8, 24))
        assert found["status"] == "completed"
        assert found["returned"] is None


def test_one_home_from_captivity_is_still_one_returned():
    text = "Україна повернула з полону одного захисника, повідомили в Коордштабі у неділю."
    found = exchange(text, published=dt.date(2025, 8, 24))
    assert found["returned"] == 1


def test_a_habit_of_past_swaps_gives_no_count():
    text = (
        "Kyiv says 12 civilians freed with Vatican help\n\n"
        "Twelve Ukrainian civilians were freed from Russian captivity with the help of the "
        "Vatican, the president said on Friday.\n\n"
        "Moscow and Kyiv have swapped thousands of soldiers throughout their long war, "
        "usually in one-for-one exchanges."
    )
    found = exchange(text, published=dt.date(2024, 6, 28))
    assert found["returned"] == 12
    assert found["count"] is None
