"""Article-level fields: language, title, outlet credit, dateline, people quoted."""

from __future__ import annotations

import datetime as dt
import itertools
import re

from extraction.cues import cue, gated, lower_same
from extraction.dates import find_date_cues
from extraction.headline import find_headline
from extraction.places import canonical_place
from extraction.sentences import TITLE, Sentence

_CYRILLIC = re.compile(r"[а-яА-ЯёЁіїєґІЇЄҐ]")
_UK_WORDS = re.compile(r"(?<!\w)(?:та|що|це|як|від|для|його|було|були|які|який|ворог|збито|"
                       r"повідомили|області|України|також|під|вона|він)(?!\w)")  # fmt: skip
_RU_WORDS = re.compile(r"(?<!\w)(?:что|это|как|было|были|также|который|которые|области|"
                       r"России|Украины|он|она|для|из|при|уже)(?!\w)")  # fmt: skip


_NOT_ASCII_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())


def detect_language(text: str) -> str:
    """'en', 'uk' or 'ru' by script, then letters and common words that only one language has."""
    if not _CYRILLIC.search(text, 0, 6000):
        return "en"
    sample = text[:2500]
    # counted with C-level string operations: regex findall over the sample is much slower
    lat = len(sample.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTERS))
    cyr = len(sample.encode("utf-8")) - len(sample)  # each Cyrillic letter takes two bytes
    if cyr <= lat:
        return "en"
    uk = 3 * sum(map(sample.count, "іїєґІЇЄҐ")) + 2 * len(_UK_WORDS.findall(sample, 0, 1500))
    ru = 3 * sum(map(sample.count, "ыэъёЫЭЪЁ")) + 2 * len(_RU_WORDS.findall(sample, 0, 1500))
    return "uk" if uk > ru else "ru"


def find_title(text: str, sentences: list[Sentence] | None = None) -> str | None:
    """The headline past page furniture, else the first sentence (see extraction.headline)."""
    found = find_headline(text)
    if found is None:
        return None
    return found.text + ("…" if found.cut else "")


_CREDIT = gated(
    r"(?:based on (?:original |the )?reporting (?:from|by)|originally (?:published|reported) by|"
    r"this (?:story|article) (?:first appeared|was first published) (?:on|in)|"
    r"^\s*\[?source:|за матеріалами|по материалам)\s+([A-Z\w][\w&.'\- ]{1,40}?)\s*[.\]\n]",
    re.IGNORECASE | re.MULTILINE,
)
_ACCORDING_LINE = re.compile(r"^\s*(?:according to|via)\s+([A-Z][\w&.'\- ]{1,40}?)\.?\s*$",
                             re.MULTILINE)  # fmt: skip


_CREDIT_HINTS = (
    "reporting from",
    "reporting by",
    "originally",
    "first appeared",
    "first published",
    "source:",
    "матеріалами",
    "материалам",
    "according to",
    "via ",
)


# "KYIV, Ukraine (Meridian Wire) —", "КИЕВ, 31 мая 2025 года (Вестник).": a dateline credit
_DATELINE_CREDIT = re.compile(
    r"^(?:[A-ZА-ЯІЇЄҐ]{3,}\b[\w .,'-]{0,60}?|"
    r"[A-ZА-ЯІЇЄҐ][\w .,'-]{1,60}?\d{4}(?: года| року| г\.| р\.)?)"
    r"\s*\(([A-ZА-ЯІЇЄҐ][\w&.' -]{1,40}?)\)\s*[-–—|:.]",
    re.MULTILINE,
)


def find_outlet(text: str) -> str | None:
    """The outlet the text credits ("based on original reporting from Times Live"), else None."""
    m = _DATELINE_CREDIT.search(text, 0, 400)
    if m:
        return m.group(1).strip()
    low = lower_same(text)
    for hint in _CREDIT_HINTS:
        pos = low.find(hint)
        if pos < 0:
            continue
        line_start = low.rfind("\n", 0, pos) + 1
        line_end = low.find("\n", pos)
        line = text[line_start : line_end if line_end >= 0 else len(text)] + "\n"
        m = _CREDIT.search(line) or _ACCORDING_LINE.search(line)
        if m:
            name = m.group(1).strip(" .")
            if name and len(name.split()) <= 5:
                return name
    return None


