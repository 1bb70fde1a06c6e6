"""Strike records: group sentence figures into one record per claimant and attack."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from extraction import calendar_words as cw
from extraction import claimants as cl
from extraction import lemmas
from extraction.cues import Cue, cue, gated
from extraction.dates import find_date_cues
from extraction.figures import (
    DOWNED,
    DRONES,
    LAUNCHED,
    LOST,
    MISSILES,
    TOTAL,
    Figure,
    sentence_cue_words,
    sentence_figures,
)
from extraction.layout import items_of_lists, per_type_items, read_layout
from extraction.numbers import find_numbers
from extraction.periods import YEAR_SPAN, counted_span, last_period, month_total, period_total
from extraction.places import find_places, region_of, side_of, split_dateline
from extraction.sentences import BACKGROUND, BODY, TITLE, Sentence
from extraction.vocab import lemmas_of

FIELDS = (
    "drones_launched", "missiles_launched", "drones_downed", "missiles_downed",
    "drones_lost", "total_launched", "total_downed",
)  # fmt: skip

# Sentences whose numbers are never this attack's figures.
_LOSS_TALLY = cue(
    r"\btanks?\b|artillery|armou?red|personnel|\bapcs?\b|operational-tactical|танк\w*|артилер\w*|"
    r"артиллер\w*|бойових броньованих|бронемашин\w*|особового складу|личного состава|"
    r"оперативно-тактичн\w*|оперативно-тактическ\w*"
)
# The ground war's daily tally ("53 air strikes, 88 guided bombs and 1,700 kamikaze drones
# against our positions", "83 обстріли"): drones used at the front, not a night's air attack
_FRONT_TALLY = cue(
    r"\bshelling|обстріл\w*|обстрел\w*|\bfront[- ]?lines?\b|"
    r"лінії фронту|линии фронта|передов\w*|\bpositions\b|позиці\w*|позици\w*"
)
# guided bombs with air strikes or kamikaze drones: the same daily tally (bombs alone may sit in
# an air force report: "destroyed 9 drones and 2 guided aerial bombs")
_BOMBS = cue(
    r"guided (?:aerial )?bombs?|glide bombs?|aerial bombs|авіабомб\w*|авиабомб\w*|(?<!\w)каб(?!\w)"
)
_AIR_STRIKES = cue(r"\bair ?strikes\b|авіаудар\w*|авиаудар\w*|kamikaze|камікадзе|камикадзе|\bfpv\b")
# "since Sunday evening": the night in hand began then, as "з вечора неділі" says in Ukrainian
_WEEKDAY_PART = rf"(?:{cw.weekday_alternation(cw.EN)}) (?:evening|night|afternoon)"
_CUMULATIVE = cue(
    r"\bsince\b(?! the night| midnight| the evening| last night| \d{1,2}(?::\d\d)? ?[ap]\.?m|"
    rf" {_WEEKDAY_PART})|"
    r"\bso far this\b|\bthis year\b|\bin total,? (?:since|over)\b|"
    r"\bover the past (?:month|week|year)s?\b|\bfrom the start\b|\bcumulative\b|"
    # "з початку ночі", "с начала ночи": since the night began is still this night
    r"(?:з початку|від початку|с начала)(?! (?:ночі|ночи|доби|суток|атаки))|"
    # "починаючи з восьмої вечора", "починаючи з 18:00": from an hour on is the night in hand
    r"починаючи(?! (?:з|із|від) (?:\d{1,2}(?:[:.]\d\d| годин)|\w+ (?:вечора|ранку|години)\b|"
    r"вечора|ночі))|"
    r"із цього часу|з цього часу|с момента|"
    r"за весь период|за (?:минулий|прошлый|последний) (?:тиждень|місяць|неделю|месяц)|"
    r"за тиждень|за неделю|за місяць|за месяц|\bmonthly\b|over the month|\bweekly\b|"
    r"итог\w* недели|підсумк\w* тижня|итог\w* месяца|підсумк\w* місяця|"
    r"за \w+ (?:дней|днів|суток|діб)|(?:over|in) the (?:past|last) \w+ (?:days|weeks)|"
    # "з вересня", "с сентября": since a month began (a month told right after "from" with no
    # day before it; "в ночь с 5 на 6 сентября" names a day)
    rf"(?<!\w)(?:з|із|від|с|со) (?:{cw.month_alternation(cw.UK_GEN, cw.RU_GEN)})(?!\w)|"
    rf"\bin (?:{cw.month_alternation(cw.EN)})\b(?!\s*\d)|"
    rf"за (?:{cw.month_alternation(cw.UK_NOM, cw.RU_NOM)})|"
    rf"(?:у|в) (?:{cw.month_alternation(cw.UK_LOC, cw.RU_LOC)})\b"
)
_LONG_PERIOD = cue(
    r"over the (?:past |last )?(?:week|month|year)|this (?:week|month|year)|in (?:a|one) week|"
    r"за (?:минулий |останній |прошлый |последний )?(?:тиждень|місяць|неделю|месяц|рік|год)|"
    r"за цей тиждень|за эту неделю|in a single (?:week|month)|"
    r"in (?:the )?(?:first|past|last) \w+ (?:weeks|months)|"
    r"since(?! the night| midnight| the evening| last night| \d{1,2}(?::\d\d)? ?[ap]\.?m|"
    rf" {_WEEKDAY_PART})"
)
_COMPARISON = cue(
    r"\brecord\b|\bsurpass\w*|\bexceed\w*|"
    r"\bthe (?:largest|biggest) (?:attack|strike) (?:so far|before|until)|"
    r"перевищ\w*|перевершил\w*|перевершив\w*|превыси\w*|превзош\w*|рекорд\w*"
)
_EARLIER_ATTACK = cue(
    r"\bprevious night\b|\bnight before\b|\bday before\b|\ba day earlier\b|\blast week\b|"
    r"\bearlier this week\b|\bthe previous day\b|напередодні|днем раніше|минулого тижня|"
    r"попередн\w* ноч\w*|предыдущ\w* ноч\w*|\bprevious(?:ly)?\b|"
    r"накануне|днем ранее|на прошлой неделе|"
    # "a year ago", "two days ago", "рік тому", "неделю назад": an attack told from the past
    r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+) "
    r"(?:days?|weeks?|months?|years?) ago\b|"
    r"(?:днів|дні|тиждень|тижні|тижнів|місяць|місяці|місяців|рік|роки|років) тому|"
    r"(?:дней|дня|неделю|недели|недель|месяц|месяца|месяцев|год|года|лет) назад|"
    # "said earlier on Tuesday": when it was said, not an earlier attack
    r"(?<!said )(?<!reported )(?<!wrote )(?<!stated )\bearlier,? on\b"
)
# a sentence that opens on "Last time", "В прошлый раз", "Минулого разу" tells the attack
# before this one (at its end, "more than last time" only compares)
_LAST_TIME_OPENS = re.compile(
    r"^\W*(?:the\s+)?(?:last|previous)\s+time\b|^\W*(?:в|у)\s+(?:прошлый|минулий)\s+раз\b|"
    r"^\W*минулого\s+разу\b",
    re.IGNORECASE,
)


def _tells_earlier(text: str) -> bool:
    """Whether a sentence tells an earlier attack by its words ("the day before", "a year ago",
    "В прошлый раз ...")."""
    return bool(_EARLIER_ATTACK.search(text) or _LAST_TIME_OPENS.match(text))


_THIS_TIME = cue(r"\bthis time\b|цього разу|этот раз|на сей раз")
_DAYTIME = cue(
    r"\bafternoon\b|\bduring the day\b|\bdaytime\b|\bin the day\b|вдень|удень|(?<!\w)днем|"
    r"днём|пообіді|по обіді|после обеда|вчера днем|вчора вдень"
)
_CORRECTION_NEW = cue(
    r"\bupdated?\b|\brevised\b|\braised\b|\bcorrect(?:ed|ion)\b|\bclarified\b|\blater (?:said|"
    r"reported|put|gave)\b|\bnow (?:says|said)\b|\bfinal\b|уточн\w*|оновлен\w*|виправ\w*|"
    r"обновлен\w*|исправ\w*|остаточн\w*|окончательн\w*"
)
_AS_EARLIER = re.compile(
    r"\S+(?:\s+\S+){0,2}?,?\s+as (?:it |they |the \w+ )?(?:had )?"
    r"(?:earlier|initially|first|previously) (?:said|reported|stated)",
    re.IGNORECASE,
)
# "90, not 84 as it earlier said / as reported earlier", "75, а не 70, як повідомлялося раніше",
# "а не 70, как сообщалось ранее": the figure beside the old one is the claimant's correction
_NOT_AS_EARLIER = gated(
    r"\bnot \d[\d,. ]*\s+(?:\w+\s+)?,?\s*as (?:\w+\s+){0,3}?"
    r"(?:earlier|initially|first|previously|before)\b"
    r"|\bа не \d[\d ]*(?:\s+\w+)?,?\s+(?:як|как) (?:\w+\s+){0,2}?"
    r"(?:раніше|спочатку|повідомлял\w*|ранее|сначала|сообщал\w*)",
    re.IGNORECASE,
)
_OLD_BEFORE = re.compile(
    r"(?:earlier|initially|first|previously|had)\s+(?:said|reported|put it at|gave|stated)\s+"
    r"(?:that\s+)?(?:only\s+)?$|(?:спочатку|раніше|сначала|ранее)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
_NOT_BEFORE = re.compile(r"\b(?:not|не|а не)\s+$", re.IGNORECASE)
_CORRECTION_OLD = cue(
    r"\bearlier (?:said|reported|put|gave)\b|\binitially\b|\bhad (?:earlier|first) (?:said|"
    r"reported)\b|\bfirst reported\b|спочатку|раніше повідомля\w*|ранее сообща\w*|сначала|"
    r"первоначально"
)
_THERE = cue(r"(?<!\w)там(?!\w)|(?<!\w)there(?! (?:were|was|are|is)\b)")
_FIRST_SAID = cue(r"спершу|сперва|\bat first\b")
_ATTRIBUTION_NEXT = re.compile(
    r"^\W*(?:про це|об этом|this was (?:reported|announced|stated)|this is according to|"
    r"such (?:are|were) the figures|as reported by|according to)",
    re.IGNORECASE,
)
_OVER_RUSSIA = cue(
    r"over (?:the )?russian (?:territory|regions?)|над територією (?:росії|рф)|"
    r"над территори\w* (?:россии|рф)|over russia\b|в россии|у росії|в рф\b|по россии"
)
# a count over the whole of Russia: the defence ministry's tally, never one region's
_RUSSIA_WIDE = cue(
    r"над (?:российскими|русскими) регионами|над регионами (?:россии|рф)|"
    r"над російськими регіонами|над регіонами (?:росії|рф)|"
    r"над территори\w* (?:россии|рф|страны)|над територією (?:росії|рф)|"
    r"over (?:the )?russian (?:territory|regions)|over (?:several |various )?regions of russia"
)
# "from the airspace over Russia's Belgorod region": where aircraft fired from, not where
# anything came down
_AIRSPACE_BEFORE = re.compile(
    r"(?:airspace|повітрян\w* простор\w*|воздушн\w* пространств\w*)\s*$", re.IGNORECASE
)
_ATTACK_CONTEXT = cue(
    r"attack|strike|struck|\bhits?\b|\bimpacts?\b|damag|target|explosion|blackout|fire\b|debris|"
    r"атак|удар|влучан|влучил|пошкодж|поврежд|поражен|уражен|вибух|взрыв|пожеж|пожар|уламк|обломк|"
    r"постражд|пострада|під ударом|под ударом|shot down|downed|destroyed|intercepted|збит|знищ|"
    r"сбит|уничтож|перехоп|перехвач"
)
_GROUND_WAR = cue(
    r"\bcaptur\w*|\bfighting\b|\boffensive\b|\badvanc\w*|\bfront ?line\b|захопи\w*|захопл\w*|"
    r"захвати\w*|захвач\w*|наступ\w*|лінії фронту|линии фронта"
)
# "Of them, 24 over the Bryansk region, ...": a breakdown by region after the total
_BREAKDOWN_START = re.compile(
    r"^\W*(?:of them|of these|of which|з них|із них|из них|з яких|из которых)\b", re.IGNORECASE
)
_TARGETS = [
    (
        "energy infrastructure",
        r"energy infrastructure|енергетичн\w* інфраструктур\w*|"
        r"энергетическ\w* инфраструктур\w*",
    ),
    (
        "critical infrastructure",
        r"critical infrastructure|критичн\w* інфраструктур\w*|"
        r"критическ\w* инфраструктур\w*",
    ),
    ("power infrastructure", r"power infrastructure"),
    ("energy facilities", r"energy facilit\w*"),
    ("energy sector", r"energy sector|енергосистем\w*|энергосистем\w*"),
    ("solar power plant", r"solar power (?:plant|station)|сонячн\w* електростанц\w*"),
    ("thermal power plant", r"thermal power (?:plant|station)|\bтец\b|\bтэц\b|теплоелектро\w*"),
    ("hydroelectric power plant", r"hydroelectric power (?:plant|station)|\bгес\b|\bгэс\b"),
    ("power plant", r"(?<!solar )(?<!thermal )power (?:plant|station)"),
    ("substation", r"substation|підстанц\w*|подстанц\w*"),
    ("port infrastructure", r"port infrastructure|портов\w* інфраструктур\w*"),
    ("grain facilities", r"grain (?:facilit\w*|terminal\w*|infrastructure)"),
    (
        "residential buildings",
        r"residential (?:buildings?|areas?|houses?)|apartment (?:block|"
        r"building)s?|житлов\w* будинк\w*|жил\w* дом\w*|жилые районы|"
        r"багатоповерх\w*|многоэтажк\w*",
    ),
    ("private houses", r"private (?:homes|houses)|приватн\w* будинк\w*|частн\w* дом\w*"),
    (
        "civilian enterprise",
        r"civilian enterprise|цивільн\w* підприємств\w*|"
        r"гражданск\w* предприяти\w*",
    ),
    ("industrial facility", r"industrial (?:facility|enterprise|site)|промислов\w* об'єкт\w*"),
    ("oil refinery", r"oil refinery|refinery|нафтопереробн\w*|нпз\b|завод кинеф"),
    ("oil depot", r"oil depot|fuel depot|нафтобаз\w*|нефтебаз\w*"),
    ("airfield", r"airfield|air base|аеродром\w*|аэродром\w*"),
    ("railway", r"railway|rail infrastructure|залізниц\w*|железн\w* дорог\w*"),
    (
        "gas infrastructure",
        r"gas (?:infrastructure|production facilit\w*)|газов\w* інфраструктур\w*",
    ),
]
_TARGET_NAMES = {f"t{i}": name for i, (name, _) in enumerate(_TARGETS)}
_TARGET_RE = cue("|".join(f"(?P<t{i}>{pattern})" for i, (_, pattern) in enumerate(_TARGETS)))
_FIELD_OF = {
    (DRONES, LAUNCHED): "drones_launched",
    (MISSILES, LAUNCHED): "missiles_launched",
    (DRONES, DOWNED): "drones_downed",
    (MISSILES, DOWNED): "missiles_downed",
    (DRONES, LOST): "drones_lost",
    (TOTAL, LAUNCHED): "total_launched",
    (TOTAL, DOWNED): "total_downed",
}


@dataclass
class _Record:
    attacker: str
    claimant: str
    date: dt.date | None
    values: dict[str, int | None] = field(default_factory=dict)
    sentences: list[int] = field(default_factory=list)
    corrected: bool = False
    earlier: bool = False
    period: str | None = None
    from_title: set[str] = field(default_factory=set)
    # fields whose value is an increment ("six more were downed"): a later total replaces it
    increments: set[str] = field(default_factory=set)
    # fields whose value adds up parts with no total written: field -> the places or list items
    # counted so far ("12 over Kursk", "- 5 Kh-101"); a later part elsewhere adds to it
    part_keys: dict[str, set[str]] = field(default_factory=dict)
    # field -> (sentence, start, end, confidence): the words each value came from
    picks: dict[str, tuple] = field(default_factory=dict)
    # field -> (the number, its pick) where the text gives only an approximation ("nearly 200")
    approx: dict[str, tuple[int, tuple]] = field(default_factory=dict)


_RANGE = gated(r"\bfrom\b.{3,60}\b(?:to|until|till)\b|\bз\b.{3,60}\bдо\b|\bс\b.{3,60}\bдо\b",
                    re.IGNORECASE)  # fmt: skip


def _sentence_date(text: str, ref: dt.date | None) -> tuple[dt.date | None, bool]:
    """The attack date a sentence names, and whether it names one at all."""
    chosen = _date_cue(text, ref)
    return (None, False) if chosen is None else (chosen.date, True)


def _date_cue(text: str, ref: dt.date | None):
    """The date cue that dates a sentence's attack, or None."""
    cues = find_date_cues(text, ref)
    if not cues:
        return None
    explicit = [c for c in cues if c.explicit]
    if explicit and _RANGE.search(text):
        return explicit[-1]  # "from 18:00 on 8 November to 08:30 on 9 November": the end
    if explicit:
        return next((c for c in explicit if c.date is not None), explicit[0])
    return cues[0]


