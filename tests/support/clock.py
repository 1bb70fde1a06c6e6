"""Fake clocks: time that moves only when the code under test waits, so tests never sleep."""

import asyncio
from datetime import UTC, datetime, timedelta


class FakeMonotonic:
    """A monotonic clock (seconds) whose `sleep` moves time forward instead of waiting.

    Give `now` to whatever reads the time and `sleep` to whatever waits: the waiter yields to
    the event loop once, then time jumps to the end of its wait.
    """

    def __init__(self, start: float = 1_000.0):
        self.now = start

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        """Yield once, then advance the clock by `seconds` (a cancelled sleep does not)."""
        target = self.now + max(0.0, seconds)
        await asyncio.sleep(0)
        self.now = max(self.now, target)


class WallClock:
    """A datetime clock for the store (retries, digests) that a test moves by hand."""

    def __init__(self, now: datetime | None = None):
        self.now = now or datetime(2023, 12, 2, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        """Move the clock forward."""
        self.now += timedelta(seconds=seconds)
