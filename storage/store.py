"""The newsroom store: articles, stories, sources and sourced figures in one SQLite file."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from sqlite_utils import Database

from extraction.strikes import FIELDS as STRIKE_FIGURES
from storage import digests, health, migrations, summaries
from storage.desk import DeskQueries
from storage.edits import EditsMixin
from storage.events import NIGHT, SWAP, TALKS, WINDOW_DAYS, Event, best_match, main_event
from storage.figures import as_int, as_number
from storage.labels import clean_labels
from storage.people import fold_people
from storage.review import (
    LIVE_ARTICLE,
    LIVE_FACT,
    PUBLIC_FACT,
    ReviewMixin,
    edited_from,
    note_fact,
    note_replaced,
)
from storage.similarity import NEAR_DUPLICATE, containment, shingles, sketch
from storage.subscriptions import attach as attach_subscriptions
from storage.views import (
    EDITOR_CORRECTED,
    EDITOR_SET,
    FALLBACK_OUTLETS,
    SHOWN_SOURCES,
    TALKS_REACH_DAYS,
    UNKNOWN_OUTLET,
    Change,
    Claim,
    ClaimantFigures,
    ExchangeView,
    NightView,
    ReturnedTotal,
    SourceRef,
    StatusChange,
    StorySources,
    StorySummary,
)
from storage.writes import configure as configure_writes
from storage.writes import enable_wal, write_transaction

# How a source with no named outlet is shown: by how it arrived.
_FALLBACK_OUTLETS = FALLBACK_OUTLETS
_NAMELESS = {UNKNOWN_OUTLET, *_FALLBACK_OUTLETS.values()}
# The facts' columns the briefings' claims are built from (not the editors' bookkeeping).
_CLAIM_COLUMNS = (
    "id, topic, field, value, claimant, attacker, night, reported_at, superseded_by, "
    "article_id, quote, uncertain, check_id, doubt, edit_id"
)
# SQLite's page cache per connection, in KiB (its default is 2 MB).
CACHE_KIB = 65_536
# Briefing read models kept in memory (per connection), rebuilt when their version changes.
MEMO_SIZE = 256
# Rows read per sketch hash when looking for near-duplicates (the newest ones).
SKETCH_ROWS_PER_HASH = 64
# Outlets named in one push: the article's own, then the story's, newest reports first.
PUSH_OUTLETS = 12
# The sources /sources names per story (the rest are counted).
SOURCES_PER_STORY = 12


def _source_ref(outlet, permalink, url, kind, origin_date, near_duplicate, published) -> SourceRef:
    """A source row as the briefings name it."""
    posted = (origin_date or "")[:10] or None
    # A copy carried by another channel is dated by its own post; the article's first source
    # by the article's date.
    when = posted if near_duplicate and posted else published or posted
    return SourceRef(outlet=outlet or UNKNOWN_OUTLET, link=permalink or url, date=when, kind=kind)


def _prefixed(condition: str, alias: str) -> str:
    """A facts condition (PUBLIC_FACT) on the facts table named `alias` in a join."""
    return re.sub(r"\b(withdrawn_by|undone_by|uncertain|check_id|superseded_by)\b",
                  rf"{alias}.\1", condition)  # fmt: skip


# The briefings' facts condition on facts named f in a join.
_PUBLIC_F = _prefixed(PUBLIC_FACT, "f")


def _fallback_outlet(source: NewSource) -> str:
    if source.url:
        return urlsplit(source.url).netloc or UNKNOWN_OUTLET
    return _FALLBACK_OUTLETS.get(source.kind, UNKNOWN_OUTLET)


_TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|yclid|mc_cid|mc_eid|ref|ref_src|igshid)$")


@dataclass(frozen=True)
class NewSource:
    """Where an incoming article came from: a forwarded post, a paste, a file or a link."""

    kind: str = "paste"
    outlet: str | None = None
    origin_chat_id: int | None = None
    origin_username: str | None = None
    origin_message_id: int | None = None
    origin_date: datetime | None = None
    url: str | None = None
    added_by: int | None = None
    added_in_chat: int | None = None
    # The date the page, file header or batch line declared, kept so `reparse` can weigh it again.
    declared_date: date | None = None

    @property
    def permalink(self) -> str | None:
        """The t.me link of a forwarded channel post: its public link, or for a private
        channel (no username) the link that opens it for the channel's members."""
        if self.origin_username and self.origin_message_id:
            return f"https://t.me/{self.origin_username}/{self.origin_message_id}"
        chat = str(self.origin_chat_id or "")
        if self.origin_message_id and chat.startswith("-100") and chat[4:].isdigit():
            return f"https://t.me/c/{chat[4:]}/{self.origin_message_id}"
        return None


@dataclass(frozen=True)
class StoredArticle:
    """A stored article's raw text and the clues to its date, as `rederive` hands it out."""

    id: int
    text: str
    extraction: dict
    date_found: str | None
    kind: str
    origin_date: str | None
    declared_date: str | None
    received_at: str


@dataclass(frozen=True)
class SaveResult:
    """What saving an article did: stored it new, or found it already stored."""

    status: str  # "stored" or "duplicate"
    article_id: int
    story_id: int | None
    story_sources: int
    story_is_new: bool = False
    changes: tuple[Change, ...] = ()
    # How the article's date was found: post, stated, metadata, sent (assumed) or undated.
    date_found: str | None = None


def normalise_text(text: str) -> str:
    """Text reduced to lower-case words, so spacing and punctuation do not defeat dedup."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def text_hash(text: str) -> str:
    """A stable fingerprint of an article's normalised text."""
    return hashlib.sha256(normalise_text(text).encode()).hexdigest()


