"""Evidence, confidence, `uncertain` and `warnings`: what an editor checks against the text."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from extraction import extract
from extraction.evidence import CONFIDENCE_THRESHOLD

DAY = dt.date(2025, 3, 9)


def _all_evidence(result):
    for strike in result["strikes"]:
        yield from strike["evidence"].values()
    if result["exchange"]:
        yield from result["exchange"]["evidence"].values()
    for item in result["uncertain"]:
        yield item["evidence"]


def test_html_offsets_point_into_the_reduced_text():
    page = (
        "<html><body><h1>Night attack</h1><p>Russia launched 48 drones overnight, the air "
        "force said.</p><p>Air defences shot down 40 of them.</p></body></html>"
    )
    from extraction import html_to_text

    text = html_to_text(page)
    result = extract(page, published=DAY)
    (strike,) = result["strikes"]
    ev = strike["evidence"]["drones_downed"]
    assert text[ev["start"] : ev["end"]] == ev["quote"]
    assert "40 of them" in ev["quote"]


def test_a_guessed_status_is_uncertain_not_published():
    text = (
        "Lawmakers in Kyiv debated the prisoner exchange question on Tuesday.\n"
        "Several deputies spoke about the families of captured soldiers."
    )
    result = extract(text, published=DAY)
    assert result["exchange"] is not None and result["exchange"]["status"] is None
    (item,) = [u for u in result["uncertain"] if u["field"] == "status"]
    assert item["value"] == "proposed" and item["confidence"] < CONFIDENCE_THRESHOLD
    assert item["topic"] == "exchange" and item["reason"]


def test_the_other_sides_figure_is_not_the_swaps_size():
    text = (
        "Ukraine brings home 90 defenders in prisoner swap\n"
        "Ninety Ukrainian soldiers returned home from Russian captivity on Friday, officials in "
        "Kyiv said.\n"
        "Moscow's defence ministry said 64 Russian servicemen had been returned in the exchange."
    )
    result = extract(text, published=DAY)
    assert result["exchange"]["status"] == "completed"
    assert result["exchange"]["returned"] == 90
    assert result["exchange"]["count"] is None
    assert [u["value"] for u in result["uncertain"] if u["field"] == "count"] == [64]


def test_downed_above_launched_is_a_warning():
    text = (
        "Russia launched 12 drones at the Sumy region overnight, the air force said.\n"
        "Air defences destroyed 15 drones, the air force added."
    )
    result = extract(text, published=DAY)
    codes = [w["code"] for w in result["warnings"]]
    assert codes == ["downed_above_launched"]
    assert "15" in result["warnings"][0]["message"] and "12" in result["warnings"][0]["message"]


def test_returned_above_count_is_a_warning():
    text = (
        "Russia and Ukraine swapped 100 prisoners for 100 on Sunday.\n"
        "In all, 112 Ukrainians returned home, among them civilians, the ombudsman said."
    )
    result = extract(text, published=DAY)
    if result["exchange"]["count"] and result["exchange"]["returned"]:
        assert result["exchange"]["returned"] <= result["exchange"]["count"] or any(
            w["code"] == "returned_above_count" for w in result["warnings"]
        )


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Russia launched 31 drones overnight.",
                "Air defences shot down 25 of them, the air force said.",
                "Ukraine brought home 48 prisoners of war in a swap.",
                "<p>Moscow said it downed 9 Ukrainian drones.</p>",
                "Two missiles struck Odesa.",
                "Повернулися додому 12 захисників.",
                "ПВО сбила 14 беспилотников.",
                "\n",
                "  ",
            ]
        ),
        max_size=8,
    )
)
def test_every_quote_is_the_text_at_its_offsets(parts):
    text = " ".join(parts)
    result = extract(text, published=DAY)
    from extraction import html_to_text
    from extraction.textnorm import looks_like_html

    read = html_to_text(text) if looks_like_html(text) else text
    for ev in _all_evidence(result):
        assert read[ev["start"] : ev["end"]] == ev["quote"]
        assert ev["quote"].strip()
    for strike in result["strikes"]:
        assert set(strike["confidence"]) == set(strike["evidence"])
        assert all(CONFIDENCE_THRESHOLD <= c <= 1 for c in strike["confidence"].values())
