"""dev442 items: the front lines of Marib, Taiz, Hodeidah and Saada, the coalition's air war,
the mines and the camps they filled, 2015-2025 (16 texts, 2 without figures)."""

from _wrap import item

item(
    "Marib: dozens of fighters killed as Houthis press offensive",
    """
MARIB, Yemen, {{Feb 14}} (Reuters) - Fighting in the desert hills west of Marib has killed
[[at least 65 fighters|killed;a=military sources]] on both sides in {{48 hours}}, military
sources said on Sunday, as the Houthis pressed their push on the government's last stronghold in
the north. Government commanders told Reuters that [[27|killed;a=Government commanders]] of the
dead were from their own ranks and that [[more than 120 soldiers|injured;a=Government
commanders]] had been wounded, most of them by mortar fire. A doctor at the city's main hospital said it
was receiving [[between 60 and 70 wounded a day|injured;a=A doctor at the city's main
hospital]]. The Houthis, who relaunched the
offensive on {{Feb 8}}, gave no toll of their own. The coalition said its jets had carried out
[[more than 40 air strikes|other;a=The coalition;u=other]] on Houthi reinforcements since Friday
and destroyed [[18 armoured vehicles|other;a=The coalition]]. Tribal leaders said [[some 400
families|displaced;a=Tribal leaders]] had fled the Sirwah area toward the city, where, according
to the International Organization for Migration, [[about 140 camps|capacity;a=the International
Organization for Migration]] already shelter [[nearly one million people|displaced;a=the
International Organization for Migration]] uprooted by earlier fighting.
""",
)

item(
    "Mortar round kills children in Taiz street",
    """
TAIZ, Yemen - A mortar round slammed into a crowded street in Taiz's Zaid al-Mushki
neighbourhood on Saturday afternoon, killing [[five civilians|killed;a=local health officials]],
[[three|killed;a=local health officials]] of them children, local health officials said. They
said [[a further 11 people|injured;a=local health officials]] had been wounded, [[two|injured;a=local
health officials]] of them critically, and blamed Houthi positions on the hills east of the city. Residents said [[about 30
homes|housing;a=Residents]] in the neighbourhood had been damaged by shelling that week.
The city has been split by front lines since {{2015}}, and the main road linking its {{two
halves}} reopened only in {{June 2024}} after {{nine years}}. Médecins Sans Frontières said its
hospital in the Houban district had treated [[312 patients|injured;a=Médecins Sans Frontières]]
for gunshot and blast wounds in the first {{six months}} of the year, {{a third}} of them women
and children. Snipers shot dead [[at least 19 people|killed;a=the rights group Mwatana]] in the
city between January and June, according to the rights group Mwatana, which said
[[seven|killed;a=the rights group Mwatana]] of them were under {{the age of 18}}.
""",
)

item(
    "Hodeidah offensive reaches city's eastern edge",
    """
HODEIDAH, Yemen (AP) - Forces backed by the Saudi-led coalition pushed into the eastern outskirts
of Hodeidah on Wednesday, and medics said [[at least 43 people|killed;a=medics]] had been killed
in {{24 hours}} of fighting, bringing the toll since the offensive began on {{June 13}} to
[[nearly 600|killed;a=medics]]. The coalition said [[more than 200 Houthi fighters|killed;a=The
coalition]] were among the dead and that its troops had captured [[57 others|arrested;a=The
coalition]]. The Houthi-run Saba news agency said [[14 civilians|killed;a=The Houthi-run Saba
news agency]] died when jets struck a fish market on the corniche and that
[[dozens|injured;a=The Houthi-run Saba
news agency]] were wounded. The Yemen Red Crescent said [[at least 22 people|missing;a=The Yemen
Red Crescent]] were still missing after the market strike. Hospitals in the city have
received [[more than 300 wounded|injured;a=the ICRC]] since the offensive began, the ICRC said.
The UN said [[about 26,000 families|displaced;a=The UN]] had fled the district since June and
warned that [[as many as 250,000 people|civilians;a=The UN;p]] could lose everything if the
fighting reached the port, through which {{70 percent}} of Yemen's imports pass.
""",
)

