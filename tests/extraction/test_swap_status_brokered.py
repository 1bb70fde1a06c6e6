"""A swap told through its broker, its success or its plan, not through a return verb.

Wire copy often tells a done swap only as a mediation ("acted as mediators in the return of 60
soldiers") or as a success ("thanked both sides for making the exchange a success"), and a
swap set by both sides as "the planned exchange". Every sentence here is our own wording.
"""

import pytest

from extraction import extract


def status(text: str) -> str | None:
    found = extract(text)["exchange"]
    return found["status"] if found else None


@pytest.mark.parametrize(
    "text",
    [
        "Qatar and Turkey acted as mediators in the return of 64 Ukrainian servicemen from "
        "Russian captivity, the foreign ministry in Doha said on Tuesday.",
        "The Kremlin acknowledged Saudi Arabia's part in mediating the release of 40 Russian "
        "soldiers held by Ukraine.",
        "Катар выступил посредником при возвращении 48 украинских военнопленных, сообщили в "
        "министерстве иностранных дел.",
        "Туреччина стала посередником у поверненні 30 українських захисників з полону, "
        "повідомили в МЗС.",
    ],
    ids=["en-mediators-in-return", "en-mediating-release", "ru-posrednik", "uk-poserednyk"],
)
def test_a_mediated_return_told_in_the_past_is_completed(text):
    assert status(text) == "completed"


@pytest.mark.parametrize(
    "text",
    [
        # mediation offered, or talks mediated: nothing has come home yet
        "Qatar will act as a mediator in the return of 50 Ukrainian prisoners, officials said.",
        "Turkey offered to mediate the release of 200 prisoners held by both sides.",
        "Ватикан готов выступить посредником при возвращении 20 украинских пленных.",
    ],
    ids=["en-will-mediate", "en-offered-to-mediate", "ru-gotov-posrednik"],
)
def test_a_mediation_still_to_come_is_not_completed(text):
    assert status(text) != "completed"


@pytest.mark.parametrize(
    "text",
    [
        "The Saudi foreign ministry welcomed the success of its mediation on the prisoner "
        "exchange between Moscow and Kyiv.",
        "Abu Dhabi thanked Russia and Ukraine for their cooperation in making the prisoner "
        "exchange a success.",
        "МЗС Катару подякувало обом сторонам за успішний обмін полоненими.",
    ],
    ids=["en-success-of-mediation", "en-making-it-a-success", "uk-uspishnyi-obmin"],
)
def test_a_swap_called_a_success_is_completed(text):
    assert status(text) == "completed"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said it hoped for the success of the next prisoner exchange.",
        "Officials wished the negotiators success in talks on a new prisoner exchange.",
    ],
    ids=["en-hoped-for-success", "en-wished-success"],
)
def test_success_hoped_for_is_not_completed(text):
    assert status(text) != "completed"


@pytest.mark.parametrize(
    "text",
    [
        # "to" before an article is a preposition: the swap is what was agreed
        "Talks in Riyadh ended on Friday with both delegations agreeing to a new prisoner "
        "exchange, though no date was given.",
        # a swap described as planned: set by both sides, still to come
        "The envoy gave more details of the planned exchange, which he said would involve "
        "250 prisoners.",
        "Сторони узгодили деталі запланованого обміну полоненими, повідомив Умєров.",
    ],
    ids=["agreeing-to-a", "planned-exchange", "uk-zaplanovanyi"],
)
def test_an_agreed_or_planned_swap_is_agreed(text):
    assert status(text) == "agreed"


def test_a_verb_form_used_as_a_noun_in_a_headline_tells_no_done_swap():
    text = (
        "President offers 'all for all' prisoner swap as 'start' of a peace process\n"
        "He made the offer at a summit in Kyiv on Monday."
    )
    assert status(text) == "proposed"


@pytest.mark.parametrize(
    "text",
    [
        "Ombudsman says when an all-for-all swap will take place\n"
        "He told a radio station he did not believe it would happen soon.",
        "Омбудсмен розповів, коли відбудеться обмін полоненими всіх на всіх\n"
        "Він сказав, що не вірить у швидкий обмін.",
    ],
    ids=["en-says-when", "uk-koly"],
)
def test_an_indirect_question_about_when_is_no_agreed_date(text):
    assert status(text) != "agreed"
