"""Edited messages: an edited paste updates its article; an edited command is not run again."""

import json

from bot.local_api import html_to_plain
from briefings.push import render_change
from storage.review import PUBLIC_FACT
from storage.views import Change
from tests.conftest import EDITOR
from tests.support.updates import (
    command_update,
    edited_update,
    forwarded_update,
    message_update,
)

SUBSCRIBER = 2001

NIGHT = """\
Air force: 31 of 40 drones shot down overnight

KYIV, Dec 3, 2023 - Russia launched 40 attack drones at Ukraine overnight, and air defences \
shot down 31 of them over the Kyiv and Sumy regions, the Ukrainian Air Force said on Sunday.
"""


def replies(fake, chat=EDITOR) -> list[str]:
    return [html_to_plain(t) for t in fake.texts(chat)]


def told(store) -> list[str]:
    """Every change subscribers were told, as the push words it, oldest first."""
    out = []
    for row in store.db.query("select change from change_log order by id"):
        fields = json.loads(row["change"])
        fields["outlets"] = tuple(fields["outlets"])
        fields["figures"] = tuple(tuple(f) for f in fields["figures"])
        out.append(html_to_plain(render_change(Change(**fields))))
    return out


def live(store, field: str) -> list[str]:
    """The values of a figure the briefings show (not superseded, not withdrawn)."""
    return [
        r[0]
        for r in store.db.execute(
            f"select value from facts where field = ? and superseded_by is null and {PUBLIC_FACT}",
            [field],
        )
    ]


async def test_a_paste_and_two_edits_are_one_article_with_one_downed_figure(app, fake, store):
    await app.process_update(command_update(app.bot, "/subscribe strikes", user_id=SUBSCRIBER))
    paste = message_update(app.bot, NIGHT, user_id=EDITOR)
    await app.process_update(paste)
    assert replies(fake)[-1].startswith("Stored")
    await app.process_update(edited_update(app.bot, paste, NIGHT.replace("31", "33")))
    await app.process_update(edited_update(app.bot, paste, NIGHT.replace("31", "34")))

    assert store.counts()["articles"] == 1
    assert live(store, "drones_downed") == ["34"]
    assert live(store, "drones_launched") == ["40"]
    assert replies(fake)[-1].startswith("Updated from your edit")
    text = next(store.db.query("select text from articles"))["text"]
    assert "34 of 40" in text and "31 of 40" not in text
    # Subscribers were told 31, then each correction.
    pushed = told(store)
    assert "31" in pushed[0]
    assert any("31 → 33" in w for w in pushed) and any("33 → 34" in w for w in pushed), pushed
    strikes = html_to_plain(await ask(app, fake, "/strikes 2023-12-03"))
    assert "34 drones (updated from 33)" in strikes


async def test_an_edit_that_drops_a_figure_withdraws_it_and_says_so(app, fake, store):
    await app.process_update(command_update(app.bot, "/subscribe strikes", user_id=SUBSCRIBER))
    paste = message_update(app.bot, NIGHT, user_id=EDITOR)
    await app.process_update(paste)
    shorter = NIGHT.replace(", and air defences shot down 31 of them", "").replace(
        "31 of 40 drones shot down", "40 drones launched"
    )
    await app.process_update(edited_update(app.bot, paste, shorter))
    assert live(store, "drones_downed") == []
    last = told(store)[-1]
    assert last.startswith("Correction: Night to 3 Dec 2023 #"), last
    assert "31 drones downed (Ukrainian Air Force) — no longer stands: the report was edited" in (
        last
    )


async def test_the_same_text_again_after_an_edit_is_already_stored(app, fake, store):
    paste = message_update(app.bot, NIGHT, user_id=EDITOR)
    await app.process_update(paste)
    edited = NIGHT.replace("31", "33")
    await app.process_update(edited_update(app.bot, paste, edited))
    await app.process_update(message_update(app.bot, edited, user_id=EDITOR))
    assert replies(fake)[-1].startswith("Already stored")
    assert store.counts()["articles"] == 1


