"""Editors in the loop, through the real Application: receipts with the words behind each
figure and three buttons, Confirm / Not a report / Restore, /fix, /undo, /merge, /split, and
what subscribers are told."""

from datetime import UTC, datetime

import pytest

from bot.local_api import html_to_plain
from tests.conftest import EDITOR
from tests.review.texts import IMPOSSIBLE, LATER_NIGHT, NIGHT, SWAP
from tests.subscriptions.conftest import wait_until
from tests.support.updates import callback_update, command_update, forwarded_update

READER = 3003
SUBSCRIBER = 2001


def _at(day: int) -> datetime:
    return datetime(2024, 3, day, 7, 30, tzinfo=UTC)


async def forward(bot, fake, text, day, *, post=100, channel="Kyiv Wire", user_id=EDITOR):
    """Forward a channel post; return (the receipt message as the fake holds it, its text)."""
    await bot.process_update(
        forwarded_update(
            bot.bot,
            text,
            user_id=user_id,
            origin_date=_at(day),
            origin_message_id=post,
            channel_title=channel,
        )
    )
    message = fake.messages(user_id)[-1]
    return message, html_to_plain(fake.sent(user_id)[-1]["text"])


async def ask(bot, fake, text, *, user_id=EDITOR, **kw):
    """Send a command; the plain text of the bot's last reply."""
    await bot.process_update(command_update(bot.bot, text, user_id=user_id, **kw))
    return html_to_plain(fake.sent(user_id)[-1]["text"])


async def press(bot, fake, message, label, *, user_id=EDITOR):
    """Press the button labelled `label` under a message; the answerCallbackQuery sent."""
    buttons = {b["text"]: b for row in message["reply_markup"]["inline_keyboard"] for b in row}
    await bot.process_update(
        callback_update(bot.bot, buttons[label]["callback_data"], message, user_id=user_id)
    )
    return [p for m, p in fake.calls if m == "answerCallbackQuery"][-1]


def now(fake, message):
    """A message as it reads now (after any edit)."""
    return next(m for m in fake.messages(EDITOR) if m["message_id"] == message["message_id"])


def labels(message):
    return [
        b["text"] for row in message.get("reply_markup", {}).get("inline_keyboard", []) for b in row
    ]


def story_of(receipt: str) -> int:
    return int(receipt.split("story #", 1)[1].split(",", 1)[0])


async def pushes(bot, fake, store, chat=SUBSCRIBER):
    await wait_until(lambda: store.subscriptions.pending_count() == 0)
    return [html_to_plain(p["text"]) for p in fake.sent(chat)]


async def subscribe(bot, fake, topic="all"):
    await ask(bot, fake, f"/subscribe {topic}", user_id=SUBSCRIBER)
    return len(fake.sent(SUBSCRIBER))


async def test_the_receipt_quotes_each_figure_and_carries_three_buttons(bot, fake, store):
    message, receipt = await forward(bot, fake, NIGHT, 14)
    assert labels(message) == ["Confirm", "Fix", "Not a report"]
    assert "Ukrainian Air Force, night to 14 Mar 2024" in receipt
    assert "drones launched: 38" in receipt and "drones downed: 31" in receipt
    # Each figure with the words it was read from.
    assert "“KYIV, March 14 (Kyiv Wire) - Russia launched 38 attack drones" in receipt
    assert "“Air defences shot down 31 of the drones" in receipt
    assert "destroyed 12 Ukrainian drones" in receipt
    # One line numbers the story and the article, in the one style every reply uses.
    (numbers,) = [line for line in receipt.splitlines() if "story #" in line]
    assert numbers.startswith("Kyiv Wire · 14 Mar 2024 · story #") and " · article " in numbers
    assert "Story " not in receipt


