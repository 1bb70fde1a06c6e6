"""Strike figures in one sentence: each count with its weapon class and role (launched/downed)."""

from __future__ import annotations

import copy
import functools
import itertools
import re
from dataclasses import dataclass

from extraction import lemmas
from extraction.cues import Cue, cue, lower_same
from extraction.numbers import Num, find_numbers
from extraction.vocab import lemmas_of

DRONES = "drones"
MISSILES = "missiles"
TOTAL = "total"  # drones and missiles counted together ("40 means of air attack")

LAUNCHED = "launched"
DOWNED = "downed"
LOST = "lost"
HIT = "hit"


@dataclass
class Figure:
    """One strike figure: `value` is None when the text only gives an approximation."""

    cls: str
    role: str
    value: int | None
    start: int
    ref: str = ""  # "all": equals what was launched; "both" likewise; "" for a plain count
    attacker_hint: str = ""  # "ukraine" when the weapon is described as Ukrainian
    end: int = -1  # where the number ends (-1: unknown, a reference such as "all of them")
    confidence: float = 0.9  # how far the rules that gave this figure are trusted
    # "another 5 drones", "ще три", "four more": added to a figure given before, when there is one
    additive: bool = False


_DRONE_TOK = re.compile(
    r"^(?:drones?|uavs?|unmanned|shaheds?|gerans?|kamikaze|loitering|decoys?|imitators?|імітатор\w*|"
    r"имитатор\w*|дрон[\w-]*|безпіл[\w-]*|"
    r"безпл[\w-]*|беспилот[\w-]*|бпла[\w-]*|бпл|бла|шахед[\w-]*|герань?[\w-]*|ударн\w*-?дрон\w*)$"
)
_MISSILE_TOK = re.compile(
    r"^(?:missiles?|rockets?|ракет\w*|kinzhals?|iskanders?|kalibrs?|cruise|ballistic|"
    r"кинджал\w*|кинжал\w*|калібр\w*|калибр\w*|іскандер\w*|искандер\w*|скандер\w*|крилат\w*|"
    r"крылат\w*|балістичн\w*|балстичн\w*|баллистическ\w*|аеробалістичн\w*|аэробаллистическ\w*)$"
)
_TOTAL_TOK = re.compile(
    r"^(?:means|targets|засоб\w*|засіб|засобів|средств\w*|цілей|цілі|целей|цели)$"
)
_LAUNCHES_TOK = re.compile(r"^(?:launches|пуск\w*|запуск\w*)$")
_SKIP_TOK = re.compile(
    r"^(?:russian|russia's|ukrainian|enemy|hostile|attack|strike|combat|assault|iranian|"
    r"iranian-made|shahed-type|[\w]+-type|[\w]+-made|[\w]+-range|[\w]+-wing|[\w]+-launched|"
    r"[\w]+-based|long-range|air|aerial|"
    r"airborne|more|other|additional|various|different|types?|guided|hypersonic|supersonic|"
    r"high-precision|jet|jet-powered|decoy|the|of|a|total|downed|destroyed|intercepted|incoming|"
    r"[а-яіїєґё'-]+(?:их|ых|ими|ыми|ий|ый|ій|ые|ие|ого|ому|ої|ой|ая|яя|ою|ні|ные|ная|ное|і|и)|"
    r"[a-zа-яіїєґ]{1,4}-\d[\w-]*|"
    r"типу|типа|видів|видов|ударн\w*|с|з|із|with|using|применением|застосуванням|"
    r"використанням|использованием)$"
)
_BOTH_CLASSES = re.compile(
    r"\s+(?:and|or|і|й|та|и|або|или)\s+([\w'-]+)(?![\w'-])"
    r"(?!\s+(?:attacks?|strikes?|атак\w*|удар\w*)\b)",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"[\w'-]+|[^\w\s]")
