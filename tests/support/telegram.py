"""A fake Telegram server for tests: the local Bot API plus the real server's strictness.

Give one instance to `ApplicationBuilder().request(fake).get_updates_request(fake)`; the whole
python-telegram-bot stack then runs, and the fake refuses what Telegram would refuse (bad HTML,
empty or overlong text, unknown methods) and can be told to fail the way Telegram fails.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.local_api import ApiError, LocalBotAPI
from tests.support.telegram_html import HtmlError, parse_telegram_html

MAX_TEXT = 4096
MAX_CAPTION = 1024
_SENDS = ("sendmessage", "senddocument", "sendphoto", "sendchataction")
_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)


@dataclass
class _Fault:
    method: str
    chat_id: str | None
    error: ApiError


def _default_description(status: int, retry_after: int) -> str:
    if status == 429:
        return f"Too Many Requests: retry after {retry_after}"
    if status == 403:
        return "Forbidden: bot was blocked by the user"
    if status == 400:
        return "Bad Request: injected failure"
    if status >= 500:
        return "Internal Server Error"
    return f"Injected failure {status}"


class FakeTelegram(LocalBotAPI):
    """LocalBotAPI that validates like the real server and fails on request."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("poll_delay", 0.05)
        super().__init__(**kwargs)
        self.html_errors: list[str] = []
        self.unknown_methods: list[str] = []
        self._faults: list[_Fault] = []
        self._blocked: set[str] = set()
        self._migrated: dict[str, int] = {}
        # Every file the bot uploaded: (method, chat_id, filename, bytes, params).
        self.uploads: list[tuple[str, str | None, str, bytes, dict]] = []

    # -- fault injection ------------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        status: int = 429,
        retry_after: int = 1,
        description: str | None = None,
        *,
        chat_id: int | str | None = None,
    ) -> None:
        """Make the next call of `method` (to `chat_id`, if given) fail; calls queue up."""
        parameters = {"retry_after": retry_after} if status == 429 else None
        error = ApiError(status, description or _default_description(status, retry_after))
        error.parameters = parameters
        key = None if chat_id is None else str(chat_id)
        self._faults.append(_Fault(method.lower(), key, error))

    def block_chat(self, chat_id: int | str) -> None:
        """From now on every call addressed to this chat answers 403, as for a blocked bot."""
        self._blocked.add(str(chat_id))

    def migrate_chat(self, old_chat_id: int | str, new_chat_id: int) -> None:
        """From now on the old group id answers "upgraded to a supergroup" with the new id."""
        self._migrated[str(old_chat_id)] = new_chat_id

    def _take_fault(self, api_method: str, chat_key: str | None) -> ApiError | None:
        for index, fault in enumerate(self._faults):
            if fault.method == api_method.lower() and fault.chat_id in (None, chat_key):
                del self._faults[index]
                return fault.error
        return None

    # -- the server's checks --------------------------------------------------------------

    async def answer(self, api_method: str, params: dict, uploads: dict[str, bytes]) -> Any:
        """Apply injected faults and the real server's checks, then answer as LocalBotAPI."""
        name = api_method.lower()
        if name not in self._handlers:
            self.unknown_methods.append(api_method)
            raise self.unknown_method(api_method)
        chat_key = None if params.get("chat_id") is None else str(params["chat_id"])
        fault = self._take_fault(name, chat_key)
        if fault is not None:
            raise fault
        if chat_key in self._blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        if chat_key in self._migrated:
            raise ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": self._migrated[chat_key]},
            )
        if name in _SENDS and chat_key is None:
            raise ApiError(400, "Bad Request: chat_id is empty")
        if name == "editmessagetext":
            self._refuse_unchanged_edit(params)
        result = await super().answer(api_method, params, uploads)
        for field, data in uploads.items():
            described = params.get(field)
            filename = described.get("upload") if isinstance(described, dict) else field
            self.uploads.append((api_method, chat_key, filename, data, params))
        return result

    def messages(self, chat_id: int | str) -> list[dict]:
        """The messages the bot has in a chat (as last sent or edited), oldest first."""
        key = str(chat_id)
        return [m for (chat, _), m in sorted(self._messages.items()) if chat == key]

    def _refuse_unchanged_edit(self, params: dict) -> None:
        # Telegram rejects an edit that changes nothing; bots must handle that error.
        key = (str(params.get("chat_id")), int(params.get("message_id", 0)))
        current = self._messages.get(key)
        if current is None:
            return
        text, entities = self.render_text(str(params.get("text", "")), params.get("parse_mode"))
        same_markup = current.get("reply_markup") == params.get("reply_markup")
        if current.get("text") == text and current.get("entities", []) == entities and same_markup:
            raise ApiError(400, _NOT_MODIFIED)

    def _parse(self, text: str, parse_mode: str | None) -> tuple[str, list[dict]]:
        if parse_mode != "HTML":
            return text, []
        try:
            return parse_telegram_html(text)
        except HtmlError as error:
            self.html_errors.append(f"{error} in {text[:200]!r}")
            raise ApiError(400, f"Bad Request: can't parse entities: {error}") from error

    def render_text(self, text: str, parse_mode: str | None) -> tuple[str, list[dict]]:
        """Parse strictly; refuse empty text and text over 4096 characters."""
        plain, entities = self._parse(text, parse_mode)
        if not plain.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if len(plain.strip()) > MAX_TEXT:
            raise ApiError(400, "Bad Request: message is too long")
        return plain, entities

    def render_caption(self, caption: str, parse_mode: str | None) -> tuple[str, list[dict]]:
        """Parse strictly; refuse captions over 1024 characters."""
        plain, entities = self._parse(caption, parse_mode)
        if len(plain.strip()) > MAX_CAPTION:
            raise ApiError(400, "Bad Request: message caption is too long")
        return plain, entities
