"""Summary tables the briefings read instead of every report: kept by the store as it writes.

A night a thousand posts reported, or every completed swap in the store, would otherwise be
read whole each time a briefing is rebuilt after a change. Kept here, in the same transaction
as the facts they summarise:

- `night_figures`: one row per distinct figure a claimant gives for a night (its first report,
  how many reports, any editor's check or fix), what /strikes lists;
- `night_claim_outlets` and `night_claimant_outlets`: per figure and per claimant of a night,
  each distinct outlet (name and link) with how many reports it carries, so "and 840 more" is
  a count of a few rows, not a pass over every report;
- `swap_returns` and `swap_sums`: each completed swap's people returned per side, and their
  sums, the /exchange total across every completed swap.

Triggers keep the outlet counts exact on every write, whoever writes (the bot, `ingest`, an
editor's action, a migration): each report adds or takes away its few rows. A figure's first
report, and a swap's total, cannot be taken away one report at a time: a change to them only
marks the figure or swap stale (a trigger), and `flush()` rebuilds each marked one once,
before the transaction commits (`storage.writes.write_transaction`), so a correction that
supersedes a thousand reports rebuilds their figure once, not a thousand times. A reader that
finds a mark (a write made outside a store transaction) computes that part from the facts.

The trigger and table definitions are those of migration m014: change them with a new
migration that recreates them, never in place.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from sqlite_utils import Database

from storage.figures import as_int
from storage.views import UNKNOWN_OUTLET

# The figures the briefings show, spelled as the partial index idx_facts_night_shown (m013)
# is, so that SQLite reads a figure's reports from that index.
SHOWN = (
    "superseded_by is null and withdrawn_by is null and undone_by is null "
    "and (uncertain is null or uncertain = 0 or check_id is not null)"
)


def _shown(r: str) -> str:
    """SHOWN on the facts row named `r` (a trigger's old or new, or an alias)."""
    return (
        f"{r}.superseded_by is null and {r}.withdrawn_by is null and {r}.undone_by is null "
        f"and ({r}.uncertain is null or {r}.uncertain = 0 or {r}.check_id is not null)"
    )


def claim_key(r: str) -> str:
    """SQL for one figure's key (night, claimant, attacker, field, value) of the facts row
    named `r`: quote() tells NULL from '' and keeps the parts apart."""
    return f"{claimant_key(r)} || quote({r}.field) || quote({r}.value)"


def claimant_key(r: str) -> str:
    """SQL for one claimant's key on a night (night, claimant, attacker)."""
    return f"quote({r}.night) || quote({r}.claimant) || quote({r}.attacker)"


def outlet_key(s: str) -> str:
    """SQL for a source's outlet as the briefings tell outlets apart: its name and link."""
    return (
        f"quote(coalesce(nullif({s}.outlet, ''), '{UNKNOWN_OUTLET}')) "
        f"|| quote(coalesce(nullif({s}.permalink, ''), {s}.url))"
    )


def _night_fact(r: str) -> str:
    return f"{r}.topic = 'strike' and {r}.night is not null"


def _counted(r: str) -> str:
    """A facts row whose outlets a night's briefing counts."""
    return f"{_night_fact(r)} and {_shown(r)}"


_TABLES = (
    """create table if not exists night_figures (
        claim text primary key, night text, claimant text, attacker text, field text,
        value text, first_id integer, first_at text, check_id integer, edit_id integer,
        reports integer)""",
    "create index if not exists idx_night_figures_night on night_figures (night)",
    """create table if not exists night_figures_stale (
        claim text primary key, night text, claimant text, attacker text, field text,
        value text)""",
    "create index if not exists idx_night_figures_stale_night on night_figures_stale (night)",
    """create table if not exists night_claim_outlets (
        claim text, outlet text, refs integer, primary key (claim, outlet)) without rowid""",
    """create table if not exists night_claimant_outlets (
        claimant text, outlet text, refs integer, primary key (claimant, outlet))
        without rowid""",
    """create table if not exists swap_returns (story_id integer, side text, returned integer)""",
    "create index if not exists idx_swap_returns_story on swap_returns (story_id)",
    """create table if not exists swap_sums (key text primary key, swaps integer,
        people integer)""",
    "create table if not exists swap_stale (story_id integer primary key)",
)


def _add_outlets(fact: str, source: str, where: str) -> list[str]:
    """Statements adding one report to each outlet count, for every (fact, source) pair the
    FROM/WHERE clause `where` gives."""
    return [
        f"""insert into night_claim_outlets (claim, outlet, refs)
        select {claim_key(fact)}, {outlet_key(source)}, 1 {where}
        on conflict (claim, outlet) do update set refs = refs + 1;""",
        f"""insert into night_claimant_outlets (claimant, outlet, refs)
        select {claimant_key(fact)}, {outlet_key(source)}, 1 {where}
        on conflict (claimant, outlet) do update set refs = refs + 1;""",
    ]


def _take_outlets(fact: str, source: str, where: str) -> list[str]:
    """Statements taking one report away from each outlet count, for every (fact, source) pair
    `where` gives, and dropping the outlets no report carries any more."""
    out = []
    for table, key, col in (
        ("night_claim_outlets", claim_key(fact), "claim"),
        ("night_claimant_outlets", claimant_key(fact), "claimant"),
    ):
        pairs = f"select {key} as k, {outlet_key(source)} as o {where}"
        out += [
            f"""update {table} set refs = refs - (select count(*) from ({pairs}) p
            where p.k = {table}.{col} and p.o = {table}.outlet)
            where ({col}, outlet) in ({pairs});""",
            f"delete from {table} where ({col}, outlet) in ({pairs}) and refs <= 0;",
        ]
    return out


def _mark_stale(r: str) -> str:
    return (
        f"insert or ignore into night_figures_stale (claim, night, claimant, attacker, field, "
        f"value) select {claim_key(r)}, {r}.night, {r}.claimant, {r}.attacker, {r}.field, "
        f"{r}.value where {_night_fact(r)};"
    )


def _swap_stale(r: str) -> str:
    return (
        f"insert or ignore into swap_stale (story_id) select {r}.story_id "
        f"where {r}.topic = 'exchange' and {r}.field in ('status', 'returned');"
    )


# The facts columns a summary depends on: a change to any other (a quote, a doubt) leaves them.
_WATCHED = (
    "story_id, article_id, topic, field, value, claimant, attacker, night, reported_at, "
    "superseded_by, withdrawn_by, undone_by, uncertain, check_id, edit_id, side"
)


def _triggers() -> dict[str, str]:
    add_figure = f"""insert into night_figures (claim, night, claimant, attacker, field, value,
        first_id, first_at, check_id, edit_id, reports)
        values ({claim_key("new")}, new.night, new.claimant, new.attacker, new.field, new.value,
        new.id, new.reported_at, new.check_id, new.edit_id, 1)
        on conflict (claim) do update set first_id = min(first_id, excluded.first_id),
        first_at = coalesce(min(first_at, excluded.first_at), first_at, excluded.first_at),
        check_id = coalesce(max(check_id, excluded.check_id), check_id, excluded.check_id),
        edit_id = coalesce(max(edit_id, excluded.edit_id), edit_id, excluded.edit_id),
        reports = reports + 1;"""
    new_sources = "from sources s where s.article_id = new.article_id"
    old_sources = "from sources s where s.article_id = old.article_id"
    new_facts = f"from facts f where f.article_id = new.article_id and {_counted('f')}"
    old_facts = f"from facts f where f.article_id = old.article_id and {_counted('f')}"
    return {
        "facts_summary_insert": (
            f"create trigger facts_summary_insert after insert on facts "
            f"when {_counted('new')} begin {add_figure} "
            + "".join(_add_outlets("new", "s", new_sources))
            + " end"
        ),
        "facts_swap_insert": (
            "create trigger facts_swap_insert after insert on facts when new.topic = "
            f"'exchange' and new.field in ('status', 'returned') begin {_swap_stale('new')} end"
        ),
        "facts_summary_update": (
            f"create trigger facts_summary_update after update of {_WATCHED} on facts "
            f"when ({_night_fact('old')}) or ({_night_fact('new')}) begin "
            f"{_mark_stale('old')} {_mark_stale('new')} "
            + "".join(_take_outlets("old", "s", f"{old_sources} and {_counted('old')}"))
            + "".join(_add_outlets("new", "s", f"{new_sources} and {_counted('new')}"))
            + " end"
        ),
        "facts_swap_update": (
            f"create trigger facts_swap_update after update of {_WATCHED} on facts "
            "when (old.topic = 'exchange' and old.field in ('status', 'returned')) or "
            "(new.topic = 'exchange' and new.field in ('status', 'returned')) "
            f"begin {_swap_stale('old')} {_swap_stale('new')} end"
        ),
        "facts_summary_delete": (
            f"create trigger facts_summary_delete after delete on facts "
            f"when {_night_fact('old')} begin {_mark_stale('old')} "
            + "".join(_take_outlets("old", "s", f"{old_sources} and {_counted('old')}"))
            + " end"
        ),
        "facts_swap_delete": (
            "create trigger facts_swap_delete after delete on facts when old.topic = "
            f"'exchange' and old.field in ('status', 'returned') begin {_swap_stale('old')} end"
        ),
        "sources_summary_insert": (
            "create trigger sources_summary_insert after insert on sources begin "
            + "".join(_add_outlets("f", "new", new_facts))
            + " end"
        ),
        "sources_summary_update": (
            "create trigger sources_summary_update after update of article_id, outlet, "
            "permalink, url on sources begin "
            + "".join(_take_outlets("f", "old", old_facts))
            + "".join(_add_outlets("f", "new", new_facts))
            + " end"
        ),
        "sources_summary_delete": (
            "create trigger sources_summary_delete after delete on sources begin "
            + "".join(_take_outlets("f", "old", old_facts))
            + " end"
        ),
    }


def create(db: Database) -> None:
    """Create the summary tables and their triggers, and fill them from the facts stored."""
    for sql in _TABLES:
        db.execute(sql)
    for name, sql in _triggers().items():
        db.execute(f"drop trigger if exists {name}")
        db.execute(sql)
    # Everything below is a rebuild from the facts (empty tables first: safe to run again).
    for table in ("night_figures", "night_figures_stale", "night_claim_outlets",
                  "night_claimant_outlets", "swap_returns", "swap_sums", "swap_stale"):  # fmt: skip
        db.execute(f"delete from {table}")
    db.execute(
        f"""insert into night_figures (claim, night, claimant, attacker, field, value,
        first_id, first_at, check_id, edit_id, reports)
        select {claim_key("facts")}, night, claimant, attacker, field, value, min(id),
        min(reported_at), max(check_id), max(edit_id), count(*) from facts
        where {_counted("facts")} group by night, claimant, attacker, field, value"""
    )
    for table, key, col in (
        ("night_claim_outlets", claim_key("f"), "claim"),
        ("night_claimant_outlets", claimant_key("f"), "claimant"),
    ):
        db.execute(
            f"""insert into {table} ({col}, outlet, refs)
            select {key} as k, {outlet_key("s")} as o, count(*) from facts f
            join sources s on s.article_id = f.article_id where {_counted("f")}
            group by k, o"""
        )
    stories = [r[0] for r in db.execute(COMPLETED_CANDIDATES)]
    for story_id in stories:
        _store_swap(db, story_id)


# Stories some shown report calls completed: the only ones that can be completed swaps.
COMPLETED_CANDIDATES = f"""select distinct story_id from facts where topic = 'exchange'
    and field = 'status' and value = 'completed' and {SHOWN}"""


def swap_sides(returned: Iterable[tuple[str, str | None]]) -> dict[str, int]:
    """One completed swap's people returned per side, from its reports' (value, side): per
    side the largest figure any report gives (reports of one swap that differ are
    alternatives, not additions), and a figure with no side ("unspecified") only when it is
    not one of the sides' figures already."""
    sides: dict[str, int] = {}
    unsided: list[int] = []
    for raw, side in returned:
        value = as_int(raw)
        if value is None:
            continue
        if side:
            sides[side] = max(sides.get(side, 0), value)
        else:
            unsided.append(value)
    leftover = [v for v in unsided if v not in sides.values()]
    if leftover:
        sides["unspecified"] = max(leftover)
    return sides


def latest_status(db: Database, story_id: int) -> str | None:
    """The status of a story's newest shown report of one."""
    row = db.execute(
        f"""select value from facts where story_id = ? and topic = 'exchange'
        and field = 'status' and {SHOWN} order by reported_at desc, id desc limit 1""",
        [story_id],
    ).fetchone()
    return row[0] if row else None


def swap_returned(db: Database, story_id: int) -> list[tuple[str, str | None]]:
    """A story's shown returned figures as (value, side), in the order reported."""
    return db.execute(
        f"""select value, side from facts where story_id = ? and topic = 'exchange'
        and field = 'returned' and {SHOWN} order by reported_at, id""",
        [story_id],
    ).fetchall()


def _bump(db: Database, key: str, swaps: int, people: int) -> None:
    db.execute(
        """insert into swap_sums (key, swaps, people) values (?, ?, ?)
        on conflict (key) do update set swaps = swaps + excluded.swaps,
        people = people + excluded.people""",
        [key, swaps, people],
    )


def _store_swap(db: Database, story_id: int) -> None:
    """Replace one story's rows of swap_returns (and their share of swap_sums) by what its
    reports give now: rows only for a completed swap, one with no side for the swap itself."""
    for side, returned in db.execute(
        "select side, returned from swap_returns where story_id = ?", [story_id]
    ).fetchall():
        if side is None:
            _bump(db, "swaps", -1, 0)
            if not returned:
                _bump(db, "without_figure", -1, 0)
        else:
            _bump(db, "side:" + side, -1, -returned)
    db.execute("delete from swap_returns where story_id = ?", [story_id])
    db.execute("delete from swap_sums where swaps <= 0")
    if latest_status(db, story_id) != "completed":
        return
    sides = swap_sides(swap_returned(db, story_id))
    rows = [(story_id, None, len(sides)), *((story_id, s, n) for s, n in sides.items())]
    db.conn.executemany(
        "insert into swap_returns (story_id, side, returned) values (?, ?, ?)", rows
    )
    _bump(db, "swaps", 1, 0)
    if not sides:
        _bump(db, "without_figure", 1, 0)
    for side, value in sides.items():
        _bump(db, "side:" + side, 1, value)


def flush(db: Database) -> None:
    """Rebuild every figure and swap a write in this transaction marked stale, once each."""
    try:
        stale = db.execute("select story_id from swap_stale").fetchall()
    except sqlite3.OperationalError:
        return  # a store not migrated yet (migrations run in a write transaction too)
    for (story_id,) in stale:
        _store_swap(db, story_id)
    if stale:
        db.execute("delete from swap_stale")
    claims = db.execute(
        "select claim, night, claimant, attacker, field, value from night_figures_stale"
    ).fetchall()
    for claim, *key in claims:
        db.execute("delete from night_figures where claim = ?", [claim])
        db.execute(
            f"""insert into night_figures (claim, night, claimant, attacker, field, value,
            first_id, first_at, check_id, edit_id, reports)
            select ?, night, claimant, attacker, field, value, min(id), min(reported_at),
            max(check_id), max(edit_id), count(*) from facts where topic = 'strike'
            and night = ? and claimant is ? and attacker is ? and field = ? and value = ?
            and {SHOWN} group by night""",
            [claim, *key],
        )
    if claims:
        db.execute("delete from night_figures_stale")
