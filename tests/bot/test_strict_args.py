"""Command arguments are read strictly: odd digits, huge numbers and impossible or future dates
get a clear answer, never the error handler."""

import logging
from datetime import UTC, datetime

import pytest

from bot.local_api import html_to_plain
from handlers.args import calendar_date, confirm_story, names_field_first, number
from tests.conftest import EDITOR
from tests.support.updates import command_update

SORRY = "Sorry, something went wrong"
MESSAGE_DATE = datetime(2023, 12, 5, 9, 0, tzinfo=UTC)


async def ask(app, fake, text):
    before = len(fake.sent(EDITOR))
    await app.process_update(command_update(app.bot, text, user_id=EDITOR, date=MESSAGE_DATE))
    replies = [html_to_plain(p["text"]) for p in fake.sent(EDITOR)[before:]]
    assert replies, f"{text!r} got no answer"
    return replies[-1]


def test_fix_and_confirm_arguments_say_whether_they_lean_on_a_receipt():
    # "/fix drones_downed 30" names the figure but no story: only a replied receipt can supply it.
    assert names_field_first(["Drones_downed", "30"])
    assert not names_field_first(["4", "drones_downed", "30"])
    assert not names_field_first([])
    assert confirm_story(["4"]) == 4
    for odd in ([], ["4", "5"], ["four"], ["0"]):
        assert confirm_story(odd) is None, odd


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("/latest ²", "Usage: /latest"),
        ("/latest ٣", "Usage: /latest"),
        ("/latest 0", "Usage: /latest"),
        ("/latest 51", "Usage: /latest"),
        ("/latest 99999999999999999999", "Usage: /latest"),
        ("/sources ²", "Usage: /sources"),
        ("/sources -1", "Usage: /sources"),
        ("/sources 99999999999999999999", "There is no story #99999999999999999999"),
        ("/sources 9223372036854775807", "There is no story #9223372036854775807"),
        ("/strikes 2023-02-30", "Usage: /strikes"),
        ("/strikes 20231203", "Usage: /strikes"),
        ("/strikes ２０２３-１２-０３", "Usage: /strikes"),
        ("/strikes 2031-01-01", "has not come yet"),
        ("/strikes 2023-12-06", "has not come yet"),
        ("/strikes 2023-12-05", "No attack figures"),
        ("/merge ² ³", "/merge"),
        ("/search drones page ²", "/search"),
        ("/digest off now", "Usage: /digest"),
    ],
)
async def test_odd_arguments_get_an_answer_not_an_error(app, fake, caplog, command, expected):
    with caplog.at_level(logging.ERROR):
        reply = await ask(app, fake, command)
    assert SORRY not in reply
    assert expected in reply
    assert reply.startswith("Usage") or "Usage" not in expected, "the usage line alone"
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_numbers_are_ascii_digits_within_bounds():
    assert number("7") == 7 and number("50", 1, 50) == 50
    for odd in ("²", "٣", "７", "-1", "+1", " 1", "1.0", "", "0", "99999999999999999999"):
        assert number(odd) is None, odd


def test_dates_are_real_and_written_in_full():
    assert calendar_date("2024-02-29").isoformat() == "2024-02-29"
    for odd in ("2023-02-29", "2023-13-01", "20231203", "2023-W49-1", "２０２３-１２-０３"):
        assert calendar_date(odd) is None, odd


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        # A phone may capitalise a word: the bot's words are read in any case, as /lang UK is.
        ("/strikes Week", "No attack figures"),
        ("/strikes YESTERDAY", "No attack figures reported for the night to 4 Dec 2023"),
        ("/strikes Today", "No attack figures reported for the night to 5 Dec 2023"),
        ("/digest Off", "This chat had no daily digest"),
    ],
)
async def test_the_bots_own_words_are_read_in_any_case(app, fake, command, expected):
    assert expected in await ask(app, fake, command)
