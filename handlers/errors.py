"""Log every handler error with its traceback, then tell the user in one line."""

import logging

from telegram import Update
from telegram.error import TelegramError

from briefings.catalogue import t
from handlers.context import NewsroomContext
from handlers.language import chat_language

log = logging.getLogger(__name__)


async def on_error(update: object, context: NewsroomContext) -> None:
    """The application's error handler: one crash never stops the bot."""
    log.error("error while handling an update", exc_info=context.error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    try:
        language = chat_language(update, context)
    except Exception:  # the store itself may be what failed: apologise in English then
        language = "en"
    try:
        await context.bot.send_message(
            update.effective_chat.id,
            t(language, "error.sorry"),
            message_thread_id=getattr(update.effective_message, "message_thread_id", None)
            if getattr(update.effective_message, "is_topic_message", False)
            else None,
        )
    except TelegramError:
        log.warning("could not tell chat %s about the error", update.effective_chat.id)
