"""The corpus scorer: facts compared field by field, counted as a reader of the report would."""

import copy
import datetime as dt
import json
import logging
import time

import pytest

from extraction import evaluate
from extraction.evaluate import claimant_tokens, load_corpus, main, score

STRIKE = {
    "attacker": "russia",
    "claimant": "Ukrainian Air Force",
    "date": "2025-02-02",
    "drones_launched": 40,
    "missiles_launched": None,
    "drones_downed": 31,
    "missiles_downed": None,
    "drones_lost": 6,
    "total_launched": None,
    "total_downed": None,
    "regions": ["Odesa", "Sumy"],
    "targets": ["substation"],
}
NIGHT = {
    "title": "Air force: 31 of 40 drones shot down overnight",
    "outlet": "Test Wire",
    "published": "2025-02-02",
    "language": "en",
    "people": ["Yurii Ihnat"],
    "exchange": None,
    "strikes": [STRIKE],
}
QUIET = {
    "title": "Бюджет оборони на наступний рік",
    "outlet": None,
    "published": None,
    "language": "uk",
    "people": [],
    "exchange": None,
    "strikes": [],
}
TEXTS = {"night": "Air force: 31 of 40 drones shot down overnight.", "quiet": "Бюджет оборони."}


def _write(root, stem, lang, published, outlet, expected):
    (root / f"{stem}.txt").write_text(TEXTS[stem], encoding="utf-8")
    meta = {"lang": lang, "published": published, "outlet": outlet, "expected": expected}
    (root / f"{stem}.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")


@pytest.fixture
def corpus(tmp_path):
    """Two annotated articles: one strike night in English, one Ukrainian story with no facts."""
    _write(tmp_path, "night", "en", "2025-02-02", "Test Wire", NIGHT)
    _write(tmp_path, "quiet", "uk", None, None, QUIET)
    (tmp_path / "orphan.txt").write_text("a text with no annotation", encoding="utf-8")
    return tmp_path


def stub(answers):
    """An extract_fn that answers from a table keyed by the article's text."""
    calls = []

    def extract_fn(text, *, published=None, outlet=None):
        calls.append((text, published, outlet))
        return copy.deepcopy(answers[text])

    extract_fn.calls = calls
    return extract_fn


def perfect():
    return {TEXTS["night"]: NIGHT, TEXTS["quiet"]: QUIET}


def test_load_corpus_reads_annotated_pairs_in_order(corpus):
    items = load_corpus(corpus)
    assert [i.stem for i in items] == ["night", "quiet"]
    assert items[0].published == dt.date(2025, 2, 2)
    assert items[0].outlet == "Test Wire"
    assert items[1].lang == "uk" and items[1].published is None


def test_extractor_gets_the_published_date_and_outlet(corpus):
    fn = stub(perfect())
    score(load_corpus(corpus), fn)
    assert fn.calls[0][1:] == (dt.date(2025, 2, 2), "Test Wire")
    assert fn.calls[1][1:] == (None, None)


def test_perfect_output_scores_one(corpus):
    report = score(load_corpus(corpus), stub(perfect()))
    assert (report.overall.fp, report.overall.fn) == (0, 0)
    assert report.overall.f1 == 1.0
    assert report.figures.f1 == 1.0
    # night: title, outlet, published, language, a person, date, 2 regions, 3 figures;
    # quiet: title and language
    assert report.overall.tp == 13
    assert report.figures.tp == 3
    assert report.render().splitlines()[-1] == (
        "overall F1 1.000 precision 1.000 recall 1.000 (2 articles, 0 failed)"
    )


def test_wrong_figure_is_one_false_positive_and_one_false_negative(corpus):
    answers = perfect()
    answers[TEXTS["night"]] = copy.deepcopy(NIGHT)
    answers[TEXTS["night"]]["strikes"][0]["drones_downed"] = 13
    report = score(load_corpus(corpus), stub(answers))
    downed = report.total(["strikes.drones_downed"])
    assert (downed.tp, downed.fp, downed.fn) == (0, 1, 1)
    assert (report.figures.tp, report.figures.fp, report.figures.fn) == (2, 1, 1)
    assert (report.overall.fp, report.overall.fn) == (1, 1)
    text = report.render(verbose=True)
    assert "wrong:  strikes.drones_downed russia / ukrainian air force = 13" in text
    assert "missed: strikes.drones_downed russia / ukrainian air force = 31" in text


