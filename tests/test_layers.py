"""The layering the README describes, checked on every import the code makes."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "handlers", "intake", "briefings", "extraction", "storage")
# Which of our packages each package may import (itself always). Imports point down only.
ALLOWED = {
    "bot": set(PACKAGES),
    "handlers": {"intake", "briefings", "storage"},
    "intake": {"extraction", "storage"},
    "briefings": {"storage"},
    "extraction": set(),
    "storage": {"extraction"},
}
# What briefings may read from storage: the plain read models, never the store itself.
BRIEFINGS_FROM_STORAGE = {"storage.views"}
TELEGRAM_ALLOWED = {"bot", "handlers"}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _modules():
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            yield package, path


def test_imports_point_down_only():
    wrong = []
    for package, path in _modules():
        for name in _imports(path):
            top = name.split(".")[0]
            if top in PACKAGES and top != package and top not in ALLOWED[package]:
                wrong.append(f"{path.relative_to(ROOT)} imports {name}")
            if package == "briefings" and top == "storage" and name not in BRIEFINGS_FROM_STORAGE:
                wrong.append(f"{path.relative_to(ROOT)} imports {name}")
    assert wrong == []


def test_only_handlers_and_bot_import_telegram():
    wrong = [
        f"{path.relative_to(ROOT)} imports {name}"
        for package, path in _modules()
        if package not in TELEGRAM_ALLOWED
        for name in _imports(path)
        if name.split(".")[0] == "telegram"
    ]
    assert wrong == []


def test_the_intake_code_lives_in_intake():
    for moved in ("ingest", "documents", "fetch", "loaders"):
        assert not (ROOT / "bot" / f"{moved}.py").exists(), f"bot/{moved}.py is intake's"
