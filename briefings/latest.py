"""/latest: one line per story, newest first, each under the number the other commands take."""

from briefings.catalogue import Html, t
from briefings.html import day, esc
from briefings.phrases import exchange_phrase, strikes_phrase
from storage.views import StorySummary

FIRST_SENTENCE = "first_sentence"


def headline(title: str | None, kind: str | None, lang: str = "en") -> Html:
    """A story's headline in bold; a first sentence standing in for one in italics, said so."""
    if not title:
        return t(lang, "brief.untitled")
    if kind == FIRST_SENTENCE:
        return Html(f"<i>{esc(title)}</i> {t(lang, 'brief.first_sentence')}")
    return Html(f"<b>{esc(title)}</b>")


def story_line(story: StorySummary, lang: str = "en") -> Html:
    """'#12 · 3 Dec 2023 · Headline · key figures · 2 sources', leaving out what is empty."""
    parts = [f"<b>{t(lang, 'brief.story', n=str(story.story_id))}</b>"]
    if story.date:
        parts.append(day(story.date, lang))
    parts.append(headline(story.title, story.title_kind, lang))
    if story.exchange:
        parts.append(exchange_phrase(story.exchange, lang))
    if story.strikes:
        parts.append(strikes_phrase(story.strikes, lang, on=story.date))
    parts.append(t(lang, "brief.sources", count=story.source_count))
    return Html(" · ".join(parts))


def render_latest(stories: list[StorySummary], *, lang: str = "en") -> str:
    """The latest stories, one line each: number, date, headline, key figures, sources."""
    if not stories:
        return t(lang, "latest.empty")
    lines = [t(lang, "latest.title", count=len(stories)), ""]
    lines += [story_line(story, lang) for story in stories]
    lines += ["", t(lang, "latest.hint", n=str(stories[0].story_id))]
    return "\n".join(lines)
