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
    # The date the file header or batch line declares, as written ("24.02.2025"): read when
    # it is no ISO day, and quoted when it is no date at all.
    declared: str | None = None


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
    # That date as the file header or batch line writes it, when it wrote one.
    declared: str | None = None
    # When the message carrying it was sent to the bot.
    sent_at: datetime | None = None
    # The page the text was fetched from, shown in the receipt.
    fetched_from: str | None = None
    # A label for summaries: a file name, "batch.jsonl:3".
    name: str | None = None
    # The chat messages that carried it, (chat id, message id, text) each (several for a long
    # paste Telegram split): remembered so that editing one updates the article.
    messages: tuple[tuple[int, int, str], ...] = ()


# Why a part of a file or a link could not be read, by code: the English sentence kept for
# logs, the command line and tests (a {"one", "many"} pair where it depends on count=). The
# chat reads the catalogue's "reason.<code>" in its language (a test keeps both English the
# same).
REASONS: dict[str, str | dict[str, str]] = {
    # files
    "file_too_big": "the file is over 20 MB: Telegram lets bots download files up to 20 MB",
    "file_empty": "the file is empty",
    "file_no_text": "the file has no text in it",
    "file_binary": "the file is not text (it looks like binary data)",
    "file_image": "it is an image; send the article's text, a link or a PDF instead",
    "file_office": "office documents are not supported yet: save it as .txt or .html",
    "file_program": "it is a program, not an article",
    "file_type": "files of type {ext} are not supported",
    "file_kind": "this kind of file is not supported",
    "line_not_utf8": "not UTF-8 text",
    "line_not_json": "not valid JSON",
    "line_not_object": "not a JSON object",
    "file_not_json": "the file is not valid JSON",
    "file_json_shape": (
        'the JSON holds no article: send an object with a "text" field, or a list of them'
    ),
    "line_no_text": 'no "text" field',
    "line_empty_text": 'the "text" field is empty',
    "line_invalid_character": (
        "it holds an invalid character (a lone surrogate), so it cannot be stored"
    ),
    "pdf_locked": "the PDF is password-protected",
    "pdf_damaged": "the PDF could not be read (is it damaged?)",
    "pdf_page": "the page could not be read",
    "pdf_pages": "only the first {pages} pages of a PDF are read",
    "pdf_no_text": "the PDF has no text layer (is it a scan?)",
    "zip_nested": "archives inside archives are opened one level deep only",
    "zip_damaged": "the archive is damaged or not a ZIP file",
    "zip_members": "the archive has more than {files} files",
    "zip_too_big": "the archive unpacks to more than 50 MB",
    "zip_unsafe_path": "unsafe path inside the archive",
    "zip_locked": "the file is password-protected",
    "zip_unpack": "could not be unpacked",
    "zip_rest": "{reason}; the rest of it was not read",
    # a part of a file (or a whole file) whose text cannot be one article
    "text_too_long": (
        "it is too long to be one article ({chars:,} characters; the limit is {limit:,})"
    ),
    "text_none": "it has no text to read",
    "noise_empty": "it is empty",
    "noise_binary": "it looks like binary data, not text",
    "noise_too_short": "it is too short to read as a report",
    "noise_unreadable": "it has no readable sentences",
    "read_failed": "it could not be read (an internal error, logged for the maintainers)",
    "save_failed": "it could not be stored (an internal error, logged for the maintainers)",
    # links
    "link_private": "the address is on a private network",
    "link_redirects": "too many redirects",
    "link_not_web": "only web links (http or https) can be fetched",
    "link_bad_address": "that is not a valid web address",
    "link_unknown_host": "the site's name could not be found",
    "link_unreachable": "the site could not be reached",
    "link_certificate": "the site's security certificate is not valid",
    "link_timeout": {
        "one": "the site did not answer within {count} second",
        "many": "the site did not answer within {count} seconds",
    },
    "link_http_error": "the site answered with an error ({status})",
    "link_broke_off": "the site broke off while sending the page",
    "link_too_big": "the page is larger than {mb} MB",
    "link_pdf": "it is a PDF, not a web page: download it and send me the file",
    "link_image": "it is an image, not a web page",
    "link_media": "it is a media file, not a web page",
    "link_file_type": "it is a file of type {mime}, not a web page",
}


class Reason(str):
    """A refusal's reason: its English sentence (a str, as logs and tests read it), with the
    code and values the catalogue words it by in the chat's language."""

    code: str
    values: dict[str, object]

    def __new__(cls, code: str, **values: object) -> Reason:
        template = REASONS[code]
        if isinstance(template, dict):  # a phrase that depends on a number: pass count=
            template = template["one" if values.get("count") == 1 else "many"]
        text = template.format(**values)
        self = super().__new__(cls, text)
        self.code = code
        self.values = values
        return self
