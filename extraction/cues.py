"""Fast cue patterns: lower-cased text, no IGNORECASE, one word-start guard for all alternatives.

Python's `re` tries every alternative at every position, which is slow for our long lists of
stems. Two things make it cheap: compiling for lower-cased text without IGNORECASE (several
times quicker), and a gate: the first letters every match must start with are worked out from
the pattern, and a sentence none of whose words start that way is never scanned at all.
"""

from __future__ import annotations

import functools
import re
from itertools import chain
from re import _constants as sre_c
from re import _parser as sre_parse

_KEY_WORD = re.compile(r"[\w']+")
_MAX_KEYS = 400
_MEMO_SIZE = 512
_UNSEEN = object()
# every pattern's memo of answers, so that caches.clear() can empty them all
MEMOS: list[dict] = []


@functools.lru_cache(maxsize=8192)
def lower_same(text: str) -> str:
    """Lower-case `text` keeping every offset (a few letters change length when lower-cased)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower()[:1] or ch for ch in text)


@functools.lru_cache(maxsize=8192)
def word_keys(low: str) -> frozenset[str]:
    """The 1-, 2- and 3-letter beginnings of every word in a lower-cased text."""
    # each distinct word once, its beginnings cut once per word form: the same words ("the",
    # "drones", "said") fill every sentence, and cutting them anew was most of this work
    return frozenset(chain.from_iterable(map(_word_beginnings, set(_KEY_WORD.findall(low)))))


@functools.lru_cache(maxsize=65536)
def _word_beginnings(word: str) -> tuple[str, str, str]:
    return word[:3], word[:2], word[:1]


@functools.lru_cache(maxsize=8192)
def _opened(text: str) -> tuple[str, frozenset[str]]:
    """A text lower-cased and its word beginnings: one cache look-up per cue call, not two."""
    low = lower_same(text)
    return low, word_keys(low)


# A word-start cue's match can also begin right after an apostrophe inside a word ("it's": `re`
# sees no word character before the "s"), where no word of `word_keys` begins.
_APOSTROPHE_PLACE = re.compile(r"'(?=([\w']{1,3}))")


@functools.lru_cache(maxsize=4096)
def _inner_keys(low: str) -> frozenset[str]:
    """The 1-, 2- and 3-character beginnings right after each apostrophe of a lower-cased text."""
    heads = _APOSTROPHE_PLACE.findall(low)
    return frozenset([h[:1] for h in heads] + [h[:2] for h in heads] + heads)


def _places(low: str, keys) -> list[int]:
    """Every place, in order, where one of `keys` stands in `low` (overlaps included)."""
    found = []
    find = low.find
    for key in keys:
        at = find(key)
        while at >= 0:
            found.append(at)
            at = find(key, at + 1)
    if len(keys) > 1:
        found = sorted(set(found))
    return found


def _starts(ops, n: int) -> set[str] | None:
    """Every way a match of `ops` can begin, up to `n` characters; None when unknowable."""
    results = {""}
    for op, av in ops:
        if all(len(r) >= n for r in results):
            break
        if op in (sre_c.ASSERT, sre_c.ASSERT_NOT, sre_c.AT):
            continue
        if op is sre_c.LITERAL:
            options = {chr(av)}
        elif op is sre_c.IN and all(o is sre_c.LITERAL for o, _ in av):
            options = {chr(v) for _, v in av}
        elif op is sre_c.BRANCH:
            options = set()
            for alt in av[1]:
                got = _starts(alt, n)
                if got is None:
                    return None
                options |= got
        elif op is sre_c.SUBPATTERN:
            options = _starts(av[-1], n)
            if options is None:
                return None
        else:
            break  # a repeat, a class: the literal beginning ends here
        results = {r if len(r) >= n else (r + o)[:n] for r in results for o in options}
        if len(results) > _MAX_KEYS:
            return None
    return results


def _gate_keys(pattern: str) -> frozenset[str] | None:
    """Word beginnings one of which every match needs, or None if the pattern cannot be gated."""
    try:
        starts = _starts(sre_parse.parse(pattern), 3)
    except Exception:
        return None
    if starts is None:
        return None
    keys = set()
    for s in starts:
        cut = _KEY_WORD.match(s)
        key = cut.group(0) if cut else ""
        if not key or cut.start() != 0:
            return None
        keys.add(key[:3])
    return frozenset(keys)


def _heads(ops, n: int) -> set[tuple[str, bool]] | None:
    """Every way a match of `ops` can begin, as (characters, cut): up to `n` characters, `cut`
    when what follows is unknown (a class, a repeat) and so must not be added to. Unlike the
    gate's analysis, this never claims more than a match must start with: it is exact enough to
    try the regex only where a match can begin. None when unknowable."""
    results = {("", False)}
    ops = list(ops)

    def join(options):
        return {
            (r, cut) if cut or len(r) >= n else ((r + o)[:n], more)
            for r, cut in results
            for o, more in (options if not cut and len(r) < n else [("", cut)])
        }

    for i, (op, av) in enumerate(ops):
        if all(cut or len(r) >= n for r, cut in results):
            break
        if op in (sre_c.ASSERT, sre_c.ASSERT_NOT, sre_c.AT):
            continue  # zero-width: the characters a match starts with are those after it
        if op is sre_c.LITERAL:
            options = {(chr(av), False)}
        elif op is sre_c.IN and all(o is sre_c.LITERAL or (o, v) == _DIGIT for o, v in av):
            # a digit class stands for the ASCII digits here; in a text holding other digits
            # candidate_places tries every place
            options = {(ch, False) for o, v in av for ch in (_ASCII_DIGITS if o else chr(v))}
        elif op is sre_c.BRANCH:
            options = set()
            for alt in av[1]:
                got = _heads(alt, n)
                if got is None:
                    return None
                options |= got
        elif op is sre_c.SUBPATTERN:
            if av[1] or av[2]:
                return None  # inline flags ("(?i:") would change what the characters mean
            options = _heads(av[-1], n)
            if options is None:
                return None
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT):
            body = _heads(av[2], n)
            if body is None:
                return None
            options = {(r, True) for r, _ in body}  # another round or the rest may follow
            if av[0] == 0:  # optional: or straight on to the rest
                rest = _heads(ops[i + 1 :], n)
                if rest is None:
                    return None
                return join(options | rest)
        else:
            return {(r, True) for r, _ in results}  # a class, a group reference: unknown
        results = join(options)
        if len(results) > _MAX_KEYS:
            return None
    return results


_DIGIT = (sre_c.CATEGORY, sre_c.CATEGORY_DIGIT)
_ASCII_DIGITS = "0123456789"
# digits `\d` matches besides the ASCII ones (Arabic-Indic, Devanagari, full-width...)
_OTHER_DIGIT = re.compile(r"[^\D0-9]")


def _place_keys(pattern: str) -> frozenset[str] | None:
    """Word beginnings (1-3 characters) one of which stands wherever a match can begin, or
    None if that cannot be worked out."""
    try:
        heads = _heads(sre_parse.parse(pattern), 3)
    except Exception:
        return None
    if not heads:
        return None
    keys = set()
    for head, _ in heads:
        cut = _KEY_WORD.match(head)
        if not cut:
            return None
        keys.add(cut.group(0)[:3])
    return frozenset(keys)


# Words most sentences hold: as a pre-filter's literal they would let nearly every text through
_COMMON_WORDS = (
    "a an the this that these those of in on at to and or for from with by after before since "
    "last as is was were has have had it its be been more than not no but over about said says "
    "will would which who their there when в у з і та на и с по за не до от що что"
)
_COMMON = frozenset(_COMMON_WORDS.split())


def _rarity(literal: str) -> int:
    """How rarely a string stands in a sentence, roughly (1 to 4): a common word or a run of
    digits often, punctuation ("/", "-") seldom, else the longer the rarer."""
    word = literal.strip()
    if word in _COMMON or word.isdigit():
        return 1
    if any(not (ch.isalnum() or ch.isspace()) for ch in word):
        return 4
    return min(4, len(word))


def _sharpness(literals: frozenset[str]) -> tuple[int, int]:
    """How few texts a set of literals lets through, roughly: its commonest string, then fewer
    strings to look for."""
    return min(map(_rarity, literals)), -len(literals)


def _better(a: frozenset[str], b: frozenset[str] | None) -> bool:
    """Whether literal set `a` makes a sharper pre-filter than `b`."""
    return b is None or _sharpness(a) > _sharpness(b)


_MAX_LITERALS = 32


def _exact(ops, blind: bool) -> frozenset[str] | None:
    """The strings the parsed `ops` match when they are a few fixed strings ("(?:swap|exchange)",
    "servicem[ae]n", "(?:new )?"), else None."""
    found = {""}
    for op, av in ops:
        if op is sre_c.LITERAL:
            options = {chr(av)}
        elif op is sre_c.IN and all(o is sre_c.LITERAL for o, _ in av):
            options = {chr(v) for _, v in av}
        elif op is sre_c.SUBPATTERN and not (av[1] or av[2]):
            options = _exact(av[-1], blind)
        elif op is sre_c.BRANCH:
            alternatives = [_exact(alt, blind) for alt in av[1]]
            options = None if None in alternatives else set().union(*alternatives)
        elif op is sre_c.MAX_REPEAT and av[0] == 0 and av[1] == 1:
            body = _exact(av[2], blind)
            options = None if body is None else {"", *body}
        else:
            return None
        if options is None:
            return None
        if blind and op in (sre_c.LITERAL, sre_c.IN):
            # case-blind: a letter stands for its lower case, which is all it matches in ASCII
            # and Cyrillic text (other letters, "ſ" or "İ", fold in ways lower() does not tell)
            if any(_NOT_PLAIN.match(o) or len(o.lower()) != 1 for o in options):
                return None
            options = {o.lower() for o in options}
        found = {f + o for f in found for o in options}
        if len(found) > _MAX_LITERALS:
            return None
    return frozenset(found)


def _required(ops, blind: bool) -> frozenset[str] | None:
    """Strings one of which every match of the parsed `ops` contains, or None if unknown."""
    best: frozenset[str] | None = None
    run = {""}  # the fixed strings the elements read so far must have matched

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and "" not in found and _better(found, best):
            best = found

    for op, av in ops:
        fixed = _exact([(op, av)], blind)
        if fixed is not None and len(run) * len(fixed) <= _MAX_LITERALS:
            run = {r + f for r in run for f in fixed}
            continue
        consider(frozenset(run))
        run = {""}
        if fixed is not None:
            run = set(fixed)
        elif op is sre_c.SUBPATTERN:
            if not (av[1] or av[2]):  # inline flags ("(?-i:") change what letters match
                consider(_required(av[-1], blind))
        elif op is sre_c.BRANCH:
            alternatives = [_required(alt, blind) for alt in av[1]]
            if all(alternatives):
                consider(frozenset().union(*alternatives))
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) and av[0] >= 1:
            consider(_required(av[2], blind))
        # anything else (a class, an anchor, a look-around, an optional part) ends the run
    consider(frozenset(run))
    return best


def _fewest(literals: frozenset[str]) -> frozenset[str]:
    """The same test with fewer strings: one that holds another of the set adds nothing."""
    return frozenset(s for s in literals if not any(o != s and o in s for o in literals))


def required_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` contains (lower-cased when the pattern is
    case-blind), worked out from the pattern itself; None when no such set can be found."""
    try:
        parsed = sre_parse.parse(pattern, flags)
    except Exception:
        return None
    blind = bool(parsed.state.flags & re.IGNORECASE)
    found = _required(parsed, blind)
    return None if found is None else _fewest(found)


