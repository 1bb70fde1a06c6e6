"""Short phrases for figures, shared by receipts, /latest, the briefings and pushes.

Every phrase leaves out what nobody reported: no "no report", no dashes for missing figures.
"""

from datetime import date

from briefings.catalogue import Html, t
from briefings.html import esc, night
from briefings.names import claimant_name, framework_name, mediator_name
from briefings.review import edited_note
from storage.views import TALKS_REACH_DAYS

STATUSES = ("proposed", "negotiating", "agreed", "completed", "stalled")


def status_words(status: str | None, lang: str = "en") -> Html:
    """An exchange status as an editor would say it."""
    return t(lang, f"status.{status}" if status in STATUSES else "status.unknown")


def join_words(items: list[str], lang: str = "en") -> Html:
    """'a', 'a and b', 'a, b and c' (items already escaped)."""
    if len(items) <= 1:
        return Html("".join(items))
    return Html(", ".join(items[:-1]) + t(lang, "brief.and") + items[-1])


def count_of(n: object, unit: str, lang: str = "en") -> Html:
    """'1 missile', '176 drones' ("unit.drone", "unit.missile", ...), in the language's form."""
    try:
        value = int(n)
    except (TypeError, ValueError):
        return Html(esc(n))
    return t(lang, f"unit.{unit}", count=value)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def swap_after(
    talks: tuple[str | None, str | None, set[int]],
    stories: dict[int, tuple[str | None, str | None, set[int]]],
) -> int | None:
    """The story of the first completed swap reported within days after talks, of a size
    that fits: (status, day, sizes) of the talks, and of each story by number.

    Talks and the swap they lead to are two stories; without this, the talks would still read
    "agreed, not yet carried out" beside a swap that has happened since.
    """
    status, when, sizes = talks
    start = _day(when)
    if status not in ("proposed", "negotiating", "agreed") or start is None:
        return None
    fitting = []
    for story_id, (later_status, later_day, later_sizes) in stories.items():
        later = _day(later_day)
        if later_status != "completed" or later is None:
            continue
        gap = (later - start).days
        if 0 <= gap <= TALKS_REACH_DAYS and (not sizes or not later_sizes or sizes & later_sizes):
            fitting.append((later, story_id))
    return min(fitting)[1] if fitting else None


def exchange_phrase(exchange: dict, lang: str = "en", followed: Html | None = None) -> Html:
    """'Exchange: 1,200 prisoners, talks under way (Turkey and the UAE mediating; ...)'.

    `followed`: how the completed swap that followed these talks is named (swap_after), so the
    talks no longer read as not carried out."""
    parts = []
    status = exchange.get("status")
    edited = exchange.get("edited_from") or {}
    returned, count = exchange.get("returned"), exchange.get("count")
    if returned and status == "completed":
        note = _editor_note(exchange, edited, "returned", "returned", lang)
        parts.append(t(lang, "exchange.returned_home", count=int(returned)) + note)
    elif count:
        parts.append(
            count_of(count, "prisoner", lang) + _editor_note(exchange, edited, "count", "", lang)
        )
    if status:
        words = status_words(status, lang)
        if followed is not None and status in ("proposed", "negotiating", "agreed"):
            words = t(lang, f"talks.{status}") + followed
        parts.append(words + edited_note(edited.get("status", ()), "status", lang))
    extras = []
    mediators = exchange.get("mediators") or []
    if mediators:
        names = join_words([mediator_name(m, lang) for m in mediators], lang)
        extras.append(t(lang, "exchange.mediating", names=names))
    if exchange.get("framework"):
        extras.append(framework_name(exchange["framework"], lang))
    tail = f" ({'; '.join(extras)})" if extras else ""
    return Html(t(lang, "exchange.phrase", parts=Html(", ".join(parts))) + tail)


def _editor_note(record: dict, edited: dict, name: str, field: str, lang: str) -> Html:
    """' (corrected by an editor from 38)' or ' (set by an editor)' after a summary's figure."""
    if edited.get(name):
        return edited_note(edited[name], field, lang)
    if name in (record.get("set_by_editor") or ()):
        return t(lang, "review.set")
    return Html("")


def _pair(record: dict, kind: str, lang: str, drone_unit: str = "drone") -> str:
    edited = record.get("edited_from") or {}
    bits = []
    for name, unit in ((f"drones_{kind}", drone_unit), (f"missiles_{kind}", "missile")):
        if record.get(name) is not None:
            bits.append(
                count_of(record[name], unit, lang) + _editor_note(record, edited, name, "", lang)
            )
    if not bits and record.get(f"total_{kind}") is not None:
        bits.append(count_of(record[f"total_{kind}"], "total", lang))
    return " + ".join(bits)


