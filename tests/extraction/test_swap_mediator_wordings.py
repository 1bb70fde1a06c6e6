"""More ways copy names a swap's broker: a country that "helped negotiate" it, a swap that
"involved help from" one, "при сотрудничестве", a special envoy ("спецпосланник"), a capital
standing for its state ("facilitated by Riyadh"); and brokers of earlier releases are not this
swap's. Our own wire-style wording."""

import pytest

from tests.extraction.figures_of import mediators


@pytest.mark.parametrize(
    ("text", "broker"),
    [
        (
            "Ukraine and Russia exchanged 60 prisoners of war each on Friday. Qatar said it "
            "helped negotiate the latest exchange.",
            "Qatar",
        ),
        (
            "Russia and Ukraine swapped 40 prisoners each on Tuesday. Zelensky said the swap, "
            "which involved help from Turkey, had been prepared for months.",
            "Turkey",
        ),
        (
            "Москва и Киев обменялись пленными при сотрудничестве Турции, сообщили в четверг.",
            "Turkey",
        ),
        (
            "Спецпосланник Папы Римского прибыл в Москву, чтобы обсудить обмен пленными "
            "между Россией и Украиной.",
            "Vatican",
        ),
        (
            "The leaders welcomed a prisoner swap between Moscow and Kyiv facilitated by "
            "Riyadh, the Kremlin said on Friday.",
            "Saudi Arabia",
        ),
    ],
    ids=["helped-negotiate", "help-from", "pri-sotrudnichestve", "special-envoy", "capital"],
)
def test_a_broker_named_in_more_wordings(text, broker):
    assert broker in mediators(text)


def test_brokers_of_earlier_releases_are_not_this_swaps():
    text = (
        "Moscow blamed Kyiv on Wednesday for stalling new prisoner swaps. Previous releases have "
        "involved long negotiations, often facilitated by third parties such as Qatar or Turkey."
    )
    assert mediators(text) == []
