"""The message catalogue: both interfaces complete, values safe, no prose left in handlers."""

import ast
import html
import re
from pathlib import Path

import pytest

from briefings.catalogue import CATALOGUES, LANGUAGES, Html, fields, language_of, plural_form, t
from handlers import COMMANDS
from tests.support.telegram_html import parse_telegram_html

EN, UK, RU = CATALOGUES["en"], CATALOGUES["uk"], CATALOGUES["ru"]


def test_every_key_exists_in_both_catalogues():
    assert sorted(set(EN) - set(UK)) == [], "keys missing from uk.py"
    assert sorted(set(UK) - set(EN)) == [], "keys missing from en.py"


def test_russian_welcome_uses_known_keys_only():
    assert set(RU) <= set(EN)
    assert "help.intro" in RU


@pytest.mark.parametrize("key", sorted(EN))
def test_both_languages_fill_the_same_fields(key):
    assert fields(EN[key]) == fields(UK[key]), key
    if key in RU:
        assert fields(RU[key]) == fields(EN[key]), key


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_every_message_is_valid_telegram_html(lang):
    for value in CATALOGUES[lang].values():
        texts = value.values() if isinstance(value, dict) else [value]
        for text in texts:
            filled = str(text).format_map({name: "x" for name in fields(text)})
            parse_telegram_html(filled)  # raises on a stray "<" or "&"


def test_plural_messages_have_every_form_ukrainian_needs():
    for key, value in UK.items():
        if isinstance(value, dict):
            assert {"one", "few", "many"} <= set(value), key
            assert isinstance(EN[key], dict) and {"one", "many"} <= set(EN[key]), key


@pytest.mark.parametrize(
    ("n", "form"),
    [(1, "one"), (21, "one"), (2, "few"), (24, "few"), (5, "many"), (11, "many"), (12, "many"),
     (111, "many"), (0, "many")],
)  # fmt: skip
def test_ukrainian_plural_rule(n, form):
    assert plural_form("uk", n) == form


def test_every_command_is_described_in_both_languages():
    for command in COMMANDS:
        for lang in LANGUAGES:
            assert f"command.{command.name}" in CATALOGUES[lang], (lang, command.name)
            assert 3 <= len(command.description(lang)) <= 256  # Telegram's menu limits


def test_values_are_escaped_and_figures_formatted():
    text = t("en", "whoami.line", name="<Ann & Co>", id="5", role=t("en", "role.editor"))
    assert "&lt;Ann &amp; Co&gt;" in text and "<code>5</code>" in text
    assert isinstance(text, Html)
    assert "1,200" in t("en", "sources.no_story", n=1200)


def test_languages_follow_telegram_codes():
    assert language_of("uk") == "uk"
    assert language_of("en-GB") == "en"
    assert language_of("ru") == "ru"
    assert language_of("de") == "en"
    assert language_of(None) == "en"


def test_missing_russian_messages_fall_back_to_english():
    assert t("ru", "latest.usage") == t("en", "latest.usage")


def _prose(path: Path) -> list[str]:
    """String literals of three or more words in a module, docstrings and log calls aside."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        first = body[0] if isinstance(body, list) and body else None
        if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
            skip.add(id(first.value))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if isinstance(owner, ast.Name) and owner.id in ("log", "logging", "logger"):
                skip.update(id(n) for n in ast.walk(node))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            words = [w for w in node.value.split() if re.fullmatch(r"[^\W\d_][\w'’]*[.,!?:;]?", w)]
            if len(words) >= 3:
                found.append(node.value)
    return found


HANDLERS = Path(__file__).resolve().parents[1] / "handlers"


@pytest.mark.parametrize("path", sorted(HANDLERS.glob("*.py")), ids=lambda p: p.name)
def test_handlers_hold_no_user_facing_prose(path):
    assert _prose(path) == [], "put user-facing text in briefings/catalogue (see its docstring)"


def test_every_refusal_reason_is_worded_in_both_languages_as_intake_says_it():
    # intake keeps the English sentence for logs and the command line; chats read the
    # catalogue's: the two English wordings must not drift apart.
    from intake.article import REASONS, Reason

    for code, template in REASONS.items():
        key = f"reason.{code}"
        assert key in EN and key in UK, key
        sample = {name: 7 for name in fields(template)}
        if isinstance(template, dict):
            sample["count"] = 7
        reason = Reason(code, **sample)
        assert html.unescape(str(t("en", key, **sample))) == reason, code
