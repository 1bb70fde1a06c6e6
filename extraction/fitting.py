"""Fit the confidence model (extraction/calibration.py) on labelled articles, and report it.

Input: JSON Lines in the labelled-corpus format of ../shared/eval (id, lang, text, published,
expected = {"strikes", "claims_other_side", "exchange"}). Every figure the rules find is a
candidate; it is right when the labels require it, wrong when they neither require nor
tolerate it (approximate, superseded and sub-figures are tolerated and left out of the fit).
The model is a logistic regression with an L2 penalty, fitted by Newton's method; the
publishing threshold is chosen on out-of-fold probabilities (articles split into folds), so the
figures printed are measured on articles the model did not see.

    newsroom-bot calibrate LABELS.jsonl [...] [--out FILE] [--precision-weight B]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
from collections import Counter

from extraction.calibration import WEIGHTS_FILE, probability
from extraction.core import extract

_LABEL_FIELDS = {  # label schema -> contract field
    "launched_drones": "drones_launched",
    "launched_missiles": "missiles_launched",
    "downed_drones": "drones_downed",
    "downed_missiles": "missiles_downed",
}
FITTED_FIELDS = (*_LABEL_FIELDS.values(), "count", "returned", "status")
_APPROX = (
    "about", "more than", "over", "nearly", "up to", "at least", "close to", "almost", "around",
    "понад", "близько", "около", "более", "почти", "майже", "щонайменше", "не менее",
)  # fmt: skip
_SUB_FIGURES = ("breakdown", "drone_breakdown", "missile_breakdown", "missile_breakdown_downed")


def _approximate(qualifier) -> bool:
    return qualifier is not None and any(w in str(qualifier).lower() for w in _APPROX)


def _ints(value) -> list[int]:
    if isinstance(value, bool):
        return []
    if isinstance(value, int):
        return [value]
    if isinstance(value, dict):
        return [i for v in value.values() for i in _ints(v)]
    if isinstance(value, list):
        return [i for v in value for i in _ints(v)]
    return []


def label_sets(expected: dict) -> tuple[set, set]:
    """(required, tolerated) (field, value) pairs of one labelled article; a status is
    required as any of its acceptable values."""
    required: set = set()
    tolerated: set = set()
    for rec in (expected.get("strikes") or []) + (expected.get("claims_other_side") or []):
        superseded = "supersed" in str(rec.get("status", ""))
        for src, field in _LABEL_FIELDS.items():
            v = rec.get(src)
            if v is None:
                continue
            kind = src.split("_")[0]
            loose = _approximate(rec.get(src + "_qualifier")) or _approximate(
                rec.get(kind + "_qualifier")
            )
            (tolerated if superseded or loose else required).add((field, v))
        for key in (*_SUB_FIGURES, "launched_total_combined", "downed_total_combined"):
            for v in _ints(rec.get(key)):
                tolerated.update((f, v) for f in _LABEL_FIELDS.values())
        lost, downed = rec.get("lost_drones"), rec.get("downed_drones")
        if isinstance(lost, int) and isinstance(downed, int):
            tolerated.add(("drones_downed", downed + lost))
    x = expected.get("exchange")
    if x:
        for name in ("count", "returned"):
            if x.get(name) is not None:
                loose = _approximate(x.get(name + "_qualifier"))
                (tolerated if loose else required).add((name, x[name]))
        if x.get("count_total") is not None:
            tolerated.add(("count", x["count_total"]))
        if x.get("status"):
            for status in x.get("status_acceptable") or [x["status"]]:
                required.add(("status", status))
    return required, tolerated


def _required_count(expected: dict) -> int:
    """How many figures of the fitted kinds the labels require (a status counts once)."""
    required, _ = label_sets(expected)
    statuses = sum(1 for f, _ in required if f == "status")
    return len(required) - statuses + (1 if statuses else 0)


def candidates(rows: list[dict]) -> tuple[list[dict], dict[str, int]]:
    """Every candidate figure of the fitted kinds, labelled right (1) or wrong (0), and how
    many figures each article requires."""
    out: list[dict] = []
    required_by_article: dict[str, int] = {}
    for row in rows:
        rid = str(row.get("id"))
        published = row.get("published")
        day = dt.date.fromisoformat(str(published)[:10]) if published else None
        found: list[dict] = []
        extract(str(row.get("text") or ""), published=day, model=None, collect=found)
        required, tolerated = label_sets(row.get("expected") or {})
        required_by_article[rid] = _required_count(row.get("expected") or {})
        for fig in found:
            if fig["field"] not in FITTED_FIELDS:
                continue
            pair = (fig["field"], fig["value"])
            if pair in required:
                label = 1
            elif pair in tolerated:
                continue
            else:
                label = 0
            out.append({**fig, "article": rid, "label": label})
    return out, required_by_article


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Solve a x = b (Gauss-Jordan with partial pivoting; a is small and positive definite)."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        p = m[col][col] or 1e-12
        for j in range(col, n + 1):
            m[col][j] /= p
        for r in range(n):
            if r != col and m[r][col]:
                f = m[r][col]
                for j in range(col, n + 1):
                    m[r][j] -= f * m[col][j]
    return [m[i][n] for i in range(n)]


def fit(samples: list[dict], penalty: float = 1.0, steps: int = 25) -> dict[str, float]:
    """Logistic regression weights (L2 `penalty` on all but the bias), by Newton's method."""
    names = sorted({k for s in samples for k in s["features"]})
    index = {k: i for i, k in enumerate(names)}
    xs = [[(index[k], v) for k, v in s["features"].items()] for s in samples]
    ys = [s["label"] for s in samples]
    n = len(names)
    w = [0.0] * n
    for _ in range(steps):
        grad = [0.0] * n
        hess = [[0.0] * n for _ in range(n)]
        for x, y in zip(xs, ys, strict=True):
            z = max(-30.0, min(30.0, sum(w[i] * v for i, v in x)))
            p = 1.0 / (1.0 + math.exp(-z))
            g, h = p - y, p * (1 - p)
            for i, vi in x:
                grad[i] += g * vi
                row = hess[i]
                for j, vj in x:
                    row[j] += h * vi * vj
        for i, name in enumerate(names):
            if name != "bias":
                grad[i] += penalty * w[i]
                hess[i][i] += penalty
            hess[i][i] += 1e-9
        step = _solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return {name: round(w[i], 4) for i, name in enumerate(names) if abs(w[i]) >= 5e-5}