def _all_of(ops, blind: bool) -> list[frozenset[str]]:
    """Sets of strings such that every match of the parsed `ops` contains one string of each
    (the fixed runs, words and alternations it reads in turn)."""
    out: list[frozenset[str] | None] = []
    run = {""}
    for op, av in ops:
        fixed = _exact([(op, av)], blind)
        if fixed is not None and len(run) * len(fixed) <= _MAX_LITERALS:
            run = {r + f for r in run for f in fixed}
            continue
        out.append(frozenset(run))
        run = {""}
        if fixed is not None:
            run = set(fixed)
        elif op is sre_c.SUBPATTERN:
            if not (av[1] or av[2]):  # inline flags ("(?-i:") change what letters match
                out.extend(_all_of(av[-1], blind))
        elif op is sre_c.BRANCH:
            alternatives = [_required(alt, blind) for alt in av[1]]
            if all(alternatives):
                out.append(frozenset().union(*alternatives))
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) and av[0] >= 1:
            out.extend(_all_of(av[2], blind))
    out.append(frozenset(run))
    return [_fewest(found) for found in out if found and "" not in found]


Conditions = tuple[tuple[frozenset[str], ...], ...]


def required_conditions(pattern: str, flags: int = 0) -> Conditions | None:
    """What a text must hold for `pattern` to match in it, worked out from the pattern: for
    one of its alternatives at least, one string of each of that alternative's sets (lower-cased
    when the pattern is case-blind). None when nothing can be said."""
    try:
        parsed = sre_parse.parse(pattern, flags)
    except Exception:
        return None
    blind = bool(parsed.state.flags & re.IGNORECASE)
    ops = list(parsed)
    while True:
        # look-arounds and anchors only narrow the matches: the alternation they guard decides
        body = [(op, av) for op, av in ops if op not in (sre_c.ASSERT, sre_c.ASSERT_NOT, sre_c.AT)]
        if (
            len(body) == 1
            and body[0][0] is sre_c.SUBPATTERN
            and not (body[0][1][1] or body[0][1][2])
        ):
            ops = list(body[0][1][-1])
            continue
        break
    branches = body[0][1][1] if len(body) == 1 and body[0][0] is sre_c.BRANCH else [ops]
    out = []
    for branch in branches:
        sets = _all_of(branch, blind)
        if not sets:
            return None  # an alternative that needs no fixed string: no test to make
        # the rarest first: most texts fail there, and the rest are not looked at
        out.append(tuple(sorted(sets, key=_sharpness, reverse=True)))
    return tuple(out)


