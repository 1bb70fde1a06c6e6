"""Not every message is an article: a remark to the bot is answered, never stored."""

from bot.local_api import html_to_plain
from tests.conftest import EDITOR
from tests.intake.wire import UNDATED
from tests.support.updates import command_update, forwarded_update, message_update


async def say(app, fake, text) -> str:
    before = len(fake.sent())
    await app.process_update(message_update(app.bot, text, user_id=EDITOR))
    return "\n".join(html_to_plain(p["text"]) for p in fake.sent()[before:])


async def test_a_greeting_gets_a_short_answer_and_is_not_stored(app, fake, store):
    for text in ("hi, what's new today?", "привіт, що нового?", "thanks!! great work team"):
        answer = await say(app, fake, text)
        assert "nothing was stored" in answer and "\n" not in answer
    assert store.counts() == {"stories": 0, "articles": 0, "sources": 0, "facts": 0}
    await app.process_update(command_update(app.bot, "/latest", user_id=EDITOR))
    assert html_to_plain(fake.sent()[-1]["text"]).startswith("No stories yet")


async def test_a_long_question_without_figures_is_not_a_story(app, fake, store):
    question = (
        "Morning all, before the 10:00 meeting could someone tell me whether we have anything "
        "new from the air force or the ombudsman since last night's update?"
    )
    assert "nothing was stored" in await say(app, fake, question)
    assert store.counts()["articles"] == 0


async def test_a_short_report_with_figures_is_stored(app, fake, store):
    answer = await say(app, fake, "Russia launched 64 drones overnight; 50 were shot down.")
    assert answer.startswith("Stored")
    assert (await say(app, fake, UNDATED)).startswith("Stored")


async def test_a_short_channel_flash_is_published_news_and_stored(app, fake, store):
    flash = "Explosions heard in Kyiv, air defence at work."
    await app.process_update(forwarded_update(app.bot, flash, user_id=EDITOR))
    assert html_to_plain(fake.sent()[-1]["text"]).startswith("Stored")
    assert store.counts()["articles"] == 1


async def test_a_terse_figure_flash_without_little_words_is_stored(app, fake, store):
    # Headline style: no "the", "of", "in"... but figures a reader needs.
    flashes = (
        "Ukrainian Air Force: overnight Russia launched 33 drones; 30 shot down.",
        "Минобороны: 2 марта 2025 года над Брянской областью уничтожены 14 украинских "
        "беспилотников.",
    )
    for flash in flashes:
        assert (await say(app, fake, flash)).startswith("Stored"), flash
    assert store.counts()["articles"] == 2


async def test_keyboard_noise_without_figures_is_still_refused(app, fake, store):
    noise = "qwerty asdfgh zxcvbn poiuyt lkjhgf mnbvcx wertyu sdfghj xcvbnm rtyuio"
    assert "no readable sentences" in await say(app, fake, noise)
    assert store.counts()["articles"] == 0


async def test_a_post_forwarded_again_is_named_by_its_own_channel(app, fake, store):
    flash = "Russia launched 64 drones overnight; 50 were shot down, the air force said."
    first = forwarded_update(app.bot, flash, user_id=EDITOR, channel_title="Harbour Times")
    await app.process_update(first)
    again = dict(channel_title="Coast Wire", channel_username="coastwire", channel_id=-1009)
    await app.process_update(forwarded_update(app.bot, flash, user_id=EDITOR, **again))
    await app.process_update(forwarded_update(app.bot, flash, user_id=EDITOR, **again))
    reply = html_to_plain(fake.sent()[-1]["text"])
    assert reply.startswith("Already stored") and "(Coast Wire," in reply
