"""An article's date, by one documented precedence, and how it was found.

1. POST: a forwarded post's own date (when the channel published it).
2. STATED: a date the article states near its top: a dateline ("KYIV, Feb 24, 2025 -"), a date
   line ("Monday, February 24, 2025", "24 лютого 2025 року"), a labelled line ("Published:
   24.02.2025"), or the first full date of the lede. Phrases are found by the patterns below and
   resolved by dateparser (`extraction.dates.parse_when`) with the languages pinned and the
   arrival time as the explicit reference.
3. METADATA: what the page, the file header or the batch line declares.
4. SENT: for a paste only, the day it was sent; the receipt says the date is assumed. Not for
   a paste that states its date as one no calendar has ("February 30, 2025"). A paste whose
   dateline leaves the year out ("KYIV, Nov 28 (Kyiv Wire) -") is dated by it instead: the
   latest such day not after the day it was sent (stated, not assumed). A file or a page with
   such a dateline stays undated: it may be any year's.
Otherwise the article is UNDATED: stored and searchable, never placed on a night.

No date after the arrival's own time is accepted from any of these.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from extraction.dates import MONTHS, parse_when

POST = "post"
STATED = "stated"
METADATA = "metadata"
SENT = "sent"
UNDATED = "undated"
# The newsroom's calendar: a message sent at 01:30 Kyiv time belongs to that Kyiv day.
NEWSROOM_TZ = ZoneInfo("Europe/Kyiv")
# Kinds of arrival whose send time may stand in for the date: text typed or pasted into the chat.
PASTED_KINDS = frozenset({"paste"})

# Words before a date that make it some other moment than the article's own ("since 24 Feb").
NOT_THE_ARTICLES = frozenset(
    {
        *("since", "from", "after", "until", "till", "before", "between", "prior", "starting"),
        *("з", "із", "від", "до", "після", "починаючи"),
        *("с", "со", "от", "после", "начиная"),
    }
)
# Words earlier in the same sentence that make a date background: the invasion, an anniversary,
# when something began, a photo's caption.
BACKGROUND = re.compile(
    r"(?i)\b(?:since|invasion|anniversary|began|begun|started|start of|outbreak|pictured|pose"
    r"|вторгнення|вторгненн|річниц|початку|почалася|вторжени|годовщин|начала|началась)"
)
# Words that label a line as the article's date.
DATE_LABELS = "published updated posted date опубліковано оновлено дата опубликовано обновлено"

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"((?:19|20)\d\d)"
_DATE_FORMS = (
    rf"(?P<md>(?P<m1>{_MONTH})\.?\s+{_DAY},?\s+{_YEAR})"
    rf"|(?P<dm>{_DAY}\s+(?:of\s+)?(?P<m2>{_MONTH})\.?,?\s+{_YEAR}"
    rf"(?:\s+(?:року|р\.|года|г\.))?)"
    rf"|(?P<iso>((?:19|20)\d\d)-(\d\d)-(\d\d))"
    rf"|(?P<dotted>(\d{{1,2}})\.(\d{{1,2}})\.((?:19|20)\d\d))"
)
_FULL_DATE = re.compile(rf"(?<![\w.])(?:{_DATE_FORMS})(?!\w)", re.IGNORECASE)
# After a label the date may be glued to it, as page furniture copied as text often is
# ("PUBLISHED ONMarch 20, 2025").
_LABELLED_DATE = re.compile(rf"(?:{_DATE_FORMS})(?!\w)", re.IGNORECASE)
# "31 July-1 August 2025", "з 31 липня на 1 серпня 2025", "July 31-August 1, 2025": the night
# (or span) is named by the day it ends.
_SEP = r"\s*(?:-|–|—|to|into|на)\s*"
_DAY_FIRST_SPAN = re.compile(
    rf"(?<![\w.]){_DAY}\s*(?P<m1>{_MONTH})?\.?{_SEP}{_DAY}\s+(?P<m2>{_MONTH})\b\.?"
    rf"(?:,?\s+{_YEAR})?",
    re.IGNORECASE,
)
_MONTH_FIRST_SPAN = re.compile(
    rf"(?<![\w.])(?P<m1>{_MONTH})\.?\s+{_DAY}{_SEP}(?:(?P<m2>{_MONTH})\.?\s+)?{_DAY}\b"
    rf"(?:,?\s+{_YEAR})?",
    re.IGNORECASE,
)
_LABELLED = re.compile(rf"(?i)^\W*(?:{'|'.join(DATE_LABELS.split())})\b")
_CYRILLIC = re.compile(r"[а-яіїєґё]", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"(\w+)\W*$")

# Where an article states its own date: the headline, dateline and the start of the lede.
HEAD_CHARS = 600
# Short lines (a date line under the headline) and labelled lines are looked for this far in.
DATE_LINE_CHARS = 2000
DATE_LINE_MAX = 60


# A dateline without its year at the start of a line near the top: a place of up to three words,
# the day, the outlet perhaps, a dash: "KYIV, Nov 28 (Kyiv Wire) -", "ABU DHABI, 28 November -",
# "КИЇВ, 28 листопада (Укрінформ) —".
_YEARLESS_DATELINE = re.compile(
    rf"^[^\W\d_][^\W\d]*(?:[ .'’-]+[^\W\d_][^\W\d]*){{0,2}}(?:,\s*[^\W\d_][^\W\d]*)?,\s*"
    rf"(?:(?P<m1>{_MONTH})\.?\s+{_DAY}|{_DAY}\s+(?P<m2>{_MONTH})\.?)"
    r"\s*(?:\([^()\n]{1,40}\)\s*)?[-–—|:]",
    re.IGNORECASE | re.MULTILINE,
)


class ArticleDate(NamedTuple):
    """An article's date and how it was found (POST, STATED, METADATA, SENT or UNDATED)."""

    day: date | None
    found: str

    @property
    def assumed(self) -> bool:
        """True when the date is only the day the text was sent."""
        return self.found == SENT


