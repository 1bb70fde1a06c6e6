"""The extractor's front door: text in, article fields and facts out, never an exception."""

from __future__ import annotations

import datetime as dt
import logging

from extraction.article import detect_language, find_dateline, find_outlet, find_people
from extraction.dates import as_date
from extraction.evidence import finish
from extraction.exchange import extract_exchange
from extraction.headline import Headline, find_headline
from extraction.sentences import split_sentences
from extraction.strikes import extract_strikes
from extraction.textnorm import html_to_text, looks_like_html, normalise

log = logging.getLogger(__name__)

MAX_CHARS = 20000  # facts live in the first screens of an article; the rest costs time only


def _empty(
    title: str | None, outlet: str | None, published, language: str, title_kind: str | None = None
) -> dict:
    return {
        "title": title,
        "title_kind": title_kind,
        "outlet": outlet,
        "published": published,
        "language": language,
        "people": [],
        "exchange": None,
        "strikes": [],
        "uncertain": [],
        "warnings": [],
    }


def _headline_as_written(found: Headline | None, original: str) -> str | None:
    """The headline with its own quotes and dashes (normalising maps characters one to one)."""
    if found is None:
        return None
    return original[found.start : found.end] + ("…" if found.cut else "")


def extract(
    text: str,
    *,
    published: dt.date | None = None,
    outlet: str | None = None,
    reference: dt.date | None = None,
    model: dict | bool | None = True,
    collect: list | None = None,
) -> dict:
    """Read one article: title, outlet, published, language, people, exchange and strikes.

    `published` is the article's date; without it the article's own dateline is used, and
    failing that `reference` (e.g. the date a pasted text was sent).
    """
    ref = as_date(published)
    title = None
    headline = None
    language = "en"
    pub_iso = ref.isoformat() if ref else None
    try:
        if not isinstance(text, str):
            text = "" if text is None else str(text)
        if looks_like_html(text):
            text = html_to_text(text)
        original = text[:MAX_CHARS]
        work = normalise(original).replace("\x00", " ")
        language = detect_language(work)
        sentences = split_sentences(work)
        headline = find_headline(work)
        title = _headline_as_written(headline, original)
        # The article's own dateline matters only when the caller gave no date; the reference
        # (when a text was sent) only when the article has no dateline either.
        dateline = find_dateline(sentences) if ref is None else None
        if dateline is None and ref is None:
            dateline = as_date(reference)
        if dateline is not None:
            ref = dateline
            pub_iso = dateline.isoformat()
        # "headline", or "first_sentence" when the text has none and its first sentence stands in
        kind = headline.kind if headline else None
        result = _empty(title, outlet or find_outlet(work), pub_iso, language, kind)
        result["people"] = find_people(sentences)
        result["exchange"] = extract_exchange(sentences, ref, work)
        result["strikes"] = extract_strikes(sentences, ref)
        return finish(result, work, original, model=model, collect=collect)
    except Exception:  # the bot must answer even when one article trips a bug
        log.exception("extraction failed; returning an empty result")
        return _empty(title, outlet, pub_iso, language, headline.kind if headline else None)
