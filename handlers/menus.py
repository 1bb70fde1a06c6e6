"""Command menus: one per chat type and interface language, from the COMMANDS table."""

import logging

from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
)
from telegram.error import TelegramError

from briefings.catalogue import DEFAULT, LANGUAGES
from handlers.commands import ADMIN, GROUPS, PRIVATE, offered

log = logging.getLogger(__name__)
_SCOPES = {PRIVATE: BotCommandScopeAllPrivateChats(), GROUPS: BotCommandScopeAllGroupChats()}


def menu(commands, chats: str, lang: str, *, group_editors: bool = True) -> list[BotCommand]:
    """The commands a chat type's menu lists (as /help there does), described in one language."""
    return [
        BotCommand(c.name, c.description(lang))
        for c in offered(commands, chats, group_editors=group_editors)
    ]


async def set_menus(
    bot: Bot, commands, *, group_editors: bool, admin_chat: int | None = None
) -> None:
    """Set every menu: private chats, groups and the admin chat, the default (English) and
    each language."""
    scopes = dict(_SCOPES)
    if admin_chat is not None:
        scopes[ADMIN] = BotCommandScopeChat(admin_chat)
    for chats, scope in scopes.items():
        for lang in LANGUAGES:
            listed = menu(commands, chats, lang, group_editors=group_editors)
            code = None if lang == DEFAULT else lang
            try:
                await bot.set_my_commands(listed, scope=scope, language_code=code)
            except TelegramError as error:
                if chats != ADMIN:
                    raise
                # A wrong or unreachable admin chat must not stop the bot; doctor says why.
                log.warning("could not set the admin chat's menu: %s", error)
                return
