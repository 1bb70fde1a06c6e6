"""People of Ukraine handed over by Russia, told with any hand-over verb of the vocabulary
("extradited", "выдала"), came home (our own sentences, wire style)."""

import datetime as dt

import pytest

from tests.extraction.figures_of import exchange

PUB = dt.date(2026, 6, 10)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow and Kyiv hold prisoner swap\n\nRussia extradited 120 Ukrainians, among them "
        "two army medics, the officials said.\n\n40 prisoners of war were handed over to Russia.",
        "Состоялся обмен пленными\n\nРоссия выдала 120 украинцев, среди них двух медиков, "
        "сообщили в штабе.\n\nРоссии передали 40 военнопленных.",
    ],
)
def test_a_past_hand_over_of_ukrainians_gives_the_figure_home(text):
    found = exchange(text, published=PUB)
    assert found["status"] == "completed"
    assert found["returned"] == 120
    assert found["count"] is None  # two sides' figures differ: no per-side size


def test_wounded_also_handed_over_beside_a_formula_are_added():
    text = (
        "Пленные вернулись домой\n\nМинобороны сообщило об обмене пленными по формуле 90 на 90. "
        "Российская сторона также передала 12 тяжелораненых украинских военных."
    )
    found = exchange(text, published=PUB)
    assert found["count"] == 90
    assert found["returned"] == 102
