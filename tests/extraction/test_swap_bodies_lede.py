"""A text with no headline whose lede tells a return of the dead over two sentences is about
the dead: a swap its later lines name is background, not an exchange (our own words)."""

import datetime as dt

from tests.extraction.figures_of import exchange

PUB = dt.date(2026, 6, 10)


def test_a_two_sentence_lede_about_bodies_gives_no_exchange():
    text = (
        "У середу, 10 червня, тривали репатріаційні заходи згідно з домовленостями з РФ. "
        "Додому повернули 600 тіл, які, за даними російської сторони, належать нашим "
        "військовим.\n\n"
        "Серед них є тіла двох бійців, які були у списках полонених на обмін, повідомив штаб. "
        "Сторона агресора продовжує затягувати звільнення тяжкопоранених."
    )
    assert exchange(text, published=PUB) is None


def test_a_lede_that_tells_the_living_came_home_keeps_the_swap():
    text = (
        "У середу, 10 червня, відбувся обмін полоненими. Додому повернулися 84 військових, "
        "а також Україна отримала 600 тіл загиблих.\n\n"
        "Звільнені захисники проходять медичне обстеження."
    )
    found = exchange(text, published=PUB)
    assert found is not None
    assert found["status"] == "completed"
