"""Figures as CSV: UTF-8 with a byte-order mark, a header row, and spreadsheet-safe cells."""

import csv
import io

from storage.views import EXPORT_COLUMNS as COLUMNS

# Excel reads a CSV without a byte-order mark in the machine's legacy code page, which turns
# Cyrillic claimants, outlets and quotes into mojibake; with it, Excel, LibreOffice, Numbers and
# Google Sheets all read UTF-8. Python reads it back with encoding="utf-8-sig".
BOM = "\ufeff"
# A text cell starting with one of these is run as a formula by spreadsheets (CSV injection):
# such cells get a leading apostrophe, which spreadsheets show as text and do not display.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return "" if value is None else value


def render_csv(rows: list[dict]) -> bytes:
    """The rows as CSV bytes: BOM, header row, CRLF line ends (RFC 4180), every field quoted
    when needed."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([_cell(row.get(column)) for column in COLUMNS])
    return (BOM + buffer.getvalue()).encode("utf-8")