item(
    "Deminers clear another thousand mines in a month",
    """
ADEN - The Saudi-funded demining project Masam said on Monday that its teams had removed
[[1,184 landmines|other;a=Masam;alt=The Saudi-funded demining project Masam;u=other]] and
[[3,906 unexploded munitions|other;a=Masam;alt=The Saudi-funded demining project Masam]] across
Yemen in September alone, bringing the total it has cleared since mid-{{2018}} to [[more than
470,000|other;a=Masam;alt=The Saudi-funded demining project Masam;u=other]]. Of those,
[[about 8,600|other;u=other]] were anti-personnel mines, which the Houthis deny planting. Masam
estimates that [[as many as 2 million mines|other;a=Masam]] are still buried across the country. The
project says it lost [[seven deminers|killed;a=The project;alt=Masam]] in {{2023}}, while [[14
others|injured;a=The project;alt=Masam]] were maimed. In Hays district, south of Hodeidah, a
mine hidden on a farm track killed a {{12-year-old}} shepherd last week, residents said. The
Yemen Landmine Monitor recorded [[91 civilians|killed;a=The Yemen Landmine Monitor]] killed and
[[217|injured;a=The Yemen Landmine Monitor]] wounded by mines and explosive remnants in the
first {{nine months}} of the year, {{42 percent}} of them children.
""",
)

item(
    "Air strike on Saada prison leaves scores dead",
    """
SAADA, Yemen - Rescuers were still pulling bodies from the rubble of a remand prison in Saada on
Saturday, a day after an air strike that the charity Médecins Sans Frontières said killed [[at
least 80 people|killed;a=Médecins Sans Frontières]] and wounded [[more than 200|injured;a=Médecins
Sans Frontières]]. The Houthi-run health ministry put the toll at [[87|killed;a=The Houthi-run
health ministry]] and said [[266 detainees|injured;a=The Houthi-run health ministry]] had been
hurt, many of them African migrants held at the site. Aid workers said the prison had held [[between
1,500 and 2,000 inmates|arrested;a=Aid workers]] before the strike. The coalition denied hitting the prison and
said its jets had struck [[11 military targets|other;a=The coalition;u=other]] in the province
overnight. A separate strike on a telecommunications building in Hodeidah knocked out the
internet across the country for {{four days}} and killed [[three children|killed;a=Save the
Children]] playing in a nearby yard, Save the Children said. In Saada city, [[about 30
bodies|killed;a=local officials]] were still unidentified on Sunday, local officials said.
""",
)

item(
    "Seven years of air raids, in one monitor's tally",
    """
The Yemen Data Project, an independent monitor, recorded [[25,054 air raids|other;a=The Yemen
Data Project;u=other]] by the Saudi-led coalition between {{March 2015}} and the truce of
{{April 2022}}. It counted [[8,983 civilians|killed;a=The Yemen Data Project]] killed and
[[9,997|injured;a=The Yemen Data Project]] wounded in those raids, and found that residential
areas were hit in [[about 6,300|other;a=The Yemen Data Project;u=other]] of them. The project
lists strikes on [[more than 700 schools|housing;a=The project;alt=The Yemen Data Project]] and
[[142 hospitals and clinics|housing;a=The project;alt=The Yemen Data Project;n=hospitals and
clinics]], as well as on markets,
weddings and water plants. {{One in three}} raids, by the project's count, struck a non-military
site. The monitor stopped updating its database in {{2023}}, citing a lack of funding.
""",
)

item(
    "Both sides pour troops into Marib fight",
    """
ADEN - The Houthis have moved [[tens of thousands of fighters|combatants;a=Yemeni government
officials]] toward Marib since September, Yemeni government officials say, many of them
recruited in the tribal areas of Amran and Dhamar. To meet them, the government has redeployed
[[some 3,000 troops|combatants;a=a spokesman for the joint forces]] of the UAE-backed Giants
Brigades from the west coast, a spokesman for the joint forces told AFP. The {{35th Armoured
Brigade}}, which holds the southern approaches, lost [[nine soldiers|killed]] in an ambush on
Tuesday. The government claimed that [[over 1,500 Houthi fighters|killed;a=The government]] were
killed in October alone, a figure that could not be verified. A UN panel of experts estimated in
{{2022}} that the Houthis had recruited [[as many as 2,000 children|combatants;a=A UN panel of
experts]] as fighters since {{2020}}. Tribal sheikhs in Marib say they can field [[15,000 to 20,000 fighters|combatants;a=Tribal
sheikhs in Marib;p]] if the city is threatened. Saudi Arabia keeps [[about 10,000
troops|combatants;a=analysts]]
along its border with Saada, analysts estimate.
""",
)

