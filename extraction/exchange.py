"""Prisoner exchange: status from the wording, count and returned figures, mediators, framework."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from typing import NamedTuple

from extraction import calendar_words as cw
from extraction import lemmas
from extraction.cues import Stems, Vocabulary, cue, gated
from extraction.dates import find_date_cues
from extraction.lemmas import completed_return, offered_swap
from extraction.numbers import Num, find_numbers
from extraction.periods import period_total
from extraction.places import canonical_place, side_of
from extraction.sentences import BACKGROUND, BODY, TITLE, Sentence
from extraction.swap_status import _CONDITION, RESUME, WHEN_ASKED, clause_cues, words_between
from extraction.swap_status import _GATE as _CLAUSE_CUE_GATE
from extraction.vocab import PERFECTIVE, lemmas_of

_TOPIC = cue(
    r"prisoner|\bpows?\b|captiv|полон|плен|обмін|обмен|військовополон|военнопленн|swap|"
    r"hostage|заручник|заложник"
)
_EXCHANGE_NOUN = cue(r"exchang\w*|swap\w*|обмін\w*|обмен\w*")
_HOME = cue(
    r"(?:returned|returning|return|came|come|coming|brought|bring\w*|welcomed|back) home|"
    r"welcomed back|"
    r"(?:поверн|поверта|вернул|вернут|возвращ|возвраща)\w* (?:\w+ )?(?:додому|домой)|"
    r"(?:додому|домой) (?:\w+ )?(?:поверн|поверта|вернул|возвращ|возвраща)"
)
# "got back 90 soldiers", "Kyiv got 90 of its fighters back": a return told with "get ... back"
_GOT_BACK = (
    r"\b(?:got|gotten)\s+(?:back\b(?!\s+(?:to|on|into|together)\b)|(?:[\w,'-]+\s+){1,5}?back\b)"
)
# "each side handed the other 120 troops": a hand-over told by its two sides
_EACH_GAVE = (
    r"\beach (?:side|country|party)\b[^.;]{0,30}?\b(?:sent|handed|gave|transferred|released|"
    r"freed|returned)\b"
)
_SWAP_WORDS = cue(
    _EACH_GAVE
    + "|"
    + _GOT_BACK
    + r"|swap|exchang|release|return|home|\bfree|liberat|captiv|обмін|обмен|повернен|поверну|вдома|"
    r"повернул|визвол|"
    r"вернул|вернут|возвращ|освобод|освобожд|звільн|додому|домой|полону|плена|передав|передан|"
    r"hand(?:ed)? over|handover|взамен|взамін|натомість|\bin return\b|"
    # a hand-over offered, a mutual repatriation: "готова передать 31 человека"
    r"передать|передати|репатриац|репатріац"
)
# "may" the modal, not the month ("on May 6", "in May,")
_MAY = r"(?<!in )(?<!on )(?<!since )(?<!early )(?<!late )(?<!mid-)\bmay\b(?!\s*\d|,)"
_MODAL = cue(
    r"\bpotential(?:ly)?\b|\bcould\b|\bwould\b|\bhopes?\b|\bhoping\b|\baims?\b|\bplans?\b|\bexpect|"
    r"\bwill\b|" + _MAY + r"|\bmight\b|\bready to\b|\bcounting on\b|\bpreviously\b|\bin the past\b|"
    # an obligation is no deed: "must be returned", "должны быть возвращены", "повинні повернути"
    r"\bmust\b|\bshould\b|\bought to\b|должн\w*|повинн\w*|"
    r"\bto (?:bring|return|free|release)\b|може|можуть|планує|сподіва|готов|может|могут|"
    r"планиру|надеет|рассчитыва|розраховує|\bseeks?\b|\bseeking\b|\bwants?\b|\bpressing\b|"
    r"\bpush\w*|\befforts?\b|\bintends?\b|\bwould like\b|хоче|прагне|хочет|стремит|намерен"
)


# No Ukrainian or Russian form of a return, release, exchange or swap-event verb is listed
# here: a past perfective verb of the vocabulary's `return_verb` table ("звільнилися",
# "вернулись", "возвратились": `completed_return`) and a past `swap_event_verb` tied to the
# swap ("обмін відбувся", "провели обмен", "обмен завершился": `swap_status`) find every form
_COMPLETED = cue(
    r"returned home|came home|brought (?:back )?home|"
    # "17 women came back to Ukraine", "came back from captivity" (not to the negotiating table)
    r"\bcame back (?:home|from (?:russian |ukrainian )?captivity|to (?:ukraine|russia|their "
    r"(?:homeland|families))\b)|brings home|bringing home|"
    r"(?:are|were|is|was) (?:now |finally |safely )?(?:back )?(?:home|in ukraine|in russia)\b|"
    # "95 soldiers are back from captivity", "back on home soil", "back with their families"
    r"(?:are|were|is|was|have been|has been) (?:now |finally |safely |all )?back "
    r"(?:from|on (?:home|ukrainian|russian) soil|with (?:their|his|her) (?:famil|loved))|"
    r"walked free\b|"
    # "Kyiv welcomed back 90 servicemen", "were reunited with their families"
    r"welcomed (?:[\w'-]+ ){0,3}?back\b|(?:were|was|have been|has been) reunited with|"
    r"вже вдома|уже дома|"
    r"(?:were|was|have been|has been|had been) (?:freed|released|returned|exchanged|swapped|"
    r"handed over|brought back)|(?:have|has|had) (?:exchanged|swapped|returned)|"
    r"\bexchanged \d|\bswapped \d|\breleased \d|\bfreed \d|\breturned \d|" + _GOT_BACK + "|"
    r"completed (?:a|the) (?:prisoner |pow )?(?:swap|exchange)|"
    # a stage of the swap done: "completed the final stage of the exchange", "завершили
    # перший етап обміну", "обмен завершился"
    r"(?:completed|finished|concluded|wrapped up) (?:the |a |its |their )?(?:[\w-]+ )?"
    r"(?:stage|phase|round|part) of (?:[\w,-]+ ){0,3}?(?:swap|exchange)|"
    r"carried out [^.,;]{0,30}?(?:exchange|swap)|conducted [^.,;]{0,30}?(?:exchange|swap)|"
    r"\bfreeing \d|"
    r"held (?:a|an|its|the) (?:new |latest |\w+th |\w+ )?(?:prisoner |pow )?(?:exchange|swap)|"
    # the swap as the outcome of talks: "the handover was the result of lengthy talks", "обмен
    # стал результатом переговоров", "обмін став результатом"
    r"(?:swap|exchange)[\"'”»]?\s+(?:[\w'-]+\s+){0,3}?was (?:the )?(?:result|outcome|fruit) of|"
    r"(?:обмін|обмен)\w*[\"'”»]?\s+(?:[\w«»\"'-]+\s+){0,5}?(?:став|стал|стало) "
    r"(?:результатом|итогом|підсумком)|"
    r"(?:swap|exchange) took place|returned from "
    r"(?:russian )?captivity|released from captivity|"
    r"(?:have|has|had) come (?:back )?home|come back home|"
    # "в обмен передано 115 военнопленных": the other side's prisoners already handed over
    r"(?:передан[оыа]?|передали|передала|передав) (?:(?!список|списк)[\w'-]+ ){0,2}\d[\d ]* "
    r"(?:\w+ )?(?:военнопленн|пленн|полонен|"
    r"військовополонен|prisoners|pows)"
)
_CHILDREN = cue(r"\bchildren\b|\bkids\b|дет(?:и|ей)\b|діт(?:и|ей)\b")
_PRISONERS = cue(
    r"prisoner|\bpows?\b|полонен|пленн|военнопленн|військовополон|soldier|військов|военн|"
    r"servicem[ae]n|\btroops\b|\bdefenders\b|\bcaptives?\b|захисник|защитник|солдат|"
    # "108 women", "50 жінок": people a swap brings home
    r"\b(?:wo)?men\b|жін(?:ок|ки|кам)\b|женщин\w*|чоловік(?:ів|и)\b|мужчин\w*"
)
_STALLED = cue(
    r"\breject\w*|\brefus\w*|\bpostpon\w*|\bdisrupt\w*|\bblocking\b|\bblocked\b|"
    r"\bbroke(?:n)? off\b|"
    r"\bcalled off\b|\bsuspended\b|\bstalled\b|\bcollapsed\b|\bwill not agree\b|\bwon't agree\b|"
    r"\bdelaying\b|відмов\w*|відклад\w*|зірва\w*|заблоку\w*|заблоков\w*|"
    # a side that will not swap or has stopped: "Moscow had stopped swapping prisoners", "Moscow
    # refuses any repatriation", "exchanges are not taking place"
    r"\b(?:stopped|halted|ceased) (?:swapping|exchanging|(?:the |all )?(?:prisoner |pow )?"
    r"(?:swaps|exchanges))\b|"
    r"\b(?:does|do|did) not (?:agree|exchange|swap)\b|\b(?:doesn't|don't|didn't) (?:agree|"
    r"exchange|swap)\b|\b(?:is|are) not (?:taking place|being held|happening)\b|"
    r"не погоджу\w*|не соглаша\w*|не обмінює\w*|не обменивает\w*|"
    # delays named as what holds the swaps up: "всі затримки в обмінах", "задержки обменов"
    r"(?<!без )(?:затримк(?:и|а|ою|ами)|задержк(?:и|а|ой|ами))\b|"
    r"(?<!не )затягу\w*|отказ\w*|отлож\w*|"
    r"сорва\w*|заблокир\w*|(?<!не )затягива\w*|срыв\w*|не погодит\w*|не согласит\w*|"
    r"перенесен\w*|перенес(?:ли|ла|ено)\b|зрив\w*|приостановлен\w*|призупинен\w*|"
    # the swap that was due did not happen
    r"\b(?:did not|didn't|has not|hasn't|have not|haven't|never) (?:happen|occur|go ahead)\w*|"
    r"\bdid not take place\b|\bdidn't take place\b|\bfell through\b|\bnever took place\b|"
    r"не відбув\w*|не состоял\w*|не відбудеться|не состоится|"
    # no swaps for a while: "обмены не происходили уже четыре месяца", "have not been held"
    r"не происходи\w*|не проводил\w*|не проводятся|не проводяться|"
    r"\b(?:has|have|had) not (?:taken place|been held|been carried out)\b|"
    r"would not go ahead|cancel\w*|скасован\w*|отменен\w*|dragging out|"
    # at a standstill: "reached a deadlock", "зайшли в глухий кут", "на паузе"
    r"\bdeadlock\w*|\bstalemate\b|\bimpasse\b|\bon hold\b|\bfrozen\b|глух\w* кут\w*|"
    r"тупик\w*|на паузі|на паузе|заморожен\w*|"
    # "the Kremlin does not consider such a swap possible": the offer is turned down
    r"не рассматрива\w*|не розгляда\w*|не считает? возможным|не вважа\w* можлив\w*|"
    r"\bnot (?:being )?consider\w*|\bruled? out\b"
)
# "does not rule out a new swap", "не исключают возможность обмена": a possibility left open
_NOT_RULED_OUT = cue(
    r"\b(?:not|never|n't)\s+(?:\w+\s+)?(?:rul\w* out|exclud\w*)|\bnobody excludes\b|"
    r"не (?:исключа\w*|исключ\w*|виключа\w*|виключ\w*)"
)
# "Переговорів щодо цього немає": talks named only to say there are none
_NO_TALKS = cue(
    r"\bno (?:talks|negotiations)\b|\bnot (?:negotiating|in talks)\b|"
    r"\bno (?:[\w-]+ ){1,2}(?:talks|negotiations)\b|"
    r"\b(?:did not|didn't|never) (?:discuss|spoke|speak|talk)\w*|\bden(?:y|ies|ied) discuss\w*|"
    r"не обговорювал\w*|не обсуждал\w*|"
    r"(?:немає|нема|нет) (?:жодних |никаких )?(?:переговор|перемовин)\w*|"
    r"(?:переговор|перемовин)\w* [^.]{0,30}?(?:немає|нема|не ведуться|нет|не ведутся)|"
    # "there is no talk of it": "речи об этом не ведётся", "мова про це не йде"
    r"(?:речи|речь|мова|мови)\b[^.]{0,60}?не (?:вед[её]тся|ид[её]т|йде|йдеться)|"
    r"не (?:вед[её]тся|ид[её]т|йдеться)\s+(?:и\s+)?(?:речи|речь|мова|мови)\b|"
    r"\b(?:is|was|there's) no (?:talk|question) of\b"
)
# a refusal to speak, not to swap: "refused to publish the list", "отказался отвечать"
_REFUSED_TO_SAY = cue(
    r"(?:refus\w*|declin\w*|отказал\w*|отказыва\w*|відмовил\w*|відмовля\w*)\s+(?:to\s+)?"
    r"(?:\w+\s+)?(?:answer|comment|say|name|disclose|publish|announce|reveal|confirm|specify|"
    r"отвеча\w*|ответ\w*|комментир\w*|объявля\w*|объяв\w*|назва\w*|назыв\w*|раскры\w*|"
    r"публикова\w*|опубликова\w*|коментува\w*|відповіда\w*|назвати|оголошува\w*|оголосити|"
    r"розкрива\w*|уточн\w*)"
)
# a halt that is ended or overcome: "to break the deadlock", "вийти з глухого кута"
_UNSTALL_BEFORE = gated(
    r"(?:\b(?:break|breaking|broke|end|ending|overcome|overcoming|resolve|resolving|out of)|"
    r"(?<!\w)(?:прорвати|подолати|подолання|вийти з|виходу з|вихід з|выйти из|выхода из|"
    r"преодолеть|преодоления))\s+(?:the\s+|a\s+|this\s+|цей\s+|этот\s+)?$",
    re.IGNORECASE,
)
_STALL_GUARD = cue(r"repeatedly|often|sometimes|in the past|previously|неодноразово|"
                          r"неоднократно|часто")  # fmt: skip
_AGREED = cue(
    r"agreed?\b[^.]{0,30}?\bto (?:swap|exchange|hand over|release|trade|(?:a|an|the) "
    r"(?:new |second |first |large )?(?:prisoner |pow )?(?:swap|exchange))|"
    r"agreed (?:on|upon) (?:a |an |the )?(?:new )?(?:prisoner |pow )?"
    r"(?:swap|exchange)|agreement on (?:a|an|the) (?:new )?(?:prisoner )?(?:swap|exchange)|"
    r"домовил\w*[^.]{0,40}?обмін|погодил\w*[^.]{0,40}?обмін|договорил\w*[^.]{0,40}?обмен|"
    r"согласовал\w*[^.]{0,40}?обмен|"
    # the swap told as part of a deal already reached: "as part of a deal reached at talks",
    # "обмін ... був серед домовленостей, досягнутих", "среди договоренностей, достигнутых"
    r"\b(?:as part of|part of|among|under) (?:a |an |the )?(?:deal|agreement)s? "
    r"(?:(?:that|which) (?:was|were) )?(?:reached|struck)\b|"
    r"(?:серед|среди) (?:\w+ )?(?:домовленост\w*|договоренност\w*|договорённост\w*),? "
    r"(?:\w+ )?(?:досягнут\w*|досягнен\w*|достигнут\w*)"
)
_AGREED_WEAK = cue(
    r"scheduled|will take place|to (?:take place|occur) on|is set to take place|состоится|"
    r"\b(?:is|are)\s+planned\s+for\b|"
    r"відбудеться|запланован\w*|запланирован\w*"
)
# a weekday named as when: "on Friday", "у п'ятницю", "в пятницу"
_ON_WEEKDAY_EN = rf"on (?:{cw.weekday_alternation(cw.EN)})"
_ON_WEEKDAY_SLAVIC = (
    rf"у (?:{cw.weekday_alternation(cw.UK_ACC)})|в (?:{cw.weekday_alternation(cw.RU_ACC)})"
)
_NOW = cue(
    rf"today|tonight|this morning|yesterday|{_ON_WEEKDAY_EN}|сьогодні|сегодня|вчора|вчера|"
    rf"{_ON_WEEKDAY_SLAVIC}"
)
_DAYS_EN = rf"(?:today|this morning|{_ON_WEEKDAY_EN})"
_DAYS_SLAVIC = rf"(?:сьогодні|сегодня|{_ON_WEEKDAY_SLAVIC})"
# the day a statement was made, not the day of what it tells: "..., officials said on Saturday",
# "повідомив Лубінець у суботу", "сообщили в субботу"
_SAID_ON = gated(
    r"\b(?:said|says|told|reported|announced|wrote|added|stated|confirmed)\s+(?:[\w'.-]+\s+){0,3}?"
    + _DAYS_EN
    + r"|(?<!\w)(?:повідоми\w*|заяви\w*|написа\w*|сказа\w*|сообщи\w*|сообща\w*|рассказа\w*|"
    r"розповів\w*|розповіл\w*|уточни\w*)\s+(?:[\w'.-]+\s+){0,3}?" + _DAYS_SLAVIC,
    re.IGNORECASE,
)


def _now(text: str) -> bool:
    """Whether the sentence dates what it tells to today or this week's day; the day a
    statement was made ("officials said on Saturday") dates the statement only."""
    if not _NOW.search(text):
        return False
    return bool(_NOW.search(_SAID_ON.sub(" ", text)))


_EARLIER_SWAP = cue(
    r"last (?:completed |successful |previous )?(?:exchange|swap)|"
    r"\blast (?:\w+ ){1,3}(?:a |an |the )?(?:prisoner |pow )?(?:exchange|swap)|"
    r"previous (?:prisoner |pow )?(?:exchange|swap|round)|"
    r"earlier (?:exchange|swap)|that (?:swap|exchange)\b|the last one|so far\b|"
    # a general or habitual statement: "it has happened in the past", "у минулому"
    r"\bin the past\b|у минулому|в прошлом\b|"
    r"since\b[^.]{0,20}?(?:start|beginning|full-scale|invasion|war\b)|по состоянию на|станом на|"
    r"as of\b|(?:the )?most recent (?:prisoner |pow )?(?:exchange|swap)|востаннє|"
    r"в последний раз|since (?:19|20)\d\d\b|з (?:19|20)\d\d року|с (?:19|20)\d\d года|"
    r"days? (?:after|before) (?:a|the) (?:prisoner )?(?:exchange|swap)|"
    r"after (?:a|the) (?:prisoner )?(?:exchange|swap) on|"
    r"останн\w* (?:успішн\w* )?обмін|попередн\w* (?:обмін|раунд)|за підсумками попереднього|"
    r"последн\w* обмен|предыдущ\w* (?:обмен|раунд)|раніше|ранее|"
    r"з початку|с начала|уже провели|вже провели|last year|в прошлом году|минулого року|"
    # a running total told by its span or its number of swaps: "since February 2022", "in 64
    # exchanges", "over the course of the war", "у 60 обмінах", "за 65 обменов"
    r"since (?:\w+ )?(?:\d{1,2} )?(?:19|20)\d\d\b|over the course of|throughout the war|"
    # the whole war, or a habit: "over two years of war", "typically", "обычно"
    r"throughout (?:the|their|its|this) (?:[\w-]+ ){0,2}(?:war|conflict|invasion)|"
    r"\btypically\b|\busually\b|\bas a rule\b|зазвичай|як правило|как правило|обычно|"
    r"(?:in|over|across|through) (?:\d[\d,]*|\w+) (?:prisoner |pow )?(?:exchanges|swaps)\b|"
    r"(?:у|в|за|під час) \d+ (?:обмін\w*|обмен\w*)|"
    # swaps as a plural frame: "through the exchanges", "в рамках обменов", "у межах обмінів"
    r"(?:through|in|during|via|as part of|in the course of) (?:the |these |such |all )?"
    r"(?:prisoner |pow )?(?:exchanges|swaps)\b|"
    r"(?:exchanges|swaps) (?:have |had )?(?:return|brought|bring|freed|free|release)\w*|"
    # swaps told as going on in general: "exchanges continue", "обмены продолжаются"
    r"(?:exchanges|swaps|обміни|обмены) (?:\w+ )?(?:continue|are continuing|go on|продолжаются|"
    r"продовжуються|тривають)|"
    r"(?:в рамках|у рамках|у межах|в ходе|під час|в результате|внаслідок|через|по итогам|"
    r"за підсумками) (?:\w+ )?(?:обменов|обмінів)(?!\w)|"
    # swaps counted as events: "more than 70 exchanges", "nine prisoner swaps", "70 обмінів"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|several|multiple) "
    r"(?:prisoner |pow )?(?:exchanges|swaps)\b|"
    r"\d+ (?:обмінів|обміни|обмінах|обмінами|обменов|обмены|обменах|обменами)(?!\w)|"
    rf"у (?:{cw.month_alternation(cw.UK_LOC)})\b|в (?:{cw.month_alternation(cw.RU_LOC)})\b"
)
_NEGOTIATING = cue(
    r"\bprepar\w* (?:a |the |another |\w+ )?(?:new |next )?(?:prisoner |pow )?(?:exchange|swap)|"
    # "a new exchange was being prepared", "the swap is being negotiated"
    r"(?:exchange|swap)\w* (?:[\w-]+ ){0,3}?(?:is|was|are|were) being (?:prepared|negotiated|"
    r"discussed|worked out|arranged)|"
    r"(?:готу\w*|підготовк\w*|подготовк\w*|готовит\w*) (?:до |к )?(?:\w+ )?(?:обмін|обмен)\w*|"
    r"negotiat\w*|\btalks\b|consultation\w*|mediat\w*|working (?:on|without pause|to)|"
    r"\bclose to (?:agreeing|a deal|an agreement)|\bnear(?:ing)? (?:a deal|an agreement)|"
    # lists being reconciled for a swap: "coordinating lists", "узгоджують списки"
    r"\bcoordinat(?:ing|es?|ed)\b|узгоджу\w*|согласовыва\w*|"
    r"discuss\w*|facilitat\w*|\bin contact\b|переговор\w*|консультац\w*|перемовин\w*|посередн\w*|"
    r"працю\w* над|работа\w* над|"
    r"посредни\w*|обговор\w*|обсужда\w*|обсуди\w*|ведуть|ведутся|ведут|працюємо|работаем"
)
_PROPOSED = cue(
    r"\bhop(?:es?|ing) to\b|\bplans? to\b|\bintends? to\b|сподіва\w* (?:на|повернути|обміняти)|"
    r"надеется (?:на|вернуть|обменять)|\baims? to\b|\baiming to\b|\bcalls? for\b|"
    r"\bcalled for\b|\bcall(?:s|ed|ing)? on\b[^.;]{0,60}?\bto\b|\burg(?:e|es|ed|ing)\b|"
    r"\bpropos\w*|\boffer\w*|"
    r"\bready to (?:exchange|hand|swap|release|trade)|\bsuggest\w*|\bwants? to (?:exchange|swap)|"
    r"\b(?:not|never|n't)\s+(?:\w+\s+)?rul\w* out|не (?:исключа|виключа)\w*|"
    r"\bpush(?:es)? for\b|\bwants? to\b|\brevive\b|\bresume\b|\bresumption\b|\bcounting on\b|"
    r"\bseeks?\b|пропонує|запропонува\w*|"
    r"пропозиц\w*|заклика\w*|предлага\w*|предложи\w*|"
    r"предложени\w*|призвал\w*|призыва\w*|готов\w* (?:обміняти|обменять|освободить|передать)"
)
# anyone at all as the people a return verb tells of: "every person brought home", "each one
# freed", "кожного повернутого", "каждого вернувшегося" (a general statement, no swap)
_ANY_ONE_BEFORE = gated(
    r"(?:\b(?:every|each)\s+(?:single\s+)?(?:one|person|soldier|prisoner|captive|defender|"
    r"individual|citizen|man|woman|hero|ukrainian)\s+|"
    r"(?<!\w)(?:кожн\w*|кажд\w*)\s+(?!сторон)(?:[\w'-]+\s+)?)$",
    re.IGNORECASE,
)


# what a halt may be told of besides a swap, a return or talks: an offer, taking people in
_HALTABLE = cue(
    r"\boffer\w*|\bproposal\w*|\baccept\w*|\btake back\b|пропозиц\w*|предложен\w*|"
    r"прийня\w*|приня\w*|прийма\w*|принима\w*|забра\w*"
)
_STATUS_ORDER = (
    ("completed", _COMPLETED),
    ("stalled", _STALLED),
    ("agreed", _AGREED),
    ("agreed", _AGREED_WEAK),
    ("agreed", cue(r"\d[\d,. ]*-for-\d", word_start=False)),
    ("negotiating", _NEGOTIATING),
    ("proposed", _PROPOSED),
)

_PRISONER_TOK = re.compile(
    r"^(?:prisoners?|pows?|captives?|soldiers?|servicem[ae]n|service|troops?|defenders?|"
    r"warriors?|ukrainians|russians|people|persons|civilians?|military|personnel|fighters|men|"
    r"sailors|marines|citizens|women|individuals|солдат\w*|жінок|жінки|женщин\w*|чоловіків|мужчин\w*|полонен\w*|військовополонен\w*|захисник\w*|військов\w*|українц\w*|"
    r"оборонц\w*|бійц\w*|бійців|людей|людини|осіб|особи|цивільн\w*|громадян\w*|военнопленн\w*|"
    r"пленн\w*|военн\w*|военнослужащ\w*|человек|украинц\w*|защитник\w*|бойц\w*|гражданск\w*|"
    r"россиян\w*|росіян\w*|мирн\w*|военнопленных|человек\w*|чоловік\w*|окупант\w*|оккупант\w*|"
    r"occupiers|heroes|геро(?:ев|їв|ї|и|ям|ями))$",
    re.IGNORECASE,
)
_PRISONER_SKIP = re.compile(
    r"^(?:ukrainian|russian|army|war|captured|wounded|female|male|severely|seriously|badly|gravely|heavily|former|"
    r"captive|more|of|our|the|ее|её|її|його|его|их|їх|"
    # "75 звільнених з полону захисників": the participle's complement before the noun
    r"з|із|из|полону|плена|неволі|неволи|"
    # "300 попавших в плен солдат": the words of being taken prisoner before the noun
    r"в|у|плен|полон|попавш\w*|потрапил\w*|"
    r"freed|released|liberated|exchanged|swapped|returned|repatriated|foreign|іноземн\w*|"
    r"иностранн\w*|and|і|та|и|"
    r"their|its|its|наших|наші|наших|своїх|своих|[а-яіїєґё'-]+(?:их|ых|ий|ый|ій|ые|ие|і|ого))$",
    re.IGNORECASE,
)
_RUSSIAN_SIDE = re.compile(r"russian|российск|россиян|російськ|росіян", re.IGNORECASE)
_EXCLUDE = cue(
    r"\badditional\b|\ba further\b|\bsince\b|\bso far\b|"
    r"\balready\b|\bcumulative|\d(?:st|nd|rd|th) (?:exchange|swap)|"
    r"\bamong (?:them|those|whom|the)\b|\bincluding\b|\bof them\b|\bof whom\b|\blist\b|"
    r"з початку|"
    r"від початку|с начала|серед|среди|в том числе|зокрема|з них|из них|з яких|"
    r"из которых|список|списк\w*|в числе|у тому числі|уже|вже"
)
# "in total", "всього": this swap's total ("Всього повернулися 105 людей"), or a tally across
# swaps when the sentence says so (see _tally)
_TOTAL_WORD = cue(
    r"\bin total\b|\bin all\b|\baltogether\b|загалом|всього|усього|всего|в общей сложности|"
    r"итого|\bcumulative"
)
# the number is part of a group named elsewhere: "Six civilians were also included", "з них"
_SUBSET_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:were|was)\s+(?:also\s+)?(?:included|among)\b|^\s*(?:of the|of them|з них|"
    r"із них|из них)\b|"
    # a kind of people among a larger group: "23 women among the POWs", "12 медиків серед
    # звільнених", "5 женщин среди освобождённых"
    r"^\s+(?:[^\W\d_][\w'-]*\s+){1,2}(?:(?:are|were)\s+)?(?:among|серед|среди)\s",
    re.IGNORECASE,
)
# "one of the civilians", "один із цивільних", "одна з жінок", "один из освобождённых"
# (not "one from captivity": "одного повернули з полону")
_ONE_OF = re.compile(
    r"\s+(?:of|із|з|зі|из|изо)\s+(?!\d|полон|плен|невол|рос|укр|окуп|оккуп)[^\W\d_]",
    re.IGNORECASE,
)
_EACH = cue(r"\beach\b|\bper side\b|по (?=\d)|кожн\w* сторон|каждая сторона|"
                   r"с каждой стороны|з кожного боку")  # fmt: skip
_EACH_SIDE_AT = re.compile(
    r"(?:each side|per side|кожн\w* сторон\w*|каждой стороны|каждая сторона)\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)
# "swapped 103 each", "traded 95 apiece": a per-side figure with no word for people
# a plural noun right after a figure that counts no people held: "12 negotiators", "3 lists"
_OTHER_NOUN_AFTER = re.compile(r"\s+(?!each\b|apiece\b)[a-z]+s\b")
_EACH_AFTER = re.compile(r"\s*(?:each|apiece)\b", re.IGNORECASE)
# "as many Russians went back"; not "as many as 1,358" (an amount, not a comparison)
_SAME_NUMBER = cue(
    r"same number|(?:an?|the) (?:equal|matching) number|as many(?! as)|стільки ж|"
    r"(?:таку ж|таке ж|такое же|такую же|таку саму) "
    r"(?:кількість|количество|число)|столько же"
)
_PAIR_SHORT = re.compile(r"^\s*[\"']?\s*(?:-?\s*(?:for|to)\s*-?|на)\s*[\"']?\s*$", re.IGNORECASE)
_BODIES = re.compile(r"(?:bodies|remains)(?: of)?\s+$|(?:тіл|тела|останків|останков)\s+$",
                     re.IGNORECASE)  # fmt: skip
_PAIR_MID = re.compile(
    r"^\s*(?:[^\d.;,]{0,40}?\s)?(?:for|на|за|в обмін на|в обмен на)\s*[\"']?\s*$", re.IGNORECASE
)
_PAIR_LONG = re.compile(
    r"^[^\d.;]{0,110}?(?:\bfor\b|\bна\b|\bза\b|\bof\b)\s*[\"']?\s*"
    r"(?:(?:our|наших|своїх|своих)\s+)?$",  # "were exchanged for our five"
    re.IGNORECASE,
)
# the swap named, or its formula ("по формуле «600 на 600»", "in a 500-for-500 format")
_PAIR_SWAP = re.compile(
    r"exchang|swap|traded|обмін|обмен|взамін|взамен|формул|формат|formula|format", re.IGNORECASE
)
_STRONG_RETURN = cue(
    _GOT_BACK + r"|home|додому|домой|captivity|з полону|із полону|из плена|з російського полону|"
    r"returned|freed|freeing|released|повернул\w*|повернен\w*|повернувся|звільн\w*|вернул\w*|"
    r"возвращен\w*|освобожд\w*|освобод\w*|"
    # "are back in Ukraine", "were brought back"
    r"\b(?:are|were|is|was|be|been|came|come|brought|bring\w*|welcomed)\s+(?:\w+\s+)?back\b|"
    r"\breunited with\b"
)
_HOME_WORDS = cue(
    r"\bhome\b|додому|домой|вдома|captivity|полону|плена|"
    # back in the country: "returned to Ukraine", "до України повернулися", "на рідну землю"
    r"(?:to|in) ukraine\b|(?:до|в|у) україн[уиі]\b|на рідну землю|на батьківщину|на родину|"
    r"(?:в|на) россию\b|(?:в|на) украину\b"
)
_WEAK_RETURN = cue(r"transferred|handed over|передан\w*|передав\w*|передал\w*")  # fmt: skip

_MEDIATORS = [
    (
        "United Arab Emirates",
        r"united arab emirates|\buae\b|emirat\w*|\bоае\b|\bоаэ\b|"
        r"арабськ\w* емірат\w*|арабск\w* эмират\w*|абу-дабі|абу-даби|"
        r"abu dhabi",
    ),
    (
        "Turkey",
        r"\bturkey\b|türkiye|turkiye|turkish|туреччин\w*|турці\w*|турци\w*|турецк\w*|"
        r"турецьк\w*|ankara|анкар\w*",
    ),
    # a capital standing for its state: "a swap facilitated by Riyadh", "Doha mediated"
    ("Qatar", r"qatar\w*|катар\w*|\bdoha\b|доха|дохи"),
    # "KSA": the Kingdom of Saudi Arabia, as Gulf and wire copy abbreviates it
    ("Saudi Arabia", r"saudi|\bksa\b|саудівськ\w*|саудовск\w*|\briyadh\b"),
    (
        "Vatican",
        r"vatican|holy see|\bpope\b|papal|ватикан\w*|папа римськ\w*|папы римского|"
        r"папа римский|святого престолу|святейшего престола",
    ),
    ("ICRC", r"\bicrc\b|red cross|червон\w* хрест\w*|красн\w* крест\w*|мкчх|мккк"),
    (
        "United States",
        r"united states|\bu\.s\.(?! president)|\busa\b|сша\b|сполучен\w* штат\w*|"
        r"соединенн\w* штат\w*",
    ),
]
_MEDIATOR_RES = [(name, cue(p)) for name, p in _MEDIATORS]
_ANY_MEDIATOR = cue("|".join(p for _, p in _MEDIATORS))
_MEDIATION_CUE = cue(
    # "host", "hosted", "hosting": not "hostilities", "hostages", "hostile"
    r"mediat\w*|intermediar\w*|broker\w*|facilitat\w*|\bhost(?:s|ed|ing)?\b|thank\w*|"
    r"role in arranging|"
    # a country that helped or took part in preparing the swap: "the UAE assisted in the
    # exchange", "в подготовке обмена участвовали ОАЭ", "брали участь в організації"
    r"\bassist\w*|\btook part in\b|\bparticipat\w*|участвова\w*|брал\w* участ\w*|"
    r"взял\w* участ\w*|долучил\w*|"
    r"gratitude|grateful|вдячн\w*|признательн\w*|"
    r"\b(?:played|had) (?:a|an|its|his|her|their) (?:[\w-]+ )?(?:part|role) in\b|"
    r"consultations with|negotiated by|\bchair\w*|головув\w*|председательств\w*|"
    r"with the (?:help|assistance|participation) of|"
    # "the UAE said it helped negotiate the swap", "involved help from Turkey", "при
    # сотрудничестве Турции", a pope's or a president's special envoy ("спецпосланник")
    r"\bhelp(?:ed|s)? (?:to )?(?:negotiate|broker|arrange|mediate|secure|facilitate|organi[sz]e)\b|"
    r"\bhelp from\b|\bwith the cooperation of\b|при сотрудничеств\w*|за співпраці|"
    r"спецпосланн\w*|спецпосланц\w*|спецпосланец|"
    r"\benvoy\b|посередн\w*|посредни\w*|посреднич\w*|сприян\w*|сприя\w*|содейств\w*|"
    r"за участ\w*|при участ\w*|подяк\w*|подякува\w*|поблагодари\w*|благодар\w*|спасибо|дяку\w*|"
    r"консультац\w*|посланц\w*|посланник\w*|модерув\w*|модерир\w*|майданчик\w*|площадк\w*"
)
_MEDIATION_GUARD = cue(r"no longer|більше не|больше не")
_FRAMEWORKS = [
    (
        "Istanbul agreements",
        r"istanbul (?:agreements?|framework|protocols?|accords?)|"
        r"agreements? (?:established|reached|signed|concluded) (?:[\w,]+ ){0,4}?in istanbul|"
        r"стамбульськ\w* (?:домовленост\w*|угод\w*)|"
        r"стамбульск\w* (?:соглашени\w*|договоренност\w*)",
    ),
    (
        "all-for-all",
        r"all[- ]for[- ]all|exchange of all prisoners|general exchange|всіх на всіх|"
        r"всех на всех|усіх на усіх|усіх на всіх",
    ),
    (
        "Minsk talks",
        r"minsk (?:talks|agreements?|group|format|process)|мінськ\w* (?:переговор\w*|"
        r"угод\w*|домовлен\w*)|минск\w* (?:переговор\w*|соглашени\w*)|"
        r"representative in minsk|talks in minsk",
    ),
]
# the deal struck at the Istanbul talks of May 2025 is known by its formula: "1000 for 1000"
_ISTANBUL_FORMULA = gated(
    r"(?<![\d.,])1[ ,.\u00a0\u202f]?000\s*(?:-?\s*for\s*-?|на)\s*1[ ,.\u00a0\u202f]?000(?![\d])",
    re.IGNORECASE,
)
_FRAMEWORK_NAMES = {f"f{i}": name for i, (name, _) in enumerate(_FRAMEWORKS)}
_FRAMEWORK_RE = cue("|".join(f"(?P<f{i}>{p})" for i, (_, p) in enumerate(_FRAMEWORKS)))
_WORD_RE = re.compile(r"[\w'-]+|[^\w\s]")


@functools.cache
def _swap_vocabulary() -> Vocabulary:
    """Every word a sentence needs for this stage to find it topical or to read a status in it
    (the topic cues, talks, the clause cues' gate), generated from those patterns: most
    sentences of a strike report hold none of them. The return verbs are asked of their table
    (see _swapless)."""
    return Vocabulary(_TOPIC, _HOME, _EXCHANGE_NOUN, _FRAMEWORK_RE, _NEGOTIATING, _CLAUSE_CUE_GATE)


@functools.lru_cache(maxsize=8192)
def _swapless(text: str) -> bool:
    """A text (or any clause of it: its words kept whole) that is not topical and gives no
    status of its own: checked once with a few substring tests, so the rules need not each
    look at it."""
    # The return verbs' stems are short ("repa", "fre", "пов") and stand in "repair",
    # "freight", "повідомили", "повітряні": whether a word of the text is one of the verbs is
    # asked of the lemmatizer, which is what the rules ask too.
    return _swap_vocabulary().absent(text) and not lemmas.has(text, "return_verb")


_EVENT_AFTER = re.compile(r"\s*(?:swaps?|exchanges?|обмін\w*|обмен\w*|rounds?)\b", re.IGNORECASE)


_UKRAINIAN_SIDE = re.compile(r"ukrainian|українськ|украинск|всу\b|зсу\b|наших", re.IGNORECASE)
_RUSSIANS = re.compile(r"russians?|россиян|росіян|окупант|оккупант|occupiers", re.IGNORECASE)
_UKRAINIANS = re.compile(r"українц|украинц|ukrainians?", re.IGNORECASE)


def _prisoner_side(text: str, n: Num) -> str | None:
    """'ua'/'ru'/'' when the number counts captives (by side), None for anything else."""
    side = ""
    seen = 0
    for m in _WORD_RE.finditer(text[n.end : n.end + 70]):
        tok = m.group(0)
        if tok in "\"'«»“”":
            continue
        if _RUSSIAN_SIDE.match(tok):
            side = "ru"
        elif _UKRAINIAN_SIDE.match(tok):
            side = side or "ua"
        if _PRISONER_TOK.match(tok) or (len(tok) > 3 and lemmas.has(tok, "captive_noun")):
            if _EVENT_AFTER.match(text, n.end + m.end()):
                return None  # "9 prisoner swaps": a count of swaps, not of people
            if _RUSSIANS.match(tok):
                side = "ru"  # "в обмін на 10 окупантів": the invaders are Russia's people
            if _UKRAINIANS.match(tok):
                side = "ua"
            tail = text[n.end + m.end() : n.end + m.end() + 30]
            if side == "" and re.match(r"\s+(?:из|з|із) (?:украинск|українськ)", tail, re.I):
                side = "ru"
            if side == "" and _from_russia(text[n.end + m.end() : n.end + m.end() + 40]):
                side = "ru"  # "three civilians from the Kursk region": Russia's people
            return side
        seen += 1
        if tok in ",.;:()" and side and _AND_BEFORE.search(text[: n.start]):
            return side  # "80 российских военных и 80 украинских": the noun is shared
        if seen > 4 or tok in ",.;:()" or not _PRISONER_SKIP.match(tok):
            return None
    if side and _AND_BEFORE.search(text[: n.start]) and not text[n.end :].strip(" \"'»”"):
        return side  # the same, at the end of the text
    return None


# where people come from: "civilians from the Kursk region", "гражданских из Курской области"
_FROM_PLACE = re.compile(
    r"\s+(?:[^\W\d_]+\s+)?(?:from|из|з|із)\s+(?:the\s+)?([^\W\d_][\w'-]*)", re.IGNORECASE
)
# Russian regions whose people are Russia's side; not Crimea or Sevastopol (their people may be
# Ukraine's), nor the Azov sea (Azovstal), nor Moscow (its prisons hold Ukrainians)
_NOT_RUSSIAN_HOME = frozenset(["Crimea", "Sevastopol", "Sea of Azov", "Moscow"])


def _from_russia(tail: str) -> bool:
    """Whether the words after a noun of people say they come from a region of Russia."""
    m = _FROM_PLACE.match(tail)
    if m is None:
        return False
    if re.match(r"russia['’]s$", m.group(1), re.I) and re.match(
        r"\s+[A-Z][\w'-]+\s+(?:region|oblast|province)", tail[m.end() :]
    ):
        return True  # "six civilians from Russia's Belgorod region"
    place = canonical_place(m.group(1))
    return place is not None and place not in _NOT_RUSSIAN_HOME and side_of(place) == "ru"


# a second number joined to a first by "and": "100 Russian soldiers and 100 Ukrainian"
_AND_BEFORE = re.compile(r"\d[^.;:]{3,60}\s(?:and|і|й|та|и|а)\s+$", re.IGNORECASE)


_MONTH_EN = cw.month_alternation(cw.EN, cw.EN_SHORT)
_MONTH_BEFORE = re.compile(r"\b(?:" + _MONTH_EN + r")\.?\s+$", re.IGNORECASE)
_MONTH_AFTER = re.compile(
    r"^(?:st|nd|rd|th)?\s+(?:(?:of\s+)?(?:" + _MONTH_EN + r")\b|"
    rf"(?:{cw.month_alternation(cw.UK_GEN, cw.RU_GEN)})(?!\w))",
    re.IGNORECASE,
)


def _numbers(text: str) -> list[Num]:
    return list(_numbers_once(text))


# an ordinal ending or an age right after a number: "5-й", "4th", "20-річний", "30-year"
_ORDINAL_OR_AGE_AFTER = re.compile(r"-?(?:й|я|е|го|th|st|nd|rd|річн|летн|year)", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _numbers_once(text: str) -> tuple[Num, ...]:
    """The numbers of a sentence that may count people (not years, ordinals or days of the
    month), found once per sentence: the stage reads them many times."""
    out = []
    for n in find_numbers(text):
        after = text[n.end : n.end + 8]
        if 1900 <= n.value <= 2100 and not n.words:
            continue
        if _ORDINAL_OR_AGE_AFTER.match(after):
            continue
        if n.value <= 31 and (
            _MONTH_BEFORE.search(text[max(0, n.start - 12) : n.start])
            or _MONTH_AFTER.match(text[n.end : n.end + 14])
        ):
            continue  # a day of the month: "Nov 30", "30 листопада"
        out.append(n)
    return tuple(out)


_PREDICTION = cue(r"soon|скор|ближайш|незабаром|найближч|убежд|переконан|считает|вважає")


_OTHER_SUBJECT = cue(
    r"ceasefire|truce|peace|sanction|перемир\w*|припинення вогню|прекращени\w* огня|мир\w* "
    r"(?:угод|соглаш|переговор)\w*|санкц\w*"
)
_CLAUSE = gated(
    r",\s+(?:but|while|although|though|however|yet|whereas|а|але|проте|однак|но|однако|хотя)\s+|"
    r"\s+(?:although|though|whereas|хоча|хотя)\s+|;\s+",
    re.IGNORECASE,
)


class Pick(NamedTuple):
    """A value the exchange stage chose, where it came from and how sure the rule is."""

    value: object
    sentence: Sentence | None
    start: int  # within the sentence text
    end: int
    confidence: float


# How far each way of finding the status is trusted. A past return or exchange verb about this
# swap is strong evidence; "proposed" with no cue at all is a guess and is never published.
_STATUS_CONFIDENCE = {
    "completed": 0.85,
    "completed_participle": 0.75,
    "completed_headline": 0.75,
    "upcoming": 0.5,
    "completed_weak": 0.7,
    "stalled": 0.7,
    "agreed": 0.8,
    "agreed_weak": 0.65,
    "negotiating": 0.7,
    "negotiating_loose": 0.7,  # talks named in a clause that names no swap
    "proposed": 0.65,
}


def _about_people(text: str) -> bool:
    """Whether a clause speaks of prisoners or counts people."""
    if _TOPIC.search(text) or _HOME.search(text) or _PRISONERS.search(text):
        return True
    return any(_prisoner_side(text, n) is not None for n in _numbers(text))


def _clauses(text: str):
    """(offset, clause) pieces of a sentence split at contrasts and semicolons."""
    pos = 0
    for m in _CLAUSE.finditer(text):
        yield pos, text[pos : m.start()]
        pos = m.end()
    yield pos, text[pos:]


# "Russia rejected this offer", "Москва відхилила цю пропозицію": the object points back
_ANAPHOR = cue(
    r"\b(?:this|that|the|such an?|their|its|our) (?:offer|proposal|idea|initiative|plan|deal|"
    r"request)s?\b|(?:цю|таку|цієї|цю ж) (?:пропозиц\w*|ідею|ініціатив\w*)|"
    r"(?:это|такое|этого|эту) (?:предложени\w*|иде\w*|инициатив\w*)"
)


def _status(main: list[Sentence], current: _Current) -> Pick | None:
    """The swap's status, from the sentences of `main` that `current` keeps. The headline and
    lede tell the news: a status they give outranks later passages, and once they announce a
    swap still to come, a swap told as done further down is an earlier one."""
    found: dict[str, Pick] = {}
    lead: dict[str, Pick] = {}
    swap_talks = False  # talks told in a clause about the swap, or brokered
    previous_topical = False
    body = 0  # kept body sentences so far: the lead is the headline, the first _LEAD_SENTENCES
    topical_seen = False  # of them and the first one about the swap
    for i, s in enumerate(main):
        if (
            not _is_topical(s.text)
            # blanking rankings only removes words: a swapless text stays swapless unranked
            and (_swapless(s.text) or _swapless(_unranked(s.text)))
            and _ANAPHOR.search(s.text) is None
        ):
            # no status of its own: kept, it only counts toward the lead and ends a run of
            # topical sentences, so whether it is kept is asked only when that matters
            if (previous_topical or (s.kind != TITLE and body < _LEAD_SENTENCES)) and (
                current.kept(i)
            ):
                body += s.kind != TITLE
                previous_topical = False
            continue
        if not current.kept(i):
            continue
        in_lead = s.kind == TITLE
        if not in_lead:
            in_lead = body < _LEAD_SENTENCES or (not topical_seen and _is_topical(s.text))
            topical_seen = topical_seen or (in_lead and _is_topical(s.text))
            body += 1
        # clause by clause: "Moscow rejects a ceasefire, but the sides agreed to a swap"
        sentence_topical = _is_topical(s.text) or (
            previous_topical and _ANAPHOR.search(s.text) is not None
        )
        previous_topical = _is_topical(s.text)
        # a ranking ("the largest swaps since the invasion began") tells no event of its own
        for offset, clause in _clauses(_unranked(s.text)):
            # "..., but Moscow is unlikely to accept that": the clause inherits the sentence's topic
            # unless it is about something else ("Moscow rejects a ceasefire")
            inherit = sentence_topical and not _OTHER_SUBJECT.search(clause)
            statuses = _clause_statuses(clause, inherit, s.kind == TITLE)
            for status, (start, end, key) in statuses.items():
                conf = _STATUS_CONFIDENCE[key] - (0.05 if s.kind == TITLE else 0.0)
                pick = Pick(status, s, offset + start, offset + end, conf)
                # talks about the swap: told with it, or brokered ("consultations brokered
                # by Turkey ended with both sides agreeing to reactivate them")
                swap_talks = (
                    swap_talks
                    or key == "negotiating"
                    or (key == "negotiating_loose" and _MEDIATION_CUE.search(clause) is not None)
                )
                for table in (found, lead) if in_lead else (found,):
                    if status not in table or (
                        table[status].sentence.kind == TITLE and s.kind != TITLE
                    ):
                        table[status] = pick
    if "negotiating" in found and "proposed" in found and not swap_talks:
        # "Kyiv offers an all-for-all swap ... it awaits Moscow's answer and urges
        # talks": talks only ever named apart from the swap do not outrank its offer
        found.pop("negotiating")
        lead.pop("negotiating", None)
    return _choose(found, lead)


def _choose(found: dict[str, Pick], lead: dict[str, Pick]) -> Pick | None:
    """The status to report from every clause's cues and the lead's."""
    done = found.get("completed")
    if (
        "agreed" in lead
        and not lead.keys() & {"completed", "stalled"}
        and done is not None
        and _DONE_SINCE.search(done.sentence.text)
    ):
        # "the two delegations agreed to swap 424 captives ... State television later said
        # 212 had been handed over by each side": the agreed swap has since been carried out
        return done
    if any(status in lead for status in ("completed", "stalled", "agreed")):
        return _first(lead)
    if "upcoming" in lead or "proposed" in lead:
        # the lead is about a swap still to come: a done swap further down is an earlier one
        found = {k: v for k, v in found.items() if k != "completed"}
    talks = lead.get("negotiating")
    if talks is not None and talks.sentence.kind != TITLE:
        # the lede says talks are under way: a halt told further down is background, not the
        # news ("talks are under way ... in the spring Moscow postponed a swap")
        found = {k: v for k, v in found.items() if k != "stalled"}
    return _first(found)


# "212 captives were handed over by each side": a per-side figure told in the passive
_BY_EACH_SIDE = re.compile(
    r"\s+(?:[\w'-]+\s+){0,2}?(?:were|was|have been|had been)\s+(?:exchanged|swapped|handed over|"
    r"released|freed)\s+by\s+(?:each|both)\s+sides?\b",
    re.IGNORECASE,
)


# a later report of the swap told in the lead: "later reported", "has since", "згодом", "позже"
_DONE_SINCE = cue(
    r"\blater\b|\bsubsequently\b|\bha(?:s|ve) since\b|\bsince then\b|згодом|пізніше|"
    r"позже|позднее|впоследствии"
)


def _first(table: dict[str, Pick]) -> Pick | None:
    for status, _ in _STATUS_ORDER:
        if status in table:
            return table[status]
    return None


_LEAD_SENTENCES = 2  # body sentences that, with the headline, tell the news


# a date that is the agreement's: "under the agreements reached on 23 July", "по
# договоренностям, достигнутым 23 июля": a swap done under it is not dated by it
_AGREED_ON_DATE = cue(
    r"(?:reached|agreed|struck|signed|достигнут\w*|досягнут\w*|досягнен\w*|заключенн\w*|"
    r"укладен\w*|підписан\w*|подписанн\w*|досягти|досягли|достичь|достигли)\s+"
    # "reached at the talks on 2 June", "достигнутыми на переговорах 2 июня"
    r"(?:(?:at|during|на|під час)\s+(?:the\s+)?(?:talks|переговорах|перемовинах)\s+)?"
    r"(?:on\s+)?(?:\d{1,2}\s+[^\W\d_]+|[^\W\d_]+\s+\d{1,2})"
)


# the swap just told, named again: "цього обміну", "этого обмена", "that swap", "this exchange"
_THAT_SWAP = cue(
    r"\b(?:this|that) (?:prisoner |pow )?(?:exchange|swap)\b|(?:цього|цей|того|этого|этот|том) "
    r"(?:обмін\w*|обмен\w*)"
)


class _Current:
    """Which sentences of `main` are about this swap, not an earlier one or a running total.
    The test takes the stage's slowest rule (_earlier_swap), and for a sentence with no swap
    words (most of a strike report) the answer matters only in a few places: it is worked out
    when asked, once."""

    def __init__(self, main: list[Sentence], ref: dt.date | None) -> None:
        self.main = main
        self.ref = ref
        self._earlier: dict[int, bool] = {}

    def _tells_earlier(self, i: int) -> bool:
        """Whether main[i] tells of an earlier swap (or goes on with the body sentence before
        it that does: "По ее словам, ...")."""
        known = self._earlier.get(i)
        if known is None:
            s = self.main[i]
            known = bool(
                _earlier_swap(s.text)
                or (
                    _SWAP_WORDS.search(s.text) is not None
                    and _dated_before(s.text, self.ref)
                    and not (_AGREED_ON_DATE.search(s.text) and _tells_done(s))
                )
                or _done_before(s, self.ref)
                or (s.kind == BODY and _GOES_ON.match(s.text) is not None and self._before(i))
                # "Особливістю цього обміну стала ...", "In that swap, ...": a sentence that
                # names the swap just told, with no time of its own, is about that swap
                or (
                    s.kind == BODY
                    and _THAT_SWAP.search(s.text) is not None
                    and not _now(s.text)
                    and self._before(i)
                )
                or (
                    s.kind == BODY
                    and _COUNTED_BACK.match(s.text) is not None
                    and self._after_done(i)
                )
            )
            self._earlier[i] = known
        return known

    def _after_done(self, i: int) -> bool:
        """Whether main[i] and the body sentence before it both give figures and that one tells
        a swap done: "103 for 103 were swapped on the 14th. The day before, 49 each": a time
        counted back from the swap just told dates another, earlier one."""
        back = next((j for j in range(i - 1, -1, -1) if self.main[j].kind == BODY), None)
        if back is None or not _numbers(self.main[i].text) or not _numbers(self.main[back].text):
            return False
        return _tells_done(self.main[back])

    def _before(self, i: int) -> bool:
        """Whether the body sentence before main[i] tells of an earlier swap."""
        back = next((j for j in range(i - 1, -1, -1) if self.main[j].kind == BODY), None)
        return back is not None and self._tells_earlier(back)

    def kept(self, i: int) -> bool:
        """Whether main[i] is about this swap."""
        return not self._tells_earlier(i)

    def __contains__(self, s: Sentence) -> bool:
        return s in self.main and self.kept(self.main.index(s))

    def following(self, s: Sentence, count: int) -> list[Sentence]:
        """The next `count` kept sentences after `s`."""
        out: list[Sentence] = []
        for i in range(self.main.index(s) + 1, len(self.main)):
            if len(out) == count:
                break
            if self.kept(i):
                out.append(self.main[i])
        return out

    def for_framework(self) -> list[Sentence]:
        """The kept sentences, less those that name no framework or venue and follow none
        that names a venue: they change nothing _framework finds."""
        out: list[Sentence] = []
        for i, s in enumerate(self.main):
            quiet = _swapless(s.text) and not _VENUE_RE.search(s.text)
            if quiet and not (out and _VENUE_RE.search(out[-1].text)):
                continue  # neither a framework nor the sentence after a venue
            if self.kept(i):
                out.append(s)
        return out


@functools.lru_cache(maxsize=8192)
def _clause_statuses(text: str, inherit: bool, title: bool) -> dict[str, tuple[int, int, str]]:
    """Status -> (start, end, how found) for every status the clause gives (read only: cached)."""
    if not inherit and _swapless(text):
        return {}  # not topical, and no return verb, talks or clause cue: nothing to find
    found: dict[str, tuple[int, int, str]] = {}
    topical = inherit or _is_topical(text)
    for status, pattern in _STATUS_ORDER:
        if status in found:
            continue
        lemma_only = status == "completed" and not topical
        if status in ("stalled", "agreed", "proposed") and not topical:
            continue  # "Moscow rejects a ceasefire", "plans to visit" say nothing of a swap
        m = None if lemma_only else pattern.search(text)
        if status == "negotiating":
            m = _swap_talks(text, pattern)
        span = (m.start(), m.end()) if m else None
        if status == "completed" and span is None:
            # the vocabulary's return and exchange verbs, in a past (perfective) form, about
            # people ("exchanged written memorandums" is no swap)
            token = completed_return(text)
            span = (token.start, token.end) if token and _about_people(text) else None
        if status == "proposed" and span is None:
            token = offered_swap(text)
            span = (token.start, token.end) if token else None
        elif status == "proposed" and span is not None and _SWAP_EVENT.search(text) is None:
            # a proposal word in a clause that names no swap, release or return ("Moscow urged
            # the organization to be more exacting"): something else is proposed
            continue
        if span is None:
            continue
        before = text[max(0, span[0] - 50) : span[0]]
        if status == "completed" and _MODAL.search(before):
            continue
        if status == "completed" and _CHILDREN.search(text) and not _PRISONERS.search(text):
            continue  # "9 children returned to their families": a separate repatriation
        if status == "completed" and _ANY_ONE_BEFORE.search(text[max(0, span[0] - 40) : span[0]]):
            continue  # "each one brought home is a joy": a creed, no swap told
        if status == "completed" and _things_exchanged(text, span[1]):
            continue  # "обмінялися списками полонених": lists, not people
        if pattern is _AGREED_WEAK and (_MODAL.search(text) or _PREDICTION.search(text)):
            continue
        if pattern is _AGREED_WEAK and WHEN_ASKED.search(before):
            continue  # "told when the swap will take place": a question, not a set date
        if pattern is _AGREED_WEAK and _STALLED.search(text):
            continue  # "зірвала запланований обмін": a scheduled swap that was called off
        if status == "negotiating" and _NO_TALKS.search(text):
            continue
        if status == "stalled" and _UNSTALL_BEFORE.search(before):
            continue  # "to break the deadlock", "щоб подолати глухий кут": an end to a halt
        if status == "stalled" and (_STALL_GUARD.search(text) or RESUME.search(text)):
            continue  # "repeatedly postponed"; "a resumption of swaps frozen since May"
        if status == "stalled" and (_NOT_RULED_OUT.search(text) or _REFUSED_TO_SAY.search(text)):
            continue  # "does not rule out a swap"; "refused to publish the list": no halt
        if (
            status == "stalled"
            and _is_topical(text)  # a clause of its own, not one going on with "this"
            and not _EXCHANGE_NOUN.search(text)
            and not _HALTABLE.search(text)
            and not any(
                lemmas.has(text, table)
                for table in ("return_verb", "handover_verb", "ready_word", "talks_noun")
            )
        ):
            continue  # "disrupted investigations into the treatment of POWs": no swap halted
        key = "agreed_weak" if pattern is not _AGREED and status == "agreed" else status
        if status == "negotiating" and not topical:
            key = "negotiating_loose"
        if lemma_only:
            key = "completed_weak"  # a release told with no word of prisoners or a swap
        found[status] = (span[0], span[1], key)
    for c in clause_cues(text, title):
        if c.status == "completed" and _CHILDREN.search(text) and not _PRISONERS.search(text):
            continue
        if c.status == "completed" and _ANY_ONE_BEFORE.search(text[max(0, c.start - 40) : c.start]):
            continue
        if c.status == "stalled" and _STALL_GUARD.search(text):
            continue
        if c.status not in found or found[c.status][2] == "completed_weak":
            found[c.status] = (c.start, c.end, c.key)
    if found.keys() & {"completed", "agreed", "negotiating"} and _rough_tally(text):
        # "more than 8 thousand freed": a tally, not this swap done; nor does "managed to bring
        # back about 2,000 with the UAE's mediation" tell talks or a deal about a swap now
        for status in ("completed", "agreed", "negotiating"):
            found.pop(status, None)
    return found


_THOUSANDS = cue(
    r"\bthousands\b|(?:^|\s)(?:тисячі|тисяч|тысячи|тысяч)\b(?!\s*\d)|"
    r"\d\s*(?:thousand|тис\.|тисяч\w*|тыс\.|тысяч\w*)"
)
# a swap of its own named in the clause: "were swapped", "in the exchange", "обміняли"
_ONE_SWAP = cue(
    r"\b(?:exchange|swap|exchanged|swapped|traded|trade)\b|обмін(?:у|і|ом)?\b|обмен(?:а|е|ом)?\b|"
    r"обмінял\w*|обменял\w*"
)


def _freed_tally(text: str) -> bool:
    """A past release verb told of a tally across swaps ("1,596 citizens were freed")."""
    return _rough_tally(text) and completed_return(text) is not None


# a perfect with a rough amount: "have traded thousands of prisoners", "have swapped hundreds"
_PERFECT_TALLY = cue(
    r"\b(?:have|has|had)\s+(?:\w+\s+)?(?:traded|exchanged|swapped|freed|returned|brought)\s+"
    r"(?:back\s+)?(?:thousands|hundreds|scores|dozens)\b"
)


def _rough_tally(text: str) -> bool:
    """A rounded large figure ("more than 8 thousand", "over 4,000", "thousands") freed, with
    no swap and no day of its own: a tally across swaps, which says nothing of this one's
    status."""
    if _now(text):
        return False
    if _PERFECT_TALLY.search(text):
        return True  # "the sides have swapped thousands of captives": a tally, not one swap
    if _ONE_SWAP.search(text):
        return False
    if any((n.approx and n.value >= 1000) or n.value > _LARGEST_SWAP for n in _numbers(text)):
        return True  # "over 4,000", "6422 людей": more than one swap brings
    return _THOUSANDS.search(text) is not None


# talks that are needed, not held: "it is up to both sides to sit down for talks", "must talk"
_TALKS_NEEDED = gated(
    r"(?:\b(?:up to\b[^.,;]{0,30}?\bto|need(?:s|ed)? to|must|should|ha(?:ve|s|d) to)|"
    r"(?<!\w)(?:потрібно|треба|мають|повинні|нужно|надо|должны))\s+(?:[\w'-]+\s+){0,1}$",
    re.IGNORECASE,
)


# talks told with another purpose: "to resolve the conflict", "on a peace settlement",
# "щодо врегулювання", "об урегулировании"
_OTHER_PURPOSE = cue(
    r"\b(?:to|on|about|over|for)\s+(?:\w+\s+){0,2}?(?:resolv\w*|end\w*|settl\w*|halt\w*|stop\w*)\s+"
    r"(?:the\s+|this\s+)?(?:conflict|war|fighting)|\bpeace\b|\bceasefire\b|\btruce\b|"
    r"врегулюван\w*|урегулирован\w*|мирн\w* (?:угод|договор|соглашен|план)\w*|"
    r"(?:завершен|закінчен|припинен|прекращен)\w* (?:війни|войны|вогню|огня)"
)


# mediation told as what brought a result about: "thanks to the mediation of", "after the
# mediation of", "завдяки посередництву", "благодаря посредничеству": brokered, not under way
_MEDIATION_DONE = gated(
    r"(?:\b(?:thanks to|after|following|through)|(?<!\w)(?:завдяки|благодаря|після|после)|"
    # thanks for it: "grateful for the mediation", "вдячний за посередництво", "благодарен за"
    r"\b(?:grateful|thankful|thanked|thanks|gratitude)\s+(?:\w+\s+){0,3}?for|"
    r"(?<!\w)(?:вдячн\w*|подякува\w*|дякую|дякуємо|благодар\w*|признательн\w*)\s+"
    r"(?:[\w'-]+\s+){0,3}?за)\s+"
    r"(?:(?:the|its|their|his|her)\s+)?(?:[\w'-]+\s+)?$",
    re.IGNORECASE,
)


# talks as the object of an infinitive of purpose: "to broker talks", "to hold new talks"
_TALKS_TO_HOLD = gated(
    r"\bto\s+(?:broker|hold|start|begin|launch|arrange|host|facilitate|organi[sz]e)\s+"
    r"(?:(?:the|new|direct|further|more)\s+)?$|"
    # or named as possible only: "ahead of potential negotiations", "можливих переговорів"
    r"(?:\b(?:potential|possible|eventual|future|prospective)|(?<!\w)(?:можлив\w*|возможн\w*|"
    r"майбутн\w*|будущ\w*))\s+$",
    re.IGNORECASE,
)


# talks told under a conditional in their clause: "would pave the way for negotiations"
_HYPOTHETICAL = gated(
    r"(?:\b(?:would|could|might)|(?<!\w)(?:б|би|бы))\s+(?:[\w'-]+\s+){0,9}$", re.IGNORECASE
)


_MEDIATION_WORD = re.compile(r"mediat|broker|facilitat|посередн|посредни", re.IGNORECASE)


# a question about talks, not a statement that they are held: "whether", "ли", "чи"
_ASKED = re.compile(r"\bwhether\b|(?<!\w)(?:ли|чи)(?!\w)", re.IGNORECASE)


class _Span(NamedTuple):
    """A word found by its lemma, read as a match is (start, end, group)."""

    at: int
    to: int
    word: str

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.to

    def group(self, _n: int = 0) -> str:
        return self.word


def _talks_words(text: str, pattern) -> list:
    """The pattern's matches, and the talks nouns of the vocabulary it does not name
    ("діалог щодо обміну", "диалог по обмену", "dialogue on the swap"); a verb's form of
    "talk" ("talked about the swap") is not talks under way."""
    found = list(pattern.finditer(text))
    for t in lemmas.find(text, "talks_noun"):
        if _CYRILLIC_WORD.search(t.low) is None and t.low.endswith(("ed", "ing")):
            continue
        if not any(m.start() < t.end and t.start < m.end() for m in found):
            found.append(_Span(t.start, t.end, text[t.start : t.end]))
    return sorted(found, key=lambda m: m.start())


_CYRILLIC_WORD = re.compile(r"[а-яёіїєґ]")


def _swap_talks(text: str, pattern) -> re.Match | None:
    """Talks about the swap: not "peace talks", "мирні переговори"."""
    for m in _talks_words(text, pattern):
        before = " ".join(re.findall(r"[\w'-]+", text[max(0, m.start() - 30) : m.start()])[-2:])
        if lemmas.has(before, "other_talks_topic"):
            continue  # "peace talks", "мирні переговори"
        before = text[max(0, m.start() - 40) : m.start()]
        if _MEDIATION_DONE.search(before) and _MEDIATION_WORD.match(m.group(0)):
            continue  # "an exchange thanks to the mediation of", "завдяки посередництву": done
        if _HYPOTHETICAL.search(re.split(r"[,;:]", text[max(0, m.start() - 80) : m.start()])[-1]):
            continue  # "a swap could open the door to wider talks": talks imagined
        if _TALKS_TO_HOLD.search(before):
            continue  # "dispatching an envoy to broker talks": talks still to be held
        if _EARLIER_SWAPS_BEFORE.search(text[max(0, m.start() - 80) : m.start()]):
            continue  # "earlier swaps, many of them brokered by the UAE": earlier swaps' brokering
        if _MEDIATION_OFFERED.search(before) or _TALKS_NEEDED.search(before):
            continue  # "ready to facilitate", "it is up to them to hold talks": none yet
        if lemmas.has(" ".join(re.findall(r"[\w'-]+", before)[-3:]), "ready_word"):
            continue  # "proposed exchange negotiations", "willingness to negotiate": an offer
        if _ASKED.search(re.split(r"[,;:]", before)[-1]):
            continue  # "asked whether Moscow is in talks", "ведёт ли Москва переговоры"
        after = re.split(r"[,;:]", text[m.end() : m.end() + 80])[0]
        if _OTHER_PURPOSE.search(after):
            continue  # "in discussions with the US to resolve the conflict": other talks
        return m
    return None


def _things_exchanged(text: str, end: int) -> bool:
    """The verb's object is a thing (lists, memorandums, blows, bodies), not people."""
    after = text[end : end + 30]
    words = re.findall(r"[^\W\d_]+", after)[:2]
    return any(lemmas.has(w, "not_people_object") or lemmas.has(w, "body_noun") for w in words)


# Agencies whose names hold the topic words: "Coordination Headquarters for the Treatment of
# Prisoners of War", "координационный штаб страны по работе с военнопленными" name no swap by
# themselves (the headquarters' noun, a few words of its remit, then the prisoners).
_AGENCY = gated(
    r"\b(?:coordinati\w+ (?:headquarters|hq|staff|cent(?:er|re))|(?:координац\w*) штаб\w*)"
    r"(?: [\w'’-]+){0,6}? (?:prisoners(?: of war)?|pows|військовополонен\w*|военнопленн\w*)",
    re.IGNORECASE,
)
# The dead: "the bodies of 909 soldiers", "fallen defenders", "загиблих захисників"
_DEAD = cue(
    r"\bfallen\b|\bkilled\b|\bdead\b|\bremains (?:of|were|have|had)\b|\bbod(?:y|ies)\b|"
    r"\brepatriation of (?:the )?(?:bodies|remains|fallen)|загибл\w*|полегл\w*|"
    r"тіл(?:а|о|і|ами|ам|ах)?\b|погибш\w*|тел(?:а|о|ами|ам|ах)?\b|останк\w*"
)


_LIVING = cue(r"prisoner|\bpows?\b|полонен|пленн|військовополон|военнопленн")


def _about_the_dead(text: str) -> bool:
    """A sentence about repatriated bodies and no living prisoners."""
    return _DEAD.search(text) is not None and _LIVING.search(text) is None


def _led_by_the_dead(main: list[Sentence]) -> bool:
    """The headline and lede tell a return of bodies and name no living prisoners: the article
    is about the dead, and a swap it mentions is background."""
    title = [s for s in main if s.kind == TITLE][:1]
    # with no headline, the lede's second sentence tells the news too ("Відбулися репатріаційні
    # заходи. В Україну повернули 1000 тіл.")
    body = [s for s in main if s.kind == BODY][: 1 if title else _LEAD_SENTENCES]
    lead = title + body
    if not any(
        _about_the_dead(s.text)
        and lemmas.has(s.text, "body_noun")
        and (_swap_words(s.text) or lemmas.has(s.text, "handover_verb"))
        for s in lead
    ):
        return False
    # a lead that tells a swap of the living done ("з полону повернулися 35 військових")
    if any(
        _LIVING.search(s.text) or (not _about_the_dead(s.text) and _tells_done(s)) for s in lead
    ):
        return False
    # "Separately, 49 prisoners of war returned home": a swap of the living told next
    following = [s for s in main if s.kind == BODY][1:2]
    return not any(_LIVING.search(s.text) and _tells_done(s) for s in following)


def _unmasked(s: Sentence) -> Sentence:
    if "штаб" in s.text.lower() or "headquarters" in s.text.lower() or " hq" in s.text.lower():
        text = _AGENCY.sub(lambda m: "x" * len(m.group(0)), s.text)
        if text != s.text:
            return s._replace(text=text)
    return s


def extract_exchange(
    sentences: list[Sentence], ref: dt.date | None = None, work: str | None = None
) -> dict | None:
    """The exchange an article reports, or None when it says nothing about a prisoner swap.

    `ref` is the article's date: a sentence dated days before it tells of an earlier swap.
    `work` is the text the sentences were split from (for evidence spanning two sentences).
    The result carries `_picks`: field -> Pick (where each value came from, how sure)."""
    main = [s for s in sentences if s.kind in (BODY, TITLE)]
    if not any(_swap_topic(s.text) for s in main):
        return None
    main = [_unmasked(s) for s in main]
    # Repatriated bodies are not a prisoner exchange: sentences about the dead drop out.
    if _led_by_the_dead(main):
        return None  # "Russia handed over 1,000 bodies": a repatriation of the dead, no swap
    main = [s for s in main if not (_SWAP_WORDS.search(s.text) and _about_the_dead(s.text))]
    if not any(_swap_topic(s.text) for s in main):
        return None
    topical = [s for s in main if _is_topical(s.text)]
    # Sentences about an earlier swap or a running total say nothing about this one.
    # (or goes on with one, "По ее словам, ...": see _Current)
    current = _Current(main, ref)
    status_pick = _status(main, current)
    if status_pick is None:
        if not any(_swap_topic(s.text) and _EXCHANGE_NOUN.search(s.text) for s in topical):
            return None
        # an exchange is discussed, and nobody says it is under way: a guess, never published
        first = next(s for s in topical if _EXCHANGE_NOUN.search(s.text))
        m = _EXCHANGE_NOUN.search(first.text)
        status_pick = Pick("proposed", first, m.start(), m.end(), 0.4)
    # a deal struck days before ("agreed to conduct a swap ... in Istanbul on May 16"): dated
    # earlier, its sentence still tells the size, the framework and the status of a swap to come
    deal = [
        s
        for s in main
        if not _swapless(s.text) and s not in current and _deal_struck_before(s, ref)
    ]  # (a deal's sentence is topical: a swapless one is none)
    if status_pick.value in ("proposed", "negotiating"):
        # a swap the lead expects, which a passage says the sides agreed on (same formula)
        status_pick = _agreed_elsewhere(sentences, main) or status_pick
    if status_pick.confidence < 0.5:
        # nothing in the current copy says how far the swap has got (talks since the deal
        # would): the deal told days before does
        status_pick = _agreed_before(deal) or status_pick
    if status_pick.value == "completed" and _lead_tells_no_swap(main):
        # a court story whose ninth paragraph adds that some defendants were tried in absentia,
        # having since come home in a swap: a swap told only as the background of another
        # story, deep in it, is not this article's news; it goes to `uncertain`
        status_pick = status_pick._replace(confidence=min(status_pick.confidence, 0.45))
    status = status_pick.value
    agreed_in = [status_pick.sentence] if status_pick.sentence not in current else []
    related = [
        s
        for s in main
        if s in topical
        or _swap_words(s.text)
        or _bare_formula(s.text, _numbers(s.text))
        # "Украине выдали 215 человек": people handed to Ukraine, whatever the verb
        or any(_to_ukraine(s.text, n) for n in _numbers(s.text))
        # "Russia extradited 215 Ukrainians": Ukraine's people handed over, whatever the verb
        or _ours_handed_over(s.text)
    ]
    related = [s for s in related if s in current]
    if status != "completed":
        # a swap still to come: a sentence telling of a swap already done is about another one
        # so is a tally of people already freed ("1,596 citizens were freed from captivity"):
        # it sizes no swap still to come
        related = [s for s in related if not _tells_done(s) and not _freed_tally(s.text)]
    body_first = [s for s in related if s.kind == BODY] + [s for s in related if s.kind == TITLE]
    count, returned = _figures(body_first, status)
    if count is None:
        count = _same_number(main, returned)
    # a swap done under a deal struck days before ("the 1000-for-1000 deal agreed on 16 May"):
    # the deal's sentence, dated earlier, tells the size and the framework of this swap
    if status == "completed" and count is None and deal:
        count, _ = _figures(deal, "agreed")
        if count is not None:
            count = count._replace(confidence=min(count.confidence, 0.7))
    if status == "completed" and returned is None:
        background = [s for s in sentences if s.kind == BACKGROUND and _SWAP_WORDS.search(s.text)]
        _, returned = _figures(background, status, count_too=False)
        if returned is not None:
            returned = returned._replace(confidence=min(returned.confidence, 0.5))
    if status == "completed" and returned is None and count is not None:
        # "157 Russian servicemen came back; as many prisoners went to Kyiv in return": the
        # swap was even, so as many came home as its count
        returned = _mirrored(related, count)
    if status != "completed":
        returned = None
    if status == "completed" and _one_way_to_russia(main, returned or count):
        # Russia's people came home and the article never names a swap, prisoners or
        # captivity: a one-way return (residents evacuated from a border region), no swap
        return None
    home = returned  # who came home, before the other kinds of people are added
    if returned is not None and returned.sentence is not None:
        returned = _one_sides_share(returned, current)
        returned = _with_parts(returned, current, work)
    if count is not None and count.sentence is not None:
        count = _listed_kinds(count, home)
    if count is not None and _civilians_only(count, main, current):
        # "Russian servicemen came back ... and four civilians from the Belgorod region": the
        # civilians are a part of the swap, not its size
        count = count._replace(confidence=min(count.confidence, 0.45))
    if returned is not None and _civilians_only(returned, main, current):
        returned = returned._replace(confidence=min(returned.confidence, 0.45))
    if status == "completed":
        # "Первый этап, в ходе которого домой вернулись 240, ... уже прошёл" of a swap "по формуле
        # 500 на 500": the stage's figure is not the swap's size, the formula is
        count = _whole_of_stages(main, count, ref) or count
    if status == "completed" and work is not None and count is not None and returned is not None:
        returned = _formula_plus_more(count, returned, work)
    if count is not None and returned is not None and returned.value == 2 * count.value:
        # "Russia and Ukraine swap 150 POWs" beside "each sent back 75": both sides' total,
        # not who came home (a per-side count is never half of who came home)
        returned = count._replace(confidence=min(count.confidence, returned.confidence))
    if status == "completed" and work is not None:
        listed = _listed_sum(main, current, work)
        if listed is not None and (returned is None or returned.value < listed.value):
            returned = listed  # a figure below the list's sum is one of its parts
    # "returning about 200 soldiers home": no exact figure to publish, but an editor is shown
    # the approximation and its words (as an approximate strike figure is)
    approx = _approximate_returned(body_first) if status == "completed" and not returned else None
    return {
        "_approx": {"returned": approx} if approx else {},
        "count": count.value if count else None,
        "returned": returned.value if returned else None,
        "status": status,
        "mediators": _mediators(main + _aside_of_today(sentences, ref), ref),
        "framework": _framework(
            current.for_framework() + (deal if status == "completed" else []) + agreed_in, status
        ),
        "_picks": {"count": count, "returned": returned, "status": status_pick},
    }


# a sentence that goes on with the words of the one before: "According to her, ...", "По ее
# словам", "За його словами"
_GOES_ON = re.compile(
    r"\s*(?:according to (?:him|her|them)|(?:he|she|they) (?:added|said)|по (?:ее|её|его|их) "
    r"словам|за (?:її|його|їхніми|їх) словами|"
    # or with a time counted back from it: "A day earlier", "The day before", "Напередодні"
    r"(?:a|one|two|three|\w+) (?:days?|weeks?) (?:earlier|before)|the (?:day|week) before|"
    r"earlier that (?:day|week)|напередодні|накануне|дн[её]м ранее|за (?:день|тиждень|неделю) до "
    r"(?:того|цього|этого))(?!\w)",
    re.IGNORECASE,
)


_COUNTED_BACK = re.compile(
    r"\s*(?:(?:a|one|two|three) (?:days?|weeks?) (?:earlier|before)|the (?:day|week) before|"
    r"the previous (?:day|week)|напередодні|накануне|дн[её]м ранее|днем раньше|"
    r"за (?:день|тиждень|неделю) до (?:того|цього|этого))(?!\w)(?!\s+(?:the|a|an)?\s*"
    r"(?:exchange|swap|обм[іе]н))",
    re.IGNORECASE,
)


_PEOPLE_WORD = cue(
    r"\bukrainians\b|\brussians\b|\bcivilians\b|\bcitizens\b|українц\w*|росіян\w*|украинц\w*|"
    r"россиян\w*|цивільн\w*|гражданск\w*"
)


# return verbs that say something else: "brought down 14 drones", "returned fire"
_NOT_RETURN = cue(r"\b(?:brought|bring\w*|returned|returning) (?:down|up|fire|control)\b")


_SWAP_WORD = re.compile(r"^(?:swap|exchang|обм[іе]н)", re.IGNORECASE)


_SWAP_NOUN_FORM = re.compile(
    r"^(?:exchanges?|swaps?|обм[іе]н(?:у|ом|і|е|а|и|ы|ів|ов|ами|ам|ах)?)$", re.IGNORECASE
)


def _thing_swapped(text: str, start: int, end: int) -> bool:
    """A swap word whose object is a thing: "territory swap", "обмін територіями", "exchange
    of lists", "обмен разведданными"."""
    before = re.findall(r"[^\W\d_]+", text[max(0, start - 25) : start])[-1:]
    noun = _SWAP_NOUN_FORM.match(text[start:end]) is not None
    if noun and before and lemmas.has(before[0], "not_people_object"):
        return True  # (before a verb the word is no compound: "с предложением обменять его")
    return _things_exchanged(text, end)


@functools.lru_cache(maxsize=4096)
def _people_topic(text: str) -> bool:
    """The topic words of a swap of people: prisoners, captivity, or a swap word that does not
    swap things ("a territory swap" is no prisoner swap)."""
    for m in _TOPIC.finditer(text):
        if not _SWAP_WORD.match(m.group(0)) or not _thing_swapped(text, m.start(), m.end()):
            return True
    return False


def _people_swap_noun(text: str) -> bool:
    """An exchange or swap noun that does not swap things."""
    return any(not _thing_swapped(text, m.start(), m.end()) for m in _EXCHANGE_NOUN.finditer(text))


@functools.lru_cache(maxsize=4096)
def _swap_topic(text: str) -> bool:
    """A sentence about a prisoner swap: a word for prisoners or captivity, or an exchange of
    people ("an exchange of servicemen", "an all-for-all exchange"), not of fire or lists."""
    if _swapless(text) and _GOT_BACK_RE.search(text) is None:
        return False  # no topic, return or exchange word: only "got ... back" could tell one
    if _people_topic(text) or _HOME.search(text):
        return True
    if (
        (_coming_back(text) or _GOT_BACK_RE.search(text))
        and not _NOT_RETURN.search(text)
        and any(_prisoner_side(text, n) is not None for n in _numbers(text))
    ):
        return True  # "Вдалося повернути 103 наших захисників"
    m = _EXCHANGE_NOUN.search(text)
    if m is None or _things_exchanged(text, m.end()):
        return False
    return bool(
        _PRISONERS.search(text)
        or _HOME.search(text)
        or _FRAMEWORK_RE.search(text)
        or _PEOPLE_WORD.search(text)
        or _coming_back(text)
    )


_FORMULA = gated(
    r"(?:формул\w*|формат\w*|formula|format)\s+[\"'«“]?\s*\d[\d  ,.]*\s*(?:на|for|-for-)\s*\d",
    re.IGNORECASE,
)


def _swap_words(text: str) -> bool:
    """Words of a swap or a return: the listed cues, any form of a return, release or exchange
    verb of the vocabulary ("have traded 150 prisoners each"), or a swap's formula ("по формуле
    «600 на 600»")."""
    return (
        bool(_SWAP_WORDS.search(text))
        or lemmas.has(text, "return_verb")
        or _FORMULA.search(text) is not None
    )


_GOT_BACK_RE = gated(_GOT_BACK, re.IGNORECASE)
# an ordinal counts swaps over a span: "the 58th such exchange since the invasion", "51-й обмін
# від лютого 2022 року" (the sentence may still report this swap)
# where a "since" of a ranking ends: the point in time it counts from ("since the invasion
# began", "since 2022", "since January", "з початку війни", "с начала вторжения")
_SINCE_ANCHOR = (
    r"(?:began|begun|started|broke out|invasion|war|conflict|escalation|\d{4}|"
    rf"(?:{cw.month_alternation(cw.EN)})|вторгнення|вторжения|війни|войны|конфлікту|конфликта|року|"
    rf"года|(?:{cw.month_alternation(cw.UK_GEN, cw.RU_GEN)}))"
)
_ORDINAL_SPAN = gated(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
    r"\d+-?(?:й|я|е|ий|ый|ой))\s+(?:[\w'-]+\s+){0,3}?(?:since|з|із|від|с|со)\s+"
    r"(?:the\s+)?(?:start|beginning|початку|начала|full-scale|повномасштабного|\d{4})[^.,;]*|"
    # a superlative ranks this swap against the war's: "the largest since the invasion began",
    # "найбільший з початку війни", "крупнейший с 2022 года" (no running total)
    r"\b(?:largest|biggest|first|only|найбільш\w*|наймасштабніш\w*|крупнейш\w*|масштабнейш\w*|"
    r"самы\w+\s+(?:крупн|масштабн|больш)\w*)\s+(?:[\w'-]+\s+){0,3}?(?:(?:since|з|із|від|с|со)\s+"
    r"(?:[\w’'-]+\s+){0,5}?" + _SINCE_ANCHOR + r"|so far|to date|yet|ever|on record|до сих пор|"
    r"досі|наразі)(?!\w)",
    re.IGNORECASE,
)


# the tail of a ranking: "the largest swap [so far]", "65-й обмін [від початку вторгнення]"
_RANK_TAIL = re.compile(
    r"\b(?:largest|biggest|first|only|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|\d+(?:st|nd|rd|th)|\d+-?(?:й|я|е|ий|ый|ой)|найбільш\w*|наймасштабніш\w*|перш\w*|"
    r"крупнейш\w*|масштабнейш\w*|перв\w*|самы\w+\s+(?:крупн|масштабн|больш)\w*)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?P<tail>(?:since|з|із|від|с|со)\s+(?:[\w’'-]+\s+){0,5}?"
    + _SINCE_ANCHOR
    + r"(?:\s+(?:began|begun|started|broke out|почалася|почалось|началась|началось))?"
    r"|so far|to date|yet|ever|on record|до сих пор|досі|наразі)(?!\w)",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4096)
def _unranked(text: str) -> str:
    """The text with the tails of its rankings blanked, same length ("the largest swap so far",
    "the 58th since the start of the war"): they rank this swap, they total nothing and tell
    no event of their own ("since the invasion began")."""
    if not _RANKING_GATE.search(text):
        return text
    out = text
    for m in _RANK_TAIL.finditer(text):
        a, b = m.span("tail")
        out = out[:a] + " " * (b - a) + out[b:]
    return out


# what every ranking's tail holds, with the space before it and the break after it that
# _RANK_TAIL asks for ("ever" alone would let "every", "however" and "several" through)
_RANKING_GATE = re.compile(
    r"\s(?:since|з|із|від|с|со)\s|\s(?:so far|to date|yet|ever|on record|до сих пор|досі|наразі)"
    r"(?!\w)",
    re.IGNORECASE,
)

_EARLIER_DAYS = 3  # a swap dated more days than this before the article is an earlier one


def _dated_before(text: str, ref: dt.date | None) -> bool:
    """Whether the sentence names a calendar date days before the article's own date."""
    if ref is None or not any(map(str.isdigit, text)):
        return False
    days = [(ref - c.date).days for c in find_date_cues(text, ref) if c.explicit and c.date]
    # "On July 23, under the agreements reached on June 2, ...": the sentence is dated by its
    # own event's day; the earlier date belongs to what it refers to
    return any(d > _EARLIER_DAYS for d in days) and not any(d <= _EARLIER_DAYS for d in days)


# A past point named for a swap told as done: "last week", "earlier this month", "in August"
# (another month than the article's), "минулого тижня", "на прошлой неделе"
_PAST_POINT = cue(
    r"last (?:week|month)|earlier (?:this|last) (?:week|month)|earlier in (?:the )?(?:week|"
    rf"month|year|{cw.month_alternation(cw.EN)})\b|"
    r"a (?:week|month) ago|weeks ago|months ago|минулого (?:тижня|місяця)|"
    r"на минулому тижні|минулому місяці|на прошлой неделе|в прошлом месяце|"
    r"тиждень тому|місяць тому|неделю назад|месяц назад"
)
_EN_MONTHS = cw.month_forms(cw.EN)
_IN_MONTH = gated(r"\b(?:in|during|since) (" + "|".join(_EN_MONTHS) + r")\b", re.I)


def _done_before(s: Sentence, ref: dt.date | None) -> bool:
    """A sentence that tells of a swap already done at a point before this one ("last week
    150 came home", "a swap in August brought 115 home"): an earlier swap, unless it also
    names today or a weekday."""
    if s.kind != BODY or _swapless(s.text) or _now(s.text):
        return False  # (a swapless sentence tells no swap done: see _tells_done)
    named = _PAST_POINT.search(s.text) is not None
    if not named and ref is not None:
        named = any(
            _EN_MONTHS.index(m.group(1).lower()) + 1 != ref.month
            for m in _IN_MONTH.finditer(s.text)
        )
    return named and _tells_done(s)


def _formula_sizes(text: str) -> set[int]:
    """The per-side sizes of swap formulas a text names: "1000 на 1000", "150 for 150"."""
    nums = [n for n in _numbers(text) if not n.approx]
    return {
        a.value
        for a, b in itertools.pairwise(nums)
        if a.value == b.value and _PAIR_SHORT.match(text[a.end : b.start])
    }


def _whole_of_stages(main: list[Sentence], count: Pick | None, ref: dt.date | None) -> Pick | None:
    """A swap done in stages ("the first stage", "перший етап") whose whole is told as a
    formula ("500 на 500", "1,000 for 1,000"): the formula is the swap's size, and a stage's
    figure is not. A formula for the stage still to come ("наступний обмін ... 300 на 300")
    or one dated days before names no part of this swap."""
    if not any(lemmas.has(s.text, "stage_noun") for s in main):
        return None
    best: Pick | None = None
    for s in main:
        if s.kind != BODY or _NEXT_SWAP.search(s.text):
            continue
        if _dated_before(s.text, ref) or _done_before(s, ref):
            continue
        nums = [n for n in _numbers(s.text) if not n.approx]
        for a, b in itertools.pairwise(nums):
            if a.value != b.value or a.value < 2 or not _PAIR_SHORT.match(s.text[a.end : b.start]):
                continue
            if best is None or a.value > best.value:
                best = Pick(a.value, s, a.start, b.end, 0.7)
    if best is None or (count is not None and best.value <= count.value):
        return None
    return best


# an agreement reached, named by its noun: "the agreements reached in Istanbul", "досягнуті
# домовленості", "достигнутые договоренности"
_AGREEMENT_REACHED = cue(
    r"\b(?:agreements?|deal|accords?) (?:(?:that|which) (?:was|were) )?(?:reached|struck|agreed)\b|"
    r"(?:досягнут\w*|досягнен\w*) (?:\w+ )?(?:домовленост\w*|угод\w*)|"
    r"домовленост\w* (?:\w+ )?(?:досягнут\w*|досягнен\w*)|"
    r"(?:достигнут\w*) (?:\w+ )?(?:договоренност\w*|договорённост\w*|соглашени\w*)|"
    r"(?:договоренност\w*|договорённост\w*|соглашени\w*) (?:\w+ )?достигнут\w*"
)


def _agreed_elsewhere(sentences: list[Sentence], main: list[Sentence]) -> Pick | None:
    """An agreement on the swap the lead names by its formula ("1000 на 1000 ... може
    відбутися"), told in another passage, background included ("Нагадаємо, 16 травня сторони
    погодили обмін 1000 на 1000"): the swap is agreed."""
    lead = [s for s in main if s.kind == TITLE][:1] + [s for s in main if s.kind == BODY][:2]
    sizes = set().union(*(_formula_sizes(s.text) for s in lead)) if lead else set()
    if not sizes:
        return None
    for s in sentences:
        if s.kind not in (BODY, BACKGROUND):
            continue
        if not (_formula_sizes(s.text) & sizes):
            reached = _AGREEMENT_REACHED.search(s.text)
            if reached and not _tells_done(s) and not _set_in_past_year(s.text, None):
                # "work is under way to implement the agreements reached in Istanbul"
                return Pick("agreed", s, reached.start(), reached.end(), 0.65)
            continue
        if _tells_done(s):
            return None  # the formula's swap is told as done: no agreement still to carry out
        for offset, clause in _clauses(s.text):
            found = _clause_statuses(clause, _is_topical(s.text), False)
            if "agreed" in found and found["agreed"][2] == "agreed" and "stalled" not in found:
                start, end, _ = found["agreed"]
                return Pick("agreed", s, offset + start, offset + end, 0.7)
    return None


# a swap, a release or a return told as an event: not "captives", "prisoners of war", "полон"
_SWAP_EVENT = cue(
    r"exchang|swap|traded|обмін|обмен|обменя|обміня|releas|return|\bfree|liberat|repatriat|репатр|"
    r"повер|верну|возвращ|возвраща|освобод|освобожд|звільн|визвол|додому|домой|"
    r"hand(?:ed|s|ing)? over|handover|передал|передан|передав|\bhome\b|\bback\b"
)


def _lead_tells_no_swap(main: list[Sentence]) -> bool:
    """Whether the headline is about prisoners but neither it nor the first two body sentences
    name a swap, release or return: the story is about something else that befell them (a
    trial, their accounts), and a swap it tells further down is background. (A headline about
    something else altogether, page furniture or another story's, tells nothing here.)"""
    title = next((s for s in main if s.kind == TITLE), None)
    if title is None or not _is_topical(title.text):
        return False
    lead = [title, *[s for s in main if s.kind == BODY][:2]]
    return not any(_SWAP_EVENT.search(s.text) for s in lead)


def _agreed_before(deal: list[Sentence]) -> Pick | None:
    """The agreement a deal's sentence tells ("the two delegations agreed on May 16 to a
    large swap"), when the article tells no swap done and no more than talks or an
    offer since: the swap is agreed, still to be carried out."""
    for s in deal:
        for offset, clause in _clauses(s.text):
            found = _clause_statuses(clause, _is_topical(s.text), False)
            if "agreed" in found and found["agreed"][2] == "agreed" and "stalled" not in found:
                start, end, _ = found["agreed"]
                return Pick("agreed", s, offset + start, offset + end, 0.7)
    return None


def _deal_struck_before(s: Sentence, ref: dt.date | None) -> bool:
    """A sentence dated days before the article that tells a deal or talks on a swap, and no
    swap already done."""
    if s.kind != BODY or _earlier_swap(s.text) or not _dated_before(s.text, ref):
        return False
    if not (lemmas.has(s.text, "agree_word") or lemmas.has(s.text, "talks_noun")):
        return False
    return _is_topical(s.text) and not _tells_done(s)


def _tells_done(s: Sentence) -> bool:
    """Whether a clause of the sentence tells of a swap already done."""
    return any(
        "completed" in _clause_statuses(clause, _is_topical(s.text), s.kind == TITLE)
        for _, clause in _clauses(s.text)
    )


# "38 servicemen and three civilians", "150 захисників ... цивільні – 16": one figure for
# each kind of people who came home; returned is their sum (the labelling convention of real
# copy), quoted with both parts
_MILITARY = re.compile(
    r"^(?:soldiers?|servicem[ae]n|service|personnel|troops|defenders?|military|pows?|prisoners?|"
    r"captives|полонених|пленных|"
    r"warriors?|fighters|marines|sailors|військов\w*|захисник\w*|військовополонен\w*|бійц\w*|"
    r"воїн\w*|воин\w*|солдат\w*|оборонц\w*|прикордонник\w*|пограничник\w*|моряк\w*|морпіх\w*|"
    r"военнослужащ\w*|военн\w*|военнопленн\w*|защитник\w*|бойц\w*)$",
    re.IGNORECASE,
)
_CIVILIAN = re.compile(
    r"civilians?|цивільн\w*|гражданск\w*|мирн\w* (?:жител|мешканц|граждан|громадян)\w*", re.I
)
# women beside men or soldiers: "132 men and eight women", "80 військових і 5 жінок"
_WOMEN = re.compile(r"^(?:women|жін(?:ок|ки)|женщин\w*)$", re.I)
_MEN = re.compile(r"^(?:men|чоловік(?:ів|и)|мужчин\w*)$", re.I)
# what a sentence holds when _CIVILIAN or _WOMEN matches words taken from it
_CIVILIAN_STEM = Stems(
    "civilian|цивільн|гражданск|мирн|women|жін(?:ок|ки)|женщин|wounded|injured|поранен|ранен"
)
# the wounded beside the prisoners, joined by "and": "246 POWs and 31 wounded soldiers", "175
# військових і 22 поранених" are two groups (one holding the other would be "including")
_WOUNDED = re.compile(
    r"^(?:(?:severely|seriously|badly|gravely|heavily)\s+)?(?:wounded|injured)\b|"
    r"^(?:тяжко|важко|тяжело|тяжелo)?\s*(?:поранен\w*|ранен\w*|важкопоранен\w*|тяжелоранен\w*)",
    re.I,
)


def _kind_word(text: str, n: Num) -> str:
    """The noun a number counts, past its adjectives ("132 Ukrainian men" gives "men")."""
    words = [w for w in _WORD_RE.findall(text[n.end : n.end + 40])[:3] if w not in "\"'«»“”"]
    words = [w for w in words if not _PRISONER_SKIP.match(w) or _MILITARY.match(w)]
    return words[0] if words else ""


def _men(text: str, n: Num) -> bool:
    """Whether the number counts men (a kind of people women are added to)."""
    return _MEN.match(_kind_word(text, n)) is not None


def _second_kind(text: str, a: Num, b: Num) -> bool:
    """Whether b counts another kind of people than a, to be added to it: civilians beside
    soldiers or men, women beside soldiers or men."""
    if _CIVILIAN.search(_part_words(text, b)):
        return True
    if _WOUNDED.match(text[b.end :].lstrip()) and not _WOUNDED.match(text[a.end :].lstrip()):
        return True
    return _WOMEN.match(_kind_word(text, b)) is not None


# the first kind's noun (one or two words), then "and": "service personnel and", "військових і"
_AND = re.compile(
    r"^\s*(?:[\w'-]+,?\s+){1,3}?(?:and|та|і|й|и|а також|а также|as well as|plus)\s+$|"
    r"^\s*(?:[\w'-]+\s*){1,2}?,\s*$",
    re.IGNORECASE,
)
_ALSO = cue(
    r"\balso\b|\badditional\w*|\banother\b|\ba further\b|також|тоже|также|ще\b|еще\b|ещё\b|"
    r"додатково|дополнительно|окрім того|кроме того"
)
# another kind of people told as freed in the same swap: "Під час обміну з полону також
# звільнили 11 цивільних моряків", "as part of the swap, 14 civilians were returning"
_SAME_SWAP = cue(
    r"у результаті (?:цього )?обміну|в результате (?:этого )?обмена|в рамках (?:цього |этого )?"
    r"обм[іе]н(?:у|а)|в ході (?:цього )?обміну|в ходе (?:этого )?обмена|\bas part of the "
    r"(?:same )?(?:exchange|swap|deal)\b|\bin the same (?:exchange|swap)\b"
)
_ADDITIONAL = cue(r"\badditional\w*|\ba further\b|додатково|дополнительно")
_INCLUDED = cue(
    r"\bincluded\b|\bincluding\b|\bamong\b|серед|среди|в том числе|зокрема|з них|из них"
)
_SEPARATE = cue(r"separate\w*|окрем\w*|отдельн\w*")


def _part_words(text: str, n: Num) -> str:
    return " ".join(_WORD_RE.findall(text[n.end : n.end + 40])[:3])


def _with_parts(returned: Pick, current: _Current, work: str | None) -> Pick:
    """The returned figure plus the other kinds of people the text says came home with them:
    "38 servicemen and three civilians"; "150 захисників ... також повертаються цивільні –
    16"; "handed over an additional 22". A figure of people in general ("45 наших людей",
    "1,000 Ukrainians") already holds every kind, and a further stage is not another kind."""
    named = [s for s in current.main if _CIVILIAN_STEM.found(s.text)]
    for s in [returned.sentence, *(s for s in named if s in current)]:
        if not _CIVILIAN_STEM.found(s.text):
            continue  # no word for civilians: no second kind of people to add
        nums = [n for n in _numbers(s.text) if not n.approx]
        for a, b in itertools.pairwise(nums):
            # "20 гражданских и 185 военных": the civilians told first, the soldiers after
            civilians_first = bool(_CIVILIAN.search(_part_words(s.text, a))) and _military(
                s.text, b
            )
            if a.value != returned.value or not (
                _military(s.text, a) or _men(s.text, a) or civilians_first
            ):
                continue
            if _to_russia(s.text, a):
                continue  # "В Россию вернулись 140 военных и 12 гражданских": Russia's people
            if (
                _AND.match(s.text[a.end : b.start])
                and (_second_kind(s.text, a, b) or civilians_first)
                and (
                    _prisoner_side(s.text, b) in ("", "ua")
                    or (
                        _prisoner_side(s.text, b) is None
                        and _WOUNDED.match(s.text[b.end :].lstrip())
                    )
                )
            ):
                return Pick(a.value + b.value, s, a.start, b.end, returned.confidence)
    s = returned.sentence
    if work is None or s not in current:
        return returned
    # within the next few sentences (a breakdown of the first figure may come between)
    # (page furniture between them, "Try refreshing your browser", is not counted)
    near: list[Sentence] = []
    for t in current.following(s, 12):
        near.append(t)
        if sum(not _swapless(u.text) for u in near) >= 5 or len(near) - 5 >= 4:
            break
    nxt = next(
        (
            t
            for t in near
            if _ALSO.search(t.text) or _SAME_SWAP.search(t.text) or _WOUNDED_HANDED(t.text)
        ),
        None,
    )
    if nxt is None or _SEPARATE.search(nxt.text) or _CHILDREN.search(nxt.text):
        return returned
    if _INCLUDED.search(nxt.text):
        return returned  # "Five civilians were also included in the group": a part of it
    if not (
        _coming_back(nxt.text)
        or _HOME.search(nxt.text)
        or _WEAK_RETURN.search(nxt.text)
        or _received(nxt.text)  # "Ukraine also received 20 of its civilians"
    ):
        return returned
    parts = [
        n
        for n in _numbers(nxt.text)
        if not n.approx
        and (
            _prisoner_side(nxt.text, n) in ("", "ua")
            # "по четыре раненых": the wounded, named by the adjective alone
            or (
                _prisoner_side(nxt.text, n) is None
                and _WOUNDED.match(nxt.text[n.end :].lstrip()) is not None
            )
        )
        and not _to_russia(nxt.text, n)
        and not _EXCLUDE.search(nxt.text[max(0, n.start - 40) : n.start].replace("additional", ""))
    ]
    if len(parts) != 1:
        return returned
    part = parts[0]
    first = next((n for n in _numbers(s.text) if n.start == returned.start), None)
    other_kind = (
        first is not None
        and (
            (
                _military(s.text, first)
                and _CIVILIAN.search(nxt.text[max(0, part.start - 40) : part.end + 40])
            )
            # "175 на 175 ... Российская сторона передала также 14 тяжелораненых": the wounded
            # handed over beside the swap's prisoners (not "175 wounded ... and 22 wounded")
            or (
                _WOUNDED.match(nxt.text[part.end :].lstrip()) is not None
                and _WOUNDED.match(s.text[first.end :].lstrip()) is None
            )
        )
    )
    if not other_kind and not _ADDITIONAL.search(nxt.text):
        return returned
    both = Sentence(work[s.start : nxt.start + len(nxt.text)], s.start, s.line, s.kind)
    end = nxt.start - s.start + part.end
    return Pick(returned.value + part.value, both, returned.start, end, returned.confidence)


def _WOUNDED_HANDED(text: str) -> bool:
    """Whether the sentence tells wounded people handed over or sent home ("каждая из сторон
    передала ещё по шесть раненых", "22 wounded soldiers were also handed over")."""
    return bool(_WOUNDED_WORD.search(text)) and bool(
        _WEAK_RETURN.search(text) or _HOME.search(text) or _coming_back(text)
    )


_WOUNDED_WORD = cue(r"wounded|injured|поранен\w*|важкопоранен\w*|ранен\w*|тяжелоранен\w*")


def _one_sides_share(returned: Pick, current: _Current) -> Pick:
    """A figure of prisoners in general that the next lines break down by side ("the release of
    260 prisoners of war. Among them were 180 Ukrainian troops, 40 Russian troops
    ...") counts both sides: Ukraine's share is who came home."""
    s = returned.sentence
    if s not in current or _prisoner_side(s.text, _num_at(s, returned)) not in ("", None):
        return returned
    for t in [s, *current.following(s, 2)]:
        if not _INCLUDED.search(t.text):
            continue
        nums = [n for n in _numbers(t.text) if not n.approx and n.start != returned.start]
        sides = {n.start: _prisoner_side(t.text, n) for n in nums}
        ua = [n for n in nums if sides[n.start] == "ua"]
        ru = [n for n in nums if sides[n.start] == "ru"]
        if len(ua) == 1 and ru and ua[0].value + sum(n.value for n in ru) <= returned.value:
            return Pick(ua[0].value, t, ua[0].start, ua[0].end, returned.confidence)
    return returned


def _num_at(s: Sentence, pick: Pick) -> Num:
    return next((n for n in _numbers(s.text) if n.start == pick.start), _numbers(s.text)[0])


def _listed_kinds(count: Pick, home: Pick | None = None) -> Pick:
    """A count told as a list of kinds of people handed over on one side ("270 servicemen and
    120 civilians were handed over", "по 270 военнослужащих и 120 гражданских лиц"): the swap
    is their sum, on that side. Told of Russia's own people, the count stays uncertain."""
    text = count.sentence.text
    nums = [n for n in _numbers(text) if not n.approx]
    for a, b in itertools.pairwise(nums):
        if a.start != count.start or a.value != count.value:
            continue
        if not (_military(text, a) or _men(text, a)):
            return count
        if not (_AND.match(text[a.end : b.start]) and _second_kind(text, a, b)):
            return count
        if (
            _prisoner_side(text, a) == "ru"
            or _to_russia(text, a)
            or _RUSSIA_BROUGHT_BACK.search(text[max(0, a.start - 60) : a.start])
        ):
            # Russia's soldiers and its civilians: whether Moscow's count of a swap holds its
            # civilians, reports differ; neither reading is published, unless as many
            # soldiers came home to Ukraine ("В Россию вернулись 140 военных и 12 гражданских.
            # Украине передали 185 пленных"): both sides' soldiers' figures size the swap
            if home is not None and home.value == a.value:
                return count
            return count._replace(confidence=min(count.confidence, 0.45))
        if _prisoner_side(text, b) not in ("", _prisoner_side(text, a)):
            return count  # "55 Russian soldiers and 215 Ukrainians": the two sides
        return Pick(a.value + b.value, count.sentence, a.start, b.end, count.confidence)
    return count


def _civilians_only(returned: Pick, main: list[Sentence], current: _Current) -> bool:
    """Whether the returned figure counts only the civilians who came home while the text tells
    soldiers coming home too, with no figure joined to theirs ("Soldiers came home, and eight
    civilians"; "In addition, three civilians were returned"): only a part of the swap."""
    s = returned.sentence
    if s is None:
        return False
    if len(_numbers(s.text[returned.start : returned.end])) > 1:
        return False  # a sum of kinds ("20 гражданских и 185 военных") holds the soldiers
    num = next((n for n in _numbers(s.text) if n.start == returned.start), None)
    # the number's own noun or the adjective before it: "three civilians", "восьмеро цивільних"
    if num is None or not _CIVILIAN.search(" ".join(_WORD_RE.findall(s.text[num.end :])[:2])):
        return False
    if _MILITARY_HOME.search(s.text[: num.start]):
        return True  # "the return of 157 soldiers and three civilians": the soldiers' side
    return any(
        t.kind != TITLE and _MILITARY_HOME.search(t.text) and completed_return(t.text)
        for t in main
        if t in current  # soldiers of earlier swaps ("have swapped thousands") say nothing
    )


# soldiers named as coming home: "військові", "servicemen", "военнослужащие"
_MILITARY_HOME = re.compile(
    r"(?<!\w)(?:soldiers|servicem[ae]n|troops|defenders|prisoners of war|pows|військов(?:і|их)|"
    r"захисник(?:и|ів)|військовослужбовц\w*|военнослужащ\w*|военн(?:ые|ых)|"
    r"військовополонен\w*|военнопленн\w*)(?!\w)",
    re.IGNORECASE,
)


def _formula_plus_more(count: Pick, returned: Pick, work: str) -> Pick:
    """A swap told by its formula ("175 на 175") and more who came home besides ("Ещё 22
    защитника возвращаются домой", "an additional 22"): the number who came home is the sum."""
    if returned.sentence is None or count.sentence is None or returned.value >= count.value:
        return returned
    if count.value not in _formula_sizes(count.sentence.text):
        return returned
    before = re.split(r"[,;:]", returned.sentence.text[: returned.start])[-1][-30:]
    if not (_MORE_BESIDES.search(before) and count.sentence.start < returned.sentence.start):
        return returned
    a, b = count.sentence, returned.sentence
    both = Sentence(work[a.start : b.start + len(b.text)], a.start, a.line, a.kind)
    end = b.start - a.start + returned.end
    return Pick(count.value + returned.value, both, count.start, end, returned.confidence)


# more people besides: "Ещё 22", "ще 22", "an additional 22", "a further 22", "another 22"
_MORE_BESIDES = cue(
    r"\badditional\b|\ba further\b|\banother\b|(?<!\w)(?:ще|еще|ещё|додатково|дополнительно)"
    r"(?!\w)"
)


# an item of a list: "- 51 представника ЗСУ,", "• 29 National Guardsmen"
_LIST_ITEM = re.compile(r"^\s*(?:[-–—•*·]\s*)?(?=\d)")


def _listed_sum(main: list[Sentence], current: _Current, work: str) -> Pick | None:
    """Who came home, told as a list of kinds after a colon ("вдалося повернути: - 51
    військового, - 29 нацгвардійців, ..."): returned is the sum of the list's figures."""
    for i, s in enumerate(main):
        if not s.text.rstrip().endswith(":") or s.kind != BODY:
            continue
        if not (_tells_done(s) or completed_return(s.text)):
            continue  # the list's people are the ones a return verb before the colon tells
        if s not in current:
            continue
        items: list[tuple[Sentence, Num]] = []
        for t in main[i + 1 :]:
            if t.kind != BODY or not _LIST_ITEM.match(t.text):
                break
            nums = _numbers(t.text)
            if not nums or nums[0].approx or t.text[: nums[0].start].strip(" -–—•*·"):
                break
            items.append((t, nums[0]))
        people = [n for t, n in items if _prisoner_side(t.text, n) in ("", "ua")]
        if len(items) < 2 or len(people) * 2 < len(items):
            continue  # a list of what, then? at least half its items must count people
        last, n = items[-1]
        both = Sentence(work[s.start : last.start + len(last.text)], s.start, s.line, s.kind)
        first, m = items[0]
        total = sum(n.value for _, n in items)
        return Pick(total, both, first.start - s.start + m.start, last.start - s.start + n.end, 0.8)
    return None


def _military(text: str, n: Num) -> bool:
    """Whether the number counts soldiers or prisoners of war (not people in general)."""
    words = [w for w in _WORD_RE.findall(text[n.end : n.end + 40])[:3] if w not in "\"'«»“”"]
    words = [w for w in words if not _PRISONER_SKIP.match(w) or _MILITARY.match(w)]
    return bool(words) and _MILITARY.match(words[0]) is not None


def _same_number(sentences: list[Sentence], returned: Pick | None) -> Pick | None:
    """'As many Russians went back': the per-side count equals the figure named beside it."""
    for s in sentences:
        m = _SAME_NUMBER.search(s.text)
        if m:
            nums = [n for n in _numbers(s.text) if not n.approx]
            if nums:
                return Pick(nums[0].value, s, nums[0].start, nums[0].end, 0.7)
            if returned is not None:
                return returned._replace(confidence=min(returned.confidence, 0.7))
            return None
    return None


def _mirrored(related: list[Sentence], count: Pick) -> Pick | None:
    """The count again as the number who came home, when a sentence about this swap says the
    other side got the same number and the sentence names Ukraine or Ukrainians as the ones who
    got them ("Столько же пленных переданы Киеву", "a matching number of Ukrainian soldiers");
    "each side exchanged an equal number" says nothing of who came home."""
    if count.sentence is None or count.value > _LARGEST_SWAP:
        return None
    for s in related:
        m = _SAME_NUMBER.search(s.text)
        if m is None or _WISH.search(s.text):
            continue
        clause = re.split(r"[.;:]", s.text[m.start() :])[0]
        before = re.split(r"[.;:,]", s.text[: m.start()])[-1]
        if _UKRAINE_SIDE.search(clause) or _UKRAINE_SIDE.search(before):
            # "Россия вернула 150 своих военных и отдала Киеву столько же": as many as
            # the figure the sentence itself gives (a stage of a larger deal counts its own)
            own = [n for n in _numbers(re.split(r"[.;:]", s.text[: m.start()])[-1]) if not n.approx]
            if own and s is not count.sentence:
                offset = s.text[: m.start()].rfind(re.split(r"[.;:]", s.text[: m.start()])[-1])
                n = own[-1]
                conf = min(count.confidence, 0.7)
                return Pick(n.value, s, offset + n.start, offset + n.end, conf)
            return count._replace(confidence=min(count.confidence, 0.7))
    return None


# Ukraine or its people named: "to Kyiv", "Украине", "Ukrainian soldiers"
_UKRAINE_SIDE = cue(r"ukrain\w*|kyiv|kiev|україн\w*|украин\w*|киев\w*|києв\w*|всу|зсу")


# "earlier" dating the report, not the swap: "Ранее в ведомстве сообщили, что ...", "earlier on
# Saturday the ministry said"
_REPORTED_EARLIER = cue(
    r"(?:раніше|ранее|earlier)\s+(?:[\w'-]+\s+){0,4}?(?:повідом\w*|сообщ\w*|заяви\w*|заявл\w*|"
    r"сказа\w*|говори\w*|інформу\w*|информир\w*|писал\w*|said|told|reported|announced|"
    r"confirmed|stated)"
)


# how long people have been held: "у полоні з 2014 року", "in captivity since 2014", "held
# since 2022": a span of captivity, which totals no swaps
_HELD_SINCE = gated(
    r"(?:captiv\w*|held|detained|полон[іу]|плену|плена|неволі|неволе|утриму\w*|удержива\w*)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:since|з|із|с|от|від)\s+(?:(?:the\s+)?(?:start|beginning)\s+of\s+)?"
    r"(?:19|20)?\d\d(?:-(?:го|й|ого))?(?:\s*(?:року|года|р\.|г\.))?|"
    # how long they were held or besieged: "trapped for months inside the plant", "held for
    # more than two years", "були в полоні понад три роки", "в плену более года"
    r"\b(?:held|holed up|detained|imprisoned|jailed|kept|trapped|besieged|in captivity)\s+"
    r"(?:[\w'-]+\s+){0,2}?for\s+(?:more than\s+|over\s+|nearly\s+|almost\s+|about\s+)?"
    r"(?:[\w-]+\s+)?(?:days|weeks|months|years)\b|"
    r"(?:(?:в|у)\s+(?:полоні|плену|неволі|неволе))\s+(?:понад|більше|майже|почти|более|около|"
    r"свыше)?\s*(?:\d+|[\w'-]+)?\s*(?:рок\w*|років|лет|года?|місяц\w*|месяц\w*)",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4096)
def _earlier_swap(text: str) -> bool:
    """A sentence about an earlier swap or a running total, unless it also dates itself to now."""
    # "98 freed over the past week" totals a period; "its 11th exchange this year" only counts
    # swaps, and the sentence may still report this one
    counted = _EVENT_PERIOD.sub(" ", text) if _EVENT_PERIOD.search(text) else text
    if _HELD_SINCE.search(counted):
        counted = _HELD_SINCE.sub(" ", counted)  # "holed up for months": no period's tally
    for m in reversed(list(_REPORTED_EARLIER.finditer(text))):
        text = text[: m.start()] + " " + text[m.end() :]
    if _HELD_SINCE.search(text):
        text = _HELD_SINCE.sub(" ", text)  # how long people were held, not a running total
    text = _ORDINAL_SPAN.sub(" ", text)
    earlier = (
        bool(_EARLIER_SWAP.search(text))
        or period_total(counted)
        or _total_so_far(text)
        or (_TOTAL_WORD.search(text) is not None and _tally(text))
    )
    return earlier and not _now(text)


# "a total of 84 returned home" is this swap's figure; "a total of 5,000 have come home" (a
# perfect with no word for today) or "... since 2022" is a running total
_TOTAL_OF = cue(r"\ba total of\b")
_TOTAL_BEFORE = re.compile(r"\btotal of\s*$", re.IGNORECASE)
_PERFECT = cue(
    r"\b(?:have|has|had|'ve)\s+(?:now\s+|finally\s+)?(?:been|returned|come|got|gotten|freed|"
    r"brought|released|exchanged|swapped|traded|secured|managed)\b"
)


# one swap named by its article or day: "in an exchange", "in Saturday's swap", "у цьому обміні"
_ONE_SWAP_NAMED = cue(
    r"\b(?:an?|the|this|today's|\w+day's)\s+(?:[\w-]+\s+){0,2}?(?:exchange|swap)\b(?!s)|"
    r"(?:цього|цим|этого|этим|цьому|этом)\s+обм[іе]н\w*"
)


def _tally(text: str) -> bool:
    """Whether a sentence with a total word ("in total", "всього") tallies more than one swap:
    a perfect with no swap of its own named ("have been freed in total"), "already", or a figure
    larger than one swap brings or rounded in thousands."""
    if _PERFECT.search(text) and not _ONE_SWAP_NAMED.search(text):
        return True
    if _ALREADY.search(text):
        return True
    return any(
        n.value > _LARGEST_SWAP or (n.approx and n.value >= 1000) for n in _numbers(text)
    ) or bool(_THOUSANDS.search(text))


_ALREADY = cue(r"\balready\b|уже|вже")


def _total_so_far(text: str) -> bool:
    """A "total of" told as a running tally: in a perfect, or with a span or a count of swaps,
    unless the sentence names the one swap it totals ("a total of 84 had been released in an
    exchange mediated by ...")."""
    return (
        _TOTAL_OF.search(text) is not None
        and _PERFECT.search(text) is not None
        and _ONE_SWAP_NAMED.search(text) is None
    )


def _running_total_at(text: str, n: Num) -> bool:
    """The number follows "total of" in a sentence that tallies more than this swap."""
    if not _TOTAL_BEFORE.search(text[max(0, n.start - 20) : n.start]):
        return False
    if _HELD_SINCE.search(text):
        text = _HELD_SINCE.sub(" ", text)  # how long people were held is no period's tally
    if _EARLIER_SWAP.search(text) or period_total(text):
        return True
    return _total_so_far(text) and not _now(text)


_EVENT_PERIOD = gated(
    r"(?:exchange|swap|обмін|обмен|раунд|round)\w*\s+(?:[\w-]+\s+){0,4}?"
    r"(?:this|that|за|цього|этого|в этом|у цьому)\s+(?:year|week|month|рік|році|тиждень|тижні|"
    r"місяць|місяці|год|году|неделю|неделе|месяц|месяце)|"
    # an ordinal counts swaps: "the fourth this year", "the 11th such swap this month"
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
    r"\d+-?(?:й|я|е|ий|ый|ой))\s+(?:[\w'-]+\s+){0,3}?(?:this|цього|этого|в этом|у цьому)\s+"
    r"(?:year|week|month|рок\w*|році|тижн\w*|місяц\w*|году|недел\w*|месяц\w*)|"
    # "the first exchange in months", "перший подібний обмін за чотири місяці": a comparison
    r"\b(?:first|largest|biggest|перш\w*|перв\w*|найбільш\w*|крупнейш\w*)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:in|for|за)\s+(?:[\w'-]+\s+)?(?:months?|years?|weeks?|місяц\w*|рок\w*|тижн\w*|месяц\w*|"
    r"год\w*|лет|недел\w*)",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4096)
def _is_topical(text: str) -> bool:
    if _swapless(text):
        return False
    return bool(
        _people_topic(text)
        or _HOME.search(text)
        or _people_swap_noun(text)
        or _FRAMEWORK_RE.search(text)
    )


# Exchange verbs say how many were swapped (often both sides together), not who came home
_SWAP_LEMMAS = lemmas_of("exchange_verb")


def _approximate_returned(sentences: list[Sentence]) -> Pick | None:
    """The first figure of people given only roughly ("about 200 soldiers", "nearly two hundred
    defenders") in a sentence that tells them coming home; never a running total or the dead."""
    for s in sentences:
        text = s.text
        if not (_coming_back(text) or _HOME.search(text)):
            continue  # "came home", "returned", "freed": people coming back, not a plan
        for n in _numbers(text):
            if not n.approx or n.value < 2 or n.value > _LARGEST_SWAP:
                continue
            if _prisoner_side(text, n) not in ("ua", ""):
                continue  # a number of something else, or of Russia's people
            if _BODIES.search(text[max(0, n.start - 20) : n.start]) or _running_total_at(text, n):
                continue
            return Pick(n.value, s, n.start, n.end, 0.5)
    return None


def _coming_back(text: str) -> bool:
    """A return, release or liberation verb ("liberate", "визволили"), not an exchange verb."""
    return any(not t.lemmas & _SWAP_LEMMAS for t in lemmas.find(text, "return_verb"))


# how far a returned figure is trusted, by the strength of the return words around it
# more people than any one swap has brought home (1,000 a side at most so far): such a figure
# told with no swap of its own is a tally across swaps
_LARGEST_SWAP = 1200
_ALSO_PART = cue(r"\balso\b|\bas well\b|також|также|тоже|теж")
_RETURNED_CONFIDENCE = {3: 0.9, 2: 0.8, 1: 0.65}


def _figures(
    sentences: list[Sentence], status: str, *, count_too: bool = True
) -> tuple[Pick | None, Pick | None]:
    ranked = count_too  # in background passages the first figure is the one meant
    count: Pick | None = None
    pairs: list[Pick] = []  # per-side figures: "150 for 150", "84 each"
    returned: tuple[int, Pick] | None = None  # (strength, pick)
    russian_returned: Pick | None = None
    russian_civilians = False  # whether russian_returned counts civilians
    in_return: list[Pick] = []  # "в обмен передали 90": what the other side got for them
    people: list[Pick] = []  # every figure of people, to tell two sides' equal figures
    # figures of Ukraine's own people anywhere in the passage ("215 Ukrainians", "108 украинских
    # пленных"), to tell a swap of unequal sides
    ours = [
        n.value
        for s in sentences
        for n in _numbers(s.text)
        if not n.approx and _prisoner_side(s.text, n) == "ua"
    ]
    # a figure told somewhere as a part of a larger group ("23 women among the POWs", "there
    # were 23 such people among the freed") is that part wherever it is repeated
    parts_elsewhere = {
        n.value
        for s in sentences
        for n in _numbers(s.text)
        if n.value > 1 and _SUBSET_AFTER.search(s.text[n.end : n.end + 60])
    }
    for s in sentences:
        text = s.text
        nums = [n for n in _numbers(text) if not n.approx]
        # "189 prisoners, including soldiers, border guards and two civilians, were freed":
        # a number inside the list that follows "including" is a part of the figure before it
        nums = [
            n
            for k, n in enumerate(nums)
            if not (k and _INCLUDING_LIST.search(text[nums[k - 1].end : n.start]))
        ]
        bare = _bare_formula(text, nums)
        # "Украине передали 185 пленных": people handed to Ukraine came home, whatever the verb
        if not (
            _swap_words(text)
            or bare
            or any(_to_ukraine(text, n) for n in nums)
            or _ours_handed_over(text)
        ):
            continue
        if _AGE_WORD.search(text):
            # "120 Ukrainians aged 20 to 61 came home": ages count no one, and must not cut
            # the words of the figure before them short
            nums = [n for n in nums if not _age(text, n)]
        sides = {n.start: _prisoner_side(text, n) for n in nums}
        for n in nums:
            # "exchanged for our five": our people, the noun left out
            if (
                sides[n.start] is None
                and _OURS_ELIDED.search(text[max(0, n.start - 20) : n.start])
                and not re.match(r"\s*\w", text[n.end : n.end + 3].lstrip("\"'”»"))
            ):
                sides[n.start] = "ua"
        received: set[int] = set()  # "swapped 55 POWs for 215 Ukrainians": the 215 came home
        for n in nums:
            if sides[n.start] is not None:
                people.append(Pick(n.value, s, n.start, n.end, 0.8))
            after = re.split(r"[,;:]", text[n.end : n.end + 50])[0]
            if (
                _IN_RETURN.search(text[max(0, n.start - 40) : n.start]) or _IN_RETURN.search(after)
            ) and not _received(text[max(0, n.start - 40) : n.start]):
                # "In return, Ukraine received 277": the teller's own people, not the other side's
                in_return.append(Pick(n.value, s, n.start, n.end, 0.8))
        for a, b in itertools.pairwise(nums):
            between = text[a.end : b.start]
            short = _PAIR_SHORT.match(between) or _PAIR_MID.match(between)
            # "swapped 55 POWs ... for 215 Ukrainians": the swap verb before or between them
            long = _PAIR_LONG.match(between) and (
                _PAIR_SWAP.search(between)
                or _PAIR_SWAP.search(re.split(r"[.;:]", text[max(0, a.start - 60) : a.start])[-1])
            )
            if (short and (_PAIR_SWAP.search(text) or bare)) or (
                long and (sides[a.start] is not None or sides[b.start] is not None)
            ):
                if a.value == b.value and a.value == 1 and a.words:
                    pass  # "a one-for-one exchange": equal sides, no figure
                elif a.value == b.value:
                    pairs.append(Pick(a.value, s, a.start, b.end, 0.9))
                elif (
                    long
                    and count is None
                    and status != "completed"
                    and None not in (sides[a.start], sides[b.start])
                ):  # "500 Ukrainians for 300 Russians"; never a day of the month before it
                    ua = b if sides[b.start] == "ua" else a
                    count = Pick(ua.value, s, ua.start, ua.end, 0.7)
                elif long and status == "completed" and sides[b.start] == "ua":
                    received.add(b.start)
        for i, n in enumerate(nums):
            side = sides[n.start]
            if side == "" and _to_russia(text, n):
                side = "ru"  # "two civilians ... have returned to Russia": Russia's people
            if side == "" and _after_russians(text, nums, i, sides):
                side = "ru"  # "В Россию вернулись 140 военных и 12 гражданских": one list
            if side == "" and _RUSSIA_RECEIVED.search(text[max(0, n.start - 60) : n.start]):
                side = "ru"  # "In return, Russia has received 55 prisoners": Russia's people
            brought_back = side == "" and bool(
                _RUSSIA_BROUGHT_BACK.search(text[max(0, n.start - 60) : n.start])
            )
            if brought_back:
                side = "ru"  # "Россия вернула 110 человек": Moscow brought back its own
            # "Россия вернула 95 человек, Украина — 93": the verb left out after Ukraine's
            # name is the one Russia's figure had, so the 108 came home to Ukraine
            gapped = (
                side is None
                and _GAPPED_UKRAINE.search(text[max(0, n.start - 20) : n.start]) is not None
                and _RUSSIA_BROUGHT_BACK_FIGURE.search(text[: n.start]) is not None
            )
            if gapped:
                side = "ua"
            if side is None:
                if _OTHER_NOUN_AFTER.match(text, n.end):
                    continue  # "each side sent 12 negotiators": a count of something else
                if _EACH_SIDE_AT.search(text[max(0, n.start - 40) : n.start]):
                    pairs.append(Pick(n.value, s, n.start, n.end, 0.85))  # "by each side at 230"
                elif _EACH_AFTER.match(text, n.end) and _PAIR_SWAP.search(
                    text[max(0, n.start - 40) : n.start]
                ):
                    pairs.append(Pick(n.value, s, n.start, n.end, 0.8))  # "swapped 103 each"
                continue
            # the words that belong to this number: up to its neighbours, at most 100 characters
            lo = max(nums[i - 1].end if i else 0, n.start - 100)
            # "52 servicemen and three civilians had been returned": a list shares its verb
            j = i + 1
            while j < len(nums) and _AND.match(text[nums[j - 1].end : nums[j].start]):
                j += 1
            hi = min(nums[j].start if j < len(nums) else len(text), nums[j - 1].end + 100)
            if _INCLUDING_AFTER.search(text[nums[j - 1].end : hi]):
                # "189 Ukrainian prisoners, including soldiers, border guards ... and two
                # civilians, were released": the verb comes after the list
                hi = min(nums[j].start if j < len(nums) else len(text), nums[j - 1].end + 220)
            local = text[lo:hi]
            if _BODIES.search(text[max(0, n.start - 20) : n.start]):
                continue  # "the bodies of 4,500 fallen soldiers": repatriated dead, not prisoners
            if _running_total_at(text, n):
                continue  # "a total of 5,000 have come home since 2022"
            window = _unranked(text)[max(0, n.start - 40) : n.start + 1]
            if _TOTAL_WORD.search(window) and (_tally(text) or _EACH.search(text[: n.start])):
                continue  # "in total, 5,000 have come home"; "по 84, в общей сложности 168"
            if _EXCLUDE.search(window) or _SUBSET_AFTER.search(text[n.end : n.end + 60]):
                continue  # "including 12 civilians", "Six civilians were also included"
            if n.value == 1 and _ONE_OF.match(text, n.end):
                continue  # "один із звільнених сказав": one person of a group, not a figure
            stall = lemmas.find(text[max(0, n.start - 40) : n.start], "stall_verb")
            if stall and not _EXCHANGE_NOUN.search(text[n.start - 40 + stall[-1].end : n.start]):
                continue  # "refused to include 52 wounded soldiers": not what the swap holds
            if _EACH.search(text[max(0, n.start - 35) : n.end + 30]) or _BY_EACH_SIDE.match(
                text, n.end
            ):
                pairs.append(Pick(n.value, s, n.start, n.end, 0.85))
            # a list shares its words: "38 soldiers and three civilians were brought back to
            # Ukraine" tells both parts' return alike
            h = i
            while h > 0 and _AND.match(text[nums[h - 1].end : nums[h].start]):
                h -= 1
            first = nums[h]
            near = text[max(lo if h == i else 0, first.start - 40) : min(hi, nums[j - 1].end + 60)]
            # "Киеву были переданы 215 человек": handed to Kyiv, home (a list shares its verb:
            # "150 soldiers and 40 civilians were transferred to the Ukrainian side")
            to_ukraine = any(_to_ukraine(text, nums[k]) for k in range(h, j))
            if (_HOME_WORDS.search(near) and ranked) or to_ukraine:
                strength = 3
            elif _STRONG_RETURN.search(local) or _coming_back(local) or n.start in received:
                strength = 2
            elif _WEAK_RETURN.search(local) or _received(local) or _handed_over(local):
                strength = 1
            else:
                strength = 0
            if count_too and count is None and status != "completed" and _swap_near(local):
                # the planned number, whichever side it counts, told with the swap or a return
                # ("Ukraine holds 1,500 Russian soldiers captive" sizes no swap)
                count = Pick(n.value, s, n.start, n.end, 0.75 if s.kind != TITLE else 0.65)
            if gapped:
                strength = max(strength, 2)
            if strength and _REFUSED_AFTER.match(text, n.end):
                strength = 0  # "two women refused to return to Ukraine": they stayed
            if strength and _not_yet(text[max(lo, n.start - 60) : n.start]):
                strength = 0  # "wants the next swap to return 1,000": a wish, not who came home
            if strength and _future_return(text, n):
                strength = 0  # "Ещё по 250 человек обе стороны освободят в пятницу"
            if strength and n.value > _LARGEST_SWAP and not _ONE_SWAP.search(text):
                strength = 0  # "вдалося повернути 6422 людей": a tally of every swap
            # "Освободили также 24 моряков": one more part of a group told before, not the whole
            also = re.split(r"[,;:]", text[max(lo, n.start - 40) : n.start])[-1]
            part = _ALSO_PART.search(also)
            if part and _SIDE_BEFORE.search(also[: part.start()]):
                part = None  # "Украина также получила ...": a side compared with the other
            if side == "ru":
                # Russia's civilians ("three civilians from the Kursk region") are a part of
                # the swap beside its soldiers: the swap's size only when no soldiers are counted
                civilians = bool(_CIVILIAN.search(_part_words(text, n)))
                strength = strength or (2 if brought_back else 0)  # "Росія забрала 200 своїх"
                if strength and (russian_returned is None or (russian_civilians and not civilians)):
                    russian_returned = Pick(n.value, s, n.start, n.end, 0.45)
                    russian_civilians = civilians
                continue
            if strength and (returned is None or strength > returned[0]):
                conf = _RETURNED_CONFIDENCE[strength] - (0.1 if s.kind == TITLE else 0.0)
                if part or n.value in parts_elsewhere or _most_of(text, n):
                    conf = min(conf, 0.5)
                returned = (strength, Pick(n.value, s, n.start, n.end, conf))
    if status == "completed":
        # "наступний обмін може пройти за формулою 250 на 250": the next swap's formula, not
        # the size of the one told as done
        # nor one expected ("новый обмен ожидается уже завтра — «двести на двести»")
        pairs = [
            p
            for p in pairs
            if not _NEXT_SWAP.search(p.sentence.text) and not _not_yet(p.sentence.text[: p.start])
        ]
    paired = pairs[0] if pairs else None
    if count is not None and paired is not None and count.value == 2 * paired.value:
        count = paired  # "314 prisoners" in all, "157 for 157": the swap is 157 a side
    if count is None and pairs:
        # a first stage of a larger deal: "freeing 390 each, of 1,000 each agreed"; but both
        # sides' equal figures for this swap ("300 вернулись ... Взамен переданы 300") size it
        if status == "completed" and returned and returned[1].confidence > 0.5:
            handed = [p for p in in_return if p.value == returned[1].value]
            same = [p for p in people if p.value == returned[1].value]
            if handed and len(same) >= 2:
                count = handed[0]
            else:
                count = max(pairs, key=lambda p: p.value)._replace(confidence=0.6)
        else:
            count = paired
    value = returned[1] if returned else None
    if status == "completed":
        # a part told beside the formula ("also handed over 22 wounded", held back as a part)
        # does not stand for who came home: the formula does, and the part is added to it
        part_only = value is not None and value.confidence <= 0.5 and paired is not None
        if (value is None or part_only) and paired is not None and not _agreed_size(paired):
            value = paired._replace(confidence=0.7)
        if count is None and value is not None:
            # "вернула 90 ... В обмен передали 90": both sides' figures agree, the swap's size
            same = [p for p in people if p.value == value.value]
            if len(same) >= 2:
                count = next((p for p in in_return if p.value == value.value), None)
        if count is None and russian_returned is not None and value is not None:
            # the other side's figure is the swap's size only when both sides' figures agree
            # a headline repeating the body's one figure is not the other side's figure
            same = russian_returned.value == value.value and value.sentence.kind != TITLE
            count = russian_returned._replace(confidence=0.8 if same else 0.45)
        if count is None and value is None and russian_returned is not None:
            # a swap told only from Russia's side ("возвращены 50 российских военнослужащих"):
            # the figure of Russians brought back is the swap's size; who came home to
            # Ukraine is not said; a figure of Ukraine's own people that differs from it
            # ("Russia extradited 215 Ukrainians ... 87 handed over to Russia") tells a swap
            # of unequal sides, whose size no one figure gives
            uneven = any(v != russian_returned.value for v in ours)
            count = russian_returned._replace(confidence=0.45 if uneven else 0.7)
    return (count if count_too else None), value


# a side named as the subject right before "also": "Украина также получила", "Ukraine also got"
_SIDE_BEFORE = cue(r"(?:ukraine|kyiv|україна|украина|київ|киев)\s+$")
# "most of those freed": what follows is a part of the group, not the whole
_MOST = cue(r"\bmost of\b|\bthe majority\b|більшість|большинство|большая часть|більша частина")
_OF_BEFORE = re.compile(r"(?:\bof|(?<!\w)(?:із|з|зі|из))\s+(?:the\s+)?$", re.IGNORECASE)


def _most_of(text: str, n: Num) -> bool:
    """Whether the number counts the larger part of a group told in its clause ("Більшість
    повернутих — чоловіки (225 людей)", "most of them, 150 soldiers"); not the group itself
    ("most of the 200 freed")."""
    clause = re.split(r"[.;:]", text[max(0, n.start - 60) : n.start])[-1]
    return _MOST.search(clause) is not None and _OF_BEFORE.search(clause) is None


# the swap or stage still to come after the one told: "the next exchange", "наступний етап"
_NEXT_SWAP = cue(
    r"\b(?:next|upcoming)\s+(?:[\w-]+\s+)?(?:exchange|swap|stage|phase|round)\b|"
    r"(?<!\w)(?:наступн\w*|следующ\w*)\s+(?:[\w'-]+\s+)?"
    r"(?:обмін\w*|обмен\w*|етап\w*|этап\w*)(?!\w)"
)


def _after_russians(text: str, nums: list[Num], i: int, sides: dict[int, str | None]) -> bool:
    """Whether nums[i] follows, in one list joined by "and", a figure of Russia's people ("880
    Russian servicemen and 120 civilians", "to Russia came 185 soldiers and 20 civilians")."""
    k = i
    while k > 0 and _AND.match(text[nums[k - 1].end : nums[k].start]):
        k -= 1
    return k != i and (sides[nums[k].start] == "ru" or _to_russia(text, nums[k]))


def _bare_formula(text: str, nums: list[Num]) -> bool:
    """A swap's formula standing in a sentence of its own, the swap named in the sentence
    before ("This time it was 152 for 152."): two equal figures joined by "for" or "на" and
    no other figure. Under a condition or a wish ("if they are ready for 100 for 100") it is
    a format someone would accept, not a swap."""
    if len(nums) != 2 or nums[0].value != nums[1].value or nums[0].value < 2:
        return False
    if _PAIR_SHORT.match(text[nums[0].end : nums[1].start]) is None:
        return False
    return not (_CONDITION.search(text) or _WISH.search(text))


_AGE_WORD = cue(
    r"\baged?\b|\bages\b|years? old|year-old|віком|у віці|вік\w*|в возрасте|возраст\w*|"
    r"років|лет\b"
)
_AGE_BEFORE = re.compile(
    r"(?:\baged?|\bages(?: of)?|\bage of|віком(?: від)?|у віці(?: від)?|в возрасте(?: от)?|"
    r"возрастом(?: от)?|від|от|from|between)\s+(?:\d+\s*(?:and|to|-|–|і|и|до)\s*)?$",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(
    r"\s*(?:(?:and|to|-|–|і|и|до)\s*\d+\s*)?(?:years? old|-year-old|years of age|"
    r"(?:років|роки|лет|года)(?!\s+(?:тому|назад|ув'язнення|заключения|колонии|колонії)))",
    re.IGNORECASE,
)


def _age(text: str, n: Num) -> bool:
    """Whether the number is a person's age: "aged 19 and 65", "віком від 20 до 60 років"."""
    before = text[max(0, n.start - 25) : n.start]
    if _AGE_BEFORE.search(before) and re.search(
        r"\bage|вік|возраст", text[max(0, n.start - 40) : n.end + 25], re.IGNORECASE
    ):
        return True
    return bool(_AGE_AFTER.match(text, n.end))


def _agreed_size(pick: Pick) -> bool:
    """A per-side figure told as what was agreed ("agreed to swap 500 captives",
    "домовилися обміняти 500 на 500"): the deal's size, not who has come home."""
    clause = re.split(r"[.;:]", pick.sentence.text[: pick.start])[-1]
    return lemmas.has(clause, "agree_word")


# the people's way home leads to Russia: "two civilians from Kursk have returned to Russia"
_TO_RUSSIA = re.compile(
    r"[^.;:]{0,80}?\b(?:return\w*|came back|brought back|back|repatriated|sent home|"
    # "87 prisoners ... were handed over to Russia": what Russia got, not who came home
    r"handed over|handed back|transferred|sent)\s+(?:home\s+)?to\s+russia\b|"
    r"[^.;:]{0,80}?(?<!\w)(?:вернул\w*|возвращен\w*|доставлен\w*|повернул\w*|повернут\w*)\s+"
    r"(?:в|до|на территорию)\s+(?:россии|россию|росії|росію|рф)(?!\w)",
    re.IGNORECASE,
)
# the same told before the number: "в Россию вернули 20 гражданских", "до Росії повернули 8"
_TO_RUSSIA_BEFORE = re.compile(
    r"(?<!\w)(?:в|до|на территорию)\s+(?:россию|росію|рф)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:вернул\w*|возвращен\w*|доставлен\w*|повернул\w*|повернут\w*|передан\w*)\s+"
    r"(?:[\w-]+\s+){0,2}$|"
    # handed to Russia's side: "российской стороне передали 20", "Росії передали 8"
    r"(?<!\w)(?:российской стороне|російській стороні|россии|росії)\s+(?:были\s+|було\s+)?"
    r"(?:переда\w*|выда\w*)\s+(?:[\w-]+\s+){0,2}$|"
    r"(?<!\w)(?:переда\w*|выда\w*)\s+(?:были\s+|було\s+)?(?:российской стороне|"
    r"російській стороні|россии|росії)\s+(?:[\w-]+\s+){0,2}$|"
    r"\b(?:returned|brought back|sent back|repatriated)\s+to\s+russia\s+(?:were\s+)?$",
    re.IGNORECASE,
)


# handed to Ukraine's side, told by Russia's: "Киеву были переданы 215 человек", "handed over
# to Kyiv", "передали українській стороні 90"
_UKRAINE_AS_RECIPIENT = (
    r"(?:to\s+(?:the\s+)?(?:kyiv|kiev|ukraine|ukrainian side)|киеву|києву|украине|україні|"
    r"на украину|в украину|в україну|українській стороні|украинской стороне)"
)
_TO_UKRAINE_BEFORE = gated(
    r"(?:\b(?:handed over|transferred|sent|returned)\s+" + _UKRAINE_AS_RECIPIENT + r"|"
    r"(?<!\w)(?:переда\w*|выда\w*|возвращен\w*|повернут\w*)\s+(?:были\s+|було\s+)?"
    + _UKRAINE_AS_RECIPIENT
    + r"|(?<!\w)"
    + _UKRAINE_AS_RECIPIENT
    # "Киеву взамен передали 300": a word may stand between the recipient and the verb
    + r"\s+(?:взамен\s+|взамін\s+|натомість\s+)?"
    r"(?:были\s+|було\s+|было\s+)?(?:переда\w*|выда\w*|возвращен\w*|повернут\w*))"
    r"\s+(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)
_TO_UKRAINE_AFTER = re.compile(
    r"\s+(?:[\w'-]+\s+){0,3}?(?:were|was|have been|had been|були|были|было|було)?\s*"
    r"(?:handed over|transferred|sent|returned|переда\w*)\s+" + _UKRAINE_AS_RECIPIENT,
    re.IGNORECASE,
)


_CLAUSE_END = re.compile(r"[.;:]")


def _to_ukraine(text: str, n: Num) -> bool:
    """Whether the clause says the people the number counts were handed to Ukraine's side."""
    return bool(
        _TO_UKRAINE_BEFORE.search(_CLAUSE_END.split(text[: n.start])[-1])
        or _TO_UKRAINE_AFTER.match(text, n.end)
    )


_FROM_UKRAINE = re.compile(
    r"[^.;:]{0,100}?(?<!\w)(?:from ukraine|из украины|с украины|з україни)(?!\w)", re.IGNORECASE
)


def _one_way_to_russia(main: list[Sentence], pick: Pick | None) -> bool:
    """Whether the article's figure counts people who came back to Russia (Russian citizens,
    or people back "from Ukraine"), in an article with no word for a swap, for prisoners or
    for captivity: a one-way return, with nothing handed over."""
    if pick is None or pick.sentence is None:
        return False
    if any(_TOPIC.search(s.text) or _EXCHANGE_NOUN.search(s.text) for s in main):
        return False
    text = pick.sentence.text
    n = next((n for n in _numbers(text) if n.start == pick.start), None)
    if n is None or _MILITARY_HOME.search(" ".join(_WORD_RE.findall(text[n.end :])[:3])):
        return False  # "40 Russian soldiers": soldiers come home only in a swap
    return bool(
        _prisoner_side(text, n) == "ru" or _to_russia(text, n) or _FROM_UKRAINE.match(text, n.end)
    )


def _to_russia(text: str, n: Num) -> bool:
    """Whether the clause says the people the number counts went home to Russia."""
    return bool(
        _TO_RUSSIA.match(text, n.end)
        or _TO_RUSSIA_BEFORE.search(re.split(r"[.;:]", text[: n.start])[-1])
    )


# "in exchange" for what the other side got; not "in (an) exchange with Russia" (the swap)
_IN_RETURN = cue(
    r"\bin (?:return|exchange)\b(?! with)|в обмен|в обмін|взамен|взамін|натомість|в ответ"
)


# A wish, plan or forecast governing the number: no one has come home yet
_WISH = cue(
    r"\bwill\b|\bwould\b|\bcould\b|" + _MAY + r"|\bmight\b|\bshould\b|\bmust\b|\bhop\w*|"
    r"\baim\w*|\bplan\w*|\bexpect\w*|\bwants?\b|\bwanted\b|\bseek\w*|\bintend\w*|"
    r"\bready to\b|\bgoing to\b|\bset to\b|\bdue to\b|\bpush\w* (?:for|to)\b|"
    r"(?<!\w)(?:буде|будуть|будет|будут|може|можуть|может|могут|планує|планують|планиру\w*|"
    r"сподіва\w*|надеет\w*|надеют\w*|хоче|хочуть|хочет|хотят|має намір|намерен\w*|"
    r"готов\w*|очіку\w*|ожида\w*|розраховує|рассчитыва\w*|прагне|стремит\w*)(?!\w)"
)


# the people named refused or failed to come back: "two women voluntarily refused to return"
_REFUSED_AFTER = re.compile(
    r"[^.;:]{0,50}?(?:\b(?:refus\w*|declin\w*|did not|didn't|chose not)|(?<!\w)(?:відмовил\w*|"
    r"отказал\w*|не захотіл\w*|не захотел\w*))\s+(?:to\s+)?(?:[\w'-]+\s+)?"
    r"(?:return|go|come|повертат\w*|повернут\w*|повернутися|возвращат\w*|вернуть\w*|ехать|"
    r"їхати)",
    re.IGNORECASE,
)


# Russia as the side that got people back: "Russia has got back 40 prisoners in all",
# "Росія отримала 55", "Россия получила 55" (what Russia got back is not who came home)
_RUSSIA_RECEIVED = cue(
    r"(?:\b(?:russia|moscow|the russian side)\s+(?:has\s+|had\s+)?(?:also\s+)?(?:received|got)\b|"
    r"(?<!\w)(?:росія|россия|москва|російська сторона|российская сторона|рф)\s+(?:[\w'-]+\s+)?"
    r"(?:отримала|получила)(?!\w))[^.;:\d]{0,30}$"
)
# Russia as the subject of a verb of bringing back, with no recipient named: "Россия вернула
# 110 человек", "Москва вернула из плена 300", "Russia brought back 90" (its own people; not
# "Россия вернула Украине 90", nor English "Russia returned 90", said of either side)
_RUSSIA_BROUGHT_BACK = cue(
    r"(?:\b(?:russia|moscow|the russian side)\s+(?:has\s+|had\s+)?(?:also\s+)?"
    r"(?:brought back|brought home|got back|welcomed home|welcomed back)\b|"
    r"(?<!\w)(?:росія|россия|москва|російська сторона|российская сторона|рф)\s+(?:[\w'-]+\s+)?"
    r"(?:вернула|повернула|забрала|возвратила)(?!\w))"
    r"(?![^.;:\d]*(?<!\w)(?:украине|україні|киеву|києву|украинской стороне|українській стороні)"
    r"(?!\w))[^.;:\d]{0,40}$"
)
# a list opened right after the figure's noun: its verb comes after the list
_INCLUDING_AFTER = cue(
    r"^[^.;:\d]{0,40}?(?:\bincluding\b|в том числе|у тому числі|серед них|среди них)"
)
# Ukraine's name and a dash standing for the verb of the clause before: ", Украина — 108"
_GAPPED_UKRAINE = cue(
    r",\s*(?:украина|україна|ukraine|kyiv|киев|київ)\s*[—–-]\s*$", word_start=False
)
_RUSSIA_BROUGHT_BACK_FIGURE = cue(
    r"(?:russia|moscow|россия|росія|москва)\s+(?:[\w'-]+\s+)?(?:brought back|got back|"
    r"вернула|повернула|забрала)\s+\d"
)
# "for our N" with the noun left out: the teller's own people
_OURS_ELIDED = cue(r"(?:\bfor|на|за)\s+(?:our|наших|своїх|своих)\s+$")
# the list after "including" up to the number: "prisoners, including soldiers, medics and "
_INCLUDING_LIST = cue(
    r"(?:\bincluding\b|\bamong them\b|в том числе|у тому числі|зокрема|серед них|среди них)"
    r"[^.;:\d]{1,100}$"
)


def _received(words: str) -> bool:
    """A past "receive" verb among a number's words: "Ukraine received 70 of its defenders",
    "отримала 70 своїх захисників", "получила 60 своих бойцов" (the side that tells it got
    them back)."""
    for t in lemmas.find(words, "receive_verb"):
        if t.low.endswith("ed") or lemmas.slavic_past(t.low):
            return True
    return False


def _handed_over(words: str) -> bool:
    """A past hand-over verb of the vocabulary among a number's words, whatever its wording:
    "Russia extradited 215 Ukrainians", "Россия выдала 90 пленных"."""
    for t in lemmas.find(words, "handover_verb"):
        if t.low.endswith("ed") or lemmas.slavic_past(t.low):
            return True
    return False


def _ours_handed_over(text: str) -> bool:
    """A past hand-over verb and a figure of Ukraine's own people in one sentence ("Russia
    extradited 215 Ukrainians"): they were handed to Ukraine."""
    return _handed_over(text) and any(
        _prisoner_side(text, n) == "ua" for n in _numbers(text) if not n.approx
    )


def _not_yet(before: str) -> bool:
    """Whether a wish, plan or forecast in the number's own clause governs it, or in the clause
    whose "that" clause it stands in ("it is expected that Ukraine will free 1,200",
    "очікується, що Україна звільнить 1200"), or the number is the size of a release talked
    about ("it is about freeing 1,200", "йдеться про звільнення 1200")."""
    clause = re.split(r"[,;:.]", before)[-1]
    if _WISH.search(clause) is not None or _RELEASE_AT_ISSUE.search(clause):
        return True
    governed = _GOVERNED.search(before)
    return governed is not None and _WISH.search(governed.group(1)) is not None


# a perfective verb's present form, which tells a future (uk/ru): "освободит", "вернут",
# "обменяются", "поверне", "звільнять", "обміняються"; "-ть" ends a Russian infinitive too, so
# it counts only in a word with a Ukrainian letter ("звільнить", "обміняють")
_FUTURE_FORM = re.compile(
    r"(?:ит|ят|ет|ёт|ут|ют|ится|ятся|ется|ётся|утся|ются|им|ем|ём|имо|емо|е|є|иться|еться|"
    r"уться|ються|ється)$|[іїєґ]\w*(?:ить|ять|уть|ють)$"
)


def _future_return(text: str, n: Num) -> bool:
    """Whether the number's clause tells a return or release only in a perfective verb's
    future ("Ещё по 250 человек обе стороны освободят 8 марта", "Україна звільнить 1200"),
    with no return told as done beside it."""
    lo = max(m.end() for m in re.finditer(r"^|[,;:.!?]", text[: n.start]))
    hi = re.search(r"[,;:.!?]|$", text[n.end :])
    clause = text[lo : n.end + hi.start()]
    verbs = lemmas.find(clause, "return_verb")
    future = [
        t
        for t in verbs
        if t.lemmas & PERFECTIVE
        and _CYRILLIC_WORD.match(t.low)
        and _FUTURE_FORM.search(t.low)
        and not _PARTICIPLE_FORM.search(t.low)  # "звільненим", "повернуте": participles
    ]
    return bool(future) and not any(lemmas.slavic_past(t.low) for t in verbs)


_CYRILLIC_WORD = re.compile(r"^[а-яёіїєґ'-]+$")
_PARTICIPLE_FORM = re.compile(r"(?:[еёа]н|т)(?:им|е|ем)$")


# a "that" clause and the clause it completes: "очікується, що ...", "expected that ..."
_GOVERNED = re.compile(r"([^,;:.]*),?\s+(?:that|що|что|щоб|чтобы)\s+[^,;:.]*$", re.IGNORECASE)
# a release or swap named as what is at issue: its size, not people who came home
_RELEASE_AT_ISSUE = cue(
    r"(?:\b(?:concerns|concern|is about|are about|involves|would involve|will involve)\s+"
    r"(?:the\s+)?(?:release|return|exchange|swap)\s+of|"
    r"(?:йдеться|ідеться|мова йде|мова іде|речь идет|речь идёт|идет речь|идёт речь)\s+"
    r"(?:про|об?)\s+"
    r"(?:звільнення|повернення|обмін|освобождени\w*|возвращени\w*|обмен\w*))\s+[^,;:.\d]{0,30}$"
)


def _swap_near(words: str) -> bool:
    """An exchange noun or verb, or a return, release or hand-over word, among a number's
    words."""
    return bool(
        _EXCHANGE_NOUN.search(words)
        or _HOME.search(words)
        or _WEAK_RETURN.search(words)
        or lemmas.has(words, "return_verb")
        # "Россия готова передать Украине 24 человека": a hand-over offered
        or lemmas.has(words, "handover_verb")
        or re.search(r"\d\s*(?:-?\s*for\s*-?|на)\s*\d", words)
    )


# a year a passage is set in: "arranged through Turkish mediation in 2022", "since 2022"
_IN_YEAR = re.compile(
    r"\b(?:in|since|during|throughout)\s+((?:19|20)\d\d)\b(?![-/.]\d)|"
    r"(?<!\w)(?:у|в|з|с)\s+((?:19|20)\d\d)\s*(?:році|року|г\.|году|года|р\.)",
    re.IGNORECASE,
)


def _set_in_past_year(text: str, ref: dt.date | None) -> bool:
    """Whether the clause is set in a year before the article's (any year, undated)."""
    for m in _IN_YEAR.finditer(text):
        year = int(m.group(1) or m.group(2))
        if ref is None or year < ref.year:
            return True
    return False


def _mediation_now(text: str, m: re.Match, ref: dt.date | None) -> bool:
    """A mediation word that tells this swap's mediation: not offered ("ready to facilitate"),
    not set in an earlier year in its own clause ("arranged through Turkish mediation in 2022")."""
    if _MEDIATION_OFFERED.search(text[max(0, m.start() - 40) : m.start()]):
        return False
    if _MEDIATION_DENIED.search(text[max(0, m.start() - 30) : m.start()]):
        return False  # "No Vatican-hosted talks were agreed"
    if _EARLIER_SWAPS_BEFORE.search(text[max(0, m.start() - 80) : m.start()]):
        return False  # "Previous swaps have been mediated by ...": earlier swaps' mediator
    before = re.split(r"[,;:]", text[max(0, m.start() - 50) : m.start()])[-1]
    after = re.split(r"[,;:]", text[m.end() : m.end() + 50])[0]
    return not _set_in_past_year(before + m.group(0) + after, ref)


# earlier swaps as the subject of the mediation word, with no word for this swap after them:
# "Earlier prisoner swaps were mediated by", "earlier swaps, many brokered by", "попередні
# обміни відбувалися за посередництва"
_EARLIER_SWAPS_BEFORE = gated(
    r"(?<!\w)(?:previous|past|earlier|prior|former|попередн\w*|минул\w*|предыдущ\w*|прошл\w*|"
    r"прежн\w*)\s+(?:[\w-]+\s+){0,2}?(?:swaps|exchanges|releases|deals|обміни|обмінів|обмінах|обмінами|"
    r"обмены|обменов|обменах|обменами)(?!\w)"
    r"(?![^.;:]*(?<!\w)(?:swap|exchange|trade|обмін|обмен|обмена|обміну)(?!\w))[^.;:]*$",
    re.IGNORECASE,
)


def _aside_of_today(sentences: list[Sentence], ref: dt.date | None) -> list[Sentence]:
    """An aside ("Напомним, 5 марта состоялся обмен ...", "Reminder: on 5 March ...") whose
    first sentence dates a swap to the article's own day retells this swap, not an earlier one:
    its paragraph names this swap's mediators."""
    if ref is None:
        return []
    out: list[Sentence] = []
    opened: set[int] = set()
    for s in sentences:
        if s.kind != BACKGROUND:
            continue
        if s.line not in opened:
            opened.add(s.line)
            dates = [c.date for c in find_date_cues(s.text, ref) if c.explicit and c.date]
            if not (dates and all(d == ref for d in dates) and _SWAP_WORDS.search(s.text)):
                opened.add(-1 - s.line)  # an aside about another day: none of it
                continue
        if -1 - s.line not in opened:
            out.append(s)
    return out


def _mediators(sentences: list[Sentence], ref: dt.date | None = None) -> list[str]:
    """Countries and bodies named as brokering or hosting the swap's talks. A place named only
    as where talks were held ("talks in Turkey", "в Абу-Дабі") is a venue, not a mediator; a
    third country's delegation at talks of the two sides is one. A mediation set in an earlier
    year, or only offered ("ready to facilitate"), is not this swap's."""
    found: list[str] = []
    for s in sentences:
        if not _ANY_MEDIATOR.search(s.text) and not _US_CAPITALS.search(s.text):
            continue  # (asked first: most sentences name no mediator)
        if _MEDIATION_GUARD.search(s.text) or _about_the_dead(s.text):
            continue  # "bodies ... with the help of the Red Cross": not the swap's mediator
        cues = [c for c in _MEDIATION_CUE.finditer(s.text) if _mediation_now(s.text, c, ref)]
        hits = []
        for name, pattern in _MEDIATOR_RES:
            mentions = list(pattern.finditer(s.text))
            if name == "United States":
                mentions += list(_US_CAPITALS.finditer(s.text))
            for m in mentions:
                before = s.text[max(0, m.start() - 40) : m.start()]
                if (
                    _VENUE_BEFORE.search(before)
                    and not _MEDIATION_IN.search(before)
                    and not _BROKERED_BY.match(s.text, m.end())
                ):
                    continue  # "talks in Istanbul", "переговори в Абу-Дабі"
                if _PARTY_BEFORE.search(s.text[max(0, m.start() - 80) : m.start()]):
                    continue  # "a swap between Russia and the United States": a side
                if _HOST_AFTER.match(s.text, m.end()):
                    continue  # "thanked the UAE for hosting the talks": a host
                if _joined_to_a_country(s.text, m):
                    continue  # "the Iran-US prisoner exchange", "a Turkey-Russia-Ukraine meeting"
                if _DELEGATION_BEFORE.search(before) or any(
                    _gap(s.text, m, c) <= _MEDIATION_REACH for c in cues
                ):
                    hits.append((m.start(), name))
                    break
        for _, name in sorted(hits):
            if name not in found:
                found.append(name)
    return found


_MEDIATOR_WORD = re.compile("(?:" + "|".join(p for _, p in _MEDIATORS) + r")\.?$", re.I)
_JOINED_BEFORE = re.compile(r"([^\W\d_][\w.]*)[-‑–]$")
_JOINED_AFTER = re.compile(r"[-‑–]([^\W\d_][\w.]*)")


def _joined_to_a_country(text: str, m: re.Match) -> bool:
    """A country joined by a hyphen to another ("the Iran-US prisoner exchange", "a
    Turkey-Russia-Ukraine meeting", "US-Russia talks"): the compound names the sides of that
    swap or meeting, not a broker of it."""
    before = _JOINED_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
    after = _JOINED_AFTER.match(text, m.end())
    words = [w.group(1) for w in (before, after) if w]
    return any(
        lemmas.has(w, "our_sides") or lemmas.has(w, "foreign_country") or _MEDIATOR_WORD.match(w)
        for w in words
    )


# the country as the compound's first part: "in a UAE-mediated exchange", "in Qatar-brokered
# talks" (a broker, not the place "in" names)
_BROKERED_BY = re.compile(r"[-‑–]\s?(?:mediated|brokered|facilitated)\b", re.IGNORECASE)


# How many words may stand between a country and the mediation word that makes it this swap's
# mediator ("the UAE, which mediated", "thanks to Turkey's mediation"). A country further off in
# a long sentence is mostly another role: a side, a venue, a country thanked for something else.
_MEDIATION_REACH = 8


def _gap(text: str, a: re.Match, b: re.Match) -> int:
    """How many words stand between two matches in a text (none when they touch or overlap)."""
    lo, hi = (a.end(), b.start()) if a.end() <= b.start() else (b.end(), a.start())
    return words_between(text, lo, hi) if hi > lo else 0


# a mediation offered or hoped for: "ready to facilitate", "could mediate", "готова сприяти"
_MEDIATION_OFFERED = gated(
    r"(?:\b(?:ready|willing|prepared|open|offer\w*|could|would|might|may|hop\w*)\s+(?:to\s+)?|"
    r"(?<!\w)(?:готов\w*|готові|може|может|могла б|мог бы|міг би|могла би)\s+)"
    r"(?:[\w'-]+\s+)?$",
    re.IGNORECASE,
)
_MEDIATION_DENIED = re.compile(
    r"(?:\b(?:no|not|never|without)|(?<!\w)(?:ні|не|ни|без))\s+(?:[\w'-]+\s+|[\w'-]+-)?$",
    re.IGNORECASE,
)
_VENUE_BEFORE = re.compile(
    r"(?:\b(?:in|at|to|into)|(?<!\w)(?:в|у|во))\s+(?:the\s+)?"
    # "in the UAE capital Abu Dhabi", "in the Turkish city of Istanbul": still a venue
    r"(?:[\w-]+\s+(?:capital|city)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
# the second of two sides: "between Russia and the United States", "між Україною та США"
_PARTY_BEFORE = re.compile(
    r"(?:\bbetween|(?<!\w)(?:між|между))\s+(?:the\s+)?(?:[\w'.-]+(?:\s+[\w'.-]+){0,5}?\s+"
    r"(?:and|і|й|та|и)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
# a country thanked for hosting: a host of the talks, not their broker
_HOST_AFTER = re.compile(
    r"\W*(?:\s*[\w'-]+){0,2}?\s*(?:for|за)\s+(?:hosting|host\w*|гостинн\w*|гостеприимств\w*|"
    r"прийом|прием)",
    re.IGNORECASE,
)
# "mediation by our partners in Turkey": a mediator named by where it is
_MEDIATION_IN = re.compile(
    r"(?:mediation|mediators?|partners)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?in\s+(?:the\s+)?$|"
    r"(?:gratitude|thanks|grateful)\s+to\s+(?:the\s+)?$|"
    r"(?:посередництв\w*|посередник\w*|посредничеств\w*|посредник\w*|партнер\w*)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:в|у|во)\s+$",
    re.IGNORECASE,
)
# "US special envoy", "US-brokered": the capitals tell the country from the pronoun
_US_CAPITALS = gated(r"\bUS\b")
_DELEGATION_BEFORE = gated(
    r"(?:\bdelegations?\s+(?:of|from)\s+(?:the\s+)?|\btrilateral\s+(?:[\w-]+\s+)?|"
    r"(?<!\w)делегаці\w*\s+|(?<!\w)делегаци\w*\s+)$",
    re.IGNORECASE,
)


def _framework(sentences: list[Sentence], status: str | None = None) -> str | None:
    """The named framework this swap runs under, or the talks that agreed it ("Istanbul
    talks"). A framework one side demands or offers ("Kyiv insists on an all-for-all swap") is
    not the framework of a swap already done. The Istanbul deal's formula ("1000 for 1000")
    names its framework only when no talks or framework are named."""
    for i, s in enumerate(sentences):
        m = _FRAMEWORK_RE.search(s.text)
        if m and not (status == "completed" and _DEMANDED.search(s.text[: m.start()])):
            return _FRAMEWORK_NAMES[m.lastgroup]
        # "Talks were held in Istanbul. As a result the sides agreed to swap prisoners"
        following = sentences[i + 1].text if i + 1 < len(sentences) else ""
        venue = _talks_venue(s.text, following)
        if venue:
            return venue
    if any(_ISTANBUL_FORMULA.search(s.text) for s in sentences):
        return _FRAMEWORKS[0][0]  # the formula alone, when no talks or framework are named
    return None


# a demand or an offer: "insists on", "calls for", "наполягає на", "настаивает на", "пропонує"
_DEMANDED = cue(
    r"\binsist\w*|\bdemand\w*|\bcall\w* for\b|\bpropos\w*|\boffer\w*|\burg\w*|наполяга\w*|"
    r"вимага\w*|пропону\w*|запропонува\w*|заклика\w*|настаива\w*|требу\w*|"
    r"предлага\w*|предложи\w*|призыва\w*"
)


# Cities that host the talks where swaps are agreed; a country ("talks in Turkey") is left out:
# it names a host, not which talks
_VENUES = [
    ("Istanbul", r"istanbul|стамбул\w*"),
    ("Abu Dhabi", r"abu dhabi|абу-дабі|абу-даби"),
    ("Minsk", r"minsk|мінськ\w*|минск\w*"),
    ("Jeddah", r"jeddah|джидд\w*|джедд\w*"),
    ("Geneva", r"geneva|женев\w*"),
    ("Riyadh", r"riyadh|ер-ріяд\w*|эр-рияд\w*"),
]
_VENUE_RE = cue("|".join(f"(?P<v{i}>{p})" for i, (_, p) in enumerate(_VENUES)))
_TALKS_WORD = cue(
    r"talks|negotiat\w*|meeting|round|agree\w*|deal|переговор\w*|перемовин\w*|зустріч\w*|"
    r"встреч\w*|раунд\w*|домовл\w*|домовил\w*|договор\w*|согласова\w*|погодил\w*|угод\w*|"
    r"соглашени\w*"
)


def _talks_venue(text: str, following: str = "") -> str | None:
    """ "Istanbul talks" when a sentence about the swap says it was agreed or talked about in a
    city that hosts such talks ("agreed in Istanbul", "на переговорах в Абу-Дабі")."""
    m = _VENUE_RE.search(text)
    if m is None:
        return None
    outcome = following and _swap_topic(following) and lemmas.has(following, "agree_word")
    if not (_swap_topic(text) or _EXCHANGE_NOUN.search(text) or outcome):
        return None  # "the exchange agreement was struck in Istanbul" is about the swap too
    near = text[max(0, m.start() - 60) : m.end() + 40]
    if _HEADED_BEFORE.search(re.split(r"[.;:,]", text[max(0, m.start() - 80) : m.start()])[-1]):
        return None  # "who led Russia's delegation to the Istanbul talks": who he is
    talks = list(_TALKS_WORD.finditer(near))
    if _BE_AT.search(text[max(0, m.start() - 30) : m.start()]):
        # "прибыл в Стамбул на новые встречи", "arrived in Istanbul": where someone is;
        # only talks told after the city can be talks held there
        venue_end = m.end() - max(0, m.start() - 60)
        talks = [t for t in talks if t.start() >= venue_end]
    if not talks:
        return None
    if all(_TALKS_TO_COME.search(near[: t.start()]) for t in talks):
        return None  # "arrived in Istanbul for new meetings on swaps": no talks held there yet
    return _VENUES[int(m.lastgroup[1:])][0] + " talks"


# a person's role at the talks: "head of the delegation", "глава переговорной группы",
# "возглавляющий делегацию", "очолює делегацію", "led Russia's team"
_HEADED_BEFORE = cue(
    r"\bhead(?:s|ed|ing)?\b|\bled\b|\bleads?\b|\bchief\b|глав[аые]\b|возглавля\w*|"
    r"очолю\w*|очолив\w*|очільник\w*|керівник\w*|руководител\w*"
)


# someone's whereabouts: "arrived in", "is in", "прибыл в", "находится в", "перебуває в"
_BE_AT = re.compile(
    r"(?:\b(?:arrived|arriving|arrives|is|was|am|are|stays?|stayed)\s+in|"
    r"(?<!\w)(?:прибыл\w*|прибув\w*|прибул\w*|приехал\w*|приїха\w*|находится|находился|"
    r"перебуває|перебував|нахожусь|перебуваю)\s+(?:в|у|до|во))\s+$",
    re.IGNORECASE,
)


# talks still to come: "for new meetings", "для новых встреч", "наступного раунду"
_TALKS_TO_COME = re.compile(
    r"(?:\b(?:new|next|further|upcoming|future)|(?<!\w)(?:нов\w*|наступн\w*|следующ\w*|"
    r"майбутн\w*|будущ\w*))\s+$",
    re.IGNORECASE,
)
