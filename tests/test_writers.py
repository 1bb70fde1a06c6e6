"""Two writers on one store at once (the bot and `newsroom-bot ingest`): both finish, no loss."""

import shutil
import sqlite3
import threading
import time

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from storage import Store
from storage.writes import apply_migrations, configure, is_busy, write_transaction
from tests.support.wire import article

PER_WRITER = 250
SHARED = 60  # articles both writers try to store: each must end up stored once
# Longest a writer thread may take before the test fails instead of hanging (a loaded CI
# machine stores 310 articles in well under a minute).
JOIN_SECONDS = 120


def _writer(path, numbers, barrier, errors):
    store = None
    try:
        barrier.wait(timeout=60)
        # Opening at the same moment is part of it: both processes start together too.
        store = Store.open(path)
        for n in numbers:
            text, extraction, source = article(n)
            store.save_article(text, extraction, source)
    except Exception as error:  # reported to the test, which fails on any
        errors.append(error)
        barrier.abort()
    finally:
        if store is not None:
            store.close()


def test_two_writers_on_one_store_both_finish_and_store_each_article_once(tmp_path):
    path = tmp_path / "shared.db"
    setup = Store.open(path)
    # Subscribers, so every save also queues pushes in the same transaction.
    for chat in range(10):
        setup.subscriptions.subscribe(5000 + chat, "all")
    setup.close()
    shared = list(range(10_000, 10_000 + SHARED))
    first = list(range(PER_WRITER)) + shared
    second = list(range(1_000, 1_000 + PER_WRITER)) + shared[::-1]
    barrier = threading.Barrier(2)
    errors: list[Exception] = []
    threads = [
        threading.Thread(target=_writer, args=(path, numbers, barrier, errors))
        for numbers in (first, second)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        # Bounded: a writer stuck on a lock fails the test instead of hanging CI.
        thread.join(timeout=JOIN_SECONDS)
    assert not any(thread.is_alive() for thread in threads), "a writer never finished"
    assert errors == []
    store = Store.open(path)
    try:
        rows = list(store.db.query("select text_hash, count(*) as n from articles group by 1"))
        assert len(rows) == 2 * PER_WRITER + SHARED
        assert {row["n"] for row in rows} == {1}
        assert store.counts()["sources"] == 2 * PER_WRITER + SHARED
        orphans = store.db.execute(
            "select count(*) from facts where article_id not in (select id from articles)"
        ).fetchone()[0]
        assert orphans == 0
    finally:
        store.close()


def test_a_writer_waits_for_the_lock_instead_of_failing(tmp_path):
    path = tmp_path / "locked.db"
    holder = Store.open(path)
    waiter = Store.open(path)
    waiter.db.execute("PRAGMA busy_timeout = 10")  # SQLite gives up quickly; we retry
    holder.db.execute("BEGIN IMMEDIATE")
    released = []

    def pause(seconds):
        # The other writer commits while this one waits: the retry then gets the lock.
        if holder.db.conn.in_transaction:
            holder.db.execute("COMMIT")
            released.append(seconds)

    with write_transaction(waiter.db, sleep=pause):
        waiter.db.execute("insert into stories (title) values ('waited')")
    assert released, "the first BEGIN IMMEDIATE should have found the lock taken"
    assert waiter.db["stories"].count == 1
    holder.close()
    waiter.close()


def test_a_lock_held_too_long_is_reported_not_hidden(tmp_path):
    path = tmp_path / "stuck.db"
    holder = Store.open(path)
    waiter = Store.open(path)
    waiter.db.execute("PRAGMA busy_timeout = 10")
    holder.db.execute("BEGIN IMMEDIATE")
    with (
        pytest.raises(sqlite3.OperationalError) as raised,
        write_transaction(waiter.db, attempts=3, sleep=lambda s: None),
    ):
        pass
    assert is_busy(raised.value)
    holder.db.execute("ROLLBACK")
    holder.close()
    waiter.close()


def test_opening_one_store_from_two_places_at_once_never_fails(tmp_path):
    errors: list[Exception] = []

    def open_close(path, barrier):
        try:
            barrier.wait(timeout=30)
            Store.open(path).close()
        except Exception as error:
            errors.append(error)

    # An existing store is a copy of one made once (made afresh it would cost a migration
    # each time, and the opening, not the making, is what is tested here).
    template = tmp_path / "template.db"
    Store.open(template).close()  # closing folds the log in: the file is the whole store
    for attempt in range(40):
        path = tmp_path / f"open-{attempt}.db"
        if attempt % 6:
            shutil.copyfile(template, path)  # an existing store, or (one in six) a new one
        barrier = threading.Barrier(2)
        threads = [threading.Thread(target=open_close, args=(path, barrier)) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=JOIN_SECONDS)
        assert not any(thread.is_alive() for thread in threads), "an open never finished"
    assert errors == []


def test_a_second_process_migrating_a_new_store_waits_for_the_first(tmp_path):
    # While one process is half-way through a brand-new store's migrations, another opening the
    # same file waits for the write lock and then finds nothing left to do: it never fails,
    # however long the first takes, and needs no retry to get there.
    path = tmp_path / "new.db"
    started, applied = threading.Event(), []
    steps = Migrations("race")

    @steps()
    def m001_slow(db):
        db["things"].create({"id": int}, pk="id")
        started.set()
        time.sleep(0.3)  # the first process is slow (a loaded machine): the second arrives

    @steps()
    def m002_more(db):
        db["more"].create({"id": int}, pk="id")
        applied.append(threading.current_thread().name)

    errors: list[Exception] = []

    def migrate(wait_for_first):
        try:
            if wait_for_first:
                assert started.wait(timeout=30)
            db = Database(path)
            configure(db)
            apply_migrations(steps, db, attempts=1, sleep=lambda s: None)
            db.close()
        except Exception as error:
            errors.append(error)

    threads = [
        threading.Thread(target=migrate, args=(second,), name=str(second)) for second in (0, 1)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=JOIN_SECONDS)
    assert not any(thread.is_alive() for thread in threads)
    assert errors == []
    assert applied == ["0"], "each migration ran once, in the first process"
    assert [m.name for m in steps.applied(Database(path))] == ["m001_slow", "m002_more"]
