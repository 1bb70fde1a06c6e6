"""Headlines listed under "Read also:" are links to other stories: their figures (an earlier
night's missiles and drones) never become this night's. Each text is ours, in wire style."""

import datetime as dt

from tests.extraction.figures_of import strike_figures

DAY = dt.date(2024, 9, 3)


def test_figures_in_a_read_also_list_are_not_the_nights():
    text = (
        "Overnight Russia attacked the Odesa region with 30 Shahed drones, the air force said.\n"
        "Read also:\n"
        "- Farmers count losses after floods in the west\n"
        "- Air defence downs all 28 cruise missiles during night attack on Kyiv"
    )
    assert strike_figures(text, DAY) == {"drones_launched": 30}


def test_a_list_under_a_russian_heading_is_skipped_too():
    text = (
        "Ночью над Белгородской областью сбиты пять беспилотников, сообщило Минобороны России.\n"
        "Читайте также\n"
        "- ВСУ выпустили по Курской области три ракеты\n"
        "- В Москве открылся новый парк"
    )
    assert strike_figures(text, DAY) == {"drones_downed": 5}


def test_a_paragraph_after_a_blank_line_is_read_again():
    text = (
        "Overnight Russia launched 30 drones at Ukraine, the air force said.\n"
        "Read also:\n"
        "- Farmers count losses after floods in the west\n"
        "\n"
        "Air defence destroyed 27 drones overnight, the air force added."
    )
    assert strike_figures(text, DAY) == {"drones_launched": 30, "drones_downed": 27}
