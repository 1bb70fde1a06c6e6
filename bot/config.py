"""Settings read from the environment, each documented in the README's table."""

import logging
import os
from dataclasses import dataclass, field

log = logging.getLogger(__name__)


def _ids(value: str | None) -> frozenset[int]:
    """Parse a comma-separated list of Telegram user ids, ignoring blanks and junk."""
    out = set()
    for part in (value or "").replace(";", ",").split(","):
        part = part.strip()
        if part.isascii() and part.lstrip("-").isdigit():
            out.add(int(part))
    return frozenset(out)


def _chat_id(value: str | None) -> int | None:
    """A Telegram chat id such as -1001234567890; None when unset or not a number."""
    value = (value or "").strip()
    return int(value) if value.isascii() and value.lstrip("-").isdigit() else None


PUSH_POLICIES = ("auto", "confirmed")


def _push_policy(value: str | None) -> str:
    """NEWSROOM_PUSH: auto (default) or confirmed; anything else holds pushes, the safe side."""
    value = (value or "auto").strip().casefold()
    if value in PUSH_POLICIES:
        return value
    log.warning("NEWSROOM_PUSH=%r is neither auto nor confirmed: holding pushes for editors", value)
    return "confirmed"


def _days(value: str | None, default: int) -> int:
    """A whole number of days (ASCII digits); the default when unset or not a number."""
    value = (value or "").strip()
    return int(value) if value.isascii() and value.isdigit() else default


@dataclass(frozen=True)
class Config:
    """Everything the bot needs to start; tests build one directly."""

    token: str | None = None
    db_path: str = "newsroom.db"
    editors: frozenset[int] = field(default_factory=frozenset)
    readers: frozenset[int] = field(default_factory=frozenset)
    base_url: str | None = None
    base_file_url: str | None = None
    log_level: str = "INFO"
    # Sent pushes and change-log entries older than this many days are pruned daily (0: never).
    retention_days: int = 90
    # Seconds to wait for the rest of a long paste that Telegram split into several messages.
    paste_window: float = 3.0
    # A message at least this long may be the first part of a split paste.
    paste_split_hint: int = 3000
    # Webhook mode when set: the public HTTPS URL Telegram posts updates to.
    webhook_url: str | None = None
    # The secret Telegram sends with every webhook request; generated at start when unset.
    webhook_secret: str | None = None
    # Where the webhook server listens, host:port (a reverse proxy forwards to it).
    webhook_listen: str = "0.0.0.0:8443"
    # The chat that hears about errors and dead pushes and may ask /stats.
    admin_chat: int | None = None
    # "auto": confident figures are pushed at once; "confirmed": every push waits for an
    # editor's Confirm. Uncertain figures always wait.
    push: str = "auto"
    # Pushes are news: changes about events older than this many days are stored, not pushed.
    push_max_age_days: int = 7

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> "Config":
        """Read the configuration from environment variables."""
        env = dict(os.environ if env is None else env)
        return cls(
            token=env.get("TELEGRAM_BOT_TOKEN") or None,
            db_path=env.get("NEWSROOM_DB") or "newsroom.db",
            editors=_ids(env.get("NEWSROOM_EDITORS")),
            readers=_ids(env.get("NEWSROOM_READERS")),
            base_url=env.get("TELEGRAM_BASE_URL") or None,
            base_file_url=env.get("TELEGRAM_BASE_FILE_URL") or None,
            log_level=(env.get("LOG_LEVEL") or "INFO").upper(),
            retention_days=_days(env.get("NEWSROOM_RETENTION_DAYS"), 90),
            paste_window=float(env.get("NEWSROOM_PASTE_WINDOW") or 3.0),
            webhook_url=env.get("NEWSROOM_WEBHOOK_URL") or None,
            webhook_secret=env.get("NEWSROOM_WEBHOOK_SECRET") or None,
            webhook_listen=env.get("NEWSROOM_WEBHOOK_LISTEN") or "0.0.0.0:8443",
            admin_chat=_chat_id(env.get("NEWSROOM_ADMIN_CHAT")),
            push=_push_policy(env.get("NEWSROOM_PUSH")),
            push_max_age_days=_days(env.get("NEWSROOM_PUSH_MAX_AGE_DAYS"), 7),
        )

    def may_read(self, user_id: int | None) -> bool:
        """Whether a user may read briefings: anyone, unless NEWSROOM_READERS lists who may."""
        return not self.readers or user_id in self.readers or user_id in self.editors

    def role(self, user_id: int | None, chat_type: str | None = "private") -> str:
        """'editor', 'reader' or 'none', as /whoami reports it."""
        if self.may_add(user_id, chat_type):
            return "editor"
        return "reader" if self.may_read(user_id) else "none"

    def may_add(self, user_id: int | None, chat_type: str | None) -> bool:
        """Whether a user may add articles: a listed editor, or anyone in private if none listed."""
        if self.editors:
            return user_id in self.editors
        return chat_type == "private"