item(
    "Stockholm deal turns five, and Hodeidah's truce frays",
    """
{{Five years}} after the Stockholm Agreement was signed on {{Dec 13, 2018}}, the UN mission
set up to watch the ceasefire in Hodeidah is still confined to a rented ship and a hotel. The
mission, created by Security Council {{Resolution 2452}} in {{January 2019}} for an initial
{{six months}}, has had its mandate renewed {{five times}}, most recently until {{July 14,
2024}}. Its budget has shrunk to about {{$25 million}} a year. The ceasefire line, which runs
for about {{12 km}} along the city's eastern edge, has been breached almost daily since the
{{first}} week, the mission's own reports say. Diplomats in Amman, where the parties met for a
{{fourth}} round of talks on the port's revenues, said a deal was not expected before {{2024}}.
""",
)

item(
    "Missile hits Marib petrol station",
    """
MARIB - A ballistic missile fired by the Houthis struck a crowded petrol station in the centre of
Marib on Sunday evening, killing [[17 people|killed;a=the governor's office]], among them a
{{five-year-old}} girl, the governor's office said. [[Twenty-four others|injured]] were taken to
the Marib general hospital, where doctors said [[six|injured;a=doctors]] were in a critical
condition. [[About 700 families|displaced;a=camp managers]] living in the nearby al-Rawdha camp moved
further east after the strike, camp managers said. The governor's office said the city had been
hit by [[more than 40 missiles|other;a=The
governor's office]] and [[dozens of drones|other;a=The governor's office]] since the offensive
began. Marib's population has swollen from [[about 400,000|civilians;a=local authorities]]
before the war to [[nearly three million|civilians;a=local authorities]], local authorities
estimate, most of them people who fled other provinces.
""",
)

item(
    "Sanaa bombed for a second night",
    """
SANAA, {{March 27, 2015}} - Saudi-led warplanes pounded Sanaa for a {{second}} night on Friday,
hitting the airport, an air base and weapons depots held by the Houthis, and the Houthi-controlled
Saba news agency said [[at least 39 civilians|killed;a=the Houthi-controlled Saba news agency]]
had been killed, [[six|killed;a=the Houthi-controlled Saba news agency]] of them children. Saudi
state media said the kingdom had committed [[about 100 warplanes|other;a=Saudi state
media]] and [[some 150,000 troops|combatants;a=Saudi state media]] to the operation, which it
called Decisive Storm. Egypt said it had sent [[four warships|other;a=Egypt;u=other]] toward the
Bab el-Mandeb strait. Residents said [[hundreds of families|displaced;a=Residents]] had left the
capital for villages in the mountains, and queues at petrol stations stretched for {{2 km}}. India said it planned to evacuate [[some
4,000 of its nationals|displaced;a=India;p;n=nationals]] by sea from Aden.
""",
)

item(
    "Back in Hays, six years on",
    """
HAYS, Yemen - When shells began to fall on Hays in {{2018}}, Amina Saleh, then {{35}}, fled on
foot with [[her five children|displaced]] to a camp near Khokha. {{Six years}} later she is back,
one of [[about 3,200 families|returned;a=the district authority]] who have gone home to Hays
since the front moved, according to the district authority, and [[between 150 and 200 families|returned;a=the
district authority]] still come back each month. Her house had lost its roof; the
Norwegian Refugee Council, which says it has repaired [[1,150 homes|housing;a=the Norwegian
Refugee Council]] in Hays and Khokha, fixed it in {{three weeks}}. The fields around the village
are still sown with mines, and [[two neighbours|killed]] died in the spring when their cart hit
one. The council says [[some 11,000 people|displaced;a=The council;alt=the Norwegian Refugee
Council]] from the district remain in camps along the coast, waiting for the land to be cleared.
"I will not go back to the tent," she says.
""",
)

