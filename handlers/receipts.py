"""Receipts an editor can act on: one article's receipt carries Confirm, Fix, Not a report."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message

from briefings import render_intake
from briefings.catalogue import language_of
from briefings.review import plain
from handlers.context import NewsroomContext
from handlers.reply import reply_html
from storage.views import ArticleReview

# Button data: "rv:<action>:<article id>".
CALLBACK = "rv"
CONFIRM, FIX, REMOVE, RESTORE = "c", "f", "x", "r"


def message_language(message: Message, context: NewsroomContext) -> str:
    """The chat's /lang choice, else the sender's Telegram language (as chat_language does)."""
    chosen = context.store.chat_language(message.chat_id)
    if chosen:
        return chosen
    return language_of(message.from_user.language_code if message.from_user else None)


def keyboard(review: ArticleReview, lang: str = "en") -> InlineKeyboardMarkup:
    """The receipt's buttons for the article's state: what an editor can still do with it."""

    def button(key: str, action: str) -> InlineKeyboardButton:
        return InlineKeyboardButton(
            plain(lang, f"review.button.{key}"),
            callback_data=f"{CALLBACK}:{action}:{review.article_id}",
        )

    if review.state == "removed":
        return InlineKeyboardMarkup([[button("restore", RESTORE)]])
    row = [button("fix", FIX), button("remove", REMOVE)]
    if review.state != "confirmed":
        row.insert(0, button("confirm", CONFIRM))
    return InlineKeyboardMarkup([row])


def _reviewed_article(receipt) -> int | None:
    """The one stored article a receipt is about (none for refusals and many-article files)."""
    if hasattr(receipt, "refusals"):  # a file: only one that held one article
        if receipt.single is None or receipt.stopped:
            return None
        receipt = receipt.single
    if receipt.status == "refused":
        return None
    return receipt.article_id


async def send_receipt(
    message: Message, context: NewsroomContext, receipt, *, lang: str | None = None
) -> None:
    """Reply with an intake receipt; one article's receipt lists its figures with their words
    and carries the Confirm, Fix and Not a report buttons. `lang`: the language of whoever
    asked (an editor's /add on someone else's message), else the message's."""
    lang = lang or message_language(message, context)
    article_id = _reviewed_article(receipt)
    review = context.store.article_review(article_id) if article_id else None
    if review is None:
        await reply_html(message, render_intake(receipt, lang=lang), quote=True)
        return
    sent = await reply_html(
        message,
        render_intake(receipt, review=review, lang=lang),
        quote=True,
        reply_markup=keyboard(review, lang),
    )
    context.store.remember_receipt(message.chat_id, sent[-1].message_id, review.article_id)
