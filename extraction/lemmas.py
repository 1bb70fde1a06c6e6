"""Words with their lemmas (simplemma, en/uk/ru), and concept look-ups built on `vocab` tables.

Each word form is lemmatized once (cached); a sentence is tokenized once (cached). Cyrillic words
get both their Ukrainian and their Russian lemma, so one table entry per language matches in
either language's articles and in quotes that mix them.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from extraction.cues import gated
from extraction.lemma_index import lemmatizer
from extraction.trie import trie_alternation
from extraction.vocab import PERFECTIVE, VOCAB

_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
_CYRILLIC = re.compile(r"[а-яёіїєґ]")


class Token(NamedTuple):
    """A word of a sentence: where it is, its lower-cased form and its possible lemmas."""

    start: int
    end: int
    low: str
    lemmas: frozenset[str]


@functools.lru_cache(maxsize=65536)
def lemmas(word: str) -> frozenset[str]:
    """Possible lemmas of one lower-cased word form: itself and its dictionary forms (exact for
    the lemmas vocabulary tables name, which are all that is compared; see lemma_index)."""
    lemmatize = lemmatizer()
    if _CYRILLIC.search(word):
        found = {lemmatize(word, "uk"), lemmatize(word, "ru")}
    else:
        found = {lemmatize(word, "en")}
    found.add(word)
    return frozenset(w.lower() for w in found)


@functools.lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[Token, ...]:
    """The words of a text with their lemmas, in order."""
    low = text.lower()
    return tuple(
        Token(m.start(), m.end(), m.group(0), lemmas(m.group(0))) for m in _WORD.finditer(low)
    )


@functools.cache
def _concept(name: str) -> frozenset[str]:
    return frozenset(w for words in VOCAB[name].values() for w in words)


# English past forms whose beginning differs from the lemma's ("brought" for "bring")
_EN_IRREGULAR_PAST = frozenset(
    [
        "brought",
        "came",
        "freed",
        "swapped",
        "traded",
        "took",
        "got",
        "held",
        "began",
        "begun",
        "saw",
        "led",
    ]
)


# Ukrainian and Russian words whose forms change a letter of the first three: рік/року/році,
# день/дня, хотіти/хочуть. (Cyrillic stems are three letters so that тиждень/тижня,
# січень/січня, май/мая share theirs.)
_ALTERNATING_STEMS = {
    "рік": ("рок", "роц"),
    "день": ("дн",),
    "хотіти": ("хоч",),
    "хотеть": ("хоч",),
}


def _stem(word: str) -> str:
    """The first letters every inflected form of a lemma begins with."""
    if _CYRILLIC.search(word):
        return word[: max(2, min(3, len(word) - 1))]
    return word[: max(3, min(4, len(word) - 1))]


@functools.cache
def _stems(name: str) -> tuple[str, ...]:
    """The pre-filter generated from a concept's table: the first letters every form of its
    lemmas shares, plus English irregular forms; a text holding none of them cannot match, and
    is never tokenized."""
    words = _concept(name)
    stems = {_stem(w) for w in words}
    stems |= {alt for w in words for alt in _ALTERNATING_STEMS.get(w, ())}
    stems |= {w for w in _EN_IRREGULAR_PAST if lemmas(w) & words}
    return tuple(sorted(stems))


def stems(name: str) -> tuple[str, ...]:
    """What a text must hold (one of these, lower-cased) for a word of it to be in a concept."""
    return _stems(name)


@functools.cache
def _candidates(name: str) -> re.Pattern:
    """Words that begin with one of the concept's stems: the only ones worth lemmatizing."""
    # No letter before the first one: the stem begins a word.
    guard = r"(?<![^\W\d_].)"
    return re.compile(
        trie_alternation(_stems(name), first_guard=guard) + r"[^\W\d_]*(?:['-][^\W\d_]+)*"
    )


@functools.lru_cache(maxsize=8192)
def _find(text: str, concept: str) -> tuple[Token, ...]:
    low = text.lower()
    for stem in _stems(concept):  # the pre-filter: a few substring tests, before any scan
        if stem in low:
            break
    else:
        return ()
    wanted = _concept(concept)
    found = []
    for m in _candidates(concept).finditer(low):
        word = m.group(0)
        forms = lemmas(word)
        if not forms.isdisjoint(wanted):
            found.append(Token(m.start(), m.end(), word, forms))
    return tuple(found)


def find(text: str, concept: str) -> list[Token]:
    """The words of `text` whose lemma belongs to `concept` (a table in `extraction.vocab`).

    Only words that begin as one of the concept's lemmas does are lemmatized (the pattern is
    generated from the table), so most words of most sentences cost nothing."""
    return list(_find(text, concept))


def has(text: str, concept: str) -> bool:
    """Whether any word of `text` has a lemma in `concept`."""
    return bool(_find(text, concept))


# Past tense and passive participle endings (uk/ru): повернули, повернулися, звільнено,
# освобождены, вернулись. Present and future forms end otherwise (повертаємо, вернут).
_SLAVIC_PAST = re.compile(
    r"(?:в|ла|ло|ли|вся|лася|лося|лися|лись|лась|лось|лся|но|то|ні|ний|на|ны|ный|ен|ена|ено|"
    r"ены|ён|ёна|ёны|ті|ты|тий|тый)$"
)
# "will be returned", "could be freed", "to be released", "hope to return": not done yet
_NOT_YET_BEFORE = re.compile(
    r"(?:\b(?:will|would|could|can|may|might|should|must|shall|to|expected|hope[sd]?|plan(?:s|ned)?|"
    r"want(?:s|ed)?|aim(?:s|ed)?|set|going|ready|soon|not|never)\b|"
    # the wishes, plans and duties are the `not_yet_word` table's ("хочуть", "планують", "должны")
    r"\b(?:буде|будуть|будет|будут|має|мають|не|ще не|еще не|ещё не|готові|готовы|щоб|"
    r"чтобы)\s*)"
    r"(?:\s+\w+){0,2}\s*$",
    re.IGNORECASE,
)


