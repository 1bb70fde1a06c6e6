"""A swap's status from the clause that tells it: the verb class that governs the swap, its tense.

Each finder looks at one clause and returns `StatusCue`s: which status the words give, how
strongly (a key of `exchange._STATUS_CONFIDENCE`) and where. The verb classes come from the
vocabulary tables (`extraction.vocab`), matched on lemmas, so one entry covers every form:
- an event verb (take place, hold, conduct, begin; відбутися, провести; состояться) whose subject
  or object is the swap: done in the past ("the exchange took place", "провели обмін"),
  announced in a future or modal form ("will take place", "відбудеться", "должен состояться");
- an agree word tied to the swap ("agreed on a formula for an exchange", "домовилися про обмін");
- a stop, delay or refusal verb tied to the swap ("Росія зупинила процес обміну", "срывается");
- people described by a release participle ("the freed prisoners", "звільнені захисники");
- a past hand-over of people ("handed over 115 prisoners", "передала 82 полонених");
- in a headline, a return or exchange verb in the present: headlines tell past events so
  ("Russia and Ukraine exchange POWs", "Україна повертає додому 95 захисників").
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from extraction import lemmas
from extraction.cues import Stems, gated
from extraction.numbers import find_numbers
from extraction.vocab import PERFECTIVE, lemmas_of


class StatusCue(NamedTuple):
    """What a clause says about the swap: a status, how it was found, and where."""

    status: str  # completed | stalled | agreed | negotiating | proposed | upcoming
    key: str  # how it was found: a key of the confidence table in exchange.py
    start: int
    end: int


_CYRILLIC = re.compile(r"[а-яёіїєґ]")
_SWAP_NOUN = re.compile(r"^(?:exchanges?|swaps?|обм[іе]н(?:у|ом|і|е|а|и|ы|ів|ов|ами|ам|ах)?)$")
# Past tense and passive participles (uk/ru): провели, відбувся, состоялся, проведено, завершен
_SLAVIC_PAST = re.compile(
    r"(?:в|ла|ло|ли|л|вся|лася|лося|лися|лись|лась|лось|лся|но|то|ний|на|ні|ны|ен|ена|ено|ены|ён|"
    r"ан|ян|"
    # past active participles: "состоявшийся обмен", "проведений" is passive (above)
    r"вш(?:ий|ая|ее|ие|ого|его|ему|им|ем|ую|ей|их|ими)(?:ся|сь)?)$"
)
# the Ukrainian imperfective future in one word: "повертатимемо", "обмінюватимуться"
_SLAVIC_SYNTHETIC_FUTURE = re.compile(r"тим(?:у|еш|е|емо|ете|уть)(?:ся)?$")
_SLAVIC_INFINITIVE = re.compile(r"(?:ти|ть|тися|тись|ться|чь)$")
# Imperfective event verbs: their present says something is going on, not that it will be
_IMPERFECTIVE = frozenset(
    [
        "відбуватися",
        "проводити",
        "сприяти",
        "проходить",
        "происходить",
        "проводить",
        "содействовать",
        "способствовать",
    ]
)
# a preposition right before an -ing form makes it a verbal noun: "interested in conducting"
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|for|of|on|about|at|to|by|from|without)\s+$", re.I)
_EN_PAST = frozenset(["took", "held", "began", "begun", "carried", "done", "saw", "led"])
# "will", "to", "could", "expected to", "має", "буде", "должен", "планується": not done yet
_NOT_YET = gated(
    r"(?:\b(?:will|would|could|can|may|might|should|must|shall|to|expected|hopes?|hoped|"
    r"plans?|planned|wants?|aims?|set|going|ready|soon|due|scheduled|likely)\b|"
    r"(?<!\w)(?:буде|будуть|будет|будут|може|можуть|может|могут|можемо|можем|має|мають|зможе|"
    r"зможуть|сможет|смогут|"
    r"маємо|мав|мала|мали|повинен|повинна|повинні|повинно|должен|должна|должны|должно|"
    r"планує|планується|планировалось|планувалося|планируется|хоче|хочет|хочемо|хотим|"
    r"готові|готова|готовий|готовы|готов|щоб|чтобы|сподіва\w*|надеет\w*|очікує\w*|ожида\w*|"
    r"нужно|треба|потрібно|необхідно|варто|слід|следует|бажано|желательно)(?!\w))"
    r"(?:\s+[\w'-]+){0,2}\s*$",
    re.IGNORECASE,
)
# an offer or a call: "ready to", "can", "should", "must"
_OFFER = re.compile(
    r"(?:\b(?:ready|prepared|willing|could|can|should|must|wants?|offer\w*|propos\w*)\b|"
    r"(?<!\w)(?:предлож\w*|запропон\w*)(?!\w)|"
    r"(?<!\w)(?:готові|готова|готовий|готовы|готов|може|можемо|можем|может|повинні|повинна|"
    r"должны|должна|должен|нужно|треба|потрібно|необхідно|пропону\w*|предлага\w*|хоче\w*|"
    r"хочет|хотим|следует|слід|варто|бажано|желательно)(?!\w))"
    r"(?:\s+[\w'-]+){0,2}\s*$",
    re.IGNORECASE,
)
_NEGATION = gated(
    r"(?:\b(?:not|never|no|didn't|did not|hasn't|haven't|wasn't|weren't|failed to|"
    # a negated modal or auxiliary: "Full swap can't happen in one day", "won't take place"
    r"can't|cannot|won't|couldn't|wouldn't|shouldn't|isn't|aren't|don't|doesn't)|"
    r"(?<!\w)(?:не|ні|ни|ще не|еще не|ещё не))\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# Said only to be denied: "нібито", "allegedly", "спростував", "denied"
_DENIED = gated(
    r"\b(?:allegedly|denied|denies|deny|rumou?rs?)\b|(?<!\w)(?:нібито|якобы|спростува\w*|"
    r"опроверг\w*|заперечи\w*|заперечу\w*|отрица\w*)(?!\w)",
    re.IGNORECASE,
)
# words between a verb and the swap that show the verb governs something else
_OTHER_HEAD = re.compile(
    r"(?<!\w)(?:on|about|over|regarding|щодо|про|о|об|по|стосовно|относительно)(?!\w)",
    re.IGNORECASE,
)
_PEOPLE = re.compile(
    r"^(?:prisoners?|pows?|captives?|soldiers?|servicem[ae]n|troops?|defenders?|warriors?|"
    r"ukrainians?|russians?|people|persons|civilians?|personnel|fighters|(?:wo)?men|citizens|"
    r"residents|жител\w*|мешканц\w*|"
    r"жінок|жінки|женщин\w*|"
    r"полонен\w*|військовополонен\w*|захисник\w*|військов\w*|українц\w*|бійц\w*|людей|осіб|"
    r"громадян\w*|цивільн\w*|военнопленн\w*|пленн\w*|военн\w*|военнослужащ\w*|человек|"
    r"украинц\w*|защитник\w*|бойц\w*|граждан\w*|россиян\w*|росіян\w*)$",
    re.IGNORECASE,
)
_PARTICIPLE = re.compile(
    r"^(?:freed|released|liberated|exchanged|swapped|returned|repatriated|"
    r"звільнен\w*|визволен\w*|повернут(?:і|их|ий|а|е|ими|им)|обмінян\w*|освобожд[её]нн\w*|"
    r"возвращ[её]нн\w*|"
    r"вернувш\w*|обменянн\w*)$",
    re.IGNORECASE,
)
_FROM_CAPTIVITY = re.compile(r"^(?:from|з|із|из|полону|плена|captivity)$", re.IGNORECASE)
_AMONG = re.compile(r"(?<!\w)(?:those|серед|среди|among)\s+$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*|\d[\d,. ]*\d|\d")
_NUMBER = re.compile(r"^\d")


# "managed to", "helped", "вдалося", "помог": the infinitive after it tells a done deed
_MANAGED = gated(
    r"(?:\b(?:managed to|succeeded in|helped(?: to)?)|(?<!\w)(?:вдалося|вдалось|удалось|удалося|"
    r"змогли|змогла|зміг|змогло|смогли|смогла|смог|смогло|зуміли|зуміла|зумів|сумели|сумела|"
    r"сумел|допоміг|допомогла|допомогли|помог|помогла|помогли))\s+(?:[\w'-]+\s+){0,1}$",
    re.IGNORECASE,
)
# verbal nouns lemmatized as their verb: "проведення обміну", "проведение обмена"
_VERBAL_NOUN = re.compile(r"(?:ння|нню|нням|нні|ение|ения|ению|ением|ении|ание|ания|анию|анием)$")


def words_between(text: str, a: int, b: int) -> int:
    """How many words (a number written with spaces or commas is one) stand in text[a:b]."""
    return len(_WORD.findall(text[a:b]))


def _swap_nouns(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _WORD.finditer(text) if _SWAP_NOUN.match(m.group(0).lower())]


_EVENT_LEMMAS = lemmas_of("swap_event_verb")


def _imperfective(t: lemmas.Token) -> bool:
    """An imperfective verb (its present form is a present): повертатися, відбуватися."""
    if t.lemmas & _IMPERFECTIVE:
        return True
    return not (t.lemmas & PERFECTIVE or t.lemmas & _EVENT_LEMMAS)


def _tense(text: str, t: lemmas.Token, title: bool) -> str:
    """'past', 'future' (modal, future, infinitive after a modal), 'present' or 'negated'."""
    before = text[max(0, t.start - 40) : t.start]
    if _NEGATION.search(before):
        return "negated"
    if _MANAGED.search(before) or lemmas.managed_after(text, t.end):
        return "past"  # "helped facilitate the swap", "вдалося провести обмін"
    low = t.low
    if _CYRILLIC.search(low):
        if _NOT_YET.search(before):
            return "future"
        if _SLAVIC_PAST.search(low):
            return "past"
        if re.search(r"(?:ються|ється|еться)$", low):  # Ukrainian third person, reflexive
            return "present" if _imperfective(t) else "future"
        if _SLAVIC_INFINITIVE.search(low) and not re.search(r"(?:ється|ются|ится|ется)$", low):
            return "future"  # an infinitive with no modal before it still names a plan
        if _SLAVIC_SYNTHETIC_FUTURE.search(low):
            return "future"  # "повертатимемо", "обмінюватимуться"
        if _imperfective(t):
            return "present"  # "повертаємо", "возвращаем": an imperfective verb's present
        return "future"  # a perfective verb's present form is its future: "відбудеться"
    if re.search(r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:been\s+)?$", before) and (
        low.endswith("ed") or low in _EN_PAST
    ):
        return "past"
    if _NOT_YET.search(before):
        return "future"
    if low.endswith("ed") or low in _EN_PAST:
        return "past"
    if title and low.endswith("ing") and _PREPOSITION_BEFORE.search(before):
        return "present"  # "interested in conducting a swap": a verbal noun, no event told
    if title:
        return "past"  # headlines tell past events in the present: "swap takes place"
    if low.endswith("ing") and re.search(r"\b(?:is|are)\s+(?:being\s+)?$", before):
        return "present"
    return "present"


def _related(
    text: str, verb: lemmas.Token, nouns: list[tuple[int, int]], span: int
) -> tuple[int, int] | None:
    """Whether the verb and a swap noun sit in one phrase: the swap its object ("held a swap",
    "провели обмін") or its subject ("the exchange took place", "обмін, який відбувся")."""
    for start, end in nouns:
        if start >= verb.end:
            between = text[verb.end : start]
            if _BREAK.search(between) or _OTHER_HEAD.search(between):
                continue  # "held talks on the exchange"
            if _COORDINATED.search(between):
                continue  # "consultations took place, and the swap is set for June": a new clause
            if words_between(text, verb.end, start) <= span and not lemmas.has(
                between, "talks_noun"
            ):
                return start, end
        elif end <= verb.start and _subject_of(text, end, verb, span):
            return start, end
    return None


def _subject_of(text: str, noun_end: int, verb: lemmas.Token, span: int) -> bool:
    """Whether the swap noun ending at `noun_end` is the subject of the later verb."""
    between = text[noun_end : verb.start]
    # "the swap, which was agreed in May, took place": the relative clause is set aside
    between = _EMBEDDED.sub(" ", between)
    if _BREAK.search(between) or _FOR.search(between) or lemmas.has(between, "talks_noun"):
        return False  # "swapping them for our men held in Russia"
    rel = _RELATIVE.search(between)
    if rel:
        # the pronoun follows the swap noun ("a swap, which..."; "обмін полоненими між
        # Україною і Росією, який..."), not another noun ("prisoners which are held")
        limit = 5 if _CYRILLIC.search(between) else 1
        return words_between(text, noun_end, noun_end + rel.start()) <= limit
    gap = len(_WORD.findall(between))
    participle = not _CYRILLIC.search(verb.low) and (verb.low.endswith("ed") or verb.low == "held")
    if participle and not _AUXILIARY.search(between):
        return gap <= 1  # a bare participle describes the noun just before it
    return gap <= span


_EARLIER = re.compile(
    r"\b(?:last|previous|earlier|past|prior)\s+(?:[\w-]+\s+)?$|(?<!\w)(?:попередн\w*|минул\w*|"
    r"останн\w*|последн\w*|предыдущ\w*|прошл\w*)\s+(?:[\w'-]+\s+)?$",
    re.IGNORECASE,
)
_EMBEDDED = re.compile(
    r",\s*(?:(?:про|о|об|on|about|for)\s+)?(?:який|яка|яке|які|якого|яку|котор\w*|which|that|who)"
    r"\b[^,;:]*,|"
    # an apposition right after the noun: "The swap, the 60th of the war, saw..."
    r"^,\s*[^,;:]{1,40},",
    re.IGNORECASE,
)
_AUXILIARY = re.compile(r"\b(?:was|were|is|are|has|have|had|been|being)\s+(?:\w+\s+)?$")
# "a swap, which is to take place soon", "обмін, про який домовилися": the clause is about it
_RELATIVE = re.compile(
    r"(?<!\w)(?:(?:про|о|об|on|upon|to)\s+)?(?:який|яка|яке|які|якого|яку|котор\w*|which|that)"
    r"\s+(?:[\w'-]+\s+){0,3}$",
    re.IGNORECASE,
)
_BREAK = re.compile(r"[:;()\[\]—–]|\s-\s")
# a comma and a conjunction open a clause of its own: "talks took place, and the swap ..."
_COORDINATED = re.compile(r",\s*(?:and|but|while|і|й|та|а|але|и|но)\s", re.IGNORECASE)
# "exchange for our soldiers", not "1000 на 1000"
_FOR = re.compile(r"(?<![\w\d] )(?<!\w)(?:for|на|за)(?!\w)(?!\s*[\"'“”«]?\s*\d)", re.IGNORECASE)


# every cue below needs a swap noun, a return, release or hand-over word: most clauses have none
_GATE = Stems(
    r"exchang|swap|обм[іе]н|releas|return|free|liberat|hand|transfer|передав|передал|передан|выдал|"
    r"повернен|возвращени|освобождени|"
    r"повер|вернул|вернут|вернувш|возвра|звільн|визвол|освобо|обменя|обміня"
)


@functools.lru_cache(maxsize=4096)
def clause_cues(text: str, title: bool = False) -> tuple[StatusCue, ...]:
    """Every status cue the clause gives, by the classes in this module's docstring."""
    if not _GATE.found(text):
        return ()
    out: list[StatusCue] = []
    nouns = _swap_nouns(text)
    if nouns:
        out.extend(_event_cues(text, nouns, title))
        out.extend(_stall_cues(text, nouns))
        out.extend(_during_cues(text, nouns))
    out.extend(_agree_cues(text, nouns))
    out.extend(_outcome_cues(text))
    out.extend(_participle_cues(text))
    out.extend(_handover_cues(text))
    out.extend(_secure_cues(text))
    out.extend(_confirmed_cues(text, nouns, title))
    out.extend(_coming_home_cues(text))
    out.extend(_future_return_cues(text))
    out.extend(_mediated_release_cues(text))
    out.extend(_success_cues(text, nouns))
    out.extend(_planned_swap_cues(text, nouns))
    if title:
        out.extend(_headline_cues(text))
    return tuple(out)


