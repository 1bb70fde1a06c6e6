"""The interface in Ukrainian and English, per chat, through the real Application."""

import json

from sqlite_utils import Database

from bot.local_api import html_to_plain
from briefings.catalogue import CATALOGUES
from handlers import COMMANDS
from storage import Store, migrations
from tests.articles import EXCHANGE_AND_STRIKES
from tests.bot.test_conversation import replies
from tests.conftest import EDITOR
from tests.support.updates import command_update, message_update, sticker_update

GROUP = -4001001


async def ask(app, fake, text, *, user_id=EDITOR, **kw):
    """Send a command (by the editor unless told) and return the reply as plain text."""
    before = len(fake.sent())
    await app.process_update(command_update(app.bot, text, user_id=user_id, **kw))
    return "\n".join(replies(fake, before))


async def test_lang_uk_then_help_is_in_ukrainian(app, fake, store):
    answer = await ask(app, fake, "/lang uk")
    assert "українською" in answer
    help_text = await ask(app, fake, "/help")
    assert "Команди" in help_text
    assert "Перешліть допис" in help_text
    assert "Останні сюжети, найновіші спершу" in help_text  # /latest, described in Ukrainian
    assert "Commands" not in help_text
    for command in COMMANDS:
        assert (f"/{command.name}" in help_text) == (command.name not in ("stats", "add"))
    assert store.chat_language(EDITOR) == "uk"


async def test_a_pasted_articles_source_is_named_in_the_chats_language(app, fake, store):
    await ask(app, fake, "/lang uk")
    await app.process_update(message_update(app.bot, EXCHANGE_AND_STRIKES, user_id=EDITOR))
    for command in ("/exchange", "/sources", "/sources 1", "/search prisoners"):
        answer = await ask(app, fake, command)
        assert "вставлений текст, видання не вказано" in answer, command
        assert "pasted text" not in answer, command


async def test_the_choice_is_kept_per_chat(app, fake):
    await ask(app, fake, "/lang uk")
    assert "Команди" in await ask(app, fake, "/help")
    await ask(app, fake, "/lang en")
    assert "Commands" in await ask(app, fake, "/help")
    # Another chat keeps following its user's Telegram language.
    other = await ask(app, fake, "/help", user_id=2002, chat_id=2002)
    assert "Commands" in other


async def test_without_a_choice_the_users_telegram_language_decides(app, fake):
    assert "Команди" in await ask(app, fake, "/help", language_code="uk")
    assert "Добро пожаловать" in await ask(app, fake, "/start", language_code="ru")
    assert "Commands" in await ask(app, fake, "/help", language_code="de")


async def test_a_chosen_language_beats_the_users_telegram_language(app, fake):
    await ask(app, fake, "/lang en", language_code="uk")
    assert "Commands" in await ask(app, fake, "/help", language_code="uk")


async def test_lang_without_a_known_language_says_how(app, fake, store):
    answer = await ask(app, fake, "/lang de")
    assert "/lang uk" in answer and "/lang en" in answer
    assert store.chat_language(EDITOR) is None


async def test_refusals_and_errors_speak_the_chats_language(app, fake):
    await ask(app, fake, "/lang uk")
    assert "Як користуватися: /latest" in await ask(app, fake, "/latest many")
    before = len(fake.sent())
    await app.process_update(sticker_update(app.bot, user_id=EDITOR))
    assert "Стікер" in replies(fake, before)[-1]


async def test_every_reply_is_html_by_default(app, fake):
    await ask(app, fake, "/whoami")
    sent = fake.sent()[-1]
    assert sent.get("parse_mode") == "HTML"
    assert "<code>" not in html_to_plain(sent["text"])


def _menus(fake) -> dict[tuple[str, str], list[str]]:
    out = {}
    for method, params in fake.calls:
        if method == "setMyCommands":
            scope = params.get("scope") or {"type": "default"}
            if isinstance(scope, str):
                scope = json.loads(scope)
            commands = params["commands"]
            if isinstance(commands, str):
                commands = json.loads(commands)
            out[(scope["type"], params.get("language_code") or "")] = commands
    return out


async def test_menus_per_chat_type_and_language(app, fake):
    menus = _menus(fake)
    assert set(menus) == {
        ("all_private_chats", ""),
        ("all_private_chats", "uk"),
        ("all_group_chats", ""),
        ("all_group_chats", "uk"),
    }
    private = [c["command"] for c in menus[("all_private_chats", "")]]
    groups = [c["command"] for c in menus[("all_group_chats", "")]]
    assert "add" not in private  # in a private chat anything sent is stored already
    assert "add" in groups  # editors are named (the test config), so /add works in groups
    assert {"latest", "exchange", "strikes", "sources", "lang"} <= set(private) & set(groups)
    uk = {c["command"]: c["description"] for c in menus[("all_private_chats", "uk")]}
    assert uk["latest"] == "Останні сюжети, найновіші спершу"


