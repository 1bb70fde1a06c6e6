"""Edited messages: the article a message brought is updated, never stored a second time.

Every chat message that brought an article is remembered (`arrivals`: chat, message, article,
and the part's text when a long paste came in several messages). When the message is edited,
its article takes the new text: its figures are replaced by the ones the edit states (the old
ones are kept, superseded by the new, or withdrawn when the edit drops them), and subscribers
get a correction when that changes what they were told. The edit is recorded in the audit trail
(`review_actions`, action "edit"), like an editor's /fix.

Mixed into `storage.store.Store`; uses its `db`, `_write()`, `_changes()`, `_write_facts()`.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storage.events import Event, compatible, main_event
from storage.review import LIVE_FACT, PUBLIC_FACT, Editor
from storage.similarity import shingles, sketch
from storage.views import Change

if TYPE_CHECKING:
    from storage.store import NewSource


@dataclass(frozen=True)
class ArrivalPart:
    """One message that brought (part of) an article."""

    article_id: int
    message_id: int
    part: int
    text: str | None


@dataclass(frozen=True)
class EditResult:
    """What an edit did to the stored article."""

    status: str  # "updated", or "unchanged" when the edit changes no word that counts
    article_id: int
    story_id: int | None
    story_sources: int
    changes: tuple[Change, ...] = ()
    date_found: str | None = None


def _marks(items) -> str:
    return ",".join("?" * len(items))


class EditsMixin:
    """Remembering which message brought which article, and updating it when edited."""

    def remember_arrival(
        self, chat_id: int, message_ids: list[int], article_id: int, texts: list[str] | None = None
    ) -> None:
        """Remember the message(s) that brought an article (a long paste: one per part)."""
        texts = texts if texts is not None and len(texts) == len(message_ids) else None
        with self._write():
            self.db.conn.executemany(
                """insert or replace into arrivals (chat_id, message_id, article_id, part, text)
                values (?, ?, ?, ?, ?)""",
                [
                    (chat_id, message_id, article_id, part, texts[part] if texts else None)
                    for part, message_id in enumerate(message_ids)
                ],
            )

    def remember_edit(self, chat_id: int, message_id: int, text: str) -> None:
        """Keep a message's edited text as its part of the article."""
        with self._write():
            self.db.execute(
                "update arrivals set text = ? where chat_id = ? and message_id = ?",
                [text, chat_id, message_id],
            )

    def arrival_parts(self, chat_id: int, message_id: int) -> list[ArrivalPart] | None:
        """Every part of the paste a message belongs to, in order; None for an unknown one."""
        row = self.db.execute(
            "select article_id from arrivals where chat_id = ? and message_id = ?",
            [chat_id, message_id],
        ).fetchone()
        if row is None:
            return None
        return [
            ArrivalPart(article_id, message_id, part, text)
            for article_id, message_id, part, text in self.db.execute(
                """select article_id, message_id, part, text from arrivals where chat_id = ?
                and article_id = ? order by part""",
                [chat_id, row[0]],
            )
        ]

    def update_article(
        self,
        article_id: int,
        text: str,
        extraction: dict,
        source: NewSource,
        *,
        editor: Editor,
        date_found: str | None = None,
    ) -> EditResult:
        """Give a stored article its edited text and figures; push what that corrects.

        `source` is the edited message's (its arrival key moves to the new text, so sending
        the edited text again is "already stored").
        """
        reported = extraction.get("published") or None
        with self._write():
            row = self.db.execute(
                "select story_id, text_hash, extraction, title, outlet, held, remove_id "
                "from articles where id = ?",
                [article_id],
            ).fetchone()
            if row is None:
                raise KeyError(article_id)
            story_id, old_hash, old_extraction, title, outlet, held, removed = row
            digest = store_module().text_hash(text)
            if digest == old_hash and _same_figures(json.loads(old_extraction or "{}"), extraction):
                return EditResult(
                    "unchanged", article_id, story_id, self.story_source_count(story_id)
                )
            # An article taken out as not a report: its figures withdrawn with it are replaced
            # too, so that restoring it brings back the edited figures, not the old ones.
            old = self._facts(
                f"""article_id = ? and superseded_by is null
                and (({LIVE_FACT}) or (undone_by is null and withdrawn_by = ?))""",
                [article_id, -1 if removed is None else removed],
                scope="1",
            )
            audit = self._audit(
                "edit",
                editor,
                story_id=story_id,
                article_id=article_id,
                before=title,
                after=extraction.get("title") or title,
                detail={"text_hash": [old_hash, digest]},
            )
            first_story = story_id
            story_id = self._move_if_event_changed(article_id, story_id, extraction, reported)
            shown = extraction.get("outlet") or outlet or store_module().UNKNOWN_OUTLET
            # Against the story as subscribers know it, this article's old figures included:
            # a figure the edit changes reads "139 → 140".
            changes = self._changes(story_id, extraction, shown, main_event(extraction))
            # The same report, edited: a night's figure it changes is an update of that report,
            # not a second report beside it.
            changes = [
                dataclasses.replace(c, kind="update") if c.kind == "more" else c for c in changes
            ]
            first_new = (self.db.execute("select max(id) from facts").fetchone()[0] or 0) + 1
            self._write_facts(story_id, article_id, extraction, reported)
            self._keep_evidence(article_id, story_id, extraction, reported)
            new = self._facts("article_id = ? and id >= ?", [article_id, first_new], scope="1")
            changes += self._replace_facts(story_id, old, new, audit)
            if digest != old_hash:  # a new date alone leaves the copies as they were
                self._split_copies(article_id, first_story, old)
            self.db.execute(
                """update articles set text = ?, text_hash = ?, extraction = ?, title = ?,
                published = ?, language = ?, date_found = coalesce(?, date_found)
                where id = ?""",
                [
                    text,
                    digest,
                    json.dumps(extraction, ensure_ascii=False),
                    extraction.get("title") or title,
                    extraction.get("published"),
                    extraction.get("language"),
                    date_found,
                    article_id,
                ],
            )
            self.db.execute("delete from article_sketch where article_id = ?", [article_id])
            self._insert_many(
                "article_sketch",
                [{"hash": h, "article_id": article_id} for h in sketch(shingles(text))],
            )
            before_key = self.arrival_key_of(old_hash, source)
            if before_key is not None:
                self.db.execute(
                    "update sources set arrival_key = ? where article_id = ? and arrival_key = ?",
                    [self.arrival_key_of(digest, source), article_id, before_key],
                )
            self._touch_story(story_id, reported)
            self._story_dates(story_id)
            # What the edit leaves standing is what subscribers are now told (unless held).
            self.db.execute(
                f"""update facts set published = case when {PUBLIC_FACT} and ? then 1 else 0 end
                where article_id = ? and id >= ?""",
                [0 if held else 1, article_id, first_new],
            )
            if removed is not None:
                # An article an editor took out as not a report stays out, edited or not: its
                # new figures are withdrawn with it (and come back if the editor restores it).
                self.db.execute(
                    "update facts set withdrawn_by = ? where article_id = ? and id >= ?",
                    [removed, article_id, first_new],
                )
            if held or removed is not None:
                changes = []
            for listener in self.change_listeners:
                listener(self.db, changes)
        return EditResult(
            "updated",
            article_id,
            story_id,
            self.story_source_count(story_id),
            tuple(changes),
            date_found,
        )

    def _split_copies(self, article_id: int, story_id: int, old: list[dict]) -> None:
        """Copies of an article's text from other channels (syndication) said the text before
        the edit: they become an article of their own with that text, still a source of the
        figures the edit kept, their figures the edit changed shown as updated, not as theirs.

        Call after the edit's figures replaced the old ones and before the article takes its
        new text."""
        copies = [
            r[0]
            for r in self.db.execute(
                "select id from sources where article_id = ? and coalesce(near_duplicate, 0) = 1",
                [article_id],
            )
        ]
        if not copies:
            return
        article = dict(self.db["articles"].get(article_id))
        outlet, url = self.db.execute(
            "select outlet, url from sources where id = ?", [copies[0]]
        ).fetchone()
        for key in ("id", "confirmed_by", "confirm_id"):
            article.pop(key)
        copy_id = self._insert(
            "articles", {**article, "story_id": story_id, "outlet": outlet, "url": url}
        )
        marks = ", ".join("?" * len(copies))
        self.db.execute(
            f"update sources set article_id = ? where id in ({marks})", [copy_id, *copies]
        )
        self._record_event(copy_id, story_id, main_event(json.loads(article["extraction"] or "{}")))
        self._insert_many(
            "article_sketch",
            [{"hash": h, "article_id": copy_id} for h in sketch(shingles(article["text"]))],
        )
        rows = []
        for fact in old:
            row = dict(self.db["facts"].get(fact["id"]))
            replacement = row["superseded_by"]
            if replacement is not None:
                now = self.db.execute(
                    "select value from facts where id = ?", [replacement]
                ).fetchone()
                if now is not None and now[0] == row["value"]:
                    replacement = None  # the edit kept this figure: the copy still gives it
            row.pop("id")
            rows.append(
                {**row, "article_id": copy_id, "story_id": story_id, "superseded_by": replacement}
            )
        self._insert_many("facts", rows)

    def _move_if_event_changed(
        self, article_id: int, story_id: int, extraction: dict, reported: str | None
    ) -> int:
        """An edit that changes the article's event (another night, another swap) moves it to
        that event's story; returns the story the article is in now."""
        event = main_event(extraction)
        row = self.db.execute(
            "select kind, day, count, returned, side from article_events where article_id = ?",
            [article_id],
        ).fetchone()
        before = Event(*row) if row else None
        if event == before:
            return story_id
        self.db.execute("delete from article_events where article_id = ?", [article_id])
        if event is not None and before is not None and compatible(event, before):
            self._record_event(article_id, story_id, event)
            return story_id
        new_story, _ = self._assign_story(extraction, event, reported)
        self.db.execute("update articles set story_id = ? where id = ?", [new_story, article_id])
        self.db.execute(
            "update facts set story_id = ? where article_id = ?", [new_story, article_id]
        )
        self._record_event(article_id, new_story, event)
        self._story_dates(story_id)
        return new_story

    def _replace_facts(
        self,
        story_id: int,
        old: list[dict],
        new: list[dict],
        audit: int,
    ) -> list[Change]:
        """The edit's figures supersede the article's old ones; figures the edit dropped are
        withdrawn. Returns the correction for dropped figures subscribers were told."""

        def key(f: dict) -> tuple:
            return (f["topic"], f["field"], f["night"], f["claimant"], f["attacker"])

        newest = {key(f): f for f in new if f["field"] not in _LISTS}
        dropped = []
        for f in old:
            replacement = newest.get(key(f))
            if replacement is not None:
                self.db.execute(
                    "update facts set superseded_by = ? where id = ?", [replacement["id"], f["id"]]
                )
                continue
            if f.get("edit_id") is not None and f["field"] not in _LISTS:
                # An editor's /fix stands: the edited text states it no less than the old did.
                continue
            # Places and mediators come again as new rows; a figure the edit no longer states
            # is withdrawn (kept, as every replaced figure is).
            self.db.execute("update facts set withdrawn_by = ? where id = ?", [audit, f["id"]])
            if f["field"] not in _LISTS:
                dropped.append(f)
        gone = {f["id"] for f in dropped}
        told = [f for f in dropped if f.get("published") and not self._still_told(f, gone)]
        # Named by their event, one per night and claimant, linking the edited post.
        articles = {f["article_id"] for f in old}
        return self._taken_back(story_id, told, "dropped", "edited", article_ids=articles)


# Fields that hold a list (one row per place, target or mediator), replaced whole by an edit.
_LISTS = ("region", "target", "mediator")


def store_module():
    """storage.store, which mixes this class in (imported late: it imports this module)."""
    from storage import store

    return store


def _same_figures(old: dict, new: dict) -> bool:
    keys = store_module().fact_keys
    return keys(old) == keys(new) and old.get("published") == new.get("published")
