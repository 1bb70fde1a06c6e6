"""The install a newcomer makes: README commands go through the lock, and the lock is whole."""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _name(requirement: str) -> str:
    """A requirement's project name, normalised as pip compares names."""
    return re.sub(r"[-_.]+", "-", re.match(r"[A-Za-z0-9._-]+", requirement).group()).lower()


def _locked() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        found = re.match(r"([A-Za-z0-9._-]+)==([^\s;]+)", line)
        if found:
            pins[_name(found.group(1))] = found.group(2)
    return pins


def test_every_declared_dependency_is_pinned_in_the_lock():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = project["dependencies"] + project["optional-dependencies"]["test"]
    missing = sorted({_name(r) for r in declared} - set(_locked()))
    assert not missing, f"regenerate requirements.lock (README, Development): {missing} unpinned"


def test_the_lock_pins_the_html_cleaner_that_old_pips_leave_out():
    assert "lxml-html-clean" in _locked()


def test_the_readme_commands_install_through_the_lock():
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Two commands", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.*?)```", section, re.S)
    assert len(commands) == 2
    for command in commands:
        assert "pip install -c requirements.lock" in command
        assert "--upgrade pip" not in command
