"""Strike figures in one sentence: each count with its weapon class and role (launched/downed)."""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from typing import NamedTuple

from extraction import calendar_words as cw
from extraction import lemmas
from extraction import weapon_words as ww
from extraction.cues import Cue, cue, gated, lower_same
from extraction.numbers import Num, find_numbers
from extraction.places import find_places
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
    cue_at: int = -1  # where the verb that gives the role starts (-1: none or unknown)
    # a part of a total the text does not write: the places ("12 over Kursk") or list items it
    # counts, so parts of one night add up while a stated total stands
    part_keys: tuple[str, ...] = ()
    # a sum: the written figures it adds up ("2 Iskander-M and 3 Kh-101")
    parts: tuple[int, ...] = ()
    # the number an approximation is written around ("nearly 200"): never published, shown to
    # an editor as uncertain
    approx_value: int | None = None


_DRONE_TOK = re.compile(
    # Gerbera, Parodiya, Italmas, Lancet: model names the wires use alone ("25 Gerberas")
    # "Shahed-136", "Geran-2": a model with its designation is one drone word
    r"^(?:drones?|uavs?|unmanned|shaheds?|shahed-\d[\w-]*|gerans?|geran-\d[\w-]*|kamikaze|loitering|decoys?|imitators?|імітатор\w*|"
    r"gerberas?|гербер\w*|parodiyas?|пароді\w*|пароди\w*|italmas|італмас\w*|италмас\w*|"
    r"lancets?|ланцет\w*|"
    # "17 баражуючих боєприпасів", "барражирующих боеприпасов": loitering munitions are drones
    r"баражуюч\w*|барражирующ\w*|"
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
    r"[\w]+-based|long-range|air|aerial|anti-[\w-]+|[\w]+-to-[\w-]+|"
    r"airborne|more|other|additional|various|different|types?|guided|hypersonic|supersonic|"
    r"attacking|"
    r"high-precision|jet|jet-powered|decoy|the|of|a|total|downed|destroyed|intercepted|incoming|"
    # (not a past plural verb: "15 лютого збили всі ракети" has no count of missiles)
    r"(?![а-яіїєґё'-]+ли$)[а-яіїєґё'-]+(?:их|ых|ими|ыми|ий|ый|ій|ые|ие|ого|ому|ої|ой|ая|яя|ою|ні|"
    r"ные|ная|ное|і|и)|"
    r"[a-zа-яіїєґ]{1,4}-\d[\w-]*|"
    r"типу|типа|видів|видов|ударн\w*|с|з|із|with|using|применением|застосуванням|"
    r"використанням|использованием)$"
)
_BOTH_CLASSES = re.compile(
    r"\s+(?:and|or|і|й|та|и|або|или)\s+([\w'-]+)(?![\w'-])"
    r"(?!\s+(?:attacks?|strikes?|атак\w*|удар\w*)\b)",
    re.IGNORECASE,
)
# an attack noun right after a weapon word: "drone attacks", "missile strike", "ракетних ударів"
_ATTACK_NOUN_AFTER = re.compile(
    r"\s+(?:attacks?|strikes?|raids?|barrages?|waves?|атак\w*|удар\w*|наліт\w*|налет\w*|"
    r"обстріл\w*|обстрел\w*)(?!\w)"
    # "54 Shahed attack UAVs": "attack" describes the weapon named after it
    r"(?!\s+(?:drones?|uavs?|unmanned|missiles?|бпла|дрон\w*|безпілот\w*|беспилот\w*|ракет\w*))",
    re.IGNORECASE,
)
_WEAPON_ADJECTIVE = re.compile(r"[нв](?:ий|ый|ій|і|их|ых|іх|ые|ая|ого|ої|ой)$")
# one-word singular weapon nouns in any case ("ракетою", "дроном"): after "46 дронами та" such a
# noun is one more weapon; abbreviations are left out, as "БпЛА" and "UAV" may be plurals
_SINGULAR_WEAPON = frozenset(ww.singular_forms(sorts=(ww.NAME, ww.LOOSE, ww.MODEL)))
_WORD_RE = re.compile(r"[\w'-]+|[^\w\s]")
_STOP_PUNCT = set(",.;:!?()[]")
# "Of the 52 drones ..., 40 were downed", "З 52 дронів ...", "Из 52 запущенных ...": a clause
# that opens on "of" and a number gives the whole, the launch figure, never the downed part
_OF_LEAD = re.compile(
    r"(?:^|[.;:,]\s*|\bthat\s+|(?<!\w)(?:що|что)\s+)(?:out\s+of|of|з|із|зі|из)\s+(?:the\s+|усіх\s+|всех\s+|"
    # "Out of a total of 120 drones", "Із загальної кількості 120", "Из общего числа 120"
    r"(?:a|the)\s+total\s+of\s+|загальної\s+кількості\s+|общего\s+(?:числа|количества)\s+)?$",
    re.IGNORECASE,
)
_OF = re.compile(r"^\s*(?:out\s+of|of\s+the|of|з|зі|із|из)\s+(?:the\s+)?$", re.IGNORECASE)
# "one of the missiles", "одну з ракет", "две из ракет": a pick from a whole it does not count
_ONE_OF_THE = re.compile(
    r"\s+(?:of\s+(?:the|these|those)|з|із|зі|из)\s+(?:[\w'-]+\s+)?"
    r"(?:drones|missiles|rockets|ракет|дронів|дронов|безпілотників|беспилотников|шахедів)\b",
    re.IGNORECASE,
)
_OF_AFTER = re.compile(r"\s*(?:out\s+of|of|з|зі|із|из)\s", re.IGNORECASE)
_OUT_OF_END = re.compile(r"^[^\d,;.]{0,40}?\s(?:out\s+of|from)\s+(?:the\s+|a\s+total\s+of\s+)?$",
                         re.IGNORECASE)  # fmt: skip
_OUT_OF_BARE = re.compile(
    r"(?:\bout\s+of|(?<!\w)(?:зі|із|з|из))\s+(?:(?:a|the)\s+total\s+of\s+)?\Z", re.IGNORECASE
)
_LAUNCH_PARTICIPLE_AFTER = re.compile(
    r"\s*,?\s*(?:launched|fired|sent|запущен\w*|випущен\w*|выпущен\w*)(?!\w)", re.IGNORECASE
)
_FROM = re.compile(r"^\s*from\s+(?:the\s+)?$", re.IGNORECASE)
# a word after a number that is neither a launch word nor the end of the clause: the number
# counts that word (directions, regions, hours), not weapons
_OTHER_NOUN_AFTER = re.compile(
    # "8 drones out of a total of 11 were shot down": a verb after the whole is no noun
    r"\s+(?!(?:launched|fired|sent|released|used|that|which|in\s+total|запущен|випущен|"
    r"выпущен|застосован|применен|які|яких|которы|всього|всего|загалом)\w*)"
    r"(?!(?:were|was|had|have|has|are)\b)[^\W\d_]{3,}",
    re.IGNORECASE,
)
_NOUN_OUT_OF = re.compile(
    # "six drones (out of a total of 12)": the whole may be set off in brackets
    r"\s+(?:[\w'\"«»“”-]+,?\s+){1,3}?\(?(?:out\s+of|of\s+the|із|зі|з|из)\s+(?:the\s+|a\s+total\s+of\s+)?$",
    re.IGNORECASE,
)
_OF_THEM = re.compile(
    r"^\s*(?:of\s+them|of\s+which|of\s+these\b(?!\s+\w)|of\s+those\b(?!\s+\w)|з\s+них|із\s+них|"
    r"зі\s+них|из\s+них|"
    r"з\s+яких|из\s+которых|with\s+them)\b",
    re.IGNORECASE,
)
# "71 means, of which 55 were downed": the count after the relative takes the class before it
_OF_THEM_BEFORE = re.compile(
    r"(?:\bof which|\bof them|\bof these|\bof those|з яких|із яких|з них|із них|из которых|"
    r"из них),?\s+$",
    re.IGNORECASE,
)
# "the missiles, of which it downed three": a weapon noun, a comma and a partitive relative
# whose clause runs on to the count
_RELATIVE_HEAD = re.compile(
    r"([\w'-]+),\s+(?:of which|of them|з яких|із яких|з них|із них|из которых|из них)\b"
    r"[^,.;:!?()]{0,40}$",
    re.IGNORECASE,
)


def _relative_head_class(text: str, start: int) -> str | None:
    m = _RELATIVE_HEAD.search(text, max(0, start - 90), start)
    if m is None:
        return None
    cls = _noun_class(" " + m.group(1), 0)[0]
    return cls if cls in (DRONES, MISSILES) else None