_STOP_PUNCT = set(",.;:!?()[]")
_OF = re.compile(r"^\s*(?:out\s+of|of\s+the|of|з|зі|із|из)\s+(?:the\s+)?$", re.IGNORECASE)
_NOUN_OUT_OF = re.compile(
    r"\s+(?:[\w'-]+\s+){1,3}?(?:out\s+of|of\s+the|із|з|из)\s+(?:the\s+)?$", re.IGNORECASE
)
_OF_THEM = re.compile(
    r"^\s*(?:of\s+them|of\s+which|of\s+these\b(?!\s+\w)|of\s+those\b(?!\s+\w)|з\s+них|із\s+них|"
    r"зі\s+них|из\s+них|"
    r"з\s+яких|из\s+которых|with\s+them)\b",
    re.IGNORECASE,
)
# "71 means, of which 55 were downed": the count after the relative takes the class before it
_OF_THEM_BEFORE = re.compile(
    r"(?:\bof which|\bof them|з яких|із яких|з них|із них|из которых|из них),?\s+$", re.IGNORECASE
)
_OF_NOUN = re.compile(r"^\s*(?:out\s+)?of\s+(?:the|those|these)\s+", re.IGNORECASE)
_BARE_FOLLOW = re.compile(
    r"^\s*(?:were|was|had|have|has|are|is|were|-|—|були|було|був|була|были|было|был|была|"
    r"уничтожен\w*|сбит\w*|збит\w*|знищ\w*|локац\w*|локацй\w*|lost\b|overnight\b|at night\b|"
    r"shot\b|downed\b|destroyed\b|intercepted\b|vanished\b|disappeared\b|[.!;]?\s*$|"
    r"last night\b|during the night\b|вночі|уночі|ночью|за ніч|за ночь|$)",
    re.IGNORECASE,
)

