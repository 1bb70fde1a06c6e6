"""Datasette metadata for the store: what each table and column means, labels, canned queries.

`write_metadata(db_path)` puts `<name>.metadata.json` beside the database, for
`datasette newsroom.db --metadata newsroom.metadata.json` (Datasette 0.64+ format).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

log = logging.getLogger(__name__)

_FIGURE_COLUMNS = {
    "drones_launched": "drones the claimant says were launched",
    "missiles_launched": "missiles the claimant says were launched",
    "drones_downed": "drones the claimant says were shot down or neutralised",
    "missiles_downed": "missiles the claimant says were shot down",
    "drones_lost": "drones reported lost to electronic warfare, apart from those downed",
    "total_launched": "drones and missiles launched, when only a combined total is given",
    "total_downed": "drones and missiles downed, when only a combined total is given",
}

TABLES: dict[str, dict] = {
    "stories": {
        "description": "One developing story: the articles (from any outlet) about one exchange "
        "or one attack night.",
        "label_column": "title",
        "sort_desc": "last_date",
        "columns": {
            "id": "the story number /latest and /sources show",
            "title": "headline of the story's first article",
            "first_date": "first day an article of the story was published",
            "last_date": "latest day an article of the story was published",
        },
    },
    "story_keys": {
        "description": "The events a story is about (an exchange's figures, an attack night), "
        "used to put a new article in the right story.",
    },
    "articles": {
        "description": "Every stored article: raw text kept beside what was extracted from it. "
        "Full-text searchable.",
        "label_column": "title",
        "sort_desc": "published",
        "columns": {
            "story_id": "the story this article belongs to",
            "title": "headline",
            "outlet": "who published it",
            "published": "publication date (YYYY-MM-DD), when the article or its post gives one",
            "language": "en, uk or ru",
            "url": "the article's address, tracking parameters removed",
            "text": "the text as received",
            "extraction": "what the extractor understood, as JSON (docs/EXTRACT.md)",
            "received_at": "when the bot stored it (UTC)",
        },
    },
    "sources": {
        "description": "One row per post, page, file or paste that carried an article: a "
        "syndicated copy is one more source of the same article.",
        "label_column": "outlet",
        "columns": {
            "article_id": "the article this source carried",
            "outlet": "the channel, site or outlet",
            "kind": "how it arrived: channel, link, file, paste",
            "permalink": "t.me link of a forwarded public channel post",
            "url": "the page it was fetched from",
            "near_duplicate": "1 when this was a trimmed or re-headlined copy of a stored article",
        },
    },
    "facts": {
        "description": "One row per figure or fact an article states, with its claimant. Sort "
        "and chart by `number`, not `value`.",
        "columns": {
            "topic": "strike or exchange",
            "field": "which figure: drones_launched, drones_downed, count, returned, status, ...",
            "value": "the fact as stated, as text (figures, statuses, mediators, regions)",
            "number": "the figure as an integer (empty for statuses, names and places): sort "
            "and chart by this",
            "claimant": "who gives the figure (Ukrainian Air Force, Russian Defence Ministry, ...)",
            "attacker": "the side that launched the attack: russia or ukraine",
            "night": "the day the attack night ended (YYYY-MM-DD)",
            "reported_at": "the day the article reporting it was published",
            "superseded_by": "the fact that corrected this one (kept, not current)",
            "correction": "1 when the article presents this figure as an update",
            "quote": "the words of the article the figure was read from",
            "confidence": "how far the extractor trusts the figure (0 to 1)",
            "uncertain": "1 when the extractor was not sure: shown to editors, published only "
            "once an editor confirms it",
            "doubt": "why the extractor was not sure",
            "checked_by": "Telegram id of the editor who confirmed or set the figure",
            "check_id": "the editor action (review_actions) that checked it",
            "edit_id": "the /fix (review_actions) that set this figure",
            "withdrawn_by": "the removal (review_actions) that took its article out as not a "
            "report",
            "undone_by": "the /undo (review_actions) that took this fix back",
            "published": "1 once subscribers have been told this figure",
        },
    },
    "review_actions": {
        "description": "The audit trail: every confirmation, fix, undo, removal, restore, merge "
        "and split an editor made, with what it was and what it became. Nothing is changed "
        "without a row here.",
        "label_column": "action",
        "sort_desc": "at",
        "facets": ["action", "editor_name"],
        "columns": {
            "at": "when (UTC)",
            "editor_id": "the editor's Telegram user id",
            "editor_name": "the editor's name in Telegram",
            "action": "confirm, fix, date, undo, remove, restore, merge or split",
            "story_id": "the story acted on",
            "article_id": "the article acted on",
            "fact_id": "the figure a fix created (or an undo took back)",
            "field": "which figure: drones_downed, count, status, date, ...",
            "claimant": "whose figure",
            "night": "the attack night of the figure",
            "before": "what it was",
            "after": "what it became",
            "detail": "what the action touched, as JSON (used by /undo and restore)",
            "undone_by": "the later action that took this one back, if any",
        },
    },
    "receipts": {
        "description": "Which article each receipt message shows, so an editor may reply to a "
        "receipt with /fix.",
        "hidden": True,
    },
    "strike_nights": {
        "description": "One row per attack night and claimant, each figure in its own number "
        "column: chart these directly. Two claimants' figures are two rows, never merged.",
        "sort_desc": "night",
        "facets": ["claimant", "side"],
        "columns": {
            "night": "the day the attack night ended",
            "claimant": "who gives these figures",
            "attacker": "the side that launched: russia or ukraine",
            "side": "whose count this is: Ukraine for Russian attacks, Russia for its claims "
            "about Ukrainian drones",
            **_FIGURE_COLUMNS,
            "figures_differ": "1 when reports of this claimant give different figures for the "
            "night (the latest reported is shown)",
            "articles": "how many articles carry these figures",
            "stories": "story numbers, for /sources N",
            "last_reported": "the latest day these figures were reported",
        },
    },
    "swaps": {
        "description": "One row per prisoner exchange: its latest status and figures.",
        "label_column": "title",
        "sort_desc": "first_reported",
        "columns": {
            "story": "the story number",
            "status": "proposed, negotiating, agreed, completed or stalled",
            "swap_date": "first day reported completed (or its returned figure first reported)",
            "prisoners": "how many prisoners the exchange concerns",
            "returned": "how many people it brought home",
            "mediators": "countries or bodies brokering it",
            "framework": "the named agreement it runs under",
        },
    },
    "subscriptions": {"description": "Which chats (and forum topics) get which pushes."},
    "outbox": {
        "description": "Every push, written with the fact that caused it; sent_at is set "
        "once Telegram accepted it."
    },
    "digests": {"description": "Daily digests: when each chat gets one, in its time zone."},
    "change_log": {"description": "Every change subscribers were told about."},
    "errors": {
        "description": "Each kind of error or dead push the bot met: how often, first and last "
        "seen, when the admin chat was last told.",
        "sort_desc": "last_at",
        "columns": {
            "kind": "the error's type and the place in the code, or 'dead push'",
            "count": "how many times it happened",
            "unreported": "occurrences since the last report that were counted, not sent",
        },
    },
    "article_sketch": {"description": "Hashes used to spot syndicated copies.", "hidden": True},
}

QUERIES: dict[str, dict] = {
    "nights_with_both_sides": {
        "title": "Nights with both sides' figures",
        "description": "Attack nights where the Ukrainian Air Force and Russia's defence ministry "
        "both gave figures, side by side.",
        "sql": """select u.night,
  u.drones_launched as ua_drones_launched, u.drones_downed as ua_drones_downed,
  u.missiles_launched as ua_missiles_launched, u.missiles_downed as ua_missiles_downed,
  r.drones_downed as ru_claims_drones_downed
