"""A country credited with brokering earlier swaps ("previous swaps have been mediated by the
UAE", "past exchanges, often brokered by Turkey") is not named as the mediator of the swap the
article reports: the mediation word's subject is the earlier swaps, not this one.

Every sentence here is our own wire-style wording of a class seen in real copy.
"""

import pytest

from tests.extraction.figures_of import mediators


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine and Russia swapped 205 prisoners each on Saturday, the defence ministry in Moscow "
        "said. Previous prisoner exchanges have been mediated by the United Arab Emirates.",
        "Kyiv proposed an all-for-all swap on Monday. Moscow has not replied, though past swaps, "
        "often brokered by Turkey, have freed hundreds.",
        "У суботу відбувся обмін полоненими: додому повернулися 205 захисників. Попередні обміни "
        "відбувалися за посередництва Об'єднаних Арабських Еміратів.",
    ],
    ids=["en-previous-exchanges", "en-past-swaps-often", "uk-poperedni-obminy"],
)
def test_the_broker_of_earlier_swaps_is_not_this_swaps_mediator(text):
    assert mediators(text) == []


@pytest.mark.parametrize(
    ("text", "broker"),
    [
        (
            "Ukraine and Russia swapped 205 prisoners each on Saturday. The trade was negotiated "
            "by the United Arab Emirates, as were previous exchanges, officials said.",
            "United Arab Emirates",
        ),
        (
            "Unlike previous swaps, this exchange was brokered by Turkey, officials in Kyiv said "
            "after 95 soldiers came home.",
            "Turkey",
        ),
    ],
    ids=["this-trade-as-were-previous", "unlike-previous-this-exchange"],
)
def test_this_swaps_broker_is_still_named_beside_earlier_swaps(text, broker):
    assert broker in mediators(text)