async def test_confirm_publishes_an_uncertain_figure_and_edits_the_receipt(bot, fake, store):
    before = await subscribe(bot, fake, "exchange")
    message, receipt = await forward(bot, fake, SWAP, 13)
    assert "Uncertain: shown to editors only, not published until an editor confirms" in receipt
    assert "prisoners in the swap: 58 (confidence 0.45: the figure may belong to another swap" in (
        receipt
    )
    # Subscribers hear the confident figures at once; the doubtful count is held back.
    told = (await pushes(bot, fake, store))[before:]
    assert told == [
        "Exchange of 13 Mar 2024 #1: completed, 75 returned home · "
        "Kyiv Wire (https://t.me/kyivwire/100)"
    ]
    exchange = await ask(bot, fake, "/exchange")
    assert "58" not in exchange and "75" in exchange

    answer = await press(bot, fake, message, "Confirm")
    assert answer["text"] == "Confirmed: 3 figures checked; subscribers are told."
    receipt_now = now(fake, message)
    assert "✓ Confirmed by Reporter1001" in receipt_now["text"]
    assert labels(receipt_now) == ["Fix", "Not a report"]
    told = (await pushes(bot, fake, store))[before:]
    assert (
        told[-1] == "Exchange of 13 Mar 2024 #1: 58 prisoners (confirmed by an editor) · "
        "Kyiv Wire (https://t.me/kyivwire/100)"
    )
    assert "58" in await ask(bot, fake, "/exchange")


async def test_not_a_report_takes_the_article_out_and_restore_brings_it_back(bot, fake, store):
    before = await subscribe(bot, fake, "strikes")
    message, receipt = await forward(bot, fake, NIGHT, 14)
    story = story_of(receipt)
    assert f"#{story} · " in await ask(bot, fake, "/latest")
    assert "38" in await ask(bot, fake, "/strikes")

    answer = await press(bot, fake, message, "Not a report")
    assert answer["text"] == "Taken out of briefings and pushes. Restore brings it back."
    receipt_now = fake.messages(EDITOR)[
        [m["message_id"] for m in fake.messages(EDITOR)].index(message["message_id"])
    ]
    assert (
        "✗ Not a report: taken out of briefings and pushes by Reporter1001" in (receipt_now["text"])
    )
    assert labels(receipt_now) == ["Restore"]
    assert "drones launched: 38" in receipt_now["text"]  # what was taken out stays readable
    assert "No stories yet" in await ask(bot, fake, "/latest")
    assert "No attack figures reported yet" in await ask(bot, fake, "/strikes")
    told = (await pushes(bot, fake, store))[before:]
    # The correction names its night and story, each claimant's figures, and links the post.
    assert told[-1].splitlines() == [
        f"Correction: Night to 14 Mar 2024 #{story}: 38 drones launched, 31 drones downed "
        "(Ukrainian Air Force) — no longer stands: an editor took the report out as not a "
        "report · Kyiv Wire (https://t.me/kyivwire/100)",
        f"Correction: Night to 14 Mar 2024 #{story}: Russian Defence Ministry claims 12 "
        "Ukrainian drones downed — no longer stands: an editor took the report out as not a "
        "report · Kyiv Wire (https://t.me/kyivwire/100)",
    ]
    # Kept, marked, restorable.
    await press(bot, fake, receipt_now, "Restore")
    assert f"#{story} · " in await ask(bot, fake, "/latest")
    assert "38" in await ask(bot, fake, "/strikes")
    told = (await pushes(bot, fake, store))[before:]
    assert told[-1].startswith(
        f"Correction: Night to 14 Mar 2024 #{story}: 38 drones launched, 31 drones downed "
        "(Ukrainian Air Force) — stands again: an editor restored the report · Kyiv Wire"
    )


async def test_an_editors_fix_changes_the_briefings_and_pushes_a_correction(bot, fake, store):
    before = await subscribe(bot, fake)
    _, night = await forward(bot, fake, NIGHT, 14, post=101)
    swap_message, swap = await forward(bot, fake, SWAP, 13, post=102)
    reply = await ask(bot, fake, f"/fix {story_of(night)} drones_downed 36 air force")
    assert reply == (
        f"Story #{story_of(night)}, Ukrainian Air Force: drones downed 31 → 36. "
        "Subscribers get a correction. /undo takes it back."
    )
    strikes = await ask(bot, fake, "/strikes")
    assert "36 drones (corrected by an editor from 31)" in strikes
    # Replying to a receipt, the story number may be left out.
    reply = await ask(bot, fake, "/fix returned 80", reply_to_message=swap_message)
    assert reply.startswith(f"Story #{story_of(swap)}: returned home 75 → 80.")
    exchange = await ask(bot, fake, "/exchange")
    assert "80 (corrected by an editor from 75)" in exchange
    told = (await pushes(bot, fake, store))[before:]
    assert told[-2:] == [
        "Correction: Night to 14 Mar 2024 #1: Ukrainian Air Force: drones downed 31 → 36 "
        "(corrected by an editor)",
        "Correction: Exchange of 13 Mar 2024 #2: returned home 75 → 80 (corrected by an editor)",
    ]
    latest = await ask(bot, fake, "/latest")
    assert "36 drones (corrected by an editor from 31) downed" in latest
    sources = await ask(bot, fake, f"/sources {story_of(night)}")
    assert "drones downed: 36 (corrected by an editor from 31)" in sources
    assert "Reporter1001: drones downed, Ukrainian Air Force: 31 → 36" in sources
    assert "“Air defences shot down 31 of the drones" in sources


