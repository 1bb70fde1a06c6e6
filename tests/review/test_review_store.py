"""The review loop in the store: every editor action changes what it says and leaves a row."""

import dataclasses
import html

import pytest

from briefings.push import render_change
from storage.review import Editor, ReviewError
from tests.review.texts import (
    IMPOSSIBLE,
    IMPOSSIBLE_DAY,
    LATER_DAY,
    LATER_NIGHT,
    NIGHT,
    NIGHT_AGAIN,
    NIGHT_DAY,
    SWAP,
    SWAP_DAY,
    save,
)

EDITOR = Editor(1001, "Olena Editor")
OTHER = Editor(1002, "Taras Editor")
SUBSCRIBER = 2001


@pytest.fixture
def subscribed(store):
    """The store with one chat subscribed to everything; returns a function listing its pushes."""
    store.subscriptions.subscribe(SUBSCRIBER, "all")

    def pushes():
        # Worded as subscribers read them (without the outlets), by briefings/push.py.
        return [
            html.unescape(render_change(dataclasses.replace(c, outlets=())))
            for row in store.subscriptions.outbox()
            for c in row.changes
        ]

    return pushes


def uaf(store, night=None):
    (view,) = store.strike_nights(night=night or NIGHT_DAY.isoformat())
    (claimant,) = [c for c in view.claimants if c.claimant == "Ukrainian Air Force"]
    return {name: [c.value for c in claims] for name, claims in claimant.figures.items()}


def audit(store):
    return [
        (r["action"], r["editor_name"], r["before"], r["after"])
        for r in store.db["review_actions"].rows_where(order_by="id")
    ]


def test_each_figure_keeps_the_words_it_came_from(store):
    result = save(store, NIGHT, NIGHT_DAY)
    review = store.article_review(result.article_id)
    quotes = {(f.claimant, f.field): f.quote for f in review.figures}
    assert "launched 38 attack drones" in quotes[("Ukrainian Air Force", "drones_launched")]
    assert "shot down 31" in quotes[("Ukrainian Air Force", "drones_downed")]
    assert "destroyed 12 Ukrainian drones" in quotes[("Russian Defence Ministry", "drones_downed")]
    assert review.state == "open" and not review.held and review.warnings == []


def test_an_uncertain_figure_waits_for_confirmation(store, subscribed):
    result = save(store, SWAP, SWAP_DAY)
    # Told at once: the confident figures. Not told, not in the briefing: the doubtful count.
    assert subscribed() == ["Exchange of 13 Mar 2024 #1: completed, 75 returned home"]
    assert store.exchange_status().count == []
    review = store.article_review(result.article_id)
    (doubtful,) = [f for f in review.figures if f.uncertain]
    assert (doubtful.field, doubtful.value) == ("count", "58") and doubtful.doubt
    (claim,) = [c for c in store.story_review(result.story_id).claims if c.field == "count"]
    assert claim.uncertain and "58 Russian servicemen" in claim.quote

    outcome = store.confirm_article(result.article_id, EDITOR)
    assert outcome.released == 1
    assert subscribed()[-1] == "Exchange of 13 Mar 2024 #1: 58 prisoners (confirmed by an editor)"
    assert [c.value for c in store.exchange_status().count] == ["58"]
    assert outcome.article.state == "confirmed" and outcome.article.decided_by == "Olena Editor"
    assert all(f.checked for f in outcome.article.figures)
    # Confirming twice changes nothing and tells nobody twice.
    again = store.confirm_article(result.article_id, OTHER)
    assert again.already and len(subscribed()) == 2
    assert audit(store) == [("confirm", "Olena Editor", "unchecked", "checked")]


def test_more_downed_than_launched_is_flagged_and_held(store, subscribed):
    result = save(store, IMPOSSIBLE, IMPOSSIBLE_DAY)
    review = store.article_review(result.article_id)
    (warning,) = review.warnings
    assert (warning.code, warning.expected_max, warning.found) == ("downed_above_launched", 48, 52)
    assert review.held and subscribed() == []
    # An editor fixes the misread figure: the warning goes, nothing was told so no correction.
    outcome = store.fix_figure(result.story_id, "drones_downed", "42", EDITOR)
    assert outcome.corrections == 0 and subscribed() == []
    assert store.article_review(result.article_id).warnings == []
    # Confirming releases the article: subscribers hear the checked figures once.
    store.confirm_article(result.article_id, EDITOR)
    assert subscribed() == [
        "Night to 15 Mar 2024 #1: 48 drones launched, 42 drones downed (Ukrainian Air Force) "
        "(confirmed by an editor)"
    ]


