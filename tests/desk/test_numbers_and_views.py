"""Figures stored as numbers, the migration of existing stores, the views and their metadata."""

import json

from sqlite_utils import Database

from storage import NewSource, Store
from storage import migrations as schema
from storage.datasette import QUERIES, TABLES, metadata, write_metadata
from tests.test_storage import SEED

FIRST_NEW = "m004_figures_as_numbers"


def _todays_store(path) -> Database:
    """A store as the code before figures-as-numbers made it: figures only as text."""
    db = Database(path)
    schema.migrations.apply(db, stop_before=FIRST_NEW)
    assert "number" not in db["facts"].columns_dict
    db["stories"].insert({"id": 1, "title": "Strikes", "first_date": "2023-12-03"})
    db["articles"].insert({"id": 1, "story_id": 1, "title": "Air force figures", "text": "x"})
    rows = [
        ("strike", "drones_launched", "176", "2023-12-03"),
        ("strike", "drones_launched", "24", "2023-12-05"),
        ("strike", "drones_launched", "45", "2024-02-10"),
        ("strike", "drones_launched", "1200", "2024-02-11"),
        ("strike", "region", "Odesa", "2023-12-03"),
        ("exchange", "status", "completed", None),
        ("exchange", "returned", "230", None),
        ("exchange", "count", "1.200", None),  # a value no writer should have made: left alone
    ]
    for topic, field, value, night in rows:
        db["facts"].insert(
            {
                "story_id": 1,
                "article_id": 1,
                "topic": topic,
                "field": field,
                "value": value,
                "claimant": "Ukrainian Air Force" if topic == "strike" else None,
                "attacker": "russia" if topic == "strike" else None,
                "night": night,
                "reported_at": night or "2024-01-03",
            }
        )
    return db


def test_an_existing_store_migrates_and_sorts_figures_as_numbers(tmp_path):
    path = tmp_path / "old.db"
    old = _todays_store(path)
    by_text = [
        r["value"]
        for r in old.query(
            "select value from facts where field = 'drones_launched' order by value desc"
        )
    ]
    assert by_text == ["45", "24", "176", "1200"]  # the complaint: text sorts wrongly
    before = [dict(r) for r in old.query("select * from facts order by id")]
    old.close()

    store = Store.open(path)
    after = [dict(r) for r in store.db.query("select * from facts order by id")]
    assert [{k: r[k] for k in before[0]} for r in after] == before  # nothing lost or changed
    assert store.db["facts"].columns_dict["number"] is int
    numbers = [
        r["number"]
        for r in store.db.query(
            "select number from facts where field = 'drones_launched' order by number desc"
        )
    ]
    assert numbers == [1200, 176, 45, 24]
    by_field = {r["field"]: r["number"] for r in after if r["topic"] == "exchange"}
    assert by_field == {"status": None, "returned": 230, "count": None}
    assert [r["number"] for r in after if r["field"] == "region"] == [None]
    nights = [
        r["drones_launched"]
        for r in store.db.query(
            "select drones_launched from strike_nights order by drones_launched desc"
        )
    ]
    assert nights == [1200, 176, 45, 24]
    store.close()
    # Opening again changes nothing and keeps the views.
    again = Store.open(path)
    assert again.db["strike_nights"].count == 4
    again.close()


def test_new_figures_are_written_as_numbers_and_survive_a_reparse(store):
    store.save_article("seed text", SEED, NewSource(kind="paste", outlet="Kyiv Wire"))
    got = {
        (r["claimant"], r["field"]): r["number"]
        for r in store.db.query("select * from facts where number is not null")
    }
    assert got == {
        ("Ukrainian Air Force", "drones_launched"): 176,
        ("Ukrainian Air Force", "missiles_launched"): 1,
        ("Ukrainian Air Force", "drones_downed"): 139,
        ("Russian Defence Ministry", "drones_downed"): 57,
        (None, "count"): 1200,
    }
    assert store.reparse(lambda text, old: old) == 1
    assert store.db.execute("select count(*) from facts where number is not null").fetchone() == (
        5,
    )


def _strike(claimant, attacker, night, **figures):
    return {"claimant": claimant, "attacker": attacker, "date": night, **figures}


