"""The fake Telegram behaves like the real server where the bot's tests depend on it."""

from __future__ import annotations

import pytest
from telegram import MessageOriginChannel, MessageOriginHiddenUser, MessageOriginUser, Update
from telegram.error import BadRequest, ChatMigrated, Forbidden, InvalidToken, RetryAfter
from telegram.ext import Application, ApplicationBuilder, CommandHandler, ContextTypes

from bot.local_api import LocalBotAPI, html_to_plain
from tests.support.telegram import FakeTelegram
from tests.support.updates import (
    command_update,
    document_update,
    forwarded_update,
    message_update,
    photo_update,
    sticker_update,
)

CHAT = 1001


@pytest.fixture
def fake() -> FakeTelegram:
    return FakeTelegram()


@pytest.fixture
async def app(fake: FakeTelegram):
    application = (
        ApplicationBuilder().token("123456:TEST").request(fake).get_updates_request(fake).build()
    )
    await application.initialize()
    yield application
    await application.shutdown()


async def test_initialize_asks_get_me_and_learns_the_bot(app: Application, fake: FakeTelegram):
    assert fake.calls[0][0] == "getMe"
    assert app.bot.id == 123456
    assert app.bot.username == "newsroom_bot"


async def test_send_message_is_recorded_and_returns_a_real_message(
    app: Application, fake: FakeTelegram
):
    message = await app.bot.send_message(CHAT, "<b>Exchange</b> &amp; strikes", parse_mode="HTML")

    assert message.text == "Exchange & strikes"
    assert message.entities[0].type == "bold"
    assert message.chat.id == CHAT
    assert message.from_user.is_bot
    assert fake.texts(CHAT) == ["<b>Exchange</b> &amp; strikes"]
    assert fake.sent(999) == []
    assert ("sendMessage", fake.sent()[0]) in fake.calls


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        ("line one<br>line two", 'Unsupported start tag "br"'),
        ("<p>para</p>", 'Unsupported start tag "p"'),
        ("<b>never closed", "Can't find end tag corresponding to start tag b"),
        ("<b><i>crossed</b></i>", 'expected "</i>", found "</b>"'),
        ("Smith & Sons", 'Character "&"'),
        ("1 < 2", 'Unsupported start tag ""'),
        ("<span>x</span>", 'must have class "tg-spoiler"'),
    ],
    ids=["br", "p", "unclosed", "misnested", "bare-amp", "bare-lt", "span"],
)
async def test_invalid_html_is_refused_like_telegram(
    app: Application, fake: FakeTelegram, html: str, reason: str
):
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities") as caught:
        await app.bot.send_message(CHAT, html, parse_mode="HTML")

    # PTB lower-cases the server's description after its first letter.
    assert reason.lower() in caught.value.message.lower()
    assert len(fake.html_errors) == 1
    assert fake.sent() == []


async def test_valid_telegram_html_passes(app: Application, fake: FakeTelegram):
    html = (
        '<a href="https://example.org/?a=1&amp;b=2">report</a> <i>x</i> <u>u</u> <s>s</s> '
        '<code>c</code> <pre><code class="language-text">p</code></pre> '
        "<blockquote expandable>q</blockquote> <tg-spoiler>t</tg-spoiler> &#8212; &quot;"
    )
    message = await app.bot.send_message(CHAT, html, parse_mode="HTML")

    assert message.text == 'report x u s c p q t — "'
    assert message.entities[0].url == "https://example.org/?a=1&b=2"
    assert fake.html_errors == []


async def test_text_limits(app: Application):
    await app.bot.send_message(CHAT, "x" * 4096)
    with pytest.raises(BadRequest, match=r"(?i)message is too long"):
        await app.bot.send_message(CHAT, "x" * 4097)
    with pytest.raises(BadRequest, match=r"(?i)message text is empty"):
        await app.bot.send_message(CHAT, "<b> </b>", parse_mode="HTML")


