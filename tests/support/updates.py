"""Update factories: real-shaped Bot API JSON turned into `telegram.Update` objects.

Each factory builds the payload Telegram would deliver and parses it with `Update.de_json`, so
handlers see exactly what production gives them. update_id and message_id increase across calls.
Chat ids: a private chat's id is the user's id; pass chat_type="group" or "supergroup" (and a
negative chat_id, or let one be chosen) for group chats.
"""

from __future__ import annotations

import itertools
import time
from datetime import datetime
from typing import Any

from telegram import Bot, Message, Update

from tests.support.telegram_html import utf16_len

DEFAULT_USER_ID = 1001
GROUP_CHAT_ID = -4001001
SUPERGROUP_CHAT_ID = -1001001001001

_update_ids = itertools.count(1)
_message_ids = itertools.count(1)


def _unix(date: int | float | datetime | None) -> int:
    if date is None:
        return int(time.time())
    if isinstance(date, datetime):
        return int(date.timestamp())
    return int(date)


def user(
    user_id: int = DEFAULT_USER_ID, first_name: str | None = None, language_code: str = "en"
) -> dict:
    """A full User object for a human account, with the language its Telegram app uses."""
    return {
        "id": user_id,
        "is_bot": False,
        "first_name": first_name or f"Reporter{user_id}",
        "username": f"reporter{user_id}",
        "language_code": language_code,
    }


def chat(chat_id: int, chat_type: str = "private", title: str | None = None) -> dict:
    """A Chat object: private chats carry names, groups and channels a title."""
    if chat_type == "private":
        return {
            "id": chat_id,
            "type": "private",
            "first_name": f"Reporter{chat_id}",
            "username": f"reporter{chat_id}",
        }
    return {"id": chat_id, "type": chat_type, "title": title or f"Newsroom {chat_type}"}


def _default_chat_id(chat_type: str, user_id: int) -> int:
    if chat_type == "group":
        return GROUP_CHAT_ID
    if chat_type in ("supergroup", "channel"):
        return SUPERGROUP_CHAT_ID
    return user_id


def command_entities(text: str) -> list[dict]:
    """The bot_command entity Telegram attaches to a message starting with '/'."""
    if not text.startswith("/"):
        return []
    command = text.split(maxsplit=1)[0]
    return [{"type": "bot_command", "offset": 0, "length": utf16_len(command)}]


def message_payload(
    *,
    chat_id: int | None = None,
    user_id: int = DEFAULT_USER_ID,
    chat_type: str = "private",
    chat_title: str | None = None,
    date: int | float | datetime | None = None,
    message_thread_id: int | None = None,
    is_topic_message: bool | None = None,
    reply_to_message: dict | Message | None = None,
    language_code: str = "en",
    **content: Any,
) -> dict:
    """The JSON of one incoming message; `content` holds text, photo, caption and the like."""
    if chat_id is None:
        chat_id = _default_chat_id(chat_type, user_id)
    chat_json = chat(chat_id, chat_type, chat_title)
    if is_topic_message and chat_type == "supergroup":
        chat_json["is_forum"] = True
    payload: dict[str, Any] = {
        "message_id": next(_message_ids),
        "from": user(user_id, language_code=language_code),
        "chat": chat_json,
        "date": _unix(date),
    }
    if message_thread_id is not None:
        payload["message_thread_id"] = message_thread_id
    if is_topic_message is not None:
        payload["is_topic_message"] = is_topic_message
    if reply_to_message is not None:
        if isinstance(reply_to_message, Message):
            reply_to_message = reply_to_message.to_dict()
        payload["reply_to_message"] = reply_to_message
    payload.update({key: value for key, value in content.items() if value is not None})
    return payload


def update_from(bot: Bot, message: dict) -> Update:
    """Wrap a message payload in an Update and parse it as PTB does."""
    return Update.de_json({"update_id": next(_update_ids), "message": message}, bot)


def message_update(
    bot: Bot, text: str, *, entities: list[dict] | None = None, **kwargs: Any
) -> Update:
    """A text message; text starting with '/' gets its bot_command entity automatically."""
    if entities is None:
        entities = command_entities(text)
    return update_from(bot, message_payload(text=text, entities=entities or None, **kwargs))


def edited_update(bot: Bot, original: Update, text: str, *, edit_date: int | None = None) -> Update:
    """The same message edited to `text` (an edited_message update, as Telegram sends it)."""
    payload = original.effective_message.to_dict()
    payload.pop("entities", None)
    payload.pop("caption_entities", None)
    if "caption" in payload and "text" not in payload:
        payload["caption"] = text
    else:
        payload["text"] = text
        if command_entities(text):
            payload["entities"] = command_entities(text)
    payload["edit_date"] = edit_date or payload["date"] + 60
    return Update.de_json({"update_id": next(_update_ids), "edited_message": payload}, bot)


def command_update(bot: Bot, text: str, **kwargs: Any) -> Update:
    """A command such as "/latest 3"."""
    if not text.startswith("/"):
        raise ValueError(f"a command starts with '/': {text!r}")
    return message_update(bot, text, **kwargs)


