"""/stats for the admin chat: the store's figures, rendered; everyone else gets one line."""

from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version

from telegram import Update

from briefings import admin as texts
from handlers.commands import ADMIN, Command
from handlers.context import NewsroomContext
from handlers.language import chat_language
from handlers.reply import reply_html

# bot_data keys the runner fills in: how updates arrive, and since when.
MODE = "mode"
STARTED_AT = "started_at"


def bot_version() -> str:
    """The installed newsroom-bot version."""
    try:
        return version("newsroom-bot")
    except PackageNotFoundError:
        return "unknown version"


async def stats(update: Update, context: NewsroomContext) -> None:
    """Articles, stories, pushes, latest times and sizes, in the admin chat only."""
    admin_chat = context.admin_chat
    lang = chat_language(update, context)
    if admin_chat is None or update.effective_chat.id != admin_chat:
        refusal = texts.stats_refusal(update.effective_chat.id, admin_chat is not None, lang=lang)
        await reply_html(update.effective_message, refusal)
        return
    html = texts.render_stats(
        context.store.stats(),
        version=bot_version(),
        mode=context.bot_data.get(MODE, "local console"),
        started_at=context.bot_data.get(STARTED_AT),
        now=datetime.now(UTC),
        lang=lang,
    )
    await reply_html(update.effective_message, html)


ADMIN_COMMANDS = [
    # Anyone may ask (the refusal gives the chat id for NEWSROOM_ADMIN_CHAT); only the admin
    # chat lists it.
    Command("stats", stats, role="anyone", menu=(ADMIN,)),
]
