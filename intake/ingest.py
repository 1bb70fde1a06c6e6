"""One way in: every arrival becomes one article through the same steps, and one receipt.

Forwards, pastes, captions, links, files, batch lines, paths given to the command line and the
console all end in `ingest(store, arrival)`; only how the text and its date clues are obtained
differs. Nothing here knows about Telegram or renders HTML: receipts are data.
"""

from __future__ import annotations

import dataclasses
import io
import logging
import re
import sqlite3
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from extraction import extract, html_to_text
from intake.about import with_attack_places
from intake.article import Arrival, Blank, LoadedArticle, Part, Reason, Refusal
from intake.dates import (
    DECLARED_UNREADABLE,
    METADATA,
    PASTED_KINDS,
    POST,
    STATED,
    UNDATED,
    ArticleDate,
    article_date,
    declared_date,
    declared_problem,
    impossible_date,
    local_day,
)
from intake.documents import document_parts
from intake.fetch import FetchError, fetch_page
from intake.nights import one_night_each
from intake.shape import NOISE_REASONS, has_figures, is_chatter, noise_code
from intake.sides import with_sides
from storage import NewSource, SaveResult, Store, text_hash
from storage.labels import clean_labels
from storage.review import Editor

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
# An edited message's article: updated, or unchanged (the edit changed no figure or word).
UPDATED = "updated"
UNCHANGED = "unchanged"


@dataclass(frozen=True)
class Receipt:
    """What happened to one arrival: stored, already stored, one more source, or refused."""

    status: str
    # Why it was refused: a plain sentence, shown to the user as it is (escaped)...
    reason: str | None = None
    # ...unless the catalogue words it: its message key and values (briefings/catalogue).
    reason_key: str | None = None
    reason_values: tuple[tuple[str, object], ...] = ()
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
    # For a file's or batch line's article not dated by what the file declares: why
    # (intake.dates: NOT_DECLARED, DECLARED_UNREADABLE, DECLARED_FUTURE), and what it declared.
    date_problem: str | None = None
    declared: str | None = None
    # A copy with a firm date that dated a stored article whose date was only assumed or
    # missing: the article's day now (ISO).
    redated: str | None = None

    @property
    def undated(self) -> bool:
        """Stored without a date: searchable, but on no night and in no timeline."""
        return self.status != REFUSED and self.date_found == UNDATED


# How many refusals and undated articles a file's summary keeps by name (the rest are counted).
LISTED = 20


@dataclass
class BatchReceipt:
    """What happened to every part of one file: counts that add up to every part read
    (stored, already stored, added as a source, refused, blank), the first refusals with
    their reasons, and the receipt of a file that held one article."""

    name: str
    stored: int = 0
    duplicate: int = 0
    near_duplicate: int = 0
    refused: int = 0
    blank: int = 0
    refusals: list[tuple[str, str]] = field(default_factory=list)
    # Stored without a date: (name, why its file gave none, what it declared).
    undated: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    undated_count: int = 0
    # Given no usable date by the file, dated by what the text states: (name, day, why, what
    # the file declared).
    text_dated: list[tuple[str, str, str | None, str | None]] = field(default_factory=list)
    text_dated_count: int = 0
    # The receipt of the only part read, while there is only one.
    single: Receipt | None = None
    # Parts the file holds, when known before reading (for "412 of 1,000 read").
    total: int | None = None
    # Reading stopped before the end (the bot stopping, the store unavailable): why.
    stopped: str | None = None

    @property
    def read(self) -> int:
        """Every part read so far: lines of a .jsonl, files of a .zip, pages refused."""
        return self.stored + self.duplicate + self.near_duplicate + self.refused + self.blank

    @property
    def status(self) -> str:
        """'stored' when at least one article was stored, else 'refused'."""
        return STORED if self.stored else REFUSED

    def count(self, receipt: Receipt) -> None:
        """Account for one part's outcome."""
        self.single = receipt if self.read == 0 else None
        if receipt.status == STORED:
            self.stored += 1
        elif receipt.status == DUPLICATE:
            self.duplicate += 1
        elif receipt.status == NEAR_DUPLICATE:
            self.near_duplicate += 1
        else:
            self.refused += 1
            if len(self.refusals) < LISTED:
                self.refusals.append((receipt.name or self.name, _part_reason(receipt)))
        if receipt.status != STORED:
            return
        name = receipt.name or "an article"
        why = (receipt.date_problem, receipt.declared)
        if receipt.undated:
            self.undated_count += 1
            if len(self.undated) < LISTED:
                self.undated.append((name, *why))
        elif receipt.date_found == STATED and receipt.date_problem:
            self.text_dated_count += 1
            published = (receipt.extraction or {}).get("published")
            if len(self.text_dated) < LISTED and published:
                self.text_dated.append((name, str(published)[:10], *why))

    def count_blank(self) -> None:
        """Account for a blank line."""
        self.single = None
        self.blank += 1


