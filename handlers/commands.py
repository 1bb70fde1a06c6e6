"""Briefing commands: each reads its arguments, asks the store, renders, replies."""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, timedelta

from telegram import Update

import briefings
from handlers.context import NewsroomContext
from handlers.ingest import add
from handlers.reply import reply_html


@dataclass(frozen=True)
class Command:
    """One bot command: its name, the line shown in /help and the menu, and its callback."""

    name: str
    description: str
    callback: Callable[[Update, NewsroomContext], Awaitable[None]]
    usage: str = ""
    # Who may use it: "anyone", "reader" (NEWSROOM_READERS, when set) or "editor".
    role: str = "reader"


async def start(update: Update, context: NewsroomContext) -> None:
    """What the bot does and the commands it answers."""
    await reply_html(update.effective_message, briefings.render_help(COMMANDS))


async def latest(update: Update, context: NewsroomContext) -> None:
    """The N most recent stories (default 5)."""
    args = context.args or []
    if len(args) > 1 or (args and not (args[0].isdigit() and 1 <= int(args[0]) <= 50)):
        await update.effective_message.reply_text("Usage: /latest [N], with N from 1 to 50.")
        return
    n = int(args[0]) if args else 5
    await reply_html(
        update.effective_message, briefings.render_latest(context.store.latest_stories(n))
    )


async def exchange(update: Update, context: NewsroomContext) -> None:
    """The prisoner-exchange briefing."""
    await reply_html(update.effective_message, briefings.render_exchange(context.store.exchanges()))


def _night_arg(arg: str, today: date) -> str | None:
    if arg in ("today", "last"):
        return today.isoformat()
    if arg == "yesterday":
        return (today - timedelta(days=1)).isoformat()
    try:
        return date.fromisoformat(arg).isoformat()
    except ValueError:
        return None


async def strikes(update: Update, context: NewsroomContext) -> None:
    """The latest attack night, a given night (YYYY-MM-DD) or the last seven nights."""
    args = context.args or []
    store = context.store
    if not args:
        html = briefings.render_strikes(store.strike_nights(limit=1))
    elif args == ["week"]:
        html = briefings.render_strikes_week(store.strike_nights(limit=7, within_days=7))
    else:
        night = (
            _night_arg(args[0], update.effective_message.date.date()) if len(args) == 1 else None
        )
        if night is None:
            await update.effective_message.reply_text("Usage: /strikes [YYYY-MM-DD | week]")
            return
        nights = store.strike_nights(night=night)
        html = (
            briefings.render_strikes(nights)
            if nights
            else f"No attack figures reported for the night to {briefings.esc(night)}."
        )
    await reply_html(update.effective_message, html)


async def sources(update: Update, context: NewsroomContext) -> None:
    """The outlets and posts behind the briefings, or behind each figure of one story."""
    args = context.args or []
    found = None
    if len(args) == 1 and args[0].isdigit():
        found = context.store.story_claims(int(args[0]))
    if not args:
        html = briefings.render_sources(context.store.story_sources())
    elif found:
        html = briefings.render_claim_sources(*found)
    else:
        await update.effective_message.reply_text(
            "Usage: /sources [story number], with the number shown by /latest."
        )
        return
    await reply_html(update.effective_message, html)


async def whoami(update: Update, context: NewsroomContext) -> None:
    """The user's Telegram id and role, so an admin can set NEWSROOM_EDITORS/READERS."""
    user = update.effective_user
    role = context.config.role(user.id if user else None, update.effective_chat.type)
    name = briefings.esc(user.full_name if user else "unknown")
    await reply_html(
        update.effective_message,
        f"{name}: Telegram user id <code>{user.id if user else '?'}</code>, role: {role}.",
    )


COMMANDS: list[Command] = [
    Command("start", "What this bot does", start, role="anyone"),
    Command("help", "Commands and how to add articles", start, role="anyone"),
    Command("latest", "The most recent stories, newest first", latest, "[N]"),
    Command("exchange", "The prisoner exchange: status, numbers, timeline, sources", exchange),
    Command("strikes", "Attack nights: each side's figures side by side", strikes, "[date|week]"),
    Command("sources", "The outlets and posts behind the briefings", sources, "[story]"),
    Command("add", "Reply to a message with /add to store it as an article", add, role="editor"),
    Command("whoami", "Your Telegram id and role here", whoami, role="anyone"),
]
