"""Editors in the loop: confirm, fix, undo, remove, restore, merge and split, each audited.

Every editor action writes one row in `review_actions` (who, when, what it was, what it became)
in the same transaction as the change itself; nothing is overwritten without that row. A fixed
figure is a new fact that supersedes the old one (kept); a removed article's facts are marked
withdrawn (kept, restorable); an undone fix is marked undone (kept).

Publishing: a figure below the extractor's confidence threshold is stored as `uncertain` and
shown to editors only, until one confirms it. A fact is `published` once subscribers have been
told it. An article is `held` (nothing of it pushed until an editor confirms) when the store's
push policy is "confirmed" or its figures fail a sanity check. A fix or removal that changes a
published figure is pushed as a correction.

The methods here are mixed into `storage.store.Store`; they use its `db`, `_write()`,
`_facts()`, `_claims()` and `change_listeners`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from extraction.strikes import FIELDS as STRIKE_FIGURES
from storage.figures import as_number
from storage.views import (
    ArticleRef,
    ArticleReview,
    Change,
    Claim,
    EditorAction,
    FigureEdit,
    ReviewFigure,
    ReviewOutcome,
    SanityWarning,
    StoryReview,
)

# A fact that exists for the record: not withdrawn with a removed article, not an undone fix.
LIVE_FACT = "withdrawn_by is null and undone_by is null"
# A fact the briefings may show: live, and either confident or checked by an editor.
PUBLIC_FACT = f"{LIVE_FACT} and (uncertain is null or uncertain = 0 or check_id is not null)"
# An article in the briefings: not removed by an editor as "not a report".
LIVE_ARTICLE = "remove_id is null"

PUSH_AUTO = "auto"
PUSH_CONFIRMED = "confirmed"
PUSH_POLICIES = (PUSH_AUTO, PUSH_CONFIRMED)

EXCHANGE_FIELDS = ("count", "returned", "status")
STATUSES = ("proposed", "negotiating", "agreed", "completed", "stalled")
# What /fix may change: every strike figure, the exchange's figures and status, and the date.
FIX_FIELDS = (*STRIKE_FIGURES, *EXCHANGE_FIELDS, "date")
# Facts that are figures an editor reviews (regions, targets, mediators are context).
_REVIEWED = (*EXCHANGE_FIELDS, *STRIKE_FIGURES)
_WEAPONS = (("drones", "drones"), ("missiles", "missiles"), ("total", "total"))
_NAMELESS_HINTS = ("unknown outlet", "outlet not stated")
# Largest figure /fix accepts: no attack or swap comes near it; a typo with extra digits does.
MAX_FIGURE = 100_000


class ReviewError(Exception):
    """An editor's request that cannot be carried out, as a code and the facts behind it.

    Codes: no_story, no_article, not_in_story, removed, bad_field, bad_value, no_exchange,
    no_strikes, unknown_claimant, ambiguous_claimant, same_story, merged, only_article,
    nothing_to_undo. Handlers word them from the message catalogue.
    """

    def __init__(self, code: str, **details: object):
        super().__init__(code)
        self.code = code
        self.details = details


@dataclass(frozen=True)
class Editor:
    """Who acts: a Telegram user id (None from the command line) and a name for the record."""

    id: int | None
    name: str


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _marks(items: Iterable) -> str:
    return ",".join("?" * len(list(items)))


def _day(iso: str | None) -> str:
    """'3 Dec 2023' for an ISO date (pushes are worded in storage, as the rest of Change.what)."""
    if not iso:
        return "date not stated"
    try:
        d = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{d.day} {d:%b} {d.year}"


def _field_words(field: str) -> str:
    return {
        "count": "prisoners",
        "returned": "returned",
        "status": "status",
        "total_launched": "drones and missiles launched",
        "total_downed": "drones and missiles downed",
        "drones_lost": "drones lost to electronic warfare",
    }.get(field, field.replace("_", " "))


def _value_words(field: str, value: str | None) -> str:
    if value is None:
        return "none"
    number = as_number(field, value)
    return f"{number:,}" if number is not None else str(value)


def parse_figure(field: str, text: str) -> str:
    """An editor's VALUE for a field, normalised ("1,200" -> "1200"); ReviewError if wrong."""
    raw = text.strip()
    if field == "status":
        value = raw.casefold()
        if value not in STATUSES:
            raise ReviewError("bad_value", field=field, value=raw, allowed=", ".join(STATUSES))
        return value
    if field == "date":
        try:
            day = date.fromisoformat(raw)
        except ValueError:
            raise ReviewError("bad_value", field=field, value=raw, allowed="YYYY-MM-DD") from None
        if day > datetime.now(UTC).date() or day.year < 2014:
            raise ReviewError("bad_value", field=field, value=raw, allowed="YYYY-MM-DD")
        return day.isoformat()
    digits = raw
    # "1,200", "1.200", "1 200": thousands separators, only in groups of three.
    for sep in (",", ".", " ", "\u00a0", "\u202f"):
        parts = digits.split(sep)
        if len(parts) > 1 and all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3:
            digits = "".join(parts)
    if not (digits.isascii() and digits.isdigit()) or int(digits) > MAX_FIGURE:
        raise ReviewError("bad_value", field=field, value=raw, allowed="0 to 100,000")
    return str(int(digits))


# -- facts into claims and summaries (called from Store) ----------------------------------


def note_fact(claim: Claim, fact: dict) -> None:
    """Carry one fact's words and editorial state onto the claim it belongs to."""
    claim.fact_ids.append(fact["id"])
    if claim.quote is None and fact.get("quote"):
        claim.quote = fact["quote"]
    unchecked_doubt = bool(fact.get("uncertain")) and fact.get("check_id") is None
    if len(claim.fact_ids) == 1:
        claim.uncertain = unchecked_doubt
    else:
        claim.uncertain = claim.uncertain and unchecked_doubt
    if unchecked_doubt and claim.doubt is None:
        claim.doubt = fact.get("doubt")
    if fact.get("check_id") is not None:
        claim.checked = True
    if fact.get("edit_id") is not None:
        claim.edit_id = fact["edit_id"]


def note_replaced(newer: Claim, old: dict) -> None:
    """An older value `newer` replaced: an editor's fix, or the source's own correction."""
    target = newer.edited_from if newer.edit_id is not None else newer.updated_from
    if old["value"] not in target and old["value"] != newer.value:
        target.append(old["value"])


