"""Whose people a swap's figure counts, and whether it is a figure of people who came home:
each class of wording in our own words (wire style)."""

import datetime as dt

import pytest

from extraction import extract

PUB = dt.date(2026, 11, 30)


def exchange(text: str) -> dict:
    """The exchange record extracted from a short wire text."""
    result = extract(text, published=PUB)["exchange"]
    assert result is not None
    return result


def test_both_sides_total_beside_each_sides_figure_is_not_who_came_home():
    # a repeated headline line with a homecoming word counts both sides together
    text = (
        "Joyful return: Kyiv and Moscow swap 160 POWs\n\n"
        "Joyful return: Kyiv and Moscow swap 160 POWs\n"
        "Ukraine and Russia exchanged prisoners of war on Sunday, each sending back 80 POWs, "
        "officials said."
    )
    x = exchange(text)
    assert x["returned"] != 160
    assert x["count"] == 80


@pytest.mark.parametrize(
    "lede",
    [
        "Сам обмін відбувся в неділю: Росія повернула 120 людей, Україна — 117.",
        "Сам обмен состоялся в воскресенье: Россия вернула 120 человек, Украина — 117.",
    ],
)
def test_russia_bringing_back_people_counts_russias_people(lede):
    text = "Обмен пленными\n\n" + lede + " Все 117 украинских пленных были мужчинами."
    x = exchange(text)
    assert x["returned"] != 120
    assert x["count"] != 120


def test_people_handed_over_to_russia_are_not_who_came_home():
    text = (
        "Prisoner swap held\n\nRussia released 190 Ukrainians on Sunday, among them several "
        "commanders, officials said. Sixty prisoners of war and one politician were handed "
        "over to Russia."
    )
    x = exchange(text)
    assert x["returned"] != 60
    assert x["count"] != 60


def test_one_sides_figure_beside_a_different_figure_of_ours_is_not_the_size():
    text = (
        "Обмен пленными\n\nМы обменяли 190 наших бойцов на одного политика, сказал глава "
        "офиса. В Россию были переданы 60 российских военнопленных."
    )
    x = exchange(text)
    assert x["count"] != 60


@pytest.mark.parametrize(
    "lede",
    [
        "Як очікується, найближчим часом з полону звільнять 1100 українців.",
        "Ожидается, что Россия освободит из плена 1100 украинцев.",
        "Officials said it is expected that Russia will free 1,100 Ukrainians.",
    ],
)
def test_a_release_expected_in_a_that_clause_is_not_who_came_home(lede):
    text = "Сторони відновлять обміни\n\n" + lede + " Консультації тривають."
    x = exchange(text)
    assert x["returned"] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "This concerns the release of 1,100 Ukrainians, the secretary said.",
        "Йдеться про звільнення 1 100 українців, зазначив секретар.",
        "Речь идет об освобождении 1100 украинцев, отметил секретарь.",
    ],
)
def test_a_release_named_as_what_is_at_issue_is_not_who_came_home(sentence):
    text = (
        "Kyiv and Moscow to resume swaps\n\nThe sides agreed on Sunday to revive the swap "
        "process. " + sentence
    )
    assert exchange(text)["returned"] is None


@pytest.mark.parametrize(
    "wounded",
    [
        "Российская сторона также передала 18 тяжелораненых украинских военных.",
        "Кроме того, по словам источника, стороны передали друг другу по четыре раненых.",
    ],
)
def test_wounded_handed_over_beside_the_formula_add_to_who_came_home(wounded):
    text = (
        "Россия и Украина провели обмен\n\nВ воскресенье Минобороны сообщило об обмене "
        "пленными с Украиной - 140 на 140 человек. " + wounded
    )
    x = exchange(text)
    assert x["count"] == 140
    assert x["returned"] == 140 + (18 if "18" in wounded else 4)


def test_warriors_are_people_and_their_figure_is_the_whole():
    text = (
        "Обмен пленными\n\nВ воскресенье на Украину вернулись 280 воинов, из них 250 были "
        "освобождены в рамках обмена пленными, а еще 30 человек были освобождены отдельно."
    )
    assert exchange(text)["returned"] == 280


