"""Plain read models the store hands to briefings: no SQL, no Telegram."""

import json
from dataclasses import dataclass, field

from extraction.numbers import find_numbers
from storage.events import TALKS, WINDOW_DAYS

# The names a source that declared no outlet is stored under, by how it arrived; briefings say
# them in the reader's language.
UNKNOWN_OUTLET = "unknown outlet"
FALLBACK_OUTLETS = {"paste": "pasted text, outlet not stated", "file": "a file, outlet not stated"}
# Who stands behind a step of an exchange's timeline an editor set with /fix (no outlet's).
EDITOR_SET = "set by an editor"
EDITOR_CORRECTED = "corrected by an editor"

# Outlets a briefing names inline for one figure or claimant (a night a thousand posts reported
# names the first and counts the rest): the night view carries only these, and a count.
SHOWN_SOURCES = 12

# Talks and the swap they lead to are two stories (storage.events): a swap completed within
# this many days after talks of a size that fits may be the one they agreed.
TALKS_REACH_DAYS = WINDOW_DAYS[TALKS]


@dataclass(frozen=True)
class SourceRef:
    """One outlet or post behind a figure or a story."""

    outlet: str
    link: str | None = None
    date: str | None = None
    kind: str = "paste"


def figure_at(quote: str | None, value: object) -> int | None:
    """Where in its quote a figure is written, in digits or in words ("four missiles",
    "чотирма ракетами"): the part of a long quote a briefing shows is cut around it."""
    if not quote or not str(value).isdigit():
        return None
    wanted = int(str(value))
    return next((n.start for n in find_numbers(quote) if n.value == wanted), None)


@dataclass
class Claim:
    """One figure as one claimant states it, with every source that carries it."""

    field: str
    value: str
    claimant: str | None
    attacker: str | None = None
    night: str | None = None
    reported_at: str | None = None
    sources: list[SourceRef] = field(default_factory=list)
    # Earlier values of the same claimant's figure that a correction replaced (kept, not shown
    # as current).
    updated_from: list[str] = field(default_factory=list)
    # Editors in the loop (storage.review): the words the figure came from, whether it is
    # below the extractor's confidence threshold and nobody checked it yet, whether an editor
    # checked it, and the values an editor's /fix replaced with this one.
    quote: str | None = None
    uncertain: bool = False
    doubt: str | None = None
    checked: bool = False
    edit_id: int | None = None
    edited_from: list[str] = field(default_factory=list)
    fact_ids: list[int] = field(default_factory=list)
    actions: list["EditorAction"] = field(default_factory=list)
    # A night's view carries a figure's first SHOWN_SOURCES outlets only: `sources_cut` says
    # there are more, and where the claimant's reports differ on the figure (the only place a
    # briefing names a figure's own outlets) `source_total` counts them all; else None.
    sources_cut: bool = False
    source_total: int | None = None

    @property
    def focus(self) -> int | None:
        """Where the figure is written in its quote (None when it is not)."""
        return figure_at(self.quote, self.value)


@dataclass
class StatusChange:
    """One step in an exchange's life: when, what status, who reported it."""

    date: str | None
    status: str
    source: SourceRef


class Titled:
    """A story view's title in a reader's language: the story's newest headline written in
    that language when it has one (`titles`: [language, title, kind] per language), else its
    newest headline in any; so a Ukrainian desk reads a Ukrainian headline, an English desk
    an English one, whichever outlet reported last."""

    def title_for(self, lang: str) -> tuple[str, str | None]:
        """(title, kind) for a reader of `lang`; kind "first_sentence" marks a stand-in."""
        for language, title, kind in getattr(self, "titles", None) or ():
            if language == lang:
                return title, kind
        return self.title, getattr(self, "title_kind", None)


@dataclass
class ExchangeView(Titled):
    """Everything the store knows about one exchange (one story with exchange facts)."""

    story_id: int
    title: str
    status: str | None
    count: list[Claim]
    returned: list[Claim]
    mediators: list[str]
    framework: str | None
    people: list[str]
    timeline: list[StatusChange]
    sources: list[SourceRef]
    first_date: str | None = None
    last_date: str | None = None
    # Sources that report the same status on different days: (status, {date: [sources]}).
    date_discrepancies: list[tuple[str, dict[str, list[SourceRef]]]] = field(default_factory=list)
    # Values an editor's /fix replaced, per field ("status": ["completed"]).
    edited_from: dict[str, list[str]] = field(default_factory=dict)
    # Kept per story (storage/digests.py), each list of sources holds only the outlets the
    # briefing names: how many distinct outlets each has in all, by "sources", a timeline
    # step's key (digests.step_key) or a day of a status's (digests.dates_key); claims carry
    # theirs as `source_total`. Empty when the lists are whole.
    ref_totals: dict[str, int] = field(default_factory=dict)
    titles: list = field(default_factory=list)


def step_key(date: str | None, status: str) -> str:
    """The key of one timeline entry (a status on a day) in ExchangeView.ref_totals."""
    return "step:" + json.dumps([date, status])


