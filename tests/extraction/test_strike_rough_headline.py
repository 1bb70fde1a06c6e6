"""When the headline gives a figure only roughly ("понад 50 дронів знищено") and the body states
it ("зуміли збити 53 дрони"), the body's figure is the night's: a later sentence with another
number does not replace it as if it corrected a headline. Each text is ours, in wire style."""
# ruff: noqa: E501  (test texts are kept whole)

import datetime as dt

from tests.extraction.figures_of import strike_figures

DAY = dt.date(2025, 3, 9)


def test_body_figure_after_a_rough_headline_stands():
    text = (
        "Нічні удари Росії: понад 50 дронів знищено, пошкоджено енергетику\n"
        "Цієї ночі Росія здійснила масовану атаку на Україну, використовуючи 70 безпілотників та 5 ракет. "
        "Сили протиповітряної оборони зуміли збити 53 дрони, проте атака призвела до руйнувань в кількох областях, зокрема на Полтавщині та Сумщині. "
        "Вибухи також лунали у Харкові. "
        "Повітряні сили повідомили про збиття 25 безпілотників та відзначили, що певні руйнування все ж сталися."
    )
    assert strike_figures(text, DAY)["drones_downed"] == 53
