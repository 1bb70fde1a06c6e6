"""Pushes and daily digests: changes in, escaped Telegram HTML out, in the chat's language.

A push line names its event and date, the story number the other commands take, what changed,
and the outlets behind it, the one that brought the change linked to its post or page:
"Night to 24 Feb 2025 #12: Ukrainian Air Force: 176 drones launched · Kyiv Wire".
"""

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from briefings.catalogue import Html, t
from briefings.html import TELEGRAM_LIMIT, day, esc, link, night, num, split_message
from briefings.names import claimant_name
from briefings.phrases import count_of, status_words, strike_phrase
from briefings.review import field_name
from storage.views import Change

SEPARATOR = " · "


def event_name(change: Change, lang: str = "en") -> Html:
    """The event a change is about: "Exchange of 30 Dec 2024", "Night to 24 Feb 2025"."""
    if change.topic == "exchange":
        if not change.event_day:
            return t(lang, "push.exchange_undated")
        key = "push.talks" if change.stage == "talks" else "push.exchange"
        return t(lang, key, date=day(change.event_day, lang))
    if change.night:
        return t(lang, "push.night", date=day(change.night, lang))
    return t(lang, "push.strikes")


def _value(value, lang: str) -> str:
    """One figure, or every figure when reports differ ("52 or 55")."""
    if isinstance(value, (tuple, list)):
        return t(lang, "brief.or").join(num(v, lang) for v in value)
    return num(value, lang)


def _moves(figures, lang: str) -> list[str]:
    out = []
    for name, before, now in figures:
        label = field_name(lang, name)
        single = isinstance(now, int)
        if before is None and name == "count" and single:
            out.append(count_of(now, "prisoner", lang))
        elif before is None and name == "returned" and single:
            out.append(t(lang, "exchange.returned_home", count=int(now)))
        elif before is None:
            out.append(t(lang, "push.added", label=label, now=_value(now, lang)))
        elif now is None:
            out.append(t(lang, "push.gone", label=label, before=_value(before, lang)))
        else:
            move = t(
                lang, "push.move", label=label, before=_value(before, lang), now=_value(now, lang)
            )
            out.append(move)
    return out


# What an editor's action did to figures subscribers were told (storage.review).
_TAKEN_BACK = ("withdrawn", "restored", "retracted", "dropped")


def _figures(change: Change, lang: str) -> Html:
    """The figures a change carries, as a briefing words them."""
    if change.topic == "exchange":
        parts = [status_words(change.status, lang)] if change.status else []
        parts += _moves(change.figures, lang)
        return Html(", ".join(parts))
    record = {name: now for name, _, now in change.figures}
    record.update(attacker=change.attacker, claimant=change.claimant)
    return strike_phrase(record, lang)


def _what(change: Change, lang: str) -> Html:
    if change.kind in _TAKEN_BACK:
        return t(lang, f"push.{change.kind}", what=_figures(change, lang))
    if change.kind == "moved" and change.topic == "exchange":
        return t(
            lang, "push.moved_day", what=_figures(change, lang), old=day(change.old_night, lang)
        )
    if change.kind == "moved":
        return t(lang, "push.moved", what=_figures(change, lang), old=night(change.old_night, lang))
    if change.topic == "exchange":
        parts = []
        if change.status:
            status = status_words(change.status, lang)
            if change.old_status:
                status = Html(f"{status_words(change.old_status, lang)} → {status}")
            parts.append(status)
        parts += _moves(change.figures, lang)
        return Html(", ".join(parts))
    claimant = claimant_name(change.claimant, lang)
    if change.editor == "set":
        # A figure no report gave, an editor's own: whose figure it is, and the figure.
        return t(
            lang,
            "push.edited",
            claimant=claimant,
            moves=Html(", ".join(_moves(change.figures, lang))),
        )
    if change.kind in ("new_night", "new_claim"):
        record = {name: now for name, _, now in change.figures}
        record.update(attacker=change.attacker, claimant=change.claimant)
        figures = strike_phrase(record, lang)
        return t(lang, "push.new_claim", figures=figures) if change.kind == "new_claim" else figures
    if change.kind == "update":
        moves = _moves(change.figures, lang)
        # An editor's correction is the editor's, not the claimant's: "Ukrainian Air Force
        # updated" would say the Air Force changed its figure. The line names whose figure it is.
        key = "push.edited" if change.editor in ("corrected", "undone") else "push.updated"
        return t(lang, key, claimant=claimant, moves=Html(", ".join(moves)))
    # Another report of the same night with a different figure: both stand (the briefing shows
    # them side by side), so it is worded as a second report, not as a change of the first.
    return t(lang, "push.reports", claimant=claimant, moves=Html(", ".join(_reports(change, lang))))