LAUNCH_CUE = cue(
    r"\blaunch(?:ed|es|ing)?\b|\bfir(?:ed|ing|es)\b|\bused\b|\busing\b|\bdeployed\b|\bsent\b|"
    r"\bsending\b|\bunleashed\b|\battack(?:ed|ing)\b|\bemployed\b|\bincluded\b|\binvolved\b|"
    r"\btried to\b|\battempted to\b|\brecorded\b|\bcount was\b|\bnumber was\b|\btotall?ed\b|"
    r"\battack (?:by|of|with|involving)\b|атак[аиу]\b|"
    # "a salvo of 40 drones", "a barrage of missiles": the weapons sent in one wave
    r"\b(?:salvo|barrage|volley|swarm|wave|onslaught)s? of\b|"
    r"\b(?:hit|struck|targeted|attacked|pounded|shelled) [\w' -]{0,30}?\bwith\b|"
    r"\baimed at\b|\bdirected at\b|спрямован\w*|направлен\w*|"
    r"запуст\w*|запуска\w*|випуст\w*|випуска\w*|выпуска\w*|випущен\w*|атакува\w*|атакуют\w*|застосува\w*|використа\w*|"
    r"спрямува\w*|направи\w*|выпусти\w*|выпущен\w*|атакова\w*|примени\w*|применени\w*|"
    r"использова\w*|пытал\w*|зафіксован\w* пуск\w*"
)
DOWN_CUE = cue(
    r"\bshot down\b|\bshooting down\b|\bshoot(?:s)? (?:\w+ )?down\b|\bdowned\b|\bdowning\b|"
    r"\bdestroy(?:ed|ing|s)?\b|\bintercept(?:ed|ing|s|ion)?\b|\bneutrali[sz](?:ed|ing|e)\b|"
    r"\brepelled\b|\beliminated\b|\btaken down\b|\bbrought down\b|\bsuppressed\b|"
    r"\bwere shot\b|збит\w*|збил\w*|збива\w*|знищ\w*|знешкод\w*|подавл\w*|перехопл\w*|перехопи\w*|"
    r"ліквідува\w*|ліквідов\w*|сбит\w*|сбил\w*|сбива\w*|уничтож\w*|перехвач\w*|перехвати\w*|"
    r"нейтрализова\w*|ликвидирова\w*"
)
LOST_CUE = cue(
    r"\blost (?:from|on|off) (?:the )?radars?\b|\blocationally lost\b|\blost locationally\b|"
    r"\blost in (?:the )?location\b|"
    r"\bsuppressed by (?:electronic warfare|ew)\b|\bby electronic warfare\b|"
    r"\blost to (?:jamming|electronic warfare|ew)\b|\bjammed\b|[\"']lost[\"']|"
    r"\blost\W{0,2}(?:\w+\W+){0,4}?(?:jamming|electronic warfare|ew\b)|"
    r"локаці\w* (?:втрачен\w*|загублен\w*|зникл\w*)|локацй\w* \w+|локационно \w+|"
    r"зникл\w* з радар\w*|засобами реб|средствами рэб|"
    r"\b(?:vanished|disappeared) from (?:the )?radars?\b|\belectronic jamming\b|"
    r"исчезл\w* с радар\w*|пропал\w* с радар\w*"
)
HIT_CUE = cue(
    r"\bhits?\b|\bstruck\b|\breached (?:their|its) targets?\b|влучан\w*|влучил\w*|попадани\w*|"
    r"попал[иа]?\b|прилет\w*"
)
_REF_ALL = cue(
    r"\b(?:all of them|them all|all (?:of )?the \w+|all (?:were|was|have been|had been)|"
    r"all(?= \w+ (?:were|was))|"
    r"both(?: of them)?|обидві|обидва|обоє|обе|оба|обеих|обох|усі вони|всі вони|усі|всі|"
    r"усіх їх|все они|всех их|все были|"
    r"все\s+(?=\w+\s+(?:были|сбиты)))(?!\w)"
)
_ALL_N = re.compile(r"(?:\ball|усі|всі|все|всех|усіх)\s+(?:the\s+)?$", re.IGNORECASE)
_SINGULAR = cue(
    r"\b(?:an?|a single|one)\s+(?:(?!of\s|and\s|or\s)[\w-]+\s+){0,2}?"
    r"(missile|drone|rocket)(?![\w-])"
    # "drone and missile attacks": the nouns only say what kind of attack
    r"(?!\s+(?:and|or)\s+(?:missile|drone|rocket)s?\s+(?:attacks?|strikes?)\b)"
    r"(?!\s+(?:attacks?|strikes?|debris|wreckage|fragments?|alerts?|threat|danger|launch\w*|"
    r"production|factory|plant|base|units?|operators?|warfare|components?|parts?|hits?|war|"
    r"carrier|boat|ship|defen[cs]e|system)\b)"
)
# one missile or drone named in the singular: "ракету", "сбита ракета", "сбит беспилотник"
_SINGULAR_UKRU = cue(r"(?<!\w)(ракет[уа]|беспилотник|безпілотник|дрон)(?![\w-])")
_THE_SINGULAR = cue(r"\bthe (?:[\w-]+ )?(missile|drone)\b(?!s)")
_UKRAINIAN_WEAPON = re.compile(r"ukrainian|українськ|украинск|всу", re.IGNORECASE)
_MONEY_PERCENT_AFTER = re.compile(
    r"^\s*(?:%|percent|per cent|відсот|процент|billion|million|trillion|bn\b|млрд|млн|трлн|"
    r"тис\.|тыс\.|dollars|euros|hryvnias?|rubles|roubles|гривень|рублей|доларів|долларов|"
    r"-?(?:й|я|е|го|(?:th|st|nd|rd)\b|річн|летн|year|years?-old|year-old|km|метр|meters|metres))",
    re.IGNORECASE,
)
_MONEY_BEFORE = re.compile(r"[$€£₴]\s*$|\bno\.\s*$|№\s*$", re.IGNORECASE)
_ADDITIVE_BEFORE = re.compile(
    r"(?:\banother|\ba further|\bfurther|\ban additional|\bще|\bещё|\bеще|\bщe)\s+$", re.IGNORECASE
)
_WHICH_DOWNED = re.compile(
    r"[^.;\d]{0,40}?,?\s*(?:which|that|both of which|all of which|яку|яка|які|которая|которые|"
    r"которую)\s+(?:was|were|було|були|була|была|были|было)\s+(?:later\s+|also\s+|"
    r"successfully\s+)?(?:destroyed|shot down|intercepted|downed|збит\w*|знищен\w*|сбит\w*|"
    r"уничтожен\w*|перехоплен\w*|перехвачен\w*)",
    re.IGNORECASE,
)
_MORE_AFTER = re.compile(r"\s+more\b(?!\s+than)", re.IGNORECASE)
_EACH_BEFORE = re.compile(r"(?:\bпо)\s+$", re.IGNORECASE)


