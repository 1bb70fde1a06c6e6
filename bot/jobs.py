"""Background work on PTB's JobQueue: deliver the outbox, send daily digests when due."""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections import deque
from datetime import datetime, timedelta

from telegram.constants import ParseMode
from telegram.error import ChatMigrated, Forbidden, RetryAfter, TelegramError
from telegram.ext import Application, CallbackContext
from telegram.warnings import PTBDeprecationWarning

from bot import admin
from briefings.push import render_digest, render_push
from handlers.reply import NO_PREVIEW
from storage.subscriptions import OutboxRow, SubscriptionStore, attach

log = logging.getLogger(__name__)

OUTBOX_INTERVAL = 1.0
DIGEST_INTERVAL = 30.0
# Chats served at once; the rate limiter, not this, sets the pace (about 30 messages/s).
MAX_WORKERS = 32
# Telegram allows about one message a second to one chat.
PER_CHAT_INTERVAL = 1.0
_COURIER = "courier"
_INSTALLED = "jobs_installed"


def _retry_seconds(error: RetryAfter) -> float:
    with warnings.catch_warnings():
        # PTB 22 returns int or timedelta depending on a setting, and warns about the int.
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class Courier:
    """Sends pending outbox rows: oldest first, one worker per chat, each row at most once."""

    def __init__(self, application: Application, subscriptions: SubscriptionStore):
        self.application = application
        self.subscriptions = subscriptions
        self.per_chat_interval = PER_CHAT_INTERVAL
        self.max_workers = MAX_WORKERS
        self._task: asyncio.Task | None = None
        self._workers: dict[int, asyncio.Task] = {}
        self._wake = asyncio.Event()
        self._dirty = False

    @property
    def busy(self) -> bool:
        """Whether a delivery pass is under way."""
        return self._task is not None and not self._task.done()

    def kick(self) -> None:
        """Start a delivery pass now, or tell the running one that new rows are waiting."""
        if not self.application.running:
            return
        self._dirty = True
        self._wake.set()
        if not self.busy:
            self._task = self.application.create_task(self._run(), name="outbox-courier")

    async def _run(self) -> None:
        candidates: deque[int] = deque()
        try:
            while self.application.running:
                self._wake.clear()
                if self._dirty or not candidates:
                    self._dirty = False
                    candidates = deque(self.subscriptions.pending_chats())
                while candidates and len(self._workers) < self.max_workers:
                    chat_id = candidates.popleft()
                    if chat_id not in self._workers:
                        self._start_worker(chat_id)
                if not self._workers and not candidates and not self._dirty:
                    return
                await self._wake.wait()
        finally:
            # Stopping: let every worker finish the send it is in, so its row gets marked.
            if self._workers:
                await asyncio.gather(*self._workers.values(), return_exceptions=True)

    def _start_worker(self, chat_id: int) -> None:
        task = asyncio.create_task(self._serve(chat_id), name=f"outbox-chat-{chat_id}")
        self._workers[chat_id] = task

        def done(_: asyncio.Task) -> None:
            self._workers.pop(chat_id, None)
            self._wake.set()

        task.add_done_callback(done)

    async def _pause(self, seconds: float) -> None:
        # Sleep in short steps so that stopping the bot is never held up by a long wait.
        loop = asyncio.get_running_loop()
        end = loop.time() + seconds
        while self.application.running and loop.time() < end:
            await asyncio.sleep(min(0.1, end - loop.time()))

    async def _serve(self, chat_id: int) -> None:
        loop = asyncio.get_running_loop()
        last_sent = None
        while self.application.running:
            row = self.subscriptions.next_pending(chat_id)
            if row is None:
                return
            if last_sent is not None:
                await self._pause(self.per_chat_interval - (loop.time() - last_sent))
                if not self.application.running:
                    return
            outcome = await self._deliver(row)
            if outcome == "sent":
                last_sent = loop.time()
            elif isinstance(outcome, int):
                chat_id = outcome  # the group became a supergroup: carry on there
            elif outcome != "retry":
                return

    async def _deliver(self, row: OutboxRow) -> str | int:
        """Send one row; what happened: sent, retry, stop (this chat), or a new chat id."""
        try:
            await self.application.bot.send_message(
                chat_id=row.chat_id,
                text=row.text if row.text is not None else render_push(list(row.changes)),
                parse_mode=ParseMode.HTML,
                message_thread_id=row.thread_id,
                link_preview_options=NO_PREVIEW,
            )
        except RetryAfter as error:
            # Flood control is not the message's fault: wait as told, then send it again.
            seconds = _retry_seconds(error)
            log.info("outbox: flood control for chat %s, waiting %.1f s", row.chat_id, seconds)
            await self._pause(seconds)
            return "retry"
        except Forbidden as error:
            log.info("outbox: chat %s is gone (%s); unsubscribing it", row.chat_id, error)
            self.subscriptions.chat_gone(row.chat_id, str(error))
            await admin.push_died(self.application, row.chat_id, f"{error} (chat unsubscribed)")
            return "stop"
        except ChatMigrated as error:
            log.info("outbox: chat %s moved to %s", row.chat_id, error.new_chat_id)
            self.subscriptions.move_chat(row.chat_id, error.new_chat_id)
            return error.new_chat_id
        except Exception as error:  # one bad row must not stop the outbox
            status = self.subscriptions.mark_failed(row.id, f"{type(error).__name__}: {error}")
            level = logging.WARNING if status == "dead" else logging.INFO
            log.log(level, "outbox: row %s to chat %s failed (%s)", row.id, row.chat_id, status)
            if status == "dead":
                await admin.push_died(
                    self.application, row.chat_id, str(error), attempts=row.attempts + 1
                )
            if not isinstance(error, TelegramError):
                log.exception("outbox: unexpected error", exc_info=error)
            return "stop"
        self.subscriptions.mark_sent(row.id)
        return "sent"

    async def drained(self, timeout: float = 5.0) -> None:
        """Wait until the current delivery pass ends (tests and the benchmark use this)."""
        if self._task is not None:
            await asyncio.wait_for(asyncio.shield(self._task), timeout)


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
        entries = subscriptions.changes_for(digest)
        since = digest.last_sent_at or digest.created_at
        texts = render_digest(
            [(e.at, e.change) for e in entries],
            now=now,
            since=datetime.fromisoformat(since) if since else None,
            tz=digest.tz,
        )
        subscriptions.digest_done(digest, texts, now)
        queued += bool(texts)
    if queued:
        kick(application)
    return queued


async def _outbox_job(context: CallbackContext) -> None:
    kick(context.application)


async def _digest_job(context: CallbackContext) -> None:
    await digest_tick(context.application)


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
    if "store" in application.bot_data:
        start(application)