def test_extra_strike_on_a_no_facts_article_is_a_false_positive(corpus):
    answers = perfect()
    answers[TEXTS["quiet"]] = {**QUIET, "strikes": [{**STRIKE, "regions": [], "date": None}]}
    report = score(load_corpus(corpus), stub(answers))
    assert (report.figures.fp, report.figures.fn) == (3, 0)
    assert report.figures.precision == pytest.approx(0.5)
    uk = report.total(evaluate.FIGURE_FIELDS, lang="uk")
    assert (uk.tp, uk.fp, uk.fn) == (0, 3, 0)
    assert report.total(evaluate.FIGURE_FIELDS, lang="en").f1 == 1.0


def test_missing_article_fields_are_false_negatives(corpus):
    answers = perfect()
    answers[TEXTS["night"]] = {**NIGHT, "people": [], "outlet": None, "strikes": []}
    report = score(load_corpus(corpus), stub(answers))
    assert report.total(["people"]).fn == 1
    assert report.total(["outlet"]).fn == 1
    assert (report.figures.tp, report.figures.fn) == (0, 3)
    assert report.overall.fp == 0


@pytest.mark.parametrize(
    ("given", "matches"),
    [
        ("Ukrainian Air Force", True),
        ("ukrainian air force", True),
        ("Air Force", True),
        ("Ukraine's Air Force", True),
        ("Kharkiv Governor", False),
        ("Russian Defence Ministry", False),
    ],
)
def test_claimants_match_leniently_but_not_across_speakers(corpus, given, matches):
    answers = perfect()
    answers[TEXTS["night"]] = {**NIGHT, "strikes": [{**STRIKE, "claimant": given}]}
    report = score(load_corpus(corpus), stub(answers))
    assert (report.figures.f1 == 1.0) is matches


def test_defence_ministry_spellings_are_one_claimant():
    canonical = claimant_tokens("Russian Defence Ministry")
    assert claimant_tokens("Ministry of Defense of Russia") == canonical
    assert claimant_tokens("Russia's MoD") == canonical
    assert claimant_tokens("Ukrainian Defence Ministry") != canonical


def test_mediators_and_people_compare_as_sets_ignoring_case(corpus):
    exchange = {
        "count": 100,
        "returned": None,
        "status": "agreed",
        "mediators": ["Turkey", "United Arab Emirates"],
        "framework": "Istanbul agreements",
    }
    _write(corpus, "night", "en", "2025-02-02", "Test Wire", {**NIGHT, "exchange": exchange})
    got = {
        **NIGHT,
        "people": ["YURII IHNAT"],
        "exchange": {
            **exchange,
            "mediators": ["united arab emirates"],
            "framework": "istanbul AGREEMENTS",
        },
    }
    report = score(load_corpus(corpus), stub({**perfect(), TEXTS["night"]: got}))
    assert report.total(["people"]).f1 == 1.0
    assert report.total(["exchange.framework"]).f1 == 1.0
    mediators = report.total(["exchange.mediators"])
    assert (mediators.tp, mediators.fp, mediators.fn) == (1, 0, 1)


def test_crash_is_a_failed_article_with_everything_missed(corpus):
    def crashing(text, *, published=None, outlet=None):
        if text == TEXTS["night"]:
            raise ValueError("boom")
        return copy.deepcopy(QUIET)

    report = score(load_corpus(corpus), crashing)
    assert [a.stem for a in report.failed] == ["night"]
    assert "ValueError: boom" in report.failed[0].failure
    assert report.overall.tp == 2  # the quiet article's title and language
    assert report.figures.fn == 3
    assert report.render().endswith("(2 articles, 1 failed)")


def test_a_logged_error_counts_as_a_failure_and_time_does_not(corpus):
    def troubled(text, *, published=None, outlet=None):
        if text == TEXTS["night"]:
            logging.getLogger("extraction.core").error("extraction failed")
            return copy.deepcopy(NIGHT)
        time.sleep(0.05)
        return copy.deepcopy(QUIET)

    report = score(load_corpus(corpus), troubled)
    reasons = {a.stem: a.failure for a in report.failed}
    assert reasons == {"night": "logged an error: extraction failed"}
    assert report.overall.f1 == 1.0  # a slow but right answer still scores


def test_main_prints_the_report_and_refuses_a_missing_corpus(corpus, tmp_path, capsys):
    assert main([str(tmp_path / "nowhere")]) == 1
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main([str(empty)]) == 1
    capsys.readouterr()
    assert main([str(corpus), "--verbose"]) == 0
    out = capsys.readouterr().out
    assert "strikes.drones_downed" in out and "FIGURES" in out
    assert out.rstrip().splitlines()[-1].startswith("overall F1 ")
    assert out.rstrip().endswith("(2 articles, 0 failed)")
