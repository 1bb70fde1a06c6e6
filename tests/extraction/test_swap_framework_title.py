"""Talks named in a person's title are who he is, not the framework of the swap he reports:
"the head of Russia's delegation at the Istanbul talks said 84 soldiers came home" names no
framework; "the delegations agreed at the talks in Istanbul to swap prisoners" still does.

Every sentence here is our own wire-style wording of a class seen in real copy.
"""

import datetime as dt

from tests.extraction.figures_of import exchange


def test_talks_in_a_negotiators_title_are_no_framework():
    for text in (
        "Глава российской переговорной группы в Стамбуле заявил, что Россия вернула 64 своих "
        "военнослужащих, передав взамен 64 пленных.",
        "The head of Russia's delegation at the Istanbul talks said on Friday that 64 Russian "
        "soldiers had come home in a prisoner exchange.",
    ):
        found = exchange(text, published=dt.date(2025, 8, 15))
        assert found["status"] == "completed", text
        assert found["framework"] is None, text


def test_a_swap_agreed_at_the_talks_still_names_them():
    text = (
        "Russia and Ukraine exchanged 64 prisoners each on Friday. The delegations agreed on "
        "the swap at the talks in Istanbul last month."
    )
    found = exchange(text, published=dt.date(2025, 8, 15))
    assert found["framework"] == "Istanbul talks"
