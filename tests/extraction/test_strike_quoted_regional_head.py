"""A quotation followed by "the head of the region wrote" is the regional head's: his figure is
one claim of Russia's side (or Ukraine's), never a second record under the other side's national
claimant. Each text is ours, in wire style."""
# ruff: noqa: E501  (test sentences are kept whole, one per line)

import datetime as dt

from extraction import extract

DAY = dt.date(2025, 3, 4)


def _records(text: str) -> list[tuple[str, str, int | None]]:
    return [
        (s["attacker"], s["claimant"], s["drones_downed"])
        for s in extract(text, published=DAY)["strikes"]
    ]


def test_a_quote_signed_by_the_head_of_the_region_stays_with_his_region():
    text = (
        "Три беспилотника сбиты над Курской областью\n\n"
        'Об этом сообщил губернатор Иван Сидоров. "Три БПЛА уничтожены силами ПВО. Пострадавших нет", - написал глава региона в Telegram-канале.'
    )
    assert _records(text) == [("ukraine", "Kursk Governor", 3)]


def test_a_quote_signed_by_a_named_governor_keeps_working():
    text = 'Two drones were shot down over the region overnight. "Both were destroyed by air defence, nobody was hurt," Bryansk Governor Alexander Bogomaz wrote.'
    assert [r[:2] for r in _records(text)] == [("ukraine", "Bryansk Governor")]
