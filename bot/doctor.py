"""`newsroom-bot doctor`: is this installation ready to run? Configuration, store, Telegram.

Prints what it checked in plain words and exits 0 (all good), 1 (warnings only) or 2 (something
will stop the bot or lose data), so a monitor or a deploy script can act on the status.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.config import Config
from bot.webhook import SECRET_TOKEN, check_url, parse_listen
from briefings.admin import size
from briefings.html import plural

OK, WARN, FAIL = "ok", "warn", "FAIL"
TOKEN_SHAPE = re.compile(r"^\d{5,}:[A-Za-z0-9_-]{30,}$")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
# A write-ahead log this big means checkpoints are being starved (a reader never lets go).
WAL_WARN_BYTES = 64 * 1024 * 1024
# Pushes waiting longer than this mean nobody is sending them.
STALE_PUSH = timedelta(hours=1)


@dataclass(frozen=True)
class Finding:
    """One line of the report: how it stands, which part, what was found, in plain words."""

    level: str
    area: str
    text: str


def _env_ids(env: dict, name: str, empty_means: str, level: str) -> list[Finding]:
    raw = (env.get(name) or "").strip()
    if not raw:
        return [Finding(OK, "configuration", f"{name} is empty: {empty_means}")]
    parts = [p.strip() for p in raw.replace(";", ",").split(",") if p.strip()]
    ids = [p for p in parts if p.lstrip("-").isdigit()]
    junk = [p for p in parts if p not in ids]
    if not ids:
        return [
            Finding(
                level,
                "configuration",
                f"{name}={raw!r} holds no numeric Telegram user ids, so {empty_means}; "
                "/whoami shows a user's id",
            )
        ]
    found = [Finding(OK, "configuration", f"{name}: {len(ids)} user id(s)")]
    if junk:
        found.append(
            Finding(WARN, "configuration", f"{name}: ignored what is not a user id: {junk}")
        )
    return found


def check_configuration(env: dict) -> tuple[list[Finding], Config | None]:
    """Every setting the bot reads, checked; the Config when it can be built."""
    found: list[Finding] = []
    token = env.get("TELEGRAM_BOT_TOKEN") or ""
    if not token:
        found.append(
            Finding(FAIL, "configuration", "TELEGRAM_BOT_TOKEN is not set: `run` cannot start")
        )
    elif not TOKEN_SHAPE.match(token):
        found.append(
            Finding(
                FAIL,
                "configuration",
                "TELEGRAM_BOT_TOKEN does not look like a token from @BotFather "
                "(digits, a colon, then about 35 letters, digits, _ or -)",
            )
        )
    else:
        found.append(Finding(OK, "configuration", f"bot token set (bot id {token.split(':')[0]})"))
    try:
        config = Config.from_env(env)
    except ValueError as error:
        found.append(Finding(FAIL, "configuration", f"a setting is not a number: {error}"))
        return found, None
    found += _env_ids(env, "NEWSROOM_EDITORS", "anyone in a private chat may add articles", FAIL)
    found += _env_ids(env, "NEWSROOM_READERS", "anyone may read the briefings", WARN)
    raw_admin = (env.get("NEWSROOM_ADMIN_CHAT") or "").strip()
    if raw_admin and config.admin_chat is None:
        found.append(
            Finding(
                FAIL,
                "configuration",
                f"NEWSROOM_ADMIN_CHAT={raw_admin!r} is not a chat id such as -1001234567890",
            )
        )
    elif config.admin_chat is None:
        found.append(
            Finding(
                WARN,
                "configuration",
                "NEWSROOM_ADMIN_CHAT is not set: errors and dead pushes go only to the log",
            )
        )
    else:
        found.append(Finding(OK, "configuration", f"admin chat {config.admin_chat}"))
    found += _check_webhook(config)
    if config.log_level not in LOG_LEVELS:
        found.append(
            Finding(WARN, "configuration", f"LOG_LEVEL={config.log_level!r}: INFO is used")
        )
    if config.base_url:
        found.append(Finding(OK, "configuration", f"Bot API server: {config.base_url}"))
    return found, config


def _check_webhook(config: Config) -> list[Finding]:
    if not config.webhook_url:
        return [
            Finding(OK, "configuration", "updates by long polling (NEWSROOM_WEBHOOK_URL unset)")
        ]
    found = [Finding(FAIL, "configuration", problem) for problem in check_url(config.webhook_url)]
    if config.webhook_secret is not None and not SECRET_TOKEN.match(config.webhook_secret):
        found.append(
            Finding(
                FAIL,
                "configuration",
                "NEWSROOM_WEBHOOK_SECRET may hold only letters, digits, _ and -, 1 to 256 of them",
            )
        )
    try:
        host, port = parse_listen(config.webhook_listen)
    except ValueError as problem:
        found.append(Finding(FAIL, "configuration", str(problem)))
    else:
        if not any(f.level == FAIL for f in found):
            secret = "set" if config.webhook_secret else "generated at each start"
            found.append(
                Finding(
                    OK,
                    "configuration",
                    f"webhook {config.webhook_url}, served on {host}:{port} (secret {secret})",
                )
            )
    return found


def check_store(path: str) -> list[Finding]:
    """The store file: there, readable, sound, migrated by this version, log not runaway."""
    from sqlite_utils import Database

    from storage import health

    area = "store"
    file = Path(path)
    if not file.exists():
        folder = file.parent if str(file.parent) else Path(".")
        if not folder.is_dir():
            return [Finding(FAIL, area, f"{path}: the folder {folder} does not exist")]
        if not os.access(folder, os.W_OK):
            return [Finding(FAIL, area, f"{path}: the folder {folder} is not writable")]
        return [Finding(WARN, area, f"{path} does not exist yet: the bot creates it at start")]
    if not os.access(file, os.R_OK | os.W_OK):
        return [Finding(FAIL, area, f"{path} cannot be read and written by this user")]
    db = None
    try:
        db = Database(sqlite3.connect(f"file:{file}?mode=rw", uri=True))
        state = health.check(db)
        stats = health.stats(db)
        oldest = None
        if db["outbox"].exists():
            query = "select min(created_at) from outbox where status = 'pending'"
            oldest = db.execute(query).fetchone()[0]
    except sqlite3.DatabaseError as error:
        return [
            Finding(
                FAIL,
                area,
                f"{path} is not a readable SQLite store ({error}): restore it from a backup",
            )
        ]
    finally:
        if db is not None:
            db.close()
    found = []
    if state.integrity == ["ok"]:
        found.append(Finding(OK, area, f"{path}: integrity check passed"))
    else:
        found.append(
            Finding(
                FAIL,
                area,
                f"{path} is damaged ({'; '.join(state.integrity[:3])}): restore it from a backup",
            )
        )
    if state.unknown_migrations:
        found.append(
            Finding(
                FAIL,
                area,
                "the store was upgraded by a newer newsroom-bot "
                f"({', '.join(state.unknown_migrations)}): install that version again",
            )
        )
    if state.pending_migrations:
        found.append(
            Finding(
                OK,
                area,
                f"{len(state.pending_migrations)} schema step(s) will be applied at the next start",
            )
        )
    elif not state.unknown_migrations:
        found.append(Finding(OK, area, "schema up to date"))
    if state.journal_mode.lower() != "wal" and not state.pending_migrations:
        found.append(
            Finding(WARN, area, f"journal mode is {state.journal_mode}, not WAL: start the bot")
        )
    wal_level = WARN if state.wal_bytes > WAL_WARN_BYTES else OK
    wal_note = (
        ": something keeps a read open (datasette, a backup), so it cannot be folded back"
        if wal_level == WARN
        else ""
    )
    found.append(
        Finding(
            wal_level,
            area,
            f"size {size(state.store_bytes)}, write-ahead log {size(state.wal_bytes)}{wal_note}",
        )
    )
    found.append(
        Finding(
            OK,
            area,
            f"{plural(stats.articles, 'article')}, {plural(stats.stories, 'story', 'stories')}, "
            f"{plural(stats.subscribers, 'subscribed chat')}, "
            f"{plural(stats.pending_pushes, 'push', 'pushes')} pending, {stats.dead_pushes:,} dead",
        )
    )
    if oldest and datetime.now(UTC) - _parse(oldest) > STALE_PUSH:
        found.append(
            Finding(
                WARN,
                area,
                f"a push has waited since {oldest}: is the bot running and Telegram reachable?",
            )
        )
    if stats.last_error_at:
        found.append(
            Finding(OK, area, f"last error {stats.last_error_at}: {stats.last_error_kind}")
        )
    return found


def _parse(iso: str) -> datetime:
    moment = datetime.fromisoformat(iso)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


async def check_telegram(config: Config, request=None) -> list[Finding]:
    """The token (getMe), the webhook Telegram has on record, and the admin chat."""
    from telegram import Bot
    from telegram.error import BadRequest, ChatMigrated, Forbidden, InvalidToken, TelegramError

    area = "telegram"
    kwargs = {"request": request, "get_updates_request": request} if request else {}
    if config.base_url:
        kwargs["base_url"] = config.base_url
    bot = Bot(config.token, **kwargs)
    try:
        await bot.initialize()
    except InvalidToken:
        return [
            Finding(
                FAIL,
                area,
                "Telegram refused the token: it is wrong or was revoked (ask "
                "@BotFather for the current one)",
            )
        ]
    except TelegramError as error:
        return [Finding(FAIL, area, f"could not reach the Bot API: {error}")]
    found = [Finding(OK, area, f"token accepted: @{bot.username} (id {bot.id})")]
    try:
        found += await _webhook_findings(bot, config)
        if config.admin_chat is not None:
            try:
                chat = await bot.get_chat(config.admin_chat)
                name = chat.title or chat.username or chat.first_name or chat.id
                found.append(Finding(OK, area, f"admin chat reachable: {name}"))
            except ChatMigrated as moved:
                found.append(
                    Finding(
                        WARN,
                        area,
                        f"the admin chat {config.admin_chat} became the supergroup "
                        f"{moved.new_chat_id}: the bot follows it once Telegram has told it; set "
                        f"NEWSROOM_ADMIN_CHAT={moved.new_chat_id}",
                    )
                )
            except (BadRequest, Forbidden) as error:
                found.append(
                    Finding(
                        FAIL,
                        area,
                        f"the bot cannot reach the admin chat {config.admin_chat} ({error}): "
                        "add the bot to that chat",
                    )
                )
            except TelegramError as error:
                found.append(Finding(WARN, area, f"could not check the admin chat: {error}"))
    finally:
        with contextlib.suppress(TelegramError):
            await bot.shutdown()
    return found


async def _webhook_findings(bot, config: Config) -> list[Finding]:
    from telegram.error import TelegramError

    area = "telegram"
    try:
        info = await bot.get_webhook_info()
    except TelegramError as error:
        return [Finding(WARN, area, f"could not read the webhook Telegram has: {error}")]
    found = []
    if config.webhook_url and info.url and info.url != config.webhook_url:
        found.append(
            Finding(
                WARN,
                area,
                f"Telegram posts to {info.url}, not NEWSROOM_WEBHOOK_URL; `run` registers the "
                "new one when it starts",
            )
        )
    elif not config.webhook_url and info.url:
        found.append(
            Finding(
                WARN,
                area,
                f"a webhook is registered ({info.url}); `run` removes it to poll, so another "
                "process using it will stop getting updates",
            )
        )
    if info.last_error_date and datetime.now(UTC) - info.last_error_date < timedelta(hours=1):
        found.append(
            Finding(
                WARN,
                area,
                f"Telegram last failed to deliver to the webhook at {info.last_error_date:%H:%M} "
                f"UTC: {info.last_error_message}",
            )
        )
    if info.pending_update_count:
        found.append(
            Finding(OK, area, f"{info.pending_update_count} update(s) waiting at Telegram")
        )
    return found


def diagnose(
    env: dict | None = None, *, db_path: str | None = None, offline: bool = False, request=None
) -> list[Finding]:
    """Every check, in order: configuration, store, then Telegram unless offline."""
    env = dict(os.environ if env is None else env)
    found, config = check_configuration(env)
    path = db_path or (config.db_path if config else env.get("NEWSROOM_DB") or "newsroom.db")
    found += check_store(path)
    if offline:
        found.append(Finding(OK, "telegram", "not asked (--offline)"))
    elif config is not None and config.token and TOKEN_SHAPE.match(config.token):
        found += asyncio.run(check_telegram(config, request))
    else:
        found.append(Finding(WARN, "telegram", "not asked: no usable token"))
    return found


def exit_status(findings: list[Finding]) -> int:
    """0 when all is well, 1 with warnings only, 2 when something is wrong."""
    levels = {f.level for f in findings}
    return 2 if FAIL in levels else 1 if WARN in levels else 0


def render(findings: list[Finding], version: str) -> str:
    """The report as plain text, one finding a line, grouped by area, with a verdict."""
    lines = [f"newsroom-bot doctor ({version})"]
    area = None
    for finding in findings:
        if finding.area != area:
            area = finding.area
            lines += ["", area.capitalize()]
        lines.append(f"  {finding.level:<4}  {finding.text}")
    problems = sum(f.level == FAIL for f in findings)
    warnings = sum(f.level == WARN for f in findings)
    status = exit_status(findings)
    verdict = {
        0: "All good.",
        1: f"{warnings} warning(s), nothing that stops the bot.",
        2: f"{problems} problem(s) to fix, {warnings} warning(s).",
    }[status]
    lines += ["", f"{verdict} Exit status {status}."]
    return "\n".join(lines)
