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
    "lang.not_allowed": "Мову цієї групи можуть змінити лише її адміністратори (або редактори).",
    # -- access and errors ------------------------------------------------------------------
    "access.readers_only": ("На жаль, брифінги тут лише для редакції. /whoami покаже ваш id."),
    "access.editors_only": "На жаль, це можуть лише редактори. /whoami покаже ваш id.",
    "access.anonymous": (
        "На жаль, ви пишете від імені групи чи каналу, тож я не знаю, хто ви. "
        "Надішліть команду від себе."
    ),
    "error.sorry": (
        "На жаль, під час обробки цього повідомлення сталася помилка. Її записано в журнал; "
        "спробуйте ще раз."
    ),
    # -- briefing commands -------------------------------------------------------------------
    "latest.usage": "Як користуватися: /latest [N], де N від 1 до 50.",
    "strikes.usage": "Як користуватися: /strikes [РРРР-ММ-ДД | week]",
    "strikes.future": "Ще не настала {night}: даних за неї немає.",
    "strikes.none_that_night": "Немає даних про атаку за {night}.",
    "sources.usage": "Як користуватися: /sources [N [page K]], де N — номер сюжету з /latest.",
    "sources.no_story": "Сюжету #{n} немає. Номери сюжетів показує /latest.",
    "whoami.line": "{name}: Telegram id <code>{id}</code>, роль: {role}.",
    "whoami.unknown_user": "невідомо",
    "role.editor": "редактор",
    "role.reader": "читач",
    "role.none": "немає",
    # -- articles arriving ---------------------------------------------------------------------
    "add.editors_only": (
        "На жаль, додавати статті можуть лише редактори. Брифінги вам відкриті: спробуйте /latest."
    ),
    "add.reply_needed": (
        "Відповідайте /add на повідомлення зі статтею: її текстом, посиланням на неї чи файлом; "
        "або надішліть файл із підписом /add, або /add і текст одразу після нього."
    ),
    "add.maybe_split": (
        "Це повідомлення майже досягає ліміту Telegram у {limit} символів: якщо стаття була "
        "довшою, Telegram розділив її, і я зберіг лише цю першу частину, бо в групі читаю лише "
        "команди. Надішліть довгу статтю мені в особистий чат або файлом із підписом /add."
    ),
    "add.own_message": (
        "Це моє власне повідомлення, а не допис: відповідайте /add на сам допис чи статтю."
    ),
    "ingest.file_too_big": (
        "Цей файл займає {mb} МБ; Telegram дає ботам завантажувати файли до 20 МБ. "
        "Нічого не збережено."
    ),
    "sources.and_more": {
        "one": " і ще {count} джерело",
        "few": " і ще {count} джерела",
        "many": " і ще {count} джерел",
    },
    "sources.more": {
        "one": "• і ще {count} джерело: /sources {n} показує джерела кожної цифри",
        "few": "• і ще {count} джерела: /sources {n} показує джерела кожної цифри",
        "many": "• і ще {count} джерел: /sources {n} показує джерела кожної цифри",
    },
    # -- an edited message: its article is updated, not stored again -------------------------
    "edit.updated": "Оновлено за вашим редагуванням: <b>{title}</b>",
    "edit.post_updated": (
        "Оновлено: допис відредаговано після збереження, <b>{title}</b> тепер має новий текст"
    ),
    "edit.unchanged": (
        "Ваше редагування не змінює жодної цифри чи дати в <b>{title}</b>: збережена стаття "
        "лишається як була."
    ),
    # -- a file of many articles: its summary and its progress ------------------------------
    "batch.summary": {
        "one": (
            "<b>{name}</b>: прочитано {count} частину: збережено {stored}, вже були {already}, "
            "додано як джерело до збереженої статті {sources}, відхилено {refused}"
        ),
        "few": (
            "<b>{name}</b>: прочитано {count} частини: збережено {stored}, вже були {already}, "
            "додано як джерело до збереженої статті {sources}, відхилено {refused}"
        ),
        "many": (
            "<b>{name}</b>: прочитано {count} частин: збережено {stored}, вже були {already}, "
            "додано як джерело до збереженої статті {sources}, відхилено {refused}"
        ),
    },
    "batch.blank": {
        "one": ", {count} порожній рядок",
        "few": ", {count} порожні рядки",
        "many": ", {count} порожніх рядків",
    },
    "batch.unusable": "Не вдалося використати {name}: {reason}. Нічого не збережено.",
    "batch.stopped": (
        "Зупинено після {count} з {total}: бот зупинявся або сховище було зайняте. "
        "Надішліть файл ще раз, щоб зберегти решту; нічого не збережеться двічі."
    ),
    "batch.undated": {
        "one": (
            "• {count} стаття без дати (збережена, її можна знайти, але її немає в жодній ночі): "
            "{names}"
        ),
        "few": (
            "• {count} статті без дати (збережені, їх можна знайти, але їх немає в жодній ночі): "
            "{names}"
        ),
        "many": (
            "• {count} статей без дати (збережені, їх можна знайти, але їх немає в жодній ночі): "
            "{names}"
        ),
    },
    "batch.and_more": {"one": " і ще {count}", "few": " і ще {count}", "many": " і ще {count}"},
    "batch.text_dated": {
        "one": "• {count} стаття без власної дати отримала дату, вказану в її тексті: {names}",
        "few": "• {count} статті без власної дати отримали дати, вказані в їхніх текстах: {names}",
        "many": "• {count} статей без власної дати отримали дати, вказані в їхніх текстах: {names}",
    },
    "batch.date_why.none": "дати не надано, у тексті її немає",
    "batch.date_why.unreadable": "її дата «{declared}» не є календарним днем",
    "batch.date_why.future": "її дата «{declared}» пізніша, ніж вона надійшла",
    "batch.refusal": "• відхилено {name}: {reason}",
    "batch.more_refused": {
        "one": "• і ще {count} відхилено",
        "few": "• і ще {count} відхилено",
        "many": "• і ще {count} відхилено",
    },
    "batch.progress_of": "Читаю <b>{name}</b>: прочитано {count} з {total}",
    "batch.progress": "Читаю <b>{name}</b>: прочитано {count}",
    "batch.progress_tally": " (збережено {stored}, вже були {already}, відхилено {refused})…",
    "batch.failed": (
        "Не вдалося дочитати <b>{name}</b>, вибачте: збережене досі лишається. Надішліть файл "
        "ще раз, щоб зберегти решту; нічого не збережеться двічі."
    ),
    "batch.done": (
        "Файл <b>{name}</b> прочитано: {count} (збережено {stored}, вже були {already}, "
        "відхилено {refused})."
    ),
    "batch.queued": "Прочитаю <b>{name}</b> після попереднього файлу…",
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
    "unreadable.empty": (
        "Повідомлення порожнє: читати нічого. Перешліть допис, вставте текст статті або "
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
    # -- editors in the loop: receipts' figures, /fix, /undo, /merge, /split (briefings/review.py)
    "command.fix": "Виправити цифру (редактори); у відповіді на квитанцію сюжет можна не писати",
    "command.confirm": "Позначити цифри сюжету перевіреними (редактори)",
    "command.undo": "Скасувати ваше останнє /fix (редактори)",
    "command.merge": "Приєднати сюжет B до сюжету A (редактори)",
    "command.split": "Зробити статтю окремим сюжетом (редактори)",
    "review.no_outlet": "видання не вказано",
    "review.no_date": "дату не вказано",
    "review.untitled": "Без заголовка",
    "review.night": "ніч на {date}",
    "review.night_unknown": "ніч не вказано",
    "review.figures": "<b>Цифри і слова, з яких їх узято</b>",
    "review.no_figures": "Цифр про обмін чи удари в ній не знайдено.",
    "review.exchange": "<b>Обмін</b>",
    "review.claimant_night": "<b>{claimant}</b>, {night}",
    "review.figure": "• {field}: <b>{value}</b>{note}",
    "review.quote": "  <i>«{quote}»</i>",
    "review.no_quote": "  <i>(цитату не збережено)</i>",
    "review.checked": " ✓",
    "review.edited": " (виправлено редактором, було {old})",
    "review.set": " (внесено редактором)",
    "review.uncertain_head": (
        "<b>Непевні: бачать лише редактори, не публікуються, доки редактор не підтвердить</b>"
    ),
    "review.uncertain": "• {who}{field}: <b>{value}</b> (впевненість {confidence}{why})",
    "review.warn.downed_above_launched": (
        "⚠ Перевірте ({claimant}, {night}): збито {weapon} більше ({found}), ніж запущено "
        "({launched}). Одну з цифр, імовірно, прочитано хибно."
    ),
    "review.warn.lost_above_launched": (
        "⚠ Перевірте ({claimant}, {night}): збито або втрачено через РЕБ {weapon} більше "
        "({found}), ніж запущено ({launched})."
    ),
    "review.warn.returned_above_count": (
        "⚠ Перевірте: повернулося більше людей ({found}), ніж мав охопити обмін ({launched}): "
        "часто це частка однієї сторони або перший етап."
    ),
    "review.weapon.drones": "дронів",
    "review.weapon.missiles": "ракет",
    "review.weapon.total": "дронів і ракет",
    "review.held": (
        "Затримано: підписники нічого з цієї статті не отримають, доки редактор її не підтвердить."
    ),
    "review.hint": (
        "Звірте кожну цифру з її словами: «Підтвердити» публікує, «Виправити» пояснює, як "
        "виправити цифру, «Не новина» прибирає статтю."
    ),
    "review.confirmed": "✓ Підтвердив(ла) {editor}, {at}: цифри перевірено.",
    "review.removed": (
        "✗ Не новина: {editor} прибрав(ла) її з брифінгів і розсилок, {at}. Статтю збережено; "
        "«Відновити» повертає її."
    ),
    "review.fix_help": (
        "<b>Щоб виправити цифру сюжету #{story}</b>, дайте відповідь на цю квитанцію: "
        "<code>/fix ПОЛЕ ЗНАЧЕННЯ [ДЖЕРЕЛО]</code>, або надішліть "
        "<code>/fix {story} ПОЛЕ ЗНАЧЕННЯ [ДЖЕРЕЛО]</code>.\n"
        "ПОЛЕ: {fields}.\n"
        "Цифру, якої в сюжеті немає, буде додано як вашу. "
        "Наприклад: <code>/fix {story} {example}</code>. /undo скасовує ваше останнє виправлення."
    ),
    # The receipt's buttons, in the chat's language (their callback data is the same in all).
    "review.button.confirm": "Підтвердити",
    "review.button.fix": "Виправити",
    "review.button.remove": "Не новина",
    "review.button.restore": "Відновити",
    "review.answer.confirmed": "Підтверджено: перевірено цифр: {count}.",
    "review.answer.released": "Підтверджено: перевірено цифр: {count}; підписники отримають їх.",
    "review.answer.already_confirmed": "Уже підтвердив(ла) {editor}.",
    "review.answer.removed": "Прибрано з брифінгів і розсилок. «Відновити» повертає.",
    "review.answer.restored": "Повернуто до брифінгів.",
    "review.answer.fix": "Як виправити цифру: дивіться квитанцію.",
    "review.answer.refused": "Це можуть лише редактори редакції.",
    "review.fix.usage": (
        "Як: /fix СЮЖЕТ ПОЛЕ ЗНАЧЕННЯ [ДЖЕРЕЛО], СЮЖЕТ — номер із /latest (у відповіді на "
        "квитанцію його можна не писати). ПОЛЕ: {fields}. Цифру, якої в сюжеті немає, буде додано."
    ),
    "review.fix.done": "Сюжет #{story}{who}: {field} {before} → <b>{after}</b>.",
    "review.fix.not_a_receipt": (
        "Це повідомлення не моя квитанція, тож не видно, про який сюжет ідеться: надішліть "
        "/fix СЮЖЕТ ПОЛЕ ЗНАЧЕННЯ (/latest показує номери сюжетів)."
    ),
    "review.fix.same": "Сюжет #{story}{who}: {field} уже {after}. Нічого не змінено.",
    "review.fix.correction": "Підписники отримають виправлення.",
    "review.fix.told": "Підписники отримають цю цифру.",
    "review.fix.undo_hint": "/undo скасовує це.",
    "review.confirm.usage": (
        "Як: /confirm СЮЖЕТ (номер з /latest) або /confirm у відповідь на квитанцію: позначає "
        "цифри перевіреними вами й надсилає підписникам те, що чекало на підтвердження."
    ),
    "review.confirm.done": {
        "one": "Сюжет #{story} підтверджено: перевірено {count} цифру ({articles}).",
        "few": "Сюжет #{story} підтверджено: перевірено {count} цифри ({articles}).",
        "many": "Сюжет #{story} підтверджено: перевірено {count} цифр ({articles}).",
    },
    "review.confirm.articles": {
        "one": "стаття {ids}",
        "few": "статті {ids}",
        "many": "статті {ids}",
    },
    "review.confirm.told": "Підписники отримають цифри, що чекали на підтвердження.",
    "review.confirm.already": "Сюжет #{story} уже підтвердив(ла) {editor}. Нічого не змінено.",
    "review.undo.done": (
        "Скасовано: сюжет #{story}{who}: {field} знову <b>{after}</b> (було {before})."
    ),
    "review.merge.usage": "Як: /merge A B — сюжет B приєднується до сюжету A (номери з /latest).",
    "review.merge.done": (
        "Сюжет #{other} об'єднано із сюжетом #{story}: перенесено статей: {count}. /sources "
        "{story} показує їх."
    ),
    "review.split.usage": (
        "Як: /split СЮЖЕТ СТАТТЯ — стаття виходить із сюжету й стає окремим сюжетом. "
        "/sources СЮЖЕТ показує номери статей."
    ),
    "review.split.done": "Стаття {article} вийшла із сюжету #{story}: тепер це сюжет #{new}.",
    "review.none": "немає",
    "review.who": ", {claimant}",
    "review.error.no_story": "Сюжету #{story} немає. /latest показує номери сюжетів.",
    "review.error.no_article": "Статті {article} немає.",
    "review.error.not_in_story": (
        "Стаття {article} не належить до сюжету #{story}. /sources {story} показує його статті."
    ),
    "review.error.removed": (
        "Статтю {article} прибрано як не новину. Спершу відновіть її (кнопка на квитанції)."
    ),
    "review.error.bad_field": "ПОЛЕ має бути одним із: {allowed}.",
    "review.error.bad_value": "{value} не підходить для {field}: потрібно {allowed}.",
    "review.error.no_exchange": "У сюжеті #{story} немає цифр обміну.",
    "review.error.no_strikes": "У сюжеті #{story} немає цифр про удари.",
    "review.error.not_a_swap": (
        "Сюжет #{story} про нічну атаку, а не про обмін полоненими: «{field}» сюди не підходить. "
        "ПОЛЕ для ночі: {allowed}."
    ),
    "review.error.not_a_night": (
        "Сюжет #{story} про обмін полоненими, а не про нічну атаку: «{field}» сюди не підходить. "
        "ПОЛЕ для обміну: {allowed}."
    ),
    "review.error.undated": (
        "Сюжет #{story} без дати, тож немає ночі для цієї цифри. Спершу вкажіть дату: "
        "/fix {story} date РРРР-ММ-ДД."
    ),
    "review.error.no_such_claimant": (
        "Джерело «{claimant}» боту невідоме. Назвіть одне з них, наприклад: {choices}."
    ),
    "review.error.unknown_claimant": (
        "У сюжеті #{story} немає джерела «{claimant}». Його джерела: {choices}."
    ),
    "review.error.which_side": (
        "Чиїх людей? У сюжеті #{story} є число повернених для кожної сторони ({choices}): "
        "додайте ukraine або russia в кінці /fix."
    ),
    "review.error.ambiguous_claimant": (
        "Чию цифру? У сюжеті #{story}: {choices}. Допишіть назву в кінці /fix."
    ),
    "review.error.same_story": "Сюжет не можна об'єднати із самим собою.",
    "review.error.merged": "Сюжет #{story} об'єднано із сюжетом #{into}: використовуйте {into}.",
    "review.error.only_article": (
        "Стаття {article} — єдина в сюжеті #{story}: відокремлювати нічого."
    ),
    "review.error.all_removed": (
        "Усі статті сюжету #{story} прибрано кнопкою «Не новина». Спершу поверніть одну "
        "(кнопка «Відновити» на її квитанції)."
    ),
    "review.error.overtaken": (
        "Ваше останнє виправлення (сюжет #{story}, {field} → {value}) згодом змінено: тепер "
        "{now}. Нічого не скасовано; /fix {story} задає цифру."
    ),
    "review.error.nothing_to_undo": "У вас немає виправлення, яке можна скасувати.",
    "review.sources.uncertain": (
        "<i>непевна: бачать лише редактори, не публікується до підтвердження ({why})</i>"
    ),
    "review.sources.checked": "✓ перевірив(ла) {editor}, {at}",
    "review.sources.articles": "<b>Статті</b> (для /split {story} СТАТТЯ)",
    "review.sources.article": "стаття {id}: {title} — {outlet}, {date}{removed}",
    "review.sources.removed": " — не новина (збережено)",
    "sources.more_refs": {
        "one": "• і ще {count} джерело",
        "few": "• і ще {count} джерела",
        "many": "• і ще {count} джерел",
    },
    "review.sources.page": {
        "one": "Статті {first}–{last} з {count}",
        "few": "Статті {first}–{last} з {count}",
        "many": "Статті {first}–{last} з {count}",
    },
    "review.sources.next": "Наступні: /sources {story} page {page}",
    "review.sources.actions": "<b>Дії редакторів</b>",
    "review.sources.action": "• {at} · {editor}: {what}{undone}",
    "review.sources.undone": " (скасовано)",
    "review.action.confirm": "підтвердив(ла) статтю {article}",
    "review.action.fix": "{field}{who}: {before} → {after}",
    "review.action.date": "дата{who}: {before} → {after}",
    "review.action.undo": "скасував(ла) виправлення {field}{who}: {before} → {after}",
    "review.action.remove": "прибрав(ла) статтю {article} як не новину",
    "review.action.restore": "відновив(ла) статтю {article}",
    "review.action.merge": "об'єднав(ла) {before} з {after}",
    "review.action.split": "відокремив(ла) статтю {article} у {after}",
    "review.field.drones_launched": "запущено дронів",
    "review.field.drones_downed": "збито дронів",
    "review.field.missiles_launched": "запущено ракет",
    "review.field.missiles_downed": "збито ракет",
    "review.field.drones_lost": "дронів втрачено через РЕБ",
    "review.field.total_launched": "запущено дронів і ракет",
    "review.field.total_downed": "збито дронів і ракет",
    "review.field.count": "полонених в обміні",
    "review.field.returned": "повернулися додому",
    "review.field.status": "статус",
    "review.field.date": "дата",
    "review.status.proposed": "запропоновано",
    "review.status.negotiating": "тривають переговори",
    "review.status.agreed": "погоджено, ще не відбувся",
    "review.status.completed": "відбувся",
    "review.status.stalled": "загальмовано",
    # -- desk tools: /search, /export, /chart, unknown commands ------------------------------
    "unknown.command": "Не знаю команди /{name}. /help — команди, на які я відповідаю.",
    "search.usage": (
        "Як користуватися: /search СЛОВА [since РРРР-ММ-ДД] [page N], напр. /search Одеса дрони "
        "since 2024-01-01"
    ),
    "search.too_many_words": (
        "Слів у цьому пошуку: {count}; я шукаю щонайбільше {limit} слів за раз. Залиште "
        "найважливіші, напр. /search Одеса дрони порт"
    ),
    "search.none": "Жодна збережена стаття не згадує {words}{since}.",
    "search.header": "<b>Пошук: {words}</b>{since} — {total}, найновіші спершу{page}",
    "search.count": {"one": "{count} стаття", "few": "{count} статті", "many": "{count} статей"},
    "search.page": ", сторінка {page} з {pages}",
    "search.any_words": "Жодна стаття не містить усіх цих слів; ось ті, де є деякі з них.",
    "search.since": " з {day}",
    "search.hit": "{n}. {day} · {outlet} · сюжет #{story}",
    "search.hit_no_story": "{n}. {day} · {outlet}",
    "search.more_button": "Далі: сторінка {page} з {pages}",
    "search.next_hint": "Далі: /search {words}{since} page {page}",
    "search.expired": "Цей список — з часу до перезапуску: надішліть /search ще раз.",
    "search.no_outlet": "видання не вказано",
    "search.untitled": "(без заголовка)",
    "export.usage": "Як користуватися: /export [strikes|exchange|all] [since РРРР-ММ-ДД]",
    "export.none.strikes": "Цифр про удари{since} не збережено.",
    "export.none.exchange": "Цифр про обміни{since} не збережено.",
    "export.none.all": "Цифр{since} не збережено.",
    "export.caption": (
        "{what}{since}: {rows} із {stories}, по рядку на кожну цифру з тим, хто її наводить, "
        "виданням і посиланням. CSV у UTF-8; відкривається в Excel, LibreOffice і Google Sheets."
    ),
    "export.rows": {"one": "{count} рядок", "few": "{count} рядки", "many": "{count} рядків"},
    "export.stories": {
        "one": "{count} сюжету",
        "few": "{count} сюжетів",
        "many": "{count} сюжетів",
    },
    "export.since": " з {day}",
    "export.what.strikes": "Цифри про удари",
    "export.what.exchange": "Цифри про обміни",
    "export.what.all": "Усі цифри",
    "chart.usage": (
        "Як користуватися: /chart strikes [30d|90d|РРРР-ММ-ДД..РРРР-ММ-ДД] або /chart exchange "
        "[РРРР-ММ-ДД..РРРР-ММ-ДД]"
    ),
    "chart.no_strikes": "За {span} немає цифр Повітряних сил чи міноборони РФ.",
    "chart.no_strikes_at_all": "Цифр про атаки ще не збережено: нема що показати.",
    "chart.no_swaps": "Немає завершеного обміну з кількістю повернених{span}: нема що показати.",
    "chart.strikes_title": "Дрони й ракети за ніч, {span}",
    "chart.strikes_caption": (
        "<b>Дрони й ракети за ніч, {span}</b> ({nights})\n"
        "Запущені й збиті — за даними Повітряних сил ЗСУ; заяви міноборони РФ про збиті "
        "українські дрони — окремий ряд, ніколи не додаються.\n"
        "Джерела: {outlets}. Цифри станом на {asof}."
    ),
    "chart.nights": {"one": "{count} ніч", "few": "{count} ночі", "many": "{count} ночей"},
    "chart.swaps_title": "Повернені додому за кожним обміном, {span}",
    "chart.swaps_caption": (
        "<b>Повернені додому за кожним обміном, {span}</b>\n"
        "{swaps}, усього {people} людей; дата — день, коли про завершення обміну вперше "
        "повідомили.\nДжерела: {outlets}."
    ),
    "chart.swaps": {"one": "{count} обмін", "few": "{count} обміни", "many": "{count} обмінів"},
    "chart.more_outlets": "та ще {n}",
    "chart.drones": "Дрони",
    "chart.missiles": "Ракети",
    "chart.launched": "запущено (Повітряні сили ЗСУ)",
    "chart.downed": "збито (Повітряні сили ЗСУ)",
    "chart.total_launched": "дронів і ракет запущено, без розподілу",
    "chart.total_downed": "дронів і ракет збито, без розподілу",
    "chart.russia_panel": "Заяви Росії",
    "chart.russia_downed": "Українські дрони, збиті за заявою міноборони РФ",
    "chart.returned": "повернуто людей",
    "chart.source_line": "Джерела: {outlets}. Зібрано newsroom-bot зі збережених повідомлень.",
    # -- briefings: /latest, /exchange, /strikes, /sources, receipts, pushes --------------------
    "brief.story": "#{n}",
    "brief.sources": {"one": "{count} джерело", "few": "{count} джерела", "many": "{count} джерел"},
    "brief.first_sentence": "(перше речення; заголовка немає)",
    "brief.untitled": "Без заголовка",
    "brief.no_source": "джерело не записано",
    "brief.or": " або ",
    "brief.vs": " проти ",
    "brief.and": " і ",
    "brief.updated_from": "{value} (уточнено, було {old})",
    "brief.differ": "{values} — цифри в повідомленнях різняться",
    "unit.drone": {"one": "{count} дрон", "few": "{count} дрони", "many": "{count} дронів"},
    "unit.missile": {"one": "{count} ракету", "few": "{count} ракети", "many": "{count} ракет"},
    "unit.ua_drone": {
        "one": "{count} український дрон",
        "few": "{count} українські дрони",
        "many": "{count} українських дронів",
    },
    "unit.total": {
        "one": "{count} дрон чи ракету",
        "few": "{count} дрони й ракети",
        "many": "{count} дронів і ракет",
    },
    "unit.prisoner": {
        "one": "{count} полонений",
        "few": "{count} полонених",
        "many": "{count} полонених",
    },
    "figures.launched": "запущено {what}",
    "figures.downed": "збито {what}",
    "figures.lost": "локаційно втрачено {what}",
    "figures.by": "{figures} ({claimant})",
    "figures.ua_downed": "{claimant}: збито {what}",
    "figures.ua_launched": "{claimant}: запущено {what}",
    "figures.none": "без цифр",
    "status.proposed": "запропоновано",
    "status.negotiating": "тривають переговори",
    "status.agreed": "погоджено, ще не проведено",
    "status.completed": "відбувся",
    "status.stalled": "загальмовано",
    "status.unknown": "стан не повідомлено",
    "mediator.United Arab Emirates": "ОАЕ",
    "mediator.United States": "США",
    "mediator.Vatican": "Ватикан",
    "mediator.Turkey": "Туреччина",
    "mediator.Qatar": "Катар",
    "mediator.Saudi Arabia": "Саудівська Аравія",
    "mediator.ICRC": "МКЧХ",
    "claimant.Ukrainian Air Force": "Повітряні сили ЗСУ",
    "claimant.Russian Defence Ministry": "Міноборони РФ",
    "claimant.Ukrainian General Staff": "Генштаб ЗСУ",
    "claimant.Ukrainian Defence Ministry": "Міноборони України",
    "claimant.Ukrainian President": "Президент України",
    "claimant.Ukrainian military": "Військові ЗСУ",
    "claimant.Moscow Mayor": "Мер Москви",
    "claimant.Kyiv Mayor": "Мер Києва",
    "claimant.Kyiv City Military Administration": "Київська міська військова адміністрація",
    "claimant.unattributed": "джерело цифр не назване",
    "claimant.governor": "Очільник {region}",
    "claimant.mayor": "Мер {city}",
    "claimant.city_administration": "Військова адміністрація {city}",
    "review.field.mediator": "посередник",
    "review.field.framework": "домовленості",
    "exchange.phrase": "Обмін: {parts}",
    "exchange.returned_home": {
        "one": "{count} повернувся додому",
        "few": "{count} повернулися додому",
        "many": "{count} повернулися додому",
    },
    "exchange.mediating": "посередники: {names}",
    # /latest
    "latest.title": {
        "one": "<b>Останній сюжет</b>",
        "few": "<b>Останні {count} сюжети</b>",
        "many": "<b>Останні {count} сюжетів</b>",
    },
    "latest.hint": "Номер відкриває цифри й джерела сюжету: /sources {n}",
    "latest.empty": "Сюжетів ще немає. Перешліть статтю або вставте її текст.",
    "latest.empty_reader": (
        "Сюжетів ще немає. Їх додають редактори; /subscribe — і бот повідомить, коли вони "
        "з’являться."
    ),
    "latest.night": "{night}: {figures}",
    # /exchange
    "exchange.title": "<b>Обмін полоненими {story}: {status}</b>",
    "exchange.count": "<b>Кількість полонених:</b> {claims}",
    "exchange.returned": "<b>Повернулися додому:</b> {claims}",
    "exchange.mediators": "<b>Посередники:</b> {names}",
    "exchange.framework": "<b>Домовленості:</b> {framework}",
    "exchange.quoted": "<b>Цитовано:</b> {people}",
    "exchange.timeline": "<b>Хронологія</b>",
    "exchange.step": "• {date} — {status} ({sources})",
    "exchange.dates_differ": "⚠ Джерела дають різні дати для «{status}»: {versions}",
    "exchange.pending": "<b>Ще попереду:</b> {what}",
    "pending.proposed": "переговори, погоджений список і сам обмін",
    "pending.negotiating": "остаточні умови і сам обмін",
    "pending.agreed": "сам обмін і кількість тих, хто повернеться",
    "pending.stalled": "відновлення переговорів",
    "exchange.sources": "<b>Джерела:</b> {sources}",
    "exchange.earlier": "<b>Попередні обміни</b>",
    "exchange.earlier_line": "• {date} {story} — {status}: {figure}",
    "exchange.earlier_bare": "• {date} {story} — {status}",
    "exchange.swap_followed": "; {date} відбувся обмін ({story})",
    "talks.proposed": "запропоновано",
    "talks.negotiating": "переговори",
    "talks.agreed": "погоджено",
    "exchange.total": "<b>Повернулися за {swaps}:</b> {figure}",
    "exchange.swaps": {
        "one": "{count} завершений обмін",
        "few": "{count} завершені обміни",
        "many": "{count} завершених обмінів",
    },
    "exchange.side.ukraine": "{count} — додому в Україну",
    "exchange.side.russia": "{count} — до Росії",
    "exchange.side.unspecified": "{count} — сторону не вказано",
    "exchange.no_number": {
        "one": "{count} обмін без кількості",
        "few": "{count} обміни без кількості",
        "many": "{count} обмінів без кількості",
    },
    "exchange.none": "Про обмін полоненими ще нічого немає. Перешліть статтю про нього.",
    "exchange.none_reader": (
        "Про обмін полоненими ще нічого немає. Статті додають редактори; /subscribe exchange — "
        "і бот повідомить, коли вони з’являться."
    ),
    # /strikes and /strikes week
    "strikes.title": "<b>Атаки, {night}</b>",
    "side.russia": "<u>Російська атака на Україну</u>",
    "side.ukraine": "<u>Українські дрони за даними Росії</u>",
    "side.other": "<u>Атака</u>",
    "strikes.launched": "Запущено: {what}",
    "strikes.downed": "Збито: {what}",
    "strikes.lost": "Локаційно втрачено: {what}",
    "strikes.total_launched": "Запущено дронів і ракет, без розбивки: {what}",
    "strikes.total_downed": "Збито дронів і ракет, без розбивки: {what}",
    "strikes.regions": "Регіони: {names}",
    "strikes.targets": "Цілі: {names}",
    "strikes.sources": "Джерела: {sources}",
    "strikes.none": "Даних про атаки ще немає.",
    # -- поруч із цифрами, які не можуть бути правильними разом, доки редактор не перевірить --
    "check.downed_above_launched": (
        "⚠ Збито {weapon} більше ({found}), ніж запущено ({launched}): одну з цифр, імовірно, "
        "прочитано хибно; редактор ще не перевірив, тож підписникам її не надіслано."
    ),
    "check.returned_above_count": (
        "⚠ Повернулося більше людей ({found}), ніж мав охопити обмін ({count}): часто це "
        "частка однієї сторони або перший етап; редактор ще не перевірив."
    ),
    "strikes.week_title": "<b>Атаки за останні сім ночей</b>",
    "strikes.week_line": "<b>{date}</b> · {sides}",
    "strikes.week_none": "За останні сім ночей даних про атаки немає.",
    "strikes.week_check": (
        "⚠ — цифри, які не можуть бути правильними разом; редактор їх ще не перевірив."
    ),
    "strikes.week_hint": "/strikes РРРР-ММ-ДД покаже одну ніч повністю, з усіма джерелами.",
    # /sources
    "sources.title": "<b>Джерела брифінгів</b>",
    "sources.story": "<b>{story} {title}</b>",
    "sources.item": "• {outlet}, {date}{where}",
    "sources.none": "Джерел ще немає: нічого не збережено.",
    "sources.for": "<b>Джерела сюжету {story}: {title}</b>",
    "sources.figure": "<b>{field}: {value}</b>{edited}{who}{night}",
    "sources.updated_from": "уточнено, було {values}",
    "sources.no_figures": "Для цього сюжету цифр не записано.",
    # receipts
    "receipt.stored": "Збережено: {title}",
    "receipt.meta": "{outlet} · {date} · сюжет {story}, {sources}{article}",
    "receipt.article": " · стаття {n}",
    "receipt.fetched": "Завантажено з {url}",
    "receipt.no_figures": "Цифр про обмін чи атаки в ньому не знайдено.",
    "receipt.redated": (
        "Тепер статтю датовано {date}, як цю копію: її власна дата була лише припущена або "
        "відсутня."
    ),
    "receipt.copy": (
        "Ця стаття вже збережена: {title}. {added} додано як ще одне джерело; нових цифр "
        "немає. У сюжеті {story} — {sources}."
    ),
    "receipt.duplicate": (
        "Вже збережено: {title} ({outlet}, {date}). Нічого не змінилося; у сюжеті "
        "{story} — {sources}."
    ),
    "outlet.pasted": "вставлений текст, видання не вказано",
    "outlet.file": "файл, видання не вказано",
    "outlet.unknown": "видання невідоме",
    "outlet.editor_set": "внесено редактором",
    "outlet.editor_corrected": "виправлено редактором",
    "receipt.no_outlet": "видання не вказано",
    "receipt.no_date": "дату не вказано",
    "receipt.undated": "без дати: збережено й доступно в пошуку, але без прив'язки до ночі",
    "receipt.undated_because": (
        "без дати ({why}): збережено й доступно в пошуку, але без прив'язки до ночі"
    ),
    "receipt.assumed": "{date} (дата припущена: коли ви надіслали)",
    "receipt.unnamed.paste": "Ваш вставлений текст",
    "receipt.unnamed.file": "Файл",
    "receipt.unnamed.link": "Сторінку",
    # pushes and digests
    "push.exchange": "Обмін від {date}",
    "push.talks": "Переговори про обмін від {date}",
    "push.exchange_undated": "Обмін",
    "push.night": "Ніч на {date}",
    "push.strikes": "Атаки",
    "push.line": "{event} {story}: {what}",
    "push.new_claim": "{figures} (нове повідомлення)",
    "push.updated": "{claimant}, уточнені цифри: {moves}",
    "push.edited": "{claimant}: {moves}",
    "push.reports": "{claimant}: {moves}",
    "push.gone": "{label} {before} → жодної цифри",
    "push.differs": "{label} {now} (в інших повідомленнях: {before})",
    "push.move": "{label} {before} → {now}",
    "push.added": "{label} {now}",
    "push.source": "{line} · {sources}",
    "push.dropped": "{what} — більше не чинне: повідомлення відредаговано",
    "push.withdrawn": "{what} — більше не чинне: редактор вилучив повідомлення як не новину",
    "push.restored": "{what} — знову чинне: редактор відновив повідомлення",
    "push.retracted": "{what} — більше не чинне: редактор скасував цю цифру",
    "push.moved": "{what}: за цю ніч, а не за {old}",
    "push.moved_day": "{what}: цього дня, а не {old}",
    "push.correction": "Виправлення: {line}",
    "push.editor.confirmed": " (підтверджено редактором)",
    "push.editor.corrected": " (виправлено редактором)",
    "push.editor.undone": " (редактор скасував своє виправлення)",
    "push.editor.set": " (внесено редактором)",
    "push.more": "… і ще {count}: /latest",
    "digest.title": "<b>Щоденний дайджест</b> · {when} {tz}",
    "digest.changes_since": {
        "one": "{count} зміна з {since}:",
        "few": "{count} зміни з {since}:",
        "many": "{count} змін з {since}:",
    },
    "digest.changes": {"one": "{count} зміна:", "few": "{count} зміни:", "many": "{count} змін:"},
    "digest.line": "• {when} · {change}",
    # refusals of what was sent (intake.refused with a key)
    "refusal.generic": "Це не вдалося зберегти.",
    "refusal.no_text": (
        "У цьому повідомленні немає тексту. Перешліть допис, вставте статтю або надішліть "
        "посилання."
    ),
    "refusal.too_long": (
        "Цей текст задовгий для однієї статті ({chars} символів; межа — {limit}). "
        "Нічого не збережено."
    ),
    "refusal.not_article": "Це не схоже на статтю: {why}. Нічого не збережено.",
    "refusal.noise.empty": "текст порожній",
    "refusal.noise.binary": "це двійкові дані, а не текст",
    "refusal.noise.too_short": "текст закороткий для повідомлення",
    "refusal.noise.unreadable": "у ньому немає читабельних речень",
    "refusal.chatter": (
        "Це схоже на повідомлення в чаті, а не на новину, тож нічого не збережено. Перешліть "
        "допис, вставте текст статті або надішліть посилання; /latest покаже останні сюжети."
    ),
    "refusal.edit_leaves_nothing": (
        "Після цього редагування статті не залишилося, тож збережену статтю не змінено. "
        "Поверніть текст або перешліть чи вставте повідомлення знову."
    ),
    "refusal.no_article_at": "За адресою {url} статті не знайдено. Нічого не збережено.",
    # -- /stats у чаті адміністраторів (NEWSROOM_ADMIN_CHAT) ---------------------------------
    "stats.refusal": (
        "Вибачте, /stats відповідає лише в чаті адміністраторів редакції (цей чат — {chat})."
    ),
    "stats.refusal_unset": (
        "Вибачте, /stats відповідає лише в чаті адміністраторів, а його не задано: "
        "NEWSROOM_ADMIN_CHAT={chat} зробить ним цей чат."
    ),
    "stats.head": "<b>newsroom-bot {version}</b> · {mode}",
    "stats.mode.long_polling": "опитування (long polling)",
    "stats.mode.webhook": "вебхук",
    "stats.mode.local_console": "локальна консоль",
    "stats.running": "Працює з {since}",
    "stats.articles": "Статей: {n}",
    "stats.stories": "Сюжетів: {n}",
    "stats.sources": "Джерел: {n}",
    "stats.facts": "Цифр (фактів): {n}",
    "stats.subscribers": "Підписаних чатів: {n}",
    "stats.pushes": "Сповіщень у черзі: {pending} · недоставлених: {dead}",
    "stats.last_article": "Остання стаття: {when}",
    "stats.last_error": "Остання помилка: {when}",
    "stats.sizes": "Сховище: {store} · журнал запису (WAL): {wal}",
    "stats.never": "ще не було",
    "stats.moment": "{day}, {time} UTC",
    "stats.moment_ago": "{moment} ({ago})",
    "stats.ago_minutes": {
        "one": "{count} хв тому",
        "few": "{count} хв тому",
        "many": "{count} хв тому",
    },
    "stats.ago_hours": {
        "one": "{count} год тому",
        "few": "{count} год тому",
        "many": "{count} год тому",
    },
    "stats.ago_days": {
        "one": "{count} день тому",
        "few": "{count} дні тому",
        "many": "{count} днів тому",
    },
    "size.bytes": "{n} Б",
    "size.kb": "{n} КБ",
    "size.mb": "{n} МБ",
    "size.gb": "{n} ГБ",
    # -- чому частину файлу чи посилання не прочитано (intake.article.REASONS) --------------
    "refusal.fetch": "Не вдалося завантажити {url}: {why}. Нічого не збережено.",
    "reason.file_too_big": (
        "файл більший за 20 МБ: Telegram дозволяє ботам завантажувати файли до 20 МБ"
    ),
    "reason.file_empty": "файл порожній",
    "reason.file_no_text": "у файлі немає тексту",
    "reason.file_binary": "це не текстовий файл (схоже на двійкові дані)",
    "reason.file_image": "це зображення; надішліть текст статті, посилання або PDF",
    "reason.file_office": (
        "офісні документи поки не підтримуються: збережіть файл як .txt або .html"
    ),
    "reason.file_program": "це програма, а не стаття",
    "reason.file_type": "файли типу {ext} не підтримуються",
    "reason.file_kind": "такий тип файлу не підтримується",
    "reason.line_not_utf8": "це не текст у UTF-8",
    "reason.line_not_json": "це не коректний JSON",
    "reason.line_not_object": "це не об'єкт JSON",
    "reason.file_not_json": "файл не є коректним JSON",
    "reason.file_json_shape": (
        "у JSON немає статті: надішліть об'єкт із полем \"text\" або список таких об'єктів"
    ),
    "reason.line_no_text": 'немає поля "text"',
    "reason.line_empty_text": 'поле "text" порожнє',
    "reason.line_invalid_character": (
        "у рядку недопустимий символ (одиничний сурогат), тож його не можна зберегти"
    ),
    "reason.pdf_locked": "PDF захищено паролем",
    "reason.pdf_damaged": "PDF не вдалося прочитати (можливо, він пошкоджений)",
    "reason.pdf_page": "сторінку не вдалося прочитати",
    "reason.pdf_pages": "з PDF читаються лише перші {pages} сторінок",
    "reason.pdf_no_text": "у PDF немає текстового шару (можливо, це скан)",
    "reason.zip_nested": "архіви всередині архівів відкриваються лише на один рівень",
    "reason.zip_damaged": "архів пошкоджений або це не ZIP",
    "reason.zip_members": "в архіві понад {files} файлів",
    "reason.zip_too_big": "архів розпаковується в понад 50 МБ",
    "reason.zip_unsafe_path": "небезпечний шлях усередині архіву",
    "reason.zip_locked": "файл захищено паролем",
    "reason.zip_unpack": "не вдалося розпакувати",
    "reason.zip_rest": "{reason}; решту не прочитано",
    "reason.text_too_long": ("текст задовгий для однієї статті ({chars} символів; межа — {limit})"),
    "reason.text_none": "у ньому немає тексту",
    "reason.noise_empty": "текст порожній",
    "reason.noise_binary": "це двійкові дані, а не текст",
    "reason.noise_too_short": "текст закороткий для повідомлення",
    "reason.noise_unreadable": "у ньому немає читабельних речень",
    "reason.read_failed": ("не вдалося прочитати (внутрішня помилка, її записано для розробників)"),
    "reason.save_failed": ("не вдалося зберегти (внутрішня помилка, її записано для розробників)"),
    "reason.link_private": "адреса в приватній мережі",
    "reason.link_redirects": "забагато переспрямувань",
    "reason.link_not_web": "завантажити можна лише вебпосилання (http або https)",
    "reason.link_bad_address": "це не коректна вебадреса",
    "reason.link_unknown_host": "сайт із такою назвою не знайдено",
    "reason.link_unreachable": "сайт недоступний",
    "reason.link_certificate": "сертифікат безпеки сайту недійсний",
    "reason.link_timeout": {
        "one": "сайт не відповів за {count} секунду",
        "few": "сайт не відповів за {count} секунди",
        "many": "сайт не відповів за {count} секунд",
    },
    "reason.link_http_error": "сайт відповів помилкою ({status})",
    "reason.link_broke_off": "сайт обірвав з'єднання, не передавши сторінку",
    "reason.link_too_big": "сторінка більша за {mb} МБ",
    "reason.link_pdf": "це PDF, а не вебсторінка: завантажте його й надішліть мені файлом",
    "reason.link_image": "це зображення, а не вебсторінка",
    "reason.link_media": "це медіафайл, а не вебсторінка",
    "reason.link_file_type": "це файл типу {mime}, а не вебсторінка",
}
