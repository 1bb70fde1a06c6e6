"""Pushes and daily digests: changes in, escaped Telegram HTML out."""

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from briefings.html import TELEGRAM_LIMIT, esc, split_message
from storage.views import Change

SEPARATOR = " · "


def render_change(change: Change) -> str:
    """One change as one line: "Exchange: negotiating → agreed · 1,200 · Times Live, Kyiv Wire"."""
    line = esc(change.what)
    if change.outlets:
        line += SEPARATOR + esc(", ".join(change.outlets))
    return line


def render_push(changes: Sequence[Change]) -> str:
    """The message a subscriber gets for one article: each change it brought, one a line."""
    lines: list[str] = []
    size = 0
    for index, change in enumerate(changes):
        line = render_change(change)
        # Leave room for the closing line: a push is always exactly one message.
        if size + len(line) + 1 > TELEGRAM_LIMIT - 100:
            lines.append(f"… and {len(changes) - index} more: /latest")
            break
        lines.append(line)
        size += len(line) + 1
    return "\n".join(lines)


def _local(moment: datetime, zone: ZoneInfo, *, year: bool = False) -> str:
    local = moment.astimezone(zone)
    if year:
        return f"{local.day} {local:%b %Y}, {local:%H:%M}"
    return f"{local.day} {local:%b} {local:%H:%M}"


def render_digest(
    entries: Sequence[tuple[datetime, Change]],
    *,
    now: datetime,
    since: datetime | None,
    tz: str,
) -> list[str]:
    """A daily digest as messages under Telegram's limit; none when nothing changed."""
    if not entries:
        return []
    zone = ZoneInfo(tz)
    head = f"<b>Daily digest</b>{SEPARATOR}{_local(now, zone, year=True)} {esc(tz)}"
    count = f"{len(entries)} change{'' if len(entries) == 1 else 's'}"
    head += f"\n{count} since {_local(since, zone)}:" if since else f"\n{count}:"
    lines = [f"• {_local(at, zone)}{SEPARATOR}{render_change(c)}" for at, c in entries]
    return split_message("\n".join([head, *lines]))
