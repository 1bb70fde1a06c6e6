"""Same output, before and after: record extract() on many texts, then compare, key by key.

A speed change to the extractor lands only when this finds zero differences. Record at the base
commit, change the code, compare:

    python -m bench.extract_equivalence record /tmp/base.jsonl tests/corpus more.jsonl
    python -m bench.extract_equivalence compare /tmp/base.jsonl tests/corpus more.jsonl

Inputs are paths: JSON Lines files (objects with `text` and optional `published`) and
directories (their .txt, .md and .html files; a .json beside a .txt may give `published`).
The bench's own generators add English (templated and real-copy-shaped) and Ukrainian/Russian
articles, and every text also gives fuzzed variants (case, line breaks, shuffled sentences,
changed numbers, splices, furniture, odd characters, HTML), each read with and without a date.
The whole result is compared: every key, evidence offsets, confidence, uncertain, warnings.
Nothing of the inputs is stored beyond the output file the caller names.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import html
import json
import logging
import random
import re
import sys
import time
from pathlib import Path

from bench.extract_bench import make_article, make_real_shaped, make_ukru

_PUBLISHED = dt.date(2024, 12, 3)


def _read_inputs(paths: list[str]) -> list[tuple[str, dt.date | None]]:
    """(text, published) from JSON Lines files and directories of articles."""
    rows: list[tuple[str, dt.date | None]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for item in sorted(path.rglob("*")):
                if item.suffix not in (".txt", ".md", ".html") or not item.is_file():
                    continue
                day = None
                meta = item.with_suffix(".json")
                if meta.exists():
                    try:
                        day = json.loads(meta.read_text(encoding="utf-8")).get("published")
                    except (ValueError, AttributeError):
                        day = None
                rows.append((item.read_text(encoding="utf-8", errors="replace"), _day(day)))
        else:
            with path.open(encoding="utf-8") as stream:
                for line in stream:
                    if line.strip():
                        item = json.loads(line)
                        rows.append((item.get("text") or "", _day(item.get("published"))))
    return rows


def _day(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _generated(count: int, seed: int) -> list[tuple[str, dt.date | None]]:
    rng = random.Random(seed)
    rows = [(make_article(rng), _PUBLISHED) for _ in range(count)]
    rows += [(make_real_shaped(rng), _PUBLISHED) for _ in range(count)]
    rows += [(make_ukru(rng), _PUBLISHED) for _ in range(max(1, count // 2))]
    return rows


_FURNITURE = [
    "News", "# ", "Photo: Reuters", "By Olena Koval", "5 min read", "Read also: Prices rise",
    "Tuesday, 18 March 2025, 19:26", "Share", "Новини", "Фото: УНН", "**Breaking:** ",
    "KYIV (Reuters) - ", "Нагадаємо, ", "Context", "Довідка:", "- ", "> ", "[Menu](/x)",
]  # fmt: skip
_ODD = ["\u00a0", "’", "“", "”", "«", "»", "—", "–", "…", "İ", "ẞ", "\t", "  ", "ʼ", "\u200b"]
_NUMBER = re.compile(r"\d+")


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+", text)


def _fuzz(text: str, rng: random.Random, other: str) -> list[str]:
    """Variants of a text that keep its shape but move, bend or mix its parts."""
    lines = text.split("\n")
    paras = [p for p in text.split("\n\n") if p.strip()]
    out = [
        text.lower(),
        text.upper()[: len(text) // 3] + text[len(text) // 3 :],
        " ".join(text.split()),  # one line
        "\n".join(s for p in paras for s in _sentences(p)),  # a sentence per line
        "\n\n".join(reversed(paras)),
        "\n".join(rng.sample(lines, len(lines))),
        _NUMBER.sub(lambda m: str(rng.choice([1, 2, 7, 13, 40, 57, 139, 176, 1200, 2024])), text),
        text[: rng.randint(0, len(text))],
        text[: len(text) // 2] + other[len(other) // 2 :],
        rng.choice(_FURNITURE) + "\n" + rng.choice(_FURNITURE) + "\n" + text,
        "".join(c + rng.choice(_ODD) if rng.random() < 0.02 else c for c in text),
        "<html><body>" + "".join(f"<p>{html.escape(p)}</p>" for p in paras) + "</body></html>",
        " ".join(w for w in text.split(" ") if rng.random() < 0.9),
    ]
    return out


def _cases(args) -> list[tuple[str, dt.date | None]]:
    base = _read_inputs(args.inputs) + _generated(args.generated, args.seed)
    rows = list(base)
    rng = random.Random(args.seed)
    for i, (text, day) in enumerate(base):
        if not text:
            continue
        variants = _fuzz(text, rng, base[(i * 7 + 3) % len(base)][0])
        for j, variant in enumerate(variants[: args.fuzz]):
            rows.append((variant, day if j % 2 == 0 else None))
    return rows


def _key(index: int, text: str, day: dt.date | None) -> str:
    digest = hashlib.sha1(f"{day}|{text}".encode()).hexdigest()[:16]
    return f"{index}:{digest}"


def _run(rows):
    from extraction import extract

    for i, (text, day) in enumerate(rows):
        yield _key(i, text, day), extract(text, published=day)


def _diff(a, b, path: str = "") -> list[str]:
    if type(a) is not type(b):
        return [f"{path}: {a!r} != {b!r}"]
    if isinstance(a, dict):
        out = []
        for k in sorted(set(a) | set(b), key=str):
            if k not in a or k not in b:
                out.append(f"{path}.{k}: only in {'new' if k in b else 'base'}")
            else:
                out += _diff(a[k], b[k], f"{path}.{k}")
        return out
    if isinstance(a, list):
        if len(a) != len(b):
            return [f"{path}: {len(a)} items != {len(b)} items"]
        return [
            d
            for i, (x, y) in enumerate(zip(a, b, strict=True))
            for d in _diff(x, y, f"{path}[{i}]")
        ]
    return [] if a == b else [f"{path}: {a!r} != {b!r}"]


def main(argv: list[str] | None = None) -> int:
    """Record extract() output on many texts, or compare it with a recording."""
    parser = argparse.ArgumentParser(prog="python -m bench.extract_equivalence")
    parser.add_argument("mode", choices=["record", "compare"])
    parser.add_argument("recording", help="the JSON Lines file written by record")
    parser.add_argument("inputs", nargs="*", help="JSON Lines files and directories of articles")
    parser.add_argument("--generated", type=int, default=300, help="generated articles per kind")
    parser.add_argument("--fuzz", type=int, default=13, help="fuzzed variants per text (max 13)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--show", type=int, default=10, help="differences to print")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.CRITICAL)
    rows = _cases(args)
    t0 = time.process_time()
    if args.mode == "record":
        with open(args.recording, "w", encoding="utf-8") as out:
            for key, result in _run(rows):
                out.write(json.dumps({"key": key, "out": result}, ensure_ascii=False, default=str))
                out.write("\n")
        print(f"recorded {len(rows)} results in {time.process_time() - t0:.1f} s CPU")
        return 0
    with open(args.recording, encoding="utf-8") as stream:
        base = {item["key"]: item["out"] for item in map(json.loads, stream)}
    differing = missing = 0
    for key, result in _run(rows):
        if key not in base:
            missing += 1
            continue
        found = _diff(base[key], json.loads(json.dumps(result, ensure_ascii=False, default=str)))
        if found:
            differing += 1
            if differing <= args.show:
                print(f"{key}: " + "; ".join(found[:5]))
    print(
        f"compared {len(rows) - missing} results ({missing} not in the recording): "
        f"{differing} differ; {time.process_time() - t0:.1f} s CPU"
    )
    return 1 if differing or missing else 0


if __name__ == "__main__":
    sys.exit(main())
