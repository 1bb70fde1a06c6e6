"""The store: dedup, stories across outlets, claims kept per claimant, reparse."""

import re
from datetime import UTC, datetime

from storage import NewSource, Store, canonical_url

SEED = {
    "title": "Ukraine seeks 1,200 prisoners' return",
    "outlet": None,
    "published": "2023-12-03",
    "language": "en",
    "people": ["Volodymyr Zelenskyy", "Rustem Umerov"],
    "exchange": {
        "count": 1200,
        "returned": None,
        "status": "negotiating",
        "mediators": ["Turkey", "United Arab Emirates"],
        "framework": "Istanbul agreements",
    },
    "strikes": [
        {
            "attacker": "russia",
            "claimant": "Ukrainian Air Force",
            "date": "2023-12-03",
            "drones_launched": 176,
            "missiles_launched": 1,
            "drones_downed": 139,
            "missiles_downed": None,
            "regions": ["Odesa"],
            "targets": ["solar power plant"],
        },
        {
            "attacker": "ukraine",
            "claimant": "Russian Defence Ministry",
            "date": "2023-12-03",
            "drones_launched": None,
            "missiles_launched": None,
            "drones_downed": 57,
            "missiles_downed": None,
            "regions": [],
            "targets": [],
        },
    ],
}


def channel(title, username, message_id):
    return NewSource(
        kind="channel",
        outlet=title,
        origin_chat_id=-100 - message_id,
        origin_username=username,
        origin_message_id=message_id,
        origin_date=datetime(2023, 12, 3, 8, tzinfo=UTC),
    )


def test_schema_is_migrated_with_search(store):
    tables = set(store.db.table_names())
    assert {"stories", "articles", "sources", "facts", "story_keys", "articles_fts"} <= tables


def test_same_post_twice_is_a_duplicate(store):
    first = store.save_article("text one", SEED, channel("Kyiv Wire", "kyivwire", 1))
    again = store.save_article("text one, edited", SEED, channel("Kyiv Wire", "kyivwire", 1))
    assert first.status == "stored" and again.status == "duplicate"
    assert again.article_id == first.article_id
    assert store.counts()["articles"] == 1


def test_same_text_with_other_spacing_is_a_duplicate(store):
    store.save_article("Drones hit  Odesa.\nPower cut.", SEED, NewSource())
    again = store.save_article("drones hit odesa power cut", SEED, NewSource())
    assert again.status == "duplicate"


def test_same_url_without_tracking_is_a_duplicate(store):
    store.save_article("a", SEED, NewSource(kind="link", url="https://x.example/a?utm_source=tg"))
    again = store.save_article("b", SEED, NewSource(kind="link", url="https://X.example/a/"))
    assert again.status == "duplicate"
    assert canonical_url("https://x.example/a?id=3&fbclid=zz#top") == "https://x.example/a?id=3"


def test_two_outlets_same_event_are_one_story_with_two_sources(store):
    a = store.save_article("version one", SEED, channel("Kyiv Wire", "kyivwire", 1))
    b = store.save_article("version two", SEED, channel("Harbour Times", "harbour", 2))
    assert a.story_id == b.story_id and b.story_sources == 2
    (story,) = store.latest_stories(5)
    assert story.source_count == 2
    view = store.exchange_status()
    (count,) = view.count
    assert count.value == "1200" and len(count.sources) == 2  # one claim, corroborated twice


def test_claimants_stay_apart_for_one_night(store):
    store.save_article("text", SEED, channel("Kyiv Wire", "kyivwire", 1))
    (night,) = store.strike_nights()
    assert night.night == "2023-12-03"
    by_claimant = {c.claimant: c for c in night.claimants}
    assert by_claimant["Ukrainian Air Force"].figures["drones_downed"][0].value == "139"
    assert by_claimant["Russian Defence Ministry"].figures["drones_downed"][0].value == "57"
    assert by_claimant["Russian Defence Ministry"].attacker == "ukraine"


