"""Telegram handlers: thin functions that read an update, call one function and reply."""

from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from handlers.access import guarded
from handlers.admin import ADMIN_COMMANDS
from handlers.commands import COMMANDS, Command
from handlers.desk import DESK_COMMANDS, SEARCH_CALLBACK, search_more, unknown_command
from handlers.errors import on_error
from handlers.ingest import (
    ADD_CAPTION,
    add_captioned_file,
    article,
    document,
    edited_article,
    flush_all_pastes,
    not_an_article,
)
from handlers.receipts import CALLBACK as REVIEW_CALLBACK
from handlers.review import REVIEW_COMMANDS, on_button
from handlers.subscriptions import SUBSCRIPTION_COMMANDS, chat_migrated

COMMANDS += SUBSCRIPTION_COMMANDS
COMMANDS += ADMIN_COMMANDS
COMMANDS += DESK_COMMANDS
COMMANDS += REVIEW_COMMANDS


def register(application: Application) -> None:
    """Attach every command from the COMMANDS table, the article handlers and the error handler."""
    # New messages only: an edited command is not run again (an edited article updates it).
    new = filters.UpdateType.MESSAGE
    for command in COMMANDS:
        application.add_handler(
            CommandHandler(command.name, guarded(command.role, command.callback), filters=new)
        )
    # After every known command: any other command gets one line pointing to /help.
    application.add_handler(MessageHandler(new & filters.COMMAND, unknown_command))
    application.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, chat_migrated))
    application.add_handler(CallbackQueryHandler(search_more, pattern=rf"^{SEARCH_CALLBACK}:"))
    application.add_handler(CallbackQueryHandler(on_button, pattern=rf"^{REVIEW_CALLBACK}:"))
    # In groups the bot reads commands only (privacy mode); /add stores a replied-to message,
    # and a file posted with /add as its caption.
    application.add_handler(
        MessageHandler(
            new
            & ~filters.ChatType.PRIVATE
            & filters.Document.ALL
            & filters.CaptionRegex(ADD_CAPTION),
            guarded("editor", add_captioned_file),
        )
    )
    private = filters.ChatType.PRIVATE & new
    # Files first: a document's caption is not the article, the file is.
    application.add_handler(MessageHandler(private & filters.Document.ALL, document))
    application.add_handler(
        MessageHandler(private & (filters.TEXT | filters.CAPTION) & ~filters.COMMAND, article)
    )
    application.add_handler(MessageHandler(private & filters.FORWARDED & ~filters.COMMAND, article))
    # An edited paste or caption updates the article it brought.
    application.add_handler(
        MessageHandler(
            filters.ChatType.PRIVATE
            & filters.UpdateType.EDITED_MESSAGE
            & (filters.TEXT | filters.CAPTION)
            & ~filters.COMMAND
            & ~filters.Document.ALL,
            edited_article,
        )
    )
    application.add_handler(
        MessageHandler(
            private
            & (
                filters.Sticker.ALL
                | filters.VOICE
                | filters.AUDIO
                | filters.PHOTO
                | filters.VIDEO
                | filters.VIDEO_NOTE
                | filters.ANIMATION
                | filters.LOCATION
                | filters.CONTACT
            ),
            not_an_article,
        )
    )
    # Whatever else a person sends in private (an empty text, a poll, a dice) gets the same
    # answer; service messages (a pinned message, a timer change) get none.
    application.add_handler(
        MessageHandler(private & ~filters.COMMAND & ~filters.StatusUpdate.ALL, not_an_article)
    )
    application.add_error_handler(on_error)


__all__ = ["COMMANDS", "Command", "flush_all_pastes", "register"]
