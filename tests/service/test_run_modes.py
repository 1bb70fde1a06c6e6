"""`newsroom-bot run`'s two modes on the real Application: PTB's webhook server on 127.0.0.1
(updates posted with and without the secret) and long polling; both stop cleanly."""

import asyncio
import dataclasses
import socket
import sqlite3
import threading
import time
from pathlib import Path

import httpx
import pytest

from bot.app import build_application
from bot.webhook import serve, webhook_settings
from storage import Store
from tests.articles import EXCHANGE_AND_STRIKES
from tests.subscriptions.conftest import PUSH, save_changes
from tests.support.telegram import FakeTelegram
from tests.support.updates import command_entities, message_payload

EDITOR = 1001
READER = 3003
SUBSCRIBER = 777
SECRET = "newsroom-test-secret_1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def update(update_id: int, text: str, user_id: int) -> dict:
    """The JSON Telegram posts for one private message."""
    entities = command_entities(text) or None
    return {
        "update_id": update_id,
        "message": message_payload(text=text, entities=entities, user_id=user_id),
    }


def wait_for(predicate, timeout: float = 15.0) -> None:
    end = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > end:
            raise AssertionError("timed out waiting for the bot")
        time.sleep(0.02)


class Running:
    """`serve()` (what `newsroom-bot run` calls) in its own thread and event loop."""

    def __init__(self, config, fake):
        self.application = build_application(config, request=fake)
        self.loop = asyncio.new_event_loop()
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        try:
            serve(self.application, self.application.bot_data["config"], stop_signals=None)
        except BaseException as error:  # reported by stop()
            self.error = error

    def __enter__(self):
        self.thread.start()
        return self

    def stop(self, timeout: float = 20.0) -> float:
        """Ask the bot to stop as a stop signal would; returns the seconds stopping took."""
        began = time.monotonic()
        if not self.loop.is_closed():
            self.loop.call_soon_threadsafe(self.application.stop_running)
        self.thread.join(timeout)
        assert not self.thread.is_alive(), "the bot did not stop"
        assert self.error is None, self.error
        return time.monotonic() - began

    def __exit__(self, *exc):
        if self.thread.is_alive():
            self.stop()


class PollingTelegram(FakeTelegram):
    """The fake Bot API, with updates handed out by getUpdates as Telegram does."""

    def __init__(self):
        super().__init__()
        self.updates: list[dict] = []

    async def _get_updates(self, params: dict) -> list:
        offset = int(params.get("offset") or 0)
        ready = [u for u in self.updates if u["update_id"] >= offset]
        if ready:
            return ready
        await asyncio.sleep(self.poll_delay)
        return []


def wal_size(db_path: str) -> int:
    wal = Path(db_path + "-wal")
    return wal.stat().st_size if wal.exists() else 0


@pytest.fixture
def reader(config):
    """Another program reading the store (datasette, a backup) for the whole run."""
    Store.open(config.db_path).close()
    connection = sqlite3.connect(config.db_path)
    connection.execute("select count(*) from articles").fetchone()
    yield connection
    connection.close()


def test_webhook_mode_takes_updates_with_the_secret_and_refuses_the_rest(config, reader):
    port = free_port()
    config = dataclasses.replace(
        config,
        webhook_url=f"http://127.0.0.1:{port}/telegram/hook",
        webhook_listen=f"127.0.0.1:{port}",
        webhook_secret=SECRET,
    )
    fake = FakeTelegram()
    url = f"http://127.0.0.1:{port}/telegram/hook"
    with Running(config, fake) as bot, httpx.Client(timeout=10) as http:
        wait_for(lambda: fake.webhook)
        assert fake.webhook["url"] == url
        assert fake.webhook["secret_token"] == SECRET

        refused = [
            http.post(url, json=update(11, "/whoami", READER)),
            http.post(
                url,
                json=update(12, "/whoami", READER),
                headers={"X-Telegram-Bot-Api-Secret-Token": "guessed"},
            ),
        ]
        assert [r.status_code for r in refused] == [403, 403]

        secret = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        assert http.post(url, json=update(13, "/whoami", READER), headers=secret).status_code == 200
        wait_for(lambda: fake.texts(READER))
        assert len(fake.texts(READER)) == 1, "only the update with the secret was handled"
        assert str(READER) in fake.texts(READER)[0]

        # An article arrives and the bot is told to stop at once: it is still handled.
        response = http.post(url, json=update(14, EXCHANGE_AND_STRIKES, EDITOR), headers=secret)
        assert response.status_code == 200
        bot.stop()

    assert any("1,200" in text for text in fake.texts(EDITOR)), "no receipt for the article"
    store = Store.open(config.db_path)
    try:
        assert store.counts()["articles"] == 1
    finally:
        store.close()
    # Stopped cleanly: the write-ahead log was folded into the file although a reader is open.
    assert reader.execute("select count(*) from articles").fetchone()[0] == 1
    assert wal_size(config.db_path) == 0


def test_webhook_settings_reject_a_bad_secret_and_generate_one_when_unset(config):
    with pytest.raises(ValueError, match="NEWSROOM_WEBHOOK_SECRET"):
        webhook_settings(
            dataclasses.replace(
                config, webhook_url="https://bot.example.org/tg", webhook_secret="has spaces"
            )
        )
    first = webhook_settings(dataclasses.replace(config, webhook_url="https://bot.example.org/tg"))
    second = webhook_settings(dataclasses.replace(config, webhook_url="https://bot.example.org/tg"))
    assert first.secret_generated and len(first.secret) >= 32
    assert first.secret != second.secret
    assert (first.listen, first.port, first.url_path) == ("0.0.0.0", 8443, "tg")
    assert webhook_settings(config) is None, "no URL: long polling"


def test_long_polling_stops_cleanly_and_keeps_every_push(config, reader):
    store = Store.open(config.db_path)
    store.subscriptions.subscribe(SUBSCRIBER, "exchange")
    save_changes(store, [PUSH])
    store.close()
    fake = PollingTelegram()
    # Flood control holds the subscriber's first push back while the bot is told to stop.
    fake.fail_next("sendMessage", 429, retry_after=2, chat_id=SUBSCRIBER)
    fake.updates.append(update(21, EXCHANGE_AND_STRIKES, EDITOR))
    with Running(config, fake) as bot:
        wait_for(lambda: any("1,200" in t for t in fake.texts(EDITOR)))
        wait_for(
            lambda: any(
                m == "sendMessage" and str(p.get("chat_id")) == str(SUBSCRIBER)
                for m, p in fake.calls
            )
        )
        took = bot.stop()
    assert took < 15, f"stopping took {took:.1f} s"
    assert any(m == "deleteWebhook" for m, _ in fake.calls), "polling clears any webhook"
    store = Store.open(config.db_path)
    try:
        rows = [r for r in store.subscriptions.outbox() if r.chat_id == SUBSCRIBER]
        # Each push was either delivered once or waits in the outbox for the next start.
        assert len(rows) >= 2 and {r.status for r in rows} <= {"sent", "pending"}
        assert len(fake.texts(SUBSCRIBER)) == sum(r.status == "sent" for r in rows)
        assert store.counts()["articles"] == 1
    finally:
        store.close()
    assert wal_size(config.db_path) == 0
