"""Benchmark: how long assigning an article to a story takes with many stories stored."""

import argparse
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from storage import NewSource, Store

_WORDS = [
    "officials",
    "said",
    "the",
    "region",
    "overnight",
    "power",
    "grid",
    "repair",
    "crews",
    "hospital",
    "school",
    "bridge",
    "river",
    "village",
    "council",
    "statement",
    "ministry",
    "talks",
    "border",
    "convoy",
    "shelling",
    "residents",
    "water",
    "heating",
    "train",
    "station",
    "market",
    "warehouse",
    "factory",
    "airport",
    "port",
    "field",
    "harvest",
    "winter",
    "morning",
    "evening",
]


def _text(rng: random.Random, n_words: int = 180) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(n_words)) + "."


def _extraction(rng: random.Random, day: date, i: int) -> dict:
    kind = rng.random()
    out = {
        "title": f"Report {i}",
        "published": day.isoformat(),
        "language": "en",
        "outlet": None,
        "people": [],
        "exchange": None,
        "strikes": [],
    }
    if kind < 0.3:
        out["exchange"] = {
            "count": rng.randint(50, 1500),
            "returned": None,
            "status": "negotiating",
            "mediators": [],
            "framework": None,
        }
    else:
        out["strikes"] = [
            {
                "attacker": "russia",
                "claimant": "Ukrainian Air Force",
                "date": day.isoformat(),
                "drones_launched": rng.randint(10, 300),
                "drones_downed": rng.randint(5, 200),
                "regions": [],
                "targets": [],
            }
        ]
    return out


def main(argv: list[str] | None = None) -> int:
    """Fill a store with N stories, then time story assignment for new articles."""
    parser = argparse.ArgumentParser(prog="newsroom-bot bench stories")
    parser.add_argument("--stories", type=int, default=10_000)
    parser.add_argument("--probes", type=int, default=300)
    args = parser.parse_args(argv)
    rng = random.Random(7)
    start_day = date(1990, 1, 1)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "bench.db")
        t0 = time.perf_counter()
        for i in range(args.stories):
            day = start_day + timedelta(days=i)  # one attack night a day: mostly one story each
            store.save_article(f"{i} {_text(rng)}", _extraction(rng, day, i), NewSource())
        fill = time.perf_counter() - t0
        stories = store.counts()["stories"]
        timings: dict[str, list[float]] = {"new story": [], "same event": [], "syndicated copy": []}
        last_day = start_day + timedelta(days=args.stories)
        for i in range(args.probes):
            case = list(timings)[i % 3]
            if case == "syndicated copy":
                row = next(store.db["articles"].rows_where(order_by="random()", limit=1))
                text, extraction = "Copy: " + row["text"], {"title": "copy", "strikes": []}
            else:
                text = f"probe {i} {_text(rng)}"
                extraction = _extraction(rng, last_day, i)
                if case == "same event":
                    extraction["strikes"] = [
                        {
                            "attacker": "russia",
                            "claimant": "Kyiv Wire",
                            "date": (last_day - timedelta(days=1)).isoformat(),
                            "drones_downed": 3,
                        }
                    ]
            t = time.perf_counter()
            store.save_article(text, extraction, NewSource())
            timings[case].append((time.perf_counter() - t) * 1000)
        store.close()
    everything = [x for v in timings.values() for x in v]
    print(f"stored {args.stories:,} articles in {fill:.1f} s ({stories:,} stories)")
    for name, values in [*timings.items(), ("all", everything)]:
        values.sort()
        p99 = values[min(len(values) - 1, int(len(values) * 0.99))]
        print(
            f"save + story assignment, {name:16}: p50 {statistics.median(values):.2f} ms, "
            f"p99 {p99:.2f} ms (n={len(values)})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
