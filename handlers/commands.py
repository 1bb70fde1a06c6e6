"""Briefing commands: each reads its arguments, asks the store, renders, replies."""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, timedelta

from telegram import Update

import briefings
from briefings.catalogue import t
from handlers.access import allowed
from handlers.args import calendar_date, number, story_page
from handlers.context import NewsroomContext
from handlers.ingest import add
from handlers.language import chat_language, lang, say
from handlers.reply import reply_html
from intake.dates import local_day

# Where a command is offered in the menu: private chats, groups, or both.
PRIVATE = "private"
GROUPS = "groups"
EVERYWHERE = (PRIVATE, GROUPS)
# Listed (in /help and the menu) only in the admin chat, NEWSROOM_ADMIN_CHAT.
ADMIN = "admin"


@dataclass(frozen=True)
class Command:
    """One bot command: its name, callback, argument syntax, who may use it and where it shows.

    Its description in /help and the menus is the catalogue message "command.<name>".
    """

    name: str
    callback: Callable[[Update, NewsroomContext], Awaitable[None]]
    usage: str = ""
    # Who may use it: "anyone", "reader" (NEWSROOM_READERS, when set) or "editor".
    role: str = "reader"
    # The chat types whose command menu lists it (it answers everywhere).
    menu: tuple[str, ...] = EVERYWHERE

    def description(self, lang: str) -> str:
        """The one line shown in /help and the command menu."""
        return t(lang, f"command.{self.name}")


def offered(commands: list[Command], chats: str, *, group_editors: bool = True) -> list[Command]:
    """The commands a kind of chat is offered (its menu and /help): PRIVATE, GROUPS or ADMIN.

    Editor commands are left out of groups when no editor is named: in a group nobody could
    use them. ADMIN is the admin chat: a group's commands, and the admin commands.
    """
    wanted = (GROUPS, ADMIN) if chats == ADMIN else (chats,)
    return [
        c
        for c in commands
        if any(w in c.menu for w in wanted)
        and not (chats != PRIVATE and c.role == "editor" and not group_editors)
    ]


def listed_here(
    commands: list[Command], chat, config, admin_chat: int | None = None
) -> list[Command]:
    """The commands /help lists in a chat: what its command menu lists."""
    if chat is not None and admin_chat is not None and chat.id == admin_chat:
        chats = ADMIN
    else:
        chats = PRIVATE if chat is None or chat.type == "private" else GROUPS
    return offered(commands, chats, group_editors=bool(config.editors))


async def start(update: Update, context: NewsroomContext) -> None:
    """What the bot does and the commands it answers."""
    listed = listed_here(COMMANDS, update.effective_chat, context.config, context.admin_chat)
    await reply_html(
        update.effective_message,
        briefings.render_help(listed, lang=chat_language(update, context)),
    )


async def latest(update: Update, context: NewsroomContext) -> None:
    """The N most recent stories (default 5)."""
    args = context.args or []
    n = number(args[0], 1, 50) if len(args) == 1 else 5
    if len(args) > 1 or n is None:
        await say(update, context, "latest.usage")
        return
    user, chat = update.effective_user, update.effective_chat
    can_add = context.config.may_add(user.id if user else None, chat.type if chat else None)
    html = briefings.render_latest(
        context.store.latest_stories(n), lang=chat_language(update, context), can_add=can_add
    )
    await reply_html(update.effective_message, html)


async def exchange(update: Update, context: NewsroomContext) -> None:
    """The prisoner-exchange briefing."""
    store = context.store
    user, chat = update.effective_user, update.effective_chat
    can_add = context.config.may_add(user.id if user else None, chat.type if chat else None)
    html = briefings.render_exchange(
        store.exchanges(),
        store.returned_totals(),
        lang=chat_language(update, context),
        can_add=can_add,
    )
    await reply_html(update.effective_message, html)


def _night_arg(arg: str, today: date) -> date | None:
    arg = arg.casefold()
    if arg in ("today", "last"):
        return today
    if arg == "yesterday":
        return today - timedelta(days=1)
    return calendar_date(arg)


async def strikes(update: Update, context: NewsroomContext) -> None:
    """The latest attack night, a given night (YYYY-MM-DD) or the last seven nights."""
    args = context.args or []
    store = context.store
    lang = chat_language(update, context)
    if not args:
        html = briefings.render_strikes(store.strike_nights(limit=1), lang=lang)
    elif [a.casefold() for a in args] == ["week"]:
        nights = store.strike_nights(limit=7, within_days=7, sources=False)
        html = briefings.render_strikes_week(nights, lang=lang)
    else:
        # The message's own day in Kyiv, the newsroom's reference: no night after it exists yet.
        today = local_day(update.effective_message.date)
        asked = _night_arg(args[0], today) if len(args) == 1 else None
        if asked is None:
            await say(update, context, "strikes.usage")
            return
        if asked > today:
            await say(
                update, context, "strikes.future", night=briefings.night(asked.isoformat(), lang)
            )
            return
        night = asked.isoformat()
        nights = store.strike_nights(night=night)
        if not nights:
            await say(
                update, context, "strikes.none_that_night", night=briefings.night(night, lang)
            )
            return
        html = briefings.render_strikes(nights, lang=lang)
    await reply_html(update.effective_message, html)


async def sources(update: Update, context: NewsroomContext) -> None:
    """The outlets and posts behind the briefings, or behind each figure of one story."""
    args = context.args or []
    if not args:
        html = briefings.render_sources(
            context.store.story_sources(), lang=chat_language(update, context)
        )
    elif (wanted := story_page(args)) is not None:
        story, page = wanted
        found = (
            context.store.story_review(
                story, for_editor=allowed("editor", update, context), page=page
            )
            if story is not None
            else None
        )
        if found is None:
            await say(update, context, "sources.no_story", n=args[0])
            return
        html = briefings.render_story_review(found, lang=chat_language(update, context))
    else:
        await say(update, context, "sources.usage")
        return
    await reply_html(update.effective_message, html)


async def whoami(update: Update, context: NewsroomContext) -> None:
    """The user's Telegram id and role, so an admin can set NEWSROOM_EDITORS/READERS."""
    user = update.effective_user
    language = chat_language(update, context)
    role = context.config.role(user.id if user else None, update.effective_chat.type)
    await say(
        update,
        context,
        "whoami.line",
        name=user.full_name if user else t(language, "whoami.unknown_user"),
        id=str(user.id) if user else "?",
        role=t(language, f"role.{role}"),
    )


COMMANDS: list[Command] = [
    Command("start", start, role="anyone"),
    Command("help", start, role="anyone"),
    Command("latest", latest, "[N]"),
    Command("exchange", exchange),
    Command("strikes", strikes, "[YYYY-MM-DD|week]"),
    Command("sources", sources, "[N [page K]]"),
    # In a private chat anything sent is an article already: /add is for groups.
    Command("add", add, role="editor", menu=(GROUPS,)),
    Command("lang", lang, "uk|en", role="anyone"),
    Command("whoami", whoami, role="anyone"),
]