_CONTINUES = cue(
    r"of them|of those|of which|of these|з них|із них|из них|з яких|из которых|тоді|тогда|then\b"
)


_OVER = cue(r"over|above|над")
# where a launch came from: "from three directions", "з напрямку", "из Курской области"
_LAUNCHED_FROM = cue(
    r"\bfrom\b|(?<!\w)(?:з|із|зі|из|со)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:напрям\w*|направлени\w*|сторон\w*|боку|територі\w*|территори\w*|"
    r"повітрян\w*|воздушн\w*|росі\w*|росси\w*|рф\b)"
)


def _russian_places_only(text: str) -> bool:
    """True when drones came down over places in Russia, and over none in Ukraine."""
    sides: set[str] = set()
    for m in _OVER.finditer(text):
        sides |= {side_of(p) for p in find_places(text[m.end() : m.end() + 60])}
    return sides == {"ru"}


_WEAPON_WORDS = (
    "drone", "uav", "unmanned", "shahed", "geran", "missile", "rocket", "means of", "targets",
    "дрон", "безп", "беспил", "бпла", "бла", "шахед", "геран", "ракет", "засоб", "засіб",
    "средств", "цілей", "целей", "loitering", "баражуюч", "барражирующ",
)  # fmt: skip
_WEAPON_NAMED = gated("|".join(_WEAPON_WORDS), re.IGNORECASE)
_NIGHT_HINT = gated(r"night|ніч|ноч", re.IGNORECASE)


class _LazyClaimants:
    """Every claimant named in the body, found only if some figure needs the article default."""

    def __init__(self, body: list[Sentence]) -> None:
        self.body = body
        self.cues: list[cl.ClaimantCue] | None = None

    def __iter__(self):
        if self.cues is None:
            self.cues = [c for s in self.body for c in _claimants(s.text)]
        return iter(self.cues)


@functools.lru_cache(maxsize=1024)
def _claimants(text: str) -> tuple[cl.ClaimantCue, ...]:
    return tuple(cl.find_claimants(text))


