"""One way in: every arrival becomes one article through the same steps, and one receipt.

Forwards, pastes, captions, links, files, batch lines, paths given to the command line and the
console all end in `ingest(store, arrival)`; only how the text and its date clues are obtained
differs. Nothing here knows about Telegram or renders HTML: receipts are data.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from extraction import extract, html_to_text, noise_reason
from intake.article import Arrival, LoadedArticle
from intake.documents import DecodedDocument, decode_document
from intake.fetch import FetchError, fetch_page
from intake.paths import load_path
from storage import NewSource, SaveResult, Store

log = logging.getLogger(__name__)

# No single article is this long; a bigger text is a mistake or an attack, refused whole.
MAX_ARTICLE_CHARS = 500_000
# The newsroom's calendar: a message sent at 01:30 Kyiv time belongs to that Kyiv day.
NEWSROOM_TZ = ZoneInfo("Europe/Kyiv")
_HTML_HINT = re.compile(r"<\s*(html|body|p|div|article|br|h1|title)\b", re.IGNORECASE)

STORED = "stored"
DUPLICATE = "duplicate"
NEAR_DUPLICATE = "near_duplicate"
REFUSED = "refused"


@dataclass(frozen=True)
class Receipt:
    """What happened to one arrival: stored, already stored, one more source, or refused."""

    status: str
    # Why it was refused: a plain sentence, shown to the user as it is (escaped).
    reason: str | None = None
    extraction: dict | None = None
    article_id: int | None = None
    story_id: int | None = None
    story_sources: int = 0
    outlet: str | None = None
    fetched_from: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class BatchReceipt:
    """What happened to every article of one file, and to each part that could not be read."""

    name: str
    items: tuple[Receipt, ...]
    unreadable: tuple[tuple[str, str], ...] = ()

    @property
    def status(self) -> str:
        """'stored' when at least one article was stored, else 'refused'."""
        return STORED if any(r.status == STORED for r in self.items) else REFUSED


def refused(reason: str, name: str | None = None) -> Receipt:
    """A clear refusal; nothing is stored."""
    return Receipt(REFUSED, reason=reason, name=name)


def local_day(moment: datetime | None) -> date | None:
    """The newsroom's calendar day (Kyiv) of a timestamp; a naive one is taken as UTC."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.date()
    return moment.astimezone(NEWSROOM_TZ).date()


def prepare_text(text: str) -> str:
    """Reduce HTML to text and strip the whitespace around it."""
    if _HTML_HINT.search(text[:5000]):
        text = html_to_text(text)
    return text.strip()


def _dates(arrival: Arrival) -> tuple[date | None, date | None]:
    """The article's date and the fallback reference for extract()."""
    published = local_day(arrival.post_date) or arrival.metadata_date
    return published, local_day(arrival.sent_at)


def ingest(store: Store, arrival: Arrival) -> Receipt:
    """Read, extract and store one arriving article; say what happened."""
    text = arrival.text
    if text is None or not text.strip():
        return refused(
            "That message has no text to read. Forward a post, paste an article, or send a link.",
            arrival.name,
        )
    if len(text) > MAX_ARTICLE_CHARS:
        return refused(
            f"That text is too long to be one article ({len(text):,} characters; the limit is "
            f"{MAX_ARTICLE_CHARS:,}). Nothing was stored.",
            arrival.name,
        )
    text = prepare_text(text)
    reason = noise_reason(text)
    if reason:
        return refused(
            f"That doesn't look like an article: {reason}. Nothing was stored.", arrival.name
        )
    source = arrival.source
    result = store.duplicate(text, source)
    if result is not None:
        # Already stored: answer from what was extracted then, without reading it again.
        extraction = store.article_extraction(result.article_id)
    else:
        published, reference = _dates(arrival)
        extraction = extract(text, published=published, outlet=source.outlet, reference=reference)
        result = store.save_article(text, extraction, source)
    log.info("article %s %s (story %s)", result.article_id, result.status, result.story_id)
    return _receipt(extraction, result, arrival)


def _receipt(extraction: dict, result: SaveResult, arrival: Arrival) -> Receipt:
    return Receipt(
        result.status,
        extraction=extraction,
        article_id=result.article_id,
        story_id=result.story_id,
        story_sources=result.story_sources,
        outlet=arrival.source.outlet,
        fetched_from=arrival.fetched_from,
        name=arrival.name,
    )


async def ingest_link(
    store: Store, url: str, source: NewSource, *, sent_at: datetime | None = None
) -> Receipt:
    """Fetch a linked page (safely), read its article and store it like any other."""
    link_source = dataclasses.replace(source, kind="link", url=url)
    arrival = Arrival(None, link_source, sent_at=sent_at, name=url)
    known = store.duplicate(None, link_source)
    if known is not None:
        return _receipt(store.article_extraction(known.article_id), known, arrival)
    try:
        page = await fetch_page(url)
    except FetchError as exc:
        return refused(f"Could not fetch {url}: {exc.reason}. Nothing was stored.", url)
    article = page.article
    if article is None or not article.text.strip():
        return refused(f"No article found at {page.url}. Nothing was stored.", url)
    outlet = article.site_name or source.outlet
    link_source = dataclasses.replace(link_source, url=page.url, outlet=outlet)
    return ingest(
        store,
        Arrival(
            article.as_text(),
            link_source,
            metadata_date=article.published,
            sent_at=sent_at,
            fetched_from=page.url,
            name=page.url,
        ),
    )


def arrival_of(item: LoadedArticle, source: NewSource, sent_at: datetime | None) -> Arrival:
    """A file's or batch line's article as an arrival, its own outlet and URL kept."""
    return Arrival(
        item.text,
        dataclasses.replace(source, outlet=item.outlet or source.outlet, url=item.url),
        metadata_date=item.published,
        sent_at=sent_at,
        name=item.name,
    )


def ingest_document(
    store: Store,
    doc: DecodedDocument,
    source: NewSource,
    *,
    sent_at: datetime | None = None,
    progress: Callable[[], None] | None = None,
) -> BatchReceipt:
    """Store every article a decoded file holds; note each part that could not be read."""
    items = []
    for item in doc.articles:
        items.append(ingest(store, arrival_of(item, source, sent_at)))
        if progress:
            progress()
    return BatchReceipt(doc.name, tuple(items), tuple(doc.refused))


def ingest_file(
    store: Store,
    file_name: str,
    mime_type: str | None,
    data: bytes,
    source: NewSource,
    *,
    sent_at: datetime | None = None,
) -> BatchReceipt:
    """Decode a file sent to the bot and store the articles it holds."""
    if source.kind == "paste":
        source = dataclasses.replace(source, kind="file")
    decoded = decode_document(file_name, mime_type, data)
    return ingest_document(store, decoded, source, sent_at=sent_at)


def read_paths(paths: Iterable[Path]) -> list[DecodedDocument]:
    """Decode every file under the given paths exactly as a file sent to the bot is decoded."""
    return [doc for path in paths for doc in load_path(Path(path))]
