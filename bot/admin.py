"""The admin chat (NEWSROOM_ADMIN_CHAT): errors and dead pushes reported there, once per kind
per ten minutes; `report()` is the one way any part of the bot tells the admins something."""

from __future__ import annotations

import logging
import re
import traceback
from datetime import UTC, datetime, timedelta
from pathlib import Path

from telegram import Update
from telegram.error import ChatMigrated, TelegramError
from telegram.ext import Application, CallbackContext

from bot import logsafe
from bot.logsafe import secrets_of
from briefings import admin as texts
from briefings.html import TELEGRAM_LIMIT
from handlers.admin import STARTED_AT
from handlers.context import admin_chat
from storage.health import ErrorLog
from storage.subscriptions import attach as attach_subscriptions

log = logging.getLogger(__name__)

# A kind of error is reported at most once in this window; later ones are counted and summed
# up in the next report.
REPORT_WINDOW = timedelta(minutes=10)
_ERROR_LOG = "admin_error_log"
_PROJECT = Path(__file__).resolve().parent.parent
_PACKAGES = ("bot", "handlers", "intake", "storage", "extraction", "briefings")


def error_log(application: Application) -> ErrorLog:
    """The application's error log, on the same store as everything else."""
    store = application.bot_data["store"]
    found = application.bot_data.get(_ERROR_LOG)
    if found is None or found.db is not store.db:
        found = application.bot_data[_ERROR_LOG] = ErrorLog(store.db)
    return found


def _short_paths(trace: str) -> str:
    """Traceback file names without this machine's folders: 'handlers/x.py', 'telegram/...'."""
    trace = trace.replace(f"{_PROJECT}/", "")
    return re.sub(r'File "[^"]*/(?:site|dist)-packages/', 'File "', trace)


def _redact(text: str, token: str | None) -> str:
    """The text without the bot token, its secret half, or any secret the process protects."""
    for secret in secrets_of(token):
        text = text.replace(secret, "[token]")
    return logsafe.redact(text)


def _now() -> datetime:
    return datetime.now(UTC)


async def report(
    application: Application,
    kind: str,
    html: str,
    *,
    type_: str = "",
    place: str = "",
    chat_id: int | None = None,
    now: datetime | None = None,
) -> bool:
    """Tell the admin chat `html` (Telegram HTML) unless `kind` was reported in the last ten
    minutes; every occurrence is recorded for /stats either way. True when it was sent."""
    config = application.bot_data["config"]
    now = now or _now()
    text = _redact(html, config.token)
    errors = error_log(application)
    seen = errors.seen(
        kind, type_=type_ or kind, place=place, message=text, chat_id=chat_id, now=now
    )
    admin = admin_chat(application)
    if admin is None:
        return False
    if seen.reported_at and now - datetime.fromisoformat(seen.reported_at) < REPORT_WINDOW:
        errors.held_back(kind)
        return False
    if seen.unreported:
        text += "\n" + texts.held_back(seen.unreported, seen.reported_at)
    try:
        try:
            await application.bot.send_message(admin, texts.fit(text, TELEGRAM_LIMIT))
        except ChatMigrated as moved:
            # The admin group became a supergroup while no update said so: follow it.
            attach_subscriptions(application.bot_data["store"]).move_chat(admin, moved.new_chat_id)
            await application.bot.send_message(moved.new_chat_id, texts.fit(text, TELEGRAM_LIMIT))
    except TelegramError as error:
        # Never raise from here: the error handler calls this, and the admin chat may be gone.
        log.warning("could not report %r to the admin chat: %s", kind, error)
        return False
    errors.reported(kind, now)
    return True


def _place(error: BaseException) -> str:
    """The innermost frame of our own code the error passed through: 'path.py:12 in name'."""
    frames = traceback.extract_tb(error.__traceback__) if error.__traceback__ else []
    ours = [
        f
        for f in frames
        if (p := Path(f.filename)).is_relative_to(_PROJECT)
        and p.relative_to(_PROJECT).parts[0] in _PACKAGES
    ]
    if not (ours or frames):
        return "unknown place"
    frame = (ours or frames)[-1]
    path = Path(frame.filename)
    shown = path.relative_to(_PROJECT) if path.is_relative_to(_PROJECT) else path.name
    return f"{shown}:{frame.lineno} in {frame.name}"


def _update_summary(update: object, context: CallbackContext) -> tuple[str, int | None]:
    """Which chat, who and what the failing update was, in plain words, and the chat id."""
    if isinstance(update, Update):
        chat = update.effective_chat
        user = update.effective_user
        message = update.effective_message
        what = "an update"
        if message is not None:
            if message.text and message.text.startswith("/"):
                what = f"the command {message.text.split(maxsplit=1)[0]}"
            elif message.document is not None:
                what = "a file"
            elif message.text or message.caption:
                what = f"a message of {len(message.text or message.caption):,} characters"
            else:
                what = "a message"
        return (
            texts.update_line(
                what,
                chat_id=chat.id if chat else None,
                chat_type=chat.type if chat else None,
                chat_title=(chat.title or chat.username) if chat else None,
                user_id=user.id if user else None,
            ),
            chat.id if chat else None,
        )
    job = getattr(context, "job", None)
    return texts.no_update(job.name if job else None), None


async def on_error(update: object, context: CallbackContext) -> None:
    """Error handler: report an unhandled error to the admin chat, once per kind per window."""
    error = context.error
    if error is None:
        return
    try:
        place = _place(error)
        type_name = type(error).__name__
        token = context.application.bot_data["config"].token
        summary, chat_id = _update_summary(update, context)
        trace = _short_paths(_redact("".join(traceback.format_exception(error)), token))
        html = texts.error_report(type_name, place, _redact(str(error), token), summary, trace)
        await report(
            context.application,
            f"{type_name} at {place}",
            html,
            type_=type_name,
            place=place,
            chat_id=chat_id,
        )
    except Exception:  # reporting must never turn one error into two
        log.exception("could not report an error to the admin chat")


async def push_died(
    application: Application, chat_id: int, error: str, *, attempts: int | None = None
) -> bool:
    """Report a push that will not be delivered (given up on, or the chat blocked the bot)."""
    return await report(
        application,
        "dead push",
        texts.dead_push(chat_id, error, attempts),
        type_="dead push",
        place="outbox",
        chat_id=chat_id,
    )


def install(application: Application) -> None:
    """Add the reporting error handler (after the one that answers the user)."""
    application.bot_data.setdefault(STARTED_AT, _now())
    application.add_error_handler(on_error)