def _noun_class(text: str, end: int) -> tuple[str | None, bool, int]:
    """Class of the noun a number counts, whether the words mark the weapon Ukrainian, and how
    far the noun phrase runs."""
    window = text[end : end + 90]
    ukrainian = False
    seen = 0
    for m in _WORD_RE.finditer(window):
        tok = m.group(0).lower().strip("'\"")
        if not tok or tok in {'"', "'", "«", "»", "“", "”", "-"}:
            continue
        if tok == "/" or (tok[0].isdigit() and window[m.start() - 1 : m.start()] == "/"):
            continue  # "Shahed-136/131": one model name with two numbers
        if tok in _STOP_PUNCT or tok[0].isdigit():
            return None, ukrainian, end
        if _UKRAINIAN_WEAPON.match(tok):
            ukrainian = True
        elif (
            m.group(0)[:1].isupper()
            and seen < 3
            and not (_DRONE_TOK.match(tok) or _MISSILE_TOK.match(tok) or _TOTAL_TOK.match(tok))
        ):
            seen += 1  # a proper name or model before the noun: "Iskander-M", "Neptune-MD"
            continue
        if _DRONE_TOK.match(tok) or _MISSILE_TOK.match(tok):
            both = _BOTH_CLASSES.match(text, end + m.end())
            other = both.group(1).lower() if both else ""
            if (_DRONE_TOK.match(other) or _MISSILE_TOK.match(other)) and bool(
                _DRONE_TOK.match(tok)
            ) != bool(_DRONE_TOK.match(other)):
                # "79 drones and missiles": one count for both weapon classes together
                return TOTAL, ukrainian, both.end()
        if _DRONE_TOK.match(tok):
            return DRONES, ukrainian, end + m.end()
        if _MISSILE_TOK.match(tok):
            # "cruise" and "ballistic" alone can qualify drones too, but never in our copy
            return MISSILES, ukrainian, end + m.end()
        if _TOTAL_TOK.match(tok):
            return TOTAL, ukrainian, end + m.end()
        if _LAUNCHES_TOK.match(tok):
            return "launches", ukrainian, end + m.end()
        seen += 1
        if seen > 5:
            return None, ukrainian, end
        if not _SKIP_TOK.match(tok) and not (
            tok.isascii()
            and tok.isalpha()
            and len(tok) > 3
            and tok not in _MONTHS
            and not lemmas.lemmas(tok) & _EVENT_NOUNS
            and _weapon_next(window, m.end())
        ):
            return None, ukrainian, end
    return None, ukrainian, end


_EVENT_NOUNS = lemmas_of("event_noun")
_MONTHS = frozenset(
    ["january", "february", "march", "april", "june", "july", "august", "september", "october",
     "november", "december"]
)  # fmt: skip


def _weapon_next(window: str, pos: int) -> bool:
    """Whether a weapon noun is among the next two words: "728 explosive drones", "two
    reconnaissance drones" (a describing word the tables do not list)."""
    for i, m in enumerate(_WORD_RE.finditer(window, pos)):
        tok = m.group(0).lower()
        if _DRONE_TOK.match(tok) or _MISSILE_TOK.match(tok):
            return True
        if i >= 1 or tok in _STOP_PUNCT or tok[0].isdigit() or tok in _LINK_WORDS:
            return False
    return False


# words that end a noun phrase: "3 waves of drones" counts waves, not drones
_LINK_WORDS = frozenset(
    ["of", "and", "or", "with", "from", "for", "by", "to", "at", "in", "on", "з", "із", "зі", "и",
     "і", "й", "та", "або", "или", "от", "від"]
)  # fmt: skip


@functools.lru_cache(maxsize=1024)
def _cues(text: str) -> tuple[tuple[int, int, str], ...]:
    """Every role cue in a sentence as (start, end, role), found once per sentence: the cue
    patterns, and the launch and down verbs of the vocabulary tables matched on lemmas."""
    found = []
    for pattern, role in ((LOST_CUE, LOST), (DOWN_CUE, DOWNED), (LAUNCH_CUE, LAUNCHED),
                          (HIT_CUE, HIT)):  # fmt: skip
        for m in pattern.finditer(text):
            if role == LAUNCHED and m.start() > 0 and text[m.start() - 1] == "-":
                continue  # "air-launched", "sea-launched": a kind of missile, not a launch
            found.append((m.start(), m.end(), role))
    taken = {start for start, _, _ in found}
    for concept, role in (("down_verb", DOWNED), ("launch_verb", LAUNCHED)):
        for t in lemmas.find(text, concept):
            if t.start in taken or (t.start > 0 and text[t.start - 1] == "-"):
                continue
            if len(t.lemmas) == 1 and t.low.isascii():
                continue  # an English base form may be a noun ("a fire", "the use of")
            found.append((t.start, t.end, role))
    return tuple(found)


def _verb_just_before(text: str, start: int) -> bool:
    """A launch or downing verb right before a bare number: "shot down 25 and ...", "збито 25,"."""
    return any(role in (LAUNCHED, DOWNED) and 0 <= start - end <= 1 for _, end, role in _cues(text))


