"""Is a text an article or post at all? A reason code, and a short reason, when it is not."""

from __future__ import annotations

import re

# Words that make running text in our three languages: a text of many words with none of these
# is not prose (a list of codes, keyboard noise). One-letter words count: "у", "з", "и", "a".
FUNCTION_WORDS = frozenset(
    {
        *[
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
        ],
        *[
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
        ],
        *[
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
        ],
        *[
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
        ],
    }
)
WORD = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")


# Why a text cannot be an article: a code (the catalogue words it per language, as
# "refusal.noise.<code>") and the plain English the logs and the command line show.
NOISE_REASONS = {
    "empty": "it is empty",
    "binary": "it looks like binary data, not text",
    "too_short": "it is too short to read as a report",
    "unreadable": "it has no readable sentences",
}


def noise_code(text: str) -> str | None:
    """Why a text cannot be an article, as a NOISE_REASONS key; None for an article."""
    if not text or not text.strip():
        return "empty"
    sample = text[:20000]
    if "\x00" in sample or sum(ch < " " and ch not in "\n\r\t" for ch in sample) > len(sample) / 50:
        return "binary"
    words = WORD.findall(sample)
    if len(words) < 3:
        return "too_short"
    tokens = sample.split()
    wordish = sum(1 for t in tokens if WORD.fullmatch(t.strip(".,;:!?\"'()«»“”—-")))
    common = sum(1 for w in words if w.lower() in FUNCTION_WORDS)
    if wordish < 0.4 * len(tokens) or (len(words) >= 8 and common < max(1, len(words) // 40)):
        return "unreadable"
    return None


def noise_reason(text: str) -> str | None:
    """Why a text cannot be an article (empty, binary, no words, no sentences), else None."""
    code = noise_code(text)
    return NOISE_REASONS[code] if code else None