def _claimant_in(text: str, pos: int) -> cl.ClaimantCue | None:
    # a semicolon closes the clause: "the General Staff confirmed a hit; Moscow claimed 58 downed"
    cues = [c for c in _claimants(text) if ";" not in text[min(c.start, pos) : max(c.start, pos)]]
    if not cues:
        return None
    before = [c for c in cues if c.start <= pos]
    return before[-1] if before else cues[0]


def _foreign_only(text: str) -> bool:
    """A sentence about another country's war ("Israel intercepted 40 missiles from Iran") that
    names neither side of ours."""
    return lemmas.has(text, "foreign_country") and not lemmas.has(text, "our_sides")


# In a sentence that compares ("a record", "surpassing"), the numbers it compares with: a
# figure after "than", "the previous high of", "up from", or a difference ("189 more than").
_COMPARED_BEFORE = re.compile(
    r"(?:\bthan|\bsurpass\w*|\bexceed\w*|\bprevious|\bearlier|\bprior|\brecord (?:of|was|set)|"
    r"\bhigh of|\bpeak of|\bup from|\bdown from|\bcompared (?:with|to)|\bversus|\bvs\.?|"
    r"попередн\w*|предыдущ\w*|перевищ\w*|переверши\w*|превыси\w*|превзош\w*|(?<!\w)ніж|"
    r"(?<!\w)чем|порівняно|по сравнению)[^.;!?]{0,100}$",
    re.IGNORECASE,
)
_APPROX_THAN = re.compile(
    r"(?:more|less|fewer|greater|higher|lower|більше|менше|більш|больше|более|меньше|менее),?\s*$",
    re.IGNORECASE,
)
_DIFFERENCE_AFTER = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:more|fewer|less|higher|lower|більше|менше|больше|меньше)\b"
    r"[^\d.;]{0,20}(?:than|ніж|чем)",
    re.IGNORECASE,
)
# "the previous high of 541", "than the previous night's": the earlier attack is only compared
_COMPARED_PHRASE = gated(
    r"\b(?:than|above|over|surpass\w*|exceed\w*|beat\w*|break\w*)\s+(?:the|its|a)\s+previous\b|"
    r"\bprevious(?:ly)?\s+(?:record|high|peak|maximum|best|largest|biggest)\b",
    re.IGNORECASE,
)
_COMPARED_WORD = re.compile(
    r"\bthan\b|\bsurpass|\bexceed|\bprevious|перевищ|переверш|превыс|превзош|попередн|предыдущ|"
    r"(?<!\w)ніж(?!\w)|(?<!\w)чем(?!\w)",
    re.IGNORECASE,
)
# another attack's count standing between the comparison word and the number
_COUNT_BETWEEN = re.compile(
    r"\d[\d,]*\s+(?:\w+\s+)?(?:drone|missile|uav|shahed|дрон|ракет|бпла|безпіл|беспил|шахед)",
    re.IGNORECASE,
)


def _compared(text: str, start: int, end: int) -> bool:
    """In a comparing sentence, whether the number at start:end is what this attack is compared
    with (an earlier record, a difference), not this attack's figure."""
    if _DIFFERENCE_AFTER.match(text, end):
        return True
    before = text[max(0, start - 120) : start]
    m = _COMPARED_BEFORE.search(before)
    if m is None or _COUNT_BETWEEN.search(before, m.end()):
        return False
    # "more than 400 drones": a lower bound, not a comparison
    word = m.group(0).lower()
    bound = word.startswith(("than", "ніж", "чем")) and not word.split(None, 1)[1:]
    return not (bound and _APPROX_THAN.search(before[: m.start()]))


# "the largest attack this year", "the most since July": tonight's figure set against a period
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:largest|biggest|heaviest|most|highest|record|massive|first)\b[^.;,\d]{0,30}$|"
    r"(?<!\w)(?:наймасован\w*|найбільш\w*|наибольш\w*|самы\w+ массированн\w*|"
    r"найпотужніш\w*|рекордн\w*|впервые|вперше)[^.;,\d]{0,30}$",
    re.IGNORECASE,
)


def _cumulative(text: str) -> bool:
    """A running total ("since the start of the war", "in October"), unless the period only
    ranks tonight's attack ("the largest attack this year")."""
    return any(
        not _SUPERLATIVE_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
        for m in _CUMULATIVE.finditer(text)
    )


# "an average of 170", "on average, 150", "в середньому 150": a rate over many nights
_AVERAGE_BEFORE = gated(
    r"(?:\baverag\w*(?:\s+of)?|\bon average,?|в середньому,?|у середньому,?|в среднем,?)\s+"
    r"(?:[^\W\d]+\s+){0,3}$",
    re.IGNORECASE,
)
# "170 drones a night", "150 дронів щоночі": how many every night, not how many this night
_RATE_AFTER = re.compile(
    r"\s*(?:[\w'-]+\s+){0,3}?(?:a|per|each|every)\s+(?:night|day)\b|"
    r"\s*(?:[\w'-]+\s+){0,3}?(?:щоночі|щодня|щодоби|каждую ночь|ежедневно|еженощно|"
    r"за ніч у середньому)(?!\w)",
    re.IGNORECASE,
)


def _clashes(records: list[_Record], fig: Figure, key: tuple, sentence: Sentence) -> bool:
    """Whether `fig` gives another number for a figure of this night that an earlier body
    sentence already stated (not a part, an increment, a reference or a headline's figure)."""
    name = _FIELD_OF.get((fig.cls, fig.role))
    attacker, claimant, date, earlier, period = key
    if name is None or earlier or fig.value is None or fig.ref or fig.additive:
        return False
    if fig.part_keys or fig.parts:
        return False
    for r in records:
        if r.attacker != attacker or r.claimant != claimant or r.earlier:
            continue
        if not (r.date == date or r.date is None or date is None):
            continue
        if period and r.period and period != r.period:
            continue  # "8 over eight hours" and "12 overnight" are two claims
        if (period == EARLIER_REPORT) != (r.period == EARLIER_REPORT):
            continue
        old = r.values.get(name)
        pick = r.picks.get(name)
        if old is None or old == fig.value or pick is None or pick[0] is sentence:
            continue
        if name in r.from_title or name in r.part_keys or name in r.increments:
            continue
        return True
    return False


def _share_ukrainian_hint(text: str, figures: list[Figure]) -> None:
    """Figures in the clause of one described as Ukrainian are Ukrainian drones too; not across
    a semicolon or a Ukrainian source ("the air force said Russia fired 20 drones; Moscow said
    it downed 20 Ukrainian drones")."""
    hinted = [f for f in figures if f.attacker_hint == "ukraine"]
    if not hinted:
        return
    ua_sources = [c.start for c in _claimants(text) if c.side == "ua"]
    for fig in figures:
        if fig.attacker_hint == "ukraine":
            continue
        for h in hinted:
            lo, hi = sorted((fig.start, h.start))
            if ";" not in text[lo:hi] and not any(lo <= c <= hi for c in ua_sources):
                fig.attacker_hint = "ukraine"
                break


# a preposition of direction and up to two words before a building noun: "у житловий будинок",
# "into an apartment block", "по многоэтажке"
_AT_BEFORE = re.compile(
    r"(?:(?<!\w)(?:at|into|on|у|в|по|на)\s+(?:[\w'-]+\s+){0,2})$", re.IGNORECASE
)
_CLAUSE_STOP = re.compile(r"[,;:.!?]|\s[—–]\s")


def _fired_at_a_building(text: str, fig: Figure) -> bool:
    """Whether a launch count's own clause sends the weapons at one building ("два крилаті
    ракети були випущені у житловий будинок"): hits there, not what the attack sent."""
    start = fig.end if fig.end >= 0 else fig.start
    stop = _CLAUSE_STOP.search(text, start)
    clause = text[start : stop.start() if stop else len(text)]
    return any(
        _AT_BEFORE.search(clause[max(0, t.start - 40) : t.start])
        for t in lemmas.find(clause, "building_noun")
    )


# words between a tally's word and a number it counts ("1,700 drones against our positions")
_TALLY_REACH = 6
_WORD_RUN = re.compile(r"\w+")


def _counts_a_tally(text: str, words: Cue) -> bool:
    """Whether a tally's word ("tanks", "artillery", "обстріли") stands within a few words of a
    number: "12 tanks, 30 artillery systems" is a loss tally, while "12 drones ..., the air
    force said, with officials reporting further artillery strikes" is a night's report whose
    last clause mentions the ground war."""
    hits = list(words.finditer(text))
    if not hits:
        return False
    numbers = find_numbers(text)
    for hit in hits:
        for num in numbers:
            lo, hi = (num.end, hit.start()) if num.end <= hit.start() else (hit.end(), num.start)
            if len(_WORD_RUN.findall(text[lo:hi])) <= _TALLY_REACH:
                return True
    return False


def _skip_sentence(text: str) -> bool:
    return bool(
        _counts_a_tally(text, _LOSS_TALLY)
        or last_period(text)
        or _counts_a_tally(text, _FRONT_TALLY)
        or (_BOMBS.search(text) and _AIR_STRIKES.search(text))
        or _cumulative(text)
        or period_total(text)
        or counted_span(text)
        or month_total(text)
        or _foreign_only(text)
    )


@functools.lru_cache(maxsize=2048)
def _period_tally(text: str) -> bool:
    """A sentence that adds up a span of time ("since the start of 2024", "за неделю", "in
    July") or gives a rate over many nights ("on average", "щодня"): a tally, not a night."""
    return bool(
        _cumulative(text)
        or period_total(text)
        or counted_span(text)
        or month_total(text)
        or last_period(text)
        or lemmas.has(text, "rate_word")
    )


