"""The newsroom-bot command line: run, chat, demo, ingest, extract, brief, reparse, eval, calibrate,
bench."""

import argparse
import asyncio
import json
import logging
import os
import sys
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

from bot import logsafe

BRIEFS = ("latest", "exchange", "strikes", "sources")
BENCHES = {
    "extract": "extract_bench",
    "stories": "story_bench",
    "broadcast": "broadcast_bench",
    "desk": "desk_bench",
    "webhook": "webhook_bench",
    "store": "store_bench",
    "faults": "faults_bench",
    "reruns": "rerun_bench",
}


def _setup_logging(level: str, token: str | None = None) -> None:
    logging.basicConfig(
        level=getattr(logging, level, logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # The token is masked in every line printed: messages, tracebacks, stderr (bot/logsafe.py).
    logsafe.protect(token)
    # httpx logs every request URL, and Bot API URLs contain the token.
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # APScheduler logs every run of the once-a-second outbox job at INFO.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)


def _config(args):
    from bot.config import Config

    config = Config.from_env()
    if getattr(args, "db", None):
        import dataclasses

        config = dataclasses.replace(config, db_path=args.db)
    return config


def cmd_run(args) -> int:
    """Run the bot with TELEGRAM_BOT_TOKEN: long polling, or a webhook when one is set."""
    from bot.app import build_application
    from bot.webhook import serve, webhook_settings

    config = _config(args)
    _setup_logging(config.log_level, config.token)
    if not config.token:
        print(
            "TELEGRAM_BOT_TOKEN is not set. Try `newsroom-bot chat` (local console) or "
            "`newsroom-bot demo` instead.",
            file=sys.stderr,
        )
        return 2
    try:
        settings = webhook_settings(config)
    except ValueError as problem:
        print(f"{problem}. `newsroom-bot doctor` checks every setting.", file=sys.stderr)
        return 2
    if settings is not None:
        logsafe.protect(settings.secret)  # PTB logs setWebhook's parameters at DEBUG
    try:
        serve(build_application(config), config, settings)
    except OSError as error:  # the webhook port is taken or not ours to listen on
        print(f"could not listen on {config.webhook_listen}: {error}", file=sys.stderr)
        return 1
    return 0


def cmd_doctor(args) -> int:
    """Check the configuration, the store and the token; exit 0, 1 (warnings) or 2."""
    from bot.doctor import diagnose, exit_status, render
    from handlers.admin import bot_version

    findings = diagnose(db_path=args.db, offline=args.offline)
    print(render(findings, bot_version()))
    return exit_status(findings)


def cmd_chat(args) -> int:
    """Open the local console: the same Application, no token needed."""
    from bot.console import run_console

    config = _config(args)
    _setup_logging("WARNING")
    asyncio.run(run_console(config))
    return 0


class _Progress:
    """A one-line progress bar on stderr, shown only when there is a lot to do."""

    def __init__(self, total: int, enabled: bool):
        self.total, self.done, self.enabled = total, 0, enabled and total > 0
        self._shown = -1

    def show(self, done: int) -> None:
        """Redraw the bar for `done` parts read (at most once per per-mille)."""
        self.done = done
        step = done * 1000 // self.total if self.total else 0
        if not self.enabled or (step == self._shown and done < self.total):
            return
        self._shown = step
        filled = min(30, int(30 * done / self.total))
        print(
            f"\r[{'#' * filled}{' ' * (30 - filled)}] {done:,}/{self.total:,}",
            end="" if done < self.total else "\n",
            file=sys.stderr,
            flush=True,
        )


def sample_dir() -> Path:
    """The sample articles shipped with the package, used by the demo."""
    return Path(__file__).parent / "samples"


def ingest_paths(store, paths: list[Path], write=print) -> Counter:
    """Store every article found under the given paths; print a receipt or a progress bar.

    Files are decoded and stored by intake exactly as when they are sent to the bot, but
    streamed: a JSON Lines file is stored line by line as it is read, in batched commits.
    """
    import intake
    from bot.local_api import html_to_plain
    from briefings import render_intake
    from intake.documents import count_parts, file_parts
    from intake.paths import files_under
    from storage import NewSource

    files = [file for path in paths for file in files_under(Path(path))]
    sizes = [count_parts(file) or 1 for file in files]
    total = sum(sizes)
    many = total > 10
    progress = _Progress(total, many)
    tally: Counter = Counter()
    reasons: Counter = Counter()
    done = 0
    for file in files:
        batch = intake.ingest_parts(
            store,
            file_parts(file),
            NewSource(kind="file"),
            name=file.name,
            progress=lambda b, before=done: progress.show(before + b.read),
        )
        done += batch.read
        for key in ("stored", "duplicate", "near_duplicate", "refused", "blank"):
            tally[key] += getattr(batch, key)
        for _, why in batch.refusals:
            reasons[why] += 1
        if not many:
            write(f"{file.name}: {html_to_plain(render_intake(batch))}\n")
    if many:
        progress.show(total)
    write(
        f"{done:,} read: {tally['stored']:,} stored, {tally['duplicate']:,} already stored, "
        f"{tally['near_duplicate']:,} added as a source of a stored article, "
        f"{tally['refused']:,} refused"
        + (f", {tally['blank']:,} blank lines" if tally["blank"] else "")
    )
    for reason, n in reasons.most_common():
        write(f"  refused x{n}: {reason}")
    return tally


def cmd_ingest(args) -> int:
    """Store .txt, .html and .jsonl articles from disk."""
    from storage import Store

    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        print(f"no such file: {', '.join(missing)}", file=sys.stderr)
        return 2
    config = _config(args)
    store = Store.open(config.db_path)
    store.push_policy = config.push  # pushes queued from the command line follow NEWSROOM_PUSH
    store.subscriptions.push_max_age_days = config.push_max_age_days
    try:
        ingest_paths(store, [Path(p) for p in args.paths])
    finally:
        store.close()
    return 0


def render_brief(store, what: str, arg: str | None = None, lang: str = "en") -> str:
    """One briefing as Telegram HTML, straight from the store, as the bot would answer it."""
    import briefings
    from briefings.catalogue import t

    if what == "latest":
        return briefings.render_latest(store.latest_stories(int(arg or 5)), lang=lang)
    if what == "exchange":
        return briefings.render_exchange(store.exchanges(), store.returned_totals(), lang=lang)
    if what == "strikes":
        if arg == "week":
            nights = store.strike_nights(limit=7, within_days=7, sources=False)
            return briefings.render_strikes_week(nights, lang=lang)
        return briefings.render_strikes(store.strike_nights(limit=1, night=arg), lang=lang)
    words = (arg or "").split()
    if words and words[0].isdigit():
        # "12", or "12 page 2" for the next articles of a long story.
        page = int(words[2]) if len(words) == 3 and words[2].isdigit() else 1
        review = store.story_review(int(words[0]), for_editor=False, page=page)
        if review is None:
            return t(lang, "sources.no_story", n=arg)
        return briefings.render_story_review(review, lang=lang)
    return briefings.render_sources(store.story_sources(), lang=lang)


def cmd_brief(args) -> int:
    """Print a briefing from the store."""
    from bot.local_api import html_to_plain
    from storage import Store

    store = Store.open(_config(args).db_path)
    try:
        html = render_brief(store, args.what, args.arg, args.lang)
    finally:
        store.close()
    print(html if args.html else html_to_plain(html))
    return 0


def _extract_one(text: str, published: date | None, outlet: str | None) -> dict:
    from extraction import extract
    from intake import prepare_text

    return extract(prepare_text(text), published=published, outlet=outlet)


def _parse_date(value) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def cmd_extract(args) -> int:
    """Print what the extractor understands, as in docs/EXTRACT.md."""
    try:
        stream = sys.stdin if args.path in (None, "-") else open(args.path, encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        print(f"cannot open {args.path}: {exc}", file=sys.stderr)
        return 2
    with stream:
        if not args.jsonl:
            published = _parse_date(args.published) if args.published else None
            result = _extract_one(stream.read(), published, args.outlet)
            print(json.dumps(result, ensure_ascii=False, indent=2))
            return 0
        from intake.documents import iso_day, jsonl_rows

        for _, row, problem in jsonl_rows(stream.read()):
            row_id = row.get("id") if row else None
            try:
                if row is None:
                    raise ValueError(problem)
                result = _extract_one(
                    str(row.get("text") or ""), iso_day(row.get("published")), row.get("outlet")
                )
                out = {"id": row_id, **result}
            except Exception as exc:  # one bad line must not stop the run
                out = {"id": row_id, "error": f"{type(exc).__name__}: {exc}"}
            print(json.dumps(out, ensure_ascii=False), flush=False)
    return 0


def cmd_reparse(args) -> int:
    """Re-derive every stored article's date, nights and figures with the current rules."""
    from intake.reparse import reparse
    from storage import Store

    store = Store.open(_config(args).db_path)
    try:
        n = reparse(store)
    finally:
        store.close()
    print(f"re-parsed {n} articles")
    return 0


def cmd_demo(args) -> int:
    """Ingest the shipped sample articles and print the briefings; no token needed."""
    from bot.console import Console
    from storage import Store

    config = _config(args)
    _setup_logging("WARNING")
    with tempfile.TemporaryDirectory() as tmp:
        db_path = args.db or str(Path(tmp) / "demo.db")
        store = Store.open(db_path)
        print(f"== Ingesting the sample articles into {db_path}\n")
        ingest_paths(store, [sample_dir()])

        async def briefs() -> None:
            async with Console(config, store=store) as console:
                for command in ("/exchange", "/strikes", "/latest"):
                    print(f"\n== {command}\n")
                    await console.send(command)

        asyncio.run(briefs())
        store.close()
    return 0


def _write_output(data: bytes, out: str) -> None:
    if out == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        Path(out).write_bytes(data)
        print(f"wrote {out} ({len(data):,} bytes)", file=sys.stderr)


def cmd_export(args) -> int:
    """Write the figures as CSV, the same file /export sends."""
    from briefings.export_csv import render_csv
    from handlers.desk import export_filename
    from storage import Store

    if args.since and _parse_iso(args.since) is None:
        print(f"not a date: {args.since} (use YYYY-MM-DD)", file=sys.stderr)
        return 2
    store = Store.open(_config(args).db_path)
    try:
        rows = store.desk.figures_for_export(args.what, args.since)
    finally:
        store.close()
    _write_output(render_csv(rows), args.output or export_filename(args.what, args.since))
    return 0


def _parse_iso(value: str) -> str | None:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        return None


def cmd_chart(args) -> int:
    """Write a chart as PNG, the same image /chart sends."""
    from briefings import charts
    from handlers.desk import parse_chart_args
    from storage import Store

    parsed = parse_chart_args([args.kind, *([args.range] if args.range else [])])
    if parsed is None:
        print("range: 30d, 90d or YYYY-MM-DD..YYYY-MM-DD", file=sys.stderr)
        return 2
    kind, days, start, end = parsed
    store = Store.open(_config(args).db_path)
    try:
        if kind == "strikes":
            series = store.desk.strike_chart(days, start, end)
            empty = not series.start or series.is_empty()
            render = charts.render_strikes_png
        else:
            series = store.desk.swap_chart(start, end)
            empty = not series.dates
            render = charts.render_swaps_png
    finally:
        store.close()
    if empty:
        print("nothing to chart in that range", file=sys.stderr)
        return 1
    _write_output(render(series, args.lang), args.output or f"newsroom-chart-{kind}.png")
    return 0


def cmd_metadata(args) -> int:
    """Write the datasette metadata beside the database and say how to browse it."""
    from storage import Store
    from storage.datasette import write_metadata

    db_path = _config(args).db_path
    Store.open(db_path).close()  # creates or migrates it, so the views exist
    path = write_metadata(db_path)
    if path is None:
        print(f"could not write the metadata beside {db_path}", file=sys.stderr)
        return 1
    print(f"wrote {path}\nbrowse with: datasette {db_path} --metadata {path}")
    return 0


def cmd_eval(args) -> int:
    """Score the extractor on an annotated corpus (precision, recall, F1)."""
    from extraction.evaluate import main as eval_main

    return eval_main([args.path, *(["--verbose"] if args.verbose else [])])


def cmd_calibrate(args) -> int:
    """Fit the extractor's confidence model on labelled articles (extraction/fitting.py)."""
    from extraction.fitting import main as fit_main

    return fit_main(args.rest)


def cmd_lemma_index(args) -> int:
    """Rebuild the lemma index after a vocabulary table changed (extraction/lemma_index.py)."""
    from extraction.lemma_index import main as index_main

    argv = ["--workers", str(args.workers)] + (["--out", args.out] if args.out else [])
    return index_main(argv + (["--words-from", *args.words_from] if args.words_from else []))


def cmd_bench(args) -> int:
    """Run a benchmark and print its figures."""
    import importlib

    module = importlib.import_module(f"bench.{BENCHES[args.what]}")
    return module.main(args.rest)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(
        prog="newsroom-bot",
        description="Live briefings on a developing story, from forwarded articles.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def add(name, func, help_text):
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(func=func)
        return p

    for name, func, text in (
        ("run", cmd_run, "run the bot: long polling, or a webhook (needs TELEGRAM_BOT_TOKEN)"),
        ("chat", cmd_chat, "local console: talk to the bot in the terminal, no token needed"),
        ("demo", cmd_demo, "ingest the sample articles and print the briefings"),
        ("reparse", cmd_reparse, "re-derive stored articles' figures with the current extractor"),
        ("metadata", cmd_metadata, "write datasette metadata beside the database"),
    ):
        add(name, func, text).add_argument("--db", help="database file (default $NEWSROOM_DB)")
    p = add("ingest", cmd_ingest, "store .txt, .html and .jsonl articles from disk")
    p.add_argument("paths", nargs="+")
    p.add_argument("--db")
    p = add("brief", cmd_brief, "print a briefing")
    p.add_argument("what", choices=BRIEFS)
    p.add_argument("arg", nargs="?", help="latest: N; strikes: YYYY-MM-DD or week; sources: N")
    p.add_argument("--html", action="store_true", help="print Telegram HTML, not plain text")
    p.add_argument("--lang", choices=("en", "uk"), default="en", help="the briefing's language")
    p.add_argument("--db")
    p = add("export", cmd_export, "write the figures as CSV with their provenance, as /export")
    p.add_argument("what", nargs="?", default="all", choices=("strikes", "exchange", "all"))
    p.add_argument("--since", help="only figures from this day on (YYYY-MM-DD)")
    p.add_argument("-o", "--output", help="file to write, '-' for standard output")
    p.add_argument("--db")
    p = add("chart", cmd_chart, "write a PNG chart of strike nights or swaps, as /chart")
    p.add_argument("kind", choices=("strikes", "exchange"))
    p.add_argument("range", nargs="?", help="strikes: 30d, 90d or FROM..TO; exchange: FROM..TO")
    p.add_argument("--lang", default="en", choices=("en", "uk"), help="labels' language")
    p.add_argument("-o", "--output", help="file to write, '-' for standard output")
    p.add_argument("--db")
    p = add("extract", cmd_extract, "print the extraction of one article (or JSON Lines) as JSON")
    p.add_argument("path", nargs="?", default="-")
    p.add_argument("--jsonl", action="store_true")
    p.add_argument("--published")
    p.add_argument("--outlet")
    p = add("eval", cmd_eval, "score the extractor on an annotated corpus directory")
    p.add_argument("path", nargs="?", default="tests/corpus")
    p.add_argument("--verbose", action="store_true")
    p = add("calibrate", cmd_calibrate, "fit the extractor's confidence model on labelled copy")
    p.add_argument("rest", nargs=argparse.REMAINDER, help="LABELS.jsonl ... [--out F] [--dry-run]")
    p = add("lemma-index", cmd_lemma_index, "rebuild the lemma index after a vocabulary change")
    p.add_argument("--out", help="where to write it (default: extraction/lemma_index.json)")
    p.add_argument("--words-from", nargs="*", default=[], help="text files whose words to check")
    p.add_argument("--workers", type=int, default=2, help="processes checking words (2)")
    p = add("doctor", cmd_doctor, "check configuration, store and token; exit 0, 1 or 2")
    p.add_argument("--db", help="database file (default $NEWSROOM_DB)")
    p.add_argument("--offline", action="store_true", help="do not ask Telegram")
    p = add("bench", cmd_bench, "run a benchmark: " + ", ".join(sorted(BENCHES)))
    p.add_argument("what", choices=sorted(BENCHES))
    p.add_argument("rest", nargs=argparse.REMAINDER)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `newsroom-bot` command."""
    # Before anything can fail: no traceback or log line will show the token.
    logsafe.protect(os.environ.get("TELEGRAM_BOT_TOKEN"))
    args = build_parser().parse_args(argv)
    try:
        return args.func(args) or 0
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        if type(error).__name__ == "InvalidToken":  # telegram.error, not imported up front
            print(
                "Telegram refused the bot token (unknown or revoked): check TELEGRAM_BOT_TOKEN "
                "(and TELEGRAM_BASE_URL, if set).",
                file=sys.stderr,
            )
            return 1
        raise


if __name__ == "__main__":
    sys.exit(main())
