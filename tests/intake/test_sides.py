"""Whose people a swap's `returned` figure brought home, read from the words around it."""

import pytest

from intake.sides import returned_side


def _exchange(value: int, quote: str) -> dict:
    return {"returned": value, "evidence": {"returned": {"quote": quote}}}


def test_the_side_that_brings_people_home_before_the_figure_names_them():
    # the other side's same figure later in the text must not decide it
    quote = "Kyiv brought home 150 servicemen on Friday in a swap with Russia, officials said."
    text = quote + " Moscow's defence ministry said 150 Russian soldiers were returned to Russia."
    assert returned_side(text, _exchange(150, quote)) == "ukraine"


@pytest.mark.parametrize(
    ("quote", "side"),
    [
        (
            "Russia has returned 84 servicemen from territory held by Kyiv, the ministry said.",
            "russia",
        ),
        ("Україна повернула ще 60 військових, повідомив штаб.", "ukraine"),
        ("Россия вернула 40 военнослужащих, сообщили в министерстве.", "russia"),
    ],
)
def test_the_returning_side_is_read_in_three_languages(quote, side):
    value = int("".join(c for c in quote if c.isdigit()))
    assert returned_side(quote, _exchange(value, quote)) == side


def test_the_counted_people_after_the_figure_outrank_the_side_before_it():
    quote = "Russia returned 25 Ukrainian prisoners of war in the swap, Kyiv said."
    assert returned_side(quote, _exchange(25, quote)) == "ukraine"


def test_a_clause_naming_both_sides_as_returning_people_says_nothing():
    quote = "Ukraine returned and Russia returned 30 people after talks."
    assert returned_side(quote, _exchange(30, quote)) is None
