"""One person, one name: the spellings outlets give one person folded into the first one seen.

Outlets transliterate differently ("Volodymyr Zelenskyy", "Volodymyr Zelensky", "Zelenskiy",
"Володимир Зеленський"). Two names are one person when their surnames have the same stem, read
in Latin letters with the usual transliteration endings ("-yy", "-iy", "-yi", "-ii") set
aside, and their first names agree (the same, one left out, or the same name in another
language, FIRST_NAMES). Data, not prose: the names themselves are shown as an outlet wrote them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# Ukrainian and Russian letters in Latin (close to the national transliteration; what matters
# is that each outlet's spelling of one name lands on the same stem).
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ё": "yo",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ъ": "", "ы": "y", "э": "e",
    "ю": "yu", "я": "ya", "'": "", "’": "", "ʼ": "",
}  # fmt: skip

# One first name as outlets write it in different languages -> one key.
FIRST_NAMES = {
    "vladimir": "volodymyr",
    "oleg": "oleh",
    "dmitry": "dmytro",
    "dmitriy": "dmytro",
    "dmitri": "dmytro",
    "andrei": "andriy",
    "andrey": "andriy",
    "andrii": "andriy",
    "sergei": "serhiy",
    "sergey": "serhiy",
    "serhii": "serhiy",
    "mikhail": "mykhailo",
    "alexander": "oleksandr",
    "aleksandr": "oleksandr",
    "alexei": "oleksiy",
    "aleksei": "oleksiy",
    "oleksii": "oleksiy",
    "yuri": "yuriy",
    "yurii": "yuriy",
    "kirill": "kyrylo",
    "grigory": "hryhoriy",
    "nikolai": "mykola",
    "igor": "ihor",
    "maria": "mariya",
}


def _latin(word: str) -> str:
    word = unicodedata.normalize("NFKC", word).casefold()
    return "".join(_CYRILLIC.get(c, c) for c in word)


def _letters(word: str) -> str:
    # i, y and j are where transliterations of one name differ most ("Andrii", "Andriy").
    return re.sub(r"[iyj]+", "y", re.sub(r"[^a-z]", "", _latin(word)))


def _stem(word: str) -> str:
    """A surname's stem: 'zelenskyy', 'zelensky', 'zelenskiy', 'zelenskyi' -> 'zelensk'."""
    word = _letters(word).replace("kh", "h")
    return word.rstrip("y") or word


_ALIASES = {_letters(other): _letters(name) for other, name in FIRST_NAMES.items()}


def _first(word: str) -> str:
    key = _letters(word)
    return _ALIASES.get(key, key)


# A swap's story repeats a few names in every report: each spelling is read into its parts
# once, not once per comparison (the /exchange briefing folds every report's names).
@lru_cache(maxsize=4096)
def _parts(name: str) -> tuple[str | None, str]:
    words = name.split()
    if not words:
        return None, ""
    return (_first(words[0]) if len(words) > 1 else None), _stem(words[-1])


def same_person(a: str, b: str) -> bool:
    """Whether two names are one person spelt two ways (see the module's note)."""
    first_a, last_a = _parts(a)
    first_b, last_b = _parts(b)
    if not last_a or last_a != last_b:
        return False
    return first_a is None or first_b is None or first_a == first_b


def fold_people(names: Iterable[str]) -> list[str]:
    """Each person once, under the first spelling seen; a full name replaces a lone surname
    seen before it."""
    out: list[str] = []
    for name in names:
        name = " ".join(str(name).split())
        if not name:
            continue
        known = next((i for i, seen in enumerate(out) if same_person(seen, name)), None)
        if known is None:
            out.append(name)
        elif len(out[known].split()) == 1 and len(name.split()) > 1:
            out[known] = name
    return out
