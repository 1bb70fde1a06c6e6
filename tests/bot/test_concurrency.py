"""Updates from different chats run side by side; one chat's updates keep their order."""

import asyncio
import http.server
import threading

import pytest

from bot.local_api import html_to_plain
from tests.articles import EXCHANGE_AND_STRIKES
from tests.conftest import EDITOR
from tests.subscriptions.conftest import wait_until
from tests.support.updates import command_update, message_update

PAGE = (
    "<html><head><title>Air force: 139 of 176 drones downed</title></head><body><article>"
    + "".join(f"<p>{p}</p>" for p in EXCHANGE_AND_STRIKES.split("\n\n"))
    + "</article></body></html>"
).encode()


class _SlowPages(http.server.BaseHTTPRequestHandler):
    release = threading.Event()
    requested = threading.Event()

    def log_message(self, *args):
        pass

    def do_GET(self):
        self.requested.set()
        self.release.wait(timeout=20)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)


@pytest.fixture
def slow_site(monkeypatch):
    monkeypatch.setenv("NEWSROOM_ALLOW_PRIVATE_FETCH", "1")
    handler = type(
        "Slow", (_SlowPages,), {"release": threading.Event(), "requested": threading.Event()}
    )
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", handler.release, handler.requested
    handler.release.set()
    server.shutdown()


def texts(fake, chat):
    return [html_to_plain(t) for t in fake.texts(chat)]


async def test_a_slow_link_in_one_chat_does_not_hold_up_another(app, fake, slow_site):
    url, release, _ = slow_site
    reader = 2002
    await app.update_queue.put(message_update(app.bot, f"{url}/story", user_id=EDITOR))
    await app.update_queue.put(command_update(app.bot, "/help", user_id=reader))
    await wait_until(lambda: texts(fake, reader), timeout=10)
    assert texts(fake, EDITOR) == [], "the link is still being fetched"
    release.set()
    await wait_until(lambda: texts(fake, EDITOR), timeout=15)
    assert texts(fake, EDITOR)[0].startswith("Stored")


async def test_one_chats_updates_are_answered_in_the_order_sent(app, fake, slow_site):
    url, release, requested = slow_site
    await app.update_queue.put(message_update(app.bot, f"{url}/story", user_id=EDITOR))
    await app.update_queue.put(command_update(app.bot, "/whoami", user_id=EDITOR))
    await app.update_queue.put(command_update(app.bot, "/latest 1", user_id=EDITOR))
    await wait_until(requested.is_set, timeout=10)
    await asyncio.sleep(0.2)  # room for a wrongly concurrent /whoami to answer first
    assert texts(fake, EDITOR) == []
    release.set()
    await wait_until(lambda: len(texts(fake, EDITOR)) >= 3, timeout=15)
    first, second, third = texts(fake, EDITOR)[:3]
    assert first.startswith("Stored")
    assert "Telegram user id" in second
    assert "139" in third or "drones" in third.lower()


async def test_a_split_paste_is_joined_in_order_when_updates_run_concurrently(app, fake, store):
    words = EXCHANGE_AND_STRIKES.split()
    part_one = " ".join(words[: len(words) // 2]) + " " + "background " * 400
    part_two = " ".join(words[len(words) // 2 :])
    for part in (part_one, part_two):
        await app.update_queue.put(message_update(app.bot, part, user_id=EDITOR))
    await wait_until(lambda: store.counts()["articles"] == 1, timeout=10)
    text = next(store.db.query("select text from articles"))["text"]
    assert text.index(words[0]) < text.index(words[-1])
    assert len(texts(fake, EDITOR)) == 1
