"""The review loop's words: both languages complete, quotes cut around the figure, escaping."""

from briefings.catalogue import t
from briefings.review import short_quote


def test_values_are_escaped_and_numbers_have_separators():
    text = t("en", "review.figure", field="<b>x</b>", value=1200, note="")
    assert text == "• &lt;b&gt;x&lt;/b&gt;: <b>1,200</b>"


def test_a_long_quote_is_cut_around_its_figure():
    quote = (
        "Officials in the region said on Tuesday that repairs to the power lines damaged earlier "
        "in the week were going slowly, while the air force said that 1,204 drones had been "
        "launched at the country during the month, more than in any month before, and that "
        "most had been shot down by mobile fire groups."
    )
    short = short_quote(quote, "1204", limit=120)
    assert "1,204 drones" in short and len(short) <= 122
    assert short.startswith("…") and short.endswith("…")
    assert short_quote("Air defences downed 40.", "40") == "Air defences downed 40."


def test_fix_and_undo_replies_word_differing_reports_as_the_pushes_do():
    from briefings.review import render_fix, render_undo
    from storage.views import FigureEdit, ReviewOutcome

    edit = FigureEdit(
        "strike", "drones_launched", "Ukrainian Air Force", "2026-12-02", ("75", "73"), "75"
    )
    fixed = render_fix(ReviewOutcome("fix", 1, 4, edits=(edit,), corrections=1))
    assert fixed.startswith("Story #4, Ukrainian Air Force: drones launched 73 or 75 → <b>75</b>.")
    back = FigureEdit(
        "strike", "drones_downed", "Ukrainian Air Force", "2026-12-02", ("61",), "60, 1200"
    )
    undone = render_undo(ReviewOutcome("undo", 2, 4, edits=(back,)), "uk")
    assert "збито дронів знову <b>60 або 1\u00a0200</b> (було 61)" in undone
