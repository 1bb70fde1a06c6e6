"""The headline past page furniture, or the first sentence marked as such (written by us)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extraction import extract
from extraction.headline import FIRST_SENTENCE, HEADLINE, find_headline, is_furniture

BODY = "\n\nThe air force said on Friday that 40 of the 52 drones were shot down overnight.\n"


@pytest.mark.parametrize(
    "furniture",
    [
        "Defense",
        "All Sections",
        "Alpine perspectives in 10 languages",
        "English | Українська | Русский",
        "Rustem Umerov (Photo: Ivan Petrenko / EPA)",
        "Photo: Kyiv City Military Administration",
        "FILE PHOTO: Firefighters at the site of a strike",
        "Фото: Генштаб ЗСУ/Facebook",
        "By Anna Smith",
        "Автор: Олена Гнатюк",
        "Tuesday, 18 March 2025, 19:26",
        "3 хв читання",
        "[Source: BBC]",
        "Categories: Без рубрики",
        "Kyiv:",
        "dpa",
        "NEW YORK",
        "![photo](https://example.org/a.jpg)",
        "https://example.org/news/1",
        "последние новости в Украине останні новини в Україні",
    ],
)
def test_furniture_lines(furniture):
    assert is_furniture(furniture)


@pytest.mark.parametrize(
    "headline",
    [
        "Russia launches 52 drones at Ukraine overnight",
        "Повітряні сили: уночі збито 40 зі 52 дронів",
        "Минобороны: над Россией за ночь сбиты 52 украинских беспилотника",
        "Ukraine Blames Kremlin for Rejecting Effort to Swap Prisoners",
        "Umerov says swap talks resume, photo of the list published",
    ],
)
def test_headlines_are_not_furniture(headline):
    assert not is_furniture(headline)


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        ("Defense\nWar in Ukraine\nRussia launches 52 drones at Ukraine overnight", None),
        ("Menu\nAll Sections\nSearch\nRussia launches 52 drones at Ukraine overnight", None),
        ("Alpine views in 10 languages\nRussia launches 52 drones at Ukraine overnight", None),
        ("Umerov (Photo: I. Petrenko / EPA)\nRussia launches 52 drones at Ukraine overnight", None),
        ("By Anna Smith\n6 May 2025, 09:40\nRussia launches 52 drones at Ukraine overnight", None),
        ("# **Russia launches 52 drones at Ukraine overnight**", None),
        ("BREAKING: Russia launches 52 drones at Ukraine overnight | Kyiv Wire", None),
        ("“Russia launches 52 drones at Ukraine overnight”", None),
        ("Russia launches 52 drones at Ukraine overnight (Video)", None),
        ("Russia and Ukraine swap prisoners\nUkraine's ombudsman said most of the freed men were "
         "wounded and all would be treated", "Russia and Ukraine swap prisoners"),
    ],
)  # fmt: skip
def test_the_real_headline_is_found_past_furniture(top, expected):
    found = find_headline(top + BODY)
    assert found.kind == HEADLINE
    assert found.text == (expected or "Russia launches 52 drones at Ukraine overnight")


def test_a_text_without_headline_gives_its_first_sentence_marked():
    text = (
        "KYIV (Kyiv Wire) – Russia launched 52 drones overnight, the air force said. "
        "Forty were shot down."
    )
    found = find_headline(text)
    assert found.kind == FIRST_SENTENCE
    assert found.text == "Russia launched 52 drones overnight, the air force said."


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Київ, 5 березня 2025 року. Повітряні сили повідомили, що вночі збили 40 з 52 дронів.",
            "Повітряні сили повідомили, що вночі збили 40 з 52 дронів.",
        ),
        (
            "Москва, 28 ноября 2026 года. Минобороны сообщило, что за ночь сбиты 30 беспилотников.",
            "Минобороны сообщило, что за ночь сбиты 30 беспилотников.",
        ),
        (
            "Kyiv, March 5, 2025. Russia launched 52 drones overnight, the air force said.",
            "Russia launched 52 drones overnight, the air force said.",
        ),
    ],
    ids=["uk", "ru", "en"],
)
def test_a_sentence_of_place_and_date_alone_is_no_headline(text, first):
    found = find_headline(text)
    assert found.text == first and found.kind == FIRST_SENTENCE


def test_a_first_sentence_that_goes_on_past_its_date_is_kept():
    text = "Zelensky, 5 March: talks on a new swap will go on. Details were not given."
    assert find_headline(text).text == "Zelensky, 5 March: talks on a new swap will go on."


def test_a_long_first_sentence_is_cut_between_words():
    sentence = "Russia launched " + ", ".join(
        f"{n} drones over region number {n}" for n in range(30)
    )
    found = find_headline(sentence + ". Another sentence.")
    assert found.kind == FIRST_SENTENCE and found.cut
    assert len(found.text) <= 160
    assert sentence.startswith(found.text)
    assert sentence[len(found.text)] in " ,"  # the cut falls between words


def test_extract_reports_the_kind_and_shows_a_cut_with_an_ellipsis():
    long_lead = "Russia launched " + " and ".join(["dozens of drones"] * 20) + " overnight."
    result = extract(long_lead)
    assert result["title_kind"] == FIRST_SENTENCE
    assert result["title"].endswith("…")
    assert extract("Air force: 40 of 52 drones downed" + BODY)["title_kind"] == HEADLINE


def test_the_headline_keeps_its_own_quotes_and_dashes():
    result = extract("Ukraine – “we will get everyone back”, Zelenskyy says" + BODY)
    assert result["title"] == "Ukraine – “we will get everyone back”, Zelenskyy says"


words = st.text(alphabet="abcdefghij ", min_size=1, max_size=30)


@given(st.lists(words, min_size=1, max_size=40))
def test_never_cut_mid_word(parts):
    text = " ".join(parts).strip()
    found = find_headline(text)
    if found is None:
        assert is_furniture(text)  # nothing but furniture ("menu", "ai"): no headline at all
        return
    assert text[found.start : found.end] == found.text
    if found.cut:
        assert text[found.end] in " ,;:"  # the next character is not a letter of a cut word


def test_markup_left_in_a_pasted_text_ends_the_first_sentence():
    text = (
        "Air defences downed 53 drones over five regions, "
        '<a href="https://t.me/x/1">the ministry said</a>.'
    )
    found = find_headline(text)
    assert found.kind == FIRST_SENTENCE and found.cut
    assert found.text == "Air defences downed 53 drones over five regions"


def test_a_pasted_headline_with_inline_markup_is_read_without_the_tags():
    text = (
        "Kyiv <b>and</b> Moscow trade <i>1.200</i> prisoners\n"
        "Ukraine brought home 1.200 prisoners of war on Saturday, its coordination staff said."
    )
    found = extract(text)
    assert found["title"] == "Kyiv and Moscow trade 1.200 prisoners"
    assert found["title_kind"] == "headline"
    assert found["exchange"]["returned"] == 1200
