"""The service's own records: what the store holds, whether it is sound, the errors seen."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from storage.writes import apply_migrations, write_transaction

migrations = Migrations("newsroom-service")


@migrations()
def m001_errors(db: Database) -> None:
    """One row per kind of error or failure: when it was first and last seen, and reported."""
    db["errors"].create(
        {
            "kind": str,
            "type": str,
            "place": str,
            "message": str,
            "chat_id": int,
            "count": int,
            "first_at": str,
            "last_at": str,
            "reported_at": str,
            # Occurrences since the last report that were not reported (rate limit).
            "unreported": int,
        },
        pk="kind",
        defaults={"count": 0, "unreported": 0},
    )
    db["errors"].create_index(["last_at"])


def apply(db: Database) -> None:
    """Bring the service's tables up to date (waiting if another process is migrating)."""
    apply_migrations(migrations, db)


@dataclass(frozen=True)
class StoreStats:
    """What /stats shows about the store: counts, pushes, times and file sizes."""

    articles: int
    stories: int
    sources: int
    facts: int
    subscribers: int
    pending_pushes: int
    dead_pushes: int
    last_article_at: str | None
    last_error_at: str | None
    last_error_kind: str | None
    store_bytes: int
    wal_bytes: int


@dataclass(frozen=True)
class ErrorSeen:
    """One occurrence of a kind of error, and whether it is due to be reported."""

    kind: str
    count: int
    first_at: str
    reported_at: str | None
    # Occurrences that were not reported since the last report, this one excluded.
    unreported: int


@dataclass(frozen=True)
class StoreCheck:
    """The store's soundness as the doctor reports it."""

    path: str | None
    integrity: list[str]  # ["ok"] when sound, else SQLite's complaints
    journal_mode: str
    pending_migrations: list[str]
    unknown_migrations: list[str]  # applied by a newer version of the bot
    store_bytes: int
    wal_bytes: int


def _iso(moment: datetime | None = None) -> str:
    return (moment or datetime.now(UTC)).isoformat(timespec="seconds")


def db_path(db: Database) -> str | None:
    """The file behind a database connection; None for an in-memory one."""
    for row in db.execute("PRAGMA database_list").fetchall():
        if row[1] == "main":
            return row[2] or None
    return None


def file_sizes(db: Database) -> tuple[int, int]:
    """Bytes of the store file and of its write-ahead log (0 when absent)."""
    path = db_path(db)
    if not path:
        return 0, 0

    def size(p: str) -> int:
        try:
            return Path(p).stat().st_size
        except OSError:
            return 0

    return size(path), size(path + "-wal")


def _count(db: Database, sql: str) -> int:
    try:
        return int(db.execute(sql).fetchone()[0] or 0)
    except sqlite3.OperationalError:  # a table another part of the store has not made yet
        return 0


def _value(db: Database, sql: str) -> tuple | None:
    try:
        return db.execute(sql).fetchone()
    except sqlite3.OperationalError:
        return None


def stats(db: Database) -> StoreStats:
    """Counts, pushes, latest times and file sizes, read in one pass."""
    store_bytes, wal_bytes = file_sizes(db)
    last_error = _value(db, "select last_at, kind from errors order by last_at desc limit 1")
    last_article = _value(db, "select max(received_at) from articles")
    return StoreStats(
        articles=_count(db, "select count(*) from articles"),
        stories=_count(db, "select count(*) from stories"),
        sources=_count(db, "select count(*) from sources"),
        facts=_count(db, "select count(*) from facts"),
        subscribers=_count(
            db,
            """select count(*) from (
                select chat_id from subscriptions where active = 1
                union select chat_id from digests)""",
        ),
        pending_pushes=_count(db, "select count(*) from outbox where status = 'pending'"),
        dead_pushes=_count(db, "select count(*) from outbox where status = 'dead'"),
        last_article_at=last_article[0] if last_article else None,
        last_error_at=last_error[0] if last_error else None,
        last_error_kind=last_error[1] if last_error else None,
        store_bytes=store_bytes,
        wal_bytes=wal_bytes,
    )


def migration_state(db: Database, sets: list[Migrations]) -> tuple[list[str], list[str]]:
    """Migrations not yet applied, and applied ones this version does not know; read only."""
    pending, unknown = [], []
    for found in sets:
        known = {m.name for m in found._migrations}
        pending += [f"{found.name}/{m.name}" for m in found.pending(db)]
        unknown += [f"{found.name}/{m.name}" for m in found.applied(db) if m.name not in known]
    return pending, unknown


def migration_sets() -> list[Migrations]:
    """Every migration set that opening a Store applies."""
    from storage import migrations as newsroom
    from storage import subscriptions

    return [newsroom.migrations, subscriptions.migrations, migrations]


def check(db: Database) -> StoreCheck:
    """Integrity, journal mode, migrations and sizes of a store, without changing it."""
    rows = db.execute("PRAGMA integrity_check").fetchall()
    pending, unknown = migration_state(db, migration_sets())
    store_bytes, wal_bytes = file_sizes(db)
    return StoreCheck(
        path=db_path(db),
        integrity=[str(r[0]) for r in rows],
        journal_mode=str(db.execute("PRAGMA journal_mode").fetchone()[0]),
        pending_migrations=pending,
        unknown_migrations=unknown,
        store_bytes=store_bytes,
        wal_bytes=wal_bytes,
    )


class ErrorLog:
    """Errors and failures by kind, so each kind is reported at most once per window."""

    def __init__(self, db: Database):
        self.db = db
        apply(db)

    def seen(
        self, kind: str, *, type_: str, place: str, message: str, chat_id: int | None, now=None
    ) -> ErrorSeen:
        """Record one occurrence of a kind of error; returns its running totals."""
        at = _iso(now)
        with write_transaction(self.db):
            self.db.execute(
                """insert into errors (kind, type, place, message, chat_id, count, first_at,
                    last_at, unreported) values (?, ?, ?, ?, ?, 1, ?, ?, 0)
                on conflict(kind) do update set type = excluded.type, place = excluded.place,
                    message = excluded.message, chat_id = excluded.chat_id,
                    count = count + 1, last_at = excluded.last_at""",
                [kind, type_, place, message[:1000], chat_id, at, at],
            )
            row = self.db.execute(
                "select count, first_at, reported_at, unreported from errors where kind = ?",
                [kind],
            ).fetchone()
        return ErrorSeen(kind, row[0], row[1], row[2], row[3])

    def reported(self, kind: str, now=None) -> None:
        """The kind was just reported: start a new window, forget what it summed up."""
        with write_transaction(self.db):
            self.db.execute(
                "update errors set reported_at = ?, unreported = 0 where kind = ?",
                [_iso(now), kind],
            )

    def held_back(self, kind: str) -> None:
        """One occurrence was not reported because the kind was reported recently."""
        with write_transaction(self.db):
            self.db.execute("update errors set unreported = unreported + 1 where kind = ?", [kind])

    def recent(self, limit: int = 5) -> list[dict]:
        """The kinds seen most recently, newest first."""
        return list(self.db.query("select * from errors order by last_at desc limit ?", [limit]))
