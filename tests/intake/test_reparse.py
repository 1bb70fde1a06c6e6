"""`newsroom-bot reparse` on a store written before dates were tracked: migrated, re-read,
nothing lost."""

import json
from datetime import date

from sqlite_utils import Database

from bot.cli import main
from extraction import extract
from storage import Store, text_hash
from storage.migrations import migrations
from tests.intake.wire import ALL_FOURTEEN, FOURTEEN_AGAIN, KHARKIV_STATED, NORTH, UNDATED

BEFORE_DATES = "m005_how_articles_are_dated"
ARRIVED = "2025-11-20T10:00:00+00:00"


def old_store(path) -> Database:
    """A store at the schema from before this change, with rows as the old code wrote them."""
    db = Database(path)
    migrations.apply(db, stop_before=BEFORE_DATES)
    return db


def write_old_article(
    db, text, *, kind, published=None, outlet=None, origin_date=None, story=None
) -> int:
    """Store an article as the old intake did: undated text stamped with the day it arrived,
    and (with `story`) merged into a story it shared a figure with."""
    day = published or ARRIVED[:10]
    extraction = extract(text, published=date.fromisoformat(day), outlet=outlet)
    if story is None:
        story = (
            db["stories"]
            .insert({"title": extraction["title"], "first_date": day, "last_date": day})
            .last_pk
        )
    article = (
        db["articles"]
        .insert(
            {
                "story_id": story,
                "title": extraction["title"],
                "outlet": outlet,
                "published": day,
                "language": extraction["language"],
                "text_hash": text_hash(text),
                "text": text,
                "extraction": json.dumps(extraction),
                "received_at": ARRIVED,
            }
        )
        .last_pk
    )
    db["sources"].insert(
        {
            "article_id": article,
            "outlet": outlet or "a file, outlet not stated",
            "kind": kind,
            "origin_date": origin_date,
            "received_at": ARRIVED,
            "near_duplicate": 0,
        }
    )
    for strike in extraction["strikes"]:
        for field in ("drones_launched", "drones_downed"):
            db["facts"].insert(
                {
                    "story_id": story,
                    "article_id": article,
                    "topic": "strike",
                    "field": field,
                    "value": str(strike[field]),
                    "number": strike[field],
                    "claimant": strike["claimant"],
                    "attacker": strike["attacker"],
                    "night": strike["date"],
                    "reported_at": day,
                }
            )
    return article


def test_reparse_rederives_dates_and_loses_nothing(tmp_path, capsys):
    path = tmp_path / "old.db"
    db = old_store(path)
    undated = write_old_article(db, UNDATED, kind="file")
    stated = write_old_article(db, KHARKIV_STATED, kind="paste")
    declared = write_old_article(db, NORTH, kind="file", published="2025-02-20", outlet="Kyiv Wire")
    db.close()

    assert main(["reparse", "--db", str(path)]) == 0
    assert "re-parsed 3 articles" in capsys.readouterr().out

    store = Store.open(path)
    try:
        articles = {r["id"]: r for r in store.db["articles"].rows}
        assert (articles[undated]["published"], articles[undated]["date_found"]) == (
            None,
            "undated",
        )
        assert (articles[stated]["published"], articles[stated]["date_found"]) == (
            "2025-02-24",
            "stated",
        )
        assert (articles[declared]["published"], articles[declared]["date_found"]) == (
            "2025-02-20",
            "metadata",
        )
        nights = {
            r["article_id"]: r["night"] for r in store.db["facts"].rows_where("topic = 'strike'")
        }
        assert nights == {undated: None, stated: "2025-02-24", declared: "2025-02-20"}
        assert [n.night for n in store.strike_nights(limit=7)] == ["2025-02-24", "2025-02-20"]
        assert store.db["articles"].count == 3 and store.db["sources"].count == 3
    finally:
        store.close()


def test_reparse_splits_stories_the_old_rules_merged(tmp_path):
    path = tmp_path / "old.db"
    db = old_store(path)
    old = write_old_article(
        db, ALL_FOURTEEN, kind="channel", published="2024-02-24", origin_date="2024-02-24T07:00"
    )
    story = db["articles"].get(old)["story_id"]
    new = write_old_article(
        db,
        FOURTEEN_AGAIN,
        kind="channel",
        published="2025-02-24",
        origin_date="2025-02-24T07:00",
        story=story,
    )
    db.close()
    assert main(["reparse", "--db", str(path)]) == 0
    store = Store.open(path)
    try:
        stories = {r["id"]: r["story_id"] for r in store.db["articles"].rows}
        assert stories[old] == story  # the first keeps its number
        assert stories[new] != story
        assert {r["first_date"] for r in store.db["stories"].rows} == {"2024-02-24", "2025-02-24"}
        facts = {r["article_id"]: r["story_id"] for r in store.db["facts"].rows}
        assert facts == stories
    finally:
        store.close()
