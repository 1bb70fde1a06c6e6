"""What intake works with: an article as read from a file or page, and one arrival of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from storage import NewSource


@dataclass(frozen=True)
class LoadedArticle:
    """One article read from a file, a batch line or a web page, with the metadata it carried."""

    name: str
    text: str | None
    published: date | None = None
    outlet: str | None = None
    url: str | None = None
    error: str | None = None
    # Where in the file it was read: "batch.jsonl:3", "desk.zip/a.txt" (for refusals).
    where: str | None = None


@dataclass(frozen=True)
class Refusal:
    """A part of a file (a line, a member, a page) that could not be read, and why."""

    where: str
    reason: str


@dataclass(frozen=True)
class Blank:
    """A blank line of a JSON Lines file: nothing to read, counted so every line is told."""

    where: str


# What reading a file gives, one part at a time.
Part = LoadedArticle | Refusal | Blank


@dataclass(frozen=True)
class Arrival:
    """One article as it arrives, before it is read: its text and every clue to its date.

    Every way in (a forward, a paste, a caption, a link, a file, a batch line, a path given to
    the command line, the console) builds one of these and hands it to `intake.ingest`.
    """

    text: str | None
    source: NewSource
    # The forwarded post's own date (when the channel published it).
    post_date: datetime | None = None
    # A date the page, the file header or the batch line declares.
    metadata_date: date | None = None
    # When the message carrying it was sent to the bot.
    sent_at: datetime | None = None
    # The page the text was fetched from, shown in the receipt.
    fetched_from: str | None = None
    # A label for summaries: a file name, "batch.jsonl:3".
    name: str | None = None
    # The chat messages that carried it, (chat id, message id, text) each (several for a long
    # paste Telegram split): remembered so that editing one updates the article.
    messages: tuple[tuple[int, int, str], ...] = ()
