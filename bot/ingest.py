"""Turn one incoming text into a stored article and the receipt the editor sees."""

import logging
import re
from dataclasses import dataclass
from datetime import date

from briefings import render_receipt
from extraction import extract, html_to_text, noise_reason
from storage import NewSource, Store

log = logging.getLogger(__name__)

# No single article is this long; a bigger text is a mistake or an attack, refused whole.
MAX_ARTICLE_CHARS = 500_000
_HTML_HINT = re.compile(r"<\s*(html|body|p|div|article|br|h1|title)\b", re.IGNORECASE)


@dataclass(frozen=True)
class IngestOutcome:
    """What happened to one text: stored, duplicate or refused, and the reply to send."""

    status: str
    reply: str
    article_id: int | None = None
    story_id: int | None = None


def refusal(reason: str) -> IngestOutcome:
    """A clear one-line refusal; nothing is stored."""
    return IngestOutcome("refused", reason)


def prepare_text(text: str) -> str:
    """Reduce HTML to text and strip the whitespace around it."""
    if _HTML_HINT.search(text[:5000]):
        text = html_to_text(text)
    return text.strip()


def ingest_text(
    store: Store,
    text: str | None,
    source: NewSource,
    *,
    published: date | None = None,
    reference: date | None = None,
    fetched_from: str | None = None,
) -> IngestOutcome:
    """Extract and store one article; `published` is its date, `reference` a fallback for it."""
    if text is None or not text.strip():
        return refusal(
            "That message has no text to read. Forward a post, paste an article, or send a link."
        )
    if len(text) > MAX_ARTICLE_CHARS:
        return refusal(
            f"That text is too long to be one article ({len(text):,} characters; the limit is "
            f"{MAX_ARTICLE_CHARS:,}). Nothing was stored."
        )
    text = prepare_text(text)
    reason = noise_reason(text)
    if reason:
        return refusal(f"That doesn't look like an article: {reason}. Nothing was stored.")
    extraction = extract(text, published=published, outlet=source.outlet)
    if not extraction.get("published") and reference is not None:
        # The article names no date of its own: the message date anchors "overnight" etc.
        extraction = extract(text, published=reference, outlet=source.outlet)
    result = store.save_article(text, extraction, source)
    log.info("article %s %s (story %s)", result.article_id, result.status, result.story_id)
    reply = render_receipt(
        extraction,
        status=result.status,
        story_sources=result.story_sources,
        outlet=source.outlet,
        fetched_from=fetched_from,
    )
    return IngestOutcome(result.status, reply, result.article_id, result.story_id)
