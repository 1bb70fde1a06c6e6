"""An article's date by the documented precedence, and a night however it is written."""

from datetime import UTC, date, datetime

import pytest

from intake.dates import (
    METADATA,
    POST,
    SENT,
    STATED,
    UNDATED,
    article_date,
    stated_date,
    yearless_dateline,
)
from intake.nights import one_night_each

NOW = datetime(2025, 11, 3, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drones hit Sumy\n\nMonday, February 24, 2025\n\nRussia launched drones.", "2025-02-24"),
        ("Дрони атакували Суми\n24 лютого 2025 року, 07:10\nУночі ворог атакував.", "2025-02-24"),
        ("Дроны атаковали Курск\n24 февраля 2025 года\nНочью дроны атаковали.", "2025-02-24"),
        ("ODESA, Sept. 5, 2024 (Coast Courier) - Drones struck the port overnight.", "2024-09-05"),
        ("Port hit overnight\nPublished: 05.09.2024 10:12\nDrones struck the port.", "2024-09-05"),
        ("Port hit\n\nThe night of 31 July-1 August 2025 brought 60 drones.", "2025-08-01"),
        (
            "Swap done\nCrowds wait in Chernihiv on May 6, 2025.\nPOSTED ONMay 7, 2025 9:10",
            "2025-05-07",
        ),
        (
            "Port hit\n\nУ ніч з 31 липня на 1 серпня 2025 року ворог запустив 60 дронів.",
            "2025-08-01",
        ),
    ],
)
def test_a_date_the_article_states_is_found(text, expected):
    assert stated_date(text, now=NOW) == date.fromisoformat(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Air raid alerts\n\nSince February 24, 2022, sirens have sounded daily.",
        "Air raid alerts\n\nIt is the longest alert since the invasion on February 24, 2022.",
        "Air raid alerts\n\nSirens sounded across the east overnight.",
        "Air raid alerts\n\nDecember 3, 2026\n\nSirens sounded overnight.",  # after NOW
        "Air raid alerts\n\n31.02.2025\n\nSirens sounded overnight.",  # no such day
    ],
    ids=["since", "background", "none", "future", "impossible"],
)
def test_no_stated_date(text):
    assert stated_date(text, now=NOW) is None


STATED_TEXT = "Port hit overnight\n\nTuesday, March 4, 2025\n\nDrones struck the port."
PLAIN_TEXT = "Port hit overnight\n\nDrones struck the port, the governor said."
POSTED = datetime(2025, 3, 5, 6, 0, tzinfo=UTC)


def when(text, kind="paste", post=None, meta=None, sent=NOW):
    return article_date(text, kind=kind, post_date=post, metadata_date=meta, sent_at=sent, now=NOW)


def test_the_precedence():
    assert when(STATED_TEXT, "channel", post=POSTED) == (date(2025, 3, 5), POST)
    assert when(STATED_TEXT, "link", meta=date(2025, 3, 6)) == (date(2025, 3, 4), STATED)
    assert when(PLAIN_TEXT, "link", meta=date(2025, 3, 6)) == (date(2025, 3, 6), METADATA)
    assert when(PLAIN_TEXT, "paste") == (date(2025, 11, 3), SENT)
    assert when(PLAIN_TEXT, "file") == (None, UNDATED)
    assert when(PLAIN_TEXT, "file", meta=date(2026, 1, 1)) == (None, UNDATED)  # future metadata


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KYIV, Oct 28 (Kyiv Wire) - Russia launched 73 drones.", date(2025, 10, 28)),
        ("Port hit\nODESA, Nov. 3 - Drones struck the port.", date(2025, 11, 3)),
        ("KYIV, Dec 28 (Kyiv Wire) - Russia launched 95 drones.", date(2024, 12, 28)),
        ("ZAPORIZHZHIA, Ukraine, 1 November - Drones struck.", date(2025, 11, 1)),
        ("КИЇВ, 28 жовтня (Укрінформ) — Росія запустила 73 дрони.", date(2025, 10, 28)),
        ("KYIV, Feb 30 - Drones struck.", None),
        ("Russia launched 40 drones, Nov 1 - a long night.", None),
        ("On Nov 1, drones struck the port - officials said.", None),
    ],
    ids=[
        "past",
        "after-headline",
        "ahead-is-last-year",
        "country",
        "uk",
        "no-such-day",
        "lede",
        "on",
    ],
)
def test_a_dateline_without_its_year_is_its_latest_day_not_ahead(text, expected):
    assert yearless_dateline(text, now=NOW) == expected


def test_only_a_paste_is_dated_by_a_dateline_without_its_year():
    text = "KYIV, Oct 28 (Kyiv Wire) - Russia launched 73 drones."
    assert when(text, "paste") == (date(2025, 10, 28), STATED)
    assert when(text, "file") == (None, UNDATED)  # a file may be any year's
    assert when(text, "channel", post=POSTED) == (date(2025, 3, 5), POST)


def test_the_sent_date_is_the_newsroom_day():
    late = datetime(2025, 3, 4, 22, 30, tzinfo=UTC)  # 00:30 on 5 March in Kyiv
    assert when(PLAIN_TEXT, "paste", sent=late).day == date(2025, 3, 5)


def test_a_night_across_two_days_is_the_night_it_ends():
    text = "On the night of 31 July-1 August, Russia launched 60 drones; 48 were shot down."
    extraction = {
        "strikes": [
            {"attacker": "russia", "claimant": "Ukrainian Air Force", "date": "2025-08-01",
             "drones_launched": 60, "drones_downed": None, "regions": []},
            {"attacker": "russia", "claimant": "Ukrainian Air Force", "date": "2025-07-31",
             "drones_launched": 60, "drones_downed": 48, "regions": ["Odesa"]},
        ]
    }  # fmt: skip
    (strike,) = one_night_each(text, extraction)["strikes"]
    assert strike["date"] == "2025-08-01"
    assert (strike["drones_launched"], strike["drones_downed"]) == (60, 48)
    assert strike["regions"] == ["Odesa"]


def test_different_nights_stay_apart():
    text = "Russia launched 60 drones on 31 July and 40 more on 2 August."
    extraction = {
        "strikes": [
            {"attacker": "russia", "claimant": "Air Force", "date": "2025-07-31",
             "drones_launched": 60},
            {"attacker": "russia", "claimant": "Air Force", "date": "2025-08-02",
             "drones_launched": 40},
        ]
    }  # fmt: skip
    nights = [s["date"] for s in one_night_each(text, extraction)["strikes"]]
    assert nights == ["2025-07-31", "2025-08-02"]
