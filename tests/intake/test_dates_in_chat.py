"""Dates through the real Application: stated, posted, declared, assumed, or none at all."""

import json
from datetime import UTC, datetime

from bot.local_api import html_to_plain
from handlers import files
from tests.conftest import EDITOR
from tests.intake.wire import (
    KHARKIV_STATED,
    NORTH,
    ODESA_UK,
    OVERNIGHT_AUG_1,
    SPAN_NIGHT,
    UNDATED,
)
from tests.support.updates import command_update, document_update, forwarded_update, message_update

MARCH_10 = datetime(2025, 3, 10, 8, 0, tzinfo=UTC)


def last(fake) -> str:
    return html_to_plain(fake.sent()[-1]["text"])


async def ask(app, fake, command) -> str:
    before = len(fake.sent())
    await app.process_update(command_update(app.bot, command, user_id=EDITOR))
    return "\n".join(html_to_plain(p["text"]) for p in fake.sent()[before:])


async def paste(app, fake, text, when=None) -> str:
    await app.process_update(message_update(app.bot, text, user_id=EDITOR, date=when))
    return last(fake)


async def send_file(app, fake, name, data: bytes) -> str:
    fake.add_file(f"f-{name}", data)
    await app.process_update(
        document_update(app.bot, name, "text/plain", f"f-{name}", len(data), user_id=EDITOR)
    )
    await files.all_done(app)
    return last(fake)


async def test_a_paste_stating_its_date_keeps_it(app, fake, store):
    receipt = await paste(app, fake, KHARKIV_STATED, MARCH_10)
    assert "24 Feb 2025" in receipt and "assumed" not in receipt
    assert "night to 24 Feb 2025" in await ask(app, fake, "/strikes")


async def test_a_ukrainian_paste_stating_its_date_keeps_it(app, fake, store):
    receipt = await paste(app, fake, ODESA_UK, MARCH_10)
    assert "24 Feb 2025" in receipt and "assumed" not in receipt


async def test_a_paste_without_a_date_says_the_date_is_assumed(app, fake, store):
    # Issue 11 settled this: a paste that states no date takes the day it was sent, marked as
    # assumed (a reporter pasting tonight's undated wire copy expects it on tonight's night);
    # files and batch lines with no date stay undated. Change it only if an issue asks.
    receipt = await paste(app, fake, UNDATED, MARCH_10)
    assert "10 Mar 2025 (date assumed: when you sent it)" in receipt


async def test_a_paste_whose_dateline_leaves_out_the_year_is_dated_by_it(app, fake, store):
    # Pasted on 10 March: "KYIV, Mar 7" is 7 March of that year (its figures on that night, none
    # set aside as "about an earlier attack"), "KYIV, Dec 28" last December's, never a future day.
    text = (
        "KYIV, Mar 7 (Kyiv Wire) - Russia launched 73 drones at Ukraine overnight, the air force"
        " said. Air defences shot down 60 drones."
    )
    receipt = await paste(app, fake, text, MARCH_10)
    assert "7 Mar 2025" in receipt and "assumed" not in receipt
    assert "night to 7 Mar 2025: 73 drones launched, 60 drones downed" in receipt
    receipt = await paste(app, fake, text.replace("Mar 7", "Dec 28").replace("73", "95"), MARCH_10)
    assert "28 Dec 2024" in receipt and "assumed" not in receipt
    assert "night to 28 Dec 2024: 95 drones launched" in receipt


async def test_a_forwarded_post_is_dated_by_the_post(app, fake, store):
    await app.process_update(
        forwarded_update(
            app.bot,
            KHARKIV_STATED,
            user_id=EDITOR,
            origin_date=datetime(2025, 2, 25, 7, 0, tzinfo=UTC),
            date=MARCH_10,
        )
    )
    assert "25 Feb 2025" in last(fake)


async def test_an_undated_batch_line_is_listed_and_on_no_night(app, fake, store):
    rows = [
        {"id": "north", "text": NORTH, "published": "2025-02-20", "outlet": "Kyiv Wire"},
        {"id": "port", "text": UNDATED, "outlet": "Coast Courier"},
    ]
    data = "".join(json.dumps(r) + "\n" for r in rows).encode()
    summary = await send_file(app, fake, "overnight.jsonl", data)
    assert "2 stored" in summary
    assert "1 article undated" in summary and "port" in summary.split("undated")[1]
    week = await ask(app, fake, "/strikes week")
    assert "20 Feb" in week and "64" not in week
    assert "64" not in await ask(app, fake, "/strikes")
    # stored and searchable all the same
    found = list(store.db.query("select rowid from articles_fts where articles_fts match 'port'"))
    assert len(found) == 1
    assert store.db["articles"].count == 2


WEST = """Missiles and drones target the west overnight

Russia fired two cruise missiles and 27 drones at western regions overnight, the air force \
said. Both missiles and 22 of the drones were shot down near Lviv and Lutsk.
"""
CENTRE = """Drone debris falls on villages near Cherkasy

Air defence crews brought down 19 of 23 attack drones over central Ukraine overnight, the air \
force reported, with debris damaging two houses outside Cherkasy.
"""


