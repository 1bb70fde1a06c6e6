""" "По его данным, шесть дронов сбиты": a sentence that gives its figures as the words of the one
who spoke before is his claim, on his side, never a record of the other side's national
claimant. Each text is ours, in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

from extraction import extract

DAY = dt.date(2024, 7, 20)


def _records(text: str) -> list[tuple[str, str]]:
    return [(s["attacker"], s["claimant"]) for s in extract(text, published=DAY)["strikes"]]


def test_by_his_words_across_a_paragraph_stays_on_the_russian_side():
    text = (
        "Девять беспилотников были обнаружены над территорией Крыма ночью, заявил глава республики Сергей Аксенов.\n\n"
        "По его данным, семь дронов были сбиты силами ПВО."
    )
    records = _records(text)
    assert records and all(attacker == "ukraine" for attacker, _ in records)
    assert ("russia", "Ukrainian Air Force") not in records


def test_by_his_words_after_a_named_governor_is_the_governors():
    text = (
        "Над Курской областью ночью сбита ракета. Подробности сообщил губернатор Курской области Алексей Смирнов.\n"
        "По его словам, над регионом также сбиты три беспилотника."
    )
    assert ("ukraine", "Kursk Governor") in _records(text)
