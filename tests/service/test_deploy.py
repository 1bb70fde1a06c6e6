"""What an operator deploys from: the Dockerfile installs what the README installs, and every
setting the code reads is explained in deploy/.env.example and the README."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("bot", "handlers", "intake", "storage", "extraction", "briefings")


def settings_read_by_the_code() -> set[str]:
    names = {"LOG_LEVEL"}
    for package in SOURCES:
        for path in (ROOT / package).rglob("*.py"):
            names |= set(re.findall(r"\"((?:NEWSROOM|TELEGRAM)_[A-Z_]+)\"", path.read_text()))
    return names


def readme_install() -> str:
    """The install part of the README's first command (without running the demo)."""
    readme = (ROOT / "README.md").read_text()
    first = re.search(r"```sh\n(.*?)\n", readme.split("## Two commands", 1)[1]).group(1)
    return first.strip().rsplit(" && ", 1)[0]


def test_the_dockerfile_installs_what_the_readme_installs():
    dockerfile = (ROOT / "Dockerfile").read_text()
    runs = "\n".join(re.findall(r"^RUN (.*)$", dockerfile, re.M))
    assert readme_install() in runs
    installs = [i.strip() for i in re.findall(r"pip install[^&\n]*", runs)]
    readme_pip = re.search(r"pip install[^&]*", readme_install()).group().strip()
    assert installs == [readme_pip], "no second list of dependencies"
    assert re.search(r"^FROM python:3\.\d+-slim", dockerfile, re.M)
    user = re.findall(r"^USER (\S+)", dockerfile, re.M)
    assert user and user[-1] not in ("root", "0")
    assert re.search(r"^VOLUME /data", dockerfile, re.M)
    assert "NEWSROOM_DB=/data/" in dockerfile


def test_every_setting_is_explained_for_the_operator():
    example = (ROOT / "deploy" / ".env.example").read_text()
    listed = set(re.findall(r"^([A-Z_]+)=", example, re.M))
    readme = (ROOT / "README.md").read_text()
    for name in settings_read_by_the_code():
        assert name in listed, f"{name} missing from deploy/.env.example"
        assert f"| `{name}` |" in readme, f"{name} missing from the README's settings table"
    # Each variable in the example comes after a comment saying what it means.
    lines = example.splitlines()
    for index, line in enumerate(lines):
        if re.match(r"^[A-Z_]+=", line):
            previous = lines[index - 1]
            assert previous.startswith("#") or re.match(r"^[A-Z_]+=", previous), line


def test_the_systemd_unit_runs_the_bot_unprivileged_from_the_env_file():
    unit = (ROOT / "deploy" / "newsroom-bot.service").read_text()
    assert re.search(r"^ExecStart=\S*newsroom-bot run$", unit, re.M)
    assert re.search(r"^EnvironmentFile=/etc/newsroom-bot.env$", unit, re.M)
    assert re.search(r"^User=(?!root)\w+", unit, re.M)
    assert "KillSignal=SIGTERM" in unit
