"""What the review loop decides without the database: which facts the briefings show, what a
/fix value means, which figures cannot both be right, and the editorial notes a claim carries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from extraction import claimants as cl
from extraction.strikes import FIELDS as STRIKE_FIGURES
from storage.figures import as_number
from storage.views import Claim, EditorAction, SanityWarning

# A fact that exists for the record: not withdrawn with a removed article, not an undone fix.
LIVE_FACT = "withdrawn_by is null and undone_by is null"
# A fact the briefings may show: live, and either confident or checked by an editor.
PUBLIC_FACT = f"{LIVE_FACT} and (uncertain is null or uncertain = 0 or check_id is not null)"
# An article in the briefings: not removed by an editor as "not a report".
LIVE_ARTICLE = "remove_id is null"

PUSH_AUTO = "auto"
PUSH_CONFIRMED = "confirmed"
PUSH_POLICIES = (PUSH_AUTO, PUSH_CONFIRMED)

EXCHANGE_FIELDS = ("count", "returned", "status")
STATUSES = ("proposed", "negotiating", "agreed", "completed", "stalled")
# What /fix may change: every strike figure, the exchange's figures and status, and the date.
FIX_FIELDS = (*STRIKE_FIGURES, *EXCHANGE_FIELDS, "date")
# What fits a story of each kind: an attack night's figures, or a swap's.
NIGHT_FIX_FIELDS = (*STRIKE_FIGURES, "date")
SWAP_FIX_FIELDS = (*EXCHANGE_FIELDS, "date")
# Facts that are figures an editor reviews (regions, targets, mediators are context).
_REVIEWED = (*EXCHANGE_FIELDS, *STRIKE_FIGURES)
_WEAPONS = (("drones", "drones"), ("missiles", "missiles"), ("total", "total"))
_NAMELESS_HINTS = ("unknown outlet", "outlet not stated")
# Largest figure /fix accepts: no attack or swap comes near it; a typo with extra digits does.
MAX_FIGURE = 100_000
# Whose figure /fix adds to a night nobody gave one for when no claimant is named: the attacked
# side's count, as the Air Force reports it.
DEFAULT_CLAIMANT = cl.AIR_FORCE
# Claimants an editor may name for a figure no report gave, with the side each speaks for.
CLAIMANT_SIDES = {
    cl.AIR_FORCE: "ua",
    cl.GENERAL_STAFF: "ua",
    cl.UKRAINIAN_MOD: "ua",
    cl.PRESIDENT: "ua",
    cl.UA_MILITARY: "ua",
    cl.KYIV_CMA: "ua",
    cl.KYIV_MAYOR: "ua",
    cl.RUSSIAN_MOD: "ru",
    cl.MOSCOW_MAYOR: "ru",
}


class ReviewError(Exception):
    """An editor's request that cannot be carried out, as a code and the facts behind it.

    Codes: no_story, no_article, not_in_story, removed, bad_field, bad_value, no_exchange,
    no_strikes, not_a_swap, not_a_night, undated, unknown_claimant, no_such_claimant,
    ambiguous_claimant, which_side, same_story, merged, only_article, nothing_to_undo, overtaken,
    all_removed. Handlers word them from the message catalogue.
    """

    def __init__(self, code: str, **details: object):
        super().__init__(code)
        self.code = code
        self.details = details


@dataclass(frozen=True)
class Editor:
    """Who acts: a Telegram user id (None from the command line) and a name for the record."""

    id: int | None
    name: str


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _marks(items: Iterable) -> str:
    return ",".join("?" * len(list(items)))


def _day(iso: str | None) -> str:
    """'3 Dec 2023' for an ISO date (pushes are worded in storage, as the rest of Change.what)."""
    if not iso:
        return "date not stated"
    try:
        d = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{d.day} {d:%b} {d.year}"


def _field_words(field: str) -> str:
    return {
        "count": "prisoners",
        "returned": "returned",
        "status": "status",
        "total_launched": "drones and missiles launched",
        "total_downed": "drones and missiles downed",
        "drones_lost": "drones lost to electronic warfare",
    }.get(field, field.replace("_", " "))


def _value_words(field: str, value: str | None) -> str:
    if value is None:
        return "none"
    number = as_number(field, value)
    return f"{number:,}" if number is not None else str(value)


def parse_figure(field: str, text: str) -> str:
    """An editor's VALUE for a field, normalised ("1,200" -> "1200"); ReviewError if wrong."""
    raw = text.strip()
    if field == "status":
        value = raw.casefold()
        if value not in STATUSES:
            raise ReviewError("bad_value", field=field, value=raw, allowed=", ".join(STATUSES))
        return value
    if field == "date":
        try:
            day = date.fromisoformat(raw)
        except ValueError:
            raise ReviewError("bad_value", field=field, value=raw, allowed="YYYY-MM-DD") from None
        if day > datetime.now(UTC).date() or day.year < 2014:
            raise ReviewError("bad_value", field=field, value=raw, allowed="YYYY-MM-DD")
        return day.isoformat()
    digits = raw
    # "1,200", "1.200", "1 200": thousands separators, only in groups of three.
    for sep in (",", ".", " ", "\u00a0", "\u202f"):
        parts = digits.split(sep)
        if len(parts) > 1 and all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3:
            digits = "".join(parts)
    if not (digits.isascii() and digits.isdigit()) or int(digits) > MAX_FIGURE:
        raise ReviewError("bad_value", field=field, value=raw, allowed="0 to 100,000")
    return str(int(digits))


