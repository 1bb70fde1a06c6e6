"""Pushes and daily digests: changes in, escaped Telegram HTML out."""

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from briefings.html import TELEGRAM_LIMIT, day, esc, num, split_message
from briefings.phrases import count_of, status_words
from storage.views import Change

SEPARATOR = " · "


_FIGURE_NAMES = {
    "count": "prisoners",
    "returned": "returned",
    "drones_launched": "drones launched",
    "missiles_launched": "missiles launched",
    "drones_downed": "drones downed",
    "missiles_downed": "missiles downed",
    "drones_lost": "drones lost to electronic warfare",
    "total_launched": "drones and missiles launched",
    "total_downed": "drones and missiles downed",
}


def event_name(change: Change) -> str:
    """The event a change is about: "Exchange of 30 Dec 2024", "Night to 24 Feb 2025"."""
    if change.topic == "exchange":
        what = "Exchange talks" if change.stage == "talks" else "Exchange"
        return f"{what} of {day(change.event_day)}" if change.event_day else what
    return f"Night to {day(change.night)}" if change.night else "Strikes"


def _new_figures(figures: dict[str, int]) -> str:
    """'176 drones + 1 missile launched, 139 drones downed'."""
    parts = []
    for verb in ("launched", "downed"):
        bits = [
            count_of(figures[f"{what}s_{verb}"], what, what + "s")
            for what in ("drone", "missile")
            if f"{what}s_{verb}" in figures
        ]
        if not bits and f"total_{verb}" in figures:
            bits = [f"{num(figures[f'total_{verb}'])} drones and missiles"]
        if bits:
            parts.append(" + ".join(bits) + f" {verb}")
    if "drones_lost" in figures:
        parts.append(f"{num(figures['drones_lost'])} lost to electronic warfare")
    return ", ".join(parts)


def _moves(figures) -> list[str]:
    out = []
    for name, before, now in figures:
        label = _FIGURE_NAMES.get(name, name.replace("_", " "))
        if before is None and name in ("count", "returned"):
            out.append(f"{num(now)} {label}")  # "150 returned", "1,200 prisoners"
        elif before is None:
            out.append(f"{label} {num(now)}")
        else:
            out.append(f"{label} {num(before)} → {num(now)}")
    return out


def _structured(change: Change) -> str:
    if change.topic == "exchange":
        parts = []
        if change.status:
            status = status_words(change.status)
            if change.old_status:
                status = f"{status_words(change.old_status)} → {status}"
            parts.append(esc(status))
        parts += _moves(change.figures)
        return f"{event_name(change)}: {', '.join(parts)}"
    who = esc(change.claimant or "unattributed")
    if change.kind in ("new_night", "new_claim"):
        line = f"{who}: {_new_figures({n: v for n, _, v in change.figures})}"
        if change.kind == "new_claim":
            line += " (new claim)"
    else:
        verb = "updated" if change.kind == "update" else "reports"
        line = f"{who} {verb} {', '.join(_moves(change.figures))}"
    return f"{event_name(change)}: {line}"


# After a change an editor's action caused (storage.review), and whether it corrects what
# subscribers were told.
_EDITOR_NOTES = {
    "confirmed": " (confirmed by an editor)",
    "corrected": " (corrected by an editor)",
    "undone": " (an editor's correction taken back)",
}


def _corrects(change: Change) -> bool:
    if change.editor in ("corrected", "undone"):
        return any(before is not None for _, before, _ in change.figures) or bool(change.old_status)
    return change.editor == "confirmed" and (
        change.kind == "update" or bool(change.old_status) or any(b for _, b, _ in change.figures)
    )


def render_change(change: Change) -> str:
    """One change as one line, naming its event and who reported it:
    "Exchange of 30 Dec 2024: completed, 150 returned · Kyiv Wire"."""
    line = _structured(change) if change.event_day or change.stage else esc(change.what)
    if change.editor:
        line = ("Correction: " if _corrects(change) else "") + line
        line += _EDITOR_NOTES.get(change.editor, "")
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
