"""This swap's own figures against running tallies, and return and per-side phrasings (issue 10),
from our own wire-style sentences."""

from tests.extraction.figures_of import exchange


def test_a_total_of_told_of_this_swap_is_its_returned_figure():
    text = (
        "Ukraine and Russia carried out a prisoner swap on Wednesday. A total of 84 Ukrainians "
        "returned home, the president's office said."
    )
    found = exchange(text)
    assert found["status"] == "completed"
    assert found["returned"] == 84


def test_a_total_of_with_a_day_of_its_own_is_this_swaps_figure():
    text = "A total of 212 Ukrainian soldiers came home on Sunday in a swap brokered by the UAE."
    assert exchange(text)["returned"] == 212


def test_a_total_of_since_the_war_began_is_a_running_total():
    text = (
        "Kyiv and Moscow swapped prisoners on Thursday, the coordination office said. A total of "
        "4,552 Ukrainians have returned home since 2022, it added."
    )
    found = exchange(text)
    assert found["status"] == "completed"
    assert found["returned"] is None


def test_a_total_of_in_a_perfect_with_no_day_is_a_running_total():
    text = (
        "The two sides held a prisoner exchange on Friday, officials said. A total of 3,900 "
        "servicemen have been brought back from captivity, the ombudsman said."
    )
    assert exchange(text)["returned"] is None


def test_got_back_is_a_return():
    text = "Ukraine got back 90 soldiers in a prisoner exchange with Russia on Friday, Kyiv said."
    found = exchange(text)
    assert found["status"] == "completed"
    assert found["returned"] == 90


def test_got_people_back_with_words_between_is_a_return():
    text = "Kyiv got 90 of its fighters back in the latest swap with Moscow, the army said."
    found = exchange(text)
    assert found["status"] == "completed"
    assert found["returned"] == 90


def test_getting_back_to_the_table_is_no_return():
    text = (
        "Negotiators got back to the table in Abu Dhabi on Monday to discuss a new prisoner "
        "exchange of 300 prisoners, officials said."
    )
    assert exchange(text)["status"] != "completed"


def test_traded_n_prisoners_each_is_returned_n_and_count_per_side():
    text = "The sides traded 103 prisoners each on Tuesday in a swap mediated by the Emirates."
    found = exchange(text)
    assert (found["status"], found["returned"], found["count"]) == ("completed", 103, 103)


def test_swapped_n_each_with_no_word_for_people_is_per_side():
    text = "Russia and Ukraine swapped 103 each on Tuesday, the defence ministries said."
    found = exchange(text)
    assert (found["status"], found["returned"], found["count"]) == ("completed", 103, 103)


def test_an_each_figure_with_no_swap_word_is_no_pair():
    text = (
        "Ukraine and Russia are discussing a prisoner exchange, officials said. Both delegations "
        "brought 12 each to the talks."
    )
    found = exchange(text)
    assert found["count"] is None
    assert found["returned"] is None


def test_a_rough_large_tally_freed_does_not_complete_this_swap():
    text = (
        "More than 8 thousand Ukrainians have been freed from Russian captivity, the ombudsman "
        "said. Officials are preparing a new prisoner exchange with Moscow."
    )
    assert exchange(text)["status"] == "negotiating"


def test_over_thousands_freed_with_no_swap_of_its_own_sets_no_status():
    text = (
        "Over 4,000 Ukrainians were freed from captivity, the coordination office says. Talks "
        "on another prisoner exchange are under way in the Gulf."
    )
    assert exchange(text)["status"] == "negotiating"


def test_a_rough_large_figure_freed_today_is_this_swaps():
    text = "More than 1,000 prisoners were freed on Friday, Ukraine's president said."
    assert exchange(text)["status"] == "completed"


def test_a_rough_large_figure_exchanged_is_this_swaps():
    text = "Russia and Ukraine exchanged more than 1,000 prisoners, the mediators said."
    assert exchange(text)["status"] == "completed"


def test_each_side_handing_the_other_a_figure_is_per_side():
    text = (
        "Ukraine and Russia held a prisoner swap on Saturday. Each side handed the other 120 "
        "troops, officials in Kyiv said."
    )
    found = exchange(text)
    assert (found["status"], found["returned"], found["count"]) == ("completed", 120, 120)


def test_each_side_sending_envoys_is_no_swap_figure():
    text = (
        "Each side sent 12 negotiators to the talks on a new prisoner exchange in Istanbul, "
        "officials said."
    )
    found = exchange(text)
    assert found["count"] is None
    assert found["returned"] is None
