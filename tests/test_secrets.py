"""The bot token never appears in anything the process prints: logs, tracebacks, stdout, stderr."""

import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

TOKEN = "987654321:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
SECRET = TOKEN.split(":", 1)[1]
ROOT = Path(__file__).resolve().parent.parent


class _Refusing(BaseHTTPRequestHandler):
    """A Bot API that refuses the token, as Telegram does (401, or 404 for a malformed one)."""

    status = 401

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        description = "Unauthorized" if self.status == 401 else "Not Found"
        body = json.dumps({"ok": False, "error_code": self.status, "description": description})
        self.send_response(self.status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body.encode())

    do_GET = do_POST

    def log_message(self, *args):
        pass


@pytest.fixture(params=[401, 404])
def refusing_api(request):
    handler = type("Refusing", (_Refusing,), {"status": request.param})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _run(args, env_extra, tmp_path, script=None):
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "LOG_LEVEL": "DEBUG",
        "NEWSROOM_DB": str(tmp_path / "bot.db"),
        "PYTHONPATH": str(ROOT),
        **env_extra,
    }
    command = [sys.executable, "-c", script] if script else [sys.executable, "-m", "bot.cli", *args]
    return subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path
    )


def test_a_refused_token_at_start_up_is_never_printed(refusing_api, tmp_path):
    done = _run(
        ["run"],
        {"TELEGRAM_BASE_URL": f"{refusing_api}/bot", "TELEGRAM_BASE_FILE_URL": refusing_api},
        tmp_path,
    )
    printed = done.stdout + done.stderr
    assert done.returncode == 1, printed
    assert "refused the bot token" in done.stderr
    assert SECRET not in printed
    assert TOKEN not in printed


SCRIPT = f"""
import logging, sys, threading
from bot import logsafe
logsafe.protect({TOKEN!r})
logging.basicConfig(level=logging.DEBUG)
logsafe.protect({TOKEN!r})
log = logging.getLogger("telegram.ext.ExtBot")
log.debug("Set Bot API URL: %s", "https://api.telegram.org/bot{TOKEN}")
try:
    raise RuntimeError("The token `{TOKEN}` was rejected by the server.")
except RuntimeError:
    log.exception("while initialising")
print("stdout line with {TOKEN}")
print("a secret alone: {SECRET}", file=sys.stderr)
worker = threading.Thread(target=lambda: 1 / 0 if False else exec("raise ValueError('{SECRET}')"))
worker.start(); worker.join()
raise SystemError("uncaught with {TOKEN}")
"""


def test_logs_tracebacks_and_streams_are_masked(tmp_path):
    done = _run([], {}, tmp_path, script=SCRIPT)
    printed = done.stdout + done.stderr
    assert done.returncode == 1
    assert SECRET not in printed
    # Everything still arrives, with the token masked.
    assert "Set Bot API URL: https://api.telegram.org/bot<token>" in done.stderr
    assert "The token `<token>` was rejected" in done.stderr
    assert "Traceback" in done.stderr and "SystemError: uncaught with <token>" in done.stderr
    assert "ValueError: <token>" in done.stderr
    assert "stdout line with <token>" in done.stdout
    assert "a secret alone: <token>" in done.stderr


def test_redacting_formatter_masks_message_and_traceback():
    import logging

    from bot.logsafe import RedactingFormatter, Redactor, secrets_of

    formatter = RedactingFormatter(Redactor(secrets_of(TOKEN)))
    try:
        raise KeyError(TOKEN)
    except KeyError:
        record = logging.LogRecord(
            "telegram",
            logging.ERROR,
            __file__,
            1,
            "url %s",
            (f"/bot{TOKEN}/getMe",),
            sys.exc_info(),
        )
    text = formatter.format(record)
    assert "url /bot<token>/getMe" in text
    assert "KeyError" in text and SECRET not in text