async def test_group_chats_get_answers_in_the_groups_language(app, fake):
    await ask(app, fake, "/lang uk", chat_type="group", chat_id=GROUP)
    text = await ask(app, fake, "/help", chat_type="group", chat_id=GROUP, user_id=3003)
    assert "Команди" in text


async def test_group_menu_hides_add_when_no_editor_is_named(config, fake, store):
    from dataclasses import replace

    from bot.app import build_application, running

    application = build_application(
        replace(config, editors=frozenset()), request=fake, store=store, rate_limit=False
    )
    async with running(application):
        pass
    groups = [c["command"] for c in _menus(fake)[("all_group_chats", "")]]
    assert "add" not in groups and "latest" in groups


def test_a_store_from_before_languages_migrates_and_keeps_its_articles(tmp_path):
    path = tmp_path / "old.db"
    db = Database(path)
    migrations.migrations.apply(db, stop_before="m008_chat_languages")
    db["stories"].insert({"id": 1, "title": "Old story", "last_date": "2023-12-03"})
    db.close()
    store = Store.open(path)
    try:
        assert store.db["stories"].get(1)["title"] == "Old story"
        assert store.chat_language(EDITOR) is None
        store.set_chat_language(EDITOR, "uk", by=EDITOR)
        assert store.chat_language(EDITOR) == "uk"
    finally:
        store.close()


async def test_a_refusal_speaks_the_chats_language(app, fake):
    from tests.support.updates import message_update

    await ask(app, fake, "/lang uk")
    before = len(fake.sent())
    await app.process_update(message_update(app.bot, "ok", user_id=EDITOR))
    (answer,) = replies(fake, before)
    assert answer.startswith("Це не схоже на статтю: текст закороткий")


ODESA_NIGHT = """\
Drones hit Odesa port overnight, governor says

ODESA, March 3, 2025 - Russian forces attacked the Odesa region overnight with 24 attack drones, \
regional governor Oleh Kiper said on Monday, adding that air defences shot down 19 of them. \
Debris damaged port infrastructure and energy infrastructure in the city, he said.
"""


async def test_a_ukrainian_chat_reads_claimants_regions_and_targets_in_ukrainian(app, fake):
    await ask(app, fake, "/lang uk")
    await app.process_update(message_update(app.bot, ODESA_NIGHT, user_id=EDITOR))
    strikes = await ask(app, fake, "/strikes 2025-03-03")
    assert "Очільник Одеської області" in strikes
    assert "Регіони: Одеса" in strikes
    assert "Цілі: портова інфраструктура, енергетична інфраструктура" in strikes
    assert "Odesa" not in strikes and "Governor" not in strikes
    latest = await ask(app, fake, "/latest")
    assert "(Очільник Одеської області)" in latest
    # The headline is the article's own words: never translated.
    assert "Drones hit Odesa port overnight, governor says" in latest
    await ask(app, fake, "/lang en")
    english = await ask(app, fake, "/strikes 2025-03-03")
    assert "Odesa Governor" in english and "Regions: Odesa" in english


async def test_sources_names_mediators_in_the_chats_language(app, fake):
    await app.process_update(message_update(app.bot, EXCHANGE_AND_STRIKES, user_id=EDITOR))
    await ask(app, fake, "/lang uk")
    story = (await ask(app, fake, "/latest")).split("#", 1)[1].split(" ", 1)[0]
    sources = await ask(app, fake, f"/sources {story}")
    assert "посередник: Туреччина" in sources and "посередник: ОАЕ" in sources
    assert "United Arab Emirates" not in sources.split("«", 1)[0]


def test_every_name_the_extractor_gives_has_a_ukrainian_name():
    from briefings.catalogue.names import FRAMEWORKS, PLACES, TARGETS
    from extraction import exchange, places, strikes

    assert set(places._PLACES) <= set(PLACES["uk"])
    assert {name for name, _ in strikes._TARGETS} <= set(TARGETS["uk"])
    assert {name for name, _ in exchange._FRAMEWORKS} <= set(FRAMEWORKS["uk"])
    for name, _ in exchange._MEDIATORS:
        assert f"mediator.{name}" in CATALOGUES["uk"], name


async def test_only_a_groups_admins_and_editors_change_its_language(app, fake, store):
    fake.set_admins(GROUP, [3004])
    answer = await ask(app, fake, "/lang uk", chat_type="group", chat_id=GROUP, user_id=3003)
    assert "Only this group's admins" in answer
    assert store.chat_language(GROUP) is None
    answer = await ask(app, fake, "/lang uk", chat_type="group", chat_id=GROUP, user_id=3004)
    assert "українською" in answer and store.chat_language(GROUP) == "uk"
    answer = await ask(app, fake, "/lang en", chat_type="group", chat_id=GROUP, user_id=3003)
    assert "адміністратори" in answer and store.chat_language(GROUP) == "uk"
    answer = await ask(app, fake, "/lang en", chat_type="group", chat_id=GROUP)  # the editor
    assert "English" in answer and store.chat_language(GROUP) == "en"
    # in a private chat it is the person's own choice
    assert "українською" in await ask(app, fake, "/lang uk", user_id=3003)
