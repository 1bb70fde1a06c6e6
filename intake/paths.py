"""Articles on disk for `newsroom-bot ingest`: read exactly as a file sent to the bot is read."""

from collections.abc import Iterator
from pathlib import Path

from intake.documents import SUFFIXES, DecodedDocument, decode_document


def load_path(path: Path) -> Iterator[DecodedDocument]:
    """Decode one file, or every readable file of a directory (sorted), as the bot would."""
    if path.is_dir():
        for child in sorted(path.iterdir()):
            if child.is_dir() or child.suffix.lower() in SUFFIXES:
                yield from load_path(child)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield DecodedDocument(path.name, refused=[(path.name, exc.strerror or str(exc))])
        return
    yield decode_document(path.name, None, data)
