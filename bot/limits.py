"""Telegram's sending limits, honoured exactly, with replies to people ahead of queued pushes.

Telegram allows a bot about 30 messages in any second overall, 20 in any minute to one group or
channel, and one a second to one private chat; beyond that it answers 429. `TelegramLimiter` is
a PTB rate limiter that keeps the sending moments of recent messages and lets a message go only
when every window it falls in has room, so no burst ever exceeds a limit (a token bucket would
let a full bucket through at start-up, then the refill on top of it).

Pushes from the outbox are marked with `rate_limit_args=PUSH`. They have their own budget under
the global limit (`Limits.push_per_second`), and whenever a reply and a push wait for the same
slot the reply gets it: a command is never queued behind a broadcast.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import time
import warnings
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter
from telegram.warnings import PTBDeprecationWarning

log = logging.getLogger(__name__)

# rate_limit_args for a push from the outbox (or a Ticket, which also says when it got a slot).
PUSH = "push"
# Methods that put a message in a chat and so count against its limits. Everything else
# (getMe, getFile, getChatMember, setMyCommands, sendChatAction) goes straight through.
_COUNTED_PREFIXES = ("send", "edit", "copymessage", "forwardmessage")
_UNCOUNTED = {"sendchataction"}


@dataclass
class Ticket:
    """rate_limit_args for one push: the limiter sets `granted` once the push has its slot, so
    a stopping sender can tell a push still waiting (safe to cancel) from one on the wire."""

    granted: bool = False


@dataclass(frozen=True)
class Limits:
    """The limits to hold (Telegram's by default)."""

    per_second: int = 30
    # Pushes may use this many of the per-second messages; the rest are always free for replies.
    push_per_second: int = 25
    group_per_minute: int = 20
    private_interval: float = 1.0
    # Added to every window: requests reach Telegram a little after they leave, and not all
    # equally late, so a window only just kept here could be overrun there.
    margin: float = 0.05


def counted(endpoint: str) -> bool:
    """Whether a Bot API method sends (or edits) a message, so Telegram's limits apply to it."""
    name = endpoint.lower()
    return name not in _UNCOUNTED and name.startswith(_COUNTED_PREFIXES)


def chat_kind(chat_id: Any) -> str:
    """'group' (groups, supergroups, channels: negative ids and @usernames) or 'private'."""
    if isinstance(chat_id, str):
        try:
            chat_id = int(chat_id)
        except ValueError:
            return "group"  # "@channelname"
    return "group" if chat_id < 0 else "private"


def retry_seconds(error: RetryAfter) -> float:
    """How long Telegram asked to wait, in seconds."""
    with warnings.catch_warnings():
        # PTB 22 returns int or timedelta depending on a setting, and warns about the int.
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


@dataclass
class _Waiter:
    priority: int
    seq: int
    chat: str | None
    kind: str
    push: bool
    granted: asyncio.Future


def _order(waiter: _Waiter) -> tuple[int, int]:
    return waiter.priority, waiter.seq


class _Slot:
    """One message's moment: when it was let through, then when it actually left."""

    __slots__ = ("t",)

    def __init__(self, t: float):
        self.t = t


class _Window:
    """Moments of recent sends, enough to tell when the next one fits `limit` per `span`."""

    def __init__(self, limit: int, span: float):
        self.limit, self.span = limit, span
        self.slots: deque[_Slot] = deque()

    def ready_at(self, now: float) -> float:
        while self.slots and self.slots[0].t <= now - self.span:
            self.slots.popleft()
        if len(self.slots) < self.limit:
            return now
        # The new send must not make `limit + 1` sends within any `span`. Moments move later
        # when a message leaves after its slot was granted, so they are sorted here.
        return sorted(slot.t for slot in self.slots)[-self.limit] + self.span

    def add(self, slot: _Slot) -> None:
        self.slots.append(slot)

    def idle(self, now: float) -> bool:
        return all(slot.t <= now - self.span for slot in self.slots)


class TelegramLimiter(BaseRateLimiter[str | Ticket]):
    """A PTB rate limiter holding Telegram's limits exactly, replies before pushes.

    `clock` and `sleep` can be replaced (tests drive it with a fake clock); `max_retries` is how
    often a reply is sent again after Telegram's own flood control (pushes are not retried here:
    the outbox reschedules them).
    """

    def __init__(
        self,
        limits: Limits | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
        max_retries: int = 2,
    ):
        self.limits = limits or Limits()
        self.clock = clock
        self.sleep = sleep
        self.max_retries = max_retries
        margin = self.limits.margin
        self._all = _Window(self.limits.per_second, 1.0 + margin)
        self._pushes = _Window(self.limits.push_per_second, 1.0 + margin)
        self._group_span = 60.0 + margin
        self._private_interval = self.limits.private_interval + margin
        self._groups: dict[str, _Window] = {}
        self._private: dict[str, _Slot] = {}
        self._blocked: dict[str | None, float] = {}
        self._waiting: list[_Waiter] = []
        self._seq = itertools.count()
        self._timer: asyncio.Task | None = None
        self._timer_at = float("inf")
        self._pump_planned = False
        self.sent = 0

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Stop the wake-up timer; waiting requests are failed by the application's stop."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    @property
    def waiting(self) -> int:
        """How many messages are waiting for a slot."""
        return len(self._waiting)

    # -- the limits -----------------------------------------------------------------------

    def _ready_at(self, waiter: _Waiter, now: float) -> float:
        at = max(now, self._all.ready_at(now), self._blocked.get(None, now))
        if waiter.push:
            at = max(at, self._pushes.ready_at(now))
        if waiter.chat is None:
            return at
        at = max(at, self._blocked.get(waiter.chat, now))
        if waiter.kind == "group":
            window = self._groups.get(waiter.chat)
            if window is not None:
                at = max(at, window.ready_at(now))
        else:
            last = self._private.get(waiter.chat)
            if last is not None:
                at = max(at, last.t + self._private_interval)
        return at

    def _record(self, waiter: _Waiter, now: float) -> _Slot:
        slot = _Slot(now)
        self.sent += 1
        self._all.add(slot)
        if waiter.push:
            self._pushes.add(slot)
        if waiter.chat is None:
            return slot
        if waiter.kind == "group":
            window = self._groups.get(waiter.chat)
            if window is None:
                window = _Window(self.limits.group_per_minute, self._group_span)
                self._groups[waiter.chat] = window
            window.add(slot)
        else:
            self._private[waiter.chat] = slot
        return slot

    def _forget_idle(self, now: float) -> None:
        # Keep memory bounded by the chats of the last minute, not every chat ever served.
        if len(self._groups) > 1000:
            self._groups = {k: w for k, w in self._groups.items() if not w.idle(now)}
        if len(self._private) > 1000:
            horizon = now - self._private_interval
            self._private = {k: s for k, s in self._private.items() if s.t > horizon}
        if self._blocked:
            self._blocked = {k: t for k, t in self._blocked.items() if t > now}

    def _pump(self) -> None:
        """Let every waiting message go whose windows have room, highest priority first."""
        now = self.clock()
        wake = float("inf")
        still: list[_Waiter] = []
        self._pump_planned = False
        waiting = [w for w in self._waiting if not w.granted.done()]  # done: cancelled
        waiting.sort(key=_order)
        push_open = self._pushes.ready_at(now)
        for index, waiter in enumerate(waiting):
            open_at = max(self._all.ready_at(now), self._blocked.get(None, now))
            if open_at > now:
                # The global window is full: nothing else can go before it frees.
                still.extend(waiting[index:])
                wake = min(wake, open_at)
                break
            if waiter.push and push_open > now:
                still.append(waiter)
                wake = min(wake, push_open)
                continue
            at = self._ready_at(waiter, now)
            if at <= now:
                waiter.granted.set_result(self._record(waiter, now))
                if waiter.push:
                    push_open = self._pushes.ready_at(now)
            else:
                still.append(waiter)
                wake = min(wake, at)
        self._waiting = still
        self._forget_idle(now)
        if still:
            self._wake_at(wake)

    def _wake_at(self, moment: float) -> None:
        if self._timer is not None and not self._timer.done():
            if self._timer_at <= moment:
                return
            self._timer.cancel()
        self._timer_at = moment
        self._timer = asyncio.get_running_loop().create_task(self._tick(moment))

    async def _tick(self, moment: float) -> None:
        await self.sleep(max(0.0, moment - self.clock()))
        self._timer = None
        self._timer_at = float("inf")
        self._pump()

    async def acquire(self, chat_id: Any, *, push: bool = False) -> _Slot:
        """Wait until one message to this chat (None: no chat) may be sent, and count it.

        Returns its slot: set `slot.t` to the moment the message really leaves, if later.
        """
        chat = None if chat_id is None else str(chat_id)
        waiter = _Waiter(
            priority=1 if push else 0,
            seq=next(self._seq),
            chat=chat,
            kind=chat_kind(chat_id) if chat is not None else "private",
            push=push,
            granted=asyncio.get_running_loop().create_future(),
        )
        self._waiting.append(waiter)
        if len(self._waiting) == 1:
            self._pump()
        elif not self._pump_planned:
            # Many arrive together (a broadcast): one pass after them serves them all in order.
            self._pump_planned = True
            asyncio.get_running_loop().call_soon(self._pump)
        try:
            return await waiter.granted
        except asyncio.CancelledError:
            waiter.granted.cancel()
            raise

    def hold(self, chat_id: Any, seconds: float) -> None:
        """Telegram asked for a pause (429): send nothing to this chat (None: at all) till then."""
        key = None if chat_id is None else str(chat_id)
        until = self.clock() + seconds
        self._blocked[key] = max(self._blocked.get(key, until), until)

    # -- BaseRateLimiter ------------------------------------------------------------------

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict | list[dict]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: str | Ticket | None,
    ) -> bool | dict | list[dict]:
        """Send one request when the limits allow; replies are retried after a 429."""
        if not counted(endpoint):
            return await callback(*args, **kwargs)
        chat_id = data.get("chat_id")
        ticket = rate_limit_args if isinstance(rate_limit_args, Ticket) else None
        push = ticket is not None or rate_limit_args == PUSH
        for attempt in range(self.max_retries + 1):
            slot = await self.acquire(chat_id, push=push)
            if ticket is not None:
                ticket.granted = True
            # Counted from when it leaves: the task may resume a little after its slot came.
            slot.t = max(slot.t, self.clock())
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                seconds = retry_seconds(error)
                self.hold(chat_id, seconds)
                if push or attempt == self.max_retries:
                    raise
                log.info("flood control on chat %s: waiting %.1f s", chat_id, seconds)
        raise AssertionError("unreachable")
