"""Articles arriving as forwards, pastes and captions; refusals for what is not an article."""

import asyncio
import dataclasses
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime

from telegram import (
    Chat,
    Message,
    MessageEntity,
    MessageOrigin,
    MessageOriginChannel,
    MessageOriginChat,
    MessageOriginHiddenUser,
    MessageOriginUser,
    Update,
    User,
)
from telegram.ext import Application

import intake
from briefings.catalogue import t
from briefings.html import TELEGRAM_LIMIT
from handlers import files
from handlers.context import NewsroomContext
from handlers.language import chat_language, say
from handlers.receipts import send_receipt
from intake.add import FILE, LINK, REFUSE, AddRequest, plan_add
from intake.fetch import find_links, mostly_link
from storage import NewSource
from storage.review import Editor

log = logging.getLogger(__name__)


def forward_origin(message: Message) -> MessageOrigin | None:
    """Where a forwarded message comes from: its forward_origin, or, from a Bot API server
    older than 7.0 that sends only forward_from_chat, forward_from, forward_sender_name and
    forward_date, the same origin built from those (so its post date and link are kept)."""
    if message.forward_origin is not None:
        return message.forward_origin
    legacy = message.api_kwargs or {}
    when = legacy.get("forward_date")
    if not isinstance(when, int) or isinstance(when, bool):
        return None
    date = datetime.fromtimestamp(when, UTC)
    chat, user = legacy.get("forward_from_chat"), legacy.get("forward_from")
    try:
        if isinstance(chat, dict):
            sender = Chat.de_json(chat, None)
            message_id = legacy.get("forward_from_message_id")
            if sender.type == Chat.CHANNEL and isinstance(message_id, int):
                signature = legacy.get("forward_signature")
                return MessageOriginChannel(date, sender, message_id, signature)
            return MessageOriginChat(date, sender)
        if isinstance(user, dict):
            return MessageOriginUser(date, User.de_json(user, None))
    except (KeyError, TypeError, ValueError):
        return None
    name = legacy.get("forward_sender_name")
    return MessageOriginHiddenUser(date, str(name)) if name else None


def source_of(message: Message) -> NewSource:
    """Where a message's article comes from: its forward origin, else the sender's paste."""
    user = message.from_user
    common = {"added_by": user.id if user else None, "added_in_chat": message.chat_id}
    origin = forward_origin(message)
    if isinstance(origin, MessageOriginChannel):
        return NewSource(
            kind="channel",
            outlet=origin.chat.title
            or (f"@{origin.chat.username}" if origin.chat.username else None),
            origin_chat_id=origin.chat.id,
            origin_username=origin.chat.username,
            origin_message_id=origin.message_id,
            origin_date=origin.date,
            **common,
        )
    if isinstance(origin, MessageOriginChat):
        return NewSource(
            kind="chat",
            outlet=origin.sender_chat.title,
            origin_chat_id=origin.sender_chat.id,
            origin_username=origin.sender_chat.username,
            origin_date=origin.date,
            **common,
        )
    if isinstance(origin, MessageOriginUser):
        return NewSource(
            kind="user", outlet=origin.sender_user.full_name, origin_date=origin.date, **common
        )
    if isinstance(origin, MessageOriginHiddenUser):
        return NewSource(
            kind="hidden_user", outlet=origin.sender_user_name, origin_date=origin.date, **common
        )
    return NewSource(kind="paste", **common)


def arrival_of(
    message: Message,
    text: str,
    *,
    added_by: int | None = None,
    parts: list[tuple[int, str]] | None = None,
) -> intake.Arrival:
    """A message's article as an arrival: its text, where it came from and its dates.

    `parts` are the (message id, text) of a long paste's messages, when it came in several.
    """
    source = source_of(message)
    if added_by is not None:
        source = dataclasses.replace(source, added_by=added_by)
    carried = parts or [(message.message_id, text)]
    return intake.Arrival(
        text,
        source,
        post_date=source.origin_date,
        sent_at=message.date,
        messages=tuple((message.chat_id, message_id, part) for message_id, part in carried),
    )


async def _ingest_and_reply(
    message: Message,
    context: NewsroomContext,
    text: str,
    *,
    added_by: int | None = None,
    parts: list[tuple[int, str]] | None = None,
    lang: str | None = None,
) -> None:
    arrival = arrival_of(message, text, added_by=added_by, parts=parts)
    receipt = intake.ingest(context.store, arrival)
    await send_receipt(message, context, receipt, lang=lang)


@dataclass
class _Paste:
    first: Message
    parts: list[str] = field(default_factory=list)
    message_ids: list[int] = field(default_factory=list)