def _own_time(text: str, ref: dt.date | None) -> bool:
    """Whether a sentence names its own time: a date, a night, today, a weekday, "this time"."""
    return bool(
        _THIS_TIME.search(text)
        or lemmas.has(text, "current_span")
        or lemmas.has(text, "weekday")
        or _date_cue(text, ref) is not None
    )


def _goes_on(before: Sentence, s: Sentence) -> bool:
    """Whether a sentence goes on with the one before it: the same paragraph, or a new one that
    opens with "And" ("А глава области рассказал ...")."""
    if before.line == s.line:
        return True
    first = s.text.split(None, 1)[:1]
    return bool(first) and first[0].lower() in _JOINING_WORDS


def _time_carried(
    idx: int, body: list[Sentence], ref: dt.date | None, main_date: dt.date | None = None
) -> tuple[bool, bool]:
    """What a sentence that names no time of its own takes from the sentence before it, when it
    goes on with that one: (a running total's span, an earlier attack). "Since September, air
    defence downed 420 missiles. Besides, 430 drones were downed": both are the tally's;
    "Two weeks ago Kyiv came under attack. The air force said 75 drones were launched": that
    attack's, not tonight's. A paragraph about an earlier attack stays about it until one of
    its sentences names a time of its own ("Last time ... Then ... He said a drone ...")."""
    if idx <= 0 or idx >= len(body):
        return False, False
    before, s = body[idx - 1], body[idx]
    if not _goes_on(before, s) or _own_time(s.text, ref):
        return False, False
    earlier = _tells_earlier(before.text) or _other_night(before.text, ref, main_date)
    for back in range(idx - 1, max(0, idx - 4), -1):
        if earlier:
            break
        # the sentence before names no time either: it may itself go on an earlier attack
        if not _goes_on(body[back - 1], body[back]) or _own_time(body[back].text, ref):
            break
        prior = body[back - 1].text
        earlier = _tells_earlier(prior) or _other_night(prior, ref, main_date)
    return _period_tally(before.text), earlier


def _other_night(text: str, ref: dt.date | None, main_date: dt.date | None) -> bool:
    """Whether a sentence names, by its date, another night than the one the article names as
    its own: "on the night of 19 November" in a story about the night of the 21st (a dateline
    or a publication date alone decides nothing: they are often a day or more apart)."""
    if main_date is None:
        return False
    dated = _date_cue(text, ref)
    if dated is None or not dated.explicit or dated.date is None:
        return False
    return abs((dated.date - main_date).days) > 1


def _tally_article(frame_tally: bool, current: bool) -> bool:
    """An article that adds up weeks or months and reports no night of its own: its headline or
    first figure is a tally, and no figure of it names a night, today or a weekday; any other
    figure in it (an attack retold as an example, a figure "over this period") is not a night's
    to publish."""
    return frame_tally and not current


# the verb an elliptical sentence borrows from the one before, by role and script
_BORROWED_VERB = {
    (DOWNED, False): "downed ",
    (DOWNED, True): "сбиты ",
    (LAUNCHED, False): "launched ",
    (LAUNCHED, True): "запустили ",
}
_CYRILLIC = re.compile(r"[а-яёіїєґ]", re.IGNORECASE)


def _elliptical_figures(text: str, role: str, last_cls: str | None) -> list[Figure]:
    """Figures of a sentence with no verb that goes on with the one before ("... 52 drones were
    destroyed over Crimea. Ещё 17 над Ростовской областью и два над Азовским морем"):
    its counts take the role of the sentence before, read as if its verb stood first."""
    # the table's words are particles and adverbs that do not inflect: their written forms are
    # looked up as they stand, before anything costlier is read
    words = [w.strip(_EDGE_PUNCT).lower() for w in text.split(None, 2)[:2]]
    if not any(w in _MORE_WORDS for w in words) or sentence_cue_words(text):
        return []
    verb = _BORROWED_VERB[(role, bool(_CYRILLIC.search(text)))]
    figures, _ = sentence_figures(verb + text, last_cls)
    out = []
    for fig in figures:
        if fig.role != role or fig.start < len(verb):
            continue
        fig.start -= len(verb)
        fig.end = fig.end - len(verb) if fig.end >= 0 else -1
        fig.cue_at = -1  # the verb is the sentence before's
        fig.confidence = min(fig.confidence, 0.75)
        out.append(fig)
    return out


_MORE_WORDS = lemmas_of("more_word")
_JOINING_WORDS = lemmas_of("joining_word")
_EDGE_PUNCT = "\"'«»“”„(),.:;!?—–-"


def _counts_missiles_launched(text: str) -> bool:
    figures, _ = sentence_figures(text, None)
    return any(f.cls == MISSILES and f.role == LAUNCHED and f.value is not None for f in figures)


