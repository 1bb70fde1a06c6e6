"""/sources: the outlets and posts behind the briefings."""

from briefings.html import day, esc, link
from briefings.review import claim_review_lines, edited_note, story_review_lines
from storage.views import SourceRef, StoryReview


def source_line(ref: SourceRef) -> str:
    """'Kyiv Wire, 3 Dec 2023 (https://t.me/...)' with the outlet linked where possible."""
    when = day(ref.date) if ref.date else "date unknown"
    return f"{link(ref.outlet, ref.link)}, {when}"


def source_list(refs: list[SourceRef]) -> str:
    """Outlets joined for an inline attribution, each linked where there is a link."""
    names: list[str] = []
    for ref in refs:
        item = link(ref.outlet, ref.link)
        if item not in names:
            names.append(item)
    return ", ".join(names) if names else "no source recorded"


def render_sources(stories: list[tuple[str, list[SourceRef]]]) -> str:
    """Every recent story with the outlets and original posts behind it, linked."""
    if not stories:
        return "No sources yet: nothing has been stored."
    lines = ["<b>Sources behind the briefings</b>"]
    for title, refs in stories:
        lines.append("")
        lines.append(f"<b>{esc(title)}</b>")
        for ref in refs:
            where = f" — {esc(ref.link)}" if ref.link else f" ({esc(ref.kind)})"
            lines.append(f"• {esc(ref.outlet)}, {day(ref.date)}{where}")
    return "\n".join(lines)


_FIELD_NAMES = {
    "count": "prisoners in the exchange",
    "returned": "returned home",
    "status": "exchange status",
    "mediator": "mediator",
    "framework": "framework",
    "drones_launched": "drones launched",
    "missiles_launched": "missiles launched",
    "drones_downed": "drones downed",
    "missiles_downed": "missiles downed",
    "drones_lost": "drones lost to electronic warfare",
    "total_launched": "drones and missiles launched",
    "total_downed": "drones and missiles downed",
}


def render_claim_sources(title: str, claims: list, *, lang: str = "en") -> str:
    """Per figure of one story: the value, who claims it, the words it came from, every outlet
    and post behind it, and any editor's action on it."""
    lines = [f"<b>Sources for: {esc(title)}</b>"]
    for c in claims:
        who = f" — {esc(c.claimant)}" if c.claimant else ""
        night = f", night to {day(c.night)}" if c.night else ""
        value = esc(c.value)
        if c.field in ("count", "returned") or c.field.endswith(("launched", "downed", "lost")):
            value = f"{int(c.value):,}"
        lines.append("")
        edited = edited_note(c.edited_from, c.field, lang)
        lines.append(
            f"<b>{esc(_FIELD_NAMES.get(c.field, c.field))}: {value}</b>{edited}{who}{night}"
        )
        if c.updated_from:
            lines.append(f"updated from {esc(', '.join(c.updated_from))}")
        lines += claim_review_lines(c, lang)
        for ref in c.sources:
            where = f" — {esc(ref.link)}" if ref.link else ""
            lines.append(f"• {esc(ref.outlet)}, {day(ref.date)}{where}")
    if not claims:
        lines.append("No figures recorded for this story.")
    return "\n".join(lines)


def render_story_review(review: StoryReview, lang: str = "en") -> str:
    """/sources N: every figure with its words, outlets, posts and editors' actions, then the
    story's articles (numbered, for /split) and what editors did to the story."""
    return "\n".join(
        [
            render_claim_sources(review.title, review.claims, lang=lang),
            *story_review_lines(review, lang),
        ]
    )
