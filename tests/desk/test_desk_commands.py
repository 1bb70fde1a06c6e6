"""/search, /export, /chart and unknown commands through the real Application."""

import csv
import io
import threading

import pytest

import briefings.charts as charts_module
from bot.cli import main
from bot.local_api import html_to_plain
from storage.review import Editor
from tests.conftest import EDITOR
from tests.desk.conftest import save
from tests.support.updates import callback_update, command_update

SORRY = "Sorry, something went wrong"


async def ask(app, fake, text, **kw):
    """Send a command; return the plain text of every message the bot sent back."""
    before = len(fake.sent())
    await app.process_update(command_update(app.bot, text, user_id=EDITOR, **kw))
    return [html_to_plain(p["text"]) for p in fake.sent()[before:]]


# -- /search ----------------------------------------------------------------------------


def _articles_about_drones(store):
    older = save(
        store,
        "Drones struck the port overnight; officials said drones also hit <warehouses> & silos.",
        title="Drones hit <Odesa> port & grain silos",
        published="2024-01-10",
    )
    passing = save(
        store,
        "The council met to discuss the budget. A drones programme got a brief mention.",
        title="City council passes budget",
        published="2024-01-12",
        outlet="Harbour Times",
    )
    focused = save(
        store,
        "Drones again: the air force said drones came in three waves and most drones were downed.",
        title="Drones attack Kyiv in three waves",
        published="2024-01-12",
        outlet="Eastern Dispatch",
        link="https://dispatch.example/drones-kyiv",
    )
    return older, passing, focused


async def test_search_ranks_newest_first_then_best_match_and_escapes(app, fake, store):
    older, _, focused = _articles_about_drones(store)
    [reply] = await ask(app, fake, "/search drones")
    # Same day: the article about drones before the one mentioning them once; then older ones.
    assert reply.index("Drones attack Kyiv") < reply.index("City council") < reply.index("<Odesa>")
    assert "3 articles" in reply
    assert f"story #{focused.story_id}" in reply and f"story #{older.story_id}" in reply
    assert "12 Jan 2024 · Eastern Dispatch" in reply
    html = fake.texts()[-1]
    assert "<b>Drones</b>" in html or "<b>drones</b>" in html
    assert "&lt;Odesa&gt;" in html and "&amp;" in html  # headline and snippet escaped
    assert '<a href="https://dispatch.example/drones-kyiv">Eastern Dispatch</a>' in html


async def test_search_since_no_match_and_usage(app, fake, store):
    _articles_about_drones(store)
    [reply] = await ask(app, fake, "/search drones since 2024-01-11")
    assert "2 articles" in reply and "Odesa" not in reply
    [none] = await ask(app, fake, "/search submarine")
    assert "No stored article mentions" in none and "submarine" in none
    [usage] = await ask(app, fake, "/search")
    assert usage.startswith("Usage: /search")
    [bad] = await ask(app, fake, "/search drones since yesterday-ish")
    assert bad.startswith("Usage: /search")
    for cut_short in ("/search drones since", "/search drones page"):
        [bad] = await ask(app, fake, cut_short)
        assert bad.startswith("Usage: /search"), cut_short


async def test_search_falls_back_to_any_word(app, fake, store):
    _articles_about_drones(store)
    [reply] = await ask(app, fake, "/search budget submarine")
    assert "some of them" in reply and "City council" in reply


