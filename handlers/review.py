"""Editors in the loop: receipts with Confirm / Fix / Not a report, /fix, /undo, /merge, /split.

Each handler reads its arguments, calls one store intent and replies with what it returned.
"""

from __future__ import annotations

import contextlib
import html
import re

from telegram import Message, Update
from telegram.error import BadRequest

from briefings import split_message
from briefings.review import (
    callback_answer,
    plain,
    render_confirm,
    render_fix,
    render_merge,
    render_review_error,
    render_reviewed,
    render_split,
    render_undo,
    usage,
)
from handlers.access import allowed
from handlers.args import confirm_story, names_field_first, number, parse_fix
from handlers.commands import Command
from handlers.context import NewsroomContext
from handlers.language import chat_language, say
from handlers.receipts import CALLBACK, CONFIRM, FIX, REMOVE, RESTORE, keyboard
from handlers.reply import reply_html
from storage.review import Editor, ReviewError
from storage.views import ArticleReview

_CALLBACK = re.compile(rf"^{CALLBACK}:([cfxr]):(\d+)$")


def _lang(update: Update, context: NewsroomContext) -> str:
    return chat_language(update, context)


def _editor(update: Update) -> Editor:
    user = update.effective_user
    return Editor(user.id, user.full_name) if user else Editor(None, "an editor")


async def _show(message: Message | None, text: str, review: ArticleReview, lang: str) -> None:
    """Edit a receipt to show its article's state now (and its buttons for that state)."""
    if message is None:
        return
    with contextlib.suppress(BadRequest):  # unchanged (pressed twice) or too old to edit
        await message.edit_text(split_message(text)[0], reply_markup=keyboard(review, lang))


def _plain(text: str) -> str:
    """HTML as the plain text a button's answer shows."""
    return html.unescape(re.sub(r"<[^>]+>", "", text))


async def on_button(update: Update, context: NewsroomContext) -> None:
    """A press of Confirm, Fix, Not a report or Restore: answer it, act, edit the receipt."""
    query = update.callback_query
    lang = _lang(update, context)
    found = _CALLBACK.match(query.data or "")
    if found is None:
        await query.answer()
        return
    if not allowed("editor", update, context):
        await query.answer(plain(lang, "review.answer.refused"), show_alert=True)
        return
    action, article_id = found.group(1), int(found.group(2))
    store = context.store
    try:
        if action == FIX:
            review = store.article_review(article_id)
            if review is None:
                raise ReviewError("no_article", article=article_id)
            await query.answer(plain(lang, "review.answer.fix"))
            await _show(query.message, render_reviewed(review, lang, fix_help=True), review, lang)
            return
        act = {
            CONFIRM: store.confirm_article,
            REMOVE: store.remove_article,
            RESTORE: store.restore_article,
        }[action]
        outcome = act(article_id, _editor(update))
    except ReviewError as error:
        await query.answer(_plain(render_review_error(error.code, error.details, lang)))
        return
    await query.answer(callback_answer(outcome, lang))
    await _show(query.message, render_reviewed(outcome.article, lang), outcome.article, lang)


def _replied_article(update: Update, context: NewsroomContext) -> int | None:
    """The article of the receipt a command replies to, if it replies to one."""
    reply = update.effective_message.reply_to_message
    if reply is None:
        return None
    known = context.store.receipt_article(reply.chat_id, reply.message_id)
    if known is not None:
        return known
    for row in reply.reply_markup.inline_keyboard if reply.reply_markup else ():
        for button in row:
            found = _CALLBACK.match(button.callback_data or "")
            if found:
                return int(found.group(2))
    return None


async def _refuse(update: Update, error: ReviewError, lang: str) -> None:
    await reply_html(update.effective_message, render_review_error(error.code, error.details, lang))