async def test_a_batch_summary_says_why_each_line_has_no_date_and_which_date_it_took(
    app, fake, store
):
    # The editor sending a desk export needs to know which lines landed on which night and
    # which landed on none, and why; one line per reason would not fit a phone.
    rows = [
        {"id": "stated", "text": KHARKIV_STATED, "outlet": "Kyiv Wire"},
        {"id": "port", "text": UNDATED, "outlet": "Coast Courier"},
        {"id": "bad", "text": NORTH, "published": "2025-02-30", "outlet": "Kyiv Wire"},
        {"id": "ahead", "text": WEST, "published": "2031-05-01"},
        {"id": "dotted", "text": CENTRE, "published": "20.02.2025"},
    ]
    data = "".join(json.dumps(r) + "\n" for r in rows).encode()
    summary = await send_file(app, fake, "desk.jsonl", data)
    assert "5 stored" in summary
    took, undated = summary.split("articles undated")
    assert "1 article with no date of its own took the date its text states" in took
    assert "desk.jsonl:1 (stated) (24 Feb 2025)" in took
    assert "3 " in took.splitlines()[-1]  # "3 articles undated"
    assert "desk.jsonl:2 (port) (no date given, none stated)" in undated
    assert "desk.jsonl:3 (bad) (its date “2025-02-30” is no day of the calendar)" in undated
    assert "desk.jsonl:4 (ahead) (its date “2031-05-01” is after it arrived)" in undated
    assert "dotted" not in summary  # "20.02.2025" is a date: the line is dated by it
    assert "20 Feb" in await ask(app, fake, "/strikes week")


async def test_a_file_without_a_date_is_undated_not_today(app, fake, store):
    receipt = await send_file(app, fake, "port.txt", UNDATED.encode())
    assert "undated" in receipt
    assert (await ask(app, fake, "/strikes")).startswith("No ")
    (article,) = store.db["articles"].rows
    assert article["published"] is None and article["date_found"] == "undated"


async def test_a_file_whose_declared_date_is_impossible_or_ahead_says_why_it_is_undated(
    app, fake, store
):
    impossible = f"Outlet: Coast Courier\nPublished: 2025-02-30\n\n{UNDATED}"
    receipt = await send_file(app, fake, "port.txt", impossible.encode())
    assert "undated (its date “2025-02-30” is no day of the calendar)" in receipt, receipt
    ahead = f"Outlet: Coast Courier\nPublished: 1 May 2031\n\n{NORTH}"
    receipt = await send_file(app, fake, "north.txt", ahead.encode())
    assert "undated (its date “1 May 2031” is after it arrived)" in receipt, receipt
    assert {a["date_found"] for a in store.db["articles"].rows} == {"undated"}


async def test_a_night_written_across_two_days_is_one_night(app, fake, store):
    await paste(app, fake, SPAN_NIGHT, datetime(2025, 8, 1, 9, 0, tzinfo=UTC))
    await app.process_update(
        forwarded_update(
            app.bot,
            OVERNIGHT_AUG_1,
            user_id=EDITOR,
            origin_date=datetime(2025, 8, 1, 6, 0, tzinfo=UTC),
        )
    )
    nights = {r["night"] for r in store.db["facts"].rows_where("topic = 'strike'")}
    assert nights == {"2025-08-01"}
    week = await ask(app, fake, "/strikes week")
    assert "31 Jul" not in week and "1 Aug" in week


async def test_a_paste_stating_an_impossible_date_is_undated_not_the_day_it_was_sent(
    app, fake, store
):
    # It states a date, so it is no undated paste: one no calendar has is no reason for today.
    receipts = []
    for text in (
        "KYIV, February 30, 2025 - Russia launched 80 drones at Ukraine overnight, the "
        "Ukrainian Air Force said; 60 were shot down.",
        "У ніч на 31 червня 2025 року росіяни атакували 50 дронами, збито 40, повідомили "
        "Повітряні сили.",
    ):
        receipts.append(await paste(app, fake, text, MARCH_10))
        assert "10 Mar 2025" not in receipts[-1] and "undated" in receipts[-1], text
    assert "No attack figures" in await ask(app, fake, "/strikes")
    # The receipt says why, in the words the paste used: the editor sees the typo to fix.
    assert "undated (its date “February 30, 2025” is no day of the calendar)" in receipts[0]
    assert "undated (its date “31 червня 2025" in receipts[1]


async def test_a_paste_later_forwarded_from_its_channel_takes_the_posts_date(app, fake, store):
    # A reporter pastes wire copy (no date in it: assumed the day sent); a colleague then
    # forwards the channel's post of the same text, posted days earlier. The figures belong
    # on the post's night, not on the day of the paste, and a reparse keeps them there.
    from intake.reparse import reparse

    receipt = await paste(app, fake, UNDATED, MARCH_10)
    assert "10 Mar 2025 (date assumed" in receipt
    await app.process_update(
        forwarded_update(
            app.bot,
            UNDATED,
            user_id=EDITOR,
            channel_title="Coast Courier",
            channel_username="coastcourier",
            origin_message_id=88,
            origin_date=datetime(2025, 3, 6, 6, 0, tzinfo=UTC),
            date=MARCH_10,
        )
    )
    copy = last(fake)
    assert "Added Coast Courier as one more source" in copy
    assert "now dated 6 Mar 2025" in copy
    assert store.db["articles"].count == 1
    week = await ask(app, fake, "/strikes week")
    assert "6 Mar 2025" in week and "10 Mar" not in week
    reparse(store)
    (article,) = store.db["articles"].rows
    assert (article["published"], article["date_found"]) == ("2025-03-06", "post")
    assert "night to 6 Mar 2025" in await ask(app, fake, "/strikes 2025-03-06")
