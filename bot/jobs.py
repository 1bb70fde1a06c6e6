"""Background work on PTB's JobQueue: deliver the outbox, send daily digests, prune old rows."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

from telegram.ext import Application, CallbackContext

from bot.delivery import Courier
from briefings.push import render_digest
from storage.subscriptions import SubscriptionStore, attach

log = logging.getLogger(__name__)

OUTBOX_INTERVAL = 1.0
DIGEST_INTERVAL = 30.0
RETENTION_INTERVAL = timedelta(days=1)
_COURIER = "courier"
_INSTALLED = "jobs_installed"


def subscriptions_of(application: Application) -> SubscriptionStore:
    """The application's subscription store, attached to its newsroom store on first use."""
    return attach(application.bot_data["store"])


def courier(application: Application) -> Courier:
    """The application's outbox courier, created (and hooked to new rows) on first use."""
    found = application.bot_data.get(_COURIER)
    subscriptions = subscriptions_of(application)
    if found is None or found.subscriptions is not subscriptions:
        found = application.bot_data[_COURIER] = Courier(application, subscriptions)
        loop_kick = _soon(found)
        subscriptions.on_pending.append(loop_kick)
    return found


def _soon(found: Courier):
    def kick() -> None:
        # Called inside the transaction that queued the rows: start sending only after it
        # commits, which is when the synchronous save returns to the event loop.
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # no bot running here (the CLI); the running bot's tick will find the rows
        loop.call_soon(found.kick)

    return kick


def kick(application: Application) -> None:
    """Deliver pending rows now rather than at the next tick."""
    courier(application).kick()


async def digest_tick(application: Application, now: datetime | None = None) -> int:
    """Queue every digest that is due, skipping those with nothing new; returns how many."""
    subscriptions = subscriptions_of(application)
    now = now or subscriptions.clock()
    queued = 0
    for digest in subscriptions.due_digests(now):
        upto = subscriptions.latest_change_id()
        entries = subscriptions.changes_for(digest, upto)
        since = digest.last_sent_at or digest.created_at
        texts = render_digest(
            [(e.at, e.change) for e in entries],
            now=now,
            since=datetime.fromisoformat(since) if since else None,
            tz=digest.tz,
            lang=application.bot_data["store"].chat_language(digest.chat_id) or "en",
        )
        subscriptions.digest_done(digest, texts, now, upto=upto)
        queued += bool(texts)
    if queued:
        kick(application)
    return queued


async def _outbox_job(context: CallbackContext) -> None:
    kick(context.application)


async def _digest_job(context: CallbackContext) -> None:
    await digest_tick(context.application)


def prune(application: Application) -> dict[str, int]:
    """Delete sent pushes and change-log entries older than NEWSROOM_RETENTION_DAYS."""
    days = application.bot_data["config"].retention_days
    if not days or days <= 0:
        return {}
    removed = subscriptions_of(application).prune(timedelta(days=days))
    if any(removed.values()):
        log.info(
            "retention: pruned %d sent push(es) and %d change-log entries older than %d days",
            removed["outbox"],
            removed["change_log"],
            days,
        )
    return removed


async def _retention_job(context: CallbackContext) -> None:
    prune(context.application)


def start(application: Application) -> None:
    """The post_init part: attach subscriptions to the opened store and hook the courier."""
    courier(application)


def install(application: Application) -> None:
    """Schedule the outbox and digest ticks; call once at the end of build_application."""
    if application.bot_data.get(_INSTALLED):
        return
    application.bot_data[_INSTALLED] = True
    if application.job_queue is None:
        raise RuntimeError("the job queue is missing: install python-telegram-bot[job-queue]")
    application.job_queue.run_repeating(
        _outbox_job, interval=OUTBOX_INTERVAL, first=0.2, name="outbox"
    )
    application.job_queue.run_repeating(
        _digest_job, interval=DIGEST_INTERVAL, first=1.0, name="digests"
    )
    # Daily, first a minute after start (a bot restarted every day still prunes).
    application.job_queue.run_repeating(
        _retention_job, interval=RETENTION_INTERVAL, first=60.0, name="retention"
    )
    if "store" in application.bot_data:
        start(application)
