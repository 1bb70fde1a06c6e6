"""Articles on disk for `newsroom-bot ingest`: read exactly as a file sent to the bot is read,
but streamed, so a JSON Lines file of any size is stored line by line as it is read."""

from collections.abc import Iterator
from pathlib import Path

from intake.documents import SUFFIXES, DecodedDocument, file_parts


def files_under(path: Path) -> Iterator[Path]:
    """The file itself, or every readable file of a directory and its subfolders (sorted)."""
    if path.is_dir():
        for child in sorted(path.iterdir()):
            if child.is_dir() or child.suffix.lower() in SUFFIXES:
                yield from files_under(child)
        return
    yield path


def load_path(path: Path) -> Iterator[DecodedDocument]:
    """Decode one file, or every readable file of a directory (sorted), as the bot would."""
    for file in files_under(path):
        doc = DecodedDocument(file.name)
        for part in file_parts(file):
            doc.add(part)
        yield doc
