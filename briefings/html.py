"""Telegram-HTML helpers: escaping, figures, dates, and splitting long replies safely."""

import html
import re
from datetime import date
from functools import lru_cache

from briefings.catalogue import Html, grouped, t

TELEGRAM_LIMIT = 4096
_TAG = re.compile(r"<(/?)([a-zA-Z][\w-]*)[^>]*>")


def esc(value: object) -> str:
    """Escape any value for interpolation into Telegram HTML."""
    return html.escape(str(value), quote=True)


def num(value: object, lang: str = "en") -> str:
    """A figure with the language's thousands separators ("1,200", "1 200"); non-numbers are
    escaped as they are."""
    try:
        return grouped(int(value), lang)
    except (TypeError, ValueError):
        return esc(value)


def day(value: str | None, lang: str = "en", *, year: bool = True) -> str:
    """An ISO date as the desk writes it: "3 Dec 2023" ("3 грудня 2023"); unknown said so."""
    if not value:
        return t(lang, "date.unknown")
    try:
        return _day(value[:10], lang, year)
    except ValueError:
        return esc(value)


# A briefing names the same few days again and again (every source of a story has one).
@lru_cache(maxsize=4096)
def _day(value: str, lang: str, year: bool) -> str:
    d = date.fromisoformat(value)
    month = t(lang, f"month.{d.month}")
    if not year:
        return t(lang, "date.day_month", day=str(d.day), month=month)
    return t(lang, "date.full", day=str(d.day), month=month, year=str(d.year))


def night(value: str | None, lang: str = "en") -> str:
    """An attack night by the morning it ended: "night to 3 Dec 2023"."""
    if not value:
        return t(lang, "date.night_unknown")
    return t(lang, "date.night", date=Html(day(value, lang)))


def link(text: str, url: str | None) -> str:
    """An escaped link, or just the escaped text when there is no URL."""
    if not url:
        return esc(text)
    return f'<a href="{esc(url)}">{esc(text)}</a>'


def plural(n: int, word: str, many: str | None = None) -> str:
    """'1 source', '2 sources'."""
    return f"{num(n)} {word if n == 1 else (many or word + 's')}"


def _pieces(line: str) -> list[str]:
    """Tags, entities and words (with their trailing space) of one line of HTML."""
    return [p for p in re.findall(r"<[^>]*>|&[#\w]+;|[^<&\s]+\s*|\s+|[<&]", line) if p]


def _split_long_line(line: str, limit: int) -> list[str]:
    """Split one over-long line between words, closing open tags and reopening them after."""
    chunks: list[str] = []
    stack: list[tuple[str, str]] = []  # (name, opening tag) of the tags open at this point
    current = ""

    def closing() -> str:
        return "".join(f"</{name}>" for name, _ in reversed(stack))

    def reopen() -> str:
        return "".join(tag for _, tag in stack)

    for piece in _pieces(line):
        m = _TAG.fullmatch(piece)
        extra = len(f"</{m.group(2)}>") if m and not m.group(1) else 0
        if len(current) + len(piece) + len(closing()) + extra > limit and current.strip():
            chunks.append(current + closing())
            current = reopen()
        while len(current) + len(piece) + len(closing()) > limit and not m:
            # A single word longer than the room left: cut it (never inside an entity).
            room = max(limit - len(current) - len(closing()), 1)
            if current.strip() and len(current) > len(reopen()):
                chunks.append(current + closing())
                current = reopen()
                continue
            chunks.append(current + piece[:room] + closing())
            piece = piece[room:]
            current = reopen()
        current += piece
        if m:
            if m.group(1):
                if stack and stack[-1][0] == m.group(2).lower():
                    stack.pop()
            else:
                stack.append((m.group(2).lower(), piece))
    if current.strip() and current != reopen():
        chunks.append(current + closing())
    return chunks


def split_message(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Split a reply into messages under Telegram's limit, on line boundaries, tags intact."""
    parts: list[str] = []
    current = ""
    for line in text.split("\n"):
        pieces = [line] if len(line) <= limit else _split_long_line(line, limit)
        for piece in pieces:
            candidate = f"{current}\n{piece}" if current else piece
            if len(candidate) <= limit:
                current = candidate
            else:
                if current.strip():
                    parts.append(current.strip("\n"))
                current = piece
    if current.strip():
        parts.append(current.strip("\n"))
    return parts or [""]
