"""Russia's civilians coming home from Ukraine with nothing handed over in return (border
residents evacuated through a third country) is a one-way return, not a prisoner swap: when the
article never names a swap, prisoners or captivity, it publishes no exchange. Soldiers coming
home, or Ukraine's own people, are still read as a swap (Kyiv's reports often name neither).

Every article here is our own wire-style wording of a class seen in real copy.
"""

import pytest

from extraction import extract


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of border residents back in Russia\n\n"
        "Fifty-two civilians from the Belgorod region have returned home from Ukraine after "
        "weeks of talks, Russia's ombudswoman said on Tuesday. They crossed through Belarus "
        "with help from the Red Cross.",
        "Russia says 61 residents of the Kursk region are home\n\n"
        "Ukraine has handed 61 Russian citizens back to Russia, the regional governor wrote. "
        '"Our people are home with their families," he said, thanking the Red Cross.',
        "Жители приграничья вернулись домой\n\n"
        "Двадцать семь мирных жителей Курской области вернулись домой из Украины после долгих "
        "переговоров, сообщила омбудсмен во вторник. Они пересекли границу через Белоруссию.",
    ],
    ids=["en-civilians-home", "en-citizens-handed-back", "ru-zhiteli-iz-ukrainy"],
)
def test_a_one_way_return_publishes_no_exchange(text):
    result = extract(text)
    assert result["exchange"] is None
    assert not [u for u in result["uncertain"] if u["topic"] == "exchange"]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine brings 95 soldiers home\n\n"
        "Ninety-five Ukrainian soldiers came home from Russian captivity on Tuesday, the "
        "president said.",
        "Поверненні додому\n\n"
        "Додому повернулися 35 наших цивільних, повідомив омбудсман у вівторок.",
        "Civilians among those freed\n\n"
        "Ukraine and Russia swapped prisoners on Tuesday: 40 civilians returned home, the "
        "president said.",
    ],
    ids=["captivity-named", "uk-own-civilians", "swap-named"],
)
def test_a_return_from_captivity_or_in_a_swap_is_still_a_swap(text):
    found = extract(text)["exchange"]
    assert found is not None and found["status"] == "completed"
