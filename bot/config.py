"""Settings read from the environment, each documented in the README's table."""

import os
from dataclasses import dataclass, field


def _ids(value: str | None) -> frozenset[int]:
    """Parse a comma-separated list of Telegram user ids, ignoring blanks and junk."""
    out = set()
    for part in (value or "").replace(";", ",").split(","):
        part = part.strip()
        if part.lstrip("-").isdigit():
            out.add(int(part))
    return frozenset(out)


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
    # Seconds to wait for the rest of a long paste that Telegram split into several messages.
    paste_window: float = 3.0
    # A message at least this long may be the first part of a split paste.
    paste_split_hint: int = 3000

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
            paste_window=float(env.get("NEWSROOM_PASTE_WINDOW") or 3.0),
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
