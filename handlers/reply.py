"""Sending HTML replies that respect Telegram's limits.

Parse mode (HTML) and link previews (off) are the Application's Defaults, set once in
bot/app.py; every text sent is Telegram HTML.
"""

from telegram import InlineKeyboardMarkup, LinkPreviewOptions, Message

from briefings import split_message

# The Application's default: briefings are full of links, and previews would bury them.
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


async def reply_html(
    message: Message,
    html: str,
    *,
    quote: bool = False,
    reply_markup: InlineKeyboardMarkup | None = None,
) -> list[Message]:
    """Reply with Telegram HTML, split under 4,096 characters on line boundaries; buttons, if
    any, go under the last part."""
    sent = []
    parts = split_message(html)
    for index, part in enumerate(parts):
        markup = reply_markup if index == len(parts) - 1 else None
        sent.append(
            await message.reply_text(part, do_quote=quote and not sent, reply_markup=markup)
        )
    return sent
