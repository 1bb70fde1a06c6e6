"""Pure renderers: store read models in, Telegram HTML out."""

from briefings.exchange import render_exchange
from briefings.help import render_help
from briefings.html import day, esc, night, split_message
from briefings.latest import render_latest
from briefings.receipt import render_intake, render_receipt, understood
from briefings.sources import render_claim_sources, render_sources, render_story_review
from briefings.strikes import render_strikes, render_strikes_week

__all__ = [
    "day",
    "esc",
    "night",
    "render_claim_sources",
    "render_exchange",
    "render_help",
    "render_intake",
    "render_latest",
    "render_receipt",
    "render_sources",
    "render_story_review",
    "render_strikes",
    "render_strikes_week",
    "split_message",
    "understood",
]
