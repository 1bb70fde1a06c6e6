"""Russian: a welcome, and the labels of a receipt's buttons (a Russian-language editor's
receipt). The interface itself is Ukrainian or English (/lang); every key missing here is shown
in English."""

MESSAGES: dict[str, object] = {
    "help.title": "<b>Брифинги для редакции</b>",
    "help.intro": (
        "Добро пожаловать! Перешлите пост новостного канала, вставьте текст статьи или пришлите "
        "ссылку или файл, и я сохраню его с цифрами и источниками. У каждой цифры указано, кто "
        "её заявил; цифры двух сторон показаны рядом и никогда не сводятся в одну. Интерфейс "
        "бота — на украинском и английском."
    ),
    "help.commands": "<b>Команды</b> (на английском)",
    "help.language": "Язык: /lang uk — українська, /lang en — English.",
    "review.button.confirm": "Подтвердить",
    "review.button.fix": "Исправить",
    "review.button.remove": "Не новость",
    "review.button.restore": "Восстановить",
}