async def test_search_pages_with_a_more_button_and_page_n(app, fake, store):
    for n in range(12):
        save(
            store,
            f"Report number {n}: shelling damaged homes in the district, officials said.",
            title=f"Shelling report {n:02d}",
            published=f"2024-03-{n + 1:02d}",
        )
    [first] = await ask(app, fake, "/search shelling")
    assert "12 articles" in first and "page 1 of 3" in first
    assert "Shelling report 11" in first and "Shelling report 06" not in first
    message = fake.messages(EDITOR)[-1]
    [[button]] = message["reply_markup"]["inline_keyboard"]
    assert button["text"] == "More: page 2 of 3"

    before = len(fake.sent())
    await app.process_update(
        callback_update(app.bot, button["callback_data"], message, user_id=EDITOR)
    )
    answered = [p for m, p in fake.calls if m == "answerCallbackQuery"]
    assert answered and "text" not in answered[-1]  # answered quietly, the spinner stops
    assert any(m == "editMessageReplyMarkup" for m, _ in fake.calls)  # the used button goes
    second = html_to_plain(fake.sent()[before:][-1]["text"])
    assert "page 2 of 3" in second and "Shelling report 06" in second
    assert "Shelling report 11" not in second

    [third] = await ask(app, fake, "/search shelling page 3")
    assert "Shelling report 00" in third and "Shelling report 01" in third
    assert "reply_markup" not in fake.messages(EDITOR)[-1]  # the last page has no button


async def test_an_expired_search_button_is_answered(app, fake, store):
    message = {
        "message_id": 999,
        "date": 1700000000,
        "chat": {"id": EDITOR, "type": "private", "first_name": "R"},
        "text": "old results",
    }
    await app.process_update(
        callback_update(app.bot, "search:deadbeef0000:2", message, user_id=EDITOR)
    )
    answered = [p for m, p in fake.calls if m == "answerCallbackQuery"]
    assert "send /search again" in answered[-1]["text"]


async def test_huge_headlines_and_markup_still_fit_one_message(app, fake, store):
    for n in range(6):
        save(
            store,
            ("<b>&amp; drones " * 400) + f" tail {n}",
            title=("Drones & <missiles> " * 300) + str(n),
            published="2024-04-01",
        )
    replies = await ask(app, fake, "/search drones")
    assert replies and not any(SORRY in r for r in replies)
    assert all(len(r) <= 4096 for r in replies)


# -- /export ----------------------------------------------------------------------------


def _csv_rows(data: bytes) -> list[dict]:
    assert data.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel needs for UTF-8
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


async def test_export_sends_a_csv_whose_rows_match_the_store(app, fake, nights, swaps):
    store = nights
    [checked] = store.db.query(
        "select article_id from facts where field = 'drones_downed' "
        "and claimant = 'Russian Defence Ministry' and night = '2024-01-12'"
    )
    store.confirm_article(checked["article_id"], Editor(1001, "Olena Editor"))
    await ask(app, fake, "/export")
    method, chat, filename, data, params = fake.uploads[-1]
    assert (method, chat, filename) == ("sendDocument", str(EDITOR), "newsroom-figures-all.csv")
    assert "rows from" in html_to_plain(params["caption"])
    rows = _csv_rows(data)
    assert list(rows[0]) == [
        "story", "topic", "date", "field", "value", "claimant", "side", "attacker", "outlet",
        "link", "published", "quote", "editor_action", "current", "also_carried_by", "fact_id",
    ]  # fmt: skip
    stored = {
        r["id"]: (
            r["story_id"],
            r["field"],
            r["number"],
            r["claimant"] or "",
            not r["superseded_by"],
        )
        for r in store.db.query("select * from facts where number is not null")
    }
    exported = {
        int(r["fact_id"]): (
            int(r["story"]),
            r["field"],
            int(r["value"]),
            r["claimant"],
            r["current"] == "yes",
        )
        for r in rows
    }
    assert exported == stored and len(rows) == len(stored) == 18
    by = {(r["claimant"], r["date"], r["field"], r["value"]): r for r in rows}
    replaced = by[("Ukrainian Air Force", "2023-12-03", "drones_downed", "139")]
    assert replaced["current"] == "no"
    assert by[("Ukrainian Air Force", "2023-12-03", "drones_downed", "150")]["current"] == "yes"
    [launched] = [
        r
        for r in rows
        if r["field"] == "drones_launched"
        and r["outlet"] == "Kyiv Wire"
        and r["date"] == "2023-12-03"
    ]
    assert (launched["value"], launched["side"], launched["quote"]) == (
        "176",
        "Ukraine",
        "launched 176 drones",
    )
    assert launched["link"] == "https://kyivwire.example/139-of-176"
    assert any(r["quote"] == "launched 176 drones" for r in rows)
    assert by[("", "2024-01-03", "returned", "230")]["quote"] == "brought home 230"
    russian = by[("Russian Defence Ministry", "2024-01-12", "drones_downed", "12")]
    assert russian["side"] == "Russia"
    assert russian["editor_action"].startswith("confirmed by Olena Editor, 20")
    assert by[("Ukrainian Air Force", "2023-12-05", "drones_launched", "24")]["outlet"] == (
        "Повітряні сили ЗС України"
    )


