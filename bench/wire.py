"""A wire desk's day, generated: varied real-copy-shaped articles as JSON Lines rows.

What a store at volume actually receives, so that `bench store` exercises every path a save
takes: English wire copy and Ukrainian/Russian channel posts (sentences assembled word by word,
so no two articles repeat), an outlet and a URL on each (tracking parameters on some), attack
nights of very different sizes, swap talks and completed swaps, outlets' boilerplate lines that
many articles share (the near-duplicate sketch's common shingles), syndicated copies (trimmed or
re-headlined, another outlet), the same link sent again, and re-issued reports with a changed
figure. Everything is written here in our own words; no sentence comes from real reporting.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

OUTLETS = [
    ("Kyiv Wire", "kyivwire.example"),
    ("Dnipro Desk", "dniprodesk.example"),
    ("Harbour Times", "harbourtimes.example"),
    ("Eastern Ledger", "easternledger.example"),
    ("Frontline Bulletin", "frontline-bulletin.example"),
    ("Odesa Courier", "odesacourier.example"),
    ("Lviv Evening", "lvivevening.example"),
    ("Capital Monitor", "capitalmonitor.example"),
    ("Steppe Observer", "steppeobserver.example"),
    ("Northern Post", "northernpost.example"),
    ("Black Sea Report", "blacksea-report.example"),
    ("Carpathian News", "carpathiannews.example"),
] + [(f"Channel {n}", f"t{n}.channel.example") for n in range(1, 29)]

_REGIONS = ["Kyiv", "Kharkiv", "Odesa", "Dnipro", "Sumy", "Poltava", "Lviv", "Zaporizhzhia",
            "Chernihiv", "Mykolaiv", "Kherson", "Vinnytsia", "Cherkasy", "Rivne"]  # fmt: skip
_NAMES = ["Volodymyr Zelenskyy", "Rustem Umerov", "Dmytro Lubinets", "Andriy Yermak",
          "Yurii Ihnat", "Oleh Syniehubov", "Vitali Klitschko", "Ivan Fedorov"]  # fmt: skip
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

_STRIKE_LEADS = [
    "Russia launched {dl} attack drones and {ml} missiles at Ukraine overnight, the air force "
    "said on {wd}, adding that air defences shot down {dd} of the drones.",
    "Ukrainian air defences destroyed {dd} of the {dl} Shahed-type drones Russia sent against "
    "the country overnight, the air force said in its morning update.",
    "Russian forces attacked Ukraine with {dl} drones overnight; {dd} were shot down over "
    "{region} and neighbouring regions, according to the air force.",
    "The air force said {dd} of {dl} drones were intercepted overnight and {lost} more were lost "
    "to electronic warfare, with debris falling in {region}.",
]
_RUSSIA_LEADS = [
    "Russia's defence ministry said its air defences downed {rd} Ukrainian drones over several "
    "Russian regions overnight.",
    "Russian air defence units intercepted {rd} Ukrainian drones during the night, the defence "
    "ministry in Moscow claimed on {wd}.",
]
_SWAP_LEADS = [
    "Ukraine and Russia exchanged {n} prisoners of war each on {wd} in a swap mediated by the "
    "United Arab Emirates, officials on both sides said.",
    "{n} Ukrainian defenders returned home from Russian captivity on {wd}, {name} said, thanking "
    "the mediators for their work.",
]
_TALKS_LEADS = [
    "{name} said Kyiv and Moscow were negotiating a new exchange that could bring {n} Ukrainian "
    "soldiers home, with Turkey hosting the consultations.",
    "Talks on an exchange of {n} prisoners were continuing, {name} told reporters on {wd}, "
    "without giving a date for the swap.",
]
_UK_LEADS = [
    "Уночі російська армія атакувала Україну {dl} ударними дронами. Сили ППО збили {dd} з них "
    "над {region_uk} та іншими областями, повідомили Повітряні сили.",
    "Протиповітряна оборона знешкодила {dd} із {dl} ворожих БпЛА, якими росіяни атакували "
    "країну цієї ночі, ще {lost} локаційно втрачено.",
]
_RU_LEADS = [
    "Минобороны России заявило, что за ночь дежурные средства ПВО уничтожили {rd} украинских "
    "беспилотников над несколькими областями.",
]
_UK_REGIONS = ["Києвом", "Харківщиною", "Одещиною", "Дніпропетровщиною", "Сумщиною"]
_UK_SENTENCES = [
    "Унаслідок падіння уламків пошкоджено {k} приватних будинків, повідомив голова ОВА.",
    "Рятувальники працювали на місці влучання до ранку, пожежу ліквідовано.",
    "У {k} населених пунктах частково зникло світло, енергетики вже відновлюють живлення.",
    "Повітряна тривога в області тривала понад {k} годин.",
    "Постраждали {k} людей, зокрема {age}-річна жінка, їх госпіталізовано.",
]
_RU_SENTENCES = [
    "По словам губернатора, пострадавших нет, повреждены {k} частных домов.",
    "В нескольких районах были временно ограничены полёты в аэропортах.",
    "Местные власти сообщили, что обломки упали на территории промышленной зоны.",
]

_SUBJECTS = ["officials in {region}", "the regional governor", "emergency services",
             "{name}", "local authorities", "witnesses in {region}", "the mayor of {region}",
             "analysts in Kyiv", "a spokesperson for the southern command", "rescuers"]  # fmt: skip
_VERBS = ["said", "reported", "wrote on Telegram", "told reporters", "added", "noted", "warned",
          "confirmed", "said in a statement"]  # fmt: skip
_CLAUSES = [
    "that debris damaged {k} houses and a school in {region}",
    "that {k} people were injured, among them a {age}-year-old man",
    "that power was cut to {big} homes after a hit on an energy site",
    "that repair crews had restored water to most districts by the morning",
    "that the alert in the capital lasted more than {k} hours",
    "that a warehouse and {k} cars caught fire in the industrial zone",
    "that classes in {k} schools would be held online for the rest of the week",
    "that the attack was the {ordinal} large wave this month",
    "that {k} trains were delayed after a strike near a rail junction",
    "that firefighters needed {k} hours to put out the blaze at a depot",
]  # fmt: skip
_TAILS = ["", "", " as residents sheltered in metro stations", " despite the cold",
          " according to preliminary data", " while the investigation continued",
          " in what officials called a deliberate strike on civilians"]  # fmt: skip
# Lines outlets put under every story: many articles share these shingles.
_BOILERPLATE = [
    "Follow {outlet} on Telegram for live updates from the front line.",
    "Support independent journalism from Ukraine: subscribe to {outlet}.",
    "Read also: what we know about the latest wave of attacks.",
    "This story has been updated with new information from officials.",
]


def _fill(template: str, rng: random.Random, fig: dict) -> str:
    return template.format(
        region=rng.choice(_REGIONS), region_uk=rng.choice(_UK_REGIONS),
        name=rng.choice(_NAMES), wd=rng.choice(_WEEKDAYS), k=rng.randint(2, 40),
        age=rng.randint(18, 90), big=f"{rng.randint(1000, 90000):,}",
        ordinal=rng.choice(["second", "third", "fourth", "fifth"]), **fig,
    )  # fmt: skip


def _sentence(rng: random.Random, fig: dict) -> str:
    subject = _fill(rng.choice(_SUBJECTS), rng, fig)
    text = f"{subject[0].upper()}{subject[1:]} {rng.choice(_VERBS)} "
    return text + _fill(rng.choice(_CLAUSES), rng, fig) + rng.choice(_TAILS) + "."


def _figures(rng: random.Random) -> dict:
    dl = rng.randint(20, 480)
    dd = rng.randint(dl // 3, dl)
    return {
        "dl": dl, "dd": dd, "ml": rng.randint(1, 40), "lost": rng.randint(0, max(0, dl - dd)),
        "rd": rng.randint(5, 120), "n": rng.choice([84, 95, 103, 150, 175, 189, 246, 390]),
    }  # fmt: skip


def _body(
    rng: random.Random, lead: str, fig: dict, outlet: str, target: int, pool: list | None = None
) -> str:
    parts = [lead]
    while sum(len(p) for p in parts) < target:
        if pool:
            sentences = [_fill(rng.choice(pool), rng, fig) for _ in range(rng.randint(1, 3))]
        else:
            sentences = [_sentence(rng, fig) for _ in range(rng.randint(1, 3))]
        parts.append(" ".join(sentences))
    if rng.random() < 0.6:
        parts.append(rng.choice(_BOILERPLATE).format(outlet=outlet))
    return "\n\n".join(parts)


def _article(rng: random.Random, day: date, kind: str, outlet: str, fig: dict) -> str:
    if kind == "uk":
        lead = _fill(rng.choice(_UK_LEADS), rng, fig)
        return _body(rng, lead, fig, outlet, rng.randint(300, 900), _UK_SENTENCES)
    if kind == "ru":
        lead = _fill(rng.choice(_RU_LEADS), rng, fig)
        return _body(rng, lead, fig, outlet, rng.randint(300, 700), _RU_SENTENCES)
    leads = {"strike": _STRIKE_LEADS, "russia": _RUSSIA_LEADS, "swap": _SWAP_LEADS,
             "talks": _TALKS_LEADS}[kind]  # fmt: skip
    lead = _fill(rng.choice(leads), rng, fig)
    headline = lead.split(",")[0].split(";")[0][:100]
    dateline = f"KYIV, {day:%b} {day.day}, {day.year} ({outlet}) - "
    short = rng.random() < 0.35  # a channel post rather than a wire story
    size = rng.randint(400, 900) if short else rng.randint(1500, 3500)
    body = _body(rng, lead, fig, outlet, size)
    return body if short else f"{headline}\n\n{dateline}{body}"


def _url(rng: random.Random, domain: str, day: date, n: int) -> str:
    words = ["air", "drones", "night", "swap", "attack", "update"]
    slug = "-".join(rng.choice(words) for _ in "ab")
    url = f"https://{domain}/{day:%Y/%m/%d}/{slug}-{n}"
    if rng.random() < 0.3:
        url += "?utm_source=telegram&utm_medium=social"
    return url


def day_sizes(rng: random.Random) -> Iterator[int]:
    """Articles per day: a wire desk's ordinary nights, and now and then a huge one."""
    while True:
        yield rng.randint(1200, 1600) if rng.random() < 0.02 else rng.randint(40, 160)


