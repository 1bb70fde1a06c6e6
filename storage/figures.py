"""Which facts are figures, and a figure's value as a number."""

from extraction.strikes import FIELDS as STRIKE_FIGURES

EXCHANGE_FIGURES = ("count", "returned")
# Facts whose value is a count of drones, missiles or people: stored also as an INTEGER.
NUMERIC_FIELDS = frozenset(STRIKE_FIGURES) | frozenset(EXCHANGE_FIGURES)


def as_number(field: str, value: object) -> int | None:
    """The figure as an int for a numeric field written in digits; None for anything else."""
    if field not in NUMERIC_FIELDS or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    text = str(value).strip()
    return int(text) if text.isascii() and text.isdigit() else None


def as_int(value) -> int | None:
    """A figure as an int; None for a missing or non-numeric value."""
    if value is None or isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
