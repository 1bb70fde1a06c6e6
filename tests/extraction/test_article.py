"""Article fields: title, outlet credit, published dateline, language, people."""

import datetime as dt

import pytest

from extraction import extract


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("News\n\nKyiv reports a quiet night\n\nNo drones were launched.",
         "Kyiv reports a quiet night"),
        ("[Source: Wire]\n\nDrones hit Odesa port\nThe port was damaged.", "Drones hit Odesa port"),
        ("“Air force downs drones overnight”\n\nThe air force said...",
         "Air force downs drones overnight"),
        ("BREAKING: Swap completed\n\nPrisoners came home.", "Swap completed"),
    ],
    ids=["furniture-line", "source-line", "quoted", "breaking-prefix"],
)  # fmt: skip
def test_title_is_the_first_real_line(text, title):
    assert extract(text)["title"] == title


@pytest.mark.parametrize(
    ("text", "passed", "outlet"),
    [
        ("A swap took place.\nThis report is based on original reporting from Kyiv Wire.", None,
         "Kyiv Wire"),
        ("A swap took place.\nThis story is based on reporting from Harbour Post.", None,
         "Harbour Post"),
        ("A swap took place.\nThis report is based on original reporting from Kyiv Wire.",
         "Channel X", "Channel X"),
        ("A swap took place, according to the air force.", None, None),
    ],
    ids=["original-reporting", "reporting", "passed-wins", "no-credit"],
)  # fmt: skip
def test_outlet(text, passed, outlet):
    assert extract(text, outlet=passed)["outlet"] == outlet


def test_published_from_passed_value_else_dateline_else_null():
    text = "Drones over Kyiv\nKYIV, March 4, 2024 - Air defence worked overnight."
    assert extract(text, published=dt.date(2024, 3, 5))["published"] == "2024-03-05"
    assert extract(text)["published"] == "2024-03-04"
    assert extract("Drones over Kyiv\nAir defence worked overnight.")["published"] is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Russia launched drones overnight, the air force said.", "en"),
        ("Вночі ворог атакував Україну дронами, повідомили Повітряні сили.", "uk"),
        ("Ночью противник атаковал Украину, сообщили военные. Это был массированный удар.", "ru"),
        ("Ворог атакував область, є пошкодження.", "uk"),
        ("Противник атаковал объекты энергетики.", "ru"),
    ],
    ids=["en", "uk", "ru", "uk-letters", "ru-letters"],
)
def test_language(text, language):
    assert extract(text)["language"] == language


def test_people_quoted_each_once_with_full_names():
    text = (
        "Exchange talks resume\n"
        'President Volodymyr Zelenskyy said talks were under way. "We are close," Zelenskyy '
        "added. Rustem Umerov told reporters the consultations went well. The Black Sea Fleet "
        "was not mentioned."
    )
    assert extract(text)["people"] == ["Volodymyr Zelenskyy", "Rustem Umerov"]


def test_people_in_ukrainian():
    text = "Обмін полоненими\nВолодимир Зеленський заявив, що обмін відбувся."
    assert extract(text)["people"] == ["Володимир Зеленський"]
