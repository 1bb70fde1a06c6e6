"""A typed CallbackContext that gives handlers the store and the configuration."""

from typing import Protocol

from telegram.ext import Application, CallbackContext, ExtBot

from storage import Store
from storage.subscriptions import attach


class Settings(Protocol):
    """What handlers read from the configuration (bot.config.Config provides it).

    Declared here so that handlers never import bot/, the composition root above them.
    """

    editors: frozenset[int]
    readers: frozenset[int]
    paste_window: float
    paste_split_hint: int
    admin_chat: int | None

    def may_read(self, user_id: int | None) -> bool: ...

    def may_add(self, user_id: int | None, chat_type: str | None) -> bool: ...

    def role(self, user_id: int | None, chat_type: str | None = "private") -> str: ...


def admin_chat(application: Application) -> int | None:
    """The admin chat (NEWSROOM_ADMIN_CHAT) as it is now: a group the configuration names is
    followed to the supergroup it became, as Telegram said (the store remembers it)."""
    chat = application.bot_data["config"].admin_chat
    store = application.bot_data.get("store")
    if chat is None or store is None:
        return chat
    return attach(store).current_chat(chat)


class NewsroomContext(CallbackContext[ExtBot, dict, dict, dict]):
    """CallbackContext with `store` and `config` properties."""

    def __init__(self, application: Application, chat_id=None, user_id=None):
        super().__init__(application=application, chat_id=chat_id, user_id=user_id)

    @property
    def store(self) -> Store:
        """The newsroom store opened by the application."""
        return self.application.bot_data["store"]

    @property
    def config(self) -> Settings:
        """The configuration the application was built with."""
        return self.application.bot_data["config"]

    @property
    def admin_chat(self) -> int | None:
        """The admin chat's id now (see `admin_chat`)."""
        return admin_chat(self.application)
