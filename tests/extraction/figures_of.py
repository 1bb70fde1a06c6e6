"""Helpers the extraction tests share: the strike figures one text gives, whoever claims them,
and the swap it tells of."""

import datetime as dt

from extraction import extract


def strike_figures(text: str, published: dt.date) -> dict:
    """Every launched, downed and lost figure extract() reports for the text, by field."""
    found = {}
    for strike in extract(text, published=published)["strikes"]:
        for name, value in strike.items():
            if name.endswith(("_launched", "_downed", "_lost")) and value is not None:
                found[name] = value
    return found


def figure_pairs(result: dict) -> list[tuple[str, int]]:
    """Every launched, downed and lost figure of an extract() result, as sorted (field, value)
    pairs (several claimants may give the same field)."""
    return sorted(
        (name, value)
        for strike in result["strikes"]
        for name, value in strike.items()
        if name.endswith(("_launched", "_downed", "_lost")) and value is not None
    )


def exchange(text: str, **kw) -> dict | None:
    """The exchange extract() reports for the text (None when it tells of no swap)."""
    return extract(text, **kw)["exchange"]


def mediators(text: str) -> list[str]:
    """The mediators extract() names for the swap the text tells of ([] when no swap)."""
    found = exchange(text)
    return found["mediators"] if found else []