def _event_cues(text: str, nouns, title: bool) -> list[StatusCue]:
    out = []
    for v in lemmas.find(text, "swap_event_verb"):
        if _VERBAL_NOUN.search(v.low):
            continue
        if not _CYRILLIC.search(v.low) and _NOUN_USE.search(text[max(0, v.start - 12) : v.start]):
            continue  # "on hold", "the start of the swap": a noun
        noun = _related(text, v, nouns, 5)
        if noun is None or _EARLIER.search(text[max(0, noun[0] - 30) : noun[0]]):
            continue  # "which brokered the last swap": an earlier one
        tense = _tense(text, v, title)
        before = text[max(0, v.start - 40) : v.start]
        if tense == "past" and _arranged_by(text, v):
            continue  # "the swap, mediated by the UAE, is expected": who arranges it, not done
        if tense == "past":
            out.append(StatusCue("completed", "completed", v.start, v.end))
        elif tense == "future":
            if _OFFER.search(before):
                out.append(StatusCue("proposed", "proposed", v.start, v.end))
            elif _plain_future(text, v) and (
                not _SOON.search(text[: v.start]) or _SIZED_FORMULA.search(text)
            ):
                # "the swap will take place", "обмен пройдет", "найближчим часом відбудеться
                # обмін 1000 на 1000": set, not hoped for (a swap of a stated formula is a deal)
                out.append(StatusCue("agreed", "agreed_weak", v.start, v.end))
            else:
                out.append(StatusCue("upcoming", "upcoming", v.start, v.end))
    return out


