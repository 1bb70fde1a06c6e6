"""Thanks for a mediation ("grateful for the mediation", "вдячний за посередництво",
"благодарен за посредничество") acknowledge brokering already done, as "thanks to the
mediation of" does: they tell no talks under way. The broker is still named. Each article is
ours, in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

import pytest

from extraction import extract

DAY = dt.date(2025, 11, 29)

CASES = [
    (
        "grateful-en",
        'Zelensky meets Gulf leader\n\nZelensky met the president of the United Arab Emirates on Saturday. "I am grateful for the mediation on humanitarian issues, including prisoners of war," he said.',
    ),
    (
        "grateful-uk",
        'Зеленський зустрівся з президентом ОАЕ\n\nЗеленський у суботу зустрівся з президентом ОАЕ. "Я вдячний за посередництво у питанні військовополонених", - сказав він.',
    ),
    (
        "grateful-ru",
        'Зеленский встретился с президентом ОАЭ\n\nЗеленский в субботу встретился с президентом ОАЭ. "Я благодарен за посредничество в вопросе военнопленных", - сказал он.',
    ),
]


@pytest.mark.parametrize("name,text", CASES, ids=[c[0] for c in CASES])
def test_thanks_for_a_mediation_tell_no_talks_under_way(name, text):
    exchange = extract(text, published=DAY)["exchange"]
    assert exchange is None or exchange["status"] != "negotiating"


def test_mediation_under_way_is_still_talks():
    text = "Talks on a swap\n\nThe UAE is mediating a new prisoner exchange between Kyiv and Moscow, officials said on Saturday."
    assert extract(text, published=DAY)["exchange"]["status"] == "negotiating"