_YEAR = re.compile(r"(?:19|20)\d\d")
_DATELINE_AFTER = re.compile(r"[^.]{0,55}?(?:\s[-|]\s|\s?\|\s?|\d{1,2}:\d\d)")
_DATELINE_BEFORE = re.compile(r"(?:published|updated|date|опубліковано|опубликовано|оновлено)\W*$",
                              re.IGNORECASE)  # fmt: skip


def find_dateline(sentences: list[Sentence]) -> dt.date | None:
    """The article's own date: a dateline ("ODESA, July 9, 2025 - ...") or a page timestamp in
    the first lines; a date inside a sentence of the story does not count."""
    seen = 0
    for s in sentences:
        if s.kind not in ("body", TITLE):
            continue
        seen += len(s.text)
        if not _YEAR.search(s.text, 0, 300):
            if seen > 600:
                break
            continue
        for found in find_date_cues(s.text[:300], None):
            if not found.explicit or found.date is None:
                continue
            short_line = len(s.text) <= 45
            leads = found.start <= 45 and _DATELINE_AFTER.match(s.text, found.start)
            labelled = _DATELINE_BEFORE.search(s.text[: found.start])
            if short_line or leads or labelled:
                return found.date
        if seen > 600:
            break
    return None


_FIRST_NAMES = set(
    [
        "volodymyr",
        "vladimir",
        "rustem",
        "andriy",
        "andrii",
        "andrei",
        "andrey",
        "dmytro",
        "dmitry",
        "dmitri",
        "serhiy",
        "serhii",
        "sergei",
        "sergey",
        "mykola",
        "nikolai",
        "yurii",
        "yuriy",
        "yuri",
        "yury",
        "kyrylo",
        "kirill",
        "tatyana",
        "tatiana",
        "vitali",
        "vitaliy",
        "oleksandr",
        "oleksandra",
        "oleksiy",
        "oleksii",
        "alexander",
        "aleksandr",
        "alexei",
        "alexey",
        "ivan",
        "roman",
        "herman",
        "maksym",
        "maxim",
        "denys",
        "denis",
        "donald",
        "joe",
        "antony",
        "matteo",
        "valery",
        "valerii",
        "vasily",
        "vassily",
        "olena",
        "oksana",
        "iryna",
        "irina",
        "yulia",
        "natalia",
        "nataliya",
        "mariana",
        "maria",
        "anna",
        "hanna",
        "olha",
        "olga",
        "oleh",
        "oleg",
        "ihor",
        "igor",
        "petro",
        "pyotr",
        "viktor",
        "victor",
        "yevhen",
        "yevgeny",
        "kostiantyn",
        "konstantin",
        "ruslan",
        "arseniy",
        "emmanuel",
        "olaf",
        "recep",
        "marco",
        "keir",
        "boris",
        "jens",
        "mark",
        "mykhailo",
        "mikhail",
        "pavlo",
        "pavel",
        "taras",
        "bohdan",
        "yaroslav",
        "vadym",
        "vadim",
        "anatoliy",
        "lyudmyla",
        "liudmyla",
        "ramzan",
        "leonid",
        "kamala",
        "rishi",
        "ursula",
        "antonio",
        "sergiy",
        "ivan",
        "jake",
        "lloyd",
        "marco",
        "kaja",
        "josep",
        "friedrich",
        "giorgia",
        "mette",
        "pope",
        "steve",
        "keith",
        "witkoff",
        "heorhii",
        "georgiy",
        "stanislav",
        "володимир",
        "владимир",
        "рустем",
        "андрій",
        "андрей",
        "дмитро",
        "дмитрий",
        "сергій",
        "сергей",
        "микола",
        "николай",
        "юрій",
        "юрий",
        "кирило",
        "кирилл",
        "тетяна",
        "татьяна",
        "віталій",
        "виталий",
        "олександр",
        "александр",
        "алескандр",
        "олексій",
        "алексей",
        "іван",
        "иван",
        "роман",
        "герман",
        "максим",
        "денис",
        "валерій",
        "валерий",
        "василь",
        "василий",
        "олена",
        "елена",
        "оксана",
        "ірина",
        "ирина",
        "юлія",
        "юлия",
        "наталія",
        "наталья",
        "ганна",
        "анна",
        "ольга",
        "олег",
        "ігор",
        "игорь",
        "петро",
        "петр",
        "пётр",
        "віктор",
        "виктор",
        "євген",
        "евгений",
        "костянтин",
        "константин",
        "руслан",
        "михайло",
        "михаил",
        "павло",
        "павел",
        "тарас",
        "богдан",
        "ярослав",
        "вадим",
        "анатолій",
        "анатолий",
        "людмила",
        "рамзан",
        "леонід",
        "леонид",
        "станіслав",
        "станислав",
        "георгій",
        "георгий",
        "мирослав",
        "вячеслав",
        "в'ячеслав",
        "tymur",
        "timur",
        "hakan",
        "danielle",
        "svitlana",
        "тимур",
        "хакан",
        "маттео",
        "світлана",
        "светлана",
    ]
)
_NAME_TOKEN = r"[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’ʼ]+(?:-[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’ʼ]+)?"
_NAME_TOKEN_RE = re.compile(rf"(?<![\w']){_NAME_TOKEN}(?![\w'])")
_SPEECH_WORDS = cue(
    r"said\b|says\b|stated\b|told\b|wrote\b|announced\b|confirmed\b|revealed\b|reported\b|"
    r"noted\b|added\b|emphasi[sz]ed\b|claimed\b|quoted\b|according to\b|expressed\b|"
    r"thanked\b|posted\b|video address\b|interview\b|reports\b|urged\b|urges\b|warned\b|"
    r"warns\b|уточни|попереди|предупреди|заяви|сказа|повідоми|зазначи|написа|"
    r"наголоси|підтверди|розпові|подякува|сообщи|отмети|подчеркну|рассказа|подтверди|"
    r"поблагодари|утвержда|считает"
)


