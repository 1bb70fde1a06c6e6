"""Write transactions that wait their turn, so the bot and the CLI can write one store at once.

SQLite allows one writer at a time. A deferred `BEGIN` that reads before it writes cannot wait for
the write lock in WAL mode: if another connection committed in between, the upgrade fails at once
with "database is locked". Every write here therefore starts with `BEGIN IMMEDIATE`, which takes
the write lock first (waiting up to the busy timeout), so the checks made inside the transaction
see the latest committed data and nothing can change under them.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from storage import summaries

log = logging.getLogger(__name__)

# How long SQLite itself waits for another writer's lock before answering SQLITE_BUSY. A writer
# here holds the lock for milliseconds (one article), so 5 s means something is badly stuck.
BUSY_TIMEOUT_MS = 5_000
# After SQLite gives up, try again this many times, pausing a little longer each time: a bulk
# import on the other side may be committing a batch.
ATTEMPTS = 6
_PAUSE = 0.05
_MAX_PAUSE = 2.0
_BUSY_CODES = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}


def is_busy(error: BaseException) -> bool:
    """Whether an SQLite error means "another connection holds the lock" (worth retrying)."""
    if not isinstance(error, sqlite3.OperationalError):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return (code & 0xFF) in _BUSY_CODES
    return "locked" in str(error) or "busy" in str(error)


def configure(db: Database, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
    """Make a connection wait for other writers' locks instead of failing at once."""
    db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")


def enable_wal(
    db: Database, *, attempts: int = ATTEMPTS, sleep: Callable[[float], None] = time.sleep
) -> None:
    """Switch a store to write-ahead logging, retried while another connection holds a lock.

    SQLite does not call the busy handler for every lock the switch needs (a connection that
    finds the file mid-recovery gets SQLITE_BUSY at once), so the busy timeout alone is not enough.
    """
    _retry_busy(db.enable_wal, "enable WAL", sleep, attempts)


def _pause(attempt: int) -> float:
    return min(_PAUSE * 2**attempt, _MAX_PAUSE)


def _retry_busy(
    step: Callable[[], object], what: str, sleep: Callable[[float], None], attempts: int
) -> None:
    for attempt in range(attempts):
        try:
            step()
            return
        except sqlite3.OperationalError as error:
            if not is_busy(error) or attempt == attempts - 1:
                raise
            log.info("store busy (%s), attempt %d of %d: %s", what, attempt + 1, attempts, error)
            sleep(_pause(attempt))


@contextmanager
def write_transaction(
    db: Database, *, attempts: int = ATTEMPTS, sleep: Callable[[float], None] = time.sleep
) -> Iterator[Database]:
    """One write transaction: BEGIN IMMEDIATE (retried while busy), commit, or roll back.

    Put the checks a write depends on (is it a duplicate? which story?) inside the block: they
    then run under the write lock. Nested blocks become savepoints of the outer transaction.
    """
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield db
        return
    _retry_busy(lambda: conn.execute("BEGIN IMMEDIATE"), "begin", sleep, attempts)
    try:
        yield db
        # The briefings' summaries of what this transaction changed, in the same transaction.
        summaries.flush(db)
        # Then whatever the store asked for (storage.Store: the per-story digests).
        for hook in getattr(db, "before_commit", ()):
            hook()
    except BaseException:
        db.rollback()
        raise
    try:
        # COMMIT can meet a lock only outside WAL mode (a reader holding the file); retry it.
        _retry_busy(lambda: conn.execute("COMMIT"), "commit", sleep, attempts)
    except BaseException:
        db.rollback()
        raise


def apply_migrations(
    migrations: Migrations,
    db: Database,
    *,
    before: Callable[[Database], None] | None = None,
    attempts: int = ATTEMPTS,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """Apply pending migrations under the write lock, so two processes opening one new store
    at the same moment take turns: the second waits, then finds nothing left to do.

    Without the lock, each migration's deferred transaction reads the schema first and fails at
    once ("database is locked") when the other process committed in between; retrying that
    only helps while the other process is quick. `before` runs under the lock too, first, when
    something is pending (dropping views a migration's rebuilt table would break).
    """
    if not migrations.pending(db):
        return  # every open of an up-to-date store: a read, no lock
    with write_transaction(db, attempts=attempts, sleep=sleep):
        # Pending is decided again under the lock: the other process may have migrated.
        if migrations.pending(db):
            if before is not None:
                before(db)
            # Each migration runs in a savepoint of this transaction, with its record.
            migrations.apply(db)