_OF_NOUN = re.compile(r"^\s*(?:out\s+)?of\s+(?:the|those|these)\s+", re.IGNORECASE)
_BARE_FOLLOW = re.compile(
    r"^\s*(?:were|was|had|have|has|are|is|were|-|—|були|було|був|була|были|было|был|была|"
    r"уничтожен\w*|сбит\w*|збит\w*|знищ\w*|локаці[йо]н\w*|локацион\w*|локацй\w*|lost\b|"
    r"overnight\b|at night\b|"
    r"shot\b|downed\b|destroyed\b|intercepted\b|vanished\b|disappeared\b|[.!;]?\s*$|"
    r"last night\b|during the night\b|вночі|уночі|ночью|за ніч|за ночь|over\b|above\b|над\b|"
    r"[—–]\s+над\b|$)",
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
    # "завдав удару 4 ракетами", "нанес удар тремя ракетами": struck with
    r"завда\w* (?:\w+ )?удар\w*|нан[её]с\w* (?:\w+ )?удар\w*|"
    # "вдарила по Україні 40 ракетами", "ударила ... дронами": struck with (the weapons in
    # the instrumental); "ракета вдарила по будинку" is a hit, and has no instrumental
    r"(?:вдари|удари|вдаря|ударя)\w*(?= (?:[^.;:\d]{0,40}? )?[\d\w'][\d\w' ]{0,30}? "
    r"(?:[\w-]+ ){0,2}?(?:ракетами|дронами|безпілотниками|беспилотниками|шахедами|бпла)(?!\w))|"
    r"запуст\w*|запуска\w*|"
    # "були запущені", "запущено": the predicate; "6 ракет, запущених з моря, і 21 дрон" describes
    # a noun and governs no number after it
    r"запущено(?!\w)|(?:були|був|була|було|были|был|была|было)\s+запущен\w*|випуст\w*|випуска\w*|выпуска\w*|випущен\w*|атакува\w*|атакуют\w*|застосува\w*|використа\w*|"
    r"спрямува\w*|направи\w*|выпусти\w*|выпущен\w*|атакова\w*|примени\w*|применени\w*|"
    r"использова\w*|пытал\w*|зафіксован\w* пуск\w*|"
    # the weapons "took part in" the attack: "21 drones ... participated in the strikes", "в
    # атаці брали участь 80 безпілотників", "в атаке участвовали 80 беспилотников"
    r"\b(?:participated|took part) in (?:the |this |that |an? )?(?:\w+ )?"
    r"(?:attacks?|strikes?|raids?|assault)\b|"
    r"(?:брали|взяли|беруть|брало|взяло) участь (?:у|в) (?:\w+ )?(?:атац\w*|удар\w*|нальот\w*)|"
    r"(?:у|в) (?:\w+ )?(?:атаці|ударі|нальоті) (?:брали|взяли|брало|взяло) участь|"
    r"(?:участвовал\w*|приняли участие|принимали участие) в (?:\w+ )?(?:атак\w*|удар\w*|налет\w*)|"
    r"в (?:\w+ )?(?:атаке|ударе|налете) (?:участвовал\w*|приняли участие|принимали участие)"
)
DOWN_CUE = cue(
    r"\bshot down\b|\bshooting down\b|\bshoot(?:s)? (?:\w+ )?down\b|\bdowned\b|\bdowning\b|"
    r"\bdestroy(?:ed|ing|s)?\b|\bdestruction of\b|\bintercept(?:ed|ing|s|ion)?\b|"
    r"\bneutrali[sz](?:ed|ing|e)\b|"
    r"\brepelled\b|\beliminated\b|\btaken down\b|\bbrought down\b|\bsuppressed\b|"
    # "bringing down 39", "took down 12", "managed to down 40": "down" as the verb
    r"\b(?:bring(?:s|ing)?|tak(?:e|es|ing)|took) (?:(?:them|it|all) )?down\b|"
    r"\b(?:managed|able|succeeded) to down\b|"
    # "took out 40", "knocked out 12 of them": phrasal verbs of downing
    r"\b(?:took|tak(?:e|es|ing)|knock(?:ed|s|ing)?) out\b|"
    r"\bwere shot\b|збит\w*|збил\w*|збива\w*|знищ\w*|знешкод\w*|подавл\w*|перехопл\w*|перехопи\w*|"
    r"ліквідува\w*|ліквідов\w*|сбит\w*|сбил\w*|сбива\w*|уничтож\w*|перехвач\w*|перехват\w*|"
    r"нейтрализова\w*|ликвидирова\w*|обезвреж\w*|обезвред\w*|"
    # the noun of downing before its count: "о ликвидации семи беспилотников"
    r"ликвидаци\w*|ліквідаці\w*"
)
LOST_CUE = cue(
    r"\blost (?:from|on|off) (?:the )?radars?\b|\blocationally lost\b|\blost locationally\b|"
    r"\blost locally\b|\blocally lost\b|"
    # "ще 28 БпЛА противника були втрачені": lost, as the air force counts decoys
    r"(?:були|було|были|было) (?:локаційно |локационно )?(?:втрачен\w*|потерян\w*)|"
    r"\blost in (?:the )?location\b|\blost (?:track|sight) of\b|\blost contact with\b|"
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
    # the masculine past "влучив" ("один безпілотник влучив у склад"); влучил\w* has the rest
    r"влучив|"
    r"попал[иа]?\b|прилет\w*"
)
_REF_ALL = cue(
    r"\b(?:all of them|them all|all (?:of )?(?:the|these|those) \w+|"
    r"all (?:were|was|have been|had been)|усі ці|всі ці|все эти|"
    r"all(?= \w+ (?:were|was))|"
    r"both(?: of them)?|обидві|обидва|обоє|обе|оба|обеих|обох|усі вони|всі вони|усі|всі|"
    r"усіх їх|все они|всех их|все были|"
    r"все\s+(?=\w+\s+(?:были|сбиты)))(?!\w)"
    # "all but two", "усі, крім двох": a share the text does not count
    r"(?!,?\s+(?:but|except|крім|окрім|кроме|за винятком)(?!\w))"
)
_NEARLY_BEFORE = re.compile(
    r"(?:\balmost|\bnearly|\bvirtually|\bpractically|\bnot|(?<!\w)(?:майже|практично|"
    r"почти|практически|не))\s+$",
    re.IGNORECASE,
)
# "and another over Kaluga", "ещё один — над": one more of the weapon just counted
_BARE_ANOTHER = re.compile(
    r"(?:,|\band|(?<!\w)(?:і|и|та|а))\s+(another|one more|ще один|ещё один|еще один|ще одна|"
    r"ещё одна|еще одна)(?=\s+(?:over|above|near|in|at|on|was|were|над|біля|около|в|у)\b|"
    r"\s*[—–,.;]|\s*$)",
    re.IGNORECASE,
)
_ANOTHER_JOINT = re.compile(
    r"(?:,|\band|(?<!\w)(?:і|и|та|а))\s+(?:another|one more|ще|ещё|еще)\b", re.IGNORECASE
)
_OWN_VERB_AFTER = re.compile(
    r"[^,.;:]*?\b(?:were|was|are|is|have|has|були|було|був|була|были|было|был|была)\b",
    re.IGNORECASE,
)
_CLAUSE_STOP_AFTER = re.compile(r"[.;!?]")
_ALL_N = gated(r"(?:\ball|усі|всі|все|всех|усіх)\s+(?:the\s+)?$", re.IGNORECASE)
_EN_SINGULAR = ww.singular_forms(langs=("en",))
_EN_PLAIN = ww.singular_forms(langs=("en",), sorts=(ww.NAME, ww.LOOSE))
_SINGULAR = cue(
    # a model with a slash is one word: "a Kh-59/69 guided missile"
    # up to three describing words: "a Kh-69 guided air missile"
    r"\b(?:an?|a single|one|another|one more)\s+(?:(?!of\s|and\s|or\s)[\w-]+(?:/[\w-]+)?\s+){0,3}?"
    rf"({ww.alternation(_EN_SINGULAR)})(?![\w-])"
    # "drone and missile attacks": the nouns only say what kind of attack
    rf"(?!\s+(?:and|or)\s+(?:{ww.alternation(_EN_PLAIN)})s?\s+(?:attacks?|strikes?)\b)"
    # "a missile launch" names an event; "a missile launched by Russia" is one missile
    r"(?!\s+(?:attacks?|strikes?|debris|wreckage|fragments?|alerts?|threat|danger|"
    r"launch(?!ed\s+(?:by|from|at|toward|towards|against)\b)\w*|"
    r"production|factory|plant|base|units?|operators?|warfare|components?|parts?|hits?|war|"
    r"carrier|boat|ship|defen[cs]e|system)\b)"
)
# one missile or drone named in the singular: "ракету", "сбита ракета", "сбит беспилотник"
_ANOTHER = re.compile(r"another\b|one more\b", re.IGNORECASE)
# in the instrumental only a missile counts, and only beside a counted weapon (see below)
_INSTRUMENTAL_SINGULAR = ww.singular_forms(("uk", "ru"), (ww.NAME,), (ww.INS,), (ww.MISSILE,))
# the nominative and accusative of plain names, and the full name ("нейтрализовали беспилотный
# летательный аппарат"); a model's name alone is left out ("дрони типу шахед" names a type)
_UKRU_SINGULAR = (
    ww.singular_forms(("uk", "ru"), (ww.NAME, ww.FULL), (ww.NOM, ww.ACC)) + _INSTRUMENTAL_SINGULAR
)
_SINGULAR_UKRU = cue(rf"(?<!\w)({ww.alternation(_UKRU_SINGULAR)})(?![\w-])")
# "БПЛА" is written the same for one drone and for many: it is one only when its verb is in the
# singular ("БПЛА был сбит", "летевший к Москве БПЛА ликвидирован", "БпЛА був збитий")
_UKRU_SHORT = ww.singular_forms(("uk", "ru"), (ww.SHORT,), (ww.NOM,))
_SINGULAR_DOWNED = (
    r"(?:был\s+|був\s+)?(?:сбит|уничтожен|ликвидирован|перехвачен|подавлен|"
    r"нейтрализован|обезврежен|збитий|знищений|ліквідований|перехоплений|подавлений|"
    r"нейтралізований)(?!\w)"
)
_SHORT_SINGULAR_UKRU = cue(
    rf"(?<!\w)({ww.alternation(_UKRU_SHORT)})(?![\w-])"
    rf"(?=\s+(?:[\w'-]+\s+)?{_SINGULAR_DOWNED})"
)
# the same verb before the abbreviation: "обнаружен и уничтожен БПЛА самолетного типа"
_SHORT_UKRU = cue(rf"(?<!\w)({ww.alternation(_UKRU_SHORT)})(?![\w-])")
_SINGULAR_DOWNED_BEFORE = re.compile(
    rf"(?<!\w){_SINGULAR_DOWNED}\s+(?:[\w'-]+\s+)?$", re.IGNORECASE
)
# the owner named right after a weapon noun: "беспилотников ВСУ", "дронів ЗСУ", "of the
# Ukrainian armed forces"
_UKRAINIAN_AFTER = re.compile(
    r"\s+(?:(?:самол[её]тного типа|літакового типа)\s+)?(?:ВСУ|ЗСУ|ВС Украины|ВС України)(?![\w-])|"
    r"\s+of the (?:Ukrainian armed forces|Armed Forces of Ukraine)\b"
)
# a singular adjective right before "БПЛА" ("ворожий БПЛА", "украинский ударный БПЛА"): one drone
_SINGULAR_ADJECTIVE_BEFORE = re.compile(
    r"(?<!\w)[а-яіїєґё']+(?:ий|ый|ій|ой)\s+(?:[а-яіїєґё']+(?:ий|ый|ій|ой)\s+)?\Z", re.IGNORECASE
)


def _words_before(text: str, at: int, count: int) -> str:
    """Up to `count` words right before `at` (the adjectives of a noun)."""
    return " ".join(text[max(0, at - 60) : at].split()[-count:])


# "46 дронами та ракетою": after a counted weapon noun, "and" and at most one describing word
_COUNTED_THEN_AND = re.compile(r"\s+[\w'-]+\s+(?:та|і|й|и|and)\s+(?:[\w'-]+\s+)?", re.IGNORECASE)
# between a weapon in the instrumental singular and the counted weapon a list goes on with: no
# sentence break, and the list's comma or "and" right before the count
_LISTED_BEFORE_COUNT = re.compile(
    r"[^.;:!?]{0,120}?(?:,|\s(?:та|і|й|и))\s+(?:[\w'-]+\s+){0,3}", re.IGNORECASE
)
# "the missile" refers back to one counted before; "the rocket" may be an artillery round
_THE_NOUNS = ww.singular_forms(langs=("en",), sorts=(ww.NAME,))
_THE_SINGULAR = cue(rf"\bthe (?:[\w-]+ )?({ww.alternation(_THE_NOUNS)})\b(?!s)")
_UKRAINIAN_WEAPON = re.compile(r"ukrainian|українськ|украинск|всу", re.IGNORECASE)
_MONEY_PERCENT_AFTER = re.compile(
    r"^\s*(?:%|percent|per cent|відсот|процент|billion|million|trillion|bn\b|млрд|млн|трлн|"
    r"тис\.|тыс\.|dollars|euros|hryvnias?|rubles|roubles|гривень|рублей|доларів|долларов|"
    # (Ukrainian and Russian ordinal endings: _ORDINAL_SUFFIX)
    r"-?(?:(?:th|st|nd|rd)\b|річн|летн|year|years?-old|year-old|km|метр|meters|metres|"
    # a weight or a calibre: "a 100-kg bomb", "со 100-килограммовой авиабомбой", "155-mm"
    r"kg\b|kilo|pound|lbs?\b|tonn|tons?\b|mm\b|кг\b|кілогр|килогр|тонн|мм\b|міліметр|миллиметр))",
    re.IGNORECASE,
)
# a bare number after a verb of casualties counts people ("killed two and injured five",
# "поранено ще трьох"), never the weapon named before it
_CASUALTY_BEFORE = re.compile(
    r"(?<!\w)(?:kill(?:ed|ing|s)|injur(?:ed|ing|es)|wound(?:ed|ing|s)|hurt(?:ing)?|"
    r"поранен\w*|поранил\w*|поранив\w*|травмова\w*|травмирова\w*|загину\w*|загибл\w*|"
    r"погиб\w*|ранен\w*|ранил\w*|постраждал\w*|пострадал\w*)"
    r"(?:\s+(?:at least|another|more than|about|over|щонайменше|не менее|по меньшей мере|"
    r"ще|еще|ещё))?"
    r"\s+\Z",
    re.IGNORECASE,
)
_MONEY_BEFORE = re.compile(r"[$€£₴]\s*$|\bno\.\s*$|№\s*$", re.IGNORECASE)
_ADDITIVE_BEFORE = gated(
    r"(?:\banother|\ba further|\bfurther|\ban additional|\bще|\bещё|\bеще|\bщe)\s+$", re.IGNORECASE
)
_WHICH_DOWNED = re.compile(
    # "five missiles, one of which was destroyed": "of which" picks a part, not the whole
    r"[^.;\d]{0,40}?,?\s*(?<!\bof )(?:which|that|both of which|all of which|яку|яка|які|которая|"
    r"которые|которую)\s+(?:was|were|було|були|була|была|были|было)\s+(?:later\s+|also\s+|"
    r"successfully\s+|all\s+|усі\s+|всі\s+|все\s+)?"
    r"(?:destroyed|shot down|intercepted|downed|збит\w*|знищен\w*|сбит\w*|"
    r"уничтожен\w*|перехоплен\w*|перехвачен\w*)",
    re.IGNORECASE,
)
_MORE_AFTER = re.compile(r"\s+more\b(?!\s+than)", re.IGNORECASE)
_EACH_BEFORE = gated(r"(?:\bпо)\s+$", re.IGNORECASE)


