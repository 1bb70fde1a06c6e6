"""A swap's status from its own verb, tense and clause: a deed done by one person ("змогла
повернути"), a swap that "will happen" with its formula, an obligation ("must be returned"), a
call ("should be carried out"), a side that will not swap, a halt that is to be broken, talks
only imagined or brokered for later, mediation told as the cause of a result, and a swap noun
that opens a clause of its own after a comma and "and". Our own copy."""

import pytest

from extraction import extract


def _status(text: str, published: str = "2025-06-10"):
    found = extract(text, published=published)["exchange"]
    return found and found["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Вчора Україна змогла повернути додому ще 120 полонених, повідомили у штабі.",
        "Накануне Россия смогла вернуть из плена еще 64 военнослужащих, сообщили в ведомстве.",
    ],
)
def test_a_return_one_side_managed_is_done(text):
    assert _status(text) == "completed"


@pytest.mark.parametrize(
    "text",
    [
        'Глава делегации сообщил: "В ближайшие дни произойдёт обмен пленными 500 на 500".',
        "По словам переговорщика, завтра произойдёт обмен пленными по формуле 300 на 300.",
    ],
)
def test_a_swap_of_a_formula_that_will_happen_is_agreed(text):
    assert _status(text) == "agreed"


def test_people_who_must_be_returned_are_not_home():
    text = (
        "Омбудсмен напомнила, что задержанные должны быть возвращены без условий, однако "
        "другая сторона требует обменять их на своих граждан."
    )
    assert _status(text) != "completed"


def test_a_swap_that_should_be_carried_out_is_a_call():
    text = (
        "По словам президента, обмен пленными следует провести только по одной формуле: "
        "всех на всех."
    )
    assert _status(text) == "proposed"


@pytest.mark.parametrize(
    "text",
    [
        "Moscow has stopped swapping prisoners with Kyiv, the ombudsman told reporters on "
        'Tuesday. "There are no exchanges now: the Russian side refuses them," he said.',
        "Russia does not agree to the exchange of prisoners of war and blames Kyiv for it, "
        "the ombudsman said on Tuesday.",
    ],
)
def test_a_side_that_has_stopped_swapping_stalls_the_swaps(text):
    assert _status(text) == "stalled"


def test_a_deadlock_to_be_broken_is_no_halt_of_the_swap():
    text = (
        "To break the deadlock in the war, the president on Monday proposed an exchange of all "
        "prisoners of war with Russia. A swap would pave the way for broader negotiations, he "
        "said, as Washington sent an envoy to broker talks ahead of potential negotiations."
    )
    assert _status(text) == "proposed"


def test_a_swap_noun_after_a_comma_and_and_is_no_object_of_the_verb_before():
    text = (
        "Попередні консультації відбулися між сторонами, і обмін полоненими заплановано на "
        "наступний тиждень."
    )
    assert _status(text) == "agreed"


def test_mediation_told_as_the_cause_of_a_swap_is_no_talks():
    text = (
        "The Gulf state announced an exchange of eight prisoners of war between Russia and "
        "Ukraine thanks to the mediation of its foreign minister."
    )
    assert _status(text) != "negotiating"


@pytest.mark.parametrize(
    "text",
    [
        "В министерстве обороны рассказали об обмене пленными 60 на 60: в возвращении "
        "российских военных из плена, по данным ведомства, посреднические усилия оказали "
        "Объединенные Арабские Эмираты.",
        "According to the ministry, during the return of the soldiers from captivity "
        "mediation was provided by the UAE.",
    ],
)
def test_a_broker_of_a_return_told_as_it_happened_tells_a_swap_done(text):
    assert _status(text) == "completed"


def test_a_swap_done_under_a_deal_reached_at_dated_talks_keeps_its_framework():
    found = extract(
        "Первый этап нового обмена пленными Россия и Украина провели в соответствии с "
        "договоренностями, достигнутыми на переговорах 2 июня в Стамбуле, заявили в Минобороны.",
        published="2025-06-09",
    )["exchange"]
    assert found["status"] == "completed"
    assert found["framework"] is not None


def test_the_release_as_a_noun_is_no_people_released():
    text = (
        "Секретар РНБО провів консультації за посередництва партнерів щодо відновлення обмінів "
        "і звільнення наших людей. Сторони погодилися, що обмін почнуть найближчим часом. "
        "Йдеться про звільнення 800 українців."
    )
    assert _status(text) != "completed"


def test_many_coming_home_now_is_a_swap_under_way():
    text = (
        "За даними Координаційного штабу, обмін полоненими став уже 60-м. Цього разу додому "
        "повертається багато оборонців Маріуполя."
    )
    assert _status(text) == "completed"


def test_a_perfect_with_a_rough_amount_is_a_tally_not_this_swap():
    text = (
        "Ukraine is working to resume prisoner exchanges with Russia, hoping for the release of "
        "900 Ukrainians, officials said. As a result of the talks, the sides agreed to return to "
        "the Istanbul agreements. The two sides have since traded thousands of prisoners."
    )
    assert _status(text) != "completed"


@pytest.mark.parametrize(
    "text",
    [
        '"Усі затримки в обмінах полоненими відбуваються з вини Росії", - заявив представник '
        "розвідки у вівторок.",
        "Все задержки с обменами пленными происходят по вине другой стороны, заявил "
        "представник штаба во вторник.",
    ],
)
def test_delays_of_the_swaps_stall_them(text):
    assert _status(text) == "stalled"


def test_a_swap_without_delay_is_not_stalled():
    text = "Обмін полоненими 200 на 200 відбудеться без затримок, заявили у штабі."
    assert _status(text) != "stalled"
