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
