"""Which number is the swap's count and which the people returned, from our own sentences."""

from extraction import extract
from tests.extraction.figures_of import exchange


def test_a_subset_named_after_the_whole_is_not_the_returned_figure():
    text = (
        "The swap, brokered by Qatar, saw 120 Ukrainian prisoners, among them marines and border "
        "guards, released from Russian captivity. Five civilians were also included in the "
        "released group, officials said."
    )
    assert exchange(text)["returned"] == 120


def test_the_whole_after_among_is_the_returned_figure():
    text = (
        "Two journalists among 12 prisoners released by Russia\n"
        "The men were freed on Friday and arrived in Kyiv overnight, the president said."
    )
    assert exchange(text)["returned"] == 12


def test_liberate_is_a_return_verb():
    text = "The presidential office said it managed to liberate 64 people in the prisoner exchange."
    assert exchange(text)["returned"] == 64


def test_both_sides_exchanging_a_number_is_no_figure_of_people_come_home():
    text = "Russia and Ukraine exchanged 300 prisoners of war on Friday, the mediator said."
    found = exchange(text)
    assert found["status"] == "completed"
    assert found["returned"] is None


def test_twice_the_per_side_figure_is_the_total_not_the_count():
    text = (
        "The delegations agreed to exchange 240 prisoners of war, the envoy said. "
        "The swap will be carried out in the format of 120 for 120."
    )
    assert exchange(text)["count"] == 120


def test_returned_adds_the_kinds_of_people_named_in_one_sentence():
    found = exchange(
        "Ukraine and Russia swapped prisoners on Friday. Kyiv said 52 servicemen and three "
        "civilians had been returned to Ukraine."
    )
    assert found["returned"] == 55
    quote = found["evidence"]["returned"]["quote"]
    assert "52 servicemen and three civilians" in quote


def test_returned_adds_civilians_named_in_a_later_sentence():
    text = (
        "Обмін полоненими відбувся на кордоні з Білоруссю.\n"
        "Повертаємо додому 120 наших захисників. Із ними також повертаються цивільні – 8 людей."
    )
    found = extract(text)
    assert found["exchange"]["returned"] == 128
    ev = found["exchange"]["evidence"]["returned"]
    assert text[ev["start"] : ev["end"]] == ev["quote"]
    assert "120" in ev["quote"] and "8 людей" in ev["quote"]


def test_an_additional_group_handed_over_is_added():
    text = (
        "Russia and Ukraine exchanged 100 prisoners of war each on Wednesday. "
        "Russia handed over an additional 10 seriously wounded Ukrainian prisoners."
    )
    assert exchange(text)["returned"] == 110


def test_a_figure_of_people_in_general_already_holds_every_kind():
    text = (
        "Сьогодні з полону повернулися 60 наших людей. Серед них 40 військових. "
        "Також повертаємо додому 20 цивільних."
    )
    assert exchange(text)["returned"] == 60


def test_a_further_stage_is_not_another_kind_of_people():
    text = (
        "The swap of 1,000 for 1,000 is over: 1,000 Ukrainians came home, the president said. "
        "On Friday 390 returned, and on Saturday another 307 came back."
    )
    assert exchange(text)["returned"] == 1000


def test_children_returned_separately_are_not_added():
    text = (
        "Kyiv said 45 soldiers had been returned home in the prisoner swap. In a separate "
        "statement, officials said two children had also been allowed to return."
    )
    assert exchange(text)["returned"] == 45
