"""A sentence that opens with a time counted back from the swap the story tells ("The day
before", "Накануне", "Напередодні") tells another, earlier swap: its figures are not added to
this one's.

Every article here is our own wire-style wording of a class seen in real copy.
"""

import pytest

from extraction import extract


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine swap prisoners for second time in a week\n\n"
        "Russia and Ukraine carried out a new prisoner exchange on Sunday under a 120-for-120 "
        "formula, officials in both capitals said. The day before, the two sides had handed "
        "each other another 35 prisoners each.",
        "Україна та Росія вдруге за тиждень обмінялися полоненими\n\n"
        "У неділю відбувся новий обмін полоненими за формулою 120 на 120. Напередодні сторони "
        "повернули одна одній ще по 35 осіб.",
        "Россия и Украина второй раз за неделю обменялись пленными\n\n"
        "В воскресенье состоялся новый обмен пленными по формуле 120 на 120. Накануне стороны "
        "вернули друг другу еще по 35 человек.",
    ],
    ids=["en", "uk", "ru"],
)
def test_the_day_before_swap_is_not_added(text):
    found = extract(text)["exchange"]
    assert found["status"] == "completed"
    assert found["count"] == 120
    assert found["returned"] in (120, None)


def test_on_the_eve_of_the_swap_is_still_this_swap():
    text = (
        "Ukraine brings home 90 soldiers in new swap\n\n"
        "Ukraine and Russia exchanged 90 prisoners each on Friday, Kyiv said. The day before "
        "the exchange, the lists of 90 names were agreed."
    )
    found = extract(text)["exchange"]
    assert found["status"] == "completed"
    assert found["count"] == 90