item(
    "Taiz, a city cut in two, runs short of water",
    """
In the government-held centre of Taiz, [[an estimated 600,000 residents|civilians;a=OCHA]] depend
on water trucked in over mountain roads, according to OCHA. Before the Houthis closed the main
roads in {{2016}}, the drive from Houban to the centre took {{10 minutes}}; for years it took up
to {{six hours}}. UNICEF says [[at least 56 children|killed;a=UNICEF]] have been killed by
sniper fire and shelling in the governorate since {{2021}}, and that it delivered [[380 water
tanks|aid;a=UNICEF;u=other]] to schools and clinics last year. The agency now sends [[up to 40
water trucks a day|aid;a=The agency;alt=UNICEF]] into the city, it says. [[About 2,000 families|displaced;a=local
officials]] from the eastern districts live in [[23 sites|capacity;a=local officials]] on the
edge of the city, local officials said. When the Houthis reopened the al-Hawban road in {{June
2024}}, [[more than 1,500 vehicles|other;a=traffic police]] crossed on the {{first day}}, traffic
police said.
""",
)

item(
    "Drone kills soldiers in Marib despite truce",
    """
Government forces said on Tuesday that a Houthi drone strike on a position in Harib had killed
[[seven soldiers|killed;a=Government forces]] and wounded [[four others|injured;a=Government
forces]], revising down an earlier toll of [[10|killed;a=a local commander]] given by a local
commander. [[Some 120 families|displaced;a=the local council]] fled villages near the position
over the next {{two days}}, the local council said. Since the UN-brokered truce of {{April 2022}}, which formally lapsed after {{six
months}}, [[more than 300 soldiers|killed;a=the defence ministry]] have been killed on the Marib,
Taiz and Dhale fronts, according to the defence ministry. ACLED, which tracks political violence,
recorded [[1,612 incidents|other;a=ACLED;u=other]] of shelling, drone strikes and clashes in the
same period and counted [[about 90 civilians|killed;a=ACLED]] killed. The Houthis said on their
Al-Masirah channel that government artillery had killed [[three|killed;a=The Houthis]] of their
fighters.
""",
)

item(
    "Shelling from across the border hits Saada market",
    """
SAADA - Artillery fire from across the Saudi border struck a market in Shada district on Monday,
killing [[eight people|killed;a=the Houthi-run Al-Masirah TV]] and wounding
[[27|injured;a=the Houthi-run Al-Masirah TV]], the Houthi-run Al-Masirah TV said. The channel
said the shelling brought to [[63|killed;a=The channel;alt=the Houthi-run Al-Masirah TV]] the
number of people killed in the border districts of Saada this month. [[Around 50 families|displaced;a=local officials]] left Shada for Saada city after the attack,
and [[about 5,000 people|civilians;a=local officials]] remain in the border villages, local
officials said. OCHA estimates that [[as many as 12,000 people|displaced;a=OCHA]] have fled the border
districts since January. Saudi Arabia does not comment on single incidents. The ICRC said it had treated
[[more than 1,000 people|injured;a=The ICRC]] for gunshot and blast wounds from the border area
in {{2022}}, many of them Ethiopian migrants.
""",
)

item(
    "Houthis parade missiles on anniversary of Sanaa takeover",
    """
SANAA - The Houthis paraded ballistic missiles and drones through Sanaa on Saturday to mark the
{{10th}} anniversary of their takeover of the capital on {{Sept 21, 2014}}. State television
showed the {{Burkan-3}} and {{Toufan}} missiles, which the group says can reach targets
{{2,000 km}} away, and a new drone it called {{Samad-4}}. The parade on Sabeen Square lasted
about {{three hours}} and ended with a speech by the group's leader broadcast from an undisclosed
location. He said the group had "no red lines" and was ready for a {{fifth}} year of
confrontation with Israel and the United States.
""",
)

item(
    "Shells hit displacement camp on edge of Marib",
    """
MARIB - Shells fired by Houthi forces hit the al-Suwayda camp for displaced people on the edge of
Marib on Thursday, killing [[four people|killed;a=the camp's administration]], including [[two
children|killed;a=the camp's administration]], and burning [[about 60 tents|housing;a=the camp's
administration]], the camp's administration said. The Executive Unit for IDP Camps, a government
body, said [[some 1,300 families|displaced;a=The Executive Unit for IDP Camps]] had fled the camp
for other sites by Friday. The unit counts [[197 sites|capacity;a=The unit;alt=The Executive Unit
for IDP Camps]] in the governorate, sheltering [[about 2.2 million displaced people|displaced;a=The
unit;alt=The Executive Unit for IDP Camps]], a figure the UN puts much lower. It was the {{third}}
time this year that the camp had been shelled.
""",
)
