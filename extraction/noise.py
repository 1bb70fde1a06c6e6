"""Is a pasted text an article or post at all? A short reason for the user when it is not."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]{2,}(?:['’-][^\W\d_]+)*")
_FUNCTION_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "that",
        "this",
        "is",
        "was",
        "were",
        "are",
        "has",
        "have",
        "had",
        "it",
        "its",
        "as",
        "be",
        "or",
        "not",
        "but",
        "after",
        "over",
        "said",
        "says",
        "will",
        "would",
        "more",
        "than",
        "into",
        "about",
        "і",
        "й",
        "та",
        "в",
        "у",
        "на",
        "з",
        "із",
        "до",
        "від",
        "що",
        "це",
        "як",
        "за",
        "про",
        "по",
        "не",
        "але",
        "його",
        "її",
        "їх",
        "був",
        "була",
        "було",
        "були",
        "и",
        "в",
        "во",
        "на",
        "с",
        "со",
        "из",
        "к",
        "от",
        "что",
        "это",
        "как",
        "за",
        "о",
        "об",
        "по",
        "не",
        "но",
        "его",
        "ее",
        "их",
        "был",
        "была",
        "было",
        "были",
    ]
)


def noise_reason(text: str) -> str | None:
    """None when the text reads like an article or post; else a short reason for the user."""
    if text is None or not text.strip():
        return "it is empty"
    sample = text[:20000]
    if "\x00" in sample or sum(ch < " " and ch not in "\n\r\t" for ch in sample) > len(sample) / 50:
        return "it looks like binary data, not text"
    words = _WORD.findall(sample)
    if len(words) < 3:
        return "it is too short to read as a report"
    tokens = sample.split()
    wordish = sum(1 for t in tokens if _WORD.fullmatch(t.strip(".,;:!?\"'()«»“”—-")))
    common = sum(1 for w in words if w.lower() in _FUNCTION_WORDS)
    if wordish < 0.4 * len(tokens) or (len(words) >= 8 and common < max(1, len(words) // 40)):
        return "it has no readable sentences"
    return None