def extract_strikes(sentences: list[Sentence], ref: dt.date | None) -> list[dict]:
    """One strike record per claimant and attack, figures from the body first, then the title."""
    # "Earlier he reported one more Ukrainian drone downed": a retold report that opens its
    # paragraph is read for the Russian-side downing it reports (a claim of its own), nothing else
    body = read_layout(
        [
            s
            for s in sentences
            if s.kind == BODY or (s.kind == BACKGROUND and _REPORTED_BEFORE_OPENS.match(s.text))
        ]
    )
    titles = [s for s in sentences if s.kind == TITLE]
    whole = "\n".join(s.text for s in body + titles).lower()
    if not any(w in whole for w in _WEAPON_WORDS):
        return []  # no drone, missile or "means of air attack" anywhere: nothing to count
    article_claimants = _LazyClaimants(body)
    default_date = None
    for s in body + titles:
        if not _NIGHT_HINT.search(s.text):
            continue
        d, named = _sentence_date(s.text, ref)
        if named:
            default_date = d
            break
    main_date = default_date  # a night named beside "night"; else the first figures' date
    if default_date is None:
        default_date = ref
    per_type = per_type_items(body, _counts_missiles_launched)
    # a list that counts tanks or artillery beside missiles is a loss tally, every item of it
    loss_lists = items_of_lists(body, lambda text: bool(_LOSS_TALLY.search(text)))
    records: list[_Record] = []
    last_cls: str | None = None
    last_claimant: dict[str, str] = {}
    latest: str | None = None  # the claimant of the last figure read, whichever side
    governors: set[str] = set()  # regional heads the body has named by region so far
    previous: tuple | None = None  # (date, earlier) of the last sentence that gave figures
    skipped_before = False  # the last body sentence with figures was a running total or the like
    # whether the article is a tally of weeks or months (see _tally_article)
    frame_tally, current = False, False
    first_figures = True
    # the body sentence before and the one role all its figures had, if they had one
    before_roles: tuple[int, str] | None = None
    # The headline goes first: it states the main figure; later different ones are sub-figures.
    ordered = [(-1, s) for s in titles] + [(i, s) for i, s in enumerate(body)]
    for idx, s in ordered:
        figures, new_cls = sentence_figures(s.text, last_cls if idx >= 0 else None)
        if not figures and idx > 0 and before_roles and before_roles[0] == idx - 1:
            figures = _elliptical_figures(s.text, before_roles[1], last_cls)
        if idx >= 0:
            roles = {f.role for f in figures}
            one_role = len(roles) == 1 and roles <= {LAUNCHED, DOWNED}
            before_roles = (idx, next(iter(roles))) if one_role else None
        tally_before, earlier_before = (
            _time_carried(idx, body, ref, main_date) if figures and idx > 0 else (False, False)
        )
        if figures and idx >= 0:
            skipped = (
                idx in loss_lists
                or _skip_sentence(s.text)
                # "Another 136 drones ...": more of the running total the sentence before gave
                or (skipped_before and all(f.additive for f in figures))
                or tally_before
            )
            skipped_before = skipped
        else:
            skipped = bool(figures) and _skip_sentence(s.text)
        if idx < 0 and not figures and _WEAPON_NAMED.search(s.text):
            # "fewer Russian drones in August", "скільки ракет і дронів збито від
            # вересня": a headline that frames the article as a span's tally, with no count
            frame_tally = frame_tally or _period_tally(s.text)
        if figures:
            if idx < 0 or first_figures:
                frame_tally = frame_tally or _period_tally(s.text)
            if idx >= 0:
                first_figures = False
                current = current or (
                    not skipped
                    and (lemmas.has(s.text, "current_span") or lemmas.has(s.text, "weekday"))
                )
        if not figures or skipped:
            last_cls = new_cls if idx >= 0 else last_cls
            continue
        last_cls = new_cls if idx >= 0 else last_cls
        comparing = bool(_COMPARISON.search(s.text) or _COMPARED_PHRASE.search(s.text))
        # in a comparison the dates after "than", "surpassing" are the compared attack's
        cut = _COMPARED_WORD.search(s.text) if comparing else None
        dated = _date_cue(s.text[: cut.start()] if cut else s.text, ref)
        date, named = (None, False) if dated is None else (dated.date, True)
        earlier = _tells_earlier(_COMPARED_PHRASE.sub(" ", s.text) if comparing else s.text)
        period = _period(s.text)
        # "Ранее над Шебекинским округом сбили ещё один беспилотник", "Earlier he reported one
        # more drone downed": a Russian-side downing reported before this one, a claim of its own
        told_before = idx >= 0 and bool(_REPORTED_BEFORE_OPENS.match(s.text))
        if _THIS_TIME.search(s.text):
            earlier = False  # "A year ago ... This time, 80 ...": back to the night in hand
        elif not named and previous and _CONTINUES.search(s.text):
            date, earlier = previous  # "Of them, 142 were downed": the night just named
            named = date is not None
        elif earlier_before:
            earlier = True  # it goes on telling the earlier attack the sentence before named
        if not named or date is None:
            date = None if idx < 0 else default_date  # a headline takes the body's date
        elif (
            idx >= 0
            and dated is not None
            and dated.explicit
            and (
                (main_date is not None and abs((date - main_date).days) > 1)
                # days before the article was published: not the news it brings
                or (ref is not None and (ref - date).days > 3)
            )
        ):
            # "during the attack of 12 June ...": another night than the one the article is about
            earlier = True
        elif (
            idx >= 0
            and dated is not None
            and (
                (ref is not None and (ref - date).days > 3)
                or (main_date is not None and (main_date - date).days >= 2)
            )
        ):
            # "last Tuesday, 120 drones were launched", "On Friday, 110 drones" in a story about
            # Sunday night: a night days before the one the article is about
            earlier = True
        if (
            idx >= 0
            and not earlier
            and named
            and date is not None
            and main_date is not None
            and date < main_date
            and _DAYTIME.search(s.text)
        ):
            # "Yesterday afternoon two missiles were shot down" in a story about last night: a
            # daytime attack the day before the night, not this night
            earlier = True
        if idx >= 0:
            previous = (date, earlier)
            main_date = main_date or date  # the night the article is about: its first figures
        # an update announced in the sentence before ("UPDATE: the air force revised its figure.")
        updating = (
            idx > 0
            and body[idx - 1].line == s.line
            and bool(_CORRECTION_NEW.search(body[idx - 1].text))
        )
        # a body sentence, not a first report or a breakdown, may correct a headline's figures
        attributed = (
            idx >= 0
            and not _CORRECTION_OLD.search(s.text)
            and not _FIRST_SAID.search(s.text)
            and not find_places(s.text)  # "three of them over Vladimir": a breakdown
            and not _THERE.search(s.text)  # "There the military downed 14": likewise
        )
        for fig in figures:
            # drones downed over places in Russia only, in this figure's clause; missiles
            # fired "from Tu-95 bombers over Engels" were launched from there, not at Russia
            if fig.role == LAUNCHED and fig.cls == MISSILES:
                continue
            lo = s.text.rfind(";", 0, max(fig.start, 0)) + 1
            hi = s.text.find(";", max(fig.start, 0))
            clause = s.text[lo : len(s.text) if hi < 0 else hi]
            if fig.role == LAUNCHED and _LAUNCHED_FROM.search(clause):
                continue  # "35 drones over Ukraine from three directions: ... Kursk": from there
            if _russian_places_only(clause):
                fig.attacker_hint = "ukraine"
        _share_ukrainian_hint(s.text, figures)  # "57 Ukrainian drones: 21 over Bryansk, ..."
        pending: list[tuple[Figure, tuple, float, list[str]]] = []
        for fig in figures:
            if idx < 0:
                fig.part_keys = ()  # a headline repeats the body's figures: never one more part
            if idx in per_type and (fig.cls, fig.role) == (MISSILES, LAUNCHED) and not fig.ref:
                fig.part_keys = (f"item {idx}",)  # "– 5 Kh-101 ...; – 2 Kh-59 ...": they add up
            span = _LONG_PERIOD.search(s.text[fig.start : fig.start + 80].split(", ")[0])
            if (span and span.start() < 45) or YEAR_SPAN.match(
                s.text[fig.end if fig.end >= 0 else fig.start :].split(", ")[0].lstrip(" ,.")
            ):
                continue  # "1,150 drones over the week": a running total, not this attack
            if _AVERAGE_BEFORE.search(s.text[max(0, fig.start - 30) : fig.start]) or (
                _RATE_AFTER.match(s.text, fig.end if fig.end >= 0 else fig.start)
            ):
                continue  # "an average of 170 drones a night": a rate, not this attack
            if comparing and _compared(s.text, fig.start, fig.end if fig.end >= 0 else fig.start):
                continue  # "surpassing the previous record of 741": another night's figure
            claimant = _figure_claimant(fig, s, idx, body, article_claimants, last_claimant, latest)
            if claimant == REGIONAL_GOVERNOR:
                claimant = (
                    _the_governor(governors, article_claimants)
                    or _governor_of_region(s.text, body)
                    or claimant
                )
            elif claimant and claimant.endswith(" Governor") and idx >= 0:
                governors.add(claimant)
            attacker = _attacker(fig, s.text, claimant)
            if (
                attacker == "ukraine"
                and claimant
                and (claimant == cl.MOSCOW_MAYOR or claimant.endswith(" Governor"))
                and _RUSSIA_WIDE.search(s.text)
                and not any(c.name == claimant for c in _claimants(s.text))
            ):
                # "над регионами России уничтожены 112 беспилотников ВСУ": a count
                # over all of Russia is the ministry's, not the regional head quoted before
                claimant = cl.RUSSIAN_MOD
            claimant = _head_of_its_region(fig, s.text, idx, claimant)
            if _refers_back(fig, s.text, records, claimant):
                continue  # "shot down 12 of the 31 drones": the 31 another claimant already gave
            conf = fig.confidence
            reasons = [] if conf >= 0.8 else ["the verb or weapon is read from a distant word"]
            if fig.role == LAUNCHED and _fired_at_a_building(s.text, fig):
                conf = min(conf, 0.5)
                reasons.append("fired at one building: a hit there, not the attack's size")
            if idx < 0:
                conf -= 0.15
                reasons.append("the figure is in the headline only")
            if earlier:
                conf -= 0.35
                reasons.append("the sentence may be about an earlier attack")
            if claimant is None:
                conf -= 0.1  # nobody named for this figure: the side's usual source is assumed
                reasons.append("nobody is named as the source")
                claimant = last_claimant.get(attacker) or (
                    cl.RUSSIAN_MOD if attacker == "ukraine" else cl.AIR_FORCE
                )
            last_claimant[attacker] = claimant
            latest = claimant
            name = _FIELD_OF.get((fig.cls, fig.role))
            if name and (fig.value or 0) > _MOST_IN_ONE_ATTACK[name.split("_")[0]]:
                # a running total, not tonight's: kept apart, so it blocks no night's figure
                conf = min(conf, 0.3)
                reasons.append("more than any one attack has brought")
                key = (attacker, claimant, date, True, period)
            elif (
                told_before
                and attacker == "ukraine"
                and fig.role == DOWNED
                # after the article's own lead figures: the first figures are the news
                and any(r.sentences and r.attacker == attacker for r in records)
            ):
                key = (attacker, claimant, date, earlier, EARLIER_REPORT)
            elif s.kind == BACKGROUND:
                continue  # a retold passage gives only an earlier Russian-side downing report
            else:
                key = (attacker, claimant, date, earlier, period)
            pending.append((fig, key, conf, reasons))
        if (
            idx >= 0
            and not updating
            and not _CORRECTION_NEW.search(s.text)
            and not _CORRECTION_OLD.search(s.text)
            and any(_clashes(records, fig, key, s) for fig, key, _, _ in pending)
        ):
            # a sentence that gives another number for a figure the night already has is about
            # another attack (one retold, a region's share): none of its figures fill the
            # night's empty fields ("A week earlier, 500 drones and 40 missiles were launched")
            pending = [
                (fig, (*key[:3], True, key[4]), conf - 0.35,
                 [*reasons, "the sentence gives other figures than the night's"])
                for fig, key, conf, reasons in pending
            ]  # fmt: skip
        for fig, key, conf, reasons in pending:
            why = "; ".join(reasons)
            target = _merge(records, fig, key, idx, s, updating, attributed, conf, why)
            if target is not None and _NOT_AS_EARLIER.search(s.text):
                target.corrected = True  # "72 drones, not 65 as it earlier said"
    tally_article = _tally_article(frame_tally, current)
    # the headline tells of a prisoner swap and of no attack: a paragraph introduced as an
    # earlier report ("Ранее мы подводили итоги ...") retells another day's news in passing
    recap_lines = _recap_lines(body) if not tally_article and _swap_headline(titles) else set()
    out = []
    for rec in records:
        if tally_article or recap_lines:
            for name, pick in list(rec.picks.items()):
                if pick is None or name not in FIELDS:
                    continue
                if tally_article or pick[0].line in recap_lines:
                    aside_why = _TALLY_WHY if tally_article else _SWAP_WHY
                    why = "; ".join(w for w in (pick[4], aside_why) if w)
                    rec.picks[name] = (*pick[:3], min(pick[3], 0.5), why, *pick[5:])
        if rec.date is None:
            rec.date = default_date
        _resolve_refs(rec)
        _doubt_implausible(rec)
        _doubt_swapped(rec)
        if not any(f in rec.values for f in FIELDS):
            continue  # a record stays when the text gave figures, even only approximate ones
        out.append(_as_dict(rec, body, records))
    return _drop_relayed(out)


_TALLY_WHY = "the article adds up weeks or months and names no night of its own"
_SWAP_WHY = "an earlier report retold in an article about a prisoner swap"


def _swap_headline(titles: list[Sentence]) -> bool:
    """Whether the headline tells of a prisoner swap and names no weapon."""
    return any(lemmas.has(t.text, "swap_noun") and not _WEAPON_NAMED.search(t.text) for t in titles)


# a paragraph that opens as a retelling of earlier news: "Earlier, ...", "Ранее ...", "Раніше ..."
_EARLIER_OPENS = re.compile(r"^\W*(?:earlier|ранее|раніше)\b", re.IGNORECASE)
# a sentence that opens on an earlier report of the same day or the day before: its Russian-side
# downing is a claim of its own, kept apart from the one the article leads with
_REPORTED_BEFORE_OPENS = re.compile(
    r"^\W*(?:earlier|ранее|раніше|yesterday|вчера|вчора|до этого|до того|до цього|перед цим|"
    r"before that)\b(?!\s+(?:this|that)\s+(?:week|month))"
    # "Ранее сбитый беспилотник сдетонировал": "earlier" describes the downing, no report
    r"(?!\s+(?:сбит|збит|уничтожен|знищен|перехвачен|перехоплен|downed|intercepted)\w*\s)",
    re.IGNORECASE,
)
EARLIER_REPORT = "earlier report"


