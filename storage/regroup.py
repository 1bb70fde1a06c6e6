"""Editors regroup stories: /merge A B and /split STORY ARTICLE, audited, and kept when the
stories are rebuilt from events (reparse). Mixed into Store through ReviewMixin."""

from __future__ import annotations

import json

from storage.review_rules import LIVE_ARTICLE, Editor, ReviewError, _marks, _now
from storage.views import ReviewOutcome


class RegroupMixin:
    """Merging and splitting stories; uses Store's db, _write(), _insert() and _new_story()."""

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
