"""A push names the outlets behind the figures it tells, not every outlet of the story."""

from datetime import date

from storage.review import Editor
from tests.review.texts import save

EDITOR = Editor(1001, "Olena Editor")
SUBSCRIBER = 2001
NIGHT = date(2025, 4, 7)

AIR_FORCE_POST = (
    "KYIV, April 7, 2025 - Russia launched 84 drones at Ukraine overnight, the Ukrainian Air "
    "Force said. Air defences shot down 61 of them over the centre and the east."
)
MINISTRY_POST = (
    "MOSCOW, April 7, 2025 - Russia's defence ministry said its air defences had destroyed 19 "
    "Ukrainian drones overnight over the Bryansk and Kursk regions."
)


def test_a_new_claimants_figures_name_only_the_outlet_that_reported_them(store):
    store.subscriptions.subscribe(SUBSCRIBER, "all")
    first = save(store, AIR_FORCE_POST, NIGHT, outlet="Air Force Channel", kind="channel")
    store.confirm_article(first.article_id, EDITOR)
    second = save(store, MINISTRY_POST, NIGHT, outlet="Moscow Desk", kind="channel")
    assert second.story_id == first.story_id
    store.confirm_article(second.article_id, EDITOR)
    told = [(c.claimant, c.outlets) for r in store.subscriptions.outbox() for c in r.changes]
    assert told == [
        ("Ukrainian Air Force", ("Air Force Channel",)),
        ("Russian Defence Ministry", ("Moscow Desk",)),
    ]
