"""The extractor's shortcuts (memos, gates, merged scans) give the same answers as the long way."""

import re

from extraction.claimants import AIR_FORCE, find_claimants
from extraction.cues import cue
from extraction.figures import DOWNED, DRONES, has_figures_hint, sentence_figures
from extraction.sentences import BACKGROUND, NOISE, split_sentences


def test_remembered_figures_are_not_shared_with_callers():
    text = "Air defences shot down 50 drones overnight."
    first, _ = sentence_figures(text, None)
    first[0].value = None  # the strikes stage adjusts figures it is given
    again, _ = sentence_figures(text, None)
    assert [(f.cls, f.role, f.value) for f in again] == [(DRONES, DOWNED, 50)]


def test_cue_answers_stay_right_after_its_memo_fills():
    swap = cue(r"swap\w*|exchang\w*")
    texts = [f"Sentence {i} about the weather." for i in range(1200)]
    assert all(swap.search(t) is None for t in texts)
    found = swap.search("The swap took place on Friday.")
    assert found is not None and found.group(0) == "swap"
    assert swap.search("The swap took place on Friday.").group(0) == "swap"


def test_figures_hint_sees_weapons_and_ignores_weather():
    assert has_figures_hint("russia launched 40 шахедів overnight".lower())
    assert has_figures_hint("the air force said 12 of them were lost to jamming")
    assert not has_figures_hint("rain is expected in the west on tuesday")


def test_claimants_found_only_where_named():
    assert [c.name for c in find_claimants("Rain is expected in the west on Tuesday.")] == []
    said = "Ukraine's air force said on Monday that 40 drones were downed."
    assert AIR_FORCE in [c.name for c in find_claimants(said)]


def test_line_rules_still_mark_noise_and_background():
    text = (
        "Drones hit Kharkiv overnight\n\n"
        "Russia launched 40 drones, the air force said.\n\n"
        "Read also: Prices rise in Kyiv\n\n"
        "Нагадаємо, раніше відбувся обмін полоненими."
    )
    kinds = {s.text: s.kind for s in split_sentences(text)}
    assert kinds["Read also: Prices rise in Kyiv"] == NOISE
    assert kinds["Нагадаємо, раніше відбувся обмін полоненими."] == BACKGROUND


def test_stems_answer_as_a_case_blind_search_would():
    import random
    import re

    from extraction import swap_status
    from extraction.cues import _NOT_PLAIN, Stems

    gates = [swap_status._GATE, swap_status._PARTICIPLE_GATE]
    # the ground the quick way stands on: in ASCII and Cyrillic text every letter lower-cases to
    # one letter, and matches a stem's letter case-blind exactly when it lower-cases to it
    plain = [chr(c) for c in range(0x500) if not _NOT_PLAIN.match(chr(c))]
    letters = {ch for gate in gates for ch in gate.plain.pattern if ch.isalpha()}
    for ch in plain:
        assert len(ch.lower()) == 1
        for letter in letters:
            assert bool(re.fullmatch(letter, ch, re.IGNORECASE)) == (ch.lower() == letter)
    rng = random.Random(5)
    words = ["Exchange", "SWAPPED", "ОБМІН", "Повернуто", "ſwap", "İliberated", "ΣWAP", "tree"]
    for _ in range(2000):
        text = " ".join(rng.choice(words + plain[32:]) for _ in range(rng.randint(0, 6)))
        for gate in gates:
            assert gate.found(text) == bool(gate.blind.search(text)), text
    assert swap_status._GATE.found("Prisoners EXCHANGED on Friday")
    assert not swap_status._GATE.found("Rain is expected in the west")
    try:
        Stems(r"Swap|\bfree")
    except ValueError:
        pass
    else:
        raise AssertionError("a pattern with capitals or escapes must be refused")