def _recap_lines(body: list[Sentence]) -> set[int]:
    """The paragraphs (lines) whose first sentence opens as a retelling of earlier news."""
    first: dict[int, Sentence] = {}
    for s in body:
        first.setdefault(s.line, s)
    return {line for line, s in first.items() if _EARLIER_OPENS.match(s.text)}


# More than any one attack has reached (the largest nights have brought some 800 drones and
# some 130 missiles): such a number is a running total or a misread word, never published as a
# night's figure; an editor sees it under `uncertain`.
_MOST_IN_ONE_ATTACK = {"drones": 1500, "missiles": 200, "total": 1600}


def _doubt_implausible(rec: _Record) -> None:
    """Send a figure larger than any one attack's to `uncertain`."""
    for name in FIELDS:
        value = rec.values.get(name)
        pick = rec.picks.get(name)
        if value is None or pick is None or value <= _MOST_IN_ONE_ATTACK[name.split("_")[0]]:
            continue
        if "any one attack" in (pick[4] or ""):
            continue  # already read as a running total
        why = "; ".join(w for w in (pick[4], "more than any one attack has brought") if w)
        rec.picks[name] = (*pick[:3], min(pick[3], 0.3), why, *pick[5:])


def _doubt_swapped(rec: _Record) -> None:
    """More downed than launched, both read from one sentence: the words were paired wrongly
    ("launched 40 drones, of which 52 were downed"); the less sure figure, or both when they
    are as sure, goes to `uncertain`. Figures from two sentences may be a partial launch
    count, and keep only the warning."""
    for kind in ("drones", "missiles", "total"):
        launched, downed = f"{kind}_launched", f"{kind}_downed"
        n, d = rec.values.get(launched), rec.values.get(downed)
        p_n, p_d = rec.picks.get(launched), rec.picks.get(downed)
        if n is None or d is None or d <= n or p_n is None or p_d is None:
            continue
        if p_n[0] is not p_d[0] or p_n[5] is not None or p_d[5] is not None:
            continue  # different sentences, or a sum of parts across sentences
        names = (
            [launched] if p_n[3] < p_d[3] else [downed] if p_d[3] < p_n[3] else [launched, downed]
        )
        for name in names:
            pick = rec.picks[name]
            why = "; ".join(w for w in (pick[4], "more downed than launched in one sentence") if w)
            rec.picks[name] = (*pick[:3], min(pick[3], 0.4), why, *pick[5:])


def _drop_relayed(out: list[dict]) -> list[dict]:
    """One side's officials repeating one figure ("the ministry said the air force downed 44")
    is one figure: a later entry of the same attacker and night keeps only what is new."""
    kept: list[dict] = []
    for entry in out:
        # the same value for the same field and side: a relay, even when one official's
        # wording dates it differently ("on Tuesday morning" beside "overnight")
        earlier = [
            k
            for k in kept
            if k["attacker"] == entry["attacker"]
            and k["_earlier"] == entry["_earlier"]
            # two Russian regions' heads each telling of his own region: two claims, even of
            # one size ("два БПЛА" over Belgorod, "также два" over Kursk)
            and not (
                entry["attacker"] == "ukraine"
                and _two_regional_heads(k["claimant"], entry["claimant"])
            )
        ]
        had = [name for name in FIELDS if entry[name] is not None]
        for name in had:
            if any(k[name] == entry[name] for k in earlier):
                entry[name] = None
                entry["_picks"].pop(name, None)
        if had and all(entry[name] is None for name in FIELDS):
            continue
        kept.append(entry)
    for entry in kept:
        del entry["_earlier"]
    return kept


REGIONAL_GOVERNOR = "Regional Governor"  # a regional head cited by title, his region unnamed


def _two_regional_heads(a: str | None, b: str | None) -> bool:
    """Whether two claimants are the heads of two named regions or cities."""
    heads = [
        c for c in (a, b) if c and c.endswith((" Governor", " Mayor")) and c != REGIONAL_GOVERNOR
    ]
    return len(heads) == 2 and heads[0] != heads[1]


def _the_governor(governors: set[str], article_claimants: _LazyClaimants) -> str | None:
    """The one regional head the article names with his region, if it names exactly one: "the
    governor said" after "Kursk Governor Alexander Khinshtein said" is the same man."""
    named = governors | {
        c.name
        for c in article_claimants
        if c.name.endswith(" Governor") and c.name != REGIONAL_GOVERNOR
    }
    return named.pop() if len(named) == 1 else None


def _one_region(text: str) -> str | None:
    """The one region `text` names (a city counts as its region), launch areas aside."""
    regions = {region_of(p) or p for p in find_places(text)}
    return regions.pop() if len(regions) == 1 else None


# "of the" before a count: the whole it names is one the text has given already
_OF_THE_BEFORE = re.compile(r"\b(?:out\s+)?of\s+the\s+$", re.IGNORECASE)


def _refers_back(fig: Figure, text: str, records: list[_Record], claimant: str | None) -> bool:
    """Whether a launch figure read as the whole of "X of the Y" ("Odesa's air defences downed 17
    of the 28 drones") names, with its article, a figure another claimant's record already holds
    (the 28 the air force said were downed): a reference back, not this claimant's launch count."""
    if fig.role != LAUNCHED or fig.value is None or fig.start < 0:
        return False
    if not _OF_THE_BEFORE.search(text[max(0, fig.start - 20) : fig.start]):
        return False
    return any(
        r.claimant != claimant and fig.value in (r.values.get(n) for n in FIELDS if fig.cls in n)
        for r in records
    )


def _head_of_its_region(fig: Figure, text: str, idx: int, claimant: str | None) -> str | None:
    """A Russian regional head speaks for his own region: a downing carried over to him from an
    earlier sentence whose own place is another Russian region ("Kursk's governor said two
    were downed. A drone was also destroyed over the Voronezh region") is that region's claim,
    not one more of his (which would be dropped as a clashing figure)."""
    if idx < 0 or not claimant or not claimant.endswith(" Governor") or len(fig.part_keys) != 1:
        return claimant
    if fig.role != DOWNED or _governor_side(claimant) != "ru":
        # Ukraine's regional heads relay the air force's shares of one night, and a launch
        # "towards the Donetsk region" names a target, not who speaks
        return claimant
    if claimant == REGIONAL_GOVERNOR or any(c.name == claimant for c in _claimants(text)):
        return claimant
    own = claimant.removesuffix(" Governor")
    place = fig.part_keys[0]
    region = region_of(place) or place
    try:
        same_side = side_of(region) == side_of(own)
    except KeyError:
        return claimant  # a sea, or a place the gazetteer does not know
    if region == own or region_of(own) == region or not same_side:
        return claimant
    return f"{region} Governor"


def _governor_of_region(sentence: str, body: list[Sentence]) -> str | None:
    """A regional head cited by title alone ("the governor of the region said") heads the one
    region his figure's sentence names, or else the one region the article names: a Kursk
    governor's figure is Russia's claim about Ukrainian drones, never the Ukrainian side's."""
    region = _one_region(sentence) or _one_region(" ".join(b.text for b in body))
    return f"{region} Governor" if region else None


_BARE_CAPITAL = re.compile(r"kyiv|kiev|ukraine|київ|киев|україна|украина", re.IGNORECASE)


def _figure_claimant(
    fig: Figure,
    s: Sentence,
    idx: int,
    body: list[Sentence],
    article_claimants: _LazyClaimants,
    last_claimant: dict[str, str],
    latest: str | None = None,
) -> str | None:
    cue = _claimant_in(s.text, fig.start)
    if cue is not None and idx >= 0 and _owns_the_air_defence(s.text, cue):
        # "силами ПВО Минобороны ..., сообщил губернатор": the ministry's air defence did the
        # downing; whoever the text says is speaking gives the figure
        speaker = _speaker_besides(fig, s, idx, body, cue)
        if speaker is not None:
            return speaker
    if idx >= 0 and (cue is None or cue.start > fig.start):
        # a figure inside a quotation: whoever is named after the closing quote is speaking
        # ('"... One drone was destroyed by the ministry's air defence ...," the governor wrote')
        speaker = _quote_speaker(idx, body, fig.start)
        if speaker is not None and speaker.name == REGIONAL_GOVERNOR:
            # a regional head cited by title: his, when the article says which region he heads
            # the region the sentence or the body names, or the governor already quoted
            named = (
                _the_governor(set(), article_claimants)
                or _governor_of_region(s.text, body)
                or next((c for c in last_claimant.values() if c.endswith(" Governor")), None)
            )
            if named:
                return named
        elif speaker is not None:
            return speaker.name
    if cue and idx < 0 and _BARE_CAPITAL.match(s.text, cue.start):
        cue = None  # "Ukraine says" in a headline: the body names which body gave the figure
    if cue and cue.name == cl.UA_MILITARY and last_claimant.get("russia"):
        return last_claimant["russia"]  # "the defence forces" repeat the named claimant's figures
    if cue:
        return cue.name
    if idx > 0 and _HIS_WORDS.match(s.text):
        # "По его словам, сбиты еще четыре": the one the sentence before named, else the one
        # who gave the last figure
        before = body[idx - 1].text
        named = _claimant_in(before, len(before))
        if named:
            return named.name
        if cl.placeless_governor(before):
            return REGIONAL_GOVERNOR
        if latest:
            return latest
    governor = _contextual_governor(idx, body) if idx >= 0 else None
    if governor:
        return governor
    if idx < 0 and fig.value is not None and len({c.name for c in article_claimants}) > 1:
        # a headline repeats a body figure: it belongs to whoever gave that figure in the body
        last_cls = None
        for other in body:
            figures, last_cls = sentence_figures(other.text, last_cls)
            for f in figures:
                if (f.cls, f.role, f.value) == (fig.cls, fig.role, fig.value):
                    found = _claimant_in(other.text, f.start)
                    if found and found.name != cl.UA_MILITARY:
                        return found.name
    if 0 <= idx + 1 < len(body) and _ATTRIBUTION_NEXT.match(body[idx + 1].text):
        cue = _claimant_in(body[idx + 1].text, 0)
        if cue:
            return cue.name
        if cl.placeless_governor(body[idx + 1].text):
            # "Про це інформує начальник ОВА ...": a region's figure, whichever region it is;
            # never the national claimant's
            return REGIONAL_GOVERNOR
    if idx >= 0 and cl.placeless_governor(s.text):
        return REGIONAL_GOVERNOR
    if idx >= 0:
        for back in range(idx - 1, max(-1, idx - 4), -1):
            if body[back].line != s.line:
                break
            cue = _claimant_in(body[back].text, len(body[back].text))
            if cue:
                return cue.name
    side = "ru" if fig.attacker_hint == "ukraine" else None
    if last_claimant:
        wanted = "ukraine" if side == "ru" else "russia"
        if wanted in last_claimant:
            return last_claimant[wanted]
    for c in article_claimants:
        if side is None or c.side == side:
            return c.name
    if side is None and not article_claimants.cues:
        # a headline figure when the body's only source is a governor cited by title
        for i in range(len(body)):
            governor = _contextual_governor(i, body)
            if governor:
                return governor
    return None