# a call to resume swaps names a halt that may be over; one to unblock them ("to unblock the
# exchange process", a stall verb of the vocabulary) tells that they are blocked now
RESUME = gated(
    r"\b(?:resum\w*|restart\w*|reviv\w*)|(?<!\w)(?:відновл\w*|відновит\w*|возобнов\w*)",
    re.IGNORECASE,
)


_WILL = gated(
    r"(?:\b(?:will|is to|are to|is set to|are set to|is scheduled to|are scheduled to|is due to|"
    r"are due to)|(?<!\w)(?:буде|будуть|будет|будут))\s+(?:be\s+)?(?:[\w'-]+\s+)?$",
    re.IGNORECASE,
)
# a forecast, not a plan: "soon", "незабаром", "в скором времени", "найближчим часом"
_SOON = re.compile(
    r"\bsoon\b|\bexpect\w*|\blikely\b|\bpossibl\w*|\bpotential\w*|\breport(?:s|ed|edly)\b|\bhop(?:e|es|ed|ing)\b|(?<!\w)(?:незабаром|скоро|скор\w+|"
    r"найближч\w*|ближайш\w*|очіку\w*|ожида\w*|ймовірно|вероятно|можливо|возможно|сподіва\w*|"
    r"надеет\w*|надеют\w*|надія\w*|надежд\w*)(?!\w)",
    re.IGNORECASE,
)


