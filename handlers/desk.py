"""Desk tools: /search, /export, /chart, the search "more" button, and unknown commands."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatAction
from telegram.error import BadRequest

from briefings import charts
from briefings.catalogue import Html, t
from briefings.export_csv import render_csv
from briefings.html import day
from briefings.review import plain
from briefings.search import next_page_hint, render_search
from handlers.access import allowed
from handlers.args import calendar_date, number
from handlers.commands import Command
from handlers.context import NewsroomContext
from handlers.language import chat_language, say
from handlers.reply import reply_html
from storage.export import TOPICS as EXPORT_TOPICS

PER_PAGE = 5
MAX_TERMS = 12
SEARCH_CALLBACK = "search"
# Searches a chat may page through with the button; older ones answer "send /search again".
_KEPT_SEARCHES = 20
_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$")
_DAYS = re.compile(r"^(\d{1,3})d$")


def _date(value: str) -> str | None:
    day = calendar_date(value)
    return day.isoformat() if day else None


def parse_search_args(args: list[str]) -> tuple[str, str | None, int] | None:
    """WORDS [since YYYY-MM-DD] [page N] → (words, since, page); None when malformed."""
    args = list(args)
    if len(args) >= 2 and args[-1].casefold() in ("since", "page"):
        return None  # "drones since" with its date left off: not a search for the word "since"
    since, page = None, 1
    while len(args) >= 2 and args[-2].casefold() in ("since", "page"):
        key, value = args[-2].casefold(), args[-1]
        if key == "since":
            since = _date(value)
            if since is None:
                return None
        else:
            if number(value, 1, 10_000) is None:
                return None
            page = number(value, 1, 10_000)
        del args[-2:]
    words = " ".join(args).strip()
    if not words:
        return None
    return words, since, page


def search_terms(words: str) -> int:
    """How many words a search holds (a search of more than MAX_TERMS is refused)."""
    return len(re.findall(r"\w+", words))


def _search_key(words: str, since: str | None) -> str:
    return hashlib.sha1(f"{words}\n{since}".encode()).hexdigest()[:12]


def _more_button(context: NewsroomContext, page, lang: str) -> InlineKeyboardMarkup | None:
    if page.page >= page.pages:
        return None
    key = _search_key(page.words, page.since)
    kept = context.chat_data.setdefault("searches", {})
    kept.pop(key, None)
    kept[key] = (page.words, page.since)
    while len(kept) > _KEPT_SEARCHES:
        kept.pop(next(iter(kept)))
    label = plain(lang, "search.more_button", page=page.page + 1, pages=page.pages)
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=f"{SEARCH_CALLBACK}:{key}:{page.page + 1}")]]
    )


async def _send_search_page(update, context: NewsroomContext, message, words, since, page_no):
    lang = chat_language(update, context)
    page = context.store.desk.search_articles(words, since=since, page=page_no, per_page=PER_PAGE)
    html = render_search(page, PER_PAGE, lang=lang)
    hint = next_page_hint(page, lang=lang)
    if hint:
        html += f"\n\n{hint}"
    await reply_html(message, html, reply_markup=_more_button(context, page, lang))


async def search(update: Update, context: NewsroomContext) -> None:
    """Stored articles matching words, newest first, with snippets and story numbers."""
    parsed = parse_search_args(context.args or [])
    if parsed is None:
        await say(update, context, "search.usage")
        return
    if (terms := search_terms(parsed[0])) > MAX_TERMS:
        await say(update, context, "search.too_many_words", count=terms, limit=MAX_TERMS)
        return
    await _send_search_page(update, context, update.effective_message, *parsed)


async def search_more(update: Update, context: NewsroomContext) -> None:
    """The "more" button under a search: answer it, then send the next page."""
    query = update.callback_query
    lang = chat_language(update, context)
    _, key, page = (query.data or "::").split(":", 2)
    if not allowed("reader", update, context):
        await query.answer(plain(lang, "access.readers_only"), show_alert=True)
        return
    kept = (context.chat_data or {}).get("searches", {})
    if key not in kept or number(page, 1, 10_000) is None:
        await query.answer(plain(lang, "search.expired"), show_alert=True)
        return
    await query.answer()
    with contextlib.suppress(BadRequest):  # one button per list: it goes once used
        await query.edit_message_reply_markup(reply_markup=None)
    words, since = kept[key]
    await _send_search_page(update, context, query.message, words, since, int(page))


def parse_export_args(args: list[str]) -> tuple[str, str | None] | None:
    """[strikes|exchange|all] [since YYYY-MM-DD] → (what, since); None when malformed."""
    args = [a.casefold() for a in args]
    what, since = "all", None
    if args and args[0] in EXPORT_TOPICS:
        what = args.pop(0)
    if len(args) == 2 and args[0] == "since":
        since = _date(args[1])
        if since is None:
            return None
        args = []
    return (what, since) if not args else None


def export_filename(what: str, since: str | None) -> str:
    """A file name that says what is in it."""
    return f"newsroom-figures-{what}" + (f"-since-{since}" if since else "") + ".csv"


async def export(update: Update, context: NewsroomContext) -> None:
    """The figures as a CSV document with their provenance."""
    parsed = parse_export_args(context.args or [])
    if parsed is None:
        await say(update, context, "export.usage")
        return
    what, since = parsed
    lang = chat_language(update, context)
    rows = context.store.desk.figures_for_export(what, since)
    since_text = t(lang, "export.since", day=Html(day(since, lang))) if since else Html("")
    if not rows:
        await say(update, context, f"export.none.{what}", since=since_text)
        return
    data = await asyncio.to_thread(render_csv, rows)
    caption = t(
        lang,
        "export.caption",
        what=t(lang, f"export.what.{what}"),
        since=since_text,
        rows=t(lang, "export.rows", count=len(rows)),
        stories=t(lang, "export.stories", count=len({r["story"] for r in rows})),
    )
    await update.effective_message.reply_document(
        document=data, filename=export_filename(what, since), caption=caption
    )


def parse_chart_args(args: list[str]) -> tuple[str, int | None, str | None, str | None] | None:
    """strikes [Nd|A..B] or exchange [A..B] → (kind, days, start, end); None when malformed."""
    if not args or args[0].casefold() not in ("strikes", "exchange") or len(args) > 2:
        return None
    kind = args[0].casefold()
    if len(args) == 1:
        return kind, (30 if kind == "strikes" else None), None, None
    value = args[1].casefold()
    days = _DAYS.match(value)
    if days and kind == "strikes" and 1 <= int(days.group(1)) <= 366:
        return kind, int(days.group(1)), None, None
    found = _RANGE.match(value)
    if found:
        start, end = _date(found.group(1)), _date(found.group(2))
        if start and end and start <= end:
            return kind, None, start, end
    return None


async def chart(update: Update, context: NewsroomContext) -> None:
    """A PNG chart of strike nights or prisoner swaps, titled, dated and sourced."""
    parsed = parse_chart_args(context.args or [])
    if parsed is None:
        await say(update, context, "chart.usage")
        return
    kind, days, start, end = parsed
    lang = chat_language(update, context)
    desk = context.store.desk
    if kind == "strikes":
        series = desk.strike_chart(days, start, end)
        if not series.start:
            await say(update, context, "chart.no_strikes_at_all")
            return
        if series.is_empty():
            await say(
                update,
                context,
                "chart.no_strikes",
                span=charts.span(series.start, series.end, lang),
            )
            return
        render, caption = charts.render_strikes_png, charts.strikes_caption(series, lang)
    else:
        series = desk.swap_chart(start, end)
        if not series.dates:
            where = f" ({charts.span(start, end, lang)})" if start and end else ""
            await say(update, context, "chart.no_swaps", span=where)
            return
        render, caption = charts.render_swaps_png, charts.swaps_caption(series, lang)
    message = update.effective_message
    await message.reply_chat_action(ChatAction.UPLOAD_PHOTO)
    # matplotlib takes a good part of a second: off the event loop, so the bot keeps answering.
    png = await asyncio.to_thread(render, series, lang)
    await message.reply_photo(photo=png, caption=caption)


async def unknown_command(update: Update, context: NewsroomContext) -> None:
    """One line pointing to /help for a command the bot does not have."""
    message = update.effective_message
    command = (message.text or "").split(maxsplit=1)[0][1:]
    name, _, addressee = command.partition("@")
    if addressee and addressee.casefold() != (context.bot.username or "").casefold():
        return  # meant for another bot in the group
    await say(update, context, "unknown.command", name=name or "?")


DESK_COMMANDS: list[Command] = [
    Command("search", search, "WORDS [since YYYY-MM-DD]"),
    Command("export", export, "[strikes|exchange|all] [since YYYY-MM-DD]"),
    Command("chart", chart, "strikes [30d|90d|FROM..TO] | exchange"),
]
