"""Chart figures → PNG with matplotlib's Agg backend (no display, no pyplot global state).

`plot_strikes` and `plot_swaps` take the series the store hands over and draw exactly those
values; `render_*_png` turn them into PNG bytes. Call them off the event loop (a thread): a
render takes a few hundred milliseconds.
"""

from __future__ import annotations

import html as htmllib
import io
import threading
from datetime import date, timedelta

from briefings.catalogue import Html, t
from briefings.html import day
from briefings.names import outlet_name
from storage.views import StrikeSeries, SwapSeries

# Agg is thread-safe per figure, but font loading and the first import are not guaranteed to
# be: one render at a time (charts are rare and fast).
_LOCK = threading.Lock()
_DPI = 110
_COLOURS = {
    "launched": "#9db4cc",
    "downed": "#1f4e79",
    "russia": "#b03a2e",
    "returned": "#2e7d32",
}
MAX_OUTLETS = 6


def _matplotlib():
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    return Figure


def _days(values: list[str]) -> list[date]:
    return [date.fromisoformat(v) for v in values]


def _plain(lang: str, key: str, **values: object) -> str:
    """A catalogue message as plain text, for labels drawn inside the PNG."""
    return htmllib.unescape(t(lang, key, **values))


def span(start: str, end: str, lang: str = "en") -> str:
    """'4 Nov 2023 – 3 Dec 2023', or one day once (plain text)."""
    first, last = htmllib.unescape(day(start, lang)), htmllib.unescape(day(end, lang))
    return first if start == end else f"{first} – {last}"


def outlets_text(outlets: list[str], lang: str = "en", limit: int = MAX_OUTLETS) -> str:
    """'Kyiv Wire, Harbour Times and 3 more' (plain text)."""
    shown = ", ".join(outlet_name(o, lang) for o in outlets[:limit]) or "—"
    if len(outlets) > limit:
        shown += " " + _plain(lang, "chart.more_outlets", n=len(outlets) - limit)
    return shown


def _style(ax, lang: str) -> None:
    from matplotlib.dates import num2date
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no 2.5 missiles
    ax.xaxis.set_major_formatter(  # "3 Dec 2023" / "3 груд. 2023": the catalogue's dates
        FuncFormatter(lambda x, _: htmllib.unescape(day(num2date(x).date().isoformat(), lang)))
    )
    # Above the plot, so a legend never hides a bar.
    ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncols=2, fontsize=8, frameon=False)


def _bars(ax, days: list[date], values: list[int | None], offset: float, width: float, **kw):
    points = [(d + timedelta(days=offset), v) for d, v in zip(days, values, strict=True)]
    kept = [(d, v) for d, v in points if v is not None]
    bars = ax.bar([d for d, _ in kept], [v for _, v in kept], width=width, **kw)
    if len(days) <= 31:  # few nights: print each figure on its bar
        ax.bar_label(bars, labels=[f"{v:,}" for _, v in kept], fontsize=7, padding=1)
    return bars


def _footer(fig, outlets: list[str], lang: str) -> None:
    fig.supxlabel(
        _plain(lang, "chart.source_line", outlets=outlets_text(outlets, lang)),
        fontsize=7,
        color="#555555",
        x=0.01,
        ha="left",
    )


