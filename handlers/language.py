"""Which language a chat reads the bot in, and /lang to choose it."""

from telegram import Update

from briefings.catalogue import LANGUAGES, language_of, t
from handlers.chats import may_manage
from handlers.context import NewsroomContext
from handlers.reply import reply_html


def chat_language(update: object, context: NewsroomContext) -> str:
    """The chat's /lang choice, else the sender's Telegram language (English when unknown)."""
    if not isinstance(update, Update):
        return language_of(None)
    chat = update.effective_chat
    if chat is not None:
        chosen = context.store.chat_language(chat.id)
        if chosen:
            return chosen
    user = update.effective_user
    return language_of(user.language_code if user else None)


async def say(update: Update, context: NewsroomContext, key: str, /, **values) -> None:
    """Reply with one catalogue message in the chat's language."""
    await reply_html(update.effective_message, t(chat_language(update, context), key, **values))


async def lang(update: Update, context: NewsroomContext) -> None:
    """/lang uk|en: the language this chat gets replies, help and briefings in."""
    args = [a.lower() for a in context.args or []]
    if len(args) != 1 or args[0] not in LANGUAGES:
        await say(update, context, "lang.usage")
        return
    if not await may_manage(update, context):
        # A group's language is what its pushes and digests are worded in: its admins' call.
        await say(update, context, "lang.not_allowed")
        return
    user = update.effective_user
    context.store.set_chat_language(update.effective_chat.id, args[0], by=user.id if user else None)
    await reply_html(update.effective_message, t(args[0], "lang.set"))