async def test_a_fix_that_cannot_be_right_is_made_but_flagged(bot, fake, store):
    _, night = await forward(bot, fake, NIGHT, 14, post=101)
    # A typo on deadline: 310 downed of 38 launched.
    story = story_of(night)
    reply = await ask(bot, fake, f"/fix {story} drones_downed 310 air force")
    assert reply.startswith(f"Story #{story}, Ukrainian Air Force: drones downed 31 → 310.")
    assert "more drones downed (310) than launched (38)" in reply
    fine = await ask(bot, fake, f"/fix {story} drones_downed 30 air force")
    assert "Check" not in fine


async def test_a_readers_fix_is_refused_and_changes_nothing(bot, fake, store):
    message, receipt = await forward(bot, fake, NIGHT, 14)
    story = story_of(receipt)
    before = await ask(bot, fake, "/strikes")
    refusal = await ask(bot, fake, f"/fix {story} drones_downed 1", user_id=READER)
    assert refusal == "Sorry, only the newsroom's editors can do that. /whoami shows your id."
    for command in ("/undo", f"/merge {story} {story}", f"/split {story} 1"):
        assert await ask(bot, fake, command, user_id=READER) == refusal
    answer = await press(bot, fake, message, "Not a report", user_id=READER)
    assert answer["text"] == "Only the newsroom's editors can do that." and answer["show_alert"]
    assert await ask(bot, fake, "/strikes") == before
    assert store.db["review_actions"].count == 0


async def test_undo_takes_back_the_last_fix(bot, fake, store):
    _, receipt = await forward(bot, fake, NIGHT, 14)
    story = story_of(receipt)
    await ask(bot, fake, f"/fix {story} drones_launched 40 Ukrainian Air Force")
    assert "40 drones (corrected by an editor from 38)" in await ask(bot, fake, "/strikes")
    reply = await ask(bot, fake, "/undo")
    assert reply == (
        f"Undone: story #{story}, Ukrainian Air Force: drones launched back to 38 (was 40). "
        "Subscribers get a correction."
    )
    strikes = await ask(bot, fake, "/strikes")
    assert "Launched: 38 drones" in strikes and "corrected" not in strikes
    assert await ask(bot, fake, "/undo") == "You have no fix to undo."


async def test_merge_and_split_regroup_stories(bot, fake, store):
    _, first = await forward(bot, fake, NIGHT, 14, post=201)
    _, second = await forward(bot, fake, LATER_NIGHT, 21, post=202)
    a, b = story_of(first), story_of(second)
    article = int(second.split("· article ", 1)[1].split()[0])
    assert await ask(bot, fake, f"/merge {a} {b}") == (
        f"Story #{b} merged into story #{a}: 1 article moved. /sources {a} lists it."
    )
    latest = await ask(bot, fake, "/latest")
    assert f"#{a} · " in latest and f"#{b} · " not in latest
    sources = await ask(bot, fake, f"/sources {a}")
    assert f"article {article}: " in sources and f"merged #{b} into #{a}" in sources
    reply = await ask(bot, fake, f"/split {a} {article}")
    new = int(reply.rsplit("story #", 1)[1].rstrip("."))
    assert reply == f"Article {article} left story #{a}: it is now story #{new}."
    latest = await ask(bot, fake, "/latest")
    assert f"#{a} · " in latest and f"#{new} · " in latest
    assert (await ask(bot, fake, f"/merge {a} 999")).startswith("There is no story #999.")


