"""Evidence, confidence, `uncertain` and `warnings`: what every figure rests on, and how sure.

Stages hand back `_picks` (field -> where the value came from and how far the rule that found
it is trusted). Here they become the contract's `evidence` (a quote and its character offsets in
the text given to extract()) and `confidence`; a figure below CONFIDENCE_THRESHOLD leaves the
main fields for `uncertain`, and impossible combinations become `warnings`.
"""

from __future__ import annotations

from extraction.sentences import Sentence

# A figure below this is shown to an editor under `uncertain`, never published. Confidences are
# set by rule (see figures.py, strikes.py, exchange.py): 0.9 for a number whose noun and verb sit
# beside it, less for a role read from a distant verb, a weapon carried over from an earlier
# clause, a headline-only figure, an earlier attack, an unnamed claimant; 0.4 for a guessed
# status.
CONFIDENCE_THRESHOLD = 0.6
_QUOTE_MAX = 320  # characters: long sentences are cut to a window around the figure

STRIKE_FIELDS = (
    "drones_launched", "missiles_launched", "drones_downed", "missiles_downed",
    "drones_lost", "total_launched", "total_downed",
)  # fmt: skip
EXCHANGE_FIELDS = ("count", "returned", "status")


def _span(sentence: Sentence, start: int, end: int, work: str) -> tuple[int, int]:
    """Character span in the article of the words a figure came from."""
    s_start = sentence.start
    s_end = s_start + len(sentence.text)
    if work[s_start:s_end] != sentence.text:
        # a sentence the layout stage rewrote ("Launched: 71" as "71 launched."): its line
        line_start = work.rfind("\n", 0, s_start + 1) + 1
        line_end = work.find("\n", s_start)
        return line_start, len(work) if line_end < 0 else line_end
    if s_end - s_start <= _QUOTE_MAX:
        return s_start, s_end
    lo = max(s_start, s_start + start - _QUOTE_MAX // 2)
    hi = min(s_end, s_start + max(end, start) + _QUOTE_MAX // 2)
    # whole words at the edges
    while lo > s_start and not work[lo - 1].isspace():
        lo -= 1
    while hi < s_end and not work[hi].isspace():
        hi += 1
    return lo, hi


def evidence(pick, work: str, original: str) -> dict | None:
    """The contract's evidence object for a pick (sentence, start, end, ...), or None. A sum of
    parts (pick[6]) quotes the words from its first part (pick[5]) to its last and lists them
    under "sum_of"."""
    sentence, start, end = pick[0], pick[1], pick[2]
    if sentence is None:
        return None
    lo, hi = _span(sentence, start, end, work)
    first = pick[5] if len(pick) > 5 else None
    if first is not None:
        first_lo, first_hi = _span(first[0], first[1], first[2], work)
        lo, hi = min(lo, first_lo), max(hi, first_hi)
    while lo < hi and original[lo].isspace():
        lo += 1
    while hi > lo and original[hi - 1].isspace():
        hi -= 1
    found = {"quote": original[lo:hi], "start": lo, "end": hi}
    parts = pick[6] if len(pick) > 6 else None
    if parts:
        found["sum_of"] = list(parts)
    return found


def finish(result: dict, work: str, original: str) -> dict:
    """Turn the stages' picks into evidence and confidence, move weak figures to `uncertain`
    and add `warnings`; the result is changed in place and returned."""
    uncertain: list[dict] = []
    emptied = []  # strikes all of whose figures went to `uncertain`
    for strike in result["strikes"]:
        picks = strike.pop("_picks", {})
        had = any(strike.get(name) is not None for name in STRIKE_FIELDS)
        ev: dict = {}
        conf: dict = {}
        for name in STRIKE_FIELDS:
            value = strike.get(name)
            if value is None:
                continue
            pick = picks.get(name)
            found = evidence(pick, work, original) if pick else None  # (sentence, start, end, ...)
            if found is None:
                strike[name] = None  # a figure nobody can point to is not published
                continue
            c = round(max(0.0, min(1.0, pick[3])), 2)
            if c < CONFIDENCE_THRESHOLD:
                strike[name] = None
                uncertain.append(
                    {
                        "topic": "strike", "field": name, "value": value,
                        "claimant": strike.get("claimant"), "attacker": strike.get("attacker"),
                        "date": strike.get("date"), "confidence": c, "evidence": found,
                        "reason": _reason(pick),
                    }
                )  # fmt: skip
                continue
            ev[name] = found
            conf[name] = c
        for name, (value, pick) in sorted(strike.pop("_approx", {}).items()):
            found = evidence(pick, work, original)
            if found is None or strike.get(name) is not None:
                continue
            # "nearly 200 drones": the text gives no exact figure, so none is published, but
            # an editor sees the approximation and the words it came from
            uncertain.append(
                {
                    "topic": "strike", "field": name, "value": value,
                    "claimant": strike.get("claimant"), "attacker": strike.get("attacker"),
                    "date": strike.get("date"), "confidence": round(min(pick[3], 0.5), 2),
                    "evidence": found, "reason": APPROXIMATE,
                }
            )  # fmt: skip
        strike["evidence"] = ev
        strike["confidence"] = conf
        if had and not ev:
            emptied.append(strike)
    result["strikes"] = [s for s in result["strikes"] if not any(s is e for e in emptied)]
    exchange = result.get("exchange")
    if exchange is not None:
        picks = exchange.pop("_picks", {})
        ev, conf = {}, {}
        for name in EXCHANGE_FIELDS:
            value = exchange.get(name)
            pick = picks.get(name)
            if value is None or pick is None:
                continue
            found = evidence((pick.sentence, pick.start, pick.end), work, original)
            c = round(max(0.0, min(1.0, pick.confidence)), 2)
            if found is None or c < CONFIDENCE_THRESHOLD:
                exchange[name] = None
                if found is not None:
                    uncertain.append(
                        {
                            "topic": "exchange", "field": name, "value": value,
                            "claimant": None, "attacker": None, "date": None,
                            "confidence": c, "evidence": found, "reason": _reason(pick),
                        }
                    )  # fmt: skip
                continue
            ev[name] = found
            conf[name] = c
        exchange["evidence"] = ev
        exchange["confidence"] = conf
    result["uncertain"] = uncertain
    result["warnings"] = warnings(result)
    return result


APPROXIMATE = "the text gives only an approximate figure"


def _reason(pick) -> str:
    """Why a figure is uncertain, in plain English."""
    if hasattr(pick, "confidence"):  # an exchange pick
        if pick.value in ("proposed",) and pick.confidence < 0.5:
            return "an exchange is mentioned but nothing says how far it has got"
        return "the figure may belong to another swap, side or stage"
    return pick[4] if len(pick) > 4 and pick[4] else "the wording ties it only loosely to the event"


_PAIRS = (
    ("drones_downed", "drones_launched", "drones"),
    ("missiles_downed", "missiles_launched", "missiles"),
    ("total_downed", "total_launched", "drones and missiles"),
)


def warnings(result: dict) -> list[dict]:
    """Combinations that cannot both be right: more downed than launched, more returned than
    the swap's size."""
    out: list[dict] = []
    for strike in result.get("strikes") or []:
        for downed, launched, what in _PAIRS:
            d, n = strike.get(downed), strike.get(launched)
            if d is not None and n is not None and d > n:
                out.append(
                    {
                        "code": "downed_above_launched",
                        "topic": "strike",
                        "claimant": strike.get("claimant"),
                        "message": f"{strike.get('claimant') or 'The claimant'} gives {d} {what} "
                        f"downed but only {n} launched; one of the two figures is likely misread.",
                    }
                )
        lost, launched = strike.get("drones_lost"), strike.get("drones_launched")
        downed = strike.get("drones_downed")
        if lost is not None and launched is not None and lost + (downed or 0) > launched:
            out.append(
                {
                    "code": "lost_above_launched",
                    "topic": "strike",
                    "claimant": strike.get("claimant"),
                    "message": f"{strike.get('claimant') or 'The claimant'} gives more drones "
                    f"downed and lost ({(downed or 0) + lost}) than launched ({launched}).",
                }
            )
    exchange = result.get("exchange") or {}
    count, returned = exchange.get("count"), exchange.get("returned")
    if count is not None and returned is not None and returned > count:
        out.append(
            {
                "code": "returned_above_count",
                "topic": "exchange",
                "claimant": None,
                "message": f"{returned} people are reported returned, more than the {count} the "
                "swap was said to concern; the count may be one side's share or an earlier stage.",
            }
        )
    return out
