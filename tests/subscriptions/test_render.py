"""Push and digest text: pure functions, escaped for Telegram HTML."""

from datetime import UTC, datetime

import pytest

from bot.local_api import html_to_plain
from briefings.push import render_change, render_digest, render_push
from storage.subscriptions import next_due, parse_schedule
from storage.views import Change


def test_a_change_names_what_changed_and_who_said_so():
    change = Change(
        "exchange", "Exchange: negotiating → agreed · 1,200", 1, ("Times Live", "Kyiv Wire")
    )
    assert render_change(change) == (
        "Exchange: negotiating → agreed · 1,200 · Times Live, Kyiv Wire"
    )


def test_values_are_escaped():
    change = Change("strikes", "Night <3 Dec> & more", 1, ("A&B <News>",))
    assert render_change(change) == "Night &lt;3 Dec&gt; &amp; more · A&amp;B &lt;News&gt;"


def test_a_push_is_always_one_message():
    many = [Change("strikes", f"Night {i}: " + "x" * 200, 1, ("Kyiv Wire",)) for i in range(40)]
    text = render_push(many)
    assert len(text) <= 4096
    assert text.splitlines()[-1].startswith("… and ") and text.endswith("more: /latest")


def test_no_changes_no_digest():
    now = datetime(2023, 12, 3, 6, 0, tzinfo=UTC)
    assert render_digest([], now=now, since=None, tz="Europe/Kyiv") == []


def test_a_long_digest_is_split_under_the_limit():
    now = datetime(2023, 12, 3, 6, 0, tzinfo=UTC)
    entries = [(now, Change("strikes", "y" * 300, 1, ("Kyiv Wire",))) for _ in range(30)]
    parts = render_digest(entries, now=now, since=None, tz="UTC")
    assert len(parts) == 3 and all(len(p) <= 4096 for p in parts)
    assert parts[0].startswith("<b>Daily digest</b> · 3 Dec 2023, 06:00 UTC\n30 changes:")


@pytest.mark.parametrize(
    ("after", "hhmm", "tz", "due"),
    [
        ("2023-12-02T12:00:00+00:00", "08:00", "Europe/Kyiv", "2023-12-03T06:00:00+00:00"),
        ("2023-12-03T06:00:00+00:00", "08:00", "Europe/Kyiv", "2023-12-04T06:00:00+00:00"),
        ("2023-12-03T05:59:00+00:00", "08:00", "Europe/Kyiv", "2023-12-03T06:00:00+00:00"),
        ("2024-07-01T00:00:00+00:00", "08:00", "Europe/Kyiv", "2024-07-01T05:00:00+00:00"),
        # Clocks go forward in Kyiv on 31 March 2024: 08:00 is then UTC+3.
        ("2024-03-30T07:00:00+00:00", "08:00", "Europe/Kyiv", "2024-03-31T05:00:00+00:00"),
        ("2023-12-02T23:30:00+00:00", "00:15", "America/New_York", "2023-12-03T05:15:00+00:00"),
    ],
    ids=["later-today", "strictly-after", "a-minute-before", "summer", "dst-change", "new-york"],
)
def test_next_due(after, hhmm, tz, due):
    assert next_due(hhmm, tz, datetime.fromisoformat(after)).isoformat() == due


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("8:05", None), ("08:05", "Europe/Kyiv")),
        (("23:59", "Asia/Tokyo"), ("23:59", "Asia/Tokyo")),
        (("24:00", "UTC"), None),
        (("0800", "UTC"), None),
        (("08:00", "Europe/Atlantis"), None),
        (("08:00", "../etc/passwd"), None),
        (("08:00", "europe/kyiv"), ("08:00", "Europe/Kyiv")),
        (("07:30", "Kyiv"), ("07:30", "Europe/Kyiv")),
        (("07:30", "london"), ("07:30", "Europe/London")),
        (("07:30", "utc"), ("07:30", "UTC")),
        (("07:30", "Atlantis"), None),
        (("07:30", "GMT+2"), None),
    ],
    ids=[
        "default-zone",
        "tokyo",
        "24:00",
        "no-colon",
        "no-such-zone",
        "a-path",
        "lower-case",
        "city-alone",
        "lower-case-city",
        "lower-case-utc",
        "no-such-city",
        "gmt-plus-two-is-not-etc-gmt+2",
    ],
)
def test_parse_schedule(args, expected):
    if expected is None:
        with pytest.raises(ValueError):
            parse_schedule(*args)
    else:
        assert parse_schedule(*args) == expected


def test_an_editors_correction_is_not_worded_as_the_claimants_update():
    # "Ukrainian Air Force updated drones downed 41 → 43" said the Air Force changed its figure.
    fixed = Change(
        "strikes", "", 3, (), "2026-12-02", event_day="2026-12-02",
        figures=(("drones_downed", 41, 43),), claimant="Ukrainian Air Force", kind="update",
        editor="corrected",
    )  # fmt: skip
    assert html_to_plain(render_push([fixed])) == (
        "Correction: Night to 2 Dec 2026 #3: Ukrainian Air Force: drones downed 41 → 43 "
        "(corrected by an editor)"
    )
    assert html_to_plain(render_push([fixed], lang="uk")) == (
        "Виправлення: Ніч на 2 грудня 2026 #3: Повітряні сили ЗСУ: збито дронів 41 → 43 "
        "(виправлено редактором)"
    )
