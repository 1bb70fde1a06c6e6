"""A story two outlets told in two languages keeps, for each reader, the headline in the
reader's language: it does not flip to whichever outlet reported last."""

from tests.review.test_review_bot import ask, forward, story_of

EN = (
    "Air force: 44 of 58 drones downed over the north\n"
    "Russia launched 58 attack drones at Ukraine overnight, the Ukrainian Air Force said on "
    "Thursday. Air defences shot down 44 of them over the Chernihiv and Sumy regions."
)
UK = (
    "Повітряні сили: над північчю збито 44 з 58 дронів\n"
    "Уночі Росія атакувала Україну 58 ударними дронами, повідомили в четвер Повітряні сили. "
    "Сили ППО збили 44 з них над Чернігівщиною та Сумщиною."
)


async def test_each_reader_sees_the_headline_in_their_language(bot, fake, store):
    _, first = await forward(bot, fake, EN, 14, post=11, channel="North Wire")
    _, second = await forward(bot, fake, UK, 14, post=12, channel="Північ Онлайн")
    story = story_of(first)
    assert story_of(second) == story

    latest = await ask(bot, fake, "/latest")
    assert "Air force: 44 of 58 drones downed over the north" in latest
    assert "Повітряні сили: над північчю" not in latest
    assert "Air force: 44 of 58" in await ask(bot, fake, f"/sources {story}")

    await ask(bot, fake, "/lang uk", user_id=2002)
    latest_uk = await ask(bot, fake, "/latest", user_id=2002)
    assert "Повітряні сили: над північчю збито 44 з 58 дронів" in latest_uk
    assert "Air force: 44 of 58" not in latest_uk
    assert "Повітряні сили: над північчю" in await ask(bot, fake, "/sources", user_id=2002)


async def test_sources_n_heads_a_story_with_its_headline_as_latest_does(bot, fake, store):
    # A later report with no headline (its first sentence stands in) does not replace the
    # story's real headline in /sources N, as it does not in /latest.
    _, first = await forward(bot, fake, EN, 14, post=11, channel="North Wire")
    later = (
        "Russia fired 58 drones at Ukraine overnight and 46 were downed, the regional "
        "administration said, citing the air force."
    )
    _, second = await forward(bot, fake, later, 14, post=13, channel="Region Daily")
    story = story_of(first)
    assert story_of(second) == story
    sources = await ask(bot, fake, f"/sources {story}")
    assert sources.startswith(f"Sources for #{story}: Air force: 44 of 58 drones downed")
