"""Benchmark: extract() over generated ~3 KB wire-style articles, against the obvious approach."""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import statistics
import time

from extraction import extract

_REGIONS = ["Kyiv", "Kharkiv", "Odesa", "Dnipro", "Sumy", "Poltava", "Lviv", "Zaporizhzhia"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]  # fmt: skip
_NAMES = ["Volodymyr Zelenskyy", "Rustem Umerov", "Dmytro Lubinets", "Andriy Yermak"]

_STRIKE_LEADS = [
    "Russia launched {dl} drones and {ml} missiles at Ukraine overnight, the air force said on "
    "{wd}, adding that air defences shot down {dd} of the drones and {md} of the missiles.",
    "Ukraine's air defence units destroyed {dd} out of {dl} attack drones fired by Russian forces "
    "overnight, according to a Telegram post by the Ukrainian Air Force.",
    "According to the General Staff, Russian troops attacked the country with {dl} Shahed drones "
    "during the night of {day} {month}; {dd} of them were intercepted over {region}.",
    "Russia's defence ministry claimed its air defence systems downed {dd} Ukrainian drones over "
    "Russian regions overnight, including several near the border.",
]
_EXCHANGE_LEADS = [
    "Russia and Ukraine exchanged {n} prisoners of war each on {wd} in a deal mediated by the "
    "United Arab Emirates, officials on both sides said.",
    "{name} said Kyiv was holding talks with Moscow on a new swap that could bring {n} Ukrainian "
    "soldiers home, with consultations hosted by Turkey.",
    "Ukraine brought home {n} defenders in the latest exchange, {name} said on {wd}, thanking the "
    "United Arab Emirates for its mediation.",
]
_STRIKE_FILLER = [
    "Officials said emergency crews were working through the morning to restore power to homes "
    "in the {region} region, where debris damaged {k} private houses and a school.",
    "The attack came {k} days after a similar wave that officials described as one of the largest "
    "of the year, and weeks before talks on a possible ceasefire.",
    "Analysts said the figures could not be independently verified, and that both sides tend to "
    "present the results of air defence work in the most favourable light.",
    "Read also: Russian drones hit grain facilities in the south, {k} injured",
    "Local authorities reported that {k} people were injured and {k2} were killed, and that the "
    "air raid alert in the capital lasted more than {k} hours.",
]
_EXCHANGE_FILLER = [
    "Since the start of the full-scale invasion, more than {big} people have returned from "
    "captivity, the coordination headquarters said in a statement.",
    '{name} told reporters that "every life matters" and that the team was working without pause '
    "on the next stage of the process.",
    "Relatives of the missing gathered outside the coordination headquarters in {region}, holding "
    "photographs and asking officials for news of {k} men captured in the east.",
]
_GENERAL_FILLER = [
    "In {year}, the government allocated {pct}% of its budget to defence, according to documents "
    "published by the finance ministry on {day} {month}.",
    "European ministers meeting in Brussels on {wd} discussed new sanctions and the delivery of "
    "{k} more air defence systems promised earlier in the year.",
    "Kyiv has repeatedly asked its partners for more interceptors, saying that stocks run low "
    "after each large wave, while Moscow denies targeting civilians.",
]
_UKRU_LEADS = [
    "У ніч на {day} грудня російська армія атакувала Україну {dl} ударними БпЛА типу Shahed. "
    "Протиповітряна оборона збила або подавила {dd} ворожих дронів на півночі та сході країни. "
    "Про це повідомили у Повітряних силах ЗСУ. Ще {k} безпілотників локаційно втрачено.",
    "Минобороны России заявило, что за прошедшую ночь дежурные средства ПВО уничтожили {dd} "
    "украинских беспилотников над территорией Брянской и Курской областей. Пострадавших нет.",
    "Україна повернула з полону {n} захисників, повідомив президент. Обмін відбувся за "
    "посередництва ОАЕ. Загалом з початку війни додому повернулися понад {big} людей.",
]
_UKRU_FILLER = [
    "У {region} рятувальники працювали до ранку, ліквідовуючи наслідки пожежі на складі. "
    "Пошкоджено {k} приватних будинків, постраждалих госпіталізували.",
    "Синоптики попереджають про сильний вітер і ожеледицю, тож водіїв просять бути уважними "
    "на дорогах області протягом найближчих днів.",
    "Местные власти сообщили, что работа транспорта восстановлена, а школы продолжат обучение "
    "в обычном режиме со следующей недели.",
    "Аналітики зазначають, що перевірити ці дані незалежно неможливо, а сторони зазвичай "
    "подають результати роботи ППО у найвигіднішому світлі.",
]