def sentence_cue_words(text: str) -> list[str]:
    """The launch, downing and loss cue words of a sentence, in reading order."""
    found = sorted((c for c in _cues(text) if c[2] != HIT), key=lambda c: c[0])
    return [text[start:end] for start, end, _ in found]


# "97 of the drones and all five missiles were brought down": one verb after both figures
_SHARED_VERB = re.compile(
    r"\s+(?:of\s+(?:the|them)\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:and|і|й|та|и)\s+(?:all\s+)?$",
    re.IGNORECASE,
)


# the number is the subject of a passive verb after it: "12 (drones) were (later) ..."
_PASSIVE_BETWEEN = re.compile(
    r"(?:\s+(?!(?:and|or|but)\b)[^\W\d_][\w-]*){0,3}?\s+(?:were|was|have been|had been|are|is|got)"
    r"\s+(?:\w+ly\s+)?",
    re.IGNORECASE,
)


# a modal or a plan before the verb: "could launch", "will be able to fire", "plans to send"
_MODAL_BEFORE = re.compile(
    r"\b(?:could|would|will|(?-i:may)|might|can|able to|capable of|expected to|plans? to|"
    r"planning to|aims? to|intends? to|threatens? to|ready to)\s+(?:be\s+)?(?:\w+\s+){0,2}$|"
    r"(?<!\w)(?:може|можуть|зможе|зможуть|здатн\w*|планує|планують|може|может|могут|сможет|"
    r"смогут|способн\w*|планирует|планируют)\s+(?:\w+\s+){0,1}$",
    re.IGNORECASE,
)
# a rate, not a count: "1,000 drones a night", "2,700 units a month", "щоночі", "в месяц"
_RATE_AFTER = re.compile(
    r"^[^\d.;]{0,25}?(?:\b(?:a|per|each|every)\s+(?:night|day|week|month|year)\b|"
    r"\bannually\b|(?<!\w)(?:щоночі|щодня|щомісяця|щороку|щотижня|ежедневно|еженощно|"
    r"ежемесячно|ежегодно|каждую ночь|кожної ночі|на місяць|на рік|в месяц|в год)(?!\w))",
    re.IGNORECASE,
)


def _hypothetical(text: str, n: Num, numbers: list[Num]) -> bool:
    """A count under a modal or a plan ("could launch 1,000 drones"), or a rate ("a night")."""
    if _RATE_AFTER.match(text, n.end):
        return True
    found = _role_and_distance(text, n.start, n.end, numbers)
    if found is None or found[2] > n.start:
        return False
    return bool(_MODAL_BEFORE.search(text, max(0, found[2] - 40), found[2]))


def _nearest_role(
    text: str, start: int, end: int, numbers: list[Num], *, before_only: bool = False
) -> str | None:
    """The role of a figure: the nearest cue before it, or a nearer one after it if no other
    number sits in between."""
    found = _role_and_distance(text, start, end, numbers, before_only=before_only)
    return found[1] if found else None


def _role_confidence(text: str, start: int, end: int, numbers: list[Num]) -> float:
    """How sure the role is: a cue far away, or one that only follows the number, is weaker."""
    found = _role_and_distance(text, start, end, numbers)
    if found is None:
        return 0.0
    dist = found[0]
    return 0.9 if dist <= 40 else 0.8 if dist <= 80 else 0.65


def _role_and_distance(
    text: str, start: int, end: int, numbers: list[Num], *, before_only: bool = False
) -> tuple[int, str, int] | None:
    """The nearest role cue as (distance, role, where the cue starts); see _nearest_role."""
    best: tuple[int, str, int] | None = None
    prev_num_end = max((n.end for n in numbers if n.end <= start), default=0)
    next_num_start = min((n.start for n in numbers if n.start >= end), default=len(text))
    for c_start, c_end, role in _cues(text):
        if (
            role == LAUNCHED
            and c_end <= start
            and _PARTICIPLE_AFTER.match(text, c_end)
            and text[c_start:c_end].lower().startswith(("launched", "fired"))
        ):
            continue  # "four missiles, launched by Ukraine, and 27 drones": a modifier only
        if c_end <= start:
            # a participle phrase set off by commas (", launched by Ukraine,") adds no distance
            skipped = sum(len(m.group(0)) for m in _PARTICIPLE_PHRASE.finditer(text, c_end, start))
            commas = text.count(",", c_end, start) - 2 * len(
                _PARTICIPLE_PHRASE.findall(text, c_end, start)
            )
            dist = start - c_end - skipped + 25 * commas
            dist += 100 * text.count(";", c_end, start)  # a semicolon closes the clause
            if c_end <= prev_num_end and dist > 120:
                continue
        elif c_start >= end and not before_only:
            if c_start > next_num_start and not _SHARED_VERB.match(text, end, next_num_start):
                continue
            if c_start - end > 70 or ";" in text[end:c_start]:
                continue
            dist = c_start - end + 4  # a cue after the number binds a little less tightly
            if _PASSIVE_BETWEEN.fullmatch(text, end, c_start):
                dist = 1  # "12 were lost", "25 drones were shot down": the number is the subject
        else:
            continue
        if best is None or dist < best[0]:
            best = (dist, role, c_start)
    return best


