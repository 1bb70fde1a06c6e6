"""/sources: the outlets and posts behind the briefings, and behind each figure of a story."""

from briefings.catalogue import Html, t
from briefings.html import day, esc, link, night, num
from briefings.names import claimant_name, outlet_name
from briefings.review import (
    claim_note,
    claim_review_lines,
    field_name,
    story_review_lines,
    value_words,
)
from storage.views import SHOWN_SOURCES, SourceRef, StoryReview, StorySources


def source_line(ref: SourceRef, lang: str = "en") -> Html:
    """'Kyiv Wire, 3 Dec 2023' with the outlet linked to its post or page where there is one."""
    return Html(f"{link(outlet_name(ref.outlet, lang), ref.link)}, {day(ref.date, lang)}")


# Outlets named in one inline attribution; a night a thousand posts reported names the first
# and counts the rest (/sources N lists them).
INLINE_SOURCES = SHOWN_SOURCES


def source_list(
    refs: list[SourceRef],
    lang: str = "en",
    *,
    limit: int = INLINE_SOURCES,
    total: int | None = None,
) -> Html:
    """Outlets joined for an inline attribution, each named once (linked to its first post or
    page) however many of its posts carry the figure; past `limit` outlets, how many more
    sources (of `total` distinct sources, when `refs` are only the first ones)."""
    # `refs` and `total` count sources by (outlet, link), as storage and digests keep them;
    # an editor reads names, so an outlet with three posts is named once.
    distinct = list(dict.fromkeys((ref.outlet, ref.link) for ref in refs))
    if not distinct:
        return t(lang, "brief.no_source")
    first: dict[str, str | None] = {}
    for outlet, url in distinct:
        first.setdefault(outlet, url)
    names = list(first.items())
    shown = ", ".join(link(outlet_name(outlet, lang), url) for outlet, url in names[:limit])
    named = {outlet for outlet, _ in names[:limit]}
    covered = sum(1 for outlet, _ in distinct if outlet in named)
    more = max(len(distinct), total or 0) - covered
    if more > 0:
        shown += t(lang, "sources.and_more", count=more)
    return Html(shown)


def _item(ref: SourceRef, lang: str) -> Html:
    where = f" — {esc(ref.link)}" if ref.link else ""
    outlet = outlet_name(ref.outlet, lang)
    return t(lang, "sources.item", outlet=outlet, date=day(ref.date, lang), where=Html(where))


def render_sources(stories: list[StorySources], *, lang: str = "en") -> str:
    """Every recent story, under its number, with the first outlets and original posts behind
    it, and how many more there are (which /sources N lists)."""
    if not stories:
        return t(lang, "sources.none")
    lines = [t(lang, "sources.title")]
    for entry in stories:
        lines.append("")
        story = t(lang, "brief.story", n=str(entry.story_id))
        lines.append(
            t(
                lang,
                "sources.story",
                story=story,
                title=entry.title_for(lang)[0] or t(lang, "brief.untitled"),
            )
        )
        lines += [_item(ref, lang) for ref in entry.sources]
        if entry.total > len(entry.sources):
            more = entry.total - len(entry.sources)
            lines.append(t(lang, "sources.more", count=more, n=entry.story_id))
    return "\n".join(lines)


def render_claim_sources(
    title: str, claims: list, *, lang: str = "en", story_id: int | None = None
) -> str:
    """Per figure of one story: the value, who claims it, the words it came from, every outlet
    and post behind it, and any editor's action on it."""
    story = t(lang, "brief.story", n=str(story_id)) if story_id is not None else Html("")
    lines = [t(lang, "sources.for", story=story, title=title or t(lang, "brief.untitled"))]
    for c in claims:
        lines.append("")
        lines.append(
            t(
                lang,
                "sources.figure",
                field=field_name(lang, c.field),
                value=value_words(lang, c.field, c.value),
                edited=claim_note(c, lang),
                who=Html(f" — {claimant_name(c.claimant, lang)}" if c.claimant else ""),
                night=Html(f", {night(c.night, lang)}" if c.night else ""),
            )
        )
        if c.updated_from:
            old = ", ".join(num(v, lang) for v in c.updated_from)
            lines.append(t(lang, "sources.updated_from", values=old))
        lines += claim_review_lines(c, lang)
        lines += [_item(ref, lang) for ref in c.sources]
        if c.source_total and c.source_total > len(c.sources):
            lines.append(t(lang, "sources.more_refs", count=c.source_total - len(c.sources)))
    if not claims:
        lines.append(t(lang, "sources.no_figures"))
    return "\n".join(lines)


def render_story_review(review: StoryReview, lang: str = "en") -> str:
    """/sources N: every figure with its words, outlets, posts and editors' actions, then the
    story's articles (numbered, for /split) and what editors did to the story."""
    return "\n".join(
        [
            render_claim_sources(
                review.title_for(lang)[0], review.claims, lang=lang, story_id=review.story_id
            ),
            *story_review_lines(review, lang),
        ]
    )