_MODEL_OR = frozenset({"or", "або", "чи", "или"})
_CAPITAL_NEXT = re.compile(r"\s+[\"'«]?[A-ZА-ЯІЇЄҐ]")


# the case ending Ukrainian and Russian copy writes after digits: "52-ма", "10-ти", "3-х"
_CASE_SUFFIX = re.compile(
    r"-(?:ма|ми|ти|ох|ех|х|м|ю|ью|ьма|ьох|ста|сот|го|ого|му|ому)(?![\w-])", re.IGNORECASE
)


# asked up to four times for each number of a sentence (its class, what follows its noun
# phrase: "which were downed", "each", a verb of not reaching): the same answer each time
@functools.lru_cache(maxsize=4096)
def _noun_class(text: str, end: int) -> tuple[str | None, bool, int]:
    """Class of the noun a number counts, whether the words mark the weapon Ukrainian, and how
    far the noun phrase runs (read only: cached)."""
    suffix = _CASE_SUFFIX.match(text, end)
    if suffix:
        end = suffix.end()  # "52-ма ударними БпЛА", "10-ти ракет": the case ending of digits
    window = text[end : end + 90]
    ukrainian = False
    naval = False
    seen = 0
    model_before = False
    for m in _WORD_RE.finditer(window):
        tok = m.group(0).lower().strip("'\"")
        if tok.endswith("'s") and len(tok) > 3:
            tok = tok[:-2] + "s"  # "two UAV's": a plural written with an apostrophe
        if not tok or tok in {'"', "'", "«", "»", "“", "”", "-"}:
            continue
        if tok == "/" or (tok[0].isdigit() and window[m.start() - 1 : m.start()] == "/"):
            continue  # "Shahed-136/131": one model name with two numbers
        if tok in _STOP_PUNCT or tok[0].isdigit():
            return None, ukrainian, end
        kind = _token_kind(tok)
        if kind.ukrainian:
            ukrainian = True
        elif kind.naval:
            naval = True
        elif m.group(0)[:1].isupper() and seen < 3 and not (kind.weapon or kind.total):
            seen += 1  # a proper name or model before the noun: "Iskander-M", "Neptune-MD"
            model_before = True
            continue
        if model_before and tok in _MODEL_OR and _CAPITAL_NEXT.match(window, m.end()):
            continue  # "KN-23 or Iskander-M missiles": two names for one model
        model_before = False
        if kind.weapon and kind.attack_kind and _ATTACK_NOUN_AFTER.match(text, end + m.end()):
            # "one of the largest drone attacks", "12 ракетних ударів": the number counts
            # attacks, and the weapon word (singular, or an adjective) only says what kind
            return None, ukrainian, end
        if naval and kind.drone:
            return None, ukrainian, end  # "two naval drones": boats, not air-defence drones
        if kind.weapon:
            both = _BOTH_CLASSES.match(text, end + m.end())
            other = both.group(1).lower() if both else ""
            if (
                (_DRONE_TOK.match(other) or _MISSILE_TOK.match(other))
                and kind.drone != bool(_DRONE_TOK.match(other))
                # "46 дронами та ракетою": a noun in the singular is one more weapon, not
                # counted by the number before it
                and other not in _SINGULAR_WEAPON
            ):
                # "79 drones and missiles": one count for both weapon classes together
                return TOTAL, ukrainian, both.end()
        if kind.drone:
            return DRONES, ukrainian, end + m.end()
        if kind.missile:
            # "cruise" and "ballistic" alone can qualify drones too, but never in our copy
            return MISSILES, ukrainian, end + m.end()
        if kind.total:
            return TOTAL, ukrainian, end + m.end()
        if kind.launches:
            return "launches", ukrainian, end + m.end()
        if kind.event and not tok.isascii():
            # "три масовані удари ракетами": the number counts strikes or
            # waves, and the weapon named after them only says what they used (English
            # plurals such as "attacks" already end the phrase below)
            return None, ukrainian, end
        seen += 1
        if seen > 5:
            return None, ukrainian, end
        if not kind.skip and not (kind.describes and _weapon_next(window, m.end())):
            return None, ukrainian, end
    return None, ukrainian, end


class _Kind(NamedTuple):
    """What one lower-cased word is to _noun_class, worked out once per word form: the same
    few words ("drones", "missiles", "attack", "the") come back in every sentence."""

    ukrainian: bool  # marks the weapon Ukrainian
    naval: bool  # a naval word ("naval drones" are boats)
    drone: bool
    missile: bool
    weapon: bool  # a drone or missile word
    attack_kind: bool  # a weapon word that only says what kind of attack follows it
    total: bool  # "means", "targets": drones and missiles together
    launches: bool
    event: bool  # an event noun ("удари", "waves")
    skip: bool  # a word a noun phrase may hold before its noun
    describes: bool  # a plain English word of four letters or more (a describing word)


@functools.lru_cache(maxsize=8192)
def _token_kind(tok: str) -> _Kind:
    drone = _DRONE_TOK.match(tok) is not None
    missile = _MISSILE_TOK.match(tok) is not None
    weapon = drone or missile
    forms = lemmas.lemmas(tok)
    event = bool(forms & _EVENT_NOUNS)
    return _Kind(
        ukrainian=_UKRAINIAN_WEAPON.match(tok) is not None,
        naval=bool(forms & _NAVAL_WORDS),
        drone=drone,
        missile=missile,
        weapon=weapon,
        attack_kind=weapon
        and bool(not tok.endswith("s") if tok.isascii() else _WEAPON_ADJECTIVE.search(tok)),
        total=_TOTAL_TOK.match(tok) is not None,
        launches=_LAUNCHES_TOK.match(tok) is not None,
        event=event,
        skip=_SKIP_TOK.match(tok) is not None,
        describes=(
            tok.isascii() and tok.isalpha() and len(tok) > 3 and tok not in _MONTHS and not event
        ),
    )


_EVENT_NOUNS = lemmas_of("event_noun")
_NAVAL_WORDS = lemmas_of("naval_word")
_ORDINAL_WORDS = lemmas_of("ordinal_word")
_WEAPON_AGENT_VERBS = lemmas_of("weapon_agent_verb")
_WORD_AT = re.compile(r"[^\W\d_]+")
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _counts_events(text: str, end: int) -> bool:
    """Whether the word right after a number is a noun of events (a hit, a strike, a wave) in
    Ukrainian or Russian: "16 влучань", "5 попаданий" count hits, never the weapons named next."""
    suffix = _CASE_SUFFIX.match(text, end)
    m = _NEXT_WORD.match(text, suffix.end() if suffix else end)
    return bool(m and not m.group(1).isascii() and lemmas.lemmas(m.group(1).lower()) & _EVENT_NOUNS)


# what may stand between a weapon and the verb it is the subject of: no clause break
_SAME_CLAUSE = re.compile(r"[^,;:.()\"«»“”—–]*")


def _one_weapon_acts(text: str, fig: Figure) -> bool:
    """Whether one weapon is the subject of a verb of attacking ("a drone attacked a car",
    "беспилотник атаковал автомобиль"): the hit it made, not a count of what was launched."""
    if fig.value != 1 or fig.role != LAUNCHED or fig.cue_at < 0:
        return False
    end = fig.end if fig.end >= 0 else fig.start
    if fig.cue_at < end or not _SAME_CLAUSE.fullmatch(text, end, fig.cue_at):
        return False
    # the cue's words: "атаковал", "нанес удар"
    low = lower_same(text)
    cue_words = LAUNCH_CUE.regex.match(low, fig.cue_at) or _WORD_AT.match(low, fig.cue_at)
    return any(
        lemmas.lemmas(w.lower()) & _WEAPON_AGENT_VERBS
        for w in _WORD_AT.findall(cue_words.group(0) if cue_words else "")
    )


_WORD_BEFORE = re.compile(r"([\w'-]+)\s+\Z")
_DOWNING_OF_ONE_HINT = re.compile(r"уничтожени|ликвидаци|знищенн|ліквідаці|збитт")
_DOWNING_OF_ONE = re.compile(
    r"(?<!\w)(?:уничтожени[еия]|ликвидаци[еия]|знищенн[яюі]|ліквідаці[їяю]|збитт[яюі])\s+"
    r"(?:[а-яіїєґё'-]+(?:ого|его|ої)\s+){0,2}"
    r"(дрона|беспилотника|безпілотника|ракеты|ракети)(?![\w-])",
    re.IGNORECASE,
)
_FPV_BEFORE = re.compile(r"(?<!\w)fpv[\s-]\Z", re.IGNORECASE)
# English month names ("may" left out: the modal verb)
_MONTHS = frozenset(cw.month_forms(cw.EN)) - {"may"}


# a count stated with a copula: "the number of drones downed overnight stood at 56", "the
# total of missiles launched was 40", "кількість збитих дронів — 56", "число сбитых ... составило"
_COUNT_STATED = re.compile(
    r"\b(?:number|count|total)\s+of\s+(?:(?P<r1>downed|shot-down|destroyed|intercepted|launched)\s+)?"
    r"(?P<n1>drones|uavs|missiles|shaheds)\s+(?:(?P<r2>downed|shot down|destroyed|intercepted|"
    r"neutrali[sz]ed|launched|fired)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:stood at|was|reached|rose to|came to|totall?ed|amounted to)\s+\Z|"
    r"(?<!\w)(?:кількість|число|количество)\s+(?P<r3>збитих|знищених|сбитых|уничтоженных|"
    r"запущених|запущенных|випущених|выпущенных)\s+(?:[\w-]+\s+)?(?P<n2>дронів|дронов|"
    r"безпілотників|беспилотников|ракет|бпла|шахедів|шахедов)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:сягнула|сягає|становить|становила|склала|складає|составило|составляет|достигло|"
    r"[—–-])\s*\Z",
    re.IGNORECASE,
)
_DOWN_WORD = re.compile(r"down|shot|destroy|intercept|neutrali|збит|знищ|сбит|уничтож", re.I)
_OF_CLASS_LEAD = re.compile(
    r"(?:^|[.;]\s*)(?:of|out of|з|із|зі|из)\s+(?:the\s+|усіх\s+|всех\s+)?([\w-]+),?\s+\Z",
    re.IGNORECASE,
)
_OF_START = re.compile(
    r"\s*(?:out\s+of|of|з|із|зі|из)\s+(?:the\s+|those\s+|these\s+)?", re.IGNORECASE
)
# words that describe a weapon after "of": "attacking", "launched", "атаковавших", "запущених"
_DESCRIBING = re.compile(
    r"^(?:[a-z]+(?:ing|ed)|[а-яіїєґё'-]+(?:вших|ших|щих|них|ных|тих|тых|их|ых|іх))$"
)


