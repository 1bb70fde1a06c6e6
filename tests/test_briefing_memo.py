"""Briefings kept in memory are never stale: any write that changes what they show (this
connection or another process's, an editor's action) makes the next one read the store again."""

import briefings
import intake
from bot.local_api import html_to_plain
from storage import NewSource, Store
from storage.review import Editor

NIGHT = """\
Air force: 31 of 40 drones shot down overnight

KYIV, Dec 3, 2023 - Russia launched 40 attack drones at Ukraine overnight, and air defences \
shot down 31 of them over the Kyiv region, the Ukrainian Air Force said on Sunday.
"""
RUSSIA = """\
Russia says it downed 12 Ukrainian drones overnight

MOSCOW, Dec 3, 2023 - Russian air defences destroyed 12 Ukrainian drones over the Bryansk and \
Kursk regions overnight, the Russian Defence Ministry said on Sunday.
"""
CORRECTION = """\
Air force corrects overnight figure: 35 of 40 drones downed

KYIV, Dec 3, 2023 - The Ukrainian Air Force corrected its earlier report on Sunday, saying air \
defences downed 35 of the 40 drones Russia launched overnight, not 31 as first reported.
"""


def strikes(store: Store) -> str:
    return html_to_plain(briefings.render_strikes(store.strike_nights(limit=1)))


def latest(store: Store) -> str:
    return html_to_plain(briefings.render_latest(store.latest_stories(5)))


def add(store: Store, text: str, outlet: str) -> intake.Receipt:
    return intake.ingest(store, intake.Arrival(text, NewSource(kind="file", outlet=outlet)))


def test_a_new_article_from_another_process_shows_at_once(tmp_path):
    bot = Store.open(tmp_path / "n.db")
    cli = Store.open(tmp_path / "n.db")
    add(bot, NIGHT, "Kyiv Wire")
    assert "Russian Defence Ministry" not in strikes(bot)
    assert strikes(bot) == strikes(bot), "read twice, the same"
    add(cli, RUSSIA, "Moscow Desk")  # another connection, as `newsroom-bot ingest` is
    assert "Russian Defence Ministry" in strikes(bot) and "12" in strikes(bot)
    add(cli, CORRECTION, "Dnipro Desk")
    assert "35" in strikes(bot) and "35" in latest(bot)
    # a copy of a stored article adds an outlet to the night's sources
    before = strikes(bot)
    add(cli, NIGHT, "Harbour Times")
    assert "Harbour Times" in strikes(bot) and "Harbour Times" not in before
    bot.close()
    cli.close()


def test_an_editors_removal_takes_the_figures_out_of_remembered_briefings(tmp_path):
    store = Store.open(tmp_path / "n.db")
    receipt = add(store, RUSSIA, "Moscow Desk")
    add(store, NIGHT, "Kyiv Wire")
    assert "Russian Defence Ministry" in strikes(store)
    assert "12" in latest(store)
    store.remove_article(receipt.article_id, Editor(1001, "Ed"))
    assert "Russian Defence Ministry" not in strikes(store)
    assert "12 drones" not in latest(store)
    store.close()
