"""How far a swap has got, read from the clause that tells it: offers, questions about talks,
agreements confirmed, concessions. Our own copy."""

from extraction import extract
from tests.extraction.figures_of import exchange


def test_talks_that_are_only_proposed_make_a_proposal():
    found = exchange(
        "Kyiv offers to trade captured soldiers for its POWs\n"
        "Ukraine has proposed swap negotiations with Pyongyang, the president said, adding that "
        "Kyiv was prepared to hand over the two captured soldiers in exchange for Ukrainian "
        "prisoners of war."
    )
    assert found["status"] == "proposed"


def test_a_willingness_to_negotiate_is_no_talks_under_way():
    found = exchange(
        "The foreign minister stressed Ukraine's willingness to negotiate a new prisoner "
        "exchange with Moscow."
    )
    assert found["status"] != "negotiating"


def test_ready_for_an_exchange_noun_is_a_proposal():
    found = exchange(
        "Президент заявив, що Україна готова до обміну всіх на всіх і чекає відповіді Москви."
    )
    assert found["status"] == "proposed"
    assert found["framework"] == "all-for-all"


def test_a_question_about_talks_and_no_talk_of_a_swap_are_not_negotiations():
    found = exchange(
        "Кремль: речи об обмене пленного бизнесмена на украинских военных не ведётся\n"
        "Представитель Кремля ответил на вопрос журналистов, ведёт ли Москва переговоры с "
        "Киевом об обмене бизнесмена на пленных. Бизнесмен ранее записал видео с предложением "
        "обменять его на защитников города."
    )
    assert found["status"] != "negotiating"


def test_an_agreement_confirmed_is_an_agreed_swap_and_a_bodies_formula_is_no_count():
    found = exchange(
        "Глава делегации подтвердил договоренности с Украиной по обмену пленными. Он также "
        "сообщил, что Россия передаст Киеву тела 4000 погибших. В Киеве заявили, что обмен "
        "телами будет взаимным по формуле «4000 на 4000»."
    )
    assert found["status"] == "agreed"
    assert found["count"] is None


def test_peace_talks_stalled_in_a_concessive_clause_do_not_stall_the_swap():
    found = exchange(
        "Hundreds of prisoners freed by Kyiv and Moscow though peace talks stay deadlocked\n"
        "Both sides released 270 prisoners each on Friday, officials said."
    )
    assert found["status"] == "completed"


def test_a_halt_reported_days_before_does_not_hide_the_swap_done_today():
    found = exchange(
        "On June 3, 58 Ukrainians came home from Russian captivity, even though Moscow had "
        "announced a few days earlier that swaps were on hold.",
        published="2025-06-04",
    )
    assert found["status"] == "completed"
    assert found["returned"] == 58


def test_a_headline_swapping_hundreds_of_prisoners_tells_a_swap_done():
    found = exchange(
        "Russia and Ukraine swap hundreds of prisoners\n"
        "The two countries agreed last week in Geneva to exchange 600 prisoners each, "
        "officials said."
    )
    assert found["status"] == "completed"


def test_the_agreed_size_of_a_swap_done_is_its_count_not_who_came_home():
    found = exchange(
        "Russia and Ukraine swap hundreds of prisoners\n"
        "Moscow and Kyiv agreed to exchange 600 prisoners each, but their terms for a "
        "ceasefire remain far apart."
    )
    assert found["count"] == 600
    assert found["returned"] is None


def test_the_number_of_people_returned_over_a_year_tells_no_swap_done():
    found = exchange(
        "Омбудсман підбив підсумки року\n"
        "Він наголосив, що потрібно зробити все, щоб наступного року кількість повернутих "
        "із полону українців була більшою."
    )
    assert found is None or found["status"] != "completed"


def test_a_proposal_to_swap_a_captive_is_about_a_swap_of_people():
    found = exchange(
        "Пленный бизнесмен записал видео\n"
        "В опубликованном видео бизнесмен обращается к президентам двух стран с предложением "
        "обменять его на военнослужащих и жителей осажденного города."
    )
    assert found["status"] == "proposed"


def test_a_territory_swap_is_still_no_prisoner_swap():
    found = extract(
        "Officials discussed a possible territory swap with Moscow, the newspaper reported.",
        published="2025-08-10",
    )["exchange"]
    assert found is None
