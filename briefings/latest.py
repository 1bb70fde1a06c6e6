"""/latest: one line per story, newest first."""

from briefings.html import day, esc, plural
from briefings.phrases import exchange_phrase, strikes_phrase
from storage.views import StorySummary


def render_latest(stories: list[StorySummary]) -> str:
    """The latest stories with their date, headline, key figures and number of sources."""
    if not stories:
        return "No stories yet. Forward an article or paste its text to start."
    lines = [f"<b>Latest {plural(len(stories), 'story', 'stories')}</b>"]
    for i, story in enumerate(stories, 1):
        lines.append("")
        lines.append(f"{i}. {day(story.date)} · <b>{esc(story.title)}</b>")
        figures = []
        if story.exchange:
            figures.append(exchange_phrase(story.exchange))
        if story.strikes:
            figures.append(strikes_phrase(story.strikes))
        if figures:
            lines.append(" · ".join(figures))
        lines.append(
            f"{plural(story.source_count, 'source')} · /sources {story.story_id} lists them"
        )
    return "\n".join(lines)
