"""The lemma layer: one vocabulary entry covers every inflected form, in three languages."""

import pytest

from extraction.lemmas import completed_return, find, offered_swap


@pytest.mark.parametrize(
    "word", ["повернулися", "повернулись", "повертаємо", "повернуто", "повернули"]
)
def test_one_entry_covers_every_form_of_povernuty(word):
    assert find(f"Сьогодні {word} наших людей", "return_verb")


@pytest.mark.parametrize(
    "text",
    [
        "Додому повернулись 14 громадян України.",
        "З полону звільнено ще 20 військових.",
        "Из плена вернулись 95 военнослужащих.",
        "Россия и Украина обменялись пленными.",
        "Forty soldiers were freed on Friday.",
        "Kyiv and Moscow exchanged 75 prisoners each.",
        "The men were brought back to Ukraine overnight.",
    ],
)
def test_a_past_return_or_exchange_reads_as_done(text):
    assert completed_return(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Україна повертає своїх людей.",  # present, imperfective
        "Ми повернемо всіх.",  # future
        "Kyiv hopes to free 1,200 prisoners.",
        "The captives could be released next week.",
        "the exchange of prisoners",
        "Россия готова вернуть пленных.",
    ],
)
def test_a_wish_or_a_plan_is_not_done(text):
    assert completed_return(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv is ready to exchange the Russian soldiers it holds.",
        "Україна готова передати двох полонених.",
        "Москва предложила обменять пленных.",
    ],
)
def test_readiness_to_swap_is_an_offer(text):
    assert offered_swap(text) is not None