_CONDITION = re.compile(r"\b(?:if|unless|whether)\b|(?<!\w)(?:якщо|якби|если|чи)(?!\w)", re.I)


_SIZED_FORMULA = re.compile(
    r"(\d[\d  ,.]*\d|\d)\s*[\"'»”]?\s*(?:на|for|-for-)\s*[\"'«“]?\s*\1(?!\d)"
)


# an indirect question before the verb: "told when the swap would happen", "рассказал, когда
# пройдет обмен", "розповів, коли відбудеться обмін"
WHEN_ASKED = re.compile(r"(?:\bwhen|(?<!\w)(?:когда|коли))\s+(?:[\w'-]+\s+){0,4}$", re.I)


# verbs of arranging a swap; their participle names its broker, not that it happened
_ARRANGING = frozenset(["facilitate", "broker", "mediate", "organize", "organise", "arrange"])
_BY_AGENT = re.compile(r"\s+by\b", re.IGNORECASE)
_AGREED_TO = re.compile(r"\bagree[ds]?\s+(?:to|on)\b", re.IGNORECASE)
_AUXILIARY = re.compile(r"\b(?:was|were|been|being|had|has|have|is|are)\s+(?:\w+\s+)?$", re.I)


def _arranged_by(text: str, v: lemmas.Token) -> bool:
    """An English participle of arranging with its agent and no auxiliary before it, in a
    sentence that looks ahead ("the swap, mediated by the UAE, is expected", "agreed to exchange
    1,200 in a swap brokered by Turkey"): it names the swap's broker and tells nothing of whether
    the swap took place, as "the swap was mediated by" or "released in a swap mediated by the UAE
    on Saturday" do."""
    return (
        bool(_FORWARD.search(text) or _AGREED_TO.search(text))
        and v.low.endswith("ed")
        and bool(v.lemmas & _ARRANGING)
        and bool(_BY_AGENT.match(text, v.end))
        and not _AUXILIARY.search(text[max(0, v.start - 30) : v.start])
    )


def _plain_future(text: str, v: lemmas.Token) -> bool:
    """A plain future ("will take place", "відбудеться", "состоится"), no modal or hope."""
    before = text[max(0, v.start - 40) : v.start]
    if _CONDITION.search(text[: v.start]):
        return False  # "should he manage to arrange a swap", "якщо йому вдасться організувати"
    if WHEN_ASKED.search(before):
        return False  # "said when the swap will take place": a question, not a set date
    if _WILL.search(before):
        return True
    # a Slavic perfective verb's present form is its future; an infinitive needs a modal,
    # which `_tense` has already ruled out
    return bool(_CYRILLIC.search(v.low)) and not _NOT_YET.search(before)


# "after the exchange", "in the latest swap", "під час обміну", "в ходе обмена"
_DURING = gated(
    r"(?:\b(?:after|following|during)\s+(?:the|a|this|today's|friday's|saturday's|sunday's|"
    r"monday's|tuesday's|wednesday's|thursday's)?\s*(?:latest\s+|recent\s+)?|"
    r"(?<!\w)(?:під час|після|в ході|у ході|в ходе|во время|после)\s+(?:[\w'-]+\s+)?)$",
    re.IGNORECASE,
)
_FINITE_PAST = re.compile(
    r"\b(?:\w+ed|took|held|came|brought|saw|got|went|met|said|began|thanked)\b|(?<!\w)(?:[а-яіїєґё']+"
    r"(?:ли|ла|лися|лись|лась|вся|лся))(?!\w)",
    re.IGNORECASE,
)


def _during_cues(text: str, nouns) -> list[StatusCue]:
    """'The prisoners arrived after the exchange', 'зустрілися під час обміну': a clause in the
    past set in the swap tells that it happened."""
    out = []
    for start, end in nouns:
        m = _DURING.search(text[max(0, start - 45) : start])
        if m is None or _NOT_YET.search(text[:start]) or _NEGATION.search(text[:start]):
            continue
        if _EARLIER.search(text[max(0, start - 30) : start]) or re.search(
            r"\b(?:next|new|future|upcoming)\s+$|(?<!\w)(?:наступн\w*|нов\w*|следующ\w*)\s+$",
            text[max(0, start - 20) : start],
            re.IGNORECASE,
        ):
            continue  # "in the next exchange", "у наступному обміні"
        if lemmas.has(text[end : end + 25], "talks_noun"):
            continue  # "during the exchange talks"
        if lemmas.has(text, "stall_verb") or lemmas.has(text, "ready_word"):
            continue  # "refused ... after the swap": the clause tells another event
        said = [w for w in _FINITE_PAST.findall(text) if w.lower() not in ("said", "сказав")]
        if said:
            out.append(StatusCue("completed", "completed_participle", start, end))
    return out


