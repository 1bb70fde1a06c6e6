"""Benchmark: saving and briefing as the store grows to 1k, 10k and 100k articles.

The store is filled the way a newsroom fills it: generated wire copy (bench/wire.py) goes
through the real path, `newsroom-bot ingest`'s (decode, date, extract, duplicate and
near-duplicate checks, story, facts, pushes queued), nothing precomputed. At each size it
prints what one more article costs to save and what each briefing costs to answer, p50 and
p99, CPU and wall, and each figure's ratio to the first size. Figures are printed, never
asserted.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import briefings
import intake
from bench.wire import wire_rows
from intake.documents import jsonl_parts
from intake.ingest import BATCH_ARTICLES
from storage import NewSource, Store


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


class _SaveTimer:
    """Wraps Store.save_article to time each call (wall and CPU) without changing it."""

    def __init__(self, store: Store):
        self.store = store
        self.original = store.save_article
        self.wall: list[float] = []
        self.cpu: list[float] = []
        self.on = False
        store.save_article = self  # type: ignore[method-assign]

    def __call__(self, *args, **kwargs):
        if not self.on:
            return self.original(*args, **kwargs)
        w, c = time.perf_counter(), time.process_time()
        try:
            return self.original(*args, **kwargs)
        finally:
            self.cpu.append((time.process_time() - c) * 1000)
            self.wall.append((time.perf_counter() - w) * 1000)


def _parts(rows: Iterator[dict], n: int, name: str) -> Iterator:
    """Rows as the parts a .jsonl file gives, through the real line decoder."""
    lines = (json.dumps(row, ensure_ascii=False) for row in itertools.islice(rows, n))
    return jsonl_parts(name, lines)


def _fill(store: Store, rows: Iterator[dict], n: int, name: str) -> tuple[float, float]:
    """Ingest n rows as one bulk import; (wall seconds, CPU seconds)."""
    w, c = time.perf_counter(), time.process_time()
    intake.ingest_parts(store, _parts(rows, n, name), NewSource(kind="file"), name=name)
    return time.perf_counter() - w, time.process_time() - c


def _briefings(store: Store) -> dict[str, Callable[[], str]]:
    latest = store.latest_stories(1)
    story = latest[0].story_id if latest else 1
    biggest = next(
        store.db.query(
            """select night, count(*) as n from facts where topic = 'strike'
            and night is not null group by night order by n desc limit 1"""
        ),
        {"night": None},
    )["night"]
    return {
        "/latest": lambda: briefings.render_latest(store.latest_stories(5)),
        "/exchange": lambda: briefings.render_exchange(store.exchanges(), store.returned_totals()),
        "/strikes (latest night)": lambda: briefings.render_strikes(store.strike_nights(limit=1)),
        "/strikes week": lambda: briefings.render_strikes_week(
            store.strike_nights(limit=7, within_days=7, sources=False)
        ),
        "/strikes biggest night": lambda: briefings.render_strikes(
            store.strike_nights(night=biggest)
        ),
        "/sources": lambda: briefings.render_sources(store.story_sources()),
        "/sources N (latest story)": lambda: briefings.render_story_review(
            store.story_review(story, for_editor=False)
        ),
    }


def _time(call: Callable[[], str], repeats: int, before: Callable[[], None]) -> list[float]:
    cpu = []
    for _ in range(repeats):
        before()
        c = time.process_time()
        call()
        cpu.append((time.process_time() - c) * 1000)
    return cpu


def _time_briefings(store: Store, repeats: int) -> dict[str, tuple[float, float, float, float]]:
    """Per briefing, CPU ms: warm p50/p99 (asked again, nothing changed: from memory) and cold
    p50/p99 (the store's memory emptied first, as right after an article changes it)."""
    out = {}
    for name, call in _briefings(store).items():
        call()  # the page cache as a running bot has it
        warm = _time(call, repeats, lambda: None)
        cold = _time(call, max(20, repeats // 4), store._memo.clear)
        out[name] = (
            statistics.median(warm), _pct(warm, 0.99), statistics.median(cold), _pct(cold, 0.99)
        )  # fmt: skip
    return out


def _size_per_1000(path: Path, articles: int) -> float:
    total = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    return total / 1024 / 1024 / max(1, articles) * 1000


def _wal_per_article(seed: int, batch: int) -> tuple[float, int]:
    """WAL KiB written per article for 300 articles saved into a store of 1,000, `batch`
    articles a commit (checkpoints held off, so the log holds every byte written)."""
    rows = wire_rows(seed + 1)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "wal.db"
        store = Store.open(path)
        parts = _parts(rows, 1000, "fill.jsonl")
        intake.ingest_parts(store, parts, NewSource(kind="file"), name="fill.jsonl")
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.db.execute("PRAGMA wal_autocheckpoint = 0")
        batch_receipt = intake.ingest_parts(
            store, _parts(rows, 300, "wal.jsonl"), NewSource(kind="file"), name="wal.jsonl",
            batch_articles=batch,
        )  # fmt: skip
        added = batch_receipt.stored + batch_receipt.near_duplicate
        size = Path(f"{path}-wal").stat().st_size
        store.db.close()
    return size / 1024 / max(1, added), added


def _print_briefings(store: Store, repeats: int, base: dict[str, float]) -> None:
    print(f"   {'briefing (CPU ms)':34} {'warm p50':>8} {'warm p99':>8} {'cold p50':>9} "
          f"{'cold p99':>9}  {'p50 vs first: warm':>18} {'cold':>6}")  # fmt: skip
    for name, (w50, w99, c50, c99) in _time_briefings(store, repeats).items():
        warm_ratio = w50 / base.setdefault(name + " warm", w50)
        cold_ratio = c50 / base.setdefault(name + " cold", c50)
        print(
            f"   {name:34} {w50:8.2f} {w99:8.2f} {c50:9.2f} {c99:9.2f}  "
            f"{warm_ratio:17.2f}x {cold_ratio:5.2f}x"
        )


def _save_cost(store: Store, saves: int, seed: int) -> None:
    """Time `saves` more articles saved onto the store (a bulk import of new wire copy, through
    the real ingest path) and print one save's CPU and wall p50/p99."""
    timer = _SaveTimer(store)
    timer.on = True
    # Copy the fill never gave: another seed's wire rows.
    _fill(store, wire_rows(seed + 1000), saves, "saves.jsonl")
    timer.on = False
    if not timer.cpu:
        print("   no article saved (all already stored)")
        return
    print(
        f"   save, one article of a bulk import ({len(timer.cpu)} saved): CPU p50 "
        f"{statistics.median(timer.cpu):.2f} p99 {_pct(timer.cpu, 0.99):.2f}, wall p50 "
        f"{statistics.median(timer.wall):.2f} p99 {_pct(timer.wall, 0.99):.2f} ms"
    )


def _briefings_of(path: Path, repeats: int, saves: int = 0, seed: int = 7) -> int:
    """Time each briefing, warm and cold, on a store filled earlier (migrated first); with
    `saves`, then time that many more articles saved onto it (the store is changed)."""
    if not path.exists():
        print(f"no store at {path}: make one with --keep {path}")
        return 1
    store = Store.open(path)
    counts = store.counts()
    print(
        f"{path}: {counts['articles']:,} articles, {counts['stories']:,} stories, "
        f"{counts['sources']:,} sources, {counts['facts']:,} figures; times in ms"
    )
    gc.collect()
    _print_briefings(store, repeats, {})
    if saves:
        _save_cost(store, saves, seed)
    store.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    """Fill stores to each size through the real ingest path and time saves and briefings."""
    parser = argparse.ArgumentParser(prog="newsroom-bot bench store", description=__doc__)
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated sizes")
    parser.add_argument("--probes", type=int, default=300, help="articles timed at each size")
    parser.add_argument("--repeats", type=int, default=200, help="runs of each briefing")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", help="keep the store at this path instead of a temp dir")
    parser.add_argument(
        "--no-wal", dest="wal", action="store_false", help="skip the write-ahead-log figures"
    )
    parser.add_argument(
        "--open",
        metavar="PATH",
        help="time the briefings on a store kept earlier (--keep), without filling one: "
        "seconds instead of minutes, to compare a change to the read path",
    )
    parser.add_argument(
        "--saves",
        type=int,
        default=0,
        metavar="N",
        help="with --open: then save N more articles onto that store (it is changed: use a "
        "copy) and print one save's cost, to compare with the first size's",
    )
    args = parser.parse_args(argv)
    if args.open:
        return _briefings_of(Path(args.open), args.repeats, args.saves, args.seed)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    rows = wire_rows(args.seed)
    print(
        "one process; the store filled through the real ingest path (extraction included); "
        "times in ms; briefings warm (asked again) and cold (right after a change: rebuilt)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.keep) if args.keep else Path(tmp) / "bench.db"
        store = Store.open(path)
        timer = _SaveTimer(store)
        base: dict[str, float] = {}
        done = 0
        for size in sizes:
            wall, cpu = _fill(store, rows, size - done - args.probes, f"fill-{size}.jsonl")
            filled = store.counts()["articles"]
            timer.on, timer.wall, timer.cpu = True, [], []
            w = time.perf_counter()
            _fill(store, rows, args.probes, f"probe-{size}.jsonl")
            per_article = (time.perf_counter() - w) * 1000 / args.probes
            timer.on = False
            done = size
            store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            counts = store.counts()
            gc.collect()
            print(
                f"\n== {size:,} rows ingested: {counts['articles']:,} articles, "
                f"{counts['stories']:,} stories, {counts['sources']:,} sources, "
                f"{counts['facts']:,} figures; fill {filled:,} articles in {wall:.0f} s wall, "
                f"{cpu:.0f} s CPU; store {_size_per_1000(path, counts['articles']):.1f} MB "
                f"per 1,000 articles"
            )
            save = (
                statistics.median(timer.cpu),
                _pct(timer.cpu, 0.99),
                statistics.median(timer.wall),
                _pct(timer.wall, 0.99),
            )
            print(f"   ingest incl. extraction: {per_article:.1f} ms per article (wall)")
            print(
                f"   save, one article of a bulk import: CPU p50 {save[0]:.2f} p99 {save[1]:.2f}"
                f", wall p50 {save[2]:.2f} p99 {save[3]:.2f} ms; p50 vs first size "
                f"{save[0] / base.setdefault('save', save[0]):.2f}x"
            )
            _print_briefings(store, args.repeats, base)
        store.close()
    if args.wal:
        for batch in (1, BATCH_ARTICLES):
            kib, added = _wal_per_article(args.seed, batch)
            print(f"\nwrite-ahead log: {kib:.0f} KiB per article, {batch} article(s) a commit "
                  f"({added} articles into a store of 1,000)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
