"""Intake: every way an article arrives (forward, paste, caption, link, file, batch line, CLI
path, console) becomes one stored article through the same code, with a receipt as data."""

from intake.article import Arrival, LoadedArticle
from intake.dates import local_day
from intake.ingest import (
    DUPLICATE,
    NEAR_DUPLICATE,
    REFUSED,
    STORED,
    BatchReceipt,
    Receipt,
    ingest,
    ingest_edit,
    ingest_file,
    ingest_link,
    ingest_parts,
    prepare_text,
    refused,
)

__all__ = [
    "DUPLICATE",
    "NEAR_DUPLICATE",
    "REFUSED",
    "STORED",
    "Arrival",
    "BatchReceipt",
    "LoadedArticle",
    "Receipt",
    "ingest",
    "ingest_edit",
    "ingest_file",
    "ingest_link",
    "ingest_parts",
    "local_day",
    "prepare_text",
    "refused",
]
