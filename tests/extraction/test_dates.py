"""Dates: the dateparser wrapper and our own arithmetic, always against an explicit reference."""

import datetime as dt

import pytest

from extraction.dates import find_date_cues, parse_when

NOW = dt.date(2023, 12, 3)


@pytest.mark.parametrize(
    ("phrase", "languages", "expected"),
    [
        ("December 1, 2023", ["en"], dt.date(2023, 12, 1)),
        ("3 грудня 2023", ["uk"], dt.date(2023, 12, 3)),
        ("у ніч на 2 грудня", ["uk"], dt.date(2023, 12, 2)),
        ("yesterday", ["en"], dt.date(2023, 12, 2)),
        ("not a date at all", ["en"], None),
        ("", ["en"], None),
        ("December 20, 2023", ["en"], None),
    ],
    ids=["en-absolute", "uk-absolute", "uk-night-to", "relative", "garbage", "empty", "future"],
)
def test_parse_when(phrase, languages, expected):
    assert parse_when(phrase, now=NOW, languages=languages) == expected


def test_parse_when_caches_by_phrase_now_and_languages():
    first = parse_when("2 December 2023", now=NOW, languages=["en"])
    again = parse_when("2 December 2023", now=NOW, languages=["en"])
    assert first == again == dt.date(2023, 12, 2)


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("Russia attacked overnight.", NOW, NOW),
        ("Russia attacked on Friday.", NOW, dt.date(2023, 12, 1)),
        ("Russia attacked on Sunday.", NOW, NOW),
        ("Вночі ворог атакував.", NOW, NOW),
        ("Вчера противник атаковал.", NOW, dt.date(2023, 12, 2)),
        ("у ніч на 25 грудня ворог атакував", NOW, dt.date(2022, 12, 25)),
        ("в ночь на 1 декабря противник атаковал", NOW, dt.date(2023, 12, 1)),
        ("on the night of 8-9 August", NOW, dt.date(2023, 8, 9)),
        ("on December 3, 2021", NOW, dt.date(2021, 12, 3)),
        ("07/17/2024", None, dt.date(2024, 7, 17)),
        ("Russia attacked overnight.", None, None),
        ("on 14 March", None, None),
    ],
    ids=["overnight", "weekday", "today-weekday", "uk-vnochi", "ru-vchera", "yearless-past-year",
         "ru-night-to", "night-range", "absolute", "slash-date", "no-reference",
         "yearless-no-reference"],
)  # fmt: skip
def test_date_cues(text, ref, expected):
    cues = find_date_cues(text, ref)
    assert cues[0].date == expected


def test_never_a_date_after_the_reference():
    cues = find_date_cues("on 2024-01-05 and on 5 January", NOW)
    assert all(c.date is None or c.date <= NOW for c in cues)


def test_a_yearless_day_just_ahead_of_the_reference_is_not_last_year():
    # "обмен пройдет 5 декабря" in an article of 3 December: a day to come (which a cue never
    # gives), not the same day a year before, which would make the swap an earlier one
    cues = find_date_cues("обмен пленными пройдет 5 декабря", NOW)
    assert cues[0].explicit
    assert cues[0].date is None