def test_gated_patterns_find_what_the_plain_search_finds():
    import importlib
    import pkgutil
    import random

    import extraction
    from extraction.cues import _NOT_PLAIN, Cue, Gated, lower_same

    # the ground the case-blind pre-filter stands on: in ASCII and Cyrillic text a letter
    # matches another case-blind exactly when both lower-case to the same letter
    plain = [chr(c) for c in range(0x500) if not _NOT_PLAIN.match(chr(c))]
    letters = [ch for ch in plain if ch.isalpha()]
    for ch in plain:
        assert len(ch.lower()) == 1
    for a in letters:
        for b in letters:
            assert bool(re.fullmatch(re.escape(a), b, re.IGNORECASE)) == (a.lower() == b.lower())
    patterns = []
    for info in pkgutil.iter_modules(extraction.__path__):
        module = importlib.import_module(f"extraction.{info.name}")
        for value in vars(module).values():
            if isinstance(value, (Gated, Cue)):
                patterns.append((value, value.regex))
    assert any(isinstance(g, Gated) and g.needs for g, _ in patterns)  # some are gated
    words = [
        "since 2022", "so far", "Exchange", "SWAPPED", "swaps", "over ten days", "ОБМІН", "ніч",
        "NIGHT", "обмен", "за 5 днів", "in 2024", "in the first nine months", "US", "us", "ſwap",
        "İn", "KİEV", "ΣWAP", "the first exchange in months", "last year", "раніше", "30 drones",
        "in total", "in 64 exchanges", "у 5 обмінах", "as of", "throughout the war", "K", "air",
        # digits other than ASCII ones, which `\d` also matches: "in ٦٤ exchanges", "since ٢٠٢٢"
        "in \u0666\u0664 exchanges", "since \u0662\u0660\u0662\u0662", "19\u0669\u0669",
        "\uff13\uff10",
    ]  # fmt: skip
    rng = random.Random(3)
    for _ in range(3000):
        text = " ".join(rng.choice(words + plain[32:]) for _ in range(rng.randint(0, 8)))
        for fast, slow in patterns:
            low = lower_same(text) if isinstance(fast, Cue) else text
            found = fast.search(text)
            expected = slow.search(low) if isinstance(fast, Cue) else slow.search(text)
            assert (found and found.span()) == (expected and expected.span()), (slow.pattern, text)
            if isinstance(fast, Cue):
                spans = [m.span() for m in fast.finditer(text)]
                assert spans == [m.span() for m in slow.finditer(low)], (slow.pattern, text)


def test_vocabulary_test_never_calls_absent_what_its_patterns_find():
    from extraction.cues import Vocabulary

    talks = cue(r"negotiat\w*|\btalks\b|переговор\w*")
    words = Vocabulary(talks, ("exchang", "обмін"))
    assert words.absent("Rain is expected in the west on Tuesday.")
    assert not words.absent("Negotiations resumed in Istanbul.")
    assert not words.absent("Переговори тривають.")
    assert not words.absent("They exchanged 90 prisoners.")
    # letters that do not lower-case one for one: never called absent
    assert not words.absent("İstanbul hosted the meeting.")


def test_swap_stage_skips_only_sentences_it_would_find_nothing_in(monkeypatch):
    """The swap stage's quick 'no swap words here' test gives the same answers as every rule
    run in full, on our corpus and the benchmark's generated articles."""
    import datetime as dt
    import random
    from pathlib import Path

    from bench.extract_bench import make_article, make_real_shaped, make_ukru
    from extraction import caches, exchange
    from extraction.sentences import BODY, Sentence
    from extraction.textnorm import normalise

    corpus = Path(__file__).resolve().parents[1] / "corpus"
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    rng = random.Random(5)
    texts += [make(rng) for make in (make_article, make_real_shaped, make_ukru) for _ in range(6)]
    # words that begin as a return verb does and are none: "repair", "freight", "повідомили"
    false_friends = [
        "Repair crews restored freight links to the region, officials said.",
        "Про це повідомили у Повітряних силах ЗСУ.",
        "Возгорание на складе потушили к утру, сообщили в МЧС.",
    ]
    texts.append(" ".join(false_friends))
    sentences = {s.text for t in texts for s in split_sentences(normalise(t))}
    assert sum(map(exchange._swapless, sentences)) > len(sentences) // 4  # the test has teeth
    assert all(map(exchange._swapless, false_friends))
    ref = dt.date(2024, 12, 3)

    def answers():
        caches.clear()
        per_sentence = [
            (
                exchange._is_topical(t),
                exchange._clause_statuses(t, False, False),
                exchange._clause_statuses(t, False, True),
                exchange._done_before(Sentence(t, 0, 0, BODY), ref),
            )
            for t in sorted(sentences)
        ]
        # and whole articles: which sentences count as this swap's is then asked lazily
        works = [normalise(t) for t in texts]
        per_article = [exchange.extract_exchange(split_sentences(w), ref, w) for w in works]
        return per_sentence, per_article

    quick = answers()
    monkeypatch.setattr(exchange, "_swapless", lambda text: False)
    assert answers() == quick