def may_hold(conditions: Conditions, low: str) -> bool:
    """Whether a (suitably lower-cased) text meets `conditions` (see required_conditions)."""
    for branch in conditions:
        for literals in branch:
            for literal in literals:
                if literal in low:
                    break
            else:
                break  # none of this set: this alternative cannot match
        else:
            return True
    return False


@functools.lru_cache(maxsize=8192)
def plain_lower(text: str) -> str | None:
    """`text` lower-cased when it holds only ASCII and Cyrillic (where a case-blind match of a
    letter is exactly a match of its lower case), else None."""
    return text.lower() if _NOT_PLAIN.search(text) is None else None


class Gated:
    """A compiled pattern whose whole-text searches are skipped when the text holds none of the
    literals every match needs (worked out from the pattern: `required_literals`).

    Long alternations with look-behinds or leading classes make `re` try every alternative at
    every position; most sentences hold none of their words, and a few substring tests tell so.
    Answers never differ: a text the test passes is searched as before."""

    __slots__ = ("_memo", "blind", "needs", "regex")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.regex = re.compile(pattern, flags)
        self.needs = required_conditions(pattern, flags)
        self.blind = bool(self.regex.flags & re.IGNORECASE)
        # Stages ask the same pattern about the same sentence again (about a third of all
        # whole-text searches: "night" alone is asked some 40 times an article); a small memo
        # of answers is cheaper than the gate and the search
        self._memo: dict[str, re.Match | None] = {}
        MEMOS.append(self._memo)

    @property
    def pattern(self) -> str:
        return self.regex.pattern

    @property
    def flags(self) -> int:
        return self.regex.flags

    def absent(self, text: str) -> bool:
        """True when `text` cannot hold a match (False does not promise one)."""
        needs = self.needs
        if needs is None:
            return False
        low = plain_lower(text) if self.blind else text
        if low is None:
            return False
        return not may_hold(needs, low)

    def search(self, text: str, *span: int) -> re.Match | None:
        """As re.Pattern.search."""
        if span:
            return self.regex.search(text, *span)
        memo = self._memo
        found = memo.get(text, _UNSEEN)
        if found is _UNSEEN:
            # absent(), written out in place: this runs some 300 times an article
            needs = self.needs
            low = text if needs is None or not self.blind else plain_lower(text)
            if needs is not None and low is not None and not may_hold(needs, low):
                found = None
            else:
                found = self.regex.search(text)
            if len(memo) >= _MEMO_SIZE:
                memo.clear()  # bounded: only the sentences of the article in hand are worth it
            memo[text] = found
        return found

    def match(self, text: str, *span: int) -> re.Match | None:
        """As re.Pattern.match."""
        return self.regex.match(text, *span)

    def fullmatch(self, text: str, *span: int) -> re.Match | None:
        """As re.Pattern.fullmatch."""
        return self.regex.fullmatch(text, *span)

    def finditer(self, text: str, *span: int):
        """As re.Pattern.finditer."""
        if not span and self.absent(text):
            return iter(())
        return self.regex.finditer(text, *span)

    def findall(self, text: str, *span: int) -> list:
        """As re.Pattern.findall."""
        if not span and self.absent(text):
            return []
        return self.regex.findall(text, *span)

    def sub(self, repl, text: str, count: int = 0) -> str:
        """As re.Pattern.sub."""
        if self.absent(text):
            return text
        return self.regex.sub(repl, text, count)