def test_strike_nights_view_keeps_claimants_apart_and_shows_the_current_figure(store):
    first = {
        "title": "Air force: 139 drones down",
        "published": "2023-12-03",
        "strikes": [
            _strike(
                "Ukrainian Air Force",
                "russia",
                "2023-12-03",
                drones_launched=176,
                drones_downed=139,
            ),
            _strike("Russian Defence Ministry", "ukraine", "2023-12-03", drones_downed=57),
        ],
    }
    update = {
        "title": "Air force raises count to 150",
        "published": "2023-12-03",
        "strikes": [
            _strike(
                "Ukrainian Air Force",
                "russia",
                "2023-12-03",
                drones_launched=176,
                drones_downed=150,
                corrected=True,
            ),
        ],
    }
    store.save_article("first report text", first, NewSource(outlet="Kyiv Wire"))
    store.save_article("second report, other words", update, NewSource(outlet="Harbour Times"))
    rows = {r["claimant"]: r for r in store.db.query("select * from strike_nights")}
    assert set(rows) == {"Ukrainian Air Force", "Russian Defence Ministry"}
    air = rows["Ukrainian Air Force"]
    assert (air["drones_launched"], air["drones_downed"], air["side"]) == (176, 150, "Ukraine")
    assert air["figures_differ"] == 0  # the correction replaced 139; it does not differ
    assert air["articles"] == 2
    russia = rows["Russian Defence Ministry"]
    assert (russia["drones_downed"], russia["drones_launched"], russia["side"]) == (
        57,
        None,
        "Russia",
    )


def test_swaps_view_gives_one_row_per_exchange(store):
    talks = {
        "title": "Talks on 1,200",
        "published": "2023-12-03",
        "exchange": {"count": 1200, "status": "negotiating", "mediators": ["Turkey"]},
    }
    done = {
        "title": "230 home",
        "published": "2024-01-03",
        "exchange": {
            "count": 248,
            "returned": 230,
            "status": "completed",
            "mediators": ["United Arab Emirates"],
        },
    }
    store.save_article("talks text", talks, NewSource(outlet="Kyiv Wire"))
    store.save_article("swap text", done, NewSource(outlet="Kyiv Wire"))
    rows = list(store.db.query("select * from swaps order by first_reported"))
    assert [(r["status"], r["prisoners"], r["returned"], r["swap_date"]) for r in rows] == [
        ("negotiating", 1200, None, None),
        ("completed", 248, 230, "2024-01-03"),
    ]


def test_metadata_describes_real_tables_and_its_queries_run(store, tmp_path):
    store.save_article("seed text", SEED, NewSource(outlet="Kyiv Wire"))
    names = set(store.db.table_names()) | set(store.db.view_names())
    for core in ("stories", "articles", "sources", "facts", "strike_nights", "swaps"):
        assert TABLES[core]["description"]
    for table, meta in TABLES.items():
        assert table in names, f"metadata describes a table the store lacks: {table}"
        columns = {c.name for c in store.db[table].columns}
        assert set(meta.get("columns", {})) <= columns, table
    for query in QUERIES.values():
        list(store.db.query(query["sql"]))  # raises on a broken query
    both = list(store.db.query(QUERIES["nights_with_both_sides"]["sql"]))
    assert [(r["ua_drones_launched"], r["ru_claims_drones_downed"]) for r in both] == [(176, 57)]
    path = write_metadata(tmp_path / "newsroom.db")
    assert path == tmp_path / "newsroom.metadata.json"
    assert json.loads(path.read_text()) == metadata("newsroom")


def test_metadata_command_writes_the_file_beside_the_database(tmp_path, capsys):
    from bot.cli import main

    db = tmp_path / "desk.db"
    assert main(["metadata", "--db", str(db)]) == 0
    written = json.loads((tmp_path / "desk.metadata.json").read_text())
    assert "strike_nights" in written["databases"]["desk"]["tables"]
    assert "datasette" in capsys.readouterr().out


def test_an_outdated_view_is_replaced_when_the_store_opens(tmp_path):
    path = tmp_path / "views.db"
    Store.open(path).close()
    db = Database(path)
    db.execute("drop view strike_nights")
    db.execute("create view strike_nights as select 1 as night")
    db.close()
    store = Store.open(path)
    assert "drones_launched" in {c.name for c in store.db["strike_nights"].columns}
    store.close()


async def test_the_bot_writes_metadata_beside_the_database_it_opens(config, fake, tmp_path):
    from bot.app import build_application, running

    app = build_application(config, request=fake, rate_limit=False)
    async with running(app):
        pass
    written = json.loads((tmp_path / "newsroom.metadata.json").read_text())
    assert "swaps" in written["databases"]["newsroom"]["tables"]


async def test_a_bot_given_a_store_writes_no_metadata(app, tmp_path):
    assert not (tmp_path / "newsroom.metadata.json").exists()