def test_sentences_without_swap_words_still_shape_the_lede(monkeypatch):
    """Whether a sentence with no swap words is about this swap is worked out only when it
    matters (it can be one of the lede's sentences): the status read is the full way's."""
    import datetime as dt

    from extraction import caches, exchange
    from extraction.sentences import BODY, Sentence

    talks = "Kyiv and Moscow are holding talks on a new prisoner exchange, officials said."
    halt = "Russia has postponed the prisoner exchange, the ombudsman said."
    quiet = ["Rain fell across the region in the afternoon.", "Sirens sounded twice at night."]
    tally = ["Since the start of the year, sirens have sounded 300 times.", "So far 12 closed."]
    articles = [[*quiet, talks, halt], [*tally, talks, halt], [quiet[0], tally[0], talks, halt]]

    def statuses():
        caches.clear()
        out = []
        for texts in articles:
            starts = [sum(len(t) + 1 for t in texts[:i]) for i in range(len(texts))]
            sentences = [Sentence(t, at, 0, BODY) for t, at in zip(texts, starts, strict=True)]
            found = exchange.extract_exchange(sentences, dt.date(2024, 12, 3), " ".join(texts))
            out.append(found and found["status"])
        return out

    quick = statuses()
    monkeypatch.setattr(exchange, "_swapless", lambda text: False)
    full = statuses()
    assert quick == full
    assert len(set(full)) > 1  # the lede decides: the articles differ only in it


def test_place_words_found_where_every_word_is_read():
    import random
    import sys

    from extraction import places

    # the ground the quick scan stands on: lower-casing a character to one character keeps it
    # a word character, a letter, or one of the joiners it was
    classes = [re.compile(r"[\w'-]"), re.compile(r"[\d_'-]"), re.compile(r"[^\W\d_]")]
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        low = ch.lower()
        if len(low) == 1 and low != ch:
            assert all(bool(c.match(ch)) == bool(c.match(low)) for c in classes), hex(code)

    def slow(text):  # every word, as the gazetteer reads words
        out = []
        for m in places._WORD.finditer(text):
            word = m.group(0).lower()
            stem = next((word[:n] for n in places._STEM_LENGTHS if word[:n] in
                         places._STEM_TO_PLACE), None)  # fmt: skip
            if word[:3] in places._PREFIX3 and stem:
                out.append((m.span(), stem))
        return out

    rng = random.Random(5)
    pieces = ["Kyiv", "KHARKIV", "Харківщині", "odesa", "12kursk", "_Sumy", "'Lviv'", "anti-Kyiv",
              "Kyiv-based", "İzmail", "ſumy", "Київ", "-Odesa", "x", " ", ", ", "the", "2", "'",
              "-"]  # fmt: skip
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        fast = [(m.span(), stem) for m, stem in places._stem_matches(text)]
        assert fast == slow(text), text


def test_numbers_found_as_the_plain_digit_pattern_finds_them():
    import random

    from extraction import numbers

    # the plain form of numbers._DIGITS: the look-behind first
    plain = re.compile(
        r"(?<![\w.,:/])(\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+|\d{1,3}(?: \d{3})+|\d+)"
        r"(?![\w]|[.,:/]\d)"
    )
    rng = random.Random(9)
    alphabet = "0123456789 ,.:/-_aZя١３'"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        got = [(m.span(1), m.group(1)) for m in numbers._DIGITS.finditer(text)]
        assert got == [(m.span(1), m.group(1)) for m in plain.finditer(text)], text


def test_lemma_candidates_are_the_words_a_longest_first_scan_finds():
    import random

    from extraction import lemmas
    from extraction.vocab import VOCAB

    rng = random.Random(6)
    pieces = ["повернули", "повернення", "returned", "return", "swap", "п'ятниця", "обмін", "x",
              "'", "-", " ", "_", "1", "ʼ", "\n", "re", "по", "free", "freed",
              "звільнено"]  # fmt: skip
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))) for _ in range(400)]
    for concept in VOCAB:
        stems = sorted(lemmas.stems(concept), key=len, reverse=True)
        plain = re.compile(
            r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, stems)) + r")[^\W\d_]*(?:['-][^\W\d_]+)*"
        )
        for text in texts:
            found = [m.span() for m in lemmas._candidates(concept).finditer(text)]
            assert found == [m.span() for m in plain.finditer(text)], (concept, text)
