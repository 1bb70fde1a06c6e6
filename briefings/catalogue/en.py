"""English messages: the reference catalogue, every key exists here. See __init__: how to add."""

MESSAGES: dict[str, object] = {
    # -- /start, /help and the command menus ----------------------------------------------
    "help.title": "<b>Newsroom briefings</b>",
    "help.intro": (
        "Forward a news channel's post, paste an article's text or send a link or a file, and I "
        "store it with its figures and sources. Every figure keeps who claims it; the two sides' "
        "numbers are shown side by side, never merged."
    ),
    "help.commands": "<b>Commands</b>",
    "help.command": "/{name}{usage} — {description}",
    "help.language": "Language: /lang uk — українська, /lang en — English.",
    "command.start": "What this bot does",
    "command.help": "Commands and how to add articles",
    "command.latest": "The most recent stories, newest first",
    "command.exchange": "The prisoner exchange: status, numbers, timeline, sources",
    "command.strikes": "Attack nights: each side's figures side by side",
    "command.sources": "The outlets and posts behind a story or the briefings",
    "command.add": "Reply to a message with /add to store it as an article",
    "command.whoami": "Your Telegram id and role here",
    "command.lang": "Interface language: uk or en",
    "command.subscribe": "Hear when a fact changes: exchange, strikes or all",
    "command.unsubscribe": "Stop hearing about a topic, or everything",
    "command.subscriptions": "This chat's subscriptions and digest",
    "command.digest": "A daily digest of changes at a set time, or off",
    "command.search": "Find stored articles by words, newest first",
    "command.export": "The figures as a CSV file, with claimants and sources",
    "command.chart": "A chart of strike nights or prisoner swaps",
    "command.stats": "Service figures and health (admin chat only)",
    # -- dates: one format everywhere ("24 Feb 2025", "night to 24 Feb 2025") ----------
    "date.full": "{day} {month} {year}",
    "date.day_month": "{day} {month}",
    "date.unknown": "date unknown",
    "date.night": "night to {date}",
    "date.night_unknown": "night not stated",
    "month.1": "Jan",
    "month.2": "Feb",
    "month.3": "Mar",
    "month.4": "Apr",
    "month.5": "May",
    "month.6": "Jun",
    "month.7": "Jul",
    "month.8": "Aug",
    "month.9": "Sep",
    "month.10": "Oct",
    "month.11": "Nov",
    "month.12": "Dec",
    # -- /lang ----------------------------------------------------------------------------
    "lang.set": "This chat now gets the bot in English. /help lists the commands.",
    "lang.usage": "Usage: /lang uk or /lang en (українська or English).",
    "lang.not_allowed": (
        "Only this group's admins (or the newsroom's editors) can change its language."
    ),
    # -- access and errors ------------------------------------------------------------------
    "access.readers_only": (
        "Sorry, briefings here are for the newsroom only. /whoami shows your id."
    ),
    "access.editors_only": "Sorry, only the newsroom's editors can do that. /whoami shows your id.",
    "access.anonymous": (
        "Sorry, you are writing as the group or a channel, so I cannot tell who you are. "
        "Send the command as yourself."
    ),
    "error.sorry": (
        "Sorry, something went wrong handling that message. It has been logged; please try again."
    ),
    # -- briefing commands -------------------------------------------------------------------
    "latest.usage": "Usage: /latest [N], with N from 1 to 50.",
    "strikes.usage": "Usage: /strikes [YYYY-MM-DD | week]",
    "strikes.future": "The {night} has not come yet: there are no figures for it.",
    "strikes.none_that_night": "No attack figures reported for the {night}.",
    "sources.usage": "Usage: /sources [N [page K]], with a story number from /latest.",
    "sources.no_story": "There is no story #{n}. /latest shows the story numbers.",
    "whoami.line": "{name}: Telegram user id <code>{id}</code>, role: {role}.",
    "whoami.unknown_user": "unknown",
    "role.editor": "editor",
    "role.reader": "reader",
    "role.none": "none",
    # -- articles arriving ---------------------------------------------------------------------
    "add.editors_only": (
        "Sorry, only the newsroom's editors can add articles. Briefings are open to you: "
        "try /latest."
    ),
    "add.reply_needed": (
        "Reply /add to the message that holds the article: its text, a link to it or its file; "
        "or post a file with /add as its caption, or send /add followed by the text."
    ),
    "add.maybe_split": (
        "This message is near Telegram's {limit}-character limit: if the article was longer, "
        "Telegram split it and I stored only this first part, since in a group I read only "
        "commands. Send a long article to me in a private chat, or as a file with /add as its "
        "caption."
    ),
    "add.own_message": (
        "That is one of my own messages, not a report: reply /add to the post or article itself."
    ),
    "ingest.file_too_big": (
        "That file is {mb} MB; Telegram lets bots download files up to 20 MB. Nothing was stored."
    ),
    # Counts posts and pages, not outlets: an outlet named once may have more posts among them.
    "sources.and_more": {"one": " and {count} more source", "many": " and {count} more sources"},
    "sources.more": {
        "one": "• and {count} more source: /sources {n} lists every figure's",
        "many": "• and {count} more sources: /sources {n} lists every figure's",
    },
    # -- an edited message: its article is updated, not stored again -------------------------
    "edit.updated": "Updated from your edit: <b>{title}</b>",
    "edit.post_updated": (
        "Updated: the post was edited since it was stored: <b>{title}</b> now has its new text"
    ),
    "edit.unchanged": (
        "Your edit changes no figure or date of <b>{title}</b>: the stored article stands."
    ),
    # -- a file of many articles: its summary and its progress ------------------------------
    "batch.summary": {
        "one": (
            "<b>{name}</b>: {count} part read: {stored} stored, {already} already stored, "
            "{sources} added as a source of a stored article, {refused} refused"
        ),
        "many": (
            "<b>{name}</b>: {count} parts read: {stored} stored, {already} already stored, "
            "{sources} added as a source of a stored article, {refused} refused"
        ),
    },
    "batch.blank": {"one": ", {count} blank line", "many": ", {count} blank lines"},
    "batch.unusable": "Could not use {name}: {reason}. Nothing was stored.",
    "batch.stopped": (
        "Stopped after {count} of {total}: the bot was stopping or the store was busy. "
        "Send the file again to store the rest; nothing is stored twice."
    ),
    "batch.undated": {
        "one": "• {count} article undated (stored and searchable, placed on no night): {names}",
        "many": "• {count} articles undated (stored and searchable, placed on no night): {names}",
    },
    "batch.and_more": {"one": " and {count} more", "many": " and {count} more"},
    "batch.text_dated": {
        "one": "• {count} article with no date of its own took the date its text states: {names}",
        "many": "• {count} articles with no date of their own took the dates their texts state: "
        "{names}",
    },
    "batch.date_why.none": "no date given, none stated",
    "batch.date_why.unreadable": "its date “{declared}” is no day of the calendar",
    "batch.date_why.future": "its date “{declared}” is after it arrived",
    "batch.refusal": "• refused {name}: {reason}",
    "batch.more_refused": {
        "one": "• and {count} more refused",
        "many": "• and {count} more refused",
    },
    "batch.progress_of": "Reading <b>{name}</b>: {count} of {total} read",
    "batch.progress": "Reading <b>{name}</b>: {count} read",
    "batch.progress_tally": " ({stored} stored, {already} already stored, {refused} refused)…",
    "batch.failed": (
        "Reading <b>{name}</b> failed part-way, sorry: what was stored so far is kept. Send the "
        "file again to store the rest; nothing is stored twice."
    ),
    "batch.done": (
        "Finished reading <b>{name}</b>: {count} read ({stored} stored, {already} already "
        "stored, {refused} refused)."
    ),
    "batch.queued": "Reading <b>{name}</b> after the file before it…",
    "unreadable.sticker": (
        "I can't read a sticker. Forward a post, paste an article's text, or send a link or a file."
    ),
    "unreadable.audio": (
        "I can't read audio. Forward a post, paste an article's text, or send a link or a file."
    ),
    "unreadable.picture": (
        "I can't read a picture without a caption. Forward a post, paste an article's text, or "
        "send a link or a file."
    ),
    "unreadable.empty": (
        "That message is empty: there is nothing to read. Forward a post, paste an article's "
        "text, or send a link or a file."
    ),
    "unreadable.other": (
        "I can't read this kind of message. Forward a post, paste an article's text, or send a "
        "link or a file."
    ),
    # -- subscriptions and digests --------------------------------------------------------------
    "topic.exchange": "prisoner exchange",
    "topic.strikes": "attack nights",
    "topic.all": "everything",
    "topic.nothing": "nothing",
    "words.and": " and ",
    "where.topic": "This topic",
    "where.private": "This chat",
    "where.group": "This group",
    "subscribe.usage": "Usage: /subscribe [exchange|strikes|all]",
    "unsubscribe.usage": "Usage: /unsubscribe [exchange|strikes|all]",
    "subscribe.not_allowed": (
        "Only this group's admins (or the newsroom's editors) can change its subscriptions."
    ),
    "subscribe.no_channels": (
        "Subscriptions work in private chats, groups and forum topics, not in channels."
    ),
    "subscribe.added": (
        "{where} now gets changes about {topics}. You will hear when a fact changes: a new "
        "exchange status, a new or different count, a new claimant's figure, a new attack night "
        "or a correction. Repeats of known facts stay quiet."
    ),
    "subscribe.already": "{where} already gets changes about {topics}.",
    "unsubscribe.not_subscribed": "{where} was not subscribed to that.",
    "unsubscribe.done": "{where} no longer gets {topics}.",
    "unsubscribe.still": "{where} no longer gets {topics}. It still gets {left}.",
    "subscriptions.title": "<b>Subscriptions</b>",
    "subscriptions.changes": "• {place}: changes about {topics}",
    "subscriptions.digest": "• {place}: daily digest at {time} ({tz})",
    "subscriptions.whole_chat": "whole chat",
    "subscriptions.thread": "topic {thread}",
    "subscriptions.none": (
        "No subscriptions here. /subscribe to hear when a fact changes, or "
        "/digest 08:00 Europe/Kyiv for a daily digest."
    ),
    "digest.usage": (
        "Usage: /digest HH:MM [Area/City], e.g. /digest 08:00 Europe/Kyiv, or /digest off"
    ),
    "digest.bad_time": "{value} is not a time like 08:00.",
    "digest.bad_zone": "{value} is not a time zone like Europe/Kyiv.",
    "digest.stopped": "{where} will get no more daily digests.",
    "digest.had_none": "{where} had no daily digest.",
    "digest.set": (
        "{where} gets a daily digest at {time} ({tz}): what changed since the last one, and "
        "nothing on days when nothing did."
    ),
    # -- editors in the loop: receipts' figures, /fix, /undo, /merge, /split (briefings/review.py)
    "command.fix": "Correct a figure (editors); reply to a receipt to leave out the story",
    "command.confirm": "Mark a story's figures checked (editors)",
    "command.undo": "Take back your last /fix (editors)",
    "command.merge": "Join story B to story A (editors)",
    "command.split": "Make an article a story of its own (editors)",
    # -- the receipt ------------------------------------------------------------------------
    "review.no_outlet": "outlet not stated",
    "review.no_date": "date not stated",
    "review.untitled": "Untitled",
    "review.night": "night to {date}",
    "review.night_unknown": "night not stated",
    "review.figures": "<b>Figures, with the words they come from</b>",
    "review.no_figures": "No exchange or strike figures found in it.",
    "review.exchange": "<b>Exchange</b>",
    "review.claimant_night": "<b>{claimant}</b>, {night}",
    "review.figure": "• {field}: <b>{value}</b>{note}",
    "review.quote": "  <i>“{quote}”</i>",
    "review.no_quote": "  <i>(no quote kept)</i>",
    "review.checked": " ✓",
    "review.edited": " (corrected by an editor from {old})",
    "review.set": " (set by an editor)",
    "review.uncertain_head": (
        "<b>Uncertain: shown to editors only, not published until an editor confirms</b>"
    ),
    "review.uncertain": "• {who}{field}: <b>{value}</b> (confidence {confidence}{why})",
    "review.warn.downed_above_launched": (
        "⚠ Check: {claimant} gives more {weapon} downed ({found}) than launched ({launched}), "
        "{night}. One of the two is likely misread."
    ),
    "review.warn.lost_above_launched": (
        "⚠ Check: {claimant} gives more {weapon} downed or lost to electronic warfare ({found}) "
        "than launched ({launched}), {night}."
    ),
    "review.warn.returned_above_count": (
        "⚠ Check: more people returned ({found}) than the swap was said to concern ({launched}): "
        "often one side's share, or a first stage."
    ),
    "review.weapon.drones": "drones",
    "review.weapon.missiles": "missiles",
    "review.weapon.total": "drones and missiles",
    "review.held": "Held: subscribers hear nothing of this article until an editor confirms it.",
    "review.hint": (
        "Check each figure against its words: Confirm publishes it, Fix says how to correct "
        "one, Not a report takes the article out."
    ),
    "review.confirmed": "✓ Confirmed by {editor}, {at}: its figures are checked.",
    "review.removed": (
        "✗ Not a report: taken out of briefings and pushes by {editor}, {at}. Kept in the "
        "store; Restore brings it back."
    ),
    "review.fix_help": (
        "<b>To fix a figure of story #{story}</b>, reply to this receipt with "
        "<code>/fix FIELD VALUE [CLAIMANT]</code>, or send "
        "<code>/fix {story} FIELD VALUE [CLAIMANT]</code>.\n"
        "FIELD: {fields}.\n"
        "A figure the story lacks is added as yours. "
        "For example: <code>/fix {story} {example}</code>. /undo takes your last fix back."
    ),
    # The receipt's buttons, in the chat's language (their callback data is the same in all).
    "review.button.confirm": "Confirm",
    "review.button.fix": "Fix",
    "review.button.remove": "Not a report",
    "review.button.restore": "Restore",
    # -- button answers (answerCallbackQuery: plain text, at most 200 characters) ------------
    "review.answer.confirmed": "Confirmed: {count} figures checked.",
    "review.answer.released": "Confirmed: {count} figures checked; subscribers are told.",
    "review.answer.already_confirmed": "Already confirmed by {editor}.",
    "review.answer.removed": "Taken out of briefings and pushes. Restore brings it back.",
    "review.answer.restored": "Restored to briefings.",
    "review.answer.fix": "How to fix a figure: see the receipt.",
    "review.answer.refused": "Only the newsroom's editors can do that.",
    # -- commands ------------------------------------------------------------------------------
    "review.fix.usage": (
        "Usage: /fix STORY FIELD VALUE [CLAIMANT], with STORY as /latest shows it (leave it out "
        "when replying to a receipt). FIELD: {fields}. A figure the story lacks is added."
    ),
    "review.fix.done": "Story #{story}{who}: {field} {before} → <b>{after}</b>.",
    "review.fix.not_a_receipt": (
        "That message is not one of my receipts, so I cannot tell which story you mean: send "
        "/fix STORY FIELD VALUE (/latest shows the story numbers)."
    ),
    "review.fix.same": "Story #{story}{who}: {field} is already {after}. Nothing changed.",
    "review.fix.correction": "Subscribers get a correction.",
    "review.fix.told": "Subscribers are told.",
    "review.fix.undo_hint": "/undo takes it back.",
    "review.confirm.usage": (
        "Usage: /confirm STORY (the number /latest shows), or reply /confirm to a receipt: "
        "marks the figures checked by you and sends subscribers what was waiting."
    ),
    "review.confirm.done": {
        "one": "Story #{story} confirmed: {count} figure checked ({articles}).",
        "many": "Story #{story} confirmed: {count} figures checked ({articles}).",
    },
    "review.confirm.articles": {"one": "article {ids}", "many": "articles {ids}"},
    "review.confirm.told": "Subscribers now get the figures that were waiting.",
    "review.confirm.already": "Story #{story} was already confirmed by {editor}. Nothing changed.",
    "review.undo.done": (
        "Undone: story #{story}{who}: {field} back to <b>{after}</b> (was {before})."
    ),
    "review.merge.usage": (
        "Usage: /merge A B: story B joins story A (story numbers as /latest shows them)."
    ),
    "review.merge.done": {
        "one": "Story #{other} merged into story #{story}: {count} article moved. /sources "
        "{story} lists it.",
        "many": "Story #{other} merged into story #{story}: {count} articles moved. /sources "
        "{story} lists them.",
    },
    "review.split.usage": (
        "Usage: /split STORY ARTICLE: the article leaves the story and becomes a story of its "
        "own. /sources STORY lists the article numbers."
    ),
    "review.split.done": "Article {article} left story #{story}: it is now story #{new}.",
    "review.none": "none",
    "review.who": ", {claimant}",
    # -- refusals (storage.review.ReviewError codes) -----------------------------------------
    "review.error.no_story": "There is no story #{story}. /latest shows the story numbers.",
    "review.error.no_article": "There is no article {article}.",
    "review.error.not_in_story": (
        "Article {article} is not in story #{story}. /sources {story} lists its articles."
    ),
    "review.error.removed": (
        "Article {article} was taken out as not a report. Restore it first (its receipt)."
    ),
    "review.error.bad_field": "FIELD must be one of: {allowed}.",
    "review.error.bad_value": "{value} is not a valid {field}: use {allowed}.",
    "review.error.no_exchange": "Story #{story} has no exchange figures.",
    "review.error.no_strikes": "Story #{story} has no strike figures.",
    "review.error.not_a_swap": (
        "Story #{story} is an attack night, not a prisoner swap: {field} does not fit it. "
        "FIELD for a night: {allowed}."
    ),
    "review.error.not_a_night": (
        "Story #{story} is a prisoner swap, not an attack night: {field} does not fit it. "
        "FIELD for a swap: {allowed}."
    ),
    "review.error.undated": (
        "Story #{story} has no date, so no night to put the figure on. Give it one first: "
        "/fix {story} date YYYY-MM-DD."
    ),
    "review.error.no_such_claimant": (
        "“{claimant}” is no claimant the bot knows. Name one, e.g.: {choices}."
    ),
    "review.error.unknown_claimant": (
        "Story #{story} has no claimant “{claimant}”. Its claimants: {choices}."
    ),
    "review.error.which_side": (
        "Whose people? Story #{story} has a returned figure for each side ({choices}): add "
        "ukraine or russia at the end of /fix."
    ),
    "review.error.ambiguous_claimant": (
        "Which claimant? Story #{story} has: {choices}. Add the name at the end of /fix."
    ),
    "review.error.same_story": "A story cannot be merged with itself.",
    "review.error.merged": "Story #{story} was merged into story #{into}: use {into}.",
    "review.error.only_article": (
        "Article {article} is the only article of story #{story}: there is nothing to split."
    ),
    "review.error.all_removed": (
        "Every article of story #{story} was taken out as not a report. Restore one first "
        "(the Restore button on its receipt)."
    ),
    "review.error.overtaken": (
        "Your last fix (story #{story}, {field} → {value}) was changed after it: it reads {now} "
        "now. Nothing was undone; /fix {story} sets the figure."
    ),
    "review.error.nothing_to_undo": "You have no fix to undo.",
    # -- /sources N ---------------------------------------------------------------------------
    "review.sources.uncertain": (
        "<i>uncertain: shown to editors only, not published until confirmed ({why})</i>"
    ),
    "review.sources.checked": "✓ checked by {editor}, {at}",
    "review.sources.articles": "<b>Articles</b> (for /split {story} ARTICLE)",
    "review.sources.article": "article {id}: {title} — {outlet}, {date}{removed}",
    "review.sources.removed": " — not a report (kept)",
    "sources.more_refs": {"one": "• and {count} more source", "many": "• and {count} more sources"},
    "review.sources.page": {
        "one": "Articles {first}–{last} of {count}",
        "many": "Articles {first}–{last} of {count}",
    },
    "review.sources.next": "The next ones: /sources {story} page {page}",
    "review.sources.actions": "<b>Editors' actions</b>",
    "review.sources.action": "• {at} · {editor}: {what}{undone}",
    "review.sources.undone": " (undone)",
    "review.action.confirm": "confirmed article {article}",
    "review.action.fix": "{field}{who}: {before} → {after}",
    "review.action.date": "date{who}: {before} → {after}",
    "review.action.undo": "undid a fix of {field}{who}: {before} → {after}",
    "review.action.remove": "took article {article} out as not a report",
    "review.action.restore": "restored article {article}",
    "review.action.merge": "merged {before} into {after}",
    "review.action.split": "split article {article} off into {after}",
    # -- figures' names -----------------------------------------------------------------------
    "review.field.drones_launched": "drones launched",
    "review.field.drones_downed": "drones downed",
    "review.field.missiles_launched": "missiles launched",
    "review.field.missiles_downed": "missiles downed",
    "review.field.drones_lost": "drones lost to electronic warfare",
    "review.field.total_launched": "drones and missiles launched",
    "review.field.total_downed": "drones and missiles downed",
    "review.field.count": "prisoners in the swap",
    "review.field.returned": "returned home",
    "review.field.status": "status",
    "review.field.date": "date",
    "review.status.proposed": "proposed",
    "review.status.negotiating": "talks under way",
    "review.status.agreed": "agreed, not yet carried out",
    "review.status.completed": "completed",
    "review.status.stalled": "stalled",
    # -- desk tools: /search, /export, /chart, unknown commands ------------------------------
    "unknown.command": "I don't know /{name}. /help lists the commands I answer.",
    "search.usage": (
        "Usage: /search WORDS [since YYYY-MM-DD] [page N], e.g. /search Odesa drones since "
        "2024-01-01"
    ),
    "search.too_many_words": (
        "That search has {count} words; I search for at most {limit} words at a time. Keep the "
        "ones that matter, e.g. /search Odesa drones port"
    ),
    "search.none": "No stored article mentions {words}{since}.",
    "search.header": "<b>Search: {words}</b>{since} — {total}, newest first{page}",
    "search.count": {"one": "{count} article", "many": "{count} articles"},
    "search.page": ", page {page} of {pages}",
    "search.any_words": "No article has all these words; these have some of them.",
    "search.since": " since {day}",
    "search.hit": "{n}. {day} · {outlet} · story #{story}",
    "search.hit_no_story": "{n}. {day} · {outlet}",
    "search.more_button": "More: page {page} of {pages}",
    "search.next_hint": "Next: /search {words}{since} page {page}",
    "search.expired": "This list is from before a restart: send /search again.",
    "search.no_outlet": "outlet not stated",
    "search.untitled": "(no headline)",
    "export.usage": "Usage: /export [strikes|exchange|all] [since YYYY-MM-DD]",
    "export.none.strikes": "No strike figures stored{since}.",
    "export.none.exchange": "No exchange figures stored{since}.",
    "export.none.all": "No figures stored{since}.",
    "export.caption": (
        "{what}{since}: {rows} from {stories}, one row per figure with its claimant, outlet and "
        "link. UTF-8 CSV; opens in Excel, LibreOffice and Google Sheets."
    ),
    "export.rows": {"one": "{count} row", "many": "{count} rows"},
    "export.stories": {"one": "{count} story", "many": "{count} stories"},
    "export.since": " since {day}",
    "export.what.strikes": "Strike figures",
    "export.what.exchange": "Exchange figures",
    "export.what.all": "All figures",
    "chart.usage": (
        "Usage: /chart strikes [30d|90d|YYYY-MM-DD..YYYY-MM-DD] or /chart exchange "
        "[YYYY-MM-DD..YYYY-MM-DD]"
    ),
    "chart.no_strikes": "No Air Force or Russian defence ministry figures for {span}.",
    "chart.no_strikes_at_all": "No attack figures stored yet: nothing to chart.",
    "chart.no_swaps": "No completed swap with a returned figure{span}: nothing to chart.",
    "chart.strikes_title": "Drones and missiles per night, {span}",
    "chart.strikes_caption": (
        "<b>Drones and missiles per night, {span}</b> ({nights})\n"
        "Launched and downed as the Ukrainian Air Force reports them; the claims of Russia's "
        "defence ministry about Ukrainian drones downed are a separate series, never added in.\n"
        "Sources: {outlets}. Figures as reported up to {asof}."
    ),
    "chart.nights": {"one": "{count} night", "many": "{count} nights"},
    "chart.swaps_title": "People returned per prisoner swap, {span}",
    "chart.swaps_caption": (
        "<b>People returned per prisoner swap, {span}</b>\n"
        "{swaps}, {people} people in all, dated by the day each swap was first reported "
        "completed.\nSources: {outlets}."
    ),
    "chart.swaps": {"one": "{count} swap", "many": "{count} swaps"},
    "chart.more_outlets": "and {n} more",
    "chart.drones": "Drones",
    "chart.missiles": "Missiles",
    "chart.launched": "launched (Ukrainian Air Force)",
    "chart.downed": "downed (Ukrainian Air Force)",
    "chart.total_launched": "drones and missiles launched, no split given",
    "chart.total_downed": "drones and missiles downed, no split given",
    "chart.russia_panel": "Russia's claims",
    "chart.russia_downed": "Ukrainian drones downed, as Russia's defence ministry claims",
    "chart.returned": "people returned",
    "chart.source_line": "Sources: {outlets}. Compiled by newsroom-bot from stored reports.",
    # -- briefings: /latest, /exchange, /strikes, /sources, receipts, pushes --------------------
    # Shared: counts of things, statuses, names the bot gives (figures and quotes stay as written).
    "brief.story": "#{n}",
    "brief.sources": {"one": "{count} source", "many": "{count} sources"},
    "brief.first_sentence": "(first sentence; no headline)",
    "brief.untitled": "Untitled",
    "brief.no_source": "no source recorded",
    "brief.or": " or ",
    "brief.vs": " vs ",
    "brief.and": " and ",
    "brief.updated_from": "{value} (updated from {old})",
    "brief.differ": "{values} — figures differ between reports",
    "unit.drone": {"one": "{count} drone", "many": "{count} drones"},
    "unit.missile": {"one": "{count} missile", "many": "{count} missiles"},
    "unit.ua_drone": {"one": "{count} Ukrainian drone", "many": "{count} Ukrainian drones"},
    "unit.total": {"one": "{count} drone or missile", "many": "{count} drones and missiles"},
    "unit.prisoner": {"one": "{count} prisoner", "many": "{count} prisoners"},
    "figures.launched": "{what} launched",
    "figures.downed": "{what} downed",
    "figures.lost": "{what} lost to electronic warfare",
    "figures.by": "{figures} ({claimant})",
    "figures.ua_downed": "{claimant} claims {what} downed",
    "figures.ua_launched": "{claimant} reports {what} launched",
    "figures.none": "no figures",
    "status.proposed": "proposed",
    "status.negotiating": "talks under way",
    "status.agreed": "agreed, not yet carried out",
    "status.completed": "completed",
    "status.stalled": "stalled",
    "status.unknown": "status not reported",
    "mediator.United Arab Emirates": "the UAE",
    "mediator.United States": "the US",
    "mediator.Vatican": "the Vatican",
    "mediator.Turkey": "Turkey",
    "mediator.Qatar": "Qatar",
    "mediator.Saudi Arabia": "Saudi Arabia",
    "mediator.ICRC": "the ICRC",
    # The bot's names for who claims a figure (extraction.claimants); other names as written.
    "claimant.Ukrainian Air Force": "Ukrainian Air Force",
    "claimant.Russian Defence Ministry": "Russian Defence Ministry",
    "claimant.Ukrainian General Staff": "Ukrainian General Staff",
    "claimant.Ukrainian Defence Ministry": "Ukrainian Defence Ministry",
    "claimant.Ukrainian President": "Ukrainian President",
    "claimant.Ukrainian military": "Ukrainian military",
    "claimant.Moscow Mayor": "Moscow Mayor",
    "claimant.Kyiv Mayor": "Kyiv Mayor",
    "claimant.Kyiv City Military Administration": "Kyiv City Military Administration",
    "claimant.unattributed": "figures not attributed",
    # Claimants named by a place ("Odesa Governor"): {region} the place's region and {city}
    # the place itself, as a genitive where the language needs one (catalogue/names.py).
    "claimant.governor": "{region} Governor",
    "claimant.mayor": "{city} Mayor",
    "claimant.city_administration": "{city} City Military Administration",
    "review.field.mediator": "mediator",
    "review.field.framework": "framework",
    "exchange.phrase": "Exchange: {parts}",
    "exchange.returned_home": {"one": "{count} returned home", "many": "{count} returned home"},
    "exchange.mediating": "{names} mediating",
    # /latest
    "latest.title": {"one": "<b>Latest story</b>", "many": "<b>Latest {count} stories</b>"},
    "latest.hint": "The number opens a story's figures and sources: /sources {n}",
    "latest.empty": "No stories yet. Forward an article or paste its text to start.",
    "latest.empty_reader": (
        "No stories yet. The newsroom's editors add them; /subscribe to be told when they do."
    ),
    "latest.night": "{night}: {figures}",
    # /exchange
    "exchange.title": "<b>Prisoner exchange {story}: {status}</b>",
    "exchange.count": "<b>Prisoners concerned:</b> {claims}",
    "exchange.returned": "<b>Returned home:</b> {claims}",
    "exchange.mediators": "<b>Mediators:</b> {names}",
    "exchange.framework": "<b>Framework:</b> {framework}",
    "exchange.quoted": "<b>Quoted:</b> {people}",
    "exchange.timeline": "<b>Timeline</b>",
    "exchange.step": "• {date} — {status} ({sources})",
    "exchange.dates_differ": "⚠ Sources give different dates for “{status}”: {versions}",
    "exchange.pending": "<b>Still pending:</b> {what}",
    "pending.proposed": "talks, an agreed list and the swap itself",
    "pending.negotiating": "final terms and the swap itself",
    "pending.agreed": "the swap itself and the number who come home",
    "pending.stalled": "a resumption of talks",
    "exchange.sources": "<b>Sources:</b> {sources}",
    "exchange.earlier": "<b>Earlier swaps</b>",
    "exchange.earlier_line": "• {date} {story} — {status}: {figure}",
    "exchange.earlier_bare": "• {date} {story} — {status}",
    "exchange.swap_followed": "; a completed swap followed on {date} ({story})",
    "talks.proposed": "proposed",
    "talks.negotiating": "talks",
    "talks.agreed": "agreed",
    "exchange.total": "<b>Returned across {swaps}:</b> {figure}",
    "exchange.swaps": {"one": "{count} completed swap", "many": "{count} completed swaps"},
    "exchange.side.ukraine": "{count} home to Ukraine",
    "exchange.side.russia": "{count} to Russia",
    "exchange.side.unspecified": "{count} side not stated",
    "exchange.no_number": {
        "one": "{count} swap gives no number",
        "many": "{count} swaps give no number",
    },
    "exchange.none": "No prisoner exchange reported yet. Forward an article about one to start.",
    "exchange.none_reader": (
        "No prisoner exchange reported yet. The newsroom's editors add reports; /subscribe "
        "exchange to be told when they do."
    ),
    # /strikes and /strikes week
    "strikes.title": "<b>Strikes, {night}</b>",
    "side.russia": "<u>Russian attack on Ukraine</u>",
    "side.ukraine": "<u>Ukrainian drones, as Russia reports them</u>",
    "side.other": "<u>Attack</u>",
    "strikes.launched": "Launched: {what}",
    "strikes.downed": "Downed: {what}",
    "strikes.lost": "Lost to electronic warfare: {what}",
    "strikes.total_launched": "Drones and missiles launched, no split given: {what}",
    "strikes.total_downed": "Drones and missiles downed, no split given: {what}",
    "strikes.regions": "Regions: {names}",
    "strikes.targets": "Targets: {names}",
    "strikes.sources": "Sources: {sources}",
    "strikes.none": "No attack figures reported yet.",
    # -- beside figures that cannot both be right, until an editor checks them --------------
    "check.downed_above_launched": (
        "⚠ More {weapon} downed ({found}) than launched ({launched}): one of the two is likely "
        "misread; not yet checked by an editor, so not sent to subscribers."
    ),
    "check.returned_above_count": (
        "⚠ More people returned ({found}) than the swap was said to concern ({count}): often "
        "one side's share or a first stage; not yet checked by an editor."
    ),
    "strikes.week_title": "<b>Strikes, last seven nights</b>",
    "strikes.week_line": "<b>{date}</b> · {sides}",
    "strikes.week_none": "No attack figures reported in the last seven nights.",
    "strikes.week_check": (
        "⚠ marks figures that cannot both be right, not yet checked by an editor."
    ),
    "strikes.week_hint": "/strikes YYYY-MM-DD shows one night in full, with every source.",
    # /sources
    "sources.title": "<b>Sources behind the briefings</b>",
    "sources.story": "<b>{story} {title}</b>",
    "sources.item": "• {outlet}, {date}{where}",
    "sources.none": "No sources yet: nothing has been stored.",
    "sources.for": "<b>Sources for {story}: {title}</b>",
    "sources.figure": "<b>{field}: {value}</b>{edited}{who}{night}",
    "sources.updated_from": "updated from {values}",
    "sources.no_figures": "No figures recorded for this story.",
    # receipts
    "receipt.stored": "Stored: {title}",
    "receipt.meta": "{outlet} · {date} · story {story}, {sources}{article}",
    "receipt.article": " · article {n}",
    "receipt.fetched": "Fetched from {url}",
    "receipt.no_figures": "No exchange or strike figures found in it.",
    "receipt.redated": (
        "The article is now dated {date}, as this copy is: its own date was only assumed or "
        "missing."
    ),
    "receipt.copy": (
        "Same article as one already stored: {title}. Added {added} as one more source; "
        "no new figures. Story {story} has {sources}."
    ),
    "receipt.duplicate": (
        "Already stored: {title} ({outlet}, {date}). Nothing changed; story {story} has {sources}."
    ),
    "outlet.pasted": "pasted text, outlet not stated",
    "outlet.file": "a file, outlet not stated",
    "outlet.unknown": "unknown outlet",
    "outlet.editor_set": "set by an editor",
    "outlet.editor_corrected": "corrected by an editor",
    "receipt.no_outlet": "outlet not stated",
    "receipt.no_date": "date not stated",
    "receipt.undated": "undated: stored and searchable, placed on no night",
    "receipt.undated_because": "undated ({why}): stored and searchable, placed on no night",
    "receipt.assumed": "{date} (date assumed: when you sent it)",
    "receipt.unnamed.paste": "your pasted text",
    "receipt.unnamed.file": "the file",
    "receipt.unnamed.link": "the page",
    # pushes and digests
    "push.exchange": "Exchange of {date}",
    "push.talks": "Exchange talks of {date}",
    "push.exchange_undated": "Exchange",
    "push.night": "Night to {date}",
    "push.strikes": "Strikes",
    "push.line": "{event} {story}: {what}",
    "push.new_claim": "{figures} (new claim)",
    "push.updated": "{claimant} updated {moves}",
    "push.edited": "{claimant}: {moves}",
    "push.reports": "{claimant} reports {moves}",
    "push.gone": "{label} {before} → none reported",
    "push.differs": "{label} {now} (other reports: {before})",
    "push.move": "{label} {before} → {now}",
    "push.added": "{label} {now}",
    "push.source": "{line} · {sources}",
    "push.dropped": "{what} — no longer stands: the report was edited",
    "push.withdrawn": "{what} — no longer stands: an editor took the report out as not a report",
    "push.restored": "{what} — stands again: an editor restored the report",
    "push.retracted": "{what} — no longer stands: an editor took back the figure",
    "push.moved": "{what}: for this night, not the {old}",
    "push.moved_day": "{what}: on this date, not on {old}",
    "push.correction": "Correction: {line}",
    "push.editor.confirmed": " (confirmed by an editor)",
    "push.editor.corrected": " (corrected by an editor)",
    "push.editor.undone": " (an editor's correction taken back)",
    "push.editor.set": " (set by an editor)",
    "push.more": "… and {count} more: /latest",
    "digest.title": "<b>Daily digest</b> · {when} {tz}",
    "digest.changes_since": {
        "one": "{count} change since {since}:",
        "many": "{count} changes since {since}:",
    },
    "digest.changes": {"one": "{count} change:", "many": "{count} changes:"},
    "digest.line": "• {when} · {change}",
    # refusals of what was sent (intake.refused with a key)
    "refusal.generic": "That could not be stored.",
    "refusal.no_text": (
        "That message has no text to read. Forward a post, paste an article, or send a link."
    ),
    "refusal.too_long": (
        "That text is too long to be one article ({chars} characters; the limit is {limit}). "
        "Nothing was stored."
    ),
    "refusal.not_article": "That doesn't look like an article: {why}. Nothing was stored.",
    "refusal.noise.empty": "it is empty",
    "refusal.noise.binary": "it looks like binary data, not text",
    "refusal.noise.too_short": "it is too short to read as a report",
    "refusal.noise.unreadable": "it has no readable sentences",
    "refusal.chatter": (
        "That reads like a message, not a news report, so nothing was stored. Forward a post, "
        "paste an article's text or send a link; /latest shows the latest stories."
    ),
    "refusal.edit_leaves_nothing": (
        "That edit leaves no article to read, so the stored article is kept as it was. "
        "Edit it back, or forward or paste the report again."
    ),
    "refusal.no_article_at": "No article found at {url}. Nothing was stored.",
    # -- /stats, in the admin chat (NEWSROOM_ADMIN_CHAT) -------------------------------------
    "stats.refusal": (
        "Sorry, /stats answers only in the newsroom's admin chat (this chat is {chat})."
    ),
    "stats.refusal_unset": (
        "Sorry, /stats answers only in the admin chat, and none is set: "
        "NEWSROOM_ADMIN_CHAT={chat} would make it this one."
    ),
    "stats.head": "<b>newsroom-bot {version}</b> · {mode}",
    "stats.mode.long_polling": "long polling",
    "stats.mode.webhook": "webhook",
    "stats.mode.local_console": "local console",
    "stats.running": "Running since {since}",
    "stats.articles": "Articles: {n}",
    "stats.stories": "Stories: {n}",
    "stats.sources": "Sources: {n}",
    "stats.facts": "Figures (facts): {n}",
    "stats.subscribers": "Subscribed chats: {n}",
    "stats.pushes": "Pushes pending: {pending} · dead: {dead}",
    "stats.last_article": "Last article: {when}",
    "stats.last_error": "Last error: {when}",
    "stats.sizes": "Store: {store} · write-ahead log: {wal}",
    "stats.never": "never",
    "stats.moment": "{day}, {time} UTC",
    "stats.moment_ago": "{moment} ({ago})",
    "stats.ago_minutes": {"one": "{count} min ago", "many": "{count} min ago"},
    "stats.ago_hours": {"one": "{count} h ago", "many": "{count} h ago"},
    "stats.ago_days": {"one": "{count} day ago", "many": "{count} days ago"},
    "size.bytes": "{n} B",
    "size.kb": "{n} KB",
    "size.mb": "{n} MB",
    "size.gb": "{n} GB",
    # -- why a file's part or a link was refused (intake.article.REASONS, by code) ------------
    "refusal.fetch": "Could not fetch {url}: {why}. Nothing was stored.",
    "reason.file_too_big": (
        "the file is over 20 MB: Telegram lets bots download files up to 20 MB"
    ),
    "reason.file_empty": "the file is empty",
    "reason.file_no_text": "the file has no text in it",
    "reason.file_binary": "the file is not text (it looks like binary data)",
    "reason.file_image": "it is an image; send the article's text, a link or a PDF instead",
    "reason.file_office": "office documents are not supported yet: save it as .txt or .html",
    "reason.file_program": "it is a program, not an article",
    "reason.file_type": "files of type {ext} are not supported",
    "reason.file_kind": "this kind of file is not supported",
    "reason.line_not_utf8": "not UTF-8 text",
    "reason.line_not_json": "not valid JSON",
    "reason.line_not_object": "not a JSON object",
    "reason.file_not_json": "the file is not valid JSON",
    "reason.file_json_shape": (
        'the JSON holds no article: send an object with a "text" field, or a list of them'
    ),
    "reason.line_no_text": 'no "text" field',
    "reason.line_empty_text": 'the "text" field is empty',
    "reason.line_invalid_character": (
        "it holds an invalid character (a lone surrogate), so it cannot be stored"
    ),
    "reason.pdf_locked": "the PDF is password-protected",
    "reason.pdf_damaged": "the PDF could not be read (is it damaged?)",
    "reason.pdf_page": "the page could not be read",
    "reason.pdf_pages": "only the first {pages} pages of a PDF are read",
    "reason.pdf_no_text": "the PDF has no text layer (is it a scan?)",
    "reason.zip_nested": "archives inside archives are opened one level deep only",
    "reason.zip_damaged": "the archive is damaged or not a ZIP file",
    "reason.zip_members": "the archive has more than {files} files",
    "reason.zip_too_big": "the archive unpacks to more than 50 MB",
    "reason.zip_unsafe_path": "unsafe path inside the archive",
    "reason.zip_locked": "the file is password-protected",
    "reason.zip_unpack": "could not be unpacked",
    "reason.zip_rest": "{reason}; the rest of it was not read",
    "reason.text_too_long": (
        "it is too long to be one article ({chars} characters; the limit is {limit})"
    ),
    "reason.text_none": "it has no text to read",
    "reason.noise_empty": "it is empty",
    "reason.noise_binary": "it looks like binary data, not text",
    "reason.noise_too_short": "it is too short to read as a report",
    "reason.noise_unreadable": "it has no readable sentences",
    "reason.read_failed": ("it could not be read (an internal error, logged for the maintainers)"),
    "reason.save_failed": (
        "it could not be stored (an internal error, logged for the maintainers)"
    ),
    "reason.link_private": "the address is on a private network",
    "reason.link_redirects": "too many redirects",
    "reason.link_not_web": "only web links (http or https) can be fetched",
    "reason.link_bad_address": "that is not a valid web address",
    "reason.link_unknown_host": "the site's name could not be found",
    "reason.link_unreachable": "the site could not be reached",
    "reason.link_certificate": "the site's security certificate is not valid",
    "reason.link_timeout": {
        "one": "the site did not answer within {count} second",
        "many": "the site did not answer within {count} seconds",
    },
    "reason.link_http_error": "the site answered with an error ({status})",
    "reason.link_broke_off": "the site broke off while sending the page",
    "reason.link_too_big": "the page is larger than {mb} MB",
    "reason.link_pdf": "it is a PDF, not a web page: download it and send me the file",
    "reason.link_image": "it is an image, not a web page",
    "reason.link_media": "it is a media file, not a web page",
    "reason.link_file_type": "it is a file of type {mime}, not a web page",
}
