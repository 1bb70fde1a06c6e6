"""Full-text search over stored articles (the FTS5 index of migration m002)."""

from __future__ import annotations

import re

from sqlite_utils import Database

from storage.review import LIVE_ARTICLE
from storage.views import MATCH_END, MATCH_START, SearchHit, SearchPage

SNIPPET_TOKENS = 28
# Word endings dropped before prefix matching, so "Одеса" finds "Одесі" and "drones" "drone".
_ENDINGS = re.compile(r"(?:[aeiouyаеєиіїоуюяыэьй]|es|s)$", re.IGNORECASE)
_TITLE_WEIGHT, _TEXT_WEIGHT = 5.0, 1.0


def terms(words: str) -> list[str]:
    """The words of a query as FTS5 prefix terms, quoted so no input is read as syntax."""
    out = []
    for word in re.findall(r"\w+", words.casefold()):
        stem = _ENDINGS.sub("", word) if len(word) >= 5 else word
        out.append(f'"{stem}"*')
    return list(dict.fromkeys(out))


def _without_headline(snippet: str, title: str) -> str:
    """A snippet that starts with the headline (texts often do) without repeating it."""
    plain = snippet.replace(MATCH_START, "").replace(MATCH_END, "")
    title = " ".join(title.split())
    if not title or not plain.startswith(title) or len(plain) <= len(title):
        return snippet
    seen, bold = 0, False
    for index, char in enumerate(snippet):
        if char in (MATCH_START, MATCH_END):
            bold = char == MATCH_START
            continue
        if seen == len(title):
            rest = snippet[index:].lstrip()
            return (MATCH_START if bold else "") + rest
        seen += 1
    return snippet


def _where(since: str | None) -> tuple[str, list]:
    # An article an editor took out as "not a report" is left out, as from the briefings.
    live = f" and a.{LIVE_ARTICLE}"
    if since:
        return live + " and a.published >= ?", [since]
    return live, []


def _count(db: Database, match: str, since: str | None) -> int:
    extra, params = _where(since)
    row = db.execute(
        f"""select count(*) from articles_fts f join articles a on a.id = f.rowid
        where articles_fts match ?{extra}""",
        [match, *params],
    ).fetchone()
    return row[0]


def search_articles(
    db: Database, words: str, *, since: str | None = None, page: int = 1, per_page: int = 5
) -> SearchPage:
    """Articles matching every word (else any word), newest day first, best match first within
    a day, undated articles last (never dated by when they arrived); one page of them."""
    found = terms(words)
    if not found:
        return SearchPage(words, since, [], 0, 1, 0, True)
    match, all_words = " ".join(found), True
    total = _count(db, match, since)
    if total == 0 and len(found) > 1:
        match, all_words = " OR ".join(found), False
        total = _count(db, match, since)
    pages = (total + per_page - 1) // per_page
    page = max(1, min(page, pages or 1))
    extra, params = _where(since)
    rows = db.execute(
        f"""select a.id, a.story_id, a.title,
          coalesce(a.outlet, (select s.outlet from sources s where s.article_id = a.id
            order by s.id limit 1)) as outlet,
          a.published as day,
          (select coalesce(s.permalink, s.url) from sources s where s.article_id = a.id
            order by s.permalink is null, s.id limit 1) as link,
          snippet(articles_fts, 1, ?, ?, '…', ?) as snip
        from articles_fts f join articles a on a.id = f.rowid
        where articles_fts match ?{extra}
        order by day is null, day desc, bm25(articles_fts, ?, ?), a.id desc
        limit ? offset ?""",
        [
            MATCH_START,
            MATCH_END,
            SNIPPET_TOKENS,
            match,
            *params,
            _TITLE_WEIGHT,
            _TEXT_WEIGHT,
            per_page,
            (page - 1) * per_page,
        ],
    ).fetchall()
    hits = [
        SearchHit(
            r[0],
            r[1],
            r[2] or "",
            r[3],
            r[4],
            r[5],
            _without_headline(" ".join((r[6] or "").split()), r[2] or ""),
        )
        for r in rows
    ]
    return SearchPage(words, since, hits, total, page, pages, all_words)
