"""The one place the Telegram Application is built: `run`, the console and the tests use it."""

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from telegram.constants import ParseMode
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseRateLimiter,
    ContextTypes,
    Defaults,
)
from telegram.request import BaseRequest

import handlers
from bot import admin, jobs
from bot.config import Config
from bot.limits import TelegramLimiter
from bot.updates import PerChatUpdateProcessor
from handlers.context import NewsroomContext, admin_chat
from handlers.menus import set_menus
from handlers.reply import NO_PREVIEW
from storage import Store
from storage.datasette import write_metadata
from storage.subscriptions import attach as attach_subscriptions

log = logging.getLogger(__name__)
# A token-shaped placeholder for the offline console; it never reaches Telegram.
OFFLINE_TOKEN = "1000000001:offline-console-token-not-for-telegram"


async def _post_init(application: Application) -> None:
    config: Config = application.bot_data["config"]
    if "store" not in application.bot_data:
        application.bot_data["store"] = Store.open(config.db_path)
        # Datasette labels and canned queries beside the database, current with this code
        # (only beside a file the bot opened itself: the demo and tests bring their own store).
        write_metadata(config.db_path)
    # NEWSROOM_PUSH: whether a new article's figures go to subscribers before an editor confirms.
    application.bot_data["store"].push_policy = config.push
    # NEWSROOM_PUSH_MAX_AGE_DAYS: older events are stored and briefed, not pushed as news.
    attach_subscriptions(application.bot_data["store"]).push_max_age_days = config.push_max_age_days
    jobs.start(application)
    await set_menus(
        application.bot,
        handlers.COMMANDS,
        group_editors=bool(config.editors),
        admin_chat=admin_chat(application),
    )


async def _post_stop(application: Application) -> None:
    await handlers.flush_all_pastes(application)


async def _post_shutdown(application: Application) -> None:
    store = application.bot_data.pop("store", None)
    if store is not None and application.bot_data.pop("owns_store", True):
        store.close()


def build_application(
    config: Config,
    *,
    request: BaseRequest | None = None,
    store: Store | None = None,
    rate_limit: bool | BaseRateLimiter = True,
) -> Application:
    """Build the bot: handlers from the COMMANDS table, the store opened in post_init."""
    builder = (
        ApplicationBuilder()
        .token(config.token or OFFLINE_TOKEN)
        .context_types(ContextTypes(context=NewsroomContext))
        # Every text the bot sends is Telegram HTML, and briefings are full of links.
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW))
        .post_init(_post_init)
        .post_stop(_post_stop)
        .post_shutdown(_post_shutdown)
        # Chats in parallel, each chat's updates in order (bot/updates.py).
        .concurrent_updates(PerChatUpdateProcessor())
    )
    if rate_limit:
        # Telegram's limits exactly, replies before pushes (bot/limits.py); tests pass their own.
        limiter = rate_limit if isinstance(rate_limit, BaseRateLimiter) else TelegramLimiter()
        builder = builder.rate_limiter(limiter)
    if config.base_url:
        builder = builder.base_url(config.base_url)
    if config.base_file_url:
        builder = builder.base_file_url(config.base_file_url)
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    application = builder.build()
    application.bot_data["config"] = config
    if store is not None:
        application.bot_data["store"] = store
        application.bot_data["owns_store"] = False
    handlers.register(application)
    admin.install(application)
    jobs.install(application)
    return application


@asynccontextmanager
async def running(application: Application) -> AsyncIterator[Application]:
    """Start an Application without polling (console, tests), with run_polling's hooks."""
    await application.initialize()
    await _post_init(application)
    await application.start()
    try:
        yield application
    finally:
        await application.stop()
        await _post_stop(application)
        await application.shutdown()
        await _post_shutdown(application)
