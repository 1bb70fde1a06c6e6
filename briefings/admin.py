"""Everything the admin chat reads: error and dead-push reports, /stats, and the refusal."""

from __future__ import annotations

from datetime import UTC, datetime

from briefings.catalogue import Html, has, t
from briefings.html import TELEGRAM_LIMIT, day, esc, num, split_message


def stats_refusal(chat_id: int, admin_chat_set: bool, *, lang: str = "en") -> str:
    """One line for /stats outside the admin chat, with this chat's id for setting one up."""
    key = "stats.refusal" if admin_chat_set else "stats.refusal_unset"
    return t(lang, key, chat=str(chat_id))


# Room kept for the lines around a traceback in an error report.
_REPORT_MARGIN = 600


def _when(iso: str | None, now: datetime | None = None, lang: str = "en") -> str:
    """'2024-05-01 12:03 UTC (5 min ago)'; 'never' when there is no time."""
    if not iso:
        return t(lang, "stats.never")
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return esc(iso)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    moment = moment.astimezone(UTC)
    shown = t(lang, "stats.moment", day=Html(day(moment.date().isoformat(), lang)),
              time=f"{moment:%H:%M}")  # fmt: skip
    if now is None:
        return shown
    minutes = int((now - moment).total_seconds() // 60)
    if minutes < 0:
        return shown
    if minutes < 60:
        ago = t(lang, "stats.ago_minutes", count=minutes)
    elif minutes < 48 * 60:
        ago = t(lang, "stats.ago_hours", count=minutes // 60)
    else:
        ago = t(lang, "stats.ago_days", count=minutes // (24 * 60))
    return t(lang, "stats.moment_ago", moment=shown, ago=ago)


def size(n: int, lang: str = "en") -> str:
    """Bytes for people: '812 KB', '3.4 MB'."""
    if n < 1024:
        return t(lang, "size.bytes", n=str(n))
    if n < 1024 * 1024:
        return t(lang, "size.kb", n=f"{n / 1024:.0f}")
    if n < 1024**3:
        return t(lang, "size.mb", n=f"{n / 1024**2:.1f}")
    return t(lang, "size.gb", n=f"{n / 1024**3:.2f}")


def fit(html: str, limit: int = TELEGRAM_LIMIT) -> str:
    """One message: the text as it is when it fits, else its first part, tags intact."""
    if len(html) <= limit:
        return html
    return split_message(html, limit - 40)[0] + "\n… (cut)"


def update_line(
    what: str,
    *,
    chat_id: int | None,
    chat_type: str | None,
    chat_title: str | None,
    user_id: int | None,
) -> str:
    """Where an error happened: 'the command /latest in group "Desk" (chat -100…), user 42'."""
    where = f"{esc(chat_type or 'unknown')} chat <code>{esc(chat_id)}</code>"
    if chat_title:
        where += f" ({esc(chat_title)})"
    who = f", from user <code>{esc(user_id)}</code>" if user_id is not None else ""
    return f"While handling {esc(what)} in a {where}{who}."


def no_update(job: str | None) -> str:
    """Where an error happened when no update was being handled."""
    if job:
        return f"In the background job “{esc(job)}”, not while handling a message."
    return "In background work, not while handling a message."


def error_report(type_name: str, place: str, message: str, summary_html: str, trace: str) -> str:
    """An unhandled error for the admin chat: type, place, message, where, traceback's end."""
    head = [
        f"⚠️ <b>Error: {esc(type_name)}</b>",
        f"at <code>{esc(place)}</code>",
    ]
    if message:
        head.append(esc(message[:500]))
    head.append(summary_html)
    header = "\n".join(head)
    budget = TELEGRAM_LIMIT - len(header) - _REPORT_MARGIN
    tail = trace.strip()
    # Keep the end of the traceback (where it failed) within what one message can carry.
    while tail and len(esc(tail)) > budget:
        tail = tail[len(tail) - max(budget // 2, len(tail) * 3 // 4) :]
    lines = [header]
    if tail:
        lines.append(f"<pre>{esc(tail)}</pre>")
    lines.append("Further errors of this kind in the next 10 minutes are counted, not sent.")
    return "\n".join(lines)


def dead_push(chat_id: int, error: str, attempts: int | None) -> str:
    """A push that will not be delivered, for the admin chat."""
    tried = f" after {num(attempts)} attempts" if attempts else ""
    return "\n".join(
        [
            f"📭 <b>A push could not be delivered</b> to chat <code>{esc(chat_id)}</code>{tried}.",
            f"Telegram said: {esc(error[:500])}",
            "It stays in the outbox marked dead. Further dead pushes in the next 10 minutes "
            "are counted, not sent.",
        ]
    )


def held_back(count: int, since: str | None) -> str:
    """The line that sums up what the rate limit kept back since the last report."""
    return f"<i>{num(count)} more of this kind since {_when(since)} were counted but not sent.</i>"


def render_stats(
    stats, *, version: str, mode: str, started_at: datetime | None, now: datetime, lang="en"
) -> str:
    """/stats: what the store holds, the outbox, the latest article and error, sizes."""
    started = _when(started_at.isoformat() if started_at else None, now, lang)
    mode_key = f"stats.mode.{mode.replace(' ', '_')}"
    lines = [
        t(lang, "stats.head", version=version,
          mode=t(lang, mode_key) if has("en", mode_key) else mode),
        t(lang, "stats.running", since=Html(started)),
        "",
        t(lang, "stats.articles", n=stats.articles),
        t(lang, "stats.stories", n=stats.stories),
        t(lang, "stats.sources", n=stats.sources),
        t(lang, "stats.facts", n=stats.facts),
        t(lang, "stats.subscribers", n=stats.subscribers),
        t(lang, "stats.pushes", pending=stats.pending_pushes, dead=stats.dead_pushes),
        "",
        t(lang, "stats.last_article", when=Html(_when(stats.last_article_at, now, lang))),
        t(lang, "stats.last_error", when=Html(_when(stats.last_error_at, now, lang))),
    ]  # fmt: skip
    if stats.last_error_kind:
        lines.append(f"  <code>{esc(stats.last_error_kind)}</code>")
    lines.append(
        t(lang, "stats.sizes", store=Html(size(stats.store_bytes, lang)),
          wal=Html(size(stats.wal_bytes, lang)))
    )  # fmt: skip
    return fit("\n".join(lines))
