"""Forget everything the extractor remembers between calls (for honest benchmarks and tests).

Sentence-level caches make a second read of the same sentence nearly free; in a benchmark that
repeats sentences they flatter the figures. clear() empties every lru_cache in the package and
every cue's and gated pattern's per-sentence memo (cues.MEMOS, wherever the pattern is kept);
word-form lemma caches are kept only if asked.
"""

from __future__ import annotations

import functools
import sys

from extraction.cues import MEMOS, Cue


def _values(values, depth: int = 0):
    """Module attributes and what lists, tuples and dicts of them hold (cues sit in tables)."""
    for value in values:
        yield value
        if depth < 3 and isinstance(value, (list, tuple)):
            yield from _values(value, depth + 1)
        elif depth < 3 and isinstance(value, dict):
            yield from _values(value.values(), depth + 1)


def clear(*, keep_lemmas: bool = False) -> int:
    """Empty the package's caches; returns how many were cleared."""
    cleared = 0
    for memo in MEMOS:
        memo.clear()
    for name, module in list(sys.modules.items()):
        if not name.startswith("extraction") or module is None:
            continue
        for attr in _values(vars(module).values()):
            if isinstance(attr, Cue):
                attr._memo.clear()
                cleared += 1
            elif isinstance(attr, functools._lru_cache_wrapper):
                if (
                    keep_lemmas
                    and attr.__module__ == "extraction.lemmas"
                    and attr.__name__ in ("lemmas",)
                ):
                    continue
                attr.cache_clear()
                cleared += 1
    return cleared
