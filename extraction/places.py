"""Gazetteer: Ukrainian and Russian regions and cities in en/uk/ru spellings, canonical names."""

from __future__ import annotations

import functools
import re

from extraction.cues import gated
from extraction.trie import trie_alternation

# canonical name -> (side, stems). Stems match the start of a word in any case form.
_PLACES: dict[str, tuple[str, str]] = {
    "Kyiv": ("ua", "kyiv kiev київ києв київщин киев кив кивськ"),
    "Kharkiv": ("ua", "kharkiv kharkov харків харков харкв харьк"),
    "Odesa": ("ua", "odesa odessa одес одещ"),
    "Dnipropetrovsk": ("ua", "dnipropetrovsk дніпропетров днпропетров днепропетров"),
    "Dnipro": ("ua", "dnipro дніпр днепр днпр"),
    "Zaporizhzhia": ("ua", "zaporizh zaporozh запоріж запоріз запорож запорз"),
    "Lviv": ("ua", "lviv lvov львів львов львівщин"),
    "Mykolaiv": ("ua", "mykolaiv mykolayiv nikolaev миколаїв миколаєв николаев николаевщ миколав"),
    "Kherson": ("ua", "kherson херсон"),
    "Sumy": ("ua", "sumy sumi сум сумщин сумск"),
    "Chernihiv": ("ua", "chernihiv chernigov чернігів черніг чернигов черниг черн"),
    "Poltava": ("ua", "poltava полтав"),
    "Cherkasy": ("ua", "cherkasy cherkassy черкас черкащ"),
    "Vinnytsia": ("ua", "vinnytsia vinnitsa вінниц вінничч винниц внниц"),
    "Zhytomyr": ("ua", "zhytomyr žytomyr житомир"),
    "Khmelnytskyi": ("ua", "khmelnytskyi khmelnytsky хмельниц хмельнич"),
    "Rivne": ("ua", "rivne рівн ровн рвн"),
    "Ternopil": ("ua", "ternopil тернопіл тернопол"),
    "Volyn": ("ua", "volyn волин волын"),
    "Ivano-Frankivsk": ("ua", "ivano-frankivsk івано-франків ивано-франков"),
    # "Чернівецької", "Черновицкой", "Буковина": the stems "черн" of Chernihiv must not win
    "Chernivtsi": ("ua", "chernivtsi чернівц черновц чернівец черновиц черновец буковин bukovyn"),
    "Zakarpattia": ("ua", "zakarpat закарпат"),
    "Kirovohrad": ("ua", "kirovohrad кіровоград кировоград кровоград"),
    "Kropyvnytskyi": ("ua", "kropyvnytsk кропивницьк"),
    "Donetsk": ("ua", "donetsk донецьк донеччин донецк донечч"),
    "Luhansk": ("ua", "luhansk luhansk луганськ луганщин луганск"),
    "Kryvyi Rih": ("ua", "kryvyi кривий кривой"),
    "Pavlohrad": ("ua", "pavlohrad павлоград"),
    "Lutsk": ("ua", "lutsk луцьк луцк"),
    "Kremenchuk": ("ua", "kremenchuk кременчук кременчуц кременчуг"),
    "Brovary": ("ua", "brovary бровар"),
    "Boryspil": ("ua", "boryspil борисп"),
    "Fastiv": ("ua", "fastiv фастів фастов"),
    "Kupiansk": ("ua", "kupiansk куп'янськ купянск"),
    "Pokrovsk": ("ua", "pokrovsk покровськ"),
    "Kostiantynivka": ("ua", "kostiantynivka костянтинівк константиновк"),
    "Bila Tserkva": ("ua", "bila білоцерк"),
    "Uzhhorod": ("ua", "uzhhorod ужгород"),
    "Izmail": ("ua", "izmail ізмаїл измаил"),
    "Kramatorsk": ("ua", "kramatorsk краматорськ краматорск"),
    "Sloviansk": ("ua", "sloviansk слов'янськ славянск"),
    "Nikopol": ("ua", "nikopol нікопол никопол"),
    "Moscow": ("ru", "moscow москв московск подмосков"),
    "Belgorod": ("ru", "belgorod бєлгород белгород"),
    "Bryansk": ("ru", "bryansk брянськ брянск"),
    "Kursk": ("ru", "kursk курськ курск"),
    "Voronezh": ("ru", "voronezh воронез воронеж"),
    "Rostov": ("ru", "rostov ростов"),
    "Lipetsk": ("ru", "lipetsk липецк ліпецьк"),
    "Oryol": ("ru", "oryol orel орлов орел орёл"),
    "Tula": ("ru", "tula тульск тула"),
    "Tambov": ("ru", "tambov тамбов"),
    "Ryazan": ("ru", "ryazan рязан"),
    "Smolensk": ("ru", "smolensk смоленск"),
    "Kaluga": ("ru", "kaluga калуж калуг"),
    "Tver": ("ru", "tver тверск твер"),
    "Vladimir": ("ru", "владимирск"),
    "Leningrad": ("ru", "leningrad ленинград"),
    "Nizhny Novgorod": ("ru", "nizhny нижегород нижн"),
    "Astrakhan": ("ru", "astrakhan астрахан"),
    "Krasnodar": ("ru", "krasnodar краснодар"),
    "Crimea": ("ru", "crimea крим крым"),
    "Sevastopol": ("ru", "sevastopol севастопол"),
    "Tatarstan": ("ru", "tatarstan татарстан"),
    "Mordovia": ("ru", "mordovi мордов"),
    "Saratov": ("ru", "saratov саратов"),
    "Volgograd": ("ru", "volgograd волгоград"),
    "Taganrog": ("ru", "taganrog таганрог"),
    "Engels": ("ru", "engels енгельс энгельс"),
    "Novorossiysk": ("ru", "novorossiysk новоросійськ новороссийск"),
    "Tuapse": ("ru", "tuapse туапсе"),
    "Shebekino": ("ru", "shebekino шебекин"),
    "Graivoron": ("ru", "graivoron grayvoron грайворон"),
    "Rylsk": ("ru", "rylsk рыльск рильськ"),
    "Sudzha": ("ru", "sudzha суджа судж"),
    "Valuyki": ("ru", "valuyki валуйк"),
    "Sea of Azov": ("ru", "azov азовськ азовск азовського азовского"),
}

