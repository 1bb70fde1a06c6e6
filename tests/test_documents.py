"""Files sent to the bot: each kind decoded into articles, and every refusal with its reason."""

import io
import json
import sys
import types
import zipfile
from datetime import date
from pathlib import Path

import pytest

from intake.documents import MAX_FILE_BYTES, decode_document, decode_text

PAGES = Path(__file__).parent / "pages"

ARTICLE_EN = (
    "Outlet: Harbour Times\n"
    "Published: 2024-05-31\n"
    "URL: https://harbourtimes.example/swap\n"
    "\n"
    "Seventy-five prisoners return home in latest swap\n"
    "Ukraine and Russia each handed over 75 prisoners on Friday, officials on both sides said,\n"
    "in an exchange brokered by the United Arab Emirates.\n"
)
ARTICLE_UK = (
    "Уночі ворог атакував Україну 35 ударними безпілотниками, з яких сили протиповітряної "
    "оборони знешкодили 30, повідомили у Повітряних силах.\n"
)


def _zip(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


# --- text ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected_start"),
    [
        (ARTICLE_UK.encode("utf-8"), "Уночі"),
        (ARTICLE_UK.encode("utf-8-sig"), "Уночі"),
        (ARTICLE_UK.encode("utf-16"), "Уночі"),
        (ARTICLE_UK.encode("utf-16-be").join([b"\xfe\xff", b""]), "Уночі"),
        (ARTICLE_UK.encode("cp1251"), "Уночі"),
        ("Café in Kyiv reopened after the strike.".encode("cp1252"), "Café"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "cp1251", "cp1252"],
)
def test_text_file_encodings(data, expected_start):
    doc = decode_document("report.txt", "text/plain", data)
    assert doc.refused == []
    assert doc.articles[0].text.startswith(expected_start)
    assert "\ufffd" not in doc.articles[0].text


def test_text_file_header_lines_become_metadata():
    doc = decode_document("swap.txt", "text/plain", ARTICLE_EN.encode())
    (article,) = doc.articles
    assert article.name == "swap.txt"
    assert article.outlet == "Harbour Times"
    assert article.published == date(2024, 5, 31)
    assert article.url == "https://harbourtimes.example/swap"
    assert article.text.startswith("Seventy-five prisoners return home")
    assert doc.summary() == "Read 1 article from swap.txt."


def test_markdown_is_read_as_text():
    doc = decode_document("notes.md", None, b"# Swap completed\n\nBoth sides exchanged 75.\n")
    assert doc.articles[0].text.startswith("# Swap completed")


def test_file_without_extension_is_read_when_it_is_text():
    doc = decode_document("forwarded", None, ARTICLE_UK.encode())
    assert len(doc.articles) == 1


# --- html ---------------------------------------------------------------------------------------


def test_html_file_gives_the_article_with_its_metadata():
    doc = decode_document("page.html", "text/html", (PAGES / "article.html").read_bytes())
    (article,) = doc.articles
    assert article.text.splitlines()[0].startswith("Air defences down 41 of 48 drones")
    assert "destroyed 41 of the drones" in article.text
    assert "Subscribe" not in article.text
    assert article.outlet == "Dnipro Desk"
    assert article.published == date(2024, 3, 14)


def test_broken_html_still_gives_the_article():
    doc = decode_document("broken.htm", None, (PAGES / "broken.html").read_bytes())
    (article,) = doc.articles
    assert article.text.startswith("Exchange talks resume in Istanbul\n")
    assert "swap of 200 prisoners" in article.text
    assert "<" not in article.text


@pytest.mark.parametrize(
    "html",
    [
        b"<html><body><p>Swap done: 75 for 75.</p><script>x()</script></body></html>",
        b"<html><head><title>t</title><body><p>Swap done: 75 for 75.</p></body></html>",
    ],
    ids=["short-page", "unclosed-head"],
)
def test_html_too_short_for_an_article_falls_back_to_its_text(html):
    doc = decode_document("brief.html", None, html)
    (article,) = doc.articles
    assert "Swap done: 75 for 75." in article.text
    assert "x()" not in article.text


def test_html_in_cp1251_declared_only_in_meta():
    data = (PAGES / "povitria.html").read_text("utf-8").encode("cp1251")
    doc = decode_document("povitria.html", None, data)
    assert "знешкодили 30" in doc.articles[0].text


# --- jsonl --------------------------------------------------------------------------------------


def test_jsonl_reads_each_line_and_reports_bad_ones():
    lines = [
        json.dumps({"id": "a1", "text": ARTICLE_UK, "published": "2024-03-13", "outlet": "X"}),
        "{not json",
        "",
        json.dumps({"text": "", "outlet": "Y"}),
        json.dumps(["a", "list"]),
        json.dumps({"title": "Swap completed", "text": "Both sides exchanged 75 prisoners."}),
    ]
    doc = decode_document("batch.jsonl", None, "\n".join(lines).encode())
    assert [a.name for a in doc.articles] == ["a1", "batch.jsonl:6"]
    assert doc.articles[0].published == date(2024, 3, 13)
    assert doc.articles[0].outlet == "X"
    assert doc.articles[1].text.startswith("Swap completed\n\nBoth sides")
    assert doc.refused == [
        ("batch.jsonl:2", "not valid JSON"),
        ("batch.jsonl:4", 'the "text" field is empty'),
        ("batch.jsonl:5", "not a JSON object"),
    ]
    assert doc.summary().startswith("Read 2 articles from batch.jsonl, skipped 3 (")


# --- pdf ----------------------------------------------------------------------------------------


class _FakePage:
    def __init__(self, text):
        self.text = text

    def extract_text(self):
        return self.text


def _fake_pypdf(pages, encrypted=False):
    module = types.ModuleType("pypdf")

    class PdfReader:
        def __init__(self, stream):
            if not stream.read().startswith(b"%PDF"):
                raise ValueError("not a PDF")
            self.is_encrypted = encrypted
            self.pages = [_FakePage(t) for t in pages]

    module.PdfReader = PdfReader
    return module


@pytest.mark.parametrize(
    ("pages", "encrypted", "data", "outcome"),
    [
        (["Swap completed.", "", "75 home."], False, b"%PDF-1.7", "Swap completed.\n\n75 home."),
        ([""], False, b"%PDF-1.7", "the PDF has no text layer (is it a scan?)"),
        (["secret"], True, b"%PDF-1.7", "the PDF is password-protected"),
        (["x"], False, b"%PDX garbage", "the PDF could not be read (is it damaged?)"),
    ],
    ids=["text", "scan", "encrypted", "damaged"],
)  # fmt: skip
def test_pdf_through_pypdf_when_installed(monkeypatch, pages, encrypted, data, outcome):
    monkeypatch.setitem(sys.modules, "pypdf", _fake_pypdf(pages, encrypted))
    doc = decode_document("statement.pdf", None, data)
    if doc.articles:
        assert doc.articles[0].text == outcome
    else:
        assert doc.refused == [("statement.pdf", outcome)]


# --- zip ----------------------------------------------------------------------------------------


def test_zip_reads_supported_members_and_names_the_rest():
    inner = _zip({"deep.txt": ARTICLE_UK.encode()})
    data = _zip(
        {
            "desk/swap.txt": ARTICLE_EN.encode(),
            "desk/page.html": (PAGES / "article.html").read_bytes(),
            "desk/batch.jsonl": json.dumps({"text": ARTICLE_UK}).encode(),
            "desk/photo.png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 32,
            "desk/memo.docx": b"PK\x03\x04 not really",
            "__MACOSX/desk/._swap.txt": b"\x00\x05\x16\x07",
            "desk/.DS_Store": b"\x00\x00\x00\x01Bud1",
            "more.zip": inner,
        }
    )
    doc = decode_document("desk.zip", "application/zip", data)
    names = [a.name for a in doc.articles]
    assert names == [
        "desk.zip/desk/swap.txt",
        "desk.zip/desk/page.html",
        "desk.zip/desk/batch.jsonl:1",
        "desk.zip/more.zip/deep.txt",
    ]
    assert doc.articles[0].outlet == "Harbour Times"
    assert [name for name, _ in doc.refused] == [
        "desk.zip/desk/photo.png",
        "desk.zip/desk/memo.docx",
    ]
    assert "image" in doc.refused[0][1]
    assert doc.summary().startswith("Read 4 articles from desk.zip, skipped 2 (")


def test_zip_nested_two_levels_is_not_opened_further():
    innermost = _zip({"a.txt": ARTICLE_UK.encode()})
    data = _zip({"middle.zip": _zip({"inner.zip": innermost})})
    doc = decode_document("outer.zip", None, data)
    assert doc.articles == []
    assert doc.refused == [
        (
            "outer.zip/middle.zip/inner.zip",
            "archives inside archives are opened one level deep only",
        )
    ]


@pytest.mark.parametrize(
    "member", ["../escape.txt", "/etc/passwd.txt", "a/../../b.txt", "C:/x.txt", "dir\\y.txt"]
)
def test_zip_member_with_a_path_trick_is_refused(member):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        info = zipfile.ZipInfo("ok.txt")
        archive.writestr(info, ARTICLE_UK)
        info = zipfile.ZipInfo("placeholder")
        info.filename = member  # ZipInfo would normalise the name; a hostile archive does not
        archive.writestr(info, ARTICLE_UK)
    doc = decode_document("tricks.zip", None, buffer.getvalue())
    assert [a.name for a in doc.articles] == ["tricks.zip/ok.txt"]
    assert doc.refused == [(f"tricks.zip/{member}", "unsafe path inside the archive")]


def test_zip_bomb_is_refused_whole():
    zeros = b"\x00" * (1024 * 1024)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("readme.txt", ARTICLE_UK)
        with archive.open("bomb.txt", "w", force_zip64=True) as member:
            for _ in range(60):
                member.write(zeros)
    data = buffer.getvalue()
    assert len(data) < 200_000  # small to send, 60 MB unpacked
    doc = decode_document("bomb.zip", None, data)
    assert doc.articles == []
    assert doc.refused == [("bomb.zip", "the archive unpacks to more than 50 MB")]


def test_zip_whose_headers_understate_sizes_is_still_capped():
    # Thirty 2 MB members: each header is honest, but the running total passes 50 MB.
    chunk = (ARTICLE_UK * 40).encode()[: 2 * 1024 * 1024].ljust(2 * 1024 * 1024, b" ")
    data = _zip({f"part{n:02}.txt": chunk for n in range(30)})
    doc = decode_document("many.zip", None, data)
    assert doc.refused == [("many.zip", "the archive unpacks to more than 50 MB")]


def test_zip_with_too_many_members_is_refused():
    data = _zip({f"n{i}.txt": b"short note about the swap" for i in range(501)}, zipfile.ZIP_STORED)
    doc = decode_document("flood.zip", None, data)
    assert doc.refused == [("flood.zip", "the archive has more than 500 files")]


def test_damaged_zip_is_refused():
    doc = decode_document("broken.zip", None, b"PK\x03\x04" + b"\x01" * 100)
    assert doc.refused == [("broken.zip", "the archive is damaged or not a ZIP file")]


def test_password_protected_member_is_refused():
    data = bytearray(_zip({"locked.txt": ARTICLE_UK.encode()}, zipfile.ZIP_STORED))
    # Set the "encrypted" flag in both the local and the central header, as zip tools do.
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.index(signature) + offset
        data[at] |= 0x1
    doc = decode_document("locked.zip", None, bytes(data))
    assert doc.refused == [("locked.zip/locked.txt", "the file is password-protected")]


# --- refusals -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "mime", "data", "reason"),
    [
        ("empty.txt", "text/plain", b"", "the file is empty"),
        ("blank.txt", "text/plain", b"  \n\n ", "the file is empty"),
        ("photo.jpg", "image/jpeg", b"\xff\xd8\xff\xe0" + b"\x00" * 50, "it is an image"),
        ("IMG_0001", "image/heic", b"\x00\x00\x00\x18ftypheic", "it is an image"),
        ("memo.docx", None, b"PK\x03\x04whatever", "office documents are not supported"),
        ("setup.exe", None, b"MZ\x90\x00" + b"\x00" * 60, "it is a program"),
        ("tool", None, b"\x7fELF\x02\x01\x01", "it is a program"),
        ("data.txt", None, b"text then \x00\x00\x00 binary", "the file is not text"),
        ("noise.txt", None, bytes(range(1, 32)) * 40, "the file is not text"),
        ("sheet.csv", "text/csv", b"a,b\n1,2\n", "files of type .csv are not supported"),
    ],
    ids=["empty", "whitespace", "jpeg", "heic", "docx", "exe", "elf", "nul-bytes",
         "control-chars", "csv"],
)  # fmt: skip
def test_refusals(name, mime, data, reason):
    doc = decode_document(name, mime, data)
    assert doc.articles == []
    assert len(doc.refused) == 1
    assert doc.refused[0][0] == name
    assert doc.refused[0][1].startswith(reason)


def test_file_over_twenty_megabytes_is_refused_before_reading():
    doc = decode_document("huge.txt", "text/plain", b"a" * (MAX_FILE_BYTES + 1))
    assert doc.refused == [
        ("huge.txt", "the file is over 20 MB: Telegram lets bots download files up to 20 MB")
    ]


def test_html_page_with_no_text_is_refused():
    doc = decode_document("empty.html", None, b"<html><body><script>x()</script></body></html>")
    assert doc.refused == [("empty.html", "the file has no text in it")]


def test_summary_shortens_a_long_list_of_refusals():
    data = _zip({f"p{i}.png": b"\x89PNG\r\n" for i in range(5)})
    summary = decode_document("pics.zip", None, data).summary()
    assert summary.startswith("No articles in pics.zip, skipped 5 (pics.zip/p0.png: ")
    assert summary.endswith("; and 2 more).")
    assert "\n" not in summary


def test_decode_text_rejects_binary_and_accepts_utf16():
    assert decode_text("Київ".encode("utf-16")) == "Київ"
    assert decode_text(b"\x00\x01\x02\x03") is None
