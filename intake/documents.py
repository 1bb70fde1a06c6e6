"""Turn a file into articles, or into a reason it cannot be read: the bot and the CLI both.

This is the only reader of .txt/.md headers, .html pages, .jsonl batches, .pdf and .zip files.
"""

from __future__ import annotations

import dataclasses
import io
import itertools
import json
import posixpath
import re
import stat
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from extraction import html_to_text
from intake.article import Blank, LoadedArticle, Part, Reason, Refusal
from intake.fetch import decode_bytes, legacy_decode, page_article

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ZIP_MEMBERS = 500
MAX_ZIP_UNPACKED = 50 * 1024 * 1024
MAX_PDF_PAGES = 300

TOO_BIG = Reason("file_too_big")
EMPTY = Reason("file_empty")
NO_TEXT = Reason("file_no_text")
BINARY = Reason("file_binary")

_TEXT = {".txt", ".md", ".text", ".markdown"}
_HTML = {".html", ".htm", ".xhtml"}
_JSONL = {".jsonl", ".ndjson"}
# One JSON document: an article object with the fields of a .jsonl line, or a list of them.
_JSON = {".json"}
# What `newsroom-bot ingest DIRECTORY` picks up.
SUFFIXES = frozenset({*_TEXT, *_HTML, *_JSONL, ".pdf", ".zip"})
_HEADER = re.compile(r"^(Outlet|Published|URL):\s*(.*?)\s*$", re.IGNORECASE)
_IMAGES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".heic", ".bmp", ".tif", ".tiff", ".svg"}
_OFFICE = {".doc", ".docx", ".odt", ".rtf", ".pages", ".xls", ".xlsx", ".ppt", ".pptx"}
_MIME_KINDS = {
    "text/plain": "text",
    "text/markdown": "text",
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/pdf": "pdf",
    "application/zip": "zip",
    "application/x-zip-compressed": "zip",
    "application/jsonl": "jsonl",
    "application/x-ndjson": "jsonl",
}
_MAGIC = (
    (b"%PDF-", "pdf"),
    (b"PK\x03\x04", "zip"),
    (b"\x89PNG", "image"),
    (b"\xff\xd8\xff", "image"),
    (b"GIF8", "image"),
    (b"MZ", "program"),
    (b"\x7fELF", "program"),
)
# Archive litter that is never an article; skipped without a word.
_JUNK = ("__MACOSX/", ".DS_Store", "Thumbs.db", "desktop.ini")


@dataclass
class DecodedDocument:
    """What a file yielded: articles to ingest and the (name, reason) of each part refused."""

    name: str
    articles: list[LoadedArticle] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)

    def refuse(self, name: str, reason: str) -> None:
        """Record one part of the file that could not be read."""
        self.refused.append((name, reason))

    def add(self, part: Part) -> None:
        """Keep one part read from the file: an article, or a refusal (blank lines are not)."""
        if isinstance(part, LoadedArticle):
            self.articles.append(part)
        elif isinstance(part, Refusal):
            self.refuse(part.where, part.reason)

    def summary(self) -> str:
        """One line for the user: how many articles were read and what was skipped, and why."""
        n = len(self.articles)
        if not self.refused:
            if n == 0:
                return f"No articles found in {self.name}."
            return f"Read {n} article{'' if n == 1 else 's'} from {self.name}."
        if n == 0 and len(self.refused) == 1 and self.refused[0][0] == self.name:
            return f"Could not read {self.name}: {self.refused[0][1]}."
        shown = "; ".join(f"{name}: {reason}" for name, reason in self.refused[:3])
        more = len(self.refused) - 3
        if more > 0:
            shown += f"; and {more} more"
        head = f"Read {n} article{'' if n == 1 else 's'} from" if n else "No articles in"
        return f"{head} {self.name}, skipped {len(self.refused)} ({shown})."


def decode_document(file_name: str, mime_type: str | None, data: bytes) -> DecodedDocument:
    """Read the articles in a file sent to the bot (.txt, .md, .html, .jsonl, .pdf, .zip)."""
    name = file_name or "document"
    doc = DecodedDocument(name)
    if len(data) > MAX_FILE_BYTES:
        doc.refuse(name, TOO_BIG)
        return doc
    try:
        for part in _parts(name, mime_type, data, _ZipBudget(), depth=0):
            doc.add(part)
    except _ArchiveRefused as refusal:
        # A zip bomb or an oversized archive is refused whole, not read in part.
        return DecodedDocument(name, refused=[(name, refusal.reason)])
    return doc


