"""Strike figures once missed on real copy, each as a class of wording, in our own words."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

import pytest

from tests.extraction.figures_of import strike_figures

DAY = dt.date(2025, 6, 10)  # a Tuesday


def _figures(text: str) -> dict:
    return strike_figures(text, DAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "down" as the verb, after "managed to", "bringing", "taking"
        (
            "Russia sent 61 attack drones against Ukraine overnight, the air force said on Tuesday. Gunners managed to down 48 of them over six regions.",
            {"drones_launched": 61, "drones_downed": 48},
        ),
        (
            "Russia launched 33 Shahed drones overnight, the Ukrainian Air Force said. Mobile fire groups worked until dawn, bringing down 27.",
            {"drones_launched": 33, "drones_downed": 27},
        ),
        (
            "Air defence crews were able to down 17 drones overnight, the Ukrainian Air Force said on Tuesday.",
            {"drones_downed": 17},
        ),
        (
            "The Ukrainian Air Force said on Tuesday that its units took down 22 drones overnight.",
            {"drones_downed": 22},
        ),
    ],
)
def test_down_as_a_verb(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the launch figure after "from" or "out of", with or without a launch verb
        (
            "The Ukrainian Air Force said on Tuesday its crews downed 29 from 37 launched attack drones overnight.",
            {"drones_launched": 37, "drones_downed": 29},
        ),
        (
            "Overnight air defences shot down 71 drones and 6 missiles out of 80 drones and 11 missiles, the Ukrainian Air Force said on Tuesday.",
            {
                "drones_launched": 80,
                "missiles_launched": 11,
                "drones_downed": 71,
                "missiles_downed": 6,
            },
        ),
        (
            "Ukraine's air force said on Tuesday it destroyed 19 drones out of a total of 25.",
            {"drones_launched": 25, "drones_downed": 19},
        ),
    ],
)
def test_launch_figure_after_from_or_out_of(text, expected):
    assert _figures(text) == expected


def test_of_these_after_a_sentence_that_names_the_weapon_without_a_count():
    text = (
        "Russia attacked Ukraine with strike drones and decoys overnight, the Ukrainian Air Force said on Tuesday. "
        "Of these, 43 were shot down over the north and centre. "
        "In all the enemy used 58 drones, the statement said."
    )
    assert _figures(text) == {"drones_launched": 58, "drones_downed": 43}


def test_a_model_with_a_slash_is_one_missile():
    text = "Russia struck overnight with 38 drones and a Kh-31/35 guided missile, the Ukrainian Air Force said on Tuesday. Air defences downed 30 drones."
    assert _figures(text) == {"drones_launched": 38, "missiles_launched": 1, "drones_downed": 30}


@pytest.mark.parametrize(
    ("text", "downed"),
    [
        (
            "The Russian Defence Ministry said on Tuesday its air defences destroyed three reconnaissance drones, 11 drones in all, over the Kursk region overnight.",
            11,
        ),
        (
            "Russian air defences intercepted six drones over Bryansk, two over Oryol and 14 in total overnight, the Russian Defence Ministry said on Tuesday.",
            14,
        ),
        (
            "Air defences destroyed five attack drones, a total of seven drones, over the Kursk region overnight, the Russian Defence Ministry said on Tuesday.",
            7,
        ),
        (
            "Міноборони Росії у вівторок заявило, що ППО вночі знищила три розвідувальні безпілотники, загалом дев'ять дронів, над Курською областю.",
            9,
        ),
        (
            "Минобороны России во вторник сообщило, что ночью средства ПВО уничтожили два беспилотника над Орловской областью и еще четыре над Брянской, всего десять беспилотников.",
            10,
        ),
    ],
)
def test_a_written_total_is_not_added_to_its_parts(text, downed):
    assert _figures(text) == {"drones_downed": downed}


def test_a_list_without_a_written_total_still_adds_up():
    text = "Russian air defences intercepted six drones over Bryansk and two over Oryol overnight, the Russian Defence Ministry said on Tuesday."
    assert _figures(text) == {"drones_downed": 8}


@pytest.mark.parametrize(
    "text",
    [
        # a comparison of two nights: "from" after a count that nothing downed
        "The number of drones Russia launched rose to 90 from 70 drones the night before, the Ukrainian Air Force said on Tuesday.",
        # a weapon named without a count lends its class only to "of these", not to any count
        "A drone attack hit a depot near Kyiv overnight, officials said on Tuesday. Nine trucks were destroyed and 31 were damaged.",
        # a plan, not a result
        "Ukraine hopes its new interceptors will be able to down 500 drones a week, the minister said on Tuesday.",
    ],
)
def test_no_false_figures_from_these_wordings(text):
    assert "drones_downed" not in _figures(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia launched four Kh-101 cruise missiles that were intercepted over the Kyiv region, the Ukrainian Air Force said on Tuesday.",
            {"missiles_launched": 4, "missiles_downed": 4},
        ),
        (
            "Russia fired three ballistic missiles which were all shot down overnight, the Ukrainian Air Force said on Tuesday.",
            {"missiles_launched": 3, "missiles_downed": 3},
        ),
    ],
)
def test_launched_weapons_that_were_downed_count_both(text, expected):
    assert _figures(text) == expected
