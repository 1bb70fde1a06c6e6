"""Per-story digests the briefings read instead of a story's every article, source and fact.

A story of five hundred reports would otherwise be read whole, and its every source carried
into the briefing, each time /latest, /exchange or /sources is rebuilt after a change. Kept
here, in the same transaction as the writes they summarise (`storage.writes`):

- `story_digests`: per story and kind ("latest": its /latest line; "sources": its /sources
  entry; "exchange": its /exchange view, with each list of sources cut to the outlets a
  briefing names and a count of the rest), the story's version it was built at (the story's
  `version`, bumped by the triggers of migration m012 on any change to its articles, sources
  or facts, with its title and dates), and for an exchange the date of its newest figure,
  which orders /exchange's swaps from an index;
- `story_digest_stale`: the stories whose version changed in this transaction (a trigger):
  each is rebuilt once, before the transaction commits, however many of its reports changed.

A digest whose version is not the story's (a write made outside a store transaction) is not
used: the reader builds that story's view from the facts, as it did before digests.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from sqlite_utils import Database

from storage.views import (
    SHOWN_SOURCES,
    ArticleRef,
    Claim,
    EditorAction,
    ExchangeView,
    SourceRef,
    StatusChange,
    StoryReview,
    StorySources,
    StorySummary,
    dates_key,
    step_key,
)

LATEST = "latest"
SOURCES = "sources"
EXCHANGE = "exchange"
REVIEW = "review"  # /sources N for readers: the figures the briefings show
REVIEW_EDITOR = "review_editor"  # /sources N for editors: uncertain figures too

_TABLES = (
    """create table if not exists story_digests (
        story_id integer, kind text, version text, newest text, payload text,
        primary key (story_id, kind)) without rowid""",
    # /exchange: the stories with the newest exchange figures first, read from this index.
    """create index if not exists idx_story_digests_newest
        on story_digests (kind, newest desc, story_id desc)""",
    "create table if not exists story_digest_stale (story_id integer primary key)",
)

_TRIGGERS = {
    "stories_digest_insert": """create trigger stories_digest_insert after insert on stories
        begin insert or ignore into story_digest_stale (story_id) values (new.id); end""",
    "stories_digest_update": """create trigger stories_digest_update
        after update of version, title, first_date, last_date on stories
        begin insert or ignore into story_digest_stale (story_id) values (new.id); end""",
    "stories_digest_delete": """create trigger stories_digest_delete after delete on stories
        begin delete from story_digests where story_id = old.id; end""",
    # /sources N shows editors' actions on a story: one recorded or undone changes its digest.
    "review_actions_digest_insert": """create trigger review_actions_digest_insert
        after insert on review_actions when new.story_id is not null
        begin insert or ignore into story_digest_stale (story_id) values (new.story_id); end""",
    "review_actions_digest_update": """create trigger review_actions_digest_update
        after update on review_actions begin
        insert or ignore into story_digest_stale (story_id) select old.story_id
        where old.story_id is not null;
        insert or ignore into story_digest_stale (story_id) select new.story_id
        where new.story_id is not null; end""",
}


def create(db: Database) -> None:
    """Create the digest tables and triggers, and mark every story to be digested."""
    for sql in _TABLES:
        db.execute(sql)
    for name, sql in _TRIGGERS.items():
        db.execute(f"drop trigger if exists {name}")
        db.execute(sql)
    db.execute("insert or ignore into story_digest_stale (story_id) select id from stories")


def version_key(version: Iterable | None) -> str | None:
    """A story's version (storage.Store._story_version) as the digest stores it."""
    return None if version is None else json.dumps(list(version), ensure_ascii=False)


def _first_outlets(refs: Iterable[SourceRef], limit: int = SHOWN_SOURCES):
    """The first ref of each of the first `limit` distinct outlets (name and link), as
    briefings.sources.source_list names them, and how many distinct outlets in all."""
    seen: set[tuple] = set()
    out: list[SourceRef] = []
    for ref in refs:
        key = (ref.outlet, ref.link)
        if key in seen:
            continue
        seen.add(key)
        if len(out) < limit:
            out.append(ref)
    return out, len(seen)


