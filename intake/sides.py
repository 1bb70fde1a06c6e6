"""To which side a swap's "returned" figure went home: Ukraine, Russia, or not said.

Each side reports its own people: "189 Ukrainians came home", "150 Russian servicemen were
returned". The words counted right after the number (or a side named in the same clause) tell
which; with no such words the side stays unknown rather than guessed from the outlet.
"""

from __future__ import annotations

import re

from extraction import lemmas

UKRAINE = "ukraine"
RUSSIA = "russia"

# Stems of the words that say whose people came home, per side, in three languages.
SIDE_WORDS = {
    UKRAINE: (
        *("ukrainian", "ukrainians", "defenders", "home to ukraine", "to ukraine"),
        *("українц", "українськ", "наших захисник", "захисник", "додому в україну"),
        *("украинц", "украинск", "в украину"),
    ),
    RUSSIA: (
        *("russian", "russians", "to russia", "home to russia"),
        *("російськ", "росіян", "в росію"),
        *("российск", "россиян", "в россию", "наших военнослужащих"),
    ),
}
# Where people came home from names the other side: "from Russian captivity" means Ukrainians.
CAPTIVITY = {
    UKRAINE: (
        *("russian captivity", "russian-held", "russian custody", "russian prisons"),
        *("російського полону", "полону рф", "російської неволі"),
        *("российского плена",),
    ),
    RUSSIA: (
        *("ukrainian captivity", "ukrainian-held", "ukrainian custody", "kyiv-controlled"),
        *("українського полону",),
        *("украинского плена", "подконтрольной киевскому режиму", "подконтрольной киеву"),
    ),
}
# A side that brings its own people home, named just before its verb (a homecoming_verb of
# extraction.vocab): "Ukraine brought home 150 servicemen", "Россия вернула 90 военнослужащих".
AGENTS = {
    UKRAINE: ("ukraine", "kyiv", "україна", "київ", "украина", "киев"),
    RUSSIA: ("russia", "moscow", "росія", "москва", "россия"),
}
_AGENT_BEFORE = {
    side: re.compile(
        r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)(?:'s)?\s+"
        r"(?:(?:has|have|had|on \w+|\w+ly)\s+)?$",
        re.IGNORECASE,
    )
    for side, names in AGENTS.items()
}
# How far after the number the counted noun may be ("189 of our defenders").
NOUN_WINDOW = 60
_NUMBER = r"(?<![\d.,])(?:{value}|{grouped})(?![\d])"


def _number_pattern(value: int) -> re.Pattern:
    grouped = f"{value:,}".replace(",", r"[\s,. \u00a0]?")
    return re.compile(_NUMBER.format(value=value, grouped=grouped))


def _side_in(words: str) -> str | None:
    """The side named first in the words after the figure: the noun it counts, or the other
    side's captivity they came home from."""
    lowered = words.casefold()
    first: tuple[int, int, str] | None = None
    # A captivity phrase outranks the side word inside it ("Russian" in "Russian captivity").
    for rank, table in enumerate((CAPTIVITY, SIDE_WORDS)):
        for side, stems in table.items():
            for stem in stems:
                m = re.search(rf"(?<!\w){re.escape(stem)}", lowered)
                if m and (first is None or (m.start(), rank) < first[:2]):
                    first = (m.start(), rank, side)
    return first[2] if first else None


def _agent_in(clause: str) -> str | None:
    """The side named as bringing people home in the clause before the figure, if just one."""
    sides = {
        side
        for verb in lemmas.find(clause, "homecoming_verb")
        if not verb.low.endswith("ing")  # "Ukraine returning 390 people": not yet told as done
        for side, pattern in _AGENT_BEFORE.items()
        if pattern.search(clause[: verb.start])
    }
    return sides.pop() if len(sides) == 1 else None


def returned_side(text: str, exchange: dict) -> str | None:
    """The side the `returned` people went home to, read from the words around the figure."""
    value = exchange.get("returned")
    if not isinstance(value, int) or isinstance(value, bool):
        return None
    evidence = (exchange.get("evidence") or {}).get("returned") or {}
    places = [evidence.get("quote") or ""] if evidence.get("quote") else []
    places.append(text)
    for place in places:
        for m in _number_pattern(value).finditer(place):
            side = _side_in(place[m.end() : m.end() + NOUN_WINDOW]) or _agent_in(
                re.split(r"[.;:!?]", place[: m.start()])[-1]
            )
            if side:
                return side
    # The figure written in words ("Seventy-five Ukrainian servicemen were freed"): the side
    # named first in the sentence it was read from.
    return _side_in(places[0]) if evidence.get("quote") else None


def with_sides(text: str, extraction: dict) -> dict:
    """The extraction with `exchange.returned_side` set when the text says whose people."""
    exchange = extraction.get("exchange")
    if not isinstance(exchange, dict) or exchange.get("returned") is None:
        return extraction
    side = returned_side(text, exchange)
    return {**extraction, "exchange": {**exchange, "returned_side": side}}
