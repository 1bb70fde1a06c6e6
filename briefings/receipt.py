"""The reply an editor gets after sending an article."""

from briefings.catalogue import Html, has, t
from briefings.html import day, esc
from briefings.latest import headline
from briefings.phrases import exchange_phrase, strikes_phrase
from briefings.review import review_lines
from storage.views import ArticleReview

_FIGURES = (
    "drones_launched",
    "missiles_launched",
    "drones_downed",
    "missiles_downed",
    "drones_lost",
)


def understood(extraction: dict, lang: str = "en") -> str:
    """What the bot understood from one article, as one line of figures."""
    parts = []
    if extraction.get("exchange"):
        parts.append(exchange_phrase(extraction["exchange"], lang))
    # A claimant named with no figure (only "nearly two hundred", say) is not a line of figures.
    strikes = [
        {**s, "night": s.get("date")}
        for s in extraction.get("strikes") or []
        if isinstance(s, dict) and any(isinstance(s.get(f), int) for f in _FIGURES)
    ]
    if strikes:
        parts.append(strikes_phrase(strikes, lang))
    return " · ".join(parts)


def date_phrase(
    published: str | None,
    date_found: str | None = None,
    lang: str = "en",
    *,
    problem: str | None = None,
    declared: str | None = None,
) -> Html:
    """The article's date as a receipt shows it, saying when it is assumed or missing, and
    why a date the file declared could not date it."""
    if not published:
        if date_found == "undated" and problem in ("unreadable", "future"):
            why = _why_undated(problem, declared, lang)
            return t(lang, "receipt.undated_because", why=why)
        return t(lang, "receipt.undated" if date_found == "undated" else "receipt.no_date")
    if date_found == "sent":
        return t(lang, "receipt.assumed", date=day(published, lang))
    return day(published, lang)


def receipt_headline(extraction: dict, lang: str = "en") -> Html:
    """The article's headline as the receipt shows it (a first sentence said to be one)."""
    return headline(extraction.get("title"), extraction.get("title_kind"), lang)


def render_receipt(
    extraction: dict,
    *,
    status: str,
    story_sources: int,
    outlet: str | None = None,
    fetched_from: str | None = None,
    date_found: str | None = None,
    review: ArticleReview | None = None,
    lang: str = "en",
    source_kind: str | None = None,
    story_id: int | None = None,
    redated: str | None = None,
    date_problem: str | None = None,
    declared: str | None = None,
) -> str:
    """Receipt for a stored or already-stored article: headline, outlet, date, story, figures.

    With the article's review (storage), each figure is listed with the words it came from,
    uncertain figures and failed sanity checks are said in plain words, and its state shown."""
    extra = "\n" + "\n".join(review_lines(review, lang)) if review is not None else ""
    title = receipt_headline(extraction, lang)
    who = extraction.get("outlet") or outlet or t(lang, "receipt.no_outlet")
    when = date_phrase(
        extraction.get("published"), date_found, lang, problem=date_problem, declared=declared
    )
    common = {
        "story": t(lang, "brief.story", n=str(story_id)) if story_id else Html(""),
        "sources": t(lang, "brief.sources", count=story_sources),
    }
    # The article's own number (for /split), once, on the line that numbers its story.
    article = t(lang, "receipt.article", n=str(review.article_id)) if review else Html("")
    if status == "near_duplicate":
        if outlet:
            added = Html(esc(outlet))
        elif source_kind in ("paste", "file", "link"):
            added = t(lang, f"receipt.unnamed.{source_kind}")
        else:
            added = Html(esc(who))
        copy = t(lang, "receipt.copy", title=title, added=added, **common)
        if redated:
            copy += " " + t(lang, "receipt.redated", date=day(redated, lang))
        return copy + extra
    plain_title = extraction.get("title") or t(lang, "brief.untitled")
    if status == "unchanged":
        return t(lang, "edit.unchanged", title=plain_title) + extra
    if status == "duplicate":
        # Named by the post, page or outlet just sent (one of the article's sources), not by
        # whichever source brought the article first.
        sent = Html(esc(outlet)) if outlet else who
        return t(lang, "receipt.duplicate", title=title, outlet=sent, date=when, **common) + extra
    lines = [
        t(lang, _UPDATED.get(source_kind or "", "edit.updated"), title=plain_title)
        if status == "updated"
        else t(lang, "receipt.stored", title=title),
        t(lang, "receipt.meta", outlet=who, date=when, article=article, **common),
    ]
    if fetched_from:
        lines.append(t(lang, "receipt.fetched", url=fetched_from))
    figures = understood(extraction, lang)
    if figures or review is None:
        lines.append(figures if figures else t(lang, "receipt.no_figures"))
    return "\n".join(lines) + extra


# An article updated by an edit: of the editor's own message, or of the post forwarded again.
_UPDATED = {"channel": "edit.post_updated", "chat": "edit.post_updated"}


def reason_words(reason: object, lang: str = "en") -> Html:
    """Why a part or a link was refused, in the chat's language: an intake Reason (a str with
    a code) through the catalogue's "reason.<code>"; any other text as it is, escaped."""
    code = getattr(reason, "code", None)
    if code and has("en", f"reason.{code}"):
        values = {k: reason_words(v, lang) if getattr(v, "code", None) else v
                  for k, v in reason.values.items()}  # fmt: skip
        return t(lang, f"reason.{code}", **values)
    return Html(esc(reason))


