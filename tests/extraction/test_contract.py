"""The contract example of EXTRACT.md, carried by our own wording of the same facts."""

import datetime as dt

from extraction import extract

# Our own text with the facts of the contract example (not the seed article's sentences).
STORY = """Kyiv Seeks to Bring Home 1,200 Prisoners in New Swap, Zelenskyy Says

Kyiv is pressing to restart prisoner swaps with Moscow, with 1,200 Ukrainian captives at stake, President Volodymyr Zelenskyy said.

Rustem Umerov, the security council secretary, said consultations mediated by Turkey and the United Arab Emirates had been held, and the sides would rely on the Istanbul agreements.

Overnight, Russian drones struck energy infrastructure in the Odesa region and damaged a solar power plant.

Ukraine's air force said Russia launched 176 drones and one missile during the night, and air defences shot down 139 of the drones. Russia's defence ministry said it downed 57 Ukrainian drones over the same night.
"""  # noqa: E501


_ADDED = ("evidence", "confidence")


def _core(entry: dict) -> dict:
    """An entry without the evidence keys the project adds (checked on their own below)."""
    return {k: v for k, v in entry.items() if k not in _ADDED}


def test_contract_example():
    result = extract(STORY, published=dt.date(2023, 12, 3))
    assert result["title"] == "Kyiv Seeks to Bring Home 1,200 Prisoners in New Swap, Zelenskyy Says"
    assert (result["published"], result["language"], result["outlet"]) == ("2023-12-03", "en", None)
    assert result["people"] == ["Volodymyr Zelenskyy", "Rustem Umerov"]
    assert _core(result["exchange"]) == {
        "count": 1200,
        "returned": None,
        "status": "negotiating",
        "mediators": ["Turkey", "United Arab Emirates"],
        "framework": "Istanbul agreements",
    }
    air_force, mod = (_core(s) for s in result["strikes"])
    assert air_force == {
        "attacker": "russia", "claimant": "Ukrainian Air Force", "date": "2023-12-03",
        "drones_launched": 176, "missiles_launched": 1, "drones_downed": 139,
        "missiles_downed": None, "drones_lost": None, "total_launched": None,
        "total_downed": None, "regions": ["Odesa"],
        "targets": ["energy infrastructure", "solar power plant"],
    }  # fmt: skip
    assert mod == {
        "attacker": "ukraine", "claimant": "Russian Defence Ministry", "date": "2023-12-03",
        "drones_launched": None, "missiles_launched": None, "drones_downed": 57,
        "missiles_downed": None, "drones_lost": None, "total_launched": None,
        "total_downed": None, "regions": [], "targets": [],
    }  # fmt: skip
    assert result["uncertain"] == [] and result["warnings"] == []


def test_every_figure_points_at_the_words_it_came_from():
    result = extract(STORY, published=dt.date(2023, 12, 3))
    entries = [*result["strikes"], result["exchange"]]
    for entry in entries:
        figures = {k for k, v in entry.items() if k not in _ADDED and isinstance(v, int)}
        if entry is result["exchange"]:
            figures.add("status")
        assert set(entry["evidence"]) == figures == set(entry["confidence"])
        for name, ev in entry["evidence"].items():
            assert STORY[ev["start"] : ev["end"]] == ev["quote"]
            assert 0.6 <= entry["confidence"][name] <= 1
            value = entry[name]
            if isinstance(value, int):
                assert f"{value:,}" in ev["quote"] or str(value) in ev["quote"] or value == 1
    air_force = result["strikes"][0]
    assert "176 drones" in air_force["evidence"]["drones_launched"]["quote"]
    assert "57 Ukrainian drones" in result["strikes"][1]["evidence"]["drones_downed"]["quote"]
