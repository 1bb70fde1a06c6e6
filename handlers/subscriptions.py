"""Subscription commands: /subscribe, /unsubscribe, /subscriptions and /digest."""

from telegram import Chat, Message, Update

from briefings.catalogue import LANGUAGES, Html, t
from handlers.chats import may_manage
from handlers.commands import Command
from handlers.context import NewsroomContext
from handlers.language import chat_language, say
from handlers.reply import reply_html
from storage.subscriptions import (
    ALL,
    TOPICS,
    ScheduleError,
    SubscriptionStore,
    attach,
    parse_schedule,
)


def _store(context: NewsroomContext) -> SubscriptionStore:
    return attach(context.store)


def _thread_of(message: Message) -> int | None:
    # Outside forums a message_thread_id marks a reply thread, which is no place for pushes.
    return message.message_thread_id if message.is_topic_message else None


def _where(message: Message, lang: str) -> Html:
    if _thread_of(message) is not None:
        return t(lang, "where.topic")
    return t(lang, "where.private" if message.chat.type == Chat.PRIVATE else "where.group")


def _topics_text(topics: set[str], lang: str) -> Html:
    if topics >= set(TOPICS):
        return t(lang, f"topic.{ALL}")
    names = [t(lang, f"topic.{topic}") for topic in sorted(topics)]
    return Html(t(lang, "words.and").join(names)) if names else t(lang, "topic.nothing")


async def _guard(update: Update, context: NewsroomContext) -> bool:
    message = update.effective_message
    if message.chat.type == Chat.CHANNEL:
        await say(update, context, "subscribe.no_channels")
        return False
    if not await may_manage(update, context):
        await say(update, context, "subscribe.not_allowed")
        return False
    return True


def _keep_language(update: Update, context: NewsroomContext) -> str:
    """The chat's language, remembered for it when it was only the sender's: pushes and
    digests have no sender to take a language from, so they keep the subscriber's."""
    lang = chat_language(update, context)
    chat_id = update.effective_message.chat_id
    if lang in LANGUAGES and context.store.chat_language(chat_id) is None:
        user = update.effective_user
        context.store.set_chat_language(chat_id, lang, by=user.id if user else None)
    return lang


def _topic_arg(args: list[str]) -> str | None:
    if not args:
        return ALL
    if len(args) == 1 and args[0].lower() in (*TOPICS, ALL):
        return args[0].lower()
    return None


async def subscribe(update: Update, context: NewsroomContext) -> None:
    """Get a push whenever a fact about a topic changes."""
    message = update.effective_message
    topic = _topic_arg(context.args or [])
    if topic is None:
        await say(update, context, "subscribe.usage")
        return
    if not await _guard(update, context):
        return
    store = _store(context)
    thread = _thread_of(message)
    user = update.effective_user
    lang = _keep_language(update, context)
    added = store.subscribe(message.chat_id, topic, thread_id=thread, by=user.id if user else None)
    now = _topics_text(store.topics(message.chat_id, thread), lang)
    key = "subscribe.added" if added else "subscribe.already"
    await say(update, context, key, where=_where(message, lang), topics=now)


async def unsubscribe(update: Update, context: NewsroomContext) -> None:
    """Stop pushes about a topic, or about everything."""
    message = update.effective_message
    topic = _topic_arg(context.args or [])
    if topic is None:
        await say(update, context, "unsubscribe.usage")
        return
    if not await _guard(update, context):
        return
    store = _store(context)
    thread = _thread_of(message)
    lang = chat_language(update, context)
    where = _where(message, lang)
    dropped = store.unsubscribe(message.chat_id, topic, thread_id=thread)
    if not dropped:
        await say(update, context, "unsubscribe.not_subscribed", where=where)
        return
    left = store.topics(message.chat_id, thread)
    gone = _topics_text(dropped, lang)
    if left:
        await say(
            update,
            context,
            "unsubscribe.still",
            where=where,
            topics=gone,
            left=_topics_text(left, lang),
        )
    else:
        await say(update, context, "unsubscribe.done", where=where, topics=gone)


def _place(thread_id: int | None, lang: str) -> Html:
    if thread_id is None:
        return t(lang, "subscriptions.whole_chat")
    return t(lang, "subscriptions.thread", thread=str(thread_id))


async def subscriptions(update: Update, context: NewsroomContext) -> None:
    """What this chat is subscribed to, and when its digest comes."""
    message = update.effective_message
    store = _store(context)
    lang = chat_language(update, context)
    lines = []
    by_place: dict[int | None, set[str]] = {}
    for sub in store.chat_subscriptions(message.chat_id):
        by_place.setdefault(sub.thread_id, set()).add(sub.topic)
    for thread, topics in by_place.items():
        expanded = set(TOPICS) if ALL in topics else topics
        lines.append(
            t(
                lang,
                "subscriptions.changes",
                place=_place(thread, lang),
                topics=_topics_text(expanded, lang),
            )
        )
    for digest in store.chat_digests(message.chat_id):
        lines.append(
            t(
                lang,
                "subscriptions.digest",
                place=_place(digest.thread_id, lang),
                time=digest.time,
                tz=digest.tz,
            )
        )
    if not lines:
        await say(update, context, "subscriptions.none")
        return
    await reply_html(message, "\n".join([t(lang, "subscriptions.title"), *lines]))


async def digest(update: Update, context: NewsroomContext) -> None:
    """Set a daily digest of what changed ("/digest 08:00 Europe/Kyiv"), or "/digest off"."""
    message = update.effective_message
    args = context.args or []
    lang = chat_language(update, context)
    # "off" with anything after it is no time to read: the usage says both forms.
    if not args or len(args) > 2 or (len(args) == 2 and args[0].casefold() == "off"):
        await say(update, context, "digest.usage")
        return
    if [a.casefold() for a in args] == ["off"]:
        if not await _guard(update, context):
            return
        stopped = _store(context).stop_digest(message.chat_id, _thread_of(message))
        key = "digest.stopped" if stopped else "digest.had_none"
        await say(update, context, key, where=_where(message, lang))
        return
    try:
        hhmm, tz = parse_schedule(args[0], args[1] if len(args) == 2 else None)
    except ScheduleError as error:
        reason = t(lang, f"digest.bad_{error.part}", value=error.value)
        await reply_html(message, f"{reason} {t(lang, 'digest.usage')}")
        return
    if not await _guard(update, context):
        return
    _keep_language(update, context)
    user = update.effective_user
    _store(context).set_digest(
        message.chat_id, hhmm, tz, thread_id=_thread_of(message), by=user.id if user else None
    )
    await say(update, context, "digest.set", where=_where(message, lang), time=hhmm, tz=tz)


async def chat_migrated(update: Update, context: NewsroomContext) -> None:
    """A group became a supergroup (Telegram says so in both): its subscriptions, digest,
    waiting pushes and language move to the new chat id at once, not at the next push."""
    message = update.effective_message
    if message.migrate_to_chat_id:
        old, new = message.chat_id, message.migrate_to_chat_id
    elif message.migrate_from_chat_id:
        old, new = message.migrate_from_chat_id, message.chat_id
    else:
        return
    _store(context).move_chat(old, new)


SUBSCRIPTION_COMMANDS: list[Command] = [
    Command("subscribe", subscribe, "[exchange|strikes|all]"),
    Command("unsubscribe", unsubscribe, "[exchange|strikes|all]"),
    Command("subscriptions", subscriptions),
    Command("digest", digest, "HH:MM [Area/City] | off"),
]
