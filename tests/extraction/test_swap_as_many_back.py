"""A swap told from Russia's side, its figure being the Russians who came back, and the other
side's return told only as "the same number" handed to Kyiv: as many came home to Ukraine as the
swap's count. Words that say only that the sides were even ("each side exchanged an equal
number") name nobody who came home, and give no returned figure.

Every sentence here is our own wire-style wording of a class seen in real copy.
"""

import datetime as dt

from tests.extraction.figures_of import exchange


def test_the_same_number_handed_to_kyiv_came_home():
    for text in (
        "Россия и Украина провели обмен пленными. Из плена вернулись 212 российских "
        "военнослужащих, сообщило Минобороны. Столько же пленных передано Киеву.",
        "Росія та Україна провели обмін полоненими. Додому повернулися 212 російських "
        "військових, повідомило міноборони РФ. Стільки ж полонених передали Україні.",
        "Moscow and Kyiv swapped prisoners on Friday. Russia's defence ministry said 212 Russian "
        "servicemen had come back, and a matching number of Ukrainian soldiers went home.",
    ):
        found = exchange(text, published=dt.date(2025, 3, 14))
        assert found["status"] == "completed", text
        assert (found["count"], found["returned"]) == (212, 212), text


def test_sides_said_to_be_even_name_nobody_who_came_home():
    text = (
        "Four civilians from the Belgorod region have returned to Russia in a prisoner swap, "
        "the ministry said on Friday. Each side exchanged an equal number of captives, it added."
    )
    found = exchange(text, published=dt.date(2025, 3, 14))
    assert found is None or found["returned"] is None


def test_a_swap_to_come_of_as_many_brings_nobody_home_yet():
    text = (
        "Russia and Ukraine will swap prisoners next week, Moscow said on Friday: 212 Russian "
        "servicemen are to come back, and the same number of Ukrainians will go to Kyiv."
    )
    found = exchange(text, published=dt.date(2025, 3, 14))
    assert found is not None and found["returned"] is None
