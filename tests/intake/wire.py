"""Wire-style articles for the intake tests, written for them (facts of the kind reported)."""

KHARKIV_STATED = """\
Drones strike Kharkiv region overnight, air force says

Monday, February 24, 2025

Russia launched 42 attack drones at Ukraine overnight, the Ukrainian air force said. Air \
defence units shot down 35 of them over the Kharkiv, Sumy and Poltava regions.
"""

ODESA_UK = """\
Ворог атакував Одещину ударними дронами

24 лютого 2025 року, 08:40

Уночі противник атакував Україну 27 ударними БпЛА, повідомили Повітряні сили. Сили ППО збили \
21 з них над Одеською областю.
"""

UNDATED = """\
Drones target port city overnight

Russia launched 64 drones at Ukraine overnight, the air force said, adding that 50 were shot \
down over the south.
"""

NORTH = """\
Drone wave hits the north overnight

Russia launched 38 drones at Ukraine overnight, the air force said. Air defences destroyed 31 \
of them over the Chernihiv and Sumy regions.
"""

SPAN_NIGHT = """\
Sixty drones over the south in a single night

On the night of 31 July-1 August 2025, Russia launched 60 drones at Ukraine, the air force \
said. Air defences shot down 48 of them over the Odesa and Mykolaiv regions.
"""

OVERNIGHT_AUG_1 = """\
Air force: 48 of 60 drones downed overnight

Russia sent 60 drones against Ukraine overnight, and air defence units downed 48 of them, \
the Ukrainian air force said on Friday.
"""

SWAP_DEC_30 = """\
Ukraine brings home 150 prisoners of war in year-end swap

Ukraine brought home 150 of its servicemen from Russian captivity on Monday in an exchange \
mediated by the United Arab Emirates, President Volodymyr Zelenskyy said. The freed men include \
soldiers who defended Mariupol, he added.
"""

SWAP_FEB_5 = """\
Another 150 Ukrainian soldiers return home in prisoner swap

A further 150 Ukrainian soldiers returned home from Russian captivity on Wednesday after a \
prisoner exchange brokered by the United Arab Emirates, Ukraine's coordination headquarters said.
"""

SWAP_UK_189 = """\
Додому повернулися 189 українських захисників

Сьогодні відбувся обмін полоненими: додому повернулися 189 українців, повідомив президент \
Володимир Зеленський. Обмін відбувся за посередництва ОАЕ.
"""

SWAP_RU_150 = """\
Moscow says 150 servicemen returned in swap with Kyiv

Russia's defence ministry said on Monday that 150 Russian servicemen had been returned from \
Ukrainian-held territory in a prisoner exchange. The United Arab Emirates acted as mediator, \
the ministry said.
"""

ALL_FOURTEEN = """\
Air defences down all 14 drones overnight

Russia launched 14 Shahed drones at Ukraine overnight, and air defences destroyed all 14 of \
them, the Ukrainian air force said.
"""

FOURTEEN_AGAIN = """\
Fourteen drones launched, fourteen destroyed

Ukraine's air force said it shot down 14 drones of the 14 that Russia sent against the country \
during the night.
"""


# Six completed swaps of 2024, each reported by Kyiv: (day, people returned, text).
SIX_SWAPS = [
    (
        "2024-01-31",
        207,
        """\
Ukraine gets 207 soldiers back in first swap of the year

Ukraine brought home 207 of its soldiers from Russian captivity on Wednesday, the \
coordination headquarters for prisoners of war said. The exchange was mediated by the \
United Arab Emirates.
""",
    ),
    (
        "2024-02-08",
        100,
        """\
One hundred Ukrainian defenders return in new swap

Ukraine brought home 100 of its defenders from Russian captivity on Thursday in an \
exchange brokered by the UAE, President Volodymyr Zelenskyy said.
""",
    ),
    (
        "2024-05-31",
        75,
        """\
Seventy-five Ukrainians freed in prisoner exchange

Seventy-five Ukrainian servicemen were freed from Russian captivity on Friday in a \
prisoner exchange, the coordination headquarters said.
""",
    ),
    (
        "2024-06-25",
        90,
        """\
Ninety Ukrainian prisoners come home

Ninety Ukrainian prisoners of war came home from Russian captivity on Tuesday after a \
swap mediated by the United Arab Emirates, officials said.
""",
    ),
    (
        "2024-09-14",
        103,
        """\
Ukraine and Russia swap prisoners; 103 Ukrainians home

Ukraine brought back 103 of its defenders from Russian captivity on Saturday, President \
Volodymyr Zelenskyy said, thanking the UAE for its mediation.
""",
    ),
    (
        "2024-10-18",
        95,
        """\
Ninety-five Ukrainian soldiers return from captivity

Ninety-five Ukrainian soldiers returned home from Russian captivity on Friday in an \
exchange mediated by the United Arab Emirates, the coordination headquarters said.
""",
    ),
]
