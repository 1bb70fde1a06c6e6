"""The singular weapon table (extraction/weapon_words.py): every noun in it counts one weapon."""

import pytest

from extraction import weapon_words as ww
from extraction.figures import DOWNED, DRONES, MISSILES, sentence_figures

_CLASS = {ww.DRONE: DRONES, ww.MISSILE: MISSILES}

# a downing sentence per language, with the noun as its object
_DOWNED = {
    "en": "Air defence shot down a {} over Kyiv overnight.",
    "uk": "Над Києвом уночі збили {}.",
    "ru": "Ночью над Брянском ПВО сбила {}.",
}


def test_no_form_names_two_weapons():
    forms = [(form, weapon) for _, weapon, _, cases in ww.SINGULAR for form in cases.values()]
    assert all(ww.WEAPON_OF[form] == weapon for form, weapon in forms)


@pytest.mark.parametrize(
    ("lang", "weapon", "form"),
    [
        (lang, weapon, cases.get(ww.ACC, cases[ww.NOM]))
        for lang, weapon, sort, cases in ww.SINGULAR
        if sort in (ww.NAME, ww.FULL)
    ],
)
def test_a_named_weapon_downed_counts_one(lang, weapon, form):
    figures, _ = sentence_figures(_DOWNED[lang].format(form), None)
    assert [(f.cls, f.role, f.value) for f in figures] == [(_CLASS[weapon], DOWNED, 1)]


def test_a_missile_in_the_instrumental_counts_only_beside_a_counted_weapon():
    for form in ww.singular_forms(("uk", "ru"), (ww.NAME,), (ww.INS,), (ww.MISSILE,)):
        beside, _ = sentence_figures(f"Росія атакувала 46 дронами та {form}.", None)
        assert [(f.cls, f.value) for f in beside] == [(DRONES, 46), (MISSILES, 1)]
        alone, _ = sentence_figures(f"Окупанти вдарили по авто керованою {form}.", None)
        assert [f for f in alone if f.cls == MISSILES] == []
