"""Links and files sent to the bot: fetched or decoded, stored like any article."""

import http.server
import json
import threading
from pathlib import Path

import pytest

from bot.local_api import html_to_plain
from handlers import files
from tests.articles import EXCHANGE_AND_STRIKES
from tests.conftest import EDITOR
from tests.support.updates import document_update, message_update

PAGES = Path(__file__).resolve().parent.parent / "pages"


class _Pages(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/article")
            self.end_headers()
            return
        body = (PAGES / "article.html").read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def site():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def last(fake):
    return html_to_plain(fake.sent()[-1]["text"])


async def test_a_link_is_fetched_and_stored(app, fake, store, site, monkeypatch):
    monkeypatch.setenv("NEWSROOM_ALLOW_PRIVATE_FETCH", "1")
    text = f"Worth a read {site}/moved"
    await app.process_update(message_update(app.bot, text, user_id=EDITOR))
    receipt = last(fake)
    assert receipt.startswith("Stored") and f"Fetched from {site}/article" in receipt
    (source,) = store.db["sources"].rows
    assert source["kind"] == "link" and source["url"] == f"{site}/article"
    # the same link again: already stored, no second fetch needed
    await app.process_update(message_update(app.bot, f"{site}/article", user_id=EDITOR))
    assert "Already stored" in last(fake)
    assert store.counts()["articles"] == 1


async def test_a_link_to_a_private_address_is_refused(app, fake, store, site, monkeypatch):
    monkeypatch.delenv("NEWSROOM_ALLOW_PRIVATE_FETCH", raising=False)
    for url in (f"{site}/article", "http://10.0.0.1/x", "http://169.254.169.254/latest"):
        await app.process_update(message_update(app.bot, url, user_id=EDITOR))
        assert "Could not fetch" in last(fake)
    assert store.counts()["articles"] == 0


async def send_file(app, fake, name, mime, data, size=None):
    file_id = f"f-{name}"
    fake.add_file(file_id, data)
    update = document_update(app.bot, name, mime, file_id, size or len(data), user_id=EDITOR)
    await app.process_update(update)
    await files.all_done(app)
    return last(fake)


async def test_a_text_file_is_an_article(app, fake, store):
    data = ("Outlet: Kyiv Wire\nPublished: 2023-12-03\n\n" + EXCHANGE_AND_STRIKES).encode()
    receipt = await send_file(app, fake, "seed.txt", "text/plain", data)
    assert receipt.startswith("Stored") and "1,200" in receipt and "Kyiv Wire" in receipt
    assert "1 source" in receipt  # the file is the story's source


async def test_a_jsonl_file_is_ingested_in_bulk_with_a_summary(app, fake, store):
    rows = [
        {"text": EXCHANGE_AND_STRIKES, "published": "2023-12-03", "outlet": "Kyiv Wire"},
        {"text": EXCHANGE_AND_STRIKES, "published": "2023-12-03", "outlet": "Kyiv Wire"},
        {"text": "", "published": None},
    ]
    data = ("\n".join(json.dumps(r) for r in rows) + "\n{broken\n").encode()
    summary = await send_file(app, fake, "batch.jsonl", "application/jsonl", data)
    assert (
        "4 parts read: 1 stored, 1 already stored, 0 added as a source of a stored article, "
        "2 refused" in summary
    )
    assert store.counts()["articles"] == 1


async def test_a_json_file_of_one_article_or_a_list_is_stored_like_jsonl_lines(app, fake, store):
    # A desk tool's export is often one JSON document, not JSON Lines.
    one = {"text": EXCHANGE_AND_STRIKES, "published": "2023-12-03", "outlet": "Kyiv Wire"}
    receipt = await send_file(
        app, fake, "report.json", "application/json", json.dumps(one).encode()
    )
    assert receipt.startswith("Stored") and "1,200" in receipt and "Kyiv Wire" in receipt
    night = (
        "Drones downed over Sumy\n\nRussia launched 37 drones at Ukraine overnight, the air "
        "force said on Monday; 30 of them were shot down over the Sumy region."
    )
    rows = [{"text": night, "published": "2024-01-15", "outlet": "Sumy Daily"}, "not an object"]
    summary = await send_file(app, fake, "desk.json", "application/json", json.dumps(rows).encode())
    assert "2 parts read: 1 stored" in summary and "1 refused" in summary
    assert "desk.json:2: not a JSON object" in summary, summary
    broken = await send_file(app, fake, "bad.json", "application/json", b'{"text": "unclosed')
    assert broken == "Could not use bad.json: the file is not valid JSON. Nothing was stored."
    assert store.counts()["articles"] == 2


@pytest.mark.parametrize(
    ("name", "mime", "data"),
    [
        ("photo.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100),
        ("empty.txt", "text/plain", b""),
        ("blob.txt", "text/plain", bytes(range(256)) * 20),
        ("tool.exe", "application/octet-stream", b"MZ\x90\x00" + b"\x00" * 64),
    ],
    ids=["image", "empty", "binary", "executable"],
)
async def test_files_that_are_not_articles_are_refused(app, fake, store, name, mime, data):
    answer = await send_file(app, fake, name, mime, data)
    assert "Nothing was stored" in answer or "refused" in answer
    assert store.counts()["articles"] == 0


async def test_a_file_over_twenty_megabytes_is_refused_unread(app, fake, store):
    answer = await send_file(app, fake, "huge.txt", "text/plain", b"x", size=25 * 1024 * 1024)
    assert "20 MB" in answer
    assert not [m for m, _ in fake.calls if m == "getFile"]


def _pdf(lines: list[str]) -> bytes:
    """A minimal one-page PDF with each line as text (Helvetica), built by hand."""
    content = (
        "BT /F1 11 Tf 50 760 Td 14 TL "
        + " ".join(
            "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '"
            for line in lines
        )
        + " ET"
    )
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{obj}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    trailer = f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out + trailer.encode()


async def test_a_pdf_is_read_as_an_article(app, fake, store):
    lines = [
        line
        for line in EXCHANGE_AND_STRIKES.replace("\u201c", '"').replace("\u201d", '"').split("\n")
        if line
    ]
    receipt = await send_file(app, fake, "report.pdf", "application/pdf", _pdf(lines))
    assert receipt.startswith("Stored"), receipt
    assert "176" in receipt and "139" in receipt


async def test_a_ukrainian_chat_is_told_in_ukrainian_why_a_file_or_link_was_refused(
    app, fake, store, monkeypatch
):
    monkeypatch.delenv("NEWSROOM_ALLOW_PRIVATE_FETCH", raising=False)
    await app.process_update(message_update(app.bot, "/lang uk", user_id=EDITOR))
    await app.process_update(message_update(app.bot, "http://10.0.0.1/x", user_id=EDITOR))
    assert last(fake) == (
        "Не вдалося завантажити http://10.0.0.1/x: адреса в приватній мережі. Нічого не збережено."
    )
    binary = await send_file(app, fake, "blob.txt", "text/plain", bytes(range(256)) * 20)
    assert "це не текстовий файл (схоже на двійкові дані)" in binary
    lines = b'{"text": ""}\n{broken\n'
    summary = await send_file(app, fake, "lines.jsonl", "application/jsonl", lines)
    assert 'поле "text" порожнє' in summary
    assert "це не коректний JSON" in summary
    assert "not valid JSON" not in summary and "Nothing was stored" not in binary
    assert store.counts()["articles"] == 0


async def test_a_markdown_files_bold_figures_and_links_are_read(app, fake, store):
    notes = (
        "# Drones over the capital\n\n"
        "*KYIV, March 21, 2025* - Russia launched **66** drones at Ukraine overnight, the "
        "[Ukrainian Air Force](https://t.me/kpszsu) said; __50__ were shot down.\n"
    )
    receipt = await send_file(app, fake, "notes.md", "text/markdown", notes.encode())
    assert "66 drones launched, 50 drones downed (Ukrainian Air Force)" in receipt
    assert "**" not in store.db.execute("select text from articles").fetchone()[0]


async def test_a_refused_line_or_file_is_worded_once_and_in_the_chats_language(app, fake, store):
    # A batch line or a single file refused as too long or as no article: the summary gives
    # the reason once, without a second "Nothing was stored", in the chat's own language.
    long_text = "Air defences worked through the night over the capital. " * 10_000
    rows = [{"text": EXCHANGE_AND_STRIKES, "published": "2023-12-03"}, {"text": "ok"}]
    data = ("\n".join(json.dumps(r) for r in rows) + "\n").encode()
    summary = await send_file(app, fake, "lines.jsonl", "application/jsonl", data)
    assert "refused lines.jsonl:2: " in summary
    assert "Nothing was stored" not in summary
    single = await send_file(app, fake, "long.txt", "text/plain", long_text.encode())
    assert single.startswith("Could not use long.txt: ")
    assert "too long to be one article" in single and "500,000" in single
    assert single.count("Nothing was stored") == 1 and ".." not in single
    await app.process_update(message_update(app.bot, "/lang uk", user_id=EDITOR))
    summary_uk = await send_file(app, fake, "again.jsonl", "application/jsonl", b'{"text": "ok"}\n')
    assert "again.jsonl" in summary_uk and "That doesn't" not in summary_uk
    single_uk = await send_file(app, fake, "long2.txt", "text/plain", long_text.encode())
    assert "That text" not in single_uk and "500" in single_uk


async def test_a_batch_line_with_an_empty_text_is_told_apart_from_one_with_none(app, fake, store):
    # 'no "text" field' sent the editor looking for a missing key that is there, only empty.
    rows = [{"text": "", "outlet": "Kyiv Wire"}, {"body": "Drones over Kyiv"}, {"text": "   "}]
    data = ("\n".join(json.dumps(r) for r in rows) + "\n").encode()
    summary = await send_file(app, fake, "rows.jsonl", "application/jsonl", data)
    assert 'refused rows.jsonl:1: the "text" field is empty' in summary
    assert 'refused rows.jsonl:2: no "text" field' in summary
    assert 'refused rows.jsonl:3: the "text" field is empty' in summary


async def test_a_batch_title_with_words_in_angle_brackets_keeps_them_escaped(app, fake, store):
    # <b> is markup a CMS left behind; <region> and <Desk> are the writer's own words.
    row = {
        "title": "<b>Drones</b> hit <region> overnight & more",
        "text": "Russia launched 57 attack drones at Ukraine overnight, the Ukrainian Air Force "
        "said on Tuesday. Air defences shot down 44 of them over the Sumy region.",
        "outlet": "North <Desk>",
        "published": "2026-11-24",
    }
    receipt = await send_file(app, fake, "one.jsonl", "application/jsonl", json.dumps(row).encode())
    assert receipt.startswith("Stored: Drones hit <region> overnight & more\nNorth <Desk>")
    assert "hit &lt;region&gt; overnight &amp; more" in fake.sent()[-1]["text"]
    await app.process_update(message_update(app.bot, "/latest", user_id=EDITOR))
    assert "Drones hit <region> overnight & more" in last(fake)


async def test_add_on_a_link_in_a_group_fetches_the_page(app, fake, store, site, monkeypatch):
    from tests.support.updates import SUPERGROUP_CHAT_ID, command_update

    group = {"chat_type": "supergroup", "chat_id": SUPERGROUP_CHAT_ID}
    monkeypatch.delenv("NEWSROOM_ALLOW_PRIVATE_FETCH", raising=False)
    private = message_update(app.bot, "http://10.0.0.1/x", user_id=5555, **group)
    await app.process_update(private)
    reply = command_update(
        app.bot, "/add", user_id=EDITOR, reply_to_message=private.message, **group
    )
    await app.process_update(reply)
    assert "Could not fetch http://10.0.0.1/x" in last(fake)
    monkeypatch.setenv("NEWSROOM_ALLOW_PRIVATE_FETCH", "1")
    posted = message_update(app.bot, f"{site}/article", user_id=5555, **group)
    await app.process_update(posted)
    reply = command_update(
        app.bot, "/add", user_id=EDITOR, reply_to_message=posted.message, **group
    )
    await app.process_update(reply)
    assert last(fake).startswith("Stored") and f"Fetched from {site}/article" in last(fake)
    (source,) = store.db["sources"].rows
    assert source["kind"] == "link" and source["added_by"] == EDITOR