def _folds(samples: list[dict], k: int) -> list[list[dict]]:
    articles = sorted({s["article"] for s in samples})
    fold_of = {a: i % k for i, a in enumerate(articles)}
    return [[s for s in samples if fold_of[s["article"]] == i] for i in range(k)]


def out_of_fold(samples: list[dict], k: int = 5, penalty: float = 1.0) -> list[float]:
    """Each sample's probability from a model fitted on the other folds."""
    probs: dict[int, float] = {}
    folds = _folds(samples, k)
    for i, held in enumerate(folds):
        train = [s for j, f in enumerate(folds) if j != i for s in f]
        weights = fit(train, penalty)
        for s in held:
            probs[id(s)] = probability(s["features"], weights)
    return [probs[id(s)] for s in samples]


def scores(samples, probs, threshold, required_total) -> tuple[float, float, float]:
    """Precision, recall and F1 of publishing the candidates whose probability clears
    `threshold` (a status counts once per article)."""
    tp = fp = 0
    seen_status: set = set()
    for s, p in zip(samples, probs, strict=True):
        if p < threshold:
            continue
        if s["field"] == "status":
            if s["article"] in seen_status:
                continue
            seen_status.add(s["article"])
        tp += s["label"]
        fp += 1 - s["label"]
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / required_total if required_total else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1


def choose_threshold(samples, probs, required_total, beta: float) -> float:
    """The threshold with the best F-beta (beta < 1 weighs precision above recall)."""
    best, best_t = -1.0, 0.5
    for t in [i / 100 for i in range(20, 96)]:
        p, r, _ = scores(samples, probs, t, required_total)
        fb = (1 + beta**2) * p * r / (beta**2 * p + r) if p + r else 0.0
        if fb > best + 1e-9:
            best, best_t = fb, t
    return best_t


def main(argv: list[str] | None = None) -> int:
    """Fit the confidence model on labelled JSON Lines and write it (or only report)."""
    ap = argparse.ArgumentParser(prog="newsroom-bot calibrate", description=__doc__.split("\n")[0])
    ap.add_argument("labels", nargs="+", help="labelled JSON Lines (the eval corpus format)")
    ap.add_argument("--out", default=str(WEIGHTS_FILE), help="where to write the model")
    ap.add_argument("--dry-run", action="store_true", help="report only, write nothing")
    ap.add_argument("--penalty", type=float, default=1.0, help="L2 penalty on the weights")
    ap.add_argument("--beta", type=float, default=0.5, help="F-beta for the threshold (0.5)")
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args(argv)
    rows = []
    for path in args.labels:
        with open(path, encoding="utf-8") as f:
            rows.extend(json.loads(line) for line in f if line.strip())
    samples, required = candidates(rows)
    total = sum(required.values())
    if not samples or len({s["label"] for s in samples}) < 2:
        print("not enough labelled figures to fit (need right and wrong ones)", file=sys.stderr)
        return 1
    by_label = Counter(s["label"] for s in samples)
    print(f"{len(rows)} articles, {total} required figures; candidates: {by_label[1]} right, "
          f"{by_label[0]} wrong")  # fmt: skip
    rules = [s["rule"] for s in samples]
    oof = out_of_fold(samples, args.folds, args.penalty)
    threshold = choose_threshold(samples, oof, total, args.beta)
    for name, probs, t in (
        ("rules only, threshold 0.60", rules, 0.6),
        (f"fitted, out of fold, threshold {threshold:.2f}", oof, threshold),
    ):
        p, r, f1 = scores(samples, probs, t, total)
        print(f"  {name}: precision {p:.3f} recall {r:.3f} F1 {f1:.3f}")
    weights = fit(samples, args.penalty)
    model = {
        "about": "logistic model over extraction/calibration.py features; refit with the command",
        "command": "newsroom-bot calibrate " + " ".join(args.labels),
        "fitted": dt.date.today().isoformat(),
        "articles": len(rows),
        "candidates": {"right": by_label[1], "wrong": by_label[0]},
        "penalty": args.penalty,
        "beta": args.beta,
        "threshold": threshold,
        "fields": list(FITTED_FIELDS),
        "weights": dict(sorted(weights.items())),
    }
    if args.dry_run:
        print(json.dumps(model["weights"], indent=1))
        return 0
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(model, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {args.out}")
    return 0
