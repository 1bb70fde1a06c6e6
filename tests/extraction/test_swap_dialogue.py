"""A dialogue about the swap is talks about it: "the dialogue on the exchange has lasted for
months", "діалог щодо обміну триває", "диалог по обмену продолжается" tell talks under way, as
"talks" or "переговори" do. A dialogue only offered ("ready for dialogue") or about something
else ("a dialogue on ending the war") does not. Each article is ours, in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

import pytest

from extraction import extract

DAY = dt.date(2025, 11, 29)

CASES = [
    (
        "dialogue-en",
        "Ombudsman speaks of civilians held across the border\n\nThe dialogue between the two ombudsmen on an exchange of detained civilians has lasted for six months, she told reporters on Saturday.",
        "negotiating",
    ),
    (
        "dialogue-uk",
        "Омбудсман про цивільних\n\nДіалог щодо обміну утримуваних цивільних триває вже пів року, повідомив омбудсман у суботу.",
        "negotiating",
    ),
    (
        "dialogue-ru",
        "Омбудсмен о гражданских\n\nДиалог по обмену удерживаемыми гражданскими продолжается уже полгода, сообщила омбудсмен в субботу.",
        "negotiating",
    ),
]


@pytest.mark.parametrize("name,text,want", CASES, ids=[c[0] for c in CASES])
def test_a_dialogue_about_the_swap_is_talks(name, text, want):
    exchange = extract(text, published=DAY)["exchange"]
    assert exchange is not None
    assert exchange["status"] == want


def test_a_dialogue_on_peace_is_not_talks_on_the_swap():
    text = (
        "Swap call\n\nZelensky called on Saturday for an exchange of all prisoners. "
        "He said Kyiv was open to a dialogue on peace."
    )
    exchange = extract(text, published=DAY)["exchange"]
    assert exchange is not None
    assert exchange["status"] != "negotiating"