async def test_an_edit_that_changes_nothing_says_so(app, fake, store):
    paste = message_update(app.bot, NIGHT, user_id=EDITOR)
    await app.process_update(paste)
    await app.process_update(edited_update(app.bot, paste, NIGHT))
    assert "changes no figure" in replies(fake)[-1]
    assert store.counts()["articles"] == 1


async def test_an_edit_of_a_message_the_bot_never_stored_is_a_new_article(app, fake, store):
    chatter = message_update(app.bot, "hi, anything new tonight?", user_id=EDITOR)
    await app.process_update(chatter)
    assert store.counts()["articles"] == 0
    await app.process_update(edited_update(app.bot, chatter, NIGHT))
    assert replies(fake)[-1].startswith("Stored")
    assert store.counts()["articles"] == 1


async def test_an_edited_command_is_not_run_again(app, fake, store):
    command = command_update(app.bot, "/whoami", user_id=EDITOR)
    await app.process_update(command)
    answers = len(replies(fake))
    await app.process_update(edited_update(app.bot, command, "/latest"))
    await app.process_update(edited_update(app.bot, command, "/whoami"))
    assert len(replies(fake)) == answers
    assert store.counts()["articles"] == 0


async def ask(app, fake, text: str) -> str:
    await app.process_update(command_update(app.bot, text, user_id=EDITOR))
    return fake.texts(EDITOR)[-1]


async def test_a_channel_post_forwarded_again_after_the_channel_edited_it_updates_its_article(
    app, fake, store
):
    # The air force's channel corrects its morning post; a reporter forwards it again. The
    # stored figure must become the corrected one, not stay as it was with "nothing changed".
    await app.process_update(command_update(app.bot, "/subscribe strikes", user_id=SUBSCRIBER))
    await app.process_update(forwarded_update(app.bot, NIGHT, user_id=EDITOR, origin_message_id=9))
    assert replies(fake)[-1].startswith("Stored")
    again = forwarded_update(app.bot, NIGHT, user_id=EDITOR, origin_message_id=9)
    await app.process_update(again)
    assert replies(fake)[-1].startswith("Already stored")

    edited = NIGHT.replace("31", "35")
    await app.process_update(forwarded_update(app.bot, edited, user_id=EDITOR, origin_message_id=9))
    receipt = replies(fake)[-1]
    assert receipt.startswith("Updated: the post was edited since it was stored"), receipt
    assert "35 drones downed" in receipt
    assert store.counts()["articles"] == 1
    assert live(store, "drones_downed") == ["35"]
    assert any("31 → 35" in change for change in told(store)), told(store)
    await app.process_update(command_update(app.bot, "/strikes", user_id=EDITOR))
    strikes = replies(fake)[-1]
    assert "35 drones (updated from 31)" in strikes or "Downed: 35 drones" in strikes, strikes
    # The edited post forwarded once more is already stored.
    await app.process_update(forwarded_update(app.bot, edited, user_id=EDITOR, origin_message_id=9))
    assert replies(fake)[-1].startswith("Already stored")


async def test_an_edited_post_of_an_article_taken_out_as_not_a_report_stays_out(app, fake, store):
    from storage.review import Editor

    await app.process_update(forwarded_update(app.bot, NIGHT, user_id=EDITOR, origin_message_id=9))
    (article,) = store.db["articles"].rows
    store.remove_article(article["id"], Editor(EDITOR, "Desk"))
    edited = NIGHT.replace("31", "35")
    await app.process_update(forwarded_update(app.bot, edited, user_id=EDITOR, origin_message_id=9))
    assert replies(fake)[-1].startswith("Already stored")
    assert live(store, "drones_downed") == []


