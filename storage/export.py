"""Every stored figure with its provenance, one row each, for a CSV export."""

from __future__ import annotations

import json
from functools import lru_cache

from sqlite_utils import Database

from storage.figures import NUMERIC_FIELDS

TOPICS = {"strikes": ("strike",), "exchange": ("exchange",), "all": ("strike", "exchange")}
# Optional per-figure columns other work adds to `facts` (the evidence quote); read when
# present, empty until then.
QUOTE_COLUMNS = ("quote", "evidence_quote")
EDITOR_COLUMNS = ("editor_action", "review", "review_action")
# Where an editor's action on a figure is recorded (storage.review): the audit row's id.
_REVIEW_MARKS = ("undone_by", "withdrawn_by", "edit_id", "check_id")


def side_of(attacker: str | None) -> str:
    """Whose count a strike figure is: the side that was attacked and is counting."""
    return {"russia": "Ukraine", "ukraine": "Russia"}.get(attacker or "", "")


def _quote_from_extraction(extraction: dict, fact: dict) -> str:
    """The evidence quote the extractor gave for this figure, when it gives one (issue 10)."""
    field = fact["field"]
    if fact["topic"] == "exchange":
        entries = [extraction.get("exchange") or {}]
    else:
        entries = [
            s
            for s in extraction.get("strikes") or []
            if s.get("date") == fact["night"]
            and s.get("attacker") == fact["attacker"]
            and str(s.get(field)) == fact["value"]
        ]
    for entry in entries:
        evidence = (entry.get("evidence") or {}).get(field)
        if isinstance(evidence, dict) and evidence.get("quote"):
            return str(evidence["quote"])
    return ""


def figure_rows(db: Database, what: str = "all", since: str | None = None) -> list[dict]:
    """The figures of a topic (strikes, exchange or all), with story, claimant, side, outlet,
    link, quote and editor action; a superseded figure is kept with current = "no"."""
    topics = TOPICS[what]
    fields = sorted(NUMERIC_FIELDS)
    columns = db["facts"].columns_dict
    quote_col = next((c for c in QUOTE_COLUMNS if c in columns), None)
    editor_col = next((c for c in EDITOR_COLUMNS if c in columns), None)
    marks = [c for c in (*_REVIEW_MARKS, "uncertain") if c in columns]
    extras = "".join(
        f", f.{col} as {alias}"
        for col, alias in ((quote_col, "x_quote"), (editor_col, "x_editor"))
        if col
    ) + "".join(f", f.{col} as x_{col}" for col in marks)
    date_expr = """case f.topic when 'strike' then f.night else coalesce(
        (select w.swap_date from swaps w where w.story = f.story_id), f.reported_at) end"""
    params: list = [*topics, *fields]
    since_sql = ""
    if since:
        since_sql = f" and coalesce({date_expr}, f.reported_at) >= ?"
        params.append(since)
    rows = db.execute(
        f"""select f.id, f.story_id, f.article_id, f.topic, f.field, f.value, f.number,
          f.claimant, f.attacker, f.night, f.superseded_by, {date_expr} as day,
          a.published, a.outlet as article_outlet, a.extraction{extras}
        from facts f join articles a on a.id = f.article_id
        where f.topic in ({",".join("?" * len(topics))})
          and f.field in ({",".join("?" * len(fields))}){since_sql}
        order by f.topic desc, day is null, day, f.story_id, f.claimant, f.field, f.id""",
        params,
    )
    names = [d[0] for d in rows.description]
    facts = [dict(zip(names, r, strict=True)) for r in rows.fetchall()]
    sources = _sources(db, {f["article_id"] for f in facts})
    actions = _actions(db, {f.get(f"x_{m}") for f in facts for m in _REVIEW_MARKS} - {None})
    parse = lru_cache(maxsize=256)(lambda text: json.loads(text or "{}"))
    out = []
    for f in facts:
        refs = sources.get(f["article_id"], [])
        # A figure an editor set that no report gave: no outlet carries it (it is filed under
        # an article of its story, which does not say it).
        edit = actions.get(f.get("x_edit_id"))
        if edit is not None and not edit["before"]:
            refs, f = [], {**f, "article_outlet": None, "extraction": None}
        first = refs[0] if refs else {}
        quote = f.get("x_quote") or ""
        if not quote:
            quote = _quote_from_extraction(parse(f["extraction"]), f)
        others = [r["outlet"] for r in refs[1:] if r["outlet"] != first.get("outlet")]
        out.append(
            {
                "story": f["story_id"],
                "topic": f["topic"],
                "date": f["day"] or "",
                "field": f["field"],
                "value": f["number"] if f["number"] is not None else f["value"],
                "claimant": f["claimant"] or "",
                "side": side_of(f["attacker"]) if f["topic"] == "strike" else "",
                "attacker": f["attacker"] or "",
                "outlet": f["article_outlet"] or first.get("outlet") or "",
                "link": first.get("link") or "",
                "published": f["published"] or "",
                "quote": quote,
                "editor_action": f.get("x_editor") or _editor_action(f, actions),
                "current": "no" if f["superseded_by"] or _not_public(f) else "yes",
                "also_carried_by": "; ".join(dict.fromkeys(o for o in others if o)),
                "fact_id": f["id"],
            }
        )
    return out


def _not_public(fact: dict) -> bool:
    """Withdrawn as not a report, an undone fix, or uncertain and not yet confirmed."""
    if fact.get("x_withdrawn_by") or fact.get("x_undone_by"):
        return True
    return bool(fact.get("x_uncertain")) and not fact.get("x_check_id")


def _editor_action(fact: dict, actions: dict[int, dict]) -> str:
    """The editor action that decides a figure's standing, as a short note for the CSV."""
    for mark in _REVIEW_MARKS:
        row = actions.get(fact.get(f"x_{mark}"))
        if row is None:
            continue
        who, when = row["editor_name"] or "an editor", (row["at"] or "")[:16].replace("T", " ")
        if mark == "undone_by":
            return f"fix undone by {who}, {when}"
        if mark == "withdrawn_by":
            return f"not a report: withdrawn by {who}, {when}"
        if mark == "edit_id" and not row["before"]:  # a figure no report gave
            return f"set by {who}, {when}: {row['after']}"
        if mark == "edit_id":
            return f"fixed by {who}, {when}: {row['before']} → {row['after']}"
        return f"confirmed by {who}, {when}"
    if fact.get("x_uncertain"):
        return "uncertain: waiting for an editor"
    return ""


def _actions(db: Database, ids: set[int]) -> dict[int, dict]:
    if not ids or "review_actions" not in db.table_names():
        return {}
    ordered = sorted(ids)
    out: dict[int, dict] = {}
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        for row in db.query(
            f"select * from review_actions where id in ({','.join('?' * len(chunk))})", chunk
        ):
            out[row["id"]] = row
    return out


def _sources(db: Database, article_ids: set[int]) -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = {}
    ids = sorted(article_ids)
    for start in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
        chunk = ids[start : start + 500]
        for row in db.execute(
            f"""select article_id, outlet, coalesce(permalink, url) from sources
            where article_id in ({",".join("?" * len(chunk))}) order by id""",
            chunk,
        ):
            out.setdefault(row[0], []).append({"outlet": row[1], "link": row[2]})
    return out
