"""Keep the bot token out of everything the process prints: log lines, tracebacks, stderr.

PTB puts the token in API URLs (logged at DEBUG) and in the message of `InvalidToken`
("The token `123:abc` was rejected by the server."), which reaches stderr as an uncaught
exception's traceback. A filter on log messages misses both, so redaction happens where text
leaves the process: a formatter on every root handler (message, traceback and stack), the
exception hooks, and the stdout and stderr streams themselves.
"""

from __future__ import annotations

import io
import logging
import sys
import threading
import traceback
from collections.abc import Iterable
from typing import TextIO

MASK = "<token>"
# The secret half of a token ("123456:AAE...") is what must never be shown; the bot id before
# the colon is public (it is the bot's user id), so very short values are not treated as secrets.
_MIN_SECRET = 8


def secrets_of(token: str | None) -> list[str]:
    """The strings to hide for a token: the whole token and its secret part, longest first."""
    if not token:
        return []
    found = {token}
    _, _, secret = token.partition(":")
    if len(secret) >= _MIN_SECRET:
        found.add(secret)
    return sorted(found, key=len, reverse=True)


class Redactor:
    """Replaces every registered secret in a text by a mask."""

    def __init__(self, secrets: Iterable[str] = ()):
        self.secrets: list[str] = []
        self.add(secrets)

    def add(self, secrets: Iterable[str]) -> None:
        """Hide these too (idempotent)."""
        merged = set(self.secrets) | {s for s in secrets if s}
        self.secrets = sorted(merged, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self.secrets:
            if secret in text:
                text = text.replace(secret, MASK)
        return text


class RedactingFormatter(logging.Formatter):
    """Formats as the wrapped formatter does, then removes secrets from the whole record."""

    def __init__(self, redact: Redactor, inner: logging.Formatter | None = None):
        super().__init__()
        self.redact = redact
        self.inner = inner or logging.Formatter()

    def format(self, record: logging.LogRecord) -> str:
        return self.redact(self.inner.format(record))


class RedactingStream(io.TextIOBase):
    """A text stream that removes secrets from what is written, then passes it on."""

    def __init__(self, stream: TextIO, redact: Redactor):
        self.stream = stream
        self.redact = redact

    def write(self, text: str) -> int:
        self.stream.write(self.redact(text))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    def fileno(self) -> int:
        return self.stream.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.stream, "encoding", "utf-8")

    def writable(self) -> bool:
        return True

    def __getattr__(self, name: str):
        # Anything else (errors, newlines, reconfigure) is the wrapped stream's.
        return getattr(self.stream, name)


_redactor = Redactor()
_installed = False


def redact(text: str) -> str:
    """Remove every secret registered with protect() from a text."""
    return _redactor(text)


def _excepthook(kind, value, tb) -> None:
    text = "".join(traceback.format_exception(kind, value, tb))
    sys.stderr.write(_redactor(text))
    sys.stderr.flush()


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread else "unknown"
    text = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
    sys.stderr.write(_redactor(f"Exception in thread {name}:\n{text}"))
    sys.stderr.flush()


def protect_handlers(handlers: Iterable[logging.Handler]) -> None:
    """Give each handler a redacting formatter around the one it has."""
    for handler in handlers:
        current = handler.formatter
        if isinstance(current, RedactingFormatter):
            current.redact = _redactor
            continue
        handler.setFormatter(RedactingFormatter(_redactor, current))


def protect(token: str | None) -> None:
    """Hide this token from everything printed from now on: logs, tracebacks, stdout, stderr.

    Safe to call more than once (each call adds secrets; hooks and wrappers are installed once),
    and again after logging is configured, so that new root handlers are covered too.
    """
    global _installed
    if not token:
        return  # nothing to hide: leave the streams and hooks alone
    _redactor.add(secrets_of(token))
    if not _installed:
        _installed = True
        if not isinstance(sys.stdout, RedactingStream):
            sys.stdout = RedactingStream(sys.stdout, _redactor)
        if not isinstance(sys.stderr, RedactingStream):
            sys.stderr = RedactingStream(sys.stderr, _redactor)
        sys.excepthook = _excepthook
        threading.excepthook = _thread_excepthook
    protect_handlers(logging.getLogger().handlers)
