"""A regex alternation of words built as a trie, so `re` skips straight to the letters a word
can begin with instead of trying every word at every place."""

from __future__ import annotations

import re


def trie_alternation(words, *, first_guard: str = "") -> str:
    """An alternation of `words` grouped by first letters (a trie); `first_guard` stands after
    the first letter only (a look-behind read there is tried at far fewer places). Where a
    word ends inside a longer one, the longer is tried first, as in a longest-first list."""
    heads: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        heads.setdefault(word[:1], []).append(word[1:])
    options = []
    for head, rests in heads.items():
        more = [r for r in rests if r]
        rest = trie_alternation(more) if more else ""
        if more and "" in rests:
            rest = f"(?:{rest})?"  # the word may end here, or go on (longer first)
        options.append(re.escape(head) + first_guard + rest)
    return "(?:" + "|".join(options) + ")"
