"""A push names the outlets behind the figures it tells, not every outlet of the story."""

from datetime import date

from storage.review import Editor
from tests.review.test_review_bot import forward, pushes, story_of, subscribe
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


LATER_COUNT = (
    "Ukraine's air force later raised its count: Russia sent 90 drones against the country "
    "overnight, and air defence units brought down 61 of them, it said on Monday."
)
PASTED_COUNT = (
    "Air force update: Russia launched 95 drones overnight and 70 were shot down, the Ukrainian "
    "Air Force said in its morning summary on Telegram."
)


def test_a_differing_figure_names_the_outlets_that_gave_it_not_the_earlier_reports(store):
    # "drones launched 90 (other reports: 84) · Evening Post, Air Force Channel" read as if
    # the Air Force Channel said 90; it said 84.
    store.subscriptions.subscribe(SUBSCRIBER, "all")
    first = save(store, AIR_FORCE_POST, NIGHT, outlet="Air Force Channel", kind="channel")
    second = save(store, LATER_COUNT, NIGHT, outlet="Evening Post", kind="channel")
    assert second.story_id == first.story_id
    # A pasted text names no outlet: its figure is told with none rather than someone else's.
    third = save(store, PASTED_COUNT, NIGHT, outlet=None)
    assert third.story_id == first.story_id
    told = [(c.figures, c.outlets) for r in store.subscriptions.outbox() for c in r.changes]
    assert told[1] == ((("drones_launched", 84, 90),), ("Evening Post",))
    assert told[2][1] == ()
    assert ("drones_launched", 90, 95) in told[2][0]


TALKS_UNDER_WAY = (
    "Ukraine and Russia are negotiating an exchange of 300 prisoners of war, Ukraine's "
    "coordination headquarters said on Monday, with Turkey mediating the talks."
)
TALKS_AGREED = (
    "Ukraine and Russia agreed on Tuesday to exchange 300 prisoners of war, Ukraine's "
    "coordination headquarters said, after talks mediated by Turkey."
)


async def test_a_swaps_new_status_names_the_outlet_that_reported_it(bot, fake, store):
    # "negotiating → agreed · Bay Courier, Harbour Wire" read as if Harbour Wire said agreed.
    before = await subscribe(bot, fake, "exchange")
    _, first = await forward(bot, fake, TALKS_UNDER_WAY, 11, post=31, channel="Harbour Wire")
    _, second = await forward(bot, fake, TALKS_AGREED, 12, post=32, channel="Bay Courier")
    assert story_of(second) == story_of(first)
    told = (await pushes(bot, fake, store))[before:]
    assert told[0].endswith("300 prisoners · Harbour Wire (https://t.me/kyivwire/31)")
    assert told[1] == (
        f"Exchange talks of 11 Mar 2024 #{story_of(first)}: talks under way → agreed, not yet "
        "carried out · Bay Courier (https://t.me/kyivwire/32)"
    )
