"""The quality gate: the real extractor on the committed corpus must stay above the pinned floor."""

import json
from pathlib import Path

import pytest

from extraction.evaluate import FIGURE_FIELDS, load_corpus, score

HERE = Path(__file__).parent
FLOOR = json.loads((HERE / "eval_floor.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report():
    """The committed corpus scored once with the real extractor."""
    items = load_corpus(HERE / "corpus")
    assert len(items) >= 90, "the annotated corpus went missing"
    return score(items)


def test_figures_f1_stays_above_the_floor(report):
    assert report.figures.f1 >= FLOOR["figures_f1"], report.render(verbose=True)


def test_overall_f1_stays_above_the_floor(report):
    assert report.overall.f1 >= FLOOR["overall_f1"], report.render(verbose=True)


@pytest.mark.parametrize("lang", sorted(FLOOR["per_language_figures_f1"]))
def test_figures_f1_per_language_stays_above_the_floor(report, lang):
    measured = report.total(FIGURE_FIELDS, lang=lang).f1
    floor = FLOOR["per_language_figures_f1"][lang]
    assert measured >= floor, f"{lang}: {measured:.3f} < {floor}\n" + report.render(verbose=True)


def test_no_article_crashes_or_logs_an_error(report):
    assert not report.failed, report.render(verbose=True)


@pytest.mark.parametrize("lang", sorted(FLOOR["per_language_headline_accuracy"]))
def test_headline_accuracy_per_language_stays_above_the_floor(report, lang):
    articles = [a for a in report.articles if a.lang == lang]
    right = sum(1 for a in articles if a.headline_right) / len(articles)
    floor = FLOOR["per_language_headline_accuracy"][lang]
    assert right >= floor, f"{lang}: headline {right:.3f} < {floor}\n" + report.render(verbose=True)
