"""The admin chat: unhandled errors and dead pushes reported once per kind per ten minutes;
/stats there, a one-line refusal anywhere else."""

import dataclasses
import json
import re
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from bot import admin
from bot.app import build_application, running
from bot.local_api import html_to_plain
from tests.articles import EXCHANGE_AND_STRIKES
from tests.conftest import EDITOR
from tests.subscriptions.conftest import PUSH, save_changes, wait_until
from tests.support.updates import command_update, message_payload, message_update, update_from

ADMIN_CHAT = -1002000000001
GROUP = -1003000000003
SUBSCRIBER = 2001


@pytest.fixture
async def bot(config, fake, store):
    """The real Application with an admin chat, on the fake Bot API."""
    config = dataclasses.replace(config, admin_chat=ADMIN_CHAT)
    fake.remember_chat(ADMIN_CHAT, "supergroup", "Newsroom admins")
    application = build_application(config, request=fake, store=store, rate_limit=False)
    async with running(application):
        yield application
    assert fake.html_errors == [], "the bot sent HTML Telegram would refuse"


class Clock:
    """Stands in for the admin module's clock so tests move through the ten-minute window."""

    def __init__(self):
        self.now = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)

    def __call__(self):
        return self.now


@pytest.fixture
def clock(monkeypatch):
    found = Clock()
    monkeypatch.setattr(admin, "_now", found)
    return found


def break_latest(store, message="database disk image is malformed"):
    """Make /latest fail inside the handler, the way a damaged store would."""

    def fail(*args, **kwargs):
        raise sqlite3.DatabaseError(message)

    store.latest_stories = fail


async def send(bot, text, **kw):
    await bot.process_update(command_update(bot.bot, text, **kw))


def admin_texts(fake):
    return [p["text"] for p in fake.sent(ADMIN_CHAT)]


async def test_an_error_is_reported_once_then_held_back_for_ten_minutes(bot, fake, store, clock):
    break_latest(store)
    await send(bot, "/latest", chat_id=GROUP, chat_type="supergroup", chat_title="Kyiv <desk>")
    reports = admin_texts(fake)
    assert len(reports) == 1
    report = html_to_plain(reports[0])
    assert "DatabaseError" in report
    assert "handlers/commands.py" in report and "in latest" in report
    assert str(GROUP) in report and "Kyiv <desk>" in report and "/latest" in report
    assert "&lt;desk&gt;" in reports[0], "titles are escaped"
    assert len(reports[0]) < 4096
    # The user who hit it still gets the one-line apology.
    assert any("went wrong" in t for t in fake.texts(GROUP))

    clock.now += timedelta(minutes=3)
    await send(bot, "/latest", chat_id=GROUP, chat_type="supergroup")
    await send(bot, "/latest", user_id=EDITOR)
    assert len(admin_texts(fake)) == 1, "the same kind within ten minutes is not sent again"

    clock.now += timedelta(minutes=8)
    await send(bot, "/latest", user_id=EDITOR)
    reports = admin_texts(fake)
    assert len(reports) == 2
    assert "2 more of this kind" in html_to_plain(reports[1])


async def test_another_kind_of_error_is_reported_at_once(bot, fake, store, clock):
    break_latest(store)
    await send(bot, "/latest", user_id=EDITOR)

    def fail(*args, **kwargs):
        raise KeyError("story")

    store.exchanges = fail
    await send(bot, "/exchange", user_id=EDITOR)
    reports = [html_to_plain(t) for t in admin_texts(fake)]
    assert len(reports) == 2
    assert "KeyError" in reports[1] and "in exchange" in reports[1]


async def test_a_report_never_shows_the_token_and_stays_one_valid_message(bot, fake, store, clock):
    token = bot.bot_data["config"].token
    break_latest(store, f"GET https://api.telegram.org/bot{token}/getMe <b>failed</b> " * 300)
    await send(bot, "/latest", user_id=EDITOR)
    (report,) = admin_texts(fake)
    assert token not in report
    assert "[token]" in report
    assert "<b>failed</b>" not in report, "the error's text is escaped"
    assert len(report) < 4096
    assert fake.html_errors == []
    stored = " ".join(str(row) for row in store.db["errors"].rows)
    assert token.split(":")[1] not in stored, "nor does the error log in the store"


async def test_no_admin_chat_no_report_but_the_error_is_counted(config, fake, store, clock):
    application = build_application(config, request=fake, store=store, rate_limit=False)
    async with running(application):
        break_latest(store)
        await send(application, "/latest", user_id=EDITOR)
    assert all(m != "sendMessage" or p["chat_id"] != ADMIN_CHAT for m, p in fake.calls)
    stats = store.stats()
    assert stats.last_error_at == clock.now.isoformat(timespec="seconds")
    assert "DatabaseError" in stats.last_error_kind


