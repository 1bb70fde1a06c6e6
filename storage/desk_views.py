"""SQL views a data journalist can chart directly (in datasette or any SQLite tool).

The views are derived from `facts`, never written to: their definitions live here and are
(re)created when they differ from what the database holds, so a changed view needs no migration.
"""

import re

from sqlite_utils import Database

from storage.figures import STRIKE_FIGURES
from storage.review import PUBLIC_FACT as PUBLIC
from storage.writes import write_transaction

_CREATE = re.compile(r"^\s*create\s+view\s+", re.IGNORECASE)

# Only figures the briefings show (storage.review): not withdrawn by an editor, not an undone
# fix, not an uncertain figure nobody checked.

# One row per attack night and claimant: that claimant's current figures, one column each.
# "Current": a figure a correction superseded is left out; when reports of the same claimant
# differ without a correction, the most recently reported value is shown and figures_differ
# is 1 (the briefings show both).
_PIVOT = ",\n    ".join(
    f"max(case when c.field = '{name}' then c.number end) as {name}" for name in STRIKE_FIGURES
)
_STRIKE_NIGHTS_SELECT = f"""with figures as (
  select f.*, row_number() over (
      partition by f.night, f.claimant, f.attacker, f.field
      order by f.reported_at desc, f.id desc
    ) as newest
  from facts f
  where f.topic = 'strike' and f.number is not null and f.superseded_by is null
    and {PUBLIC}{{where}}
),
spread as (
  select night, claimant, attacker, max(n) > 1 as figures_differ from (
    select night, claimant, attacker, field, count(distinct number) as n
    from figures group by night, claimant, attacker, field
  ) group by night, claimant, attacker
),
carried as (
  select night, claimant, attacker, count(distinct article_id) as articles,
    group_concat(distinct story_id) as stories, max(reported_at) as last_reported
  from figures group by night, claimant, attacker
)
select
    c.night,
    c.claimant,
    c.attacker,
    case c.attacker when 'russia' then 'Ukraine' when 'ukraine' then 'Russia' end as side,
    {_PIVOT},
    s.figures_differ,
    k.articles,
    k.stories,
    k.last_reported
from figures c
join spread s on s.night is c.night and s.claimant is c.claimant and s.attacker is c.attacker
join carried k on k.night is c.night and k.claimant is c.claimant and k.attacker is c.attacker
where c.newest = 1
group by c.night, c.claimant, c.attacker"""


def strike_nights_select(where: str = "") -> str:
    """The strike_nights query, optionally narrowed first (`where` on facts f, starting "and"):
    much faster than filtering the view, whose window functions see every figure."""
    return _STRIKE_NIGHTS_SELECT.replace("{where}", f"\n    {where}" if where else "")


STRIKE_NIGHTS = "create view strike_nights as\n" + strike_nights_select()

# One row per exchange (a story with exchange facts): latest status and figures, and the day
# the swap was first reported completed (else the day its returned figure was first reported).
SWAPS = f"""create view swaps as
with ex as (
  select * from facts where topic = 'exchange' and superseded_by is null and {PUBLIC}
),
latest as (
  select story_id, field, value, number, row_number() over (
      partition by story_id, field order by reported_at desc, id desc
    ) as newest
  from ex where field in ('status', 'count', 'returned', 'framework')
)
select
    s.id as story,
    (select a.title from articles a where a.story_id = s.id
      order by a.published desc, a.id desc limit 1) as title,
    (select value from latest l where l.story_id = s.id and l.field = 'status'
      and l.newest = 1) as status,
    coalesce(
      (select min(reported_at) from ex where ex.story_id = s.id and ex.field = 'status'
        and ex.value = 'completed'),
      (select min(reported_at) from ex where ex.story_id = s.id and ex.field = 'returned')
    ) as swap_date,
    (select number from latest l where l.story_id = s.id and l.field = 'count'
      and l.newest = 1) as prisoners,
    (select number from latest l where l.story_id = s.id and l.field = 'returned'
      and l.newest = 1) as returned,
    (select group_concat(value, ', ') from (select distinct value from ex
      where ex.story_id = s.id and ex.field = 'mediator')) as mediators,
    (select value from latest l where l.story_id = s.id and l.field = 'framework'
      and l.newest = 1) as framework,
    (select min(reported_at) from ex where ex.story_id = s.id) as first_reported,
    (select max(reported_at) from ex where ex.story_id = s.id) as last_reported,
    (select count(distinct article_id) from ex where ex.story_id = s.id) as articles
from stories s
where exists (select 1 from ex where ex.story_id = s.id)"""

VIEWS = {"strike_nights": STRIKE_NIGHTS, "swaps": SWAPS}


def drop(db: Database) -> None:
    """Drop the desk views (before migrations that may rebuild the tables they read)."""
    for name in VIEWS:
        db.execute(f"drop view if exists {name}")


def _held(db: Database) -> dict[str, str]:
    return {
        row[0]: row[1]
        for row in db.execute("select name, sql from sqlite_master where type = 'view'")
    }


def _body(sql: str | None) -> str | None:
    # SQLite keeps "CREATE VIEW" upper-cased whatever the statement said: compare the rest.
    return _CREATE.sub("", sql) if sql else None


def ensure(db: Database) -> None:
    """Create each view, or re-create it when the database holds an older definition."""
    stale = [n for n, sql in VIEWS.items() if _body(_held(db).get(n)) != _body(sql)]
    if not stale:
        return  # the common case: every open of the store, by the bot and the CLI alike
    # Another process may open the store at the same moment: decide under the write lock.
    with write_transaction(db):
        held = _held(db)
        for name in stale:
            if _body(held.get(name)) != _body(VIEWS[name]):
                db.execute(f"drop view if exists {name}")
                db.execute(VIEWS[name])
