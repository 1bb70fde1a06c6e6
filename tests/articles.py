"""Wire-style test articles written for these tests (the seed story's facts, our sentences)."""

from datetime import UTC, datetime

# 3 December 2023, 09:30 Kyiv time: when the channel posted the report.
SEED_POST_DATE = datetime(2023, 12, 3, 7, 30, tzinfo=UTC)

EXCHANGE_AND_STRIKES = """\
Ukraine seeks to bring home 1,200 prisoners as exchange talks resume

Ukraine is pressing to restart prisoner exchanges with Russia and wants 1,200 of its people \
returned, President Volodymyr Zelenskyy said on Sunday.

"We are counting on the resumption of POW exchanges," Zelenskyy said in a post on X.

Rustem Umerov said consultations mediated by Turkey and the United Arab Emirates had been held, \
and that both sides had agreed to revive the Istanbul agreements reached in 2022. Moscow did not \
comment.

Overnight, Russian drones hit energy infrastructure in the Odesa region, damaging a solar power \
plant.

Ukraine's air force said Russia launched 176 drones and one missile during the night and that \
139 of the drones were shot down. Russia's defence ministry said it had downed 57 Ukrainian drones.
"""

# The same report as a second outlet tells it: other words, same facts.
SECOND_OUTLET = """\
Kyiv wants 1,200 captives home by the holidays as swap talks gather pace

Ukrainian officials are working to restart prisoner swaps with Moscow, hoping to free 1,200 \
Ukrainians before the winter holidays, President Volodymyr Zelenskyy said in his Sunday address.

Rustem Umerov said talks in Turkey and the United Arab Emirates had produced a preliminary deal \
to return to the Istanbul agreements. Moscow has not commented.

Ukraine's air force said air defences destroyed 139 of the 176 drones Russia launched overnight, \
along with a missile attack that involved one missile.
"""

TITLE_WITH_HTML = """\
Air force: 40 drones <launched> & 31 shot down over "Kyiv" region

Ukraine's air force said on Tuesday that Russia had launched 40 drones overnight and that air \
defences shot down 31 of them over the Kyiv region.
"""

# A third outlet dates the same talks two days later.
THIRD_OUTLET = """\
Ukraine presses Russia on exchange of 1,200 prisoners

Ukraine and Russia held consultations on an exchange of 1,200 prisoners, with Turkey and the \
United Arab Emirates acting as mediators, Ukrainian officials said. The talks follow the \
framework of the Istanbul agreements, according to Rustem Umerov.
"""

# A week later the swap happens, with a different figure: a new exchange record.
SWAP_COMPLETED = """\
230 Ukrainian prisoners return home in swap mediated by the UAE

Ukraine said 230 of its prisoners of war returned home on Sunday in an exchange with Russia \
mediated by the United Arab Emirates. Since the start of the full-scale invasion, Ukraine has \
brought back 2,828 people from captivity, officials said.
"""

AIR_FORCE_FIRST = """\
Air force: 139 drones shot down overnight

Ukraine's air force said on Sunday that Russia launched 176 drones and one missile overnight, \
and that 139 of the drones were shot down.
"""

AIR_FORCE_UPDATE = """\
Air force raises count of downed drones to 150

Ukraine's air force on Sunday updated its figure for the overnight attack, saying 150 of the \
176 drones launched by Russia were destroyed. The air force had earlier said 139 were shot down.
"""

# The first seed version syndicated under a new headline, last paragraph trimmed.
SYNDICATED_COPY = (
    "Zelenskyy: talks under way to free 1,200 Ukrainians\n"
    + "\n".join(EXCHANGE_AND_STRIKES.split("\n")[1:]).rsplit("\n\n", 1)[0]
)