def _reports(change: Change, lang: str) -> list[str]:
    out = []
    for name, before, now in change.figures:
        if before is None or before == now:
            out.extend(_moves(((name, before, now),), lang))
            continue
        label = field_name(lang, name)
        out.append(
            t(lang, "push.differs", label=label, now=_value(now, lang), before=_value(before, lang))
        )
    return out


def _sources(change: Change) -> Html:
    """The outlets behind a change, the first (the one that brought it) linked to its post."""
    names = [link(o, change.link) if i == 0 else esc(o) for i, o in enumerate(change.outlets)]
    return Html(", ".join(names))


def _corrects(change: Change) -> bool:
    """Whether a change an editor's action caused corrects what subscribers were told."""
    if change.kind in (*_TAKEN_BACK, "moved"):
        return True
    if change.editor in ("corrected", "undone"):
        return any(before is not None for _, before, _ in change.figures) or bool(change.old_status)
    return change.editor == "confirmed" and (
        change.kind == "update" or bool(change.old_status) or any(b for _, b, _ in change.figures)
    )


def render_change(change: Change, lang: str = "en") -> Html:
    """One change as one line, naming its event, its story and who reported it."""
    if change.event_day or change.stage or change.kind:
        story = t(lang, "brief.story", n=str(change.story_id))
        what = _what(change, lang)
        line = t(lang, "push.line", event=event_name(change, lang), story=story, what=what)
    else:
        line = Html(esc(change.what))  # logged before changes were structured
    if change.editor:  # after an editor's action (storage.review)
        if _corrects(change):
            line = t(lang, "push.correction", line=line)
        # A figure taken back or restored says so itself; other actions are named after it.
        named = ("confirmed", "corrected", "undone", "set")
        if change.editor in named and change.kind not in _TAKEN_BACK:
            line = Html(line + t(lang, f"push.editor.{change.editor}"))
    if change.outlets:
        line = t(lang, "push.source", line=line, sources=_sources(change))
    return line


def render_push(changes: Sequence[Change], lang: str = "en") -> str:
    """The message a subscriber gets for one article: each change it brought, one a line."""
    lines: list[str] = []
    size = 0
    for index, change in enumerate(changes):
        line = render_change(change, lang)
        # Leave room for the closing line: a push is always exactly one message.
        if size + len(line) + 1 > TELEGRAM_LIMIT - 100:
            lines.append(t(lang, "push.more", count=len(changes) - index))
            break
        lines.append(line)
        size += len(line) + 1
    return "\n".join(lines)


def _local(moment: datetime, zone: ZoneInfo, lang: str) -> str:
    """'24 Feb 2025, 08:00' in the digest's time zone: the one date format, with the time."""
    local = moment.astimezone(zone)
    return f"{day(local.date().isoformat(), lang)}, {local:%H:%M}"


def render_digest(
    entries: Sequence[tuple[datetime, Change]],
    *,
    now: datetime,
    since: datetime | None,
    tz: str,
    lang: str = "en",
) -> list[str]:
    """A daily digest as messages under Telegram's limit; none when nothing changed."""
    if not entries:
        return []
    zone = ZoneInfo(tz)
    head = t(lang, "digest.title", when=_local(now, zone, lang), tz=tz)
    if since:
        count = t(lang, "digest.changes_since", count=len(entries), since=_local(since, zone, lang))
    else:
        count = t(lang, "digest.changes", count=len(entries))
    lines = [
        t(lang, "digest.line", when=_local(at, zone, lang), change=render_change(c, lang))
        for at, c in entries
    ]
    return split_message("\n".join([head, count, *lines]))