async def test_a_dead_push_is_reported_to_the_admin_chat(bot, fake, store, clock):
    await send(bot, "/subscribe exchange", user_id=SUBSCRIBER)
    fake.block_chat(SUBSCRIBER)
    save_changes(store, [PUSH])
    await wait_until(lambda: admin_texts(fake))
    report = html_to_plain(admin_texts(fake)[0])
    assert "could not be delivered" in report and str(SUBSCRIBER) in report
    assert "blocked" in report
    assert [r.status for r in store.subscriptions.outbox()] == ["dead"]


async def test_report_is_the_one_way_to_tell_the_admins(bot, fake, clock):
    assert await admin.report(bot, "backup failed", "<b>Backup</b> failed: disk full")
    assert not await admin.report(bot, "backup failed", "<b>Backup</b> failed again")
    assert await admin.report(bot, "feed stalled", "No article for 6 hours")
    assert [html_to_plain(t) for t in admin_texts(fake)] == [
        "Backup failed: disk full",
        "No article for 6 hours",
    ]


async def test_stats_in_the_admin_chat(bot, fake, store, clock):
    await bot.process_update(message_update(bot.bot, EXCHANGE_AND_STRIKES, user_id=EDITOR))
    await send(bot, "/subscribe exchange", user_id=SUBSCRIBER)
    await send(bot, "/stats", chat_id=ADMIN_CHAT, chat_type="supergroup", user_id=EDITOR)
    (reply,) = [html_to_plain(t) for t in admin_texts(fake)]
    assert "Articles: 1" in reply
    assert "Stories: 1" in reply
    assert "Sources: 1" in reply
    assert "Subscribed chats: 1" in reply
    assert "Pushes pending:" in reply and "dead: 0" in reply
    assert "Last error: never" in reply
    assert re.search(r"Last article: \d{1,2} \w{3} 20\d\d, \d\d:\d\d UTC", reply)
    assert "write-ahead log" in reply
    assert "newsroom-bot " in reply


async def test_stats_anywhere_else_is_refused_in_one_line(bot, fake):
    for chat in ({"user_id": EDITOR}, {"chat_id": GROUP, "chat_type": "supergroup"}):
        await send(bot, "/stats", **chat)
    refusals = fake.texts(EDITOR) + fake.texts(GROUP)
    assert len(refusals) == 2
    assert all("\n" not in r and "admin chat" in r for r in refusals)
    assert str(GROUP) in refusals[1], "the refusal names the chat, to set up the admin chat"
    assert admin_texts(fake) == []


async def test_only_the_admin_chat_lists_stats_in_help_and_its_menu(bot, fake):
    await send(bot, "/help", chat_id=ADMIN_CHAT, chat_type="supergroup", user_id=EDITOR)
    await send(bot, "/help", user_id=EDITOR)
    await send(bot, "/help", chat_id=GROUP, chat_type="supergroup", user_id=EDITOR)
    assert "/stats" in html_to_plain(admin_texts(fake)[-1])
    assert "/stats" not in html_to_plain(fake.sent(EDITOR)[-1]["text"])
    assert "/stats" not in html_to_plain(fake.sent(GROUP)[-1]["text"])
    menus = {}
    for method, params in fake.calls:
        if method == "setMyCommands":
            scope = params.get("scope") or {}
            scope = json.loads(scope) if isinstance(scope, str) else scope
            commands = params["commands"]
            commands = json.loads(commands) if isinstance(commands, str) else commands
            key = (scope.get("type"), scope.get("chat_id"), params.get("language_code"))
            menus[key] = [c["command"] for c in commands]
    assert "stats" in menus[("chat", ADMIN_CHAT, None)]
    assert "stats" in menus[("chat", ADMIN_CHAT, "uk")]
    assert "latest" in menus[("chat", ADMIN_CHAT, None)]
    others = [names for (kind, _, _), names in menus.items() if kind != "chat"]
    assert others and all("stats" not in names for names in others)


async def test_without_an_admin_chat_stats_says_how_to_make_one(config, fake, store):
    application = build_application(config, request=fake, store=store, rate_limit=False)
    async with running(application):
        await send(application, "/stats", chat_id=GROUP, chat_type="supergroup")
    (refusal,) = fake.texts(GROUP)
    assert f"NEWSROOM_ADMIN_CHAT={GROUP}" in refusal