def _weapon_after_of(text: str, end: int) -> str | None:
    """The weapon class after "of" and up to three describing words ("61 of the attacking
    drones", "61 из атаковавших страну дронов"); a Cyrillic participle may take one object."""
    m = _OF_START.match(text, end)
    if m is None:
        return None
    free = 0  # words allowed that describe nothing: a participle's object
    for i, w in enumerate(_WORD_RE.finditer(text, m.end())):
        tok = w.group(0).lower()
        if _DRONE_TOK.match(tok) or _MISSILE_TOK.match(tok):
            return DRONES if _DRONE_TOK.match(tok) else MISSILES
        if i >= 3 or tok in _STOP_PUNCT or tok[0].isdigit():
            return None
        if _SKIP_TOK.match(tok) or _DESCRIBING.match(tok):
            free = 1 if _CYRILLIC_PARTICIPLE.match(tok) else 0
            continue
        if free:
            free = 0
            continue
        return None
    return None


_CYRILLIC_PARTICIPLE = re.compile(r"^[а-яіїєґё'-]+(?:вших|ших|щих)$")


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
    # "169 drones used as decoys", "дрони, що застосовуються як приманки": the verb says what
    # the weapons were for, not that they were sent
    found = [c for c in found if not (c[2] == LAUNCHED and _AS_ROLE.match(text, c[1]))]
    taken = {start for start, _, _ in found}
    for concept, role in (("down_verb", DOWNED), ("launch_verb", LAUNCHED)):
        for t in lemmas.find(text, concept):
            if t.start in taken or (t.start > 0 and text[t.start - 1] == "-"):
                continue
            if len(t.lemmas) == 1 and t.low.isascii():
                continue  # an English base form may be a noun ("a fire", "the use of")
            if role == LAUNCHED and _AS_ROLE.match(text, t.end):
                continue
            found.append((t.start, t.end, role))
    # "detected and destroyed 121 drones", "виявлено та збито": the downing verb governs both
    downs = [(start, end) for start, end, role in found if role == DOWNED]
    # "repelled an attack by 20 drones", "отражена атака шести беспилотников": the attack is
    # the downing verb's object, and its count is what was downed
    # "were not intercepted", "не вдалося збити", "failed to shoot down": a downing denied,
    # what it counts reached its target
    found = [
        (c[0], c[1], HIT)
        if c[2] == DOWNED and _NEGATED_BEFORE.search(text, max(0, c[0] - 30), c[0])
        else c
        for c in found
    ]
    found = [
        c
        for c in found
        if not (
            c[2] == LAUNCHED
            and _ATTACK_NOUN.match(text, c[0])
            and any(_OBJECT_BETWEEN.fullmatch(text, end, c[0]) for _, end in downs)
        )
    ]
    return tuple(
        c
        for c in found
        if not (
            c[2] == LAUNCHED
            and any(_AND_BETWEEN.fullmatch(text, c[1], start) for start, _ in downs)
        )
        # "shot down or jammed 70", "збито/подавлено": one figure that counts both, a downing
        and not (c[2] == LOST and any(_OR_BETWEEN.fullmatch(text, end, c[0]) for _, end in downs))
        # "with air defences intercepting 70% of the attacks": the verb's object is a share,
        # and it governs no count named before it
        and not (c[2] in (DOWNED, LAUNCHED) and _SHARE_OBJECT.match(text, c[1]))
    )


_SHARE_OBJECT = re.compile(
    r"\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|понад\s+|близько\s+|майже\s+|"
    r"около\s+|почти\s+)?\d+(?:[.,]\d+)?\s*(?:%|percent\b|per cent\b|відсот\w*|процент\w*)",
    re.IGNORECASE,
)


_ATTACK_NOUN = re.compile(r"attack\b|атак[аиуою]\b", re.IGNORECASE)
_AS_ROLE = re.compile(r"\s+(?:as|як|в качестве|в ролі|в роли)(?!\w)", re.IGNORECASE)
_NEGATED_BEFORE = re.compile(
    r"(?:\bnot|n't|\bnever|\bfailed to|\bunable to|\bneither\s+(?:was|were)|"
    r"(?<!\w)(?:не|ні)\s+(?:(?:вдалося|вдалось|удалось|удалося|змогли|смогли|зміг|смог|було|"
    r"были|був|була|були|был|была|было)\s+)?)\s*(?:be\s+|been\s+)?\Z",
    re.IGNORECASE,
)
_OBJECT_BETWEEN = re.compile(r"\s+(?:(?:an|the|a|another|one more|ще одну|еще одна)\s+)?",
                             re.IGNORECASE)  # fmt: skip
_OR_BETWEEN = re.compile(r"\s*(?:/|(?:,\s*)?(?:or|and|або|чи|или|і|й|та|и)\s+)\s*", re.IGNORECASE)
_AND_BETWEEN = re.compile(r"\s*(?:,\s*)?(?:and|і|й|та|и)\s+(?:then\s+|later\s+)?", re.IGNORECASE)


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
    # "missiles that were intercepted": a relative clause, not the number's own verb
    r"(?:\s+(?!(?:and|or|but|which|that)\b)[^\W\d_][\w-]*){0,3}?"
    # "drones launched by Russian forces were destroyed": a participle phrase describes them
    r"(?:\s+(?:launched|released|fired|sent|used)\s+(?:by|from)"
    r"(?:\s+(?!(?:were|was|and|or)\b)[^\W\d_][\w-]*){1,3}?)?\s+"
    r"(?:were|was|have been|had been|are|is|got)"
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


# a launch participle with its agent, describing a noun: "launched by Russia", "fired from"
_DESCRIBES_AFTER = re.compile(
    r"(?:launched|released|fired|sent|used)\s+(?:by|from)\b", re.IGNORECASE
)
# a relative clause up to its verb: "drones that Russia launched", "дронів, які ворог запустив"
_RELATIVE_UP_TO = re.compile(
    r"(?:\bthat|\bwhich|(?<!\w)які|(?<!\w)которые)\s+(?:[\w'-]+\s+){0,2}(?:had\s+)?$",
    re.IGNORECASE,
)
# from a count's noun to a relative clause's verb: "drone that tried to", "дрон, який атакував"
_SUBJECT_RELATIVE = re.compile(
    r"[^,.;:\d]{0,40}?,?\s*(?:that|which|що|який|яка|які|котор\w+)\s+(?:[\w'-]+\s+){0,2}",
    re.IGNORECASE,
)
# a launch participle used as an adjective before its noun: "спрямований", "выпущенный"
_LAUNCH_ADJECTIVE = re.compile(
    r"[а-яіїєґё']+(?:ний|ный|на|ная|ну|ную|ного|ої|ой|вший|вшийся|вшая|вшаяся)(?![\w-])",
    re.IGNORECASE,
)
# a verb of detection: what radars saw, or where a single drone was spotted or found
_DETECT = re.compile(r"detect\w*|spotted|виявл\w*|виявив\w*|обнаруж\w*", re.IGNORECASE)
_BE_BEFORE = re.compile(r"\b(?:were|was|been|are|is|be)\s+$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.!?]|\s(?:and|і|й|та|и|а)\s|\s[—–]\s", re.IGNORECASE)
_PLACE_PREPOSITION = re.compile(r"(?<!\w)(?:over|above|in|near|над|у|в|на|під|под|біля|около)\s",
                                 re.IGNORECASE)  # fmt: skip
_CLAUSE_BREAK = re.compile(r"[,;:.!?]|\s[—–]\s")
_PLACE_DASH_BEFORE = re.compile(
    r"[,;]\s*(?:(?:and|і|й|та|и|а)\s+)?(?:over|above|in|над|у|в|на)\s+[^\d,;.:]{1,60}?\s[—–-]\s*"
    r"(?:(?:ще|ещё|еще|another)\s+)?$",
    re.IGNORECASE,
)
_EACH_AFTER = re.compile(r"\s+each\b", re.IGNORECASE)
_JOINED_PLACES = re.compile(
    r"(?<!\w)(?:over|above|in|над|у|в)\s+((?:[\w'-]+(?:,\s*|\s+(?:and|та|і|й|и)\s+))+[\w'-]+)\s+"
    r"(?:regions|districts|районах|районами|областях|областями|регіонах|регіонами|регионах|"
    r"регионами|громадах|громадами)(?!\w)",
    re.IGNORECASE,
)
_JOIN_SPLIT = re.compile(r",\s*|\s+(?:and|та|і|й|и)\s+", re.IGNORECASE)
_EACH_PLACE = re.compile(r"(?<!\w)(?:over|above|in|над|у|в)\s", re.IGNORECASE)
# a new place phrase after a comma belongs to the next count: ", над Нижегородской — пять"
_NEXT_PLACE = re.compile(
    r"[,;]\s*(?:(?:and|а також|а также|і|и|та)\s+)?(?:over|above|in|над|у|в)\s", re.IGNORECASE
)


def _places_of(text: str, n: Num, numbers: list[Num], each: bool) -> tuple[str, ...]:
    """The places a count is tied to ("12 drones over the Kursk region", "над Курской — 5",
    "по 11 над Белгородской и Воронежской"): its own clause, up to the next count's."""
    nxt = min((m.start for m in numbers if m.start >= n.end), default=len(text))
    after = text[n.end : nxt]
    if nxt < len(text):
        new_place = _NEXT_PLACE.search(after)
        after = after[: new_place.start()] if new_place else _LIST_JOINT.sub("", after)
    # "over Kyiv, Sumy and Chernihiv regions" is one list; ", several hundred kilometres
    # south of Moscow" or ", which borders" is another clause
    for comma in re.finditer(r"[,;:(]", after):
        if not find_places(after[comma.end() : comma.end() + 20]):
            after = after[: comma.start()]
            break
    prev = max((m.end for m in numbers if m.end <= n.start), default=0)
    # "над Нижегородской — пять": the dash stands for the verb, the place is this count's
    before = re.sub(r"\s[—–]\s*(?:по\s+)?$", " ", text[prev : n.start])
    # "по 11 над Белгородской и Воронежской": for "each" an "and" joins its own places
    cut = [m.end() for m in (_CLAUSE_BREAK if each else _CLAUSE_END).finditer(before)]
    if cut:
        before = before[cut[-1] :]
    # a place before the count only with a preposition: "над Курской — 5", not "Moscow Mayor"
    over = [m.start() for m in _PLACE_PREPOSITION.finditer(before)]
    before = before[over[0] :] if over else ""
    return tuple(dict.fromkeys(find_places(before) + find_places(after)))


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


# between a count and its verb, what makes the verb passive or ends the clause: "12 drones
# were destroyed", "12 drones, the ministry said, destroyed ..."
_PASSIVE_OR_BREAK = re.compile(r"\b(?:were|was|been|be|being|is|are|had|have|has)\b|[,;:—–(]",
                               re.IGNORECASE)  # fmt: skip
# an object right after an English verb: "destroyed a Patriot system", "downed the power line"
_OBJECT_AFTER = re.compile(
    r"[a-z]+(?:\s+down)?\s+(?:a|an|the|its|their|his|her|our|another|several|some)\s+"
    r"(?!(?:air force|ministry|military|governor|mayor|head|spokes\w+)\b)",
    re.IGNORECASE,
)


