"""The bot end to end: real Application, real handlers, fake Bot API at the HTTP layer."""

import asyncio
from datetime import UTC, datetime, timedelta

from bot.local_api import html_to_plain
from handlers import COMMANDS
from tests.articles import (
    EXCHANGE_AND_STRIKES,
    SECOND_OUTLET,
    SEED_POST_DATE,
    TITLE_WITH_HTML,
)
from tests.conftest import EDITOR
from tests.support.updates import (
    command_update,
    forwarded_update,
    message_update,
    photo_update,
    sticker_update,
)


async def until(condition, timeout=5.0):
    """Wait for something the bot does after a pause (a split paste's window), up to timeout."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not condition() and loop.time() < end:
        await asyncio.sleep(0.05)


def replies(fake, since=0):
    """Plain text of every message the bot sent, from call index `since` on."""
    return [html_to_plain(p["text"]) for p in fake.sent()[since:]]


async def ask(app, fake, text, **kw):
    """Send a command and return the bot's reply as one plain-text string."""
    before = len(fake.sent())
    await app.process_update(command_update(app.bot, text, user_id=EDITOR, **kw))
    return "\n".join(replies(fake, before))


async def forward_seed(app, fake, message_id=4242):
    before = len(fake.sent())
    await app.process_update(
        forwarded_update(
            app.bot,
            EXCHANGE_AND_STRIKES,
            user_id=EDITOR,
            channel_title="Kyiv Wire",
            channel_username="kyivwire",
            origin_message_id=message_id,
            origin_date=SEED_POST_DATE,
        )
    )
    return "\n".join(replies(fake, before))


async def test_menu_is_registered_from_the_command_table(app, fake):
    registered = [params for method, params in fake.calls if method == "setMyCommands"]
    assert registered, "setMyCommands was never called"
    names = [c["command"] for c in registered[-1]["commands"]]
    assert names == [c.name for c in COMMANDS if c.name != "stats"]


async def test_help_lists_every_command_but_the_admin_chats_own(app, fake):
    text = await ask(app, fake, "/help")
    for command in COMMANDS:
        if command.name not in ("stats", "add"):
            assert f"/{command.name}" in text
    assert "/stats" not in text
    # In a private chat anything sent is stored: /add (reply to a message in a group) is no
    # use there, and the private chats' menu leaves it out too.
    assert "/add" not in text
    private_menu = next(
        p["commands"]
        for m, p in fake.calls
        if m == "setMyCommands" and p["scope"]["type"] == "all_private_chats"
    )
    assert [c["command"] for c in private_menu] == [
        c.name for c in COMMANDS if c.name not in ("stats", "add")
    ]


async def test_help_in_a_group_lists_add(app, fake):
    text = await ask(app, fake, "/help", chat_id=-100777, chat_type="supergroup")
    assert "/add — Reply to a message with /add to store it as an article" in text
    assert "/stats" not in text


async def test_forwarded_post_gets_a_receipt_with_the_figures(app, fake, store):
    receipt = await forward_seed(app, fake)
    assert "Stored" in receipt
    assert "Kyiv Wire" in receipt
    assert "1,200" in receipt
    assert "176 drones + 1 missile launched" in receipt
    assert "139" in receipt
    assert "Russian Defence Ministry claims 57" in receipt
    assert "3 Dec 2023" in receipt
    assert store.counts()["articles"] == 1


async def test_reforwarding_the_same_post_changes_nothing(app, fake, store):
    await forward_seed(app, fake)
    before = store.counts()
    receipt = await forward_seed(app, fake)
    assert "Already stored" in receipt
    assert store.counts() == before


async def test_pasting_a_stored_posts_text_adds_a_source_and_pasting_again_does_not(
    app, fake, store
):
    await forward_seed(app, fake)
    before = store.counts()
    await app.process_update(message_update(app.bot, EXCHANGE_AND_STRIKES, user_id=EDITOR))
    assert "one more source" in replies(fake)[-1]
    assert store.counts() == {**before, "sources": before["sources"] + 1}
    await app.process_update(message_update(app.bot, EXCHANGE_AND_STRIKES, user_id=EDITOR))
    assert "Already stored" in replies(fake)[-1]
    assert store.counts() == {**before, "sources": before["sources"] + 1}


async def test_exchange_briefing(app, fake):
    await forward_seed(app, fake)
    text = await ask(app, fake, "/exchange")
    assert "talks under way" in text
    assert "1,200" in text
    assert "Turkey" in text
    assert "UAE" in text
    assert "Istanbul" in text
    assert "Kyiv Wire" in text


async def test_strikes_keep_each_claimant_apart(app, fake):
    await forward_seed(app, fake)
    text = await ask(app, fake, "/strikes")
    assert "176" in text and "139" in text
    assert "Launched: 176 drones + 1 missile" in text
    ukraine, _, russia = text.partition("Russian Defence Ministry")
    assert "Ukrainian Air Force" in ukraine and "176" in ukraine and "139" in ukraine
    assert "57" in russia and "176" not in russia and "139" not in russia
    assert "196" not in text  # 139 + 57: never summed


async def test_two_outlets_one_story_two_sources(app, fake):
    await forward_seed(app, fake)
    await app.process_update(
        forwarded_update(
            app.bot,
            SECOND_OUTLET,
            user_id=EDITOR,
            channel_title="Harbour Times",
            channel_username="harbourtimes",
            channel_id=-1009999,
            origin_message_id=77,
            origin_date=SEED_POST_DATE,
        )
    )
    text = await ask(app, fake, "/latest")
    assert "2 sources" in text
    assert [line for line in text.splitlines() if line.startswith("#")] != []
    assert len([line for line in text.splitlines() if line.startswith("#")]) == 1