def cut_exchange(view: ExchangeView) -> ExchangeView:
    """The view with every list of sources cut to the outlets /exchange names, and how many
    distinct outlets each has in all (`source_total`, `ref_totals`): the same briefing."""
    totals: dict[str, int] = {}
    claims = {}
    for name in ("count", "returned"):
        cut = []
        for claim in getattr(view, name):
            refs, total = _first_outlets(claim.sources)
            data = {**claim.__dict__, "sources": refs, "source_total": total}
            cut.append(Claim(**data))
        claims[name] = cut
    groups: dict[tuple, list[SourceRef]] = {}
    for step in view.timeline:
        groups.setdefault((step.date, step.status), []).append(step.source)
    kept: dict[tuple, set[int]] = {}
    for (when, status), refs in groups.items():
        first, total = _first_outlets(refs)
        totals[step_key(when, status)] = total
        kept[(when, status)] = {id(r) for r in first}
    timeline = [s for s in view.timeline if id(s.source) in kept[(s.date, s.status)]]
    discrepancies = []
    for status, days in view.date_discrepancies:
        cut_days = {}
        for when, refs in days.items():
            cut_days[when], totals[dates_key(status, when)] = _first_outlets(refs)
        discrepancies.append((status, cut_days))
    sources, totals["sources"] = _first_outlets(view.sources)
    return ExchangeView(
        **{
            **view.__dict__,
            **claims,
            "timeline": timeline,
            "date_discrepancies": discrepancies,
            "sources": sources,
            "ref_totals": totals,
        }
    )


def _fields(value: object) -> dict:
    # A dataclass's fields as they are (not deep-copied as dataclasses.asdict would); a
    # claim's fact ids are the store's bookkeeping, not shown: left out of the digest.
    out = dict(value.__dict__)
    if isinstance(value, Claim):
        out["fact_ids"] = []
    return out


def encode(view: object) -> str:
    """A view as the digest stores it (JSON)."""
    return json.dumps(view, default=_fields, ensure_ascii=False)


def _ref(data: dict) -> SourceRef:
    return SourceRef(**data)


def _claim(data: dict) -> Claim:
    data = dict(data)
    data["sources"] = [_ref(r) for r in data["sources"]]
    data["actions"] = [EditorAction(**a) for a in data["actions"]]
    return Claim(**data)


def decode(kind: str, payload: str) -> object:
    """The view a digest holds."""
    data = json.loads(payload)
    if kind == LATEST:
        data["sources"] = [_ref(r) for r in data["sources"]]
        return StorySummary(**data)
    if kind == SOURCES:
        data["sources"] = [_ref(r) for r in data["sources"]]
        return StorySources(**data)
    if kind in (REVIEW, REVIEW_EDITOR):
        data["claims"] = [_claim(c) for c in data["claims"]]
        data["articles"] = [ArticleRef(**a) for a in data["articles"]]
        data["actions"] = [EditorAction(**a) for a in data["actions"]]
        return StoryReview(**data)
    data["count"] = [_claim(c) for c in data["count"]]
    data["returned"] = [_claim(c) for c in data["returned"]]
    data["timeline"] = [
        StatusChange(s["date"], s["status"], _ref(s["source"])) for s in data["timeline"]
    ]
    data["date_discrepancies"] = [
        (status, {when: [_ref(r) for r in refs] for when, refs in days.items()})
        for status, days in data["date_discrepancies"]
    ]
    data["sources"] = [_ref(r) for r in data["sources"]]
    return ExchangeView(**data)


def stale(db: Database) -> list[int]:
    """The stories marked for a new digest; [] on a store without digests yet."""
    try:
        return [r[0] for r in db.execute("select story_id from story_digest_stale")]
    except sqlite3.OperationalError:  # a store not migrated yet
        return []


def pending(db: Database) -> bool:
    """Whether some story's digest is out of date (marked and not rebuilt yet)."""
    try:
        return db.execute("select 1 from story_digest_stale limit 1").fetchone() is not None
    except sqlite3.OperationalError:  # a store not migrated yet
        return True


def put(
    db: Database, story_id: int, kind: str, version: str, view: object, newest: str | None = None
) -> None:
    """Store one story's digest of one kind."""
    db.execute(
        """insert into story_digests (story_id, kind, version, newest, payload)
        values (?, ?, ?, ?, ?) on conflict (story_id, kind) do update set
        version = excluded.version, newest = excluded.newest, payload = excluded.payload""",
        [story_id, kind, version, newest, encode(view)],
    )


def drop(db: Database, story_id: int, kind: str | None = None) -> None:
    """Forget a story's digests (of one kind)."""
    if kind is None:
        db.execute("delete from story_digests where story_id = ?", [story_id])
    else:
        db.execute("delete from story_digests where story_id = ? and kind = ?", [story_id, kind])


def read(db: Database, story_id: int, kind: str, version: str | None) -> object | None:
    """A story's digest of one kind, if it was built at `version`; else None."""
    try:
        row = db.execute(
            "select version, payload from story_digests where story_id = ? and kind = ?",
            [story_id, kind],
        ).fetchone()
    except sqlite3.OperationalError:  # a store not migrated yet
        return None
    if row is None or version is None or row[0] != version:
        return None
    if db.execute("select 1 from story_digest_stale where story_id = ?", [story_id]).fetchone():
        return None  # changed by a write outside a store transaction (an editor's action)
    return decode(kind, row[1])
