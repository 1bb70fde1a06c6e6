"""/exchange: the state of the current prisoner exchange and the swaps before it."""

from briefings.html import day, esc, num, plural
from briefings.phrases import join_words, mediator_name, status_words
from briefings.review import edited_note
from briefings.sources import source_list
from storage.views import Claim, ExchangeView, ReturnedTotal

_PENDING = {
    "proposed": "talks, an agreed list and the swap itself",
    "negotiating": "final terms and the swap itself",
    "agreed": "the swap itself and the number who come home",
    "stalled": "a resumption of talks",
}


def _claims(claims: list[Claim]) -> str:
    if not claims:
        return "no report"
    parts = [
        f"{num(c.value)}{edited_note(c.edited_from, c.field)} ({source_list(c.sources)})"
        for c in claims
    ]
    if len({c.value for c in claims}) > 1:
        return " vs ".join(parts) + " — figures differ"
    return parts[0]


def _timeline(view: ExchangeView) -> list[str]:
    merged: dict[tuple, list] = {}
    for step in view.timeline:
        merged.setdefault((step.date, step.status), []).append(step.source)
    return [
        f"• {day(when)} — {status_words(status)} ({source_list(refs)})"
        for (when, status), refs in sorted(merged.items(), key=lambda kv: kv[0][0] or "")
    ]


def _returned_total(views: list[ExchangeView]) -> tuple[int, int]:
    total = swaps = 0
    for view in views:
        if view.status == "completed" and view.returned:
            total += max(int(c.value) for c in view.returned)
            swaps += 1
    return total, swaps


_SIDES = {"ukraine": "home to Ukraine", "russia": "to Russia", "unspecified": "side not stated"}


def _total_line(totals: ReturnedTotal) -> str | None:
    """'Returned across 6 completed swaps: 1,234 home to Ukraine, 1,100 to Russia'."""
    if not totals.swaps:
        return None
    sides = [s for s in ("ukraine", "russia", "unspecified") if s in totals.by_side]
    if sides == ["unspecified"]:
        figure = num(totals.by_side["unspecified"])
    else:
        figure = ", ".join(f"{num(totals.by_side[s])} {_SIDES[s]}" for s in sides)
    line = f"<b>Returned across {plural(totals.swaps, 'completed swap')}:</b> {figure or 'none'}"
    if totals.without_figure:
        gave = "gives" if totals.without_figure == 1 else "give"
        line += f" ({plural(totals.without_figure, 'swap')} {gave} no number)"
    return line


def render_exchange(views: list[ExchangeView], totals: ReturnedTotal | None = None) -> str:
    """The exchange briefing: current swap first, its history, then the earlier swaps.

    `totals` covers every completed swap in the store; without it, the swaps shown are added.
    """
    if not views:
        return "No prisoner exchange reported yet. Forward an article about one to start."
    current, earlier = views[0], views[1:]
    lines = [
        f"<b>Prisoner exchange: {esc(status_words(current.status))}</b>"
        + edited_note(current.edited_from.get("status", ()), "status"),
        f"<i>{esc(current.title)}</i>",
        "",
        f"<b>Prisoners concerned:</b> {_claims(current.count)}",
        f"<b>Returned home:</b> {_claims(current.returned)}",
        "<b>Mediators:</b> "
        + (join_words([mediator_name(m) for m in current.mediators]) or "none reported"),
        f"<b>Framework:</b> {esc(current.framework) if current.framework else 'none named'}",
    ]
    if current.people:
        lines.append(f"<b>Quoted:</b> {esc(', '.join(current.people))}")
    if current.timeline:
        lines += ["", "<b>Timeline</b>", *_timeline(current)]
    for status, days in current.date_discrepancies:
        versions = "; ".join(
            f"{day(when)} ({source_list(refs)})" for when, refs in sorted(days.items())
        )
        lines.append(
            f"⚠ Sources give different dates for “{esc(status_words(status))}”: {versions}"
        )
    pending = _PENDING.get(current.status or "")
    if pending:
        lines += ["", f"<b>Still pending:</b> {esc(pending)}"]
    lines += ["", f"<b>Sources:</b> {source_list(current.sources)}"]
    if earlier:
        lines += ["", "<b>Earlier swaps</b>"]
        for view in earlier:
            figure = _claims(view.returned) if view.returned else _claims(view.count)
            lines.append(f"• {day(view.last_date)} — {esc(status_words(view.status))}: {figure}")
    if totals is None:
        total, swaps = _returned_total(views)
        totals = ReturnedTotal(swaps, {"unspecified": total} if swaps else {})
    line = _total_line(totals)
    if line:
        lines.append(line)
    return "\n".join(lines)
