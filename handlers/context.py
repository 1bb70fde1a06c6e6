"""A typed CallbackContext that gives handlers the store and the configuration."""

from typing import Protocol

from telegram.ext import Application, CallbackContext, ExtBot

from storage import Store


class Settings(Protocol):
    """What handlers read from the configuration (bot.config.Config provides it).

    Declared here so that handlers never import bot/, the composition root above them.
    """

    editors: frozenset[int]
    readers: frozenset[int]
    paste_window: float
    paste_split_hint: int

    def may_read(self, user_id: int | None) -> bool: ...

    def may_add(self, user_id: int | None, chat_type: str | None) -> bool: ...

    def role(self, user_id: int | None, chat_type: str | None = "private") -> str: ...


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
