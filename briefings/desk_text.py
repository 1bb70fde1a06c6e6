"""Every user-facing string of the desk tools (/search, /export, /chart, unknown commands).

Kept in one table so it moves into the message catalogue as it is: keys stay, values are
str.format templates; values interpolated into HTML templates are escaped by the caller.
"""

TEXT: dict[str, str] = {
    "unknown_command": "I don't know /{name}. /help lists the commands I answer.",
    # /search
    "search.usage": (
        "Usage: /search WORDS [since YYYY-MM-DD] [page N], e.g. /search Odesa drones since "
        "2024-01-01"
    ),
    "search.none": "No stored article mentions {words}{since}.",
    "search.header": "<b>Search: {words}</b>{since} — {total}, newest first",
    "search.page": "page {page} of {pages}",
    "search.any_words": "No article has all these words; these have some of them.",
    "search.since": " since {day}",
    "search.hit": "{n}. {day} · {outlet} · story {story}",
    "search.hit_no_story": "{n}. {day} · {outlet}",
    "search.more_button": "More: page {page} of {pages}",
    "search.next_hint": "Next: /search {words}{since} page {page}",
    "search.expired": "This list is from before a restart: send /search again.",
    "search.refused": "Sorry, briefings here are for the newsroom only.",
    "search.article": "article",
    "search.articles": "articles",
    "search.no_outlet": "outlet not stated",
    "search.untitled": "(no headline)",
    # /export
    "export.usage": "Usage: /export [strikes|exchange|all] [since YYYY-MM-DD]",
    "export.none.strikes": "No strike figures stored{since}.",
    "export.none.exchange": "No exchange figures stored{since}.",
    "export.none.all": "No figures stored{since}.",
    "export.caption": (
        "{what} figures{since}: {rows} rows from {stories}, one per figure with its claimant, "
        "outlet and link. UTF-8 CSV; opens in Excel, LibreOffice and Google Sheets."
    ),
    "export.since": " since {day}",
    "export.story": "story",
    "export.stories": "stories",
    "export.what.strikes": "Strike",
    "export.what.exchange": "Exchange",
    "export.what.all": "All",
    # /chart
    "chart.usage": (
        "Usage: /chart strikes [30d|90d|YYYY-MM-DD..YYYY-MM-DD] or /chart exchange "
        "[YYYY-MM-DD..YYYY-MM-DD]"
    ),
    "chart.no_strikes": "No Air Force or Russian defence ministry figures for {range}.",
    "chart.no_strikes_at_all": "No attack figures stored yet: nothing to chart.",
    "chart.no_swaps": "No completed swap with a returned figure{range}: nothing to chart.",
    "chart.strikes_title": "Drones and missiles per night, {span}",
    "chart.strikes_caption": (
        "<b>Drones and missiles per night, {span}</b> ({nights})\n"
        "Launched and downed as the Ukrainian Air Force reports them; Russia's defence "
        "ministry's claims of Ukrainian drones downed are a separate series, never added in.\n"
        "Sources: {outlets}. Figures as reported up to {asof}."
    ),
    "chart.swaps_title": "People returned per prisoner swap, {span}",
    "chart.swaps_caption": (
        "<b>People returned per prisoner swap, {span}</b>\n"
        "{swaps}, {people} people in all, as reported on the day each swap was first reported "
        "completed.\nSources: {outlets}."
    ),
    "chart.night": "night",
    "chart.nights": "nights",
    "chart.swap": "swap",
    "chart.swaps": "swaps",
    "chart.more_outlets": "and {n} more",
    # Axis labels and legends inside the PNG.
    "chart.drones": "Drones",
    "chart.missiles": "Missiles",
    "chart.launched": "launched (Ukrainian Air Force)",
    "chart.downed": "downed (Ukrainian Air Force)",
    "chart.total_launched": "drones and missiles launched, no split given",
    "chart.total_downed": "drones and missiles downed, no split given",
    "chart.russia_panel": "Russia's claims",
    "chart.russia_downed": "Ukrainian drones downed, as Russia's defence ministry claims",
    "chart.returned": "people returned",
    "chart.source_line": "Source: {outlets}. Compiled by newsroom-bot from stored reports.",
    "chart.no_figure": "no figure given",
}


def text(key: str, **values: object) -> str:
    """The string for a key, with values filled in."""
    return TEXT[key].format(**values)
