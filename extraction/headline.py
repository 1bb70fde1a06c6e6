"""The article's headline, found past page furniture; or its first sentence, marked as such.

A cascade over the first lines of the text:
1. Markdown markers are stripped ("# ", "**", "> ", bullets) and furniture lines skipped: section
   names, navigation, language menus, photo captions and credits, bylines, dates, reading times,
   images and bare links (vocabulary in headline_words.py).
2. A short label right above a longer headline ("Defense", "Swiss perspectives in 10 languages")
   is a kicker, not the headline.
3. The first line left is the headline when it is shaped like one (one sentence, at most 30
   words, not a paragraph); labels ("BREAKING:") and site suffixes (" | Site") are taken off.
4. Otherwise the text has no headline: its first sentence stands in, after any dateline, cut at
   a word boundary when long, and marked FIRST_SENTENCE so that briefings can say so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from extraction import calendar_words as cw
from extraction import headline_words as words
from extraction.cues import gated

HEADLINE = "headline"
FIRST_SENTENCE = "first_sentence"
# Furniture sits above the headline: look no further down than this.
MAX_LINES = 20
MAX_CHARS = 3000
MAX_HEADLINE_WORDS = 30
MAX_HEADLINE_CHARS = 250
# A stand-in first sentence longer than MAX_SENTENCE_CHARS is cut at a word boundary at or
# before CUT_AT characters.
MAX_SENTENCE_CHARS = 200
CUT_AT = 160


@dataclass(frozen=True)
class Headline:
    """A headline (or first sentence) with its span in the text it was found in."""

    text: str
    kind: str  # HEADLINE or FIRST_SENTENCE
    start: int
    end: int
    cut: bool = False  # a first sentence shortened at a word boundary: show it with "…"


def _phrases(items) -> str:
    ordered = sorted(set(items), key=len, reverse=True)
    return "|".join(re.escape(i).replace(r"\ ", r"\s+") for i in ordered)


def _line_set(*tables) -> frozenset[str]:
    return frozenset(w for table in tables for w in words.all_languages(table))


_WHOLE_LINES = _line_set(words.SECTIONS, words.NAVIGATION)
_LANGUAGE_NAMES = frozenset(words.LANGUAGE_NAMES)
_LANGUAGE_MENU = gated(
    rf"\d+\s+(?:{_phrases(words.all_languages(words.LANGUAGE_MENU_WORDS))})\b", re.IGNORECASE
)
_PHOTO = _phrases(words.all_languages(words.PHOTO_WORDS))
_AGENCY = _phrases(words.PICTURE_AGENCIES)
_AGENCIES = frozenset([*words.PICTURE_AGENCIES, *words.NEWS_AGENCIES])
_CAPTION = re.compile(
    rf"^(?:{_PHOTO})\s*(?:[:/|]|\s[-–—]\s)"  # "Photo: ...", "Фото - ..."
    rf"|[(\[](?:{_PHOTO})\s*[:/][^)\]]*[)\]]"  # "... (Photo: Name / EPA)"
    rf"|\((?:{_AGENCY})\s+photo\b"  # "(AP Photo/Name)"
    # an agency caption: "... in Odesa, Ukraine, on March 3, 2025"
    r"|\bin\s+[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?,\s+[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?,\s+"
    r"(?:on\s+)?[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}"
    rf"|\b(?:photo|image|picture)s?\s+by\b|getty\s+images|©"
    rf"|(?:\s/\s*|\bvia\s+)(?:{_AGENCY})\W*$",  # "... / EPA", "... via Reuters"
    re.IGNORECASE,
)
_BYLINE = re.compile(
    rf"^\[?(?:{_phrases(words.all_languages(words.BYLINE_WORDS))})\s*(?::|\s[-–—]\s|\]|$)",
    re.IGNORECASE,
)
_BY_NAME = re.compile(r"^(?i:by|від|автор)\s+[A-ZА-ЯІЇЄҐ][\w'’-]+(?:\s+[A-ZА-ЯІЇЄҐ][\w'’-]+)*$")
_READING_TIME = gated(
    rf"\b(?:{_phrases(words.all_languages(words.READING_TIME))})\b", re.IGNORECASE
)
_LABEL = re.compile(
    rf"^(?:{_phrases(words.all_languages(words.HEADLINE_LABELS))})\s*(?:[:|]|\s[-–—]\s)\s*",
    re.IGNORECASE,
)
_MARKDOWN_LEAD = re.compile(r"^(?:#{1,6}\s+|>\s*|[-*+•·▪►]\s+)+")
_EMPHASIS = re.compile(r"^(\*\*|__|\*|_)(.+)\1$")
_MD_LINK = gated(r"\[([^\]]*)\]\([^)]*\)")
_BARE_LINK = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_IMAGE = re.compile(r"^(?:!\[|<image>|\[image|data:image)", re.IGNORECASE)
_TIME_OR_YEAR = gated(r"\b\d{1,2}:\d\d\b|\b(?:19|20)\d\d\b")
_WORD = re.compile(r"[^\W\d_]{2,}")
_ALL_CAPS = re.compile(r"^[A-ZА-ЯІЇЄҐ\W]+$")
# "(Video)", "(Фото)" after a headline: a page marker, not words of the headline.
_MEDIA_MARK = gated(rf"\s*[(\[](?:{_PHOTO})[)\]]\s*$", re.IGNORECASE)
# gated (cues.Gated): most lines, story paragraphs above all, hold none of these words, and a
# few substring tests say so before the case-blind scan of the whole line
_SECTION_PHRASES = gated(
    rf"(?<!\w)(?:{_phrases(words.all_languages(words.SECTIONS))})(?!\w)", re.IGNORECASE
)
# What may remain of a line of section names: "latest news in Ukraine", "новини України".
_SECTION_FILLER = frozenset(words.all_languages(words.SECTION_FILLER))
_SITE_SUFFIX = re.compile(r"\s+[|]\s+[^|]{2,60}$|\s+[-–—|]\s+(?:www\.)?[\w-]+\.[a-z]{2,6}$")
# Markup left in a pasted text: a tag with attributes, or a common inline or block tag. Not any
# "<word>": a headline may put a word in angle brackets.
_RAW_TAG = re.compile(
    r"<[a-zA-Z][\w-]*\s+[\w-]+\s*=[^<>]*>"
    r"|</?(?:a|b|i|u|s|em|strong|span|div|p|br|img|font|sup|sub|small|h[1-6]|li|ul|ol)\s*/?>",
    re.IGNORECASE,
)
_QUOTES = "\"'“”«»„"
# A sentence ends at . ! ? or … before a capital, a digit or an opening quote.
_STOP = re.compile(r"[.!?…][\"'”»)\]]*\s+(?=[\"'“«(\[]?[A-ZА-ЯІЇЄҐ0-9])")
_ABBREVIATION = re.compile(
    r"(?:\b[A-ZА-ЯІЇЄҐ]|\b(?:U\.S|U\.K|U\.N|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|No|vs|Sen|Rep|Gov|Jr|Sr|"
    r"Inc|Ltd|Co|обл|вул|ул|ім|им|м|р|г|с|тис|млн|млрд|тыс))\.$"
)
# "KYIV (Reuters) –", "MOSCOW, Jan 5 (TASS) -", "КИЇВ. 14 вересня. УНН.", "(MENAFN- X)", "STORY:"
_DATELINE = re.compile(
    r"^(?:\([^)]{2,40}\)\s*"
    r"|[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ'’/ -]{2,40}(?:,[^.(–—-]{2,40})?(?:\s*\([^)]{2,30}\))?"
    r"(?:\s+[-–—]+|[–—])\s*"
    r"|[A-ZА-ЯІЇЄҐ]{3,}\.\s+\d{1,2}\s+\w+\.\s+[^.]{2,40}\.\s+"
    r"|[A-Z][A-Z-]{2,}\s{2,}"
    r"|STORY:\s*)"
)


def _fold(line: str) -> str:
    return " ".join(line.casefold().strip(" \t.:;,!?|•·-–—").split())


def _unmarked(line: str) -> tuple[int, int]:
    """The span of a line without Markdown markers and emphasis around it."""
    start, end = 0, len(line)
    while True:
        m = _MARKDOWN_LEAD.match(line, start)
        inner = line[start:end].strip()
        lead = len(line[start:end]) - len(line[start:end].lstrip())
        end = start + lead + len(inner)
        start += lead
        if m and m.end() > start and m.end() <= end:
            start = m.end()
            continue
        e = _EMPHASIS.match(line[start:end])
        if e and len(e.group(2).strip()) > 0:
            marker = len(e.group(1))
            start, end = start + marker, end - marker
            continue
        return start, end


def is_furniture(line: str) -> bool:
    """True for a line that is page furniture rather than a headline or story text."""
    text = line.strip()
    if not text or not any(c.isalpha() for c in text):
        return True
    if _IMAGE.match(text) or _BARE_LINK.match(text):
        return True
    linked = _MD_LINK.sub(r"\1", text)
    if linked != text and not _MD_LINK.sub("", text).strip(" .|-–—·•"):
        return True  # nothing but links: navigation
    folded = _fold(text)
    if folded in _WHOLE_LINES or folded in _AGENCIES:
        return True
    rest = _SECTION_PHRASES.sub(" ", folded).split()
    if rest != folded.split() and all(w.strip(".,:;|") in _SECTION_FILLER for w in rest):
        return True  # section names strung together: "останні новини в Україні"
    tokens = [t for t in re.split(r"[\s|/·•,]+", folded) if t]
    if tokens and all(t in _LANGUAGE_NAMES for t in tokens):
        return True
    if _LANGUAGE_MENU.search(text):
        return True
    if _CAPTION.search(text) or _BYLINE.match(text) or _BY_NAME.match(text):
        return True
    if _READING_TIME.search(text) and len(text.split()) <= 6:
        return True
    alpha = _WORD.findall(text)
    if _TIME_OR_YEAR.search(text) and len(alpha) <= 3 and len(text.split()) <= 8:
        return True  # "Tuesday, 18 March 2025, 19:26", "2024-12-30 | 12:23"
    if _ALL_CAPS.match(text) and len(text.split()) <= 4 and not re.search(r"\d", text):
        return True  # a dateline or a logo: "NEW YORK", "KYIV —"
    return text.endswith(":") and len(text.split()) <= 4  # "Kyiv:", "Read more:"


_MONTH_WORD = cw.month_alternation(cw.EN, cw.EN_SHORT, cw.UK_GEN, cw.UK_MISSPELT, cw.RU_GEN)
# A sentence that says only where and when: "Київ, 5 березня 2025 року.", "Moscow, 28 November
# 2026.", "Kyiv, March 5, 2025." It opens many pasted releases and is no headline.
_BARE_DATELINE = re.compile(
    r"\s*[^\W\d_][\w'’-]*(?:[ -][^\W\d_][\w'’-]*){0,2},\s*"
    rf"(?:\d{{1,2}}\s+(?:{_MONTH_WORD})|(?:{_MONTH_WORD})\.?\s+\d{{1,2}})"
    r"(?:,?\s+\d{4}(?:\s*(?:року|р\.|года|г\.))?)?\s*\.?\s*$",
    re.IGNORECASE,
)


def _sentence_end(text: str, start: int = 0) -> int | None:
    """Where the first sentence of `text` ends (after its stop and quotes), None if it does not."""
    for m in _STOP.finditer(text, start):
        if _ABBREVIATION.search(text[max(0, m.start() - 5) : m.start() + 1]):
            continue  # "U.S. envoy", "Gen. Syrskyi"
        return m.start() + len(m.group(0).rstrip())
    return None


def _n_words(text: str) -> int:
    return sum(1 for token in text.split() if any(c.isalnum() for c in token))


def headline_shaped(text: str) -> bool:
    """One short sentence or phrase: what a headline looks like, not a paragraph."""
    n = _n_words(text)
    if n == 0 or n > MAX_HEADLINE_WORDS or len(text) > MAX_HEADLINE_CHARS:
        return False
    end = _sentence_end(text)
    if end is not None and text[end:].strip():
        return False  # two sentences: a paragraph
    return text[-1] not in ".:;," or n <= 12


def _clean(text: str, start: int, end: int) -> tuple[int, int]:
    """Take labels, a site suffix and quotes around the whole headline off a span."""
    piece = text[start:end]
    m = _LABEL.match(piece)
    if m and piece[m.end() :].strip():
        start += m.end()
    piece = text[start:end]
    m = _MEDIA_MARK.search(piece)
    if m and m.start() > 0:
        end = start + m.start()
    piece = text[start:end]
    m = _SITE_SUFFIX.search(piece)
    if m and _n_words(piece[: m.start()]) >= 3:
        end = start + m.start()
    piece = text[start:end]
    if len(piece) > 2 and piece[0] in _QUOTES and piece[-1] in _QUOTES:
        inner = piece[1:-1]
        if not any(q in inner for q in _QUOTES):  # not a headline ending in a quoted name
            start, end = start + 1, end - 1
    while end > start and text[end - 1] in " \t":
        end -= 1
    while start < end and text[start] in " \t":
        start += 1
    return start, end


def _first_sentence(text: str, start: int, end: int) -> Headline | None:
    piece = text[start:end]
    m = _DATELINE.match(piece)
    if m and piece[m.end() :].strip():
        start += m.end()
        piece = text[start:end]
    stop = _sentence_end(piece)
    if stop is not None and _BARE_DATELINE.match(piece[:stop]) and piece[stop:].strip():
        # "Київ, 5 березня 2025 року. Повітряні сили ...": the story begins after where and when
        start += stop + len(piece[stop:]) - len(piece[stop:].lstrip())
        piece = text[start:end]
        stop = _sentence_end(piece)
    if stop is not None:
        end = start + stop
        piece = text[start:end]
    tag = _RAW_TAG.search(piece)
    if tag and tag.start() > 0:  # markup left in a pasted text: the sentence ends before it
        end = start + len(piece[: tag.start()].rstrip(" ,;:(–—-"))
        return Headline(text[start:end], FIRST_SENTENCE, start, end, cut=True)
    piece_end = len(piece.rstrip())
    end = start + piece_end
    if end - start <= MAX_SENTENCE_CHARS:
        return Headline(text[start:end], FIRST_SENTENCE, start, end) if end > start else None
    cut = text.rfind(" ", start, start + CUT_AT + 1)
    if cut <= start:
        cut = start + CUT_AT
    while cut > start and text[cut - 1] in " ,;:–—-(":
        cut -= 1
    return Headline(text[start:cut], FIRST_SENTENCE, start, cut, cut=True)


def _candidates(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the first lines that are not furniture, Markdown markers taken off, one at a
    time: the finder asks for the next only when it needs it, so a text with a plain headline
    costs one furniture check, not twenty (each of them a scan of a whole paragraph)."""
    line_start = 0
    for _ in range(MAX_LINES):  # furniture sits in the first lines
        if line_start > MAX_CHARS or line_start > len(text):
            return
        stop = text.find("\n", line_start)
        line_end = len(text) if stop < 0 else stop
        line = text[line_start:line_end]
        a, b = _unmarked(line)
        if not is_furniture(line[a:b]):
            yield line_start + a, line_start + b
        line_start = line_end + 1