_HINTS = (
    "drone", "uav", "unmanned", "shahed", "missile", "rocket", "kinzhal", "iskander", "means of",
    "target", "launch", "дрон", "безп", "беспил", "бпла", "бла", "шахед", "ракет", "засоб",
    "средств", "цілей", "целей", "пуск", "кинджал", "калібр", "калибр", "of them", "of which",
    "з них", "із них", "из них", "shot down", "downed", "destroy", "intercept", "збит", "сбит",
    "знищ", "уничтож", "lost", "both", "імітатор", "имитатор", "decoy", "локац", "radar",
    "jamming", "радар", "реб", "рэб", "imitator", "засіб",
)  # fmt: skip


def has_figures_hint(lowered: str) -> bool:
    """Cheap pre-check on a lower-cased sentence: could it hold a strike figure at all?"""
    # Plain substring tests: about three times quicker than one alternation of all the hints,
    # which `re` tries letter by letter at every position; a loop, as any() over a generator
    # costs a third more here.
    for hint in _HINTS:  # noqa: SIM110
        if hint in lowered:
            return True
    return False


def sentence_figures(text: str, last_cls: str | None) -> tuple[list[Figure], str | None]:
    """Strike figures in one (normalised) sentence, and the last weapon class it mentions."""
    if not has_figures_hint(lower_same(text)):
        return [], last_cls
    figures, current_cls = _figures_once(text, last_cls)
    # Callers adjust the figures they get; the remembered ones must stay as found.
    return [copy.copy(f) for f in figures], current_cls


