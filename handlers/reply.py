"""Sending HTML replies that respect Telegram's limits.

Parse mode (HTML) and link previews (off) are the Application's Defaults, set once in
bot/app.py; every text sent is Telegram HTML.
"""

from telegram import LinkPreviewOptions, Message

from briefings import split_message

# The Application's default: briefings are full of links, and previews would bury them.
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


async def reply_html(message: Message, html: str, *, quote: bool = False) -> list[Message]:
    """Reply with Telegram HTML, split under 4,096 characters on line boundaries."""
    sent = []
    for part in split_message(html):
        sent.append(await message.reply_text(part, do_quote=quote and not sent))
    return sent
