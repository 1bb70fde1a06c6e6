"""Where an attack happened, for an article that gives no figure: "Drones hit Kyiv overnight".

Such an article reports a night the bot may already have a story for. With no figure it has no
event of its own (storage.events), so it would stand alone; the places its headline and lede
name let the store add it to that night's story when the story names the same place.
"""

from __future__ import annotations

from extraction.places import find_places, region_of, split_dateline
from storage.events import main_event, mentions

# How far into the text a place counts as what the article is about: the headline and lede.
LEDE_CHARS = 400


def with_attack_places(text: str, extraction: dict) -> dict:
    """The extraction, with `attack_places` (places and their regions) when it is a dated
    report of an attack that gives no figure and names where it happened."""
    if not extraction.get("published") or main_event(extraction) is not None:
        return extraction
    if extraction.get("exchange"):
        return extraction
    title = extraction.get("title") or ""
    lede = text[:LEDE_CHARS]
    if not (mentions(title, "strikes") or mentions(lede, "strikes")):
        return extraction
    if mentions(title, "exchange"):
        return extraction
    # A wire dateline's credit and the outlet's name are no place: "(Kyiv Wire)".
    lede = "\n".join(split_dateline(line)[1] for line in lede.splitlines())
    outlet = extraction.get("outlet")
    if outlet:
        lede = lede.replace(outlet, " ")
    places = set(find_places(lede))
    places |= {r for p in places if (r := region_of(p))}
    if places:
        extraction["attack_places"] = sorted(places)
    return extraction
