"""A country thanked by the first person plural ("Дякуємо ОАЕ за допомогу") is the swap's
mediator; people's ages ("aged 19 to 65") count no one and do not hide the figure before them.

Every sentence here is our own wire-style wording of a class seen in real copy.
"""

import datetime as dt

from tests.extraction.figures_of import exchange


def test_we_thank_a_country_names_it_mediator():
    text = (
        "У неділю відбувся обмін полоненими між Україною та Росією.\n\n"
        '"Наші люди вдома. Дякуємо Катару за допомогу", - написав президент.'
    )
    found = exchange(text, published=dt.date(2025, 8, 24))
    assert found["status"] == "completed"
    assert found["mediators"] == ["Qatar"]


def test_ages_do_not_hide_the_number_who_came_home():
    for text in (
        "Kyiv and Moscow swapped prisoners on Wednesday. 120 Ukrainians aged 20 and 61 "
        "returned home in the exchange, 35 of them marines.",
        "Україна та Росія провели обмін полоненими в середу. 120 українців віком від 20 до 61 "
        "року повернулися додому. Серед них - 35 морських піхотинців.",
    ):
        found = exchange(text, published=dt.date(2022, 6, 29))
        assert found["status"] == "completed"
        assert found["returned"] == 120
