"""Parts with no total written add up; a total that is written stands (written by us)."""

import datetime as dt

import pytest

from extraction import extract

DAY = dt.date(2025, 6, 2)


def _one(text: str, field: str) -> tuple[int | None, list | None]:
    (record,) = extract(text, published=DAY)["strikes"]
    evidence = record["evidence"].get(field) or {}
    return record[field], evidence.get("sum_of")


@pytest.mark.parametrize(
    ("text", "field", "value", "parts"),
    [
        ("Russia fired two cruise missiles and one ballistic missile overnight, the air force "
         "said.", "missiles_launched", 3, [2, 1]),
        ("The air force said it shot down 18 Shahed drones and two reconnaissance drones.",
         "drones_downed", 20, [18, 2]),
        ("Ворог атакував 4 балістичними ракетами Іскандер-М і 2 крилатими ракетами Х-101, "
         "повідомили Повітряні сили.", "missiles_launched", 6, [4, 2]),
        ("Russia's defence ministry said its forces destroyed 15 Ukrainian drones over the "
         "Belgorod region, 9 over Kursk and 3 over Bryansk.", "drones_downed", 27, [15, 9, 3]),
        ("Минобороны: над Белгородской и Воронежской областями сбиты по 11 беспилотников, над "
         "Курской — пять.", "drones_downed", 27, [11, 11, 5]),
    ],
    ids=["missile-types", "drone-types", "uk-instrumental-types", "regions-in-one-sentence",
         "ru-po-each-and-dash"],
)  # fmt: skip
def test_a_list_with_no_total_adds_up_and_names_its_parts(text, field, value, parts):
    assert _one(text, field) == (value, parts)


def test_regional_shares_in_later_sentences_add_up():
    text = (
        "Russian air defences destroyed 12 Ukrainian drones over the Kursk region overnight, the "
        "defence ministry said. Units also destroyed four drones over Bryansk and two over "
        "Belgorod."
    )
    value, parts = _one(text, "drones_downed")
    assert (value, parts) == (18, [12, 4, 2])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the total is written first: the list after it is its breakdown
        ("Russia launched 7 missiles: 4 Kh-101 and 3 Kalibr, the air force said.", 7),
        ("Air defences destroyed 23 drones overnight. Of them, 14 were downed over Odesa and 9 "
         "over Mykolaiv, the southern command said.", 23),
        # a subset named after its total: "three of them"
        ("Russia fired four missiles, three of them Iskander-M ballistic missiles, the air force "
         "said.", 4),
        # the total is written after its parts
        ("Russia's defence ministry said 12 Ukrainian drones were downed over Kursk and 4 over "
         "Bryansk. In all, 19 Ukrainian drones were destroyed overnight, it said.", 19),
    ],
    ids=["colon-total-first", "of-them-breakdown", "three-of-them", "total-after-parts"],
)  # fmt: skip
def test_a_written_total_stands(text, value):
    (record,) = extract(text, published=DAY)["strikes"]
    found = [v for k, v in record.items() if k.endswith(("_launched", "_downed")) and v]
    assert found == [value]


def test_a_headline_figure_is_never_one_more_part():
    text = (
        "Russia says it downed two drones near Crimea\n"
        "The defence ministry said it jammed two Ukrainian drones over the Black Sea. It also "
        "said two drones were downed over the Bryansk region."
    )
    (record,) = extract(text, published=DAY)["strikes"]
    assert record["drones_downed"] == 2
