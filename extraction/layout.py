"""List and table layouts read as sentences: headings lend their verb, label rows become counts."""

from __future__ import annotations

import re

from extraction.figures import sentence_cue_words
from extraction.sentences import Sentence

LIST_ITEM = "item:"  # kind prefix of a list item; the heading's line number follows
_BULLET = re.compile(r"^\s*(?:[•·*▪◦‣●-]|–|—|\d{1,2}[.)]\s)\s*")
# "Attack drones launched: 71", "Launched: 71 / Downed: 58": a label and a bare count
_LABEL_CELL = re.compile(r"^\s*([^\W\d][^:/|]{2,80}?)\s*:\s*(\d[\d,\s]*?)\s*[.;]?\s*$")
_CELL_SPLIT = re.compile(r"\s+[/|]\s+|\s{3,}|\t")


def _label_row(text: str) -> list[str] | None:
    """'Drones launched: 71 / Downed: 58' as ['71 drones launched.', '58 downed.'], else None."""
    cells = _CELL_SPLIT.split(text.strip())
    parts = []
    for cell in cells:
        m = _LABEL_CELL.match(cell)
        if not m:
            return None
        parts.append(f"{m.group(2).strip()} {m.group(1).strip().lower()}.")
    return parts


def per_type_items(body: list[Sentence], missiles_launched) -> set[int]:
    """Indices of list items that each count one missile type under a shared heading: with
    no total written, none of them is the night's missile total."""
    groups: dict[str, list[int]] = {}
    for i, s in enumerate(body):
        if s.kind.startswith(LIST_ITEM) and missiles_launched(s.text):
            groups.setdefault(s.kind, []).append(i)
    return {i for items in groups.values() if len(items) > 1 for i in items}


def items_of_lists(body: list[Sentence], any_item) -> set[int]:
    """Indices of every item of each list (items under one heading) of which any item passes
    `any_item`: "1092 танки, ..., 89 крилатих ракет" under one heading is one loss tally."""
    groups: dict[str, list[int]] = {}
    for i, s in enumerate(body):
        if s.kind.startswith(LIST_ITEM):
            groups.setdefault(s.kind, []).append(i)
    return {
        i for items in groups.values() if any(any_item(body[j].text) for j in items) for i in items
    }


def read_layout(body: list[Sentence]) -> list[Sentence]:
    """Body sentences with list items under a 'verb:' heading prefixed by that verb, and
    label-value rows rewritten as plain counts; other sentences are returned unchanged."""
    out: list[Sentence] = []
    heading_verb: str | None = None
    heading_line = -1
    for s in body:
        text = s.text
        row = _label_row(text) if ":" in text else None
        if row is not None:
            # one sentence a cell: a later cell's bare label takes the weapon named before it
            out.extend(s._replace(text=cell) for cell in row)
            continue
        bullet = _BULLET.match(text)
        if bullet and heading_verb:
            # the heading's verb governs every item under it ("neutralised:\n• 49 drones;")
            item = f"{heading_verb}: {text[bullet.end() :]}"
            out.append(s._replace(text=item, kind=f"{LIST_ITEM}{heading_line}"))
            continue
        heading_verb = None
        heading_line = s.line
        if text.rstrip().endswith(":"):
            words = sentence_cue_words(text)
            heading_verb = words[-1] if words else None
        out.append(s)
    return out
