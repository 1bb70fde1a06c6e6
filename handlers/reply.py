"""Sending HTML replies that respect Telegram's limits."""

from telegram import LinkPreviewOptions, Message
from telegram.constants import ParseMode

from briefings import split_message

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


async def reply_html(message: Message, html: str, *, quote: bool = False) -> list[Message]:
    """Reply with Telegram HTML, split under 4,096 characters on line boundaries."""
    sent = []
    for part in split_message(html):
        sent.append(
            await message.reply_text(
                part,
                parse_mode=ParseMode.HTML,
                link_preview_options=NO_PREVIEW,
                do_quote=quote and not sent,
            )
        )
    return sent