_SMALL_WORDS = frozenset(words.all_languages(words.SMALL_WORDS))


def _label_like(line: str) -> bool:
    """A rubric rather than a statement: no figures, no full stop, every content word capitalised
    ("Russia's Special Operation in Ukraine"), or a section name."""
    if re.search(r"\d", line) or line[-1] in ".!?":
        return False
    if _fold(line) in _WHOLE_LINES:
        return True
    tokens = [t for t in re.findall(r"[^\W\d_][\w'’-]*", line) if t.casefold() not in _SMALL_WORDS]
    return bool(tokens) and all(t[0].isupper() for t in tokens)


def find_headline(text: str) -> Headline | None:
    """The headline past page furniture, else the first sentence (marked); None if no text."""
    spans = _candidates(text)
    current = next(spans, None)
    while current is not None:
        start, end = current
        line = text[start:end]
        n = _n_words(line)
        later: tuple[int, int] | None = None  # the next candidate, looked for only when needed
        if n == 1 or (n == 2 and _label_like(line)):
            later = next(spans, None)
            if later is not None:
                current = later
                continue  # a section name, a name, an outlet mark above the story
        if n <= 6 and _label_like(line):
            later = later or next(spans, None)
            if later is not None:
                following = text[later[0] : later[1]]
                if headline_shaped(following) and _n_words(following) >= n + 2:
                    current = later
                    continue  # a kicker above the headline: "War in Ukraine", "Special Report"
        a, b = _clean(text, start, end)
        if headline_shaped(text[a:b]) and not _RAW_TAG.search(text, a, b):
            return Headline(text[a:b], HEADLINE, a, b)
        return _first_sentence(text, start, end)
    return None