# the air defence a claimant owns: "силами ПВО министерства обороны РФ", "ПВО Минобороны
# России", "air defences of the Defence Ministry"
_AIR_DEFENCE_OF = re.compile(
    r"(?:(?<!\w)пво|противовоздушной обороны|протиповітряної оборони|air defen[cs]es?"
    r"(?: (?:forces|systems|units))?(?: of)?(?: the)?)\s*(?:\(пво\)\s*)?$",
    re.IGNORECASE,
)


def _owns_the_air_defence(text: str, cue: cl.ClaimantCue) -> bool:
    """Whether a ministry is named as the owner of the air defence that did the downing."""
    return cue.name == cl.RUSSIAN_MOD and bool(
        _AIR_DEFENCE_OF.search(text[max(0, cue.start - 40) : cue.start])
    )


def _speaker_besides(
    fig: Figure, s: Sentence, idx: int, body: list[Sentence], owner: cl.ClaimantCue
) -> str | None:
    """Who the text says is speaking, other than the air defence's owner: another claimant of
    the sentence, a regional head cited by title in it, the speaker after the quotation it is
    in, or the one the next sentence names ("Об этом сообщил мэр")."""
    others = [c for c in _claimants(s.text) if c.start != owner.start and c.name != owner.name]
    if others:
        return others[0].name
    speaker = _quote_speaker(idx, body, fig.start)
    if speaker is not None and speaker.name != owner.name:
        return speaker.name
    if cl.placeless_governor(s.text):
        return REGIONAL_GOVERNOR
    if idx + 1 < len(body) and _ATTRIBUTION_NEXT.match(body[idx + 1].text):
        cue = _claimant_in(body[idx + 1].text, 0)
        if cue and cue.name != owner.name:
            return cue.name
        if cl.placeless_governor(body[idx + 1].text):
            return REGIONAL_GOVERNOR
    return None


# a sentence that gives its figures as the words of the one who spoke before: "По его данным",
# "За його словами", "According to him"
_HIS_WORDS = re.compile(
    r"^\W*(?:по (?:его|ее|её) (?:данным|словам|информации)|"
    r"за (?:його|її) (?:словами|даними|інформацією)|according to (?:him|her)\b)",
    re.IGNORECASE,
)


_OPEN_QUOTES = '"“«'
_CLOSE_QUOTES = '"”»'


def _inside_quote(before: str) -> bool:
    """Whether a quotation opened in `before` (the paragraph up to a point) is still open."""
    straight = before.count('"')
    curly = before.count("“") - before.count("”")
    angled = before.count("«") - before.count("»")
    return straight % 2 == 1 or curly > 0 or angled > 0


_AFTER_CLOSE = re.compile(r"[\"”»]\s*[,.]?\s*(?:[—–-]\s*)?")


def _quote_speaker(idx: int, body: list[Sentence], pos: int) -> cl.ClaimantCue | None:
    """The claimant named right after the quotation a figure sits in (same paragraph), if the
    figure is inside one."""
    s = body[idx]
    before = "".join(b.text + " " for b in body[max(0, idx - 6) : idx] if b.line == s.line)
    if not _inside_quote(before + s.text[:pos]):
        return None
    for j in range(idx, min(len(body), idx + 4)):
        if body[j].line != s.line:
            return None
        text = body[j].text
        start = pos if j == idx else 0
        close = next((k for k in range(start, len(text)) if text[k] in _CLOSE_QUOTES), -1)
        if close < 0:
            continue
        after = _AFTER_CLOSE.match(text, close)
        found = [c for c in _claimants(text) if after and 0 <= c.start - after.end() <= 40]
        if found:
            return found[0]
        tail = text[after.end() : after.end() + 60] if after else ""
        if tail and cl.placeless_governor(tail):
            # '"... Two drones were downed," the head of the region wrote': a regional head
            # cited by title speaks the quotation; never the other side's national claimant
            return cl.ClaimantCue(REGIONAL_GOVERNOR, "", after.end())
        return None
    return None


def _contextual_governor(idx: int, body: list[Sentence]) -> str | None:
    """'the head of the regional administration said': named after the region the paragraph
    just mentioned."""
    s = body[idx]
    if not cl.placeless_governor(s.text):
        return None
    for back in range(idx - 1, max(-1, idx - 4), -1):
        if body[back].line != s.line:
            break
        places = find_places(body[back].text)
        if places:
            return f"{places[-1]} Governor"
    return None


def _attacker(fig: Figure, text: str, claimant: str | None) -> str:
    if fig.attacker_hint == "ukraine":
        return "ukraine"
    if claimant in (cl.RUSSIAN_MOD, cl.MOSCOW_MAYOR) or (
        claimant and claimant.endswith("Governor") and _governor_side(claimant) == "ru"
    ):
        return "ukraine"
    over = _OVER_RUSSIA.search(text)
    if over and not _AIRSPACE_BEFORE.search(text[max(0, over.start() - 30) : over.start()]):
        return "ukraine"
    if claimant is None and fig.role == DOWNED and _downed_in_russia(text, fig.start):
        return "ukraine"
    return "russia"


def _downed_in_russia(text: str, at: int) -> bool:
    """A figure nobody is named for, downed where its clause names places in Russia only ("a
    drone was downed over the Kursk region", "в Севастополе"): Russia's air defence and
    Ukraine's drones. A clause that also names where weapons were launched from is left alone
    ("11 of the 13 drones launched from Krasnodar Krai and Kursk Oblast")."""
    lo = text.rfind(";", 0, max(at, 0)) + 1
    hi = text.find(";", max(at, 0))
    clause = text[lo : len(text) if hi < 0 else hi]
    places = find_places(clause)
    if not places or any(side_of(p) != "ru" for p in places):
        return False
    return find_places(clause, skip_launch_areas=False) == places


def _governor_side(claimant: str) -> str:
    place = claimant.removesuffix(" Governor")
    try:
        return side_of(place)
    except KeyError:
        return "ua"


# "в течение ночи", "ночной атаки", "нічна атака": the genitive and the adjective name it too
_PERIOD_NIGHT = cue(r"night|overnight|ніч|вноч|ночь|ночью|ночі|ночи(?!\w)|ночн|нічн")
_PERIOD_HOURS = cue(
    r"\b(?:over|in|within|for) (?:the (?:past|last) )?\w+ hours\b|\bfrom \d+:\d+|"
    r"за \w+ (?:годин\w*|часов|часа)|з \d+:\d+ до|с \d+:\d+ до|в период с|протягом дня|"
    # "с 7 до 8 часов утра", "from 9 p.m. until 1 a.m.": a window of hours
    r"(?<!\w)(?:з|с) \d{1,2} до \d{1,2} (?:годин\w*|час\w*)|"
    r"\bbetween \d{1,2}(?::\d\d)? ?[ap]\.?m\.? and \d{1,2}|"
    r"\bduring the day\b|\bdaytime\b|вдень|днем\b|днём\b"
)


# a whole day and night: the Russian Defence Ministry's daily summary ("за прошедшие сутки сбиты
# 416 беспилотников") is a claim of its own beside its overnight figure ("за минувшую ночь ... 184")
_PERIOD_DAY = cue(
    r"за (?:\w+ )?(?:сутки|добу)(?!\w)|(?:протягом|впродовж) (?:минулої |останньої )?доби|"
    r"в течение (?:\w+ )?суток|\b(?:over|in|during) the (?:past|last) day\b"
)


def _period(text: str) -> str | None:
    """The stretch of time a sentence's figures cover: a window of hours, a whole day and
    night, a night, or unknown."""
    if _PERIOD_HOURS.search(text):
        return "hours"
    if _PERIOD_DAY.search(text):
        return "day"
    if _PERIOD_NIGHT.search(text):
        return "night"
    return None


