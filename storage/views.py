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