# Whose people came home, as an editor names them after /fix STORY returned VALUE.
SIDES = {"ukraine": ("ukrain", "україн", "украин", "kyiv", "київ", "киев"),
         "russia": ("russia", "росі", "росси", "рф", "moscow", "москв")}  # fmt: skip


def returned_side(text: str) -> str | None:
    """'ukraine' or 'russia' for the side an editor names ("Ukraine", "russian", "Росія")."""
    word = text.casefold().strip()
    found = [side for side, stems in SIDES.items() if any(word.startswith(s) for s in stems)]
    return found[0] if len(found) == 1 else None


def attacker_of(side: str) -> str:
    """The attacking side a claimant of `side` counts the drones of: the other one."""
    return "ukraine" if side == "ru" else "russia"


def named_claimant(text: str, known: Callable[[], dict[str, str]], story: int) -> tuple[str, str]:
    """(name, attacker) of the claimant an editor names for a figure no report of story
    `story` gave; ReviewError when the name fits several claimants, or none.

    The claimant cues the extractor reads ("air force", "минобороны", "Kharkiv governor")
    decide first, then a part of a name ("russian") among the canonical claimants and those
    `known()` gives (the store's, name to attacker), asked only then."""
    cues = {c.name: c.side for c in cl.find_claimants(text)}
    if len(cues) == 1:
        ((name, side),) = cues.items()
        return name, attacker_of(side)
    every = {name: attacker_of(side) for name, side in CLAIMANT_SIDES.items()}
    every.update(known())
    wanted = " ".join(text.casefold().split())
    exact = [n for n in every if n.casefold() == wanted]
    found = exact or [n for n in every if wanted and wanted in n.casefold()]
    if len(found) == 1:
        return found[0], every[found[0]]
    if found:
        raise ReviewError("ambiguous_claimant", story=story, claimant=text, choices=sorted(found))
    raise ReviewError("no_such_claimant", claimant=text, choices=sorted(CLAIMANT_SIDES))


# -- facts into claims and summaries (called from Store) ----------------------------------