def _stall_cues(text: str, nouns) -> list[StatusCue]:
    if _DENIED.search(text) or RESUME.search(text):
        return []  # denied, or a past halt named beside a call to resume
    out = []
    for v in lemmas.find(text, "stall_verb"):
        if _related(text, v, nouns, 4) is None:
            continue
        if _tense(text, v, False) == "negated":
            continue
        out.append(StatusCue("stalled", "stalled", v.start, v.end))
    return out


_AGREE_NOUNS = frozenset(
    ["домовленість", "угода", "договоренность", "договорённость", "соглашение"]
)


def _noun_tense(text: str, t: lemmas.Token) -> str:
    """The tense an agreement noun takes from the words before it ("не досягли домовленості",
    "may reach an agreement"): its own ending is no verb's ("договоренности" is no infinitive)."""
    before = text[max(0, t.start - 40) : t.start]
    if _NEGATION.search(before):
        return "negated"
    return "future" if _NOT_YET.search(before) else "past"


def _agree_cues(text: str, nouns) -> list[StatusCue]:
    found = lemmas.find(text, "agree_word")
    if not found:
        return []
    verbs = lemmas.find(text, "return_verb") + lemmas.find(text, "handover_verb")
    targets = [(start, end, None) for start, end in nouns] + [(t.start, t.end, t) for t in verbs]
    out = []
    for a in found:
        tense = _noun_tense(text, a) if a.lemmas & _AGREE_NOUNS else _tense(text, a, False)
        if tense in ("negated", "future"):
            continue  # "не домовилися", "may agree", "чи погодиться Росія"
        if tense == "present" and _CYRILLIC.search(a.low) and not a.lemmas & _AGREE_NOUNS:
            continue  # a Slavic perfective verb's present form is its future
        before = text[max(0, a.start - 40) : a.start]
        if _OFFER.search(before):
            continue  # "offers a swap deal", "готові погодити": an offer, not an agreement
        if _FRAMEWORK_NAME.search(before):
            continue  # "the Istanbul agreements": a named framework, not a deal on this swap
        if a.lemmas & _AGREE_NOUNS_ALL and not _REACH.search(before):
            continue  # an agreement reached ("reached an agreement", "досягли домовленості")
        near = " ".join(_WORD.findall(before)[-3:] + _WORD.findall(text[a.end : a.end + 25])[:2])
        if lemmas.has(near, "not_people_object"):
            continue  # "lists being agreed", "погодили списки": the lists, not the swap
        for start, end, token in targets:
            if start >= a.end:
                between = text[a.end : start]
                if words_between(text, a.end, start) <= 8 and not _other_verb(between):
                    out.append(StatusCue("agreed", "agreed", a.start, a.end))
                    break
            elif token is None and _agreed_subject(text, end, a):
                out.append(StatusCue("agreed", "agreed", a.start, a.end))
                break
    return out


_AGREE_NOUNS_ALL = _AGREE_NOUNS | {"agreement", "deal"}
_REACH = re.compile(
    r"\b(?:reach\w*|struck|strike|sign\w*|conclud\w*|clinch\w*|confirm\w*|under|per)\b|"
    r"(?<!\w)(?:підтверди\w*|підтвердж\w*|подтверди\w*|подтвержд\w*|досяг\w*|"
    r"уклал\w*|укласти|достиг\w*|достичь|заключ\w*|подписа\w*|підписа\w*|згідно|за|по|"
    r"в рамках|у рамках)(?!\w)",
    re.IGNORECASE,
)


def _agreed_subject(text: str, noun_end: int, agree: lemmas.Token) -> bool:
    """ "the exchange agreed last week", "обмін, про який домовилися": the swap is what was
    agreed (a comma only before a relative pronoun)."""
    between = text[noun_end : agree.start]
    if "," in between and not _RELATIVE.search(between):
        return False
    return _subject_of(text, noun_end, agree, 3)


_FRAMEWORK_NAME = re.compile(
    r"(?:istanbul|minsk|стамбульськ\w*|стамбульск\w*|мінськ\w*|минск\w*)\s+$", re.IGNORECASE
)
# "to" before an article or a determiner is a preposition: "agreeing to a new exchange"
_INFINITIVE = re.compile(
    r"\bto\s+(?!(?:a|an|the|this|that|these|those|its|their|our|new|another)\b)([a-z]+)|"
    r"(?<!\w)([а-яіїєґё']+(?:ти|ть|тися|ться))(?!\w)"
)


def _other_verb(between: str) -> bool:
    """An infinitive that is not a swap verb: "agreed to activate the agreements on swaps"."""
    for m in _INFINITIVE.finditer(between.lower()):
        word = m.group(1) or m.group(2)
        if not (
            lemmas.has(word, "return_verb")
            or lemmas.has(word, "handover_verb")
            or lemmas.has(word, "swap_event_verb")
        ):
            return True
    return False


_PARTICIPLE_GATE = Stems(
    r"freed|released|liberated|exchanged|swapped|returned|repatriated|звільнен|визволен|повернут|"
    r"обмінян|освобожд|возвращ|вернувш|обменянн"
)


# "the number of", "кількість", "число": the participle's people are counted, not told home
_NUMBER_OF = re.compile(
    r"(?:\b(?:number|total|tally)\s+of|(?<!\w)(?:кількість|количество|число))\s+$",
    re.IGNORECASE,
)


