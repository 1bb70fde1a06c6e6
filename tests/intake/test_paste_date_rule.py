"""The date rule for pasted text that states no date, as issue 11 settled it.

Issue 11 ("Dates by a documented precedence") asks for exactly this: for a paste only, the time it
was sent stands in for its date, and the receipt marks it as assumed ("date assumed: when you sent
it"). A reporter pasting tonight's undated wire copy expects it on tonight's night; the receipt
tells the editor the date was assumed, and /fix date corrects it. Files and batch lines with no
date stay undated. Do not change this rule without a new issue that asks for it.
"""

from datetime import UTC, datetime

from bot.local_api import html_to_plain
from tests.conftest import EDITOR
from tests.intake.wire import UNDATED
from tests.support.updates import message_update

SENT = datetime(2025, 3, 10, 8, 0, tzinfo=UTC)


async def test_an_undated_paste_takes_the_day_it_was_sent_and_says_so(app, fake, store):
    await app.process_update(message_update(app.bot, UNDATED, user_id=EDITOR, date=SENT))
    receipt = html_to_plain(fake.sent()[-1]["text"])
    assert "10 Mar 2025 (date assumed: when you sent it)" in receipt, (
        "issue 11 requires an undated paste to take the day it was sent, marked as assumed"
    )
