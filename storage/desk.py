"""The desk tools' reads: search, figures for export, chart series. Data only, no prose."""

from __future__ import annotations

from datetime import date, timedelta

from sqlite_utils import Database

from storage import charts, export, search


class DeskQueries:
    """Intent-named reads for /search, /export and /chart, over one store's database."""

    def __init__(self, db: Database):
        self.db = db

    def search_articles(
        self, words: str, *, since: str | None = None, page: int = 1, per_page: int = 5
    ) -> search.SearchPage:
        """Articles matching the words, newest first, one page of them."""
        return search.search_articles(self.db, words, since=since, page=page, per_page=per_page)

    def figures_for_export(self, what: str = "all", since: str | None = None) -> list[dict]:
        """Every figure of a topic with its provenance, one dict per CSV row."""
        return export.figure_rows(self.db, what, since)

    def strike_chart(
        self, days: int | None = 30, start: str | None = None, end: str | None = None
    ) -> charts.StrikeSeries:
        """Per-night chart figures between two days, or for `days` days to the latest night."""
        if start is None or end is None:
            latest = charts.latest_night(self.db)
            last = date.fromisoformat(latest) if latest else None
            if last is None:
                return charts.StrikeSeries("", "", [], {}, [])
            end = last.isoformat()
            start = (last - timedelta(days=(days or 30) - 1)).isoformat()
        return charts.strike_series(self.db, start, end)

    def swap_chart(self, start: str | None = None, end: str | None = None) -> charts.SwapSeries:
        """Completed swaps and the people each brought home, oldest first."""
        return charts.swap_series(self.db, start, end)
