"""Who may add articles and read briefings; groups read only commands."""

import dataclasses

from bot.app import build_application, running
from bot.local_api import html_to_plain
from tests.articles import EXCHANGE_AND_STRIKES
from tests.conftest import EDITOR
from tests.support.updates import SUPERGROUP_CHAT_ID, command_update, message_update

STRANGER = 5555


def last(fake):
    return html_to_plain(fake.sent()[-1]["text"])


async def test_whoami_shows_id_and_role(app, fake):
    await app.process_update(command_update(app.bot, "/whoami", user_id=EDITOR))
    assert f"{EDITOR}" in last(fake) and "role: editor" in last(fake)
    await app.process_update(command_update(app.bot, "/whoami", user_id=STRANGER))
    assert f"{STRANGER}" in last(fake) and "role: reader" in last(fake)


async def test_a_non_editor_forward_is_refused_and_not_stored(app, fake, store):
    await app.process_update(message_update(app.bot, EXCHANGE_AND_STRIKES, user_id=STRANGER))
    assert "only the newsroom's editors" in last(fake)
    assert store.counts()["articles"] == 0


async def test_readers_list_limits_briefings(config, fake, store):
    limited = dataclasses.replace(config, readers=frozenset({7777}))
    app = build_application(limited, request=fake, store=store, rate_limit=False)
    async with running(app):
        await app.process_update(command_update(app.bot, "/latest", user_id=STRANGER))
        assert "for the newsroom only" in last(fake)
        await app.process_update(command_update(app.bot, "/latest", user_id=7777))
        # a reader, who may not add articles, is not told to forward one
        assert "No stories yet" in last(fake) and "editors add them" in last(fake)
        assert "Forward an article" not in last(fake)
        await app.process_update(command_update(app.bot, "/latest", user_id=EDITOR))
        assert "No stories yet" in last(fake) and "Forward an article" in last(fake)


async def test_an_empty_exchange_briefing_does_not_ask_a_reader_to_forward(config, fake, store):
    limited = dataclasses.replace(config, readers=frozenset({7777}))
    app = build_application(limited, request=fake, store=store, rate_limit=False)
    async with running(app):
        await app.process_update(command_update(app.bot, "/exchange", user_id=7777))
        assert "No prisoner exchange reported yet" in last(fake)
        assert "editors add reports" in last(fake) and "Forward an article" not in last(fake)
        await app.process_update(command_update(app.bot, "/exchange", user_id=EDITOR))
        assert "Forward an article about one to start" in last(fake)


async def test_groups_ignore_chatter_and_add_by_reply(app, fake, store):
    group = {"chat_type": "supergroup", "chat_id": SUPERGROUP_CHAT_ID}
    chatter = message_update(app.bot, EXCHANGE_AND_STRIKES, user_id=STRANGER, **group)
    await app.process_update(chatter)
    assert fake.sent() == [] and store.counts()["articles"] == 0
    reply = command_update(
        app.bot, "/add", user_id=STRANGER, reply_to_message=chatter.message, **group
    )
    await app.process_update(reply)
    assert "only the newsroom's editors" in last(fake)
    reply = command_update(
        app.bot, "/add", user_id=EDITOR, reply_to_message=chatter.message, **group
    )
    await app.process_update(reply)
    assert "Stored" in last(fake) and "1,200" in last(fake)
    assert store.counts()["articles"] == 1
    added_by = next(store.db["sources"].rows)["added_by"]
    assert added_by == EDITOR


async def test_add_without_a_reply_explains(app, fake):
    await app.process_update(command_update(app.bot, "/add", user_id=EDITOR))
    assert "Reply /add to the message" in last(fake)


async def test_a_stranger_sending_an_article_is_not_invited_to_briefings(config, fake, store):
    limited = dataclasses.replace(config, readers=frozenset({7777}))
    app = build_application(limited, request=fake, store=store, rate_limit=False)
    async with running(app):
        await app.process_update(message_update(app.bot, EXCHANGE_AND_STRIKES, user_id=STRANGER))
        assert "for the newsroom only" in last(fake) and "/latest" not in last(fake)
        await app.process_update(message_update(app.bot, EXCHANGE_AND_STRIKES, user_id=7777))
        assert "only the newsroom's editors" in last(fake) and "/latest" in last(fake)
    assert store.counts()["articles"] == 0


async def test_add_on_one_of_the_bots_own_messages_stores_nothing(app, fake, store):
    group = {"chat_type": "supergroup", "chat_id": SUPERGROUP_CHAT_ID}
    await app.process_update(command_update(app.bot, "/strikes", user_id=EDITOR, **group))
    briefing = {
        "message_id": 4242,
        "date": 1764676800,
        "chat": {"id": SUPERGROUP_CHAT_ID, "type": "supergroup", "title": "Desk"},
        "from": {"id": app.bot.id, "is_bot": True, "first_name": "Newsroom"},
        "text": "Strikes, night to 2 Dec 2025\nUkrainian Air Force\nLaunched: 176 drones",
    }
    reply = command_update(app.bot, "/add", user_id=EDITOR, reply_to_message=briefing, **group)
    await app.process_update(reply)
    assert "one of my own messages" in last(fake)
    assert store.counts()["articles"] == 0


