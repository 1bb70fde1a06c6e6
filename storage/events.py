"""Stories are events: an attack night, or one prisoner swap (talks, or the swap itself).

An article belongs to the story of its main event. A strike story is one attack night, so a
different night or year never joins it, whatever the figures. An exchange story is one swap at
one stage: talks (proposed, negotiating, agreed, stalled) within days of each other about a
compatible number, or the completed swap of one day or two; two swaps of the same size weeks
apart stay two stories. Figures alone never merge anything; identical or nearly identical text
(syndication) is decided elsewhere, before any of this.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from storage.figures import STRIKE_FIGURES, as_int

NIGHT = "night"
TALKS = "talks"
SWAP = "swap"
# Reports of one round of talks arrive over days; a completed swap is reported the day it
# happens and the next.
WINDOW_DAYS = {TALKS: 10, SWAP: 2, NIGHT: 0}

# Words in a headline that say what the article is mainly about, when it reports both.
HEADLINE_WORDS = {
    "exchange": (
        *("exchange", "swap", "prisoner", "pow", "captive", "repatriat", "freed", "homecoming"),
        *("обмін", "обміну", "полонен", "звільнен", "повернул"),
        *("обмен", "пленн", "освобожд", "вернул"),
    ),
    "strikes": (
        *("drone", "missile", "attack", "strike", "shahed", "shot", "downed", "intercept"),
        *("дрон", "ракет", "атак", "удар", "бпла", "шахед", "ппо", "збит", "збил"),
        *("сбит", "сбил", "перехват"),
    ),
}


@dataclass(frozen=True)
class Event:
    """The event an article is mainly about: its kind, its day, and the swap's figures."""

    kind: str
    day: str
    count: int | None = None
    returned: int | None = None
    side: str | None = None


def mentions(title: str, topic: str) -> bool:
    """Whether a headline's words say it is about `topic` ("exchange" or "strikes")."""
    words = re.findall(r"\w+", title.casefold())
    return any(w.startswith(stem) for w in words for stem in HEADLINE_WORDS[topic])


def _night_of(strikes: list[dict]) -> tuple[str, int] | None:
    """The attack night the article gives most figures for (the latest on a tie)."""
    weight: dict[str, int] = {}
    for strike in strikes:
        if not isinstance(strike, dict) or not strike.get("date"):
            continue
        figures = sum(1 for f in STRIKE_FIGURES if strike.get(f) is not None)
        if figures:
            night = str(strike["date"])[:10]
            weight[night] = weight.get(night, 0) + figures
    if not weight:
        return None
    return max(weight.items(), key=lambda kv: (kv[1], kv[0]))


def main_event(extraction: dict) -> Event | None:
    """The one event an article is about, or None (undated, or neither a swap nor a night)."""
    day = extraction.get("published")
    if not day:
        return None  # an undated article is placed in no time, so on no event
    exchange = extraction.get("exchange") or {}
    swap = None
    if exchange.get("status") or exchange.get("count") or exchange.get("returned"):
        stage = SWAP if exchange.get("status") == "completed" else TALKS
        swap = Event(
            stage,
            str(day)[:10],
            as_int(exchange.get("count")),
            as_int(exchange.get("returned")),
            exchange.get("returned_side"),
        )
    night = _night_of(extraction.get("strikes") or [])
    if night is None or swap is None:
        return swap or (Event(NIGHT, night[0]) if night else None)
    title = extraction.get("title") or ""
    about_swap, about_night = mentions(title, "exchange"), mentions(title, "strikes")
    if about_swap != about_night:
        return swap if about_swap else Event(NIGHT, night[0])
    swap_figures = sum(1 for v in (swap.count, swap.returned) if v is not None)
    return swap if swap_figures >= night[1] else Event(NIGHT, night[0])


def _same(a: int | None, b: int | None) -> bool:
    return a is None or b is None or a == b


def compatible(new: Event, old: Event) -> bool:
    """Whether two articles' events can be one: same kind, close enough, no figure at odds."""
    if new.kind != old.kind:
        return False
    gap = abs((date.fromisoformat(new.day) - date.fromisoformat(old.day)).days)
    if gap > WINDOW_DAYS[new.kind]:
        return False
    if new.kind == NIGHT:
        return True
    if not _same(new.count, old.count):
        return False
    if new.returned is not None and old.returned is not None and new.returned != old.returned:
        # One side's figure and the other side's are both true of one asymmetric swap.
        return bool(new.side and old.side and new.side != old.side)
    return True


def best_match(new: Event, candidates: list[tuple[int, Event]]) -> int | None:
    """The story (id) whose event this one continues: compatible, then closest in days."""
    fitting = [(story_id, old) for story_id, old in candidates if compatible(new, old)]
    if not fitting:
        return None
    day = date.fromisoformat(new.day)

    def distance(item: tuple[int, Event]) -> tuple[int, int]:
        story_id, old = item
        return abs((date.fromisoformat(old.day) - day).days), -story_id

    return min(fitting, key=distance)[0]
