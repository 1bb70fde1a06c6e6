"""How `newsroom-bot run` gets its updates: long polling, or a webhook behind a TLS proxy."""

from __future__ import annotations

import ipaddress
import logging
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from telegram import Update
from telegram.ext import Application

from bot.config import Config
from handlers.admin import MODE, STARTED_AT

log = logging.getLogger(__name__)

# What Telegram accepts as a webhook secret token.
SECRET_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
# The ports Telegram delivers webhooks to.
TELEGRAM_PORTS = (443, 80, 88, 8443)


@dataclass(frozen=True)
class WebhookSettings:
    """Where Telegram posts updates, where the local server listens, and the shared secret."""

    url: str
    listen: str
    port: int
    url_path: str
    secret: str
    secret_generated: bool


def parse_listen(value: str) -> tuple[str, int]:
    """'0.0.0.0:8443' -> ('0.0.0.0', 8443), '[::1]:8443' -> ('::1', 8443); ValueError if not."""
    value = value.strip()
    match = re.fullmatch(r"\[([0-9A-Fa-f:.]+)\]:(\d{1,5})|([^:\s\[\]]+):(\d{1,5})", value)
    if not match:
        raise ValueError(f"NEWSROOM_WEBHOOK_LISTEN={value!r} is not host:port, e.g. 0.0.0.0:8443")
    host = match.group(1) or match.group(3)
    port = int(match.group(2) or match.group(4))
    if not 1 <= port <= 65535:
        raise ValueError(f"NEWSROOM_WEBHOOK_LISTEN={value!r}: the port must be 1 to 65535")
    return host, port


def is_loopback(host: str | None) -> bool:
    """Whether a host name or address is this machine."""
    if not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str) -> list[str]:
    """What is wrong with a webhook URL, in plain words ([] when Telegram will take it)."""
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        return [f"NEWSROOM_WEBHOOK_URL={url!r} is not a URL such as https://bot.example.org/tg"]
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        return [
            "NEWSROOM_WEBHOOK_URL must start with https:// (Telegram posts only over TLS); "
            "plain http is for a local emulator on 127.0.0.1"
        ]
    if parts.scheme == "https" and (parts.port or 443) not in TELEGRAM_PORTS:
        return [
            f"NEWSROOM_WEBHOOK_URL uses port {parts.port}; Telegram posts only to 443, 80, "
            "88 or 8443"
        ]
    return []


def webhook_settings(config: Config) -> WebhookSettings | None:
    """The webhook's settings, or None to poll; ValueError in plain words when they are wrong."""
    if not config.webhook_url:
        return None
    problems = check_url(config.webhook_url)
    if problems:
        raise ValueError(problems[0])
    if config.webhook_secret is not None and not SECRET_TOKEN.match(config.webhook_secret):
        raise ValueError(
            "NEWSROOM_WEBHOOK_SECRET may hold only letters, digits, _ and -, 1 to 256 of them"
        )
    host, port = parse_listen(config.webhook_listen)
    secret = config.webhook_secret or secrets.token_urlsafe(32)
    return WebhookSettings(
        url=config.webhook_url,
        listen=host,
        port=port,
        # The proxy passes the public path through unchanged; PTB serves exactly that path.
        url_path=urlsplit(config.webhook_url).path.strip("/"),
        secret=secret,
        secret_generated=config.webhook_secret is None,
    )


def start_webhook_kwargs(settings: WebhookSettings) -> dict:
    """Arguments for PTB's webhook server (Application.run_webhook, Updater.start_webhook)."""
    return {
        "listen": settings.listen,
        "port": settings.port,
        "url_path": settings.url_path,
        "webhook_url": settings.url,
        "secret_token": settings.secret,
        "allowed_updates": Update.ALL_TYPES,
    }


def serve(
    application: Application,
    config: Config,
    settings: WebhookSettings | None = None,
    **run_options,
) -> None:
    """Run until a stop signal: a webhook when NEWSROOM_WEBHOOK_URL is set, else long polling.

    Both end the same way: updates already received are handled, pushes being sent finish
    (the rest wait in the outbox for the next start), the store's log is checkpointed."""
    settings = settings or webhook_settings(config)
    application.bot_data[STARTED_AT] = datetime.now(UTC)
    if settings is None:
        application.bot_data[MODE] = "long polling"
        log.info("starting long polling; database %s", config.db_path)
        application.run_polling(allowed_updates=Update.ALL_TYPES, **run_options)
        return
    application.bot_data[MODE] = "webhook"
    log.info(
        "starting the webhook server on %s:%s/%s for %s (secret %s); database %s",
        settings.listen,
        settings.port,
        settings.url_path,
        settings.url,
        "generated at start" if settings.secret_generated else "from NEWSROOM_WEBHOOK_SECRET",
        config.db_path,
    )
    application.run_webhook(**start_webhook_kwargs(settings), **run_options)