def _pastes(application: Application) -> dict[tuple[int, int], _Paste]:
    return application.bot_data.setdefault("pastes", {})


def join_parts(parts: list[str]) -> str:
    """Rejoin the pieces Telegram split a long paste into."""
    text = parts[0]
    for part in parts[1:]:
        glue = "\n" if text.endswith(("\n", ".", "!", "?", '"', "”", "»")) else " "
        text = text.rstrip(" ") + glue + part.lstrip(" ")
    return text


async def flush_paste(
    application: Application, key: tuple[int, int], delay: float = 0, parts: int | None = None
) -> None:
    """After a quiet spell, ingest the joined parts of one user's paste as one article."""
    if delay:
        await asyncio.sleep(delay)
    paste = _pastes(application).get(key)
    if paste is None or (parts is not None and len(paste.parts) != parts):
        return  # already stored, or more parts came in and a later timer owns the paste
    del _pastes(application)[key]
    context = NewsroomContext(application, chat_id=key[0], user_id=key[1])
    await _ingest_and_reply(
        paste.first,
        context,
        join_parts(paste.parts),
        parts=list(zip(paste.message_ids, paste.parts, strict=True)),
    )


async def flush_all_pastes(application: Application) -> None:
    """Ingest every paste still waiting for more parts (used at shutdown: nothing is lost)."""
    for key in list(_pastes(application)):
        try:
            await flush_paste(application, key)
        except Exception:
            log.exception("could not store a waiting paste from chat %s", key[0])


def _refusal(update: Update, context: NewsroomContext) -> str:
    """Why the sender may not add: a reader is pointed to the briefings, anyone else (who may
    not read them either) gets the readers' refusal rather than an invitation to /latest."""
    user = update.effective_user
    if context.config.may_read(user.id if user else None):
        return "add.editors_only"
    return "access.readers_only"


def _with_adder(source: NewSource, added_by: int | None) -> NewSource:
    return source if added_by is None else dataclasses.replace(source, added_by=added_by)


async def _ingest_link(
    message: Message,
    context: NewsroomContext,
    text: str,
    *,
    added_by: int | None = None,
    lang: str | None = None,
) -> bool:
    """Fetch and store the page a message that is mostly a link points to; False if it is not
    such a message."""
    links = links_in(message)
    if not (links and mostly_link(f"{text} {links[0]}")):
        return False
    await _fetch_and_reply(message, context, links[0], added_by=added_by, lang=lang)
    return True


async def _fetch_and_reply(
    message: Message,
    context: NewsroomContext,
    url: str,
    *,
    added_by: int | None = None,
    lang: str | None = None,
) -> None:
    """Fetch and store the page at `url`, which `message` brought; reply with the receipt."""
    await message.reply_chat_action("typing")
    receipt = await intake.ingest_link(
        context.store,
        url,
        _with_adder(source_of(message), added_by),
        sent_at=message.date,
    )
    await send_receipt(message, context, receipt, lang=lang)


async def article(update: Update, context: NewsroomContext) -> None:
    """A forwarded post, a pasted article, or a photo post with a caption."""
    message = update.effective_message
    user = update.effective_user
    if not context.config.may_add(user.id if user else None, message.chat.type):
        await say(update, context, _refusal(update, context))
        return
    text = message.text or message.caption
    if await _ingest_link(message, context, text):
        return
    if forward_origin(message) is not None or not text:
        await _ingest_and_reply(message, context, text or "")
        return
    key = (message.chat_id, user.id if user else 0)
    pending = _pastes(context.application).get(key)
    if pending is None and len(text) < context.config.paste_split_hint:
        await _ingest_and_reply(message, context, text)
        return
    if pending is None:
        pending = _pastes(context.application)[key] = _Paste(first=message)
    pending.parts.append(text)
    pending.message_ids.append(message.message_id)
    context.application.create_task(
        flush_paste(context.application, key, context.config.paste_window, len(pending.parts)),
        update=update,
    )


async def edited_article(update: Update, context: NewsroomContext) -> None:
    """An edited paste or caption: its article is updated, not stored again."""
    message = update.edited_message
    user = update.effective_user
    if not context.config.may_add(user.id if user else None, message.chat.type):
        return  # an edit is no occasion to repeat the refusal the message already got
    text = message.text or message.caption or ""
    editor = Editor(user.id if user else None, user.full_name if user else "unknown")
    receipt = intake.ingest_edit(context.store, arrival_of(message, text), editor, join=join_parts)
    await send_receipt(message, context, receipt)


