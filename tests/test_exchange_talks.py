"""/exchange: talks that a completed swap followed no longer read as still pending."""

import pytest

from briefings import render_exchange, render_latest
from storage.views import Claim, ExchangeView, SourceRef, StorySummary
from tests.support.telegram_html import parse_telegram_html

WIRE = SourceRef("Wire Desk", "https://t.me/wiredesk/501", "2026-11-29", "channel")
POST = SourceRef("Kyiv Post Wire", "https://t.me/kpwire/77", "2026-12-01", "channel")


def _view(story_id, status, day, figure, source):
    claims = [
        Claim("returned" if status == "completed" else "count", figure, None, sources=[source])
    ]
    return ExchangeView(
        story_id=story_id,
        title=f"Story {story_id}",
        status=status,
        count=[] if status == "completed" else claims,
        returned=claims if status == "completed" else [],
        mediators=[],
        framework=None,
        people=[],
        timeline=[],
        sources=[source],
        first_date=day,
        last_date=day,
    )


def _earlier_lines(views, lang="en"):
    plain, _ = parse_telegram_html(render_exchange(views, lang=lang))
    return plain.split("Earlier swaps" if lang == "en" else "Попередні обміни")[1]


def test_agreed_talks_followed_by_the_swap_name_it_instead_of_not_yet_carried_out():
    swap = _view(2, "completed", "2026-12-01", "300", POST)
    talks = _view(1, "agreed", "2026-11-29", "300", WIRE)
    earlier = _earlier_lines([swap, talks])
    assert "not yet carried out" not in earlier
    assert "#1 — agreed: 300 (Wire Desk); a completed swap followed on 1 Dec 2026 (#2)" in earlier


def test_the_same_in_ukrainian():
    swap = _view(2, "completed", "2026-12-01", "300", POST)
    talks = _view(1, "agreed", "2026-11-29", "300", WIRE)
    earlier = _earlier_lines([swap, talks], lang="uk")
    assert "ще не проведено" not in earlier and "погоджено: 300 (Wire Desk); " in earlier


@pytest.mark.parametrize(
    ("swap_day", "swap_size"),
    [("2026-12-25", "300"), ("2026-12-01", "75"), ("2026-11-20", "300")],
    ids=["weeks later", "another size", "before the talks"],
)
def test_talks_with_no_fitting_swap_after_them_still_read_as_pending(swap_day, swap_size):
    swap = _view(2, "completed", swap_day, swap_size, POST)
    talks = _view(1, "agreed", "2026-11-29", "300", WIRE)
    assert "agreed, not yet carried out" in _earlier_lines([swap, talks])


def _summary(story_id, status, day, figure):
    field = "returned" if status == "completed" else "count"
    return StorySummary(
        story_id, f"Story {story_id}", day, 1, {"status": status, field: figure}, []
    )


def test_latest_says_the_swap_followed_the_talks_instead_of_not_yet_carried_out():
    stories = [
        _summary(2, "completed", "2026-12-01", 300),
        _summary(1, "agreed", "2026-11-29", 300),
    ]
    plain, _ = parse_telegram_html(render_latest(stories))
    talks_line = next(line for line in plain.splitlines() if line.startswith("#1"))
    assert "not yet carried out" not in talks_line
    assert "300 prisoners, agreed; a completed swap followed on 1 Dec 2026 (#2)" in talks_line


def test_latest_keeps_talks_pending_when_no_listed_swap_fits():
    stories = [
        _summary(2, "completed", "2026-12-01", 75),
        _summary(1, "agreed", "2026-11-29", 300),
    ]
    plain, _ = parse_telegram_html(render_latest(stories))
    assert "agreed, not yet carried out" in plain