def _participle_cues(text: str) -> list[StatusCue]:
    if not _PARTICIPLE_GATE.found(text):
        return []
    out = []
    words = list(_WORD.finditer(text))
    for i, m in enumerate(words):
        if not _PARTICIPLE.match(m.group(0)) or _VERBAL_NOUN.search(m.group(0).lower()):
            continue  # "звільнення 1200 українців": the release as a noun, not people released
        before = text[max(0, m.start() - 40) : m.start()]
        if _NOT_YET.search(before) or _NEGATION.search(before):
            continue
        if _NUMBER_OF.search(before):
            continue  # "кількість повернутих українців", "the number of freed": a tally
        # "вернувшиеся из плена 120 военных": where from may stand between
        after = [w.group(0) for w in words[i + 1 : i + 5] if not _FROM_CAPTIVITY.match(w.group(0))]
        people_after = any(_PEOPLE.match(w) for w in after[:2])
        # "75 Ukrainians released in the exchange": a number of people, then the participle
        people_before = (
            i >= 2 and _PEOPLE.match(words[i - 1].group(0)) and _NUMBER.match(words[i - 2].group(0))
        )
        if people_before and lemmas.has(text[m.end() : m.end() + 30], "not_people_object"):
            people_before = False
        # "the freed prisoners", "звільнені захисники", "серед звільнених"
        if people_after or people_before or _AMONG.search(before):
            out.append(StatusCue("completed", "completed_participle", m.start(), m.end()))
    return out


_OUTCOME_LINK = re.compile(r"\s+(?:to|in|into|до|к)\s+", re.IGNORECASE)


def _outcome_cues(text: str) -> list[StatusCue]:
    """'Mediation led to an exchange', 'resulted in the release of 150', 'призвело до обміну':
    a past outcome whose object is the swap or a release."""
    out = []
    for v in lemmas.find(text, "outcome_verb"):
        link = _OUTCOME_LINK.match(text, v.end)
        if link is None or _tense(text, v, False) != "past":
            continue
        words = list(_WORD.finditer(text, link.end()))[:4]
        for w in words:
            if not (_SWAP_NOUN.match(w.group(0).lower()) or _RELEASE_NOUN.match(w.group(0))):
                continue
            if not _EARLIER.search(text[link.end() : w.start()]):  # "led to the last swap"
                out.append(StatusCue("completed", "completed", v.start, v.end))
            break
    return out


_PASSIVE_BEFORE = re.compile(r"\b(?:were|was|have been|has been|had been)\s+$", re.IGNORECASE)


def _handover_cues(text: str) -> list[StatusCue]:
    out = []
    for v in lemmas.find(text, "handover_verb"):
        if _tense(text, v, False) != "past":
            continue
        rest = text[v.end : v.end + 60]
        if lemmas.has(rest, "not_people_object") or lemmas.has(rest, "body_noun"):
            continue
        before = text[max(0, v.start - 60) : v.start]
        passive = _PASSIVE_BEFORE.search(before)
        if passive and not lemmas.has(before, "body_noun"):
            # the passive: "Three residents of Kursk were handed to Russia", "40 POWs were
            # transferred": the people counted before the verb
            head = before[: passive.start()]
            if any(
                any(_PEOPLE.match(w) for w in _WORD.findall(head[n.end :])[:3])
                for n in find_numbers(head)
            ):
                out.append(StatusCue("completed", "completed", v.start, v.end))
                continue
        words = _WORD.findall(rest)[:5]
        number_at = next((i for i, w in enumerate(words) if _NUMBER.match(w)), None)
        if number_at is None:
            continue
        if any(_PEOPLE.match(w) for w in words[number_at + 1 : number_at + 4]):
            out.append(StatusCue("completed", "completed", v.start, v.end))
    return out


_RELEASE_NOUN = re.compile(
    r"^(?:release|return|freedom|homecoming|звільнен\w*|повернен\w*|визволен\w*|"
    r"освобождени\w*|возвращени\w*)$",
    re.IGNORECASE,
)


def _secure_cues(text: str) -> list[StatusCue]:
    """'secured the release of 49 prisoners', 'домоглися звільнення': a release achieved."""
    found = lemmas.find(text, "secure_verb")
    if not found:
        return []
    releases = [m.span() for m in _WORD.finditer(text) if _RELEASE_NOUN.match(m.group(0))]
    out = []
    for v in found:
        if _tense(text, v, False) != "past" or _related(text, v, releases, 6) is None:
            continue
        out.append(StatusCue("completed", "completed", v.start, v.end))
    return out


# what makes the confirmed swap one still to come or another one: "confirmed the upcoming swap",
# "підтвердив наступний обмін", "подтвердил готовящийся обмен", "the swap will take place"
_AHEAD = gated(
    r"\b(?:will|would|could|can|may|might|shall|to|upcoming|next|future|planned|possible|"
    r"potential|expected|slated|set|due)\b|(?<!\w)(?:буде|будуть|будет|будут|може|может|"
    r"наступн\w*|майбутн\w*|следующ\w*|будущ\w*|готу\w*|готов\w*|запланован\w*|"
    r"запланирован\w*|можлив\w*|возможн\w*|відбудеться|состоится|пройде|пройдет)(?!\w)",
    re.IGNORECASE,
)
# the confirmation's object is a clause of its own ("confirmed that talks ..."): its verb tells
_THAT = re.compile(r"(?<!\w)(?:that|що|что|информаци\w*|інформаці\w*|information)(?!\w)", re.I)


