"""Titles and outlets are stored without invisible or bidi control characters."""

from bot.local_api import html_to_plain
from storage import Store
from storage.labels import clean_label
from tests.conftest import EDITOR
from tests.support.updates import command_update, message_update
from tests.support.wire import article

DIRTY_TITLE = "\u202eUkraine\u200b downs 139\u2066 of 176\u2069 drones\ufeff"
CLEAN_TITLE = "Ukraine downs 139 of 176 drones"


def test_invisible_and_bidi_characters_are_removed():
    assert clean_label(DIRTY_TITLE) == CLEAN_TITLE
    assert clean_label("Kyiv\u200bWire") == "KyivWire"
    assert clean_label("Kyiv\u00adWire\u2060") == "KyivWire"
    assert clean_label("  Harbour\nTimes\t ") == "Harbour Times"
    assert clean_label("\u3164") == ""
    # What is visible stays, in every script and with emoji.
    assert clean_label("Повітряні сили: збито 139 дронів") == "Повітряні сили: збито 139 дронів"
    assert clean_label("Новости 🇺🇦 “quoted”") == "Новости 🇺🇦 “quoted”"


def test_the_store_keeps_clean_titles_and_outlets(store):
    text, extraction, source = article(7)
    extraction = {**extraction, "title": DIRTY_TITLE, "outlet": "Kyiv\u200e Wire"}
    source = type(source)(kind="channel", outlet="\u202bKyiv Wire\u202c")
    result = store.save_article(text, extraction, source)
    row = store.db["articles"].get(result.article_id)
    assert row["title"] == CLEAN_TITLE and row["outlet"] == "Kyiv Wire"
    assert store.db["stories"].get(result.story_id)["title"] == CLEAN_TITLE
    assert {r["outlet"] for r in store.db["sources"].rows} == {"Kyiv Wire"}


def test_existing_stores_are_cleaned_by_a_migration(tmp_path):
    path = tmp_path / "old.db"
    store = Store.open(path)
    text, extraction, source = article(8)
    result = store.save_article(text, extraction, source)
    store.db.execute("update articles set title = ?", [DIRTY_TITLE])
    store.db.execute("update sources set outlet = ?", ["Harbour\u200b Times"])
    store.db.execute("delete from _sqlite_migrations where name like 'm009_titles_and_outlets%'")
    store.close()
    store = Store.open(path)
    assert store.db["articles"].get(result.article_id)["title"] == CLEAN_TITLE
    assert {r["outlet"] for r in store.db["sources"].rows} == {"Harbour Times"}
    store.close()


async def test_a_pasted_title_with_bidi_overrides_is_shown_back_clean(app, fake, store):
    body = (
        "Air defences downed 139 of 176 drones overnight, Ukraine's air force said on Sunday, "
        "adding that Russia also launched one missile at the Odesa region."
    )
    await app.process_update(message_update(app.bot, f"{DIRTY_TITLE}\n\n{body}", user_id=EDITOR))
    receipt = html_to_plain(fake.sent(EDITOR)[-1]["text"])
    await app.process_update(command_update(app.bot, "/latest", user_id=EDITOR))
    latest = html_to_plain(fake.sent(EDITOR)[-1]["text"])
    for shown in (receipt, latest):
        assert not any(c in shown for c in "\u202e\u200b\u2066\u2069\ufeff")
    assert CLEAN_TITLE in latest
    (stored,) = store.db["articles"].rows
    assert stored["title"] == CLEAN_TITLE