async def test_export_filters_and_refuses_bad_arguments(app, fake, nights, swaps):
    await ask(app, fake, "/export strikes since 2024-01-01")
    *_, filename, data, _ = fake.uploads[-1]
    rows = _csv_rows(data)
    assert filename == "newsroom-figures-strikes-since-2024-01-01.csv"
    assert {r["topic"] for r in rows} == {"strike"}
    assert {r["date"] for r in rows} == {"2024-01-12", "2024-02-10"}
    await ask(app, fake, "/export exchange")
    rows = _csv_rows(fake.uploads[-1][3])
    assert {(r["field"], r["value"]) for r in rows} == {
        ("count", "1200"), ("count", "248"), ("returned", "230"), ("returned", "100"),
    }  # fmt: skip
    [usage] = await ask(app, fake, "/export everything")
    assert usage.startswith("Usage: /export")
    [none] = await ask(app, fake, "/export strikes since 2030-01-01")
    assert none == "No strike figures stored since 1 Jan 2030."


async def test_a_formula_in_a_cell_is_neutralised():
    from briefings.export_csv import render_csv

    rows = _csv_rows(render_csv([{"claimant": '=HYPERLINK("x")', "outlet": "-5 wire", "value": 5}]))
    assert rows[0]["claimant"].startswith("'=") and rows[0]["outlet"] == "'-5 wire"
    assert rows[0]["value"] == "5"


async def test_cli_export_gives_the_same_csv(app, fake, nights, swaps, config, tmp_path):
    await ask(app, fake, "/export all")
    out = tmp_path / "figures.csv"
    assert main(["export", "all", "--db", config.db_path, "-o", str(out)]) == 0
    assert out.read_bytes() == fake.uploads[-1][3]


# -- /chart -----------------------------------------------------------------------------


@pytest.fixture
def plotted(monkeypatch):
    """What the handler hands to the plotting code, and the thread that drew it."""
    seen = []
    for name in ("plot_strikes", "plot_swaps"):
        real = getattr(charts_module, name)

        def spy(series, lang="en", real=real):
            seen.append((series, threading.current_thread()))
            return real(series, lang)

        monkeypatch.setattr(charts_module, name, spy)
    return seen


def _stored_night(store, claimant, night, field):
    """The figure a claimant gives for a night, read from facts: the current, latest report."""
    row = store.db.execute(
        """select number from facts where claimant = ? and night = ? and field = ?
        and superseded_by is null and number is not null order by reported_at desc, id desc""",
        [claimant, night, field],
    ).fetchone()
    return row[0] if row else None


async def test_chart_strikes_sends_a_png_of_the_stored_figures(app, fake, nights, plotted):
    store = nights
    await ask(app, fake, "/chart strikes 90d")
    method, _, _, png, params = fake.uploads[-1]
    assert method == "sendPhoto" and png.startswith(b"\x89PNG\r\n\x1a\n")
    caption = html_to_plain(params["caption"])
    assert "Drones and missiles per night, 13 Nov 2023 – 10 Feb 2024" in caption
    assert "Kyiv Wire" in caption and "Ukrainian Air Force" in caption
    [(series, thread)] = plotted
    assert thread is not threading.main_thread()  # drawn off the event loop's thread
    assert series.nights == ["2023-12-03", "2023-12-05", "2024-01-12", "2024-02-10"]
    for field, values in series.air_force.items():
        assert values == [
            _stored_night(store, "Ukrainian Air Force", n, field) for n in series.nights
        ]
    assert series.air_force["drones_downed"][0] == 150  # the correction, not the 139 it replaced
    assert series.russia_downed == [
        _stored_night(store, "Russian Defence Ministry", n, "drones_downed") for n in series.nights
    ]
    assert series.russia_downed == [57, None, 12, None]