async def test_entities_count_toward_nothing_but_text_length(app: Application):
    # 4096 visible characters wrapped in tags are still within the limit.
    await app.bot.send_message(CHAT, "<b>" + "я" * 4096 + "</b>", parse_mode="HTML")


async def test_injected_429_raises_retry_after_once(app: Application, fake: FakeTelegram):
    fake.fail_next("sendMessage", status=429, retry_after=7)

    # The message reads "7 seconds" or "0:00:07" depending on PTB's timedelta opt-in.
    with pytest.raises(RetryAfter, match=r"Retry in (7 seconds|0:00:07)"):
        await app.bot.send_message(CHAT, "first")
    await app.bot.send_message(CHAT, "second")

    assert fake.texts() == ["second"]


async def test_injected_fault_can_target_one_chat(app: Application, fake: FakeTelegram):
    fake.fail_next("sendMessage", status=403, chat_id=2002)

    await app.bot.send_message(CHAT, "to the desk")
    with pytest.raises(Forbidden):
        await app.bot.send_message(2002, "to the editor")


async def test_blocked_chat_raises_forbidden(app: Application, fake: FakeTelegram):
    fake.block_chat(CHAT)

    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await app.bot.send_message(CHAT, "hello")
    await app.bot.send_message(2002, "others still get messages")


async def test_migrated_group_raises_chat_migrated(app: Application, fake: FakeTelegram):
    fake.migrate_chat(-4001, -1004001)

    with pytest.raises(ChatMigrated) as caught:
        await app.bot.send_message(-4001, "briefing")

    assert caught.value.new_chat_id == -1004001


async def test_unknown_method_fails_loudly_and_is_remembered(app: Application, fake: FakeTelegram):
    with pytest.raises(InvalidToken, match="Not Found: method sendDice"):
        await app.bot.send_dice(CHAT)

    assert fake.unknown_methods == ["sendDice"]


async def test_editing_without_change_is_refused(app: Application, fake: FakeTelegram):
    sent = await app.bot.send_message(CHAT, "Working…")

    edited = await sent.edit_text("<b>Done</b>", parse_mode="HTML")
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await edited.edit_text("<b>Done</b>", parse_mode="HTML")

    assert edited.message_id == sent.message_id
    assert edited.text == "Done"


async def test_get_file_downloads_registered_bytes(app: Application, fake: FakeTelegram):
    fake.add_file("doc-1", b"%PDF-1.4 exchange list", file_path="documents/list.pdf")

    telegram_file = await app.bot.get_file("doc-1")
    content = await telegram_file.download_as_bytearray()

    assert bytes(content) == b"%PDF-1.4 exchange list"
    with pytest.raises(BadRequest, match=r"(?i)invalid file_id"):
        await app.bot.get_file("missing")


async def test_uploaded_document_is_recorded_with_a_marker(app: Application, fake: FakeTelegram):
    message = await app.bot.send_document(CHAT, b"a,b\n1,2\n", filename="facts.csv")

    method, params = fake.calls[-1]
    assert method == "sendDocument"
    assert params["document"]["upload"] == "facts.csv"
    assert params["document"]["size"] == 8
    assert message.document.file_name == "facts.csv"
    downloaded = await (await app.bot.get_file(message.document.file_id)).download_as_bytearray()
    assert bytes(downloaded) == b"a,b\n1,2\n"


async def test_commands_round_trip(app: Application):
    await app.bot.set_my_commands([("latest", "Latest stories"), ("help", "How to use")])

    commands = await app.bot.get_my_commands()

    assert [c.command for c in commands] == ["latest", "help"]


async def test_chat_member_status_is_configurable(app: Application, fake: FakeTelegram):
    fake.remember_chat(-4001, "group")
    assert (await app.bot.get_chat_member(CHAT, CHAT)).status == "administrator"
    assert (await app.bot.get_chat_member(-4001, CHAT)).status == "member"

    fake.set_admins(-4001, [CHAT])

    assert (await app.bot.get_chat_member(-4001, CHAT)).status == "administrator"
    admins = await app.bot.get_chat_administrators(-4001)
    assert [a.user.id for a in admins] == [CHAT]


