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


@pytest.mark.parametrize(
    "text",
    [
        # the reflexive verbs of release: "were freed" told as "freed themselves"
        "Того ж дня з полону звільнилися ще 12 морпіхів.",
        "Звільнилася з полону й медикиня, яку утримували два роки.",
        "В ходе обмена из плена освободились 30 военнослужащих.",
        # forms no pattern ever listed: the lemma carries them
        "Після обміну визволено 40 захисників.",
        "Из плена возвратились 64 пограничника.",
        "Thirty marines were liberated from Russian captivity.",
        "Kyiv has repatriated 12 more of its soldiers.",
    ],
)
def test_every_past_form_of_a_release_verb_reads_as_done(text):
    assert completed_return(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Сьогодні з полону звільнилися 48 військових: обмін пройшов на кордоні з Білоруссю.",
        "Из плена освободились 52 защитника, обмен прошел при посредничестве ОАЭ.",
        "В рамках обмена вернулась домой 21 женщина.",
        "Forty-one Ukrainian defenders were repatriated from captivity on Friday.",
        "The prisoners returned from captivity overnight, the ombudsman said.",
    ],
)
def test_a_swap_told_with_any_past_form_is_completed(text):
    from extraction import extract

    assert extract(text)["exchange"]["status"] == "completed"


def test_the_exchange_verbs_are_return_verbs_that_count_a_swap():
    from extraction.vocab import VOCAB

    for lang, words in VOCAB["exchange_verb"].items():
        assert set(words) <= set(VOCAB["return_verb"][lang])
    # "обмінялися 200 полоненими" is an exchange; "звільнилися 200" a return
    assert find("обмінялися полоненими", "exchange_verb")
    assert not find("звільнилися з полону", "exchange_verb")


@pytest.mark.parametrize(
    "text",
    [
        # a wish, a duty, an ability, in any person or tense (`not_yet_word`)
        "Ці бійці повинні були бути повернуті ще влітку.",
        "Усі полонені мусили бути повернуті до кінця року.",
        "Эти пленные могли быть освобождены ещё в марте.",
        "Обещанные пленные так и не были освобождены.",
    ],
)
def test_a_release_under_a_wish_or_a_duty_is_not_done(text):
    assert completed_return(text) is None


def test_a_wish_word_in_another_clause_is_no_modal():
    # a project's name ("Хочу жить") before the report of a return done
    text = 'Проєкт "Хочу жить" повідомив, що додому повернулися 200 захисників.'
    assert completed_return(text) is not None
