"""Short phrases for figures, shared by receipts, /latest and the briefings."""

from briefings.html import day, esc, num
from briefings.review import edited_note

STATUS_WORDS = {
    "proposed": "proposed",
    "negotiating": "talks under way",
    "agreed": "agreed, not yet carried out",
    "completed": "completed",
    "stalled": "stalled",
}
_SHORT_NAMES = {
    "United Arab Emirates": "the UAE",
    "United States": "the US",
    "Vatican": "the Vatican",
}


def status_words(status: str | None) -> str:
    """An exchange status as an editor would say it."""
    return STATUS_WORDS.get(status or "", "status not reported")


def mediator_name(name: str) -> str:
    """A mediator's name as it reads in a sentence ("the UAE")."""
    return esc(_SHORT_NAMES.get(name, name))


def join_words(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c' (items already escaped)."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def count_of(n: object, one: str, many: str) -> str:
    """'1 missile', '176 drones'."""
    try:
        single = int(n) == 1
    except (TypeError, ValueError):
        single = False
    return f"{num(n)} {one if single else many}"


def exchange_phrase(exchange: dict) -> str:
    """'Exchange: 1,200 prisoners, talks under way (Turkey and the UAE mediating; ...)'."""
    parts = []
    status = exchange.get("status")
    edited = exchange.get("edited_from") or {}
    if exchange.get("returned") and status == "completed":
        note = edited_note(edited.get("returned", ()), "returned")
        parts.append(f"{num(exchange['returned'])} returned home{note}")
    if exchange.get("count") and not (status == "completed" and exchange.get("returned")):
        parts.append(f"{num(exchange['count'])} prisoners{edited_note(edited.get('count', ()))}")
    parts.append(status_words(status) + edited_note(edited.get("status", ()), "status"))
    extras = []
    mediators = exchange.get("mediators") or []
    if mediators:
        extras.append(f"{join_words([mediator_name(m) for m in mediators])} mediating")
    if exchange.get("framework"):
        extras.append(esc(exchange["framework"]))
    tail = f" ({'; '.join(extras)})" if extras else ""
    return "Exchange: " + ", ".join(parts) + tail


def _pair(record: dict, kind: str) -> str:
    drones = record.get(f"drones_{kind}")
    missiles = record.get(f"missiles_{kind}")
    total = record.get(f"total_{kind}")
    edited = record.get("edited_from") or {}
    bits = []
    if drones is not None:
        note = edited_note(edited.get(f"drones_{kind}", ()))
        bits.append(count_of(drones, "drone", "drones") + note)
    if missiles is not None:
        note = edited_note(edited.get(f"missiles_{kind}", ()))
        bits.append(count_of(missiles, "missile", "missiles") + note)
    if not bits and total is not None:
        bits.append(f"{num(total)} drones and missiles in all")
    return " + ".join(bits)


def strike_phrase(record: dict) -> str:
    """One claimant's figures for a night, attributed, e.g. '176 drones + 1 missile launched...'."""
    claimant = esc(record.get("claimant") or "unattributed")
    if record.get("attacker") == "ukraine":
        downed = _pair(record, "downed")
        if downed:
            return f"{claimant} claims {downed.replace('drone', 'Ukrainian drone', 1)} downed"
        launched = _pair(record, "launched")
        return f"{claimant} reports {launched or 'Ukrainian drones'} launched"
    bits = []
    launched = _pair(record, "launched")
    if launched:
        bits.append(f"{launched} launched")
    downed = _pair(record, "downed")
    if downed:
        bits.append(f"{downed} downed")
    if record.get("drones_lost") is not None:
        bits.append(f"{num(record['drones_lost'])} lost to electronic warfare")
    return f"{', '.join(bits) or 'no figures'} ({claimant})"


def strikes_phrase(records: list[dict]) -> str:
    """'Strikes, night to 3 Dec: ... ; ...' for the records of one or more nights."""
    by_night: dict[str | None, list[dict]] = {}
    for rec in records:
        by_night.setdefault(rec.get("night") or rec.get("date"), []).append(rec)
    out = []
    for night, recs in by_night.items():
        label = f"night to {day(night, year=False)}" if night else "date not stated"
        out.append(f"Strikes, {label}: " + "; ".join(strike_phrase(r) for r in recs))
    return " · ".join(out)
