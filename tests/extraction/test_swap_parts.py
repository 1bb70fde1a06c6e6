"""Who came home, told in parts: a list of kinds after a colon, men beside women, and how long
people were held (not a running total). Our own copy."""

from tests.extraction.figures_of import exchange


def test_returned_is_the_sum_of_a_list_of_kinds_after_a_colon():
    found = exchange(
        "Обмін полоненими відбувся в неділю на кордоні з Білоруссю.\n"
        "У штабі повідомили, що цього разу вдалося повернути:\n"
        "- 40 військових ЗСУ,\n"
        "- 17 нацгвардійців,\n"
        "- 6 прикордонників.\n"
        "Крім того, 3 звільнених військових раніше служили на флоті."
    )
    assert found["status"] == "completed"
    assert found["returned"] == 63
    quote = found["evidence"]["returned"]["quote"]
    assert "40 військових" in quote and "6 прикордонників" in quote


def test_a_list_that_counts_no_people_gives_no_sum():
    found = exchange(
        "Ukraine brought home 88 soldiers in a prisoner swap on Friday. They were freed:\n"
        "- 3 days after the talks,\n"
        "- 2 weeks before the holidays."
    )
    assert found["returned"] == 88


def test_men_and_women_released_together_are_added():
    found = exchange(
        "Ukraine and Russia carried out a prisoner exchange on Sunday. Some of the 109 "
        "Ukrainian men and nine women who were released had been held since 2022, Kyiv said."
    )
    assert found["returned"] == 118


def test_held_in_captivity_since_a_year_is_no_running_total():
    found = exchange(
        "Серед звільнених в обміні «300 на 300» були й українці, які перебувають у полоні з "
        "2015 року, повідомив представник штабу. Україна повернула 300 полонених."
    )
    assert found["count"] == 300
    assert found["status"] == "completed"
