"""The receipt's buttons speak the chat's language, as the rest of the receipt does; what they
send back (their callback data) is the same in every language."""

import pytest

from bot.local_api import html_to_plain
from tests.conftest import EDITOR
from tests.review.test_review_bot import ask, labels, now, press
from tests.review.texts import NIGHT
from tests.support.updates import forwarded_update

LABELS = {
    "en": ["Confirm", "Fix", "Not a report"],
    "uk": ["Підтвердити", "Виправити", "Не новина"],
    "ru": ["Подтвердить", "Исправить", "Не новость"],
}
RESTORE = {"en": "Restore", "uk": "Відновити", "ru": "Восстановить"}


async def _receipt(bot, fake, language_code="en"):
    await bot.process_update(
        forwarded_update(bot.bot, NIGHT, user_id=EDITOR, language_code=language_code)
    )
    return fake.messages(EDITOR)[-1]


def _data(message) -> list[str]:
    return [b["callback_data"] for row in message["reply_markup"]["inline_keyboard"] for b in row]


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
async def test_the_buttons_follow_the_users_language(bot, fake, store, lang):
    message = await _receipt(bot, fake, language_code=lang)
    assert labels(message) == LABELS[lang]
    assert [d.rsplit(":", 1)[0] for d in _data(message)] == ["rv:c", "rv:f", "rv:x"]


async def test_a_ukrainian_chat_gets_ukrainian_buttons_that_work(bot, fake, store):
    await ask(bot, fake, "/lang uk")
    message = await _receipt(bot, fake)
    assert labels(message) == LABELS["uk"]
    assert "«Підтвердити» публікує" in html_to_plain(message["text"])
    await press(bot, fake, message, "Підтвердити")
    assert labels(now(fake, message)) == ["Виправити", "Не новина"]
    await press(bot, fake, now(fake, message), "Не новина")
    assert labels(now(fake, message)) == [RESTORE["uk"]]
    await press(bot, fake, now(fake, message), RESTORE["uk"])
    assert labels(now(fake, message)) == ["Виправити", "Не новина"]