def gated(pattern: str, flags: int = 0) -> Gated:
    """Compile `pattern` with a literal pre-filter for whole-text searches (see Gated)."""
    return Gated(pattern, flags)


class Cue:
    """A compiled cue pattern whose search/finditer lower-case the text they are given."""

    __slots__ = ("_memo", "keys", "needs", "places", "probe", "regex")

    def __init__(self, pattern: str, *, word_start: bool = True) -> None:
        body = re.sub(r"(^|\||\(\?:)\\b", r"\1", pattern)
        self.regex = re.compile(rf"(?<!\w)(?:{body})" if word_start else body)
        # The same pattern without the leading word-start guard: `re` scans for the literal
        # beginnings of a bare alternation several times faster, and no match of `regex` can
        # start before the first match of `probe`.
        bare = re.sub(r"\(\?P<\w+>", "(?:", body)  # named groups also defeat that scan
        self.probe = re.compile(bare) if word_start else self.regex
        # the gate: a text none of whose words begins as a match must is never scanned
        self.keys = _gate_keys(body) if word_start else None
        # where a match can begin: the regex is tried only at those places of a text
        self.places = _place_keys(body) if word_start else None
        # where neither works (a match may begin with a digit or a class): the literals every
        # match holds, one of which a text must contain to be scanned at all
        self.needs = required_conditions(self.regex.pattern) if self.places is None else None
        if self.places is not None and _sharp(conditions := required_conditions(body)):
            # beginnings as common as "in", "з", "the" give many places to try: when every
            # match also needs rarer strings ("hours", "exchange"), a text holding none of them
            # is not scanned at all
            self.needs = conditions
        # Stages ask the same cue about the same sentence many times (about half of all calls);
        # a small memo of answers is cheaper than even the gated look-up.
        self._memo: dict[str, re.Match | None] = {}
        MEMOS.append(self._memo)

    def search(self, text: str) -> re.Match | None:
        """First match in the lower-cased text."""
        memo = self._memo
        found = memo.get(text, _UNSEEN)
        if found is not _UNSEEN:
            return found
        low, keys = _opened(text)
        found = None
        # the tests in turn, written out in place (this runs some 400 times an article): the
        # word-beginning gate, the literals every match needs, then the regex only at the
        # places where a match can begin (candidate_places)
        gate = self.keys
        if gate is not None and gate.isdisjoint(keys):
            pass  # the gate: no word begins as a match must
        elif (needs := self.needs) is not None and not may_hold(needs, low):
            pass  # none of the literals every match needs
        elif self.places is not None:
            match = self.regex.match
            for at in candidate_places(self.places, low, keys):
                found = match(low, at)
                if found is not None:
                    break
        else:
            first = self.probe.search(low)
            found = None if first is None else self.regex.search(low, first.start())
        if len(memo) >= _MEMO_SIZE:
            memo.clear()  # bounded: only the sentences of the article in hand are worth keeping
        memo[text] = found
        return found

    def finditer(self, text: str):
        """All matches in the lower-cased text."""
        low, keys = _opened(text)
        gate = self.keys
        if gate is not None and gate.isdisjoint(keys):
            return iter(())
        if (needs := self.needs) is not None and not may_hold(needs, low):
            return iter(())
        if self.places is not None:
            return matches_at(self.regex, low, candidate_places(self.places, low, keys))
        first = self.probe.search(low)
        return iter(()) if first is None else self.regex.finditer(low, first.start())


