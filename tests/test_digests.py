"""The per-story digests (storage/digests.py) give /latest, /exchange and /sources the very text
a rebuild from the facts gives, through every kind of write, and an existing store gains them
by migration with its briefings unchanged."""

from datetime import UTC, datetime

import pytest

import briefings
from storage import NewSource, Store, digests
from storage import migrations as schema
from tests.support.story_writes import every_kind_of_write
from tests.test_summaries import EDITOR, _clock_from_zero, _fill, _night, _swap

OUTLETS = [f"Wire {i:02d}" for i in range(30)]
SPOKESPEOPLE = ["Petro Yatsenko", "Andriy Yusov", "Maria Zakharova"]


def _post(outlet: str, message_id: int, day: int) -> NewSource:
    return NewSource(
        kind="channel",
        outlet=outlet,
        origin_chat_id=-100 - message_id,
        origin_username=f"wire{message_id}",
        origin_message_id=message_id,
        origin_date=datetime(2023, 12, day, 8, tzinfo=UTC),
    )


def _big_swap(store: Store) -> None:
    """One completed swap thirty outlets report on two days, some twice: more outlets than a
    briefing names on every list /exchange shows (figures, timeline, dates, sources)."""
    for i, outlet in enumerate(OUTLETS):
        day = 6 + i % 2
        extraction = _swap(150, "ukraine" if i % 3 else None, "completed", f"2023-12-0{day}")
        extraction["people"] = ["Dmytro Lubinets", "Lubinets", SPOKESPEOPLE[i % 3]]
        store.save_article(f"Swap update {i}: completed.", extraction, _post(outlet, 200 + i, day))
    # The same report again from an outlet already counted: one more source, no new outlet.
    store.save_article("Swap update 3: completed.", _swap(150), _post(OUTLETS[3], 300, 7))


def _texts(store: Store) -> list[str]:
    """Every story's /latest line, /sources entry and /exchange view, and /exchange whole."""
    store._memo.clear()
    out = []
    for lang in ("en", "uk"):
        views = store.exchanges(limit=1000)
        out += [
            briefings.render_latest(store.latest_stories(1000), lang=lang),
            briefings.render_sources(store.story_sources(limit=1000), lang=lang),
            briefings.render_exchange(store.exchanges(), store.returned_totals(), lang=lang),
            *(briefings.render_exchange([v], lang=lang) for v in views),
        ]
        for story_id in [r[0] for r in store.db.execute("select id from stories")]:
            for for_editor in (False, True):
                for page in (1, 2):
                    review = store.story_review(story_id, for_editor=for_editor, page=page)
                    out.append(briefings.render_story_review(review, lang=lang))
    return out


def _assert_same(store: Store) -> None:
    """The briefings from the digests are those from the facts, and the digests are current."""
    assert not digests.pending(store.db)
    stories = [r[0] for r in store.db.execute("select id from stories")]
    for story_id in stories:
        version = digests.version_key(store._story_version(story_id))
        assert digests.read(store.db, story_id, digests.LATEST, version) is not None
        assert digests.read(store.db, story_id, digests.SOURCES, version) is not None
        assert digests.read(store.db, story_id, digests.REVIEW, version) is not None
        assert digests.read(store.db, story_id, digests.REVIEW_EDITOR, version) is not None
    for view in store.exchanges(limit=1000):
        version = digests.version_key(store._story_version(view.story_id))
        assert digests.read(store.db, view.story_id, digests.EXCHANGE, version) is not None
    kept = _texts(store)
    store.use_digests = False
    try:
        assert kept == _texts(store)
    finally:
        store.use_digests = True


