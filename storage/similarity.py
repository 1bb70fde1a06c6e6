"""Near-duplicate detection: word shingles, a bottom-k sketch to find candidates, containment."""

import re
import zlib

SHINGLE_WORDS = 5
SKETCH_SIZE = 32
# A copy that keeps this share of the shorter text's shingles is the same article.
NEAR_DUPLICATE = 0.7


def shingles(text: str) -> set[int]:
    """Hashes of every run of five words, lower-cased; stable across processes."""
    words = re.findall(r"\w+", text.casefold())
    if len(words) < SHINGLE_WORDS:
        return {zlib.crc32(" ".join(words).encode())} if words else set()
    return {
        zlib.crc32(" ".join(words[i : i + SHINGLE_WORDS]).encode())
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }


def sketch(hashes: set[int], k: int = SKETCH_SIZE) -> list[int]:
    """The k smallest shingle hashes: two texts sharing many shingles share many of these."""
    return sorted(hashes)[:k]


def containment(a: set[int], b: set[int]) -> float:
    """Share of the smaller set found in the other: 1.0 when one text is a trimmed copy."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
