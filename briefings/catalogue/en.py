"""English messages: the reference catalogue, every key exists here. See __init__: how to add."""

MESSAGES: dict[str, object] = {
    # -- /start, /help and the command menus ----------------------------------------------
    "help.title": "<b>Newsroom briefings</b>",
    "help.intro": (
        "Forward a news channel's post, paste an article's text or send a link or a file, and I "
        "store it with its figures and sources. Every figure keeps who claims it; the two sides' "
        "numbers are shown side by side, never merged."
    ),
    "help.commands": "<b>Commands</b>",
    "help.command": "/{name}{usage} — {description}",
    "help.language": "Language: /lang uk — українська, /lang en — English.",
    "command.start": "What this bot does",
    "command.help": "Commands and how to add articles",
    "command.latest": "The most recent stories, newest first",
    "command.exchange": "The prisoner exchange: status, numbers, timeline, sources",
    "command.strikes": "Attack nights: each side's figures side by side",
    "command.sources": "The outlets and posts behind a story or the briefings",
    "command.add": "Reply to a message with /add to store it as an article",
    "command.whoami": "Your Telegram id and role here",
    "command.lang": "Interface language: uk or en",
    "command.subscribe": "Hear when a fact changes: exchange, strikes or all",
    "command.unsubscribe": "Stop hearing about a topic, or everything",
    "command.subscriptions": "This chat's subscriptions and digest",
    "command.digest": "A daily digest of changes at a set time, or off",
    "command.search": "Find stored articles by words, newest first",
    "command.export": "The figures as a CSV file, with claimants and sources",
    "command.chart": "A chart of strike nights or prisoner swaps",
    "command.stats": "Service figures and health (admin chat only)",
    # -- dates: one format everywhere ("24 Feb 2025", "night to 24 Feb 2025") ----------
    "date.full": "{day} {month} {year}",
    "date.day_month": "{day} {month}",
    "date.unknown": "date unknown",
    "date.night": "night to {date}",
    "date.night_unknown": "night not stated",
    "month.1": "Jan",
    "month.2": "Feb",
    "month.3": "Mar",
    "month.4": "Apr",
    "month.5": "May",
    "month.6": "Jun",
    "month.7": "Jul",
    "month.8": "Aug",
    "month.9": "Sep",
    "month.10": "Oct",
    "month.11": "Nov",
    "month.12": "Dec",
    # -- /lang ----------------------------------------------------------------------------
    "lang.set": "This chat now gets the bot in English. /help lists the commands.",
    "lang.usage": "Usage: /lang uk or /lang en (українська or English).",
    # -- access and errors ------------------------------------------------------------------
    "access.readers_only": (
        "Sorry, briefings here are for the newsroom only. /whoami shows your id."
    ),
    "access.editors_only": "Sorry, only the newsroom's editors can do that. /whoami shows your id.",
    "error.sorry": (
        "Sorry, something went wrong handling that message. It has been logged; please try again."
    ),
    # -- briefing commands -------------------------------------------------------------------
    "latest.usage": "Usage: /latest [N], with N from 1 to 50.",
    "strikes.usage": "Usage: /strikes [YYYY-MM-DD | week]",
    "strikes.none_that_night": "No attack figures reported for the {night}.",
    "sources.usage": "Usage: /sources [N], with a story number from /latest.",
    "sources.no_story": "There is no story {n}. /latest shows the story numbers.",
    "whoami.line": "{name}: Telegram user id <code>{id}</code>, role: {role}.",
    "whoami.unknown_user": "unknown",
    "role.editor": "editor",
    "role.reader": "reader",
    "role.none": "none",
    # -- articles arriving ---------------------------------------------------------------------
    "add.editors_only": (
        "Sorry, only the newsroom's editors can add articles. Briefings are open to you: "
        "try /latest."
    ),
    "add.reply_needed": "Reply to a message with the article's text and send /add.",
    "ingest.file_too_big": (
        "That file is {mb} MB; Telegram lets bots download files up to 20 MB. Nothing was stored."
    ),
    "unreadable.sticker": (
        "I can't read a sticker. Forward a post, paste an article's text, or send a link or a file."
    ),
    "unreadable.audio": (
        "I can't read audio. Forward a post, paste an article's text, or send a link or a file."
    ),
    "unreadable.picture": (
        "I can't read a picture without a caption. Forward a post, paste an article's text, or "
        "send a link or a file."
    ),
    "unreadable.other": (
        "I can't read this kind of message. Forward a post, paste an article's text, or send a "
        "link or a file."
    ),
    # -- subscriptions and digests --------------------------------------------------------------
    "topic.exchange": "prisoner exchange",
    "topic.strikes": "attack nights",
    "topic.all": "everything",
    "topic.nothing": "nothing",
    "words.and": " and ",
    "where.topic": "This topic",
    "where.private": "This chat",
    "where.group": "This group",
    "subscribe.usage": "Usage: /subscribe [exchange|strikes|all]",
    "unsubscribe.usage": "Usage: /unsubscribe [exchange|strikes|all]",
    "subscribe.not_allowed": (
        "Only this group's admins (or the newsroom's editors) can change its subscriptions."
    ),
    "subscribe.no_channels": (
        "Subscriptions work in private chats, groups and forum topics, not in channels."
    ),
    "subscribe.added": (
        "{where} now gets changes about {topics}. You will hear when a fact changes: a new "
        "exchange status, a new or different count, a new claimant's figure, a new attack night "
        "or a correction. Repeats of known facts stay quiet."
    ),
    "subscribe.already": "{where} already gets changes about {topics}.",
    "unsubscribe.not_subscribed": "{where} was not subscribed to that.",
    "unsubscribe.done": "{where} no longer gets {topics}.",
    "unsubscribe.still": "{where} no longer gets {topics}. It still gets {left}.",
    "subscriptions.title": "<b>Subscriptions</b>",
    "subscriptions.changes": "• {place}: changes about {topics}",
    "subscriptions.digest": "• {place}: daily digest at {time} ({tz})",
    "subscriptions.whole_chat": "whole chat",
    "subscriptions.thread": "topic {thread}",
    "subscriptions.none": (
        "No subscriptions here. /subscribe to hear when a fact changes, or "
        "/digest 08:00 Europe/Kyiv for a daily digest."
    ),
    "digest.usage": (
        "Usage: /digest HH:MM [Area/City], e.g. /digest 08:00 Europe/Kyiv, or /digest off"
    ),
    "digest.bad_time": "{value} is not a time like 08:00.",
    "digest.bad_zone": "{value} is not a time zone like Europe/Kyiv.",
    "digest.stopped": "{where} will get no more daily digests.",
    "digest.had_none": "{where} had no daily digest.",
    "digest.set": (
        "{where} gets a daily digest at {time} ({tz}): what changed since the last one, and "
        "nothing on days when nothing did."
    ),
}
