"""The lemma index: the word forms whose lemma is in a vocabulary table, so that articles are
lemmatized without loading simplemma's whole dictionaries.

Loading those dictionaries costs about 6 seconds and 240 MB for Ukrainian and Russian, paid by
the first article in either language a bot process reads (and by every `newsroom-bot extract`).
Only lemmas that some vocabulary table names are ever compared (`extraction.lemmas` intersects
a word's lemmas with a table), so a few thousand forms are enough: `lemma_index.json` beside
this module holds them, built from simplemma's dictionaries and `extraction.vocab` by

    newsroom-bot lemma-index

The build checks every form of the full dictionaries, and every word of the project's own
articles (forms no dictionary holds), in both Cyrillic languages: where the
small dictionary would let simplemma's fallback rules read a word as a vocabulary lemma that
the full dictionary does not give it (or the other way round), the form is kept with the full
dictionary's answer. A word's vocabulary lemmas are therefore the same as with the full
dictionaries. When the file is missing, or was built for other vocabulary or another simplemma
release, the full dictionaries are used: slower to start, same answers.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import sys
from importlib import metadata
from pathlib import Path

import simplemma

from extraction.vocab import PERFECTIVE, VOCAB

INDEX_FILE = Path(__file__).with_name("lemma_index.json")
LANGUAGES = ("en", "uk", "ru")
REBUILD = "newsroom-bot lemma-index"

log = logging.getLogger(__name__)


def vocabulary_lemmas() -> frozenset[str]:
    """Every lemma a vocabulary table names: the only lemmas the extractor ever compares."""
    words = {w for table in VOCAB.values() for forms in table.values() for w in forms}
    return frozenset(w.lower() for w in words | set(PERFECTIVE))


def simplemma_version() -> str:
    """The installed simplemma release (an index is valid for the release it was built from)."""
    try:
        return metadata.version("simplemma")
    except metadata.PackageNotFoundError:  # pragma: no cover - vendored copies
        return getattr(simplemma, "__version__", "unknown")


def fingerprint() -> str:
    """What an index was built for: the vocabulary's lemmas and the simplemma release."""
    digest = hashlib.sha256()
    digest.update(simplemma_version().encode())
    for lemma in sorted(vocabulary_lemmas()):
        digest.update(b"\0" + lemma.encode())
    return digest.hexdigest()[:16]


class _Tables:
    """A simplemma dictionary factory over the index's small per-language tables."""

    def __init__(self, tables: dict[str, dict[str, str]]):
        self._tables = tables

    def get_dictionary(self, lang: str) -> dict[str, str]:
        """The small table of one language (simplemma's DictionaryFactory protocol)."""
        try:
            return self._tables[lang]
        except KeyError:
            raise ValueError(f"Unsupported language: {lang}") from None


def _small_lemmatizer(tables: dict[str, dict[str, str]]) -> simplemma.Lemmatizer:
    """simplemma's default pipeline, looking words up in the small tables."""
    from simplemma.strategies import DefaultStrategy

    strategy = DefaultStrategy(dictionary_factory=_Tables(tables))
    return simplemma.Lemmatizer(lemmatization_strategy=strategy)


def _read_index(path: Path) -> dict | None:
    """The index file's content when it fits this vocabulary and simplemma, else None."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("fingerprint") != fingerprint():
        return None
    return data


@functools.cache
def lemmatizer():
    """The lemmatize(word, lang) the extractor uses: the index when it is current, else the
    full dictionaries (with a log line saying how to rebuild the index)."""
    data = _read_index(INDEX_FILE)
    if data is None:
        log.info("lemma index missing or stale; using full dictionaries (rebuild: %s)", REBUILD)
        return simplemma.lemmatize
    return _small_lemmatizer(data["tables"]).lemmatize


def _checked_words(lang: str, full_tables) -> list[tuple[str, str]]:
    """(word, language) pairs the build compares: every lower-cased form of the full
    dictionaries, under each language the extractor asks for words of that script."""
    langs = ("en",) if lang == "en" else ("uk", "ru")
    forms = {key.lower() for key in full_tables.get_dictionary(lang)}
    return [(form, other) for form in sorted(forms) for other in langs]


# Endings of Ukrainian and Russian verbs, participles, verbal nouns, nouns and adjectives: put
# on the stems of the tables' lemmas, they give the inflected forms a text may hold that no
# dictionary lists ("обмінялися"), which simplemma's fallback rules lemmatize; the build checks
# them too. A made-up form that no language has costs only a check.
_ENDINGS_WRITTEN = (
    "ти тися тись ть ться в вся всь ла лася лась ло лося лось ли лися лись лся ю юся юсь ють "
    "ються ешь ет ется ем емся ете ут утся ят ятся ит ится им имся ать ять ає ається аємо "
    "аєте ають аються ує ується уємо ують уються ено ена ені ений еного ених ена ёна ёны ён "
    "ённых ен ены енных енные енный ано ана ані аний ата ато аті атий ан аны анных анные ши "
    "вши вшись вший вшие вших ння нням ній ния нием нию а у ом ою ой і и ів ам ами ах ях ям "
    "ями ей ов ев е я ий ого ому ім ої ій их ими ые ый ое ая ую ых ыми уть уться ать аться "
    "ить иться іть ітися ено ити итися али ались ались ала алась ало ілися ілись ілася ився "
    "ивсь илися ились илась лено лена лені лений ленный ленных ленные ленного жено жена"
)
_SLAVIC_ENDINGS = tuple(dict.fromkeys(_ENDINGS_WRITTEN.split()))
_ENGLISH_ENDINGS = ("s", "es", "ed", "d", "ing", "er", "ers", "'s", "ment", "ments")


def _inflection_candidates(wanted: frozenset[str]) -> set[str]:
    """Plausible inflected forms of the tables' lemmas (see _SLAVIC_ENDINGS)."""
    from extraction.lemmas import _CYRILLIC

    found: set[str] = set()
    for lemma in wanted:
        if " " in lemma:
            continue
        if _CYRILLIC.search(lemma):
            stems = {lemma[:cut] for cut in range(max(3, len(lemma) - 5), len(lemma))}
            found.update(stem + ending for stem in stems for ending in _SLAVIC_ENDINGS)
        else:
            stems = {lemma, lemma.rstrip("e"), lemma + lemma[-1:]}
            found.update(stem + ending for stem in stems for ending in _ENGLISH_ENDINGS)
    return found