async def fix(update: Update, context: NewsroomContext) -> None:
    """/fix [STORY] FIELD VALUE [CLAIMANT]: an editor corrects a figure."""
    lang = _lang(update, context)
    store = context.store
    article_id = _replied_article(update, context)
    replied_story = store.story_of_article(article_id) if article_id else None
    args = context.args or []
    parsed = parse_fix(args, replied_story)
    if parsed is None:
        replied = update.effective_message.reply_to_message
        if replied is not None and article_id is None and names_field_first(args):
            # It names the figure but answers a message that is no receipt: say so, not usage.
            await say(update, context, "review.fix.not_a_receipt")
            return
        await reply_html(update.effective_message, usage("fix", lang))
        return
    story, field, value, claimant = parsed
    try:
        outcome = store.fix_figure(
            story, field, value, _editor(update), claimant=claimant, article_id=article_id
        )
    except ReviewError as error:
        await _refuse(update, error, lang)
        return
    await reply_html(update.effective_message, render_fix(outcome, lang))


async def confirm(update: Update, context: NewsroomContext) -> None:
    """/confirm [STORY]: an editor marks a story's figures checked (a receipt's, in reply)."""
    lang = _lang(update, context)
    args = context.args or []
    story = confirm_story(args)
    article_id = _replied_article(update, context) if not args else None
    if story is None and article_id is None:
        await reply_html(update.effective_message, usage("confirm", lang))
        return
    try:
        if story is not None:
            outcome = context.store.confirm_story(story, _editor(update))
        else:
            outcome = context.store.confirm_article(article_id, _editor(update))
    except ReviewError as error:
        await _refuse(update, error, lang)
        return
    if article_id is not None and outcome.article is not None:
        # The receipt it answers shows what was done, as after a press of its Confirm button.
        receipt = update.effective_message.reply_to_message
        await _show(receipt, render_reviewed(outcome.article, lang), outcome.article, lang)
    await reply_html(update.effective_message, render_confirm(outcome, lang))


async def undo(update: Update, context: NewsroomContext) -> None:
    """/undo: take back this editor's last fix."""
    lang = _lang(update, context)
    try:
        outcome = context.store.undo_fix(_editor(update))
    except ReviewError as error:
        await _refuse(update, error, lang)
        return
    await reply_html(update.effective_message, render_undo(outcome, lang))


def _two_numbers(args: list[str]) -> tuple[int, int] | None:
    pair = [number(a) for a in args] if len(args) == 2 else []
    if len(pair) == 2 and None not in pair:
        return pair[0], pair[1]
    return None


async def merge(update: Update, context: NewsroomContext) -> None:
    """/merge A B: story B joins story A."""
    lang = _lang(update, context)
    pair = _two_numbers(context.args or [])
    if pair is None:
        await reply_html(update.effective_message, usage("merge", lang))
        return
    try:
        outcome = context.store.merge_stories(pair[0], pair[1], _editor(update))
    except ReviewError as error:
        await _refuse(update, error, lang)
        return
    await reply_html(update.effective_message, render_merge(outcome, pair[1], lang))


async def split(update: Update, context: NewsroomContext) -> None:
    """/split STORY ARTICLE: the article becomes a story of its own."""
    lang = _lang(update, context)
    pair = _two_numbers(context.args or [])
    if pair is None:
        await reply_html(update.effective_message, usage("split", lang))
        return
    try:
        outcome = context.store.split_story(pair[0], pair[1], _editor(update))
    except ReviewError as error:
        await _refuse(update, error, lang)
        return
    await reply_html(update.effective_message, render_split(outcome, pair[1], lang))


REVIEW_COMMANDS: list[Command] = [
    Command("fix", fix, "[N] FIELD VALUE [CLAIMANT]", role="editor"),
    Command("confirm", confirm, "[N]", role="editor"),
    Command("undo", undo, role="editor"),
    Command("merge", merge, "A B", role="editor"),
    Command("split", split, "N ARTICLE", role="editor"),
]