def dates_key(status: str, date: str) -> str:
    """The key of one day's reports of a status in ExchangeView.ref_totals."""
    return "dates:" + json.dumps([status, date])


@dataclass
class ReturnedTotal:
    """People returned across every completed swap in the store, each swap counted once."""

    swaps: int
    # Per side the people went home to ("ukraine", "russia"), and "unspecified" where the
    # reports do not say whose people came home.
    by_side: dict[str, int] = field(default_factory=dict)
    # Completed swaps whose reports give no returned figure at all.
    without_figure: int = 0

    @property
    def total(self) -> int:
        """Everyone returned, both sides together."""
        return sum(self.by_side.values())


@dataclass
class ClaimantFigures:
    """One claimant's figures for one attack night, each figure with its sources."""

    claimant: str
    attacker: str | None
    figures: dict[str, list[Claim]]
    regions: list[str]
    targets: list[str]
    sources: list[SourceRef]
    # As Claim.source_total: distinct outlets in all when `sources` holds only the first.
    source_total: int | None = None


@dataclass
class NightView:
    """One attack night: every claimant's figures, kept apart."""

    night: str | None
    claimants: list[ClaimantFigures]


@dataclass
class StorySources(Titled):
    """One story's sources for /sources: the first ones (oldest first) and how many in all."""

    story_id: int
    title: str
    sources: list[SourceRef]
    total: int
    titles: list = field(default_factory=list)


@dataclass
class StorySummary(Titled):
    """One line of /latest: a story with its key figures and how many sources carry it."""

    story_id: int
    title: str
    date: str | None
    source_count: int
    exchange: dict | None
    strikes: list[dict]
    sources: list[SourceRef] = field(default_factory=list)
    # "first_sentence" when no article of the story has a headline and its first sentence stands
    # in (see extraction.headline); "headline" or None otherwise.
    title_kind: str | None = None
    titles: list = field(default_factory=list)


@dataclass(frozen=True)
class Change:
    """A fact that changed with a new article: what subscribers are told about.

    Structured: the event (an exchange's stage and day, or an attack night), the status and
    figures before and after, the claimant. briefings/push.py words it. `what` holds the plain
    text of changes logged before changes were structured, and is empty otherwise.
    """

    topic: str  # "exchange" or "strikes"
    what: str
    story_id: int
    outlets: tuple[str, ...] = ()
    night: str | None = None
    # An exchange's stage ("talks" or "swap") and the day it is known by (its first report).
    stage: str | None = None
    event_day: str | None = None
    status: str | None = None
    old_status: str | None = None
    # (field, value before or None when new, value now), e.g. ("returned", None, 150). After an
    # editor's fix or undo over reports that differ, a value is every figure: (31, 34).
    figures: tuple[tuple[str, object, object], ...] = ()
    claimant: str | None = None
    # Strikes: "new_night", "new_claim", "update" (a correction) or "more" (figures added).
    # After an editor's action, either topic: "withdrawn" (its report taken out as not a
    # report), "restored" (put back), "retracted" (an undone /fix that had added a figure),
    # "dropped" (an edit of the message left it out), "moved" (strikes given another night
    # by /fix date).
    kind: str | None = None
    # An editor's action behind the change (storage.review): "confirmed" (released after an
    # editor checked it), "corrected" (/fix), "undone" (/undo), "removed" (Not a report),
    # "restored" (Restore), "edited" (the message was edited); None for a new article.
    editor: str | None = None
    # Strikes: the attacking side the claimant speaks of ("russia", "ukraine").
    attacker: str | None = None
    # The post or page the article that brought the change came from, for the push to link.
    link: str | None = None
    # The day the article that brought the change is dated (published, else received): with
    # the night, what decides whether the change is recent enough to push.
    reported: str | None = None
    # Strikes moved by an editor to another night ("moved"): the night they were given for.
    old_night: str | None = None


# -- desk tools: /search, /export, /chart ----------------------------------------------------

# Marks around each match in a snippet: private-use characters, so the renderer can escape the
# text and only then turn them into tags.
MATCH_START = "\ue000"
MATCH_END = "\ue001"


@dataclass(frozen=True)
class SearchHit:
    """One matching article: enough to show it and to find its story."""

    article_id: int
    story_id: int | None
    title: str
    outlet: str | None
    date: str | None
    link: str | None
    snippet: str  # plain text, matches between MATCH_START and MATCH_END


@dataclass(frozen=True)
class SearchPage:
    """One page of results, newest first, and how many there are in all."""

    words: str
    since: str | None
    hits: list[SearchHit]
    total: int
    page: int
    pages: int
    all_words: bool  # False when no article has every word and any word was matched instead


@dataclass
class StrikeSeries:
    """Per-night figures between two days: the Air Force's and, apart, Russia's claims."""

    start: str
    end: str
    nights: list[str]
    air_force: dict[str, list[int | None]]  # field -> one value per night (None: not given)
    russia_downed: list[int | None]
    outlets: list[str] = field(default_factory=list)
    last_reported: str | None = None

    def is_empty(self) -> bool:
        """True when no plotted series has a single figure."""
        values = [*self.russia_downed, *(v for s in self.air_force.values() for v in s)]
        return all(v is None for v in values)


