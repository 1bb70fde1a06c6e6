"""A figure that counts only the civilians who came home, in a swap that brought soldiers home
too with no figure given for them, is a part of the swap: it is not published as `returned`
(an editor sees it under `uncertain`).

Every article here is our own wire-style wording of a class seen in real copy.
"""

import pytest

from extraction import extract


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine and Russia swap prisoners\n\n"
        "Ukraine and Russia carried out a new prisoner exchange on Tuesday. Ukrainian soldiers "
        "and six civilians returned home, the president said.",
        "Новий обмін полоненими\n\n"
        "У вівторок відбувся черговий обмін полоненими. Додому повернулися українські військові "
        "та шестеро цивільних, повідомив президент.",
    ],
    ids=[
        "en-soldiers-and-six-civilians",
        "uk-viiskovi-ta-shestero",
    ],
)
def test_a_civilians_only_figure_is_not_the_swaps_returned(text):
    result = extract(text)
    found = result["exchange"]
    assert found["status"] == "completed"
    assert found["returned"] is None
    assert any(u["field"] == "returned" for u in result["uncertain"])


def test_civilians_with_their_own_figure_beside_soldiers_are_still_added():
    text = (
        "Ukraine brings home 90 soldiers and 6 civilians\n\n"
        "Ukraine and Russia carried out a prisoner exchange on Tuesday: 90 servicemen and 6 "
        "civilians returned home, the president said."
    )
    assert extract(text)["exchange"]["returned"] == 96


def test_russias_civilians_beside_its_soldiers_are_neither_returned_nor_the_count():
    # civilians from a region of Russia are Russia's people: no figure of Ukraine's returned,
    # and beside soldiers told with no figure they are only a part of the swap
    text = (
        "Russia says its soldiers are back from Ukrainian captivity\n\n"
        "Russian servicemen returned from Ukrainian-held territory on Tuesday, the defence "
        "ministry said. In addition, Moscow secured the return of four civilians from the "
        "Belgorod region."
    )
    result = extract(text)
    found = result["exchange"]
    assert found["status"] == "completed"
    assert (found["count"], found["returned"]) == (None, None)
    assert [u["value"] for u in result["uncertain"] if u["topic"] == "exchange"] == [4]


def test_civilians_listed_after_russias_soldiers_are_russias_people():
    # "80 Russian soldiers and three civilians": Moscow's count of its own people, no returned
    # figure of Ukraine's; whether its count of the swap holds the civilians, reports differ
    text = (
        "Российские военные вернулись из плена\n\n"
        "Из украинского плена вернулись 80 российских военных и трое мирных жителей, "
        "сообщили в Минобороны России."
    )
    result = extract(text)
    found = result["exchange"]
    assert found["status"] == "completed"
    assert (found["count"], found["returned"]) == (None, None)
    assert [u["value"] for u in result["uncertain"] if u["topic"] == "exchange"] == [80]