def _confirmed_cues(text: str, nouns, title: bool) -> list[StatusCue]:
    """'Ukraine confirmed the exchange', 'Зеленський підтвердив повернення 115 військових',
    'Москалькова подтвердила обмен': a past confirmation whose object is the swap or a release
    tells that it happened, unless the swap is one still to come ("confirmed the next swap",
    "the exchange will take place") or an earlier one."""
    found = lemmas.find(text, "confirm_verb")
    if not found:
        return []
    releases = [m.span() for m in _WORD.finditer(text) if _RELEASE_NOUN.match(m.group(0))]
    objects = list(nouns) + releases
    out = []
    for v in found:
        if _VERBAL_NOUN.search(v.low) or _tense(text, v, title) != "past":
            continue  # "підтвердження обміну", "will confirm": no deed confirmed
        after = [o for o in objects if o[0] >= v.end and words_between(text, v.end, o[0]) <= 2]
        if not after:
            continue
        start = min(after)[0]
        between = text[v.end : start]
        if _BREAK.search(between) or _THAT.search(between) or _EARLIER.search(between + " "):
            continue
        clause = re.split(r"[,;:.!?]", text[v.end :])[0]
        if _AHEAD.search(clause) or _NEGATION.search(text[max(0, v.start - 40) : v.start]):
            continue  # "confirmed the swap would go ahead", "did not confirm the exchange"
        out.append(StatusCue("completed", "completed", v.start, v.end))
    return out


_HOMEWARD = re.compile(r"(?<!\w)(?:додому|домой|з полону|із полону|из плена)(?!\w)", re.IGNORECASE)


def _coming_home_cues(text: str) -> list[StatusCue]:
    """'Додому повертаються 150 військових', 'домой возвращаются': people coming home now, a
    swap under way (the imperfective present of a return verb, beside "home" or "captivity")."""
    if not _CYRILLIC.search(text) or not _HOMEWARD.search(text):
        return []
    out = []
    for v in lemmas.find(text, "return_verb"):
        if not v.lemmas.isdisjoint(PERFECTIVE) or _tense(text, v, False) != "present":
            continue
        if not re.search(r"(?:ються|ются|ється|ется|ємо|ем|ім|имо|ает|ає|ають|ают)$", v.low):
            continue  # a present form: повертаються, возвращаются, повертаємо
        out.append(StatusCue("completed", "completed", v.start, v.end))
    return out


def _future_return_cues(text: str) -> list[StatusCue]:
    """'will swap 84 prisoners each this week', 'обменяются пленными в формате 500 на 500':
    a swap of a stated size, set for later."""
    out = []
    for v in lemmas.find(text, "return_verb"):
        if _tense(text, v, False) != "future" or not _plain_future(text, v):
            continue
        if _SOON.search(text[: v.start]) or _OFFER.search(text[max(0, v.start - 40) : v.start]):
            continue
        if not any(_NUMBER.match(w) for w in _WORD.findall(text[v.end : v.end + 80])):
            continue
        out.append(StatusCue("agreed", "agreed_weak", v.start, v.end))
    return out


