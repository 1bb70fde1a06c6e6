"""Vocabulary of page furniture around headlines: one table per concept and language.

Lower-case, as the words appear on pages; headline.py generates its patterns from these tables.
Add a word to the right table (and a corpus case showing it), never a pattern to headline.py.
"""

# Whole lines that name a site section, a rubric or a page kind.
SECTIONS = {
    "en": [
        "news", "world", "world news", "latest", "latest news", "top stories", "top news",
        "breaking", "breaking news", "live", "live updates", "europe", "politics", "defense",
        "defence", "military", "war", "war in ukraine", "russia-ukraine war", "ukraine war",
        "russia", "ukraine", "business", "economy", "opinion", "analysis", "society", "video",
        "videos", "photo", "photos", "gallery", "sport", "exclusive", "explainer", "features",
        "in pictures", "national", "international", "region", "regions", "home news",
    ],
    "uk": [
        "новини", "останні новини", "усі новини", "всі новини", "головне", "головні новини",
        "війна", "війна в україні", "політика", "економіка", "суспільство", "світ", "у світі",
        "регіони", "відео", "фото", "фоторепортаж", "ексклюзив", "аналітика", "думка",
        "війна з росією", "оборона", "армія", "без рубрики", "новини україни", "події",
    ],
    "ru": [
        "новости", "последние новости", "все новости", "главное", "главные новости", "война",
        "война в украине", "политика", "экономика", "общество", "мир", "в мире", "регионы",
        "видео", "фото", "фоторепортаж", "эксклюзив", "аналитика", "мнение", "армия",
        "без рубрики", "новости украины", "события", "происшествия",
    ],
}  # fmt: skip

# Whole lines of site navigation and page controls.
NAVIGATION = {
    "en": [
        "all sections", "sections", "menu", "main menu", "home", "homepage", "search",
        "sign in", "log in", "login", "register", "subscribe", "subscribe now", "newsletter",
        "newsletters", "skip to content", "skip to main content", "share", "share this article",
        "share on facebook", "share on x", "tweet", "print", "email", "copy link", "comments",
        "advertisement", "sponsored", "follow us", "back to top", "more", "close", "open menu",
        "next article", "previous article", "listen to this article", "award banner", "ai",
    ],
    "uk": [
        "усі розділи", "всі розділи", "розділи", "меню", "головна", "пошук", "увійти",
        "підписатися", "підпишіться", "розсилка", "поділитися", "коментарі", "реклама",
        "друк", "читати далі", "наступна стаття", "попередня стаття", "слухати статтю",
    ],
    "ru": [
        "все разделы", "разделы", "меню", "главная", "поиск", "войти", "подписаться",
        "подпишитесь", "рассылка", "поделиться", "комментарии", "реклама", "печать",
        "читать далее", "следующая статья", "предыдущая статья", "слушать статью",
    ],
}  # fmt: skip

# Names of languages as language menus list them (any script); a line made only of these, or
# saying "in 10 languages", is a language menu.
LANGUAGE_NAMES = [
    "english", "українська", "украинский", "русский", "русская версия", "deutsch", "français",
    "español", "italiano", "polski", "português", "türkçe", "nederlands", "svenska", "čeština",
    "română", "magyar", "ελληνικά", "العربية", "عربي", "فارسی", "中文", "日本語", "한국어",
    "বাংলা", "हिन्दी", "اردو", "eng", "ukr", "rus", "en", "uk", "ua", "ru", "de", "fr", "es", "it",
    "pl", "укр", "рус", "англ",
]  # fmt: skip
LANGUAGE_MENU_WORDS = {
    "en": ["languages", "language", "perspectives in", "also available in", "read in"],
    "uk": ["мовами", "мовою", "мова"],
    "ru": ["языках", "языке", "язык"],
}

