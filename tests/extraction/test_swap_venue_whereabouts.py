"""A city named only as where someone is, or where talks are still to come, is not the talks
a swap runs under: no "Istanbul talks" framework for "arrived in Istanbul for new meetings".

Every sentence here is our own wire-style wording of a class seen in real copy.
"""

import datetime as dt

import pytest

from tests.extraction.figures_of import exchange


@pytest.mark.parametrize(
    "text",
    [
        "Kremlin has nothing to say on Kyiv's plan to unblock prisoner swaps\n\n"
        "Ukraine's chief negotiator, who led its delegation at the talks with Russia, said he "
        'was in Istanbul "for new meetings on prisoner exchanges".',
        "Умєров прибув до Стамбула для нових зустрічей щодо обмінів полоненими\n\n"
        "Він сказав, що працюватиме над тим, щоб розблокувати обміни.",
        "Глава делегации сообщил, что находится в Стамбуле для новых встреч, посвященных "
        "обменам пленными.\n\n"
        "По его словам, цель - возобновить обмены.",
    ],
    ids=["en-was-in", "uk-arrived", "ru-is-in"],
)
def test_a_city_where_someone_is_names_no_framework(text):
    found = exchange(text, published=dt.date(2025, 9, 10))
    assert found is not None
    assert found["framework"] is None


def test_talks_held_in_a_city_still_name_the_framework():
    text = (
        "Russia and Ukraine agreed at talks in Istanbul on Friday to exchange 500 prisoners "
        "of war each.\n\nThe lists are being compiled."
    )
    found = exchange(text, published=dt.date(2025, 5, 20))
    assert found["status"] == "agreed"
    assert found["framework"] == "Istanbul talks"
