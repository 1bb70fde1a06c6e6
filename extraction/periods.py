"""Running totals over a period: "during the past week", "за минулий тиждень", "over ten days"."""

from __future__ import annotations

import functools
import re

from extraction import lemmas
from extraction.cues import gated

_NIGHT = gated(r"night|ніч|ноч", re.IGNORECASE)
# the words that put a span before a period noun or a month: "during the week", "over March",
# "протягом тижня", "в течение месяца"
_SPAN_PREP_EN = "during|over|in|within|throughout|for|of"
_SPAN_PREP_SLAVIC = "за|протягом|впродовж|течение"
# "this" before a period noun: "цей тиждень", "этот месяц", "этой недели"
_THIS_SLAVIC = "цей|цього|этот|эту|этой"
# the determiners that make a period noun of the vocabulary a span of time being totalled
# A span being totalled ("during the past week", "so far this week", "за останній тиждень"),
# not a point in time ("last week", "минулого тижня", "на прошлой неделе": when it happened).
_PERIOD_DET = re.compile(
    rf"(?:\b(?:{_SPAN_PREP_EN})\s+(?:the\s+)?(?:past|last|previous|whole|"
    r"entire|same|current)?\s*|\b(?:this|past|whole|entire)\s+|"
    rf"(?<!\w)(?:{_SPAN_PREP_SLAVIC}|{_THIS_SLAVIC}|весь|всю)\s+(?:\w+\s+)?)$",
    re.IGNORECASE,
)
# "over the same seven days", "за 10 діб": several days counted together; not a point in
# time counted back ("a few days ago", "три дні тому", "несколько дней назад")
_DAYS = gated(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+days\b"
    r"(?!\s+(?:ago|earlier|before|later)\b)|"
    r"(?<!\w)(?:\d+|кілька|декілька|несколько)\s+(?:днів|діб|дней|суток)(?!\w)"
    r"(?!\s+(?:тому|назад|раніше|ранее)(?!\w))",
    re.IGNORECASE,
)

# "in the first nine months", "in a single week", "за перші 10 місяців": a count of periods
_COUNTED_SPAN = gated(
    r"\b(?:in|during|over|within|for)\s+(?:the\s+)?(?:first|past|last|previous)?\s*"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a single|one|a)\s+"
    r"(?:weeks?|months?|years?)\b|"
    r"(?<!\w)(?:за|протягом|впродовж|в течение)\s+(?:перші|первые|останні|последние)?\s*"
    r"(?:\d+\s+)?(?:місяц\w*|тижн\w*|месяц\w*|недел\w*|рок\w*|лет)(?!\w)",
    re.IGNORECASE,
)
# a whole year counted ("in 2025", "throughout 2024", "за 2025 рік", "в 2025 году"), not a date
# ("on 3 May 2025" names the year after a day)
YEAR_SPAN = gated(
    r"\b(?:in|during|throughout|for|over)\s+(?:(?:the\s+)?(?:whole|entire)\s+(?:of\s+)?)?"
    r"(?:19|20)\d\d\b(?![-/.]\d)|"
    r"(?<!\w)(?:у|в|за|протягом|впродовж|в течение)\s+(?:19|20)\d\d\s*"
    r"(?:році|року|рік|р\.|году|год|г\.)",
    re.IGNORECASE,
)


# "this week" in a sentence about what is to come ("a swap will take place this week",
# "відбудеться цього тижня") is when, not a span being totalled
_THIS = re.compile(rf"(?:\bthis|(?<!\w)(?:{_THIS_SLAVIC}))\s+(?:\w+\s+)?$", re.IGNORECASE)
_TO_COME = gated(
    r"\b(?:will|shall|expects?|expected|hopes?|plans?|next)\b|"
    r"(?<!\w)(?:буде|будуть|відбудеться|сподіва\w*|очіку\w*|план\w*|будет|будут|состоится|"
    r"надеет\w*|ожида\w*|наступн\w*|следующ\w*)(?!\w)",
    re.IGNORECASE,
)


# "over this period", "за этот период", "за цей час": a span told before, referred back to (a bare
# "in the period from 20:00 to 23:00" is a window of hours, and "over the same period" is as
# often the night just named: neither is a span being totalled)
_THIS_SPAN_DET = re.compile(
    r"(?:\b(?:during|over|in|within|for|throughout)\s+(?:this|that)|"
    r"(?<!\w)(?:за|протягом|впродовж|в\s+течение)\s+(?:этот|цей))\s+$",
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
    to_come = bool(_TO_COME.search(text))
    for t in lemmas.find(text, "period_noun"):
        before = low[max(0, t.start - 25) : t.start]
        if _PERIOD_DET.search(before) and not (to_come and _THIS.search(before)):
            return True
    for t in lemmas.find(text, "span_noun"):
        if _THIS_SPAN_DET.search(low[max(0, t.start - 30) : t.start]) and not to_come:
            return True
    return False


# "in March", "during March", "у березні", "за март": a month named as the span, with no day
_MONTH_DET = re.compile(
    rf"(?:\b(?:{_SPAN_PREP_EN})\s+(?:the\s+(?:whole\s+|month\s+of\s+)?)?"
    rf"|(?<!\w)(?:{_SPAN_PREP_SLAVIC}|у|в|во)\s+(?:(?:весь|весь|увесь|цілий)\s+)?)$",
    re.IGNORECASE,
)
# a day number beside the month ("10 березня", "March 10", "March 9-10"): a date, not a span
_DAY_BEFORE = re.compile(r"\d\s*(?:[-–]\s*\d+\s*)?$")
_DAY_AFTER = re.compile(r"^\s*\d{1,2}(?!\d)")


@functools.lru_cache(maxsize=4096)
def month_total(text: str) -> bool:
    """A sentence that totals a whole month named by its name ("during March", "у березні",
    "за октябрь"), with no day beside the month and no night named."""
    if _NIGHT.search(text):
        return False
    low = text.lower()
    for t in lemmas.find(text, "month_name"):
        if t.low == "may" and text[t.start] == "m":
            continue  # the modal verb
        before, after = low[max(0, t.start - 30) : t.start], low[t.end : t.end + 6]
        if _DAY_BEFORE.search(before) or _DAY_AFTER.match(after):
            continue
        if _MONTH_DET.search(before):
            return True
    return False


@functools.lru_cache(maxsize=4096)
def last_period(text: str) -> bool:
    """A sentence about the last week, month or year, or a month last year ("last month",
    "минулого тижня", "в прошлом месяце", "last December"): an earlier period, never the night
    the article brings."""
    if _NIGHT.search(text):
        return False  # "overnight, the most since last month": tonight, ranked
    periods = lemmas.find(text, "period_noun") + lemmas.find(text, "month_name")
    if not periods:
        return False
    lasts = lemmas.find(text, "last_word")
    return any(0 < p.start - w.end <= 2 for p in periods for w in lasts)


@functools.lru_cache(maxsize=4096)
def counted_span(text: str) -> bool:
    """A sentence that totals a counted stretch of weeks or months, or a whole year ("in the
    first nine months", "in a single week", "in 2025", "за 2025 рік"), and names no night."""
    if _NIGHT.search(text):
        return False
    return bool(_COUNTED_SPAN.search(text) or YEAR_SPAN.search(text))
