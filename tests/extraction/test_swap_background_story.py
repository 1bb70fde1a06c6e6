"""A swap told only as the background of another story (a trial, captives' accounts) deep in
the article is not published as the article's swap; it goes to `uncertain` for an editor.

Every sentence here is our own wire-style wording of a class seen in real copy.
"""

import datetime as dt

from extraction import extract

TRIAL = (
    "Court in southern Russia jails 19 Ukrainian prisoners of war\n\n"
    "A military court in southern Russia on Tuesday sentenced 19 captured Ukrainian marines "
    "to between 15 and 22 years in prison on terrorism charges, state media said.\n\n"
    "The court said the men had taken part in the defence of a port city in 2022.\n\n"
    "Ten of the defendants were in the courtroom. The remaining nine, already swapped for "
    "Russian servicemen, were tried in absentia.\n\n"
    "Rights groups say the charges break the rules of war."
)

ACCOUNTS = (
    "Former Ukrainian captives describe beatings in Russian jails\n\n"
    "Ukrainian soldiers held in Russian prisons were beaten and starved, a human rights "
    "group said in a report on Monday.\n\n"
    "The group spoke to 40 former prisoners of war.\n\n"
    "All of them have since been exchanged for Russian servicemen."
)


def test_a_trial_story_publishes_no_swap_status():
    result = extract(TRIAL, published=dt.date(2025, 3, 26))
    found = result["exchange"]
    assert found is None or found["status"] is None
    # the editor still sees it, as an uncertain figure with its words
    assert any(u["field"] == "status" for u in result["uncertain"])


def test_captives_accounts_publish_no_swap_status():
    found = extract(ACCOUNTS, published=dt.date(2025, 3, 26))["exchange"]
    assert found is None or found["status"] is None


def test_a_swap_told_in_the_lede_after_a_trial_headline_is_still_published():
    text = (
        "Russian court jails Ukrainian marines as two sides swap prisoners\n\n"
        "Russia and Ukraine exchanged 84 prisoners of war each on Tuesday, hours after a "
        "Russian court jailed a group of Ukrainian marines.\n\n"
        "The marines were sentenced to long prison terms."
    )
    found = extract(text, published=dt.date(2025, 3, 26))["exchange"]
    assert found["status"] == "completed"
