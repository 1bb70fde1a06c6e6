"""An in-process stand-in for the Telegram Bot API, used by the `chat` console and the tests.

`LocalBotAPI` plugs into python-telegram-bot at its HTTP seam (`telegram.request.BaseRequest`),
so the whole Application runs unchanged while every Bot API call is answered locally with
JSON shaped like the real server's, with no token and no network.
"""

from __future__ import annotations

import asyncio
import html
import inspect
import itertools
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

from telegram.request import BaseRequest, RequestData

__all__ = ["ApiError", "LocalBotAPI", "html_to_plain", "strip_html"]

# Methods that put a message in a chat; their params reach `on_send` and `sent()`.
_OUTGOING = ("sendmessage", "editmessagetext", "senddocument", "sendphoto")
_TEXT_METHODS = ("sendmessage", "editmessagetext")
_TAG = re.compile(r"<[^>]*>")
_ADMIN_RIGHTS = (
    "can_manage_chat",
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_change_info",
    "can_invite_users",
    "can_post_stories",
    "can_edit_stories",
    "can_delete_stories",
    "can_pin_messages",
)


class ApiError(Exception):
    """A Bot API failure to answer with: HTTP status, description and optional parameters."""

    def __init__(self, status: int, description: str, parameters: dict | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters

    def body(self) -> bytes:
        """Encode the error the way the Bot API does."""
        payload: dict[str, Any] = {
            "ok": False,
            "error_code": self.status,
            "description": self.description,
        }
        if self.parameters:
            payload["parameters"] = self.parameters
        return json.dumps(payload).encode()


@dataclass
class _StoredFile:
    content: bytes
    file_path: str
    file_unique_id: str


def strip_html(text: str) -> str:
    """Remove tags and unescape entities, as Telegram does when it renders HTML text."""
    return html.unescape(_TAG.sub("", text))


class _PlainRenderer(HTMLParser):
    """Collects Telegram HTML as terminal text; nested buffers let links and quotes wrap."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        # One frame per open <a> or <blockquote>: (tag, href, collected text).
        self._frames: list[tuple[str, str | None, list[str]]] = [("", None, [])]
        self._after_block = False

    def _emit(self, text: str) -> None:
        if not text:
            return
        if self._after_block and not text.startswith("\n"):
            text = "\n" + text
        self._after_block = False
        self._frames[-1][2].append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self._frames.append(("a", dict(attrs).get("href") or "", []))
        elif tag == "blockquote":
            current = "".join(self._frames[-1][2])
            if current and not current.endswith("\n"):
                self._emit("\n")
            self._after_block = False
            self._frames.append(("blockquote", None, []))

    def handle_endtag(self, tag: str) -> None:
        if len(self._frames) > 1 and self._frames[-1][0] == tag:
            self._close_frame()

    def handle_data(self, data: str) -> None:
        self._emit(data)

    def _close_frame(self) -> None:
        tag, href, parts = self._frames.pop()
        inner = "".join(parts)
        if tag == "a":
            self._emit(inner if not href or href == inner else f"{inner} ({href})")
        else:
            self._emit("\n".join(f"> {line}" for line in inner.strip("\n").split("\n")))
            self._after_block = True

    def text(self) -> str:
        """Return everything collected, closing whatever the markup left open."""
        self.close()
        while len(self._frames) > 1:
            self._close_frame()
        return "".join(self._frames[0][2])


def html_to_plain(text: str) -> str:
    """Render Telegram HTML as terminal text: links as `text (url)`, quotes prefixed `> `."""
    renderer = _PlainRenderer()
    renderer.feed(text)
    return renderer.text()


def _decode_request(request_data: RequestData | None) -> dict[str, Any]:
    """Turn PTB's request data into plain parameters, uploads replaced by a small marker."""
    if request_data is None:
        return {}
    params: dict[str, Any] = dict(request_data.parameters)
    for name, (filename, content, mime_type) in request_data.multipart_data.items():
        data = content if isinstance(content, bytes) else content.read()
        params[name] = {"upload": filename, "mime_type": mime_type, "size": len(data)}
        params.setdefault("_uploads", {})[name] = data
    return params


def _chat_key(chat_id: Any) -> str:
    # Telegram accepts chat ids as numbers or numeric strings; compare them as text.
    return str(chat_id)


class LocalBotAPI(BaseRequest):
    """Answers Bot API methods in-process with real-shaped JSON and records every call."""

    def __init__(
        self,
        *,
        token: str | None = None,
        username: str = "newsroom_bot",
        first_name: str = "Newsroom Bot",
        on_send: Callable[[dict], None] | None = None,
        poll_delay: float = 0.5,
    ) -> None:
        self.token = token
        self.username = username
        self.first_name = first_name
        self.on_send = on_send
        self.poll_delay = poll_delay
        self.calls: list[tuple[str, dict]] = []
        self.delivered: list[tuple[str, dict]] = []
        self.commands: dict[str, list[dict]] = {}
        self.descriptions: dict[str, str] = {}
        self._message_ids = itertools.count(1)
        self._file_ids = itertools.count(1)
        self._chats: dict[str, dict] = {}
        self._admins: dict[str, list[int]] = {}
        self._files: dict[str, _StoredFile] = {}
        self._messages: dict[tuple[str, int], dict] = {}
        self._url_token: str | None = None
        self._uploads: dict[str, bytes] = {}
        # What setWebhook registered: {"url", "secret_token", ...}; empty when polling.
        self.webhook: dict[str, Any] = {}
        self._handlers: dict[str, Callable[[dict], Any]] = {
            "getme": self._get_me,
            "sendmessage": self._send_message,
            "editmessagetext": self._edit_message_text,
            "editmessagereplymarkup": self._edit_reply_markup,
            "senddocument": self._send_document,
            "sendphoto": self._send_photo,
            "deletemessage": _true,
            "sendchataction": _true,
            "answercallbackquery": _true,
            "setmycommands": self._set_my_commands,
            "getmycommands": self._get_my_commands,
            "deletemycommands": self._delete_my_commands,
            "setmydescription": self._set_description("description"),
            "setmyshortdescription": self._set_description("short_description"),
            "getmydescription": self._get_description("description"),
            "getmyshortdescription": self._get_description("short_description"),
            "getchat": self._get_chat,
            "getchatmember": self._get_chat_member,
            "getchatadministrators": self._get_chat_administrators,
            "getfile": self._get_file,
            "getupdates": self._get_updates,
            "logout": _true,
            "close": _true,
            "setwebhook": self._set_webhook,
            "deletewebhook": self._delete_webhook,
            "getwebhookinfo": self._webhook_info,
        }

    # -- BaseRequest contract -------------------------------------------------------------

    @property
    def read_timeout(self) -> float | None:
        """Default read timeout; nothing here waits on a socket, so it only bounds polling."""
        return 5.0

    async def initialize(self) -> None:
        """Nothing to open: answers are computed in-process."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Answer one Bot API request or file download with (HTTP status, body)."""
        if method == "GET":
            return self._download(url)
        prefix, _, api_method = url.rpartition("/")
        match = re.search(r"/bot(\d+):[^/]*$", prefix)
        if match:
            self._url_token = match.group(1)
        params = _decode_request(request_data)
        uploads = params.pop("_uploads", {})
        self.calls.append((api_method, params))
        try:
            result = await self.answer(api_method, params, uploads)
        except ApiError as error:
            return error.status, error.body()
        return 200, json.dumps({"ok": True, "result": result}).encode()

    async def answer(self, api_method: str, params: dict, uploads: dict[str, bytes]) -> Any:
        """Compute the result of one call, or raise ApiError; subclasses add checks here."""
        handler = self._handlers.get(api_method.lower())
        if handler is None:
            raise self.unknown_method(api_method)
        self._uploads = uploads
        result = handler(params)
        if inspect.isawaitable(result):
            result = await result
        if api_method.lower() in _OUTGOING:
            self.delivered.append((api_method, params))
            if self.on_send is not None:
                self.on_send(params)
        return result

    def unknown_method(self, api_method: str) -> ApiError:
        """The error Telegram gives for a method it does not have."""
        return ApiError(404, f"Not Found: method {api_method}")

    # -- configuration and inspection ----------------------------------------------------

    def remember_chat(self, chat_id: int, chat_type: str, title: str | None = None) -> None:
        """Tell the API what kind of chat an id is, so replies carry the right chat object."""
        chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = title or f"User {chat_id}"
        else:
            chat["title"] = title or f"Chat {chat_id}"
        self._chats[_chat_key(chat_id)] = chat

    def set_admins(self, chat_id: int, user_ids: list[int]) -> None:
        """Make exactly these users the administrators of a chat."""
        self._admins[_chat_key(chat_id)] = list(user_ids)

    def add_file(self, file_id: str, content: bytes, file_path: str | None = None) -> str:
        """Register a downloadable file; returns its file_path on the file server."""
        path = file_path or f"documents/{file_id}"
        self._files[file_id] = _StoredFile(content, path, f"u-{file_id}")
        return path

    def sent(self, chat_id: int | str | None = None) -> list[dict]:
        """Parameters of delivered sendMessage/editMessageText calls, optionally for one chat."""
        return [
            params
            for method, params in self.delivered
            if method.lower() in _TEXT_METHODS
            and (chat_id is None or _chat_key(params.get("chat_id")) == _chat_key(chat_id))
        ]

    def texts(self, chat_id: int | str | None = None) -> list[str]:
        """The text (as sent, markup included) of every delivered message."""
        return [params.get("text", "") for params in self.sent(chat_id)]

    # -- shapes ---------------------------------------------------------------------------

    def bot_user(self) -> dict:
        """The bot's own User object, as getMe returns it."""
        digits = (self.token or "").split(":", 1)[0] or self._url_token or ""
        return {
            "id": int(digits) if digits.isdigit() else 1,
            "is_bot": True,
            "first_name": self.first_name,
            "username": self.username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def chat(self, chat_id: Any) -> dict:
        """A Chat object for an id: the remembered one, else a private chat."""
        known = self._chats.get(_chat_key(chat_id))
        if known is not None:
            return dict(known)
        try:
            numeric = int(chat_id)
        except (TypeError, ValueError):
            # "@channelname" addresses a public channel.
            name = str(chat_id).lstrip("@")
            return {"id": -1000000000001, "type": "channel", "title": name, "username": name}
        return {"id": numeric, "type": "private", "first_name": f"User {numeric}"}

    def render_text(self, text: str, parse_mode: str | None) -> tuple[str, list[dict]]:
        """Plain text and entities of an outgoing text; the strict fake overrides this."""
        if parse_mode == "HTML":
            return strip_html(text), []
        return text, []

    def render_caption(self, caption: str, parse_mode: str | None) -> tuple[str, list[dict]]:
        """Plain caption and entities; a separate hook because the limits differ."""
        return self.render_text(caption, parse_mode)

    def _message(self, params: dict, message_id: int | None = None) -> dict:
        message: dict[str, Any] = {
            "message_id": message_id if message_id is not None else next(self._message_ids),
            "date": int(time.time()),
            "chat": self.chat(params.get("chat_id")),
            "from": self.bot_user(),
        }
        if params.get("message_thread_id") is not None:
            message["message_thread_id"] = params["message_thread_id"]
            message["is_topic_message"] = True
        markup = params.get("reply_markup")
        if isinstance(markup, str):
            markup = json.loads(markup)
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        return message

    def _remember_message(self, message: dict) -> dict:
        self._messages[(_chat_key(message["chat"]["id"]), message["message_id"])] = message
        return message

    # -- methods --------------------------------------------------------------------------

    def _get_me(self, params: dict) -> dict:
        return self.bot_user()

    def _send_message(self, params: dict) -> dict:
        text, entities = self.render_text(str(params.get("text", "")), params.get("parse_mode"))
        message = self._message(params)
        message["text"] = text
        if entities:
            message["entities"] = entities
        return self._remember_message(message)

    def _edit_message_text(self, params: dict) -> dict | bool:
        text, entities = self.render_text(str(params.get("text", "")), params.get("parse_mode"))
        if "inline_message_id" in params:
            return True
        message = self._message(params, message_id=int(params.get("message_id", 0)))
        message["edit_date"] = message["date"]
        message["text"] = text
        if entities:
            message["entities"] = entities
        return self._remember_message(message)

    def _edit_reply_markup(self, params: dict) -> dict | bool:
        if "inline_message_id" in params:
            return True
        key = (_chat_key(params.get("chat_id")), int(params.get("message_id", 0)))
        message = dict(self._messages.get(key) or self._message(params, key[1]))
        message.update(self._message(params, key[1]))
        message.setdefault("text", "")
        return self._remember_message(message)

    def _media_message(self, params: dict, field: str) -> tuple[dict, str]:
        value = params.get(field)
        upload = self._uploads.get(field)
        message = self._message(params)
        if "caption" in params:
            caption, entities = self.render_caption(
                str(params["caption"]), params.get("parse_mode")
            )
            message["caption"] = caption
            if entities:
                message["caption_entities"] = entities
        if upload is None and isinstance(value, str):
            # Re-sending a file_id (or a URL) refers to a file Telegram already has.
            return message, value
        file_id = f"{field}-{next(self._file_ids)}"
        if upload is not None:
            self.add_file(file_id, upload, f"{field}s/{file_id}")
        return message, file_id

    def _send_document(self, params: dict) -> dict:
        message, file_id = self._media_message(params, "document")
        value = params.get("document")
        stored = self._files.get(file_id)
        document: dict[str, Any] = {
            "file_id": file_id,
            "file_unique_id": stored.file_unique_id if stored else f"u-{file_id}",
        }
        if isinstance(value, dict):
            document["file_name"] = value["upload"]
            document["mime_type"] = value["mime_type"]
        if stored is not None:
            document["file_size"] = len(stored.content)
        message["document"] = document
        return self._remember_message(message)

    def _send_photo(self, params: dict) -> dict:
        message, file_id = self._media_message(params, "photo")
        stored = self._files.get(file_id)
        size = len(stored.content) if stored else 0
        message["photo"] = [
            {
                "file_id": f"{file_id}-s",
                "file_unique_id": f"u-{file_id}-s",
                "width": 90,
                "height": 60,
                "file_size": min(size, 1200),
            },
            {
                "file_id": file_id,
                "file_unique_id": f"u-{file_id}",
                "width": 1280,
                "height": 853,
                "file_size": size,
            },
        ]
        return self._remember_message(message)

    @staticmethod
    def _scope_key(params: dict) -> str:
        scope = params.get("scope") or {"type": "default"}
        return json.dumps([scope, params.get("language_code", "")], sort_keys=True)

    def _set_my_commands(self, params: dict) -> bool:
        commands = params.get("commands", [])
        if isinstance(commands, str):
            commands = json.loads(commands)
        self.commands[self._scope_key(params)] = list(commands)
        return True

    def _get_my_commands(self, params: dict) -> list[dict]:
        return self.commands.get(self._scope_key(params), [])

    def _delete_my_commands(self, params: dict) -> bool:
        self.commands.pop(self._scope_key(params), None)
        return True

    def _set_description(self, field: str) -> Callable[[dict], bool]:
        def setter(params: dict) -> bool:
            self.descriptions[field] = str(params.get(field, ""))
            return True

        return setter

    def _get_description(self, field: str) -> Callable[[dict], dict]:
        return lambda params: {field: self.descriptions.get(field, "")}

    def _member(self, chat_id: Any, user_id: int) -> dict:
        user = {"id": user_id, "is_bot": False, "first_name": f"User {user_id}"}
        admins = self._admins.get(_chat_key(chat_id))
        # Unconfigured: in a private chat the user owns the conversation, elsewhere not.
        is_admin = self.chat(chat_id)["type"] == "private" if admins is None else user_id in admins
        if not is_admin:
            return {"status": "member", "user": user}
        member: dict[str, Any] = {"status": "administrator", "user": user, "is_anonymous": False}
        member.update(dict.fromkeys(_ADMIN_RIGHTS, True))
        member.update(can_be_edited=False, can_promote_members=False)
        return member

    def _get_chat(self, params: dict) -> dict:
        # A ChatFullInfo: the chat plus the two fields the Bot API always includes.
        return {**self.chat(params.get("chat_id")), "accent_color_id": 0, "max_reaction_count": 11}

    def _get_chat_member(self, params: dict) -> dict:
        return self._member(params.get("chat_id"), int(params.get("user_id", 0)))

    def _get_chat_administrators(self, params: dict) -> list[dict]:
        chat_id = params.get("chat_id")
        admins = self._admins.get(_chat_key(chat_id))
        if admins is None:
            chat = self.chat(chat_id)
            admins = [chat["id"]] if chat["type"] == "private" else []
        return [self._member(chat_id, user_id) for user_id in admins]

    def _get_file(self, params: dict) -> dict:
        file_id = str(params.get("file_id", ""))
        stored = self._files.get(file_id)
        if stored is None:
            raise ApiError(400, "Bad Request: invalid file_id")
        return {
            "file_id": file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.content),
            "file_path": stored.file_path,
        }

    def _download(self, url: str) -> tuple[int, bytes]:
        # The URL is base_file_url + "/" + file_path; the base may be anything the bot chose.
        for stored in self._files.values():
            if url.endswith("/" + stored.file_path):
                return 200, stored.content
        return 404, ApiError(404, "Not Found").body()

    def _set_webhook(self, params: dict) -> bool:
        self.webhook = dict(params)
        return True

    def _delete_webhook(self, params: dict) -> bool:
        self.webhook = {}
        return True

    def _webhook_info(self, params: dict) -> dict:
        return {
            "url": self.webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": 0,
        }

    async def _get_updates(self, params: dict) -> list:
        # Nothing ever arrives by polling here; waiting keeps a running Updater from spinning.
        await asyncio.sleep(self.poll_delay)
        return []


def _true(params: dict) -> bool:
    return True