def local_day(moment: datetime | None) -> date | None:
    """The newsroom's calendar day (Kyiv) of a timestamp; a naive one is taken as UTC."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(NEWSROOM_TZ).date()


def languages_of(text: str) -> tuple[str, ...]:
    """The languages dateparser may read a text's dates in: pinned, never guessed."""
    return ("uk", "ru") if _CYRILLIC.search(text[:2000]) else ("en",)


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _resolve(match: re.Match, now: datetime, languages: tuple[str, ...]) -> date | None:
    if match.group("iso"):
        y, m, d = (int(x) for x in match.group("iso").split("-"))
        found = _safe(y, m, d)
    elif match.group("dotted"):
        d, m, y = (int(x) for x in match.group("dotted").split("."))
        found = _safe(y, m, d)  # day first, as written in Ukraine and Russia (and Europe)
    else:
        found = parse_when(match.group(0), now=now, languages=languages)
    if found is None or found > local_day(now) or found.year < 1990:
        return None
    return found


def _about_another_moment(text: str, start: int) -> bool:
    before = _WORD_BEFORE.search(text[max(0, start - 25) : start])
    if before and before.group(1).lower() in NOT_THE_ARTICLES:
        return True
    sentence = re.split(r"[.!?]\s", text[:start])[-1]
    return bool(BACKGROUND.search(sentence))


def _span_end(text: str, match: re.Match, now: datetime, languages) -> date | None:
    """The end of a span written around a full date ("31 July-1 August 2025" ends 1 Aug)."""
    for span in _DAY_FIRST_SPAN.finditer(text, max(0, match.start() - 20), match.end() + 1):
        if span.start() <= match.start() < span.end() and span.group(5):
            day, month, year = int(span.group(3)), MONTHS[span.group("m2").lower()], span.group(5)
            return _safe(int(year), month, day)
    return None


def _impossible(match: re.Match) -> bool:
    """Whether a full date as written is no day of the calendar ("February 30, 2025")."""
    if match.group("iso"):
        y, m, d = (int(x) for x in match.group("iso").split("-"))
    elif match.group("dotted"):
        d, m, y = (int(x) for x in match.group("dotted").split("."))
    else:
        d, y = (int(x) for x in re.findall(r"\d+", match.group(0))[:2])
        m = MONTHS[(match.group("m1") or match.group("m2")).lower()]
    return _safe(y, m, d) is None


def states_impossible_date(text: str) -> bool:
    """Whether the article's top states its date as one no calendar has ("30 лютого 2025")."""
    return impossible_date(text) is not None


def impossible_date(text: str) -> str | None:
    """The date the article's top states, as written, when no calendar has it."""
    head = text[:HEAD_CHARS]
    return next(
        (
            m.group(0).strip()
            for m in _FULL_DATE.finditer(head)
            if _impossible(m) and not _about_another_moment(head, m.start())
        ),
        None,
    )


def stated_date(text: str, *, now: datetime) -> date | None:
    """The date an article states for itself near its top, or None; never after `now`."""
    languages = languages_of(text)
    candidates: list[tuple[int, int, date]] = []  # (rank, position, day): labelled lines first
    offset = 0
    for line in text[:DATE_LINE_CHARS].splitlines(keepends=True):
        stripped = line.strip()
        labelled = bool(_LABELLED.match(stripped))
        in_head = offset < HEAD_CHARS
        if labelled or in_head or len(stripped) <= DATE_LINE_MAX:
            for m in (_LABELLED_DATE if labelled else _FULL_DATE).finditer(line):
                if not labelled and not in_head and len(stripped) > DATE_LINE_MAX:
                    continue
                if not labelled and _about_another_moment(line, m.start()):
                    continue
                found = _span_end(line, m, now, languages) or _resolve(m, now, languages)
                if found is not None and found <= local_day(now):
                    candidates.append((0 if labelled else 1, offset + m.start(), found))
        offset += len(line)
    return min(candidates)[2] if candidates else None