def _part_reason(receipt: Receipt) -> str:
    """A refused part's reason as a phrase a file's summary words in the chat's language (the
    receipt's own reason is a whole sentence, fit for a message of its own)."""
    values = dict(receipt.reason_values)
    if receipt.reason_key == "refusal.too_long":
        return Reason("text_too_long", chars=values["chars"], limit=values["limit"])
    if receipt.reason_key == "refusal.no_text":
        return Reason("text_none")
    if receipt.reason_key == "refusal.not_article":
        return Reason(f"noise_{values['why']}")
    return receipt.reason or ""


def refused(reason: str, name: str | None = None, *, key: str | None = None, **values) -> Receipt:
    """A clear refusal; nothing is stored. With `key`, the catalogue words it in the chat's
    language (the plain `reason` is for logs and the command line)."""
    return Receipt(
        REFUSED, reason=reason, name=name, reason_key=key, reason_values=tuple(values.items())
    )


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
    return with_attack_places(text, with_sides(text, one_night_each(text, extraction))), when


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
    edited = _edited_post(store, arrival)
    if edited is not None:
        return edited
    ready = _read(store, arrival, count_sources=True)
    receipt = ready if isinstance(ready, Receipt) else _save(store, ready, count_sources=True)
    _remember_messages(store, arrival, receipt)
    return receipt


def _remember_messages(store: Store, arrival: Arrival, receipt: Receipt) -> None:
    # Only a message that brought its own article (or brought it again): one that was added as
    # a source of another outlet's article is read afresh when edited.
    if arrival.messages and receipt.status in (STORED, DUPLICATE) and receipt.article_id:
        chat_id = arrival.messages[0][0]
        store.remember_arrival(
            chat_id,
            [message_id for _, message_id, _ in arrival.messages],
            receipt.article_id,
            [text for _, _, text in arrival.messages],
        )


def ingest_edit(
    store: Store,
    arrival: Arrival,
    editor: Editor,
    *,
    join: Callable[[list[str]], str] | None = None,
) -> Receipt:
    """An edited message: the article it brought takes the edited text (its figures replaced,
    subscribers told of what that corrects); a message that brought none is a new arrival.

    `arrival.messages` holds the edited message; `join` rebuilds a long paste from its parts.
    """
    if not arrival.messages:
        return ingest(store, arrival)
    chat_id, message_id, edited = arrival.messages[0]
    parts = store.arrival_parts(chat_id, message_id)
    if parts is None:
        return ingest(store, arrival)
    texts = [edited if p.message_id == message_id else (p.text or "") for p in parts]
    text = join(texts) if join is not None and len(texts) > 1 else edited
    receipt = _update(store, parts[0].article_id, text, arrival, editor)
    if receipt.status != REFUSED:
        store.remember_edit(chat_id, message_id, edited)
    return receipt


def _edited_post(store: Store, arrival: Arrival) -> Receipt | None:
    """A channel post forwarded again after the channel edited it: the article it brought
    takes the post's new text, as an edited paste does (figures replaced, the old kept as
    superseded, subscribers told what it corrects). None for any other arrival, and for the
    same post unchanged (already stored)."""
    source = arrival.source
    if source.origin_chat_id is None or source.origin_message_id is None:
        return None
    if arrival.text is None or not arrival.text.strip() or len(arrival.text) > MAX_ARTICLE_CHARS:
        return None
    own = store.post_article(source.origin_chat_id, source.origin_message_id)
    if own is None or text_hash(prepare_text(arrival.text)) == own[1]:
        return None
    editor = Editor(source.added_by, "edited post")
    return _update(store, own[0], arrival.text, arrival, editor)