def forward_origin(
    *,
    origin: str = "channel",
    date: int | float | datetime | None = None,
    channel_title: str = "Kyiv Wire",
    channel_username: str | None = "kyivwire",
    channel_id: int = -1001234567890,
    origin_message_id: int = 4242,
    author_signature: str | None = None,
    sender_user_id: int = 2002,
    sender_user_name: str = "Anonymous Source",
    sender_chat_title: str = "Frontline Desk",
    sender_chat_id: int = -1009876543210,
) -> dict:
    """A MessageOrigin object of type channel, user, hidden_user or chat."""
    when = _unix(date)
    if origin == "channel":
        channel = {"id": channel_id, "type": "channel", "title": channel_title}
        if channel_username:
            channel["username"] = channel_username
        result = {"type": "channel", "date": when, "chat": channel, "message_id": origin_message_id}
    elif origin == "user":
        result = {"type": "user", "date": when, "sender_user": user(sender_user_id)}
    elif origin == "hidden_user":
        result = {"type": "hidden_user", "date": when, "sender_user_name": sender_user_name}
    elif origin == "chat":
        sender = {"id": sender_chat_id, "type": "supergroup", "title": sender_chat_title}
        result = {"type": "chat", "date": when, "sender_chat": sender}
    else:
        raise ValueError(f"unknown forward origin {origin!r}")
    if author_signature and origin in ("channel", "chat"):
        result["author_signature"] = author_signature
    return result


def _origin(forward: dict, message_date: int) -> dict:
    if "type" in forward:  # already a MessageOrigin payload
        return forward
    options = dict(forward)
    # A forwarded post is older than the forward itself.
    options.setdefault("date", message_date - 600)
    return forward_origin(**options)


def forwarded_update(
    bot: Bot,
    text: str,
    *,
    origin: str = "channel",
    channel_title: str = "Kyiv Wire",
    channel_username: str | None = "kyivwire",
    channel_id: int = -1001234567890,
    origin_message_id: int = 4242,
    origin_date: int | float | datetime | None = None,
    author_signature: str | None = None,
    sender_user_id: int = 2002,
    sender_user_name: str = "Anonymous Source",
    entities: list[dict] | None = None,
    **kwargs: Any,
) -> Update:
    """A forwarded text post; by default from the public channel "Kyiv Wire" (@kyivwire)."""
    payload = message_payload(text=text, entities=entities, **kwargs)
    payload["forward_origin"] = forward_origin(
        origin=origin,
        # A forwarded post is older than the forward itself.
        date=payload["date"] - 600 if origin_date is None else origin_date,
        channel_title=channel_title,
        channel_username=channel_username,
        channel_id=channel_id,
        origin_message_id=origin_message_id,
        author_signature=author_signature,
        sender_user_id=sender_user_id,
        sender_user_name=sender_user_name,
    )
    return update_from(bot, payload)


def _photo_sizes(file_id: str) -> list[dict]:
    return [
        {
            "file_id": f"{file_id}-s",
            "file_unique_id": f"u{file_id}s",
            "width": 90,
            "height": 60,
            "file_size": 1400,
        },
        {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "width": 1280,
            "height": 853,
            "file_size": 98000,
        },
    ]


def photo_update(
    bot: Bot,
    caption: str | None = None,
    forward: dict | None = None,
    *,
    caption_entities: list[dict] | None = None,
    file_id: str = "photo-1",
    **kwargs: Any,
) -> Update:
    """A photo (two sizes) with an optional caption, optionally forwarded (`forward_origin` args
    or a MessageOrigin payload)."""
    payload = message_payload(
        photo=_photo_sizes(file_id),
        caption=caption,
        caption_entities=caption_entities,
        **kwargs,
    )
    if forward is not None:
        payload["forward_origin"] = _origin(forward, payload["date"])
    return update_from(bot, payload)


def sticker_update(bot: Bot, *, emoji: str = "👍", **kwargs: Any) -> Update:
    """A regular static sticker, the kind of message the bot should ignore politely."""
    sticker = {
        "file_id": "sticker-1",
        "file_unique_id": "usticker1",
        "type": "regular",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
        "emoji": emoji,
        "file_size": 24000,
    }
    return update_from(bot, message_payload(sticker=sticker, **kwargs))


def document_update(
    bot: Bot,
    file_name: str,
    mime_type: str,
    file_id: str,
    file_size: int,
    caption: str | None = None,
    *,
    forward: dict | None = None,
    **kwargs: Any,
) -> Update:
    """A document upload, e.g. a PDF or text file a journalist drops into the chat."""
    document = {
        "file_id": file_id,
        "file_unique_id": f"u-{file_id}",
        "file_name": file_name,
        "mime_type": mime_type,
        "file_size": file_size,
    }
    payload = message_payload(document=document, caption=caption, **kwargs)
    if forward is not None:
        payload["forward_origin"] = _origin(forward, payload["date"])
    return update_from(bot, payload)


def callback_update(
    bot: Bot, data: str, message: dict, *, user_id: int = DEFAULT_USER_ID, query_id: str = "cq-1"
) -> Update:
    """A press of an inline button with callback `data` under the bot's `message`."""
    payload = {
        "id": query_id,
        "from": user(user_id),
        "chat_instance": f"instance-{message['chat']['id']}",
        "data": data,
        "message": message,
    }
    return Update.de_json({"update_id": next(_update_ids), "callback_query": payload}, bot)
