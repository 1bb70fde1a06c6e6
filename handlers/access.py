"""Who may use a command: checked once, around every callback in the COMMANDS table."""

import functools

from telegram import Update

from handlers.context import NewsroomContext
from handlers.language import say

# The catalogue message a user without the role gets.
REFUSALS = {"reader": "access.readers_only", "editor": "access.editors_only"}


def allowed(role: str, update: Update, context: NewsroomContext) -> bool:
    """Whether the update's sender holds the role a command needs."""
    user = update.effective_user
    user_id = user.id if user else None
    if role == "reader":
        return context.config.may_read(user_id)
    if role == "editor":
        return user_id in context.config.editors or (
            not context.config.editors and update.effective_chat.type == "private"
        )
    return True


def guarded(role: str, callback):
    """Wrap a callback so that a user without the role gets one polite line instead."""

    @functools.wraps(callback)
    async def wrapper(update: Update, context: NewsroomContext) -> None:
        message = update.effective_message
        if allowed(role, update, context):
            await callback(update, context)
        elif message and message.sender_chat is not None:
            # An anonymous group admin or a channel posting in the group: Telegram gives the
            # bot a stand-in account, so /whoami would show that account's id, not theirs.
            await say(update, context, "access.anonymous")
        elif message:
            await say(update, context, REFUSALS.get(role, REFUSALS["editor"]))

    return wrapper