async def test_an_edited_paste_of_an_article_taken_out_stays_out_until_restored(app, fake, store):
    from storage.review import Editor

    paste = message_update(app.bot, NIGHT, user_id=EDITOR)
    await app.process_update(paste)
    (article,) = store.db["articles"].rows
    store.remove_article(article["id"], Editor(EDITOR, "Desk"))
    await app.process_update(edited_update(app.bot, paste, NIGHT.replace("31", "35")))
    assert live(store, "drones_downed") == []  # the edit does not bring it back
    store.restore_article(article["id"], Editor(EDITOR, "Desk"))
    assert live(store, "drones_downed") == ["35"]  # restored, with its edited figure


async def test_a_copy_from_another_channel_is_no_source_of_the_figure_an_edit_changed(
    app, fake, store
):
    # The Copy Desk carried the air force post word for word, 31 downed. The air force then
    # edits its post to 35: the Copy Desk never said 35, but it still gave the 40 launched.
    await app.process_update(forwarded_update(app.bot, NIGHT, user_id=EDITOR, origin_message_id=9))
    copy = forwarded_update(
        app.bot,
        NIGHT,
        user_id=EDITOR,
        origin_message_id=77,
        channel_title="Copy Desk",
        channel_username="copydesk",
        channel_id=-1009876543210,
    )
    await app.process_update(copy)
    assert "Added Copy Desk as one more source" in replies(fake)[-1]
    edited = NIGHT.replace("31", "35")
    await app.process_update(forwarded_update(app.bot, edited, user_id=EDITOR, origin_message_id=9))
    assert replies(fake)[-1].startswith("Updated: the post was edited")

    await app.process_update(command_update(app.bot, "/sources 1", user_id=EDITOR))
    sources = replies(fake)[-1]
    launched, downed = sources.split("drones launched: ")[1].split("drones downed: ")
    assert "https://t.me/kyivwire/9" in launched and "https://t.me/copydesk/77" in launched
    assert downed.startswith("35 ") and "updated from 31" in downed
    assert "https://t.me/kyivwire/9" in downed.split("Articles")[0]
    assert "copydesk" not in downed.split("Articles")[0]
    # The copy is kept, with the text it carried: nothing is lost.
    assert store.counts()["articles"] == 2
    assert live(store, "drones_downed") == ["35"]
    await app.process_update(command_update(app.bot, "/strikes", user_id=EDITOR))
    strikes = replies(fake)[-1]
    assert "Downed: 35 drones (updated from 31)" in strikes
    assert (
        "Sources: Kyiv Wire (https://t.me/kyivwire/9), Copy Desk (https://t.me/copydesk/77)"
        in strikes
    )
    # The copy forwarded again is still already stored.
    await app.process_update(copy)
    assert replies(fake)[-1].startswith("Already stored")


async def test_an_edit_keeps_the_figure_an_editor_added_to_the_article(app, fake, store):
    """A reporter's typo fix in a paste the extractor found no figure in leaves the figure an
    editor set with /fix standing: the edit does not say it any less than the text did."""
    text = (
        "Drones strike Odesa port overnight\n\n"
        "ODESA, Dec 3, 2023 - Russian drones struck port facilities in Odesa overnight, "
        "starting fires at two warehuoses, the regional governor said on Sunday.\n"
    )
    await app.process_update(command_update(app.bot, "/subscribe strikes", user_id=SUBSCRIBER))
    paste = message_update(app.bot, text, user_id=EDITOR)
    await app.process_update(paste)
    story = store.db.execute("select story_id from articles").fetchone()[0]
    await app.process_update(
        command_update(app.bot, f"/fix {story} drones_launched 30", user_id=EDITOR)
    )
    assert live(store, "drones_launched") == ["30"]
    await app.process_update(
        edited_update(app.bot, paste, text.replace("warehuoses", "warehouses"))
    )
    assert live(store, "drones_launched") == ["30"]
    assert not any("no longer stands" in line for line in told(store)), told(store)
