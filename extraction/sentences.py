"""Lines and sentences of an article, with page furniture and background passages marked."""

from __future__ import annotations

import re
from typing import NamedTuple

from extraction import calendar_words as cw
from extraction.cues import gated
from extraction.vocab import VOCAB

BODY = "body"
TITLE = "title"
NOISE = "noise"  # related headlines, captions, tags, share buttons
BACKGROUND = "background"  # "Previously:", "Нагадаємо": earlier events, not this report


class Sentence(NamedTuple):
    """One sentence with its position in the article and the kind of passage it sits in."""

    text: str
    start: int
    line: int
    kind: str


_NOISE_LINE = re.compile(
    r"^\W*(?:read (?:also|more)|see also|related(?: stories| articles| news)?\b|more on this|"
    # a link's headline glued to its label: "RelatedKyiv and Moscow swap 80 POWs each"
    r"(?-i:Related(?=[A-Z]))|"
    r"also read|share\b|tags?:|photo\b|photo:|file photo|photographer:|stock photo|"
    r"source link|original source|leave a (?:comment|reply)|subscribe|advertisement|"
    r"читайте (?:також|также|тоже)|читати також|дивіться також|смотрите также|"
    r"другие новости|новости партнеров|подписывайтесь|теги|фото\b|фото:|відео:|видео:|"
    r"останні новини|последние новости|по темі|по теме|<image>|\[image)",
    re.IGNORECASE,
)
_CAPTION_WORDS = ("via reuters", "getty images", "photo: ", "photo by", "pictured", "handout",
                  "фото: ")  # fmt: skip


_CAPTION_RE = gated("|".join(map(re.escape, _CAPTION_WORDS)))


def _is_caption(line: str) -> bool:
    return _CAPTION_RE.search(line.lower()) is not None


# "Context", "Довідка", "Напомним": a heading (alone on its line) or a lead ("Reminder: ...")
# that opens an aside about other events; the words come from the vocabulary table
_ASIDE = "|".join(sorted({w for ws in VOCAB["aside_head"].values() for w in ws}, key=len)[::-1])
_BACKGROUND_HEAD = re.compile(
    r"^\W*(?:(?:background|previously|for reference|earlier|раніше|ранее|предыстория|довідка|"
    rf"справка|{_ASIDE})\s*:?\s*$|"
    r"(?:попередні|предыдущие|previous|earlier) (?:обмін|обмен|exchang|swap|attack|атак|удар))",
    re.IGNORECASE,
)
_BACKGROUND_LEAD = re.compile(
    r"^\W*(?:нагадаємо|нагадуємо|напомним|напомню|recall that|as a reminder|"
    # "As previously reported, ...": an earlier report retold, not this one
    r"як (?:раніше )?повідомлял\w*|как (?:ранее )?сообщал\w*|"
    r"as (?:previously |earlier |was )?reported(?: earlier| previously)?,|"
    rf"previously[,:]|background:|earlier[,:] |(?:{_ASIDE})\s*:)",
    re.IGNORECASE,
)
_FURNITURE = re.compile(
    r"^\W*(?:news|world news|breaking|urgent|award banner|high views|share|menu|home|"
    r"\[source: [^\]]*\]|source: .*|author:?.*|date:?|min|0|video|[a-z\- ]{0,25}news\s*)\W*$",
    re.IGNORECASE,
)
# Starts with a character class so `re` scans for the stop quickly; the second branch is a
# stop other than an ellipsis glued to a Cyrillic capital ("заявив.Він").
_SPLIT = re.compile(
    r"[.!?…](?:[\"')\]]*\s+(?=[\"'(«\[]?[A-ZА-ЯІЇЄҐ0-9])|(?<!…)(?=[А-ЯІЇЄҐ][а-яіїєґ]))"
)
_ABBREV = re.compile(
    r"(?:\b(?:mr|mrs|ms|dr|st|gen|lt|col|no|vs|sen|rep|gov|jr|sr|inc|ltd|co|obl|"
    r"обл|ім|им|вул|ул|г|м|р|с|т|див|см|тис|млн|млрд|тыс)\.|\b[A-ZА-Я]\.|\b(?:U\.S|U\.K|U\.N)\.)$",
    re.IGNORECASE,
)


_MONTH_ABBREV = re.compile(rf"\b(?:{cw.month_alternation(cw.EN_SHORT)})\.\Z", re.IGNORECASE)


# a line that points to another story: "Як проходять переговори щодо обмінів – читайте в
# матеріалі 24 Каналу", "... read more in our explainer"
_READ_IN = re.compile(
    r"[–—-]\s*(?:читайте|дивіться|смотрите)\s+(?:в|у)\s+(?:матеріал\w*|материал\w*|статт\w*|"
    r"нашому|нашем)\b.{0,60}$|\bread (?:more|all about it) in our\b.{0,60}$",
    re.IGNORECASE,
)


