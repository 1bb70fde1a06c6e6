"""Vocabulary as data: one table per concept and language, as dictionary forms (lemmas).

A word is added once, as its lemma; `extraction.lemmas` matches every inflected form of it
("повернути" covers повернули, повернуто; "return" covers returned, returning). Surface-form
regexes elsewhere in the package are the older layer; new words belong here. Each entry is a
space-separated list of single words (phrases are built from concepts in code).
"""

from __future__ import annotations

from extraction import calendar_words as cw

_TABLES: dict[str, dict[str, str]] = {
    # a prisoner swap happening or having happened: people come back or are let go
    "return_verb": {
        "en": "return free release repatriate exchange swap bring trade regain liberate",
        "uk": "повернути повернутися повертати повертатися звільнити звільнитися звільняти "
        "звільнятися визволити обміняти обмінятися обмінювати репатріювати",
        "ru": "вернуть вернуться возвращать возвращаться возвратить возвратиться освободить "
        "освободиться освобождать освобождаться вызволить "
        "обменять обменяться обменивать репатриировать возвращен возвращённый освобожденный",
    },
    # the exchange verbs among them: they count a swap (often both sides together), not who
    # came home ("exchanged 200 prisoners"); the others tell a return or a release
    "exchange_verb": {
        "en": "exchange swap trade",
        "uk": "обміняти обмінятися обмінювати",
        "ru": "обменять обменяться обменивать",
    },
    # a side bringing its own people home: "Kyiv brought home 150", "Россия вернула 84"
    "homecoming_verb": {
        "en": "bring return regain",
        "uk": "повернути повертати",
        "ru": "вернуть возвращать возвратить",
    },
    # handing prisoners over: one side's part of a swap ("Russia extradited 215 Ukrainians",
    # "Россия выдала 90 пленных")
    "handover_verb": {
        "en": "hand transfer receive extradite",
        "uk": "передати передавати отримати",
        "ru": "передать передавать получить выдать",
    },
    # getting one's people back in a swap: "received 70 of its defenders", "отримала 70"
    "receive_verb": {
        "en": "receive",
        "uk": "отримати",
        "ru": "получить",
    },
    # a wish, plan, hope, attempt, ability or duty: the verb after it tells no deed done ("хочуть
    # повернути", "планують обмінятися", "должны быть освобождены", "намагаються повернути")
    "not_yet_word": {
        "en": "",
        "uk": "хотіти прагнути планувати сподіватися розраховувати могти може повинний мусити "
        "намагатися",
        "ru": "хотеть стремиться планировать надеяться рассчитывать мочь должен намерен "
        "намереваться пытаться",
    },
    # achieving a release: "secured the release of 49", "домоглися звільнення"
    "secure_verb": {
        "en": "secure win obtain achieve",
        "uk": "домогтися добитися забезпечити",
        "ru": "добиться обеспечить",
    },
    # confirming that something happened: "confirmed the exchange", "підтвердив повернення",
    # "подтвердила обмен" (a past confirmation of a swap or a release tells it done)
    "confirm_verb": {
        "en": "confirm",
        "uk": "підтвердити підтверджувати",
        "ru": "подтвердить подтверждать",
    },
    # an outcome: "mediation led to an exchange", "resulted in the release", "призвело до обміну"
    "outcome_verb": {
        "en": "lead result culminate",
        "uk": "призвести привести",
        "ru": "привести",
    },
    # willing to do it: "ready to exchange", "готова передати", "предложила обменять"
    "ready_word": {
        "en": "ready prepared willing willingness readiness offer propose suggest",
        "uk": "готовий готова готовність запропонувати пропонувати",
        "ru": "готовый готов готова готовность предложить предлагать",
    },
    # people a swap brings home: a number before one of these counts captives ("110 воїнів")
    "captive_noun": {
        "en": "prisoner pow captive soldier serviceman servicewoman troop defender warrior "
        "fighter marine sailor guardsman civilian citizen woman individual person",
        "uk": "полонений військовополонений захисник захисниця військовий військовослужбовець "
        "воїн боєць оборонець моряк морпіх прикордонник нацгвардієць солдат цивільний "
        "громадянин людина особа жінка",
        "ru": "пленный военнопленный защитник защитница военный военнослужащий боец солдат "
        "воин моряк пограничник гражданин человек женщина",
    },
    # the swap as a noun: sentences that name it are about the exchange
    "swap_noun": {
        "en": "exchange swap prisoner pow captivity captive",
        "uk": "обмін полон військовополонений полонений бранець",
        "ru": "обмен плен военнопленный пленный",
    },
    # verbs that say a swap happened when the swap is their subject or object ("the exchange
    # took place", "held a swap", "провели обмін", "обмен состоялся"); in a future or modal form
    # they announce one instead
    "swap_event_verb": {
        "en": "take hold conduct carry complete begin start happen occur execute finalize "
        "finalise implement facilitate broker mediate organize organise arrange see",
        "uk": "відбутися відбуватися провести проводити здійснити завершити завершитися "
        "розпочатися почати початися пройти організувати сприяти полегшити",
        # "состоявшийся обмен": the lemmatizer keeps this participle as its own lemma
        "ru": "состояться состоявшийся проходить провести проводить осуществить завершить "
        "завершиться начаться пройти организовать содействовать способствовать облегчить "
        "произвести прошедший произойти происходить",
    },
    # agreeing on a swap: "agreed to exchange", "reached an agreement", "домовилися про обмін"
    "agree_word": {
        "en": "agree agreement deal",
        # participles too: "обмін погоджено", "обмен согласован" (the lemmatizer keeps them)
        "uk": "домовитися домовленість погодитися погодити згодитися угода погоджена погоджений "
        "домовити узгоджена",
        "ru": "договориться договоренность договорённость согласовать согласиться соглашение "
        "согласованный согласован договорено",
    },
    # brokering a swap or a return: "mediated the return of", "посредниками при возвращении"
    "mediation_word": {
        "en": "mediate mediation mediator broker facilitate",
        "uk": "посередництво посередник посередницький",
        "ru": "посредничество посредник посреднический",
    },
    # a swap or its mediation called a success: told of a swap that happened
    "success_word": {
        "en": "success successful successfully",
        "uk": "успіх успішний успішно",
        "ru": "успех успешный успешно",
    },
    # one part of a swap done over several days: "the first stage", "перший етап", "второй этап"
    "stage_noun": {
        "en": "stage phase",
        "uk": "етап",
        "ru": "этап",
    },
    # a swap described as planned or scheduled: "the planned exchange", "запланований обмін"
    "plan_participle": {
        "en": "plan schedule",
        "uk": "запланований запланувати",
        "ru": "запланированный запланировать",
    },
    # a swap stopped, put off, blocked or refused; or one that has to be unblocked (work "to
    # unblock the exchange process" tells that it is blocked)
    "stall_verb": {
        "en": "stop halt suspend freeze postpone delay derail block reject refuse cancel "
        "collapse stall pause abort unblock",
        "uk": "зупинити зупиняти призупинити заморозити відкласти перенести зірвати зриватися "
        "заблокувати блокувати відмовитися відхилити скасувати відтермінувати "
        "відтерміновувати розблокувати розблоковувати розблокування",
        "ru": "остановить приостановить заморозить отложить перенести сорвать сорваться "
        "срываться заблокировать блокировать отказаться отклонить отменить разблокировать "
        "разблокировка",
    },
    # talks, negotiations, consultations (about the swap unless another topic is named)
    "talks_noun": {
        "en": "talk negotiation consultation dialogue dialog",
        "uk": "переговори перемовини консультація діалог",
        "ru": "переговоры консультация диалог",
    },
    # what talks can be about instead of the swap: "peace talks", "мирні переговори"
    "other_talks_topic": {
        "en": "peace ceasefire truce settlement",
        "uk": "мирний мир перемир'я",
        "ru": "мирный мир перемирие",
    },
    # things that are exchanged or handed over and are not people: "exchanged lists",
    # "обмінялися ударами", "handed over the bodies"
    "not_people_object": {
        "en": "list memorandum document letter message note blow fire accusation view "
        "greeting proposal draft territory land intelligence data",
        "uk": "список меморандум документ лист звернення удар звинувачення думка пропозиція "
        "проєкт проект територія земля розвіддані розвідданий",
        "ru": "список меморандум документ письмо удар обвинение мнение предложение проект "
        "территория земля разведданные",
    },
    # launch verbs: the attacker sent the weapons
    "launch_verb": {
        # "the barrage comprised", "the attack involved", "radars detected": what was sent
        "en": "launch fire deploy unleash send use comprise consist involve detect track count",
        # simplemma reads "задіяно" as "задіяна": that form stands in for the verb
        # imperfectives too: "застосовувалося 50 БПЛА", "применялись 30 дронов"
        "uk": "запустити запускати випустити випускати застосувати застосовувати "
        "застосовуватися використати використовувати атакувати "
        "спрямувати задіяти задіювати задіяна виявити зафіксувати нарахувати пуск запуск",
        "ru": "запустить запускать выпустить выпускать применить применять применяться "
        "использовать атаковать "
        "направить задействовать обнаружить зафиксировать насчитать пуск запуск",
    },
    # launch verbs (and the noun of "нанести удар") whose subject can be the weapon itself: "a
    # drone attacked a car" is one weapon's hit, not a count of what was launched ("Ukraine was
    # attacked by 60 drones" is)
    "weapon_agent_verb": {
        "en": "attack strike",
        "uk": "атакувати удар",
        "ru": "атаковать удар",
    },
    # down, destroy, intercept, neutralise
    "down_verb": {
        "en": "down intercept destroy neutralise neutralize repel eliminate thwart foil disable",
        # "відбили атаку 20 дронів", "отражена атака шести беспилотников": the attack repelled
        # "уражено 14 повітряних цілей", "поражены 20 беспилотников": a weapon struck in the
        # air is downed, but only in the passive (a drone that "уразив"/"поразил" something
        # hit it); "приземлили 30 шахедів" says the same. The lemmatizer keeps some impersonal
        # and participle forms as their own lemma ("уражено", "нейтралізовано", "поражены")
        "uk": "збити збивати знищити знищувати знешкодити знешкоджувати перехопити перехоплювати "
        "нейтралізувати нейтралізований нейтралізовано ліквідувати подавити відбити відбивати "
        "уражений уражено вражений вражено приземлити",
        "ru": "сбить сбивать сбитый уничтожить уничтожать перехватить перехватывать "
        "нейтрализовать нейтрализовывать ликвидировать подавить подавлять пресечь обезвредить "
        "обезвреживать отразить отражать отбить отбита поражённый поражены поражен приземлить",
    },
    # lengths of time a running total is counted over
    "period_noun": {
        "en": "week month year fortnight",
        "uk": "тиждень місяць рік",
        "ru": "неделя месяц год",
    },
    # a span named without its length, counted only after "this": "over this period", "за этот
    # период", "за цей час" refer back to a week or month the text gave before
    "span_noun": {
        "en": "period time stretch",
        "uk": "період час",
        "ru": "период время",
    },
    # the attack in hand: a night, today, a day's report ("за минулу добу", "за сутки")
    "current_span": {
        "en": "night overnight tonight nightly today morning",
        "uk": "ніч вночі уночі нічний сьогодні сьогоднішній доба ранок вранці",
        "ru": "ночь ночью ночной сегодня сегодняшний сутки утро утром",
    },
    # days of the week: a figure told on a named weekday is a recent day's, not a tally's
    "weekday": {
        "en": " ".join(cw.weekday_forms(cw.EN)),
        "uk": " ".join(cw.weekday_forms(cw.UK_NOM)),
        "ru": " ".join(cw.weekday_forms(cw.RU_NOM)),
    },
    # a sentence that goes on counting what the one before counted: "Ещё 43 над Краснодарским
    # краем", "Another four over Bryansk", "Також 12 над Сумщиною"
    "more_word": {
        "en": "another further also",
        "uk": "ще також",
        "ru": "еще ещё также",
    },
    # a rate over many nights, not one night's count: "on average", "в середньому", "щодня"
    "rate_word": {
        "en": "average",
        "uk": "середньому щодня щоночі щодоби",
        "ru": "среднем ежедневно еженощно ежесуточно",
    },
    # "last" before a period: "last month", "минулого тижня", "в прошлом месяце"
    "last_word": {
        "en": "last previous",
        "uk": "минулий попередній",
        "ru": "прошлый прошлое предыдущий",
    },
    # months by name: "during March", "у березні", "за март" count a month's attacks together
    # (their lemmas are the month table's nominatives)
    "month_name": {
        "en": " ".join(cw.month_forms(cw.EN)),
        "uk": " ".join(cw.month_forms(cw.UK_NOM)),
        "ru": " ".join(cw.month_forms(cw.RU_NOM)),
    },
    # one building or site: weapons fired at one ("two missiles were fired into a residential
    # building") are hits there, not the attack's size
    "building_noun": {
        "en": "building house block apartment hospital school dormitory kindergarten "
        "supermarket mall plant factory",
        "uk": "будинок будівля багатоповерхівка лікарня школа гуртожиток садок супермаркет "
        "підприємство завод",
        "ru": "дом здание многоэтажка больница школа общежитие сад супермаркет предприятие завод",
    },
    # countries whose wars are not this story: a sentence about them gives no figure of ours
    "foreign_country": {
        "en": "israel israeli iran iranian yemen houthi houthis syria syrian gaza hamas "
        "hezbollah lebanon",
        "uk": "ізраїль ізраїльський іран ємен хусити сирія газа хамас ліван",
        "ru": "израиль израильский иран йемен хуситы сирия газа хамас ливан",
    },
    # the two sides of this war, in any form: "Russian", "Ukraine's", "українських", "РФ"
    "our_sides": {
        "en": "russia russian ukraine ukrainian kyiv moscow kremlin",
        "uk": "росія російський україна український київ москва рф зсу",
        "ru": "россия российский украина украинский киев москва рф всу",
    },
    # nouns that count events, not weapons or people: "five swaps", "the fourth attack"
    "event_noun": {
        "en": "exchange swap attack wave round strike time",
        "uk": "обмін атака хвиля раунд удар раз влучання приліт",
        "ru": "обмен атака волна раунд удар раз попадание прилёт прилет",
    },
    # words that make a drone a boat: naval drones are not counted with air-defence drones
    "naval_word": {
        "en": "naval sea maritime surface",
        "uk": "морський надводний",
        "ru": "морской надводный",
    },
    # ordinals before one weapon count it in a sequence ("сбили третий беспилотник", "a third
    # drone was downed"): a running tally, not one weapon of the claim. Ukrainian "другий" and
    # Russian "другой" also mean "another", which is one more weapon: left out
    "ordinal_word": {
        "en": "second third fourth fifth sixth seventh eighth ninth tenth",
        "uk": "третій четвертий п'ятий шостий сьомий восьмий дев'ятий десятий",
        "ru": "второй третий четвёртый четвертый пятый шестой седьмой восьмой девятый десятый",
    },
    # repatriated dead: their figures are never prisoners
    "body_noun": {"en": "body remains", "uk": "тіло останки", "ru": "тело останки"},
    # a sentence that begins with one of these goes on with the one before it ("А глава
    # области рассказал ...", "And the governor said ..."): it shares that sentence's time
    "joining_word": {"en": "and", "uk": "а", "ru": "а"},
    # a boxed aside that is not the story: "Context", "Background", "Довідка"
    "aside_head": {
        "en": "context background reminder recall",
        "uk": "контекст довідка нагадаємо нагадування",
        "ru": "контекст справка напомним напоминание",
    },
}

VOCAB: dict[str, dict[str, tuple[str, ...]]] = {
    concept: {lang: tuple(words.split()) for lang, words in table.items()}
    for concept, table in _TABLES.items()
}

# Perfective verbs of return and exchange (uk/ru): in the past tense they say the swap is done.
# English has no aspect; its past tense and perfect do the same job.
_PERFECTIVE = (
    "повернути повернутися звільнити звільнитися визволити обміняти обмінятися репатріювати "
    "вернуть вернуться возвратить возвратиться освободить освободиться вызволить обменять "
    "обменяться репатриировать возвращен возвращённый освобожденный"
)
PERFECTIVE: frozenset[str] = frozenset(_PERFECTIVE.split())


def lemmas_of(concept: str) -> frozenset[str]:
    """Every lemma of a concept, all languages together."""
    return frozenset(w for words in VOCAB[concept].values() for w in words)
