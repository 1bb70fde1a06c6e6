"""/strikes: attack nights, each claimant's figures side by side, never merged.

Only reported figures are shown: a claimant who gave no missile figure gets no missile line.
"""

from briefings.catalogue import Html, t
from briefings.html import day, night, num
from briefings.names import claimant_name, places, targets
from briefings.phrases import count_of, strike_checks, strike_phrase
from briefings.review import claim_note
from briefings.sources import source_list
from storage.views import Claim, ClaimantFigures, NightView


def _shown(claims: list[Claim], unit: str, lang: str) -> tuple[Html, bool]:
    """'176 drones', '139 drones (updated from 120)', or, when reports differ, each figure with
    the outlets that give it: '52 drones (Air Desk) or 55 drones (Evening Post)'; and whether
    they differ."""
    shown: dict[str, list] = {}
    totals: dict[str, int | None] = {}
    for c in claims:
        text = count_of(c.value, unit, lang)
        if c.updated_from:
            old = ", ".join(num(v, lang) for v in c.updated_from)
            text = t(lang, "brief.updated_from", value=Html(text), old=old)
        text += claim_note(c, lang)
        shown.setdefault(text, []).extend(c.sources)
        if c.source_total is not None:
            totals[text] = (totals.get(text) or 0) + c.source_total
    if len(shown) > 1:
        parts = [
            f"{text} ({source_list(refs, lang, total=totals.get(text))})" if refs else text
            for text, refs in shown.items()
        ]
        return Html(t(lang, "brief.or").join(parts)), True
    return Html(next(iter(shown))), False


def _values(claims: list[Claim], unit: str, lang: str) -> Html:
    """One figure line's value, with a note when reports differ."""
    text, differ = _shown(claims, unit, lang)
    return t(lang, "brief.differ", values=text) if differ else text


def _kind_line(c: ClaimantFigures, kind: str, lang: str) -> str | None:
    """'Launched: 176 drones + 1 missile' from the figures the claimant gave, else None; when
    reports differ, the note that they do closes the line, after every weapon."""
    drone_unit = "ua_drone" if c.attacker == "ukraine" else "drone"
    bits, differ = [], False
    for name, unit in ((f"drones_{kind}", drone_unit), (f"missiles_{kind}", "missile")):
        if c.figures.get(name):
            text, differs = _shown(c.figures[name], unit, lang)
            bits.append(text)
            differ = differ or differs
    if not bits:
        return None
    what = Html(" + ".join(bits))
    if differ:
        what = t(lang, "brief.differ", values=what)
    return t(lang, f"strikes.{kind}", what=what)


def _claimant_block(c: ClaimantFigures, lang: str) -> list[str]:
    f = c.figures
    order = ("downed", "launched") if c.attacker == "ukraine" else ("launched", "downed")
    lines = [f"<b>{claimant_name(c.claimant, lang)}</b>"]
    lines += [line for kind in order if (line := _kind_line(c, kind, lang))]
    if f.get("drones_lost"):
        lines.append(t(lang, "strikes.lost", what=_values(f["drones_lost"], "drone", lang)))
    for name in ("total_launched", "total_downed"):
        if f.get(name):
            lines.append(t(lang, f"strikes.{name}", what=_values(f[name], "total", lang)))
    lines += strike_checks(f, lang)
    if c.regions:
        lines.append(t(lang, "strikes.regions", names=places(c.regions, lang)))
    if c.targets:
        lines.append(t(lang, "strikes.targets", names=targets(c.targets, lang)))
    if c.sources:
        sources = source_list(c.sources, lang, total=c.source_total)
        lines.append(t(lang, "strikes.sources", sources=sources))
    return lines


def render_strikes(nights: list[NightView], *, lang: str = "en") -> str:
    """One block per night; within it one block per claimant, grouped by attacking side."""
    if not nights:
        return t(lang, "strikes.none")
    lines: list[str] = []
    for view in nights:
        if lines:
            lines.append("")
        lines.append(t(lang, "strikes.title", night=night(view.night, lang)))
        side = None
        for claimant in view.claimants:
            if claimant.attacker != side:
                side = claimant.attacker
                key = f"side.{side}" if side in ("russia", "ukraine") else "side.other"
                lines += ["", t(lang, key)]
            lines += _claimant_block(claimant, lang)
    return "\n".join(lines)


def _record(c: ClaimantFigures) -> dict:
    """A claimant's figures as one record (the first value of each, marked when its reports
    give others: the night's own briefing shows them all)."""
    rec: dict = {"claimant": c.claimant, "attacker": c.attacker}
    for name, claims in c.figures.items():
        if claims:
            rec[name] = claims[0].value
        if len({claim.value for claim in claims}) > 1:
            rec["differs"] = True
    return rec


def _main_claimant(claimants: list[ClaimantFigures]) -> ClaimantFigures:
    # The claimant with the most figures speaks for its side on the week's line.
    return max(claimants, key=lambda c: sum(1 for v in c.figures.values() if v))


def render_strikes_week(nights: list[NightView], *, lang: str = "en") -> str:
    """One line per night: each side's figures from its main claimant, side by side."""
    if not nights:
        return t(lang, "strikes.week_none")
    lines = [t(lang, "strikes.week_title")]
    flagged = False
    for view in nights:
        sides = []
        for attacker in ("russia", "ukraine", None):
            group = [c for c in view.claimants if c.attacker == attacker]
            if not group:
                continue
            main = _main_claimant(group)
            phrase = strike_phrase(_record(main), lang)
            if strike_checks(main.figures, lang):
                phrase, flagged = Html(f"{phrase} ⚠"), True
            sides.append(phrase)
        when = day(view.night, lang) if view.night else night(None, lang)
        lines.append(t(lang, "strikes.week_line", date=when, sides=Html(" · ".join(sides))))
    lines += ["", t(lang, "strikes.week_hint")]
    if flagged:
        lines.append(t(lang, "strikes.week_check"))
    return "\n".join(lines)
