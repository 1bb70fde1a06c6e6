"""The reply an editor gets after sending an article."""

from briefings.html import day, esc, plural
from briefings.phrases import exchange_phrase, strikes_phrase
from briefings.review import review_lines
from storage.views import ArticleReview


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


UNDATED = "undated: stored and searchable, placed on no night"
# A copy with no outlet named is recorded by how it came.
_UNNAMED_SOURCES = {"paste": "your pasted text", "file": "the file", "link": "the page"}
ASSUMED = "date assumed: when you sent it"


def date_phrase(published: str | None, date_found: str | None = None) -> str:
    """The article's date as a receipt shows it, saying when it is assumed or missing."""
    if not published:
        return UNDATED if date_found == "undated" else "date not stated"
    if date_found == "sent":
        return f"{day(published)} ({ASSUMED})"
    return day(published)


def render_receipt(
    extraction: dict,
    *,
    status: str,
    story_sources: int,
    outlet: str | None = None,
    fetched_from: str | None = None,
    date_found: str | None = None,
    review: ArticleReview | None = None,
    lang: str = "en",
    source_kind: str | None = None,
) -> str:
    """Receipt for a stored or already-stored article: headline, outlet, date, figures.

    With the article's review (storage), each figure is listed with the words it came from,
    uncertain figures and failed sanity checks are said in plain words, and its state shown."""
    extra = "\n" + "\n".join(review_lines(review, lang)) if review is not None else ""
    title = esc(extraction.get("title") or "Untitled")
    who = esc(extraction.get("outlet") or outlet or "outlet not stated")
    when = date_phrase(extraction.get("published"), date_found)
    if status == "near_duplicate":
        added = esc(outlet) if outlet else _UNNAMED_SOURCES.get(source_kind or "", who)
        return (
            f"Same article as one already stored: <b>{title}</b>. Added {added} as one more "
            f"source; no new figures. The story has {plural(story_sources, 'source')}."
        ) + extra
    if status == "duplicate":
        return (
            f"Already stored: <b>{title}</b> ({who}, {when}). Nothing changed; "
            f"the story has {plural(story_sources, 'source')}."
        ) + extra
    lines = [
        f"Stored: <b>{title}</b>",
        f"{who} · {when} · story with {plural(story_sources, 'source')}",
    ]
    if fetched_from:
        lines.append(f"Fetched from {esc(fetched_from)}")
    figures = understood(extraction)
    if figures or review is None:
        lines.append(figures if figures else "No exchange or strike figures found in it.")
    return "\n".join(lines) + extra


# How many refusals a batch summary lists one by one before it counts the rest.
_LISTED_REFUSALS = 20


def render_intake(receipt, *, review: ArticleReview | None = None, lang: str = "en") -> str:
    """The reply to anything sent in: a receipt, a refusal, or a file's summary.

    Takes an intake Receipt or BatchReceipt (read by attribute, so briefings stays free of
    intake's imports).
    """
    if hasattr(receipt, "items"):
        return _render_batch(receipt, review, lang)
    if receipt.status == "refused":
        return esc(receipt.reason or "That could not be stored.")
    return render_receipt(
        receipt.extraction or {},
        status=receipt.status,
        story_sources=receipt.story_sources,
        outlet=receipt.outlet,
        fetched_from=receipt.fetched_from,
        date_found=receipt.date_found,
        review=review,
        lang=lang,
        source_kind=getattr(receipt, "source_kind", None),
    )


def _render_batch(batch, review: ArticleReview | None = None, lang: str = "en") -> str:
    items = list(batch.items)
    if len(items) == 1 and not batch.unreadable:
        return render_intake(items[0], review=review, lang=lang)
    if not items and len(batch.unreadable) == 1:
        name, why = batch.unreadable[0]
        return f"Could not use {esc(name)}: {esc(why)}. Nothing was stored."
    tally = {"stored": 0, "source": 0, "already": 0, "refused": len(batch.unreadable)}
    for item in items:
        if item.status == "stored":
            tally["stored"] += 1
        elif item.status == "refused":
            tally["refused"] += 1
        elif item.status == "near_duplicate":
            tally["source"] += 1
        else:
            tally["already"] += 1
    reasons = [f"{esc(name)}: {esc(why)}" for name, why in batch.unreadable]
    reasons += [
        f"{esc(item.name or 'an article')}: {esc(item.reason or '')}"
        for item in items
        if item.status == "refused"
    ]
    added = f"{tally['source']} added as a source of a stored article, " if tally["source"] else ""
    lines = [
        f"<b>{esc(batch.name)}</b>: {tally['stored']} stored, {added}"
        f"{tally['already']} already stored, {tally['refused']} refused"
    ]
    undated = [item.name or "an article" for item in items if getattr(item, "undated", False)]
    if undated:
        shown = ", ".join(esc(name) for name in undated[:_LISTED_REFUSALS])
        more = len(undated) - _LISTED_REFUSALS
        lines.append(
            f"• {plural(len(undated), 'article')} undated (stored and searchable, placed on no "
            f"night): {shown}" + (f" and {more} more" if more > 0 else "")
        )
    lines += [f"• refused {r}" for r in reasons[:_LISTED_REFUSALS]]
    if len(reasons) > _LISTED_REFUSALS:
        lines.append(f"• and {len(reasons) - _LISTED_REFUSALS} more refused")
    return "\n".join(lines)