def refusal(receipt, lang: str = "en") -> str:
    """Why an arrival was not stored, in the chat's language where the catalogue words it."""
    key = getattr(receipt, "reason_key", None)
    if not key:
        if receipt.reason:
            return reason_words(receipt.reason, lang)
        return t(lang, "refusal.generic")
    values = dict(receipt.reason_values)
    if key == "refusal.not_article":
        values["why"] = t(lang, f"refusal.noise.{values['why']}")
    if "why" in values and getattr(values["why"], "code", None):
        values["why"] = reason_words(values["why"], lang)
    return t(lang, key, **values)


def render_intake(receipt, *, review: ArticleReview | None = None, lang: str = "en") -> str:
    """The reply to anything sent in: a receipt, a refusal, or a file's summary.

    Takes an intake Receipt or BatchReceipt (read by attribute, so briefings stays free of
    intake's imports).
    """
    if hasattr(receipt, "refusals"):
        return render_batch(receipt, review=review, lang=lang)
    if receipt.status == "refused":
        return refusal(receipt, lang)
    return render_receipt(
        receipt.extraction or {},
        status=receipt.status,
        story_sources=receipt.story_sources,
        outlet=receipt.outlet,
        fetched_from=receipt.fetched_from,
        date_found=receipt.date_found,
        review=review,
        lang=lang,
        source_kind=getattr(receipt, "source_kind", None),
        story_id=receipt.story_id,
        redated=getattr(receipt, "redated", None),
        date_problem=getattr(receipt, "date_problem", None),
        declared=getattr(receipt, "declared", None),
    )


def render_batch(batch, *, review: ArticleReview | None = None, lang: str = "en") -> str:
    """A file's summary: every part read accounted for, refusals with their line or member."""
    if batch.single is not None and batch.single.status != "refused" and not batch.stopped:
        return render_intake(batch.single, review=review, lang=lang)
    if batch.read == 1 and batch.refused == 1 and not batch.stopped:
        name, why = batch.refusals[0]
        return t(lang, "batch.unusable", name=name, reason=reason_words(why, lang))
    lines = [
        t(
            lang,
            "batch.summary",
            name=batch.name,
            count=batch.read,
            stored=batch.stored,
            already=batch.duplicate,
            sources=batch.near_duplicate,
            refused=batch.refused,
        )
    ]
    if batch.blank:
        lines[0] += t(lang, "batch.blank", count=batch.blank)
    if batch.stopped:
        lines.append(t(lang, "batch.stopped", count=batch.read, total=batch.total or batch.read))
    if batch.text_dated_count:
        shown = ", ".join(
            f"{esc(name)} ({_text_date(when, why, declared, lang)})"
            for name, when, why, declared in batch.text_dated
        )
        shown += _more(batch.text_dated_count - len(batch.text_dated), lang)
        lines.append(t(lang, "batch.text_dated", count=batch.text_dated_count, names=Html(shown)))
    if batch.undated_count:
        shown = ", ".join(
            f"{esc(name)} ({_why_undated(why, declared, lang)})"
            for name, why, declared in batch.undated
        )
        shown += _more(batch.undated_count - len(batch.undated), lang)
        lines.append(t(lang, "batch.undated", count=batch.undated_count, names=Html(shown)))
    lines += [
        t(lang, "batch.refusal", name=name, reason=reason_words(why, lang))
        for name, why in batch.refusals
    ]
    if batch.refused > len(batch.refusals):
        lines.append(t(lang, "batch.more_refused", count=batch.refused - len(batch.refusals)))
    return "\n".join(lines)


def _more(count: int, lang: str) -> str:
    return t(lang, "batch.and_more", count=count) if count > 0 else ""


def _why_undated(why: str | None, declared: str | None, lang: str) -> Html:
    """Why a file's article has no date: it gave none and its text states none, or the date
    it gave is no calendar day, or is after it arrived."""
    return t(lang, f"batch.date_why.{why or 'none'}", declared=declared or "")


def _text_date(when: str, why: str | None, declared: str | None, lang: str) -> Html:
    """'4 Mar 2025', the day an article's text states, and why the file's own date was not
    used when it gave one."""
    if why in (None, "none"):
        return day(when, lang)
    return Html(f"{day(when, lang)}; {_why_undated(why, declared, lang)}")


def render_progress(batch, *, lang: str = "en", done: bool = False) -> str:
    """The status message a file's reading keeps up to date: '412 of 1,000 read'; once the
    file is read (`done`), 'Finished reading ...'."""
    tally = {
        "stored": batch.stored,
        "already": batch.duplicate + batch.near_duplicate,
        "refused": batch.refused,
    }
    if done:
        return t(lang, "batch.done", name=batch.name, count=batch.read, **tally)
    if batch.total and batch.read <= batch.total:  # an archive's .jsonl member has more
        head = t(lang, "batch.progress_of", name=batch.name, count=batch.read, total=batch.total)
    else:
        head = t(lang, "batch.progress", name=batch.name, count=batch.read)
    return head + t(lang, "batch.progress_tally", **tally)
