"""Turn a file into articles, or into a reason it cannot be read: the bot and the CLI both.

This is the only reader of .txt/.md headers, .html pages, .jsonl batches, .pdf and .zip files.
"""

from __future__ import annotations

import io
import json
import posixpath
import re
import stat
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from extraction import html_to_text
from intake.article import LoadedArticle
from intake.fetch import decode_bytes, legacy_decode, page_article

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ZIP_MEMBERS = 500
MAX_ZIP_UNPACKED = 50 * 1024 * 1024
MAX_PDF_PAGES = 300

TOO_BIG = "the file is over 20 MB: Telegram lets bots download files up to 20 MB"
EMPTY = "the file is empty"
NO_TEXT = "the file has no text in it"
BINARY = "the file is not text (it looks like binary data)"

_TEXT = {".txt", ".md", ".text", ".markdown"}
_HTML = {".html", ".htm", ".xhtml"}
_JSONL = {".jsonl", ".ndjson"}
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
        _decode_into(doc, name, mime_type, data, _ZipBudget(), depth=0)
    except _ArchiveRefused as refusal:
        # A zip bomb or an oversized archive is refused whole, not read in part.
        return DecodedDocument(name, refused=[(name, refusal.reason)])
    return doc


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


def _unsupported(name: str, kind: str) -> str:
    if kind == "image":
        return "it is an image; send the article's text, a link or a PDF instead"
    if kind == "office":
        return "office documents are not supported yet: save it as .txt or .html"
    if kind == "program":
        return "it is a program, not an article"
    ext = _extension(name)
    return f"files of type {ext} are not supported" if ext else "this kind of file is not supported"


def _decode_into(
    doc: DecodedDocument,
    name: str,
    mime_type: str | None,
    data: bytes,
    budget: _ZipBudget,
    depth: int,
) -> None:
    if not data.strip():
        doc.refuse(name, EMPTY)
        return
    kind = _kind(name, mime_type, data)
    if kind == "zip":
        _read_zip(doc, name, data, budget, depth)
    elif kind == "pdf":
        _read_pdf(doc, name, data)
    elif kind in ("text", "html", "jsonl"):
        text = decode_text(data)
        if text is None:
            doc.refuse(name, BINARY)
        elif kind == "jsonl":
            _read_jsonl(doc, name, text)
        else:
            article = _html_article(name, text) if kind == "html" else parse_text_file(name, text)
            if article.text and article.text.strip():
                doc.articles.append(article)
            else:
                doc.refuse(name, NO_TEXT)
    else:
        doc.refuse(name, _unsupported(name, kind))


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
        iso_day(meta.get("published")),
        meta.get("outlet") or None,
        meta.get("url") or None,
    )


def jsonl_rows(text: str) -> Iterator[tuple[int, dict | None, str | None]]:
    """Each non-blank line of JSON Lines as (line number, object, None) or (n, None, reason)."""
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except (json.JSONDecodeError, RecursionError):
            yield n, None, "not valid JSON"
            continue
        if not isinstance(row, dict):
            yield n, None, "not a JSON object"
            continue
        yield n, row, None


def _read_jsonl(doc: DecodedDocument, name: str, text: str) -> None:
    for n, row, problem in jsonl_rows(text):
        where = f"{name}:{n}"
        if row is None:
            doc.refuse(where, problem or "unreadable")
            continue
        body = str(row.get("text") or "").strip()
        if not body:
            doc.refuse(where, 'no "text" field')
            continue
        title = str(row.get("title") or "").strip()
        if title and not body.startswith(title):
            body = f"{title}\n\n{body}"
        doc.articles.append(
            LoadedArticle(
                str(row.get("id") or where),
                body,
                iso_day(row.get("published")),
                str(row["outlet"]) if row.get("outlet") else None,
                str(row["url"]) if row.get("url") else None,
            )
        )


# --- PDF ----------------------------------------------------------------------------------------


def _read_pdf(doc: DecodedDocument, name: str, data: bytes) -> None:
    import pypdf  # a dependency; imported here because only PDF files need it

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            doc.refuse(name, "the PDF is password-protected")
            return
        pages = [page.extract_text() or "" for page in list(reader.pages)[:MAX_PDF_PAGES]]
    except Exception:  # pypdf raises many exception types on damaged files
        doc.refuse(name, "the PDF could not be read (is it damaged?)")
        return
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text:
        doc.refuse(name, "the PDF has no text layer (is it a scan?)")
        return
    doc.articles.append(LoadedArticle(name, text))


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


UNPACKS_TOO_BIG = "the archive unpacks to more than 50 MB"


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


def _read_zip(doc: DecodedDocument, name: str, data: bytes, budget: _ZipBudget, depth: int) -> None:
    if depth > 1:
        doc.refuse(name, "archives inside archives are opened one level deep only")
        return
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = [i for i in archive.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError):
        doc.refuse(name, "the archive is damaged or not a ZIP file")
        return
    budget.members += len(infos)
    if budget.members > MAX_ZIP_MEMBERS:
        raise _ArchiveRefused(f"the archive has more than {MAX_ZIP_MEMBERS} files")
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
                doc.refuse(where, "unsafe path inside the archive")
                continue
            if info.flag_bits & 0x1:
                doc.refuse(where, "the file is password-protected")
                continue
            try:
                content = _read_member(archive, info, budget)
            except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
                doc.refuse(where, "could not be unpacked")
                continue
            _decode_into(doc, where, None, content, budget, depth + 1)
