"""The review loop, rendered: receipts' figures with their words, editors' replies, /sources N."""

from __future__ import annotations

import html
import re
from datetime import datetime

from briefings.catalogue import Html, has, t
from briefings.html import day, esc, num
from briefings.names import claimant_name, framework_name, mediator_name
from storage.views import (
    ARTICLES_PER_PAGE,
    ArticleReview,
    Claim,
    EditorAction,
    ReviewFigure,
    ReviewOutcome,
    SanityWarning,
    StoryReview,
)

# A receipt quotes about this many characters around a figure: enough to check it on a phone.
QUOTE_CHARS = 160
# The fields /fix takes, in the order the help lists them.
FIX_FIELDS = (
    "drones_launched",
    "drones_downed",
    "missiles_launched",
    "missiles_downed",
    "count",
    "returned",
    "status",
    "date",
)
_NUMBER_WORDS = r"[\d][\d,.\u00a0\u202f ]*"


def plain(lang: str, key: str, /, **values: object) -> str:
    """A catalogue message as plain text: button labels, answers to button presses."""
    return html.unescape(re.sub(r"<[^>]+>", "", t(lang, key, **values)))


def short_quote(quote: str, value: str, limit: int = QUOTE_CHARS, *, at: int | None = None) -> str:
    """The part of a quote around the figure, cut at word boundaries ("…" where cut).

    `at` is where the figure is written in the quote (the store finds it in words too:
    "four missiles"); without it, the figure is looked for in digits."""
    if at is not None:  # an offset in the quote as written: count it in the spaced-out text
        at = len(" ".join(quote[:at].split())) + (1 if quote[:at][-1:].isspace() else 0)
    quote = " ".join(quote.split())
    if len(quote) <= limit:
        return quote
    digits = re.sub(r"\D", "", str(value))
    if at is None:
        at = 0
        for match in re.finditer(_NUMBER_WORDS, quote):
            if digits and re.sub(r"\D", "", match.group()) == digits:
                at = match.start()
                break
    start = max(0, min(at - limit // 3, len(quote) - limit))
    end = min(len(quote), start + limit)
    if start > 0:
        start = quote.find(" ", start) + 1 or start
    if end < len(quote):
        end = quote.rfind(" ", start, end) if quote.rfind(" ", start, end) > start else end
    return ("…" if start > 0 else "") + quote[start:end].strip() + ("…" if end < len(quote) else "")


def field_name(lang: str, field: str) -> str:
    """A figure's name as the desk says it ("drones downed")."""
    return plain(lang, f"review.field.{field}") if has("en", f"review.field.{field}") else field


def value_words(lang: str, field: str, value: str | None) -> str:
    """A figure's value as shown: numbers with separators, statuses and dates in words."""
    if value is None or value == "":
        return plain(lang, "review.none")
    if field == "status":
        key = f"review.status.{value}"
        return plain(lang, key) if has("en", key) else str(value)
    if field == "date":
        return html.unescape(day(value, lang))
    if field == "mediator":
        return html.unescape(mediator_name(str(value), lang))
    if field == "framework":
        return html.unescape(framework_name(str(value), lang))
    return num(value, lang) if str(value).isdigit() else str(value)


def edited_note(values: list[str] | tuple[str, ...], field: str = "", lang: str = "en") -> Html:
    """' (corrected by an editor from 38)' after a figure an editor's /fix set; '' otherwise."""
    if not values:
        return Html("")
    old = ", ".join(value_words(lang, field, v) for v in values)
    return t(lang, "review.edited", old=old)


def claim_note(claim, lang: str = "en") -> Html:
    """What an editor did to a figure, after it: ' (corrected by an editor from 38)', or
    ' (set by an editor)' for one no report gave; '' when no editor set it."""
    if claim.edited_from:
        return edited_note(claim.edited_from, claim.field, lang)
    if claim.edit_id is not None:
        return t(lang, "review.set")
    return Html("")


def moment(iso: str | None, lang: str = "en") -> Html:
    """When an editor acted: '14 Mar 2024, 12:05 UTC'."""
    if not iso:
        return Html("")
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        return Html(esc(iso))
    return Html(f"{day(iso, lang)}, {when:%H:%M} UTC")


def _night(lang: str, value: str | None) -> Html:
    if not value:
        return t(lang, "review.night_unknown")
    return t(lang, "review.night", date=Html(day(value, lang)))


def _warning(lang: str, w: SanityWarning) -> Html:
    return t(
        lang,
        f"review.warn.{w.code}",
        claimant=claimant_name(w.claimant, lang) if w.claimant else "",
        weapon=plain(lang, f"review.weapon.{w.weapon or 'total'}"),
        found=w.found,
        launched=w.expected_max,
        night=_night(lang, w.night),
    )


def _figure_lines(lang: str, f: ReviewFigure, with_who: bool = False) -> list[str]:
    value = value_words(lang, f.field, f.value)
    if f.uncertain:
        who = Html(claimant_name(f.claimant, lang) + ", ") if with_who and f.claimant else ""
        why = f": {f.doubt}" if f.doubt else ""
        head = t(
            lang,
            "review.uncertain",
            who=who,
            field=field_name(lang, f.field),
            value=value,
            confidence=f"{f.confidence:.2f}" if f.confidence is not None else "?",
            why=why,
        )
    else:
        note = ""
        if f.edited_from:
            old = ", ".join(value_words(lang, f.field, v) for v in f.edited_from)
            note += t(lang, "review.edited", old=old)
        if f.checked:
            note += t(lang, "review.checked")
        head = t(
            lang, "review.figure", field=field_name(lang, f.field), value=value, note=Html(note)
        )
    if f.quote:
        return [head, t(lang, "review.quote", quote=short_quote(f.quote, f.value, at=f.focus))]
    return [head, t(lang, "review.no_quote")]


def review_lines(review: ArticleReview, lang: str = "en", *, fix_help: bool = False) -> list[str]:
    """A receipt's review part: numbers, figures with quotes, uncertain ones, warnings, state."""
    lines: list[str] = []
    confident = [f for f in review.figures if not f.uncertain]
    doubtful = [f for f in review.figures if f.uncertain]
    if confident:
        lines.append(t(lang, "review.figures"))
        group = None
        for f in confident:
            key = ("exchange",) if f.topic == "exchange" else (f.claimant, f.night)
            if key != group:
                group = key
                if f.topic == "exchange":
                    lines.append(t(lang, "review.exchange"))
                else:
                    lines.append(
                        t(
                            lang,
                            "review.claimant_night",
                            claimant=claimant_name(f.claimant, lang) if f.claimant else "",
                            night=_night(lang, f.night),
                        )
                    )
            lines += _figure_lines(lang, f)
    elif not doubtful:
        lines.append(t(lang, "review.no_figures"))
    if doubtful:
        lines.append(t(lang, "review.uncertain_head"))
        for f in doubtful:
            lines += _figure_lines(lang, f, with_who=True)
    lines += [_warning(lang, w) for w in review.warnings]
    if review.state == "removed":
        lines.append(
            t(
                lang,
                "review.removed",
                editor=review.decided_by or "",
                at=moment(review.decided_at, lang),
            )
        )
    elif review.state == "confirmed":
        lines.append(
            t(
                lang,
                "review.confirmed",
                editor=review.decided_by or "",
                at=moment(review.decided_at, lang),
            )
        )
    else:
        if review.held:
            lines.append(t(lang, "review.held"))
        lines.append(t(lang, "review.hint"))
    if fix_help and review.story_id is not None:
        lines.append("")
        lines.append(fix_help_text(review, lang))
    return lines


def fix_help_text(review: ArticleReview, lang: str = "en") -> Html:
    """How to fix a figure of this article's story with /fix, with a worked example."""
    example_figure = next((f for f in review.figures if f.topic == "strike"), None)
    if example_figure is not None:
        example = f"{example_figure.field} 36 {example_figure.claimant or ''}".strip()
    elif review.figures:
        first = review.figures[0]
        example = "status completed" if first.field == "status" else f"{first.field} 100"
    else:
        example = "drones_downed 36"
    return t(
        lang,
        "review.fix_help",
        story=review.story_id,
        fields=", ".join(FIX_FIELDS),
        example=example,
    )


def render_reviewed(review: ArticleReview, lang: str = "en", *, fix_help: bool = False) -> str:
    """A receipt after an editor pressed one of its buttons: the article and its state now."""
    head = [
        f"<b>{esc(review.title or plain(lang, 'review.untitled'))}</b>",
        t(
            lang,
            "receipt.meta",
            outlet=review.outlet or plain(lang, "review.no_outlet"),
            date=Html(day(review.published, lang))
            if review.published
            else t(lang, "review.no_date"),
            story=t(lang, "brief.story", n=str(review.story_id)) if review.story_id else "?",
            sources=t(lang, "brief.sources", count=review.story_sources),
            article=t(lang, "receipt.article", n=str(review.article_id)),
        ),
    ]
    return "\n".join(head + review_lines(review, lang, fix_help=fix_help))


def callback_answer(outcome: ReviewOutcome, lang: str = "en") -> str:
    """The short answer to a button press (plain text, shown as a toast)."""
    article = outcome.article
    if outcome.action == "confirm":
        if outcome.already:
            return plain(lang, "review.answer.already_confirmed", editor=article.decided_by or "")
        count = len(article.figures) if article else 0
        key = "review.answer.released" if outcome.released else "review.answer.confirmed"
        return plain(lang, key, count=count)
    if outcome.action == "remove":
        return plain(lang, "review.answer.removed")
    return plain(lang, "review.answer.restored")


def _who(lang: str, claimant: str | None) -> Html:
    return t(lang, "review.who", claimant=claimant_name(claimant, lang)) if claimant else Html("")


def _alternatives(lang: str, field: str, values) -> str:
    """The values reports gave for one figure, as the pushes word them: "73 or 75"."""
    given = [v for v in values if v]
    if all(str(v).isdigit() for v in given):
        given = sorted(set(given), key=int)
    return plain(lang, "brief.or").join(value_words(lang, field, v) for v in given)


def _restored(lang: str, field: str, after: str | None) -> str:
    """What an undo put back: one value, or the differing reports' values ("60, 62" as stored)."""
    parts = (after or "").split(", ")
    if len(parts) > 1 and all(p.isdigit() for p in parts):
        return _alternatives(lang, field, parts)
    return value_words(lang, field, after)


def render_fix(outcome: ReviewOutcome, lang: str = "en") -> str:
    """The reply to /fix: where, what it was, what it is now, and what subscribers get."""
    (edit,) = outcome.edits
    before = _alternatives(lang, edit.field, edit.before)
    values = {
        "story": outcome.story_id,
        "who": _who(lang, edit.claimant),
        "field": field_name(lang, edit.field),
        "before": before or plain(lang, "review.none"),
        "after": value_words(lang, edit.field, edit.after),
    }
    if outcome.already:
        return t(lang, "review.fix.same", **values)
    lines = [t(lang, "review.fix.done", **values)]
    if outcome.corrections:
        lines.append(t(lang, "review.fix.correction"))
    elif outcome.released:
        lines.append(t(lang, "review.fix.told"))
    lines.append(t(lang, "review.fix.undo_hint"))
    return "\n".join([" ".join(lines), *(_warning(lang, w) for w in outcome.warnings)])


def render_confirm(outcome: ReviewOutcome, lang: str = "en") -> str:
    """The reply to /confirm: which articles' figures are now checked, and whether subscribers
    get what was waiting."""
    article = outcome.article
    if outcome.already:
        editor = (article.decided_by if article else None) or plain(lang, "review.none")
        return t(lang, "review.confirm.already", story=outcome.story_id, editor=editor)
    ids = outcome.confirmed_articles or ((article.article_id,) if article else ())
    figures = outcome.checked_figures if outcome.confirmed_articles else len(article.figures)
    articles = t(lang, "review.confirm.articles", count=len(ids), ids=", ".join(map(str, ids)))
    line = t(lang, "review.confirm.done", story=outcome.story_id, count=figures, articles=articles)
    if outcome.released:
        return f"{line} {t(lang, 'review.confirm.told')}"
    return line


def render_undo(outcome: ReviewOutcome, lang: str = "en") -> str:
    """The reply to /undo: which figure went back to what."""
    (edit,) = outcome.edits
    lines = [
        t(
            lang,
            "review.undo.done",
            story=outcome.story_id,
            who=_who(lang, edit.claimant),
            field=field_name(lang, edit.field),
            before=_alternatives(lang, edit.field, edit.before),
            after=_restored(lang, edit.field, edit.after),
        )
    ]
    if outcome.corrections:
        lines.append(t(lang, "review.fix.correction"))
    return " ".join(lines)


def render_merge(outcome: ReviewOutcome, other: int, lang: str = "en") -> str:
    """The reply to /merge A B."""
    return t(
        lang, "review.merge.done", story=outcome.story_id, other=other, count=outcome.moved_articles
    )


def render_split(outcome: ReviewOutcome, article: int, lang: str = "en") -> str:
    """The reply to /split STORY ARTICLE."""
    return t(
        lang,
        "review.split.done",
        story=outcome.story_id,
        article=article,
        new=outcome.new_story_id,
    )


def render_review_error(code: str, details: dict, lang: str = "en") -> str:
    """A ReviewError as one plain sentence."""
    values = {k: v for k, v in details.items() if v is not None}
    if "choices" in values:
        values["choices"] = ", ".join(values["choices"])
    if "now" in values:  # the figure as it stands, one value or differing reports'
        values["now"] = _alternatives(lang, str(values.get("field", "")), values["now"])
        values["value"] = value_words(lang, str(values.get("field", "")), values.get("value"))
    if "field" in values:
        values["field"] = field_name(lang, str(values["field"]))
    values.setdefault("claimant", "")
    try:
        return t(lang, f"review.error.{code}", **values)
    except (KeyError, IndexError):
        return t(lang, "review.fix.usage", fields=", ".join(FIX_FIELDS))


def usage(command: str, lang: str = "en") -> str:
    """How to use /fix, /confirm, /merge or /split."""
    return t(lang, f"review.{command}.usage", fields=", ".join(FIX_FIELDS))


# -- /sources N -----------------------------------------------------------------------------


def _story_ref(lang: str, value: str | None) -> str:
    """A story the audit trail names ("story 12") as every reply numbers it ("#12")."""
    found = re.fullmatch(r"story (\d+)", value or "")
    return t(lang, "brief.story", n=found.group(1)) if found else value or ""


def action_words(a: EditorAction, lang: str = "en") -> Html:
    """One editor action as a phrase ("drones downed, Ukrainian Air Force: 31 → 36")."""
    field = a.field or ""
    values = {
        "article": a.article_id or "?",
        "field": field_name(lang, field) if field else "",
        "who": _who(lang, a.claimant),
        "before": value_words(lang, field, a.before) if a.action != "merge" else a.before or "",
        "after": value_words(lang, field, a.after) if a.action != "merge" else a.after or "",
    }
    if a.action in ("merge", "split"):
        values["before"], values["after"] = _story_ref(lang, a.before), _story_ref(lang, a.after)
    return t(lang, f"review.action.{a.action}", **values)


def action_line(a: EditorAction, lang: str = "en") -> Html:
    """One editor action as a dated line of /sources N."""
    return t(
        lang,
        "review.sources.action",
        at=moment(a.at, lang),
        editor=a.editor,
        what=action_words(a, lang),
        undone=t(lang, "review.sources.undone") if a.undone else Html(""),
    )


def claim_review_lines(claim: Claim, lang: str = "en") -> list[str]:
    """Under one figure of /sources N: its words, whether it is uncertain, editors' actions."""
    lines = []
    if claim.quote:
        lines.append(
            t(lang, "review.quote", quote=short_quote(claim.quote, claim.value, at=claim.focus))
        )
    if claim.uncertain:
        lines.append(t(lang, "review.sources.uncertain", why=claim.doubt or ""))
    for a in claim.actions:
        if a.action == "confirm":
            lines.append(t(lang, "review.sources.checked", editor=a.editor, at=moment(a.at, lang)))
        else:
            lines.append(action_line(a, lang))
    return lines


def story_review_lines(review: StoryReview, lang: str = "en") -> list[str]:
    """The end of /sources N: the story's articles (numbers for /split) and editors' actions."""
    lines = ["", t(lang, "review.sources.articles", story=review.story_id)]
    for a in review.articles:
        lines.append(
            t(
                lang,
                "review.sources.article",
                id=a.article_id,
                title=a.title or plain(lang, "review.untitled"),
                outlet=a.outlet or plain(lang, "review.no_outlet"),
                date=Html(day(a.published, lang)),
                removed=t(lang, "review.sources.removed") if a.removed else Html(""),
            )
        )
    if review.pages > 1:
        first = (review.page - 1) * ARTICLES_PER_PAGE + 1
        lines.append(
            t(
                lang,
                "review.sources.page",
                first=first,
                last=first + len(review.articles) - 1,
                count=review.article_total or 0,
            )
        )
        if review.page < review.pages:
            more = {"story": str(review.story_id), "page": str(review.page + 1)}
            lines.append(t(lang, "review.sources.next", **more))
    if review.actions:
        lines += ["", t(lang, "review.sources.actions")]
        lines += [action_line(a, lang) for a in review.actions]
    return lines


__all__ = [
    "callback_answer",
    "claim_review_lines",
    "fix_help_text",
    "render_confirm",
    "render_fix",
    "render_merge",
    "render_review_error",
    "render_reviewed",
    "render_split",
    "render_undo",
    "review_lines",
    "short_quote",
    "story_review_lines",
    "usage",
]
