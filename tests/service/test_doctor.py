"""`newsroom-bot doctor` on a good installation and on broken ones: plain words, exit status."""

from bot.cli import main
from bot.doctor import diagnose, exit_status, render
from storage import Store
from storage.health import migrations as service_migrations
from tests.articles import EXCHANGE_AND_STRIKES
from tests.support.telegram import FakeTelegram

TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0"
ADMIN_CHAT = "-1002000000001"


def good_env(db_path) -> dict:
    return {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "NEWSROOM_DB": str(db_path),
        "NEWSROOM_EDITORS": "1001,1002",
        "NEWSROOM_ADMIN_CHAT": ADMIN_CHAT,
        "NEWSROOM_WEBHOOK_URL": "https://bot.example.org/telegram",
        "NEWSROOM_WEBHOOK_LISTEN": "127.0.0.1:8443",
    }


def filled_store(path) -> None:
    """A store the bot has used: migrated, one article in it."""
    from storage import NewSource

    store = Store.open(path)
    extraction = {"title": "Swap talks", "published": "2023-12-03", "exchange": {"count": 1200}}
    store.save_article(EXCHANGE_AND_STRIKES, extraction, NewSource(kind="paste"))
    store.close()


def test_a_good_installation_passes(tmp_path):
    filled_store(tmp_path / "newsroom.db")
    fake = FakeTelegram()
    fake.remember_chat(int(ADMIN_CHAT), "supergroup", "Newsroom admins")
    findings = diagnose(good_env(tmp_path / "newsroom.db"), request=fake)
    report = render(findings, "0.1.0")
    assert exit_status(findings) == 0, report
    assert "integrity check passed" in report
    assert "schema up to date" in report
    assert "1 article, 1 story" in report
    assert "token accepted: @newsroom_bot" in report
    assert "admin chat reachable: Newsroom admins" in report
    assert "webhook https://bot.example.org/telegram, served on 127.0.0.1:8443" in report
    assert TOKEN not in report and TOKEN.split(":")[1] not in report
    assert report.endswith("All good. Exit status 0.")


def test_a_refused_token_and_an_unreachable_admin_chat_are_problems(tmp_path):
    filled_store(tmp_path / "newsroom.db")
    fake = FakeTelegram()
    fake.fail_next("getMe", 401, description="Unauthorized")
    findings = diagnose(good_env(tmp_path / "newsroom.db"), request=fake)
    assert exit_status(findings) == 2
    assert "Telegram refused the token" in render(findings, "0.1.0")

    fake = FakeTelegram()
    fake.fail_next("getChat", 400, description="Bad Request: chat not found")
    findings = diagnose(good_env(tmp_path / "newsroom.db"), request=fake)
    assert exit_status(findings) == 2
    assert "cannot reach the admin chat" in render(findings, "0.1.0")


def test_an_admin_group_that_became_a_supergroup_is_named_with_its_new_id(tmp_path):
    filled_store(tmp_path / "newsroom.db")
    fake = FakeTelegram()
    fake.migrate_chat(ADMIN_CHAT, -1009000000009)
    findings = diagnose(good_env(tmp_path / "newsroom.db"), request=fake)
    report = render(findings, "0.1.0")
    assert exit_status(findings) == 1, report
    assert "became the supergroup -1009000000009" in report
    assert "NEWSROOM_ADMIN_CHAT=-1009000000009" in report


def test_a_broken_installation_is_named_in_plain_words(tmp_path, monkeypatch, capsys):
    broken = tmp_path / "newsroom.db"
    broken.write_bytes(b"this is not a database\n" * 200)
    for name, value in {
        "TELEGRAM_BOT_TOKEN": "",
        "NEWSROOM_EDITORS": "alice,bob",
        "NEWSROOM_ADMIN_CHAT": "admins",
        "NEWSROOM_WEBHOOK_URL": "http://bot.example.org/telegram",
        "NEWSROOM_WEBHOOK_LISTEN": "8443",
    }.items():
        monkeypatch.setenv(name, value)
    assert main(["doctor", "--db", str(broken)]) == 2
    out = capsys.readouterr().out
    for words in (
        "TELEGRAM_BOT_TOKEN is not set",
        "NEWSROOM_EDITORS='alice,bob' holds no numeric Telegram user ids",
        "NEWSROOM_ADMIN_CHAT='admins' is not a chat id",
        "must start with https://",
        "NEWSROOM_WEBHOOK_LISTEN='8443' is not host:port",
        "is not a readable SQLite store",
        "restore it from a backup",
    ):
        assert words in out, words
    assert "Exit status 2." in out


def test_a_store_from_a_newer_version_and_a_missing_one(tmp_path):
    path = tmp_path / "newsroom.db"
    filled_store(path)
    store = Store.open(path)
    store.db["_sqlite_migrations"].insert(
        {"migration_set": service_migrations.name, "name": "m099_from_the_future", "applied_at": ""}
    )
    store.close()
    findings = diagnose(good_env(path), offline=True)
    assert exit_status(findings) == 2
    assert "upgraded by a newer newsroom-bot" in render(findings, "0.1.0")

    missing = diagnose(good_env(tmp_path / "not-yet.db"), offline=True)
    assert exit_status(missing) == 1
    assert "does not exist yet" in render(missing, "0.1.0")
    assert not (tmp_path / "not-yet.db").exists(), "the doctor changes nothing"


def test_warnings_only_exit_1(tmp_path, monkeypatch, capsys):
    filled_store(tmp_path / "newsroom.db")
    env = good_env(tmp_path / "newsroom.db")
    del env["NEWSROOM_ADMIN_CHAT"]
    for name in (*good_env(tmp_path), "NEWSROOM_READERS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert main(["doctor", "--offline"]) == 1
    out = capsys.readouterr().out
    assert "NEWSROOM_ADMIN_CHAT is not set" in out
    assert "1 warning(s), nothing that stops the bot. Exit status 1." in out
