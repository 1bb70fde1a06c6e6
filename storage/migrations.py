"""Schema steps for the newsroom store, applied once each by sqlite-utils."""

import hashlib
import json

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from storage import desk_views, digests, summaries
from storage.events import main_event
from storage.figures import NUMERIC_FIELDS
from storage.labels import clean_label
from storage.writes import apply_migrations

migrations = Migrations("newsroom")


@migrations()
def m001_articles_stories_facts(db: Database) -> None:
    """Articles, the stories they belong to, their sources and the figures they state."""
    db["stories"].create(
        {
            "id": int,
            "title": str,
            "first_date": str,
            "last_date": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
    )
    db["story_keys"].create(
        {"story_id": int, "key": str},
        pk=("story_id", "key"),
        foreign_keys=[("story_id", "stories", "id")],
    )
    db["story_keys"].create_index(["key"])
    db["articles"].create(
        {
            "id": int,
            "story_id": int,
            "title": str,
            "outlet": str,
            "published": str,
            "language": str,
            "url": str,
            "text_hash": str,
            "text": str,
            "extraction": str,
            "added_by": int,
            "added_in_chat": int,
            "received_at": str,
        },
        pk="id",
        foreign_keys=[("story_id", "stories", "id")],
    )
    db["articles"].create_index(["text_hash"], unique=True)
    db["articles"].create_index(["story_id"])
    db["articles"].create_index(["url"])
    db["sources"].create(
        {
            "id": int,
            "article_id": int,
            "outlet": str,
            "kind": str,
            "origin_chat_id": int,
            "origin_username": str,
            "origin_message_id": int,
            "origin_date": str,
            "permalink": str,
            "url": str,
            "added_by": int,
            "received_at": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["sources"].create_index(["origin_chat_id", "origin_message_id"])
    db["sources"].create_index(["article_id"])
    db["facts"].create(
        {
            "id": int,
            "story_id": int,
            "article_id": int,
            "topic": str,
            "field": str,
            "value": str,
            "claimant": str,
            "attacker": str,
            "night": str,
            "reported_at": str,
        },
        pk="id",
        foreign_keys=[("story_id", "stories", "id"), ("article_id", "articles", "id")],
    )
    db["facts"].create_index(["story_id", "topic"])
    db["facts"].create_index(["topic", "night"])
    db["facts"].create_index(["article_id"])


@migrations()
def m002_article_search(db: Database) -> None:
    """Full-text search over headlines and text, kept current by triggers."""
    db["articles"].enable_fts(["title", "text"], create_triggers=True)


@migrations()
def m003_claims_and_near_duplicates(db: Database) -> None:
    """Corrections supersede earlier figures; sketches find syndicated copies."""
    db["facts"].add_column("superseded_by", int)
    db["facts"].add_column("correction", int)
    db["article_sketch"].create(
        {"hash": int, "article_id": int},
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["article_sketch"].create_index(["hash"])
    db["sources"].add_column("near_duplicate", int)


@migrations()
def m004_figures_as_numbers(db: Database) -> None:
    """Every figure also as an INTEGER (`facts.number`), so it sorts and charts as a number."""
    db["facts"].add_column("number", int)
    fields = sorted(NUMERIC_FIELDS)
    # Only whole numbers written as digits: anything else stays NULL rather than a wrong 0.
    db.execute(
        f"""update facts set number = cast(value as integer)
        where field in ({",".join("?" * len(fields))})
        and value != '' and value not glob '*[^0-9]*'""",
        fields,
    )
    db["facts"].create_index(["topic", "field", "number"])


@migrations()
def m005_how_articles_are_dated(db: Database) -> None:
    """How each article's date was found, and the date its page, file or batch line declared.

    Stores from before keep their dates; `newsroom-bot reparse` re-derives them by the current
    precedence. A stored date that is not the day the article arrived can only have come from
    the text, a forwarded post or declared metadata, so it is kept as the declared date that
    `reparse` weighs again; one equal to the arrival day may have been the arrival day itself.
    """
    db["articles"].add_column("date_found", str)
    db["sources"].add_column("declared_date", str)
    db.execute(
        """update sources set declared_date = (
            select a.published from articles a where a.id = sources.article_id
            and a.published is not null and a.published != substr(sources.received_at, 1, 10))
        where kind in ('file', 'link', 'paste') and origin_date is null"""
    )


@migrations()
def m006_stories_are_events(db: Database) -> None:
    """Stories are events; every copy of an article from another channel is one more source.

    `article_events` holds the event (attack night, swap talks, completed swap) each article is
    about, which decides its story; `facts.side` says to which side a swap's returned figure
    went home. One text may now be stored twice when it is two reports days apart, so its hash
    is no longer unique. Existing articles get their events from what was extracted; their
    stories are left as they were until `newsroom-bot reparse` re-derives them.
    """
    db["article_events"].create(
        {
            "article_id": int,
            "story_id": int,
            "kind": str,
            "day": str,
            "count": int,
            "returned": int,
            "side": str,
        },
        pk="article_id",
        foreign_keys=[("article_id", "articles", "id"), ("story_id", "stories", "id")],
    )
    db["article_events"].create_index(["kind", "day"])
    db["article_events"].create_index(["story_id"])
    db["facts"].add_column("side", str)
    db.execute("drop index if exists idx_articles_text_hash")
    db["articles"].create_index(["text_hash"], index_name="idx_articles_text_hash_any")
    rows = []
    for article in db.query("select id, story_id, extraction from articles"):
        event = main_event(json.loads(article["extraction"] or "{}"))
        if event is not None and article["story_id"] is not None:
            rows.append(
                {
                    "article_id": article["id"],
                    "story_id": article["story_id"],
                    "kind": event.kind,
                    "day": event.day,
                    "count": event.count,
                    "returned": event.returned,
                    "side": event.side,
                }
            )
    if rows:
        db["article_events"].insert_all(rows)


@migrations()
def m007_editor_review(db: Database) -> None:
    """Editors in the loop: an audit trail, each figure's words, confirmations and removals.

    Existing figures count as already told to subscribers (published = 1): they were pushed,
    or came before pushes existed.
    """
    db["review_actions"].create(
        {
            "id": int,
            "at": str,
            "editor_id": int,
            "editor_name": str,
            "action": str,
            "story_id": int,
            "article_id": int,
            "fact_id": int,
            "field": str,
            "claimant": str,
            "night": str,
            "before": str,
            "after": str,
            "detail": str,
            "undone_by": int,
        },
        pk="id",
        # Not stories: a reparse may regroup stories and drop an emptied one; the trail stays.
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["review_actions"].create_index(["editor_id", "action", "id"])
    db["review_actions"].create_index(["story_id"])
    db["review_actions"].create_index(["article_id"])
    for name, kind in (
        ("quote", str),
        ("confidence", float),
        ("uncertain", int),
        ("doubt", str),
        ("checked_by", int),
        ("check_id", int),
        ("edit_id", int),
        ("withdrawn_by", int),
        ("undone_by", int),
        ("published", int),
    ):
        db["facts"].add_column(name, kind)
    db.execute("update facts set published = 1")
    for name, kind in (
        ("held", int),
        ("confirmed_by", int),
        ("confirm_id", int),
        ("removed_by", int),
        ("remove_id", int),
    ):
        db["articles"].add_column(name, kind)
    db["stories"].add_column("merged_into", int)
    db["receipts"].create(
        {"chat_id": int, "message_id": int, "article_id": int},
        pk=("chat_id", "message_id"),
    )


@migrations()
def m008_chat_languages(db: Database) -> None:
    """The interface language each chat chose with /lang."""
    db["chat_settings"].create(
        {"chat_id": int, "language": str, "set_by": int, "updated_at": str}, pk="chat_id"
    )


@migrations()
def m009_titles_and_outlets_without_invisible_characters(db: Database) -> None:
    """Stored titles and outlet names lose zero-width and bidi control characters."""
    db.register_function(clean_label, name="clean_label", deterministic=True, replace=True)
    for table, column in (
        ("articles", "title"),
        ("articles", "outlet"),
        ("stories", "title"),
        ("sources", "outlet"),
    ):
        db.execute(
            f"update {table} set {column} = clean_label({column}) "
            f"where {column} is not null and {column} != clean_label({column})"
        )


@migrations()
def m010_reads_that_stay_fast(db: Database) -> None:
    """Indexes for every read a save or a briefing makes, and each source's arrival key.

    `sources.arrival_key` fingerprints an arrival with no post or link to tell it by (its text,
    how it came, the outlet it declared, who added it), so a re-run import finds even the
    copies it stored as extra sources. Existing sources get it from their article's text.
    """
    db["sources"].add_column("arrival_key", str)
    rows = db.execute(
        """select s.id, a.text_hash, s.kind, s.outlet, s.added_by from sources s
        join articles a on a.id = s.article_id
        where s.url is null and s.origin_message_id is null
        and coalesce(s.near_duplicate, 0) = 0"""
    ).fetchall()
    db.conn.executemany(
        "update sources set arrival_key = ? where id = ?",
        [
            (arrival_key(text_hash, kind, _declared(outlet), added_by), source_id)
            for source_id, text_hash, kind, outlet, added_by in rows
        ],
    )
    db["sources"].create_index(["url"], if_not_exists=True)
    db["sources"].create_index(["arrival_key"], if_not_exists=True)
    # Sketch lookups read a bounded number of the newest rows per hash.
    db["article_sketch"].create_index(["hash", "article_id"], if_not_exists=True)
    db.execute("drop index if exists idx_article_sketch_hash")
    # The newest report of one figure: of a story (an exchange's status, count, returned) and
    # of one claimant on one night, without reading the other reports.
    db["facts"].create_index(
        ["story_id", "topic", "field", "reported_at"],
        index_name="idx_facts_story_figure",
        if_not_exists=True,
    )
    db["facts"].create_index(
        ["topic", "night", "claimant", "attacker", "field", "reported_at"],
        index_name="idx_facts_night_figure",
        if_not_exists=True,
    )
    # The story a night or swap belongs to, from the index alone.
    db["article_events"].create_index(
        ["kind", "day", "story_id", "count", "returned", "side"],
        index_name="idx_article_events_candidates",
        if_not_exists=True,
    )
    db.execute("drop index if exists idx_article_events_kind_day")
    # The swaps some report calls completed (the total returned), without every exchange figure.
    db["facts"].create_index(["topic", "field", "value", "story_id"], if_not_exists=True)
    db["article_events"].create_index(["story_id", "kind", "day"], if_not_exists=True)
    db["stories"].create_index(["last_date", "updated_at", "id"], if_not_exists=True)
    db["articles"].create_index(["story_id", "published", "id"], if_not_exists=True)


@migrations()
def m011_messages_behind_articles(db: Database) -> None:
    """Which chat message brought which article (each part of a long paste, with its text),
    so that editing the message updates its article instead of storing another."""
    db["arrivals"].create(
        {"chat_id": int, "message_id": int, "article_id": int, "part": int, "text": str},
        pk=("chat_id", "message_id"),
    )
    db["arrivals"].create_index(["chat_id", "article_id", "part"])


# What a cached briefing is built from: a change to any of it bumps the story's version (and
# the version of a strike night, or of the swaps' figures), so a briefing is rebuilt once after
# a change and read from memory until the next one. Triggers, so that every writer (the bot,
# the CLI, an editor's action, a migration) keeps the versions right without knowing of it.
_FACT_COLUMNS = (
    "story_id, article_id, topic, field, value, claimant, attacker, night, reported_at, "
    "superseded_by, withdrawn_by, undone_by, uncertain, check_id, edit_id, quote, doubt, side"
)
_BUMP_STORY = "update stories set version = coalesce(version, 0) + 1 where id = {story};"
_BUMP_KEY = (
    "insert into versions (key, version) select {key}, 1 where {key} is not null "
    "on conflict (key) do update set version = version + 1;"
)
_FACT_KEY = (
    "(case when {r}.topic = 'strike' and {r}.night is not null then 'night:' || {r}.night "
    "when {r}.topic = 'exchange' then 'exchange' end)"
)
_BUMP_ARTICLE_NIGHTS = (
    "update versions set version = version + 1 where key in (select 'night:' || night "
    "from facts where article_id = {article} and topic = 'strike' and night is not null);"
)


def _version_triggers() -> dict[str, str]:
    out = {}
    for event, rows in (("insert", ["new"]), ("update", ["old", "new"]), ("delete", ["old"])):
        columns = f"of {_FACT_COLUMNS} " if event == "update" else ""
        steps = "".join(_BUMP_STORY.format(story=f"{r}.story_id") for r in rows)
        steps += "".join(_BUMP_KEY.format(key=_FACT_KEY.format(r=r)) for r in rows)
        out[f"facts_version_{event}"] = (
            f"create trigger facts_version_{event} after {event} {columns}on facts "
            f"begin {steps} end"
        )
        steps = "".join(
            _BUMP_STORY.format(story=f"(select story_id from articles where id = {r}.article_id)")
            + _BUMP_ARTICLE_NIGHTS.format(article=f"{r}.article_id")
            for r in rows
        )
        out[f"sources_version_{event}"] = (
            f"create trigger sources_version_{event} after {event} on sources begin {steps} end"
        )
        columns = ""
        if event == "update":
            columns = "of story_id, title, published, extraction, remove_id "
        steps = "".join(_BUMP_STORY.format(story=f"{r}.story_id") for r in rows)
        out[f"articles_version_{event}"] = (
            f"create trigger articles_version_{event} after {event} {columns}on articles "
            f"begin {steps} end"
        )
    return out


@migrations()
def m012_versions_for_cached_briefings(db: Database) -> None:
    """A version per story, per strike night and for the swaps' figures, bumped by triggers
    whenever anything a briefing shows of it changes; the store keeps recent briefings in
    memory by version."""
    db["stories"].add_column("version", int, not_null_default=0)
    db["versions"].create({"key": str, "version": int}, pk="key")
    # Every night known so far, so the latest nights are found from this small table.
    db.execute(
        """insert into versions (key, version) select distinct 'night:' || night, 0 from facts
        where topic = 'strike' and night is not null"""
    )
    for sql in _version_triggers().values():
        db.execute(sql)


# The figures the briefings show (storage/review_rules.py PUBLIC_FACT, not superseded), as
# written when this migration landed: SQLite uses a partial index only for a query whose WHERE
# has these very terms, so the store's queries spell them the same way.
_SHOWN_1 = (
    "superseded_by is null and withdrawn_by is null and undone_by is null "
    "and (uncertain is null or uncertain = 0 or check_id is not null)"
)


@migrations()
def m013_cold_briefings_from_indexes(db: Database) -> None:
    """Indexes of the figures a briefing shows, so that a briefing rebuilt right after a change
    reads one index range in the order it needs: a story's newest figure of each kind (/latest)
    and a night's distinct figures per claimant (/strikes week), without reading or sorting
    every report's row; and the few figures editors fixed, with the reports they replaced."""
    db.execute(
        "create index if not exists idx_facts_story_shown on facts (story_id, topic, field, "
        f"night, claimant, attacker, reported_at desc, id desc) where {_SHOWN_1}"
    )
    db.execute(
        "create index if not exists idx_facts_night_shown on facts (topic, night, claimant, "
        f"attacker, field, value, reported_at, check_id, edit_id) where {_SHOWN_1}"
    )
    # Editors' fixes and the reports they replaced: few, found without reading the story.
    db.execute(
        "create index if not exists idx_facts_story_edits on facts (story_id, edit_id) "
        "where edit_id is not null"
    )
    db.execute(
        "create index if not exists idx_facts_superseded on facts (superseded_by) "
        "where superseded_by is not null"
    )


@migrations()
def m014_briefing_summaries_kept_on_save(db: Database) -> None:
    """Summaries the briefings read instead of every report, kept up to date as facts and
    sources are written (storage/summaries.py): a night's distinct figures and the outlets
    behind each, and each completed swap's people returned; filled here from the facts stored.
    Also an index of the few reports a night's corrections replaced."""
    summaries.create(db)
    db.execute(
        "create index if not exists idx_facts_night_superseded on facts (topic, night) "
        "where superseded_by is not null"
    )


@migrations()
def m015_story_digests_kept_on_save(db: Database) -> None:
    """Per-story digests (storage/digests.py) that /latest, /exchange and /sources read instead
    of a story's every article, source and fact, rebuilt when a story changes: every story
    stored is marked here, and digested by the store before its first briefing."""
    digests.create(db)


@migrations()
def m016_story_digests_for_sources_n(db: Database) -> None:
    """/sources N read from each story's digest too: its triggers now follow editors' actions
    (recreated here), and every story is digested again, with its /sources N pages."""
    digests.create(db)


@migrations()
def m017_chat_moves(db: Database) -> None:
    """Groups that became supergroups: each old chat id and the id it became, so that a chat the
    configuration names by its old id (NEWSROOM_ADMIN_CHAT) is followed to the new one, after a
    restart too."""
    db["chat_moves"].create(
        {"old_chat_id": int, "new_chat_id": int, "moved_at": str}, pk="old_chat_id"
    )


@migrations()
def m018_exchange_timelines_name_the_editor(db: Database) -> None:
    """A swap's timeline names the editor behind a status set or corrected with /fix, not the
    outlet of the article the fix is filed under: such swaps' digests are built again."""
    stories = """select distinct story_id from facts
        where topic = 'exchange' and field = 'status' and edit_id is not null"""
    db.execute(f"delete from story_digests where story_id in ({stories})")
    db.execute(f"insert or ignore into story_digest_stale (story_id) {stories}")


def _declared(outlet: str | None) -> str | None:
    # Sources stored before arrival keys kept the outlet shown, not the one declared; the
    # fallback names ("pasted text, outlet not stated") mean none was declared.
    if outlet is None or "not stated" in outlet or outlet == "unknown outlet":
        return None
    return outlet


def arrival_key(text_hash: str, kind: str, outlet: str | None, added_by: int | None) -> str:
    """One arrival's fingerprint: the same text, the same way, outlet and sender."""
    who = "" if added_by is None else str(added_by)
    raw = "\x1f".join((text_hash, kind or "", outlet or "", who))
    return hashlib.sha256(raw.encode()).hexdigest()


def apply(db: Database) -> None:
    """Bring a database up to the current schema, then (re)create the read-only views."""
    # The views are derived, not data: dropped while migrations run (so a migration may rebuild
    # a table they read) and created from their current definitions afterwards.
    # Waits for (and skips what was done by) another process migrating the same file.
    apply_migrations(migrations, db, before=desk_views.drop)
    desk_views.ensure(db)