def canonical_url(url: str | None) -> str | None:
    """A URL with tracking parameters, fragments and trailing slashes removed."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query) if not _TRACKING_PARAMS.match(k)]
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, urlencode(query), ""))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def story_keys(extraction: dict) -> set[str]:
    """The event an extraction is about as a readable key ("night:2023-12-03"), if any."""
    event = main_event(extraction)
    return {f"{event.kind}:{event.day}"} if event else set()


# Firm dates (not assumed, not missing) of two copies further apart than this make them two
# articles: a text posted again a week later is a new report of a new event.
COPY_DAYS = 3
_FIRM = ("post", "stated", "metadata")


def _dates_allow_copy(new: tuple[str | None, str | None], old: tuple[str | None, str | None]):
    (new_day, new_how), (old_day, old_how) = new, old
    if not (new_day and old_day) or new_how not in _FIRM or old_how not in _FIRM:
        return True
    gap = abs((date.fromisoformat(new_day[:10]) - date.fromisoformat(old_day[:10])).days)
    return gap <= COPY_DAYS


def _figures_only(keys: set[tuple]) -> set[tuple]:
    """Fact keys without their night: an undated copy states the same figures undated."""
    return {k[:4] if k[0] == "strike" else k for k in keys}


def fact_keys(extraction: dict) -> set[tuple]:
    """Every figure an extraction states, as comparable tuples."""
    keys: set[tuple] = set()
    exchange = extraction.get("exchange") or {}
    for name in ("count", "returned", "status"):
        if exchange.get(name) is not None:
            keys.add(("exchange", name, str(exchange[name])))
    for strike in extraction.get("strikes") or []:
        for name in STRIKE_FIGURES:
            if strike.get(name) is not None:
                keys.add(
                    ("strike", name, str(strike[name]), strike.get("claimant"), strike.get("date"))
                )
    return keys


class Store(ReviewMixin, EditsMixin):
    """Intent-named reads and writes over the newsroom database (editors' actions: review.py)."""

    # The facts' columns a claim is built from (Store._claims).
    claim_columns = _CLAIM_COLUMNS

    def __init__(self, db: Database):
        self.db = db
        # Briefing read models by (what, key) -> (version, value): rebuilt once after a change
        # to what they show (versions kept by triggers, migration m012), read from memory after.
        self._memo: OrderedDict[tuple, tuple[object, object]] = OrderedDict()
        migrations.apply(db)
        health.apply(db)
        # Called inside save_article's transaction with the changes an article brings, so that
        # whatever they write (the outbox) commits or rolls back together with the facts.
        self.change_listeners: list[Callable[[Database, list[Change]], None]] = []
        # Every writer (the bot, `newsroom-bot ingest`) queues pushes for subscribers; the bot
        # delivers them from the outbox whenever it runs.
        attach_subscriptions(self)
        # Search, export and chart reads (storage/desk.py).
        self.desk = DeskQueries(db)
        # Per-story digests (storage/digests.py), rebuilt before each write commits for the
        # stories it changed; the briefings read them when they are current (else the facts).
        self.use_digests = True
        hooks = getattr(db, "before_commit", [])
        hooks.append(self._flush_digests)
        db.before_commit = hooks
        self._flush_limit: int | None = None
        self._digest_everything()

    def _digest_everything(self, per_commit: int = 200) -> None:
        """Digest every story marked (a store just migrated, or written without the store), a
        few hundred a transaction: another process writing the store meanwhile waits for one
        of them (a second or so), never for the whole store (a minute at 100,000 articles)."""
        self._flush_limit = per_commit
        try:
            while digests.stale(self.db):
                with self._write():
                    pass  # the commit digests the first `per_commit` stories marked
        finally:
            self._flush_limit = None

    @classmethod
    def open(cls, path: str | Path) -> Store:
        """Open (creating if needed) the store at a file path, or ':memory:'."""
        if str(path) == ":memory:":
            return cls(Database(memory=True))
        db = Database(path)
        # Wait for another process's locks from the first statement on: switching a new store
        # to WAL takes an exclusive lock, and a second process opening the same file at that
        # moment would otherwise fail at once with "database is locked".
        configure_writes(db)
        enable_wal(db)
        # In WAL mode NORMAL survives application crashes; only an OS crash can lose the last
        # commits, and it saves an fsync on every article.
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA foreign_keys = ON")
        # A store of 100,000 articles has indexes of hundreds of MB that every save writes into
        # at random places (sketch hashes, text hashes): a larger page cache (filled only as
        # used) keeps a save's cost flat as the store grows.
        db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        return cls(db)

    def opener(self) -> Callable[[], Store] | None:
        """A function that opens another connection to this store's file with its settings,
        to call in a worker thread (a connection serves only the thread that opened it);
        None for an in-memory store."""
        path = next((r[2] for r in self.db.execute("PRAGMA database_list") if r[1] == "main"), "")
        if not path:
            return None
        policy = self.push_policy

        def open_again() -> Store:
            other = type(self).open(path)
            other.push_policy = policy
            return other

        return open_again

    def close(self) -> None:
        """Fold the write-ahead log into the store file, then close the connection."""
        if any(row[1] == "main" and row[2] for row in self.db.execute("PRAGMA database_list")):
            # Leaves a store that a file copy or `sqlite3 .backup` takes whole, even while
            # another reader (datasette, a backup) keeps the file open.
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.close()

    def _write(self):
        """A write transaction (BEGIN IMMEDIATE, retried while another writer holds the lock).

        Use it instead of `db.atomic()` for every write, with the checks the write depends on
        inside the block, so that the bot and `newsroom-bot ingest` can share one store.
        """
        return write_transaction(self.db)

    # Plain INSERTs on the write path: sqlite-utils' insert() introspects the table on every
    # call, which costs more than the write itself when an article brings dozens of rows.
    def _insert(self, table: str, row: dict) -> int:
        cols = ", ".join(row)
        marks = ", ".join("?" * len(row))
        return self.db.execute(
            f"insert into {table} ({cols}) values ({marks})", list(row.values())
        ).lastrowid

    def _insert_many(self, table: str, rows: list[dict], *, ignore: bool = False) -> None:
        if not rows:
            return
        cols = list(rows[0])
        verb = "insert or ignore" if ignore else "insert"
        self.db.conn.executemany(
            f"{verb} into {table} ({', '.join(cols)}) values ({', '.join('?' * len(cols))})",
            [[r[c] for c in cols] for r in rows],
        )

    # -- writes -------------------------------------------------------------------------

    def find_duplicate(self, text: str | None, source: NewSource) -> int | None:
        """The id of an article already stored from this very source, if any.

        The same post (chat and message) or the same URL is the same source. So is the same
        text arriving the same way again with no post or URL to tell (the same editor pasting
        it twice, the same file given twice): its arrival key. The same text from another
        channel, outlet or paste is not a duplicate: it is one more source of the article
        (see save_article). Every lookup is one index seek.
        """
        if source.origin_chat_id is not None and source.origin_message_id is not None:
            for (article_id,) in self.db.execute(
                """select article_id from sources where origin_chat_id = ?
                and origin_message_id = ? limit 1""",
                [source.origin_chat_id, source.origin_message_id],
            ):
                return article_id
        url = canonical_url(source.url)
        if url:
            for (article_id,) in self.db.execute(
                "select article_id from sources where url = ? limit 1", [url]
            ):
                return article_id
        key = self.arrival_key(text, source)
        if key is not None:
            for (article_id,) in self.db.execute(
                "select article_id from sources where arrival_key = ? limit 1", [key]
            ):
                return article_id
        return None

    def article_dating(self, article_id: int) -> tuple[str, str | None, str | None]:
        """A stored article's text, how its date was found, and its outlet as extracted."""
        text, found, extraction = self.db.execute(
            "select text, date_found, extraction from articles where id = ?", [article_id]
        ).fetchone()
        return text, found, json.loads(extraction or "{}").get("outlet")

    def post_article(self, origin_chat_id: int, origin_message_id: int) -> tuple[int, str] | None:
        """The article a channel post brought as its own text (not as a copy of another's), and
        that text's fingerprint (text_hash); None when the post brought none, or brought one an
        editor took out as not a report (its post edited is no reason to bring it back)."""
        return self.db.execute(
            f"""select a.id, a.text_hash from sources s join articles a on a.id = s.article_id
            where s.origin_chat_id = ? and s.origin_message_id = ?
            and coalesce(s.near_duplicate, 0) = 0 and a.{LIVE_ARTICLE} limit 1""",
            [origin_chat_id, origin_message_id],
        ).fetchone()

    @classmethod
    def arrival_key(cls, text: str | None, source: NewSource) -> str | None:
        """The fingerprint of an arrival with no post or URL to tell it by; None otherwise."""
        return None if text is None else cls.arrival_key_of(text_hash(text), source)

    @staticmethod
    def arrival_key_of(digest: str, source: NewSource) -> str | None:
        """arrival_key for a text already hashed (text_hash)."""
        if source.origin_message_id is not None or canonical_url(source.url):
            return None
        return migrations.arrival_key(digest, source.kind, source.outlet, source.added_by)

    def duplicate_keys(self, text: str | None, source: NewSource) -> set[tuple]:
        """What find_duplicate compares an arrival by: its post, its URL, its arrival key."""
        keys: set[tuple] = set()
        if source.origin_chat_id is not None and source.origin_message_id is not None:
            keys.add(("post", source.origin_chat_id, source.origin_message_id))
        url = canonical_url(source.url)
        if url:
            keys.add(("url", url))
        key = self.arrival_key(text, source)
        if key is not None:
            keys.add(("arrival", key))
        return keys

    def data_version(self) -> int:
        """A number that changes whenever another connection commits to the store."""
        return self.db.execute("PRAGMA data_version").fetchone()[0]

    @staticmethod
    def _source_outlet(source: NewSource, extraction: dict | None = None) -> str:
        return source.outlet or (extraction or {}).get("outlet") or _fallback_outlet(source)

    def duplicate(
        self, text: str | None, source: NewSource, *, count_sources: bool = True
    ) -> SaveResult | None:
        """What saving would report for an article already stored; None for a new one.

        With text None, only the post and the URL are compared (before a page is fetched).
        """
        existing = self.find_duplicate(text, source)
        if existing is None:
            return None
        story_id, date_found = self.db.execute(
            "select story_id, date_found from articles where id = ?", [existing]
        ).fetchone()
        return SaveResult(
            "duplicate",
            existing,
            story_id,
            self.story_source_count(story_id) if count_sources else 0,
            date_found=date_found,
        )

    def article_extraction(self, article_id: int) -> dict:
        """What was extracted from an article when it was stored (or last re-parsed)."""
        return json.loads(self.db["articles"].get(article_id)["extraction"] or "{}")

    def save_article(
        self,
        text: str,
        extraction: dict,
        source: NewSource,
        *,
        received_at: str | None = None,
        date_found: str | None = None,
        checked_at: int | None = None,
        count_sources: bool = True,
    ) -> SaveResult:
        """Store an article with its figures and source, or report it is already stored.

        The article's date is `extraction["published"]`; an undated article (None) is stored
        and searchable but dates no story and places no figure on a night.

        `checked_at` is the `data_version()` at which the caller found no duplicate (with
        `duplicate()`, on this connection, nothing stored by it since): the check is then not
        repeated unless another writer committed in between. `count_sources=False` leaves
        `story_sources` at 0 (a bulk import's summary does not show it).
        """
        # Invisible and bidi control characters never reach a stored title or outlet.
        extraction, source = clean_labels(extraction, source)
        received_at = received_at or _now()
        reported_at = extraction.get("published") or None
        hashes = shingles(text)
        with self._write():
            # Checked under the write lock: another writer may have stored it a moment ago.
            if checked_at is None or checked_at != self.data_version():
                known = self.duplicate(text, source, count_sources=count_sources)
                if known is not None:
                    return known
            copy_of = self._copy_of(text, hashes, extraction, date_found)
            if copy_of is not None:
                # A syndicated copy: the same article, one more source, no new figures.
                self._add_source(
                    copy_of, extraction, source, received_at, text=text, near_duplicate=True
                )
                story_id, copy_date_found = self.db.execute(
                    "select story_id, date_found from articles where id = ?", [copy_of]
                ).fetchone()
                self._touch_story(story_id, reported_at)
                return SaveResult(
                    "near_duplicate",
                    copy_of,
                    story_id,
                    self.story_source_count(story_id) if count_sources else 0,
                    date_found=copy_date_found,
                )
            event = main_event(extraction)
            story_id, is_new = self._assign_story(extraction, event, reported_at)
            outlet = extraction.get("outlet") or source.outlet or UNKNOWN_OUTLET
            changes = self._changes(
                story_id,
                extraction,
                outlet,
                event,
                posted=source.origin_date.isoformat() if source.origin_date else None,
            )
            # Pushes link the post or page that brought the change and know how old it is.
            where = source.permalink or canonical_url(source.url)
            changes = [dataclasses.replace(c, link=where, reported=reported_at) for c in changes]
            article_id = self._insert(
                "articles",
                {
                    "story_id": story_id,
                    "title": extraction.get("title") or "",
                    "outlet": extraction.get("outlet") or source.outlet,
                    "published": extraction.get("published"),
                    "language": extraction.get("language"),
                    "url": canonical_url(source.url),
                    "text_hash": text_hash(text),
                    "text": text,
                    "extraction": json.dumps(extraction, ensure_ascii=False),
                    "added_by": source.added_by,
                    "added_in_chat": source.added_in_chat,
                    "received_at": received_at,
                    "date_found": date_found,
                },
            )
            self._add_source(article_id, extraction, source, received_at, text=text)
            self._record_event(article_id, story_id, event)
            self._write_facts(story_id, article_id, extraction, reported_at)
            self._insert_many(
                "article_sketch", [{"hash": h, "article_id": article_id} for h in sketch(hashes)]
            )
            self._touch_story(story_id, reported_at)
            # Uncertain figures wait for an editor (everything does under NEWSROOM_PUSH=confirmed).
            changes = self._review_new_article(
                article_id, story_id, extraction, reported_at, changes
            )
            for listener in self.change_listeners:
                listener(self.db, changes)
        return SaveResult(
            "stored",
            article_id,
            story_id,
            self.story_source_count(story_id) if count_sources else 0,
            is_new,
            tuple(changes),
            date_found,
        )

    def _add_source(
        self,
        article_id: int,
        extraction: dict,
        source: NewSource,
        received_at: str,
        *,
        text: str | None = None,
        near_duplicate: bool = False,
    ) -> None:
        self._insert(
            "sources",
            {
                "article_id": article_id,
                "outlet": self._source_outlet(source, extraction),
                "kind": source.kind,
                "origin_chat_id": source.origin_chat_id,
                "origin_username": source.origin_username,
                "origin_message_id": source.origin_message_id,
                "origin_date": source.origin_date.isoformat() if source.origin_date else None,
                "permalink": source.permalink,
                "url": canonical_url(source.url),
                "added_by": source.added_by,
                "received_at": received_at,
                "near_duplicate": int(near_duplicate),
                "declared_date": source.declared_date.isoformat() if source.declared_date else None,
                "arrival_key": self.arrival_key(text, source),
            },
        )

    def _copy_of(
        self, text: str, hashes: set[int], extraction: dict, date_found: str | None
    ) -> int | None:
        """A stored article this text is a copy of: the same text, or a trimmed or re-headlined
        one, with no figure of its own and no firm date days away from the stored one's."""
        digest = text_hash(text)
        candidates = [
            row[0]
            for row in self.db.execute(
                "select id from articles where text_hash = ? order by id limit 20", [digest]
            )
        ]
        marks = sketch(hashes)
        if len(marks) >= 4:
            # Each hash's newest rows only: a shingle many articles share (an outlet's footer,
            # a stock phrase) would otherwise make this read grow with the store.
            per_hash = " union all ".join(
                f"select * from (select article_id from article_sketch where hash = ? "
                f"order by article_id desc limit {SKETCH_ROWS_PER_HASH})"
                for _ in marks
            )
            candidates += [
                row[0]
                for row in self.db.execute(
                    f"""select article_id, count(*) as shared from ({per_hash})
                    group by article_id having shared >= 3
                    order by shared desc, article_id desc limit 5""",
                    marks,
                )
            ]
        new_facts = _figures_only(fact_keys(extraction))
        new_date = (extraction.get("published"), date_found)
        for article_id in dict.fromkeys(candidates):
            article = dict(
                zip(
                    ("text_hash", "text", "published", "date_found", "extraction"),
                    self.db.execute(
                        """select text_hash, text, published, date_found, extraction
                        from articles where id = ?""",
                        [article_id],
                    ).fetchone(),
                    strict=True,
                )
            )
            same_text = article["text_hash"] == digest
            if not same_text and containment(hashes, shingles(article["text"])) < NEAR_DUPLICATE:
                continue
            if not _dates_allow_copy(new_date, (article["published"], article["date_found"])):
                continue
            # A near-identical text with a changed figure is an update, not a copy.
            old = json.loads(article["extraction"] or "{}")
            if new_facts <= _figures_only(fact_keys(old)):
                return article_id
        return None

    def _event_candidates(self, event: Event) -> list[tuple[int, Event]]:
        """Stored events of the same kind close enough in time to be the same one."""
        day = date.fromisoformat(event.day)
        window = timedelta(days=WINDOW_DAYS[event.kind])
        if event.kind == NIGHT:
            # Every article of one night fits any other (events.compatible): the newest story
            # of that night is the match, one index seek however many reports the night has.
            rows = self.db.execute(
                "select max(story_id) from article_events where kind = ? and day = ?",
                [event.kind, event.day],
            ).fetchall()
            return [(r[0], event) for r in rows if r[0] is not None]
        # Distinct events from the covering index: many reports of one swap are one candidate.
        rows = self.db.execute(
            """select distinct story_id, kind, day, count, returned, side from article_events
            where kind = ? and day between ? and ?""",
            [event.kind, (day - window).isoformat(), (day + window).isoformat()],
        )
        return [(r[0], Event(r[1], r[2], r[3], r[4], r[5])) for r in rows]

    def _assign_story(
        self, extraction: dict, event: Event | None, reported_at: str | None
    ) -> tuple[int, bool]:
        """The story of the article's event, or a new story; undated articles stand alone."""
        if event is not None:
            story_id = best_match(event, self._event_candidates(event))
            if story_id is not None:
                return story_id, False
        else:
            story_id = self._attacked_places_story(extraction)
            if story_id is not None:
                return story_id, False
        return self._new_story(extraction.get("title"), reported_at), True

    def _attacked_places_story(self, extraction: dict) -> int | None:
        """For a dated report of an attack with no figure ("Drones hit Kyiv overnight"): the
        one story of that night whose figures name a place the report names; None when there
        is none, or more than one."""
        day, places = extraction.get("published"), extraction.get("attack_places") or []
        if not day or not places:
            return None
        night = str(day)[:10]
        stories = [
            row[0]
            for row in self.db.execute(
                f"""select distinct e.story_id from article_events e
                join facts f on f.story_id = e.story_id and f.topic = 'strike' and f.night = ?
                and f.field = 'region' and f.superseded_by is null and {LIVE_FACT}
                where e.kind = ? and e.day = ? and f.value in ({", ".join("?" * len(places))})""",
                [night, NIGHT, night, *places],
            )
        ]
        return stories[0] if len(stories) == 1 else None

    def _new_story(self, title: str | None, day: str | None, story_id: int | None = None) -> int:
        now = _now()
        row = {
            "title": title or "Untitled",
            "first_date": day,
            "last_date": day,
            "created_at": now,
            "updated_at": now,
        }
        if story_id is not None:
            row = {"id": story_id, **row}
        return self._insert("stories", row)

    def _record_event(self, article_id: int, story_id: int, event: Event | None) -> None:
        if event is None:
            return
        self.db.execute(
            """insert or replace into article_events
            (article_id, story_id, kind, day, count, returned, side)
            values (?, ?, ?, ?, ?, ?, ?)""",
            [article_id, story_id, event.kind, event.day, event.count, event.returned, event.side],
        )
        self._add_keys(story_id, {f"{event.kind}:{event.day}"})

    def _add_keys(self, story_id: int, keys: Iterable[str]) -> None:
        self._insert_many(
            "story_keys", [{"story_id": story_id, "key": k} for k in sorted(keys)], ignore=True
        )

    def _touch_story(self, story_id: int, reported_at: str | None) -> None:
        if reported_at is None:
            # An undated article neither dates its story nor makes it look recent.
            return
        self.db.execute(
            """update stories set first_date = min(coalesce(first_date, :d), :d),
            last_date = max(coalesce(last_date, :d), :d), updated_at = :now where id = :id""",
            {"d": reported_at, "now": _now(), "id": story_id},
        )

    def _changes(
        self,
        story_id: int,
        extraction: dict,
        outlet: str,
        event: Event | None,
        *,
        posted: str | None = None,
    ) -> list[Change]:
        """What this article changes, as structured changes naming their event.

        An exchange change belongs to the swap (talks or completed swap) the story is about; a
        strike change to its attack night, compared with every figure known for that night. An
        undated article changes nothing subscribers are told about: it is on no night.
        """
        if not extraction.get("published"):
            return []
        # Bounded reads: the story's outlets (newest reports), and for each figure the
        # article gives, the newest report of it; never every figure of a big night.
        changes: list[Change] = []
        exchange = extraction.get("exchange") or {}
        if event is not None and event.kind in (TALKS, SWAP) and exchange:
            # Talks reported only after the swap they led to are history, not news.
            late = event.kind == TALKS and self._swap_followed(event)
            change = None if late else self._exchange_change(story_id, exchange, (), event)
            if change is not None:
                # The outlets that gave what changed: a channel that said "negotiating" is no
                # source of "agreed", nor one that said 300 of the 320 that differs from it.
                told = tuple((name, now) for name, _, now in change.figures)
                if change.old_status is not None or not change.figures:
                    told += (("status", change.status),)
                named = self._story_outlets(story_id, outlet, topic="exchange", told=told)
                changes.append(dataclasses.replace(change, outlets=named))
        for strike in extraction.get("strikes") or []:
            change = self._strike_change(story_id, strike, (), posted)
            if change is None:
                continue
            # A claimant's figures name the outlets that reported the figures told, for that
            # claimant and night: the Air Force's channel is no source of the ministry's claim,
            # and an outlet that said 84 is no source of the 90 that differs from it.
            told = tuple((name, now) for name, _, now in change.figures)
            claimed = self._story_outlets(
                story_id, outlet, claimant=strike.get("claimant"), night=strike.get("date"),
                told=told,
            )  # fmt: skip
            changes.append(dataclasses.replace(change, outlets=claimed))
        return changes

    def _swap_followed(self, talks: Event) -> bool:
        """Whether a completed swap these talks led to is stored already: one reported within
        TALKS_REACH_DAYS after them, of a size that fits (as /latest's 'a completed swap
        followed' reads it)."""
        start = date.fromisoformat(talks.day)
        sizes = {v for v in (talks.count, talks.returned) if v is not None}
        for count, returned in self.db.execute(
            """select distinct count, returned from article_events
            where kind = ? and day between ? and ?""",
            [SWAP, talks.day, (start + timedelta(days=TALKS_REACH_DAYS)).isoformat()],
        ):
            later = {v for v in (count, returned) if v is not None}
            if not sizes or not later or sizes & later:
                return True
        return False

    def _exchange_change(
        self, story_id: int, exchange: dict, outlets: tuple, event: Event
    ) -> Change | None:
        before = {
            name: self._latest_in_story(story_id, "exchange", name)
            for name in ("status", "count", "returned")
        }
        status = exchange.get("status")
        old_status = before.get("status")
        figures = []
        for name in ("count", "returned"):
            value = as_int(exchange.get(name))
            old = as_int(before.get(name))
            if value is not None and old != value:
                figures.append((name, old, value))
        moved = status is not None and status != old_status
        if not moved and not figures:
            return None
        (first,) = self.db.conn.execute(
            "select min(day) from article_events where story_id = ? and kind = ?",
            [story_id, event.kind],
        ).fetchone()
        return Change(
            "exchange",
            "",
            story_id,
            outlets,
            stage=event.kind,
            event_day=min(filter(None, (first, event.day))),
            status=status if moved else (status or old_status),
            old_status=old_status if moved else None,
            figures=tuple(figures),
        )

    def _strike_change(
        self, story_id: int, strike: dict, outlets: tuple, posted: str | None = None
    ) -> Change | None:
        figures = {k: as_int(strike.get(k)) for k in STRIKE_FIGURES}
        figures = {k: v for k, v in figures.items() if v is not None}
        night = strike.get("date")
        if not figures or not night:
            return None
        claimant = strike.get("claimant") or "unattributed"
        if not strike.get("corrected"):
            # A figure the claimant has since corrected is old news, not a change.
            attacker = strike.get("attacker")
            figures = {
                k: v
                for k, v in figures.items()
                if (newer := self._correcting(night, claimant, attacker, k, posted)) is None
                or newer[1] == str(v)
            }
            if not figures:
                return None
        known: dict[str, int] = {}
        for name in STRIKE_FIGURES:
            value = as_int(self._latest_on_night(night, claimant, strike.get("attacker"), name))
            if value is not None:
                known[name] = value
        if not known:
            kind = "new_claim" if self._night_known(night) else "new_night"
            moved = tuple((k, None, v) for k, v in figures.items())
        else:
            kind = "update" if strike.get("corrected") else "more"
            moved = tuple((k, known.get(k), v) for k, v in figures.items() if known.get(k) != v)
            if not moved:
                return None
        return Change(
            "strikes",
            "",
            story_id,
            outlets,
            night,
            event_day=night,
            figures=moved,
            claimant=claimant,
            kind=kind,
            attacker=strike.get("attacker"),
        )

    def _story_outlets(
        self,
        story_id: int,
        outlet: str,
        *,
        claimant: str | None = None,
        night: str | None = None,
        told: tuple[tuple[str, object], ...] = (),
        topic: str = "strike",
    ) -> tuple[str, ...]:
        """The outlets a push names: this article's, then the story's (newest reports first,
        oldest named first), a bounded read whatever the story's size. With a claimant, only
        the articles that gave that claimant's figures of the night count; with `told`
        (field, value) pairs of the topic, only those that gave one of those very figures."""
        claims = ""
        params: list = [story_id]
        if claimant is not None or told:
            figures = ""
            if claimant is not None:
                figures = "and claimant = ? and night is ?"
            if told:
                figures += " and (" + " or ".join(["(field = ? and value = ?)"] * len(told)) + ")"
            claims = f"""and id in (select article_id from facts where story_id = ?
                and topic = ? {figures})"""
            params += [story_id, topic]
            params += [claimant, night] if claimant is not None else []
            params += [str(v) for pair in told for v in pair]
        rows = self.db.execute(
            f"""select s.id, s.outlet from sources s where s.article_id in (
                select id from articles where story_id = ? and {LIVE_ARTICLE} {claims}
                order by id desc limit ?)""",
            [*params, PUSH_OUTLETS * 8],
        ).fetchall()
        names = [outlet] + [name for _, name in sorted(rows)]
        named = [o for o in dict.fromkeys(names) if o and o not in _NAMELESS]
        return tuple(named[:PUSH_OUTLETS])

    def _latest_in_story(self, story_id: int, topic: str, field: str) -> str | None:
        """The value of the newest shown report of a story's figure (one index seek)."""
        row = self.db.execute(
            f"""select value from facts where story_id = ? and topic = ? and field = ?
            and superseded_by is null and {PUBLIC_FACT}
            order by reported_at desc, id desc limit 1""",
            [story_id, topic, field],
        ).fetchone()
        return row[0] if row else None

    def _latest_on_night(
        self, night: str, claimant: str | None, attacker: str | None, field: str
    ) -> str | None:
        """The newest shown report of one claimant's figure for a night (one index seek)."""
        row = self.db.execute(
            f"""select value from facts where topic = 'strike' and night = ? and claimant is ?
            and attacker is ? and field = ? and superseded_by is null and {PUBLIC_FACT}
            order by reported_at desc, id desc limit 1""",
            [night, claimant, attacker, field],
        ).fetchone()
        return row[0] if row else None

    def _correcting(
        self,
        night: str | None,
        claimant: str | None,
        attacker: str | None,
        field: str,
        posted: str | None,
    ) -> tuple[int, str] | None:
        """The claimant's standing correction of a night's figure ("90 drones, not 84 as it
        earlier said") in a post that went out after `posted` (a forwarded post's time):
        (its fact id, its value). None without a post time to compare."""
        if not night or not posted:
            return None
        row = self.db.execute(
            f"""select f.id, f.value from facts f where f.topic = 'strike' and f.night = ?
            and f.claimant is ? and f.attacker is ? and f.field = ? and f.correction = 1
            and f.superseded_by is null and {_prefixed(LIVE_FACT, "f")}
            and (select min(s.origin_date) from sources s where s.article_id = f.article_id) > ?
            order by f.reported_at desc, f.id desc limit 1""",
            [night, claimant, attacker, field, posted],
        ).fetchone()
        return (row[0], row[1]) if row else None

    def _night_known(self, night: str | None) -> bool:
        """Whether any shown strike figure or place is known for this night."""
        return (
            self.db.execute(
                f"""select 1 from facts where topic = 'strike' and night is ?
                and superseded_by is null and {PUBLIC_FACT} limit 1""",
                [night],
            ).fetchone()
            is not None
        )

    def _write_facts(self, story_id: int, article_id: int, extraction: dict, reported: str):
        exchange = extraction.get("exchange")
        rows: list[dict] = []

        def add(
            topic, field, value, claimant=None, attacker=None, night=None, correction=0, side=None
        ):
            rows.append(
                {
                    "story_id": story_id,
                    "article_id": article_id,
                    "topic": topic,
                    "field": field,
                    "value": str(value),
                    "number": as_number(field, value),
                    "claimant": claimant,
                    "attacker": attacker,
                    "night": night,
                    "reported_at": reported,
                    "correction": correction,
                    "side": side,
                }
            )

        if exchange:
            for name in ("count", "returned", "status", "framework"):
                if exchange.get(name) not in (None, ""):
                    side = exchange.get("returned_side") if name == "returned" else None
                    add("exchange", name, exchange[name], side=side)
            for mediator in exchange.get("mediators") or []:
                add("exchange", "mediator", mediator)
        for strike in extraction.get("strikes") or []:
            claimant = strike.get("claimant") or extraction.get("outlet") or "unattributed"
            who = (claimant, strike.get("attacker"), strike.get("date"))
            corrected = int(bool(strike.get("corrected")))
            for name in STRIKE_FIGURES:
                if strike.get(name) is not None:
                    add("strike", name, strike[name], *who, correction=corrected)
            for region in strike.get("regions") or []:
                add("strike", "region", region, *who)
            for target in strike.get("targets") or []:
                add("strike", "target", target, *who)
        # When the article's post went out (a forwarded post's time), to tell an earlier post
        # forwarded after its correction.
        (posted,) = self.db.execute(
            "select min(origin_date) from sources where article_id = ?", [article_id]
        ).fetchone()
        for row in rows:
            fact_id = self._insert("facts", row)
            if row["field"] not in STRIKE_FIGURES:
                continue
            if not row["correction"]:
                # The claimant's figure as a post gave it before the claimant corrected it
                # (the first post, forwarded after its correction): superseded at once.
                key = (row["night"], row["claimant"], row["attacker"], row["field"])
                newer = self._correcting(*key, posted)
                if newer is not None and newer[1] != row["value"]:
                    self.db.execute(
                        "update facts set superseded_by = ? where id = ?", [newer[0], fact_id]
                    )
                continue
            # A correction replaces the claimant's earlier figure; the old one is kept.
            self.db.execute(
                """update facts set superseded_by = ? where topic = 'strike' and field = ?
                and claimant is ? and attacker is ? and night is ? and value != ?
                and superseded_by is null and id != ?""",
                [
                    fact_id,
                    row["field"],
                    row["claimant"],
                    row["attacker"],
                    row["night"],
                    row["value"],
                    fact_id,
                ],
            )

    def stored_articles(self) -> Iterable[StoredArticle]:
        """Every article with the clues to its date its sources kept, oldest first: its first
        source's, unless a later copy came with a post date (or a declared one) the first
        source had not, which then dates the article (intake.ingest dates it so on arrival)."""
        for row in self.db.query(
            """select a.id, a.text, a.extraction, a.date_found, s.kind, s.origin_date,
            s.declared_date, s.received_at from articles a
            join sources s on s.id = (
                select id from sources where article_id = a.id
                order by origin_date is null, declared_date is null, id limit 1)
            order by a.id"""
        ):
            yield StoredArticle(
                row["id"],
                row["text"],
                json.loads(row["extraction"] or "{}"),
                row["date_found"],
                row["kind"],
                row["origin_date"],
                row["declared_date"],
                row["received_at"],
            )

    def rederive(self, read: Callable[[StoredArticle], tuple[dict, str | None]]) -> int:
        """Re-read every article from its kept raw text: new extraction, date and figures, then
        stories re-derived from the events the articles are about.

        `read` gives an article's new extraction and how its date was found. Nothing is lost:
        articles and sources stay, only what was derived from them is replaced.
        """
        count = 0
        for article in list(self.stored_articles()):
            if self.has_editor_fixes(article.id):
                continue  # an editor's fix rests on these figures: they stay as they are
            new, date_found = read(article)
            with self._write():
                row = self.db["articles"].get(article.id)
                story_id = row["story_id"]
                reported = new.get("published") or None
                self.db["facts"].delete_where("article_id = ?", [article.id])
                self._write_facts(story_id, article.id, new, reported)
                self._keep_evidence(article.id, story_id, new, reported)
                self._review_reparsed(article.id)
                self.db["articles"].update(
                    article.id,
                    {
                        "extraction": json.dumps(new, ensure_ascii=False),
                        "title": new.get("title") or row["title"],
                        "published": new.get("published"),
                        "date_found": date_found,
                    },
                )
            count += 1
        self.rebuild_stories()
        return count

    def rebuild_stories(self) -> int:
        """Group every article into stories again by its event; return how many stories.

        Articles are taken in date order (undated last) and each joins the story whose event it
        continues, as when it arrived. A story keeps its number when its first article had it.
        """
        with self._write():
            articles = list(
                self.db.query(
                    """select id, story_id, title, published, extraction from articles
                    order by published is null, published, id"""
                )
            )
            seen: list[tuple[int, Event]] = []
            assigned: dict[int, int] = {}
            events: dict[int, Event] = {}
            claimed: set[int] = set()
            next_id = (next(self.db.query("select max(id) as n from stories"))["n"] or 0) + 1
            for article in articles:
                extraction = json.loads(article["extraction"] or "{}")
                event = main_event(extraction)
                story_id = best_match(event, seen) if event else None
                if (
                    story_id is None
                    and event is None
                    and extraction.get("attack_places")
                    and article["story_id"] in {s for s, _ in seen}
                ):
                    # A report of the night's attack with no figure stays in the night's story.
                    story_id = article["story_id"]
                if story_id is None:
                    if article["story_id"] is not None and article["story_id"] not in claimed:
                        story_id = article["story_id"]
                    else:
                        story_id, next_id = next_id, next_id + 1
                    claimed.add(story_id)
                assigned[article["id"]] = story_id
                if event:
                    seen.append((story_id, event))
                    events[article["id"]] = event
            existing = {r["id"] for r in self.db.query("select id from stories")}
            titles = {a["id"]: a["title"] for a in articles}
            for article_id, story_id in assigned.items():
                if story_id not in existing:
                    self._new_story(titles[article_id], None, story_id)
                    existing.add(story_id)
            self.db.conn.executemany(
                "update articles set story_id = ? where id = ?",
                [(story, article) for article, story in assigned.items()],
            )
            self.db.conn.executemany(
                "update facts set story_id = ? where article_id = ?",
                [(story, article) for article, story in assigned.items()],
            )
            self.db.execute("delete from article_events")
            self.db.execute("delete from story_keys")
            for article_id, event in events.items():
                self._record_event(article_id, assigned[article_id], event)
            self._replay_regroupings()  # editors' /merge and /split outlast a rebuild
            self.db.execute(
                """delete from stories where id not in (select story_id from articles
                where story_id is not null)"""
            )
            self.db.execute(
                """update stories set
                first_date = (select min(published) from articles a where a.story_id = stories.id),
                last_date = (select max(published) from articles a where a.story_id = stories.id),
                title = coalesce((select title from articles a where a.story_id = stories.id
                    and title != '' order by published is null, published, id limit 1), title)"""
            )
            return self.db["stories"].count

    def reparse(self, extract: Callable[[str, dict], dict]) -> int:
        """Re-derive every article's figures from its kept raw text; return how many."""
        return self.rederive(lambda a: (extract(a.text, a.extraction), a.date_found))

    # -- reads --------------------------------------------------------------------------

    def stats(self) -> health.StoreStats:
        """Counts, pending and dead pushes, latest article and error, file sizes (/stats)."""
        return health.stats(self.db)

    def counts(self) -> dict[str, int]:
        """How many stories, articles, sources and figures the store holds."""
        return {t: self.db[t].count for t in ("stories", "articles", "sources", "facts")}

    def chat_language(self, chat_id: int) -> str | None:
        """The interface language a chat chose with /lang, if it chose one."""
        for row in self.db["chat_settings"].rows_where("chat_id = ?", [chat_id], limit=1):
            return row["language"]
        return None

    def set_chat_language(self, chat_id: int, language: str, *, by: int | None = None) -> None:
        """Remember a chat's interface language."""
        self.db["chat_settings"].upsert(
            {"chat_id": chat_id, "language": language, "set_by": by, "updated_at": _now()},
            pk="chat_id",
        )

    def story_source_count(self, story_id: int | None) -> int:
        """How many sources (posts, pages, pastes) carry a story."""
        if story_id is None:
            return 0
        (count,) = self.db.conn.execute(
            """select count(*) from sources s join articles a on a.id = s.article_id
            where a.story_id = ? and a.remove_id is null""",
            [story_id],
        ).fetchone()
        return count

    def _sources_by_article(self, article_ids: Iterable[int]) -> dict[int, list[SourceRef]]:
        ids = sorted(set(article_ids))
        out: dict[int, list[SourceRef]] = defaultdict(list)
        if not ids:
            return out
        marks = ",".join("?" * len(ids))
        # Only the columns a SourceRef is made of, as tuples: a story of a thousand reports
        # has a thousand sources to read on every rebuild of its digest.
        for article_id, *ref in self.db.conn.execute(
            f"""select s.article_id, s.outlet, s.permalink, s.url, s.kind, s.origin_date,
            s.near_duplicate, a.published from sources s join articles a on a.id = s.article_id
            where s.article_id in ({marks}) order by s.id""",
            ids,
        ):
            out[article_id].append(_source_ref(*ref))
        return out

    def _facts(
        self, where: str, params: list, *, scope: str = PUBLIC_FACT, columns: str = "*"
    ) -> list[dict]:
        """Facts matching `where`; by default only those the briefings may show (review.py)."""
        cursor = self.db.execute(
            f"select {columns} from facts where ({where}) and {scope} order by reported_at, id",
            params,
        )
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    @staticmethod
    def _claims(facts: list[dict], sources: dict[int, list[SourceRef]]) -> list[Claim]:
        """Group figures into claims: one per (field, value, claimant, night), many sources.

        Figures a correction superseded are not claims of their own: their values are kept on
        the claim that replaced them, as `updated_from`.
        """
        claims: dict[tuple, Claim] = {}
        claim_of_fact: dict[int, Claim] = {}
        # Each claim's sources as an ordered set: a night reported by a thousand articles
        # would otherwise compare every source with every other.
        seen: dict[int, set[SourceRef]] = defaultdict(set)
        for f in facts:
            if f.get("superseded_by"):
                continue
            key = (f["field"], f["value"], f["claimant"], f["attacker"], f["night"])
            claim = claims.get(key)
            if claim is None:
                claim = claims[key] = Claim(
                    f["field"],
                    f["value"],
                    f["claimant"],
                    f["attacker"],
                    f["night"],
                    f["reported_at"],
                )
            claim_of_fact[f["id"]] = claim
            note_fact(claim, f)
            known = seen[id(claim)]
            for ref in sources.get(f["article_id"], []):
                if ref not in known:
                    known.add(ref)
                    claim.sources.append(ref)
        for f in facts:
            newer = claim_of_fact.get(f.get("superseded_by") or 0)
            if newer is not None:
                note_replaced(newer, f)
        return list(claims.values())

    def _story_articles(self, story_id: int, *, people: bool = False) -> list[dict]:
        # Only what the briefings use: an article's text and extraction are kilobytes each (the
        # people named are taken out of the extraction by SQLite, as JSON text).
        columns = "id, title, published"
        if people:
            columns += ", case when extraction != '' then extraction -> '$.people' end as people"
        return self._dicts(
            f"""select {columns} from articles where story_id = ? and {LIVE_ARTICLE}
            order by published, id""",
            [story_id],
        )

    def _story_title(self, story_id: int) -> tuple[str | None, str | None]:
        """The story's headline and its kind: the latest article's (by date) real headline, else
        the latest first sentence standing in for one ("first_sentence"); a bounded read."""
        rows = self.db.execute(
            f"""select title, json_extract(extraction, '$.title_kind') from articles
            where story_id = ? and {LIVE_ARTICLE} and title != ''
            order by published desc, id desc limit 20""",
            [story_id],
        ).fetchall()
        for title, kind in rows:
            if kind != "first_sentence":
                return title, kind
        return rows[0] if rows else (None, None)

    def _story_titles(self, story_id: int) -> list[list]:
        """A story told in several languages: per language, [language, title, kind] of its
        newest real headline, else its newest first sentence; [] for a one-language story
        (its title is `_story_title`'s). A bounded read."""
        rows = self.db.execute(
            f"""select language, title, json_extract(extraction, '$.title_kind') from articles
            where story_id = ? and {LIVE_ARTICLE} and title != ''
            order by published desc, id desc limit 40""",
            [story_id],
        ).fetchall()
        best: dict[str, list] = {}
        for language, title, kind in rows:
            held = best.get(language)
            if language and (held is None or (held[2] == "first_sentence" != kind)):
                best[language] = [language, title, kind]
        return list(best.values()) if len(best) > 1 else []

    def _recent_stories(self, n: int) -> list[dict]:
        # A story whose every article an editor removed (or merged away) is not shown. Plain
        # SQL: sqlite-utils' rows_where() reads the table's schema first, on every call.
        return self._story_rows(
            f"""exists (select 1 from articles a where a.story_id = stories.id
            and a.{LIVE_ARTICLE}) order by last_date desc, updated_at desc, id desc limit ?""",
            [n],
        )

    def _story_rows(self, where: str, params: list) -> list[dict]:
        """Rows of stories as dicts (`where` may end with ORDER BY and LIMIT)."""
        return self._dicts(f"select * from stories where {where}", params)

    def _dicts(self, sql: str, params: list | dict) -> list[dict]:
        """A read's rows as dicts. Plain SQL: sqlite-utils' query() wraps every read in a
        savepoint of its own, three statements where the briefings need one."""
        cursor = self.db.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def _remembered(self, key: tuple, version: object, build: Callable[[], object]):
        """`build()`, or what it gave last time if `version` is unchanged since."""
        if self.db.conn.in_transaction:
            return build()  # a write in progress may yet roll back: nothing to remember
        hit = self._memo.get(key)
        if hit is not None and hit[0] == version:
            self._memo.move_to_end(key)
            return hit[1]
        value = build()
        self._memo[key] = (version, value)
        while len(self._memo) > MEMO_SIZE:
            self._memo.popitem(last=False)
        return value

    def _story_version(self, story_id: int) -> tuple | None:
        """What a cached view of a story depends on: its version (triggers) and its row."""
        return self.db.execute(
            "select version, title, first_date, last_date from stories where id = ?", [story_id]
        ).fetchone()

    def _version(self, key: str) -> int:
        """The version of a night ("night:2024-03-14") or of the swaps' figures ("exchange")."""
        row = self.db.execute("select version from versions where key = ?", [key]).fetchone()
        return row[0] if row else 0

    def latest_stories(self, n: int = 5) -> list[StorySummary]:
        """The n most recently reported stories, newest first, with their key figures."""
        out = []
        for story in self._recent_stories(n):
            story_id = story["id"]
            version = self._story_version(story_id)
            out.append(
                self._remembered(
                    ("summary", story_id),
                    version,
                    lambda story=story, version=version: self._digested(
                        digests.LATEST, story["id"], version, lambda: self._story_summary(story)
                    ),
                )
            )
        return out

    def _digested(self, kind: str, story_id: int, version, build: Callable[[], object]):
        """A story's view from its digest when the digest is of this version, else `build()`
        (from the facts)."""
        if self.use_digests:
            view = digests.read(self.db, story_id, kind, digests.version_key(version))
            if view is not None:
                return view
        return build()

    def _flush_digests(self) -> None:
        """Rebuild the digest of every story a write in this transaction changed, once each."""
        stale = digests.stale(self.db)
        if not stale:
            return
        done = stale[: self._flush_limit]
        for story_id in done:
            version = digests.version_key(self._story_version(story_id))
            rows = self._story_rows("id = ?", [story_id])
            if version is None or not rows:
                digests.drop(self.db, story_id)
                continue
            story = rows[0]
            digests.put(self.db, story_id, digests.LATEST, version, self._story_summary(story))
            digests.put(
                self.db,
                story_id,
                digests.SOURCES,
                version,
                self._first_sources(story, SOURCES_PER_STORY),
            )
            review = self._build_story_review(story_id, for_editor=False)
            digests.put(self.db, story_id, digests.REVIEW, version, review)
            if self._has_unconfirmed(story_id):  # editors see more than readers
                review = self._build_story_review(story_id, for_editor=True)
            digests.put(self.db, story_id, digests.REVIEW_EDITOR, version, review)
            newest = self._newest_exchange(story_id)
            if newest is None:
                digests.drop(self.db, story_id, digests.EXCHANGE)
            else:
                view = digests.cut_exchange(self._build_exchange_view(story_id))
                digests.put(self.db, story_id, digests.EXCHANGE, version, view, newest)
        if len(done) == len(stale):
            self.db.execute("delete from story_digest_stale")
        else:
            marks = ",".join("?" * len(done))
            self.db.execute(f"delete from story_digest_stale where story_id in ({marks})", done)

    def _story_summary(self, story: dict) -> StorySummary:
        facts = self._summary_facts(story["id"])
        title, kind = self._story_title(story["id"])
        strikes = self._strike_summary(facts)
        # The line shows each figure's newest report: it says so when other reports of the
        # same claimant's night give another value, as /strikes does.
        differ = self._differing_strike_claims(story["id"])
        for rec in strikes:
            if (rec["night"], rec["claimant"], rec["attacker"]) in differ:
                rec["differs"] = True
        return StorySummary(
            story_id=story["id"],
            title=title or story["title"],
            title_kind=kind,
            titles=self._story_titles(story["id"]),
            date=story["last_date"],
            source_count=self.story_source_count(story["id"]),
            exchange=self._exchange_summary(facts),
            strikes=strikes,
        )

    def _differing_strike_claims(self, story_id: int) -> set[tuple]:
        """The (night, claimant, attacker) of a story whose shown reports give some figure two
        values (neither replacing the other)."""
        rows = self.db.execute(
            f"""select night, claimant, attacker from facts where story_id = ?
            and topic = 'strike' and superseded_by is null and {PUBLIC_FACT}
            and field in ({", ".join("?" * len(STRIKE_FIGURES))})
            group by night, claimant, attacker, field having count(distinct value) > 1""",
            [story_id, *STRIKE_FIGURES],
        )
        return {tuple(r) for r in rows}

    def _summary_facts(self, story_id: int) -> list[dict]:
        """What a story's summary line needs, computed by SQLite: the newest report of each
        figure, each mediator once, and the values editors' fixes replaced; not every report.

        The newest reports are picked from the index of shown figures (m013), which holds them
        in the window's own order: only the rows picked are read from the table."""
        cols = _CLAIM_COLUMNS
        cursor = self.db.execute(
            f"""select {cols} from facts where id in (select id from (
                select id, row_number() over (
                    partition by topic, field, night, claimant, attacker
                    order by reported_at desc, id desc) as newest
                from facts where story_id = :story and superseded_by is null and {PUBLIC_FACT}
                and field not in ('region', 'target', 'mediator'))
            where newest = 1)
            union all
            select {cols} from facts where id in (
                select min(id) from facts where story_id = :story and topic = 'exchange'
                and field = 'mediator' and superseded_by is null and {PUBLIC_FACT}
                group by +value)
            union all
            select {cols} from facts where superseded_by is not null and superseded_by in (
                select id from facts where story_id = :story and edit_id is not null)
            and +story_id = :story and {PUBLIC_FACT}
            order by reported_at, id""",
            # The `+` keeps SQLite on the story's range (mediators: not every mediator in the
            # store) and on the few replaced reports (fixes: not every figure of the story).
            {"story": story_id},
        )
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    @staticmethod
    def _exchange_summary(facts: list[dict]) -> dict | None:
        ex = [f for f in facts if f["topic"] == "exchange" and not f.get("superseded_by")]
        if not ex:
            return None
        edits = edited_from(facts)
        latest: dict[str, str] = {}
        corrected: dict[str, list[str]] = {}
        added: dict[str, bool] = {}
        mediators: list[str] = []
        for f in ex:  # ordered by reported_at: later reports win
            if f["field"] == "mediator":
                if f["value"] not in mediators:
                    mediators.append(f["value"])
            else:
                latest[f["field"]] = f["value"]
                if f["id"] in edits:
                    corrected[f["field"]] = edits[f["id"]]
                else:
                    corrected.pop(f["field"], None)
                if f["id"] not in edits and f.get("edit_id") is not None:
                    added[f["field"]] = True  # an editor's figure that replaced none
                else:
                    added.pop(f["field"], None)
        summary = {**latest, "mediators": mediators, "edited_from": corrected}
        return {**summary, "set_by_editor": sorted(added)} if added else summary

    @staticmethod
    def _strike_summary(facts: list[dict]) -> list[dict]:
        records: dict[tuple, dict] = {}
        edits = edited_from(facts)
        for f in facts:
            if f["topic"] != "strike" or f["field"] not in STRIKE_FIGURES or f["superseded_by"]:
                continue
            rec = records.setdefault(
                (f["night"], f["claimant"], f["attacker"]),
                {"night": f["night"], "claimant": f["claimant"], "attacker": f["attacker"]},
            )
            rec[f["field"]] = int(f["value"])
            if f["id"] in edits:
                rec.setdefault("edited_from", {})[f["field"]] = edits[f["id"]]
            elif f.get("edit_id") is not None:  # an editor's figure that replaced none
                rec.setdefault("set_by_editor", []).append(f["field"])
        return sorted(records.values(), key=lambda r: (r["night"] or "", r["attacker"] != "russia"))

    def exchange_status(self) -> ExchangeView | None:
        """The most recently reported exchange, with its status history and sources."""
        views = self.exchanges(limit=1)
        return views[0] if views else None

    def exchanges(self, limit: int = 5) -> list[ExchangeView]:
        """Exchanges newest first, each built from every article of its story."""
        return [self._exchange_view(story_id) for story_id in self._exchange_stories(limit)]

    def _exchange_stories(self, limit: int) -> list[int]:
        """The stories with the newest exchange figures, newest first (story id on a tie).

        Stories are read newest first from the stories index and stop as soon as no older
        story can have a newer exchange figure than the ones found (a story's figures are
        never newer than its last date): a bounded read, not a pass over every figure.
        """
        if self.use_digests and not digests.pending(self.db):
            # Every story's digest is current: the exchanges' newest figures are indexed there.
            return [
                row[0]
                for row in self.db.execute(
                    """select story_id from story_digests where kind = ?
                    order by newest desc, story_id desc limit ?""",
                    [digests.EXCHANGE, limit],
                )
            ]
        found: list[tuple[str, int]] = []
        for story_id, last_date in self._stories_newest_first():
            if len(found) >= limit and (last_date or "") < found[limit - 1][0]:
                break
            newest = self._newest_exchange(story_id)
            if newest is None:
                continue
            found.append((newest, story_id))
            found.sort(reverse=True)
        return [story_id for _, story_id in found[:limit]]

    def _newest_exchange(self, story_id: int) -> str | None:
        """When a story's newest exchange figure was reported ("" when undated); None when
        the story has no exchange figure a briefing shows."""
        row = self.db.execute(
            f"""select max(reported_at) from facts where story_id = ?
            and topic = 'exchange' and {PUBLIC_FACT}""",
            [story_id],
        ).fetchone()
        if row is None or (row[0] is None and not self._has_exchange(story_id)):
            return None
        return row[0] or ""

    def _stories_newest_first(self, page: int = 64) -> Iterator[tuple[int, str | None]]:
        """(id, last date) of every story, newest first, read a page at a time."""
        offset = 0
        while True:
            rows = self.db.execute(
                """select id, last_date from stories
                order by last_date desc, updated_at desc, id desc limit ? offset ?""",
                [page, offset],
            ).fetchall()
            yield from rows
            if len(rows) < page:
                return
            offset += page

    def _has_unconfirmed(self, story_id: int) -> bool:
        """Whether a story has a figure only editors see (uncertain, nobody confirmed it)."""
        row = self.db.execute(
            f"""select 1 from facts where story_id = ? and {LIVE_FACT}
            and not ({PUBLIC_FACT}) limit 1""",
            [story_id],
        ).fetchone()
        return row is not None

    def _has_exchange(self, story_id: int) -> bool:
        return (
            self.db.execute(
                f"""select 1 from facts where story_id = ? and topic = 'exchange'
                and {PUBLIC_FACT} limit 1""",
                [story_id],
            ).fetchone()
            is not None
        )

    def returned_totals(self) -> ReturnedTotal:
        """People returned across every completed swap in the store, per side where known."""
        return self._remembered(("returned",), self._version("exchange"), self._count_returned)

    def _count_returned(self) -> ReturnedTotal:
        """People returned across every completed swap in the store, per side where known:
        the sums kept on save (storage/summaries.py), a read of a few rows."""
        if self.db.execute("select 1 from swap_stale limit 1").fetchone():
            return self._count_returned_from_facts()  # written outside a store transaction
        total = ReturnedTotal(0)
        for key, swaps, people in self.db.execute("select key, swaps, people from swap_sums"):
            if key == "swaps":
                total.swaps = swaps
            elif key == "without_figure":
                total.without_figure = swaps
            elif key.startswith("side:"):
                total.by_side[key[5:]] = people
        return total

    def _count_returned_from_facts(self) -> ReturnedTotal:
        """The same totals computed from every completed swap's reports (summaries.swap_sides
        per swap): what the kept sums stand for."""
        total = ReturnedTotal(0)
        for (story_id,) in self.db.execute(summaries.COMPLETED_CANDIDATES).fetchall():
            if summaries.latest_status(self.db, story_id) != "completed":
                continue
            total.swaps += 1
            sides = summaries.swap_sides(summaries.swap_returned(self.db, story_id))
            if not sides:
                total.without_figure += 1
            for side, value in sides.items():
                total.by_side[side] = total.by_side.get(side, 0) + value
        return total

    def _exchange_view(self, story_id: int) -> ExchangeView:
        version = self._story_version(story_id)
        return self._remembered(
            ("exchange", story_id),
            version,
            lambda: self._digested(
                digests.EXCHANGE, story_id, version, lambda: self._build_exchange_view(story_id)
            ),
        )

    def _build_exchange_view(self, story_id: int) -> ExchangeView:
        (story,) = self._story_rows("id = ?", [story_id])
        articles = self._story_articles(story_id, people=True)
        sources = self._sources_by_article(a["id"] for a in articles)
        facts = self._facts(
            "story_id = ? and topic = 'exchange'", [story_id], columns=self.claim_columns
        )
        claims = self._unsourced(self._claims(facts, sources))
        timeline: list[StatusChange] = []
        replaced = edited_from(facts)
        misread = {old for values in replaced.values() for old in values}
        for f in facts:
            # A status an editor corrected was misread: it is no step of the swap's history.
            if f["field"] != "status" or (f["superseded_by"] and f["value"] in misread):
                continue
            if f.get("edit_id") is not None:
                # The editor's, not the outlet of the article it is filed under.
                who = EDITOR_CORRECTED if replaced.get(f["id"]) else EDITOR_SET
                timeline.append(StatusChange(f["reported_at"], f["value"], SourceRef(who)))
                continue
            for ref in sources.get(f["article_id"], [])[:1]:
                timeline.append(StatusChange(f["reported_at"], f["value"], ref))
        summary = self._exchange_summary(facts) or {}
        by_status: dict[str, dict[str, list[SourceRef]]] = defaultdict(lambda: defaultdict(list))
        for step in timeline:
            by_status[step.status][step.date or "unknown"].append(step.source)
        discrepancies = [
            (status, dict(days)) for status, days in by_status.items() if len(days) > 1
        ]
        # One person once, however outlets spell the name (storage/people.py).
        people = fold_people(
            person for a in articles for person in json.loads(a["people"] or "null") or []
        )
        # The articles that report the swap: not one an editor's figure is only filed under.
        added = self._editor_set(f["id"] for f in facts)
        ex_articles = {f["article_id"] for f in facts if f["id"] not in added}
        return ExchangeView(
            story_id=story_id,
            title=self._story_title(story_id)[0] or story["title"],
            titles=self._story_titles(story_id),
            status=summary.get("status"),
            count=[c for c in claims if c.field == "count"],
            returned=[c for c in claims if c.field == "returned"],
            mediators=summary.get("mediators", []),
            framework=summary.get("framework"),
            people=people,
            timeline=timeline,
            sources=[r for a in articles if a["id"] in ex_articles for r in sources[a["id"]]],
            first_date=story["first_date"],
            last_date=story["last_date"],
            date_discrepancies=discrepancies,
            edited_from=summary.get("edited_from", {}),
        )

    def strike_nights(
        self,
        limit: int = 1,
        night: str | None = None,
        *,
        within_days: int | None = None,
        sources: bool = True,
    ) -> list[NightView]:
        """The latest attack nights (or one given night), each claimant's figures apart.

        With `within_days`, only nights within that many days of the latest reported night.
        Figures of undated articles belong to no night and are never listed here. With
        `sources=False` the figures come without their sources (the week's table needs none).
        """
        nights = [night] if night else self._latest_nights(limit)
        if within_days and nights:
            newest = date.fromisoformat(nights[0])
            oldest = (newest - timedelta(days=within_days - 1)).isoformat()
            nights = [n for n in nights if n >= oldest]
        out = []
        for n in nights:
            view = self._remembered(
                ("night", n, sources),
                self._version(f"night:{n}"),
                lambda n=n: self._night(n, sources),
            )
            if view is not None:
                out.append(view)
        return out

    def _latest_nights(self, limit: int) -> list[str]:
        """The latest nights with a figure the briefings show, newest first: read from the
        small table of nights (versions), each checked with one index seek."""
        nights: list[str] = []
        before = "night;"  # just after every "night:..." key
        while len(nights) < limit:
            keys = [
                r[0]
                for r in self.db.execute(
                    """select key from versions where key > 'night:' and key < ?
                    order by key desc limit ?""",
                    [before, limit * 2],
                )
            ]
            if not keys:
                break
            nights += [k[6:] for k in keys if self._night_known(k[6:])][: limit - len(nights)]
            before = keys[-1]
        return nights

    def _night(self, night: str, sources: bool) -> NightView | None:
        """One night's claimants and their figures (with the first sources behind each, if
        asked): each distinct figure read once, grouped by SQLite, however many reports."""
        facts = self._night_values(night)
        groups: dict[tuple, list[dict]] = defaultdict(list)
        for f in facts:
            groups[(f["claimant"], f["attacker"])].append(f)
        # Places are one fact each (the values are distinct): claims of their own only for
        # the sources they bring to the claimant's line.
        claims_of = {
            key: self._claims([f for f in group if sources or f["field"] in STRIKE_FIGURES], {})
            for key, group in groups.items()
        }
        if sources:
            self._night_sources(night, claims_of)
        claimants = []
        for (claimant, attacker), claims in claims_of.items():
            group = groups[(claimant, attacker)]
            figures: dict[str, list[Claim]] = defaultdict(list)
            for c in claims:
                c.fact_ids = []  # a figure's reports are for /sources N, not the night's view
                if c.field in STRIKE_FIGURES:
                    figures[c.field].append(c)
            # The claimant's first sources: each figure's in turn, as its reports came.
            refs = list(dict.fromkeys(r for c in claims for r in c.sources))
            claimants.append(
                ClaimantFigures(
                    claimant=claimant or "unattributed",
                    attacker=attacker,
                    figures=dict(figures),
                    regions=[f["value"] for f in group if f["field"] == "region"],
                    targets=[f["value"] for f in group if f["field"] == "target"],
                    sources=refs,
                )
            )
            if any(c.sources_cut for c in claims):
                claimants[-1].source_total = self._night_outlets(night, claimant, attacker)
        claimants.sort(key=lambda c: (c.attacker != "russia", c.claimant))
        return NightView(night, claimants) if claimants else None

    def _night_sources(self, night: str, claims_of: dict[tuple, list[Claim]]) -> None:
        """Give each of a night's claims the values corrections replaced, its first
        SHOWN_SOURCES outlets (the order its reports came in) and, past those, how many in all.
        """
        by_key = {
            (c.claimant, c.attacker, c.field, c.value): c
            for claims in claims_of.values()
            for c in claims
        }
        # Corrections: the few reports a newer figure of the same night replaced.
        for old, claimant, attacker, field_, value in self.db.execute(
            f"""select o.value, n.claimant, n.attacker, n.field, n.value
            from (select id, value, superseded_by, reported_at from facts
                  where topic = 'strike' and night = ? and superseded_by is not null
                  and {PUBLIC_FACT}) o
            join (select id, claimant, attacker, field, value from facts
                  where topic = 'strike' and night = ? and superseded_by is null
                  and {PUBLIC_FACT}) n on n.id = o.superseded_by
            order by o.reported_at, o.id""",
            [night, night],
        ):
            newer = by_key.get((claimant, attacker, field_, value))
            if newer is not None:
                note_replaced(newer, {"value": old})
        # A figure's own outlets are named only where the claimant's reports differ on it;
        # counting every outlet of a figure reads all its reports, so only those are counted.
        kinds = Counter((c, a, f) for c, a, f, _ in by_key)
        # The claimant's line names its first SHOWN_SOURCES outlets, figure by figure: once
        # those are known, a figure whose outlets are not named on its own is not read (its
        # sources are left cut, so the line counts the claimant's outlets from the summary).
        named: dict[tuple, set[tuple]] = defaultdict(set)
        for (claimant, attacker, field_, value), claim in by_key.items():
            differ = field_ in STRIKE_FIGURES and kinds[(claimant, attacker, field_)] > 1
            outlets = named[(claimant, attacker)]
            if not differ and len(outlets) >= SHOWN_SOURCES:
                claim.sources, claim.source_total, claim.sources_cut = [], None, True
                continue
            claim.sources, claim.source_total, claim.sources_cut = self._claim_sources(
                night, claimant, attacker, field_, value, count=differ
            )
            outlets.update((ref.outlet, ref.link) for ref in claim.sources)

    def _claim_sources(
        self,
        night: str,
        claimant: str | None,
        attacker: str | None,
        field_: str,
        value: str,
        *,
        count: bool,
    ) -> tuple[list[SourceRef], int | None, bool]:
        """One claim's first SHOWN_SOURCES distinct outlets, in the order its reports came;
        when there are more, how many distinct outlets in all (if `count`); whether there are
        more."""
        # A figure an editor set that no report gave is no outlet's: its article is left out.
        where = f"""f.topic = 'strike' and f.night = ? and f.claimant is ? and f.attacker is ?
            and f.field = ? and f.value = ? and f.superseded_by is null
            and {_PUBLIC_F} and not exists (select 1 from review_actions r
                where r.id = f.edit_id and r.before is null)"""
        params = [night, claimant, attacker, field_, value]
        rows = self.db.execute(
            f"""select s.outlet, s.permalink, s.url, s.kind, s.origin_date, s.near_duplicate,
            a.published from facts f indexed by idx_facts_night_shown
            join sources s on s.article_id = f.article_id join articles a on a.id = f.article_id
            where {where} order by f.reported_at""",
            params,
        )
        # In the order reports came: the index's order (reports of one instant by row, an
        # article's sources by row), which SQLite reads without sorting the claim's reports.
        refs: dict[SourceRef, None] = {}
        outlets: set[tuple] = set()
        complete = True
        for row in rows:
            ref = _source_ref(*row)
            outlets.add((ref.outlet, ref.link))
            if len(outlets) > SHOWN_SOURCES:
                complete = False
                break
            refs[ref] = None
        rows.close()
        if complete or not count:
            return list(refs), None, not complete
        return list(refs), self._claim_outlets(night, claimant, attacker, field_, value), True

    def _claim_outlets(
        self, night: str, claimant: str | None, attacker: str | None, field_: str, value: str
    ) -> int:
        """How many distinct outlets carry one figure of a night (kept on save)."""
        (total,) = self.db.execute(
            """select count(*) from night_claim_outlets
            where claim = quote(?) || quote(?) || quote(?) || quote(?) || quote(?)""",
            [night, claimant, attacker, field_, value],
        ).fetchone()
        return total

    def _night_outlets(self, night: str, claimant: str | None, attacker: str | None) -> int:
        """How many distinct outlets carry any of one claimant's figures for a night (kept on
        save)."""
        (total,) = self.db.execute(
            """select count(*) from night_claimant_outlets
            where claimant = quote(?) || quote(?) || quote(?)""",
            [night, claimant, attacker],
        ).fetchone()
        return total

    def _night_values(self, night: str) -> list[dict]:
        """One fact per distinct value each claimant gives a figure on a night, in the order
        first reported: the night's rows of the summary kept on save (storage/summaries.py),
        not every report of them."""
        if self.db.execute(
            "select 1 from night_figures_stale where night = ? limit 1", [night]
        ).fetchone():
            return self._night_values_from_facts(night)  # written outside a store transaction
        cursor = self.db.execute(
            """select first_id as id, 'strike' as topic, field, value, claimant, attacker,
            night, first_at as reported_at, null as superseded_by, null as article_id,
            check_id, edit_id from night_figures where night = ?
            order by first_at, first_id""",
            [night],
        )
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def _night_values_from_facts(self, night: str) -> list[dict]:
        """As _night_values, grouped from every report of the night."""
        cursor = self.db.execute(
            f"""select min(id) as id, 'strike' as topic, field, value, claimant, attacker,
            night, min(reported_at) as reported_at, null as superseded_by, null as article_id,
            max(check_id) as check_id, max(edit_id) as edit_id
            from facts where topic = 'strike' and night = ? and superseded_by is null
            and {PUBLIC_FACT} group by claimant, attacker, field, value
            order by min(reported_at), min(id)""",
            [night],
        )
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def story_sources(
        self, limit: int = 10, per_story: int = SOURCES_PER_STORY
    ) -> list[StorySources]:
        """Recent stories with the outlets and posts behind each: the first `per_story`
        (oldest report first) and how many there are in all (a bounded read per story)."""
        out = []
        for story in self._recent_stories(limit):
            version = self._story_version(story["id"])

            def build(story=story, version=version) -> StorySources:
                if per_story != SOURCES_PER_STORY:
                    return self._first_sources(story, per_story)
                return self._digested(
                    digests.SOURCES,
                    story["id"],
                    version,
                    lambda: self._first_sources(story, per_story),
                )

            out.append(self._remembered(("sources", story["id"], per_story), version, build))
        return out

    def _first_sources(self, story: dict, per_story: int) -> StorySources:
        first = [
            r[0]
            for r in self.db.execute(
                f"""select id from articles where story_id = ? and {LIVE_ARTICLE}
                order by published, id limit ?""",
                [story["id"], per_story],
            )
        ]
        sources = self._sources_by_article(first)
        return StorySources(
            story["id"],
            self._story_title(story["id"])[0] or story["title"],
            [r for a in first for r in sources.get(a, [])][:per_story],
            self.story_source_count(story["id"]),
            titles=self._story_titles(story["id"]),
        )