@dataclass
class SwapSeries:
    """Completed swaps in date order with the people each brought home."""

    dates: list[str]
    returned: list[int]
    stories: list[int]
    outlets: list[str] = field(default_factory=list)


# The columns of a figures export, in order.
EXPORT_COLUMNS = (
    "story",
    "topic",
    "date",
    "field",
    "value",
    "claimant",
    "side",
    "attacker",
    "outlet",
    "link",
    "published",
    "quote",
    "editor_action",
    "current",
    "also_carried_by",
    "fact_id",
)


# -- editors in the loop (storage.review) ---------------------------------------------------


@dataclass(frozen=True)
class EditorAction:
    """One row of the audit trail: who did what, when, what it was and what it became."""

    id: int
    action: str  # confirm, fix, date, undo, remove, restore, merge, split
    editor: str
    at: str
    story_id: int | None = None
    article_id: int | None = None
    field: str | None = None
    claimant: str | None = None
    night: str | None = None
    before: str | None = None
    after: str | None = None
    undone: bool = False


@dataclass(frozen=True)
class SanityWarning:
    """Two figures that cannot both be right, e.g. more drones downed than launched."""

    code: str  # downed_above_launched, lost_above_launched, returned_above_count
    topic: str
    claimant: str | None
    night: str | None
    weapon: str | None  # drones, missiles, total (strikes); None for an exchange
    expected_max: int  # launched (or the swap's count)
    found: int  # downed (downed + lost; returned)


@dataclass(frozen=True)
class ReviewFigure:
    """One figure of an article as an editor reviews it: value, claimant, words, state."""

    fact_id: int
    topic: str
    field: str
    value: str
    claimant: str | None
    attacker: str | None
    night: str | None
    quote: str | None
    confidence: float | None
    uncertain: bool
    doubt: str | None
    checked: bool
    published: bool
    edited_from: tuple[str, ...] = ()

    @property
    def focus(self) -> int | None:
        """Where the figure is written in its quote (None when it is not)."""
        return figure_at(self.quote, self.value)


@dataclass(frozen=True)
class ArticleReview:
    """One stored article as its receipt shows it: figures with their words, and its state."""

    article_id: int
    story_id: int | None
    title: str
    outlet: str | None
    published: str | None
    story_sources: int
    state: str  # "open", "confirmed" or "removed"
    held: bool  # its figures wait for an editor before subscribers hear of them
    figures: list[ReviewFigure]
    warnings: list[SanityWarning]
    decided_by: str | None = None  # who confirmed or removed it
    decided_at: str | None = None


@dataclass(frozen=True)
class ArticleRef:
    """One article of a story, as /sources N lists it for /split."""

    article_id: int
    title: str
    outlet: str | None
    published: str | None
    removed: bool = False


# Articles /sources N lists on one page (`/sources N page 2` for the next ones).
ARTICLES_PER_PAGE = 20


@dataclass
class StoryReview(Titled):
    """/sources N: a story's figures with their words, its articles and its editors' actions.

    Each figure lists its first SHOWN_SOURCES sources, with `source_total` counting them all
    when there are more; `articles` is one page of the story's articles (ARTICLES_PER_PAGE),
    `article_total` counts them all."""

    story_id: int
    title: str
    claims: list[Claim]
    articles: list[ArticleRef]
    actions: list[EditorAction]
    article_total: int | None = None
    page: int = 1
    titles: list = field(default_factory=list)

    @property
    def pages(self) -> int:
        """How many pages of articles the story has (at least one)."""
        total = len(self.articles) if self.article_total is None else self.article_total
        return max(1, -(-total // ARTICLES_PER_PAGE))


@dataclass(frozen=True)
class FigureEdit:
    """One figure an editor's action changed: where it was, what it was, what it became."""

    topic: str
    field: str
    claimant: str | None
    night: str | None
    before: tuple[str, ...]
    after: str | None


@dataclass(frozen=True)
class ReviewOutcome:
    """What an editor's action did, for the reply, the edited receipt and the tests."""

    action: str
    audit_id: int | None
    story_id: int | None = None
    article: ArticleReview | None = None
    edits: tuple[FigureEdit, ...] = ()
    # Subscriber pushes queued by this action: new figures released, corrections.
    released: int = 0
    corrections: int = 0
    already: bool = False  # nothing to do: it was already in that state
    new_story_id: int | None = None  # split: the story the article now forms
    # fix: figures that, with the one just fixed, cannot both be right (the editor is told).
    warnings: tuple[SanityWarning, ...] = ()
    moved_articles: int = 0
    # /confirm STORY: the articles this editor's confirmation checked, and their figures.
    confirmed_articles: tuple[int, ...] = ()
    checked_figures: int = 0
