"""The message catalogue: every word the bot says to its users, in English and Ukrainian.

HOW TO ADD A STRING (every handler, briefing and push goes through here; no prose in handlers):
1. Pick a key "<area>.<what>" ("search.usage", "export.empty") and add it to BOTH
   briefings/catalogue/en.py and briefings/catalogue/uk.py, in your area's block.
   tests/test_catalogue.py fails when a key is missing from either or their {fields} differ.
   ru.py holds only the Russian welcome; any key it lacks is shown in English.
2. Values are Telegram HTML: tags such as <b> are allowed, a literal "<", ">" or "&" is written
   "&lt;", "&gt;", "&amp;". Fields are str.format fields: "{count} stories", "/sources {n}".
3. Call `t(lang, "search.usage", n=3)`. Every value you pass is escaped and integers are printed
   as figures ("1,200"); pass HTML you built yourself (another t() result, a link) as is: t()
   returns `Html`, and `Html(...)` marks a string as already safe.
4. A phrase that depends on a number: make the value a dict {"one": ..., "few": ..., "many": ...}
   (Ukrainian needs all three; English "one" and "many") and pass `count=`.
5. Command descriptions for /help and the menus are "command.<name>"; a new command needs one.
6. A handler gets the chat's language with `handlers.language.chat_language(update, context)`;
   renderers take `lang` as a keyword argument ("en" by default).
Figures, names, headlines and quotes from articles are data: never translate them.
"""

from __future__ import annotations

import html
import string
from collections.abc import Mapping

from briefings.catalogue import en, ru, uk

# Complete interfaces a chat can choose with /lang.
LANGUAGES = ("uk", "en")
DEFAULT = "en"
CATALOGUES: dict[str, Mapping[str, object]] = {
    "en": en.MESSAGES,
    "uk": uk.MESSAGES,
    "ru": ru.MESSAGES,
}
_FORMATTER = string.Formatter()


class Html(str):
    """A string that is already Telegram HTML: t() interpolates it without escaping it again."""

    __slots__ = ()


# Thousands as each language's desk writes them: "1,200" in English; a no-break space in
# Ukrainian and Russian, where the comma is the decimal mark ("1,200" would read as 1.2).
_THOUSANDS = {"uk": "\u00a0", "ru": "\u00a0"}


def grouped(number: int, lang: str = "en") -> str:
    """A whole number with the language's thousands separator: "1,200", "1 200"."""
    text = f"{number:,}"
    separator = _THOUSANDS.get(lang)
    return text.replace(",", separator) if separator else text


def language_of(code: str | None) -> str:
    """The catalogue for a Telegram language code ("uk", "ru", "en-GB"); English otherwise."""
    base = (code or "").split("-")[0].split("_")[0].lower()
    return base if base in CATALOGUES else DEFAULT


def plural_form(lang: str, n: int) -> str:
    """CLDR plural category of n: 'one', 'few' or 'many' (English has only one/many)."""
    n = abs(n)
    if lang in ("uk", "ru"):
        if n % 10 == 1 and n % 100 != 11:
            return "one"
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return "few"
        return "many"
    return "one" if n == 1 else "many"


def _template(lang: str, key: str) -> object:
    for name in (lang, DEFAULT):
        found = CATALOGUES.get(name, {}).get(key)
        if found is not None:
            return found
    raise KeyError(f"no message {key!r} in the catalogue")


def _safe(value: object, lang: str) -> str:
    if isinstance(value, Html):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return grouped(value, lang)
    return html.escape(str(value), quote=True)


def t(lang: str, key: str, /, **values: object) -> Html:
    """The message `key` in `lang` (English where missing), with escaped values filled in."""
    template = _template(lang, key)
    if isinstance(template, Mapping):
        count = values.get("count")
        if not isinstance(count, int):
            raise TypeError(f"{key!r} depends on a number: pass count=")
        form = plural_form(lang, count)
        template = template.get(form) or template.get("many") or template["one"]
    return Html(str(template).format_map({k: _safe(v, lang) for k, v in values.items()}))


def fields(template: object) -> set[str]:
    """The {fields} a catalogue value uses (of every plural form)."""
    texts = template.values() if isinstance(template, Mapping) else [template]
    return {name for text in texts for _, name, _, _ in _FORMATTER.parse(str(text)) if name}


def has(lang: str, key: str) -> bool:
    """Whether `lang`'s own catalogue has `key` (no fallback)."""
    return key in CATALOGUES.get(lang, {})
