"""Titles and outlet names kept free of characters that are invisible or reorder the text.

A zero-width space makes two identical outlet names differ; a right-to-left override turns a
headline around when it is shown back in a briefing. Such characters (Unicode "format"
characters: zero-width spaces and joiners, bidirectional marks, embeddings, overrides and
isolates, the byte-order mark, soft hyphens, tag characters) and the blank "filler" letters are
removed; control characters and line breaks become spaces, and runs of spaces one space.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from typing import TypeVar

# Letters that draw nothing: Hangul fillers, Mongolian vowel separator, Braille blank.
_FILLERS = frozenset("\u115f\u1160\u3164\uffa0\u180e\u2800")
_BLANKS = frozenset({"Cc", "Zl", "Zp", "Zs"})

S = TypeVar("S")


def clean_label(text: str | None) -> str | None:
    """A title or outlet name without invisible or bidi control characters, spaces collapsed."""
    if not text:
        return text
    kept = []
    for char in text:
        category = unicodedata.category(char)
        if category == "Cf" or char in _FILLERS:
            continue
        kept.append(" " if category in _BLANKS else char)
    return " ".join("".join(kept).split())


def clean_labels(extraction: dict, source: S) -> tuple[dict, S]:
    """The extraction's title and outlet and the source's outlet cleaned (copies, not in place)."""
    cleaned = dict(extraction)
    for key in ("title", "outlet"):
        if isinstance(cleaned.get(key), str):
            cleaned[key] = clean_label(cleaned[key]) or None
    outlet = getattr(source, "outlet", None)
    if isinstance(outlet, str):
        source = dataclasses.replace(source, outlet=clean_label(outlet) or None)
    return cleaned, source
