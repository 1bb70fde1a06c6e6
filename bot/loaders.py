"""Read articles from disk: .txt (with optional header lines), .html and .jsonl."""

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from extraction import html_to_text

_HEADER = re.compile(r"^(Outlet|Published|URL):\s*(.*?)\s*$", re.IGNORECASE)
SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")


@dataclass(frozen=True)
class LoadedArticle:
    """One article read from disk, with whatever metadata came with it."""

    name: str
    text: str | None
    published: date | None = None
    outlet: str | None = None
    url: str | None = None
    error: str | None = None


def _date(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def parse_text_file(name: str, raw: str) -> LoadedArticle:
    """A text article; leading 'Outlet:', 'Published:', 'URL:' lines become metadata."""
    meta: dict[str, str] = {}
    lines = raw.splitlines()
    i = 0
    while i < len(lines) and (m := _HEADER.match(lines[i])):
        meta[m.group(1).lower()] = m.group(2)
        i += 1
    if meta and i < len(lines) and not lines[i].strip():
        i += 1
    body = "\n".join(lines[i:]) if meta else raw
    return LoadedArticle(
        name,
        body,
        _date(meta.get("published")),
        meta.get("outlet") or None,
        meta.get("url") or None,
    )


def _read(path: Path) -> str:
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise ValueError("binary file, not text")
    return data.decode("utf-8-sig", errors="replace")


def load_path(path: Path) -> Iterator[LoadedArticle]:
    """Yield the articles in one file, or in every readable file of a directory."""
    if path.is_dir():
        for child in sorted(path.iterdir()):
            if child.suffix.lower() in SUFFIXES:
                yield from load_path(child)
        return
    suffix = path.suffix.lower()
    try:
        raw = _read(path)
    except (OSError, ValueError) as exc:
        yield LoadedArticle(path.name, None, error=str(exc))
        return
    if suffix == ".jsonl":
        for n, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                yield LoadedArticle(
                    f"{path.name}:{n}",
                    str(row.get("text") or ""),
                    _date(row.get("published")),
                    row.get("outlet"),
                    row.get("url"),
                )
            except (json.JSONDecodeError, AttributeError) as exc:
                yield LoadedArticle(f"{path.name}:{n}", None, error=f"unreadable line: {exc}")
    elif suffix in (".html", ".htm"):
        yield LoadedArticle(path.name, html_to_text(raw))
    else:
        yield parse_text_file(path.name, raw)


def sample_dir() -> Path:
    """The sample articles shipped with the package, used by the demo."""
    return Path(__file__).parent / "samples"