async def test_more_downed_than_launched_is_said_and_held_until_confirmed(bot, fake, store):
    before = await subscribe(bot, fake, "strikes")
    message, receipt = await forward(bot, fake, IMPOSSIBLE, 15)
    assert (
        "⚠ Check: Ukrainian Air Force gives more drones downed (52) than launched (48), night "
        "to 15 Mar 2024. One of the two is likely misread."
    ) in receipt
    assert "Held: subscribers hear nothing of this article until an editor confirms it." in receipt
    assert (await pushes(bot, fake, store))[before:] == []
    # The briefings say so beside the figures too, not only the receipt.
    warning = (
        "⚠ More drones downed (52) than launched (48): one of the two is likely misread; not "
        "yet checked by an editor, so not sent to subscribers."
    )
    strikes = (await ask(bot, fake, "/strikes")).splitlines()
    assert strikes[strikes.index("Downed: 52 drones") + 1] == warning
    week = await ask(bot, fake, "/strikes week")
    assert "48 drones launched, 52 drones downed (Ukrainian Air Force) ⚠" in week
    assert "⚠ marks figures that cannot both be right" in week
    # Fix explains /fix for this story, in the receipt itself.
    answer = await press(bot, fake, message, "Fix")
    assert answer["text"] == "How to fix a figure: see the receipt."
    receipt_now = [now(fake, message)]
    story = story_of(receipt)
    assert f"/fix {story} FIELD VALUE [CLAIMANT]" in receipt_now[0]["text"]
    await ask(bot, fake, "/fix drones_downed 42", reply_to_message=receipt_now[0])
    assert (await pushes(bot, fake, store))[before:] == []  # nothing told yet: no correction
    assert "⚠" not in await ask(bot, fake, "/strikes")
    await press(bot, fake, receipt_now[0], "Confirm")
    assert (await pushes(bot, fake, store))[before:] == [
        "Night to 15 Mar 2024 #1: 48 drones launched, 42 drones downed (Ukrainian Air Force) "
        "(confirmed by an editor) · Kyiv Wire (https://t.me/kyivwire/100)"
    ]


async def test_push_confirmed_holds_every_push_until_an_editor_confirms(
    config, fake, store, tmp_path
):
    from dataclasses import replace

    from bot.app import running
    from tests.subscriptions.conftest import started

    application = started(replace(config, push="confirmed"), fake, store)
    async with running(application):
        before = await subscribe(application, fake, "strikes")
        message, _ = await forward(application, fake, NIGHT, 14)
        assert (await pushes(application, fake, store))[before:] == []
        await press(application, fake, message, "Confirm")
        told = (await pushes(application, fake, store))[before:]
        assert (
            len(told) == 1
            and "38 drones launched, 31 drones downed (Ukrainian Air Force) (confirmed" in told[0]
        )


async def test_a_ukrainian_chat_reads_the_review_and_its_buttons_in_ukrainian(bot, fake, store):
    await ask(bot, fake, "/lang uk")
    message, receipt = await forward(bot, fake, IMPOSSIBLE, 15)
    assert labels(message) == ["Підтвердити", "Виправити", "Не новина"]
    assert "сюжет #" in receipt
    assert "⚠ Перевірте (Повітряні сили ЗСУ, ніч на 15 березня 2024): збито дронів" in receipt
    assert "ніч на 15 березня 2024" in receipt
    reply = await ask(bot, fake, f"/fix {story_of_uk(receipt)} drones_downed 42")
    assert reply.startswith(
        f"Сюжет #{story_of_uk(receipt)}, Повітряні сили ЗСУ: збито дронів 52 → "
    )


def story_of_uk(receipt: str) -> int:
    return int(receipt.split("сюжет #", 1)[1].split(",", 1)[0])


async def test_sources_shows_an_uncertain_figure_to_editors_only(bot, fake, store):
    _, receipt = await forward(bot, fake, SWAP, 13)
    story = story_of(receipt)
    editor_view = await ask(bot, fake, f"/sources {story}")
    assert "prisoners in the swap: 58" in editor_view
    assert "uncertain: shown to editors only, not published until confirmed" in editor_view
    assert "“Moscow's defence ministry said 58 Russian servicemen" in editor_view
    reader_view = await ask(bot, fake, f"/sources {story}", user_id=READER)
    assert "58" not in reader_view and "returned home: 75" in reader_view


@pytest.mark.parametrize("written", ["1 200", "1,200", "1.200", '"1 200"', "“1 200”"])
async def test_fix_reads_a_figure_written_with_thousands_separators(bot, fake, store, written):
    _, swap = await forward(bot, fake, SWAP, 13, post=102)
    story = story_of(swap)
    reply = await ask(bot, fake, f"/fix {story} count {written}")
    assert reply.startswith(f"Story #{story}: prisoners in the swap ")
    assert "→ 1,200." in reply
    assert "Prisoners concerned: 1,200 (" in await ask(bot, fake, "/exchange")


