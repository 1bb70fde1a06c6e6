"""Evidence, confidence, `uncertain` and `warnings`: what every figure rests on, and how sure.

Stages hand back `_picks` (field -> where the value came from and how far the rule that found
it is trusted). Here they become the contract's `evidence` (a quote and its character offsets in
the text given to extract()) and `confidence`; a figure below CONFIDENCE_THRESHOLD leaves the
main fields for `uncertain`, and impossible combinations become `warnings`.
"""

from __future__ import annotations

from extraction.calibration import confidence, features, fitted_for, load_weights
from extraction.sentences import Sentence
from extraction.strikes import FIELDS as STRIKE_FIELDS

# A figure below this is shown to an editor under `uncertain`, never published. Confidences are
# set by rule (see figures.py, strikes.py, exchange.py): 0.9 for a number whose noun and verb sit
# beside it, less for a role read from a distant verb, a weapon carried over from an earlier
# clause, a headline-only figure, an earlier attack, an unnamed claimant; 0.4 for a guessed
# status.
CONFIDENCE_THRESHOLD = 0.6
_QUOTE_MAX = 320  # characters: long sentences are cut to a window around the figure

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


def _candidates(result: dict, work: str, original: str) -> list[dict]:
    """Every figure the stages picked that can be pointed to in the text, with the rule's
    confidence; figures nobody can point to are dropped here (never published)."""
    found_all: list[dict] = []
    for strike in result["strikes"]:
        picks = strike.pop("_picks", {})
        for name in STRIKE_FIELDS:
            value = strike.get(name)
            if value is None:
                continue
            pick = picks.get(name)
            found = evidence(pick, work, original) if pick else None  # (sentence, start, end, ...)
            if found is None:
                strike[name] = None  # a figure nobody can point to is not published
                continue
            found_all.append(
                {
                    "topic": "strike", "field": name, "value": value, "record": strike,
                    "rule": round(max(0.0, min(1.0, pick[3])), 2), "evidence": found,
                    "claimant": strike.get("claimant"), "attacker": strike.get("attacker"),
                    "reason": pick[4] if len(pick) > 4 else None, "pick": pick,
                }
            )  # fmt: skip
    exchange = result.get("exchange")
    if exchange is not None:
        picks = exchange.pop("_picks", {})
        for name in EXCHANGE_FIELDS:
            value = exchange.get(name)
            pick = picks.get(name)
            if value is None or pick is None:
                continue
            found = evidence((pick.sentence, pick.start, pick.end), work, original)
            if found is None:
                exchange[name] = None
                continue
            found_all.append(
                {
                    "topic": "exchange", "field": name, "value": value, "record": exchange,
                    "rule": round(max(0.0, min(1.0, pick.confidence)), 2), "evidence": found,
                    "claimant": None, "attacker": None, "reason": None, "pick": pick,
                }
            )  # fmt: skip
    return found_all


def _context(result: dict, work: str) -> dict:
    """What the fitted confidence needs to know about the whole article."""
    warned = set()
    for w in warnings(result):
        if w["code"] == "returned_above_count":
            warned.update(("count", "returned"))
        else:
            warned.update(name for name in STRIKE_FIELDS if name != "drones_lost")
    return {
        "language": result.get("language"),
        "text": work,
        "title": result.get("title") or "",
        "strikes": len(result["strikes"]),
        "both": bool(result["strikes"]) and result.get("exchange") is not None,
        "warned": warned,
    }


def finish(
    result: dict,
    work: str,
    original: str,
    *,
    model: dict | bool | None = True,
    collect: list | None = None,
) -> dict:
    """Turn the stages' picks into evidence and confidence, move weak figures to `uncertain`
    and add `warnings`; the result is changed in place and returned.

    `model`: the fitted confidence model (True: the committed one; None or False: the rules'
    own confidences, which is also what is used when no model is committed). `collect`, when
    given, receives every candidate figure with its features (for fitting the model)."""
    if model is True:
        model = load_weights()
    model = model or None
    candidates = _candidates(result, work, original)
    # the article-wide context is read only when a fitted model or a fit needs it
    context = _context(result, work) if model is not None or collect is not None else {}
    uncertain: list[dict] = []
    had = {id(s) for s in result["strikes"] if any(s.get(n) is not None for n in STRIKE_FIELDS)}
    for strike in result["strikes"]:
        strike["evidence"], strike["confidence"] = {}, {}
    exchange = result.get("exchange")
    if exchange is not None:
        exchange["evidence"], exchange["confidence"] = {}, {}
    # every figure is weighed on the record as the stages left it, before any is moved
    for fig in candidates:
        if collect is not None:
            collect.append(
                {
                    "topic": fig["topic"], "field": fig["field"], "value": fig["value"],
                    "rule": fig["rule"], "features": features(fig, context),
                }
            )  # fmt: skip
        fig["confidence"] = round(confidence(fig, context, model), 2)
    for fig in candidates:
        record, name, c = fig["record"], fig["field"], fig["confidence"]
        threshold = model["threshold"] if fitted_for(fig, model) else CONFIDENCE_THRESHOLD
        if c < threshold:
            record[name] = None
            uncertain.append(
                {
                    "topic": fig["topic"], "field": name, "value": fig["value"],
                    "claimant": record.get("claimant") if fig["topic"] == "strike" else None,
                    "attacker": record.get("attacker") if fig["topic"] == "strike" else None,
                    "date": record.get("date") if fig["topic"] == "strike" else None,
                    "confidence": c, "evidence": fig["evidence"], "reason": _reason(fig["pick"]),
                }
            )  # fmt: skip
            continue
        record["evidence"][name] = fig["evidence"]
        record["confidence"][name] = c
    # "nearly 200 drones", "about 200 soldiers home": the text gives no exact figure, so none is
    # published, but an editor sees the approximation and the words it came from
    for strike in result["strikes"]:
        for name, (value, pick) in sorted(strike.pop("_approx", {}).items()):
            found = evidence(pick, work, original)
            if found is not None and strike.get(name) is None:
                uncertain.append(_approximate("strike", name, value, pick[3], found, strike))
    approx = exchange.pop("_approx", {}) if exchange is not None else {}
    for name, pick in sorted(approx.items()):
        found = evidence((pick.sentence, pick.start, pick.end), work, original)
        if found is not None and exchange.get(name) is None:
            uncertain.append(_approximate("exchange", name, pick.value, pick.confidence, found, {}))
    # a record all of whose figures went to `uncertain` is not published
    result["strikes"] = [s for s in result["strikes"] if id(s) not in had or s["evidence"]]
    result["uncertain"] = uncertain
    result["warnings"] = warnings(result)
    return result


APPROXIMATE = "the text gives only an approximate figure"


def _approximate(topic: str, name: str, value, rule: float, found: dict, strike: dict) -> dict:
    """The `uncertain` entry of a figure the text gives only roughly (a strike's claimant,
    attacker and date from `strike`; an exchange has none)."""
    return {
        "topic": topic, "field": name, "value": value, "claimant": strike.get("claimant"),
        "attacker": strike.get("attacker"), "date": strike.get("date"),
        "confidence": round(min(rule, 0.5), 2), "evidence": found, "reason": APPROXIMATE,
    }  # fmt: skip


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