@pytest.mark.parametrize(
    "sentence",
    [
        "Сегодня Россия вернула 150 своих военнослужащих и передала Киеву столько же солдат ВСУ.",
        "Москва вернула из плена 150 военных. Киеву взамен передали 150 попавших в плен "
        "солдат ВСУ.",
    ],
)
def test_russias_own_people_and_as_many_handed_to_kyiv(sentence):
    text = (
        "Обмен пленными\n\nСтороны договорились обменяться пленными по формуле «400 на 400». "
        + sentence
        + " Еще по 250 человек каждая сторона освободит в субботу."
    )
    assert exchange(text)["returned"] == 150


@pytest.mark.parametrize(
    "lede",
    [
        "Делегації обговорили обмін полоненими у форматі «тисяча на тисячу», заявив міністр.",
        "На переговорах делегации условились провести обмен «тысяча на тысячу».",
    ],
)
def test_one_thousand_in_words_sizes_the_swap(lede):
    text = "Нові домовленості щодо обміну\n\n" + lede
    assert exchange(text)["count"] == 1000


def test_russias_soldiers_and_as_many_handed_to_ukraine_size_the_swap():
    text = (
        "Обмен пленными\n\nМинобороны сообщило о новом обмене. В Россию вернулись 170 военных "
        "и 12 гражданских. Украине передали 170 пленных военнослужащих."
    )
    x = exchange(text)
    assert x["count"] == 170


def test_our_heroes_are_ukraines_people():
    text = (
        "Обмен пленными\n\nМы обменяли 190 наших героев на одного политика, сказал глава "
        "офиса. В Россию были переданы 60 российских военнопленных."
    )
    assert exchange(text)["count"] != 60


def test_civilians_told_before_soldiers_are_added_not_taken_alone():
    text = (
        "Обмен пленными\n\nВ рамках состоявшегося обмена российской стороне передали 15 "
        "гражданских лиц и 160 военнослужащих, Украина также получила 15 гражданских и 160 "
        "военных."
    )
    x = exchange(text)
    assert x["returned"] == 175  # "Украина также получила": a side like the other, not a part


def test_a_list_whose_first_noun_has_three_words_shares_its_verb():
    text = (
        "Prisoners back home\n\nUnder the agreement, 170 Ukrainian service members and 12 "
        "civilians were successfully returned home, the ombudsman said on Sunday."
    )
    assert exchange(text)["returned"] == 182


def test_swapped_for_our_people_named_after_the_swap_verb():
    text = (
        "Україна обміняла колишнього депутата і 48 росіян на 190 українських військовополонених"
        "\n\nУ ніч на неділю сторони провели великий обмін полоненими."
    )
    assert exchange(text)["returned"] == 190


@pytest.mark.parametrize(
    "sentence",
    [
        "Сьогодні додому повернулися 160 захисників України, а Росія забрала 160 своїх солдатів.",
        "Ukraine saw the return of 160 POWs and 12 wounded soldiers, while Russia welcomed home "
        "160 prisoners of war and 9 wounded servicemen.",
    ],
)
def test_both_sides_equal_soldiers_figures_size_the_swap(sentence):
    text = "Обмін полоненими\n\nУ неділю відбувся обмін полоненими. " + sentence
    assert exchange(text)["count"] == 160


def test_the_verb_after_an_including_list_tells_the_figure_before_it():
    text = (
        "Prisoners come home\n\nThe president confirmed that 175 Ukrainian prisoners, including "
        "marines, border guards, national guards, and three civilians, were released on Sunday."
    )
    assert exchange(text)["returned"] == 175


def test_female_soldiers_are_people():
    text = (
        "Swap of prisoners\n\nIn exchange for 90 Russian citizens under a prisoner exchange, "
        "Russia has released 88 Ukrainian female soldiers it had held."
    )
    assert exchange(text)["returned"] == 88


def test_a_formula_with_to_sizes_the_swap():
    text = (
        "Kyiv weighs Moscow's offer\n\nZelensky commented on Russia's proposal to exchange "
        "prisoners in 160 to 160, voiced during a phone call on Sunday."
    )
    assert exchange(text)["count"] == 160