def edited_from(facts: list[dict]) -> dict[int, list[str]]:
    """For each fact an editor's fix created: the values it replaced."""
    by_id = {f["id"]: f for f in facts}
    out: dict[int, list[str]] = defaultdict(list)
    for f in facts:
        newer = by_id.get(f.get("superseded_by") or 0)
        if (
            newer is not None
            and newer.get("edit_id") is not None
            and f["value"] not in out[newer["id"]]
            and f["value"] != newer["value"]
        ):
            out[newer["id"]].append(f["value"])
    return dict(out)


def sanity_warnings(facts: Iterable[dict]) -> list[SanityWarning]:
    """Pairs of current figures that cannot both be right (more downed than launched, ...)."""
    strikes: dict[tuple, dict[str, int]] = defaultdict(dict)
    exchange: dict[str, int] = {}
    for f in facts:
        number = as_number(f["field"], f["value"])
        if number is None or f.get("superseded_by"):
            continue
        if f["topic"] == "strike":
            record = strikes[(f["claimant"], f["attacker"], f["night"])]
            record[f["field"]] = max(number, record.get(f["field"], 0))
        elif f["field"] in ("count", "returned"):
            exchange[f["field"]] = max(number, exchange.get(f["field"], 0))
    out: list[SanityWarning] = []
    for (claimant, _, night), rec in strikes.items():
        for weapon, _ in _WEAPONS:
            launched = rec.get(f"{weapon}_launched")
            downed = rec.get(f"{weapon}_downed")
            if launched is None or downed is None:
                continue
            if downed > launched:
                out.append(
                    SanityWarning(
                        "downed_above_launched", "strike", claimant, night, weapon, launched, downed
                    )
                )
            elif weapon == "drones" and downed + (rec.get("drones_lost") or 0) > launched:
                found = downed + rec["drones_lost"]
                out.append(
                    SanityWarning(
                        "lost_above_launched", "strike", claimant, night, weapon, launched, found
                    )
                )
    returned, count = exchange.get("returned"), exchange.get("count")
    if returned is not None and count is not None and returned > count:
        out.append(
            SanityWarning("returned_above_count", "exchange", None, None, None, count, returned)
        )
    return out


def _action(row: dict) -> EditorAction:
    return EditorAction(
        id=row["id"],
        action=row["action"],
        editor=row["editor_name"] or "an editor",
        at=row["at"],
        story_id=row["story_id"],
        article_id=row["article_id"],
        field=row["field"],
        claimant=row["claimant"],
        night=row["night"],
        before=row["before"],
        after=row["after"],
        undone=row["undone_by"] is not None,
    )


