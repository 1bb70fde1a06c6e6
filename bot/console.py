"""A terminal console that drives the real Application, Bot API calls answered locally."""

import asyncio
import dataclasses
import itertools
import sys
import time
from collections.abc import Callable

from telegram import Update

from bot.app import build_application, running
from bot.config import Config
from bot.local_api import LocalBotAPI, html_to_plain
from storage import Store

CONSOLE_CHAT = 1


class Console:
    """One private chat between a local user and the bot, with replies printed as text."""

    def __init__(
        self,
        config: Config,
        *,
        store: Store | None = None,
        write: Callable[[str], None] = print,
    ):
        user = min(config.editors) if config.editors else CONSOLE_CHAT
        self.user_id = user
        # The console reads a whole paste at once, so it never waits for split parts.
        config = dataclasses.replace(config, paste_split_hint=10**9, token=None)
        self.api = LocalBotAPI(on_send=lambda params: write(self._render(params)))
        self.app = build_application(config, request=self.api, store=store, rate_limit=False)
        self._ids = itertools.count(1)

    @staticmethod
    def _render(params: dict) -> str:
        text = params.get("text") or params.get("caption") or ""
        if params.get("parse_mode") == "HTML":
            text = html_to_plain(text)
        for kind in ("document", "photo"):  # a terminal cannot show the file: say it came
            sent = params.get(kind)
            if isinstance(sent, dict):
                text = f"[{kind} {sent.get('upload')}, {sent.get('size', 0):,} bytes]\n{text}"
        return f"{text}\n"

    async def __aenter__(self) -> "Console":
        self._running = running(self.app)
        await self._running.__aenter__()
        return self

    async def __aexit__(self, *exc) -> None:
        await self._running.__aexit__(*exc)

    def _update(self, text: str) -> Update:
        n = next(self._ids)
        message = {
            "message_id": n,
            "date": int(time.time()),
            "chat": {"id": self.user_id, "type": "private", "first_name": "Console"},
            "from": {"id": self.user_id, "is_bot": False, "first_name": "Console"},
            "text": text,
        }
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        return Update.de_json({"update_id": n, "message": message}, self.app.bot)

    async def send(self, text: str) -> None:
        """Send one message as the console user and let the bot answer it."""
        await self.app.process_update(self._update(text))


# A paste reaches the terminal as a burst of lines; this much silence ends it.
PASTE_QUIET_SECONDS = 0.4


async def _read_messages(prompt: Callable[[str], None]):
    """Yield typed messages: a command line, or a pasted article.

    An article ends when input goes quiet (the paste is over), at a line holding only ".", or
    at the end of input; blank lines between paragraphs stay inside it. A line starting with
    "/" outside an article, or right after one, is a command of its own.
    """
    loop = asyncio.get_running_loop()
    lines: list[str] = []
    pending: asyncio.Future | None = None
    prompt("> ")
    while True:
        if pending is None:
            pending = loop.run_in_executor(None, sys.stdin.readline)
        try:
            timeout = PASTE_QUIET_SECONDS if lines else None
            line = await asyncio.wait_for(asyncio.shield(pending), timeout)
        except TimeoutError:
            yield "\n".join(lines).strip()
            lines = []
            prompt("> ")
            continue
        pending = None
        if not line:
            if "".join(lines).strip():
                yield "\n".join(lines).strip()
            return
        line = line.rstrip("\n")
        if line.startswith("/") and not line.startswith("//"):
            if "".join(lines).strip():
                yield "\n".join(lines).strip()
            lines = []
            yield line.strip()
            prompt("> ")
        elif line.strip() == ".":
            if "".join(lines).strip():
                yield "\n".join(lines).strip()
            lines = []
            prompt("> ")
        elif line.strip() or lines:
            lines.append(line)


async def run_console(config: Config) -> None:
    """Read commands and pasted articles from the terminal until end of input."""

    def prompt(text: str) -> None:
        if sys.stdin.isatty():
            print(text, end="", flush=True)

    print(
        "newsroom-bot console: type /help, or paste an article (a line with a single '.' ends "
        "it if it does not end by itself). Ctrl-D quits.",
        flush=True,
    )
    async with Console(config) as console:
        async for message in _read_messages(prompt):
            await console.send(message)