def test_a_sentence_naming_that_swap_after_an_earlier_one_is_about_it():
    text = (
        "Юсов: затримки в обмінах з вини Росії\n\nПредставник розвідки заявив, що затримки в "
        "обмінах полоненими відбуваються з вини Росії.\n"
        "- 14 серпня Україна провела з Росією 61-й обмін полоненими. Особливістю цього обміну "
        "стала наявність у ньому 9 цивільних українців."
    )
    x = exchange(text)
    assert x["count"] != 9
    assert x["returned"] != 9


@pytest.mark.parametrize(
    "sentence",
    [
        "Российская сторона готова передать 27 человек в рамках взаимной репатриации, сообщила "
        "омбудсмен.",
        "Россия готова передать Украине 27 человек в рамках взаимной репатриации.",
    ],
)
def test_people_a_side_offers_to_hand_over_size_the_swap(sentence):
    text = "Омбудсмен: Россия готова к обмену гражданскими\n\n" + sentence
    x = exchange(text)
    assert x["status"] != "completed"
    assert x["count"] == 27
    assert x["returned"] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Більшість повернутих — чоловіки (140 людей), також звільнилися з полону 4 жінки.",
        "Most of those freed, 140 men, came home on buses; four women were also released.",
    ],
)
def test_the_larger_part_of_those_freed_is_not_the_whole(sentence):
    text = "Обмін полоненими\n\nУ неділю Україна повернула з полону своїх людей. " + sentence
    assert exchange(text)["returned"] != 140


def test_a_formula_of_a_swap_expected_tomorrow_is_not_who_came_home():
    text = (
        "Обмен пленными\n\nРоссия и Украина в понедельник провели обмен военнопленными, "
        "отчиталось Минобороны. Следующий обмен, «триста на триста», ожидается уже завтра."
    )
    result = extract(text, published=PUB)
    assert result["exchange"]["returned"] is None
    assert all(u["value"] != 300 for u in result["uncertain"] if u["field"] == "returned")


@pytest.mark.parametrize(
    "sentence",
    [
        "У неділю Україна змогла повернути додому ще 190 полонених.",
        "В воскресенье Украина смогла вернуть домой еще 190 пленных.",
    ],
)
def test_a_side_that_was_able_to_bring_people_home_did(sentence):
    x = exchange("Обмін полоненими\n\n" + sentence)
    assert x["status"] == "completed"
    assert x["returned"] == 190
    assert x["count"] is None


def test_could_bring_home_under_a_condition_is_no_return():
    text = "Обмін полоненими\n\nУкраїна змогла б повернути додому 190 полонених, заявив омбудсман."
    assert exchange(text)["returned"] is None


@pytest.mark.parametrize(
    "lede",
    [
        "Сам обмен состоялся в воскресенье: Россия вернула 96 человек, Украина — 93.",
        "Сам обмін відбувся в неділю: Росія повернула 96 людей, Україна - 93.",
    ],
)
def test_ukraines_figure_with_its_verb_left_out_came_home(lede):
    x = exchange("Обмен пленными\n\n" + lede)
    assert x["returned"] == 93
    assert x["count"] != 96


@pytest.mark.parametrize(
    "sentence",
    [
        "The last exchange took place yesterday, when 60 soldiers returned from captivity.",
        "Останній обмін відбувся вчора, тоді з полону повернулися 60 військових.",
    ],
)
def test_the_last_swap_told_as_yesterdays_is_the_swap_in_the_news(sentence):
    text = (
        "Ukraine has brought home 2,400 people\n\nUkraine has returned 2,400 people from "
        "captivity since 2022, the ombudsman said. " + sentence
    )
    assert exchange(text)["returned"] == 60


@pytest.mark.parametrize(
    "sentence",
    [
        "Six Russian servicemen were exchanged for our seven, the defence ministry said on Sunday.",
        "Шістьох російських військових обміняли на наших сімох, повідомили в міністерстві.",
    ],
)
def test_our_people_with_the_noun_left_out_came_home(sentence):
    x = exchange("Prisoner swap in the south\n\n" + sentence)
    assert x["returned"] == 7