class ReviewMixin:
    """Editors' actions and the read models of their receipts; mixed into Store."""

    # "auto": confident figures are pushed at once; "confirmed": every push waits for an editor.
    push_policy: str = PUSH_AUTO

    # -- the audit trail ------------------------------------------------------------------

    def _audit(self, action: str, editor: Editor, **row: object) -> int:
        detail = row.pop("detail", None)
        return self._insert(
            "review_actions",
            {
                "at": _now(),
                "editor_id": editor.id,
                "editor_name": editor.name,
                "action": action,
                "detail": json.dumps(detail, ensure_ascii=False) if detail is not None else None,
                **row,
            },
        )

    def editor_actions(self, *, story_id: int | None = None, limit: int = 50) -> list[EditorAction]:
        """The audit trail, newest first (of one story, when given)."""
        where, params = ("story_id = ?", [story_id]) if story_id is not None else (None, [])
        rows = self.db["review_actions"].rows_where(where, params, order_by="id desc", limit=limit)
        return [_action(r) for r in rows]

    def editor_action_of_fact(self, fact_id: int) -> EditorAction | None:
        """The latest editor action on a figure (its fix, or the confirmation that checked it)."""
        fact = self.db["facts"].get(fact_id)
        ids = [i for i in (fact.get("edit_id"), fact.get("check_id")) if i is not None]
        if not ids:
            return None
        row = next(
            self.db.query(
                f"select * from review_actions where id in ({_marks(ids)}) order by id desc",
                ids,
            )
        )
        return _action(row)

    # -- a new article --------------------------------------------------------------------

    def _review_new_article(
        self, article_id: int, story_id: int, extraction: dict, reported_at: str, changes: list
    ) -> list:
        """Inside save_article: keep each figure's words, store uncertain figures, decide
        whether the article's changes go to subscribers now; return the changes to push."""
        self._keep_evidence(article_id, story_id, extraction, reported_at)
        public = self._facts(f"article_id = ? and {PUBLIC_FACT}", [article_id])
        held = self.push_policy == PUSH_CONFIRMED or bool(sanity_warnings(public))
        if held:
            self.db.execute("update articles set held = 1 where id = ?", [article_id])
            self.db.execute("update facts set published = 0 where article_id = ?", [article_id])
            return []
        self.db.execute(
            f"""update facts set published = case when {PUBLIC_FACT} then 1 else 0 end
            where article_id = ?""",
            [article_id],
        )
        return list(changes)

    def _keep_evidence(
        self, article_id: int, story_id: int, extraction: dict, reported_at: str
    ) -> None:
        """Each stored figure's quote and confidence; figures below the threshold, as uncertain."""
        exchange = extraction.get("exchange") or {}
        evidence = exchange.get("evidence") or {}
        confidence = exchange.get("confidence") or {}
        for name in EXCHANGE_FIELDS:
            if name in evidence or name in confidence:
                self.db.execute(
                    """update facts set quote = ?, confidence = ?
                    where article_id = ? and topic = 'exchange' and field = ?""",
                    [
                        (evidence.get(name) or {}).get("quote"),
                        confidence.get(name),
                        article_id,
                        name,
                    ],
                )
        outlet = extraction.get("outlet")
        for strike in extraction.get("strikes") or []:
            evidence = strike.get("evidence") or {}
            confidence = strike.get("confidence") or {}
            claimant = strike.get("claimant") or outlet or "unattributed"
            for name in STRIKE_FIGURES:
                if strike.get(name) is None or not (name in evidence or name in confidence):
                    continue
                self.db.execute(
                    """update facts set quote = ?, confidence = ? where article_id = ?
                    and topic = 'strike' and field = ? and claimant is ? and attacker is ?
                    and night is ? and value = ?""",
                    [
                        (evidence.get(name) or {}).get("quote"),
                        confidence.get(name),
                        article_id,
                        name,
                        claimant,
                        strike.get("attacker"),
                        strike.get("date"),
                        str(strike[name]),
                    ],
                )
        rows = []
        for item in extraction.get("uncertain") or []:
            if not isinstance(item, dict) or item.get("value") in (None, ""):
                continue
            topic = "exchange" if item.get("topic") == "exchange" else "strike"
            field = item.get("field")
            if field not in _REVIEWED:
                continue
            strike = topic == "strike"
            rows.append(
                {
                    "story_id": story_id,
                    "article_id": article_id,
                    "topic": topic,
                    "field": field,
                    "value": str(item["value"]),
                    "number": as_number(field, item["value"]),
                    "claimant": (item.get("claimant") or outlet or "unattributed")
                    if strike
                    else None,
                    "attacker": item.get("attacker") if strike else None,
                    "night": item.get("date") if strike else None,
                    "reported_at": reported_at,
                    "correction": 0,
                    "quote": (item.get("evidence") or {}).get("quote"),
                    "confidence": item.get("confidence"),
                    "uncertain": 1,
                    "doubt": item.get("reason"),
                    "published": 0,
                }
            )
        for row in rows:
            self._insert("facts", row)

    def _review_reparsed(self, article_id: int) -> None:
        """After reparse rewrote an article's facts: keep its editors' decisions on them."""
        article = self.db["articles"].get(article_id)
        if article.get("remove_id") is not None:
            self.db.execute(
                "update facts set withdrawn_by = ? where article_id = ?",
                [article["remove_id"], article_id],
            )
        if article.get("confirm_id") is not None:
            self.db.execute(
                "update facts set check_id = ?, checked_by = ? where article_id = ?",
                [article["confirm_id"], article["confirmed_by"], article_id],
            )
        # Re-reading old text tells subscribers nothing new: it is not pushed again.
        self.db.execute(
            f"""update facts set published = case when {PUBLIC_FACT} and ? then 1 else 0 end
            where article_id = ?""",
            [0 if article.get("held") else 1, article_id],
        )

    def has_editor_fixes(self, article_id: int) -> bool:
        """Whether an editor's fix (not undone) rests on this article's figures."""
        return bool(
            self.db["facts"].count_where(
                "article_id = ? and edit_id is not null and undone_by is null", [article_id]
            )
        )

    # -- receipts ---------------------------------------------------------------------------

    def remember_receipt(self, chat_id: int, message_id: int, article_id: int) -> None:
        """Note which article a receipt message shows, so a reply to it can name the story."""
        with self._write():
            self.db["receipts"].upsert(
                {"chat_id": chat_id, "message_id": message_id, "article_id": article_id},
                pk=("chat_id", "message_id"),
            )

    def receipt_article(self, chat_id: int, message_id: int) -> int | None:
        """The article a receipt message (by chat and message id) shows, if it is one."""
        for row in self.db["receipts"].rows_where(
            "chat_id = ? and message_id = ?", [chat_id, message_id], limit=1
        ):
            return row["article_id"]
        return None

    def story_of_article(self, article_id: int) -> int | None:
        """The story an article belongs to now (after any merge or split)."""
        for row in self.db["articles"].rows_where("id = ?", [article_id], limit=1):
            return row["story_id"]
        return None

    def article_review(self, article_id: int) -> ArticleReview | None:
        """One article as its receipt shows it: each figure with its words, warnings, state."""
        rows = list(self.db["articles"].rows_where("id = ?", [article_id], limit=1))
        if not rows:
            return None
        article = rows[0]
        marks = _marks(_REVIEWED)
        # A removed article's receipt still shows the figures it was removed with.
        facts = list(
            self.db.query(
                f"""select * from facts where article_id = ? and undone_by is null
                and (withdrawn_by is null or withdrawn_by is ?)
                and field in ({marks}) order by id""",
                [article_id, article["remove_id"], *_REVIEWED],
            )
        )
        replaced = edited_from(facts)
        figures = [
            ReviewFigure(
                fact_id=f["id"],
                topic=f["topic"],
                field=f["field"],
                value=f["value"],
                claimant=f["claimant"],
                attacker=f["attacker"],
                night=f["night"],
                quote=f["quote"],
                confidence=f["confidence"],
                uncertain=bool(f["uncertain"]) and f["check_id"] is None,
                doubt=f["doubt"],
                checked=f["check_id"] is not None,
                published=bool(f["published"]),
                edited_from=tuple(replaced.get(f["id"], ())),
            )
            for f in facts
            if not f["superseded_by"]
        ]
        order = {name: i for i, name in enumerate(_REVIEWED)}
        # As /strikes orders them: the exchange, then each night, the attacked side's count
        # first (Ukraine's figures of a Russian attack), then the other side's claims.
        figures.sort(
            key=lambda g: (
                g.topic != "exchange",
                g.night or "",
                g.attacker != "russia",
                g.claimant or "",
                order[g.field],
            )
        )
        current = [f for f in facts if not f["superseded_by"]]
        state, decided = "open", None
        if article["remove_id"] is not None:
            state, decided = "removed", article["remove_id"]
        elif article["confirm_id"] is not None:
            state, decided = "confirmed", article["confirm_id"]
        who = self.db["review_actions"].get(decided) if decided else None
        return ArticleReview(
            article_id=article_id,
            story_id=article["story_id"],
            title=article["title"] or "",
            outlet=article["outlet"],
            published=article["published"],
            story_sources=self.story_source_count(article["story_id"]),
            state=state,
            held=bool(article["held"]),
            figures=figures,
            warnings=sanity_warnings(current),
            decided_by=who["editor_name"] if who else None,
            decided_at=who["at"] if who else None,
        )

    # -- releasing held figures to subscribers ----------------------------------------------

    def _outlets(self, article_ids: Iterable[int]) -> tuple[str, ...]:
        names = [r.outlet for refs in self._sources_by_article(article_ids).values() for r in refs]
        return tuple(
            n for n in dict.fromkeys(names) if n and not any(hint in n for hint in _NAMELESS_HINTS)
        )

    def _push(self, changes: list[Change]) -> int:
        if changes:
            for listener in self.change_listeners:
                listener(self.db, changes)
        return len(changes)

    def _release(self, story_ids: Iterable[int], note: str) -> int:
        """Push every figure of these stories that may now be told and was not; return lines."""
        ids = sorted(set(story_ids))
        if not ids:
            return 0
        facts = list(
            self.db.query(
                f"""select f.* from facts f join articles a on a.id = f.article_id
                where f.story_id in ({_marks(ids)}) and {PUBLIC_FACT}
                and f.superseded_by is null and coalesce(f.published, 0) = 0
                and a.remove_id is null and coalesce(a.held, 0) = 0 order by f.id""",
                ids,
            )
        )
        if not facts:
            return 0
        exchange: dict[int, dict[str, str]] = defaultdict(dict)
        strikes: dict[tuple, dict[str, str]] = defaultdict(dict)
        articles: dict[object, set[int]] = defaultdict(set)
        # What subscribers were told instead, per released figure: told differently, the line
        # is a correction.
        was: dict[int, list[str]] = {}
        for f in facts:
            known = self.db.execute(
                f"""select count(*) from facts where topic = ? and field = ? and value = ?
                and claimant is ? and attacker is ? and night is ? and published = 1
                and superseded_by is null and {PUBLIC_FACT}""",
                [f["topic"], f["field"], f["value"], f["claimant"], f["attacker"], f["night"]],
            ).fetchone()[0]
            if known or f["field"] not in _REVIEWED:
                continue  # subscribers know it already, or it is context (a region, a mediator)
            told = [
                r["value"]
                for r in self.db.query(
                    f"""select distinct value from facts where story_id = ? and topic = ?
                    and field = ? and claimant is ? and attacker is ? and night is ?
                    and value != ? and published = 1 and {LIVE_FACT}""",
                    [
                        f["story_id"],
                        f["topic"],
                        f["field"],
                        f["claimant"],
                        f["attacker"],
                        f["night"],
                        f["value"],
                    ],
                )
            ]
            if told:
                was[f["id"]] = told
            if f["topic"] == "exchange":
                exchange[f["story_id"]][f["field"]] = f
                articles[("exchange", f["story_id"])].add(f["article_id"])
            else:
                key = (f["story_id"], f["night"], f["claimant"], f["attacker"])
                strikes[key][f["field"]] = f
                articles[key].add(f["article_id"])

        def said(name: str, fact: dict, words: str) -> str:
            earlier = was.get(fact["id"])
            if not earlier:
                return words
            return f"{words} (was {' and '.join(_value_words(name, v) for v in earlier)})"

        changes: list[Change] = []
        for story_id, rec in exchange.items():
            parts = []
            if rec.get("status"):
                parts.append(said("status", rec["status"], rec["status"]["value"]))
            for name, label in (("count", "prisoners"), ("returned", "returned")):
                if rec.get(name):
                    words = f"{int(rec[name]['value']):,} {label}"
                    parts.append(said(name, rec[name], words))
            head = (
                "Correction: exchange"
                if any(f["id"] in was for f in rec.values())
                else ("Exchange")
            )
            changes.append(
                Change(
                    "exchange",
                    f"{head}: " + " · ".join(parts) + f" ({note})",
                    story_id,
                    self._outlets(articles[("exchange", story_id)]),
                )
            )
        for key, rec in strikes.items():
            story_id, night, claimant, _ = key
            figures = ", ".join(
                said(
                    name,
                    rec[name],
                    f"{_field_words(name)} {_value_words(name, rec[name]['value'])}",
                )
                for name in STRIKE_FIGURES
                if name in rec
            )
            head = (
                "Correction, night"
                if any(f["id"] in was for f in rec.values())
                else ("Strikes, night")
            )
            changes.append(
                Change(
                    "strikes",
                    f"{head} to {_day(night)}: {claimant or 'unattributed'}: {figures} ({note})",
                    story_id,
                    self._outlets(articles[key]),
                    night,
                )
            )
        self.db.execute(
            f"update facts set published = 1 where id in ({_marks(facts)})",
            [f["id"] for f in facts],
        )
        return self._push(changes)

    # -- confirm, remove, restore -------------------------------------------------------------

    def _article(self, article_id: int) -> dict:
        rows = list(self.db["articles"].rows_where("id = ?", [article_id], limit=1))
        if not rows:
            raise ReviewError("no_article", article=article_id)
        return rows[0]

    def confirm_article(self, article_id: int, editor: Editor) -> ReviewOutcome:
        """Mark an article's figures checked by an editor; push what may now be told."""
        with self._write():
            article = self._article(article_id)
            if article["remove_id"] is not None:
                raise ReviewError("removed", article=article_id)
            if article["confirm_id"] is not None:
                return ReviewOutcome(
                    "confirm",
                    article["confirm_id"],
                    article["story_id"],
                    self.article_review(article_id),
                    already=True,
                )
            ids = [
                r["id"]
                for r in self.db.query(
                    f"""select id from facts where article_id = ? and {LIVE_FACT}
                    and superseded_by is null""",
                    [article_id],
                )
            ]
            audit = self._audit(
                "confirm",
                editor,
                story_id=article["story_id"],
                article_id=article_id,
                before="unchecked",
                after="checked",
                detail={"facts": ids, "held": bool(article["held"])},
            )
            if ids:
                self.db.execute(
                    f"""update facts set check_id = ?, checked_by = ?
                    where id in ({_marks(ids)})""",
                    [audit, editor.id, *ids],
                )
            self.db.execute(
                "update articles set confirm_id = ?, confirmed_by = ?, held = 0 where id = ?",
                [audit, editor.id, article_id],
            )
            released = self._release([article["story_id"]], "confirmed by an editor")
        return ReviewOutcome(
            "confirm",
            audit,
            article["story_id"],
            self.article_review(article_id),
            released=released,
        )

    def _still_told(self, fact: dict, excluding: set[int]) -> bool:
        """Whether another live, published fact still tells subscribers the same figure."""
        return bool(
            self.db.execute(
                f"""select count(*) from facts where topic = ? and field = ? and value = ?
                and claimant is ? and attacker is ? and night is ? and published = 1
                and superseded_by is null and {PUBLIC_FACT}
                and id not in ({_marks(excluding)})""",
                [
                    fact["topic"],
                    fact["field"],
                    fact["value"],
                    fact["claimant"],
                    fact["attacker"],
                    fact["night"],
                    *excluding,
                ],
            ).fetchone()[0]
        )

    def _lines_of(self, facts: list[dict]) -> dict[str, list[str]]:
        """Figures as short lines per topic ('Ukrainian Air Force: drones downed 38')."""
        out: dict[str, list[str]] = defaultdict(list)
        for f in facts:
            if f["field"] not in _REVIEWED:
                continue
            words = f"{_field_words(f['field'])} {_value_words(f['field'], f['value'])}"
            if f["topic"] == "strike":
                out["strikes"].append(
                    f"{f['claimant'] or 'unattributed'}, night to {_day(f['night'])}: {words}"
                )
            else:
                out["exchange"].append(words)
        return out

    def remove_article(self, article_id: int, editor: Editor) -> ReviewOutcome:
        """'Not a report': take an article out of briefings and pushes (kept, restorable)."""
        with self._write():
            article = self._article(article_id)
            if article["remove_id"] is not None:
                return ReviewOutcome(
                    "remove",
                    article["remove_id"],
                    article["story_id"],
                    self.article_review(article_id),
                    already=True,
                )
            facts = list(
                self.db.query(
                    f"select * from facts where article_id = ? and {LIVE_FACT}", [article_id]
                )
            )
            ids = {f["id"] for f in facts}
            told = [
                f
                for f in facts
                if f["published"] and not f["superseded_by"] and not self._still_told(f, ids)
            ]
            # Figures this article's corrections had replaced stand again while it is out.
            revived = {}
            if ids:
                revived = {
                    r["id"]: r["superseded_by"]
                    for r in self.db.query(
                        f"""select id, superseded_by from facts where superseded_by in
                        ({_marks(ids)}) and article_id != ?""",
                        [*ids, article_id],
                    )
                }
            audit = self._audit(
                "remove",
                editor,
                story_id=article["story_id"],
                article_id=article_id,
                before="in briefings",
                after="not a report",
                detail={"facts": sorted(ids), "revived": revived, "told": [f["id"] for f in told]},
            )
            if ids:
                self.db.execute(
                    f"update facts set withdrawn_by = ? where id in ({_marks(ids)})",
                    [audit, *ids],
                )
            if revived:
                self.db.execute(
                    f"update facts set superseded_by = null where id in ({_marks(revived)})",
                    list(revived),
                )
            self.db.execute(
                "update articles set remove_id = ?, removed_by = ? where id = ?",
                [audit, editor.id, article_id],
            )
            corrections = self._push(self._withdrawal(article, told, "withdrawn"))
        return ReviewOutcome(
            "remove",
            audit,
            article["story_id"],
            self.article_review(article_id),
            corrections=corrections,
        )

    def _withdrawal(self, article: dict, told: list[dict], how: str) -> list[Change]:
        changes = []
        title = article["title"] or "untitled"
        outlet = article["outlet"] or "outlet not stated"
        for topic, lines in self._lines_of(told).items():
            if how == "withdrawn":
                what = (
                    f"Correction: an editor withdrew “{title}” ({outlet}), not a report; "
                    f"no longer standing: " + "; ".join(lines)
                )
            else:
                what = (
                    f"Correction: an editor restored “{title}” ({outlet}); standing again: "
                    + "; ".join(lines)
                )
            nights = {f["night"] for f in told if f["topic"] == "strike"}
            changes.append(
                Change(
                    topic,
                    what,
                    article["story_id"],
                    (),
                    next(iter(nights)) if topic == "strikes" and len(nights) == 1 else None,
                )
            )
        return changes

    def restore_article(self, article_id: int, editor: Editor) -> ReviewOutcome:
        """Undo 'Not a report': the article's figures count again, as they did before."""
        with self._write():
            article = self._article(article_id)
            removal = article["remove_id"]
            if removal is None:
                return ReviewOutcome(
                    "restore",
                    None,
                    article["story_id"],
                    self.article_review(article_id),
                    already=True,
                )
            detail = json.loads(self.db["review_actions"].get(removal)["detail"] or "{}")
            audit = self._audit(
                "restore",
                editor,
                story_id=article["story_id"],
                article_id=article_id,
                before="not a report",
                after="in briefings",
                detail={"removal": removal},
            )
            self.db.execute(
                "update facts set withdrawn_by = null where withdrawn_by = ?", [removal]
            )
            for old, newer in (detail.get("revived") or {}).items():
                self.db.execute(
                    """update facts set superseded_by = ? where id = ? and superseded_by is null
                    and (select withdrawn_by from facts where id = ?) is null""",
                    [newer, int(old), newer],
                )
            self.db.execute(
                "update articles set remove_id = null, removed_by = null where id = ?",
                [article_id],
            )
            self.db.execute(
                "update review_actions set undone_by = ? where id = ?", [audit, removal]
            )
            told_ids = detail.get("told") or []
            told = (
                list(
                    self.db.query(f"select * from facts where id in ({_marks(told_ids)})", told_ids)
                )
                if told_ids
                else []
            )
            corrections = self._push(self._withdrawal(article, told, "restored"))
            released = self._release([article["story_id"]], "confirmed by an editor")
        return ReviewOutcome(
            "restore",
            audit,
            article["story_id"],
            self.article_review(article_id),
            released=released,
            corrections=corrections,
        )

    # -- /fix and /undo ---------------------------------------------------------------------------

    def _story(self, story_id: int) -> dict:
        rows = list(self.db["stories"].rows_where("id = ?", [story_id], limit=1))
        if not rows:
            raise ReviewError("no_story", story=story_id)
        story = rows[0]
        if story.get("merged_into"):
            raise ReviewError("merged", story=story_id, into=story["merged_into"])
        return story

    def _current(self, story_id: int, where: str, params: list) -> list[dict]:
        return list(
            self.db.query(
                f"""select f.* from facts f join articles a on a.id = f.article_id
                where f.story_id = ? and a.remove_id is null and f.superseded_by is null
                and f.withdrawn_by is null and f.undone_by is null and ({where})
                order by f.night desc, f.reported_at desc, f.id desc""",
                [story_id, *params],
            )
        )

    def _claimant(self, story_id: int, field: str, claimant: str | None) -> str:
        """The story's claimant an editor means: named (in part, any case) or the only one."""
        rows = self._current(story_id, "f.topic = 'strike'", [])
        names = list(dict.fromkeys(r["claimant"] for r in rows if r["claimant"]))
        if not names:
            raise ReviewError("no_strikes", story=story_id)
        if claimant:
            wanted = claimant.casefold().strip()
            exact = [n for n in names if n.casefold() == wanted]
            found = exact or [n for n in names if wanted in n.casefold()]
            if len(found) == 1:
                return found[0]
            code = "ambiguous_claimant" if found else "unknown_claimant"
            raise ReviewError(code, story=story_id, claimant=claimant, choices=found or names)
        having = list(dict.fromkeys(r["claimant"] for r in rows if r["field"] == field))
        if len(having) == 1:
            return having[0]
        if not having and len(names) == 1:
            return names[0]
        raise ReviewError(
            "ambiguous_claimant", story=story_id, claimant=None, choices=having or names
        )

    def fix_figure(
        self,
        story_id: int,
        field: str,
        value: str,
        editor: Editor,
        *,
        claimant: str | None = None,
        article_id: int | None = None,
    ) -> ReviewOutcome:
        """An editor's /fix: the figure becomes `value` (old one kept); corrections pushed."""
        if field not in FIX_FIELDS:
            raise ReviewError("bad_field", field=field, allowed=", ".join(FIX_FIELDS))
        value = parse_figure(field, value)
        with self._write():
            self._story(story_id)
            if field == "date":
                return self._fix_date(story_id, value, editor, claimant)
            if field in EXCHANGE_FIELDS:
                topic, who = "exchange", None
                if not self._current(story_id, "f.topic = 'exchange'", []):
                    raise ReviewError("no_exchange", story=story_id)
                old = self._current(story_id, "f.topic = 'exchange' and f.field = ?", [field])
            else:
                topic = "strike"
                who = self._claimant(story_id, field, claimant)
                mine = self._current(story_id, "f.topic = 'strike' and f.claimant = ?", [who])
                old = [f for f in mine if f["field"] == field]
                night = (old or mine)[0]["night"]
                old = [f for f in old if f["night"] == night]
            base = old or (
                mine if topic == "strike" else self._current(story_id, "f.topic = 'exchange'", [])
            )
            anchor = next((f for f in base if f["article_id"] == article_id), base[0])
            before = tuple(dict.fromkeys(f["value"] for f in old))
            if before == (value,):
                return ReviewOutcome(
                    "fix",
                    None,
                    story_id,
                    edits=(FigureEdit(topic, field, who, anchor["night"], before, value),),
                    already=True,
                )
            audit = self._audit(
                "fix",
                editor,
                story_id=story_id,
                article_id=anchor["article_id"],
                field=field,
                claimant=who,
                night=anchor["night"] if topic == "strike" else None,
                before=", ".join(before) if before else None,
                after=value,
            )
            was_told = any(f["published"] for f in old)
            new_id = self._insert(
                "facts",
                {
                    "story_id": story_id,
                    "article_id": anchor["article_id"],
                    "topic": topic,
                    "field": field,
                    "value": value,
                    "number": as_number(field, value),
                    "claimant": who,
                    "attacker": anchor["attacker"] if topic == "strike" else None,
                    "night": anchor["night"] if topic == "strike" else None,
                    "reported_at": max(f["reported_at"] or "" for f in base) or None,
                    "correction": 0,
                    "quote": anchor["quote"] if old else None,
                    "uncertain": 0,
                    "checked_by": editor.id,
                    "check_id": audit,
                    "edit_id": audit,
                    "published": 1 if was_told else 0,
                },
            )
            replaced = [f["id"] for f in old]
            if replaced:
                self.db.execute(
                    f"update facts set superseded_by = ? where id in ({_marks(replaced)})",
                    [new_id, *replaced],
                )
            self.db.execute(
                "update review_actions set fact_id = ?, detail = ? where id = ?",
                [new_id, json.dumps({"replaced": replaced, "created": new_id}), audit],
            )
            edit = FigureEdit(topic, field, who, anchor["night"], before, value)
            correction = self._correction(story_id, edit, "corrected by an editor from")
            corrections = self._push([correction] if was_told else [])
            released = self._release([story_id], "set by an editor")
        return ReviewOutcome(
            "fix",
            audit,
            story_id,
            edits=(edit,),
            corrections=corrections,
            released=released,
        )

    def _correction(self, story_id: int, edit: FigureEdit, how: str) -> Change:
        before = " and ".join(_value_words(edit.field, v) for v in edit.before) or "none"
        after = _value_words(edit.field, edit.after)
        if edit.topic == "exchange":
            what = f"Correction: exchange {_field_words(edit.field)} {after}, {how} {before}"
            return Change("exchange", what, story_id, ())
        what = (
            f"Correction, night to {_day(edit.night)}: {edit.claimant or 'unattributed'}: "
            f"{_field_words(edit.field)} {after}, {how} {before}"
        )
        return Change("strikes", what, story_id, (), edit.night)

    def _fix_date(
        self, story_id: int, day: str, editor: Editor, claimant: str | None
    ) -> ReviewOutcome:
        strikes = self._current(story_id, "f.topic = 'strike'", [])
        if strikes:
            who = self._claimant(story_id, "date", claimant) if claimant else None
            facts = [f for f in strikes if who is None or f["claimant"] == who]
            before = tuple(dict.fromkeys(f["night"] or "" for f in facts))
            if before == (day,):
                return ReviewOutcome("date", None, story_id, already=True)
            nights = sorted({f["night"] for f in facts if f["night"]})
            # Moving every figure moves the story's night: later reports of it join this story.
            events = (
                {
                    str(r["article_id"]): r["day"]
                    for r in self.db.query(
                        f"""select article_id, day from article_events where story_id = ?
                        and kind = 'night' and day in ({_marks(nights)})""",
                        [story_id, *nights],
                    )
                }
                if nights and who is None
                else {}
            )
            audit = self._audit(
                "date",
                editor,
                story_id=story_id,
                article_id=facts[0]["article_id"],
                field="date",
                claimant=who,
                before=", ".join(b for b in before if b) or None,
                after=day,
                detail={"nights": {str(f["id"]): f["night"] for f in facts}, "events": events},
            )
            ids = [f["id"] for f in facts]
            self.db.execute(f"update facts set night = ? where id in ({_marks(ids)})", [day, *ids])
            self._move_events(story_id, {article: day for article in events})
            told = [f for f in facts if f["published"] and f["field"] in STRIKE_FIGURES]
            changes = []
            for name in dict.fromkeys(f["claimant"] for f in told):
                changes.append(
                    Change(
                        "strikes",
                        f"Correction: {name or 'unattributed'}'s figures are for the night to "
                        f"{_day(day)}, corrected by an editor from "
                        + " and ".join(
                            _day(n) for n in dict.fromkeys(f["night"] for f in told) if n
                        ),
                        story_id,
                        (),
                        day,
                    )
                )
            edit = FigureEdit("strike", "date", who, day, before, day)
            corrections = self._push(changes)
            return ReviewOutcome("date", audit, story_id, edits=(edit,), corrections=corrections)
        story = self._story(story_id)
        before = (story["last_date"] or "",)
        audit = self._audit(
            "date",
            editor,
            story_id=story_id,
            field="date",
            before=story["last_date"],
            after=day,
            detail={"story": {"first_date": story["first_date"], "last_date": story["last_date"]}},
        )
        self.db.execute(
            "update stories set first_date = ?, last_date = ? where id = ?",
            [day, day, story_id],
        )
        edit = FigureEdit("exchange", "date", None, None, before, day)
        return ReviewOutcome("date", audit, story_id, edits=(edit,))

    def undo_fix(self, editor: Editor) -> ReviewOutcome:
        """Undo this editor's last /fix that still stands; a told figure is corrected back."""
        with self._write():
            rows = list(
                self.db.query(
                    """select * from review_actions where action in ('fix', 'date')
                    and editor_id is ? and undone_by is null order by id desc limit 1""",
                    [editor.id],
                )
            )
            if not rows:
                raise ReviewError("nothing_to_undo")
            fix = rows[0]
            detail = json.loads(fix["detail"] or "{}")
            audit = self._audit(
                "undo",
                editor,
                story_id=fix["story_id"],
                article_id=fix["article_id"],
                fact_id=fix["fact_id"],
                field=fix["field"],
                claimant=fix["claimant"],
                night=fix["night"],
                before=fix["after"],
                after=fix["before"],
                detail={"undid": fix["id"]},
            )
            self.db.execute(
                "update review_actions set undone_by = ? where id = ?", [audit, fix["id"]]
            )
            corrections = 0
            story_id = fix["story_id"]
            if fix["action"] == "date":
                for fact_id, night in (detail.get("nights") or {}).items():
                    self.db.execute(
                        "update facts set night = ? where id = ?",
                        [night, int(fact_id)],
                    )
                self._move_events(story_id, detail.get("events") or {})
                if "story" in detail:
                    self.db["stories"].update(story_id, detail["story"])
                edit = FigureEdit(
                    "strike", "date", fix["claimant"], fix["before"], (fix["after"],), fix["before"]
                )
                return ReviewOutcome("undo", audit, story_id, edits=(edit,))
            created = self.db["facts"].get(detail["created"])
            replaced = detail.get("replaced") or []
            self.db.execute("update facts set undone_by = ? where id = ?", [audit, created["id"]])
            if replaced:
                self.db.execute(
                    f"""update facts set superseded_by = null
                    where id in ({_marks(replaced)}) and superseded_by = ?""",
                    [*replaced, created["id"]],
                )
            restored = (
                tuple(
                    dict.fromkeys(
                        r["value"]
                        for r in self.db.query(
                            f"select value from facts where id in ({_marks(replaced)})", replaced
                        )
                    )
                )
                if replaced
                else ()
            )
            edit = FigureEdit(
                created["topic"],
                created["field"],
                created["claimant"],
                created["night"],
                (created["value"],),
                ", ".join(restored) or None,
            )
            if created["published"] and created["superseded_by"] is None:
                if replaced:
                    self.db.execute(
                        f"update facts set published = 1 where id in ({_marks(replaced)})",
                        replaced,
                    )
                    back = FigureEdit(
                        edit.topic,
                        edit.field,
                        edit.claimant,
                        edit.night,
                        edit.before,
                        restored[0] if len(restored) == 1 else edit.after,
                    )
                    corrections = self._push(
                        [self._correction(story_id, back, "an editor undid a change, was")]
                    )
                else:
                    corrections = self._push(self._withdrawal_of_edit(story_id, created))
        return ReviewOutcome("undo", audit, story_id, edits=(edit,), corrections=corrections)

    def _withdrawal_of_edit(self, story_id: int, fact: dict) -> list[Change]:
        words = f"{_field_words(fact['field'])} {_value_words(fact['field'], fact['value'])}"
        if fact["topic"] == "exchange":
            return [Change("exchange", f"Correction: exchange {words} withdrawn", story_id, ())]
        return [
            Change(
                "strikes",
                f"Correction, night to {_day(fact['night'])}: {fact['claimant']}: {words} "
                "withdrawn",
                story_id,
                (),
                fact["night"],
            )
        ]

    # -- /merge and /split ------------------------------------------------------------------------

    def _story_dates(self, story_id: int) -> None:
        self.db.execute(
            f"""update stories set
            first_date = coalesce((select min(published)
                from articles where story_id = :id and {LIVE_ARTICLE}), first_date),
            last_date = coalesce((select max(published)
                from articles where story_id = :id and {LIVE_ARTICLE}), last_date),
            updated_at = :now where id = :id""",
            {"id": story_id, "now": _now()},
        )

    def _event_keys(self, story_id: int) -> None:
        self.db.execute("delete from story_keys where story_id = ?", [story_id])
        self.db.execute(
            """insert or ignore into story_keys (story_id, key)
            select distinct story_id, kind || ':' || day from article_events
            where story_id = ?""",
            [story_id],
        )

    def _move_events(self, story_id: int, days: dict[str, str]) -> None:
        for article_id, day in days.items():
            self.db.execute(
                "update article_events set day = ? where article_id = ? and story_id = ?",
                [day, int(article_id), story_id],
            )
        if days:
            self._event_keys(story_id)

    def merge_stories(self, into: int, other: int, editor: Editor) -> ReviewOutcome:
        """/merge A B: story B's articles and figures join story A (B is kept, marked merged)."""
        if into == other:
            raise ReviewError("same_story", story=into)
        with self._write():
            self._story(into)
            self._story(other)
            articles = [r["id"] for r in self.db["articles"].rows_where("story_id = ?", [other])]
            # Which articles were story A then: a rebuild of the stories keeps them together.
            anchors = [r["id"] for r in self.db["articles"].rows_where("story_id = ?", [into])]
            keys = [r["key"] for r in self.db["story_keys"].rows_where("story_id = ?", [other])]
            audit = self._audit(
                "merge",
                editor,
                story_id=into,
                before=f"story {other}",
                after=f"story {into}",
                detail={
                    "from": other,
                    "into": into,
                    "articles": articles,
                    "into_articles": anchors,
                    "keys": keys,
                },
            )
            self.db.execute("update articles set story_id = ? where story_id = ?", [into, other])
            self.db.execute("update facts set story_id = ? where story_id = ?", [into, other])
            # Later reports of either event now join story A.
            self.db.execute(
                "update article_events set story_id = ? where story_id = ?", [into, other]
            )
            self.db.execute(
                "insert or ignore into story_keys (story_id, key) "
                "select ?, key from story_keys where story_id = ?",
                [into, other],
            )
            self.db.execute("delete from story_keys where story_id = ?", [other])
            self.db.execute("update stories set merged_into = ? where id = ?", [into, other])
            self._story_dates(into)
        return ReviewOutcome("merge", audit, into, moved_articles=len(articles))

    def split_story(self, story_id: int, article_id: int, editor: Editor) -> ReviewOutcome:
        """/split STORY ARTICLE: the article leaves the story and becomes a story of its own."""
        with self._write():
            self._story(story_id)
            article = self._article(article_id)
            if article["story_id"] != story_id:
                raise ReviewError("not_in_story", story=story_id, article=article_id)
            others = [
                r
                for r in self.db["articles"].rows_where("story_id = ?", [story_id])
                if r["id"] != article_id
            ]
            if not others:
                raise ReviewError("only_article", story=story_id, article=article_id)
            day = article["published"]  # an undated article stays undated
            now = _now()
            new_story = self._insert(
                "stories",
                {
                    "title": article["title"] or "Untitled",
                    "first_date": day,
                    "last_date": day,
                    "created_at": now,
                    "updated_at": now,
                },
            )
            audit = self._audit(
                "split",
                editor,
                story_id=story_id,
                article_id=article_id,
                before=f"story {story_id}",
                after=f"story {new_story}",
                detail={"from": story_id, "to": new_story, "article": article_id},
            )
            self.db.execute(
                "update articles set story_id = ? where id = ?", [new_story, article_id]
            )
            self.db.execute(
                "update facts set story_id = ? where article_id = ?", [new_story, article_id]
            )
            # Later reports of the article's event join the new story; each story keeps the
            # events of its own articles.
            self.db.execute(
                "update article_events set story_id = ? where article_id = ?",
                [new_story, article_id],
            )
            self._event_keys(story_id)
            self._event_keys(new_story)
            self._story_dates(story_id)
        return ReviewOutcome("split", audit, story_id, new_story_id=new_story, moved_articles=1)

    def _move_articles(self, article_ids: list[int], story_id: int) -> None:
        if not article_ids:
            return
        marks = _marks(article_ids)
        for table, column in (("articles", "id"), ("facts", "article_id")):
            self.db.execute(
                f"update {table} set story_id = ? where {column} in ({marks})",
                [story_id, *article_ids],
            )
        self.db.execute(
            f"update article_events set story_id = ? where article_id in ({marks})",
            [story_id, *article_ids],
        )

    def _replay_regroupings(self) -> None:
        """After the stories were rebuilt from events (reparse): editors' merges and splits,
        in the order they were made, still hold."""

        def story_of(article_id: int) -> int | None:
            for row in self.db["articles"].rows_where("id = ?", [article_id]):
                return row["story_id"]
            return None

        touched: set[int | None] = set()
        actions = self.db.query(
            """select * from review_actions where action in ('merge', 'split')
            and undone_by is null order by id"""
        )
        for row in list(actions):
            detail = json.loads(row["detail"] or "{}")
            if row["action"] == "merge":
                anchors = [s for s in map(story_of, detail.get("into_articles") or []) if s]
                if not anchors:
                    continue
                moving = [
                    a for a in detail.get("articles") or [] if story_of(a) not in (None, anchors[0])
                ]
                touched |= {story_of(a) for a in moving} | {anchors[0]}
                self._move_articles(moving, anchors[0])
                continue
            article = detail.get("article")
            story = story_of(article) if article else None
            alone = story is None or not self.db["articles"].count_where(
                "story_id = ? and id != ?", [story, article]
            )
            if alone:
                continue
            # The story number the split gave it, unless another story holds it now.
            new = detail.get("to")
            if new is None or self.db["articles"].count_where("story_id = ?", [new]):
                new = self._new_story(self.db["articles"].get(article)["title"], None)
            elif not self.db["stories"].count_where("id = ?", [new]):
                self._new_story(self.db["articles"].get(article)["title"], None, new)
            self._move_articles([article], new)
            touched |= {story, new}
        for story_id in touched - {None}:
            self._event_keys(story_id)

    # -- /sources N ---------------------------------------------------------------------------

    def _with_actions(self, claims: list[Claim]) -> list[Claim]:
        fact_ids = [i for c in claims for i in c.fact_ids]
        if not fact_ids:
            return claims
        marks: dict[int, set[int]] = defaultdict(set)
        for f in self.db.query(
            f"select id, edit_id, check_id from facts where id in ({_marks(fact_ids)})", fact_ids
        ):
            marks[f["id"]] |= {i for i in (f["edit_id"], f["check_id"]) if i is not None}
        ids = sorted({i for found in marks.values() for i in found})
        if not ids:
            return claims
        actions = {
            r["id"]: _action(r)
            for r in self.db.query(f"select * from review_actions where id in ({_marks(ids)})", ids)
        }
        for c in claims:
            mine = sorted({i for fact in c.fact_ids for i in marks.get(fact, ())})
            c.actions = [actions[i] for i in mine if i in actions]
        return claims

    def story_review(self, story_id: int, *, for_editor: bool = True) -> StoryReview | None:
        """/sources N: every figure with its words, outlets and editors' actions; the articles.

        Uncertain figures nobody confirmed yet are for editors' eyes only (for_editor)."""
        rows = list(self.db["stories"].rows_where("id = ?", [story_id], limit=1))
        if not rows:
            return None
        articles = list(
            self.db["articles"].rows_where("story_id = ?", [story_id], order_by="published, id")
        )
        live = [a for a in articles if a["remove_id"] is None]
        sources = self._sources_by_article(a["id"] for a in live)
        facts = self._facts(
            "story_id = ? and field not in ('region', 'target')",
            [story_id],
            scope=LIVE_FACT if for_editor else PUBLIC_FACT,
        )
        claims = self._with_actions(self._claims(facts, sources))
        title = (live or articles)[-1]["title"] if articles else rows[0]["title"]
        return StoryReview(
            story_id=story_id,
            title=title or rows[0]["title"],
            claims=claims,
            articles=[
                ArticleRef(
                    a["id"],
                    a["title"] or "",
                    a["outlet"],
                    a["published"],
                    a["remove_id"] is not None,
                )
                for a in articles
            ],
            actions=[
                a
                for a in self.editor_actions(story_id=story_id)
                if a.action in ("remove", "restore", "merge", "split", "confirm", "date")
            ],
        )
