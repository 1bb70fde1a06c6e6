"""One person, one name in /exchange's "Quoted:", however the outlets spell it."""

from storage.people import fold_people, same_person
from tests.intake.test_stories import ask, forward


def test_transliterations_of_one_name_fold_into_the_first_spelling():
    names = [
        "Volodymyr Zelenskyy",
        "Rustem Umerov",
        "Volodymyr Zelensky",
        "Zelenskiy",
        "Володимир Зеленський",
        "Владимир Зеленский",
        "Andrii Yermak",
        "Andriy Yermak",
        "Dmytro Lubinets",
        "Дмитрий Лубинец",
    ]
    assert fold_people(names) == [
        "Volodymyr Zelenskyy",
        "Rustem Umerov",
        "Andrii Yermak",
        "Dmytro Lubinets",
    ]


def test_different_people_stay_apart():
    assert not same_person("Olena Zelenska", "Volodymyr Zelenskyy")
    assert not same_person("Andriy Yermak", "Andriy Sybiha")
    assert not same_person("Oleh Syniehubov", "Ivan Syniehubov")
    assert fold_people(["Zelensky", "Volodymyr Zelensky"]) == ["Volodymyr Zelensky"]


FIRST = (
    "Kyiv and Moscow agree new swap of 300 prisoners\n\n"
    "KYIV, May 2, 2025 - Ukraine and Russia have agreed to exchange 300 prisoners, President "
    "Volodymyr Zelenskyy said on Friday after talks mediated by the United Arab Emirates."
)
SECOND = (
    "Ukraine says prisoner exchange of 300 agreed with Russia\n\n"
    "Ukraine has agreed a swap of 300 prisoners with Russia, President Volodymyr Zelensky told "
    "reporters in Kyiv on Friday, thanking the United Arab Emirates for its mediation."
)


async def test_exchange_quotes_one_person_once_across_two_spellings(app, fake, store):
    await forward(app, fake, FIRST, "kyivwire", 1, "2025-05-02")
    await forward(app, fake, SECOND, "harbourtimes", 2, "2025-05-02")
    exchange = await ask(app, fake, "/exchange")
    quoted = next(line for line in exchange.splitlines() if line.startswith("Quoted:"))
    assert quoted == "Quoted: Volodymyr Zelenskyy"
