"""Every kind of write a story goes through (an arrival, a correction, an editor's fix, undo,
remove, restore, confirm, merge, split), for tests of what the store keeps in step with facts."""

from __future__ import annotations

from collections.abc import Callable


def every_kind_of_write(
    store,
    check: Callable[[str], None],
    *,
    night: int,
    swap: int,
    correction: tuple,
    editor,
) -> None:
    """Make each kind of write on the `night` and `swap` stories, calling check(step) after
    each. `correction` is save_article's (text, extraction, source) for a night's correction."""
    store.save_article(*correction)
    check("correction")
    store.fix_figure(night, "drones_downed", "135", editor, claimant="air force")
    check("fix downed")
    store.fix_figure(swap, "returned", "155", editor)
    check("fix returned")
    store.fix_figure(swap, "status", "negotiating", editor)
    check("fix status")
    store.undo_fix(editor)
    check("undo")
    newest = store.db.execute("select max(id) from articles where story_id = ?", [swap])
    article = newest.fetchone()[0]
    store.remove_article(article, editor)
    check("remove")
    store.restore_article(article, editor)
    check("restore")
    store.confirm_article(article, editor)
    check("confirm")
    stories = store.latest_stories(50)
    other = next(s.story_id for s in stories if s.story_id not in (night, swap))
    store.merge_stories(swap, other, editor)
    check("merge")
    first = store.db.execute("select min(id) from articles where story_id = ?", [swap])
    store.split_story(swap, first.fetchone()[0], editor)
    check("split")
