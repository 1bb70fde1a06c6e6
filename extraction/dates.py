"""Dates: candidate phrases found by our own patterns, resolved by arithmetic; dateparser last."""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import NamedTuple

from extraction import calendar_words as cw
from extraction.cues import cue, gated

# Every spelling of a month a date may use, with its number: English names and abbreviations,
# Ukrainian and Russian nominative and genitive ("березень", "10 березня"), and the forms OCR and
# careless typing leave ("счня", "квтня"). Intake's dateline finder reads it too.
MONTHS: dict[str, int] = cw.month_numbers(
    cw.EN, cw.EN_SHORT, cw.UK_GEN, cw.UK_NOM, cw.UK_MISSPELT, cw.RU_GEN, cw.RU_NOM
)
_MONTHS = MONTHS

# Every spelling of a weekday a date may use ("on Friday", "у ніч на п'ятницю", "в ночь на
# пятницу", "з четверга"), with its number (0 for Monday)
_WEEKDAYS: dict[str, int] = cw.weekday_numbers(
    cw.EN, cw.UK_NOM, cw.UK_ACC, cw.UK_GEN, cw.RU_NOM, cw.RU_ACC, cw.RU_GEN
)

_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY_ALT = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))

_YEAR = re.compile(r"(?:19|20)\d\d")
_ISO = gated(r"\b(20\d\d|19\d\d)-(\d\d)-(\d\d)\b")
_SLASH = gated(r"\b(\d{1,2})/(\d{1,2})/(20\d\d)\b")
_DOTTED = gated(r"\b(\d{1,2})\.(\d{1,2})\.(20\d\d)\b")
_MONTH_DAY = cue(rf"({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?")
_DAY_MONTH = cue(
    rf"(\d{{1,2}})(?:\s*-\s*(\d{{1,2}}))?(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_ALT})\b\.?"
    rf"(?:,?\s+(\d{{4}}))?"
)
_NIGHT_TO_WEEKDAY = cue(
    rf"(?:у ніч|в ніч|в ночь|ночью)\s+(?:з|с|со)?\s*(?:\w+\s+)?на\s+({_WEEKDAY_ALT})\b"
)
_WEEKDAY = cue(rf"({_WEEKDAY_ALT})\b")
# "Monday night": the night that may end on the morning of the report
_WEEKDAY_NIGHT = cue(rf"({_WEEKDAY_ALT}) night\b")
_RELATIVE = cue(
    r"\b(?:overnight|last night|tonight|this night|during the night|at night|this morning|"
    r"earlier today|today|yesterday|the previous night|the night before|a day earlier|"
    r"вночі|уночі|цієї ночі|минулої ночі|сьогодні|учора|вчора|напередодні|"
    r"ночью|этой ночью|прошедшей ночью|минувшей ночью|за ночь|сегодня|вчера|накануне)\b"
)
_BACK_ONE = ("yesterday", "the previous night", "the night before", "a day earlier", "учора",
             "вчора", "напередодні", "вчера", "накануне")  # fmt: skip


class DateCue(NamedTuple):
    """A date phrase in a sentence: where it is and the date it names (None if unresolved)."""

    start: int
    date: dt.date | None
    explicit: bool  # a calendar date written out, as opposed to "overnight" / "on Sunday"


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# a day named without a year up to this many days after the article's date is a day to come
# ("обмен пройдет 6 марта" in an article of 5 March), not the same day a year before; as every
# date after the reference, it resolves to no date
_AHEAD_DAYS = 3


def _yearless(month: int, day: int, ref: dt.date | None) -> dt.date | None:
    if ref is None:
        return None
    found = _safe_date(ref.year, month, day)
    if found is not None and (found - ref).days > _AHEAD_DAYS:
        found = _safe_date(ref.year - 1, month, day)
    return found


def _weekday_before(weekday: int, ref: dt.date | None) -> dt.date | None:
    if ref is None:
        return None
    return ref - dt.timedelta(days=(ref.weekday() - weekday) % 7)


def _night_after(weekday: int, ref: dt.date | None) -> dt.date | None:
    """The named weekday, or the reference day when that night ended on the morning of it."""
    day = _weekday_before(weekday, ref)
    if day is None or ref is None:
        return day
    # "Monday night" in Tuesday's copy is the overnight attack reported that morning; an older
    # weekday night keeps its own date, as readers of earlier reports knew it
    return ref if day + dt.timedelta(days=1) == ref else day


