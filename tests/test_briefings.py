"""Briefing renderers: pure functions, valid Telegram HTML, safe splitting."""

import pytest

from briefings import render_exchange, render_receipt, render_strikes, split_message
from storage.views import Claim, ClaimantFigures, ExchangeView, NightView, SourceRef
from tests.support.telegram_html import parse_telegram_html

KW = SourceRef("Kyiv Wire", "https://t.me/kyivwire/1", "2023-12-03", "channel")
HT = SourceRef("Harbour <Times> & Co", None, "2023-12-03", "paste")


def test_receipt_escapes_and_attributes():
    extraction = {
        "title": "Drones & <missiles>",
        "published": "2023-12-03",
        "exchange": None,
        "strikes": [
            {
                "attacker": "russia",
                "claimant": "Ukrainian Air Force",
                "date": "2023-12-03",
                "drones_launched": 176,
                "missiles_launched": 1,
                "drones_downed": 139,
            },
            {
                "attacker": "ukraine",
                "claimant": "Russian Defence Ministry",
                "date": "2023-12-03",
                "drones_downed": 57,
            },
        ],
    }
    html = render_receipt(extraction, status="stored", story_sources=1, outlet="A & B")
    plain, _ = parse_telegram_html(html)
    assert "Drones & <missiles>" in plain and "A & B" in plain
    assert "176 drones + 1 missile launched, 139 drones downed (Ukrainian Air Force)" in plain
    assert "Russian Defence Ministry claims 57 Ukrainian drones downed" in plain


def test_exchange_shows_differing_counts_side_by_side():
    view = ExchangeView(
        story_id=1,
        title="Swap",
        status="completed",
        count=[Claim("count", "150", None, sources=[KW])],
        returned=[
            Claim("returned", "189", None, sources=[KW]),
            Claim("returned", "150", None, sources=[HT]),
        ],
        mediators=["United Arab Emirates"],
        framework=None,
        people=[],
        timeline=[],
        sources=[KW, HT],
    )
    plain, _ = parse_telegram_html(render_exchange([view]))
    assert "189 (Kyiv Wire) vs 150 (Harbour <Times> & Co) — figures differ" in plain
    assert "the UAE" in plain


def test_exchange_with_no_figures_leaves_no_wide_gap():
    view = ExchangeView(
        story_id=2,
        title="Swap carried out, numbers not given",
        status="completed",
        count=[],
        returned=[],
        mediators=[],
        framework=None,
        people=[],
        timeline=[],
        sources=[KW],
    )
    html = render_exchange([view])
    assert "\n\n\n" not in html
    plain, _ = parse_telegram_html(html)
    assert "Swap carried out, numbers not given" in plain and "Kyiv Wire" in plain


def test_strikes_leave_out_what_nobody_reported():
    night = NightView(
        "2023-12-03",
        [
            ClaimantFigures(
                "Ukrainian Air Force",
                "russia",
                {
                    "drones_launched": [
                        Claim("drones_launched", "176", "Ukrainian Air Force", sources=[KW])
                    ]
                },
                ["Odesa"],
                [],
                [KW],
            )
        ],
    )
    plain, _ = parse_telegram_html(render_strikes([night]))
    assert "Launched: 176 drones" in plain
    assert "missile" not in plain and "Downed" not in plain and "no report" not in plain
    assert " 0" not in plain


def test_strikes_show_differing_reports_each_with_its_outlet_then_the_other_weapon():
    def claim(field, value, *sources):
        return Claim(field, value, "Ukrainian Air Force", sources=list(sources))

    figures = {
        "drones_downed": [claim("drones_downed", "52", KW), claim("drones_downed", "55", HT)],
        "missiles_downed": [claim("missiles_downed", "2", KW, HT)],
    }
    night = NightView(
        "2023-12-03",
        [ClaimantFigures("Ukrainian Air Force", "russia", figures, [], [], [KW, HT])],
    )
    plain, _ = parse_telegram_html(render_strikes([night]))
    assert (
        "Downed: 52 drones (Kyiv Wire) or 55 drones (Harbour <Times> & Co) + 2 missiles"
        " — figures differ between reports"
    ) in plain


@pytest.mark.parametrize("limit", [50, 200, 4096])
def test_split_keeps_every_part_valid_and_under_the_limit(limit):
    line = 'Kyiv Wire <b>bold &amp; text</b> <a href="https://t.me/x/1">link</a> ' * 30
    html = "\n".join([line] * 20)
    parts = split_message(html, limit)
    assert all(len(p) <= limit for p in parts)
    for part in parts:
        parse_telegram_html(part)  # raises on a broken tag or entity
    rejoined = "".join(parse_telegram_html(p)[0].replace("\n", "") for p in parts)
    assert rejoined.replace(" ", "") == parse_telegram_html(html)[0].replace("\n", "").replace(
        " ", ""
    )


def test_split_prefers_line_boundaries():
    lines = [f"line {i} <b>x</b>" for i in range(1000)]
    parts = split_message("\n".join(lines), 4096)
    assert len(parts) > 1
    for part in parts:
        assert all(line in lines for line in part.split("\n"))


def test_a_receipt_names_no_claimant_that_gave_no_figure():
    # "Nearly two hundred drones", no exact figure: the air force is named, nothing is counted.
    extraction = {
        "title": "Drones over the south",
        "strikes": [{"claimant": "Ukrainian Air Force", "attacker": "russia", "date": None}],
    }
    html = render_receipt(extraction, status="stored", story_sources=1, outlet="Desk Wire")
    plain, _ = parse_telegram_html(html)
    assert "no figures (Ukrainian Air Force)" not in plain
    assert "No exchange or strike figures found in it." in plain
