"""`newsroom-bot reparse`: every stored article read again by the rules new articles follow."""

from __future__ import annotations

from datetime import UTC, date, datetime

from intake.article import Arrival
from intake.ingest import read_article
from storage import NewSource, Store, StoredArticle


def _moment(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def arrival_of(article: StoredArticle) -> Arrival:
    """The arrival an article first came as, rebuilt from what its first source recorded."""
    outlet = article.extraction.get("outlet")
    return Arrival(
        article.text,
        NewSource(kind=article.kind or "paste", outlet=outlet),
        post_date=_moment(article.origin_date),
        metadata_date=_day(article.declared_date),
        sent_at=_moment(article.received_at),
    )


def reread(article: StoredArticle) -> tuple[dict, str]:
    """One stored article's extraction and date under the current rules."""
    arrival = arrival_of(article)
    extraction, when = read_article(article.text, arrival, now=arrival.sent_at)
    return extraction, when.found


def reparse(store: Store) -> int:
    """Re-derive every article's date, nights and figures; return how many were read."""
    return store.rederive(reread)