async def test_add_on_a_file_in_a_group_reads_the_file(app, fake, store):
    from handlers import files
    from tests.support.updates import document_update

    group = {"chat_type": "supergroup", "chat_id": SUPERGROUP_CHAT_ID}
    fake.add_file("f-group", EXCHANGE_AND_STRIKES.encode())
    posted = document_update(
        app.bot,
        "wire.txt",
        "text/plain",
        "f-group",
        len(EXCHANGE_AND_STRIKES),
        user_id=STRANGER,
        **group,
    )
    await app.process_update(posted)  # the bot reads only commands in a group
    assert fake.sent() == [] and store.counts()["articles"] == 0
    reply = command_update(
        app.bot, "/add", user_id=EDITOR, reply_to_message=posted.message, **group
    )
    await app.process_update(reply)
    await files.all_done(app)
    assert "Stored" in last(fake) and "1,200" in last(fake)
    (source,) = store.db["sources"].rows
    assert source["added_by"] == EDITOR


async def test_an_anonymous_admin_is_told_to_write_as_themselves(config, fake, store):
    limited = dataclasses.replace(config, readers=frozenset({7777}))
    app = build_application(limited, request=fake, store=store, rate_limit=False)
    group = {"id": SUPERGROUP_CHAT_ID, "type": "supergroup", "title": "Desk"}
    async with running(app):
        for command in ("/subscribe", "/latest"):
            update = message_update(
                app.bot,
                command,
                user_id=1087968824,  # GroupAnonymousBot, Telegram's stand-in
                chat_type="supergroup",
                chat_id=SUPERGROUP_CHAT_ID,
                sender_chat=group,
            )
            await app.process_update(update)
            assert "cannot tell who you are" in last(fake) and "/whoami" not in last(fake)


async def test_a_file_posted_in_a_group_with_add_as_its_caption_is_read(app, fake, store):
    from handlers import files
    from tests.support.updates import document_update

    group = {"chat_type": "supergroup", "chat_id": SUPERGROUP_CHAT_ID}
    data = EXCHANGE_AND_STRIKES.encode()
    fake.add_file("f-cap", data)
    for user_id, caption in ((STRANGER, "/add"), (EDITOR, "/add@SomeOtherBot"), (EDITOR, "look")):
        posted = document_update(
            app.bot, "wire.txt", "text/plain", "f-cap", len(data), caption, user_id=user_id, **group
        )
        await app.process_update(posted)
        await files.all_done(app)
        assert store.counts()["articles"] == 0
    assert len(fake.sent()) == 1 and "only the newsroom's editors" in last(fake)
    posted = document_update(
        app.bot, "wire.txt", "text/plain", "f-cap", len(data), "/add", user_id=EDITOR, **group
    )
    await app.process_update(posted)
    await files.all_done(app)
    assert "Stored" in last(fake) and "1,200" in last(fake)
    (source,) = store.db["sources"].rows
    assert source["added_by"] == EDITOR


async def test_add_followed_by_the_text_stores_the_text(app, fake, store):
    group = {"chat_type": "supergroup", "chat_id": SUPERGROUP_CHAT_ID}
    await app.process_update(
        command_update(app.bot, f"/add {EXCHANGE_AND_STRIKES}", user_id=EDITOR, **group)
    )
    assert "Stored" in last(fake) and "1,200" in last(fake)
    (text,) = store.db.execute("select text from articles").fetchone()
    assert not text.startswith("/add")


async def test_a_stranger_sending_a_sticker_is_not_told_what_to_send(config, fake, store):
    from tests.support.updates import sticker_update

    limited = dataclasses.replace(config, readers=frozenset({7777}))
    app = build_application(limited, request=fake, store=store, rate_limit=False)
    async with running(app):
        await app.process_update(sticker_update(app.bot, user_id=STRANGER))
        assert "for the newsroom only" in last(fake) and "Forward" not in last(fake)
        await app.process_update(sticker_update(app.bot, user_id=EDITOR))
        assert "sticker" in last(fake)


async def test_add_of_a_text_at_telegrams_limit_in_a_group_warns_it_may_be_cut(app, fake, store):
    group = {"chat_type": "supergroup", "chat_id": SUPERGROUP_CHAT_ID}
    first_part = (EXCHANGE_AND_STRIKES + "\n\n") * (4000 // len(EXCHANGE_AND_STRIKES) + 1)
    first_part = first_part[:4090]
    await app.process_update(command_update(app.bot, f"/add {first_part}", user_id=EDITOR, **group))
    assert "Stored" in html_to_plain(fake.sent()[-2]["text"])
    assert "Telegram's 4,096-character limit" in last(fake)
    posted = message_update(app.bot, first_part, user_id=STRANGER, **group)
    reply = command_update(
        app.bot, "/add", user_id=EDITOR, reply_to_message=posted.message, **group
    )
    await app.process_update(reply)
    assert "Telegram split it" in last(fake)
    # a short one gets its receipt only
    await app.process_update(
        command_update(app.bot, f"/add {EXCHANGE_AND_STRIKES}", user_id=EDITOR, **group)
    )
    assert "4,096" not in last(fake)


async def test_add_answers_the_editor_in_their_language_not_the_posters(app, fake, store):
    group = {"chat_type": "supergroup", "chat_id": SUPERGROUP_CHAT_ID}
    posted = message_update(
        app.bot, EXCHANGE_AND_STRIKES, user_id=STRANGER, language_code="uk", **group
    )
    reply = command_update(
        app.bot, "/add", user_id=EDITOR, reply_to_message=posted.message, **group
    )
    await app.process_update(reply)
    assert last(fake).startswith("Stored") and "Figures, with the words" in last(fake)
    buttons = fake.sent()[-1]["reply_markup"]
    assert "Confirm" in str(buttons)