def _weapon_is_agent(text: str, num_end: int, cue_at: int) -> bool:
    """Whether the weapons a count names do the destroying ("one of them destroyed a Patriot
    system"): an English active verb after the count, with an object of its own."""
    if cue_at < num_end or not text[cue_at : cue_at + 1].isascii():
        return False
    if _PASSIVE_OR_BREAK.search(text, num_end, cue_at):
        return False
    return bool(_OBJECT_AFTER.match(text, cue_at))


def _clause_role(text: str, start: int, end: int, numbers: list[Num]) -> str | None:
    """The role of a reference ("all of them", "the missile") from a cue in its own clause: a
    downing verb across a semicolon ("44 drones were shot down; the missile did not reach its
    target") says nothing of it."""
    found = _role_and_distance(text, start, end, numbers)
    if found is None:
        return None
    lo, hi = sorted((found[2], start))
    return None if ";" in text[lo:hi] else found[1]


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
    prev_num_end = max((n.end for n in numbers if n.end <= start), default=0)
    next_num_start = min((n.start for n in numbers if n.start >= end), default=len(text))
    return _role_between(text, start, end, prev_num_end, next_num_start, before_only)


# A figure's role is asked up to four times (its role, how sure, what governs it, a reference
# to it), each time with the same answer: the other numbers matter only as the nearest before
# and after, so the answer is kept per sentence and place.
@functools.lru_cache(maxsize=4096)
def _role_between(
    text: str, start: int, end: int, prev_num_end: int, next_num_start: int, before_only: bool
) -> tuple[int, str, int] | None:
    """_role_and_distance's work, given the end of the number before and the start of the one
    after (read only: cached)."""
    best: tuple[int, str, int] | None = None
    noun_end = -1  # where the number's noun phrase ends, worked out only when needed
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
            if c_start - end > 140 or ";" in text[end:c_start]:
                continue
            passive = _PASSIVE_BETWEEN.fullmatch(text, end, c_start) is not None
            if not passive and c_start - end > 12:
                # "nine Shahed-type strike drones sent by the enemy overnight were destroyed":
                # the subject's noun phrase, then the verb
                if noun_end < 0:
                    noun_end = max(end, _noun_class(text, end)[2])
                passive = _PASSIVE_BETWEEN.fullmatch(text, noun_end, c_start) is not None
            if c_start - end > 70 and not passive:
                continue
            if (
                role == LAUNCHED
                and _DESCRIBES_AFTER.match(text, c_start)
                and not _BE_BEFORE.search(text[max(0, c_start - 12) : c_start])
                and any(
                    r == DOWNED and c_end < s2 <= c_end + 60 and ";" not in text[c_end:s2]
                    for s2, _, r in _cues(text)
                )
            ):
                continue  # "seven drones launched by Russia shot down": the participle describes
            if (
                role == LAUNCHED
                and _RELATIVE_UP_TO.search(text, end, c_start)
                and any(r == DOWNED and e2 <= start for _, e2, r in _cues(text))
            ):
                continue  # "shot down ... 15 drones that Russia launched": the clause describes
            if (
                role == LAUNCHED
                and _SUBJECT_RELATIVE.fullmatch(text, end, c_start)
                and any(
                    r == DOWNED and s2 >= c_end and not _CLAUSE_STOP_AFTER.search(text, c_end, s2)
                    for s2, _, r in _cues(text)
                )
            ):
                # "another drone that tried to attack Moscow was shot down": the relative
                # clause describes the subject; the verb after it is the count's own
                continue
            dist = c_start - end + 4  # a cue after the number binds a little less tightly
            if passive:
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
    "з них", "із них", "из них", "down", "destroy", "intercept", "збит", "сбит",
    "знищ", "уничтож", "lost", "both", "імітатор", "имитатор", "decoy", "локац", "radar",
    "jamming", "радар", "реб", "рэб", "imitator", "засіб", "loitering", "баражуюч", "барражирующ",
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
    return [_copied(f) for f in figures], current_cls


def _copied(figure: Figure) -> Figure:
    """A shallow copy of a figure, as copy.copy makes it (a new object with the same attribute
    dict), without copy's generic protocol look-ups: some ten figures an article are copied."""
    new = object.__new__(Figure)
    new.__dict__.update(figure.__dict__)
    return new


