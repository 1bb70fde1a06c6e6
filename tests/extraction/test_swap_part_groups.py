"""A group of the swap taken for the whole: a kind of people the article itself calls a part of
a larger group ("among the POWs") is not the number who came home. Our own copy."""

from extraction import extract
from tests.extraction.figures_of import exchange


def test_a_kind_named_among_the_prisoners_is_a_part_wherever_it_is_repeated():
    text = (
        "Seventeen women among prisoners freed in latest swap\n\n"
        "Seventeen women came back to Ukraine from Russian captivity in an exchange on "
        'Tuesday, the Coordination Headquarters said. "This time we got '
        'our women home: there are 17 of them among those freed," it said.'
    )
    result = extract(text)
    assert result["exchange"]["status"] == "completed"
    assert result["exchange"]["returned"] is None
    assert ("returned", 17) in [(u["field"], u["value"]) for u in result["uncertain"]]


def test_a_kind_among_the_freed_in_ukrainian_is_a_part():
    found = exchange(
        "Україна повернула з полону 95 захисників. 12 медиків серед звільнених, повідомив штаб."
    )
    assert found["returned"] == 95


def test_people_who_came_back_to_ukraine_complete_the_swap():
    found = exchange(
        "Forty soldiers came back to Ukraine from Russian captivity on Sunday, officials said."
    )
    assert found["status"] == "completed"
    assert found["returned"] == 40


def test_the_wounded_beside_the_prisoners_are_added():
    found = exchange(
        "Kyiv and Moscow swapped prisoners on Saturday with Emirati help. Ukraine saw the "
        "return of 120 war captives and 14 wounded soldiers."
    )
    assert found["status"] == "completed"
    assert found["returned"] == 134


def test_the_wounded_beside_the_soldiers_are_added_in_ukrainian():
    found = exchange(
        "Обмін полоненими відбувся у неділю. Додому повернулися 90 військових і 8 поранених."
    )
    assert found["returned"] == 98


def test_wounded_counted_within_the_soldiers_are_not_added_again():
    found = exchange(
        "A prisoner exchange took place on Saturday. Ukraine brought home 120 soldiers, "
        "including 14 wounded."
    )
    assert found["returned"] == 120


def test_civilians_from_a_region_of_russia_are_russias_people_not_a_part():
    found = exchange(
        "Russia and Ukraine released 88 captives each on Friday in a swap. The ministry also "
        "said Ukraine returned five civilians from Russia's Belgorod region."
    )
    assert found["returned"] == 88


def test_a_number_inside_an_including_list_is_a_part_of_the_figure_before_it():
    found = exchange(
        "Russia and Ukraine swapped prisoners on Thursday. Kyiv said 140 Ukrainian prisoners, "
        "including marines, border guards, medics and three civilians, were freed."
    )
    assert found["status"] == "completed"
    assert found["returned"] != 3


def test_what_russia_received_in_return_is_not_who_came_home():
    found = exchange(
        "Kyiv swapped 64 captured Russians for its own troops on Friday. The swap saw 120 "
        "Ukrainians released. In return, Russia has received a total of 64 prisoners, "
        "officials said."
    )
    assert found["returned"] == 120


def test_people_held_for_months_is_how_long_they_were_held_not_a_tally():
    found = exchange(
        "Moscow and Kyiv swapped prisoners on Tuesday. The deal that saw a total of 95 "
        "Ukrainians released included 40 marines held for months in a Donetsk jail."
    )
    assert found["returned"] == 95


def test_civilians_joined_by_a_comma_and_a_takozh_are_added():
    found = exchange(
        "Президент підтвердив, що з російського полону повернулися ще 150 українських "
        "захисників, а також 3 цивільних."
    )
    assert found["returned"] == 153


def test_page_furniture_between_the_soldiers_and_the_civilians_does_not_hide_the_part():
    found = exchange(
        "Kyiv carried out a prisoner swap with Moscow on Sunday and 30 soldiers are coming "
        "home, the ombudsman said.\n"
        "Sorry, this video could not be played.\n"
        "Please reload the page.\n"
        "Watch more videos here.\n"
        "Watch more videos here.\n"
        "Kyiv swaps prisoners with Moscow, 30 soldiers home - ombudsman Back to video\n"
        "The ombudsman also said that under the same deal, 9 civilians were returning to "
        "Ukraine."
    )
    assert found["returned"] == 39


def test_a_related_headline_glued_to_its_label_is_not_the_swap():
    found = exchange(
        "Russia and Ukraine swapped 64 prisoners of war each on Friday, both sides said.\n"
        "RelatedRussia, Ukraine each free 88 POWs in latest swap\n"
        "The freed men were taken to hospitals for checks."
    )
    assert found["returned"] == 64


def test_a_country_mediated_compound_in_the_headline_names_the_mediator():
    found = exchange(
        "Kyiv and Moscow trade 40 prisoners in Qatar-brokered exchange\n\n"
        "Russia and Ukraine each released 20 prisoners of war on Thursday."
    )
    assert found["mediators"] == ["Qatar"]


def test_people_handed_out_to_each_side_in_russian_give_ukraines_returned_only():
    found = exchange(
        "Москва и Киев произвели обмен пленными в среду. России в рамках обмена выдали 40 "
        "пленных, включая бывшего депутата. Украине выдали 120 человек, среди которых "
        "командиры бригады."
    )
    assert found["status"] == "completed"
    assert found["returned"] == 120
    assert found["count"] is None


def test_the_next_stages_formula_is_not_the_size_of_the_swap_done_today():
    found = exchange(
        "Сьогодні на батьківщину повернулися 150 українських захисників у межах обміну. "
        "За даними російської сторони, наступний обмін може відбутися за формулою 250 на 250."
    )
    assert found["returned"] == 150
    assert found["count"] != 250


def test_invaders_given_in_exchange_are_russias_side_and_size_the_swap():
    found = exchange(
        "Сьогодні відбувся обмін полоненими. В обмін на 12 окупантів звільнили з полону 12 "
        "українських військовослужбовців."
    )
    assert found["count"] == 12
    assert found["returned"] == 12


def test_civilians_freed_as_a_result_of_the_same_swap_are_added():
    found = exchange(
        "Сьогодні відбувся обмін полоненими. В обмін на 12 окупантів звільнили з полону 12 "
        "українських військовослужбовців. У результаті обміну з полону звільнили 7 українських "
        "цивільних моряків."
    )
    assert found["returned"] == 19


def test_a_total_broken_down_by_side_gives_ukraines_share_as_returned():
    found = exchange(
        "Qatar brokered a deal between Moscow and Kyiv that led to the release of two hundred "
        "prisoners of war on Monday. The prisoners included 150 Ukrainian soldiers, 44 Russian "
        "soldiers and six foreign volunteers."
    )
    assert found["status"] == "completed"
    assert found["returned"] == 150
    assert "150 Ukrainian" in found["evidence"]["returned"]["quote"]
