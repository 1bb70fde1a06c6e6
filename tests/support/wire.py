"""Many distinct wire-style test articles, generated: for tests that need volume, not prose."""

import random
from datetime import date, timedelta

from storage import NewSource

_REGIONS = ("Odesa", "Kharkiv", "Sumy", "Dnipro", "Kyiv", "Zaporizhzhia", "Mykolaiv", "Poltava")
_PLACES = ("a grain terminal", "a power substation", "a rail depot", "a fuel store", "a port")
_VERBS = ("struck", "hit", "damaged", "targeted", "set fire to")
_OUTLETS = ("Kyiv Wire", "Harbour Times", "Eastern Dispatch", "Northern Ledger")


def article(n: int) -> tuple[str, dict, NewSource]:
    """Article number n: its text, an extraction as the extractor would give, and a source."""
    rng = random.Random(n)
    night = (date(2023, 1, 1) + timedelta(days=n % 700)).isoformat()
    launched = rng.randint(20, 200)
    downed = rng.randint(1, launched)
    region = rng.choice(_REGIONS)
    lines = [
        f"Report {n}: air defences down {downed} of {launched} drones over {region}",
        f"Russia launched {launched} drones overnight into {night}, the air force said in report "
        f"number {n}, and {downed} of them were shot down over {region} and nearby districts.",
    ]
    for k in range(4):
        lines.append(
            f"Officials in {rng.choice(_REGIONS)} said debris {rng.choice(_VERBS)} "
            f"{rng.choice(_PLACES)} at {rng.randint(1, 23)}:{rng.randint(10, 59)} "
            f"(item {n}-{k}, {rng.randint(1000, 9999)} residents without power)."
        )
    text = "\n\n".join(lines)
    extraction = {
        "title": lines[0],
        "outlet": None,
        "published": night,
        "language": "en",
        "exchange": None,
        "strikes": [
            {
                "attacker": "russia",
                "claimant": "Ukrainian Air Force",
                "date": night,
                "drones_launched": launched,
                "drones_downed": downed,
                "regions": [region],
                "targets": [],
            }
        ],
    }
    source = NewSource(kind="file", outlet=rng.choice(_OUTLETS))
    return text, extraction, source