def figures_only(record: dict, lang: str = "en") -> Html:
    """A claimant's figures for a night, unattributed: '176 drones + 1 missile launched, ...'."""
    if record.get("attacker") == "ukraine":
        downed = _pair(record, "downed", lang, "ua_drone")
        if downed:
            return t(lang, "figures.downed", what=Html(downed))
    bits = []
    for kind in ("launched", "downed"):
        pair = _pair(record, kind, lang)
        if pair:
            bits.append(t(lang, f"figures.{kind}", what=Html(pair)))
    if record.get("drones_lost") is not None:
        bits.append(t(lang, "figures.lost", what=count_of(record["drones_lost"], "drone", lang)))
    return Html(", ".join(bits)) if bits else t(lang, "figures.none")


def strike_phrase(record: dict, lang: str = "en") -> Html:
    """One claimant's figures for a night, attributed:
    '176 drones + 1 missile launched, 139 drones downed (Ukrainian Air Force)' or
    'Russian Defence Ministry claims 57 Ukrainian drones downed'."""
    phrase = _claimant_figures(record, lang)
    return t(lang, "brief.differ", values=phrase) if record.get("differs") else phrase


def _claimant_figures(record: dict, lang: str) -> Html:
    claimant = claimant_name(record.get("claimant"), lang)
    if record.get("attacker") == "ukraine":
        downed = _pair(record, "downed", lang, "ua_drone")
        if downed:
            return t(lang, "figures.ua_downed", claimant=claimant, what=Html(downed))
        launched = _pair(record, "launched", lang, "ua_drone")
        if launched:
            return t(lang, "figures.ua_launched", claimant=claimant, what=Html(launched))
    return t(lang, "figures.by", figures=figures_only(record, lang), claimant=claimant)


def strikes_phrase(records: list[dict], lang: str = "en", *, on: str | None = None) -> Html:
    """'night to 3 Dec 2023: ...; ...' for the records of one or more nights; the night is
    left out when it is `on` (the day the line is already dated)."""
    by_night: dict[str | None, list[dict]] = {}
    for rec in records:
        by_night.setdefault(rec.get("night") or rec.get("date"), []).append(rec)
    out = []
    for when, recs in by_night.items():
        figures = Html("; ".join(strike_phrase(r, lang) for r in recs))
        if when and when == on and len(by_night) == 1:
            out.append(figures)
        else:
            out.append(t(lang, "latest.night", night=night(when, lang), figures=figures))
    return Html(" · ".join(out))


# Launched and downed figures of one weapon that a sanity check compares.
_CHECKED_PAIRS = (
    ("drones", "drones_launched", "drones_downed"),
    ("missiles", "missiles_launched", "missiles_downed"),
    ("total", "total_launched", "total_downed"),
)


def _top(claims) -> int | None:
    values = [int(c.value) for c in claims or () if str(c.value).isdigit()]
    return max(values) if values else None


def _vouched(*groups) -> bool:
    # An editor who checked or set one of the figures has looked at the pair already.
    return any(c.checked or c.edit_id is not None for claims in groups for c in claims or ())


def strike_checks(figures: dict, lang: str = "en") -> list[Html]:
    """Plain warnings for a claimant's figures that cannot both be right (more downed than
    launched), unless an editor checked them: shown beside the figures in /strikes."""
    out = []
    for weapon, launched_field, downed_field in _CHECKED_PAIRS:
        launched, downed = _top(figures.get(launched_field)), _top(figures.get(downed_field))
        if launched is None or downed is None or downed <= launched:
            continue
        if _vouched(figures.get(launched_field), figures.get(downed_field)):
            continue
        weapon_words = t(lang, f"review.weapon.{weapon}")
        out.append(
            t(lang, "check.downed_above_launched", weapon=weapon_words, found=downed,
              launched=launched)
        )  # fmt: skip
    return out


def exchange_checks(count, returned, lang: str = "en") -> list[Html]:
    """A plain warning when more people are said returned than the swap concerned."""
    most, back = _top(count), _top(returned)
    if most is None or back is None or back <= most or _vouched(count, returned):
        return []
    return [t(lang, "check.returned_above_count", found=back, count=most)]
