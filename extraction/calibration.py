"""Fitted confidence: how likely a figure is right, from features of the figure and its words.

The rules give each figure a confidence by hand (0.9 for a number with its noun and verb beside
it, less for looser readings). A logistic model over a few features, fitted on labelled real
copy by `newsroom-bot calibrate` (bench/fit_confidence.py), turns that into a probability. The
fitted weights live in `confidence_weights.json` beside this module; without that file the rule
confidence is used as it is.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

from extraction.strikes import FIELDS as STRIKE_FIELDS

WEIGHTS_FILE = Path(__file__).with_name("confidence_weights.json")


_NUMBER = re.compile(r"\d[\d\s,.]*\d|\d")
_YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")
_DIGITS_ONLY = re.compile(r"[\s,.]")


def _numbers_in(text: str) -> list[int]:
    """The whole numbers written in digits in a text ("1,200" and "1 200" read as 1200)."""
    out = []
    for m in _NUMBER.finditer(text):
        digits = _DIGITS_ONLY.sub("", m.group(0))
        if digits.isdigit() and len(digits) <= 7:
            out.append(int(digits))
    return out


def features(figure: dict, article: dict) -> dict[str, float]:
    """The features the model weighs for one figure.

    `figure`: topic, field, value, rule (the rule's confidence), evidence (quote, start, end,
    maybe sum_of), claimant, attacker, reason, record (the strike or exchange it belongs to,
    before any figure is moved to `uncertain`). `article`: language, text (the normalised work
    text), title, strikes (how many records), both (strikes and an exchange in one article),
    warned (fields named by a sanity warning).
    """
    field = figure["field"]
    value = figure["value"]
    ev = figure.get("evidence") or {}
    quote = ev.get("quote") or ""
    text = article.get("text") or ""
    out: dict[str, float] = {
        "bias": 1.0,
        "rule": float(figure.get("rule") or 0.0),
        "rule_loose": 1.0 if (figure.get("rule") or 0.0) < 0.85 else 0.0,
        f"field:{field}": 1.0,
        f"lang:{article.get('language') or 'en'}": 1.0,
        "reason": 1.0 if figure.get("reason") else 0.0,
        "lede": 1.0 if ev.get("start", 0) < 400 else 0.0,
        "position": min(1.0, ev.get("start", 0) / max(1, len(text))),
        "both_topics": 1.0 if article.get("both") else 0.0,
        "warned": 1.0 if field in (article.get("warned") or ()) else 0.0,
        "quote_year": 1.0 if _YEAR.search(quote) else 0.0,
    }
    record = figure.get("record") or {}
    if figure["topic"] == "strike":
        out["strike_records"] = float(min(4, article.get("strikes") or 0))
        out["record_figures"] = float(sum(1 for f in STRIKE_FIELDS if record.get(f) is not None))
        out["claimant_named"] = 1.0 if figure.get("claimant") else 0.0
        out["attacker_ukraine"] = 1.0 if figure.get("attacker") == "ukraine" else 0.0
    if isinstance(value, int) and not isinstance(value, bool):
        numbers = article.get("numbers")
        if numbers is None:  # once per article
            numbers = article["numbers"] = _numbers_in(text)
        in_quote = _numbers_in(quote)
        title = article.get("title") or ""
        out["log_value"] = math.log10(value + 1)
        out["round"] = 1.0 if value >= 10 and value % 10 == 0 else 0.0
        out["repeats"] = math.log2(1 + max(0, numbers.count(value) - 1))
        out["in_title"] = 1.0 if value in _numbers_in(title) else 0.0
        out["quote_numbers"] = float(min(6, len(set(in_quote) - {value})))
        out["sum"] = 1.0 if ev.get("sum_of") else 0.0
        out["words"] = 0.0 if value in numbers else 1.0  # written in words, or a sum
    else:
        out[f"status:{value}"] = 1.0
    if figure["topic"] == "exchange":
        out["with_count"] = 1.0 if record.get("count") is not None else 0.0
        out["with_returned"] = 1.0 if record.get("returned") is not None else 0.0
    return out


@lru_cache(maxsize=1)
def load_weights(path: str | None = None) -> dict | None:
    """The fitted model ({"weights": {...}, "threshold": t, ...}), or None when none is fitted."""
    p = Path(path) if path else WEIGHTS_FILE
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("weights"), dict):
        return None
    return data


def probability(feats: dict[str, float], weights: dict[str, float]) -> float:
    """The logistic model's probability that the figure is right."""
    z = sum(weights.get(k, 0.0) * v for k, v in feats.items())
    z = max(-30.0, min(30.0, z))
    return 1.0 / (1.0 + math.exp(-z))


def fitted_for(figure: dict, model: dict | None) -> bool:
    """Whether the model was fitted on figures of this kind (else the rule's value stands)."""
    return model is not None and figure["field"] in model.get("fields", ())


def confidence(figure: dict, article: dict, model: dict | None) -> float:
    """A figure's published confidence: the fitted probability, or the rule's own value."""
    if not fitted_for(figure, model):
        return float(figure.get("rule") or 0.0)
    return probability(features(figure, article), model["weights"])