def _update(store: Store, article_id: int, text: str, arrival: Arrival, editor: Editor) -> Receipt:
    """A stored article's new text (an edited message or post): read, checked and stored in
    place of the old."""
    problem = _problem(text)
    if problem is not None and problem != WORDS_WITHOUT_PROSE:
        return refused(EDIT_LEAVES_NOTHING, arrival.name, key="refusal.edit_leaves_nothing")
    text = prepare_text(text)
    extraction, when = read_article(text, arrival)
    if is_chatter(text, extraction) or (problem and not has_figures(extraction)):
        return refused(EDIT_LEAVES_NOTHING, arrival.name, key="refusal.edit_leaves_nothing")
    extraction, _ = clean_labels(extraction, arrival.source)
    result = store.update_article(
        article_id, text, extraction, arrival.source, editor=editor, date_found=when.found
    )
    log.info("article %s %s by an edit", result.article_id, result.status)
    return Receipt(
        result.status,
        extraction=extraction,
        article_id=result.article_id,
        story_id=result.story_id,
        story_sources=result.story_sources,
        outlet=arrival.source.outlet,
        name=arrival.name,
        date_found=result.date_found or when.found,
        source_kind=arrival.source.kind,
    )


EDIT_LEAVES_NOTHING = (
    "That edit leaves no article to read, so the stored article is kept as it was. "
    "Edit it back, or forward or paste the report again."
)


# Words with too few of a language's little words to be prose: noise, or a terse flash in
# headline style ("Air Force: Russia launched 33 drones; 30 shot down"), which its figures save.
WORDS_WITHOUT_PROSE = "unreadable"


def _problem(text: str | None) -> str | None:
    """Why a text cannot be an article at all (empty, too long, noise), as a noise code, or
    None."""
    if text is None or not text.strip() or len(text) > MAX_ARTICLE_CHARS:
        return "no text"
    return noise_code(prepare_text(text))


def _not_an_article(code: str, name: str | None) -> Receipt:
    return refused(
        f"That doesn't look like an article: {NOISE_REASONS[code]}. Nothing was stored.",
        name,
        key="refusal.not_article",
        why=code,
    )


@dataclass
class _Ready:
    """An arrival read and extracted, waiting to be saved."""

    text: str
    extraction: dict
    source: NewSource
    arrival: Arrival
    date_found: str
    # The store's data_version when no duplicate was found (see Store.save_article).
    checked_at: int | None


def _read(store: Store, arrival: Arrival, *, count_sources: bool) -> Receipt | _Ready:
    """Check, date and extract one arrival: a receipt when that settles it, else _Ready."""
    text = arrival.text
    if text is None or not text.strip():
        return refused(
            "That message has no text to read. Forward a post, paste an article, or send a link.",
            arrival.name,
            key="refusal.no_text",
        )
    if len(text) > MAX_ARTICLE_CHARS:
        return refused(
            f"That text is too long to be one article ({len(text):,} characters; the limit is "
            f"{MAX_ARTICLE_CHARS:,}). Nothing was stored.",
            arrival.name,
            key="refusal.too_long",
            chars=len(text),
            limit=MAX_ARTICLE_CHARS,
        )
    text = prepare_text(text)
    code = noise_code(text)
    if code and code != WORDS_WITHOUT_PROSE:
        return _not_an_article(code, arrival.name)
    # The outlet as it will be stored (no invisible characters), so the check finds it again.
    _, source = clean_labels({}, arrival.source)
    # Taken before the check: a commit by another writer after it makes the save check again.
    version = store.data_version()
    result = store.duplicate(text, source, count_sources=count_sources)
    if result is not None:
        # Already stored: answer from what was extracted then, without reading it again.
        return _receipt(store.article_extraction(result.article_id), result, arrival)
    extraction, when = read_article(text, arrival)
    if code and not has_figures(extraction):
        return _not_an_article(code, arrival.name)
    if source.kind in CHATTY_KINDS and is_chatter(text, extraction):
        return refused(CHATTER, arrival.name, key="refusal.chatter")
    if arrival.metadata_date is not None:
        source = dataclasses.replace(source, declared_date=arrival.metadata_date)
    # The receipt shows the title and outlet as stored: no invisible or bidi characters.
    extraction, source = clean_labels(extraction, source)
    return _Ready(text, extraction, source, arrival, when.found, version)


def _save(store: Store, ready: _Ready, *, count_sources: bool) -> Receipt:
    result = store.save_article(
        ready.text,
        ready.extraction,
        ready.source,
        date_found=ready.date_found,
        checked_at=ready.checked_at,
        count_sources=count_sources,
    )
    log.info("article %s %s (story %s)", result.article_id, result.status, result.story_id)
    receipt = _receipt(ready.extraction, result, ready.arrival)
    if result.status == NEAR_DUPLICATE and ready.date_found in FIRM_DATES:
        receipt = _dated_by_copy(store, ready, receipt)
    return receipt