async def test_forwarded_update_carries_a_channel_origin(app: Application):
    update = forwarded_update(app.bot, "Overnight, drones struck the port.", origin_date=1701561600)

    origin = update.message.forward_origin
    assert isinstance(origin, MessageOriginChannel)
    assert origin.chat.username == "kyivwire"
    assert origin.chat.title == "Kyiv Wire"
    assert origin.message_id == 4242
    assert origin.date.timestamp() == 1701561600


async def test_forwarded_update_other_origins(app: Application):
    by_user = forwarded_update(app.bot, "text", origin="user", sender_user_id=77)
    hidden = forwarded_update(app.bot, "text", origin="hidden_user", sender_user_name="A. N.")

    assert isinstance(by_user.message.forward_origin, MessageOriginUser)
    assert by_user.message.forward_origin.sender_user.id == 77
    assert isinstance(hidden.message.forward_origin, MessageOriginHiddenUser)
    assert hidden.message.forward_origin.sender_user_name == "A. N."


async def test_factories_build_real_messages(app: Application):
    text = message_update(app.bot, "hello", date=1701561600)
    photo = photo_update(app.bot, "Caption", forward={"channel_username": "kyivwire"})
    sticker = sticker_update(app.bot)
    document = document_update(app.bot, "list.pdf", "application/pdf", "doc-9", 2048)
    group = message_update(app.bot, "hi all", chat_type="supergroup")

    assert text.message.date.timestamp() == 1701561600
    assert text.update_id < photo.update_id
    assert len(photo.message.photo) == 2
    assert photo.message.caption == "Caption"
    assert photo.message.forward_origin.chat.username == "kyivwire"
    assert sticker.message.sticker.emoji == "👍"
    assert document.message.document.file_name == "list.pdf"
    assert group.effective_chat.type == "supergroup"
    assert group.effective_chat.id < 0


async def test_command_update_reaches_a_command_handler(app: Application, fake: FakeTelegram):
    async def latest(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.message.reply_text(f"args={context.args}")

    app.add_handler(CommandHandler("latest", latest))

    await app.process_update(command_update(app.bot, "/latest 3"))
    await app.process_update(command_update(app.bot, "/latest@newsroom_bot 5"))

    assert fake.texts(CHAT) == ["args=['3']", "args=['5']"]


def test_html_to_plain_renders_for_a_terminal():
    html = (
        '<b>Exchange</b> &amp; <a href="https://example.org/a">report</a> '
        '<a href="https://example.org">https://example.org</a>\n'
        "<blockquote>one\ntwo</blockquote>after"
    )

    assert html_to_plain(html) == (
        "Exchange & report (https://example.org/a) https://example.org\n> one\n> two\nafter"
    )


async def test_local_api_is_lenient_and_reports_sends():
    printed: list[dict] = []
    local = LocalBotAPI(on_send=printed.append)
    application = ApplicationBuilder().token("42:X").request(local).get_updates_request(local)
    application = application.build()
    async with application:
        message = await application.bot.send_message(7, "a<br>b & c", parse_mode="HTML")

    assert message.text == "ab & c"
    assert printed[0]["text"] == "a<br>b & c"
    assert application.bot.id == 42


async def test_replies_echo_the_topic_and_the_remembered_chat_type(
    app: Application, fake: FakeTelegram
):
    fake.remember_chat(-1001001, "supergroup", title="Night desk")

    message = await app.bot.send_message(-1001001, "briefing", message_thread_id=7)

    assert message.chat.type == "supergroup"
    assert message.chat.title == "Night desk"
    assert message.message_thread_id == 7
    assert (await app.bot.send_message(5, "dm")).chat.type == "private"