def plot_strikes(series: StrikeSeries, lang: str = "en"):
    """A figure of the Air Force's launched/downed drones and missiles per night, and Russia's
    claims in a panel of their own."""
    figure_class = _matplotlib()
    has_russia = any(v is not None for v in series.russia_downed)
    panels = 3 if has_russia else 2
    fig = figure_class(figsize=(10, 2.6 * panels + 1.2), dpi=_DPI, layout="constrained")
    axes = fig.subplots(panels, 1, sharex=True)
    days = _days(series.nights)
    width = 0.4 if len(days) < 40 else 0.45
    for ax, kind in zip(axes[:2], ("drones", "missiles"), strict=True):
        _bars(
            ax,
            days,
            series.air_force[f"{kind}_launched"],
            -width / 2,
            width,
            color=_COLOURS["launched"],
            label=_plain(lang, "chart.launched"),
        )
        _bars(
            ax,
            days,
            series.air_force[f"{kind}_downed"],
            width / 2,
            width,
            color=_COLOURS["downed"],
            label=_plain(lang, "chart.downed"),
        )
        ax.set_ylabel(_plain(lang, f"chart.{kind}"))
        _style(ax, lang)
    if any(v is not None for v in series.air_force.get("total_launched", [])) or any(
        v is not None for v in series.air_force.get("total_downed", [])
    ):
        # Totals with no split belong to neither panel alone: hatched, in the drones panel.
        for kind, offset in (("launched", -width / 2), ("downed", width / 2)):
            _bars(
                axes[0],
                days,
                series.air_force.get(f"total_{kind}", [None] * len(days)),
                offset,
                width,
                color="white",
                edgecolor=_COLOURS[kind],
                hatch="///",
                label=_plain(lang, f"chart.total_{kind}"),
            )
        _style(axes[0], lang)
    if has_russia:
        ax = axes[2]
        _bars(
            ax,
            days,
            series.russia_downed,
            0,
            width,
            color=_COLOURS["russia"],
            label=_plain(lang, "chart.russia_downed"),
        )
        ax.set_ylabel(_plain(lang, "chart.russia_panel"))
        _style(ax, lang)
    first, last = date.fromisoformat(series.start), date.fromisoformat(series.end)
    axes[-1].set_xlim(first - timedelta(days=1), last + timedelta(days=1))
    fig.autofmt_xdate()
    fig.suptitle(
        _plain(lang, "chart.strikes_title", span=span(series.start, series.end, lang)), fontsize=13
    )
    _footer(fig, series.outlets, lang)
    return fig


def plot_swaps(series: SwapSeries, lang: str = "en"):
    """A figure of the people each completed swap brought home, by swap date."""
    figure_class = _matplotlib()
    fig = figure_class(figsize=(10, 5), dpi=_DPI, layout="constrained")
    ax = fig.subplots()
    days = _days(series.dates)
    seen: dict[date, int] = {}
    placed = []
    for d in days:  # two swaps on one day stand side by side, not on top of each other
        placed.append(d + timedelta(days=0.6 * seen.get(d, 0)))
        seen[d] = seen.get(d, 0) + 1
    bars = ax.bar(
        placed,
        series.returned,
        width=2.5,
        color=_COLOURS["returned"],
        label=_plain(lang, "chart.returned"),
    )
    ax.bar_label(bars, labels=[f"{v:,}" for v in series.returned], fontsize=8, padding=2)
    ax.set_ylabel(_plain(lang, "chart.returned"))
    _style(ax, lang)
    if days:
        ax.set_xlim(min(days) - timedelta(days=10), max(days) + timedelta(days=10))
    fig.autofmt_xdate()
    fig.suptitle(
        _plain(lang, "chart.swaps_title", span=span(series.dates[0], series.dates[-1], lang)),
        fontsize=13,
    )
    _footer(fig, series.outlets, lang)
    return fig


def _png(fig) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    buffer = io.BytesIO()
    FigureCanvasAgg(fig).print_png(buffer)
    return buffer.getvalue()


def render_strikes_png(series: StrikeSeries, lang: str = "en") -> bytes:
    """The strikes chart as PNG bytes."""
    with _LOCK:
        return _png(plot_strikes(series, lang))


def render_swaps_png(series: SwapSeries, lang: str = "en") -> bytes:
    """The swaps chart as PNG bytes."""
    with _LOCK:
        return _png(plot_swaps(series, lang))


def strikes_caption(series: StrikeSeries, lang: str = "en") -> str:
    """Title, dates and sources of the strikes chart, as Telegram HTML (under 1,024 chars)."""
    return t(
        lang,
        "chart.strikes_caption",
        span=span(series.start, series.end, lang),
        nights=t(lang, "chart.nights", count=len(series.nights)),
        outlets=outlets_text(series.outlets, lang),
        asof=Html(day(series.last_reported, lang)),
    )


def swaps_caption(series: SwapSeries, lang: str = "en") -> str:
    """Title, dates and sources of the swaps chart, as Telegram HTML (under 1,024 chars)."""
    return t(
        lang,
        "chart.swaps_caption",
        span=span(series.dates[0], series.dates[-1], lang),
        swaps=t(lang, "chart.swaps", count=len(series.dates)),
        people=sum(series.returned),
        outlets=outlets_text(series.outlets, lang),
    )