def links_in(message: Message) -> list[str]:
    """Links in a message: hidden behind text (text_link entities) or written out."""
    hidden = [
        e.url
        for e in (message.entities or ()) + (message.caption_entities or ())
        if e.type == MessageEntity.TEXT_LINK and e.url
    ]
    return list(dict.fromkeys(hidden + find_links(message.text or message.caption or "")))


# Telegram lets bots download files up to 20 MB.
MAX_DOWNLOAD = 20 * 1024 * 1024


async def document(update: Update, context: NewsroomContext) -> None:
    """A file of articles: .txt, .md, .html, .pdf, or a .jsonl / .zip of many."""
    message = update.effective_message
    user = update.effective_user
    if not context.config.may_add(user.id if user else None, message.chat.type):
        await say(update, context, _refusal(update, context))
        return
    await _read_file(message, context, chat_language(update, context))


async def _read_file(
    message: Message, context: NewsroomContext, lang: str, *, added_by: int | None = None
) -> None:
    """Download a message's file and read it in the background (or refuse one too big)."""
    doc = message.document
    if doc.file_size and doc.file_size > MAX_DOWNLOAD:
        size = f"{doc.file_size / 1024 / 1024:.0f}"
        receipt = intake.refused(
            t("en", "ingest.file_too_big", mb=size), key="ingest.file_too_big", mb=size
        )
        await send_receipt(message, context, receipt, lang=lang)
        return
    data = bytes(await (await doc.get_file()).download_as_bytearray())
    # Read in the background: this chat and every other are answered meanwhile.
    files.start(
        context.application,
        message,
        lang,
        doc.file_name or "file",
        doc.mime_type,
        data,
        _with_adder(source_of(message), added_by),
    )


async def add(update: Update, context: NewsroomContext) -> None:
    """/add as a reply to a message: store the replied-to post (the way to add in groups): its
    file, the page its link points to, or its text; or /add followed by an article's text.
    What it stores is intake's decision (intake/add.py); this reads the messages and replies."""
    message = update.effective_message
    target = message.reply_to_message
    editor = update.effective_user.id if update.effective_user else None
    # The receipt is the editor's: in the chat's language, else theirs, not the poster's.
    lang = chat_language(update, context)
    carrier = target or message
    if target is not None:
        text = target.text or target.caption or ""
    else:  # "/add KYIV, Dec 2 - Russia launched ..." in one message: the text after the command
        text = [*(message.text or "").split(maxsplit=1), ""][1]
    plan = plan_add(
        AddRequest(
            replied=target is not None,
            by_bot=bool(target and target.from_user and target.from_user.id == context.bot.id),
            has_file=bool(target and target.document),
            text=text,
            links=tuple(links_in(carrier)),
            in_group=update.effective_chat.type != Chat.PRIVATE,
        )
    )
    if plan.action == REFUSE:
        await say(update, context, plan.reason)
    elif plan.action == FILE:
        await _read_file(target, context, lang, added_by=editor)
    elif plan.action == LINK:
        await _fetch_and_reply(carrier, context, plan.url, added_by=editor, lang=lang)
    else:
        await _ingest_and_reply(carrier, context, plan.text, added_by=editor, lang=lang)
        if plan.warn_split:
            await say(update, context, "add.maybe_split", limit=TELEGRAM_LIMIT)


# A file posted in a group with "/add" as its caption (Telegram marks no command in a caption
# for the bot's command handlers).
ADD_CAPTION = r"^/add(?:@(\w+))?(?:\s|$)"


async def add_captioned_file(update: Update, context: NewsroomContext) -> None:
    """A file posted in a group with /add as its caption: read it, as /add on it would."""
    message = update.effective_message
    addressee = (context.matches[0].group(1) if context.matches else None) or ""
    if addressee and addressee.casefold() != (context.bot.username or "").casefold():
        return  # meant for another bot in the group
    user = update.effective_user
    await _read_file(
        message, context, chat_language(update, context), added_by=user.id if user else None
    )


async def not_an_article(update: Update, context: NewsroomContext) -> None:
    """Stickers, voice notes, locations, empty messages and the like: say what the bot can
    read."""
    message = update.effective_message
    user = update.effective_user
    if not context.config.may_add(user.id if user else None, message.chat.type):
        # Telling someone who may not add what they could send would invite a refusal.
        await say(update, context, _refusal(update, context))
        return
    if message.sticker:
        what = "sticker"
    elif message.voice or message.audio or message.video_note:
        what = "audio"
    elif message.photo or message.video or message.animation:
        what = "picture"
    elif message.text is not None:
        what = "empty"  # a text message with no text at all (clients and bridges can send one)
    else:
        what = "other"
    await say(update, context, f"unreadable.{what}")
