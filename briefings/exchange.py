"""/exchange: the state of the current prisoner exchange and the swaps before it.

Only what was reported is shown: no line for a figure, mediator or framework nobody gave.
"""

from briefings.catalogue import Html, t
from briefings.html import day, esc, num
from briefings.names import framework_name, mediator_name
from briefings.phrases import exchange_checks, join_words, status_words, swap_after
from briefings.review import claim_note, edited_note
from briefings.sources import source_list
from storage.views import Claim, ExchangeView, ReturnedTotal, dates_key, step_key

_PENDING = ("proposed", "negotiating", "agreed", "stalled")


def _claims(claims: list[Claim], lang: str) -> Html:
    parts = [
        f"{num(c.value, lang)}{claim_note(c, lang)}"
        + (f" ({source_list(c.sources, lang, total=c.source_total)})" if c.sources else "")
        for c in claims
    ]
    if len({c.value for c in claims}) > 1:
        return t(lang, "brief.differ", values=Html(t(lang, "brief.vs").join(parts)))
    return Html(parts[0])


def _timeline(view: ExchangeView, lang: str) -> list[str]:
    merged: dict[tuple, list] = {}
    for step in view.timeline:
        merged.setdefault((step.date, step.status), []).append(step.source)
    return [
        t(
            lang,
            "exchange.step",
            date=day(when, lang),
            status=status_words(status, lang),
            sources=source_list(refs, lang, total=view.ref_totals.get(step_key(when, status))),
        )
        for (when, status), refs in sorted(merged.items(), key=lambda kv: kv[0][0] or "")
    ]


def _returned_total(views: list[ExchangeView]) -> tuple[int, int]:
    total = swaps = 0
    for view in views:
        if view.status == "completed" and view.returned:
            total += max(int(c.value) for c in view.returned)
            swaps += 1
    return total, swaps


def _total_line(totals: ReturnedTotal, lang: str) -> str | None:
    """'Returned across 6 completed swaps: 1,234 home to Ukraine, 1,100 to Russia'."""
    if not totals.swaps or not totals.by_side:
        return None
    sides = [s for s in ("ukraine", "russia", "unspecified") if s in totals.by_side]
    if sides == ["unspecified"]:
        figure = Html(num(totals.by_side["unspecified"], lang))
    else:
        figure = Html(
            ", ".join(t(lang, f"exchange.side.{s}", count=totals.by_side[s]) for s in sides)
        )
    if totals.without_figure:
        figure = Html(f"{figure} ({t(lang, 'exchange.no_number', count=totals.without_figure)})")
    swaps = t(lang, "exchange.swaps", count=totals.swaps)
    return t(lang, "exchange.total", swaps=swaps, figure=figure)


def _sizes(claims: list[Claim]) -> set[int]:
    return {int(c.value) for c in claims if str(c.value).isdigit()}


def _swap_after(talks: ExchangeView, newer: list[ExchangeView]) -> ExchangeView | None:
    """The completed swap that followed these talks (phrases.swap_after), if any."""
    stories = {
        view.story_id: (
            view.status,
            view.first_date or view.last_date,
            _sizes(view.count) | _sizes(view.returned),
        )
        for view in newer
    }
    found = swap_after((talks.status, talks.last_date, _sizes(talks.count)), stories)
    return next((view for view in newer if view.story_id == found), None)


def _story(view: ExchangeView, lang: str) -> Html:
    return t(lang, "brief.story", n=str(view.story_id))


def render_exchange(
    views: list[ExchangeView],
    totals: ReturnedTotal | None = None,
    *,
    lang: str = "en",
    can_add: bool = True,
) -> str:
    """The exchange briefing: current swap first, its history, then the earlier swaps.

    `totals` covers every completed swap in the store; without it, the swaps shown are added.
    `can_add`: whether the reader may add articles, which an empty store's answer invites.
    """
    if not views:
        return t(lang, "exchange.none" if can_add else "exchange.none_reader")
    current, earlier = views[0], views[1:]
    status = status_words(current.status, lang) + edited_note(
        current.edited_from.get("status", ()), "status", lang
    )
    lines = [
        t(lang, "exchange.title", story=_story(current, lang), status=Html(status)),
        f"<i>{esc(current.title_for(lang)[0])}</i>",
        "",
    ]
    if current.count:
        lines.append(t(lang, "exchange.count", claims=_claims(current.count, lang)))
    if current.returned:
        lines.append(t(lang, "exchange.returned", claims=_claims(current.returned, lang)))
    lines += exchange_checks(current.count, current.returned, lang)
    if current.mediators:
        names = join_words([mediator_name(m, lang) for m in current.mediators], lang)
        lines.append(t(lang, "exchange.mediators", names=names))
    if current.framework:
        lines.append(
            t(lang, "exchange.framework", framework=Html(framework_name(current.framework, lang)))
        )
    if current.people:
        lines.append(t(lang, "exchange.quoted", people=", ".join(current.people)))
    if current.timeline:
        lines += ["", t(lang, "exchange.timeline"), *_timeline(current, lang)]
    for step_status, days in current.date_discrepancies:
        counted = current.ref_totals
        versions = "; ".join(
            f"{day(when, lang)} "
            f"({source_list(refs, lang, total=counted.get(dates_key(step_status, when)))})"
            for when, refs in sorted(days.items())
        )
        lines.append(
            t(
                lang,
                "exchange.dates_differ",
                status=status_words(step_status, lang),
                versions=Html(versions),
            )
        )
    if current.status in _PENDING:
        lines += ["", t(lang, "exchange.pending", what=t(lang, f"pending.{current.status}"))]
    if current.sources:
        sources = source_list(current.sources, lang, total=current.ref_totals.get("sources"))
        lines += ["", t(lang, "exchange.sources", sources=sources)]
    if earlier:
        lines += ["", t(lang, "exchange.earlier")]
        for i, view in enumerate(earlier):
            claims = view.returned or view.count
            common = {
                "date": day(view.last_date, lang),
                "story": _story(view, lang),
                "status": status_words(view.status, lang),
            }
            swap = _swap_after(view, views[: i + 1])
            if swap is not None:
                common["status"] = t(lang, f"talks.{view.status}")
            if claims:
                line = t(lang, "exchange.earlier_line", figure=_claims(claims, lang), **common)
            else:
                line = t(lang, "exchange.earlier_bare", **common)
            if swap is not None:
                when = day(swap.first_date or swap.last_date, lang)
                line += t(lang, "exchange.swap_followed", date=when, story=_story(swap, lang))
            lines.append(line)
    if totals is None:
        total, swaps = _returned_total(views)
        totals = ReturnedTotal(swaps, {"unspecified": total} if swaps else {})
    line = _total_line(totals, lang)
    if line:
        lines.append(line)
    return "\n".join(_no_double_gaps(lines))


def _no_double_gaps(lines: list[str]) -> list[str]:
    """The lines without two blank ones in a row: a swap with no figures leaves no wide gap."""
    out: list[str] = []
    for line in lines:
        if not (line == "" and out and out[-1] == ""):
            out.append(line)
    return out
