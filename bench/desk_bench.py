"""Benchmark: /search, /export and /chart on a store of many articles."""

import argparse
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from bench.story_bench import _extraction, _text
from briefings import charts
from briefings.export_csv import render_csv
from briefings.search import render_search
from storage import NewSource, Store

QUERIES = ("shelling", "power grid", "hospital school", "drones", "talks border convoy", "zzz")


def _ms(values: list[float]) -> str:
    values = sorted(values)
    p99 = values[min(len(values) - 1, int(len(values) * 0.99))]
    return f"p50 {statistics.median(values):.1f} ms, p99 {p99:.1f} ms (n={len(values)})"


def main(argv: list[str] | None = None) -> int:
    """Fill a store with N articles, then time search, export and chart rendering."""
    parser = argparse.ArgumentParser(prog="newsroom-bot bench desk")
    parser.add_argument("--articles", type=int, default=3_000)
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args(argv)
    rng = random.Random(11)
    first = date(2020, 1, 1)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "bench.db")
        t0 = time.perf_counter()
        for i in range(args.articles):
            day = first + timedelta(days=i // 3)
            extraction = _extraction(rng, day, i)
            if i % 4 == 0:
                extraction["strikes"].append(
                    {"attacker": "ukraine", "claimant": "Russian Defence Ministry",
                     "date": day.isoformat(), "drones_downed": rng.randint(1, 80)}
                )  # fmt: skip
            store.save_article(f"{i} {_text(rng)}", extraction, NewSource(outlet=f"Outlet {i % 7}"))
        print(f"stored {args.articles:,} articles in {time.perf_counter() - t0:.1f} s")
        desk = store.desk
        timings = []
        for _ in range(args.repeats):
            for words in QUERIES:
                t = time.perf_counter()
                render_search(desk.search_articles(words, page=2))
                timings.append((time.perf_counter() - t) * 1000)
        print(f"/search (query + render, {len(QUERIES)} queries): {_ms(timings)}")
        t = time.perf_counter()
        rows = desk.figures_for_export("all")
        data = render_csv(rows)
        print(
            f"/export all: {len(rows):,} rows, {len(data) / 1e6:.1f} MB in "
            f"{time.perf_counter() - t:.2f} s"
        )
        for days in (30, 90):
            t = time.perf_counter()
            series = desk.strike_chart(days)
            query = time.perf_counter() - t
            t = time.perf_counter()
            png = charts.render_strikes_png(series)
            print(
                f"/chart strikes {days}d: {len(series.nights)} nights, data {query * 1000:.0f} ms, "
                f"PNG {len(png) / 1e3:.0f} kB in {time.perf_counter() - t:.2f} s"
            )
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