# a city or district -> the region it lies in: "one drone near Shebekino" after "two over the
# Belgorod region" is a share of the region's two, not a third drone
_REGION_OF: dict[str, str] = {
    "Shebekino": "Belgorod", "Graivoron": "Belgorod", "Valuyki": "Belgorod",
    "Rylsk": "Kursk", "Sudzha": "Kursk", "Taganrog": "Rostov", "Engels": "Saratov",
    "Novorossiysk": "Krasnodar", "Tuapse": "Krasnodar",
    "Pavlohrad": "Dnipropetrovsk", "Nikopol": "Dnipropetrovsk", "Kryvyi Rih": "Dnipropetrovsk",
    "Brovary": "Kyiv", "Boryspil": "Kyiv", "Fastiv": "Kyiv", "Bila Tserkva": "Kyiv",
    "Izmail": "Odesa", "Kramatorsk": "Donetsk", "Sloviansk": "Donetsk", "Pokrovsk": "Donetsk",
    "Kostiantynivka": "Donetsk", "Kupiansk": "Kharkiv", "Lutsk": "Volyn",
    "Kremenchuk": "Poltava", "Kropyvnytskyi": "Kirovohrad", "Uzhhorod": "Zakarpattia",
}  # fmt: skip

_STEM_TO_PLACE: dict[str, str] = {}
for _name, (_side, _stems) in _PLACES.items():
    for _stem in _stems.split():
        _STEM_TO_PLACE[_stem] = _name