def document_parts(
    file_name: str, mime_type: str | None, data: bytes, *, max_bytes: int | None = MAX_FILE_BYTES
) -> Iterator[Part]:
    """The parts of a file one at a time (articles, refusals, blank lines), as read.

    Decoding happens as the parts are taken, so a caller stores each article before the next
    is read. An archive found to unpack too large part-way ends with its refusal.
    """
    name = file_name or "document"
    if max_bytes is not None and len(data) > max_bytes:
        yield Refusal(name, TOO_BIG)
        return
    try:
        yield from _parts(name, mime_type, data, _ZipBudget(), depth=0)
    except _ArchiveRefused as refusal:
        yield Refusal(name, Reason("zip_rest", reason=refusal.reason))


def file_parts(path: Path) -> Iterator[Part]:
    """The parts of a file on disk, streamed: a JSON Lines file of any size is read line by
    line and an archive member by member, never whole (the command line's way in)."""
    name = path.name
    try:
        kind = _kind_of_path(path)
        if kind == "jsonl":
            with path.open("rb") as stream:
                first = stream.readline()
                if first.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16: not line by line
                    data = first + stream.read()
                    yield from document_parts(name, None, data, max_bytes=None)
                    return
                yield from jsonl_parts(name, itertools.chain([first] if first else [], stream))
            return
        if kind == "zip":
            try:
                yield from _zip_parts(name, path, _ZipBudget(), depth=0)
            except _ArchiveRefused as refusal:
                yield Refusal(name, Reason("zip_rest", reason=refusal.reason))
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Refusal(name, exc.strerror or str(exc))
        return
    yield from document_parts(name, None, data)


def _kind_of_path(path: Path) -> str:
    # The extension decides when it can, so a pipe is not read before its turn.
    by_name = _kind(path.name, None, b"")
    if by_name not in ("text", "unknown"):
        return by_name
    with path.open("rb") as stream:
        return _kind(path.name, None, stream.read(16))


def count_parts(path: Path) -> int | None:
    """How many parts a file on disk holds (lines, members), cheaply; None if unknown."""
    if not path.is_file():
        return None  # a pipe or a device: read once, as it comes
    try:
        kind = _kind_of_path(path)
        if kind == "jsonl":
            lines, last = 0, b""
            with path.open("rb") as stream:
                while chunk := stream.read(1 << 20):
                    lines += chunk.count(b"\n")
                    last = chunk[-1:]
            return lines + (1 if last not in (b"", b"\n") else 0)
        if kind == "zip":
            with zipfile.ZipFile(path) as archive:
                return sum(1 for i in archive.infolist() if not i.is_dir())
    except (OSError, zipfile.BadZipFile, ValueError):
        return None
    return 1


@dataclass
class _ZipBudget:
    """Limits shared by an archive and the archives inside it."""

    members: int = 0
    unpacked: int = 0


def _extension(name: str) -> str:
    base = posixpath.basename(name.replace("\\", "/")).lower()
    return base[base.rfind(".") :] if "." in base else ""


def _kind(name: str, mime_type: str | None, data: bytes) -> str:
    ext = _extension(name)
    if ext in _TEXT:
        return "text"
    if ext in _HTML:
        return "html"
    if ext in _JSONL:
        return "jsonl"
    if ext in _JSON:
        return "json"
    if ext == ".pdf":
        return "pdf"
    if ext == ".zip":
        return "zip"
    if ext in _IMAGES:
        return "image"
    if ext in _OFFICE:
        return "office"
    sniffed = next((kind for magic, kind in _MAGIC if data.startswith(magic)), None)
    if sniffed:
        return sniffed
    mime = (mime_type or "").split(";", 1)[0].strip().lower()
    if mime in _MIME_KINDS:
        return _MIME_KINDS[mime]
    if mime.startswith("image/"):
        return "image"
    # No extension we know and no telling signature: read it as text if it decodes as text.
    return "text" if not ext else "unknown"


def _unsupported(name: str, kind: str) -> Reason:
    if kind in ("image", "office", "program"):
        return Reason(f"file_{kind}")
    ext = _extension(name)
    return Reason("file_type", ext=ext) if ext else Reason("file_kind")


def _parts(
    name: str, mime_type: str | None, data: bytes, budget: _ZipBudget, depth: int
) -> Iterator[Part]:
    if not data.strip():
        yield Refusal(name, EMPTY)
        return
    kind = _kind(name, mime_type, data)
    if kind == "zip":
        yield from _zip_parts(name, io.BytesIO(data), budget, depth)
    elif kind == "pdf":
        yield from _pdf_parts(name, data)
    elif kind in ("text", "html", "jsonl", "json"):
        text = decode_text(data)
        if text is None:
            yield Refusal(name, BINARY)
        elif kind == "jsonl":
            yield from jsonl_parts(name, _lines(text))
        elif kind == "json":
            yield from json_parts(name, text)
        else:
            article = _html_article(name, text) if kind == "html" else parse_text_file(name, text)
            if article.text and article.text.strip():
                yield dataclasses.replace(article, where=name)
            else:
                yield Refusal(name, NO_TEXT)
    else:
        yield Refusal(name, _unsupported(name, kind))


