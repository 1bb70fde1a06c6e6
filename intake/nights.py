"""One attack night, however it is written: "31 July-1 August" is the night to 1 August."""

from __future__ import annotations

import copy
from datetime import date

from intake.dates import night_end

# Keys of a strike entry that are not figures: merged as lists or dicts, or compared as identity.
_IDENTITY = ("attacker", "claimant", "date")
_LISTS = ("regions", "targets")
_DICTS = ("evidence", "confidence")


def _figures(strike: dict) -> dict:
    skip = {*_IDENTITY, *_LISTS, *_DICTS, "corrected"}
    return {k: v for k, v in strike.items() if k not in skip and v is not None}


def _compatible(a: dict, b: dict) -> bool:
    if any(a.get(k) != b.get(k) for k in _IDENTITY):
        return False
    if bool(a.get("corrected")) != bool(b.get("corrected")):
        return False
    fa, fb = _figures(a), _figures(b)
    return all(fa[k] == fb[k] for k in fa.keys() & fb.keys())


def _merge(into: dict, other: dict) -> None:
    for key, value in _figures(other).items():
        if into.get(key) is None:
            into[key] = value
    for key in _LISTS:
        merged = list(into.get(key) or [])
        merged += [x for x in other.get(key) or [] if x not in merged]
        into[key] = merged
    for key in _DICTS:
        if other.get(key):
            into[key] = {**(other.get(key) or {}), **(into.get(key) or {})}


def one_night_each(text: str, extraction: dict) -> dict:
    """The extraction with every strike dated by the day its night ends, one entry per claim.

    A night written across two days ("31 July-1 August", "з 31 липня на 1 серпня") is named by
    the day it ends, as the extractor names an "overnight" attack; entries of one claimant that
    then fall on the same night with no figure in conflict become one.
    """
    strikes = extraction.get("strikes") or []
    if not strikes:
        return extraction
    result = copy.deepcopy(extraction)
    out: list[dict] = []
    moved: list[bool] = []
    for strike in result["strikes"]:
        if not isinstance(strike, dict):
            continue
        shifted = False
        if strike.get("date"):
            try:
                night = date.fromisoformat(str(strike["date"])[:10])
            except ValueError:
                night = None
            if night is not None:
                end = night_end(text, night)
                shifted = end != night
                strike["date"] = end.isoformat()
        # Only entries the renaming brought together are joined: the extractor keeps apart
        # what it found apart for its own reasons (another period, an earlier report).
        same = next(
            (i for i, s in enumerate(out) if (shifted or moved[i]) and _compatible(s, strike)),
            None,
        )
        if same is None:
            out.append(strike)
            moved.append(shifted)
        else:
            _merge(out[same], strike)
    result["strikes"] = out
    return result