_PLACE_RE = re.compile(
    r"(?<![\w-])(" + "|".join(sorted(map(re.escape, _STEM_TO_PLACE), key=len, reverse=True)) + r")",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_][\w'-]*")
_STEM_LENGTHS = sorted({len(s) for s in _STEM_TO_PLACE}, reverse=True)
# gated: the few words before most places hold neither "from" nor "з", and a substring test
# says so quicker than the regex
_FROM_BEFORE = gated(
    r"(?:\bfrom|\bз|\bзі|\bіз|\bиз|\bсо стороны|\bз боку|"
    # "from the airspace over the Zaporizhzhia region": where aircraft fired from
    r"(?:from the|з|из) (?:airspace|повітряного простору|воздушного пространства) "
    r"(?:over|above|над))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Tiny stems that also start common words; they only count when capitalised.
_SHORT = {"сум", "черн", "кив", "тула", "рвн", "нижн", "крим", "крым"}


def region_of(place: str) -> str | None:
    """The region a city or district lies in ("Shebekino" -> "Belgorod"), or None."""
    return _REGION_OF.get(place)


def side_of(place: str) -> str:
    """'ua' for a place in Ukraine, 'ru' for one in Russia (Crimea counted as claimed by Russia)."""
    return _PLACES[place][0]


_CANONICAL_LOWER = frozenset(name.lower() for name in _PLACES)
_PREFIX3 = frozenset(stem[:3] for stem in _STEM_TO_PLACE)


_GOVERNMENT_VERB = re.compile(
    r"(?:'s)?\s+(?:said|says|has|have|had|will|would|wants|accused|urged|insists|denies|denied|"
    r"called|told|asked|claimed|claims|claiming|blamed)\b|"
    r",\s+\d{1,2}\s+\w+\s+\d{4}",
    re.IGNORECASE,
)
# "Kyiv and Moscow agreed": the two capitals paired are the two governments; "the Zhytomyr and
# Kyiv regions" pairs two places
_CAPITAL_PAIR = re.compile(r"\s+and\s+(?:moscow|kyiv)\b", re.IGNORECASE)
_CAPITALS = ("kyiv", "kiev", "moscow")


def _metonym(text: str, m: re.Match) -> bool:
    """'Kyiv said', 'KYIV, 9 March 2025': the capital as a government or a dateline."""
    word = m.group(0)
    if len(word) > 2 and word.isupper():
        return True
    if _GOVERNMENT_VERB.match(text, m.end()):
        return True
    return word.lower() in _CAPITALS and bool(_CAPITAL_PAIR.match(text, m.end()))


def word_is_district(word: str) -> bool:
    """'Kyivskyi', 'Kharkivskyi': a city district's transliterated name, not the region."""
    low = word.lower()
    if low in _CANONICAL_LOWER:
        return False  # "Khmelnytskyi", "Kropyvnytskyi": the region or city itself
    return word.isascii() and low.endswith(("skyi", "skyy", "sky", "skiy"))


# Where a word, as _WORD reads it (from the first letter of a run of word characters,
# apostrophes and hyphens), begins as some place stem does, in the lower-cased text: most
# sentences have no such word, and `re` finds that far quicker than a look at every word.
# Lower-casing that keeps the length keeps every character's class (tests check them all).
_STEM_START = re.compile(r"(?<![\w'-])[\d_'-]*(?=" + trie_alternation(_PREFIX3) + ")")


def _stem_matches(text: str):
    low = text.lower()
    if len(low) == len(text):
        # only the words that begin as a stem does; each is read as the loop below reads it
        words = (_WORD.match(text, m.end()) for m in _STEM_START.finditer(low))
    else:
        words = _WORD.finditer(text)  # a letter that lower-cases to two: places shift
    for m in words:
        word = m.group(0).lower()
        if word[:3] not in _PREFIX3:
            continue
        for length in _STEM_LENGTHS:
            if length <= len(word) and word[:length] in _STEM_TO_PLACE:
                yield m, word[:length]
                break


@functools.lru_cache(maxsize=2048)
def find_places(text: str, *, skip_launch_areas: bool = True) -> tuple[str, ...]:
    """Canonical names of the regions and cities in `text`, in order, each once."""
    found: list[str] = []
    for m, stem in _stem_matches(text):
        if word_is_district(m.group(0)) or _metonym(text, m):
            continue
        if stem in _SHORT and not m.group(0)[0].isupper():
            continue
        if stem == "черн" and not re.match(r"черн[іи]г|чернгв", text[m.start() : m.start() + 8],
                                           re.IGNORECASE):  # fmt: skip
            continue
        if skip_launch_areas and _FROM_BEFORE.search(text[max(0, m.start() - 45) : m.start()]):
            continue
        place = _STEM_TO_PLACE[stem]
        if place not in found:
            found.append(place)
    return tuple(found)


def canonical_place(word: str) -> str | None:
    """The canonical name of a place word ("Харківської" -> "Kharkiv"), or None."""
    m = _PLACE_RE.match(word)
    return _STEM_TO_PLACE[m.group(1).lower()] if m else None


# "KYIV, Nov 29 (Kyiv Wire) -", "ODESA, Ukraine —", "КИЇВ, 29 листопада (Укрінформ) –": the
# city in capitals a wire story was filed from, its date and credit, then a dash
_DATELINE = re.compile(
    r"[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ'’. -]{2,30}?"
    r"(?:,[^()\n–—-]{1,40}?)?"
    r"(?:\s*\([^()\n]{1,40}\))?"
    r"\s*[–—-]\s"
)


def split_dateline(text: str) -> tuple[str, str]:
    """(dateline, rest) of a sentence that opens on a wire dateline, else ("", text). The
    dateline's credit names an outlet, not a place: "(Kyiv Wire)"."""
    m = _DATELINE.match(text)
    if not m:
        return "", text
    return text[: m.end()], text[m.end() :]
