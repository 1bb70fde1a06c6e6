"""Files of many articles, read in the background with their progress shown in the chat.

Decoding (PDF, ZIP, HTML through trafilatura) and extraction are CPU work: they run in a worker
thread with its own connection to the store, never on the event loop, so the bot answers every
chat (this one included) while a 1,000-line file is read. The chat sees one status message
edited as the file is read ("412 of 1,000 read") and, at the end, the file's summary as a reply.
One file is read at a time; a second one waits its turn and says so.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

from telegram import Message
from telegram.error import TelegramError
from telegram.ext import Application

import intake
from briefings.catalogue import t
from briefings.receipt import render_progress
from handlers.context import NewsroomContext
from handlers.receipts import send_receipt
from handlers.reply import reply_html
from intake.ingest import parts_in
from storage import NewSource, Store

log = logging.getLogger(__name__)

# Seconds between edits of a file's status message (Telegram allows about one a second).
PROGRESS_EVERY = 3.0
# A file with fewer parts than this gets no status message, only its receipt.
STATUS_FROM_PARTS = 2
_JOBS = "file_jobs"
_SLOT = "file_slot"


@dataclass
class _Status:
    """The chat's status message for one file, and the newest count to show in it."""

    message: Message | None
    lang: str
    batch: intake.BatchReceipt | None = None
    shown: str | None = None
    done: bool = False
    changed: asyncio.Event = field(default_factory=asyncio.Event)

    def update(self, batch: intake.BatchReceipt) -> None:
        """Called on the event loop with the worker's latest count."""
        self.batch = batch
        self.changed.set()

    async def run(self) -> None:
        """Edit the status message now and then while the file is read."""
        while True:
            await self.changed.wait()
            self.changed.clear()
            await self.show()
            await asyncio.sleep(PROGRESS_EVERY)

    async def show(self) -> None:
        """Put the latest count in the status message (once per change)."""
        if self.message is None or self.batch is None:
            return
        text = render_progress(self.batch, lang=self.lang, done=self.done)
        if text == self.shown:
            return
        self.shown = text
        try:
            await self.message.edit_text(text)
        except TelegramError as error:  # progress is a courtesy: never fail the file for it
            log.info("could not update a file's progress: %s", error)


def pending(application: Application) -> set[asyncio.Task]:
    """The file jobs still running (tests and shutdown wait for them)."""
    return application.bot_data.setdefault(_JOBS, set())


async def all_done(application: Application) -> None:
    """Wait until every file sent so far has been read and answered."""
    while pending(application):
        await asyncio.gather(*list(pending(application)), return_exceptions=True)


def start(
    application: Application,
    message: Message,
    lang: str,
    name: str,
    mime_type: str | None,
    data: bytes,
    source: NewSource,
) -> None:
    """Read a downloaded file in the background; the handler returns at once."""
    task = application.create_task(
        _read(application, message, lang, name, mime_type, data, source),
        name=f"file-{message.chat_id}-{message.message_id}",
    )
    jobs = pending(application)
    jobs.add(task)
    task.add_done_callback(jobs.discard)


async def _read(
    application: Application,
    message: Message,
    lang: str,
    name: str,
    mime_type: str | None,
    data: bytes,
    source: NewSource,
) -> None:
    total = parts_in(name, data)
    status = _Status(None, lang)
    slot: asyncio.Semaphore = application.bot_data.setdefault(_SLOT, asyncio.Semaphore(1))
    if slot.locked() or (total or 0) >= STATUS_FROM_PARTS:
        key = "batch.queued" if slot.locked() else "batch.progress"
        status.message = (await reply_html(message, t(lang, key, name=name, count=0)))[0]
    async with slot:
        loop = asyncio.get_running_loop()
        ticker = asyncio.create_task(status.run())
        try:
            receipt = await _in_worker(
                application.bot_data["store"],
                name,
                mime_type,
                data,
                source,
                sent_at=message.date,
                progress=lambda batch: loop.call_soon_threadsafe(status.update, batch),
                should_stop=lambda: not application.running,
            )
        except Exception:
            # Whatever was committed stays; the editor hears that the file was not finished
            # (the error handler records the failure for the admin chat).
            await reply_html(message, t(lang, "batch.failed", name=name), quote=True)
            raise
        finally:
            ticker.cancel()
        if status.message is not None:
            status.done = True
            status.update(receipt)
            await status.show()
    # One article's receipt carries the review buttons, as for any article sent in.
    context = NewsroomContext(application, chat_id=message.chat_id, user_id=message.chat_id)
    await send_receipt(message, context, receipt, lang=lang)


async def _in_worker(
    store: Store,
    name: str,
    mime_type: str | None,
    data: bytes,
    source: NewSource,
    **options,
) -> intake.BatchReceipt:
    """intake.ingest_file in a worker thread on its own connection to the same store file."""

    open_again = store.opener()
    if open_again is None:
        # An in-memory store has no second connection: read on the loop (experiments only).
        return intake.ingest_file(store, name, mime_type, data, source, **options)

    def work() -> intake.BatchReceipt:
        worker = open_again()
        try:
            return intake.ingest_file(worker, name, mime_type, data, source, **options)
        finally:
            worker.db.close()

    return await asyncio.to_thread(work)