def _plausible_day_month(text: str, m: re.Match) -> bool:
    # "in 24 hours May" never happens, but "for 14 May" does; reject times like "at 14 August"?
    return 1 <= int(m.group(1)) <= 31


@functools.lru_cache(maxsize=2048)
def find_date_cues(text: str, ref: dt.date | None) -> tuple[DateCue, ...]:
    """Date phrases in `text`, resolved against `ref`; never a date after `ref`."""
    cues: list[DateCue] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match, date: dt.date | None, explicit: bool) -> None:
        """Record a cue unless an earlier pattern already claimed that stretch of text."""
        if any(s <= m.start() < e for s, e in taken):
            return
        if date is not None and ref is not None and date > ref:
            date = None
        taken.append(m.span())
        cues.append(DateCue(m.start(), date, explicit))

    has_digit = any(map(str.isdigit, text))
    for m in _ISO.finditer(text) if has_digit else ():
        add(m, _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3))), True)
    for m in _SLASH.finditer(text) if has_digit else ():
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        month, day = (a, b) if a <= 12 else (b, a)
        add(m, _safe_date(year, month, day), True)
    for m in _DOTTED.finditer(text) if has_digit else ():
        add(m, _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1))), True)
    for m in _DAY_MONTH.finditer(text) if has_digit else ():
        if not _plausible_day_month(text, m):
            continue
        day = int(m.group(2) or m.group(1))  # "night of 8-9 August" ends on the 9th
        month = _MONTHS[m.group(3).lower()]
        year = m.group(4)
        date = _safe_date(int(year), month, day) if year else _yearless(month, day, ref)
        add(m, date, True)
    for m in _MONTH_DAY.finditer(text) if has_digit else ():
        month = _MONTHS[m.group(1).lower()]
        if m.group(1) == "may" and not text[m.start()].isupper():
            continue
        day = int(m.group(2))
        year = m.group(3)
        date = _safe_date(int(year), month, day) if year else _yearless(month, day, ref)
        add(m, date, True)
    for m in _NIGHT_TO_WEEKDAY.finditer(text):
        add(m, _weekday_before(_WEEKDAYS[m.group(1).lower()], ref), False)
    for m in _WEEKDAY_NIGHT.finditer(text):
        add(m, _night_after(_WEEKDAYS[m.group(1).lower()], ref), False)
    for m in _WEEKDAY.finditer(text):
        add(m, _weekday_before(_WEEKDAYS[m.group(1).lower()], ref), False)
    for m in _RELATIVE.finditer(text):
        if ref is None:
            add(m, None, False)
            continue
        back = 1 if m.group(0).lower() in _BACK_ONE else 0
        add(m, ref - dt.timedelta(days=back), False)
    cues.sort(key=lambda c: c.start)
    return tuple(cues)


def full_dates(text: str) -> list[dt.date]:
    """Calendar dates with a year written out in `text` (for datelines), in order."""
    if not _YEAR.search(text):
        return []
    return [c.date for c in find_date_cues(text, None) if c.explicit and c.date is not None]


def as_date(value) -> dt.date | None:
    """Accept a date, a datetime or an ISO string; anything else gives None."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


@functools.lru_cache(maxsize=4096)
def _parse_cached(phrase: str, now: dt.datetime, languages: tuple[str, ...]) -> dt.date | None:
    import dateparser  # heavy import, kept off the fast path

    settings = {
        "RELATIVE_BASE": now,
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": True,
        "TIMEZONE": "UTC",
    }
    try:
        found = dateparser.parse(phrase, languages=list(languages), settings=settings)
    except Exception:
        return None
    if found is None:
        return None
    result = found.date()
    return None if result > now.date() else result


def parse_when(phrase: str, *, now, languages) -> dt.date | None:
    """Resolve one date phrase with dateparser against an explicit `now`; None on garbage.

    Languages are pinned, past dates preferred, a result after `now` is refused, and answers are
    cached by (phrase, now, languages).
    """
    if not phrase or not phrase.strip() or len(phrase) > 200:
        return None
    if isinstance(now, dt.datetime):
        base = now.replace(tzinfo=None)
    elif isinstance(now, dt.date):
        base = dt.datetime(now.year, now.month, now.day, 12, 0)
    else:
        return None
    night = re.match(r"^\s*(?:у|в)\s+(?:ніч|ночь)\s+на\s+(.+)$", phrase, re.IGNORECASE)
    if night:  # dateparser gives None for the whole "у ніч на 5 грудня": parse the date part
        phrase = night.group(1)
    return _parse_cached(phrase.strip(), base, tuple(languages))
