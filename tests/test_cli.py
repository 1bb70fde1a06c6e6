"""The command line: extract contract, ingest, brief, demo, and the README's command list."""

import json
import re
from pathlib import Path

from bot.cli import main
from handlers import COMMANDS
from tests.articles import EXCHANGE_AND_STRIKES

ROOT = Path(__file__).resolve().parent.parent


def test_every_bot_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    for command in COMMANDS:
        assert re.search(rf"`/{command.name}\b", readme), f"/{command.name} missing from README"


def test_every_cli_command_is_documented_in_the_readme():
    from bot.cli import build_parser

    readme = (ROOT / "README.md").read_text()
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    for name in sub.choices:
        assert f"newsroom-bot {name}" in readme, f"newsroom-bot {name} missing from README"


def test_extract_prints_the_contract_object(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(EXCHANGE_AND_STRIKES)
    assert main(["extract", "--published", "2023-12-03", str(path)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert {"title", "outlet", "published", "language", "people", "exchange", "strikes"} <= set(
        result
    )
    assert result["exchange"]["count"] == 1200
    assert result["published"] == "2023-12-03"


def test_extract_jsonl_keeps_ids_and_survives_bad_lines(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    path.write_text(
        json.dumps({"id": "a1", "text": EXCHANGE_AND_STRIKES, "published": "2023-12-03"})
        + "\n{not json\n"
        + json.dumps({"id": 7, "text": "", "published": None})
        + "\n"
    )
    assert main(["extract", "--jsonl", str(path)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in rows] == ["a1", None, 7]
    assert "error" in rows[1]
    assert rows[0]["exchange"]["count"] == 1200


def test_extract_reports_a_missing_file(capsys):
    assert main(["extract", "/nonexistent/article.txt"]) == 2


def test_ingest_then_brief(tmp_path, capsys):
    article = tmp_path / "seed.txt"
    article.write_text("Outlet: Kyiv Wire\nPublished: 2023-12-03\n\n" + EXCHANGE_AND_STRIKES)
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02garbage")
    db = str(tmp_path / "n.db")
    assert main(["ingest", "--db", db, str(article), str(binary)]) == 0
    out = capsys.readouterr().out
    assert "1 stored" in out and "1 refused" in out
    assert main(["brief", "exchange", "--db", db]) == 0
    text = capsys.readouterr().out
    assert "1,200" in text and "Kyiv Wire" in text


def test_demo_prints_the_briefings(capsys):
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "== /exchange" in out and "== /latest" in out
    assert "1,200" in out
    assert "Russian Defence Ministry" in out
