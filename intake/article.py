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