def test_digests_give_the_briefings_of_the_facts_after_every_kind_of_write(store):
    _fill(store)
    _big_swap(store)
    _assert_same(store)
    text = "\n".join(_texts(store))
    assert "and 21 more" in text and "Lubinets" in text
    swap = store.exchanges(limit=1)[0].story_id
    night = next(s.story_id for s in store.latest_stories(50) if s.strikes)

    correction = ("Correction: 133 downed.", _night(133, corrected=True), _post("Late", 400, 3))
    every_kind_of_write(
        store, lambda step: _assert_same(store), night=night, swap=swap,
        correction=correction, editor=EDITOR,
    )  # fmt: skip
    # A copy from another outlet: one more source of a stored article.
    store.save_article("Swap update 12: completed.", _swap(150), _post("Copy Desk", 500, 5))
    _assert_same(store)
    # An edited message replaces its article's figures.
    source = _post("Edit Desk", 600, 5)
    saved = store.save_article("Swap: 151 home.", _swap(151), source)
    _assert_same(store)
    store.update_article(saved.article_id, "Swap: 152 home.", _swap(152), source, editor=EDITOR)
    _assert_same(store)
    store.rebuild_stories()
    _assert_same(store)


def test_a_write_outside_a_store_transaction_is_read_from_the_facts(store):
    _fill(store)
    _big_swap(store)
    before = _texts(store)
    with store.db.conn:  # a plain sqlite3 transaction: no digest rebuilt at commit
        store.db.execute("update facts set withdrawn_by = 1 where topic = 'exchange'")
    assert digests.pending(store.db)
    after = _texts(store)
    assert after != before and "150" not in after[2]
    # The next write through the store brings the digests up to date.
    store.save_article("Night report 9: 7 drones downed.", _night(7), _post("E", 700, 3))
    _assert_same(store)


@pytest.fixture
def before_digests(monkeypatch):
    """Stores opened now stop at the schema before the digests (as the previous code did)."""
    real = schema.migrations.apply

    def previous(db, **kwargs):
        real(db, stop_before="m015_story_digests_kept_on_save")

    monkeypatch.setattr(schema.migrations, "apply", previous)
    return monkeypatch


def test_an_existing_store_gains_digests_and_its_briefings_are_unchanged(tmp_path, before_digests):
    old = Store.open(tmp_path / "old.db")
    assert "story_digests" not in old.db.table_names()
    _clock_from_zero(before_digests)
    _fill(old)
    _big_swap(old)
    shown = _texts(old)
    old.close()
    before_digests.undo()
    migrated = Store.open(tmp_path / "old.db")
    _assert_same(migrated)
    assert _texts(migrated) == shown
    assert migrated.db.execute("select count(*) from story_digests").fetchone()[0] > 0


def test_sources_of_a_long_story_name_the_first_outlets_and_page_its_articles(store):
    _big_swap(store)
    swap = store.exchanges(limit=1)[0].story_id
    first = briefings.render_story_review(store.story_review(swap))
    # 30 articles (the last report was a copy: one more source of article 4), 20 a page.
    assert "Articles 1–20 of 30" in first and f"/sources {swap} page 2" in first
    assert first.count("\narticle ") == 20
    # Each figure is carried by 31 sources: the first 12 are listed, the rest counted.
    assert first.count("https://t.me/wire200/200") == 6
    assert first.count("• and 19 more sources") == 6
    second = briefings.render_story_review(store.story_review(swap, page=2))
    assert "Articles 21–30 of 30" in second and "page 3" not in second
    assert second.count("\narticle ") == 10
    # Asked past the end: the last page.
    assert briefings.render_story_review(store.story_review(swap, page=9)) == second


def test_a_store_marked_whole_is_digested_a_few_stories_a_transaction(store):
    """After an upgrade every story is marked: they are digested a few per write transaction,
    so another process writing the store waits for one of them, not for the whole store."""
    _fill(store)
    _big_swap(store)
    stories = store.db.execute("select count(*) from stories").fetchone()[0]
    with store.db.conn:  # as a migration leaves it
        store.db.execute("insert or ignore into story_digest_stale select id from stories")
    commits: list[str] = []
    store.db.conn.set_trace_callback(lambda sql: commits.append(sql) if sql == "COMMIT" else None)
    try:
        store._digest_everything(per_commit=2)
    finally:
        store.db.conn.set_trace_callback(None)
    assert stories > 4 and len(commits) == -(-stories // 2)
    _assert_same(store)
