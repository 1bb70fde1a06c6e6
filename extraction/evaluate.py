"""Score the extractor on an annotated corpus: facts compared field by field, with P, R and F1."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import re
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from extraction import extract
from extraction.strikes import FIELDS as STRIKE_FIGURES

LANGUAGES = ("en", "uk", "ru")

ARTICLE_FIELDS = ("title", "title_kind", "outlet", "published", "language", "people")
# The headline an editor sees: its text and, where a case labels it, whether it is a headline or
# a first sentence standing in for one.
HEADLINE_FIELDS = ("title", "title_kind")
EXCHANGE_FIELDS = (
    "exchange.count",
    "exchange.returned",
    "exchange.status",
    "exchange.mediators",
    "exchange.framework",
)
STRIKE_FIELDS = (*(f"strikes.{name}" for name in STRIKE_FIGURES), "strikes.date", "strikes.regions")
FIELDS = (*ARTICLE_FIELDS, *EXCHANGE_FIELDS, *STRIKE_FIELDS)
# Figures are what an editor repeats on air, so they get their own headline number.
FIGURE_FIELDS = ("exchange.count", "exchange.returned", *(f"strikes.{n}" for n in STRIKE_FIGURES))

ExtractFn = Callable[..., dict]


@dataclass(frozen=True)
class Item:
    """One annotated article: its text, what the caller knows about it, and the expected output."""

    stem: str
    lang: str
    text: str
    published: dt.date | None
    outlet: str | None
    expected: dict


@dataclass
class Counts:
    """True positives, false positives and false negatives, with the scores they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        """Add another tally to this one."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        """Share of extracted facts that were expected (1.0 when nothing was extracted)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of expected facts that were extracted (1.0 when nothing was expected)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall (1.0 when there was nothing to find or say)."""
        total = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / total if total else 1.0


@dataclass
class ArticleResult:
    """How one article scored: its wrong and missed facts, time taken and any failure."""

    stem: str
    lang: str
    fields: dict[str, Counts]
    wrong: list[str]
    missed: list[str]
    seconds: float
    failure: str | None = None

    @property
    def headline_right(self) -> bool:
        """Whether the headline came out exactly as expected (and of the expected kind)."""
        return all(
            not (self.fields[f].fp or self.fields[f].fn)
            for f in HEADLINE_FIELDS
            if f in self.fields
        )


@dataclass
class Report:
    """Scores over a corpus, per field, per language and overall."""

    articles: list[ArticleResult] = field(default_factory=list)

    def total(self, fields: Iterable[str] = FIELDS, lang: str | None = None) -> Counts:
        """Summed counts over the given fields, for one language or all."""
        wanted = set(fields)
        out = Counts()
        for art in self.articles:
            if lang is None or art.lang == lang:
                for name, counts in art.fields.items():
                    if name in wanted:
                        out.add(counts)
        return out

    @property
    def overall(self) -> Counts:
        """Every field of every article."""
        return self.total()

    @property
    def figures(self) -> Counts:
        """Strike figures plus exchange count and returned: the headline number."""
        return self.total(FIGURE_FIELDS)

    @property
    def failed(self) -> list[ArticleResult]:
        """Articles whose extraction raised, logged an error or took longer than a second."""
        return [a for a in self.articles if a.failure]

    def languages(self) -> list[str]:
        """Languages present in the corpus, the usual three first."""
        seen = {a.lang for a in self.articles}
        return [x for x in LANGUAGES if x in seen] + sorted(seen - set(LANGUAGES))

    def render(self, verbose: bool = False) -> str:
        """The printed report: field table, language table, optional detail, closing line."""
        lines = [_row("field", "tp", "fp", "fn", "P", "R", "F1")]
        for name in FIELDS:
            lines.append(_counts_row(name, self.total([name])))
        lines.append(_counts_row("FIGURES", self.figures))
        lines.append(_counts_row("ALL", self.overall))
        lines += ["", _row("language", "articles", "fig P", "fig R", "fig F1", "all F1")]
        for lang in self.languages():
            fig, overall = self.total(FIGURE_FIELDS, lang), self.total(lang=lang)
            n = sum(1 for a in self.articles if a.lang == lang)
            lines.append(
                _row(lang, n, _f(fig.precision), _f(fig.recall), _f(fig.f1), _f(overall.f1))
            )
        lines += ["", _row("headline", "articles", "correct", "acc")]
        for lang in self.languages():
            arts = [a for a in self.articles if a.lang == lang]
            right = sum(1 for a in arts if a.headline_right)
            lines.append(_row(lang, len(arts), right, _f(right / len(arts) if arts else 1.0)))
        if verbose:
            lines += ["", *_detail(self.articles)]
        elif self.failed:
            lines += ["", *(f"FAILED {a.stem}: {a.failure}" for a in self.failed)]
        o = self.overall
        right = sum(1 for a in self.articles if a.headline_right)
        lines += [
            "",
            f"headline accuracy {right / len(self.articles) if self.articles else 1.0:.3f} "
            f"({right} of {len(self.articles)} articles)",
            f"figures F1 {self.figures.f1:.3f} precision {self.figures.precision:.3f} "
            f"recall {self.figures.recall:.3f}",
            f"overall F1 {o.f1:.3f} precision {o.precision:.3f} recall {o.recall:.3f} "
            f"({len(self.articles)} articles, {len(self.failed)} failed)",
        ]
        return "\n".join(lines)


def _f(x: float) -> str:
    return f"{x:.3f}"


def _row(*cells) -> str:
    first, *rest = (str(c) for c in cells)
    return (f"{first:<26}" + "".join(f"{c:>8}" for c in rest)).rstrip()


def _counts_row(name: str, c: Counts) -> str:
    return _row(name, c.tp, c.fp, c.fn, _f(c.precision), _f(c.recall), _f(c.f1))


def _detail(articles: list[ArticleResult]) -> list[str]:
    lines = []
    for art in articles:
        if not (art.wrong or art.missed or art.failure):
            continue
        lines.append(f"{art.stem} ({art.lang}, {art.seconds * 1000:.0f} ms)")
        if art.failure:
            lines.append(f"  FAILED: {art.failure}")
        lines += [f"  wrong:  {fact}" for fact in art.wrong]
        lines += [f"  missed: {fact}" for fact in art.missed]
    return lines or ["every fact of every article matched"]


# --- loading -------------------------------------------------------------------------------


def _as_date(value) -> dt.date | None:
    return dt.date.fromisoformat(str(value)[:10]) if value else None


def load_corpus(path: str | Path) -> list[Item]:
    """Every `<stem>.txt` with its `<stem>.json` under `path`, sorted by stem."""
    root = Path(path)
    items = []
    for meta_path in sorted(root.glob("*.json")):
        text_path = meta_path.with_suffix(".txt")
        if not text_path.is_file():
            continue
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        expected = meta["expected"]
        items.append(
            Item(
                stem=meta_path.stem,
                lang=meta.get("lang") or expected.get("language") or "?",
                text=text_path.read_text(encoding="utf-8"),
                published=_as_date(meta.get("published")),
                outlet=meta.get("outlet"),
                expected=expected,
            )
        )
    return items


# --- facts ---------------------------------------------------------------------------------


def _squash(value) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", str(value))).strip()


def _fold(value) -> str:
    return _squash(value).casefold()


_CLAIMANT_SYNONYMS = {
    "ukraine": "ukrainian",
    "ukraines": "ukrainian",
    "russia": "russian",
    "russias": "russian",
    "defense": "defence",
    "mod": "defence ministry",
    "airforce": "air force",
}
# Words whose presence or absence does not change who is speaking.
_CLAIMANT_FILLER = {"the", "of", "s", "city", "regional", "region", "oblast", "head"}


def claimant_tokens(name: str | None) -> frozenset[str]:
    """The words that identify a claimant, spelling variants folded ("Defense" = "defence")."""
    words = re.sub(r"['’]s\b", "s", _fold(name or "")).replace("'", "")
    out: set[str] = set()
    for word in re.findall(r"\w+", words):
        out.update(_CLAIMANT_SYNONYMS.get(word, word).split())
    return frozenset(out - _CLAIMANT_FILLER)


def _align_claimants(got: list[dict], expected: list[dict]) -> dict[str, str]:
    """Map each extracted claimant to the one expected claimant it plainly names, if any."""
    targets: dict[frozenset[str], str] = {}
    for strike in expected:
        targets.setdefault(claimant_tokens(strike.get("claimant")), strike.get("claimant") or "")
    mapping = {}
    for strike in got:
        name = strike.get("claimant") or ""
        mine = claimant_tokens(name)
        if mine in targets:
            mapping[name] = targets[mine]
            continue
        # "Air Force" for "Ukrainian Air Force": a shorter or longer form of one expected name.
        near = {v for k, v in targets.items() if mine and k and (mine < k or k < mine)}
        mapping[name] = near.pop() if len(near) == 1 else name
    return mapping


def _region(name) -> str:
    words = _fold(name).replace("’", "'").split()
    kept = [w for w in words if w not in {"oblast", "region", "province", "city"}]
    return " ".join(kept or words)


def _scalar(name: str, value, fold: Callable = _fold) -> list[tuple]:
    return [] if value is None or value == "" else [(name, fold(value))]


def _plain(value) -> str:
    return str(value)


def facts(result: dict | None, claimant_names: dict[str, str] | None = None) -> Counter:
    """One article's extraction as a multiset of comparable facts, each keyed by its field."""
    result = result or {}
    names = claimant_names or {}
    out: list[tuple] = []
    out += _scalar("title", result.get("title"), _squash)
    out += _scalar("title_kind", result.get("title_kind"))
    out += _scalar("outlet", result.get("outlet"))
    out += _scalar("published", result.get("published"), lambda v: str(v)[:10])
    out += _scalar("language", result.get("language"))
    out += [("people", p) for p in {_fold(p) for p in result.get("people") or [] if p}]
    exchange = result.get("exchange") or {}
    out += _scalar("exchange.count", exchange.get("count"), _plain)
    out += _scalar("exchange.returned", exchange.get("returned"), _plain)
    out += _scalar("exchange.status", exchange.get("status"))
    out += [("exchange.mediators", m) for m in {_fold(m) for m in exchange.get("mediators") or []}]
    out += _scalar("exchange.framework", exchange.get("framework"))
    for strike in result.get("strikes") or []:
        raw = strike.get("claimant") or ""
        who = (_fold(strike.get("attacker") or "?"), _fold(names.get(raw, raw)))
        for figure in STRIKE_FIGURES:
            value = strike.get(figure)
            if value is not None:
                out.append((f"strikes.{figure}", *who, str(value)))
        if strike.get("date"):
            out.append(("strikes.date", *who, str(strike["date"])[:10]))
        out += [
            ("strikes.regions", *who, r) for r in {_region(r) for r in strike.get("regions") or []}
        ]
    return Counter(out)


