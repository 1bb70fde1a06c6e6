"""A typed CallbackContext that gives handlers the store and the configuration."""

from telegram.ext import Application, CallbackContext, ExtBot

from bot.config import Config
from storage import Store


class NewsroomContext(CallbackContext[ExtBot, dict, dict, dict]):
    """CallbackContext with `store` and `config` properties."""

    def __init__(self, application: Application, chat_id=None, user_id=None):
        super().__init__(application=application, chat_id=chat_id, user_id=user_id)

    @property
    def store(self) -> Store:
        """The newsroom store opened by the application."""
        return self.application.bot_data["store"]

    @property
    def config(self) -> Config:
        """The configuration the application was built with."""
        return self.application.bot_data["config"]