def _fill(template: str, rng: random.Random) -> str:
    dl = rng.randint(20, 400)
    return template.format(
        dl=dl, dd=rng.randint(5, dl), ml=rng.randint(1, 60), md=rng.randint(1, 40),
        wd=rng.choice(_WEEKDAYS), day=rng.randint(1, 28), month=rng.choice(_MONTHS),
        region=rng.choice(_REGIONS), n=rng.choice([95, 103, 150, 175, 189, 246, 1200]),
        name=rng.choice(_NAMES), k=rng.randint(2, 12), k2=rng.randint(1, 5),
        big=f"{rng.randint(1000, 9000):,}", year=rng.randint(2022, 2025), pct=rng.randint(10, 60),
    )  # fmt: skip


def make_article(rng: random.Random, *, target: int = 3000) -> str:
    """One English wire-style article of about `target` characters from our own templates."""
    strike = rng.random() < 0.6
    lead = rng.choice(_STRIKE_LEADS if strike else _EXCHANGE_LEADS)
    filler = (_STRIKE_FILLER if strike else _EXCHANGE_FILLER) + _GENERAL_FILLER
    title = re.split(r"[,;]", _fill(lead, rng))[0][:90]
    parts = [title, "", _fill(lead, rng)]
    while sum(len(p) for p in parts) < target:
        parts.append(_fill(rng.choice(filler), rng))
    return "\n\n".join(parts)


def make_ukru(rng: random.Random, *, target: int = 3000) -> str:
    """One Ukrainian or Russian report of about `target` characters."""
    parts = ["Нічна атака: підсумки", _fill(rng.choice(_UKRU_LEADS), rng)]
    while sum(len(p) for p in parts) < target:
        parts.append(_fill(rng.choice(_UKRU_FILLER), rng))
    return "\n\n".join(parts)


def _obvious(text: str, published: dt.date) -> int:
    """The obvious approach: dateparser's search over the whole text, then the same regexes."""
    from dateparser.search import search_dates

    base = dt.datetime(published.year, published.month, published.day)
    found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    extract(text, published=published)
    return len(found)


def _time(articles: list[str], published: dt.date) -> list[float]:
    times = []
    for text in articles:
        t0 = time.perf_counter()
        extract(text, published=published)
        times.append(time.perf_counter() - t0)
    return times


def _describe(label: str, times: list[float]) -> str:
    ordered = sorted(times)
    p50 = statistics.median(ordered) * 1000
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000
    rate = len(times) / sum(times)
    return (
        f"{label}: {len(times)} articles, {rate:,.0f} articles/s, "
        f"p50 {p50:.2f} ms, p99 {p99:.2f} ms"
    )


def main(argv: list[str] | None = None) -> int:
    """Time extract() on generated articles; print rate, p50/p99 and the obvious approach."""
    parser = argparse.ArgumentParser(prog="newsroom-bot bench extract", description=__doc__)
    parser.add_argument("--articles", type=int, default=2000, help="English articles (>= 1)")
    parser.add_argument(
        "--obvious", type=int, default=30, help="subsample for the obvious approach"
    )
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    published = dt.date(2024, 12, 3)
    english = [make_article(rng) for _ in range(max(1, args.articles))]
    ukru = [make_ukru(rng) for _ in range(max(1, args.articles // 4))]
    size = statistics.mean(len(a.encode()) for a in english) / 1024
    _time(english[:20] + ukru[:20], published)  # warm caches and imports, as a running bot has
    en_times = _time(english, published)
    print(f"English articles average {size:.1f} KB")
    print(_describe("extract() English", en_times))
    print(_describe("extract() uk/ru", _time(ukru, published)))
    sample = english[: max(1, args.obvious)]
    _obvious(sample[0], published)  # dateparser's first call loads its language data
    t0 = time.perf_counter()
    for text in sample:
        _obvious(text, published)
    obvious_each = (time.perf_counter() - t0) / len(sample)
    ours_each = sum(en_times) / len(en_times)
    print(
        f"obvious approach (search_dates over the text): {1 / obvious_each:,.0f} articles/s "
        f"on {len(sample)} articles; extract() is {obvious_each / ours_each:,.0f}x faster"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