def test_a_fix_changes_the_briefing_keeps_the_old_figure_and_pushes_a_correction(store, subscribed):
    first = save(store, NIGHT, NIGHT_DAY)
    save(store, NIGHT_AGAIN, NIGHT_DAY, outlet="Harbour Times")
    told = len(subscribed())
    outcome = store.fix_figure(first.story_id, "drones_downed", "36", EDITOR, claimant="air force")
    assert uaf(store)["drones_downed"] == ["36"]
    (claim,) = [
        c for c in store.strike_nights(night="2024-03-14")[0].claimants[0].figures["drones_downed"]
    ]
    assert claim.edited_from == ["31"] and claim.updated_from == []
    assert subscribed()[told:] == [
        "Correction: Night to 14 Mar 2024 #1: Ukrainian Air Force: drones downed 31 → 36 "
        "(corrected by an editor)"
    ]
    assert outcome.corrections == 1
    # The old figures are kept, pointing at the one that replaced them.
    old = list(store.db["facts"].rows_where("field = 'drones_downed' and value = '31'"))
    (newer,) = {f["superseded_by"] for f in old}
    assert len(old) == 2 and store.db["facts"].get(newer)["edit_id"] == outcome.audit_id
    assert audit(store) == [("fix", "Olena Editor", "31", "36")]
    # The other side's figure is untouched.
    (ru,) = [
        c for c in store.strike_nights(night="2024-03-14")[0].claimants if c.attacker == "ukraine"
    ]
    assert [c.value for c in ru.figures["drones_downed"]] == ["12"]


def test_undo_puts_the_figure_back_and_says_so(store, subscribed):
    result = save(store, NIGHT, NIGHT_DAY)
    store.fix_figure(result.story_id, "drones_launched", "40", EDITOR, claimant="Ukrainian")
    with pytest.raises(ReviewError) as refused:
        store.undo_fix(OTHER)  # another editor has nothing of their own to undo
    assert refused.value.code == "nothing_to_undo"
    outcome = store.undo_fix(EDITOR)
    assert uaf(store)["drones_launched"] == ["38"]
    assert outcome.edits[0].before == ("40",) and outcome.edits[0].after == "38"
    assert subscribed()[-1] == (
        "Correction: Night to 14 Mar 2024 #1: Ukrainian Air Force: drones launched 40 → 38 "
        "(an editor's correction taken back)"
    )
    assert [a[0] for a in audit(store)] == ["fix", "undo"]
    with pytest.raises(ReviewError):
        store.undo_fix(EDITOR)


def test_fix_asks_which_claimant_when_two_give_the_figure(store):
    result = save(store, NIGHT, NIGHT_DAY)
    with pytest.raises(ReviewError) as ambiguous:
        store.fix_figure(result.story_id, "drones_downed", "30", EDITOR)
    assert ambiguous.value.code == "ambiguous_claimant"
    assert set(ambiguous.value.details["choices"]) == {
        "Ukrainian Air Force",
        "Russian Defence Ministry",
    }
    with pytest.raises(ReviewError) as unknown:
        store.fix_figure(result.story_id, "drones_downed", "30", EDITOR, claimant="navy")
    assert unknown.value.code == "unknown_claimant"
    for field, value in (("drones_downed", "many"), ("status", "done"), ("date", "2099-01-01")):
        with pytest.raises(ReviewError) as bad:
            store.fix_figure(result.story_id, field, value, EDITOR, claimant="air force")
        assert bad.value.code == "bad_value"
    assert store.db["review_actions"].count == 0


def test_a_fix_of_the_exchange_status_and_count(store, subscribed):
    result = save(store, SWAP, SWAP_DAY)
    store.fix_figure(result.story_id, "status", "agreed", EDITOR)
    store.fix_figure(result.story_id, "returned", "1.200", EDITOR)
    view = store.exchange_status()
    assert view.status == "agreed"
    assert [c.value for c in view.returned] == ["1200"]
    assert subscribed()[-2:] == [
        "Correction: Exchange of 13 Mar 2024 #1: completed → agreed, not yet carried out "
        "(corrected by an editor)",
        "Correction: Exchange of 13 Mar 2024 #1: returned home 75 → 1,200 (corrected by an editor)",
    ]


def test_the_date_fix_moves_the_night(store):
    result = save(store, NIGHT, NIGHT_DAY)
    store.fix_figure(result.story_id, "date", "2024-03-13", EDITOR)
    assert store.strike_nights(night="2024-03-14") == []
    assert uaf(store, "2024-03-13")["drones_launched"] == ["38"]
    # A later report of the corrected night joins the same story.
    again = save(store, NIGHT_AGAIN.replace("Thursday", "Wednesday"), NIGHT_DAY.replace(day=13))
    assert again.story_id == result.story_id
    store.undo_fix(EDITOR)
    assert uaf(store)["drones_launched"] == ["38"]