# Words that start or mark a photo caption or a picture credit ("Photo: AFP", "Фото: УНН").
PHOTO_WORDS = {
    "en": [
        "photo", "photos", "file photo", "photograph", "photographer", "photo by", "photo credit",
        "image", "image credit", "images", "picture", "pictured", "illustrative photo",
        "illustrative image", "illustration", "credit", "caption", "stock photo", "video",
    ],
    "uk": ["фото", "фото ілюстративне", "ілюстративне фото", "світлина", "джерело фото", "відео"],
    "ru": [
        "фото", "иллюстративное фото", "фото иллюстративное", "снимок", "источник фото", "видео",
    ],
}  # fmt: skip
# Picture agencies and stock libraries that close a credit ("/ EPA", "via Getty Images").
PICTURE_AGENCIES = [
    "epa", "epa-efe", "afp", "ap", "reuters", "getty", "getty images", "anadolu", "shutterstock",
    "globallookpress", "global look press", "ukrinform", "укрінформ", "укрінформ", "unian",
    "уніан", "униан", "тасс", "tass", "ria novosti", "риа новости", "sputnik", "спутник",
    "depositphotos", "pexels", "unsplash", "facebook", "telegram", "x", "twitter",
]  # fmt: skip

# Agencies and outlets whose name alone on a line marks a wire story ("dpa", "- РИА Новости").
NEWS_AGENCIES = [
    "dpa", "interfax", "інтерфакс", "интерфакс", "інтерфакс-україна", "интерфакс-украина",
    "unn", "унн", "bbc", "cnn", "rbc", "рбк", "рбк-україна", "ria", "риа", "pap", "xinhua",
    "reuters", "ap", "afp", "ukrinform", "укрінформ", "tass", "тасс", "риа новости",
]  # fmt: skip

# Words that start a byline or an author/date/reading-time line.
BYLINE_WORDS = {
    "en": [
        "by", "author", "authors", "written by", "reporting by", "editing by", "edited by",
        "editor", "correspondent", "published", "updated", "last updated", "posted", "date",
        "source", "sources", "tags", "tag", "categories", "category", "read more", "read also",
    ],
    "uk": [
        "автор", "автори", "редактор", "кореспондент", "опубліковано", "оновлено", "дата",
        "джерело", "теги", "мітки", "рубрика", "категорії", "читайте також", "читати також",
    ],
    "ru": [
        "автор", "авторы", "редактор", "корреспондент", "опубликовано", "обновлено", "дата",
        "источник", "теги", "метки", "рубрика", "категории", "читайте также",
    ],
}  # fmt: skip
# A line saying how long the article takes to read or how often it was viewed.
READING_TIME = {
    "en": ["min read", "minute read", "minutes read", "views", "reading time"],
    "uk": ["хв читання", "хвилина на читання", "хвилини на читання", "хвилин на читання",
           "хв на читання", "переглядів", "перегляди"],
    "ru": ["мин чтения", "минута на чтение", "минуты на чтение", "минут на чтение",
           "мин на чтение", "просмотров", "просмотры"],
}  # fmt: skip

# Labels that open a headline line and are not part of it ("BREAKING: ...").
HEADLINE_LABELS = {
    "en": ["breaking", "breaking news", "urgent", "update", "updated", "exclusive",
           "watch", "video", "photos", "story", "just in", "developing"],
    "uk": ["терміново", "оновлено", "ексклюзив", "відео", "фото", "наживо", "важливо"],
    "ru": ["срочно", "обновлено", "эксклюзив", "видео", "фото", "онлайн", "важно", "молния"],
}  # fmt: skip


# Words left over when a line strings section names together ("latest news in Ukraine").
SECTION_FILLER = {
    "en": ["in", "of", "the", "and", "from", "ukraine", "russia", "world", "today"],
    "uk": ["в", "у", "з", "та", "і", "україні", "україни", "україна", "світу", "сьогодні"],
    "ru": ["в", "из", "и", "украине", "украины", "украина", "мира", "сегодня", "россии"],
}

# Words a rubric or a Title Case headline leaves in lower case.
SMALL_WORDS = {
    "en": ["a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with",
           "from", "as", "vs"],
    "uk": ["в", "у", "і", "й", "та", "з", "із", "на", "до", "від", "для", "про"],
    "ru": ["в", "во", "и", "с", "со", "на", "до", "от", "для", "о", "об", "про"],
}  # fmt: skip


def all_languages(table: dict[str, list[str]]) -> list[str]:
    """Every entry of a per-language table, each once."""
    return list(dict.fromkeys(word for words in table.values() for word in words))