from strike_nights u join strike_nights r on r.night = u.night
where u.claimant = 'Ukrainian Air Force' and u.attacker = 'russia'
  and r.claimant = 'Russian Defence Ministry' and r.attacker = 'ukraine'
order by u.night desc""",
    },
    "air_force_nights": {
        "title": "Ukrainian Air Force figures per night",
        "description": "Drones and missiles launched and downed, as the Air Force reports them.",
        "sql": """select night, drones_launched, drones_downed, missiles_launched,
  missiles_downed, total_launched, total_downed, figures_differ, stories
from strike_nights
where claimant = 'Ukrainian Air Force' and attacker = 'russia'
order by night desc""",
    },
    "completed_swaps": {
        "title": "Completed prisoner swaps",
        "description": "People returned per swap, with a running total.",
        "sql": """select swap_date, returned, sum(returned) over (order by swap_date, story)
  as returned_so_far, mediators, story, title
from swaps where status = 'completed' and returned is not null
order by swap_date""",
    },
    "editor_actions": {
        "title": "What editors changed",
        "description": "Every editor action, newest first, with the story and article it "
        "touched and the figure before and after.",
        "sql": """select r.at, r.editor_name, r.action, r.story_id, s.title as story,
  r.article_id, a.title as article, r.field, r.claimant, r.night, r.before, r.after,
  case when r.undone_by is not null then 'undone' end as undone
from review_actions r
left join stories s on s.id = r.story_id
left join articles a on a.id = r.article_id
order by r.id desc""",
    },
    "uncertain_figures": {
        "title": "Figures waiting for an editor",
        "description": "Figures the extractor was not sure of, not yet confirmed: shown to "
        "editors, not published.",
        "sql": """select f.story_id, a.title, f.topic, f.field, f.value, f.claimant, f.night,
  f.confidence, f.doubt, f.quote
from facts f join articles a on a.id = f.article_id
where f.uncertain = 1 and f.check_id is null and f.withdrawn_by is null
  and f.superseded_by is null
order by f.id desc""",
    },
    "figures_that_differ": {
        "title": "Figures that differ between reports",
        "description": "A claimant's figure for one night given as different numbers by "
        "different articles, corrections left out.",
        "sql": """select night, claimant, field, group_concat(distinct number) as numbers,
  count(distinct article_id) as articles
from facts
where topic = 'strike' and number is not null and superseded_by is null
  and withdrawn_by is null and undone_by is null
group by night, claimant, attacker, field having count(distinct number) > 1
order by night desc""",
    },
}


def metadata(database: str) -> dict:
    """Datasette metadata for one store, served under the database name `database`."""
    return {
        "title": "Newsroom store",
        "description": "Articles, stories, sources and sourced figures collected by "
        "newsroom-bot. Every figure keeps its claimant; the two sides' figures are kept apart.",
        "databases": {database: {"tables": TABLES, "queries": QUERIES}},
    }


def metadata_path(db_path: str | Path) -> Path:
    """Where the metadata of a database file goes: `<name>.metadata.json` beside it."""
    path = Path(db_path)
    return path.with_name(f"{path.stem}.metadata.json")


def write_metadata(db_path: str | Path) -> Path | None:
    """Write (or refresh) the metadata beside a database file; None for in-memory stores."""
    if str(db_path) == ":memory:":
        return None
    target = metadata_path(db_path)
    text = json.dumps(metadata(Path(db_path).stem), indent=2, ensure_ascii=False) + "\n"
    try:
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
    except OSError as error:  # a read-only data folder must not stop the bot
        log.warning("could not write datasette metadata to %s: %s", target, error)
        return None
    return target
