"""The reply an editor gets after sending an article."""

from briefings.html import day, esc, plural
from briefings.phrases import exchange_phrase, strikes_phrase


def understood(extraction: dict) -> str:
    """What the bot understood from one article, as one line of figures."""
    parts = []
    if extraction.get("exchange"):
        parts.append(exchange_phrase(extraction["exchange"]))
    strikes = [
        {**s, "night": s.get("date")}
        for s in extraction.get("strikes") or []
        if isinstance(s, dict)
    ]
    if strikes:
        parts.append(strikes_phrase(strikes))
    return " · ".join(parts)


def render_receipt(
    extraction: dict,
    *,
    status: str,
    story_sources: int,
    outlet: str | None = None,
    fetched_from: str | None = None,
) -> str:
    """Receipt for a stored or already-stored article: headline, outlet, date, figures."""
    title = esc(extraction.get("title") or "Untitled")
    who = esc(extraction.get("outlet") or outlet or "outlet not stated")
    when = day(extraction.get("published")) if extraction.get("published") else "date not stated"
    if status == "near_duplicate":
        return (
            f"Same article as one already stored: <b>{title}</b>. Added {who} as one more "
            f"source; no new figures. The story has {plural(story_sources, 'source')}."
        )
    if status == "duplicate":
        return (
            f"Already stored: <b>{title}</b> ({who}, {when}). Nothing changed; "
            f"the story has {plural(story_sources, 'source')}."
        )
    lines = [
        f"Stored: <b>{title}</b>",
        f"{who} · {when} · story with {plural(story_sources, 'source')}",
    ]
    if fetched_from:
        lines.append(f"Fetched from {esc(fetched_from)}")
    figures = understood(extraction)
    lines.append(figures if figures else "No exchange or strike figures found in it.")
    return "\n".join(lines)