@functools.lru_cache(maxsize=1024)
def _figures_once(text: str, last_cls: str | None) -> tuple[tuple[Figure, ...], str | None]:
    """sentence_figures' work, done once per sentence: the strikes stage reads a sentence up to
    three times (per-type lists, the main pass, a headline's claimant)."""
    numbers = _propagate_approx(text, [n for n in find_numbers(text) if not _skip_number(text, n)])
    numbers = _without_asides(text, numbers)
    named = None
    if last_cls and last_cls.startswith(_NAMED):
        named, last_cls = last_cls[len(_NAMED) :], None
    figures: list[Figure] = []
    used: set[int] = set()
    pair_cls: str | None = None
    classes: dict[int, str | None] = {}
    contextual: set[int] = set()  # classes read from a weapon named elsewhere: less sure
    for n in numbers:
        cls, ukr, noun_end = _noun_class(text, n.end)
        # "12 беспилотников ВСУ", "два дрона ВСУ": the army named after the noun owns them
        ukr = ukr or bool(cls in (DRONES, MISSILES) and _UKRAINIAN_AFTER.match(text, noun_end))
        classes[n.start] = cls
        classes[-n.start - 1] = "ukr" if ukr else ""
    # "X of Y" / "X out of Y" / "X із Y": X takes Y's class; X is downed, Y launched.
    for a, b in itertools.pairwise(numbers):
        # "42 drones out of 48 launched": the noun sits after the first number instead
        noun_first = (
            (
                classes.get(a.start) in (DRONES, MISSILES, TOTAL)
                and classes.get(b.start) is None
                and _NOUN_OUT_OF.match(text, a.end, b.start) is not None
                # "67 БпЛА з 4 напрямків", "from 3 regions": the second number counts something else
                and not _OTHER_NOUN_AFTER.match(text, b.end)
            )
            or (
                # "63 drones were shot down ..., out of 75 launched", "97 дронів зі 120, запущених":
                # a bare number after "out of", with a launch participle, is the whole that came
                classes.get(a.start) in (DRONES, MISSILES, TOTAL)
                and classes.get(b.start) is None
                and _OUT_OF_BARE.search(text, a.end, b.start) is not None
                and _LAUNCH_PARTICIPLE_AFTER.match(text, b.end) is not None
                and "." not in text[a.end : b.start]
            )
        )
        if noun_first:
            classes[b.start] = classes[a.start]
        elif (
            classes.get(a.start) is None
            and classes.get(b.start) is None
            and _OF.match(text[a.end : b.start])
            and _BARE_FOLLOW.match(text[b.end : b.end + 40])
        ):
            # "The drones were Shahed models, and 27 of 35 were shot down": the weapon the
            # sentence (or the one before) named is what both numbers count
            context = _named_class(text[: a.start]) or last_cls or named
            if context in (DRONES, MISSILES):
                classes[b.start] = context
                contextual.add(b.start)
        role_a = None
        if _FROM.match(text[a.end : b.start]):
            # "downed 35 from 44 launched": "from" pairs only after a downing verb ("rose to
            # 80 from 60 drones" compares two nights)
            role_a = _nearest_role(text, a.start, a.end, numbers)
            if role_a != DOWNED:
                continue
        if (_OF.match(text[a.end : b.start]) or noun_first or role_a) and classes.get(b.start):
            cls = classes[b.start]
            if cls == "launches":
                cls = last_cls
            if cls is None:
                continue
            role_a = role_a or _nearest_role(text, a.start, a.end, numbers)
            if role_a in (None, LAUNCHED):
                role_a = DOWNED
            hint = "ukraine" if classes.get(-b.start - 1) else ""
            value_a = None if a.approx else a.value
            value_b = None if b.approx else b.value
            conf_pair = 0.8 if b.start in contextual else 0.9
            figures.append(Figure(cls, role_a, value_a, a.start, "", hint, a.end, conf_pair))
            figures.append(Figure(cls, LAUNCHED, value_b, b.start, "", hint, b.end, conf_pair))
            figures[-2].approx_value = a.value if a.approx else None
            figures[-1].approx_value = b.value if b.approx else None
            used.update({a.start, b.start})
            pair_cls = cls
    current_cls = pair_cls or last_cls
    out_of_run = False
    unplaced: list[tuple[Num, str, str]] = []  # weapon counts no verb governs
    for n in numbers:
        if n.start in used:
            continue
        cls = classes.get(n.start)
        hint = "ukraine" if classes.get(-n.start - 1) else ""
        after = text[n.end : n.end + 40]
        conf = 0.9
        stated_role = None
        if cls is None:
            if _counts_events(text, n.end):
                continue  # "5 попаданий дронов", "три удари": hits or strikes, not weapons
            if _CASUALTY_BEFORE.search(text, max(0, n.start - 40), n.start):
                continue  # "killed one person and injured five": people, not weapons
            m = _OF_NOUN.match(after)
            conf = 0.85
            if m:
                cls, ukr, _ = _noun_class(text, n.end + m.end() - 1)
                hint = "ukraine" if ukr else hint
                cls = cls or _weapon_after_of(text, n.end)  # "of the attacking drones"
            elif (lead := _OF_CLASS_LEAD.search(text, 0, n.start)) and _noun_class(
                " " + lead.group(1), 0
            )[0] in (DRONES, MISSILES):
                # "Of the drones, 48 were downed", "З ракет 10 збито": the clause names the
                # whole the count is taken from
                cls, conf = _noun_class(" " + lead.group(1), 0)[0], 0.8
            elif (counted := _COUNT_STATED.search(text, max(0, n.start - 120), n.start)) and (
                word := counted.group("r1") or counted.group("r2") or counted.group("r3")
            ):
                # "the number of drones downed stood at 56", "кількість збитих дронів — 56":
                # the weapon and its role are named before the copula
                cls = _noun_class(" " + (counted.group("n1") or counted.group("n2")), 0)[0]
                stated_role = DOWNED if _DOWN_WORD.search(word) else LAUNCHED
                conf = 0.8
            elif described := _weapon_after_of(text, n.end):
                # "61 of the attacking drones", "61 из атаковавших страну дронов": the weapon
                # after "of" and the words that describe it
                if n.value == 1:
                    continue  # "один из сбитых дронов", "one of the downed drones": a pick
                cls = described
            elif (
                current_cls is None
                and named
                and (
                    _OF_THEM.match(after)
                    or _OF_THEM_BEFORE.search(text[max(0, n.start - 20) : n.start])
                )
            ):
                cls, conf = named, 0.8  # "Of these, 52 were shot down": the weapon named before
            elif head := _relative_head_class(text, n.start):
                # "the missiles, of which it downed three, ... the drones, of which 14 were
                # downed": the count takes the weapon the relative clause hangs on
                cls, conf = head, 0.8
            elif (
                _OF_THEM.match(after)
                or (_BARE_FOLLOW.match(after) and current_cls)
                or (_TOTAL_AFTER.match(after) and current_cls)  # "... and 14 in total"
                or (current_cls and _verb_just_before(text, n.start))
                # "..., над Курською - 9": a place and a dash stand for "and over X, N more"
                or (current_cls and _PLACE_DASH_BEFORE.search(text[max(0, n.start - 70) : n.start]))
                or _OF_THEM_BEFORE.search(text[max(0, n.start - 20) : n.start])
            ):
                cls = current_cls  # the weapon named before: a little less sure
                conf = 0.8
        if cls == "launches":
            cls = current_cls
            role = LAUNCHED
        elif stated_role is not None:
            role = stated_role
        else:
            role = _nearest_role(text, n.start, n.end, numbers)
        if role == LAUNCHED and n.value == 1:
            found = _role_and_distance(text, n.start, n.end, numbers)
            if (
                found
                and found[1] == LAUNCHED
                and found[2] >= n.end
                and _DETECT.match(text, found[2])
            ):
                continue  # "one drone was detected in the Kaluga region": seen, not a count sent
        if (
            role is None
            and cls in (DRONES, MISSILES, TOTAL)
            and _OF_LEAD.search(text[max(0, n.start - 30) : n.start])
            and any(r == DOWNED and c >= n.end for c, _, r in _cues(text))
        ):
            role, conf = LAUNCHED, min(conf, 0.8)  # "Of 60 attack drones, 50 were shot down"
            whole_of = True
        else:
            whole_of = False
        listed_after = None
        if role is None and cls in (DRONES, MISSILES, TOTAL) and figures:
            # "8 over Belgorod, 4 over Kursk, ... one more over Moscow", "two missiles ..., as
            # well as 20 drones": far from the verb, a list item takes the verb of the one before
            last = figures[-1]
            joint = text[last.end if last.end >= 0 else last.start : n.start]
            joined = _LIST_JOINT if last.cls == cls else _COORDINATED_JOINT
            if not _has_count(joint) and joined.search(_PLACE_PHRASE_END.sub("", joint)):
                role, listed_after = last.role, last
        if role == DOWNED and cls in (DRONES, MISSILES, TOTAL) and figures:
            # "shot down 55 drones and 4 missiles out of 60 drones and 9 missiles": the counts
            # after "out of" are what came, and so is the next one listed with them
            last = figures[-1]
            joint = text[last.end if last.end >= 0 else last.start : n.start]
            if last.role == DOWNED and _OUT_OF_END.search(joint) and not _has_count(joint):
                role, out_of_run = LAUNCHED, True
            elif (
                out_of_run
                and last.role == LAUNCHED
                and not _has_count(joint)
                and _COORDINATED_JOINT.search(joint)
                and not any(last.end <= c[0] < n.start for c in _cues(text))
            ):
                role = LAUNCHED
            else:
                out_of_run = False
        if role == DOWNED and _NOT_REACHED_AFTER.match(text, _noun_class(text, n.end)[2]):
            role = None  # "збили 64 БпЛА, а 22 - не досягли цілей": 31 missed, not downed
        if cls is None or role is None or role == HIT:
            if cls in (DRONES, MISSILES, TOTAL):
                current_cls = cls
                if role is None and not n.approx:
                    unplaced.append((n, cls, hint))
            continue
        current_cls = cls
        additive = role != LOST and bool(
            _ADDITIVE_BEFORE.search(text[max(0, n.start - 15) : n.start])
            or _MORE_AFTER.match(text, n.end)
        )
        if (
            role == DOWNED
            and cls in (DRONES, MISSILES, TOTAL)
            and _WHICH_DOWNED.match(text, _noun_class(text, n.end)[2])
            and not _OF_AFTER.match(text, n.end)  # "10 missiles, six of which were downed"
            and _nearest_role(text, n.start, n.end, numbers, before_only=True) == LAUNCHED
        ):
            # "the attack included eight drones and three missiles which were shot down": the
            # launch verb counts them, the relative clause adds that they were downed
            role = LAUNCHED
        if role == DOWNED and _OF_LEAD.search(text[max(0, n.start - 30) : n.start]):
            role = LAUNCHED  # "Из 52 запущенных беспилотников сбиты 40": 52 is what came
        if role == DOWNED and _SHARE_OF_BEFORE.search(text[max(0, n.start - 40) : n.start]):
            # "all but one of the 20 drones", "most of the 50", "більшість із 60": the number
            # counts the whole that came; the share downed is not written as a number
            role, conf = LAUNCHED, min(conf, 0.8)
        each = bool(_EACH_BEFORE.search(text[max(0, n.start - 4) : n.start]))
        # "one drone each over Oryol region, near the border, and over Tula region"
        each_after = not each and bool(_EACH_AFTER.match(text, _noun_class(text, n.end)[2]))
        if _hypothetical(text, n, numbers):
            continue  # "could launch 1,000 drones a night by autumn": no attack has happened
        value = None if n.approx else n.value
        ref = "all" if _ALL_N.search(text[max(0, n.start - 10) : n.start]) else ""
        if ref and _nearest_role(text, n.start, n.end, numbers, before_only=True) == DOWNED:
            role = DOWNED  # "shot down all four missiles with which Russia attacked"
        if cls != "launches" and listed_after is None and not whole_of and stated_role is None:
            conf = min(conf, _role_confidence(text, n.start, n.end, numbers))
        governing = _role_and_distance(text, n.start, n.end, numbers)
        cue_at = governing[2] if governing else -1
        if role == DOWNED and listed_after is None and _weapon_is_agent(text, n.end, cue_at):
            continue  # "one of them destroyed a Patriot system": a hit it made, not a downing
        if listed_after is not None:
            cue_at, conf = listed_after.cue_at, min(conf, 0.75)
        keys = _places_of(text, n, numbers, each)
        if each_after:
            # "each" after the noun: every place the sentence names up to the next count
            nxt = min((m.start for m in numbers if m.start >= n.end), default=len(text))
            keys = tuple(dict.fromkeys(keys + find_places(text[n.end : nxt])))
            each = len(keys) > 1
        if each:
            if not keys or value is None:
                continue  # "по 11" with no place named: nothing to count
            # "по пять над Курской областью и над Азовским морем": every place phrase of
            # the clause counts, known to the place table or not
            clause = _CLAUSE_BREAK.split(text[n.end :], 1)[0]
            phrases = len(_EACH_PLACE.findall(clause))
            # "по два у Синельниківському та Дніпровському районах": places joined before one
            # plural noun are as many places as the words joined
            for m in _JOINED_PLACES.finditer(clause):
                phrases = max(phrases, len(_JOIN_SPLIT.split(m.group(1))))
            keys += tuple(f"{keys[0]} +{i}" for i in range(1, phrases - len(keys) + 1))
            value *= len(keys)  # "по 11 над Белгородской и Воронежской": 11 each
        fig = Figure(cls, role, value, n.start, ref, hint, n.end, conf, additive, cue_at)
        fig.approx_value = n.value if n.approx and not ref else None
        fig.part_keys = keys if (each or len(keys) == 1) and not ref else ()
        if _ONE_OF_THE.match(text, n.end):
            fig.part_keys = ()  # "одну з ракет на Одещині": one of a whole, not another part
        if each:
            fig.parts = (n.value,) * len(keys)  # the written count, once for every place
        figures.append(fig)
        if role == LAUNCHED and value is not None:
            # "one Kh-59 cruise missile, which was destroyed": launched and downed alike
            _, _, noun_end = _noun_class(text, n.end)
            if _WHICH_DOWNED.match(text, noun_end):
                figures.append(Figure(cls, DOWNED, value, noun_end, "", hint, noun_end, 0.8))
    # "24 ракети, 426 дронів ... атакували": counts listed as the subject of one verb after them
    for n, cls, hint in unplaced:
        nxt = min((f for f in figures if f.start > n.end), key=lambda f: f.start, default=None)
        if (
            nxt is None
            or nxt.role not in (LAUNCHED, DOWNED)
            or nxt.cue_at <= nxt.start
            or nxt.value is None
            or nxt.ref
        ):
            continue
        joint = text[_noun_class(text, n.end)[2] : nxt.start]
        if _has_count(joint) or len(joint) > 30 or not _LIST_JOINT.search(joint):
            continue
        figures.append(
            Figure(
                cls,
                nxt.role,
                n.value,
                n.start,
                "",
                hint,
                n.end,
                min(nxt.confidence, 0.75),
                False,
                nxt.cue_at,
            )
        )
    figures.sort(key=lambda f: f.start)
    low = lower_same(text)
    # "a cruise missile", "ракету": one weapon, when a launch or downing cue governs it
    for pattern in _singular_patterns(low):
        for m in pattern.finditer(text):
            if any(
                f.start == m.start() or re.fullmatch(r"\S+\s+", text[f.start : m.start()])
                for f in figures
            ):
                continue  # "одну ракету": the number already counted it
            if _DEBRIS_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
                continue  # "debris from a downed drone"
            if (
                pattern is _SHORT_UKRU
                and not _SINGULAR_DOWNED_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
                and not _SINGULAR_ADJECTIVE_BEFORE.search(text, max(0, m.start() - 40), m.start())
            ):
                # "БПЛА" is one only with a verb in the singular, or an adjective in the
                # singular before it ("знищив над областю ворожий БПЛА")
                continue
            if any(
                lemmas.lemmas(w.lower()) & _ORDINAL_WORDS
                for w in _words_before(text, m.start(1), 3).replace("’", "'").split()
            ):
                continue  # "сбили третий беспилотник": counted in a sequence, not one more
            word = m.group(1).lower()
            before = _WORD_BEFORE.search(text[max(0, m.start(1) - 30) : m.start(1)])
            if ww.WEAPON_OF[word] == ww.DRONE and (
                (before and lemmas.lemmas(before.group(1).lower()) & _NAVAL_WORDS)
                or _FPV_BEFORE.search(text[max(0, m.start(1) - 8) : m.start(1)])
            ):
                # "a naval drone", "надводный беспилотник": a boat; "an FPV drone", "FPV-дрон":
                # a front-line drone flown at a car or a soldier, never in air-defence counts
                continue
            if (
                word in _INSTRUMENTAL_SINGULAR
                and not any(
                    _COUNTED_THEN_AND.fullmatch(text, f.end, m.start())
                    # "атакували балістичною ракетою «Іскандер-М» ..., трьома ракетами С-300
                    # та 52-ма БпЛА": a list of the night's weapons that the singular opens
                    or (
                        f.start > m.end()
                        and _LISTED_BEFORE_COUNT.fullmatch(
                            _ABBREVIATION.sub("", text[m.end() : f.start])
                        )
                    )
                    for f in figures
                )
            ):
                # "struck with a guided missile" alone names a weapon, not a count of the
                # attack (an anti-tank round at a car, "ballistics and a guided missile");
                # only "46 дронами та ракетою", coordinated with a counted weapon, is one more
                continue
            cls = DRONES if ww.WEAPON_OF[word] == ww.DRONE else MISSILES
            found = _role_and_distance(text, m.start(), m.end(), numbers)
            role = found[1] if found else None
            if role == DOWNED and _WHICH_DOWNED.match(text, m.end()):
                launch = _role_and_distance(text, m.start(), m.end(), numbers, before_only=True)
                if launch and launch[1] == LAUNCHED:
                    found, role = launch, LAUNCHED  # "launched ... a missile which was downed"
            if (
                role == LAUNCHED
                and found[2] < m.start()
                and _LAUNCH_ADJECTIVE.match(text, found[2])
            ):
                # "Спрямований по Одещині ворожий безпілотник ... знищено": the participle
                # describes the weapon; the verb after it is the clause's own
                down = next(
                    (
                        (c_start - m.end(), DOWNED, c_start)
                        for c_start, _, r in _cues(text)
                        if r == DOWNED
                        and c_start >= m.end()
                        and not _CLAUSE_STOP_AFTER.search(text, m.end(), c_start)
                    ),
                    None,
                )
                if down:
                    found, role = down, DOWNED
            if role == LAUNCHED and found[2] >= m.end() and _DETECT.match(text, found[2]):
                # "a drone was detected in the Kaluga region", "безпілотник виявлено на дереві":
                # one weapon seen or found, not a count of what was sent
                continue
            if role in (LAUNCHED, DOWNED) and not re.match(r"\s*(?:of|from)\b", text[m.end() :]):
                # "another drone was destroyed over Kaluga", "ще один дрон": one more
                more = bool(
                    _ANOTHER.match(text, m.start())
                    or _ADDITIVE_BEFORE.search(text[max(0, m.start() - 15) : m.start()])
                )
                # "a Ukrainian drone", "украинский беспилотник", "беспилотник ВСУ": the
                # weapon's side says who launched it
                own = (
                    m.group(0)
                    + " "
                    + _words_before(text, m.start(1), 2)
                    + text[m.end() : m.end() + 5]
                )
                hint = "ukraine" if _UKRAINIAN_WEAPON.search(own) else ""
                fig = Figure(cls, role, 1, m.start(), "", hint, m.end(), 0.75, more, found[2])
                fig.part_keys = _places_of(text, Num(1, m.start(), m.end()), numbers, False)
                fig.part_keys = fig.part_keys if len(fig.part_keys) == 1 else ()
                figures.append(fig)
                if role == LAUNCHED and _WHICH_DOWNED.match(text, m.end()):
                    # "fired one Kh-59 missile that air defence downed": launched and downed
                    figures.append(Figure(cls, DOWNED, 1, m.end(), "", "", m.end(), 0.75))
    # "об уничтожении беспилотника", "про знищення ракети": after a noun of downing, the
    # genitive singular counts one weapon (the plural genitive would be "беспилотников", "ракет")
    for m in _DOWNING_OF_ONE.finditer(text) if _DOWNING_OF_ONE_HINT.search(low) else ():
        if any(f.start <= m.start(1) < f.end or m.start() <= f.start < m.end() for f in figures):
            continue  # "об уничтожении одного беспилотника": the number counted it already
        word = m.group(1).lower()
        cls = MISSILES if word.startswith("ракет") else DRONES
        fig = Figure(cls, DOWNED, 1, m.start(1), "", "", m.end(1), 0.75, False, m.start())
        fig.part_keys = _places_of(text, Num(1, m.start(1), m.end(1)), numbers, False)
        fig.part_keys = fig.part_keys if len(fig.part_keys) == 1 else ()
        figures.append(fig)
    # "one drone was shot down near X and another over Y": "another" alone is one more of them
    for f in list(figures) if "another" in low or "один" in low or "one more" in low else ():
        if f.value is None or f.role not in (LAUNCHED, DOWNED) or f.cls not in (DRONES, MISSILES):
            continue
        stop = _CLAUSE_STOP_AFTER.search(text, f.end)
        m = _BARE_ANOTHER.search(text, f.end, stop.start() if stop else len(text))
        if m is None or _has_count(text[f.end : m.start()]):
            continue
        if any(m.start(1) <= g.start < m.end(1) or g.start <= m.start(1) < g.end for g in figures):
            continue  # "ещё один" read as a number already
        one = Figure(f.cls, f.role, 1, m.start(1), "", f.attacker_hint, m.end(1),
                     min(f.confidence, 0.75), True, f.cue_at)  # fmt: skip
        keys = _places_of(text, Num(1, m.start(1), m.end(1)), numbers, False)
        one.part_keys = keys if len(keys) == 1 else ()
        figures.append(one)
    figures.sort(key=lambda f: f.start)
    # "destroyed all of them", "Both were shot down", "the missile": equal to what was launched
    for m in _REF_ALL.finditer(text) if any(w in low for w in _REF_ALL_WORDS) else ():
        if _NEARLY_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
            continue  # "almost all of them": fewer than came, by a number not written
        role = _clause_role(text, m.start(), m.end(), numbers)
        if role != DOWNED and " " in m.group(0):
            # "all were shot down": the cue "were shot" begins inside the reference's words
            word_end = m.start() + m.group(0).index(" ")
            if _clause_role(text, m.start(), word_end, numbers) == DOWNED:
                role = DOWNED
        if role != DOWNED or any(abs(f.start - m.end()) <= 3 for f in figures):
            continue
        inner = m.group(0).split()
        # "all of the drones": the noun is inside the phrase; "both missiles": right after it
        cls, _, _ = _noun_class(" " + inner[-1], 0) if len(inner) > 1 else (None, 0, 0)
        if cls not in (DRONES, MISSILES, TOTAL):
            cls, _, _ = _noun_class(text, m.end())
        named_here = cls in (DRONES, MISSILES, TOTAL)
        cls = cls if named_here else current_cls
        sent = {f.cls for f in figures if f.role == LAUNCHED and f.start < m.start()}
        if cls == TOTAL and TOTAL not in sent and sent & {DRONES, MISSILES}:
            # "15 missiles and 18 drones ... all these targets were destroyed": the targets
            # are the weapons counted before
            named_here, cls = False, sorted(sent & {DRONES, MISSILES})[0]
        if cls:
            both = m.group(0).lower().startswith(("both", "обидв", "обо", "обе", "оба"))
            kind = "both" if both else "all"
            classes_sent = [cls]
            if not named_here and not both and len(sent & {DRONES, MISSILES}) == 2:
                # "fired 8 missiles and 12 drones; all were destroyed": every
                # weapon the sentence counted as launched before the reference
                classes_sent = [DRONES, MISSILES]
            # "all the drones flying towards Kyiv", "усі шахеди над Харківщиною": every one
            # of a region's share, not of the night's whole count
            regional = bool(_places_of(text, Num(0, m.start(), m.end()), numbers, False))
            for one in classes_sent if not regional else ():
                figures.append(Figure(one, DOWNED, None, m.start(), kind, "", m.end(), 0.8))
    for m in _THE_SINGULAR.finditer(text) if any(w in low for w in _THE_NOUNS) else ():
        role = _clause_role(text, m.start(), m.end(), numbers)
        if role == DOWNED:
            cls = DRONES if ww.WEAPON_OF[m.group(1).lower()] == ww.DRONE else MISSILES
            figures.append(Figure(cls, DOWNED, None, m.start(), "the", "", m.end(), 0.7))
    figures.sort(key=lambda f: f.start)
    for a, b in itertools.pairwise(figures):
        # "engaged 42 drones, downing 37 of them": the verb after the first count governs the
        # part, so the first count is the whole that came
        if (
            (a.role, b.role) == (DOWNED, DOWNED)
            and a.cls == b.cls
            and a.value is not None
            and not a.ref
            and a.cue_at == b.cue_at
            and a.cue_at > a.end >= 0
            and b.end >= 0
            and _SUBSET_AFTER.match(text, b.end)
            and not _has_count(text[a.end : b.start])
        ):
            a.role = LAUNCHED
    for a, b in itertools.pairwise(figures):
        # "intercepted all 15 drones and eight missiles": "all" covers both counts
        if (
            a.ref == "all"
            and a.value is not None
            and (b.role, b.ref, b.additive) == (DOWNED, "", False)
            and b.value is not None
            and b.start >= 0
            and _COORDINATED.match(text[a.end : b.start])
            and not _SUBSET_AFTER.match(text, b.end)
            and not _OF_AFTER.match(text, b.end)
        ):
            b.ref = "all"
    if not figures and current_cls is None and _named_class(text):
        # "Russia attacked with drones overnight. Of these, 52 were shot down": a sentence
        # that names one weapon without a count says what "of these" counts in the next one
        current_cls = _NAMED + _named_class(text)
    figures = [f for f in figures if not _one_weapon_acts(text, f)]
    return tuple(_add_up_lists(text, figures)), current_cls


