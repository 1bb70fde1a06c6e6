"""Fast cue patterns: lower-cased text, no IGNORECASE, one word-start guard for all alternatives.

Python's `re` tries every alternative at every position, which is slow for our long lists of
stems. Two things make it cheap: compiling for lower-cased text without IGNORECASE (several
times quicker), and a gate: the first letters every match must start with are worked out from
the pattern, and a sentence none of whose words start that way is never scanned at all.
"""

from __future__ import annotations

import functools
import re
from re import _constants as sre_c
from re import _parser as sre_parse

_KEY_WORD = re.compile(r"[\w']+")
_MAX_KEYS = 400
_MEMO_SIZE = 512


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
    words = _KEY_WORD.findall(low)
    return frozenset([w[:3] for w in words] + [w[:2] for w in words] + [w[:1] for w in words])


@functools.lru_cache(maxsize=8192)
def _opened(text: str) -> tuple[str, frozenset[str]]:
    """A text lower-cased and its word beginnings: one cache look-up per cue call, not two."""
    low = lower_same(text)
    return low, word_keys(low)


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


class Cue:
    """A compiled cue pattern whose search/finditer lower-case the text they are given."""

    __slots__ = ("_memo", "keys", "probe", "regex")

    def __init__(self, pattern: str, *, word_start: bool = True) -> None:
        body = re.sub(r"(^|\||\(\?:)\\b", r"\1", pattern)
        self.regex = re.compile(rf"(?<!\w)(?:{body})" if word_start else body)
        # The same pattern without the leading word-start guard: `re` scans for the literal
        # beginnings of a bare alternation several times faster, and no match of `regex` can
        # start before the first match of `probe`.
        bare = re.sub(r"\(\?P<\w+>", "(?:", body)  # named groups also defeat that scan
        self.probe = re.compile(bare) if word_start else self.regex
        self.keys = _gate_keys(body) if word_start else None
        # Stages ask the same cue about the same sentence many times (about half of all calls);
        # a small memo of answers is cheaper than even the gated look-up.
        self._memo: dict[str, re.Match | None] = {}

    def _open(self, text: str) -> str | None:
        low, keys = _opened(text)
        if self.keys is not None and self.keys.isdisjoint(keys):
            return None
        return low

    def search(self, text: str) -> re.Match | None:
        """First match in the lower-cased text."""
        memo = self._memo
        if text in memo:
            return memo[text]
        low, keys = _opened(text)  # _open inlined: this is the hottest call in the extractor
        if self.keys is not None and self.keys.isdisjoint(keys):
            found = None
        else:
            first = self.probe.search(low)
            found = None if first is None else self.regex.search(low, first.start())
        if len(memo) >= _MEMO_SIZE:
            memo.clear()  # bounded: only the sentences of the article in hand are worth keeping
        memo[text] = found
        return found

    def finditer(self, text: str):
        """All matches in the lower-cased text."""
        low = self._open(text)
        first = None if low is None else self.probe.search(low)
        return iter(()) if first is None else self.regex.finditer(low, first.start())


def cue(pattern: str, *, word_start: bool = True) -> Cue:
    """Compile a lower-case cue pattern for fast, case-blind searching."""
    return Cue(pattern, word_start=word_start)