_SHARP_BRANCHES = 12  # more alternatives than this cost more to test than they save


def _sharp(conditions: Conditions | None) -> bool:
    """Whether literal conditions make a quick test worth running before a pattern's places
    are scanned: few alternatives, each needing a string rarer than a common short word."""
    return (
        conditions is not None
        and len(conditions) <= _SHARP_BRANCHES
        and all(_sharpness(branch[0])[0] >= 4 for branch in conditions)
    )


def candidate_places(places: frozenset[str], low: str, keys: frozenset[str]) -> list[int]:
    """The places of a lower-cased text (with word beginnings `keys`) where a match whose
    beginnings are `places` (see _place_keys) can begin, in order."""
    if not low.isascii() and _OTHER_DIGIT.search(low) and _digit_keyed(places):
        # a digit class's keys are the ASCII digits only: with other digits in the text, a
        # match may begin anywhere (rare: the regex is simply tried at every place)
        return list(range(len(low)))
    hits = places.intersection(keys)
    if "'" in low:
        hits |= places.intersection(_inner_keys(low))
    return _places(low, hits)


@functools.lru_cache(maxsize=256)
def _digit_keyed(places: frozenset[str]) -> bool:
    """Whether some of a pattern's beginnings hold a digit."""
    return any(ch in _ASCII_DIGITS for key in places for ch in key)