# "managed to free", "вдалося звільнити", "удалось вернуть": a done deed in an infinitive
_MANAGED_BEFORE = gated(
    r"(?:\bmanaged to|\bsucceeded in|вдалося|вдалось|удалось|удалося|змогли|смогли|змогла|"
    # "змогла б повернути": could, not did
    r"змогло|зміг|смогла|смогло|смог|зуміли|зуміла|зумів|сумели|сумела|сумел)"
    r"(?!\s+(?:б|би|бы)(?!\w))\s+"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


# the same told after the infinitive, in its clause: "Освободить из плена 40 защитников удалось",
# "Повернути додому 60 військових вдалося"
_MANAGED_AFTER = re.compile(
    r"(?:\s+[^\s.,;:!?]+){0,8}?\s+(?:вдалося|вдалось|удалось|удалося|змогли|смогли)(?!\w)",
    re.IGNORECASE,
)


def managed_after(text: str, end: int) -> bool:
    """Whether "вдалося", "удалось" follows the infinitive ending at `end`, in its clause."""
    return _MANAGED_AFTER.match(text, end) is not None and bool(
        _CYRILLIC.search(text[max(0, end - 3) : end])
    )


# Return verbs about something else than captives: a delegation coming back from talks, sides
# going back to the table or to a topic ("the delegation returned from Istanbul", "повернулися
# до питання")
_NEGOTIATOR_BEFORE = gated(
    r"(?:\b(?:delegations?|delegates|negotiators|envoys?|team|ministers?)|"
    r"(?<!\w)(?:делегаці\w*|делегаци\w*|переговорник\w*|переговорщик\w*|команд\w*))"
    r"\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_TOPIC_AFTER = re.compile(
    r"^\s+(?:to\s+(?:the\s+)?(?:negotiating\s+table|table|talks|issue|topic|question|subject|"
    r"idea|discussion)|(?:до|к)\s+(?:столу\s+)?(?:переговор\w*|перемовин\w*|питання|"
    r"вопрос\w*|теми|теме|обговорення|обсуждени\w*))",
    re.IGNORECASE,
)


_CLAUSE_BREAK = re.compile(r"[^\w\s'’-]")


def _not_yet_word(before: str) -> bool:
    """Whether a wish, plan, hope, attempt or duty (`not_yet_word`) stands among the last three
    words of `before`, with no punctuation between: the verb after them is no deed done
    ("хочуть повернути", "должны быть освобождены")."""
    # in the verb's own clause: "«Хочу жить» повідомив, що повернулися" names a project
    clause = _CLAUSE_BREAK.split(before)[-1]
    found = _find(clause, "not_yet_word")
    if not found:
        return False
    last = [m.start() for m in _WORD.finditer(clause.lower())][-3:]
    return any(t.start >= last[0] for t in found)


def slavic_past(word: str) -> bool:
    """Whether a lower-case Cyrillic word form ends as a past tense or passive participle."""
    return bool(_CYRILLIC.search(word) and _SLAVIC_PAST.search(word))


def completed_return(text: str) -> Token | None:
    """A past-tense (perfective, for uk/ru) return, release or exchange verb that is not under a
    modal or future ("were freed", "повернулися", "обменялись"), or None."""
    low = text.lower()
    for t in find(text, "return_verb"):
        if _NEGOTIATOR_BEFORE.search(low[max(0, t.start - 40) : t.start]) or _TOPIC_AFTER.match(
            low[t.end : t.end + 40]
        ):
            continue  # "the delegation returned from Istanbul": no captive came home
        managed = _MANAGED_BEFORE.search(low[max(0, t.start - 40) : t.start]) or managed_after(
            low, t.end
        )
        if managed and (not _CYRILLIC.search(t.low) or not t.lemmas.isdisjoint(PERFECTIVE)):
            return t
        if _CYRILLIC.search(t.low):
            if t.lemmas.isdisjoint(PERFECTIVE) or not _SLAVIC_PAST.search(t.low):
                continue
        elif not (t.low.endswith("ed") or t.low in _EN_IRREGULAR_PAST):
            continue
        if _NOT_YET_BEFORE.search(low[max(0, t.start - 40) : t.start]) or _not_yet_word(
            low[max(0, t.start - 40) : t.start]
        ):
            continue
        return t
    return None


_SWAP_NOUNS = frozenset(["exchange", "swap", "обмін", "обмен"])


def offered_swap(text: str) -> Token | None:
    """A readiness or offer word followed closely by a return, exchange or hand-over verb
    ("ready to exchange", "готова передати", "предложила обменять"), or None."""
    ready = find(text, "ready_word")
    if not ready:
        return None
    # or a swap noun: "готова до обміну", "ready for an exchange", "offered a swap"
    swaps = [t for t in find(text, "swap_noun") if t.lemmas & _SWAP_NOUNS]
    verbs = find(text, "return_verb") + find(text, "handover_verb") + swaps
    for r in ready:
        for v in verbs:
            if 0 < v.start - r.end <= 30:
                return r
    return None
