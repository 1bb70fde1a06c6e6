"""/latest: one line per story, newest first, each under the number the other commands take."""

from briefings.catalogue import Html, t
from briefings.html import day, esc
from briefings.phrases import exchange_phrase, strikes_phrase, swap_after
from storage.views import StorySummary

FIRST_SENTENCE = "first_sentence"


def headline(title: str | None, kind: str | None, lang: str = "en") -> Html:
    """A story's headline in bold; a first sentence standing in for one in italics, said so."""
    if not title:
        return t(lang, "brief.untitled")
    if kind == FIRST_SENTENCE:
        return Html(f"<i>{esc(title)}</i> {t(lang, 'brief.first_sentence')}")
    return Html(f"<b>{esc(title)}</b>")


def _sizes(exchange: dict | None) -> set[int]:
    values = (exchange or {}).get("count"), (exchange or {}).get("returned")
    return {int(v) for v in values if str(v or "").isdigit()}


def _swap_followed(story: StorySummary, others: list[StorySummary]) -> StorySummary | None:
    """The listed completed swap that followed this story's talks, if any."""
    if not story.exchange:
        return None
    stories = {
        other.story_id: ((other.exchange or {}).get("status"), other.date, _sizes(other.exchange))
        for other in others
        if other.story_id != story.story_id
    }
    found = swap_after((story.exchange.get("status"), story.date, _sizes(story.exchange)), stories)
    return next((other for other in others if other.story_id == found), None)


def story_line(
    story: StorySummary, lang: str = "en", others: list[StorySummary] | None = None
) -> Html:
    """'#12 · 3 Dec 2023 · Headline · key figures · 2 sources', leaving out what is empty."""
    parts = [f"<b>{t(lang, 'brief.story', n=str(story.story_id))}</b>"]
    if story.date:
        parts.append(day(story.date, lang))
    parts.append(headline(*story.title_for(lang), lang))
    if story.exchange:
        swap = _swap_followed(story, others or [])
        followed = None
        if swap is not None:
            story_no = t(lang, "brief.story", n=str(swap.story_id))
            followed = t(lang, "exchange.swap_followed", date=day(swap.date, lang), story=story_no)
        parts.append(exchange_phrase(story.exchange, lang, followed))
    if story.strikes:
        parts.append(strikes_phrase(story.strikes, lang, on=story.date))
    parts.append(t(lang, "brief.sources", count=story.source_count))
    return Html(" · ".join(parts))


def render_latest(stories: list[StorySummary], *, lang: str = "en", can_add: bool = True) -> str:
    """The latest stories, one line each: number, date, headline, key figures, sources.
    `can_add`: whether the reader may add articles, which an empty store's answer invites."""
    if not stories:
        return t(lang, "latest.empty" if can_add else "latest.empty_reader")
    lines = [t(lang, "latest.title", count=len(stories)), ""]
    lines += [story_line(story, lang, stories) for story in stories]
    lines += ["", t(lang, "latest.hint", n=str(stories[0].story_id))]
    return "\n".join(lines)