@functools.lru_cache(maxsize=1024)
def _figures_once(text: str, last_cls: str | None) -> tuple[tuple[Figure, ...], str | None]:
    """sentence_figures' work, done once per sentence: the strikes stage reads a sentence up to
    three times (per-type lists, the main pass, a headline's claimant)."""
    numbers = _propagate_approx(text, [n for n in find_numbers(text) if not _skip_number(text, n)])
    figures: list[Figure] = []
    used: set[int] = set()
    pair_cls: str | None = None
    classes: dict[int, str | None] = {}
    for n in numbers:
        cls, ukr, _ = _noun_class(text, n.end)
        classes[n.start] = cls
        classes[-n.start - 1] = "ukr" if ukr else ""
    # "X of Y" / "X out of Y" / "X із Y": X takes Y's class; X is downed, Y launched.
    for a, b in itertools.pairwise(numbers):
        # "42 drones out of 48 launched": the noun sits after the first number instead
        noun_first = (
            classes.get(a.start) in (DRONES, MISSILES, TOTAL)
            and classes.get(b.start) is None
            and _NOUN_OUT_OF.match(text, a.end, b.start) is not None
        )
        if noun_first:
            classes[b.start] = classes[a.start]
        if (_OF.match(text[a.end : b.start]) or noun_first) and classes.get(b.start):
            cls = classes[b.start]
            if cls == "launches":
                cls = last_cls
            if cls is None:
                continue
            role_a = _nearest_role(text, a.start, a.end, numbers)
            if role_a in (None, LAUNCHED):
                role_a = DOWNED
            hint = "ukraine" if classes.get(-b.start - 1) else ""
            value_a = None if a.approx else a.value
            value_b = None if b.approx else b.value
            figures.append(Figure(cls, role_a, value_a, a.start, "", hint, a.end, 0.9))
            figures.append(Figure(cls, LAUNCHED, value_b, b.start, "", hint, b.end, 0.9))
            used.update({a.start, b.start})
            pair_cls = cls
    current_cls = pair_cls or last_cls
    for n in numbers:
        if n.start in used:
            continue
        cls = classes.get(n.start)
        hint = "ukraine" if classes.get(-n.start - 1) else ""
        after = text[n.end : n.end + 40]
        conf = 0.9
        if cls is None:
            m = _OF_NOUN.match(after)
            conf = 0.85
            if m:
                cls, ukr, _ = _noun_class(text, n.end + m.end() - 1)
                hint = "ukraine" if ukr else hint
            elif (
                _OF_THEM.match(after)
                or (_BARE_FOLLOW.match(after) and current_cls)
                or (current_cls and _verb_just_before(text, n.start))
                or _OF_THEM_BEFORE.search(text[max(0, n.start - 20) : n.start])
            ):
                cls = current_cls  # the weapon named before: a little less sure
                conf = 0.8
        if cls == "launches":
            cls = current_cls
            role = LAUNCHED
        else:
            role = _nearest_role(text, n.start, n.end, numbers)
        if cls is None or role is None or role == HIT:
            if cls in (DRONES, MISSILES, TOTAL):
                current_cls = cls
            continue
        current_cls = cls
        additive = role != LOST and bool(
            _ADDITIVE_BEFORE.search(text[max(0, n.start - 15) : n.start])
            or _MORE_AFTER.match(text, n.end)
        )
        if _EACH_BEFORE.search(text[max(0, n.start - 4) : n.start]):
            continue
        if _hypothetical(text, n, numbers):
            continue  # "could launch 1,000 drones a night by autumn": no attack has happened
        value = None if n.approx else n.value
        ref = "all" if _ALL_N.search(text[max(0, n.start - 10) : n.start]) else ""
        if ref and _nearest_role(text, n.start, n.end, numbers, before_only=True) == DOWNED:
            role = DOWNED  # "shot down all four missiles with which Russia attacked"
        if cls != "launches":
            conf = min(conf, _role_confidence(text, n.start, n.end, numbers))
        figures.append(Figure(cls, role, value, n.start, ref, hint, n.end, conf, additive))
        if role == LAUNCHED and value is not None:
            # "one Kh-59 cruise missile, which was destroyed": launched and downed alike
            _, _, noun_end = _noun_class(text, n.end)
            if _WHICH_DOWNED.match(text, noun_end):
                figures.append(Figure(cls, DOWNED, value, noun_end, "", hint, noun_end, 0.8))
    low = lower_same(text)
    # "a cruise missile", "ракету": one weapon, when a launch or downing cue governs it
    for pattern in _singular_patterns(low):
        for m in pattern.finditer(text):
            if any(re.fullmatch(r"\S+\s+", text[f.start : m.start()]) for f in figures):
                continue  # "одну ракету": the number already counted it
            if _DEBRIS_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
                continue  # "debris from a downed drone"
            word = m.group(1).lower()
            cls = DRONES if word.startswith(("drone", "дрон", "беспил", "безпіл")) else MISSILES
            role = _nearest_role(text, m.start(), m.end(), numbers)
            if role in (LAUNCHED, DOWNED) and not re.match(r"\s*(?:of|from)\b", text[m.end() :]):
                figures.append(Figure(cls, role, 1, m.start(), "", "", m.end(), 0.75))
    # "destroyed all of them", "Both were shot down", "the missile": equal to what was launched
    for m in _REF_ALL.finditer(text) if any(w in low for w in _REF_ALL_WORDS) else ():
        role = _nearest_role(text, m.start(), m.end(), numbers)
        if role != DOWNED or any(abs(f.start - m.end()) <= 3 for f in figures):
            continue
        inner = m.group(0).split()
        # "all of the drones": the noun is inside the phrase; "both missiles": right after it
        cls, _, _ = _noun_class(" " + inner[-1], 0) if len(inner) > 1 else (None, 0, 0)
        if cls not in (DRONES, MISSILES, TOTAL):
            cls, _, _ = _noun_class(text, m.end())
        cls = cls if cls in (DRONES, MISSILES, TOTAL) else current_cls
        if cls:
            both = m.group(0).lower().startswith(("both", "обидв", "обо", "обе", "оба"))
            kind = "both" if both else "all"
            figures.append(Figure(cls, DOWNED, None, m.start(), kind, "", m.end(), 0.8))
    for m in _THE_SINGULAR.finditer(text) if "missile" in low or "drone" in low else ():
        role = _nearest_role(text, m.start(), m.end(), numbers)
        if role == DOWNED:
            cls = DRONES if m.group(1).lower() == "drone" else MISSILES
            figures.append(Figure(cls, DOWNED, None, m.start(), "the", "", m.end(), 0.7))
    figures.sort(key=lambda f: f.start)
    _drop_per_type_counts(text, figures)
    return tuple(figures), current_cls


