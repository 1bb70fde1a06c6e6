"""One drone that attacks a car, a village or a person is a hit told in a casualty report, not a
count of what the enemy launched; a launch told with the weapons as its object or instrument
still counts. Each text is ours, in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

from tests.extraction.figures_of import strike_figures

DAY = dt.date(2025, 10, 2)


def test_a_drone_that_attacked_a_civilian_is_not_a_launch_count():
    text = "Увечері російський дрон атакував цивільного на велосипеді у Краснопільській громаді. Чоловік отримав поранення."
    assert "drones_launched" not in strike_figures(text, DAY)


def test_one_more_drone_that_attacked_a_car_is_not_a_launch_count_either():
    text = "Вдень ще один російський дрон атакував автомобіль у прикордонні, водій загинув."
    assert "drones_launched" not in strike_figures(text, DAY)


def test_a_drone_that_struck_a_house_in_russian():
    text = "Утром украинский беспилотник нанес удар по частному дому в Белгородском районе, пострадала женщина."
    assert "drones_launched" not in strike_figures(text, DAY)


def test_drones_that_attacked_the_country_overnight_are_still_counted():
    text = "Вночі Україну атакували 48 ударних безпілотників, повідомили Повітряні сили."
    assert strike_figures(text, DAY)["drones_launched"] == 48


def test_one_missile_launched_by_the_enemy_is_still_counted():
    text = (
        "Вночі ворог запустив по Одещині ракету Х-59. Її збили сили ППО, повідомили Повітряні сили."
    )
    assert strike_figures(text, DAY)["missiles_launched"] == 1
