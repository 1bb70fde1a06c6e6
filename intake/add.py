"""/add: what an editor's /add asks the bot to store, decided from what the handler read off the
messages (the handler parses, calls `plan_add`, and carries the plan out).

/add sent as a reply stores the message replied to: its file, else the page its link points to
when the message is mostly that link, else its text or caption; the bot's own messages are
refused (a briefing, receipt or push is no report: storing one would make the bot a source of
the figures it repeats). /add followed by text stores that text (or the page, when the text is
mostly a link). In a group a text near Telegram's limit was most likely cut in two, and the rest
is a plain message the bot never sees there: the editor is told so.
"""

from __future__ import annotations

from dataclasses import dataclass

from intake.fetch import mostly_link

# What /add does.
REFUSE = "refuse"
FILE = "file"
LINK = "link"
TEXT = "text"

# A text this close to Telegram's 4,096-character limit (briefings.html.TELEGRAM_LIMIT) was most
# likely split into several messages.
SPLIT_AT = 4000


@dataclass(frozen=True)
class AddRequest:
    """What /add was given, as read off the messages."""

    replied: bool  # sent as a reply to a message
    by_bot: bool = False  # the message replied to is the bot's own
    has_file: bool = False  # the message replied to carries a file
    text: str = ""  # the replied-to message's text or caption; else what follows the command
    links: tuple[str, ...] = ()  # the links in that message, hidden ones first
    in_group: bool = False  # not a private chat: the rest of a split paste never reaches the bot


@dataclass(frozen=True)
class AddPlan:
    """What to do: refuse (with the catalogue key saying why), read the file, fetch the page at
    `url`, or store `text`; and whether to warn that the text may be half a split paste."""

    action: str
    reason: str | None = None
    url: str | None = None
    text: str = ""
    warn_split: bool = False


def plan_add(request: AddRequest) -> AddPlan:
    """The one thing /add does with what it was given."""
    if request.replied and request.by_bot:
        return AddPlan(REFUSE, reason="add.own_message")
    if request.replied and request.has_file:
        return AddPlan(FILE)
    if not request.text:
        return AddPlan(REFUSE, reason="add.reply_needed")
    if request.links and mostly_link(f"{request.text} {request.links[0]}"):
        return AddPlan(LINK, url=request.links[0])
    split = request.in_group and len(request.text) >= SPLIT_AT
    return AddPlan(TEXT, text=request.text, warn_split=split)
