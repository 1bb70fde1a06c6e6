"""Text clean-up shared by every stage: HTML to text and length-preserving normalisation."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from extraction.cues import gated

_DROP_TAGS = {"script", "style", "nav", "noscript", "template", "svg", "head", "footer", "aside"}
_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
    "table", "section", "article", "header", "blockquote", "pre", "figure", "figcaption", "hr",
    "dd", "dt", "dl", "title", "main",
}  # fmt: skip


# Every other element of HTML (and its obsolete ones, still met in old pages): markup, read away.
# A name outside HTML ("hit <region> overnight", "North <Desk>") is the writer's text, kept as
# written; a custom element ("<amp-img>") or a namespaced one ("<o:p>") is markup all the same.
_HTML_ELEMENTS = _DROP_TAGS | _BLOCK_TAGS | {
    "a", "abbr", "acronym", "address", "applet", "area", "aside", "audio", "b", "base",
    "basefont", "bdi", "bdo", "big", "blink", "body", "button", "canvas", "caption", "center",
    "cite", "code", "col", "colgroup", "data", "datalist", "del", "details", "dfn", "dialog",
    "dir", "em", "embed", "fieldset", "font", "form", "frame", "frameset", "html", "i", "iframe",
    "img", "input", "ins", "kbd", "label", "legend", "link", "map", "mark", "math", "menu",
    "meta", "meter", "nobr", "noframes", "object", "optgroup", "option", "output", "param",
    "picture", "progress", "q", "rp", "rt", "ruby", "s", "samp", "search", "select", "slot",
    "small", "source", "span", "strike", "strong", "sub", "summary", "sup", "tbody", "textarea",
    "tfoot", "thead", "time", "track", "tt", "u", "var", "video", "wbr",
}  # fmt: skip


def _is_markup(tag: str) -> bool:
    return tag in _HTML_ELEMENTS or "-" in tag or ":" in tag


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.open_heads = 0  # <head> elements not yet closed
        # where the outermost dropped element (other than <head>) opened: (line, column, tag)
        self.drop_start: tuple[int, int, str] | None = None

    def handle_starttag(self, tag: str, attrs) -> None:
        """Enter a dropped element, or break the line at a block."""
        if tag in _DROP_TAGS:
            if not self.skip_depth and tag != "head":
                line, column = self.getpos()
                self.drop_start = (line, column, self.get_starttag_text() or "")
            self.skip_depth += 1
            self.open_heads += tag == "head"
        elif tag == "body":
            # many sites never close <head>: the body starting ends it all the same
            self.skip_depth = max(0, self.skip_depth - self.open_heads)
            self.open_heads = 0
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif not _is_markup(tag):
            self.handle_data(self.get_starttag_text() or "")

    def handle_startendtag(self, tag: str, attrs) -> None:
        """A self-closing block tag such as <br/> breaks the line."""
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif not _is_markup(tag):
            self.handle_data(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        """Leave a dropped element, or break the line after a block."""
        if tag in _DROP_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
            if not self.skip_depth:
                self.drop_start = None
            if tag == "head":
                self.open_heads = max(0, self.open_heads - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif not _is_markup(tag):
            self.handle_data(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        """Keep text outside dropped elements."""
        if not self.skip_depth:
            self.parts.append(data)


def html_to_text(html_text: str, _retries: int = 3) -> str:
    """Reduce an HTML page to plain text: scripts, styles and nav dropped, blocks as lines."""
    if not html_text:
        return ""
    parser = _TextCollector()
    try:
        parser.feed(html_text)
        parser.close()
    except Exception:  # malformed markup: fall back to stripping tags crudely
        return html.unescape(re.sub(r"<[^>]*>", " ", html_text))
    if parser.skip_depth and parser.drop_start and _retries:
        # a <script> or <nav> never closed ("fires 12 <script> drones" in a pasted title) would
        # drop everything after it: it held no script, so read on as if the tag were not there
        line, column, tag = parser.drop_start
        at = _offset(html_text, line, column)
        if html_text.startswith(tag, at):
            return html_to_text(html_text[:at] + html_text[at + len(tag) :], _retries - 1)
    text = "".join(parser.parts)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def _offset(text: str, line: int, column: int) -> int:
    """The character offset of HTMLParser's (line, column) position in the text it was fed."""
    at = 0
    for _ in range(line - 1):
        at = text.index("\n", at) + 1
    return at + column


_TAG = re.compile(
    r"</?(?:p|div|br|h[1-6]|html|body|head|span|a|li|ul|ol|article|section|script|style|table|"
    r"meta|title|img|"
    # inline tags, as a paste from a web page or a CMS keeps them: "Kyiv <b>and</b> Moscow"
    r"b|i|u|s|em|strong|font|small|sup|sub)\b[^<>]{0,300}>",
    re.IGNORECASE,
)


def looks_like_html(text: str) -> bool:
    """True when the text carries enough markup to be worth reducing."""
    return len(_TAG.findall(text, 0, 5000)) >= 2


# One-to-one character map, so offsets in the normalised text match the original.
_CHAR_MAP = str.maketrans(
    {
        "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u200a": " ",
        "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u0060": "'", "\u00b4": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2011": "-", "\u00ad": " ",
        "\t": " ", "\r": " ",
    }
)  # fmt: skip


_ODD_CHARS = gated("[" + "".join(re.escape(chr(c)) for c in _CHAR_MAP) + "]")


def normalise(text: str) -> str:
    """Map look-alike characters (apostrophes, quotes, dashes, odd spaces) to one form each."""
    # translate() walks every character in Python-level lookups; most text has few odd ones
    return _ODD_CHARS.sub(lambda m: _CHAR_MAP[ord(m.group())], text)
