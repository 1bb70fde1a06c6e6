"""A country is this swap's mediator only when the mediation word stands near it: "the UAE, which
mediated", "thanks to Turkey's mediation", "a swap brokered by Qatar". A country named many words
away in the same long sentence is mostly there in another role (a side's ally, a place, a
country thanked for something else), and naming it as a broker would be a wrong fact on air.

Every sentence here is our own wire-style wording.
"""

import pytest

from tests.extraction.figures_of import mediators


@pytest.mark.parametrize(
    ("text", "broker"),
    [
        (
            "Ukraine and Russia swapped 84 prisoners each on Tuesday in an exchange mediated by "
            "the United Arab Emirates, officials in Kyiv said.",
            "United Arab Emirates",
        ),
        (
            "Thanks to Qatar's mediation, 12 Ukrainian civilians returned home on Monday, the "
            "ombudsman said.",
            "Qatar",
        ),
        (
            "Turkey, which brokered the deal, said 60 prisoners from each side were freed on "
            "Friday.",
            "Turkey",
        ),
    ],
    ids=["mediated-by", "thanks-to-mediation", "which-brokered"],
)
def test_a_broker_named_next_to_the_mediation_word_is_named(text, broker):
    assert broker in mediators(text)


def test_a_country_far_from_the_mediation_word_is_not_made_a_broker():
    text = (
        "Zelensky thanked the mediators on Thursday after Ukraine and Russia exchanged 95 "
        "prisoners of war each, and said Kyiv would keep pressing Germany and the United States "
        "for more air defence before winter."
    )
    found = mediators(text)
    assert "United States" not in found
