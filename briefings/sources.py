"""/sources: the outlets and posts behind the briefings."""

from briefings.html import day, esc, link
from storage.views import SourceRef


def source_line(ref: SourceRef) -> str:
    """'Kyiv Wire, 3 Dec 2023 (https://t.me/...)' with the outlet linked where possible."""
    when = day(ref.date) if ref.date else "date unknown"
    return f"{link(ref.outlet, ref.link)}, {when}"


def source_list(refs: list[SourceRef]) -> str:
    """Outlets joined for an inline attribution, each linked where there is a link."""
    names: list[str] = []
    for ref in refs:
        item = link(ref.outlet, ref.link)
        if item not in names:
            names.append(item)
    return ", ".join(names) if names else "no source recorded"


def render_sources(stories: list[tuple[str, list[SourceRef]]]) -> str:
    """Every recent story with the outlets and original posts behind it, linked."""
    if not stories:
        return "No sources yet: nothing has been stored."
    lines = ["<b>Sources behind the briefings</b>"]
    for title, refs in stories:
        lines.append("")
        lines.append(f"<b>{esc(title)}</b>")
        for ref in refs:
            where = f" — {esc(ref.link)}" if ref.link else f" ({esc(ref.kind)})"
            lines.append(f"• {esc(ref.outlet)}, {day(ref.date)}{where}")
    return "\n".join(lines)