_worker: dict = {}


def _start_worker(tables: dict[str, dict[str, str]], wanted: frozenset[str]) -> None:
    _worker["full"] = simplemma.Lemmatizer()
    _worker["small"] = _small_lemmatizer(tables)
    _worker["wanted"] = wanted


def _disagreements(pairs: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """(word, language, the full dictionaries' lemma) where the small tables' answer differs
    and either answer is a vocabulary lemma."""
    full, small, wanted = _worker["full"], _worker["small"], _worker["wanted"]
    out = []
    for word, lang in pairs:
        right = full.lemmatize(word, lang)
        got = small.lemmatize(word, lang)
        if right.lower() != got.lower() and (right.lower() in wanted or got.lower() in wanted):
            out.append((word, lang, right))
    return out


def build(extra_words: list[str] = (), *, workers: int = 2, progress=None) -> dict:
    """The index for the installed simplemma and the current vocabulary (see module doc)."""
    from multiprocessing import get_context

    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    from extraction.lemmas import _CYRILLIC  # (lemmas imports this module: read at call time)

    wanted = vocabulary_lemmas()
    full_tables = DefaultDictionaryFactory()
    tables: dict[str, dict[str, str]] = {}
    for lang in LANGUAGES:
        source = full_tables.get_dictionary(lang)
        tables[lang] = {k: source[k] for k in source if source[k].lower() in wanted}
    pairs = {pair for lang in LANGUAGES for pair in _checked_words(lang, full_tables)}
    for word in [*extra_words, *sorted(_inflection_candidates(wanted))]:
        word = word.lower()
        langs = ("uk", "ru") if _CYRILLIC.search(word) else ("en",)
        pairs.update((word, lang) for lang in langs)
    pairs = sorted(pairs)
    chunks = [pairs[i : i + 20000] for i in range(0, len(pairs), 20000)]
    kept = 0
    while True:
        # every word again on each round: a kept form can change how another word decomposes
        with get_context("spawn").Pool(workers, _start_worker, (tables, wanted)) as pool:
            differing = [d for found in pool.imap(_disagreements, chunks) for d in found]
        if progress:
            progress(f"{len(pairs):,} words checked, {len(differing)} answers differed")
        if not differing:
            break
        for word, lang, right in differing:
            tables[lang][word] = right  # the full dictionaries' answer, kept as it is
        kept += len(differing)
    return {
        "about": "word forms whose lemma is in a vocabulary table; rebuild with: " + REBUILD,
        "fingerprint": fingerprint(),
        "simplemma": simplemma_version(),
        "kept_for_agreement": kept,
        "tables": {lang: dict(sorted(tables[lang].items())) for lang in LANGUAGES},
    }


def _own_articles() -> list[Path]:
    """The project's own article texts, when run from a checkout (not in an installed copy)."""
    root = Path(__file__).resolve().parents[1]
    return sorted((root / "tests" / "corpus").glob("*.txt")) + sorted(
        (root / "bot" / "samples").glob("*")
    )


def main(argv: list[str] | None = None) -> int:
    """Build lemma_index.json (optionally also checking the words of some text files)."""
    import argparse

    from extraction.lemmas import _WORD

    ap = argparse.ArgumentParser(prog=REBUILD, description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=str(INDEX_FILE))
    ap.add_argument("--words-from", nargs="*", default=[], help="text files whose words to check")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    extra: set[str] = set()
    # besides every dictionary form, the words of the project's own articles (the test corpus
    # and the demo's samples): forms no dictionary holds, which the fallback rules read
    for path in [*_own_articles(), *map(Path, args.words_from)]:
        text = path.read_text(encoding="utf-8", errors="replace").lower()
        extra.update(_WORD.findall(text))
    data = build(
        sorted(extra), workers=args.workers, progress=lambda line: print(line, file=sys.stderr)
    )
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=0, sort_keys=False)
        f.write("\n")
    sizes = ", ".join(f"{lang} {len(t):,}" for lang, t in data["tables"].items())
    print(f"wrote {args.out}: {sizes} forms ({data['kept_for_agreement']} kept for agreement)")
    return 0