def test_not_a_report_takes_the_article_out_and_restore_brings_it_back(store, subscribed):
    night = save(store, NIGHT, NIGHT_DAY)
    swap = save(store, SWAP, SWAP_DAY)
    assert [s.story_id for s in store.latest_stories()] == [night.story_id, swap.story_id]
    outcome = store.remove_article(night.article_id, EDITOR)
    # One correction for each claimant's figures of the night (Air Force, Russia's ministry).
    assert outcome.article.state == "removed" and outcome.corrections == 2
    assert [s.story_id for s in store.latest_stories()] == [swap.story_id]
    assert store.strike_nights() == []
    assert subscribed()[-2:] == [
        f"Correction: Night to 14 Mar 2024 #{night.story_id}: 38 drones launched, 31 drones "
        "downed (Ukrainian Air Force) — no longer stands: an editor took the report out as not "
        "a report",
        f"Correction: Night to 14 Mar 2024 #{night.story_id}: Russian Defence Ministry claims "
        "12 Ukrainian drones downed — no longer stands: an editor took the report out as not a "
        "report",
    ]
    # Kept in the store, marked.
    assert store.db["articles"].get(night.article_id)["remove_id"] is not None
    store.restore_article(night.article_id, OTHER)
    assert [s.story_id for s in store.latest_stories()] == [night.story_id, swap.story_id]
    assert uaf(store)["drones_downed"] == ["31"]
    assert [a[:2] for a in audit(store)] == [
        ("remove", "Olena Editor"),
        ("restore", "Taras Editor"),
    ]


def test_removing_one_of_two_copies_withdraws_nothing_subscribers_were_told(store, subscribed):
    first = save(store, NIGHT, NIGHT_DAY)
    second = save(store, NIGHT_AGAIN, NIGHT_DAY, outlet="Harbour Times")
    told = len(subscribed())
    outcome = store.remove_article(second.article_id, EDITOR)
    assert outcome.corrections == 0 and len(subscribed()) == told
    assert uaf(store)["drones_downed"] == ["31"]
    assert store.story_source_count(first.story_id) == 1


def test_push_policy_confirmed_holds_every_push_until_an_editor_confirms(store, subscribed):
    store.push_policy = "confirmed"
    result = save(store, NIGHT, NIGHT_DAY)
    assert subscribed() == []
    # The briefings show confident figures meanwhile; only pushes wait.
    assert uaf(store)["drones_launched"] == ["38"]
    store.confirm_article(result.article_id, EDITOR)
    assert sorted(subscribed()) == [
        "Night to 14 Mar 2024 #1: 38 drones launched, 31 drones downed (Ukrainian Air Force) "
        "(confirmed by an editor)",
        "Night to 14 Mar 2024 #1: Russian Defence Ministry claims 12 Ukrainian drones downed "
        "(confirmed by an editor)",
    ]
    # A second report of figures already told is not pushed again when confirmed.
    again = save(store, NIGHT_AGAIN, NIGHT_DAY, outlet="Harbour Times")
    assert store.confirm_article(again.article_id, EDITOR).released == 0


def test_merge_and_split(store):
    night = save(store, NIGHT, NIGHT_DAY)
    later = save(store, LATER_NIGHT, LATER_DAY)
    assert night.story_id != later.story_id
    outcome = store.merge_stories(night.story_id, later.story_id, EDITOR)
    assert outcome.moved_articles == 1
    stories = store.latest_stories()
    assert [s.story_id for s in stories] == [night.story_id]
    assert stories[0].source_count == 2
    with pytest.raises(ReviewError) as gone:
        store.fix_figure(later.story_id, "drones_launched", "1", EDITOR)
    assert gone.value.code == "merged"

    split = store.split_story(night.story_id, later.article_id, EDITOR)
    assert split.new_story_id not in (night.story_id, later.story_id)
    assert {s.story_id for s in store.latest_stories()} == {night.story_id, split.new_story_id}
    assert store.story_of_article(later.article_id) == split.new_story_id
    # A new report of the later night joins the story the editor split off.
    again = save(store, LATER_NIGHT.replace("Thursday", "Thursday morning"), LATER_DAY)
    assert again.story_id == split.new_story_id
    with pytest.raises(ReviewError) as last:
        store.split_story(night.story_id, night.article_id, EDITOR)
    assert last.value.code == "only_article"
    assert [a[0] for a in audit(store)] == ["merge", "split"]


