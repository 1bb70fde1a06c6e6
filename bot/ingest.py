"""Turn one incoming text into a stored article and the receipt the editor sees."""

import dataclasses
import logging
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from bot.documents import DecodedDocument, decode_document
from bot.fetch import FetchError, fetch_page
from briefings import esc, render_receipt
from extraction import extract, html_to_text, noise_reason
from storage import NewSource, SaveResult, Store

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
    result = store.duplicate(text, source)
    if result is not None:
        # Already stored: answer from what was extracted then, without reading it again.
        extraction = store.article_extraction(result.article_id)
    else:
        extraction = extract(text, published=published, outlet=source.outlet, reference=reference)
        result = store.save_article(text, extraction, source)
    log.info("article %s %s (story %s)", result.article_id, result.status, result.story_id)
    return _receipt(extraction, result, source.outlet, fetched_from)


def _receipt(
    extraction: dict, result: SaveResult, outlet: str | None, fetched_from: str | None = None
) -> IngestOutcome:
    reply = render_receipt(
        extraction,
        status=result.status,
        story_sources=result.story_sources,
        outlet=outlet,
        fetched_from=fetched_from,
    )
    return IngestOutcome(result.status, reply, result.article_id, result.story_id)


async def ingest_link(
    store: Store, url: str, source: NewSource, *, reference: date | None = None
) -> IngestOutcome:
    """Fetch a linked page (safely), extract its article and store it like any other."""
    link_source = dataclasses.replace(source, kind="link", url=url)
    known = store.duplicate(None, link_source)
    if known is not None:
        return _receipt(store.article_extraction(known.article_id), known, link_source.outlet)
    try:
        page = await fetch_page(url)
    except FetchError as exc:
        return refusal(f"Could not fetch {esc(url)}: {esc(exc.reason)}. Nothing was stored.")
    article = page.article
    if article is None or not article.text.strip():
        return refusal(f"No article found at {esc(page.url)}. Nothing was stored.")
    outlet = article.site_name or source.outlet
    link_source = dataclasses.replace(link_source, url=page.url, outlet=outlet)
    return ingest_text(
        store,
        article.as_text(),
        link_source,
        published=article.published,
        reference=reference,
        fetched_from=page.url,
    )


def ingest_document(
    store: Store, doc: DecodedDocument, source: NewSource, *, reference: date | None = None
) -> IngestOutcome:
    """Store every article a file holds; one receipt for one article, a summary for many."""
    outcomes = []
    for art in doc.articles:
        item = dataclasses.replace(source, outlet=art.outlet or source.outlet, url=art.url)
        outcomes.append(
            ingest_text(store, art.text, item, published=art.published, reference=reference)
        )
    if len(outcomes) == 1 and not doc.refused:
        return outcomes[0]
    tally = Counter(o.status for o in outcomes)
    reasons = [f"{esc(name)}: {esc(why)}" for name, why in doc.refused]
    reasons += [o.reply for o in outcomes if o.status == "refused"]
    if not outcomes and len(doc.refused) == 1:
        return refusal(f"Could not use {reasons[0]}. Nothing was stored.")
    lines = [
        f"<b>{esc(doc.name)}</b>: {tally['stored']} stored, "
        f"{tally['duplicate'] + tally['near_duplicate']} already stored, "
        f"{tally['refused'] + len(doc.refused)} refused"
    ]
    lines += [f"• refused {r}" for r in reasons[:20]]
    if len(reasons) > 20:
        lines.append(f"• and {len(reasons) - 20} more refused")
    status = "stored" if tally["stored"] else "refused"
    return IngestOutcome(status, "\n".join(lines))


def ingest_file(
    store: Store,
    file_name: str,
    mime_type: str | None,
    data: bytes,
    source: NewSource,
    *,
    reference: date | None = None,
) -> IngestOutcome:
    """Decode a file sent to the bot and store the articles it holds."""
    decoded = decode_document(file_name, mime_type, data)
    return ingest_document(store, decoded, source, reference=reference)