async def test_chart_window_and_range(app, fake, nights, plotted):
    await ask(app, fake, "/chart strikes")  # 30 days to the latest night, 12 Jan to 10 Feb
    assert plotted[-1][0].nights == ["2024-01-12", "2024-02-10"]
    await ask(app, fake, "/chart strikes 2023-12-01..2023-12-31")
    assert plotted[-1][0].nights == ["2023-12-03", "2023-12-05"]
    [none] = await ask(app, fake, "/chart strikes 2022-01-01..2022-02-01")
    assert none.startswith("No Air Force or Russian defence ministry figures")
    for bad in (
        "/chart",
        "/chart pie",
        "/chart strikes 2024-02-01..2024-01-01",
        "/chart strikes 9y",
    ):
        [usage] = await ask(app, fake, bad)
        assert usage.startswith("Usage: /chart"), bad


def test_the_png_draws_exactly_the_series(nights):
    save(
        nights,
        "The air force said 40 means of air attack were launched and 31 destroyed.",
        title="40 means of air attack",
        published="2024-02-08",
        strikes=[
            {"claimant": "Ukrainian Air Force", "attacker": "russia", "date": "2024-02-08",
             "total_launched": 40, "total_downed": 31}
        ],
    )  # fmt: skip
    series = nights.desk.strike_chart(90)
    assert series.air_force["total_launched"] == [None, None, None, 40, None]
    fig = charts_module.plot_strikes(series)
    drones = fig.axes[0]
    heights = [[b.get_height() for b in c] for c in drones.containers]
    assert heights == [[176, 24, 45], [150, 18, 40], [40], [31]]
    assert [b.get_height() for b in fig.axes[2].containers[0]] == [57, 12]


async def test_chart_exchange_plots_people_returned_per_swap(app, fake, swaps, plotted):
    await ask(app, fake, "/chart exchange")
    method, _, _, png, params = fake.uploads[-1]
    assert method == "sendPhoto" and png.startswith(b"\x89PNG")
    [(series, _)] = plotted
    stored = list(
        swaps.db.query(
            """select f.story_id, min(f.reported_at) as day, max(f.number) as returned
            from facts f where f.field = 'returned' group by f.story_id order by day"""
        )
    )
    assert series.dates == [r["day"] for r in stored] == ["2024-01-03", "2024-02-09"]
    assert series.returned == [r["returned"] for r in stored] == [230, 100]
    assert "2 swaps, 330 people" in html_to_plain(params["caption"])


async def test_cli_chart_gives_the_same_png(app, fake, nights, config, tmp_path):
    await ask(app, fake, "/chart strikes 90d")
    out = tmp_path / "chart.png"
    assert main(["chart", "strikes", "90d", "--db", config.db_path, "-o", str(out)]) == 0
    assert out.read_bytes() == fake.uploads[-1][3]


async def test_chart_with_an_empty_store_says_so(app, fake):
    [reply] = await ask(app, fake, "/chart strikes")
    assert reply == "No attack figures stored yet: nothing to chart."
    [reply] = await ask(app, fake, "/chart exchange")
    assert reply.startswith("No completed swap")


# -- unknown commands -------------------------------------------------------------------


async def test_an_unknown_command_gets_one_line_pointing_to_help(app, fake):
    assert await ask(app, fake, "/weather") == [
        "I don't know /weather. /help lists the commands I answer."
    ]
    assert await ask(app, fake, "/frobnicate now please") == [
        "I don't know /frobnicate. /help lists the commands I answer."
    ]


async def test_a_command_for_another_bot_in_a_group_is_left_alone(app, fake):
    assert await ask(app, fake, "/weather@some_other_bot", chat_type="group") == []
    assert len(await ask(app, fake, "/weather@newsroom_bot", chat_type="group")) == 1


async def test_help_and_menu_list_the_desk_commands(app, fake):
    [help_text] = await ask(app, fake, "/help")
    for name in ("/search", "/export", "/chart"):
        assert name in help_text


