"""Cases that once went wrong: our own sentences for each general rule that fixed them."""

import datetime as dt

import pytest

from extraction import extract

PUB = dt.date(2025, 6, 2)


def only_strike(text: str) -> dict:
    (record,) = extract(text, published=PUB)["strikes"]
    return record


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Russia fired two Iskander-M missiles and 30 drones overnight, the air force said.",
         "missiles_launched", 2),
        ("Russia also fired one Kh-59 cruise missile, which was destroyed, the air force said.",
         "missiles_downed", 1),
        ("Вночі ворог випустив дві ракети Х-59, повідомили Повітряні сили. Обидві ракети знищено.",
         "missiles_downed", 2),
        ("Ночью противник запустил 40 дронов-имитаторов. Еще 12 имитаторов локационно потеряны, "
         "сообщили Воздушные силы ВСУ.", "drones_lost", 12),
        ("The air force said the exact count was 88 drones, and 70 of them were shot down.",
         "drones_launched", 88),
        ("Air defences shot down all four cruise missiles that Russia fired overnight, the air "
         "force said.", "missiles_downed", 4),
    ],
    ids=["model-name-before-noun", "which-was-destroyed", "uk-obydvi", "ru-decoys-lost",
         "count-was", "all-n-before-relative-clause"],
)  # fmt: skip
def test_general_strike_rules(text, field, value):
    assert only_strike(text)[field] == value


def test_the_old_figure_named_with_not_is_superseded():
    text = (
        "UPDATE: the air force revised its overnight figures. Russia launched 72 drones, not 65 "
        "as it earlier said, and 60 were shot down."
    )
    record = only_strike(text)
    assert (record["drones_launched"], record["drones_downed"]) == (72, 60)
    assert record["corrected"] is True


def test_a_regional_governor_is_named_after_the_region_in_the_sentence():
    text = (
        "Russia attacked Zaporizhzhia with 14 drones overnight, regional governor Ivan Fedorov "
        "said, adding that air defences shot down nine."
    )
    record = only_strike(text)
    assert record["claimant"] == "Zaporizhzhia Governor"
    assert (record["drones_launched"], record["drones_downed"]) == (14, 9)


def test_a_monthly_summary_is_not_an_attack():
    text = (
        "The air force said Russia launched 4,120 drones and 180 missiles against Ukraine in "
        "March, and 3,900 drones were shot down over the month."
    )
    assert extract(text, published=PUB)["strikes"] == []


def test_a_weekly_summary_is_not_an_attack():
    text = (
        "Минобороны сообщило, что за семь дней средства ПВО сбили 1 210 украинских беспилотников."
    )
    assert extract(text, published=PUB)["strikes"] == []


def test_a_breakdown_by_region_joins_the_russian_claim():
    text = (
        "Дежурными средствами ПВО уничтожены 40 украинских БПЛА: 22 - над Курской областью, "
        "18 - над Брянской."
    )
    (record,) = extract(text, published=PUB)["strikes"]
    assert (record["attacker"], record["claimant"], record["drones_downed"]) == (
        "ukraine",
        "Russian Defence Ministry",
        40,
    )


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Kyiv called for an all-for-all exchange of prisoners. The last exchange, in March, "
         "brought home 120 Ukrainians.", "proposed"),
        ("The two sides agreed on Monday to exchange 300 prisoners each. The previous swap took "
         "place in April, when 90 soldiers came home.", "agreed"),
        ("Запланований обмін полоненими перенесено, повідомив омбудсман. Останній обмін "
         "відбувся у травні, тоді додому повернулися 75 українців.", "stalled"),
        ("Moscow rejects a ceasefire, but the sides agreed to a new prisoner exchange in "
         "Istanbul talks.", "agreed"),
        ("Ukraine and Russia held talks on an exchange of 500 prisoners, officials said.",
         "negotiating"),
    ],
    ids=["earlier-swap-ignored", "agreed-over-earlier-swap", "uk-postponed",
         "unrelated-rejection", "held-talks-is-not-completed"],
)  # fmt: skip
def test_status_ignores_earlier_swaps_and_unrelated_sentences(text, status):
    assert extract(text)["exchange"]["status"] == status


def test_handing_over_is_not_an_approximation():
    text = "Kyiv has offered to hand over 640 Russian prisoners of war in exchange for civilians."
    found = extract(text)["exchange"]
    assert (found["count"], found["status"]) == (640, "proposed")


def test_bodies_are_never_the_prisoner_count():
    text = (
        "The sides agreed to exchange all seriously wounded prisoners, and Moscow said it would "
        "hand over the bodies of 3,000 soldiers."
    )
    assert extract(text)["exchange"]["count"] is None


def test_a_dateline_sets_published_but_a_date_in_the_story_does_not():
    dateline = "Drones over Odesa\nODESA, 4 May 2025 (Harbour Times) - Russia launched 40 drones."
    story = (
        "Drones over Odesa\nRussia launched 40 drones overnight into 4 May 2025, officials said."
    )
    assert extract(dateline)["published"] == "2025-05-04"
    assert extract(dateline)["outlet"] == "Harbour Times"
    assert extract(story)["published"] is None
