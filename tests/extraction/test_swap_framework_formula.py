"""The deal struck at the Istanbul talks of May 2025 is known by its formula, "1000 for 1000":
a swap or a stage told under that formula runs under the Istanbul agreements, even when the
article never names Istanbul. Other per-side formulas ("84 for 84") name no framework.

Every article here is our own wire-style wording of a class seen in real copy.
"""

import pytest

from extraction import extract


@pytest.mark.parametrize(
    "text",
    [
        "Second stage of the big swap\n\n"
        "Ukraine brought home 307 soldiers on Saturday in the second stage of the "
        '"1,000 for 1,000" prisoner exchange, the president said.',
        "Третій етап обміну завершено\n\n"
        "Додому повернулися ще 303 захисники: завершено третій етап обміну у форматі "
        "«1000 на 1000», повідомив президент.",
        "Обмен пленными продолжается\n\n"
        "Россия вернула из украинского плена 307 военнослужащих в рамках обмена по формуле "
        "1000 на 1000, сообщили в Минобороны.",
    ],
    ids=["en-stage", "uk-third-stage", "ru-formula"],
)
def test_the_thousand_for_thousand_formula_names_the_istanbul_framework(text):
    found = extract(text)["exchange"]
    assert found["status"] == "completed"
    assert found["framework"] == "Istanbul agreements"


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine and Russia swap 84 prisoners each\n\n"
        "Ukraine and Russia exchanged prisoners under an 84-for-84 formula on Thursday, the "
        "defence ministry said.",
        "Обмін полоненими\n\nУ четвер відбувся обмін полоненими за формулою 95 на 95.",
        # ten thousand, not one thousand
        "Обмен пленными\n\nСтороны обсуждают обмен 10000 на 10000, заявил источник.",
    ],
    ids=["en-84-for-84", "uk-95-na-95", "ru-ten-thousand"],
)
def test_other_formulas_name_no_framework(text):
    found = extract(text)["exchange"]
    assert found is None or found["framework"] is None
