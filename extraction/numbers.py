"""Number tokenizer: digits and number words (en/uk/ru) to values with their spans."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from extraction.cues import gated


class Num(NamedTuple):
    """A number found in a text: its value, where it is, and how it was written."""

    value: int
    start: int
    end: int
    approx: bool = False
    words: bool = False


_EN_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip


def _forms(value: int, *forms: str) -> dict[str, int]:
    return {f: value for f in forms}


# Case forms matter: "семи", "чотирьох", "восьми" are the same numbers as "сім", "чотири", "вісім".
_UK = {
    **_forms(1, "один", "одна", "одне", "одного", "одній", "одну", "одним", "одною", "одному"),
    **_forms(2, "два", "дві", "двох", "двом", "двома"),
    **_forms(3, "три", "трьох", "трьом", "трьома"),
    **_forms(4, "чотири", "чотирьох", "чотирьом", "чотирма"),
    **_forms(5, "п'ять", "п'яти", "п'ятьох", "п'ятьма", "п'ятьома", "п'ятьом"),
    **_forms(6, "шість", "шести", "шістьох", "шістьма", "шістьома", "шістьом"),
    **_forms(7, "сім", "семи", "сімох", "сьома", "сімома", "сімом"),
    **_forms(8, "вісім", "восьми", "вісьмох", "вісьма", "вісьмома", "вісьмом"),
    **_forms(9, "дев'ять", "дев'яти", "дев'ятьох", "дев'ятьма", "дев'ятьома", "дев'ятьом"),
    **_forms(10, "десять", "десяти", "десятьох", "десятьма", "десятьома", "десятьом"),
    **_forms(11, "одинадцять", "одинадцяти", "одинадцятьма"),
    **_forms(12, "дванадцять", "дванадцяти", "дванадцятьма"),
    **_forms(13, "тринадцять", "тринадцяти", "тринадцятьма"),
    **_forms(14, "чотирнадцять", "чотирнадцяти", "чотирнадцятьма"),
    **_forms(15, "п'ятнадцять", "п'ятнадцяти", "п'ятнадцятьма"),
    **_forms(16, "шістнадцять", "шістнадцяти", "шістнадцятьма"),
    **_forms(17, "сімнадцять", "сімнадцяти", "сімнадцятьма"),
    **_forms(18, "вісімнадцять", "вісімнадцяти", "вісімнадцятьма"),
    **_forms(19, "дев'ятнадцять", "дев'ятнадцяти", "дев'ятнадцятьма"),
    **_forms(20, "двадцять", "двадцяти", "двадцятьма", "двадцятьома"),
    **_forms(30, "тридцять", "тридцяти", "тридцятьма", "тридцятьома"),
    **_forms(40, "сорок", "сорока"),
    **_forms(50, "п'ятдесят", "п'ятдесяти", "п'ятдесятьма"),
    **_forms(60, "шістдесят", "шістдесяти", "шістдесятьма"),
    **_forms(70, "сімдесят", "сімдесяти", "сімдесятьма"),
    **_forms(80, "вісімдесят", "вісімдесяти", "вісімдесятьма"),
    **_forms(90, "дев'яносто", "дев'яноста"),
    **_forms(100, "сто", "ста"),
    **_forms(200, "двісті", "двохсот", "двомстам", "двомастами", "двохстах"),
    **_forms(300, "триста", "трьохсот", "трьомстам", "трьомастами", "трьохстах"),
    **_forms(400, "чотириста", "чотирьохсот", "чотирьомстам", "чотирмастами", "чотирьохстах"),
    **_forms(500, "п'ятсот", "п'ятисот", "п'ятистам", "п'ятьмастами", "п'ятистах"),
    **_forms(600, "шістсот", "шестисот", "шестистам", "шістьмастами", "шестистах"),
    **_forms(700, "сімсот", "семисот", "семистам", "сьомастами", "семистах"),
    **_forms(800, "вісімсот", "восьмисот", "восьмистам", "вісьмастами", "восьмистах"),
    **_forms(900, "дев'ятсот", "дев'ятисот", "дев'ятистам", "дев'ятьмастами", "дев'ятистах"),
}
_RU = {
    **_forms(1, "один", "одна", "одно", "одного", "одной", "одну", "одним", "одному"),
    **_forms(2, "два", "две", "двух", "двум", "двумя"),
    **_forms(3, "три", "трех", "трёх", "трем", "трём", "тремя"),
    **_forms(4, "четыре", "четырех", "четырёх", "четырем", "четырьмя"),
    **_forms(5, "пять", "пяти", "пятью"),
    **_forms(6, "шесть", "шести", "шестью"),
    **_forms(7, "семь", "семи", "семью"),
    **_forms(8, "восемь", "восьми", "восемью"),
    **_forms(9, "девять", "девяти", "девятью"),
    **_forms(10, "десять", "десяти", "десятью"),
    **_forms(11, "одиннадцать", "одиннадцати", "одиннадцатью"),
    **_forms(12, "двенадцать", "двенадцати", "двенадцатью"),
    **_forms(13, "тринадцать", "тринадцати", "тринадцатью"),
    **_forms(14, "четырнадцать", "четырнадцати", "четырнадцатью"),
    **_forms(15, "пятнадцать", "пятнадцати", "пятнадцатью"),
    **_forms(16, "шестнадцать", "шестнадцати", "шестнадцатью"),
    **_forms(17, "семнадцать", "семнадцати", "семнадцатью"),
    **_forms(18, "восемнадцать", "восемнадцати", "восемнадцатью"),
    **_forms(19, "девятнадцать", "девятнадцати", "девятнадцатью"),
    **_forms(20, "двадцать", "двадцати", "двадцатью"),
    **_forms(30, "тридцать", "тридцати", "тридцатью"),
    **_forms(40, "сорок", "сорока"),
    **_forms(50, "пятьдесят", "пятидесяти", "пятьюдесятью"),
    **_forms(60, "шестьдесят", "шестидесяти", "шестьюдесятью"),
    **_forms(70, "семьдесят", "семидесяти", "семьюдесятью"),
    **_forms(80, "восемьдесят", "восьмидесяти", "восемьюдесятью"),
    **_forms(90, "девяносто", "девяноста"),
    **_forms(100, "сто", "ста"),
    **_forms(200, "двести", "двухсот", "двумстам", "двумястами", "двухстах"),
    **_forms(
        300,
        "триста",
        "трехсот",
        "трёхсот",
        "тремстам",
        "трёмстам",
        "тремястами",
        "трёмястами",
        "трехстах",
        "трёхстах",
    ),
    **_forms(
        400,
        "четыреста",
        "четырехсот",
        "четырёхсот",
        "четыремстам",
        "четырьмястами",
        "четырехстах",
        "четырёхстах",
    ),
    **_forms(500, "пятьсот", "пятисот", "пятистам", "пятьюстами", "пятистах"),
    **_forms(600, "шестьсот", "шестисот", "шестистам", "шестьюстами", "шестистах"),
    **_forms(700, "семьсот", "семисот", "семистам", "семьюстами", "семистах"),
    **_forms(
        800, "восемьсот", "восьмисот", "восьмистам", "восемьюстами", "восьмьюстами", "восьмистах"
    ),
    **_forms(900, "девятьсот", "девятисот", "девятистам", "девятьюстами", "девятистах"),
}
# Collective numerals count people: "троє цивільних", "двое военных", "четверо моряків"
_COLLECTIVE = {
    **_forms(2, "двоє", "двое", "двоих"),
    **_forms(3, "троє", "трое", "троих"),
    **_forms(4, "четверо", "четверых"),
    **_forms(5, "п'ятеро", "пятеро", "пятерых"),
    **_forms(6, "шестеро", "шестерых"),
    **_forms(7, "семеро", "семерых"),
    **_forms(8, "восьмеро", "восьмерых"),
    **_forms(9, "дев'ятеро", "девятеро", "девятерых"),
    **_forms(10, "десятеро", "десятерых"),
    # Ukrainian has collective numerals up to twenty, and thirty, in every case: "двадцятеро
    # цивільних", "повернули двадцятьох цивільних", "одинадцятьом полоненим"
    **{
        f"{stem}{end}": value
        for value, stem in (
            (11, "одинадцят"),
            (12, "дванадцят"),
            (13, "тринадцят"),
            (14, "чотирнадцят"),
            (15, "п'ятнадцят"),
            (16, "шістнадцят"),
            (17, "сімнадцят"),
            (18, "вісімнадцят"),
            (19, "дев'ятнадцят"),
            (20, "двадцят"),
            (30, "тридцят"),
        )
        for end in ("еро", "ьох", "ьом")
    },
}
WORD_VALUES: dict[str, int] = {**_EN_UNITS, **_EN_TENS, **_UK, **_RU, **_COLLECTIVE}
_MULTIPLIERS = {
    "hundred": 100, "thousand": 1000, "тисяча": 1000, "тисячі": 1000, "тисяч": 1000,
    "тисячу": 1000, "тисячею": 1000, "тисячами": 1000, "тисячам": 1000, "тисячах": 1000,
    "тысяча": 1000, "тысячи": 1000, "тысяч": 1000, "тысячу": 1000, "тысячей": 1000,
    "тысячами": 1000, "тысячам": 1000, "тысячах": 1000,
}  # fmt: skip
# "два десятки дронів", "две сотни беспилотников": tens and hundreds counted as a round figure
# (20, 200), read as approximate as "three dozen" is; alone ("десятки", "сотни") they are vague
_ROUND_MULTIPLIERS = {
    "десяток": 10, "десятка": 10, "десятки": 10, "десятків": 10, "десятком": 10,
    "десятками": 10, "десятков": 10, "десятке": 10, "десятку": 10,
    "сотня": 100, "сотні": 100, "сотню": 100, "сотнею": 100, "сотень": 100, "сотнями": 100,
    "сотни": 100, "сотен": 100, "сотней": 100,
}  # fmt: skip
_MULTIPLIERS.update(_ROUND_MULTIPLIERS)

# gated: most of the words before a number hold none of these, and a few substring tests say so
_APPROX_BEFORE = gated(
    r"(?:\b(?:about|around|nearly|almost|roughly|approximately|some|over|under|upwards of|up to|"
    r"at least|at most|more than|less than|fewer than|close to|in excess of|estimated|"
    r"a minimum of|a maximum of|по меньшей мере|как минимум|як мінімум|мінімум|минимум|"
    r"понад|близько|майже|приблизно|більше(?: ніж)?|більш ніж|щонайменше|не менше(?: ніж)?|"
    r"до|около|более|почти|свыше|примерно|порядка|больше|не менее|менее|менше)\s+"
    r"(?:than\s+|чем\s+|ніж\s+)?)$",
    re.IGNORECASE,
)
_HAND_OVER = re.compile(r"\b(?:hand|hands|handed|handing|turn|turned)\s+over$", re.IGNORECASE)
_APPROX_AFTER = re.compile(r"^(?:-odd\b|\+|\s+or so\b|\s+or more\b|\s*-\s*\d)", re.IGNORECASE)

# A run of digits not glued to a word, a decimal point or a time: "(?<![\w.,:/])" read after
# the first digit (as "(?<![\w.,:/]\d)"), so that the pattern starts with a digit and `re`
# skips straight to the digits of a text instead of trying the look-behind at every place.
_DIGITS = re.compile(
    r"(\d(?<![\w.,:/]\d)(?:\d{0,2}(?:,\d{3})+|\d{0,2}(?:\.\d{3})+|\d{0,2}(?: \d{3})+|\d*))"
    r"(?![\w]|[.,:/]\d)"
)
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
_NUMBER_WORDS = frozenset([*WORD_VALUES, *_MULTIPLIERS, "dozen"])
_JOINER = re.compile(r"^(?:[\s-]+|\s+and\s+)$")


def _word_spans(text: str) -> list[tuple[int, int]]:
    """Spans of runs of number words ("twenty-six", "a dozen", "двадцять шість")."""
    spans: list[list[int]] = []
    prev_word_end = -1
    prev_was_a = False
    for m in _TOKEN.finditer(text):
        word = m.group(0).lower()
        if word in _NUMBER_WORDS:
            if word == "dozen" and not prev_was_a:
                prev_was_a = False
                if spans and spans[-1][1] == m.start() - 1:
                    spans[-1][1] = m.end()  # "three dozen": a rounded 36, read as approximate
                continue
            scale = word in ("dozen", "hundred", "thousand") and prev_was_a
            start = m.start() - 2 if scale else m.start()
            if spans and _JOINER.match(text[spans[-1][1] : m.start()]):
                spans[-1][1] = m.end()
            else:
                spans.append([start, m.end()])
        prev_was_a = word == "a" and prev_word_end != m.end()
        prev_word_end = m.end()
    return [(s, e) for s, e in spans]


# the group separators a digit run may hold ("1,200", "1.200", "1 200"), deleted in one pass
_SEPARATORS = str.maketrans("", "", " ,.")


def _digits_value(raw: str) -> int:
    return int(raw.translate(_SEPARATORS))


# the singular of "thousand" (uk/ru), which says one thousand as "a thousand" does
_ONE_THOUSAND = frozenset(["тисяча", "тисячу", "тисячею", "тысяча", "тысячу", "тысячей"])


def _words_value(raw: str) -> int | None:
    tokens = [t for t in re.split(r"[\s-]+", raw.lower()) if t and t != "and"]
    if tokens[:2] == ["a", "dozen"]:
        return 12
    if tokens[:1] == ["a"]:
        tokens[0] = "one"  # "a hundred", "a thousand"
    total = current = 0
    seen = False
    if tokens and tokens[0] in _ONE_THOUSAND and len(tokens) == 1:
        return 1000  # "тисяча на тисячу", "тысячу пленных": the singular is one thousand
    if tokens and tokens[0] in _MULTIPLIERS:
        return None  # "тисячі", "hundreds": a bare multiplier is a vague quantity
    for tok in tokens:
        if tok == "dozen":
            current = (current or 1) * 12
        elif tok in _MULTIPLIERS:
            current = (current or 1) * _MULTIPLIERS[tok]
            if _MULTIPLIERS[tok] >= 1000:
                total, current = total + current, 0
        elif tok in WORD_VALUES:
            current += WORD_VALUES[tok]
        else:
            continue
        seen = True
    return total + current if seen else None


def _is_approx(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 24) : start]
    m = _APPROX_BEFORE.search(before)
    if m and _HAND_OVER.search(before[: m.start() + 4]):
        return False  # "hand over 1,100 prisoners" is a transfer, not "over 1,100"
    return bool(m) or bool(_APPROX_AFTER.match(text[end : end + 8]))


def find_numbers(text: str) -> list[Num]:
    """All numbers in `text` (digits with , . or space grouping, and number words), in order.

    Decimals ("5,5", "2.5") are skipped; model numbers ("F-16", "Kh-22") and ranges ("4-5")
    are left out because they are never counts.
    """
    return list(_numbers_of(text))


@functools.lru_cache(maxsize=4096)
def _numbers_of(text: str) -> tuple[Num, ...]:
    """find_numbers' work, done once per sentence: the stages read a sentence's numbers many
    times (topic, status, figures, parts)."""
    found: list[Num] = []
    for m in _DIGITS.finditer(text):
        start, end = m.span(1)
        raw = m.group(1)
        if (
            start >= 2
            and text[start - 1] == "-"
            and text[start - 2].isalpha()
            and not text[max(0, start - 5) : start].lower().endswith(("for-", "на-"))
        ):
            continue  # model designation: Shahed-136, S-300
        if start >= 1 and text[start - 1] == "-" and start >= 2 and text[start - 2].isdigit():
            continue
        if text[end : end + 2].startswith("-") and text[end + 1 : end + 2].isdigit():
            continue
        if raw[0] == "0" and len(raw) > 1:
            continue
        found.append(Num(_digits_value(raw), start, end, _is_approx(text, start, end)))
    words = set(_TOKEN.findall(text.lower())) & _NUMBER_WORDS
    for start, end in _word_spans(text) if words else ():
        value = _words_value(text[start:end])
        if value is None:
            continue
        raw = text[start:end].lower()
        # "three dozen" is a rounded figure; "a dozen" keeps its 12
        approx = (
            _is_approx(text, start, end)
            or (raw.endswith(" dozen") and not raw.startswith("a "))
            or raw.split()[-1] in _ROUND_MULTIPLIERS
        )
        found.append(Num(value, start, end, approx, words=True))
    found.sort(key=lambda n: n.start)
    return tuple(found)


def number_forms(value: int) -> list[str]:
    """The ways a figure may be written in digits: 1200, 1,200, 1.200, 1 200."""
    plain = str(value)
    if value < 1000:
        return [plain]
    grouped = f"{value:,}"
    return [plain, grouped, grouped.replace(",", "."), grouped.replace(",", " ")]
