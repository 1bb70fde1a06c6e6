"""Test articles for the review loop, written by us in wire style (no real copy)."""

from datetime import date

from extraction import extract
from storage import NewSource

# Both sides' figures for one night: 38 launched, 31 downed (Air Force); 12 downed (Russia).
NIGHT = (
    "KYIV, March 14 (Kyiv Wire) - Russia launched 38 attack drones at Ukraine overnight, the "
    "Ukrainian Air Force said on Thursday. Air defences shot down 31 of the drones over the "
    "Kyiv, Sumy and Poltava regions, the air force said in a statement.\n"
    "The remaining drones did not reach their targets, it said. Russia's defence ministry said "
    "its forces had destroyed 12 Ukrainian drones over the Belgorod and Kursk regions."
)
NIGHT_DAY = date(2024, 3, 14)

# The same night from a second outlet, with the same figures.
NIGHT_AGAIN = (
    "Ukraine's air force says it downed 31 of 38 Russian drones\n"
    "Russian forces sent 38 drones against Ukraine during the night, and 31 were destroyed by "
    "air defence units, the Ukrainian Air Force reported on Thursday morning."
)

# More downed than launched: one of the two figures is misread.
IMPOSSIBLE = (
    "KYIV, March 15 (Kyiv Wire) - Russia attacked Ukraine overnight with 48 drones, the "
    "Ukrainian Air Force said on Friday. Air defences destroyed 52 drones over the central and "
    "eastern regions, the air force said."
)
IMPOSSIBLE_DAY = date(2024, 3, 15)

# A completed swap: 75 returned (confident); the other side's 58 is only an uncertain count.
SWAP = (
    "Ukraine brings home 75 soldiers in latest swap\n"
    "Seventy-five Ukrainian servicemen came home from Russian captivity on Wednesday, the "
    "coordination headquarters in Kyiv said.\n"
    "Moscow's defence ministry said 58 Russian servicemen had been returned under the deal, "
    "which the United Arab Emirates brokered."
)
SWAP_DAY = date(2024, 3, 13)

# A different night, a week later: a story of its own.
LATER_NIGHT = (
    "KYIV, March 21 (Kyiv Wire) - Russia launched 90 drones and six missiles at Ukraine "
    "overnight, the Ukrainian Air Force said on Thursday. Air defences shot down 81 drones and "
    "four missiles, it said."
)
LATER_DAY = date(2024, 3, 21)


def save(store, text, day, *, outlet="Kyiv Wire", editor=1001, kind="paste", **source):
    """Extract and store one article as intake does; the SaveResult."""
    extraction = extract(text, published=day, outlet=outlet)
    return store.save_article(
        text, extraction, NewSource(kind=kind, outlet=outlet, added_by=editor, **source)
    )
