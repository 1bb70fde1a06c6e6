"""Who gives the figures: cue words to canonical claimants, with the side each speaks for."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from extraction.cues import Cue, candidate_places, cue, lower_same, matches_at, word_keys
from extraction.places import canonical_place, find_places, side_of

AIR_FORCE = "Ukrainian Air Force"
GENERAL_STAFF = "Ukrainian General Staff"
RUSSIAN_MOD = "Russian Defence Ministry"
UKRAINIAN_MOD = "Ukrainian Defence Ministry"
MOSCOW_MAYOR = "Moscow Mayor"
KYIV_CMA = "Kyiv City Military Administration"
KYIV_MAYOR = "Kyiv Mayor"
PRESIDENT = "Ukrainian President"
UA_MILITARY = "Ukrainian military"


class ClaimantCue(NamedTuple):
    """A claimant named in a sentence: canonical name, side ('ua'/'ru') and position."""

    name: str
    side: str
    start: int


_FIXED: list[tuple[Cue, str, str]] = [
    (
        # the mayor's office speaks for him: "the Moscow municipality", "мэрия Москвы"
        cue(
            r"sobyanin|собянин|moscow(?:'s)? mayor|mayor of moscow|мэр москвы|мер москви|"
            r"moscow (?:municipality|city hall|mayor's office)|мэрия москвы|мерія москви"
        ),
        MOSCOW_MAYOR,
        "ru",
    ),
    (
        cue(r"klitschko|кличк|kyiv(?:'s)? mayor|mayor of kyiv|мер києва|мэр киева"),
        KYIV_MAYOR,
        "ua",
    ),
    (
        cue(
            r"popko|попко|кмва|kyiv city (?:military )?administration|"
            r"kyiv(?:'s)? (?:city )?military(?: city)? administration|"
            r"київськ\w* міськ\w* військов\w*|киевск\w* городск\w* военн\w*"
        ),
        KYIV_CMA,
        "ua",
    ),
    (
        cue(
            r"(?<!\w)(?:air ?force|air defen[cs]e forces of ukraine|повітрян\w* сил\w*|"
            r"повтрян\w* сил\w*|воздушн\w* сил\w*|ігнат|игнат|ihnat|ignat|oleshchuk|олещук|"
            r"командуван\w* пс|ввс всу)"
        ),
        AIR_FORCE,
        "ua",
    ),
    (
        cue(r"general staff|генштаб\w*|генеральн\w* штаб\w*|штупун|shtupun"),
        GENERAL_STAFF,
        "ua",
    ),
    (
        cue(
            r"(?<!\w)(?:defen[cs]e ministry|ministry of defen[cs]e|mod|минобороны|"
            r"міноборони|министерств\w* обороны|міністерств\w* оборони|оборонное ведомство|"
            r"defen[cs]e department|"
            # "the ministry said", "the department said": in strike copy, Moscow's defence
            # ministry reporting the night
            r"the (?:ministry|department)(?= (?:said|says|reported|stated|added|noted)\b))(?!\w)"
        ),
        RUSSIAN_MOD,
        "ru",
    ),
    (
        cue(
            r"zelensk\w*|зеленськ\w*|зеленск\w*|president of ukraine|ukrainian president|"
            r"президент україни|президент украины"
        ),
        PRESIDENT,
        "ua",
    ),
    (
        # "Moscow said it had downed 18": the capital speaking for its military
        cue(
            r"(?<!of )(?<!of the )(?:moscow|the kremlin|russia|москва|кремль|росія|россия)"
            r"(?= (?:said|says|claimed|claims|reported|stated|заяви\w*|повідоми\w*|"
            r"сообщи\w*|стверджу\w*|утвержда\w*)\b)"
        ),
        RUSSIAN_MOD,
        "ru",
    ),
    (
        cue(
            r"(?<!of )(?<!of the )(?:kyiv|kiev|ukraine|київ|киев|україна|украина)"
            r"(?= (?:said|says|claimed|claims|reported|stated|заяви\w*|повідоми\w*|"
            r"сообщи\w*|стверджу\w*|утвержда\w*)\b)"
        ),
        UA_MILITARY,
        "ua",
    ),
    (
        cue(
            r"ukrainian military|ukraine's military|ukrainian army|українськ\w* військов\w*|"
            r"украинск\w* военн\w*|сили оборони|силы обороны"
        ),
        UA_MILITARY,
        "ua",
    ),
]
_GOVERNOR = re.compile(  # a lookahead, so "The governor of Kharkiv" is tried at each word
    # the title may open the sentence ("Глава Смоленской области", "Head of the Kharkiv ..."):
    # its first letter in either case; the place name must be capitalised
    # and the common nouns after it in either case ("the Zaporizhzhia Regional Military
    # Administration", "the Lviv OVA")
    r"(?=(?i:g)overnor of (?:the )?([A-Z][\w-]+)|"
    r"([A-Z][\w-]+)(?i:(?: region(?:al)?| oblast)? governor)|"
    r"(?i:h)ead of (?:the )?([A-Z][\w-]+)"
    r"(?i:(?: region(?:al)?| oblast)?(?: military)? administration| [OM]VA\b)|"
    r"([A-Z][\w-]+) (?i:(?:regional |oblast )?military administration)|"
    r"(?i:г)убернатор\w* ([А-ЯЁ]\w+)|(?i:г)лав\w* ([А-ЯЁ]\w+) (?:области|обл)|"
    r"([А-ЯІЇЄҐ]\w+) (?:ОВА|обласн\w* військов\w*|областн\w* военн\w*)|"
    r"(?:(?i:н)ачальник|(?i:г)олов\w*|(?i:о)чільник\w*) ([А-ЯІЇЄҐ]\w+) (?:ОВА|обласн\w*))"
)


_MAYOR = re.compile(
    r"([A-Z][\w-]+) (?i:mayor)|(?i:mayor of) ([A-Z][\w-]+)|(?i:мер) (\w+)|(?i:мэр) (\w+)"
)
_CITY_MA = cue(
    r"city military administration|міськ\w* військов\w* адміністрац\w*|"
    r"городск\w* военн\w* администрац\w*"
)
_GENERIC_GOVERNOR = cue(
    r"(?:regional |the |region's )?governor\b|head of the regional (?:military )?administration|"
    r"\bhead of the (?:ova|regional (?:state |military )?administration)\b|"
    r"губернатор\w*|глав\w* (?:региона|области|ова|областн\w*)|"
    r"голов\w* (?:ова|обласн\w*)|начальник\w* (?:ова|обласн\w*)|"
    r"очільник\w* (?:ова|області|обласн\w*)"
)
_GOVERNOR_HINTS = (
    "governor", "administration", "губернатор", "глав", " ова", "обласн", "областн", "mayor",
    "мер ", "мэр ", "начальник", "голов", "очільник", "військов", "военн", " ova",
)  # fmt: skip


_ANY_FIXED = re.compile(
    "|".join(f"(?P<c{i}>{c.regex.pattern})" for i, (c, _, _) in enumerate(_FIXED))
)
# Most sentences name no fixed claimant: when no word begins the way one of them must, the
# combined scan (slow: a look-behind tried at every position) is skipped; otherwise it starts
# where the bare patterns, which `re` scans for quickly, first match.
_FIXED_KEYS = (
    None
    if any(c.keys is None for c, _, _ in _FIXED)
    else frozenset().union(*(c.keys for c, _, _ in _FIXED))
)
_FIXED_PROBE = re.compile("|".join(f"(?:{c.probe.pattern})" for c, _, _ in _FIXED))
# where a match can begin (each cue's beginnings): the combined pattern is tried only there
_FIXED_PLACES = (
    None
    if any(c.places is None for c, _, _ in _FIXED)
    else frozenset().union(*(c.places for c, _, _ in _FIXED))
)


def _fixed_matches(low: str):
    """Matches of _ANY_FIXED in a lower-cased text, skipping texts that cannot hold one."""
    keys = word_keys(low)
    if _FIXED_KEYS is not None and _FIXED_KEYS.isdisjoint(keys):
        return iter(())
    if _FIXED_PLACES is not None:
        return matches_at(_ANY_FIXED, low, candidate_places(_FIXED_PLACES, low, keys))
    first = _FIXED_PROBE.search(low)
    return iter(()) if first is None else _ANY_FIXED.finditer(low, first.start())


def find_claimants(text: str) -> list[ClaimantCue]:
    """Claimants named in `text`, in order of appearance."""
    cues: list[ClaimantCue] = []
    low = lower_same(text)
    for m in _fixed_matches(low):
        _, name, side = _FIXED[int(m.lastgroup[1:])]
        if True:
            if name == GENERAL_STAFF and re.search(r"gerasimov|герасимов", text, re.I):
                continue
            if name == RUSSIAN_MOD and re.search(
                r"ukrain\w*\W+(?:\w+\W+)?$|україн\w*\W+$",
                text[max(0, m.start() - 25) : m.start()],
                re.I,
            ):
                cues.append(ClaimantCue(UKRAINIAN_MOD, "ua", m.start()))
                continue
            if name == AIR_FORCE and re.search(
                r"russian\W+$|російськ\w*\W+$|российск\w*\W+$",
                text[max(0, m.start() - 12) : m.start()],
                re.I,
            ):
                continue
            cues.append(ClaimantCue(name, side, m.start()))
    if not any(h in low for h in _GOVERNOR_HINTS):
        cues.sort(key=lambda c: c.start)
        return cues
    for m in _GOVERNOR.finditer(text):
        word = next(g for g in m.groups() if g)
        place = canonical_place(word)
        name = f"{place} Governor"
        if place and place != "Kyiv" and not any(c.name == name for c in cues):
            cues.append(ClaimantCue(name, side_of(place), m.start()))
    for m in _MAYOR.finditer(text):
        place = canonical_place(next(g for g in m.groups() if g))
        if place and place not in ("Kyiv", "Moscow"):
            cues.append(ClaimantCue(f"{place} Mayor", side_of(place), m.start()))
    if not any(c.name == KYIV_CMA for c in cues):
        m = _CITY_MA.search(text)
        places = [p for p in find_places(text) if side_of(p) == "ua"] if m else []
        if m and places:
            name = KYIV_CMA if places[0] == "Kyiv" else f"{places[0]} City Military Administration"
            cues.append(ClaimantCue(name, "ua", m.start()))
    if not any(c.name.endswith("Governor") for c in cues):
        m = _GENERIC_GOVERNOR.search(text)
        places = find_places(text) if m else ()
        if m and places:
            # "regional governor Oleh Syniehubov said": the region is the place the sentence names
            cues.append(ClaimantCue(f"{places[0]} Governor", side_of(places[0]), m.start()))
    cues.sort(key=lambda c: c.start)
    return cues


@functools.lru_cache(maxsize=1024)
def placeless_governor(text: str) -> bool:
    """Whether `text` cites a regional governor by title alone, with no place to name him by."""
    low = lower_same(text)
    if not any(h in low for h in _GOVERNOR_HINTS) or not _GENERIC_GOVERNOR.search(text):
        return False
    return not find_places(text) and not any(
        c.name.endswith("Governor") for c in find_claimants(text)
    )
