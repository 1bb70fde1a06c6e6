"""What /add does with what it was given (intake/add.py): the handler only carries it out."""

import pytest

from intake.add import FILE, LINK, REFUSE, TEXT, AddPlan, AddRequest, plan_add

ARTICLE = (
    "KYIV, Dec 2 (Kyiv Wire) - Russia launched 84 drones at Ukraine overnight, the air force "
    "said on Wednesday. Air defences shot down 71 of them over eight regions, it said, and debris "
    "fell on homes in the Kharkiv region, where two people were hurt. Energy facilities in the "
    "Chernihiv region were hit as well, the regional governor said in a morning statement."
)
LINK_URL = "https://example.org/news/84-drones"


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        (AddRequest(replied=True, by_bot=True, text=ARTICLE), AddPlan(REFUSE, "add.own_message")),
        (AddRequest(replied=True, by_bot=True, has_file=True), AddPlan(REFUSE, "add.own_message")),
        (AddRequest(replied=True, has_file=True, text="a caption"), AddPlan(FILE)),
        (AddRequest(replied=True), AddPlan(REFUSE, "add.reply_needed")),
        (AddRequest(replied=False), AddPlan(REFUSE, "add.reply_needed")),
        (
            AddRequest(replied=True, text=f"Read this {LINK_URL}", links=(LINK_URL,)),
            AddPlan(LINK, url=LINK_URL),
        ),
        (
            AddRequest(replied=False, text="Drones overnight", links=(LINK_URL,)),
            AddPlan(LINK, url=LINK_URL),
        ),
        (
            AddRequest(replied=True, text=f"{ARTICLE} More: {LINK_URL}", links=(LINK_URL,)),
            AddPlan(TEXT, text=f"{ARTICLE} More: {LINK_URL}"),
        ),
        (AddRequest(replied=False, text=ARTICLE), AddPlan(TEXT, text=ARTICLE)),
        (
            AddRequest(replied=False, text="x" * 4000, in_group=True),
            AddPlan(TEXT, text="x" * 4000, warn_split=True),
        ),
        (AddRequest(replied=False, text="x" * 4000), AddPlan(TEXT, text="x" * 4000)),
        (
            AddRequest(replied=True, text="x" * 3999, in_group=True),
            AddPlan(TEXT, text="x" * 3999),
        ),
    ],
    ids=[
        "own-message",
        "own-file",
        "file",
        "reply-without-text",
        "nothing-after-add",
        "reply-to-a-link",
        "link-after-add",
        "article-with-a-link",
        "text-after-add",
        "near-the-limit-in-a-group",
        "near-the-limit-in-private",
        "under-the-limit",
    ],
)
def test_what_add_does(request_, expected):
    assert plan_add(request_) == expected
