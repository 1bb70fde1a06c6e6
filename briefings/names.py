"""Names the bot gives, in the reader's language: claimants, places, mediators, targets and
frameworks as the extractor names them. An article's own words (quotes, headlines, names the
extractor does not know) are shown as written."""

from __future__ import annotations

import html
import re

from briefings.catalogue import Html, has, t
from briefings.catalogue.names import FRAMEWORKS, PLACES, TARGETS
from briefings.html import esc
from storage.views import EDITOR_CORRECTED, EDITOR_SET, FALLBACK_OUTLETS, UNKNOWN_OUTLET

# Claimants the extractor names by a place: "Odesa Governor", "Kharkiv Mayor", ...
_BY_PLACE = re.compile(r"^(?P<place>.+?) (?P<title>Governor|Mayor|City Military Administration)$")
_TITLE_KEYS = {
    "Governor": "claimant.governor",
    "Mayor": "claimant.mayor",
    "City Military Administration": "claimant.city_administration",
}


def _place_forms(place: str, lang: str) -> tuple[str, str, str] | None:
    return PLACES.get(lang, {}).get(place)


# The names storage gives a source that declared no outlet, said in the reader's language.
_NAMELESS_OUTLETS = {
    FALLBACK_OUTLETS["paste"]: "outlet.pasted",
    FALLBACK_OUTLETS["file"]: "outlet.file",
    UNKNOWN_OUTLET: "outlet.unknown",
    EDITOR_SET: "outlet.editor_set",
    EDITOR_CORRECTED: "outlet.editor_corrected",
}


def outlet_name(name: str, lang: str = "en") -> str:
    """An outlet as stored (plain text), but a name given for want of one in `lang`."""
    key = _NAMELESS_OUTLETS.get(name)
    return html.unescape(t(lang, key)) if key else name


def claimant_name(name: str | None, lang: str = "en") -> Html:
    """Who claims a figure, in the bot's words for the usual claimants ("Повітряні сили ЗСУ",
    "Очільник Одеської області"); other names as given."""
    key = f"claimant.{name or 'unattributed'}"
    if has("en", key):
        return t(lang, key)
    found = _BY_PLACE.match(name or "")
    if found:
        forms = _place_forms(found["place"], lang)
        if forms is not None:
            _, city, region = forms
            return t(lang, _TITLE_KEYS[found["title"]], city=city, region=region)
    return Html(esc(name))


def place_name(place: str, lang: str = "en") -> str:
    """A region or city the extractor named, as the language says it (escaped)."""
    forms = _place_forms(place, lang)
    return esc(forms[0] if forms else place)


def places(names, lang: str = "en") -> Html:
    """Regions as a comma-separated list, each once, in the language's names."""
    return Html(", ".join(dict.fromkeys(place_name(n, lang) for n in names)))


def target_name(target: str, lang: str = "en") -> str:
    """What was hit ("energy infrastructure"), as the language says it (escaped)."""
    return esc(TARGETS.get(lang, {}).get(target, target))


def targets(names, lang: str = "en") -> Html:
    """Targets as a comma-separated list, each once."""
    return Html(", ".join(dict.fromkeys(target_name(n, lang) for n in names)))


def mediator_name(name: str, lang: str = "en") -> Html:
    """A mediator's name as it reads in a sentence ("the UAE"); unknown names as written."""
    key = f"mediator.{name}"
    return t(lang, key) if has("en", key) else Html(esc(name))


def framework_name(name: str, lang: str = "en") -> str:
    """The agreement a swap follows ("Istanbul agreements"), as the language says it."""
    return esc(FRAMEWORKS.get(lang, {}).get(name, name))
