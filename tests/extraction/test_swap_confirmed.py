"""A swap or a release that someone confirmed, in the past ("the ministry confirmed the
exchange", "Лубінець підтвердив повернення 60 військових", "Минобороны подтвердило обмен"), took
place: the confirmation's object is the event. A confirmation of a swap still to come ("confirmed
the next swap", "the exchange will take place"), a denied one, or one whose object is a clause of
its own ("confirmed that talks go on") tells nothing done. Each article is ours, in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

import pytest

from extraction import extract
from extraction.swap_status import clause_cues

DAY = dt.date(2025, 11, 29)

DONE = [
    (
        "confirmed-the-release-en",
        "Britain's foreign secretary on Saturday confirmed the release of three British volunteers held by Russian forces, thanking Gulf mediators.",
    ),
    (
        "confirmed-the-exchange-en",
        "Kyiv confirmed the exchange late on Friday, and a spokesman said 64 soldiers were back in Ukraine.",
    ),
    (
        "confirmed-the-return-uk",
        "Омбудсман Лубінець у суботу підтвердив повернення 60 українських військових із полону.",
    ),
    (
        "confirmed-the-swap-ru",
        "Министерство обороны России в субботу подтвердило обмен военнопленными с Украиной.",
    ),
    (
        "headline-confirms-en",
        "Ombudsman confirms swap of 64 POWs",
    ),
]

NOT_DONE = [
    (
        "confirmed-the-next-swap-en",
        "The ombudsman confirmed the next exchange would take place within days.",
    ),
    (
        "confirmed-an-upcoming-swap-ru",
        "Омбудсмен подтвердила готовящийся обмен пленными в формате 64 на 64.",
    ),
    (
        "did-not-confirm-en",
        "The ministry did not confirm the exchange on Saturday.",
    ),
    (
        "confirmed-that-clause-en",
        "The envoy confirmed that talks on a new swap were under way.",
    ),
    (
        "confirmation-as-noun-uk",
        "Ми чекаємо на підтвердження обміну від російської сторони.",
    ),
]


@pytest.mark.parametrize("name,text", DONE, ids=[c[0] for c in DONE])
def test_a_confirmed_swap_or_release_is_done(name, text):
    cues = clause_cues(text, title=name.startswith("headline"))
    assert any(c.status == "completed" for c in cues)


@pytest.mark.parametrize("name,text", NOT_DONE, ids=[c[0] for c in NOT_DONE])
def test_a_confirmation_of_something_else_completes_nothing(name, text):
    assert not any(c.status == "completed" for c in clause_cues(text))


def test_article_with_a_confirmed_release_is_completed():
    text = (
        "Gulf state reports swap of foreign prisoners\n\n"
        "A Gulf state said on Saturday it had been in contact with Moscow and Kyiv for months over foreign prisoners of war held in Russia, and was easing their way home. "
        "Britain's foreign secretary on Saturday confirmed the release of three British volunteers held by Russian forces."
    )
    exchange = extract(text, published=DAY)["exchange"]
    assert exchange is not None
    assert exchange["status"] == "completed"
