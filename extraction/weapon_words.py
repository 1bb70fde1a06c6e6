"""Weapon nouns in the singular, as copy writes them: one table, per language and weapon.

One drone or missile named without a number ("a cruise missile", "сбита ракета", "46 дронами
та ракетою") is a count of one; figures.py builds its singular-weapon patterns from this table,
so a noun or a case form is added here once. Surface forms, not lemmas: a pattern needs the case
a word stands in (an instrumental "ракетою" counts only beside a counted weapon).
"""

from __future__ import annotations

import re

DRONE = "drone"
MISSILE = "missile"

# What sort of word a noun is; patterns pick the sorts they can trust.
NAME = "name"  # the weapon's plain name: drone, ракета, беспилотник
LOOSE = "loose"  # a word also used for other arms ("rocket": artillery rounds too)
MODEL = "model"  # a model named for the weapon ("шахед": also an attribute, "дрон типу шахед")
SHORT = "short"  # an abbreviation, written the same in the singular and the plural ("UAV")
FULL = "full"  # the long official name, several words

# Case forms: nominative, accusative (only where it differs), instrumental.
NOM = "nom"
ACC = "acc"
INS = "ins"

# (language, weapon, sort, {case: form}); English nouns have no case, their one form is NOM.
SINGULAR: tuple[tuple[str, str, str, dict[str, str]], ...] = (
    ("en", MISSILE, NAME, {NOM: "missile"}),
    ("en", DRONE, NAME, {NOM: "drone"}),
    ("en", MISSILE, LOOSE, {NOM: "rocket"}),
    ("en", DRONE, SHORT, {NOM: "uav"}),
    ("en", DRONE, FULL, {NOM: "unmanned aerial vehicle"}),
    ("uk", MISSILE, NAME, {NOM: "ракета", ACC: "ракету", INS: "ракетою"}),
    ("ru", MISSILE, NAME, {NOM: "ракета", ACC: "ракету", INS: "ракетой"}),
    ("uk", DRONE, NAME, {NOM: "дрон", INS: "дроном"}),
    ("ru", DRONE, NAME, {NOM: "дрон", INS: "дроном"}),
    ("uk", DRONE, NAME, {NOM: "безпілотник", INS: "безпілотником"}),
    ("ru", DRONE, NAME, {NOM: "беспилотник", INS: "беспилотником"}),
    ("uk", DRONE, MODEL, {NOM: "шахед", INS: "шахедом"}),
    ("ru", DRONE, MODEL, {NOM: "шахед", INS: "шахедом"}),
    ("uk", DRONE, SHORT, {NOM: "бпла"}),
    ("ru", DRONE, SHORT, {NOM: "бпла"}),
    ("uk", DRONE, FULL, {NOM: "безпілотний літальний апарат"}),
    ("ru", DRONE, FULL, {NOM: "беспилотный летательный аппарат"}),
)

ALL_LANGS = ("en", "uk", "ru")
ALL_SORTS = (NAME, LOOSE, MODEL, SHORT, FULL)
ALL_CASES = (NOM, ACC, INS)


def singular_forms(
    langs=ALL_LANGS, sorts=ALL_SORTS, cases=ALL_CASES, weapons=(DRONE, MISSILE)
) -> tuple[str, ...]:
    """The table's singular forms for the languages, sorts, cases and weapons asked, once each."""
    found: dict[str, None] = {}  # ordered: a generated pattern reads as the table does
    for lang, weapon, sort, forms in SINGULAR:
        if lang in langs and sort in sorts and weapon in weapons:
            found.update((form, None) for case, form in forms.items() if case in cases)
    return tuple(found)


def alternation(forms) -> str:
    """A regex alternation of literal forms (no group)."""
    return "|".join(re.escape(form) for form in forms)


# Which weapon each singular form names: the class of a one-weapon figure.
WEAPON_OF: dict[str, str] = {
    form: weapon for _, weapon, _, forms in SINGULAR for form in forms.values()
}