class _Speech:
    """Speech verbs or quotation marks (normalised text has only straight quotes)."""

    @staticmethod
    def search(text: str) -> bool:
        """True when the sentence quotes or reports someone's words."""
        return '"' in text or _SPEECH_WORDS.search(text) is not None


_SPEECH = _Speech()
_NOT_SURNAME = {"the", "of", "and", "said", "on", "in"}


_ROLE_WORDS = (
    r"minister|president|ombudsman|ombudswoman|spokesman|spokeswoman|spokesperson|head|chief|"
    r"governor|mayor|commissioner|envoy|cardinal|secretary|commander|adviser|advisor|director|"
    r"chairman|deputy|ambassador|representative|міністр\w*|президент\w*|омбудсман\w*|"
    r"омбудсмен\w*|речни\w*|голов\w*|керівни\w*|губернатор\w*|мер|уповноважен\w*|"
    r"посланець|посланник\w*|кардинал\w*|секретар\w*|командувач\w*|радни\w*|директор\w*|"
    r"представни\w*|министр\w*|представител\w*|глав\w*|мэр\w*|уполномоченн\w*|"
    r"секретар\w*|командующ\w*|советник\w*"
)
_SAYS_AFTER = re.compile(
    r",?\s+(?:said|says|told|wrote|added|stated|заяви\w*|сказа\w*|написа\w*|повідоми\w*|сообщи\w*)\b"
)
_NOT_NAMES = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "Ukraine",
        "Ukraine's",
        "Russia",
        "Russia's",
        "Russian",
        "Ukrainian",
        "Defence",
        "Defense",
        "Foreign",
        "Minister",
        "President",
        "Pope",
        "Cardinal",
        "Turkish",
        "Verkhovna",
        "Rada",
        "Air",
        "Force",
        "General",
        "Staff",
        "Kremlin",
        "Moscow",
        "Kyiv",
        "Telegram",
        "Верховної",
        "Верховной",
        "Ради",
        "Рады",
        "Збройних",
        "Вооруженных",
        "Сил",
        "Силы",
    ]
)
_ORG = re.compile(
    r"^(?:headquarters|agency|administration|brigade|ministry|service|office|council|forces?|"
    r"staff|committee|department|command|guard|army|navy|government|parliament|kremlin|"
    r"embassy|court|police|news|press|media|channel|telegram|міноборони|минобороны|мзс|мид|"
    r"сил\w*|штаб\w*|міністерств\w*|министерств\w*|служб\w*|управлін\w*|управлени\w*|"
    r"адміністрац\w*|администрац\w*|рад[аиы]|україн\w*|украин\w*|росі\w*|росси\w*|"
    # countries: "Об'єднаних Арабських Еміратів", "United Arab Emirates"
    r"емірат\w*|эмират\w*|emirates|арабськ\w*|арабск\w*|states|nations|kingdom|republic|"
    r"штат\w*|наці\w*|наци\w*|республік\w*|республик\w*|королівств\w*|королевств\w*)$",
    re.IGNORECASE,
)
_ROLE = re.compile(rf"\b(?:{_ROLE_WORDS})\b", re.IGNORECASE)
# a role word right before the name: "Foreign Minister Hakan Fidan", "кардинал Маттео Дзуппі"
_ROLE_BEFORE = re.compile(
    rf"\b(?:{_ROLE_WORDS})\W{{1,3}}(?:[A-ZА-ЯІЇЄҐ][\w'-]*\s+)?$", re.IGNORECASE
)


