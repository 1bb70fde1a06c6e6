"""The month and weekday tables (extraction/calendar_words.py): each spelling reads as its day."""

import datetime as dt

import pytest

from extraction import calendar_words as cw
from extraction.dates import find_date_cues, full_dates
from extraction.periods import month_total


def _numbered(*columns):
    return sorted(cw.month_numbers(*columns).items(), key=lambda item: item[1])


def test_every_month_has_a_name_in_every_language_and_case():
    for column in (cw.EN, cw.UK_NOM, cw.UK_GEN, cw.UK_LOC, cw.RU_NOM, cw.RU_GEN, cw.RU_LOC):
        assert sorted(set(cw.month_numbers(column).values())) == list(range(1, 13)), column


@pytest.mark.parametrize(("word", "month"), _numbered(cw.UK_GEN, cw.RU_GEN, cw.UK_MISSPELT))
def test_a_genitive_after_a_day_is_a_date(word, month):
    assert full_dates(f"Київ, 10 {word} 2025 року") == [dt.date(2025, month, 10)]


@pytest.mark.parametrize(("word", "month"), _numbered(cw.EN, cw.EN_SHORT))
def test_an_english_month_before_a_day_is_a_date(word, month):
    assert full_dates(f"KYIV, {word.capitalize()} 10, 2025") == [dt.date(2025, month, 10)]


@pytest.mark.parametrize("word", cw.month_forms(cw.UK_NOM))
def test_a_month_named_after_za_is_a_month_total(word):
    assert month_total(f"За {word} ворог випустив по Україні 4000 ударних дронів.")


@pytest.mark.parametrize("word", cw.month_forms(cw.RU_LOC))
def test_a_month_in_the_locative_is_a_month_total(word):
    assert month_total(f"В {word} противник выпустил по Украине 4000 ударных дронов.")


def test_a_month_with_its_day_is_no_month_total():
    for word in cw.month_forms(cw.UK_GEN):
        assert not month_total(f"Ворог випустив 40 дронів 10 {word}.")


@pytest.mark.parametrize(("word", "weekday"), sorted(cw.weekday_numbers(cw.UK_ACC).items()))
def test_a_night_into_a_ukrainian_weekday_is_dated_to_that_day(word, weekday):
    cues = find_date_cues(f"У ніч на {word} ворог атакував Київ.", dt.date(2025, 3, 12))
    assert [c.date.weekday() for c in cues] == [weekday]


@pytest.mark.parametrize(("word", "weekday"), sorted(cw.weekday_numbers(cw.RU_ACC).items()))
def test_a_night_into_a_russian_weekday_is_dated_to_that_day(word, weekday):
    cues = find_date_cues(f"В ночь на {word} противник атаковал Киев.", dt.date(2025, 3, 12))
    assert [c.date.weekday() for c in cues] == [weekday]


@pytest.mark.parametrize(("word", "weekday"), sorted(cw.weekday_numbers(cw.EN).items()))
def test_an_english_weekday_is_dated_to_that_day(word, weekday):
    cues = find_date_cues(f"Russia attacked Kyiv on {word.capitalize()}.", dt.date(2025, 3, 12))
    assert [c.date.weekday() for c in cues] == [weekday]
