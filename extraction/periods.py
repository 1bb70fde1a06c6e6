"""Running totals over a period: "during the past week", "за минулий тиждень", "over ten days"."""

from __future__ import annotations

import functools
import re

from extraction import lemmas

_NIGHT = re.compile(r"night|ніч|ноч", re.IGNORECASE)
# the determiners that make a period noun of the vocabulary a span of time being totalled
# A span being totalled ("during the past week", "so far this week", "за останній тиждень"),
# not a point in time ("last week", "минулого тижня", "на прошлой неделе": when it happened).
_PERIOD_DET = re.compile(
    r"(?:\b(?:during|over|in|within|throughout|for|of)\s+(?:the\s+)?(?:past|last|previous|whole|"
    r"entire|same|current)?\s*|\b(?:this|past|whole|entire)\s+|"
    r"(?<!\w)(?:за|протягом|впродовж|течение|цей|цього|этот|эту|этой|весь|всю)\s+(?:\w+\s+)?)$",
    re.IGNORECASE,
)
# "over the same seven days", "за 10 діб": several days counted together
_DAYS = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+days\b|"
    r"(?<!\w)(?:\d+|кілька|декілька|несколько)\s+(?:днів|діб|дней|суток)(?!\w)",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4096)
def period_total(text: str) -> bool:
    """A sentence that adds up a week, a month, a year or several days, and names no night."""
    if _NIGHT.search(text):
        return False
    if _DAYS.search(text):
        return True
    low = text.lower()
    return any(
        _PERIOD_DET.search(low[max(0, t.start - 25) : t.start])
        for t in lemmas.find(text, "period_noun")
    )
