"""A strict reading of Telegram's HTML parse mode, for the fake server.

Error reasons follow the wording of the real server (tdlib) so test failures read like the
production log. One deliberate difference: a bare `&` is refused here, while Telegram passes it
through; the Bot API documentation requires escaping it, and an unescaped `&` usually means a
value was interpolated without `html.escape`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_ENTITY_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "tg-emoji": "custom_emoji",
}
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ENTITY = re.compile(r"&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]+));")
_UNQUOTED_VALUE = re.compile(r"[A-Za-z0-9.\-]*")
_SPACE = " \t\r\n\v\f"


class HtmlError(ValueError):
    """Telegram would refuse this text with "can't parse entities: <reason>"."""


@dataclass
class _OpenTag:
    name: str
    offset: int  # in UTF-16 code units of the output text
    attrs: dict[str, str] = field(default_factory=dict)


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram entity offsets."""
    return len(text.encode("utf-16-le")) // 2


class _Parser:
    def __init__(self, source: str) -> None:
        self.src = source
        self.pos = 0
        self.out: list[str] = []
        self.out_len = 0
        self.stack: list[_OpenTag] = []
        self.entities: list[dict] = []

    def byte_offset(self, index: int) -> int:
        return len(self.src[:index].encode())

    def emit(self, text: str) -> None:
        self.out.append(text)
        self.out_len += utf16_len(text)

    def run(self) -> tuple[str, list[dict]]:
        src = self.src
        while self.pos < len(src):
            char = src[self.pos]
            if char == "&":
                self.emit(self.entity())
            elif char == "<" and src.startswith("</", self.pos):
                self.end_tag()
            elif char == "<":
                self.start_tag()
            else:
                self.emit(char)
                self.pos += 1
        if self.stack:
            raise HtmlError(f"Can't find end tag corresponding to start tag {self.stack[-1].name}")
        for entity in self.entities:
            entity.pop("_language", None)
        self.entities.sort(key=lambda e: (e["offset"], -e["length"]))
        return "".join(self.out), self.entities

    def entity(self) -> str:
        match = _ENTITY.match(self.src, self.pos)
        decoded = None
        if match and match.group(3):
            decoded = _NAMED.get(match.group(3))
        elif match:
            code = int(match.group(1)) if match.group(1) else int(match.group(2), 16)
            if 0 < code < 0x110000 and not 0xD800 <= code <= 0xDFFF:
                decoded = chr(code)
        if match is None or decoded is None:
            raise HtmlError(
                f'Character "&" at byte offset {self.byte_offset(self.pos)} does not begin '
                'an HTML entity; escape it as "&amp;"'
            )
        self.pos = match.end()
        return decoded

    def read_until(self, stops: str) -> str:
        begin = self.pos
        while self.pos < len(self.src) and self.src[self.pos] not in stops:
            self.pos += 1
        return self.src[begin : self.pos]

    def skip_space(self) -> None:
        self.read_until_not(_SPACE)

    def read_until_not(self, chars: str) -> None:
        while self.pos < len(self.src) and self.src[self.pos] in chars:
            self.pos += 1

    def start_tag(self) -> None:
        begin = self.pos
        at = self.byte_offset(begin)
        self.pos += 1
        name = self.read_until(_SPACE + ">").lower()
        if self.pos >= len(self.src):
            raise HtmlError(f"Unclosed start tag at byte offset {at}")
        if name not in _ENTITY_TYPES:
            raise HtmlError(f'Unsupported start tag "{name}" at byte offset {at}')
        attrs: dict[str, str] = {}
        while True:
            self.skip_space()
            if self.pos >= len(self.src):
                raise HtmlError(f"Unclosed start tag at byte offset {at}")
            if self.src[self.pos] == ">":
                break
            attr = self.read_until(_SPACE + "=>").lower()
            if not attr:
                raise HtmlError(f'Empty attribute name in the tag "{name}" at byte offset {at}')
            self.skip_space()
            if self.pos < len(self.src) and self.src[self.pos] != "=":
                if name == "blockquote" and attr == "expandable":
                    attrs[attr] = ""
                    continue
                raise HtmlError(
                    "Expected equal sign in declaration of an attribute of the tag "
                    f'"{name}" at byte offset {at}'
                )
            self.pos += 1
            self.skip_space()
            attrs[attr] = self.attribute_value(at)
        self.pos += 1  # the closing ">"
        if name == "span" and attrs.get("class") != "tg-spoiler":
            raise HtmlError(f'Tag "span" must have class "tg-spoiler" at byte offset {at}')
        self.stack.append(_OpenTag(name, self.out_len, attrs))

    def attribute_value(self, at: int) -> str:
        if self.pos >= len(self.src):
            raise HtmlError(f"Unclosed start tag at byte offset {at}")
        quote = self.src[self.pos]
        if quote not in "\"'":
            match = _UNQUOTED_VALUE.match(self.src, self.pos)
            assert match is not None  # the pattern accepts the empty string
            self.pos = match.end()
            if self.pos >= len(self.src) or self.src[self.pos] not in _SPACE + ">":
                raise HtmlError(
                    f"Unexpected end of name token at byte offset {self.byte_offset(self.pos)}"
                )
            return match.group(0)
        self.pos += 1
        value: list[str] = []
        while self.pos < len(self.src) and self.src[self.pos] != quote:
            if self.src[self.pos] == "&":
                value.append(self.entity())
            else:
                value.append(self.src[self.pos])
                self.pos += 1
        if self.pos >= len(self.src):
            raise HtmlError(f"Unclosed start tag at byte offset {at}")
        self.pos += 1
        return "".join(value)

    def end_tag(self) -> None:
        at = self.byte_offset(self.pos)
        self.pos += 2
        name = self.read_until(_SPACE + ">").lower()
        self.skip_space()
        if self.pos >= len(self.src) or self.src[self.pos] != ">":
            raise HtmlError(f"Unclosed end tag at byte offset {at}")
        self.pos += 1
        if not self.stack:
            raise HtmlError(f"Unexpected end tag at byte offset {at}")
        top = self.stack[-1]
        if name != top.name:
            raise HtmlError(
                f'Unmatched end tag at byte offset {at}, expected "</{top.name}>", '
                f'found "</{name}>"'
            )
        self.stack.pop()
        self.close_entity(top)

    def close_entity(self, tag: _OpenTag) -> None:
        length = self.out_len - tag.offset
        if length == 0:
            return
        entity: dict = {"type": _ENTITY_TYPES[tag.name], "offset": tag.offset, "length": length}
        if tag.name == "a":
            href = tag.attrs.get("href", "")
            if href:
                entity["url"] = href
            else:
                entity["type"] = "url"
        elif tag.name == "blockquote" and "expandable" in tag.attrs:
            entity["type"] = "expandable_blockquote"
        elif tag.name == "tg-emoji":
            emoji_id = tag.attrs.get("emoji-id", "")
            if not emoji_id.isdigit() or not emoji_id.strip("0"):
                raise HtmlError("Invalid custom emoji identifier specified")
            entity["custom_emoji_id"] = emoji_id
        elif tag.name == "code" and tag.attrs.get("class", "").startswith("language-"):
            # Only meaningful inside <pre>; dropped from a lone code entity at the end.
            entity["_language"] = tag.attrs["class"].removeprefix("language-")
        elif tag.name == "pre":
            self.absorb_code_language(entity)
        self.entities.append(entity)

    def absorb_code_language(self, pre: dict) -> None:
        # <pre><code class="language-x">...</code></pre> is one pre entity with a language.
        for index, inner in enumerate(self.entities):
            same_span = inner["offset"] == pre["offset"] and inner["length"] == pre["length"]
            if inner["type"] == "code" and same_span:
                language = inner.get("_language", "")
                if language:
                    pre["language"] = language
                del self.entities[index]
                return


def parse_telegram_html(source: str) -> tuple[str, list[dict]]:
    """Parse text as Telegram's HTML mode does: (plain text, entities) or raise HtmlError."""
    parser = _Parser(source)
    text, entities = parser.run()
    return text, entities
