"""/search results: date, outlet, headline, a snippet with the matches in bold, story number."""

from briefings.catalogue import Html, t
from briefings.html import day, esc, link
from briefings.names import outlet_name
from storage.views import MATCH_END, MATCH_START, SearchHit, SearchPage

TITLE_CHARS = 160
SNIPPET_CHARS = 320


def _clip(value: str, limit: int) -> str:
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def marked_snippet(snippet: str) -> str:
    """Escape a snippet and turn its match marks into <b> tags, always balanced."""
    out: list[str] = []
    bold = False
    plain = ""
    for char in _clip(snippet, SNIPPET_CHARS):
        if char in (MATCH_START, MATCH_END):
            out.append(esc(plain))
            plain = ""
            if char == MATCH_START and not bold:
                out.append("<b>")
                bold = True
            elif char == MATCH_END and bold:
                out.append("</b>")
                bold = False
        else:
            plain += char
    out.append(esc(plain))
    if bold:
        out.append("</b>")
    return "".join(out).replace("<b></b>", "")


def _since(page: SearchPage, lang: str) -> str:
    return t(lang, "search.since", day=day(page.since, lang)) if page.since else Html("")


def _hit(n: int, hit: SearchHit, lang: str) -> list[str]:
    named = outlet_name(hit.outlet, lang) if hit.outlet else t(lang, "search.no_outlet")
    outlet = Html(link(named, hit.link))
    key = "search.hit" if hit.story_id is not None else "search.hit_no_story"
    title = _clip(hit.title.strip(), TITLE_CHARS) or t(lang, "search.untitled")
    head = t(lang, key, n=n, day=day(hit.date, lang), outlet=outlet, story=hit.story_id or 0)
    if _opens_with(hit.snippet, hit.title):
        # A headline that is the text's first sentence: the snippet shows it, marked once.
        return [head, marked_snippet(hit.snippet)]
    return [head, f"<b>{esc(title)}</b>", marked_snippet(hit.snippet)]


def _opens_with(snippet: str, title: str) -> bool:
    """Whether the snippet starts with the whole title (match marks and spacing aside)."""
    plain = " ".join(snippet.replace(MATCH_START, "").replace(MATCH_END, "").split())
    title = " ".join(title.split()).rstrip("…")
    return bool(title) and plain.startswith(title)


def render_search(page: SearchPage, per_page: int = 5, *, lang: str = "en") -> str:
    """One page of search results as Telegram HTML."""
    words = f"“{page.words.strip()}”"
    if not page.hits:
        return t(lang, "search.none", words=words, since=_since(page, lang))
    paging = t(lang, "search.page", page=page.page, pages=page.pages) if page.pages > 1 else ""
    lines = [
        t(
            lang,
            "search.header",
            words=words,
            since=_since(page, lang),
            total=t(lang, "search.count", count=page.total),
            page=Html(paging),
        )
    ]
    if not page.all_words:
        lines.append(t(lang, "search.any_words"))
    first = (page.page - 1) * per_page + 1
    for n, hit in enumerate(page.hits, first):
        lines.append("")
        lines += _hit(n, hit, lang)
    return "\n".join(lines)


def next_page_hint(page: SearchPage, *, lang: str = "en") -> str | None:
    """The command that shows the next page, when there is one."""
    if page.page >= page.pages:
        return None
    since = f" since {page.since}" if page.since else ""
    return t(lang, "search.next_hint", words=page.words.strip(), since=since, page=page.page + 1)