async def test_an_error_in_background_work_is_reported_without_a_chat(bot, fake, clock):
    async def broken_job(context):
        raise RuntimeError("digest renderer failed")

    bot.job_queue.run_once(broken_job, 0, name="digests")
    await wait_until(lambda: admin_texts(fake))
    (report,) = [html_to_plain(t) for t in admin_texts(fake)]
    assert "RuntimeError" in report and "digest renderer failed" in report
    assert "background job “digests”" in report


async def test_a_report_is_html_without_a_link_preview(bot, fake, store, clock):
    break_latest(store)
    await send(bot, "/latest")
    await wait_until(lambda: admin_texts(fake))
    report = fake.sent(ADMIN_CHAT)[0]
    assert report["parse_mode"] == "HTML"
    assert report["link_preview_options"]["is_disabled"] is True


async def test_stats_speak_the_admin_chats_language(bot, fake, store, clock):
    await send(bot, "/lang uk", chat_id=ADMIN_CHAT, chat_type="supergroup", user_id=EDITOR)
    await send(bot, "/stats", chat_id=ADMIN_CHAT, chat_type="supergroup", user_id=EDITOR)
    reply = html_to_plain(admin_texts(fake)[-1])
    assert "Статей: 0" in reply and "Сюжетів: 0" in reply
    assert "Остання помилка: ще не було" in reply
    assert "журнал запису (WAL)" in reply
    assert "Articles" not in reply and "never" not in reply
    await send(bot, "/lang uk", user_id=EDITOR)
    await send(bot, "/stats", user_id=EDITOR)
    refusal = html_to_plain(fake.sent(EDITOR)[-1]["text"])
    assert "лише в чаті адміністраторів" in refusal and str(EDITOR) in refusal


OLD_ADMIN_GROUP = -4009001


@pytest.fixture
async def group_admin_bot(config, fake, store):
    """The admin chat configured as a basic group, which may become a supergroup."""
    config = dataclasses.replace(config, admin_chat=OLD_ADMIN_GROUP)
    application = build_application(config, request=fake, store=store, rate_limit=False)
    async with running(application):
        yield application


async def test_the_admin_chat_follows_its_group_to_the_supergroup_it_became(
    group_admin_bot, fake, store, clock
):
    bot = group_admin_bot
    notice = update_from(
        bot.bot,
        message_payload(chat_id=OLD_ADMIN_GROUP, chat_type="group", migrate_to_chat_id=ADMIN_CHAT),
    )
    await bot.process_update(notice)
    # Errors are reported to the supergroup, and /stats answers there (not in the old group).
    break_latest(store)
    await send(bot, "/latest", chat_id=GROUP, chat_type="supergroup")
    assert len(admin_texts(fake)) == 1 and "DatabaseError" in html_to_plain(admin_texts(fake)[0])
    assert fake.sent(OLD_ADMIN_GROUP) == []
    await send(bot, "/stats", chat_id=ADMIN_CHAT, chat_type="supergroup", user_id=EDITOR)
    assert "Articles:" in html_to_plain(admin_texts(fake)[-1])
    await send(bot, "/help", chat_id=ADMIN_CHAT, chat_type="supergroup", user_id=EDITOR)
    assert "/stats" in html_to_plain(admin_texts(fake)[-1])


async def test_after_a_restart_the_admin_chat_is_still_the_supergroup(config, fake, store, clock):
    store.subscriptions.move_chat(OLD_ADMIN_GROUP, ADMIN_CHAT)
    config = dataclasses.replace(config, admin_chat=OLD_ADMIN_GROUP)
    application = build_application(config, request=fake, store=store, rate_limit=False)
    async with running(application):
        await admin.report(application, "test", "the admins hear of it")
    assert [html_to_plain(t) for t in admin_texts(fake)] == ["the admins hear of it"]
    menus = [p for m, p in fake.calls if m == "setMyCommands" and "chat_id" in str(p.get("scope"))]
    assert menus and all(str(ADMIN_CHAT) in str(p["scope"]) for p in menus)


async def test_a_report_refused_as_upgraded_is_sent_to_the_supergroup(
    group_admin_bot, fake, store, clock
):
    # The group became a supergroup while no update said so: Telegram's refusal names it.
    fake.migrate_chat(OLD_ADMIN_GROUP, ADMIN_CHAT)
    assert await admin.report(group_admin_bot, "test", "first report") is True
    assert [html_to_plain(t) for t in admin_texts(fake)] == ["first report"]
    assert store.subscriptions.current_chat(OLD_ADMIN_GROUP) == ADMIN_CHAT