async def test_fix_with_a_spaced_figure_and_a_claimant(bot, fake, store):
    _, night = await forward(bot, fake, NIGHT, 14, post=101)
    story = story_of(night)
    reply = await ask(bot, fake, f"/fix {story} drones_launched 1 040 air force")
    assert reply.startswith(f"Story #{story}, Ukrainian Air Force: drones launched 38 → 1,040.")
    unclosed = await ask(bot, fake, f'/fix {story} drones_launched "1 040 air force')
    assert unclosed.startswith("Usage: /fix")


async def test_a_date_fix_and_its_undo_push_corrections_that_name_both_nights(bot, fake, store):
    before = await subscribe(bot, fake, "strikes")
    _, night = await forward(bot, fake, NIGHT, 14, post=101)
    story = story_of(night)
    reply = await ask(bot, fake, f"/fix {story} date 2024-03-13 air force")
    assert reply.startswith(f"Story #{story}, Ukrainian Air Force: date 14 Mar 2024 → 13 Mar 2024")
    told = (await pushes(bot, fake, store))[before:]
    assert told[-1] == (
        f"Correction: Night to 13 Mar 2024 #{story}: 38 drones launched, 31 drones downed "
        "(Ukrainian Air Force): for this night, not the night to 14 Mar 2024 (corrected by an "
        "editor) · Kyiv Wire (https://t.me/kyivwire/101)"
    )
    assert "Launched: 38 drones" in await ask(bot, fake, "/strikes 2024-03-13")
    await ask(bot, fake, "/undo")
    told = (await pushes(bot, fake, store))[before:]
    assert told[-1] == (
        f"Correction: Night to 14 Mar 2024 #{story}: 38 drones launched, 31 drones downed "
        "(Ukrainian Air Force): for this night, not the night to 13 Mar 2024 (an editor's "
        "correction taken back) · Kyiv Wire (https://t.me/kyivwire/101)"
    )


async def test_undoing_a_fix_that_added_a_figure_says_it_no_longer_stands(bot, fake, store):
    before = await subscribe(bot, fake, "strikes")
    _, night = await forward(bot, fake, NIGHT, 14, post=101)
    story = story_of(night)
    await ask(bot, fake, f"/fix {story} missiles_launched 4 air force")
    await ask(bot, fake, "/undo")
    told = (await pushes(bot, fake, store))[before:]
    assert told[-1] == (
        f"Correction: Night to 14 Mar 2024 #{story}: 4 missiles launched (Ukrainian Air Force) "
        "— no longer stands: an editor took back the figure"
    )


async def test_more_returned_than_the_swap_concerned_is_said_in_exchange(bot, fake, store):
    text = (
        "Ukraine brings home 64 soldiers in swap\n"
        "KYIV, March 12 (Kyiv Wire) - Ukraine and Russia agreed a swap of 40 prisoners for 40, "
        "officials said on Tuesday. Sixty-four Ukrainian soldiers returned home from Russian "
        "captivity on Tuesday, the coordination headquarters said."
    )
    message, receipt = await forward(bot, fake, text, 12, post=301)
    assert "more people returned (64) than the swap was said to concern (40)" in receipt
    exchange = await ask(bot, fake, "/exchange")
    assert "⚠ More people returned (64) than the swap was said to concern (40)" in exchange
    await press(bot, fake, message, "Confirm")
    assert "⚠" not in await ask(bot, fake, "/exchange")


async def test_a_fix_and_its_undo_over_reports_that_differ_name_every_figure(bot, fake, store):
    before = await subscribe(bot, fake, "strikes")
    _, night = await forward(bot, fake, NIGHT, 14, post=101)
    other = NIGHT.replace("shot down 31", "shot down 34").replace("(Kyiv Wire)", "(Evening Post)")
    await forward(bot, fake, other, 14, post=7, channel="Evening Post")
    story = story_of(night)
    await ask(bot, fake, f"/fix {story} drones_downed 33 air force")
    await ask(bot, fake, "/undo")
    told = (await pushes(bot, fake, store))[before:]
    corrections = [p for p in told if p.startswith("Correction")]
    # The second outlet's figure is a second report, not a change of the first: both stand.
    assert any(
        "Ukrainian Air Force reports drones downed 34 (other reports: 31)" in p for p in told
    )
    # Subscribers were told both outlets' figures; the fix and its undo name both, never "None".
    assert any("drones downed 31 or 34 → 33" in p for p in corrections), told
    assert any("drones downed 33 → 31 or 34" in p for p in corrections), told
    assert not any("None" in p for p in told), told