# what every pair _name_pairs finds contains; a C-speed scan, as it starts with a letter class
_PAIR_HINT = re.compile(rf"{_NAME_TOKEN} [A-ZА-ЯІЇЄҐ]")


def _name_pairs(text: str):
    """Adjacent capitalised words ("Rustem Umerov") with their span, found in one pass."""
    tokens = list(_NAME_TOKEN_RE.finditer(text))
    for a, b in itertools.pairwise(tokens):
        if text[a.end() : b.start()] == " ":
            yield a.group(0), b.group(0), a.start(), b.end()


def find_people(sentences: list[Sentence]) -> list[str]:
    """Full names of people quoted or cited, each once, in order of first mention."""
    people: list[str] = []
    surnames: set[str] = set()
    for s in sentences:
        if s.kind == "noise" or not _PAIR_HINT.search(s.text):
            continue  # no two capitalised words side by side: no name to find
        speech = None  # the speech test is the costly one: run it once a name qualifies
        for first, last, start, end in _name_pairs(s.text):
            known = first.lower() in _FIRST_NAMES
            if not known:
                if last.lower() in _FIRST_NAMES or _ROLE.fullmatch(first) or _ROLE.fullmatch(last):
                    continue  # "Ukraine Volodymyr", "Minister Rustem": a name starts later
                if first in _NOT_NAMES or last in _NOT_NAMES or canonical_place(first):
                    continue
                if _ORG.search(first) or _ORG.search(last):
                    continue  # "Coordination Headquarters said": an institution, not a person
                cued = _ROLE_BEFORE.search(s.text[max(0, start - 40) : start]) or (
                    _SAYS_AFTER.match(s.text, end)
                )
                if not cued:
                    continue
            if last.lower() in _NOT_SURNAME:
                continue
            if speech is None:
                speech = _SPEECH.search(s.text)
            if not speech:
                break  # nobody is quoted or cited in this sentence
            key = re.sub(r"[yi]+$", "", last.lower())[:6]
            if key in surnames:
                continue
            surnames.add(key)
            people.append(f"{first} {last}")
    return people
