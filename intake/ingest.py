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
from datetime import UTC, date, datetime
from pathlib import Path

from extraction import extract, html_to_text
from intake.article import Arrival, LoadedArticle
from intake.dates import STATED, UNDATED, ArticleDate, article_date, local_day
from intake.documents import DecodedDocument, decode_document
from intake.fetch import FetchError, fetch_page
from intake.nights import one_night_each
from intake.paths import load_path
from intake.shape import is_chatter, noise_reason
from intake.sides import with_sides
from storage import NewSource, SaveResult, Store
from storage.labels import clean_labels

log = logging.getLogger(__name__)

# No single article is this long; a bigger text is a mistake or an attack, refused whole.
MAX_ARTICLE_CHARS = 500_000
_HTML_HINT = re.compile(r"<\s*(html|body|p|div|article|br|h1|title)\b", re.IGNORECASE)

# The short answer to a message that is no report ("hi, what's new today?").
CHATTER = (
    "That reads like a message, not a news report, so nothing was stored. Forward a post, "
    "paste an article's text or send a link; /latest shows the latest stories."
)

# Arrivals that may be a remark rather than a report: what people type or forward from a chat.
# A channel's post, a page, a file or a batch line is published material and always stored.
CHATTY_KINDS = frozenset({"paste", "user", "hidden_user", "chat"})

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
    # How the article's date was found (intake.dates: post, stated, metadata, sent, undated).
    date_found: str | None = None
    # How it came: "channel", "paste", "file", "link"... (a copy is named by it in the receipt).
    source_kind: str | None = None

    @property
    def undated(self) -> bool:
        """Stored without a date: searchable, but on no night and in no timeline."""
        return self.status != REFUSED and self.date_found == UNDATED


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


def prepare_text(text: str) -> str:
    """Reduce HTML to text and strip the whitespace around it."""
    if _HTML_HINT.search(text[:5000]):
        text = html_to_text(text)
    return text.strip()


def read_article(text: str, arrival: Arrival, *, now: datetime | None = None):
    """Date and extract one article's text: (extraction, how its date was found).

    The date comes from intake.dates' precedence and is given to the extractor as the article's
    date (the reference for "overnight"); a night written across two days is named by its end.
    """
    source = arrival.source
    now = now or arrival.sent_at or datetime.now(UTC)
    when = article_date(
        text,
        kind=source.kind,
        post_date=arrival.post_date,
        metadata_date=arrival.metadata_date,
        sent_at=arrival.sent_at,
        now=now,
    )
    extraction = extract(text, published=when.day, outlet=source.outlet)
    if when.day is None and extraction.get("published"):
        when = _extractors_dateline(extraction, now)
    return with_sides(text, one_night_each(text, extraction)), when


def _extractors_dateline(extraction: dict, now: datetime) -> ArticleDate:
    """A dateline the extractor found where intake found none: kept unless it is in the future."""
    found = extraction["published"]
    try:
        day = date.fromisoformat(str(found)[:10])
    except ValueError:
        day = None
    if day is not None and day <= local_day(now):
        return ArticleDate(day, STATED)
    # A future date is no date: nor is any night the extractor placed by it.
    extraction["published"] = None
    for strike in extraction.get("strikes") or []:
        if isinstance(strike, dict) and strike.get("date") == found:
            strike["date"] = None
    return ArticleDate(None, UNDATED)


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
        extraction, when = read_article(text, arrival)
        if source.kind in CHATTY_KINDS and is_chatter(text, extraction):
            return refused(CHATTER, arrival.name)
        if arrival.metadata_date is not None:
            source = dataclasses.replace(source, declared_date=arrival.metadata_date)
        # The receipt shows the title and outlet as stored: no invisible or bidi characters.
        extraction, source = clean_labels(extraction, source)
        result = store.save_article(text, extraction, source, date_found=when.found)
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
        date_found=result.date_found,
        source_kind=arrival.source.kind,
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
