"""SubscriptionStore on a real SQLite file: its own migrations, transactions with the facts."""

from briefings.push import render_push
from storage import Store
from storage.subscriptions import attach
from tests.subscriptions.conftest import PUSH, STRIKE, save_changes


def test_attach_adds_its_tables_and_one_listener(store):
    subs = attach(store)
    assert attach(store) is subs
    assert store.change_listeners == [subs.listener]
    for table in ("subscriptions", "outbox", "digests", "change_log"):
        assert store.db[table].exists()


def test_changes_reach_each_chat_once_and_are_logged(store):
    subs = attach(store)
    subs.subscribe(1, "exchange")
    subs.subscribe(1, "all")
    subs.subscribe(2, "strikes")
    subs.subscribe(-100, "strikes", thread_id=4)
    save_changes(store, [PUSH, STRIKE])
    rows = {(r.chat_id, r.thread_id): render_push(r.changes) for r in subs.outbox("pending")}
    assert set(rows) == {(1, None), (2, None), (-100, 4)}
    assert rows[(1, None)].count("\n") == 1  # both changes in one message
    assert rows[(2, None)].startswith("Night to 3 Dec")
    assert store.db["change_log"].count == 2


def test_no_subscribers_still_logs_for_digests(store):
    subs = attach(store)
    save_changes(store, [PUSH])
    assert subs.outbox() == []
    assert store.db["change_log"].count == 1


def test_migrating_a_chat_merges_into_the_new_one(store):
    subs = attach(store)
    subs.subscribe(-5, "exchange")
    subs.subscribe(-1005, "strikes")
    subs.set_digest(-5, "08:00", "UTC")
    subs.enqueue(-5, ["waiting"])
    subs.move_chat(-5, -1005)
    assert subs.topics(-5) == set()
    assert subs.topics(-1005) == {"exchange", "strikes"}
    assert subs.digest(-1005) is not None and subs.digest(-5) is None
    assert [r.chat_id for r in subs.outbox("pending")] == [-1005]


def test_reopening_applies_no_migration_twice(tmp_path):
    path = tmp_path / "twice.db"
    first = Store.open(path)
    attach(first).subscribe(7, "all")
    first.close()
    second = Store.open(path)
    assert attach(second).topics(7) == {"exchange", "strikes"}
    second.close()


def test_a_change_logged_while_a_digest_is_made_goes_in_the_next_one(store):
    subs = attach(store)
    subs.set_digest(1, "08:00", "UTC")
    save_changes(store, [PUSH])
    digest = subs.digest(1)
    upto = subs.latest_change_id()
    made_from = subs.changes_for(digest, upto)
    save_changes(store, [STRIKE])  # another writer (the CLI) logs a change meanwhile
    subs.digest_done(digest, ["digest text"], upto=upto)
    assert [c.change.what for c in made_from] == [PUSH.what]
    assert [c.change.what for c in subs.changes_for(subs.digest(1))] == [STRIKE.what]
