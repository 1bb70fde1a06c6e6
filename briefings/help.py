"""/start and /help text, driven by the command table."""

from briefings.html import esc


def render_help(commands) -> str:
    """What the bot does, how to add articles, and every command with its description."""
    lines = [
        "<b>Newsroom briefings</b>",
        "Forward a news channel's post, paste an article's text or send a file, and I store it "
        "with its figures and sources. Every figure keeps who claims it; the two sides' numbers "
        "are shown side by side, never merged.",
        "",
        "<b>Commands</b>",
    ]
    for c in commands:
        usage = f" {esc(c.usage)}" if c.usage else ""
        lines.append(f"/{esc(c.name)}{usage} — {esc(c.description)}")
    return "\n".join(lines)
