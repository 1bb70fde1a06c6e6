"""The lemma index: words get the same vocabulary lemmas as with simplemma's full dictionaries,
without the bot loading those dictionaries (seconds and hundreds of MB on the first article)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import simplemma

from extraction import lemma_index
from extraction.lemmas import _CYRILLIC, _WORD

ROOT = Path(__file__).resolve().parents[2]


def test_the_committed_index_fits_the_vocabulary_and_simplemma():
    assert lemma_index._read_index(lemma_index.INDEX_FILE) is not None, (
        "extraction/lemma_index.json was built for other vocabulary or another simplemma "
        f"release: run `{lemma_index.REBUILD}` and commit the file"
    )


def _vocabulary_lemmas(lemmatize, word: str, wanted: frozenset[str]) -> set[str]:
    langs = ("uk", "ru") if _CYRILLIC.search(word) else ("en",)
    return {lemmatize(word, lang).lower() for lang in langs} & wanted


def _corpus_words() -> set[str]:
    words: set[str] = set()
    for path in sorted((ROOT / "tests" / "corpus").glob("*.txt")):
        words.update(_WORD.findall(path.read_text(encoding="utf-8").lower()))
    return words


def test_words_get_the_vocabulary_lemmas_the_full_dictionaries_give():
    wanted = lemma_index.vocabulary_lemmas()
    small = lemma_index.lemmatizer()
    assert small is not simplemma.lemmatize, "the index is not in use (see the test above)"
    data = lemma_index._read_index(lemma_index.INDEX_FILE)
    words = _corpus_words() | {form.lower() for t in data["tables"].values() for form in t}
    # words a story may hold that no table names, and inflected forms that one does
    words |= {"повернулися", "вернулись", "звільнено", "освобождены", "returned", "київ"}
    differing = [
        w
        for w in sorted(words)
        if _vocabulary_lemmas(small, w, wanted)
        != _vocabulary_lemmas(simplemma.lemmatize, w, wanted)
    ]
    assert len(words) > 5000
    assert differing == []


def test_inflected_forms_of_one_table_entry_are_found():
    from extraction import lemmas

    for text in ("Додому повернулися 84 захисники", "84 захисників повернуто додому"):
        assert lemmas.has(text, "return_verb"), text
    assert lemmas.has("Из плена вернулись 90 военных", "return_verb")
    assert not lemmas.has("Обстріл тривав усю ніч", "return_verb")


@pytest.mark.parametrize("lang_text", [
    "Додому повернулися 84 українські захисники, обмін відбувся за посередництва ОАЕ.",
    "Из плена вернулись 90 российских военнослужащих, сообщило Минобороны.",
    "Ukraine said 84 soldiers were freed in the swap brokered by the UAE.",
])  # fmt: skip
def test_reading_an_article_never_loads_the_full_dictionaries(lang_text):
    # a fresh process, as the bot's first article after a start: the full dictionaries made
    # it wait seconds (and hold hundreds of MB), so loading one is an error here
    script = (
        "import sys\n"
        "from simplemma.strategies.dictionaries import dictionary_factory as f\n"
        "def refuse(lang): raise SystemExit('full dictionary loaded: ' + lang)\n"
        "f._load_dictionary_from_disk = refuse\n"
        "from extraction import extract\n"
        "result = extract(sys.argv[1])\n"
        "print(result['exchange'] is not None or bool(result['strikes']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, lang_text],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "True"


def test_the_rebuild_command_takes_its_options(monkeypatch, tmp_path):
    # the command line hands its options to the build (the build itself takes minutes: a small
    # stand-in records what it was asked)
    from bot import cli

    asked = {}

    def fake_build(extra_words=(), *, workers=2, progress=None):
        asked.update(words=set(extra_words), workers=workers)
        return {"fingerprint": "x", "kept_for_agreement": 0, "tables": {"en": {}}}

    monkeypatch.setattr(lemma_index, "build", fake_build)
    words = tmp_path / "words.txt"
    words.write_text("Prisoners returned", encoding="utf-8")
    out = tmp_path / "index.json"
    argv = ["lemma-index", "--out", str(out), "--workers", "1", "--words-from", str(words)]
    assert cli.main(argv) == 0
    assert {"prisoners", "returned"} <= asked["words"]
    assert asked["workers"] == 1
    assert out.exists()
