"""Is a message an article at all? Noise is refused unread; chatter is answered, not stored."""

from __future__ import annotations

from extraction.noise import NOISE_REASONS, WORD, noise_code, noise_reason

__all__ = ["NOISE_REASONS", "has_figures", "is_chatter", "noise_code", "noise_reason"]

# A message shorter than this, with no figures in it, is a remark, not a report.
MIN_REPORT_WORDS = 20
# A question with no figures is a question to the bot, however long, up to this many words.
MAX_QUESTION_WORDS = 60


def has_figures(extraction: dict) -> bool:
    """Whether the extractor found an exchange or an attack in the text."""
    return bool(extraction.get("exchange")) or bool(extraction.get("strikes"))


def is_chatter(text: str, extraction: dict) -> bool:
    """A remark or question to the bot ("hi, what's new today?"): no figures, no report shape."""
    if has_figures(extraction):
        return False
    words = len(WORD.findall(text))
    if words < MIN_REPORT_WORDS:
        return True
    return text.rstrip().endswith("?") and words <= MAX_QUESTION_WORDS