# How an article's date was found when it is the article's own (not assumed, not missing).
FIRM_DATES = (POST, STATED, METADATA)


def _dated_by_copy(store: Store, ready: _Ready, receipt: Receipt) -> Receipt:
    """A copy of a stored article whose date was only assumed (a paste) or missing, arriving
    with a date of its own (a channel's post, a declared date): the article takes that date,
    as if it had come that way first, and moves to that night's or swap's story."""
    article_id = receipt.article_id
    text, found, outlet = store.article_dating(article_id)
    if found in FIRM_DATES:
        return receipt
    source = dataclasses.replace(ready.source, outlet=outlet)
    extraction, when = read_article(text, dataclasses.replace(ready.arrival, text=text))
    if when.found not in FIRM_DATES or when.day is None:
        return receipt
    extraction, _ = clean_labels({**extraction, "outlet": outlet}, source)
    editor = Editor(ready.source.added_by, "dated copy")
    result = store.update_article(
        article_id, text, extraction, source, editor=editor, date_found=when.found
    )
    log.info("article %s dated %s by a copy", article_id, when.day)
    return dataclasses.replace(
        receipt,
        story_id=result.story_id,
        story_sources=result.story_sources,
        redated=when.day.isoformat(),
    )


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
        date_problem=_date_problem(arrival, result.date_found),
        declared=_stated_impossible(arrival, result.date_found) or arrival.declared,
    )


def _date_problem(arrival: Arrival, date_found: str | None) -> str | None:
    """Why a file's or batch line's article is not dated by what the file declares; why a
    paste stating its date is undated all the same (no calendar has that day)."""
    if _stated_impossible(arrival, date_found):
        return DECLARED_UNREADABLE
    if arrival.source.kind != "file" or date_found not in (STATED, UNDATED):
        return None
    now = arrival.sent_at or datetime.now(UTC)
    return declared_problem(arrival.declared, arrival.metadata_date, now=now)


def _stated_impossible(arrival: Arrival, date_found: str | None) -> str | None:
    """The impossible date an undated paste states ("February 30, 2026"), as written."""
    if arrival.source.kind not in PASTED_KINDS or date_found != UNDATED or not arrival.text:
        return None
    return impossible_date(arrival.text)


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
        return refused(
            f"Could not fetch {url}: {exc.reason}. Nothing was stored.",
            url,
            key="refusal.fetch",
            url=url,
            why=exc.reason,
        )
    article = page.article
    if article is None or not article.text.strip():
        return refused(
            f"No article found at {page.url}. Nothing was stored.",
            url,
            key="refusal.no_article_at",
            url=page.url,
        )
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
    when = sent_at or datetime.now(UTC)
    return Arrival(
        item.text,
        dataclasses.replace(source, outlet=item.outlet or source.outlet, url=item.url),
        metadata_date=item.published or declared_date(item.declared, now=when),
        sent_at=sent_at,
        name=_label(item),
        declared=item.declared,
    )


# A bulk import commits every this many articles, or after this long reading them, whichever
# comes first: one commit per article would write the log forty times what it adds, and one
# per file would hold the other writers (the bot) off for minutes.
BATCH_ARTICLES = 64
BATCH_SECONDS = 1.0
_READ_FAILED = Reason("read_failed")
_SAVE_FAILED = Reason("save_failed")


