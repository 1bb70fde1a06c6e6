"""A long sentence is cut around the figure it gives, also when the figure is written in words:
the editor checking "missiles launched: 4" sees "four missiles", not the sentence's start."""

from tests.review.test_review_bot import ask, forward, story_of

LONG = (
    "UPDATE: The Ukrainian Air Force revised its overnight count on Wednesday afternoon, saying "
    "air defence units over the capital and the central regions shot down 91 of the 112 "
    "attack drones Russia sent, up from the 86 it gave in the morning, and two of the four "
    "ballistic missiles."
)
LONG_UK = (
    "ОНОВЛЕНО: Повітряні сили уточнили дані про нічну атаку в середу по обіді: над столицею "
    "та центральними областями сили ППО збили 91 зі 112 ударних дронів, запущених Росією, а "
    "також дві з чотирьох балістичних ракет."
)


async def test_the_receipt_quotes_the_words_that_give_a_figure_written_in_words(bot, fake, store):
    _, receipt = await forward(bot, fake, LONG, 14)
    quotes = receipt.split("missiles launched: 4\n", 1)[1].split("\n", 1)[0]
    assert "four ballistic missiles" in quotes, receipt
    downed = receipt.split("missiles downed: 2\n", 1)[1].split("\n", 1)[0]
    assert "two of the four" in downed
    sources = await ask(bot, fake, f"/sources {story_of(receipt)}")
    assert "four ballistic missiles" in sources.split("missiles launched: 4")[1].split("•")[0]


async def test_a_ukrainian_figure_in_words_is_quoted_around_its_word(bot, fake, store):
    _, receipt = await forward(bot, fake, LONG_UK, 14, post=7)
    quote = receipt.split("missiles launched: 4\n", 1)[1].split("\n", 1)[0]
    assert "чотирьох балістичних ракет" in quote, receipt
