"""Updates processed concurrently across chats, in order within each chat.

One slow update (a link being fetched, a big file) must not hold up every other chat, but within
one chat order matters: the parts of a long paste are joined in the order they came, and one
person's commands are answered in the order they were sent. `PerChatUpdateProcessor` runs each
chat's updates one after another and different chats side by side.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

# Updates handled at once (each chat counts once, however many of its updates are waiting).
RUNNING = 64
# PTB's own bound counts updates *waiting* too; set high so that one chat sending many updates
# cannot take every slot and stall the other chats (the chats' queues are the real bound).
_ACCEPTED = 100_000


def chat_key(update: object) -> Any:
    """What orders an update: its chat, else its sender, else nothing (runs freely)."""
    if isinstance(update, Update):
        if update.effective_chat is not None:
            return ("chat", update.effective_chat.id)
        if update.effective_user is not None:
            return ("user", update.effective_user.id)
    return None


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Serialises each chat's updates and runs different chats concurrently."""

    def __init__(self, running: int = RUNNING):
        super().__init__(_ACCEPTED)
        self.running = running
        self._slots: asyncio.Semaphore | None = None
        # chat key -> [lock, number of updates holding or waiting for it]
        self._chats: dict[Any, list] = {}

    async def initialize(self) -> None:
        """Create the semaphore on the running loop."""
        self._slots = asyncio.Semaphore(self.running)

    async def shutdown(self) -> None:
        """Nothing to release: every update finishes or is cancelled by the application."""

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Wait for the chat's earlier updates, then for a free slot, then process."""
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.running)
        key = chat_key(update)
        if key is None:
            async with self._slots:
                await coroutine
            return
        # Nothing above awaits, so updates reach the chat's lock in the order they arrived.
        entry = self._chats.get(key)
        if entry is None:
            entry = self._chats[key] = [asyncio.Lock(), 0]
        entry[1] += 1
        try:
            async with entry[0], self._slots:
                await coroutine
        finally:
            entry[1] -= 1
            if entry[1] == 0:
                del self._chats[key]
