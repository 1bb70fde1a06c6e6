"""The briefings' summaries (storage/summaries.py) stay what the facts say through every kind of
write, and an existing store gains them by migration with its briefings unchanged."""

import itertools
import json
import sqlite3

import pytest
from sqlite_utils import Database

import briefings
import intake
from bench.wire import wire_rows
from intake.documents import document_parts
from storage import NewSource, Store, summaries
from storage import migrations as schema
from storage.review_rules import Editor
from tests.support.story_writes import every_kind_of_write
from tests.test_storage import SEED, channel

EDITOR = Editor(7, "desk editor")
TABLES = (
    "night_figures", "night_claim_outlets", "night_claimant_outlets", "swap_returns",
    "swap_sums",
)  # fmt: skip


def _swap(returned, side=None, status="completed", published="2023-12-05"):
    exchange = {**SEED["exchange"], "status": status, "returned": returned}
    if side:
        exchange["returned_side"] = side
    return {**SEED, "published": published, "exchange": exchange, "strikes": []}


def _night(downed, *, corrected=False, published="2023-12-03"):
    strike = dict(SEED["strikes"][0], drones_downed=downed)
    if corrected:
        strike["corrected"] = True
    return {**SEED, "published": published, "exchange": None, "strikes": [strike]}


def _fill(store: Store) -> None:
    """Wire copy through the ingest path, then swaps and a night many outlets report."""
    rows = list(itertools.islice(wire_rows(seed=11), 40))
    data = "\n".join(json.dumps(r) for r in rows).encode()
    intake.ingest_parts(
        store, document_parts("w.jsonl", None, data), NewSource(kind="file"), name="w.jsonl"
    )
    store.save_article("Swap done: 150 came home.", _swap(150, "ukraine"), channel("A", "a", 1))
    store.save_article("Swap done, 150 back.", _swap(150), channel("B", "b", 2))
    store.save_article("Swap done: 140 freed.", _swap(140), channel("C", "c", 3))
    for i, downed in enumerate([139, 139, 131, 139, 131]):
        outlet = ["Kyiv Wire", "Harbour Times", "Kyiv Wire", "Evening Post", "Air Desk"][i]
        store.save_article(
            f"Night report {i}: {downed} drones downed.",
            _night(downed),
            channel(outlet, "n", 10 + i),
        )


def _snapshot(db: Database) -> dict[str, list]:
    return {t: sorted(db.execute(f"select * from {t}").fetchall(), key=repr) for t in TABLES}


def _rebuilt(store: Store) -> dict[str, list]:
    """The summaries made afresh from the facts, on a copy of the store."""
    copy = sqlite3.connect(":memory:")
    store.db.conn.backup(copy)
    db = Database(copy)
    summaries.create(db)
    return _snapshot(db)


def _assert_kept(store: Store) -> None:
    kept = _snapshot(store.db)
    assert kept["night_figures"] and kept["night_claim_outlets"]
    assert kept == _rebuilt(store)
    assert store._count_returned() == store._count_returned_from_facts()
    for night in store._latest_nights(50):
        assert store._night_values(night) == store._night_values_from_facts(night)


def test_summaries_match_the_facts_after_every_kind_of_write(store):
    _fill(store)
    _assert_kept(store)
    totals = store.returned_totals()
    assert totals.swaps and totals.by_side.get("ukraine", 0) >= 150
    night = next(s.story_id for s in store.latest_stories(20) if s.strikes)
    swap = next(s.story_id for s in store.latest_stories(20) if s.exchange)

    def check(step: str) -> None:
        _assert_kept(store)
        if step == "fix status":  # a swap no longer completed leaves the totals
            assert store.returned_totals() != totals

    # A correction supersedes the night's other reports of the figure at once.
    correction = ("Correction: 133 downed.", _night(133, corrected=True), channel("D", "d", 30))
    every_kind_of_write(store, check, night=night, swap=swap, correction=correction, editor=EDITOR)
    # A copy of a night's report adds its outlet to the night's counts.
    store.save_article("Night report 1: 139 drones downed!", _night(139), channel("Copy", "x", 50))
    _assert_kept(store)


def test_a_write_outside_a_store_transaction_is_read_from_the_facts(store):
    _fill(store)
    with store.db.conn:  # a plain sqlite3 transaction: no summaries rebuilt at commit
        store.db.execute("update facts set withdrawn_by = 1 where topic = 'exchange'")
        store.db.execute("update facts set withdrawn_by = 1 where field = 'drones_downed'")
    assert store.db.execute("select count(*) from swap_stale").fetchone()[0]
    assert store.returned_totals().swaps == 0
    for view in store.strike_nights(limit=50):
        assert all("drones_downed" not in c.figures for c in view.claimants)
    # The next write through the store brings the summaries up to date.
    store.save_article("Night report 9: 7 drones downed.", _night(7), channel("E", "e", 60))
    assert store.db.execute("select count(*) from swap_stale").fetchone()[0] == 0
    _assert_kept(store)


def _all_briefings(store: Store) -> list[str]:
    nights = store._latest_nights(50)
    out = []
    for lang in ("en", "uk"):
        out += [
            briefings.render_latest(store.latest_stories(20), lang=lang),
            briefings.render_exchange(store.exchanges(), store.returned_totals(), lang=lang),
            briefings.render_strikes_week(
                store.strike_nights(limit=7, within_days=7, sources=False), lang=lang
            ),
            briefings.render_sources(store.story_sources(), lang=lang),
        ]
        out += [briefings.render_strikes(store.strike_nights(night=n), lang=lang) for n in nights]
    return out


@pytest.fixture
def before_summaries(monkeypatch):
    """Stores opened now stop at the schema before the summaries (as the previous code did)."""
    real = schema.migrations.apply

    def previous(db, **kwargs):
        real(db, stop_before="m014_briefing_summaries_kept_on_save")

    monkeypatch.setattr(schema.migrations, "apply", previous)
    return monkeypatch


def _clock_from_zero(monkeypatch) -> None:
    """Stories touched in the same order get the same times in both stores (a tie on the
    time would otherwise order /latest by the wall clock's second)."""
    ticks = itertools.count()
    monkeypatch.setattr("storage.store._now", lambda: f"2024-01-01 {next(ticks):08d}")


def test_an_existing_store_gains_the_summaries_and_its_briefings_are_unchanged(
    tmp_path, before_summaries
):
    old = Store.open(tmp_path / "old.db")
    assert "night_figures" not in old.db.table_names()
    _clock_from_zero(before_summaries)
    _fill(old)
    old.close()
    before_summaries.undo()
    fresh = Store.open(tmp_path / "fresh.db")
    with pytest.MonkeyPatch.context() as clock:
        _clock_from_zero(clock)
        _fill(fresh)
    migrated = Store.open(tmp_path / "old.db")
    _assert_kept(migrated)
    shown = _all_briefings(migrated)
    assert shown == _all_briefings(fresh)
    assert any("150" in text for text in shown[:4]) and any("Kyiv Wire" in t for t in shown)