def _merge(
    records: list[_Record],
    fig: Figure,
    key: tuple,
    idx: int,
    sentence: Sentence,
    updating: bool,
    attributed: bool = False,
    conf: float = 0.9,
    why: str = "",
) -> _Record | None:
    attacker, claimant, date, earlier, period = key
    text = sentence.text
    # (sentence, start, end, confidence, why, the first part's pick when parts span sentences,
    # the written figures a sum adds up)
    pick = (sentence, fig.start, fig.end if fig.end >= 0 else fig.start, conf, why, None, fig.parts)
    name = _FIELD_OF.get((fig.cls, fig.role))
    if name is None:
        return None
    same = [r for r in records if r.attacker == attacker and r.claimant == claimant]
    target = None
    for r in same:
        if r.earlier != earlier or not (r.date == date or r.date is None or date is None):
            continue
        if (period == EARLIER_REPORT) != (r.period == EARLIER_REPORT):
            continue  # an earlier report's downing and the article's own are two claims
        clash = r.values.get(name) not in (None, fig.value) and fig.value is not None
        if clash and period and r.period and period != r.period:
            continue  # "8 over eight hours" and "12 overnight" are two claims
        target = r
        break
    if target is None:
        target = _Record(attacker, claimant, date, earlier=earlier)
        records.append(target)
    target.period = target.period or period
    target.date = target.date or date
    if idx >= 0 and idx not in target.sentences:
        target.sentences.append(idx)
    value = fig.value
    if value is None and fig.approx_value is not None:
        target.approx.setdefault(name, (fig.approx_value, pick))
    if fig.ref and value is None:
        launched = target.values.get(name.replace("_downed", "_launched"))
        if fig.ref == "both" and launched is not None:
            value = 2  # "both Kinzhals were downed" after "three missiles": two of them
        elif launched is not None and (fig.ref != "the" or launched == 1):
            value = launched
    if fig.ref and value is None:
        target.values.setdefault(f"_ref_{name}", fig.ref)  # resolved once launched is known
        target.picks.setdefault(f"_ref_{name}", pick)
        return target
    if fig.ref in ("all", "both") and fig.role == DOWNED:
        # "all 14 drones were shot down": the same 14 were launched
        launched_name = name.replace("_downed", "_launched")
        if launched_name not in target.values:
            target.values[launched_name] = value
            target.picks[launched_name] = pick
    if value is not None and not fig.ref and _add_part(target, name, fig, value, pick):
        return target
    if fig.additive and target.values.get(name) is not None:
        return target  # "another 5 were downed": beyond the figure already given, not instead
    if (
        name in target.increments
        and not fig.additive
        and value is not None
        and value > (target.values.get(name) or 0)
    ):
        # "six more were downed ... 16 in all since the night began": the total replaces it
        target.increments.discard(name)
        target.values[name] = None
    if name not in target.values or target.values[name] is None:
        if value is not None or name not in target.values:
            target.values[name] = value
            target.picks[name] = pick
            if value is not None and (fig.part_keys or fig.parts):
                target.part_keys[name] = set(fig.part_keys)
            if fig.additive:
                target.increments.add(name)
            if idx < 0:
                target.from_title.add(name)
            elif value is not None:
                # the body states a figure the headline gave only roughly ("понад 40"): it is
                # the body's own, and a later sentence no longer corrects it as a headline's
                target.from_title.discard(name)
        return target
    old = target.values[name]
    if value is None or value == old:
        if value == old and name in target.from_title and idx >= 0:
            target.picks[name] = pick  # the body states the headline's figure: quote the body
            if fig.part_keys or fig.parts:
                target.part_keys[name] = set(fig.part_keys)  # and says it is one place's share
        target.from_title.discard(name)
        return target
    if attributed and name in target.from_title:
        # a headline squeezes figures together; the body's sentence says whose figure is which
        target.values[name] = value
        target.picks[name] = pick
        target.from_title.discard(name)
        return target
    if fig.ref == "all" and value is not None and old is not None and value > old:
        # "18 missiles were launched ... All were intercepted": every one of them, so a smaller
        # figure told before counted only some of them ("six hypersonic missiles downed")
        target.values[name] = value
        target.picks[name] = pick
        return target
    before = re.split(r"\d", text[max(0, fig.start - 45) : fig.start])[-1]  # this figure's clause
    if (
        _AS_EARLIER.match(text, fig.start)
        or _OLD_BEFORE.search(before)
        or _NOT_BEFORE.search(text[max(0, fig.start - 6) : fig.start])
    ):
        target.corrected = True  # "66 drones, not 61 as it earlier said": 61 is the old figure
    elif updating or (
        _CORRECTION_NEW.search(text)
        # "24 над Калужской и 1 над Курской, уточнили в министерстве": smaller figures listed by
        # place detail the night's total (the ministry "specified"); they do not correct it
        and not ((fig.part_keys or fig.parts) and value is not None and value < old)
    ):
        target.values[name] = value
        target.picks[name] = pick
        target.corrected = True
    # otherwise the first figure stands: a later different one is a sub-figure or a related story
    return target


def _add_part(target: _Record, name: str, fig: Figure, value: int, pick: tuple) -> bool:
    """Parts of one night with no total written add up ("12 over Kursk. Four more over Bryansk
    and two over Belgorod": 18); a total written after its parts replaces them. True when the
    figure was taken that way."""
    keys = target.part_keys.get(name)
    current = target.values.get(name)
    if keys is None or current is None:
        return False
    # a town inside a region already counted is a share of that region's figure
    regions = {region_of(k) for k in fig.part_keys} - {None}
    if keys and fig.part_keys and keys.isdisjoint(fig.part_keys) and keys.isdisjoint(regions):
        first = target.picks[name]
        parts = (first[6] or (current,)) + (fig.parts or (value,))
        start = first[5] or first  # the words run from the first part to this one
        conf = min(first[3], pick[3]) - 0.05
        why = "; ".join(w for w in (first[4], pick[4], "a sum of parts the text lists") if w)
        target.values[name] = current + value
        target.picks[name] = (pick[0], pick[1], pick[2], conf, why, start[:3], parts)
        keys.update(fig.part_keys)
        return True
    if not (fig.part_keys or fig.parts or fig.additive) and value > current:
        # "In total, 26 drones were destroyed": the total the parts belong to
        del target.part_keys[name]
        target.values[name] = value
        target.picks[name] = pick
        return True
    return False


def _resolve_refs(rec: _Record) -> None:
    for name in FIELDS:
        ref = rec.values.pop(f"_ref_{name}", None)
        pick = rec.picks.pop(f"_ref_{name}", None)
        if not ref or rec.values.get(name) is not None:
            continue
        launched_name = name.replace("_downed", "_launched")
        launched = rec.values.get(launched_name)
        if ref == "the":
            if launched == 1:
                rec.values[name] = 1
        elif ref == "both":
            # "both missiles were destroyed": two, and two were sent when no other count is given
            rec.values[name] = 2
            if launched is None and pick is not None and launched_name != name:
                rec.values[launched_name] = 2
                rec.picks[launched_name] = pick
        elif launched is not None:
            rec.values[name] = launched
        if rec.values.get(name) is not None and pick is not None:
            rec.picks[name] = pick


@functools.lru_cache(maxsize=64)
def _context(texts: tuple[str, ...]) -> tuple[tuple[str, frozenset[str]], ...]:
    """Sentences that describe an attack's effects, with the sides of the places they name."""
    out = []
    for text in texts:
        if _GROUND_WAR.search(text):
            continue  # "forces captured two villages near Pokrovsk": the front, not this attack
        if _ATTACK_CONTEXT.search(text) or _BREAKDOWN_START.match(text):
            out.append((text, frozenset(side_of(p) for p in find_places(text))))
    return tuple(out)


@functools.lru_cache(maxsize=2048)
def _targets_in(text: str) -> tuple[str, ...]:
    """What a sentence says was hit, as canonical target names in order."""
    return tuple(_TARGET_NAMES[m.lastgroup] for m in _TARGET_RE.finditer(text))


def _as_dict(rec: _Record, body: list[Sentence], records: list[_Record]) -> dict:
    regions: list[str] = []
    targets: list[str] = []
    side = "ua" if rec.attacker == "russia" else "ru"
    texts = [body[i].text for i in rec.sentences]
    if rec is next((r for r in records if r.attacker == rec.attacker), None):
        # a sentence that gave another claimant's figures describes that claimant's attack
        others = (
            {body[i].text for r in records if r is not rec for i in r.sentences}
            if len(records) > 1
            else set()
        )
        # an earlier night retold, and the rest of its paragraph ("That attack hit ..."), is
        # not this night's context
        background = {
            body[i].text
            for r in records
            if r.earlier and r is not rec
            for first in r.sentences
            for i in range(first, len(body))
            if body[i].line == body[first].line
        }
        for text, sides in _context(tuple(s.text for s in body)):
            if (text in others or text in background) and text not in texts:
                continue
            if side in sides or (not sides and rec.attacker == "russia"):
                texts.append(text)
    for text in texts:
        # the city a wire story was filed from ("KYIV, Nov 29 (Reuters) -") and its credit are
        # no place the attack touched: a national report is filed from the capital
        for place in find_places(split_dateline(text)[1]):
            if side_of(place) == side and place not in regions:
                regions.append(place)
        for name in _targets_in(text):
            if name not in targets:
                targets.append(name)
    out: dict = {
        "attacker": rec.attacker,
        "claimant": rec.claimant,
        "date": rec.date.isoformat() if rec.date else None,
    }
    for name in FIELDS:
        out[name] = rec.values.get(name)
    out["regions"] = regions
    out["targets"] = targets
    if rec.corrected:
        out["corrected"] = True
    out["_picks"] = {name: rec.picks.get(name) for name in FIELDS if out[name] is not None}
    # approximations of fields the text gives no exact figure for: shown, never published
    out["_approx"] = {n: v for n, v in rec.approx.items() if out.get(n) is None}
    out["_earlier"] = rec.earlier  # an earlier attack retold: not a relay of this night's figures
    return out
