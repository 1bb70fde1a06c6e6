"""Delivering the outbox to Telegram: through outages, flood control and group migrations.

The promise (README, "Delivery"): every queued push is delivered at least once, in the order it
was queued for its chat. A row is marked sent only after Telegram accepted it, so a crash or a
timeout between Telegram's acceptance and our mark means the row is sent again: the rare
duplicate is the price of never losing one. Only a permanent refusal (the bot blocked or removed,
the chat gone, a request Telegram refuses again and again) or a day of failed tries ends a row;
such a row is reported to the admin chat.

One worker serves a chat at a time, whatever its id becomes: when a group turns into a
supergroup, its worker moves with its rows to the new id, so no row is served twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter, TelegramError
from telegram.ext import Application

from bot import admin
from bot.limits import Ticket, retry_seconds
from briefings.push import render_push
from storage.subscriptions import OutboxRow, SubscriptionStore

log = logging.getLogger(__name__)

# Chats served at once; the rate limiter, not this, sets the pace.
MAX_WORKERS = 32
# How long a stopping bot lets pushes already on the wire finish before cancelling them.
STOP_GRACE = 10.0

# Telegram's words (lower-cased) for "this chat will not take messages from the bot again".
CHAT_GONE = (
    "bot was blocked",
    "bot was kicked",
    "bot is not a member",
    "user is deactivated",
    "chat not found",
    "group chat was deleted",
    "group chat was deactivated",
    "chat was deleted",
    "have no rights to send",
    "not enough rights to send",
    "need administrator rights",
    "chat_write_forbidden",
    "chat_restricted",
    "peer_id_invalid",
    "bot can't initiate conversation",
    "bot can't send messages to bots",
)
# ... and for "this forum topic is gone": the rest of the chat still hears.
THREAD_GONE = ("message thread not found", "topic_deleted", "topic_closed", "topic_id_invalid")


@dataclass(frozen=True)
class Failure:
    """What a failed send means for its row.

    kind: "flood" (wait as told), "moved" (group became a supergroup), "chat_gone",
    "thread_gone", "outage" (5xx, timeout, network: retry for hours) or "refused" (this request
    is bad: a few tries, then given up).
    """

    kind: str
    reason: str
    seconds: float = 0.0
    new_chat_id: int | None = None


def classify(error: BaseException) -> Failure:
    """Sort a send error into what to do about it."""
    reason = f"{type(error).__name__}: {error}"[:500]
    if isinstance(error, RetryAfter):
        return Failure("flood", reason, seconds=retry_seconds(error))
    if isinstance(error, ChatMigrated):
        return Failure("moved", reason, new_chat_id=int(error.new_chat_id))
    words = str(error).lower()
    if isinstance(error, TelegramError) and any(w in words for w in THREAD_GONE):
        return Failure("thread_gone", reason)
    if isinstance(error, Forbidden) or (
        isinstance(error, BadRequest) and any(w in words for w in CHAT_GONE)
    ):
        return Failure("chat_gone", reason)
    if isinstance(error, BadRequest):
        return Failure("refused", reason)
    # Every other Telegram error is the server or the network: NetworkError, TimedOut, 5xx,
    # and 401/404 while running (a revoked token: fixed by restarting with a new one).
    if isinstance(error, TelegramError | OSError | TimeoutError):
        return Failure("outage", reason)
    return Failure("refused", reason)  # a bug on our side: counted, given up after a few


Report = Callable[[Application, OutboxRow, str, int], Awaitable[object]]


async def report_dead(application: Application, row: OutboxRow, reason: str, dropped: int) -> None:
    """Tell the admin chat (NEWSROOM_ADMIN_CHAT) that pushes to a chat will not be delivered."""
    await admin.push_died(application, row.chat_id, reason, attempts=row.attempts + 1)


class Courier:
    """Sends pending outbox rows: oldest first, one worker per chat, rows in queue order."""

    def __init__(self, application: Application, subscriptions: SubscriptionStore):
        self.application = application
        self.subscriptions = subscriptions
        self.max_workers = MAX_WORKERS
        self.stop_grace = STOP_GRACE
        # Called for every row given up on (and once per chat that is gone); tests replace it.
        self.report: Report = report_dead
        self._task: asyncio.Task | None = None
        # Keyed by the chat each worker serves now (a migrated group's worker moves with it).
        self._workers: dict[int, asyncio.Task] = {}
        self._tickets: dict[asyncio.Task, Ticket | None] = {}
        self._wake = asyncio.Event()
        self._dirty = False
        self._outage_since: float | None = None

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
                # Wake on a worker's end or new rows; look at `running` now and then to stop.
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), timeout=0.25)
        finally:
            await self._stop_workers()

    async def _stop_workers(self) -> None:
        """Let pushes on the wire finish (so they get marked), cancel those still waiting."""
        if not self._workers:
            return
        for task in list(self._workers.values()):
            ticket = self._tickets.get(task)
            if ticket is None or not ticket.granted:
                task.cancel()  # not sent yet: it stays pending and goes out after the restart
        tasks = list(self._workers.values())
        _, late = await asyncio.wait(tasks, timeout=self.stop_grace)
        for task in late:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def _start_worker(self, chat_id: int) -> None:
        task = asyncio.create_task(self._serve(chat_id), name=f"outbox-chat-{chat_id}")
        self._workers[chat_id] = task
        task.add_done_callback(self._worker_done)

    def _worker_done(self, task: asyncio.Task) -> None:
        for chat_id, worker in list(self._workers.items()):
            if worker is task:
                del self._workers[chat_id]
        self._tickets.pop(task, None)
        self._wake.set()

    async def _serve(self, chat_id: int) -> None:
        me = asyncio.current_task()
        while self.application.running:
            row = self.subscriptions.next_pending(chat_id)
            if row is None:
                return
            outcome = await self._deliver(row, me)
            if isinstance(outcome, int):
                # The group became a supergroup and its rows moved: follow them, unless a
                # worker already serves the new id (it will send them; two would repeat them).
                other = self._workers.get(outcome)
                if other is not None and other is not me and not other.done():
                    return
                if self._workers.get(chat_id) is me:
                    del self._workers[chat_id]
                self._workers[outcome] = me
                chat_id = outcome
            elif outcome != "next":
                return

    def _word(self, row: OutboxRow) -> str:
        """A push's text, worded now in the language its chat reads the bot in."""
        store = self.application.bot_data.get("store")
        lang = (store.chat_language(row.chat_id) if store is not None else None) or "en"
        return render_push(list(row.changes), lang=lang)

    async def _deliver(self, row: OutboxRow, me: asyncio.Task | None) -> str | int:
        """Send one row: "next" (done with it), "stop" (the chat waits), or a new chat id."""
        ticket = Ticket()
        self._tickets[me] = ticket
        bot = self.application.bot
        extra = {}
        if getattr(bot, "rate_limiter", None) is not None:
            extra["rate_limit_args"] = ticket
        else:
            ticket.granted = True
        try:
            await bot.send_message(
                chat_id=row.chat_id,
                text=row.text if row.text is not None else self._word(row),
                message_thread_id=row.thread_id,
                **extra,
            )
        except Exception as error:  # every failure is sorted; none stops the outbox
            return await self._failed(row, error)
        finally:
            self._tickets[me] = None
        self.subscriptions.mark_sent(row.id)
        if self._outage_since is not None:
            waited = asyncio.get_running_loop().time() - self._outage_since
            log.warning("outbox: Telegram answers again after %.0f s; sending resumes", waited)
            self._outage_since = None
        return "next"

    async def _failed(self, row: OutboxRow, error: Exception) -> str | int:
        failure = classify(error)
        subscriptions = self.subscriptions
        if failure.kind == "flood":
            log.info("outbox: flood control for chat %s: %.1f s", row.chat_id, failure.seconds)
            subscriptions.defer(row.id, failure.seconds)
            return "stop"
        if failure.kind == "moved":
            log.info("outbox: chat %s moved to %s", row.chat_id, failure.new_chat_id)
            subscriptions.move_chat(row.chat_id, failure.new_chat_id)
            return failure.new_chat_id
        if failure.kind in ("chat_gone", "thread_gone"):
            thread = row.thread_id if failure.kind == "thread_gone" else None
            dropped = subscriptions.chat_gone(row.chat_id, failure.reason, thread_id=thread)
            log.warning(
                "outbox: chat %s%s is gone (%s): unsubscribed, %d pending message(s) dropped",
                row.chat_id,
                f" topic {thread}" if thread else "",
                failure.reason,
                dropped,
            )
            where = "topic" if thread else "chat"
            await self._report(
                row, f"{failure.reason} ({where} unsubscribed, {dropped} push(es) dropped)", dropped
            )
            return "next" if thread else "stop"
        outage = failure.kind == "outage"
        if outage and self._outage_since is None:
            self._outage_since = asyncio.get_running_loop().time()
            log.warning("outbox: Telegram unreachable (%s); pushes wait and retry", failure.reason)
        if not isinstance(error, TelegramError) and not outage:
            log.error("outbox: unexpected error sending row %s", row.id, exc_info=error)
        status = subscriptions.mark_failed(row.id, failure.reason, transient=outage)
        if status == "dead":
            log.warning(
                "outbox: row %s to chat %s given up after %d tries (%s)",
                row.id,
                row.chat_id,
                row.attempts + 1,
                failure.reason,
            )
            await self._report(row, failure.reason, 1)
            return "next"
        if not outage:
            log.info("outbox: row %s to chat %s refused (%s)", row.id, row.chat_id, failure.reason)
        return "stop"

    async def _report(self, row: OutboxRow, reason: str, dropped: int) -> None:
        try:
            await self.report(self.application, row, reason, dropped)
        except Exception:  # reporting must never stop delivery
            log.exception("outbox: could not report a dead push")

    async def drained(self, timeout: float = 5.0) -> None:
        """Wait until the current delivery pass ends (tests and the benchmark use this)."""
        if self._task is not None:
            await asyncio.wait_for(asyncio.shield(self._task), timeout)
