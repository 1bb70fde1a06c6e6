"""Month and weekday names in English, Ukrainian and Russian, by form: the one table of each.

Dates ("10 березня", "March 10", "у ніч на п'ятницю"), spans ("у березні", "за март", "in
March"), the day-of-month guards of the figure stages and the swap stage's "today" words all
build their alternations from these tables, so a spelling is added here once. Surface forms,
not lemmas: each pattern needs one case ("10 березня" is a date, "у березні" a month).
"""

from __future__ import annotations

EN = "en"  # the English name
EN_SHORT = "en_short"  # its abbreviations, as datelines write them ("Sept. 3", "Dec 2023")
UK_NOM, UK_GEN, UK_LOC = "uk_nom", "uk_gen", "uk_loc"  # "березень", "10 березня", "у березні"
UK_ACC = "uk_acc"  # "у п'ятницю"
UK_MISSPELT = "uk_misspelt"  # a genitive as OCR and careless typing leave it ("счня"): dates only
RU_NOM, RU_GEN, RU_LOC = "ru_nom", "ru_gen", "ru_loc"  # "март", "10 марта", "в марте"
RU_ACC = "ru_acc"  # "в пятницу"

_MONTH_COLUMNS = (EN, EN_SHORT, UK_NOM, UK_GEN, UK_LOC, UK_MISSPELT, RU_NOM, RU_GEN, RU_LOC)
# One row per month, in the calendar's order; a cell may hold several spellings.
_MONTHS = (
    ("january", "jan", "січень", "січня", "січні", "счня", "январь", "января", "январе"),
    ("february", "feb", "лютий", "лютого", "лютому", "", "февраль", "февраля", "феврале"),
    ("march", "mar", "березень", "березня", "березні", "", "март", "марта", "марте"),
    ("april", "apr", "квітень", "квітня", "квітні", "квтня", "апрель", "апреля", "апреле"),
    ("may", "", "травень", "травня", "травні", "", "май", "мая", "мае"),
    ("june", "jun", "червень", "червня", "червні", "", "июнь", "июня", "июне"),
    ("july", "jul", "липень", "липня", "липні", "", "июль", "июля", "июле"),
    ("august", "aug", "серпень", "серпня", "серпні", "", "август", "августа", "августе"),
    ("september", "sept sep", "вересень", "вересня", "вересні", "",
     "сентябрь", "сентября", "сентябре"),
    ("october", "oct", "жовтень", "жовтня", "жовтні", "", "октябрь", "октября", "октябре"),
    ("november", "nov", "листопад", "листопада", "листопаді", "", "ноябрь", "ноября", "ноябре"),
    ("december", "dec", "грудень", "грудня", "грудні", "", "декабрь", "декабря", "декабре"),
)  # fmt: skip

_WEEKDAY_COLUMNS = (EN, UK_NOM, UK_ACC, UK_GEN, RU_NOM, RU_ACC, RU_GEN)
# One row per weekday from Monday, as date.weekday() counts them.
_WEEKDAYS = (
    ("monday", "понеділок", "понеділок", "понеділка", "понедельник", "понедельник", "понедельника"),
    ("tuesday", "вівторок", "вівторок", "вівторка", "вторник", "вторник", "вторника"),
    ("wednesday", "середа", "середу", "середи", "среда", "среду", "среды"),
    ("thursday", "четвер", "четвер", "четверга", "четверг", "четверг", "четверга"),
    ("friday", "п'ятниця", "п'ятницю", "п'ятниці", "пятница", "пятницу", "пятницы"),
    ("saturday", "субота", "суботу", "суботи", "суббота", "субботу", "субботы"),
    ("sunday", "неділя", "неділю", "неділі", "воскресенье", "воскресенье", "воскресенья"),
)  # fmt: skip


def _forms(table, names, columns) -> tuple[str, ...]:
    found: dict[str, None] = {}  # ordered: column by column, each row in the table's order
    for column in columns:
        i = names.index(column)
        found.update((word, None) for row in table for word in row[i].split())
    return tuple(found)


def _numbers(table, names, columns, first: int) -> dict[str, int]:
    indexes = [names.index(c) for c in columns]
    return {
        word: n for n, row in enumerate(table, first) for i in indexes for word in row[i].split()
    }


def month_forms(*columns: str) -> tuple[str, ...]:
    """Every month spelling in `columns`, column by column, each from January on, once each."""
    return _forms(_MONTHS, _MONTH_COLUMNS, columns)


def month_alternation(*columns: str) -> str:
    """The month spellings of `columns` as a regex alternation (no group), in that order."""
    return "|".join(month_forms(*columns))


def month_numbers(*columns: str) -> dict[str, int]:
    """Each month spelling in `columns` with its month's number (1 for January), month by
    month."""
    return _numbers(_MONTHS, _MONTH_COLUMNS, columns, 1)


def weekday_forms(*columns: str) -> tuple[str, ...]:
    """Every weekday spelling in `columns`, column by column, each from Monday on, once each."""
    return _forms(_WEEKDAYS, _WEEKDAY_COLUMNS, columns)


def weekday_alternation(*columns: str) -> str:
    """The weekday spellings of `columns` as a regex alternation (no group), in that order."""
    return "|".join(weekday_forms(*columns))


def weekday_numbers(*columns: str) -> dict[str, int]:
    """Each weekday spelling in `columns` with its weekday's number (0 for Monday), day by
    day."""
    return _numbers(_WEEKDAYS, _WEEKDAY_COLUMNS, columns, 0)