_HEADLINE_STOP = re.compile(
    r"\b(?:to|will|would|could|may|might|seeks?|plans?|aims?|wants?|ready|hopes?|offers?|"
    r"proposes?|calls?|urges?|asks?|agrees?|should|must)\s+(?:\w+\s+)?$|"
    r"(?<!\w)(?:хоче|хочет|планує|планирует|готова|готов|готові|готовы|пропонує|предлагает|"
    r"може|может|буде|будет|має|должна|должен)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


# A headline's label ends at a colon or a spaced dash; the word before it is a noun.
_LABEL_END = re.compile(r"\s*(?::|\s[-–—|]\s)")
_ADVERB = re.compile(r"^(?:each|both|also|now|finally|again|all)$", re.IGNORECASE)
_SIDE_ADJECTIVE = re.compile(
    r"^(?:ukrainian|russian|more|another|over|nearly|almost|about|their|its|our|українськ\w*|"
    r"російськ\w*|наших|своїх|украинск\w*|российск\w*|своих|ще|еще|ещё|понад|более|около)$",
    re.IGNORECASE,
)
_HOME = re.compile(r"^(?:home|back|додому|домой|з|із|из)$", re.IGNORECASE)
# an article, a preposition or "as" (and an opening quote) before a verb's form makes it a noun:
# "the start of the swap", "a swap as 'start' of peace"
_NOUN_USE = re.compile(
    r"(?:\b(?:the|a|an|for|of|on|as|their|its|his|her)|'s)\s+[‘'\"“«]?$", re.IGNORECASE
)


# an amount in words before "of" and the people: "swap hundreds of prisoners", "dozens of POWs"
_AMOUNT = re.compile(r"^(?:hundreds|dozens|scores|thousands)$", re.IGNORECASE)


def _headline_cues(text: str) -> list[StatusCue]:
    """'Russia and Ukraine exchange POWs', 'Ukraine brings home 95', 'Україна повертає 95'."""
    out = []
    for v in lemmas.find(text, "return_verb"):
        before = text[max(0, v.start - 30) : v.start]
        if _HEADLINE_STOP.search(before) or _NEGATION.search(before):
            continue
        not_yet = (
            _SLAVIC_INFINITIVE.search(v.low)
            or _SLAVIC_SYNTHETIC_FUTURE.search(v.low)
            or not v.lemmas.isdisjoint(PERFECTIVE)
        )
        if _CYRILLIC.search(v.low) and not _SLAVIC_PAST.search(v.low) and not_yet:
            continue  # "обменять" (to swap), "обменяются" (will swap): not done yet
        rest = text[v.end : v.end + 60]
        if _NOUN_USE.search(before) or re.match(r"\s+(?:of|for)\b", rest):
            continue  # "seeks the return of 500 prisoners": a noun, not the verb
        if _LABEL_END.match(rest):
            continue  # "Major Prisoner Swap: 1,200 Could Return": a label before a colon or dash
        previous = [w for w in _WORD.findall(before) if not _ADVERB.match(w)][-1:]
        if not previous or not (previous[0][0].isupper() or _PEOPLE.match(previous[0])):
            continue  # after its subject: "Russia, Ukraine swap 150 POWs", "soldiers return"
        words = [w for w in _WORD.findall(rest)[:3] if not _SIDE_ADJECTIVE.match(w)]
        if not words or not (
            _PEOPLE.match(words[0])
            or _NUMBER.match(words[0])
            or _HOME.match(words[0])
            or (_AMOUNT.match(words[0]) and len(words) > 2 and _PEOPLE.match(words[2]))
        ):
            continue  # "trade blame over a swap", "exchange and repatriate": no people follow
        if lemmas.has(rest, "not_people_object") or lemmas.has(rest, "body_noun"):
            continue
        out.append(StatusCue("completed", "completed_headline", v.start, v.end))
    return out


# a word that puts the clause ahead of the event or makes it a wish: "will", "hopes for success"
_FORWARD = gated(
    r"\b(?:will|would|could|can|may|might|should|must|shall|hopes?|hoped|hoping|wish\w*|"
    r"expect\w*|plans?|ready|offer\w*|propos\w*|continue\w*|future|next)\b|"
    r"(?<!\w)(?:буде|будуть|будет|будут|може|можуть|может|могут|сподіва\w*|надеет\w*|надеют\w*|"
    r"надія\w*|надежд\w*|бажа\w*|жела\w*|очіку\w*|ожида\w*|готов\w*|пропону\w*|"
    r"предлага\w*|щоб|чтобы|наступн\w*|следующ\w*|продовж\w*|продолж\w*)(?!\w)",
    re.IGNORECASE,
)


# a Slavic neuter past: "МЗС подякувало", "министерство сообщило"
_NEUTER_PAST = re.compile(r"(?<!\w)[а-яіїєґё']{4,}(?:ло|лося|лось)(?!\w)", re.IGNORECASE)


def _past_clause(text: str) -> bool:
    """A clause told in the past ("acknowledged", "выступили") with nothing still to come."""
    past = _FINITE_PAST.search(text) or _NEUTER_PAST.search(text)
    return bool(past) and not _FORWARD.search(text)


def _mediated_release_cues(text: str) -> list[StatusCue]:
    """'Mediated the return of 40 soldiers', 'выступили посредниками при возвращении 157
    военных': a broker named for a return of people, told in the past, brokered a done swap."""
    found = lemmas.find(text, "mediation_word")
    if not found or not _past_clause(text):
        return []
    out = []
    for m in found:
        if _NEGATION.search(text[max(0, m.start - 40) : m.start]):
            continue
        after = list(_WORD.finditer(text, m.end))[:10]
        release = next(
            (i for i, w in enumerate(after[:4]) if _RELEASE_NOUN.match(w.group(0))), None
        )
        if release is None and _released_before(text, m.start):
            # "при возвращении военнослужащих из плена посреднические усилия оказали ОАЭ"
            out.append(StatusCue("completed", "completed", m.start, m.end))
            break
        if release is None or lemmas.has(text[m.end : after[release].start()], "talks_noun"):
            continue  # "mediated talks on the return": the talks, not the return
        people = [w.group(0) for w in after[release + 1 : release + 7]]
        if any(_PEOPLE.match(w) or _NUMBER.match(w) for w in people):
            out.append(StatusCue("completed", "completed", m.start, m.end))
            break
    return out


# "during the return of", "при возвращении", "під час повернення": a return the broker helped
_DURING_RELEASE = re.compile(r"^(?:during|in|при|під|во|в)$", re.IGNORECASE)


def _released_before(text: str, start: int) -> bool:
    """A return of people named just before the mediation word, as when it took place ("при
    возвращении военных из плена на родину посредничали ОАЭ")."""
    words = list(_WORD.finditer(text[max(0, start - 100) : start]))[-9:]
    for i, w in enumerate(words[:-1]):
        at = [
            x.group(0) for x in words[max(0, i - 2) : i]
        ]  # "during the return", "при возвращении"
        if _RELEASE_NOUN.match(w.group(0)) and any(_DURING_RELEASE.match(x) for x in at):
            return any(_PEOPLE.match(x.group(0)) for x in words[i + 1 : i + 4])
    return False


def _success_cues(text: str, nouns) -> list[StatusCue]:
    """'Announced the success of the mediation on the swap', 'making the exchange a success',
    'обмін успішно провели': a swap or its brokering called a success, in the past."""
    found = lemmas.find(text, "success_word")
    if not found or not _past_clause(text):
        return []
    anchors = list(nouns) + [(m.start, m.end) for m in lemmas.find(text, "mediation_word")]
    for s in found:
        if _NEGATION.search(text[max(0, s.start - 40) : s.start]):
            continue
        for start, end in anchors:
            a, b = (end, s.start) if end <= s.start else (s.end, start)
            if words_between(text, a, b) <= 6 and not _BREAK.search(text[a:b]):
                return [StatusCue("completed", "completed", s.start, s.end)]
    return []


def _planned_swap_cues(text: str, nouns) -> list[StatusCue]:
    """'The planned exchange', 'запланований обмін': a swap already set by both sides."""
    if lemmas.has(text, "stall_verb"):
        return []  # "postponed a planned swap": the plan is what was called off
    out = []
    for p in lemmas.find(text, "plan_participle"):
        if _CYRILLIC.search(p.low):
            if _SLAVIC_INFINITIVE.search(p.low):
                continue  # "запланувати": a plan still to make
        elif not p.low.endswith("ed") or not _NOUN_USE.search(text[max(0, p.start - 12) : p.start]):
            continue  # "plans a swap", "they planned to": an intention, not a set swap
        before = text[max(0, p.start - 40) : p.start]
        if _NEGATION.search(before) or _CONDITION.search(text[: p.start]):
            continue
        for start, _end in nouns:
            if start > p.end and words_between(text, p.end, start) <= 2:
                if not _EARLIER.search(text[max(0, p.start - 30) : p.start]):
                    out.append(StatusCue("agreed", "agreed_weak", p.start, p.end))
                break
    return out
