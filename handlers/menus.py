"""Command menus: one per chat type and interface language, from the COMMANDS table."""

from telegram import Bot, BotCommand, BotCommandScopeAllGroupChats, BotCommandScopeAllPrivateChats

from briefings.catalogue import DEFAULT, LANGUAGES
from handlers.commands import GROUPS, PRIVATE

_SCOPES = {PRIVATE: BotCommandScopeAllPrivateChats(), GROUPS: BotCommandScopeAllGroupChats()}


def menu(commands, chats: str, lang: str, *, group_editors: bool = True) -> list[BotCommand]:
    """The commands a chat type's menu lists, described in one language.

    Editor commands are left out of group menus when no editor is named: in a group nobody
    could use them.
    """
    return [
        BotCommand(c.name, c.description(lang))
        for c in commands
        if chats in c.menu and not (chats == GROUPS and c.role == "editor" and not group_editors)
    ]


async def set_menus(bot: Bot, commands, *, group_editors: bool) -> None:
    """Set every menu: private chats and groups, the default (English) and each language."""
    for chats, scope in _SCOPES.items():
        for lang in LANGUAGES:
            listed = menu(commands, chats, lang, group_editors=group_editors)
            code = None if lang == DEFAULT else lang
            await bot.set_my_commands(listed, scope=scope, language_code=code)