def describe(fact: tuple) -> str:
    """A fact as one readable line: `strikes.drones_downed russia / ukrainian air force = 38`."""
    name, *rest = fact
    if name.startswith("strikes."):
        attacker, claimant, value = rest
        return f"{name} {attacker} / {claimant} = {value}"
    return f"{name} = {rest[0]}"


# --- scoring -------------------------------------------------------------------------------


class _ErrorCatcher(logging.Handler):
    """Collects error records: the extractor logs and swallows its own exceptions."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        exc = record.exc_info[1] if record.exc_info else None
        suffix = f" ({type(exc).__name__}: {exc})" if exc else ""
        self.messages.append(record.getMessage() + suffix)


def _run(extract_fn: ExtractFn, item: Item) -> tuple[dict | None, float, str | None]:
    catcher = _ErrorCatcher()
    logger = logging.getLogger("extraction")
    logger.addHandler(catcher)
    start = time.perf_counter()
    result, failure = None, None
    try:
        result = extract_fn(item.text, published=item.published, outlet=item.outlet)
    except Exception as exc:  # a crash is scored as an empty answer, not a crashed run
        failure = f"raised {type(exc).__name__}: {exc}"
    finally:
        seconds = time.perf_counter() - start
        logger.removeHandler(catcher)
    if failure is None and catcher.messages:
        failure = f"logged an error: {catcher.messages[0]}"
    return result, seconds, failure


def score_article(item: Item, result: dict | None) -> tuple[dict[str, Counts], Counter, Counter]:
    """Per-field counts for one article, plus its wrong (fp) and missed (fn) facts."""
    expected = item.expected
    names = _align_claimants((result or {}).get("strikes") or [], expected.get("strikes") or [])
    got, want = facts(result, names), facts(expected)
    if "title_kind" not in expected:  # scored only where a case labels it
        got = Counter({f: n for f, n in got.items() if f[0] != "title_kind"})
    hit, wrong, missed = got & want, got - want, want - got
    per_field = {name: Counts() for name in FIELDS}
    for bag, attr in ((hit, "tp"), (wrong, "fp"), (missed, "fn")):
        for fact, n in bag.items():
            counts = per_field.setdefault(fact[0], Counts())
            setattr(counts, attr, getattr(counts, attr) + n)
    return per_field, wrong, missed


def score(items: list[Item], extract_fn: ExtractFn = extract) -> Report:
    """Run `extract_fn` on every item and compare its output with the expected facts."""
    report = Report()
    for item in items:
        result, seconds, failure = _run(extract_fn, item)
        per_field, wrong, missed = score_article(item, result)
        report.articles.append(
            ArticleResult(
                stem=item.stem,
                lang=item.lang,
                fields=per_field,
                wrong=[describe(f) for f in sorted(wrong.elements())],
                missed=[describe(f) for f in sorted(missed.elements())],
                seconds=seconds,
                failure=failure,
            )
        )
    return report


def main(argv: list[str] | None = None) -> int:
    """`newsroom-bot eval [PATH] [--verbose]`: print the report; 1 only for a missing corpus."""
    parser = argparse.ArgumentParser(prog="newsroom-bot eval")
    parser.add_argument("path", nargs="?", default="tests/corpus")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    if not Path(args.path).is_dir():
        print(f"no corpus directory at {args.path}")
        return 1
    items = load_corpus(args.path)
    if not items:
        print(f"no <stem>.txt + <stem>.json pairs in {args.path}")
        return 1
    print(score(items).render(verbose=args.verbose))
    return 0