def yearless_dateline(text: str, *, now: datetime) -> date | None:
    """The day a dateline without its year names ("KYIV, Nov 28 (Kyiv Wire) -"), in the latest
    year that does not put it after `now`'s day; None when the top of the text has none."""
    m = _YEARLESS_DATELINE.search(text, 0, HEAD_CHARS)
    if m is None:
        return None
    month = MONTHS[(m.group("m1") or m.group("m2")).lower()]
    day = int(m.group(2) or m.group(3))
    today = local_day(now)
    found = _safe(today.year, month, day)
    if found is None or found > today:
        found = _safe(today.year - 1, month, day)
    return found


# Why a file's or batch line's own date was not the article's date (the file's summary says).
NOT_DECLARED = "none"
DECLARED_UNREADABLE = "unreadable"
DECLARED_FUTURE = "future"
# Far enough ahead to read a declared date that is in the future, to say that it is.
_NO_LIMIT = datetime(2100, 1, 1, tzinfo=UTC)


def declared_date(value: str | None, *, now: datetime) -> date | None:
    """A date a file header or batch line declares in a form other than ISO ("24.02.2025",
    "February 24, 2025"), read as a labelled date line; None for no date or one after `now`."""
    if not value or len(value) > DATE_LINE_MAX:
        return None
    return stated_date(f"Published: {value}", now=now)


def declared_problem(
    declared: str | None, metadata_date: date | None, *, now: datetime
) -> str | None:
    """Why the date a file or batch line declares could not date it: NOT_DECLARED (it gave
    none), DECLARED_FUTURE (after `now`) or DECLARED_UNREADABLE (no day of the calendar)."""
    if metadata_date is None and declared is None:
        return NOT_DECLARED
    readable = metadata_date or declared_date(declared, now=_NO_LIMIT)
    if readable is not None and readable > local_day(now):
        return DECLARED_FUTURE
    if readable is None:
        return DECLARED_UNREADABLE
    return None


def article_date(
    text: str,
    *,
    kind: str,
    post_date: datetime | None,
    metadata_date: date | None,
    sent_at: datetime | None,
    now: datetime | None = None,
) -> ArticleDate:
    """The article's date by the precedence in this module's docstring."""
    now = now or sent_at or datetime.now(UTC)
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    today = local_day(now)
    if post_date is not None:
        return ArticleDate(local_day(post_date), POST)
    stated = stated_date(text, now=now)
    if stated is not None:
        return ArticleDate(stated, STATED)
    if metadata_date is not None and metadata_date <= today:
        return ArticleDate(metadata_date, METADATA)
    # A paste that states an impossible date does state one: the day it was sent is no better.
    if kind in PASTED_KINDS and sent_at is not None and not states_impossible_date(text):
        # Sent today, a dateline without its year is this year's (or, ahead of today, last).
        dateline = yearless_dateline(text, now=now)
        if dateline is not None:
            return ArticleDate(dateline, STATED)
        return ArticleDate(local_day(sent_at), SENT)
    return ArticleDate(None, UNDATED)


def spans(text: str) -> list[tuple[int, int, int, int, int | None]]:
    """Day spans written in a text, as (start day, start month, end day, end month, year).

    "31 July-1 August", "з 31 липня на 1 серпня 2025", "July 31-August 1": a night written
    across two days. The year is None when the text does not give it.
    """
    found = []
    for m in _DAY_FIRST_SPAN.finditer(text):
        end_month = MONTHS[m.group("m2").lower()]
        start_month = MONTHS[m.group("m1").lower()] if m.group("m1") else end_month
        year = int(m.group(5)) if m.group(5) else None
        found.append((int(m.group(1)), start_month, int(m.group(3)), end_month, year))
    for m in _MONTH_FIRST_SPAN.finditer(text):
        start_month = MONTHS[m.group("m1").lower()]
        end_month = MONTHS[m.group("m2").lower()] if m.group("m2") else start_month
        year = int(m.group(5)) if m.group(5) else None
        found.append((int(m.group(2)), start_month, int(m.group(4)), end_month, year))
    return found


def night_end(text: str, night: date) -> date:
    """The day a night ends, when the text writes it as a span starting on `night`."""
    for d1, m1, d2, m2, year in spans(text):
        start_year = year - (m1 > m2) if year else night.year
        if _safe(start_year, m1, d1) != night:
            continue
        end = _safe(start_year + (m1 > m2), m2, d2)
        if end is not None and end - night == timedelta(days=1):
            return end
    return night