async def test_a_snippet_does_not_repeat_the_headline(app, fake, store):
    save(
        store,
        "Officials said the drones came from the south.",
        title="Drones over Kharkiv",
        published="2024-05-01",
    )
    [reply] = await ask(app, fake, "/search drones")
    assert reply.count("Drones over Kharkiv") == 1
    assert "Officials said the drones came from the south." in reply


async def test_an_undated_article_is_found_last_and_says_its_date_is_unknown(app, fake, store):
    save(store, "Drones were reported over the city.", title="Undated drones note", published=None)
    save(
        store, "Drones were downed overnight.", title="Dated drones report", published="2024-01-05"
    )
    [reply] = await ask(app, fake, "/search drones")
    assert reply.index("Dated drones report") < reply.index("Undated drones note")
    assert "date unknown" in reply
    [since] = await ask(app, fake, "/search drones since 2024-01-01")
    assert "Undated" not in since


async def test_an_article_removed_as_not_a_report_is_not_found(app, fake, store):
    from storage.review import Editor

    kept = save(store, "Drones hit the port.", title="Drones hit the port", published="2024-05-02")
    gone = save(store, "Drones ad copy.", title="Drones sale this week", published="2024-05-03")
    store.remove_article(gone.article_id, Editor(EDITOR, "Editor"))
    [reply] = await ask(app, fake, "/search drones")
    assert "Drones hit the port" in reply and "Drones sale" not in reply
    assert kept.article_id != gone.article_id


async def test_an_unknown_command_with_markup_is_escaped(app, fake):
    assert await ask(app, fake, "/x<b>&") == [
        "I don't know /x<b>&. /help lists the commands I answer."
    ]


async def test_desk_tools_speak_the_chats_language(app, fake, nights, swaps):
    await ask(app, fake, "/lang uk")
    [none] = await ask(app, fake, "/search підводний човен")
    assert none.startswith("Жодна збережена стаття не згадує")
    [found] = await ask(app, fake, "/search дронів")
    assert "1 стаття, найновіші спершу" in found and "сюжет" in found
    await ask(app, fake, "/chart strikes 90d")
    caption = html_to_plain(fake.uploads[-1][4]["caption"])
    assert caption.startswith("Дрони й ракети за ніч") and "4 ночі" in caption
    await ask(app, fake, "/export strikes")
    assert "рядків" in html_to_plain(fake.uploads[-1][4]["caption"])
    assert await ask(app, fake, "/weather") == [
        "Не знаю команди /weather. /help — команди, на які я відповідаю."
    ]


async def test_a_search_of_too_many_words_says_so_instead_of_the_usage_line(app, fake, store):
    # An editor pastes a whole sentence into /search: the syntax is right, the query is too
    # long; the usage line alone would leave them guessing what they did wrong.
    _articles_about_drones(store)
    words = " ".join(["drones", "struck", "the", "port", "overnight"] * 4)
    [reply] = await ask(app, fake, f"/search {words}")
    assert "at most 12 words" in reply and "20" in reply
    assert not reply.startswith("Usage")
    await ask(app, fake, "/lang uk")
    [reply_uk] = await ask(app, fake, f"/search {words}")
    assert "щонайбільше 12 слів" in reply_uk


async def test_a_hit_whose_headline_opens_its_text_shows_that_sentence_once(app, fake, store):
    # A paste with no headline: its first sentence stands in for one, and the snippet opens
    # with it too; on a phone the same long sentence twice hides the next hit.
    from tests.support.updates import message_update

    text = (
        "Russia fired 14 cruise missiles at power plants in western Ukraine overnight, the "
        "energy ministry said on Friday, and engineers restored supply to most homes by noon."
    )
    await app.process_update(message_update(app.bot, text, user_id=EDITOR))
    [reply] = await ask(app, fake, "/search cruise missiles")
    assert reply.count("Russia fired 14 cruise missiles at power plants") == 1, reply
    assert "<b>cruise</b>" in fake.texts()[-1] or "<b>Cruise</b>" in fake.texts()[-1]
