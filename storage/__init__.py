"""SQLite storage for articles, stories, sources and sourced figures."""

from storage.store import NewSource, SaveResult, Store, StoredArticle, canonical_url, text_hash

__all__ = ["NewSource", "SaveResult", "Store", "StoredArticle", "canonical_url", "text_hash"]