def wire_rows(seed: int = 7, first_day: date = date(2021, 1, 1)) -> Iterator[dict]:
    """An endless stream of {"text", "published", "outlet", "url"} rows, day by day."""
    rng = random.Random(seed)
    sizes = day_sizes(rng)
    day = first_day
    n = 0
    recent: list[dict] = []
    while True:
        # A night's figures: the official count, and a few others some reports give (an
        # earlier count, another official's, a regional tally).
        variants = [_figures(rng) for _ in range(rng.randint(2, 4))]
        for _ in range(next(sizes)):
            n += 1
            roll = rng.random()
            if recent and roll < 0.08:
                # A syndicated copy: another outlet, re-headlined or trimmed, the same figures.
                original = rng.choice(recent)
                outlet, domain = rng.choice(OUTLETS)
                paras = original["text"].split("\n\n")
                if len(paras) > 2 and rng.random() < 0.5:
                    paras = paras[:-1]
                else:
                    paras = [f"{outlet}: {paras[0]}", *paras[1:]]
                yield {"text": "\n\n".join(paras), "published": original["published"],
                       "outlet": outlet, "url": _url(rng, domain, day, n)}  # fmt: skip
                continue
            if recent and roll < 0.10:
                # The same link sent again, with other tracking parameters.
                again = {k: v for k, v in rng.choice(recent).items() if not k.startswith("_")}
                if again.get("url"):
                    again["url"] = again["url"].split("?")[0] + "?utm_source=rss"
                yield again
                continue
            if recent and roll < 0.12:
                # A re-issued report: the same text with one figure changed.
                original = rng.choice(recent)
                fig = rng.choice(variants)
                text = original["text"].replace(str(original["_dd"]), str(fig["dd"]), 1)
                outlet, domain = rng.choice(OUTLETS)
                yield {"text": text, "published": original["published"], "outlet": outlet,
                       "url": _url(rng, domain, day, n)}  # fmt: skip
                continue
            kind = rng.choices(
                ["strike", "russia", "swap", "talks", "uk", "ru"], [50, 10, 5, 8, 20, 7]
            )[0]
            fig = dict(variants[0] if rng.random() < 0.7 else rng.choice(variants))
            outlet, domain = rng.choice(OUTLETS)
            row = {
                "text": _article(rng, day, kind, outlet, fig),
                "published": day.isoformat(),
                "outlet": outlet,
                "url": _url(rng, domain, day, n) if rng.random() < 0.85 else None,
                "_dd": fig["dd"],
            }
            recent.append(row)
            del recent[:-200]
            yield {k: v for k, v in row.items() if not k.startswith("_")}
        day += timedelta(days=1)
