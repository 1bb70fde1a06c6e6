"""Old sent pushes and change-log entries are pruned daily; nothing pending is ever pruned."""

import dataclasses
from datetime import timedelta

from bot import jobs
from bot.config import Config
from tests.subscriptions.conftest import PUSH, STRIKE, save_changes, started
from tests.support.clock import WallClock


def test_retention_days_come_from_the_environment():
    assert Config.from_env({}).retention_days == 90
    assert Config.from_env({"NEWSROOM_RETENTION_DAYS": "30"}).retention_days == 30
    assert Config.from_env({"NEWSROOM_RETENTION_DAYS": "３０"}).retention_days == 90


def test_the_daily_job_prunes_what_is_older_than_the_retention(config, fake, store):
    wall = WallClock()
    subs = store.subscriptions
    subs.clock = wall
    subs.subscribe(3001, "all")
    save_changes(store, [PUSH])  # old, will be sent
    subs.enqueue(3002, ["old and stuck"])  # old, still pending: never pruned
    sent, _stuck = subs.outbox()
    subs.mark_sent(sent.id)
    subs.enqueue(3003, ["old and dead"])
    subs.chat_gone(3003, "Forbidden: bot was blocked by the user")
    wall.advance(timedelta(days=91).total_seconds())
    save_changes(store, [STRIKE])  # recent
    app = started(dataclasses.replace(config, retention_days=90), fake, store)
    assert app.job_queue.get_jobs_by_name("retention")
    removed = jobs.prune(app)  # what the daily job runs (not started: nothing is sent)
    assert removed == {"outbox": 2, "change_log": 1}
    left = {(r.chat_id, r.status) for r in subs.outbox()}
    assert left == {(3002, "pending"), (3001, "pending")}
    assert [row["what"] for row in store.db["change_log"].rows] == [STRIKE.what]


def test_zero_days_keeps_everything(config, fake, store):
    wall = WallClock()
    store.subscriptions.clock = wall
    store.subscriptions.subscribe(3001, "all")
    save_changes(store, [PUSH])
    wall.advance(timedelta(days=400).total_seconds())
    app = started(dataclasses.replace(config, retention_days=0), fake, store)
    assert jobs.prune(app) == {}
    assert store.db["change_log"].count == 1