async def test_latest_lists_stories_newest_first(app, fake):
    await forward_seed(app, fake)
    text = await ask(app, fake, "/latest 3")
    assert "Ukraine seeks to bring home 1,200 prisoners" in text
    assert "1 source" in text


async def test_latest_rejects_a_bad_argument(app, fake):
    text = await ask(app, fake, "/latest lots")
    assert text.startswith("Usage: /latest")


async def test_sources_link_the_original_post(app, fake):
    await forward_seed(app, fake, message_id=4242)
    await ask(app, fake, "/sources")
    html = fake.sent()[-1]["text"]
    assert "https://t.me/kyivwire/4242" in html


async def test_photo_post_with_caption_is_ingested(app, fake, store):
    caption = TITLE_WITH_HTML
    await app.process_update(
        photo_update(
            app.bot,
            caption,
            forward={"channel_title": "Eastern Dispatch", "channel_username": "edispatch"},
            user_id=EDITOR,
        )
    )
    assert "Stored" in replies(fake)[-1]
    assert store.counts()["articles"] == 1


async def test_html_characters_in_a_title_are_escaped(app, fake):
    await app.process_update(message_update(app.bot, TITLE_WITH_HTML, user_id=EDITOR))
    await ask(app, fake, "/latest")
    assert '<launched> & 31 shot down over "Kyiv"' in replies(fake)[-1]


async def test_a_sticker_gets_one_clear_line(app, fake, store):
    await app.process_update(sticker_update(app.bot, user_id=EDITOR))
    (answer,) = replies(fake)
    assert "sticker" in answer and "\n" not in answer
    assert store.counts()["articles"] == 0


async def test_an_empty_message_gets_one_clear_line(app, fake, store):
    await app.process_update(message_update(app.bot, "   ", user_id=EDITOR))
    (answer,) = replies(fake)
    assert "no text" in answer and "\n" not in answer
    assert store.counts() == {"stories": 0, "articles": 0, "sources": 0, "facts": 0}


async def test_a_message_with_no_text_at_all_gets_one_clear_line(app, fake, store):
    await app.process_update(message_update(app.bot, "", user_id=EDITOR))
    (answer,) = replies(fake)
    assert "empty" in answer and "\n" not in answer
    assert store.counts() == {"stories": 0, "articles": 0, "sources": 0, "facts": 0}


async def test_noise_is_refused_and_nothing_is_stored(app, fake, store):
    noise = ("qz7 xw9# kk0 ppz vv1 @@ " * 200)[:4000]
    await app.process_update(message_update(app.bot, noise, user_id=EDITOR))
    await until(lambda: replies(fake))  # 4,000 characters may be the first part of a paste
    (answer,) = replies(fake)
    assert "doesn't look like an article" in answer and "\n" not in answer
    assert store.counts() == {"stories": 0, "articles": 0, "sources": 0, "facts": 0}


async def test_a_long_paste_in_parts_becomes_one_article(app, fake, store):
    filler = " ".join(
        f"Officials in the region said repair crews worked through night number {i} to restore "
        "power and heating to homes and hospitals."
        for i in range(40)
    )
    text = EXCHANGE_AND_STRIKES + "\n" + filler
    first, second = text[:3800], text[3800:]
    await app.process_update(message_update(app.bot, first, user_id=EDITOR))
    await app.process_update(message_update(app.bot, second, user_id=EDITOR))
    assert replies(fake) == []  # still waiting for the rest
    await until(lambda: replies(fake))
    (receipt,) = replies(fake)
    assert "Stored" in receipt and "1,200" in receipt
    assert store.counts()["articles"] == 1
    assert store.counts()["sources"] == 1


async def test_a_crash_gets_one_line_and_the_next_update_works(app, fake, store, monkeypatch):
    def broken(n=5):
        raise RuntimeError("database on fire")

    monkeypatch.setattr(store, "latest_stories", broken)
    answer = await ask(app, fake, "/latest")
    assert answer.startswith("Sorry, something went wrong") and "\n" not in answer
    assert "database on fire" not in answer
    monkeypatch.undo()
    assert "No stories yet" in await ask(app, fake, "/latest")


async def test_strangers_cannot_add_articles(app, fake, store):
    await app.process_update(message_update(app.bot, EXCHANGE_AND_STRIKES, user_id=5555))
    assert "only the newsroom's editors" in replies(fake)[-1]
    assert store.counts()["articles"] == 0


async def test_a_long_briefing_is_split_into_valid_messages(app, fake, store):
    for i in range(40):
        sent = datetime(2024, 1, 1, 9, tzinfo=UTC) + timedelta(days=i)
        title = f"Air force <report> number {i}: {i + 20} drones & {i} downed in a long headline"
        body = (
            f"{title}\n\nUkraine's air force said Russia launched {i + 20} drones overnight and "
            f"{i} were shot down, according to report number {i}."
        )
        await app.process_update(message_update(app.bot, body, user_id=EDITOR, date=sent))
    before = len(fake.sent())
    await app.process_update(command_update(app.bot, "/latest 40", user_id=EDITOR))
    parts = fake.sent()[before:]
    assert len(parts) > 1
    assert all(len(html_to_plain(p["text"])) <= 4096 for p in parts)