_TYPE_AND = re.compile(r"^[^\d,;.]{0,50}\s(?:and|і|й|та|и)\s+$", re.IGNORECASE)


def _drop_per_type_counts(text: str, figures: list[Figure]) -> None:
    """'two ballistic and three cruise missiles': counts per type, no total; the total is null."""
    launched = [f for f in figures if f.cls == MISSILES and f.role == LAUNCHED and not f.ref]
    for a, b in itertools.pairwise(launched):
        words = text[a.start : b.start].split(None, 1)
        if len(words) == 2 and _TYPE_AND.match(words[1]):
            a.value = b.value = None


# Words every match of _REF_ALL contains ("всі" and "все" both contain "вс"): where none is
# present the pattern cannot match, and the scan is skipped.
_REF_ALL_WORDS = ("all", "both", "об", "усі", "вс")


def _singular_patterns(low: str) -> tuple[Cue, ...]:
    """The singular-weapon patterns that can match: each needs its noun somewhere in the text."""
    english = "missile" in low or "drone" in low or "rocket" in low
    ukru = any(w in low for w in ("ракет", "беспилотник", "безпілотник", "дрон"))
    return (_SINGULAR,) * english + (_SINGULAR_UKRU,) * ukru


# "launched by Ukraine", "fired from the Black Sea": a participle describing a noun before it
_PARTICIPLE_AFTER = re.compile(r"\s+(?:by|from)\b")
_PARTICIPLE_PHRASE = re.compile(r",\s+(?:launched|fired)\s+(?:by|from)\b[^,.;]{0,50},")
# "debris from one downed missile", "уламки двох дронів": wreckage, not a count of the attack
_DEBRIS_BEFORE = re.compile(
    r"(?:debris|wreckage|fragments?|parts?|remnants|уламк\w*|обломк\w*|фрагмент\w*)\s+"
    r"(?:\w+\s+){0,1}(?:from|of|від|від|з|із|от|с)?\s*(?:the\s+|an?\s+)?$",
    re.IGNORECASE,
)


# "all but one of the 20 drones": the count left out, not a figure (the figure is unwritten)
_ALL_BUT_BEFORE = re.compile(
    r"(?:\ball but|\ball except|(?:усі|всі|все),? (?:крім|окрім|кроме|за винятком))\s+$",
    re.IGNORECASE,
)


def _skip_number(text: str, n: Num) -> bool:
    after = text[n.end : n.end + 14]
    if _DEBRIS_BEFORE.search(text[max(0, n.start - 30) : n.start]):
        return True
    if _ALL_BUT_BEFORE.search(text[max(0, n.start - 25) : n.start]):
        return True
    if _MONEY_PERCENT_AFTER.match(after) and not after.startswith("-for-"):
        return True
    if _MONEY_BEFORE.search(text[max(0, n.start - 5) : n.start]):
        return True
    if 1900 <= n.value <= 2100 and not n.words:
        return True  # a year; no overnight attack counts this many of anything in our copy
    return bool(re.match(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|год\.)", after, re.IGNORECASE))


_COORDINATED = re.compile(r"^[^\d,.;:]{0,40}\s(?:and|і|й|та|и)\s+$", re.IGNORECASE)


# "more than 400 drones and 15 missiles": a lower bound qualifies only the figure it precedes
_LOWER_BOUND = re.compile(
    r"(?:more than|over|in excess of|upwards of|понад|більше(?: ніж)?|більш ніж|более(?: чем)?|"
    r"свыше|больше(?: чем)?)\s+$",
    re.IGNORECASE,
)


def _propagate_approx(text: str, numbers: list[Num]) -> list[Num]:
    """'about 120 missiles and 90 drones': the qualifier covers both figures."""
    out: list[Num] = []
    for n in numbers:
        prev = out[-1] if out else None
        if (
            prev
            and prev.approx
            and not n.approx
            and _COORDINATED.match(text[prev.end : n.start])
            and not _LOWER_BOUND.search(text[max(0, prev.start - 20) : prev.start])
        ):
            n = Num(n.value, n.start, n.end, True, n.words)
        out.append(n)
    return out
