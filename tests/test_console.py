"""The local console: the real Application, replies printed, pastes kept whole."""

import io

from bot.config import Config
from bot.console import run_console
from tests.articles import EXCHANGE_AND_STRIKES


async def test_console_answers_commands_and_keeps_a_paste_whole(tmp_path, monkeypatch, capsys):
    typed = f"/latest\n{EXCHANGE_AND_STRIKES}\n.\n/exchange\n/latest\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(typed))
    await run_console(Config(db_path=str(tmp_path / "c.db")))
    out = capsys.readouterr().out
    assert "No stories yet" in out
    assert out.count("Stored:") == 1  # paragraphs separated by blank lines are one article
    assert "Prisoner exchange #1: talks under way" in out
    assert "#1 · " in out and "1 source" in out
