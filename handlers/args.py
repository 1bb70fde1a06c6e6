"""Command arguments read strictly: plain ASCII digits in a bounded range, real calendar dates.

`str.isdigit()` accepts superscripts ("²") and other scripts' digits that `int()` then refuses,
and an unbounded number overflows SQLite's 64-bit integers: both used to reach the error handler.
"""

from __future__ import annotations

import re
from datetime import date

# SQLite stores 64-bit integers: a larger number cannot name a row.
MAX_INTEGER = 2**63 - 1
_DIGITS = re.compile(r"[0-9]+")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def digits(text: str) -> bool:
    """Whether a text is a plain number written with ASCII digits 0-9 (no sign, no spaces)."""
    return bool(_DIGITS.fullmatch(text))


def number(text: str, low: int = 1, high: int = MAX_INTEGER) -> int | None:
    """The whole number a text names if it is ASCII digits within [low, high]; else None."""
    if not digits(text) or len(text) > 19:
        return None
    value = int(text)
    return value if low <= value <= high else None


def calendar_date(text: str) -> date | None:
    """A real date written YYYY-MM-DD (2023-12-03); None for anything else (2023-02-30 too)."""
    if not _ISO_DATE.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
