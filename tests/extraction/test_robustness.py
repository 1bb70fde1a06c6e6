"""extract() never raises and stays bounded; noise_reason and html_to_text; a property test."""

import datetime as dt
import random
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extraction import extract, html_to_text, noise_reason
from extraction.core import MAX_CHARS
from extraction.numbers import WORD_VALUES, find_numbers, number_forms
from extraction.textnorm import looks_like_html

KEYS = {
    "title", "title_kind", "outlet", "published", "language", "people", "exchange", "strikes",
    "uncertain", "warnings",
}  # fmt: skip


def _random_noise(n: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    return "".join(chr(rng.randint(33, 0x4FF)) for _ in range(n))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        "\x00\x01\x02binary\xff\xfe" * 500,
        _random_noise(4000),
        "Дрон 12 missile 3 ракета " * 2000,
        "1,2,3,4,5,6,7,8,9 " * 3000,
        "<p>" * 5000,
        "(" * 10000 + "drones" + ")" * 10000,
    ],
    ids=["empty", "blank", "binary-looking", "random-noise", "mixed-scripts", "digits",
         "broken-html", "deep-parens"],
)  # fmt: skip
def test_never_raises_and_keeps_the_shape(text):
    result = extract(text, published=dt.date(2024, 1, 1))
    assert set(result) == KEYS
    assert isinstance(result["strikes"], list)


def test_one_megabyte_is_read_only_up_to_the_cap():
    # Bounded work, checked without a clock: text past the cap is never analysed.
    filler = "Officials in Odesa said repair crews worked through the night.\n"
    head = "Russia launched 40 drones overnight, the air force said, and 31 were shot down.\n"
    tail = "In a later attack Russia launched 77 missiles, the air force said.\n"
    text = head + filler * (1_000_000 // len(filler)) + tail
    result = extract(text, published=dt.date(2024, 1, 1))
    (strike,) = result["strikes"]
    assert strike["drones_launched"] == 40 and strike["drones_downed"] == 31
    assert strike["missiles_launched"] is None  # the 77 lies far beyond the analysed part


def test_non_string_input_gives_an_empty_result():
    assert extract(None)["strikes"] == []  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "it is empty"),
        ("   ", "it is empty"),
        (_random_noise(4000), "it has no readable sentences"),
        ("\x00\x01" * 300, "it looks like binary data, not text"),
        ("Overnight Russia launched 20 Shahed drones. Air defence shot down 15 of them.", None),
        ("Вночі ворог атакував 20 дронами. Збито 15.", None),
    ],
    ids=["empty", "blank", "random-noise", "binary", "short-air-force-post", "short-uk-post"],
)
def test_noise_reason(text, reason):
    assert noise_reason(text) == reason


def test_html_to_text_drops_furniture_and_keeps_blocks():
    page = (
        "<html><head><style>p {}</style><script>var x = 1;</script></head><body>"
        "<nav>Home | World</nav><h1>Drones over Kyiv</h1><p>Air defence worked &amp; "
        "shot down 12 drones.</p><p>Second<br>line</p></body></html>"
    )
    assert html_to_text(page) == (
        "Drones over Kyiv\n\nAir defence worked & shot down 12 drones.\n\nSecond\nline"
    )


def test_html_input_to_extract_is_reduced_first():
    page = "<h1>Night attack</h1><p>Russia launched 44 drones overnight, the air force said.</p>"
    result = extract(page, published=dt.date(2024, 1, 1))
    assert result["title"] == "Night attack"
    assert result["strikes"][0]["drones_launched"] == 44


# --- property: every integer the extractor reports is written in the input ---------------------

_WORDS = {v: w for w, v in WORD_VALUES.items() if w.isascii()}
_FRAGMENTS = [
    "Russia launched {a} drones overnight, the air force said.",
    # per-type and regional lists with no total: their sum, with the parts it adds up
    "Russia fired {b} Iskander-M missiles and {c} Kh-101 missiles, the air force said.",
    "The ministry said {b} drones were destroyed over the Kursk region and {c} over Belgorod.",
    "Над Брянской областью сбиты {c} беспилотников. Еще {b} уничтожены над Курской областью.",
    "Air defence shot down {b} of {a} drones.",
    "The military said {b} missiles were intercepted and {c} drones lost locationally.",
    "Russia's defence ministry said it destroyed {b} Ukrainian drones.",
    "Ukraine and Russia exchanged {a} prisoners each in a swap mediated by the UAE.",
    "Kyiv aims to bring home {a} prisoners of war, officials said.",
    "Kyiv said {a} soldiers and {c} civilians had been returned home in the swap.",
    "{c} people were injured in {year}; an {c}-year-old man was hurt.",
    "Вночі ворог запустив {a} дронів, збито {b}.",
    "Since September, air defence destroyed {big} drones.",
]