def note_fact(claim: Claim, fact: dict) -> None:
    """Carry one fact's words and editorial state onto the claim it belongs to."""
    claim.fact_ids.append(fact["id"])
    if claim.quote is None and fact.get("quote"):
        claim.quote = fact["quote"]
    doubt = unchecked_doubt(fact)
    if len(claim.fact_ids) == 1:
        claim.uncertain = doubt
    else:
        claim.uncertain = claim.uncertain and doubt
    if doubt and claim.doubt is None:
        claim.doubt = fact.get("doubt")
    if fact.get("check_id") is not None:
        claim.checked = True
    if fact.get("edit_id") is not None:
        claim.edit_id = fact["edit_id"]


def unchecked_doubt(fact: dict) -> bool:
    """A figure only editors have seen: uncertain and nobody confirmed it (never briefed)."""
    return bool(fact.get("uncertain")) and fact.get("check_id") is None


def note_replaced(newer: Claim, old: dict) -> None:
    """An older value `newer` replaced: an editor's fix, or the source's own correction. A
    figure held back as uncertain that an editor's fix replaced was never briefed: the fix is
    the editor's own figure ("set by an editor"), not a correction of it."""
    if newer.edit_id is not None and unchecked_doubt(old):
        return
    target = newer.edited_from if newer.edit_id is not None else newer.updated_from
    if old["value"] not in target and old["value"] != newer.value:
        target.append(old["value"])


def edited_from(facts: list[dict]) -> dict[int, list[str]]:
    """For each fact an editor's fix created: the values it replaced."""
    by_id = {f["id"]: f for f in facts}
    out: dict[int, list[str]] = defaultdict(list)
    for f in facts:
        newer = by_id.get(f.get("superseded_by") or 0)
        if (
            newer is not None
            and newer.get("edit_id") is not None
            and not unchecked_doubt(f)
            and f["value"] not in out[newer["id"]]
            and f["value"] != newer["value"]
        ):
            out[newer["id"]].append(f["value"])
    return dict(out)


def sanity_warnings(facts: Iterable[dict]) -> list[SanityWarning]:
    """Pairs of current figures that cannot both be right (more downed than launched, ...)."""
    strikes: dict[tuple, dict[str, int]] = defaultdict(dict)
    exchange: dict[str, int] = {}
    for f in facts:
        number = as_number(f["field"], f["value"])
        if number is None or f.get("superseded_by"):
            continue
        if f["topic"] == "strike":
            record = strikes[(f["claimant"], f["attacker"], f["night"])]
            record[f["field"]] = max(number, record.get(f["field"], 0))
        elif f["field"] in ("count", "returned"):
            exchange[f["field"]] = max(number, exchange.get(f["field"], 0))
    out: list[SanityWarning] = []
    for (claimant, _, night), rec in strikes.items():
        for weapon, _ in _WEAPONS:
            launched = rec.get(f"{weapon}_launched")
            downed = rec.get(f"{weapon}_downed")
            if launched is None or downed is None:
                continue
            if downed > launched:
                out.append(
                    SanityWarning(
                        "downed_above_launched", "strike", claimant, night, weapon, launched, downed
                    )
                )
            elif weapon == "drones" and downed + (rec.get("drones_lost") or 0) > launched:
                found = downed + rec["drones_lost"]
                out.append(
                    SanityWarning(
                        "lost_above_launched", "strike", claimant, night, weapon, launched, found
                    )
                )
    returned, count = exchange.get("returned"), exchange.get("count")
    if returned is not None and count is not None and returned > count:
        out.append(
            SanityWarning("returned_above_count", "exchange", None, None, None, count, returned)
        )
    return out


def _action(row: dict) -> EditorAction:
    return EditorAction(
        id=row["id"],
        action=row["action"],
        editor=row["editor_name"] or "an editor",
        at=row["at"],
        story_id=row["story_id"],
        article_id=row["article_id"],
        field=row["field"],
        claimant=row["claimant"],
        night=row["night"],
        before=row["before"],
        after=row["after"],
        undone=row["undone_by"] is not None,
    )