def matches_at(regex: re.Pattern, low: str, candidates: list[int]):
    """What regex.finditer(low) gives when every match begins at one of `candidates`."""
    # every match begins at a candidate place and is never empty (it starts with one of the
    # beginnings), and the next is sought from its end
    end = 0
    match = regex.match
    for at in candidates:
        if at >= end:
            found = match(low, at)
            if found is not None:
                end = found.end()
                yield found


def cue(pattern: str, *, word_start: bool = True) -> Cue:
    """Compile a lower-case cue pattern for fast, case-blind searching."""
    return Cue(pattern, word_start=word_start)


# Texts of ASCII and Cyrillic only: there lower-casing goes letter for letter, and a letter
# matches a lower-case one case-blind exactly when it lower-cases to it (tests check every one).
_NOT_PLAIN = re.compile(r"[^\x00-\x7f\u0400-\u04ff]")


class Stems:
    """A case-blind test for an alternation of lower-case stems ("exchang|swap|обм[іе]н").

    `re` with IGNORECASE tries every stem at every place of a text; on the lower-cased text a
    plain search scans for the stems' first letters instead, about ten times quicker. Texts with
    other letters (Greek, Turkish, long s) keep the case-blind search, so answers never differ."""

    __slots__ = ("blind", "plain")

    def __init__(self, pattern: str) -> None:
        if pattern != pattern.lower() or "\\" in pattern:
            raise ValueError(f"not a lower-case alternation of stems: {pattern!r}")
        self.blind = re.compile(pattern, re.IGNORECASE)
        self.plain = re.compile(pattern)

    def found(self, text: str) -> bool:
        """Whether one of the stems stands anywhere in the text, whatever its case."""
        if _NOT_PLAIN.search(text) is None:
            return self.plain.search(text.lower()) is not None
        return self.blind.search(text) is not None


class Vocabulary:
    """A quick test that a text holds none of the words some patterns need: built from the
    patterns themselves (the literals `required_conditions` works out, and a concept's stems),
    so a stage can tell at once that a sentence gives it nothing, and skip the sentence.

    `absent(text)` is True only when none of the patterns can match the text (any form of
    it: a clause, a window of it); False promises nothing. Texts with letters outside ASCII
    and Cyrillic are never called absent (case folding there is not letter for letter)."""

    __slots__ = ("literals",)

    def __init__(self, *parts) -> None:
        literals: set[str] = set()
        for part in parts:
            for branch in _conditions_of(part):
                literals |= branch[0]  # the rarest set: every match holds one of its strings
        self.literals = tuple(sorted(_fewest(frozenset(literals)), key=len))

    def absent(self, text: str) -> bool:
        """True when no pattern of the vocabulary can match `text` or any part of it."""
        low = plain_lower(text)
        if low is None:
            return False
        return not any(literal in low for literal in self.literals)


def _conditions_of(part) -> Conditions:
    """What a lower-cased text must hold for `part` to match: a Cue, a Stems, a case-blind
    Gated or re.Pattern, or a collection of stems (a lemma concept's: a word starting so)."""
    if isinstance(part, Cue):
        found = required_conditions(part.regex.pattern)
    elif isinstance(part, Stems):
        found = required_conditions(part.plain.pattern)
    elif isinstance(part, (Gated, re.Pattern)):
        if not part.flags & re.IGNORECASE:
            raise ValueError(f"a case-blind pattern is needed: {part.pattern!r}")
        found = required_conditions(part.pattern, part.flags)
    else:
        stems = frozenset(part)
        found = ((stems,),) if stems and "" not in stems else None
    if not found:
        raise ValueError(f"no literal every match needs: {part!r}")
    return found
