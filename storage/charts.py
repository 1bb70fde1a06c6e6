"""The figures behind the desk's charts, read from the strike_nights and swaps views."""

from __future__ import annotations

from sqlite_utils import Database

from extraction.claimants import AIR_FORCE, RUSSIAN_MOD
from storage.desk_views import strike_nights_select
from storage.review import PUBLIC_FACT
from storage.views import StrikeSeries, SwapSeries

# The Air Force's figures per night, and what Russia's defence ministry claims it downed.
AIR_FORCE_FIELDS = (
    "drones_launched",
    "drones_downed",
    "missiles_launched",
    "missiles_downed",
    # "N means of air attack": drones and missiles together, when no split is given.
    "total_launched",
    "total_downed",
)


def latest_night(db: Database) -> str | None:
    """The most recent attack night with figures from either chart claimant."""
    row = db.execute(
        f"""select max(night) from facts where topic = 'strike' and number is not null
        and superseded_by is null and {PUBLIC_FACT} and claimant in (?, ?)""",
        [AIR_FORCE, RUSSIAN_MOD],
    ).fetchone()
    return row[0]


def _outlets(db: Database, where: str, params: list) -> list[str]:
    rows = db.execute(
        f"""select coalesce(a.outlet, s.outlet) as outlet, count(*) as n
        from facts f join articles a on a.id = f.article_id
        left join sources s on s.article_id = a.id
        where f.number is not null and f.superseded_by is null and {PUBLIC_FACT} and {where}
        group by 1 order by n desc, 1""",
        params,
    )
    return [r[0] for r in rows if r[0]]


def strike_series(db: Database, start: str, end: str) -> StrikeSeries:
    """Every night from start to end (inclusive) that has chart figures, in date order."""
    narrowed = strike_nights_select(
        """and f.night between ? and ? and (
      (f.claimant = ? and f.attacker = 'russia') or (f.claimant = ? and f.attacker = 'ukraine'))"""
    )
    rows = list(db.query(narrowed + " order by c.night", [start, end, AIR_FORCE, RUSSIAN_MOD]))
    nights = sorted({r["night"] for r in rows})
    by_key = {(r["night"], r["claimant"]): r for r in rows}
    air = {
        name: [(by_key.get((n, AIR_FORCE)) or {}).get(name) for n in nights]
        for name in AIR_FORCE_FIELDS
    }
    russia = [(by_key.get((n, RUSSIAN_MOD)) or {}).get("drones_downed") for n in nights]
    outlets = _outlets(
        db,
        """f.topic = 'strike' and f.night between ? and ?
        and ((f.claimant = ? and f.attacker = 'russia')
          or (f.claimant = ? and f.attacker = 'ukraine'))""",
        [start, end, AIR_FORCE, RUSSIAN_MOD],
    )
    last = max((r["last_reported"] for r in rows if r["last_reported"]), default=None)
    return StrikeSeries(start, end, nights, air, russia, outlets, last)


def swap_series(db: Database, start: str | None = None, end: str | None = None) -> SwapSeries:
    """Completed swaps with a returned figure, oldest first, optionally within two days."""
    rows = list(
        db.query(
            """select story, swap_date, returned from swaps
            where status = 'completed' and returned is not null and swap_date is not null
            and swap_date between ? and ? order by swap_date, story""",
            [start or "0000-00-00", end or "9999-99-99"],
        )
    )
    stories = [r["story"] for r in rows]
    outlets = []
    if stories:
        outlets = _outlets(
            db,
            f"f.topic = 'exchange' and f.field = 'returned' "
            f"and f.story_id in ({','.join('?' * len(stories))})",
            stories,
        )
    return SwapSeries(
        [r["swap_date"] for r in rows], [r["returned"] for r in rows], stories, outlets
    )