# --- text ---------------------------------------------------------------------------------------


def _looks_binary(text: str) -> bool:
    sample = text[:20_000]
    if not sample:
        return False
    odd = sum(
        1
        for c in sample
        if c == "\ufffd" or (unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v")
    )
    return odd / len(sample) > 0.02


def decode_text(data: bytes) -> str | None:
    """Decode a text file (UTF-8, UTF-16 with BOM, Windows-1251...), or None if it is binary."""
    has_bom = data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"))
    if not has_bom and b"\x00" in data[:8192]:
        return None
    if has_bom:
        text = decode_bytes(data)
    else:
        # No charset is declared in a plain file, so do not let a stray <meta> decide.
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = legacy_decode(data)
    text = text.lstrip("\ufeff")
    return None if _looks_binary(text) else text


def _html_article(name: str, html: str) -> LoadedArticle:
    article = page_article(html)
    if article is not None:
        return article.to_loaded(name)
    text = html_to_text(html)
    if not text.strip():
        # html_to_text gives nothing when a <head> is never closed; lxml's parser recovers.
        from trafilatura import html2txt

        text = html2txt(html) or ""
    return LoadedArticle(name, text)


def iso_day(value: object) -> date | None:
    """A YYYY-MM-DD date (a longer ISO timestamp is cut to its day); None for anything else."""
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


# Markdown's inline marks, which hide a figure from the reader ("launched **66** drones"): a
# link or image keeps its words, code and emphasis keep what they wrap. Headings ("# ") stay,
# as the headline finder reads them. An underscore or asterisk inside a word is no mark.
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_MD_STRONG = re.compile(r"(?<![\w*_])(\*\*|__)(?=\S)(.+?)(?<=\S)\1(?![\w*_])")
_MD_EMPHASIS = re.compile(r"(?<![\w*_])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*_])")
_MD_CODE = re.compile(r"`([^`\n]+)`")
_MARKDOWN = frozenset({".md", ".markdown"})


def markdown_text(text: str) -> str:
    """A Markdown file's words without its inline marks: links, emphasis, code."""
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_CODE.sub(r"\1", text)
    text = _MD_STRONG.sub(r"\2", text)
    return _MD_EMPHASIS.sub(r"\2", text)


def parse_text_file(name: str, raw: str) -> LoadedArticle:
    """A text article; leading 'Outlet:', 'Published:', 'URL:' lines become metadata. A Markdown
    file's inline marks are dropped."""
    if _extension(name) in _MARKDOWN:
        raw = markdown_text(raw)
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
        iso_day(meta.get("published")),
        meta.get("outlet") or None,
        meta.get("url") or None,
        declared=meta.get("published") or None,
    )


def _lines(text: str) -> Iterator[str]:
    """The lines of a text, split at line feeds only (a JSON string may hold U+2028)."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        yield text[start:end].rstrip("\r")
        start = end + 1


def jsonl_rows(text: str) -> Iterator[tuple[int, dict | None, str | None]]:
    """Each non-blank line of JSON Lines as (line number, object, None) or (n, None, reason)."""
    for n, line in enumerate(_lines(text), 1):
        if not line.strip():
            continue
        row, problem = _json_object(line)
        yield n, row, problem


def _json_object(line: str) -> tuple[dict | None, str | None]:
    try:
        row = json.loads(line)
    except (json.JSONDecodeError, RecursionError):
        return None, Reason("line_not_json")
    if not isinstance(row, dict):
        return None, Reason("line_not_object")
    return row, None


def _valid_text(value: str) -> bool:
    # A lone surrogate ("\ud800" in JSON) is no character: it cannot be stored or shown.
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


INVALID_CHARACTER = Reason("line_invalid_character")


def jsonl_parts(name: str, lines: Iterable[str | bytes]) -> Iterator[Part]:
    """One part per line of a JSON Lines file, numbered from 1: an article, a refusal with
    its reason, or a blank line. Lines may be bytes (a file read as a stream): UTF-8."""
    for n, line in enumerate(lines, 1):
        where = f"{name}:{n}"
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError:
                yield Refusal(where, Reason("line_not_utf8"))
                continue
        if not line.strip():
            yield Blank(where)
            continue
        row, problem = _json_object(line)
        if row is None:
            yield Refusal(where, problem or Reason("line_not_json"))
            continue
        yield _row_part(where, row)


def json_parts(name: str, text: str) -> Iterator[Part]:
    """The articles of a .json file: one object with the fields of a .jsonl line, or a list
    of them (each numbered from 1, as lines are)."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        yield Refusal(name, Reason("file_not_json"))
        return
    if isinstance(data, dict):
        yield _row_part(name, data)
        return
    if not isinstance(data, list):
        yield Refusal(name, Reason("file_json_shape"))
        return
    for n, row in enumerate(data, 1):
        where = f"{name}:{n}"
        yield (
            _row_part(where, row)
            if isinstance(row, dict)
            else Refusal(where, Reason("line_not_object"))
        )


