"""A helper the extraction tests share: the strike figures one text gives, whoever claims them."""

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
