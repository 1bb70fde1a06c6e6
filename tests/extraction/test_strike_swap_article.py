"""In an article whose headline is about a prisoner swap, a paragraph that opens as a retelling
of earlier news ("Ранее ...", "Earlier, ...") publishes no strike figures: they go to
`uncertain` for an editor to look at. The night's attack told as news in the same article is
still published. Each text is ours, in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

from extraction import extract

DAY = dt.date(2025, 1, 2)

SWAP_STORY = (
    "Омбудсмены Украины и России обсудят обмен пленными в январе\n\n"
    "Уполномоченный Верховной Рады по правам человека заявил, что в январе встретится с российской коллегой, чтобы обсудить новый обмен пленными.\n"
    "Ранее мы рассказывали о событиях прошлой ночи. В новогоднюю ночь Россия выпустила по Украине 60 беспилотников, все они были сбиты."
)


def test_a_recap_paragraph_in_a_swap_story_publishes_no_strike_figures():
    result = extract(SWAP_STORY, published=DAY)
    assert result["strikes"] == []


def test_the_nights_figures_are_kept_for_an_editor_under_uncertain():
    result = extract(SWAP_STORY, published=DAY)
    held = {(u["field"], u["value"]) for u in result["uncertain"] if u["topic"] == "strike"}
    assert ("drones_launched", 60) in held


def test_an_attack_story_is_not_touched():
    text = (
        "Russia launches 60 drones overnight, air force says\n\n"
        "Russia launched 60 drones at Ukraine overnight, all of which were shot down, the air force said. The attack came a day after a prisoner exchange."
    )
    result = extract(text, published=DAY)
    assert [(s["drones_launched"], s["drones_downed"]) for s in result["strikes"]] == [(60, 60)]


def test_a_swap_story_that_also_reports_last_nights_attack_keeps_its_figures():
    text = (
        "Ukraine hopes to bring home 500 prisoners in a new exchange, Zelensky says\n\n"
        "President Zelensky said on Sunday that talks on a new prisoner exchange were under way.\n"
        "Overnight, Russia launched 90 drones at Ukraine, the air force said, and 70 of them were shot down."
    )
    result = extract(text, published=DAY)
    assert [(s["drones_launched"], s["drones_downed"]) for s in result["strikes"]] == [(90, 70)]


def test_an_earlier_paragraph_in_an_attack_story_is_still_a_record():
    # same-day "earlier" claims are the night's records when the article is about the attack
    text = (
        "Russia says it downed drones over two regions\n\n"
        "The Russian defence ministry said on Thursday that air defences destroyed seven Ukrainian drones over the Bryansk region.\n"
        "Earlier, the ministry said air defences had shot down seven drones over the Bryansk region overnight."
    )
    result = extract(text, published=DAY)
    assert [s["drones_downed"] for s in result["strikes"]] == [7]
