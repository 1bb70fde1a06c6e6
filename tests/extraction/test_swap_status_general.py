"""Statements that tell no swap's status: a halt of something else told about prisoners, a
tally across swaps with a mediation word, a creed about everyone brought home, a pointer to
another story. Our own copy."""

from extraction import extract


def _exchange(text: str):
    return extract(text, published="2025-05-10")["exchange"]


def test_a_halt_of_something_else_about_prisoners_is_no_stalled_swap():
    assert (
        _exchange(
            "The monitors said the authorities had disrupted inquiries into the abuse of POWs in "
            "two detention centres, the UN mission said on Friday."
        )
        is None
    )


def test_a_halt_of_an_offer_of_a_swap_still_stalls_it():
    found = _exchange(
        "Kyiv proposed to exchange all wounded prisoners before the holiday. Moscow rejected "
        "the offer on Friday."
    )
    assert found["status"] == "stalled"


def test_a_tally_with_a_mediation_word_tells_no_talks():
    assert (
        _exchange(
            "Зеленський сказав, що за посередництва Катару вдалося повернути близько 3 тис. "
            "полонених українців."
        )
        is None
    )


def test_a_creed_about_everyone_brought_home_completes_no_swap():
    found = extract(
        'The headquarters for prisoners of war marked its anniversary on Monday. "We are glad '
        'of every soldier brought home," its head said.'
    )["exchange"]
    assert found is None or found["status"] != "completed"


def test_a_pointer_to_another_story_tells_no_talks():
    found = _exchange(
        "Штаб вже зміг повернути понад 5 тисяч людей з полону.\n\n"
        "Як ідуть переговори щодо обмінів – читайте в матеріалі нашого сайту.\n"
    )
    assert found is None or found["status"] != "negotiating"


def test_a_swap_told_as_the_result_of_talks_is_done():
    found = _exchange(
        "Обмін полоненими між Україною та Росією став результатом переговорів, що тривали "
        "два місяці, повідомив посередник."
    )
    assert found["status"] == "completed"


def test_an_english_swap_that_was_the_outcome_of_talks_is_done():
    found = _exchange(
        "The prisoner exchange was the outcome of talks between the two delegations in "
        "Istanbul, officials said on Friday."
    )
    assert found["status"] == "completed"


def test_an_agreed_swap_later_reported_carried_out_is_done_with_its_per_side_figure():
    found = _exchange(
        "Kyiv and Moscow ended a round of talks in Doha, agreeing on a large prisoner swap.\n"
        "The mediator said the delegations agreed to exchange 240 prisoners of war.\n"
        "State media later reported that 120 prisoners were exchanged by each side, with two "
        "Russian civilians also returned."
    )
    assert found["status"] == "completed"
    assert found["count"] == 120
    assert found["returned"] == 120
