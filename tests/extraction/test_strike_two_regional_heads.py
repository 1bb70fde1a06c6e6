"""Two Russian regions' heads who each give the same figure for their own region ("two drones"
over Belgorod, "also two" over Kursk) make two claims, not one figure relayed twice. Each
sentence is ours, in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

from extraction import extract
from tests.extraction.figures_of import figure_pairs

DAY = dt.date(2024, 8, 14)


def test_two_governors_same_figure_two_claims():
    text = (
        "Над Белгородской областью системой ПВО сбиты три БПЛА самолетного типа, сообщил губернатор Белгородской области Вячеслав Гладков. "
        "Губернатор Курской области Алексей Смирнов заявил, что над регионом также уничтожены три беспилотника."
    )
    result = extract(text, published=DAY)
    assert figure_pairs(result) == [("drones_downed", 3), ("drones_downed", 3)]
    assert sorted(s["claimant"] for s in result["strikes"]) == [
        "Belgorod Governor",
        "Kursk Governor",
    ]


def test_ministry_relayed_by_governor_stays_one():
    text = (
        "Ночью над Брянской областью уничтожены 12 беспилотников, сообщило Минобороны России. "
        "Губернатор Брянской области Александр Богомаз подтвердил, что над регионом сбиты 12 БПЛА."
    )
    assert figure_pairs(extract(text, published=DAY)) == [("drones_downed", 12)]