def test_a_later_swap_is_a_new_story(store):
    store.save_article("talks", SEED, NewSource())
    done = {
        **SEED,
        "title": "230 prisoners come home",
        "published": "2024-01-03",
        "exchange": {"count": None, "returned": 230, "status": "completed", "mediators": []},
        "strikes": [],
    }
    store.save_article("swap done", done, NewSource())
    views = store.exchanges()
    assert [v.status for v in views] == ["completed", "negotiating"]


def test_reparse_rederives_figures_from_raw_text(store):
    store.save_article("raw text kept", SEED, NewSource())
    seen = []

    def extract(text, old):
        seen.append(text)
        return {**old, "exchange": {**old["exchange"], "count": 1300}}

    assert store.reparse(extract) == 1
    assert seen == ["raw text kept"]
    assert store.exchange_status().count[0].value == "1300"


def test_file_store_uses_wal(tmp_path):
    s = Store.open(tmp_path / "x.db")
    assert next(s.db.query("PRAGMA journal_mode"))["journal_mode"] == "wal"
    s.close()


def _night_from(store, outlets, downed):
    for i, (outlet, value) in enumerate(zip(outlets, downed, strict=True)):
        strikes = [dict(SEED["strikes"][0], drones_downed=value), SEED["strikes"][1]]
        text = f"Wire report {i}: air defence downed {value} drones over {outlet}."
        store.save_article(text, {**SEED, "strikes": strikes}, channel(outlet, f"desk{i}", i + 1))


def test_a_night_many_outlets_report_names_the_first_twelve_and_counts_the_rest(store):
    from bot.local_api import html_to_plain
    from briefings import render_strikes

    outlets = [f"Desk {n:02d}" for n in range(1, 21)]
    # Sixteen give 139 drones downed, the last four 131: the claimant's line names the first
    # twelve outlets and counts eight more; the figure's reports differ, so each value is
    # attributed, 139 to its first twelve and four more.
    _night_from(store, outlets, [139] * 16 + [131] * 4)
    (view,) = store.strike_nights()
    uaf = next(c for c in view.claimants if c.claimant == "Ukrainian Air Force")
    assert all(
        len({(r.outlet, r.link) for r in c.sources}) <= 12 for c in uaf.figures["drones_downed"]
    )
    text = re.sub(r" \(https://t\.me/[^)]*\)", "", html_to_plain(render_strikes([view])))
    first = ", ".join(outlets[:12])
    assert f"Sources: {first} and 8 more" in text
    assert f"139 drones ({first} and 4 more sources)" in text
    assert f"131 drones ({', '.join(outlets[16:])})" in text


def test_a_night_three_outlets_post_thirty_times_names_each_once_and_counts_posts(store):
    from bot.local_api import html_to_plain
    from briefings import render_strikes

    # Ten posts from each of three channels: the line names the three and says how many more
    # sources (posts) stand behind the figure, never as if they were more outlets.
    _night_from(store, ["Wire A", "Wire B", "Wire C"] * 10, [139] * 30)
    text = re.sub(
        r" \(https://t\.me/[^)]*\)", "", html_to_plain(render_strikes(store.strike_nights()))
    )
    lines = [x for x in text.splitlines() if x.startswith("Sources:")]
    assert lines and all(x == "Sources: Wire A, Wire B, Wire C and 18 more sources" for x in lines)


def test_a_night_few_outlets_report_names_every_one(store):
    from bot.local_api import html_to_plain
    from briefings import render_strikes

    outlets = ["Kyiv Wire", "Harbour Times", "Kyiv Wire"]
    _night_from(store, outlets, [139, 139, 139])
    text = html_to_plain(render_strikes(store.strike_nights()))
    assert "more" not in text
    # An editor reads each outlet once, linked to its first post; /sources N lists both posts.
    names = "Sources: Kyiv Wire (https://t.me/desk0/1), Harbour Times (https://t.me/desk1/2)"
    assert all(line == names for line in text.splitlines() if line.startswith("Sources:"))
    assert text.count("Kyiv Wire") == text.count("Harbour Times") == 2  # one per claimant
    (claim,) = store.strike_nights()[0].claimants[0].figures["drones_downed"]
    assert {r.link for r in claim.sources} >= {"https://t.me/desk0/1", "https://t.me/desk2/3"}
