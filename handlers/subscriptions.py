"""Subscription commands: /subscribe, /unsubscribe, /subscriptions and /digest."""

from telegram import Chat, ChatMember, Message, Update
from telegram.error import TelegramError

from briefings.html import esc
from handlers.commands import Command
from handlers.context import NewsroomContext
from handlers.reply import reply_html
from storage.subscriptions import ALL, TOPICS, SubscriptionStore, attach, parse_schedule

TOPIC_NAMES = {"exchange": "prisoner exchange", "strikes": "attack nights", ALL: "everything"}
NOT_ALLOWED = "Only this group's admins (or the newsroom's editors) can change its subscriptions."
NO_CHANNELS = "Subscriptions work in private chats, groups and forum topics, not in channels."
USAGE_SUBSCRIBE = "Usage: /subscribe [exchange|strikes|all]"
USAGE_UNSUBSCRIBE = "Usage: /unsubscribe [exchange|strikes|all]"
USAGE_DIGEST = "Usage: /digest HH:MM [Area/City], e.g. /digest 08:00 Europe/Kyiv, or /digest off"
ON_CHANGE = (
    "You will hear when a fact changes: a new exchange status, a new or different count, a new "
    "claimant's figure, a new attack night or a correction. Repeats of known facts stay quiet."
)


def _store(context: NewsroomContext) -> SubscriptionStore:
    return attach(context.store)


def _thread_of(message: Message) -> int | None:
    # Outside forums a message_thread_id marks a reply thread, which is no place for pushes.
    return message.message_thread_id if message.is_topic_message else None


def _where(message: Message) -> str:
    if _thread_of(message) is not None:
        return "This topic"
    return "This chat" if message.chat.type == Chat.PRIVATE else "This group"


def _topics_text(topics: set[str]) -> str:
    if topics >= set(TOPICS):
        return TOPIC_NAMES[ALL]
    return " and ".join(TOPIC_NAMES[t] for t in sorted(topics)) or "nothing"


async def _may_manage(update: Update, context: NewsroomContext) -> bool:
    """Anyone in their private chat; in a group its admins, anonymous admins and editors."""
    message = update.effective_message
    chat = message.chat
    if chat.type == Chat.PRIVATE:
        return True
    if message.sender_chat is not None and message.sender_chat.id == chat.id:
        return True  # an anonymous admin posting as the group
    user = update.effective_user
    if user is None:
        return False
    if user.id in context.config.editors:
        return True
    try:
        member = await context.bot.get_chat_member(chat.id, user.id)
    except TelegramError:
        return False
    return member.status in (ChatMember.ADMINISTRATOR, ChatMember.OWNER)


async def _guard(update: Update, context: NewsroomContext) -> bool:
    message = update.effective_message
    if message.chat.type == Chat.CHANNEL:
        await message.reply_text(NO_CHANNELS)
        return False
    if not await _may_manage(update, context):
        await message.reply_text(NOT_ALLOWED)
        return False
    return True


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
        await message.reply_text(USAGE_SUBSCRIBE)
        return
    if not await _guard(update, context):
        return
    store = _store(context)
    thread = _thread_of(message)
    user = update.effective_user
    added = store.subscribe(message.chat_id, topic, thread_id=thread, by=user.id if user else None)
    now = _topics_text(store.topics(message.chat_id, thread))
    if added:
        await message.reply_text(f"{_where(message)} now gets changes about {now}. {ON_CHANGE}")
    else:
        await message.reply_text(f"{_where(message)} already gets changes about {now}.")


async def unsubscribe(update: Update, context: NewsroomContext) -> None:
    """Stop pushes about a topic, or about everything."""
    message = update.effective_message
    topic = _topic_arg(context.args or [])
    if topic is None:
        await message.reply_text(USAGE_UNSUBSCRIBE)
        return
    if not await _guard(update, context):
        return
    store = _store(context)
    thread = _thread_of(message)
    dropped = store.unsubscribe(message.chat_id, topic, thread_id=thread)
    if not dropped:
        await message.reply_text(f"{_where(message)} was not subscribed to that.")
        return
    left = store.topics(message.chat_id, thread)
    tail = f" It still gets {_topics_text(left)}." if left else ""
    await message.reply_text(f"{_where(message)} no longer gets {_topics_text(dropped)}.{tail}")


def _place(thread_id: int | None) -> str:
    return "whole chat" if thread_id is None else f"topic {thread_id}"


async def subscriptions(update: Update, context: NewsroomContext) -> None:
    """What this chat is subscribed to, and when its digest comes."""
    message = update.effective_message
    store = _store(context)
    lines = []
    by_place: dict[int | None, set[str]] = {}
    for sub in store.chat_subscriptions(message.chat_id):
        by_place.setdefault(sub.thread_id, set()).add(sub.topic)
    for thread, topics in by_place.items():
        expanded = set(TOPICS) if ALL in topics else topics
        lines.append(f"• {_place(thread)}: changes about {_topics_text(expanded)}")
    for digest in store.chat_digests(message.chat_id):
        lines.append(f"• {_place(digest.thread_id)}: daily digest at {digest.time} ({digest.tz})")
    if not lines:
        await message.reply_text(
            "No subscriptions here. /subscribe to hear when a fact changes, or "
            "/digest 08:00 Europe/Kyiv for a daily digest."
        )
        return
    await reply_html(message, "<b>Subscriptions</b>\n" + "\n".join(esc(line) for line in lines))


async def digest(update: Update, context: NewsroomContext) -> None:
    """Set a daily digest of what changed ("/digest 08:00 Europe/Kyiv"), or "/digest off"."""
    message = update.effective_message
    args = context.args or []
    if not args or len(args) > 2:
        await message.reply_text(USAGE_DIGEST)
        return
    if args == ["off"]:
        if not await _guard(update, context):
            return
        stopped = _store(context).stop_digest(message.chat_id, _thread_of(message))
        await message.reply_text(
            f"{_where(message)} will get no more daily digests."
            if stopped
            else f"{_where(message)} had no daily digest."
        )
        return
    try:
        hhmm, tz = parse_schedule(args[0], args[1] if len(args) == 2 else None)
    except ValueError as error:
        await message.reply_text(f"{error}. {USAGE_DIGEST}")
        return
    if not await _guard(update, context):
        return
    user = update.effective_user
    _store(context).set_digest(
        message.chat_id, hhmm, tz, thread_id=_thread_of(message), by=user.id if user else None
    )
    await message.reply_text(
        f"{_where(message)} gets a daily digest at {hhmm} ({tz}): what changed since the "
        "last one, and nothing on days when nothing did."
    )


SUBSCRIPTION_COMMANDS: list[Command] = [
    Command(
        "subscribe",
        "Hear when a fact changes: exchange, strikes or all",
        subscribe,
        "[exchange|strikes|all]",
    ),
    Command("unsubscribe", "Stop hearing about a topic, or everything", unsubscribe, "[topic]"),
    Command("subscriptions", "This chat's subscriptions and digest", subscriptions),
    Command(
        "digest", "A daily digest of changes at a set time, or off", digest, "HH:MM [Area/City]"
    ),
]
