"""Plain read models the store hands to briefings: no SQL, no Telegram."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SourceRef:
    """One outlet or post behind a figure or a story."""

    outlet: str
    link: str | None = None
    date: str | None = None
    kind: str = "paste"


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


@dataclass
class StatusChange:
    """One step in an exchange's life: when, what status, who reported it."""

    date: str | None
    status: str
    source: SourceRef


@dataclass
class ExchangeView:
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


@dataclass
class ClaimantFigures:
    """One claimant's figures for one attack night, each figure with its sources."""

    claimant: str
    attacker: str | None
    figures: dict[str, list[Claim]]
    regions: list[str]
    targets: list[str]
    sources: list[SourceRef]


@dataclass
class NightView:
    """One attack night: every claimant's figures, kept apart."""

    night: str | None
    claimants: list[ClaimantFigures]


@dataclass
class StorySummary:
    """One line of /latest: a story with its key figures and how many sources carry it."""

    story_id: int
    title: str
    date: str | None
    source_count: int
    exchange: dict | None
    strikes: list[dict]
    sources: list[SourceRef] = field(default_factory=list)


@dataclass(frozen=True)
class Change:
    """A fact that changed with a new article: what subscribers are told about."""

    topic: str  # "exchange" or "strikes"
    what: str  # plain text, e.g. "Exchange: negotiating → agreed · 1,200"
    story_id: int
    outlets: tuple[str, ...] = ()
    night: str | None = None


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