def _row_part(where: str, row: dict) -> Part:
    """One article object (a .jsonl line, a .json file or one of its items): an article, or
    a refusal with its reason."""
    body = str(row.get("text") or "").strip()
    if not body:
        return Refusal(where, Reason("line_empty_text" if "text" in row else "line_no_text"))
    title = str(row.get("title") or "").strip()
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}"
    fields = (body, *(str(row.get(k) or "") for k in ("outlet", "url", "id", "published")))
    if not all(_valid_text(value) for value in fields):
        return Refusal(where, INVALID_CHARACTER)
    return LoadedArticle(
        str(row.get("id") or where),
        body,
        iso_day(row.get("published")),
        str(row["outlet"]) if row.get("outlet") else None,
        str(row["url"]) if row.get("url") else None,
        where=where,
        declared=str(row["published"]).strip() or None if row.get("published") else None,
    )


# --- PDF ----------------------------------------------------------------------------------------


def _pdf_parts(name: str, data: bytes) -> Iterator[Part]:
    import pypdf  # a dependency; imported here because only PDF files need it

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            yield Refusal(name, Reason("pdf_locked"))
            return
        pages = list(reader.pages)
    except Exception:  # pypdf raises many exception types on damaged files
        yield Refusal(name, Reason("pdf_damaged"))
        return
    texts = []
    for number, page in enumerate(pages[:MAX_PDF_PAGES], 1):
        try:
            texts.append((page.extract_text() or "").strip())
        except Exception:  # one damaged page: the others are still read
            yield Refusal(f"{name} page {number}", Reason("pdf_page"))
    if len(pages) > MAX_PDF_PAGES:
        yield Refusal(
            f"{name} pages {MAX_PDF_PAGES + 1}-{len(pages)}",
            Reason("pdf_pages", pages=MAX_PDF_PAGES),
        )
    text = "\n\n".join(t for t in texts if t)
    if not text:
        yield Refusal(name, Reason("pdf_no_text"))
        return
    yield LoadedArticle(name, text, where=name)


# --- ZIP ----------------------------------------------------------------------------------------


def _unsafe_path(member: str) -> bool:
    if "\\" in member or "\x00" in member or member.startswith("/"):
        return True
    if len(member) > 1 and member[1] == ":":  # a Windows drive letter
        return True
    return ".." in member.split("/")


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


class _ArchiveRefused(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


UNPACKS_TOO_BIG = Reason("zip_too_big")


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: _ZipBudget) -> bytes:
    # Count what actually comes out, not what the header claims: headers can lie.
    parts: list[bytes] = []
    with archive.open(info) as stream:
        while chunk := stream.read(1 << 20):
            budget.unpacked += len(chunk)
            if budget.unpacked > MAX_ZIP_UNPACKED:
                raise _ArchiveRefused(UNPACKS_TOO_BIG)
            parts.append(chunk)
    return b"".join(parts)


def _zip_parts(name: str, source, budget: _ZipBudget, depth: int) -> Iterator[Part]:
    """An archive's members one at a time; `source` is a path or a binary stream."""
    if depth > 1:
        yield Refusal(name, Reason("zip_nested"))
        return
    try:
        archive = zipfile.ZipFile(source)
        infos = [i for i in archive.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError):
        yield Refusal(name, Reason("zip_damaged"))
        return
    budget.members += len(infos)
    if budget.members > MAX_ZIP_MEMBERS:
        raise _ArchiveRefused(Reason("zip_members", files=MAX_ZIP_MEMBERS))
    if sum(i.file_size for i in infos) + budget.unpacked > MAX_ZIP_UNPACKED:
        raise _ArchiveRefused(UNPACKS_TOO_BIG)
    with archive:
        for info in infos:
            member = info.filename
            where = f"{name}/{member}"
            if member.startswith(_JUNK[0]) or posixpath.basename(member) in _JUNK[1:]:
                continue
            if posixpath.basename(member).startswith("._"):
                continue
            if _unsafe_path(member) or _is_symlink(info):
                yield Refusal(where, Reason("zip_unsafe_path"))
                continue
            if info.flag_bits & 0x1:
                yield Refusal(where, Reason("zip_locked"))
                continue
            try:
                content = _read_member(archive, info, budget)
            except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
                yield Refusal(where, Reason("zip_unpack"))
                continue
            yield from _parts(where, None, content, budget, depth + 1)