def ingest_parts(
    store: Store,
    parts: Iterable[Part],
    source: NewSource,
    *,
    name: str,
    sent_at: datetime | None = None,
    total: int | None = None,
    progress: Callable[[BatchReceipt], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    batch_articles: int = BATCH_ARTICLES,
    batch_seconds: float = BATCH_SECONDS,
) -> BatchReceipt:
    """Store every article of a file as its parts are read; account for every part.

    Articles are read and extracted outside the write lock and saved in batches, each batch
    one transaction. One bad part (a line, a member, a page) is refused with its reason and the
    rest are stored. Running the same file again, whole or after an interruption at any point,
    stores nothing twice: what was committed is found as already stored.
    """
    receipt = BatchReceipt(name, total=total)
    try:
        _ingest_batches(
            store, iter(parts), source, receipt, sent_at, progress, should_stop,
            batch_articles, batch_seconds,
        )  # fmt: skip
    except sqlite3.OperationalError as error:
        # The store is unavailable (locked for too long, disk full): what was committed stays,
        # and sending the file again stores the rest.
        log.warning("stopped reading %s after %d parts: %s", name, receipt.read, error)
        receipt.stopped = "store"
    single = receipt.single
    if single is not None and single.story_id is not None and not single.story_sources:
        # A file of one article is answered with that article's receipt: it names how many
        # sources its story has, which the batch path does not count for every part.
        receipt.single = dataclasses.replace(
            single, story_sources=store.story_source_count(single.story_id)
        )
    return receipt


def _ingest_batches(
    store: Store,
    stream: Iterator[Part],
    source: NewSource,
    receipt: BatchReceipt,
    sent_at: datetime | None,
    progress: Callable[[BatchReceipt], None] | None,
    should_stop: Callable[[], bool] | None,
    batch_articles: int,
    batch_seconds: float,
) -> None:
    more = True
    while more:
        if should_stop is not None and should_stop():
            receipt.stopped = "stopped"
            break
        ready: list[_Ready] = []
        keys: set = set()
        started = time.monotonic()
        while len(ready) < batch_articles and time.monotonic() - started < batch_seconds:
            part = next(stream, None)
            if part is None:
                more = False
                break
            outcome = _read_part(store, part, source, sent_at)
            if isinstance(outcome, _Ready):
                mine = store.duplicate_keys(outcome.text, outcome.source)
                if keys & mine:
                    # The same post, link or text earlier in this batch, not committed yet.
                    outcome.checked_at = None
                keys |= mine
                ready.append(outcome)
                continue
            if outcome is None:
                receipt.count_blank()
            else:
                receipt.count(outcome)
            if progress is not None:
                progress(receipt)
        if ready:
            with store._write():
                for item in ready:
                    receipt.count(_save_one(store, item))
            if progress is not None:
                progress(receipt)


def _read_part(
    store: Store, part: Part, source: NewSource, sent_at: datetime | None
) -> Receipt | _Ready | None:
    """One part of a file: a receipt (refused, already stored), an article to save, or None
    for a blank line."""
    if isinstance(part, Blank):
        return None
    if isinstance(part, Refusal):
        return refused(part.reason, part.where)
    arrival = arrival_of(part, source, sent_at)
    try:
        return _read(store, arrival, count_sources=False)
    except sqlite3.OperationalError:
        raise  # the store itself is unavailable: stop, keep what was committed
    except Exception:
        log.exception("could not read %s", arrival.name)
        return refused(_READ_FAILED, arrival.name)


def _label(item: LoadedArticle) -> str:
    """Where an article is in its file, and its id when the line gave one."""
    if item.where and item.name != item.where:
        return f"{item.where} ({item.name})"
    return item.where or item.name


def _save_one(store: Store, ready: _Ready) -> Receipt:
    # save_article runs in a savepoint of the batch: a failure undoes this article only.
    try:
        return _save(store, ready, count_sources=False)
    except sqlite3.OperationalError:
        raise
    except Exception:
        log.exception("could not store %s", ready.arrival.name)
        return refused(_SAVE_FAILED, ready.arrival.name)


def ingest_file(
    store: Store,
    file_name: str,
    mime_type: str | None,
    data: bytes,
    source: NewSource,
    *,
    sent_at: datetime | None = None,
    progress: Callable[[BatchReceipt], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> BatchReceipt:
    """Decode a file sent to the bot and store the articles it holds, as they are read."""
    if source.kind == "paste":
        source = dataclasses.replace(source, kind="file")
    return ingest_parts(
        store,
        document_parts(file_name, mime_type, data),
        source,
        name=file_name or "file",
        sent_at=sent_at,
        total=parts_in(file_name, data),
        progress=progress,
        should_stop=should_stop,
    )


def parts_in(file_name: str | None, data: bytes) -> int | None:
    """How many lines a .jsonl file or files a .zip sent to the bot holds (for its progress);
    None for anything else (one article)."""
    name = (file_name or "").lower()
    if name.endswith((".jsonl", ".ndjson")):
        return data.count(b"\n") + (0 if data.endswith(b"\n") or not data else 1)
    if name.endswith(".zip") or data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                return sum(1 for info in archive.infolist() if not info.is_dir())
        except (zipfile.BadZipFile, OSError, ValueError):
            return None
    return None
