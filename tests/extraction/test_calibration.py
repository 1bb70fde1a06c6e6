"""The fitted confidence model: how it is fitted, and what it changes in the output."""

from __future__ import annotations

import json
import random

from extraction import extract
from extraction.calibration import load_weights, probability
from extraction.fitting import fit, label_sets, main, out_of_fold, scores

_WIRE = (
    "KYIV, March 3 (Wire) - Russia launched 96 attack drones at Ukraine overnight, the air force "
    "said on Tuesday, adding that air defences shot down 78 of them over eight regions.\n"
    "Debris damaged 14 houses in the Odesa region, the regional governor said."
)


def _samples(n: int, seed: int = 7) -> list[dict]:
    """Figures whose rightness depends on the rule confidence and on sitting in the lede."""
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        rule = rnd.choice([0.5, 0.7, 0.9])
        lede = rnd.random() < 0.5
        p_right = 0.15 + 0.7 * (rule - 0.5) / 0.4 + (0.1 if lede else -0.1)
        out.append(
            {
                "article": f"a{i // 3}", "field": "drones_launched", "rule": rule,
                "label": 1 if rnd.random() < p_right else 0,
                "features": {"bias": 1.0, "rule": rule, "lede": 1.0 if lede else 0.0},
            }
        )  # fmt: skip
    return out


def test_the_fit_learns_which_features_make_a_figure_right():
    weights = fit(_samples(600))
    assert weights["rule"] > 0 and weights["lede"] > 0
    strong = probability({"bias": 1, "rule": 0.9, "lede": 1}, weights)
    weak = probability({"bias": 1, "rule": 0.5, "lede": 0}, weights)
    assert strong > 0.75 and weak < 0.3


def test_out_of_fold_probabilities_come_from_models_that_did_not_see_the_article():
    samples = _samples(300)
    # one article whose figures share a quirk and are all wrong: only a model that saw the
    # article can know the quirk means wrong
    quirky = [
        {"article": "quirky", "field": "drones_launched", "rule": 0.9, "label": 0,
         "features": {"bias": 1.0, "rule": 0.9, "lede": 1.0, "quirk": 1.0}}
        for _ in range(40)
    ]  # fmt: skip
    samples += quirky
    probs = out_of_fold(samples, k=5)
    in_sample = fit(samples)
    for s, p in zip(samples, probs, strict=True):
        if s["article"] == "quirky":
            assert p > 0.7  # the model that scored it never saw the quirk
            assert probability(s["features"], in_sample) < 0.3


def test_scores_count_a_status_once_per_article_and_missing_figures_as_missed():
    samples = [
        {"article": "a", "field": "status", "label": 1},
        {"article": "a", "field": "status", "label": 0},
        {"article": "a", "field": "count", "label": 0},
    ]
    precision, recall, _ = scores(samples, [0.9, 0.9, 0.9], 0.5, required_total=2)
    assert (precision, recall) == (0.5, 0.5)
    precision, recall, _ = scores(samples, [0.9, 0.9, 0.1], 0.5, required_total=2)
    assert (precision, recall) == (1.0, 0.5)


def test_labels_separate_required_from_tolerated_figures():
    expected = {
        "strikes": [
            {"launched_drones": 96, "downed_drones": 78, "lost_drones": 9,
             "launched_drones_qualifier": None, "breakdown": {"Odesa": 12}},
        ],
        "claims_other_side": [{"downed_drones": 40, "downed_qualifier": "more than 40"}],
        "exchange": {"count": 150, "returned": None, "status": "agreed",
                     "status_acceptable": ["agreed", "completed"]},
    }  # fmt: skip
    required, tolerated = label_sets(expected)
    assert required == {
        ("drones_launched", 96), ("drones_downed", 78), ("count", 150),
        ("status", "agreed"), ("status", "completed"),
    }  # fmt: skip
    assert ("drones_downed", 40) in tolerated  # "more than 40"
    assert ("drones_downed", 87) in tolerated  # downed plus lost
    assert ("drones_launched", 12) in tolerated  # a region's share


def test_features_of_a_lede_figure_with_its_noun_and_verb():
    found: list[dict] = []
    extract(_WIRE, model=None, collect=found)
    by_field = {f["field"]: f for f in found}
    launched = by_field["drones_launched"]["features"]
    assert launched["lede"] == 1.0 and launched["rule"] >= 0.8
    assert launched["field:drones_launched"] == 1.0 and launched["lang:en"] == 1.0
    assert "14" not in {str(f["value"]) for f in found}  # houses are not a figure


def test_every_published_figure_clears_the_threshold_and_every_uncertain_one_does_not():
    model = load_weights()  # the committed model, or None: the rules' own confidences
    for text in (_WIRE, _WIRE.replace("78", "nearly eighty"), "Ukraine and Russia swapped 95 "
                 "prisoners each on Friday, the coordination headquarters said."):  # fmt: skip
        result = extract(text)
        for strike in result["strikes"]:
            for name, c in strike["confidence"].items():
                assert strike[name] is not None
                if model and name in model["fields"]:
                    assert c >= model["threshold"]
        for item in result["uncertain"]:
            if (
                model
                and item["field"] in model["fields"]
                and item["reason"] != ("the text gives only an approximate figure")
            ):
                assert item["confidence"] < model["threshold"]


def test_a_fitted_model_decides_what_is_published(tmp_path):
    model = {"threshold": 0.7, "fields": ["drones_launched", "drones_downed"],
             "weights": {"bias": -3.0, "lede": 6.0}}  # fmt: skip
    early = extract(_WIRE, model=model)
    assert early["strikes"][0]["drones_launched"] == 96  # in the lede: 0.95
    assert early["strikes"][0]["confidence"]["drones_launched"] == 0.95
    late = extract("Officials spoke at length about the war.\n" * 12 + _WIRE, model=model)
    assert not late["strikes"]  # the same words far down: 0.05, not published
    moved = {(u["field"], u["value"], u["confidence"]) for u in late["uncertain"]}
    assert ("drones_launched", 96, 0.05) in moved and ("drones_downed", 78, 0.05) in moved


def test_calibrate_reports_and_writes_a_model(tmp_path, capsys):
    rows = []
    for i in range(40):
        launched, downed = 60 + i, 40 + i
        text = (
            f"Russia launched {launched} drones at Ukraine overnight, the air force said, and "
            f"air defences shot down {downed} of them. A year ago {downed + 7} drones were downed."
        )
        wrong = i % 4 == 0  # a label that disagrees with the first figure, so both kinds exist
        rows.append(
            {
                "id": f"t{i}", "lang": "en", "published": f"2025-05-0{1 + i % 9}",
                "text": text, "topic": ["strikes"],
                "expected": {"strikes": [{"launched_drones": launched + (1 if wrong else 0),
                                          "downed_drones": downed}],
                             "claims_other_side": []},
            }
        )  # fmt: skip
    path = tmp_path / "labels.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    out = tmp_path / "model.json"
    assert main([str(path), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "40 articles" in printed and "out of fold" in printed
    model = json.loads(out.read_text(encoding="utf-8"))
    assert model["articles"] == 40 and model["candidates"]["wrong"] >= 10
    assert model["command"] == f"newsroom-bot calibrate {path}"