# ", including 13 Shaheds," set off by commas after a count: a part of it, told in passing
_INCLUDING_ASIDE = re.compile(
    r",\s*(?:including|among them|зокрема|у тому числі|в тому числі|в том числе|"
    r"серед них|среди них)\s+([^,.;:]{1,60}),",
    re.IGNORECASE,
)


def _without_asides(text: str, numbers: list[Num]) -> list[Num]:
    """The numbers of a sentence less those of an aside that names a part of the count before
    it ("All 17 drones, 15 of them Shaheds, and one cruise missile were destroyed"): the
    part is no figure of its own, and the verb after the aside governs the count before it."""
    if "," not in text:
        return numbers
    drop: set[int] = set()
    for m in _INCLUDING_ASIDE.finditer(text):
        before = [n for n in numbers if n.end <= m.start()]
        if not before or _noun_class(text, before[-1].end)[0] not in (DRONES, MISSILES, TOTAL):
            continue
        drop |= {n.start for n in numbers if m.start(1) <= n.start < m.end(1)}
    return [n for n in numbers if n.start not in drop] if drop else numbers


_NAMED = "named:"  # a weapon class named without a count, passed on only to "of these"


def _named_class(text: str) -> str | None:
    """The one weapon class a sentence names (drones or missiles), if it names only one."""
    named = set()
    for word in _WORD_RE.findall(text.lower()):
        if _DRONE_TOK.match(word):
            named.add(DRONES)
        elif _MISSILE_TOK.match(word):
            named.add(MISSILES)
    return named.pop() if len(named) == 1 else None


# "launched 7 missiles: 4 Kh-101 and 3 Kalibr", "11 missiles, including ...": the first is the
# total, the rest its parts
_TOTAL_THEN_PARTS = re.compile(
    r":|\bincluding\b|\bamong them\b|\bof (?:them|which|these)\b|зокрема|у тому числі|"
    r"в тому числі|в том числе|(?:з|із|из) (?:них|яких|которых)|серед них|среди них",
    re.IGNORECASE,
)
_LIST_JOINT = re.compile(
    r"(?:,|;|\band|\bas well as|\bplus|(?<!\w)(?:і|й|та|и|а також|а также)|—|–)\s*"
    r"(?:(?:ещё|еще|ще|also|another|a further)\s+)?$",
    re.IGNORECASE,
)


# the last count of a list is the written total: "eight drones in all", "12 in total"
_TOTAL_AFTER = re.compile(
    r"\s*(?:in all|in total|all told|altogether|overall|(?:у|в)сього|загалом|всего|в целом|"
    r"в общей сложности)(?!\w)",
    re.IGNORECASE,
)
_TOTAL_BEFORE = re.compile(
    r"(?:\ba total of|\bin total|\baltogether|\bin all|(?<!\w)(?:у|в)сього|(?<!\w)загалом|"
    r"(?<!\w)всего|(?<!\w)в общей сложности)\s+$",
    re.IGNORECASE,
)


def _written_total_last(text: str, last: Figure) -> bool:
    """Whether the last count of a list says it is the total ("eight drones in all")."""
    if last.start < 0 or last.end < 0:
        return False
    _, _, noun_end = _noun_class(text, last.end)
    return bool(
        _TOTAL_AFTER.match(text, max(noun_end, last.end))
        or _TOTAL_BEFORE.search(text[max(0, last.start - 20) : last.start])
    )


