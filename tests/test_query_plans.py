"""Every query a save or a briefing makes reads through an index or a bounded range: SQLite's
own query plans show no full scan of a table that grows with the store."""

import itertools
import json
import re

import pytest

import briefings
import intake
from bench.wire import wire_rows
from intake.documents import document_parts
from storage import NewSource, Store

# Tables that grow with every article (or every push): never read whole on the hot paths.
GROWING = {
    "articles", "sources", "facts", "stories", "story_keys", "article_events", "article_sketch",
    "change_log", "outbox", "review_actions", "arrivals", "receipts", "articles_fts",
    "night_figures", "night_claim_outlets", "night_claimant_outlets", "swap_returns",
    "story_digests",
}  # fmt: skip
_SCAN = re.compile(r"^SCAN (\w+)(?: AS \w+)?(.*)$")


def _plan(store: Store, sql: str) -> list[str]:
    return [row[3] for row in store.db.execute("EXPLAIN QUERY PLAN " + sql)]


def full_scans(store: Store, statements: list[str]) -> list[tuple[str, str]]:
    """(statement, plan line) for every read of a growing table that is not bounded: a SCAN
    with no index, or a SCAN of a whole index by a statement with no LIMIT."""
    found = []
    for sql in dict.fromkeys(statements):
        if not re.match(r"\s*(select|update|delete|with|insert\s.*\sselect\s)", sql, re.I | re.S):
            continue
        for line in _plan(store, sql):
            match = _SCAN.match(line)
            if not match or match.group(1) not in GROWING:
                continue
            bounded = "INDEX" in match.group(2) and re.search(r"\blimit\b", sql, re.I)
            if not bounded:
                found.append((" ".join(sql.split())[:300], line))
    return found


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    store = Store.open(tmp_path_factory.mktemp("plans") / "plans.db")
    store.subscriptions.subscribe(2001, "all")
    rows = list(itertools.islice(wire_rows(seed=5), 24))
    data = "\n".join(json.dumps(r) for r in rows).encode()
    parts = document_parts("a.jsonl", None, data)
    intake.ingest_parts(store, parts, NewSource(kind="file"), name="a.jsonl")
    yield store
    store.close()


def traced(store: Store, action) -> list[str]:
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        action()
    finally:
        store.db.conn.set_trace_callback(None)
    return statements


def test_saving_articles_reads_nothing_whole(filled):
    more = list(itertools.islice(wire_rows(seed=6), 12))
    data = "\n".join(json.dumps(r) for r in more).encode()

    def save():
        parts = document_parts("b.jsonl", None, data)
        intake.ingest_parts(filled, parts, NewSource(kind="file"), name="b.jsonl")
        intake.ingest(filled, intake.Arrival(more[0]["text"], NewSource(kind="paste", added_by=7)))

    statements = traced(filled, save)
    assert any("insert into facts" in s for s in statements), "the save path was traced"
    assert full_scans(filled, statements) == []


@pytest.mark.parametrize(
    "briefing",
    ["latest", "exchange", "strikes", "strikes week", "sources", "sources story"],
)
def test_every_briefing_reads_through_indexes(filled, briefing):
    store = filled
    calls = {
        "latest": lambda: briefings.render_latest(store.latest_stories(5)),
        "exchange": lambda: briefings.render_exchange(store.exchanges(), store.returned_totals()),
        "strikes": lambda: briefings.render_strikes(store.strike_nights(limit=1)),
        "strikes week": lambda: briefings.render_strikes_week(
            store.strike_nights(limit=7, within_days=7, sources=False)
        ),
        "sources": lambda: briefings.render_sources(store.story_sources()),
        "sources story": lambda: briefings.render_story_review(
            store.story_review(store.latest_stories(1)[0].story_id, for_editor=False)
        ),
    }
    statements = traced(store, calls[briefing])
    assert statements, "the briefing was traced"
    assert full_scans(store, statements) == []


def test_the_check_catches_a_full_scan(filled):
    assert full_scans(filled, ["select * from facts where value = '40'"])
    assert full_scans(filled, ["select count(*) from sources where outlet = 'x'"])
    assert not full_scans(filled, ["select * from facts where story_id = 1"])


def _fact_reads(store: Store, statements: list[str]) -> set[str]:
    """How each statement reads the facts table: the index (or rowid) of every SEARCH."""
    found = set()
    for sql in dict.fromkeys(statements):
        if not re.match(r"\s*select", sql, re.I):
            continue
        for line in _plan(store, sql):
            match = re.match(
                r"^SEARCH facts USING (?:COVERING )?(INDEX \w+|INTEGER PRIMARY KEY)", line
            )
            if match:
                found.add(match.group(1))
    return found


def test_a_story_summary_reads_the_newest_figures_not_every_report(filled):
    """/latest picks each figure's newest report from the index of shown figures, and finds
    mediators and editors' fixes by their own ranges: no read of a story's every figure."""
    statements = traced(filled, lambda: filled._story_summary(filled._recent_stories(1)[0]))
    reads = _fact_reads(filled, statements)
    assert "INDEX idx_facts_story_shown" in reads
    assert reads <= {
        "INDEX idx_facts_story_shown", "INDEX idx_facts_story_edits", "INDEX idx_facts_superseded",
        "INTEGER PRIMARY KEY",
    }  # fmt: skip


def test_a_night_is_read_from_its_summary_not_from_its_reports(filled):
    """/strikes reads a night's distinct figures from the summary kept on save (one index
    range of night_figures, no report); grouped from the reports, it is one index range."""
    night = filled._latest_nights(1)[0]
    statements = traced(filled, lambda: filled._night_values(night))
    assert _fact_reads(filled, statements) == set()
    plans = [line for sql in statements for line in _plan(filled, sql)]
    assert any(line.startswith("SEARCH night_figures USING INDEX") for line in plans), plans
    statements = traced(filled, lambda: filled._night_values_from_facts(night))
    assert _fact_reads(filled, statements) == {"INDEX idx_facts_night_shown"}


@pytest.mark.parametrize(
    "briefing", ["latest", "exchange", "sources", "sources story", "sources story page 2"]
)
def test_a_story_is_read_from_its_digest_not_from_its_reports(filled, briefing):
    """Rebuilt right after a change, /latest, /exchange, /sources and /sources N read each
    story's digest kept on save (storage/digests.py): no figure or source of the story (a
    page of /sources N's articles is read by a bounded range)."""
    store = filled
    story = store.latest_stories(1)[0].story_id
    calls = {
        "sources story": lambda: briefings.render_story_review(
            store.story_review(story, for_editor=False)
        ),
        "sources story page 2": lambda: briefings.render_story_review(
            store.story_review(story, page=2)
        ),
        "latest": lambda: briefings.render_latest(store.latest_stories(5)),
        "exchange": lambda: briefings.render_exchange(store.exchanges(), store.returned_totals()),
        "sources": lambda: briefings.render_sources(store.story_sources()),
    }
    store._memo.clear()
    statements = traced(store, calls[briefing])
    plans = [line for sql in statements for line in _plan(store, sql)]
    assert any("story_digests" in line for line in plans), plans
    read = [line for line in plans if re.search(r"\b(facts|sources|f|s)\b", line)]
    assert read == []
    assert full_scans(store, statements) == []
