"""Stored articles for the desk tools: written by us in wire style, extractions given directly."""

import pytest

from storage import NewSource


def strike(claimant, attacker, night, **figures):
    """One strike entry of an extraction."""
    return {"claimant": claimant, "attacker": attacker, "date": night, **figures}


def save(store, text, *, title, published, outlet="Kyiv Wire", link=None, **extraction):
    """Store one article with the given extraction; return its SaveResult."""
    source = NewSource(kind="link" if link else "paste", outlet=outlet, url=link)
    body = {"title": title, "published": published, "outlet": outlet, **extraction}
    return store.save_article(f"{title}\n\n{text}", body, source)


@pytest.fixture
def nights(store):
    """Four attack nights: Air Force figures, two Russian claims, one correction, one other
    claimant that the chart leaves out."""
    save(
        store,
        "The air force said Russia launched 176 drones and one missile overnight and that 139 "
        "drones were shot down. Russia's defence ministry said it downed 57 Ukrainian drones.",
        title="Air force: 139 of 176 drones downed",
        published="2023-12-03",
        link="https://kyivwire.example/139-of-176",
        strikes=[
            strike(
                "Ukrainian Air Force",
                "russia",
                "2023-12-03",
                drones_launched=176,
                missiles_launched=1,
                drones_downed=139,
                evidence={
                    "drones_launched": {"quote": "launched 176 drones", "start": 0, "end": 1}
                },
            ),
            strike("Russian Defence Ministry", "ukraine", "2023-12-03", drones_downed=57),
        ],
    )
    save(
        store,
        "The air force later raised its count: 150 of the 176 drones were destroyed.",
        title="Air force raises count to 150",
        published="2023-12-03",
        outlet="Harbour Times",
        strikes=[
            strike(
                "Ukrainian Air Force",
                "russia",
                "2023-12-03",
                drones_launched=176,
                drones_downed=150,
                corrected=True,
            )
        ],
    )
    save(
        store,
        "Повітряні сили: росіяни запустили 24 дрони, 18 збито.",
        title="Повітряні сили: збито 18 з 24 дронів",
        published="2023-12-05",
        outlet="Повітряні сили ЗС України",
        strikes=[
            strike(
                "Ukrainian Air Force", "russia", "2023-12-05", drones_launched=24, drones_downed=18
            ),
            strike("Kharkiv Governor", "russia", "2023-12-05", drones_launched=9),
        ],
    )
    save(
        store,
        "Russia's defence ministry said air defences destroyed 12 Ukrainian drones overnight.",
        title="Moscow says 12 drones downed",
        published="2024-01-12",
        outlet="Eastern Dispatch",
        strikes=[strike("Russian Defence Ministry", "ukraine", "2024-01-12", drones_downed=12)],
    )
    save(
        store,
        "The air force said 45 drones and three missiles were launched; 40 drones and two "
        "missiles were shot down.",
        title="=45 drones, 3 missiles launched",  # a headline a spreadsheet would run as a formula
        published="2024-02-10",
        strikes=[
            strike(
                "Ukrainian Air Force",
                "russia",
                "2024-02-10",
                drones_launched=45,
                missiles_launched=3,
                drones_downed=40,
                missiles_downed=2,
            )
        ],
    )
    return store


@pytest.fixture
def swaps(store):
    """Talks, then two completed swaps."""
    save(
        store,
        "Ukraine wants 1,200 prisoners home; talks mediated by Turkey resumed.",
        title="Talks on a 1,200 swap resume",
        published="2023-12-03",
        exchange={"count": 1200, "status": "negotiating", "mediators": ["Turkey"]},
    )
    save(
        store,
        "Ukraine brought home 230 of its people in a swap mediated by the UAE.",
        title="230 Ukrainians come home",
        published="2024-01-03",
        exchange={
            "count": 248,
            "returned": 230,
            "status": "completed",
            "mediators": ["United Arab Emirates"],
            "evidence": {"returned": {"quote": "brought home 230", "start": 0, "end": 1}},
        },
    )
    save(
        store,
        "A hundred prisoners returned from captivity on Friday, officials said.",
        title="100 more return from captivity",
        published="2024-02-09",
        outlet="Eastern Dispatch",
        exchange={"returned": 100, "status": "completed"},
    )
    return store