def _add_up_lists(text: str, figures: list[Figure]) -> list[Figure]:
    """Counts of one weapon and role listed under one verb ("18 Shahed drones and two
    reconnaissance drones", "12 over Kursk, 5 over Belgorod and 2 over Voronezh") with no total
    written become their sum, which remembers its parts."""
    out: list[Figure] = []
    i = 0
    while i < len(figures):
        run = [figures[i]]
        while i + len(run) < len(figures):
            prev, nxt = run[-1], figures[i + len(run)]
            if not _listed_together(text, prev, nxt):
                break
            run.append(nxt)
        i += len(run)
        if len(run) < 2:
            out.extend(run)
            continue
        head_end = run[0].end if run[0].end >= 0 else run[0].start
        if _TOTAL_THEN_PARTS.search(text, head_end, run[1].start) or (
            # "сбили 9 БПЛА, пять над Курской, два над Орловской ...": a count with no
            # place at all, then two or more counts each with its own place (none "another")
            # that come to no more than it
            len(run) > 2
            and not run[0].part_keys
            and not _EACH_PLACE.search(text, head_end, run[1].start)
            and all(f.part_keys and not f.additive for f in run[1:])
            and sum(f.value for f in run[1:]) <= run[0].value
        ):
            out.extend(run)  # the total is written first: it stands, the rest are its parts
            continue
        first, last = run[0], run[-1]
        if _written_total_last(text, last):
            out.append(last)  # "four reconnaissance drones, eight drones in all": 8, not 12
            continue
        keys = tuple(k for f in run for k in f.part_keys)
        regional = all(f.part_keys for f in run) and len(set(keys)) == len(keys)
        # the verb sits by the first count; the rest take it from the list
        conf = round(min(first.confidence, 0.85) - 0.05, 2)
        total = Figure(
            first.cls, first.role, sum(f.value for f in run), first.start, "", first.attacker_hint,
            last.end if last.end >= 0 else last.start, conf, first.additive, first.cue_at,
        )  # fmt: skip
        total.part_keys = keys if regional else ()
        total.parts = tuple(v for f in run for v in (f.parts or (f.value,)))
        out.append(total)
    return out


# a model designation: "Kh-101", "Tu-95", "Shahed-136/131", "С-300", "Х-59"
_MODEL = re.compile(r"[^\W\d_]{1,12}-\d[\w/.-]*")


_TIME_WORDS = re.compile(
    r"\b(?:week|month|year|days?|overnight|night|hours?)\b|(?<!\w)(?:тиж|місяц|рік|рок|недел|"
    r"месяц|год|ніч|ноч|доб|сут|вечор|вечер|вноч|уноч)",
    re.IGNORECASE,
)
_PARTICIPLE = re.compile(r"(?:launched|fired)\s+(?:by|from)\b", re.IGNORECASE)


def _has_count(words: str) -> bool:
    """Whether a stretch of text holds a number other than a model designation."""
    return any(map(str.isdigit, _MODEL.sub("", words)))


def _listed_together(text: str, a: Figure, b: Figure) -> bool:
    """Whether b follows a in one list: same weapon and role, each a plain count, under the same
    verb, joined by a comma or "and"."""
    if (a.cls, a.role) != (b.cls, b.role) or a.role not in (LAUNCHED, DOWNED):
        return False
    if a.ref or b.ref or a.value is None or b.value is None:
        return False
    if (
        b.additive
        and not a.part_keys
        and not (
            # "one over X and another over Y": one more of the same, with no verb of its own
            b.value == 1
            and _ANOTHER_JOINT.search(text, a.end, max(b.end, b.start + 1))
            and not _OWN_VERB_AFTER.match(text, b.end)
        )
    ):
        return False  # "40 drones, another 5 were jammed": a further figure, not a list item
    # one verb for both; or b's own is a launch participle that only describes it ("two
    # Iskander-M missiles fired from the Kursk region") under a's launch verb
    if a.cue_at < 0 or (
        a.cue_at != b.cue_at
        and not (a.role == LAUNCHED and b.cue_at > b.start and _PARTICIPLE.match(text, b.cue_at))
    ):
        return False
    if _SUBSET_AFTER.match(text, b.end if b.end >= 0 else b.start):
        return False  # "four missiles, three of them ballistic": a part of a, not another item
    # the words from a's count up to b's: no other number, and a list joint right before b
    a_end = a.end if a.end >= 0 else a.start
    between = text[a_end : b.start]
    if (
        _has_count(between)
        or "." in _ABBREVIATION.sub("", _MODEL.sub("", between))
        or _TIME_WORDS.search(between)
    ):
        return False  # "1,150 drones over the week and 64 overnight": two stretches of time
    # "по 11 над X та Y" / "над Нижегородской — пять": b's own place may stand before it
    before_b = _PLACE_PHRASE_END.sub("", between) if b.part_keys else between
    # "чотири розвідувальні безпілотники, загалом вісім": a written total closes the list
    total_b = _TOTAL_BEFORE.sub("", between)
    return bool(
        _LIST_JOINT.search(before_b) or _LIST_JOINT.search(between) or _LIST_JOINT.search(total_b)
    )


# a shortened word inside a sentence ("із Воронезької обл.", "біля м. Суми"): no sentence end
_ABBREVIATION = re.compile(r"(?<!\w)(?:обл|м|г|р-н|р-ну|смт|с|вул|ул)\.", re.IGNORECASE)
_SUBSET_AFTER = re.compile(
    r"\s*(?:of\s+(?:them|these|those|which)|(?:з|із|зі|из)\s+(?:них|яких|которых))\b",
    re.IGNORECASE,
)
# "two cruise missiles ..., as well as 20 drones": another weapon under the same verb
_COORDINATED_JOINT = re.compile(
    r"(?:\band|\bas well as|\bplus|(?<!\w)(?:і|й|та|и|а також|а также))\s*$", re.IGNORECASE
)
# a place phrase (and "по", "each" or a dash) right before a count: "над Курской — "
_PLACE_PHRASE_END = re.compile(
    r"(?:(?:over|above|in|над|у|в)\s+(?:the\s+)?[^\d,;.]{0,60}?)?"
    r"(?:\s*[—–-]\s*|\s+по\s*|\s+each\s*)?$",
    re.IGNORECASE,
)


# Words every match of _REF_ALL contains ("всі" and "все" both contain "вс"): where none is
# present the pattern cannot match, and the scan is skipped.
_REF_ALL_WORDS = ("all", "both", "об", "усі", "вс")


def _singular_patterns(low: str) -> tuple[Cue, ...]:
    """The singular-weapon patterns that can match: each needs its noun somewhere in the text."""
    english = any(w in low for w in _EN_SINGULAR)
    ukru = any(w in low for w in _UKRU_SINGULAR)
    short = any(w in low for w in _UKRU_SHORT)
    return (
        (_SINGULAR,) * english
        + (_SINGULAR_UKRU,) * ukru
        + (_SHORT_SINGULAR_UKRU, _SHORT_UKRU) * short
    )


# "launched by Ukraine", "fired from the Black Sea": a participle describing a noun before it
_PARTICIPLE_AFTER = re.compile(r"\s+(?:by|from)\b")
_PARTICIPLE_PHRASE = re.compile(r",\s+(?:launched|fired)\s+(?:by|from)\b[^,.;]{0,50},")
# "debris from one downed missile", "уламки двох дронів": wreckage, not a count of the attack
_DEBRIS_BEFORE = gated(
    r"(?:debris|wreckage|fragments?|parts?|remnants|уламк\w*|обломк\w*|фрагмент\w*)\s+"
    r"(?:\w+\s+){0,1}(?:from|of|від|від|з|із|от|с)?\s*(?:the\s+|an?\s+)?$",
    re.IGNORECASE,
)


# "all but one of the 20 drones": the count left out, not a figure (the figure is unwritten)
# a share named by a word before "of" and a number: the number is the whole, not the share
_SHARE_OF_BEFORE = gated(
    r"(?:\ball\s+(?:but|except)\s+[\w-]+|\b(?:most|many|some|half|the majority|the rest)|"
    r"(?<!\w)(?:більшість|більшу частину|частину|половину|решту|большинство|большую часть|часть|"
    r"половину|остальные|усі,? крім \w+|всі,? крім \w+|все,? кроме \w+))"
    r"\s+(?:of|з|із|зі|из)\s+(?:the\s+|усіх\s+|всех\s+)?$",
    re.IGNORECASE,
)
_ALL_BUT_BEFORE = gated(
    r"(?:\ball but|\ball except|(?:усі|всі|все),? (?:крім|окрім|кроме|за винятком))\s+$",
    re.IGNORECASE,
)


_MONTH_AFTER = re.compile(
    rf"\s+(?:{cw.month_alternation(cw.UK_GEN, cw.RU_GEN)}|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![\w-])",
    re.IGNORECASE,
)
_MONTH_BEFORE = gated(
    r"(?<![\w-])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+$",
    re.IGNORECASE,
)


# A Ukrainian or Russian ordinal ending after a hyphen ("9-ту", "3-го", "5-й", "2-ої"); the
# cardinal case endings ("14-ма", "5-ти", "3-х") are read by _CASE_SUFFIX and stay counts.
_ORDINAL_SUFFIX = re.compile(
    r"-(?:й|ий|ый|ій|ой|я|ая|яя|е|ое|ее|ту|тю|та|те|го|ого|ему|ому|му|ої|ою|ую)(?![\w-])",
    re.IGNORECASE,
)


_BARE_ORDINAL = re.compile(r"(?:й|я|е|го)(?!\w)", re.IGNORECASE)
_CARDINAL_OF_ONE = re.compile(r"-(?:го|ого|му|ому)$", re.IGNORECASE)


def _skip_number(text: str, n: Num) -> bool:
    after = text[n.end : n.end + 14]
    if n.value <= 31 and (
        _MONTH_AFTER.match(text, n.end)
        or _MONTH_BEFORE.search(text[max(0, n.start - 11) : n.start])
    ):
        return True  # a day of the month: "15 лютого", "Aug. 26"
    if _DEBRIS_BEFORE.search(text[max(0, n.start - 30) : n.start]):
        return True
    if _ALL_BUT_BEFORE.search(text[max(0, n.start - 25) : n.start]):
        return True
    if _MONEY_PERCENT_AFTER.match(after) and not after.startswith("-for-"):
        return True
    if _BARE_ORDINAL.match(after):
        return True  # "5й", "3го": an ordinal ending written without its hyphen
    if _MONEY_BEFORE.search(text[max(0, n.start - 5) : n.start]):
        return True
    if 1900 <= n.value <= 2100 and not n.words:
        return True  # a year; no overnight attack counts this many of anything in our copy
    ordinal = None if n.words else _ORDINAL_SUFFIX.match(text, n.end)
    if ordinal and not (
        # "збиття 81-го ударного БпЛА": after 1 (not 11) "-го", "-му" are the cardinal's case
        n.value % 10 == 1 and n.value % 100 != 11 and _CARDINAL_OF_ONE.match(ordinal.group(0))
    ):
        return True  # an ordinal: "станом на 9-ту ранку", "5-й раз", "на 3-го"
    return bool(_CLOCK_AFTER.match(after))


# an hour of the clock after a number: "at 9 a.m.", "10 o'clock", "о 18 год."
_CLOCK_AFTER = re.compile(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|год\.)", re.IGNORECASE)


# a count whose own verb says the weapons did not reach their targets: neither downed nor hits
_NOT_REACHED_AFTER = re.compile(
    r"\s*(?:[—–-]\s*)?(?:(?:were|was|that|which|які|что|которые)\s+)?"
    r"(?:did not|didn't|failed to|never|не)\s+"
    r"(?:reach\w*|досяг\w*|досягл\w*|долеті\w*|долете\w*|достиг\w*|долет\w*)",
    re.IGNORECASE,
)
_COORDINATED = re.compile(r"^[^\d,.;:]{0,40}\s(?:and|і|й|та|и)\s+$", re.IGNORECASE)


# "more than 400 drones and 15 missiles": a lower bound qualifies only the figure it precedes
_LOWER_BOUND = re.compile(
    r"(?:more than|over|in excess of|upwards of|понад|більше(?: ніж)?|більш ніж|более(?: чем)?|"
    r"свыше|больше(?: чем)?)\s+$",
    re.IGNORECASE,
)


def _propagate_approx(text: str, numbers: list[Num]) -> list[Num]:
    """'about 110 missiles and 80 drones': the qualifier covers both figures."""
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
