"""Ukrainian messages: the same keys and {fields} as en.py. See __init__ for how to add."""

MESSAGES: dict[str, object] = {
    # -- /start, /help and the command menus ----------------------------------------------
    "help.title": "<b>Брифінги для редакції</b>",
    "help.intro": (
        "Перешліть допис новинного каналу, вставте текст статті або надішліть посилання чи файл, "
        "і я збережу його з цифрами та джерелами. Кожна цифра зберігає, хто її заявив; цифри "
        "двох сторін показано поруч і ніколи не зведено в одну."
    ),
    "help.commands": "<b>Команди</b>",
    "help.command": "/{name}{usage} — {description}",
    "help.language": "Мова: /lang uk — українська, /lang en — English.",
    "command.start": "Що вміє цей бот",
    "command.help": "Команди і як додати статтю",
    "command.latest": "Останні сюжети, найновіші спершу",
    "command.exchange": "Обмін полоненими: стан, цифри, хронологія, джерела",
    "command.strikes": "Нічні атаки: цифри кожної сторони поруч",
    "command.sources": "Видання й дописи за сюжетом або за брифінгами",
    "command.add": "Відповідь /add на повідомлення зберігає його як статтю",
    "command.whoami": "Ваш Telegram id і роль тут",
    "command.lang": "Мова інтерфейсу: uk або en",
    "command.subscribe": "Сповіщення про зміну фактів: exchange, strikes або all",
    "command.unsubscribe": "Вимкнути сповіщення про тему або всі",
    "command.subscriptions": "Підписки й дайджест цього чату",
    "command.digest": "Щоденний дайджест змін у заданий час, або off",
    "command.search": "Пошук статей за словами, найновіші спершу",
    "command.export": "Цифри у файлі CSV, із джерелами та тим, хто їх заявив",
    "command.chart": "Графік нічних атак або обмінів полоненими",
    "command.stats": "Стан і цифри сервісу (лише в адмін-чаті)",
    # -- dates: one format everywhere ("24 Feb 2025", "night to 24 Feb 2025") ----------
    "date.full": "{day} {month} {year}",
    "date.day_month": "{day} {month}",
    "date.unknown": "дата невідома",
    "date.night": "ніч на {date}",
    "date.night_unknown": "ніч не вказано",
    "month.1": "січня",
    "month.2": "лютого",
    "month.3": "березня",
    "month.4": "квітня",
    "month.5": "травня",
    "month.6": "червня",
    "month.7": "липня",
    "month.8": "серпня",
    "month.9": "вересня",
    "month.10": "жовтня",
    "month.11": "листопада",
    "month.12": "грудня",
    # -- /lang ----------------------------------------------------------------------------
    "lang.set": "Тепер бот говорить у цьому чаті українською. /help покаже команди.",
    "lang.usage": "Як користуватися: /lang uk або /lang en (українська або English).",
    # -- access and errors ------------------------------------------------------------------
    "access.readers_only": ("На жаль, брифінги тут лише для редакції. /whoami покаже ваш id."),
    "access.editors_only": "На жаль, це можуть лише редактори. /whoami покаже ваш id.",
    "error.sorry": (
        "На жаль, під час обробки цього повідомлення сталася помилка. Її записано в журнал; "
        "спробуйте ще раз."
    ),
    # -- briefing commands -------------------------------------------------------------------
    "latest.usage": "Як користуватися: /latest [N], де N від 1 до 50.",
    "strikes.usage": "Як користуватися: /strikes [РРРР-ММ-ДД | week]",
    "strikes.none_that_night": "Немає даних про атаку за {night}.",
    "sources.usage": "Як користуватися: /sources [N], де N — номер сюжету з /latest.",
    "sources.no_story": "Сюжету {n} немає. Номери сюжетів показує /latest.",
    "whoami.line": "{name}: Telegram id <code>{id}</code>, роль: {role}.",
    "whoami.unknown_user": "невідомо",
    "role.editor": "редактор",
    "role.reader": "читач",
    "role.none": "немає",
    # -- articles arriving ---------------------------------------------------------------------
    "add.editors_only": (
        "На жаль, додавати статті можуть лише редактори. Брифінги вам відкриті: спробуйте /latest."
    ),
    "add.reply_needed": "Відповідайте /add на повідомлення з текстом статті.",
    "ingest.file_too_big": (
        "Цей файл займає {mb} МБ; Telegram дає ботам завантажувати файли до 20 МБ. "
        "Нічого не збережено."
    ),
    "unreadable.sticker": (
        "Стікер я прочитати не можу. Перешліть допис, вставте текст статті або надішліть "
        "посилання чи файл."
    ),
    "unreadable.audio": (
        "Аудіо я прочитати не можу. Перешліть допис, вставте текст статті або надішліть "
        "посилання чи файл."
    ),
    "unreadable.picture": (
        "Зображення без підпису я прочитати не можу. Перешліть допис, вставте текст статті або "
        "надішліть посилання чи файл."
    ),
    "unreadable.other": (
        "Такі повідомлення я прочитати не можу. Перешліть допис, вставте текст статті або "
        "надішліть посилання чи файл."
    ),
    # -- subscriptions and digests --------------------------------------------------------------
    "topic.exchange": "обмін полоненими",
    "topic.strikes": "нічні атаки",
    "topic.all": "усе",
    "topic.nothing": "нічого",
    "words.and": " і ",
    "where.topic": "Ця тема",
    "where.private": "Цей чат",
    "where.group": "Ця група",
    "subscribe.usage": "Як користуватися: /subscribe [exchange|strikes|all]",
    "unsubscribe.usage": "Як користуватися: /unsubscribe [exchange|strikes|all]",
    "subscribe.not_allowed": (
        "Змінювати підписки цієї групи можуть лише її адміністратори (або редактори)."
    ),
    "subscribe.no_channels": (
        "Підписки працюють в особистих чатах, групах і темах форумів, не в каналах."
    ),
    "subscribe.added": (
        "{where} тепер отримує зміни: {topics}. Ви дізнаєтеся, коли зміниться факт: новий стан "
        "обміну, нова чи інша кількість, нова цифра від іншого джерела, нова ніч атаки або "
        "виправлення. Повтори вже відомого не надсилаються."
    ),
    "subscribe.already": "{where} вже отримує зміни: {topics}.",
    "unsubscribe.not_subscribed": "{where} не має такої підписки.",
    "unsubscribe.done": "{where} більше не отримує: {topics}.",
    "unsubscribe.still": "{where} більше не отримує: {topics}. Залишається: {left}.",
    "subscriptions.title": "<b>Підписки</b>",
    "subscriptions.changes": "• {place}: зміни — {topics}",
    "subscriptions.digest": "• {place}: щоденний дайджест о {time} ({tz})",
    "subscriptions.whole_chat": "увесь чат",
    "subscriptions.thread": "тема {thread}",
    "subscriptions.none": (
        "Тут немає підписок. /subscribe — сповіщення про зміну фактів, "
        "/digest 08:00 Europe/Kyiv — щоденний дайджест."
    ),
    "digest.usage": (
        "Як користуватися: /digest ГГ:ХХ [Регіон/Місто], наприклад /digest 08:00 Europe/Kyiv, "
        "або /digest off"
    ),
    "digest.bad_time": "{value} — це не час на зразок 08:00.",
    "digest.bad_zone": "{value} — це не часовий пояс на зразок Europe/Kyiv.",
    "digest.stopped": "{where} більше не отримуватиме щоденних дайджестів.",
    "digest.had_none": "{where}: щоденного дайджесту не було.",
    "digest.set": (
        "{where} отримуватиме щоденний дайджест о {time} ({tz}): що змінилося від попереднього, "
        "і нічого в дні, коли нічого не змінилося."
    ),
}