def test_reparse_keeps_the_editors_work(store):
    from extraction import extract

    fixed = save(store, NIGHT, NIGHT_DAY)
    removed = save(store, LATER_NIGHT, LATER_DAY)
    swap = save(store, SWAP, SWAP_DAY)
    store.fix_figure(fixed.story_id, "drones_downed", "30", EDITOR, claimant="air force")
    store.remove_article(removed.article_id, EDITOR)
    store.confirm_article(swap.article_id, EDITOR)
    store.reparse(lambda text, old: extract(text, published=old.get("published")))
    assert uaf(store)["drones_downed"] == ["30"]
    assert store.strike_nights(night=LATER_DAY.isoformat()) == []
    assert [c.value for c in store.exchange_status().count] == ["58"]


def test_the_audit_trail_reads_in_datasette_with_labels(store):
    from storage.datasette import QUERIES, TABLES

    result = save(store, NIGHT, NIGHT_DAY)
    store.fix_figure(result.story_id, "drones_downed", "36", EDITOR, claimant="air force")
    store.undo_fix(EDITOR)
    meta = TABLES["review_actions"]
    assert meta["label_column"] == "action" and {"before", "after"} <= set(meta["columns"])
    # Articles are labelled by title where the trail points at them.
    keys = {(fk.column, fk.other_table) for fk in store.db["review_actions"].foreign_keys}
    assert ("article_id", "articles") in keys
    rows = list(store.db.query(QUERIES["editor_actions"]["sql"]))
    assert [(r["action"], r["before"], r["after"], r["undone"]) for r in rows] == [
        ("undo", "36", "31", None),
        ("fix", "31", "36", "undone"),
    ]
    assert rows[0]["story"] and rows[0]["editor_name"] == "Olena Editor"


def test_the_export_says_what_editors_did_to_each_figure(store):
    night = save(store, NIGHT, NIGHT_DAY)
    later = save(store, LATER_NIGHT, LATER_DAY)
    swap = save(store, SWAP, SWAP_DAY)
    store.fix_figure(night.story_id, "drones_downed", "36", EDITOR, claimant="air force")
    store.remove_article(later.article_id, OTHER)
    rows = store.desk.figures_for_export("all")

    def row(field, value):
        (found,) = [r for r in rows if r["field"] == field and str(r["value"]) == value]
        return found["editor_action"], found["current"]

    action, current = row("drones_downed", "36")
    assert action.startswith("fixed by Olena Editor, ") and action.endswith(": 31 → 36")
    assert current == "yes"
    assert row("drones_downed", "31") == ("", "no")
    action, current = row("drones_launched", "90")
    assert action.startswith("not a report: withdrawn by Taras Editor") and current == "no"
    assert row("count", "58") == ("uncertain: waiting for an editor", "no")
    store.confirm_article(swap.article_id, EDITOR)
    rows = store.desk.figures_for_export("exchange")
    action, current = row("count", "58")
    assert action.startswith("confirmed by Olena Editor") and current == "yes"


def test_merges_and_splits_outlast_a_reparse(store):
    from extraction import extract

    night = save(store, NIGHT, NIGHT_DAY)
    later = save(store, LATER_NIGHT, LATER_DAY)
    again = save(store, NIGHT_AGAIN, NIGHT_DAY, outlet="Harbour Times")
    store.merge_stories(night.story_id, later.story_id, EDITOR)
    split = store.split_story(night.story_id, again.article_id, EDITOR)
    store.reparse(lambda text, old: extract(text, published=old.get("published")))
    assert store.story_of_article(later.article_id) == store.story_of_article(night.article_id)
    assert store.story_of_article(again.article_id) == split.new_story_id
    assert len(store.latest_stories()) == 2


def test_a_confirmation_that_changes_what_subscribers_were_told_is_a_correction(store, subscribed):
    store.push_policy = "confirmed"
    first = save(store, NIGHT, NIGHT_DAY)
    store.confirm_article(first.article_id, EDITOR)
    told = len(subscribed())
    other = (
        "Air force gives a second tally\n"
        "Ukraine's air defences shot down 35 of the 38 drones Russia launched overnight, the "
        "Ukrainian Air Force said in a later statement on Thursday."
    )
    second = save(store, other, NIGHT_DAY, outlet="Harbour Times")
    assert len(subscribed()) == told
    store.confirm_article(second.article_id, OTHER)
    assert subscribed()[told:] == [
        "Correction: Night to 14 Mar 2024 #1: Ukrainian Air Force updated drones downed 31 → 35 "
        "(confirmed by an editor)"
    ]


def test_dating_an_undated_swap_dates_its_timeline_and_undo_takes_it_back(store):
    result = save(store, SWAP, None)
    assert [s.date for s in store.exchange_status().timeline] == [None]
    store.fix_figure(result.story_id, "date", "2024-03-13", EDITOR)
    assert [s.date for s in store.exchange_status().timeline] == ["2024-03-13"]
    store.undo_fix(EDITOR)
    assert [s.date for s in store.exchange_status().timeline] == [None]