def _written(value: int, rng: random.Random) -> str:
    if value in _WORDS and rng.random() < 0.4:
        return _WORDS[value]
    return rng.choice(number_forms(value))


@st.composite
def articles(draw):
    seed = draw(st.integers(0, 10**6))
    rng = random.Random(seed)
    parts = []
    for _ in range(draw(st.integers(1, 6))):
        template = rng.choice(_FRAGMENTS)
        values = {k: rng.randint(1, 20) if k == "c" else rng.randint(1, 1500) for k in "abc"}
        parts.append(
            template.format(
                **{k: _written(v, rng) for k, v in values.items()},
                year=rng.randint(1990, 2030),
                big=_written(rng.randint(1000, 9000), rng),
            )
        )
    noise = draw(st.text(max_size=40))
    return " ".join(parts) + " " + noise


def _stated(value: int, text: str) -> bool:
    if any(form in text for form in number_forms(value)):
        return True
    return any(word in text.lower() for word, v in WORD_VALUES.items() if v == value)


def _sum_of_two(value: int, quote: str) -> bool:
    """ "45 service personnel and two civilians" gives 47: both parts are in the figure's quote."""
    stated = {n.value for n in find_numbers(quote)}
    return any(value - a in stated for a in stated if a < value)


_REFERS = re.compile(
    r"\b(?:an?|one|all|both|them|the)\b|(?<!\w)(?:всі|усі|все|обидва|обидві|оба|обе|ракету|ракета|"
    r"беспилотник|безпілотник|дрон)(?!\w)",
    re.IGNORECASE,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_every_reported_integer_is_written_in_the_text(text):
    result = extract(text, published=dt.date(2024, 6, 1))
    found = []
    for record in result["strikes"]:
        found += [v for k, v in record.items() if isinstance(v, int) and not isinstance(v, bool)]
    parts_of = {}  # returned may be the sum of the kinds of people its quote names
    if result["exchange"]:
        found += [result["exchange"][k] for k in ("count", "returned") if result["exchange"][k]]
        quote = result["exchange"]["evidence"].get("returned", {}).get("quote", "")
        parts_of[result["exchange"]["returned"]] = quote
    # figures held back as uncertain are shown to editors: they too must be in the text
    found += [u["value"] for u in result["uncertain"] if isinstance(u["value"], int)]
    normalised = text.replace("\u00a0", " ").replace("\u202f", " ")
    sums = {
        sum(ev["sum_of"])
        for record in result["strikes"]
        for ev in record["evidence"].values()
        if ev.get("sum_of")
    } | {sum(u["evidence"]["sum_of"]) for u in result["uncertain"] if u["evidence"].get("sum_of")}
    for value in found:
        # a number written in the text, or the sum of parts it lists (checked below)
        assert (
            _stated(value, normalised)
            or value in sums
            or _sum_of_two(value, parts_of.get(value, ""))
        ), value
    evidence = [(r[name], ev) for r in result["strikes"] for name, ev in r["evidence"].items()]
    evidence += [(u["value"], u["evidence"]) for u in result["uncertain"] if u["topic"] == "strike"]
    # offsets are in the text extract() read: HTML is reduced to text first (docs/EXTRACT.md)
    read = (html_to_text(text) if looks_like_html(text) else text)[:MAX_CHARS]
    for value, ev in evidence:
        assert read[ev["start"] : ev["end"]] == ev["quote"]
        quote = ev["quote"].replace("\u00a0", " ")
        if ev.get("sum_of"):
            # a sum says what it adds up, and every part is written in its quote
            assert sum(ev["sum_of"]) == value, ev
            assert all(_stated(p, quote) or _REFERS.search(quote) for p in ev["sum_of"]), ev
            continue
        # a figure is in its own words, or they refer to it: "a missile", "all of them"
        assert _stated(value, quote) or _REFERS.search(quote), (value, quote)


def test_evidence_offsets_of_an_html_paste_point_into_the_text_it_became():
    """Markup such as "<I>0<I>" makes the input HTML: the quote is found in the reduced text."""
    text = "Russia's defence ministry said it destroyed 83 Ukrainian drones. <I>0<I>"
    result = extract(text, published=dt.date(2024, 6, 1))
    read = html_to_text(text)
    quotes = [ev for r in result["strikes"] for ev in r["evidence"].values()]
    assert quotes, result
    for ev in quotes:
        assert read[ev["start"] : ev["end"]] == ev["quote"]
        assert "83" in ev["quote"]
