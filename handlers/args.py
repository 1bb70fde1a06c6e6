"""Command arguments read strictly: plain ASCII digits in a bounded range, real calendar dates,
and /fix's STORY FIELD VALUE [CLAIMANT].

`str.isdigit()` accepts superscripts ("²") and other scripts' digits that `int()` then refuses,
and an unbounded number overflows SQLite's 64-bit integers: both used to reach the error handler.
"""

from __future__ import annotations

import re
from datetime import date

from storage.review import FIX_FIELDS

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


# Quotes an editor may put around a VALUE with spaces in it: "1 200", “1 200”, «1 200».
_QUOTES = {'"': '"', "'": "'", "“": "”", "«": "»", "„": "“"}
_GROUPED = re.compile(r"\d{1,3}(?: \d{3})*")


def _value(rest: list[str]) -> tuple[str, list[str]] | None:
    """VALUE and what follows it (the claimant): a quoted value is read to its closing quote,
    and "1 200" (a figure written with spaces between thousands) is one value, not a figure
    and a claimant named "200"."""
    first = rest[0]
    close = _QUOTES.get(first[:1])
    if close is not None:
        tokens = [first[1:], *rest[1:]]
        for j, token in enumerate(tokens):
            if token.endswith(close):
                value = " ".join(tokens[: j + 1])[: -len(close)].strip()
                return (value, rest[j + 1 :]) if value else None
        return None  # no closing quote
    taken = [first]
    for token in rest[1:]:
        if not (re.fullmatch(r"\d{3}", token) and _GROUPED.fullmatch(" ".join(taken))):
            break
        taken.append(token)
    return " ".join(taken), rest[len(taken) :]


def story_page(args: list[str]) -> tuple[int | None, int] | None:
    """`/sources N [page K]`: the story number (None when out of range) and the page (1 when
    not given or out of range); None when the arguments are not of that shape."""
    if not args or not digits(args[0]):
        return None
    if len(args) == 1:
        return number(args[0]), 1
    if len(args) == 3 and args[1].casefold() == "page" and digits(args[2]):
        return number(args[0]), number(args[2], 1, 10_000) or 1
    return None


def names_field_first(args: list[str]) -> bool:
    """Whether /fix's arguments begin with a FIELD (no STORY): they lean on a replied receipt."""
    return bool(args) and args[0].casefold() in FIX_FIELDS


def confirm_story(args: list[str]) -> int | None:
    """/confirm's STORY when it is the one argument given; None otherwise (a reply's receipt,
    or malformed arguments)."""
    return number(args[0]) if len(args) == 1 else None


def parse_fix(
    args: list[str], replied_story: int | None
) -> tuple[int, str, str, str | None] | None:
    """[STORY] FIELD VALUE [CLAIMANT...] → (story, field, value, claimant); None if malformed.

    STORY may be left out when the command replies to a receipt (replied_story). VALUE may be
    quoted, and a figure may be written "1 200", "1,200" or "1.200"."""
    fields = set(FIX_FIELDS)
    if len(args) >= 3 and number(args[0]) is not None and args[1].casefold() in fields:
        story, rest = number(args[0]), args[1:]
    elif replied_story is not None and len(args) >= 2 and args[0].casefold() in fields:
        story, rest = replied_story, args
    else:
        return None
    read = _value(rest[1:])
    if read is None:
        return None
    value, after = read
    claimant = " ".join(after).strip() or None
    return story, rest[0].casefold(), value, claimant