# a heading over a teaser of another story ("ВАС ЗАИНТЕРЕСУЕТ", "Вас може зацікавити"): the
# line under it is that story's lead, however long
_TEASER = (
    r"вас (?:может |може |также |також )?(?:заинтересует|заинтересовать|зацікавить|зацікавити)|"
    r"вам (?:может быть |будет |буде )?(?:интересно|цікаво)"
)
_TEASER_HEAD = re.compile(rf"^\W*(?:{_TEASER})\b", re.IGNORECASE)


# a heading over a list of links to other stories ("Read also:", "Читайте также"): alone on its
# line, the short lines under it up to a blank line are those links' headlines
_RELATED_HEAD = re.compile(
    r"^\W*(?:related|more stories|read (?:more|also)|see also|also read|more on this|"
    r"читайте (?:також|также|тоже)|читати також|дивіться також|смотрите также|по темі|по теме|"
    r"другие новости|последние новости|останні новини|"
    # "ЕЩЕ ПО ТЕМЕ", "Більше по темі": the same heading with "more"
    r"(?:ещ[её]|ще|більше) по (?:теме|темі)|" + _TEASER + r")\b",
    re.IGNORECASE,
)


# Every line-start rule above at once: most body lines match none, and one failed scan here
# spares four. The rules keep their order for the lines this lets through.
_LINE_RULES = (_RELATED_HEAD, _NOISE_LINE, _BACKGROUND_HEAD, _BACKGROUND_LEAD)
_LEAD = "^\\W*"  # every rule starts so; shared, it is scanned once, not once per rule
assert all(r.pattern.startswith(_LEAD) for r in _LINE_RULES)
_ANY_LINE_RULE = re.compile(
    _LEAD + "(?:" + "|".join(f"(?:{r.pattern[len(_LEAD) :]})" for r in _LINE_RULES) + ")",
    re.IGNORECASE,
)


def is_furniture(line: str) -> bool:
    """True for a line that is site furniture rather than a headline ("News", "[Source: BBC]")."""
    stripped = line.strip()
    if not stripped:
        return True
    if _FURNITURE.match(stripped) or _NOISE_LINE.match(stripped):
        return True
    return bool(re.fullmatch(r"[\W\d_]+", stripped))


def _split_line(line: str) -> list[tuple[int, str]]:
    pieces: list[tuple[int, str]] = []
    pos = 0
    for m in _SPLIT.finditer(line):
        cut = m.end()
        if _ABBREV.search(line[max(0, m.start() - 5) : m.start() + 1]):
            continue
        if (
            _MONTH_ABBREV.search(line, max(0, m.start() - 5), m.start() + 1)
            and line[m.end() : m.end() + 1].isdigit()
        ):
            continue  # "On Oct. 2, Russia launched ...": a date, not the end of a sentence
        chunk = line[pos:cut]
        if chunk.strip():
            pieces.append((pos, chunk))
        pos = m.end()
    if line[pos:].strip():
        pieces.append((pos, line[pos:]))
    return pieces


def split_sentences(text: str) -> list[Sentence]:
    """Split an article into sentences, marking the title, page noise and background passages."""
    out: list[Sentence] = []
    offset = 0
    title_seen = False
    background = False
    related_block = False
    teaser = False  # the line after a teaser heading, however long, is the other story's lead
    for line_no, line in enumerate(text.split("\n")):
        line_start = offset
        offset += len(line) + 1
        stripped = line.strip()
        if not stripped:
            related_block = False
            continue
        kind = BODY
        words = -1  # counted only when a rule needs it
        ruled = _ANY_LINE_RULE.match(stripped) is not None
        if related_block and ((words := len(stripped.split())) <= 16 or (teaser and words <= 60)):
            kind = NOISE
            teaser = False
        elif ruled and _RELATED_HEAD.match(stripped):
            kind = NOISE
            related_block = len(stripped.split()) <= 4
            teaser = related_block and _TEASER_HEAD.match(stripped) is not None
        elif (
            (ruled and _NOISE_LINE.match(stripped))
            or _is_caption(stripped)
            or _READ_IN.search(stripped)
        ):
            kind = NOISE
        elif ruled and _BACKGROUND_HEAD.match(stripped):
            background = True
            kind = NOISE
        elif background or (ruled and _BACKGROUND_LEAD.match(stripped)):
            kind = BACKGROUND
        elif not title_seen and not is_furniture(stripped):
            title_seen = True
            if words < 0:
                words = len(stripped.split())
            headline = stripped[-1] not in ".:;," or words <= 12
            if headline and words <= 30 and len(stripped) <= 250:
                out.append(Sentence(stripped, line_start + line.index(stripped), line_no, TITLE))
                continue
        if not title_seen and kind == BODY and is_furniture(stripped):
            continue
        for rel, chunk in _split_line(line):
            out.append(Sentence(chunk.strip(), line_start + rel, line_no, kind))
    return out
