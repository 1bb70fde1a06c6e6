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
`_facts()`, `_claims()` and `change_listeners`. The rules that need no database are in
`storage.review_rules`; /merge and /split in `storage.regroup`.
"""

from __future__ import annotations

import dataclasses
import json
from collections import defaultdict
from collections.abc import Iterable

from extraction.strikes import FIELDS as STRIKE_FIGURES
from storage import digests
from storage.events import NIGHT, SWAP, TALKS
from storage.events import mentions as headline_mentions
from storage.figures import as_number
from storage.regroup import RegroupMixin
from storage.review_rules import (
    _NAMELESS_HINTS,
    _REVIEWED,
    CLAIMANT_SIDES,
    DEFAULT_CLAIMANT,
    EXCHANGE_FIELDS,
    FIX_FIELDS,
    LIVE_ARTICLE,
    LIVE_FACT,
    MAX_FIGURE,
    NIGHT_FIX_FIELDS,
    PUBLIC_FACT,
    PUSH_AUTO,
    PUSH_CONFIRMED,
    PUSH_POLICIES,
    SIDES,
    STATUSES,
    SWAP_FIX_FIELDS,
    Editor,
    ReviewError,
    _action,
    _marks,
    _now,
    attacker_of,
    edited_from,
    named_claimant,
    note_fact,
    note_replaced,
    parse_figure,
    returned_side,
    sanity_warnings,
    unchecked_doubt,
)
from storage.views import (
    ARTICLES_PER_PAGE,
    SHOWN_SOURCES,
    ArticleRef,
    ArticleReview,
    Change,
    Claim,
    EditorAction,
    FigureEdit,
    ReviewFigure,
    ReviewOutcome,
    StoryReview,
)

__all__ = [
    "EXCHANGE_FIELDS",
    "FIX_FIELDS",
    "LIVE_ARTICLE",
    "LIVE_FACT",
    "MAX_FIGURE",
    "PUBLIC_FACT",
    "PUSH_AUTO",
    "PUSH_CONFIRMED",
    "PUSH_POLICIES",
    "STATUSES",
    "Editor",
    "ReviewError",
    "ReviewMixin",
    "edited_from",
    "note_fact",
    "note_replaced",
    "parse_figure",
    "sanity_warnings",
]


class ReviewMixin(RegroupMixin):
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

    def _link_of(self, article_ids: Iterable[int]) -> str | None:
        """The post or page of the first of these articles, for a push to link."""
        refs = self._sources_by_article(article_ids)
        first = min(refs, default=None)
        return next((r.link for r in refs.get(first, []) if r.link), None)

    def _push(self, changes: list[Change]) -> int:
        """Hand changes to the listeners (the outbox); return how many subscribers are told:
        a change about a night or swap too old to be news is logged nowhere and pushed to none,
        so an editor's reply must not say they get it."""
        if changes:
            for listener in self.change_listeners:
                listener(self.db, changes)
        subscriptions = getattr(self, "subscriptions", None)
        if subscriptions is None:
            return len(changes)
        return sum(1 for change in changes if subscriptions.is_news(change))

    def _exchange_event(self, story_id: int, rec: dict) -> tuple[str, str | None]:
        """The stage (talks or swap) and day a story's exchange is known by, for a push."""
        row = self.db.execute(
            """select kind, min(day) from article_events where story_id = ?
            and kind in ('talks', 'swap') group by kind order by kind = 'swap' desc limit 1""",
            [story_id],
        ).fetchone()
        if row:
            return row[0], row[1]
        status = (rec.get("status") or {}).get("value")
        if status is None:
            status = self._latest_in_story(story_id, "exchange", "status")
        # A story no report placed on a swap (an editor set its figures): its date.
        day = self.db.execute("select first_date from stories where id = ?", [story_id]).fetchone()
        day = day[0] if day else None
        return ("swap" if status == "completed" else "talks"), day

    def _release(self, story_ids: Iterable[int], how: str = "confirmed") -> int:
        """Push every figure of these stories that may now be told and was not; return lines.

        `how` names the editor's action that released them ("confirmed", "corrected", "set":
        a figure no report gave, the editor's own, so no outlet is named for it)."""
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

        def moves(rec: dict[str, dict], order) -> tuple:
            # (field, what subscribers were told before or None, the figure now)
            out = []
            for name in order:
                fact = rec.get(name)
                number = as_number(name, fact["value"]) if fact else None
                if number is None:
                    continue
                earlier = [as_number(name, v) for v in was.get(fact["id"], [])]
                out.append((name, next((e for e in earlier if e is not None), None), number))
            return tuple(out)

        # Figures an editor set that no report gave are the editor's, whatever released them
        # (the fix itself, or a Confirm the article waited for): no outlet is named for them.
        added = self._editor_set(f["id"] for f in facts)

        def told_as(rec: dict[str, dict]) -> str:
            if how in ("confirmed", "corrected", "set") and all(
                f["id"] in added for f in rec.values()
            ):
                return "set"
            return "corrected" if how == "set" else how

        changes: list[Change] = []
        for story_id, rec in exchange.items():
            stage, event_day = self._exchange_event(story_id, rec)
            by = told_as(rec)
            status = rec.get("status")
            old = was.get(status["id"], [None])[0] if status else None
            changes.append(
                Change(
                    "exchange",
                    "",
                    story_id,
                    self._outlets(articles[("exchange", story_id)]) if by != "set" else (),
                    stage=stage,
                    event_day=event_day,
                    status=status["value"] if status else None,
                    old_status=old,
                    figures=moves(rec, ("count", "returned")),
                    editor=by,
                    link=self._link_of(articles[("exchange", story_id)]) if by != "set" else None,
                )
            )
        for key, rec in strikes.items():
            story_id, night, claimant, attacker = key
            figures = moves(rec, STRIKE_FIGURES)
            if not figures:
                continue
            told_night = self.db.execute(
                f"""select count(*) from facts where topic = 'strike' and night is ?
                and claimant is ? and attacker is ? and published = 1 and {LIVE_FACT}""",
                [night, claimant, attacker],
            ).fetchone()[0]
            if any(before is not None for _, before, _ in figures):
                kind = "update"
            else:
                kind = "more" if told_night else "new_night"
            by = told_as(rec)
            changes.append(
                Change(
                    "strikes",
                    "",
                    story_id,
                    self._outlets(articles[key]) if by != "set" else (),
                    night,
                    event_day=night,
                    figures=figures,
                    claimant=claimant,
                    kind=kind,
                    editor=by,
                    attacker=attacker,
                    link=self._link_of(articles[key]) if by != "set" else None,
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
            audit, _ = self._mark_confirmed(article, editor)
            released = self._release([article["story_id"]])
        return ReviewOutcome(
            "confirm",
            audit,
            article["story_id"],
            self.article_review(article_id),
            released=released,
        )

    def _mark_confirmed(self, article: dict, editor: Editor) -> tuple[int, int]:
        """Audit and mark one article's live figures checked (inside a write); return the
        audit row's id and how many figures it checked (as its receipt counts them: not
        regions or mediators, which are checked with them)."""
        rows = list(
            self.db.query(
                f"""select id, field from facts where article_id = ? and {LIVE_FACT}
                and superseded_by is null""",
                [article["id"]],
            )
        )
        ids = [r["id"] for r in rows]
        audit = self._audit(
            "confirm",
            editor,
            story_id=article["story_id"],
            article_id=article["id"],
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
            [audit, editor.id, article["id"]],
        )
        return audit, sum(r["field"] in _REVIEWED for r in rows)

    def confirm_story(self, story_id: int, editor: Editor) -> ReviewOutcome:
        """Mark every figure of a story checked by an editor (each of its articles not yet
        confirmed), and push in one go what may now be told."""
        with self._write():
            self._live_story(story_id)
            articles = list(
                self.db["articles"].rows_where(
                    "story_id = ? and remove_id is null", [story_id], order_by="id"
                )
            )
            waiting = [a for a in articles if a["confirm_id"] is None]
            if not waiting:
                last = max(articles, key=lambda a: a["confirm_id"])
                return ReviewOutcome(
                    "confirm",
                    last["confirm_id"],
                    story_id,
                    self.article_review(last["id"]),
                    already=True,
                )
            audit, figures = None, 0
            for article in waiting:
                audit, checked = self._mark_confirmed(article, editor)
                figures += checked
            released = self._release([story_id])
        return ReviewOutcome(
            "confirm",
            audit,
            story_id,
            None,
            released=released,
            confirmed_articles=tuple(a["id"] for a in waiting),
            checked_figures=figures,
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

    def _taken_back(self, story_id: int, facts: list[dict], kind: str, editor: str,
                    *, article_ids: Iterable[int] = ()) -> list[Change]:  # fmt: skip
        """Corrections naming their event for figures subscribers were told that an editor's
        action takes back or puts back: one for the story's swap, one per night and claimant.

        `kind` says what happened to them ("withdrawn", "restored", "retracted"), `editor`
        which action did it; the articles they came from give the outlets and the link."""
        ids = list(article_ids)
        outlets = self._outlets(ids) if ids else ()
        link = self._link_of(ids) if ids else None
        changes: list[Change] = []
        swap = {f["field"]: f["value"] for f in facts if f["topic"] == "exchange"}
        if any(name in swap for name in EXCHANGE_FIELDS):
            stage, event_day = self._exchange_event(story_id, {})
            changes.append(
                Change(
                    "exchange",
                    "",
                    story_id,
                    outlets,
                    stage=stage,
                    event_day=event_day,
                    status=swap.get("status"),
                    figures=tuple(
                        (name, None, number)
                        for name in ("count", "returned")
                        if (number := as_number(name, swap.get(name))) is not None
                    ),
                    kind=kind,
                    editor=editor,
                    link=link,
                )
            )
        nights: dict[tuple, dict[str, str]] = defaultdict(dict)
        for f in facts:
            if f["topic"] == "strike" and f["field"] in STRIKE_FIGURES:
                nights[(f["night"], f["claimant"], f["attacker"])][f["field"]] = f["value"]
        for (night, claimant, attacker), rec in nights.items():
            figures = tuple(
                (name, None, number)
                for name in STRIKE_FIGURES
                if (number := as_number(name, rec.get(name))) is not None
            )
            if figures:
                changes.append(
                    Change(
                        "strikes",
                        "",
                        story_id,
                        outlets,
                        night,
                        event_day=night,
                        figures=figures,
                        claimant=claimant,
                        kind=kind,
                        editor=editor,
                        attacker=attacker,
                        link=link,
                    )
                )
        return changes

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
        kind, editor = ("withdrawn", "removed") if how == "withdrawn" else ("restored", "restored")
        return self._taken_back(
            article["story_id"], told, kind, editor, article_ids=[article["id"]]
        )

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
            released = self._release([article["story_id"]])
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

    def _live_story(self, story_id: int) -> dict:
        """A story an editor can act on: it exists, was not merged away, and not every one of
        its articles was taken out as not a report."""
        story = self._story(story_id)
        live = self.db.execute(
            "select count(*) from articles where story_id = ? and remove_id is null", [story_id]
        ).fetchone()[0]
        if not live:
            raise ReviewError("all_removed", story=story_id)
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
        who = self._story_claimant(story_id, field, claimant, rows)
        if who is None:
            raise ReviewError("unknown_claimant", story=story_id, claimant=claimant, choices=names)
        return who

    def _story_claimant(
        self, story_id: int, field: str, claimant: str | None, rows: list[dict]
    ) -> str | None:
        """The claimant of the story's strike figures `rows` an editor means: named (in part,
        any case), else the one with this figure, else the only one; None when the name is
        none of the story's, or the story has no figure of any claimant."""
        names = list(dict.fromkeys(r["claimant"] for r in rows if r["claimant"]))
        if claimant:
            wanted = claimant.casefold().strip()
            exact = [n for n in names if n.casefold() == wanted]
            found = exact or [n for n in names if wanted in n.casefold()]
            if len(found) == 1:
                return found[0]
            if found:
                raise ReviewError(
                    "ambiguous_claimant", story=story_id, claimant=claimant, choices=found
                )
            return None
        having = list(dict.fromkeys(r["claimant"] for r in rows if r["field"] == field))
        if len(having) == 1:
            return having[0]
        figures = [r for r in rows if r["field"] in STRIKE_FIGURES]
        givers = list(dict.fromkeys(r["claimant"] for r in figures if r["claimant"]))
        if not having and len(givers) == 1:
            attackers = {r["attacker"] for r in figures}
            if attackers != {"ukraine"}:
                return givers[0]
            # Only Russia's claim (Ukrainian drones it downed): a figure it does not give may
            # as well be the Air Force's count of Russia's attack. The editor says whose.
            raise ReviewError(
                "ambiguous_claimant",
                story=story_id,
                claimant=None,
                choices=[*givers, DEFAULT_CLAIMANT],
            )
        if not givers:
            # Places only, or nothing: the figure is the attacked side's, the Air Force's.
            return DEFAULT_CLAIMANT if DEFAULT_CLAIMANT in names else None
        raise ReviewError(
            "ambiguous_claimant", story=story_id, claimant=None, choices=having or givers
        )

    def _new_claimant(
        self, story_id: int, claimant: str | None, names: list[str]
    ) -> tuple[str, str]:
        """(name, attacker) of a claimant none of the story's figures has: the one named, or
        the Air Force when none is."""
        if not claimant:
            return DEFAULT_CLAIMANT, attacker_of(CLAIMANT_SIDES[DEFAULT_CLAIMANT])

        def known() -> dict[str, str]:
            return {
                r[0]: r[1]
                for r in self.db.execute(
                    f"""select claimant, max(attacker) from facts where topic = 'strike'
                    and claimant is not null and field in ({_marks(STRIKE_FIGURES)})
                    group by claimant""",
                    list(STRIKE_FIGURES),
                )
            }

        try:
            return named_claimant(claimant, known, story_id)
        except ReviewError as error:
            if error.code != "no_such_claimant" or not names:
                raise
            # A name nobody knows, on a story with claimants: the story's are the choice.
            raise ReviewError(
                "unknown_claimant", story=story_id, claimant=claimant, choices=names
            ) from None

    @staticmethod
    def _returned_side(
        story_id: int, old: list[dict], claimant: str | None
    ) -> tuple[list[dict], str | None]:
        """The returned figures an editor's /fix replaces, and whose people it counts: the
        side named (Ukraine's or Russia's), else the one side the reports give. Both sides'
        figures are never made one: with two sides and none named, the editor is asked."""
        given = {f["side"] for f in old if f["side"]}
        sides = [s for s in SIDES if s in given] + sorted(given - set(SIDES))
        if claimant:
            side = returned_side(claimant)
            if side is None:
                raise ReviewError(
                    "unknown_claimant", story=story_id, claimant=claimant, choices=list(SIDES)
                )
            return [f for f in old if f["side"] == side], side
        if len(sides) > 1:
            raise ReviewError("which_side", story=story_id, choices=sides)
        return old, sides[0] if sides else None

    def _story_kind(self, story_id: int) -> str | None:
        """'strike' or 'exchange' when what a story is about says so (its events, its facts,
        its headlines' words); None when nothing does, or both do."""
        kinds = {
            r[0]
            for r in self.db.execute(
                "select distinct kind from article_events where story_id = ?", [story_id]
            )
        }
        night, swap = NIGHT in kinds, bool(kinds & {TALKS, SWAP})
        if night != swap:
            return "strike" if night else "exchange"
        if night:
            return None
        topics = {
            r[0]
            for r in self.db.execute(
                f"""select distinct f.topic from facts f join articles a on a.id = f.article_id
                where f.story_id = ? and a.{LIVE_ARTICLE} and f.{LIVE_FACT}""",
                [story_id],
            )
        }
        if len(topics) == 1:
            return topics.pop()
        if topics:
            return None
        titles = [
            r[0] or ""
            for r in self.db.execute(
                f"select title from articles where story_id = ? and {LIVE_ARTICLE}", [story_id]
            )
        ]
        about_night = any(headline_mentions(t, "strikes") for t in titles)
        about_swap = any(headline_mentions(t, "exchange") for t in titles)
        if about_night != about_swap:
            return "strike" if about_night else "exchange"
        return None

    def _fits(self, story_id: int, topic: str, field: str) -> None:
        """Refuse a figure of a kind the story is not about: returned on an attack night,
        drones on a swap."""
        kind = self._story_kind(story_id)
        if kind is None or kind == topic:
            return
        if topic == "exchange":
            raise ReviewError(
                "not_a_swap", story=story_id, field=field, allowed=", ".join(NIGHT_FIX_FIELDS)
            )
        raise ReviewError(
            "not_a_night", story=story_id, field=field, allowed=", ".join(SWAP_FIX_FIELDS)
        )

    def _anchor_article(self, story_id: int, article_id: int | None) -> dict:
        """The article a figure no report gave is filed under: the receipt's the editor
        answered, else the story's newest (its date, the figure's)."""
        (row,) = self.db.query(
            f"""select id, published from articles where story_id = ? and {LIVE_ARTICLE}
            order by id = ? desc, published is null, published desc, id desc limit 1""",
            [story_id, article_id or 0],
        )
        return row

    def _story_night(self, story_id: int, strikes: list[dict], anchor: dict) -> str:
        """The attack night a story is about: its reports' night, else the story's day (a
        night is named by the day it ends, the day the morning's reports come out)."""
        row = self.db.execute(
            "select max(day) from article_events where story_id = ? and kind = ?",
            [story_id, NIGHT],
        ).fetchone()
        nights = [f["night"] for f in strikes if f["night"]]
        night = (row[0] if row and row[0] else None) or (nights[0] if nights else None)
        # The story's date is its articles' unless an editor gave it another (/fix N date).
        night = night or self._story(story_id)["last_date"] or (anchor["published"] or "")[:10]
        if not night:
            raise ReviewError("undated", story=story_id)
        return night[:10]

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
        """An editor's /fix: the figure becomes `value` (old one kept); corrections pushed.

        A figure no report gave (a night the extractor found no figure for, a claimant the
        story has none of, a swap's number nobody stated) is added as the editor's, for the
        story's night or swap, and pushed as a new figure."""
        if field not in FIX_FIELDS:
            raise ReviewError("bad_field", field=field, allowed=", ".join(FIX_FIELDS))
        value = parse_figure(field, value)
        with self._write():
            self._live_story(story_id)
            if field == "date":
                return self._fix_date(story_id, value, editor, claimant)
            attacker = side = None
            if field in EXCHANGE_FIELDS:
                topic, who, night = "exchange", None, None
                base = self._current(story_id, "f.topic = 'exchange'", [])
                if not base:
                    self._fits(story_id, topic, field)
                old = [f for f in base if f["field"] == field]
                if field == "returned":
                    old, side = self._returned_side(story_id, old, claimant)
            else:
                topic = "strike"
                strikes = self._current(story_id, "f.topic = 'strike'", [])
                if not strikes:
                    self._fits(story_id, topic, field)
                who = self._story_claimant(story_id, field, claimant, strikes)
                if who is None:  # a claimant the story has nothing of: beside the others
                    names = list(dict.fromkeys(f["claimant"] for f in strikes if f["claimant"]))
                    who, attacker = self._new_claimant(story_id, claimant, names)
                base = [f for f in strikes if f["claimant"] == who]
                old = [f for f in base if f["field"] == field]
                if base:
                    night = (old or base)[0]["night"]
                    old = [f for f in old if f["night"] == night]
                    attacker = (old or base)[0]["attacker"]
            if base:
                base = old or base  # the figure's own reports first: its words, its article
                # A report that gave the very value the editor chose is the figure's: its words
                # and outlet, not those of the report whose other figure was set aside.
                anchor = (
                    next((f for f in old if f["value"] == value), None)
                    or next((f for f in base if f["article_id"] == article_id), None)
                    or base[0]
                )
                anchor_id = anchor["article_id"]
                reported = max(f["reported_at"] or "" for f in base) or None
                night = anchor["night"] if topic == "strike" else None
            else:
                article = self._anchor_article(story_id, article_id)
                anchor, anchor_id, reported = {}, article["id"], article["published"]
                if topic == "strike":
                    night = self._story_night(story_id, strikes, article)
            before = tuple(dict.fromkeys(f["value"] for f in old))
            if before == (value,):
                return ReviewOutcome(
                    "fix",
                    None,
                    story_id,
                    edits=(FigureEdit(topic, field, who, night, before, value),),
                    already=True,
                )
            # A figure only the extractor's doubt held back (an uncertain 200 read from "nearly
            # two hundred") was never any report's figure in the briefings: the editor's value
            # replaces it as the editor's own, with no outlet and no words credited for it.
            shown = [f for f in old if not unchecked_doubt(f)]
            audit = self._audit(
                "fix",
                editor,
                story_id=story_id,
                article_id=anchor_id,
                field=field,
                claimant=who,
                night=night,
                before=", ".join(dict.fromkeys(f["value"] for f in shown)) or None,
                after=value,
            )
            was_told = any(f["published"] for f in old)
            new_id = self._insert(
                "facts",
                {
                    "story_id": story_id,
                    "article_id": anchor_id,
                    "topic": topic,
                    "field": field,
                    "value": value,
                    "number": as_number(field, value),
                    "claimant": who,
                    "attacker": attacker,
                    "night": night,
                    "reported_at": reported,
                    "correction": 0,
                    "quote": anchor.get("quote") if shown else None,
                    "uncertain": 0,
                    "checked_by": editor.id,
                    "check_id": audit,
                    "edit_id": audit,
                    "published": 1 if was_told else 0,
                    "side": side,
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
            edit = FigureEdit(topic, field, who, night, before, value)
            correction = self._correction(story_id, edit, "corrected")
            corrections = self._push([correction] if was_told else [])
            # A figure no report gave is the editor's: subscribers hear it as set by an editor.
            released = self._release([story_id], "corrected" if shown else "set")
            # A typo on deadline (310 downed of 38 launched) is made as asked, and flagged.
            warnings = tuple(
                w
                for w in sanity_warnings(self._current(story_id, "f.topic = ?", [topic]))
                if topic == "exchange" or (w.claimant == who and w.night == night)
            )
        return ReviewOutcome(
            "fix",
            audit,
            story_id,
            edits=(edit,),
            corrections=corrections,
            released=released,
            warnings=warnings,
        )

    def _correction(self, story_id: int, edit: FigureEdit, how: str) -> Change:
        """A correction push: the figure subscribers were told, and what it is now."""
        if edit.topic != "exchange" or edit.field != "status":
            # Reports that differ (52 or 55) are carried as every value, never as one or none.
            return self._figure_correction(story_id, edit, how)
        stage, event_day = self._exchange_event(story_id, {})
        before = edit.before[0] if len(edit.before) == 1 else None
        return Change(
            "exchange", "", story_id, stage=stage, event_day=event_day, status=edit.after,
            old_status=before, editor=how,
        )  # fmt: skip

    def _figure_correction(self, story_id: int, edit: FigureEdit, how: str) -> Change:
        figure = (
            edit.field,
            _figure_values(edit.field, edit.before),
            _figure_values(edit.field, edit.after),
        )
        if edit.topic == "exchange":
            stage, event_day = self._exchange_event(story_id, {})
            return Change(
                "exchange", "", story_id, stage=stage, event_day=event_day, figures=(figure,),
                editor=how,
            )  # fmt: skip
        return Change(
            "strikes", "", story_id, (), edit.night, event_day=edit.night, figures=(figure,),
            claimant=edit.claimant, kind="update", editor=how,
        )  # fmt: skip

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
            changes = self._moved(story_id, told, day, "corrected")
            edit = FigureEdit("strike", "date", who, day, before, day)
            corrections = self._push(changes)
            return ReviewOutcome("date", audit, story_id, edits=(edit,), corrections=corrections)
        story = self._story(story_id)
        before = (story["last_date"] or "",)
        # Figures of undated reports take the editor's date: the swap's timeline shows it.
        undated = [
            r[0]
            for r in self.db.execute(
                "select id from facts where story_id = ? and reported_at is null", [story_id]
            )
        ]
        # The swap (or talks) is known by the editor's date from now on: pushes name it so,
        # and later reports of that day join this story.
        events = {
            str(r[0]): r[1]
            for r in self.db.execute(
                """select article_id, day from article_events where story_id = ?
                and kind in ('talks', 'swap')""",
                [story_id],
            )
        }
        told = self._swap_told(story_id)
        # The timeline dates the swap's present status by the editor's date too.
        status = self._latest_in_story(story_id, "exchange", "status")
        dated = {
            str(r[0]): r[1]
            for r in self.db.execute(
                """select id, reported_at from facts where story_id = ? and topic = 'exchange'
                and field = 'status' and value is ? and reported_at is not null""",
                [story_id, status],
            )
        }
        audit = self._audit(
            "date",
            editor,
            story_id=story_id,
            field="date",
            before=story["last_date"],
            after=day,
            detail={
                "story": {"first_date": story["first_date"], "last_date": story["last_date"]},
                "undated_facts": undated,
                "events": events,
                "reported": dated,
            },
        )
        self.db.execute(
            "update stories set first_date = ?, last_date = ? where id = ?",
            [day, day, story_id],
        )
        self.db.execute(
            f"update facts set reported_at = ? where id in ({_marks(undated)})", [day, *undated]
        )
        self._move_events(story_id, {article: day for article in events})
        self.db.execute(
            f"update facts set reported_at = ? where id in ({_marks(dated)})",
            [day, *(int(i) for i in dated)],
        )
        old_day = min(filter(None, events.values()), default=None)
        corrections = self._push(self._swap_moved(story_id, told, old_day, "corrected"))
        edit = FigureEdit("exchange", "date", None, None, before, day)
        return ReviewOutcome("date", audit, story_id, edits=(edit,), corrections=corrections)

    def _swap_told(self, story_id: int) -> dict[str, str]:
        """The swap's figures subscribers were told, newest report of each: status and counts."""
        told: dict[str, str] = {}
        for f in self._current(
            story_id, "f.topic = 'exchange' and f.field in ('status', 'count', 'returned')", []
        ):
            if f["published"]:
                told[f["field"]] = f["value"]
        return told

    def _swap_moved(
        self, story_id: int, told: dict[str, str], old_day: str | None, how: str
    ) -> list[Change]:
        """A correction for subscribers told of a swap under another date: the swap as they
        know it, on the date it has now, "not on" the one they were told."""
        if not told or not old_day:
            return []
        stage, event_day = self._exchange_event(story_id, {})
        if event_day is None or event_day == old_day:
            return []
        figures = tuple(
            (name, None, int(told[name]))
            for name in ("count", "returned")
            if str(told.get(name, "")).isdigit()
        )
        return [
            Change(
                "exchange", "", story_id, stage=stage, event_day=event_day,
                status=told.get("status"), figures=figures, kind="moved", editor=how,
                old_night=old_day,
            )
        ]  # fmt: skip

    def _moved(self, story_id: int, told: list[dict], night: str, editor: str) -> list[Change]:
        """Corrections for told figures an editor moved to another night: one per night they
        left and claimant, naming the night they are for now and the one they left."""
        groups: dict[tuple, list[dict]] = defaultdict(list)
        for f in told:
            if f["night"] != night:
                groups[(f["night"], f["claimant"], f["attacker"])].append(f)
        changes = []
        for (old, claimant, attacker), facts in groups.items():
            rec = {f["field"]: f["value"] for f in facts}
            changes.append(
                Change(
                    "strikes",
                    "",
                    story_id,
                    self._outlets({f["article_id"] for f in facts}),
                    night,
                    event_day=night,
                    figures=tuple(
                        (name, None, number)
                        for name in STRIKE_FIGURES
                        if (number := as_number(name, rec.get(name))) is not None
                    ),
                    claimant=claimant,
                    kind="moved",
                    editor=editor,
                    attacker=attacker,
                    link=self._link_of({f["article_id"] for f in facts}),
                    old_night=old,
                )
            )
        return changes

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
            story_id = fix["story_id"]
            if fix["action"] == "fix":
                created = self.db["facts"].get(detail["created"])
                self._check_still_stands(fix, created)
                # The story the figure is in now: a /merge since the fix moved it.
                story_id = created["story_id"] or story_id
            else:
                self._check_date_still_stands(fix, detail)
            audit = self._audit(
                "undo",
                editor,
                story_id=story_id,
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
            if fix["action"] == "date":
                moved_back: list[Change] = []
                swap_told = self._swap_told(story_id) if "story" in detail else {}
                for fact_id, night in (detail.get("nights") or {}).items():
                    fact = self.db["facts"].get(int(fact_id))
                    self.db.execute(
                        "update facts set night = ? where id = ?",
                        [night, int(fact_id)],
                    )
                    if fact["published"] and fact["field"] in STRIKE_FIGURES and night:
                        moved_back += self._moved(story_id, [fact], night, "undone")
                self._move_events(story_id, detail.get("events") or {})
                if "story" in detail:
                    self.db["stories"].update(story_id, detail["story"])
                undated = detail.get("undated_facts") or []
                self.db.execute(
                    f"update facts set reported_at = null where id in ({_marks(undated)})", undated
                )
                for fact_id, reported in (detail.get("reported") or {}).items():
                    self.db.execute(
                        "update facts set reported_at = ? where id = ?", [reported, int(fact_id)]
                    )
                edit = FigureEdit(
                    "strike", "date", fix["claimant"], fix["before"], (fix["after"],), fix["before"]
                )
                if "story" in detail and detail.get("events"):
                    moved_back += self._swap_moved(story_id, swap_told, fix["after"], "undone")
                corrections = self._push(_merged_moves(moved_back))
                return ReviewOutcome(
                    "undo", audit, story_id, edits=(edit,), corrections=corrections
                )
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
            # A figure held back as uncertain that the fix replaced is back waiting for an
            # editor: subscribers were never told it, so they are not told it now.
            shown = (
                [
                    r["id"]
                    for r in self.db.query(
                        f"select id from facts where id in ({_marks(replaced)}) and {PUBLIC_FACT}",
                        replaced,
                    )
                ]
                if replaced
                else []
            )
            if created["published"] and created["superseded_by"] is None:
                if shown:
                    self.db.execute(
                        f"update facts set published = 1 where id in ({_marks(shown)})", shown
                    )
                    told = tuple(
                        dict.fromkeys(
                            r["value"]
                            for r in self.db.query(
                                f"select value from facts where id in ({_marks(shown)})", shown
                            )
                        )
                    )
                    back = FigureEdit(
                        edit.topic,
                        edit.field,
                        edit.claimant,
                        edit.night,
                        edit.before,
                        told[0] if len(told) == 1 else ", ".join(told),
                    )
                    corrections = self._push([self._correction(story_id, back, "undone")])
                else:
                    corrections = self._push(self._withdrawal_of_edit(story_id, created))
        return ReviewOutcome("undo", audit, story_id, edits=(edit,), corrections=corrections)

    def _check_still_stands(self, fix: dict, created: dict) -> None:
        """Refuse to undo a fix whose figure was changed after it (another editor's fix, a
        later report's correction): undoing it would put the figure before it back beside the
        one that stands now."""
        if created["superseded_by"] is None:
            return
        story_id = created["story_id"] or fix["story_id"]
        now = self._current(
            story_id,
            "f.topic = ? and f.field = ? and f.claimant is ? and f.night is ?",
            [created["topic"], created["field"], created["claimant"], created["night"]],
        )
        raise ReviewError(
            "overtaken",
            story=story_id,
            field=created["field"],
            value=created["value"],
            now=tuple(dict.fromkeys(f["value"] for f in now)),
        )

    def _check_date_still_stands(self, fix: dict, detail: dict) -> None:
        """Refuse to undo a date fix that was changed after it (another editor's /fix date, a
        later report moving the swap's date): undoing it would overwrite that change unseen."""
        if "story" in detail:  # a swap's date is the story's
            story = self.db["stories"].get(fix["story_id"])
            now = tuple(dict.fromkeys(d for d in (story["first_date"], story["last_date"]) if d))
        else:  # a night's: the figures the fix moved
            ids = [int(i) for i in detail.get("nights") or {}]
            now = tuple(
                dict.fromkeys(
                    r[0] or ""
                    for r in self.db.execute(
                        f"select night from facts where id in ({_marks(ids)}) order by night",
                        ids,
                    )
                )
            )
        if not now or now == (fix["after"],):
            return
        raise ReviewError(
            "overtaken", story=fix["story_id"], field="date", value=fix["after"], now=now
        )

    def _withdrawal_of_edit(self, story_id: int, fact: dict) -> list[Change]:
        """An undone /fix that added a figure nobody reported: subscribers were told it, so
        they hear it no longer stands (the editor's figure: no outlet is named for it)."""
        return self._taken_back(story_id, [fact], "retracted", "undone")

    # -- /sources N ---------------------------------------------------------------------------

    def _editor_set(self, fact_ids: Iterable[int]) -> set[int]:
        """Those of these facts that an editor set and no report gave (a /fix that replaced
        nothing): no outlet is their source."""
        ids = sorted(set(fact_ids))
        if not ids:
            return set()
        return {
            r[0]
            for r in self.db.execute(
                f"""select f.id from facts f join review_actions r on r.id = f.edit_id
                where f.id in ({_marks(ids)}) and r.before is null""",
                ids,
            )
        }

    def _unsourced(self, claims: list[Claim]) -> list[Claim]:
        """The claims, with no source for a figure only an editor gives."""
        added = self._editor_set(i for c in claims for i in c.fact_ids)
        for c in claims:
            if c.fact_ids and added.issuperset(c.fact_ids):
                c.sources, c.source_total = [], None
        return claims

    def _with_actions(self, claims: list[Claim]) -> list[Claim]:
        fact_ids = [i for c in claims for i in c.fact_ids]
        if not fact_ids:
            return claims
        marks: dict[int, set[int]] = defaultdict(set)
        edits: dict[int, int] = {}
        # Only the few facts an editor fixed or checked: most of a story's have no action.
        for fact_id, edit_id, check_id in self.db.conn.execute(
            f"""select id, edit_id, check_id from facts where id in ({_marks(fact_ids)})
            and (edit_id is not null or check_id is not null)""",
            fact_ids,
        ):
            marks[fact_id] |= {i for i in (edit_id, check_id) if i is not None}
            if edit_id is not None:
                edits[fact_id] = edit_id
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
            set_only = c.fact_ids and all(
                fact in edits and edits[fact] in actions and actions[edits[fact]].before is None
                for fact in c.fact_ids
            )
            if set_only:
                # A figure an editor set that no report gave: no outlet is its source.
                c.sources, c.source_total = [], None
        return claims

    def story_review(
        self, story_id: int, *, for_editor: bool = True, page: int = 1
    ) -> StoryReview | None:
        """/sources N: every figure with its words, first outlets and editors' actions; one
        page of the story's articles (the first, or `page`), and how many there are.

        Uncertain figures nobody confirmed yet are for editors' eyes only (for_editor). Read
        from the story's digest kept on save (storage/digests.py) when it is current."""
        version = self._story_version(story_id)
        if version is None:
            return None
        kind = digests.REVIEW_EDITOR if for_editor else digests.REVIEW
        review = self._digested(
            kind, story_id, version, lambda: self._build_story_review(story_id, for_editor)
        )
        if page > 1 and review is not None:
            page = min(page, review.pages)
            articles = self._review_articles(story_id, (page - 1) * ARTICLES_PER_PAGE)
            review = dataclasses.replace(review, articles=articles, page=page)
        return review

    def _review_articles(self, story_id: int, offset: int = 0) -> list[ArticleRef]:
        """One page of a story's articles, oldest first (removed ones too, marked)."""
        # Not the articles' text and extraction: kilobytes each, and none of it shown here.
        rows = self.db.execute(
            """select id, title, outlet, published, remove_id from articles where story_id = ?
            order by published, id limit ? offset ?""",
            [story_id, ARTICLES_PER_PAGE, offset],
        ).fetchall()
        return [
            ArticleRef(id_, title or "", outlet, published, remove_id is not None)
            for id_, title, outlet, published, remove_id in rows
        ]

    def _build_story_review(self, story_id: int, for_editor: bool) -> StoryReview | None:
        """/sources N's first page from the facts: each figure's first SHOWN_SOURCES sources."""
        rows = self._story_rows("id = ?", [story_id])
        if not rows:
            return None
        (article_total,) = self.db.execute(
            "select count(*) from articles where story_id = ?", [story_id]
        ).fetchone()
        # The story's headline as /latest shows it: its latest real headline, else its latest
        # first sentence; failing those, the latest article's title, removed or not.
        title = self._story_title(story_id)[0]
        for live in (f"and {LIVE_ARTICLE}", "") if title is None else ():
            row = self.db.execute(
                f"""select title from articles where story_id = ? {live}
                order by published desc, id desc limit 1""",
                [story_id],
            ).fetchone()
            if row is not None:
                title = row[0]
                break
        live_ids = [
            r[0]
            for r in self.db.execute(
                f"select id from articles where story_id = ? and {LIVE_ARTICLE}", [story_id]
            )
        ]
        sources = self._sources_by_article(live_ids)
        facts = self._facts(
            "story_id = ? and field not in ('region', 'target')",
            [story_id],
            scope=LIVE_FACT if for_editor else PUBLIC_FACT,
            columns=self.claim_columns,
        )
        claims = self._with_actions(self._claims(facts, sources))
        for claim in claims:
            if len(claim.sources) > SHOWN_SOURCES:
                claim.source_total = len(claim.sources)
                claim.sources = claim.sources[:SHOWN_SOURCES]
        return StoryReview(
            story_id=story_id,
            title=title or rows[0]["title"],
            titles=self._story_titles(story_id),
            claims=claims,
            articles=self._review_articles(story_id),
            actions=[
                a
                for a in self.editor_actions(story_id=story_id)
                if a.action in ("remove", "restore", "merge", "split", "confirm", "date")
            ],
            article_total=article_total,
        )


def _merged_moves(changes: list[Change]) -> list[Change]:
    """Moves of one night and claimant, made fact by fact, as one change each."""
    merged: dict[tuple, Change] = {}
    for c in changes:
        key = (c.night, c.old_night, c.claimant, c.attacker)
        if key in merged:
            c = dataclasses.replace(c, figures=merged[key].figures + c.figures)
        merged[key] = c
    return list(merged.values())


def _figure_values(field: str, values) -> int | tuple[int, ...] | None:
    """A figure's value for a push: one number, every number when reports differ (a tuple),
    or None when there was none. `values` is one stored value, a tuple of them, or a string
    of several ("52, 55") as an undo restores them."""
    if values is None:
        return None
    items = values if isinstance(values, (tuple, list)) else (values,)
    numbers: list[int] = []
    for item in items:
        for part in str(item).split(","):
            number = as_number(field, part.strip())
            if number is not None and number not in numbers:
                numbers.append(number)
    if not numbers:
        return None
    return numbers[0] if len(numbers) == 1 else tuple(sorted(numbers))
