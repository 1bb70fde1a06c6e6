"""html_to_text on pages with common defects: text after an unclosed <head> or <script> is kept."""

import datetime as dt

from extraction import extract, html_to_text

_UNCLOSED_HEAD = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Harbour Times</title>"
    "<script>window.ads = [];</script>"
    "<body><nav>Home | War | Sport</nav>"
    "<h1>Air force: 31 of 40 drones downed</h1>"
    "<p>Russia launched 40 drones at Ukraine overnight, and air defences shot down 31 of "
    "them, the air force said on Tuesday.</p></body></html>"
)


def test_text_after_an_unclosed_head_is_kept():
    assert html_to_text(_UNCLOSED_HEAD) == (
        "Air force: 31 of 40 drones downed\n\nRussia launched 40 drones at Ukraine overnight, "
        "and air defences shot down 31 of them, the air force said on Tuesday."
    )


def test_an_unclosed_head_page_still_gives_its_figures():
    result = extract(_UNCLOSED_HEAD, published=dt.date(2025, 3, 4))
    assert result["title"] == "Air force: 31 of 40 drones downed"
    strike = result["strikes"][0]
    assert (strike["drones_launched"], strike["drones_downed"]) == (40, 31)


def test_head_content_and_dropped_blocks_stay_out():
    page = "<html><head><title>Site name</title><body><p>Kept</p><aside>Ad</aside><p>Also</p>"
    assert html_to_text(page) == "Kept\n\nAlso"


def test_a_closed_head_still_hides_its_title():
    page = "<html><head><title>Site name</title></head><body><p>Only this</p></body></html>"
    assert html_to_text(page) == "Only this"


def test_a_script_tag_never_closed_does_not_swallow_the_story():
    # a paste whose headline carries a stray tag: nothing after it is a script
    text = (
        "<b>Kyiv Wire</b>: Russia fires 12 <script> drones at Sumy\n\n"
        "Russia launched 12 drones at Ukraine overnight, the air force said on Monday; "
        "9 were shot down over Sumy region."
    )
    assert html_to_text(text) == (
        "Kyiv Wire: Russia fires 12 drones at Sumy\n\nRussia launched 12 drones at Ukraine "
        "overnight, the air force said on Monday; 9 were shot down over Sumy region."
    )
    strike = extract(text, published=dt.date(2026, 11, 30))["strikes"][0]
    assert (strike["drones_launched"], strike["drones_downed"]) == (12, 9)


def test_an_unclosed_nav_keeps_what_follows_but_a_closed_script_stays_out():
    page = "<p>Lead</p><script>var x = 1;</script><nav><a>Home</a><p>Story 5</p>"
    assert html_to_text(page) == "Lead\nHome\nStory 5"


def test_words_in_angle_brackets_that_are_no_html_element_stay_as_written():
    text = "<b>Drones</b> hit <region> overnight\n\nNorth <Desk> said <x/> and </region>."
    assert (
        html_to_text(text)
        == "Drones hit <region> overnight\n\nNorth <Desk> said <x/> and </region>."
    )
    # custom and namespaced elements are still markup
    assert html_to_text("<p>Kept <amp-img src=a></amp-img><o:p></o:p>here</p>") == "Kept here"
