"""/strikes: attack nights, each claimant's figures side by side, never merged."""

from briefings.html import day, esc, num
from briefings.review import edited_note
from briefings.sources import source_list
from storage.views import Claim, ClaimantFigures, NightView

_SIDE_TITLES = {
    "russia": "Russian attack on Ukraine",
    "ukraine": "Ukrainian drones, as Russia reports them",
}


def _figure(claims: list[Claim] | None, one: str, many: str) -> str:
    if not claims:
        return f"{many}: no report"
    shown = []
    for c in claims:
        text = num(c.value)
        if c.updated_from:
            text += f" (updated from {', '.join(num(v) for v in c.updated_from)})"
        text += edited_note(c.edited_from, c.field)
        if text not in shown:
            shown.append(text)
    suffix = " — figures differ between reports" if len(claims) > 1 else ""
    return f"{many}: {' or '.join(shown)}{suffix}"


def _claimant_block(c: ClaimantFigures) -> list[str]:
    f = c.figures
    launched = [
        _figure(f.get("drones_launched"), "drone", "drones"),
        _figure(f.get("missiles_launched"), "missile", "missiles"),
    ]
    downed = [
        _figure(f.get("drones_downed"), "drone", "drones"),
        _figure(f.get("missiles_downed"), "missile", "missiles"),
    ]
    lines = [f"<b>{esc(c.claimant)}</b>"]
    if c.attacker == "ukraine":
        lines.append("Downed — " + "; ".join(downed))
        if f.get("drones_launched") or f.get("missiles_launched"):
            lines.append("Launched — " + "; ".join(launched))
    else:
        lines.append("Launched — " + "; ".join(launched))
        lines.append("Downed — " + "; ".join(downed))
    if f.get("drones_lost"):
        lines.append("Lost to electronic warfare — " + _figure(f["drones_lost"], "drone", "drones"))
    for name, label in (("total_launched", "launched"), ("total_downed", "downed")):
        if f.get(name):
            values = " or ".join(num(x.value) for x in f[name])
            lines.append(f"Drones and missiles {label}, no split given — {values}")
    if c.regions:
        lines.append("Regions: " + esc(", ".join(dict.fromkeys(c.regions))))
    if c.targets:
        lines.append("Targets: " + esc(", ".join(dict.fromkeys(c.targets))))
    lines.append("Sources: " + source_list(c.sources))
    return lines


def render_strikes(nights: list[NightView]) -> str:
    """One block per night; within it one block per claimant, grouped by attacking side."""
    if not nights:
        return "No attack figures reported yet."
    lines: list[str] = []
    for night in nights:
        if lines:
            lines.append("")
        title = f"night to {day(night.night)}" if night.night else "night not stated"
        lines.append(f"<b>Strikes, {title}</b>")
        side = None
        for claimant in night.claimants:
            if claimant.attacker != side:
                side = claimant.attacker
                lines += ["", f"<u>{esc(_SIDE_TITLES.get(side or '', 'Attack'))}</u>"]
            lines += _claimant_block(claimant)
    return "\n".join(lines)


def _first(c: ClaimantFigures, name: str) -> str:
    claims = c.figures.get(name)
    return num(claims[0].value) if claims else "–"


def render_strikes_week(nights: list[NightView]) -> str:
    """A compact table of recent nights: one line per claimant."""
    if not nights:
        return "No attack figures reported in the last seven nights."
    lines = ["<b>Strikes, last seven nights</b>"]
    for night in nights:
        for c in night.claimants:
            lines.append(
                f"{day(night.night, year=False)} · {esc(c.claimant)}: "
                f"launched {_first(c, 'drones_launched')} drones/"
                f"{_first(c, 'missiles_launched')} missiles, "
                f"downed {_first(c, 'drones_downed')}/{_first(c, 'missiles_downed')}"
            )
    return "\n".join(lines)
