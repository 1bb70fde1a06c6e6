"""/start and /help text, driven by the command table."""

from briefings.catalogue import t


def render_help(commands, *, lang: str = "en") -> str:
    """What the bot does, how to add articles, the language switch, and every command."""
    lines = [t(lang, "help.title"), t(lang, "help.intro"), "", t(lang, "help.commands")]
    for c in commands:
        usage = f" {c.usage}" if c.usage else ""
        lines.append(
            t(lang, "help.command", name=c.name, usage=usage, description=c.description(lang))
        )
    lines += ["", t(lang, "help.language")]
    return "\n".join(lines)
