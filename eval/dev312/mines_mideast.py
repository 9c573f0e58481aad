"""dev312 items: Syria, Iraq, Yemen, Gaza and Lebanon (17 texts, 2 of them without a figure)."""

from _wrap import item

item(
    "Mines kill returning Syrians on old front lines",
    """
Landmines and unexploded ordnance have killed [[at least 249 people|killed;a=Syria Civil Defence]],
including [[60 children|killed;a=Syria Civil Defence]], in Syria since the fall of Bashar
al-Assad in {{December 2024}}, according to Syria Civil Defence, known as the White Helmets.
[[A further 379|injured;n=-;a=the group;alt=Syria Civil Defence]] were wounded, the group said.
Many of the victims were among [[more than 1.2 million people|returned;a=UNHCR]] who have gone
back to their home areas since the government collapsed, according to UNHCR. The White Helmets
say they have [[14 clearance teams|other;u=other;a=The White Helmets]] in the field and have
destroyed [[more than 1,400 items|other;a=The White Helmets]] since January.
[[Two of their volunteers|killed]] were killed clearing a field near Maarat al-Numan in March.
Mahmoud, {{38}}, came back to Kafr Nabl with [[his six children|returned]] after
{{eight years}} in a camp near the Turkish border, only to find his olive grove seeded with
cluster bomblets.
""",
)

item(
    "Years after IS defeat, Mosul's old city still yields bombs",
    """
The UN Mine Action Service (UNMAS) said on Monday its teams had removed
[[more than 2,700 explosive hazards|other;u=other;a=The UN Mine Action Service (UNMAS)]] from the
rubble of Mosul's old city since {{2018}}, including
[[about 560 suicide belts|other;u=other;a=The UN Mine Action Service (UNMAS)]] still strapped to
bodies. The agency estimates that
[[about 5,000 buildings|housing;a=The agency;alt=UN Mine Action Service (UNMAS)]] in the old city
were destroyed in the {{2017}} battle. [[Tens of thousands of residents|displaced]] have still
not come back. Nineveh province officials say
[[around 30,000 families|returned;a=Nineveh province officials]] have moved back to the west bank
of the city. Families are still searching for
[[some 9,000 people|missing;a=the Iraqi Red Crescent]] listed as missing after the battle,
according to the Iraqi Red Crescent. [[Three Iraqi deminers|killed]] died in {{2023}} when a
booby-trapped house collapsed on them.
""",
)

item(
    "Saudi-funded Masam project says Yemen clearance passes 450,000 items",
    """
Project Masam, the Saudi-funded demining programme in Yemen, said on Sunday its teams had
removed [[1,283 mines and explosive devices|other;n=mines and explosive devices;a=Project Masam]]
in the {{third week}} of March, bringing the total since mid-{{2018}} to
[[more than 450,000|other;n=-;u=other;a=Project Masam]]. The Yemen Executive Mine Action Centre
says Houthi forces have laid [[more than a million mines|other;v=1000000;q=at_least;a=The Yemen Executive Mine Action Centre]]
across the country, a figure the Houthis reject. Mines and explosive remnants killed or injured
[[499 people|injured;a=the Landmine Monitor]] in Yemen in {{2023}}, the Landmine Monitor said.
In Taiz, Save the Children said [[at least 26 children|injured;a=Save the Children]] were killed
or maimed by mines in the {{first six months}} of the year.
[[Thirty-two Masam deminers|killed;a=the project;alt=Project Masam]] have been killed on the
job since {{2018}}, the project says.
""",
)

item(
    "Houthis hold demining staff as mine toll rises on Red Sea coast",
    """
Houthi security forces detained [[three Yemeni employees|arrested;a=aid officials]] of an
international demining group in Hodeidah last week, the latest of
[[more than 50 aid and UN workers|arrested;n=aid and UN workers;a=aid officials]] held by the group
since {{June 2024}}, aid officials said on Tuesday. The Hodeidah coast is among the most heavily
mined areas in the world. The International Committee of the Red Cross (ICRC) said
[[at least 180 people|injured;a=The International Committee of the Red Cross (ICRC)]] were
killed or wounded by mines in the governorate in {{2024}}. The ICRC-supported rehabilitation
centre in Sanaa fitted [[1,150 prostheses|aid;u=other]] last year.
[[About 40,000 people|displaced;a=the IOM]] remain displaced along the coast, unable to return
to villages near the front, according to the IOM. Fishermen say
[[at least 12 boats|other;a=Fishermen]] have been destroyed by sea mines near Midi.
""",
)

item(
    "Unexploded bombs threaten Gazans returning to ruined homes",
    """
[[Hundreds of thousands of Palestinians|returned;a=the UN Mine Action Service (UNMAS)]] who went
back to northern Gaza after the ceasefire took effect are living among rubble laced with
unexploded bombs, the UN Mine Action Service (UNMAS) said on Thursday. It estimates that
between {{5%}} and {{10%}} of munitions fired into the territory failed to detonate. The agency
said its teams had assessed
[[more than 560 sites|other;a=The agency;alt=UN Mine Action Service (UNMAS)]] and found
[[about 190 items|other;a=The agency;alt=UN Mine Action Service (UNMAS)]] of unexploded
ordnance in homes, schools and hospitals. The Gaza health ministry says explosive remnants have
killed [[at least 52 people|killed;a=The Gaza health ministry]], including
[[23 children|killed;a=The Gaza health ministry]]. The World Bank estimates
[[some 290,000 housing units|housing;a=The World Bank]] were damaged or destroyed. Gaza's civil
defence says [[about 10,000 people|missing;a=Gaza's civil defence]] are still missing under the
rubble, and that many bodies cannot be recovered until the bombs around them are removed.
""",
)

item(
    "South Lebanon villagers return to fields strewn with ordnance",
    """
[[More than 900,000 people|returned;a=the International Organization for Migration]] have
returned to southern Lebanon since the ceasefire of {{November 27, 2024}}, the International
Organization for Migration said, but
[[about 99,000|displaced;n=-;a=the International Organization for Migration]] remain displaced.
The Lebanon Mine Action Center (LMAC) says
[[at least 26 people|injured;a=The Lebanon Mine Action Center (LMAC)]] have been killed or
wounded by unexploded ordnance since the truce. Lebanon is still clearing submunitions from the
{{2006}} war, when Israel fired [[an estimated 4 million submunitions|other;u=other]],
[[up to a million|other;n=-;u=other;v=1000000;q=at_most]] of which failed to explode. In
Aitaroun [[about 600 homes|housing]] were destroyed in the latest war. LMAC's teams have cleared
[[more than 1,800 cluster bomblets|other;u=other]] from orchards since the ceasefire. The army
says it needs [[at least 300 more deminers|other;p;a=The army]] and {{$45 million}} to finish
the job.
""",
)

item(
    "Booby traps and rubble keep Yazidis in camps a decade on",
    """
Nearly {{ten years}} after Islamic State fighters were driven from Sinjar,
[[about 200,000 Yazidis|displaced;a=the Iraqi migration ministry]] still live in
[[15 camps|capacity;a=the Iraqi migration ministry]] and informal sites in the Kurdistan region,
the Iraqi migration ministry says. Mines Advisory Group (MAG), which has worked in Sinjar since
{{2016}}, said it had cleared
[[more than 19,000 explosive items|other;a=Mines Advisory Group (MAG)]] there, many of them
improvised devices. The charity says
[[some 1,500 houses|housing;a=The charity;alt=Mines Advisory Group (MAG)]] in Sinjar town remain
destroyed or too dangerous to enter. The IOM counted
[[about 2,800 families|returned;a=The IOM]] returning to Sinjar in {{2023}};
[[roughly 350|displaced;n=-;u=household;a=The IOM]] later went back to the camps.
[[Three children|killed]] were killed in May when a device hidden in a wall exploded.
""",
)

item(
    "Cluster remnants still maim children in north-west Syria",
    """
Cluster munition remnants and other explosives killed
[[at least 34 children|killed;a=the Syrian Network for Human Rights]] and injured
[[51|injured;n=-;a=the Syrian Network for Human Rights]] in north-west Syria in the first half of
{{2023}}, the Syrian Network for Human Rights said. The group said it had documented
[[at least 497 cluster munition attacks|other;u=other;a=The group;alt=Syrian Network for Human Rights]]
by Syrian government and Russian forces since {{2012}}.
[[About 1.9 million people|displaced;a=OCHA]] live in
[[more than 1,500 camps|capacity;a=OCHA]] across the north-west, according to OCHA. The HALO
Trust said it had given risk-education sessions to
[[about 60,000 people|aid;a=The HALO Trust]] in the area that year. A boy, {{aged 11}}, lost
both legs in Atarib in June after picking up a bomblet on his way to school.
""",
)

item(
    "Iran-Iraq war minefields still kill shepherds in Basra",
    """
[[Two shepherds|killed;a=police]] were killed and [[three others|injured;a=police]] wounded on
Friday when a mine exploded near Siba in Iraq's Basra province, police said. The minefields were
laid during the {{1980-88}} war with Iran and have never been fully mapped. Iraq's Directorate
of Mine Action said [[at least 1,200 people|injured;a=Iraq's Directorate of Mine Action]] had
been killed or injured by mines in Basra since {{2003}}. Norwegian People's Aid said its teams
had destroyed [[more than 38,000 mines|other;a=Norwegian People's Aid]] in southern Iraq since
{{2015}}. Oil companies employ [[some 900 local deminers|other]] to clear the fields around their
wells. [[About 1.1 million people|civilians;a=the UN Development Programme]] live in or near
contaminated areas in the province, the UN Development Programme estimates.
""",
)

item(
    "Kurdish-led forces detain IS cell accused of mining Deir ez-Zor roads",
    """
The Syrian Democratic Forces (SDF) said on Saturday they had arrested
[[nine suspected Islamic State members|arrested;a=The Syrian Democratic Forces (SDF)]] accused of
planting roadside mines that killed
[[at least 14 people|killed;a=The Syrian Democratic Forces (SDF)]] in eastern Deir ez-Zor this
year. An SDF spokesman said [[about 200 fighters|combatants;a=An SDF spokesman]] took part in
the dawn raid, which also seized [[35 mines|other;a=An SDF spokesman]] and
[[a dozen detonators|other;u=other;a=An SDF spokesman]]. Islamic State still has
[[between 2,500 and 3,000 fighters|combatants;a=UN sanctions monitors]] in Syria and Iraq, UN
sanctions monitors estimated in July. Al-Hol camp, where many of the group's relatives are held,
still houses [[about 24,000 people|displaced]], most of them women and children.
""",
)

item(
    "Iraq asks for more time to clear its minefields",
    """
Iraq has asked states parties to the Mine Ban Treaty to extend its clearance deadline from
{{February 1, 2028}} to {{2038}}, saying the fight against Islamic State added a new layer of
contamination to minefields from the {{1980s}}. Iraq says about {{2,400 square kilometres}}
remain contaminated, {{65%}} of it in the south. International funding for clearance fell from
{{$120 million}} in {{2019}} to {{$57 million}} in {{2023}}, according to the request. Under
{{Article 5}} of the treaty, each state must clear all mined areas within {{ten years}} of
joining. The request will be considered at the meeting of states parties in Geneva in
November.
""",
)

item(
    "EU pledges new money for clearance in southern Lebanon",
    """
The European Union will give Lebanon {{€10 million}} for the clearance of unexploded ordnance in
the south, the EU delegation in Beirut said on {{March 12}}. The money, to be spent over
{{18 months}}, follows an earlier grant of {{€4.5 million}} in {{2025}}. Lebanon's mine action
centre estimates that about {{130 square kilometres}} are contaminated, up by almost
{{40%}} since the {{2023-2024}} war. Clearance has been slowed by strikes that continued after
the truce of {{November 2024}}, the centre said.
""",
)

item(
    "Idlib camps empty slowly as mines block the way home",
    """
[[About 170,000 people|returned;a=OCHA]] have left camps in north-west Syria to go home since
{{December 2024}}, OCHA said on Tuesday, but
[[nearly 1.5 million|displaced;n=-;a=OCHA]] remain in [[some 1,400 camps|capacity;a=OCHA]]. A
survey by the REACH initiative found that {{43%}} of families in the camps named explosive
contamination as a reason not to return. In Maarat al-Numan, home to
[[about 120,000 people|civilians;a=local council officials]] before the war,
[[fewer than 3,000|returned;n=-;a=local council officials]] have come back, local council
officials said. The council says [[about 9,000 homes|housing;a=The council]] were destroyed and
that deminers have so far checked only
[[around 400|other;n=-;u=structure;a=The council]]. A Syria Civil Defence team removed
[[three rockets|other]] and [[dozens of mortar rounds|other]] from a single school last week.
""",
)

item(
    "Marib's displaced live beside minefields, aid groups say",
    """
Yemen's Marib governorate hosts
[[more than 1 million displaced people|displaced;a=the Norwegian Refugee Council]] in
[[about 200 sites|capacity;a=the Norwegian Refugee Council]], the Norwegian Refugee Council said.
[[At least 12 camps|capacity;a=the council;alt=Norwegian Refugee Council]] sit within
{{two kilometres}} of known minefields, the council said. Children herding goats are the most
frequent victims: [[seven children|killed;a=local health officials]] died in January alone,
according to local health officials. Masam teams cleared [[some 4,000 mines|other]] around the
camps last year. [[200-250 families|displaced;a=the IOM's displacement tracking matrix]] fled new
fighting in Sirwah in February, the IOM's displacement tracking matrix recorded. Aid groups
handed out [[2,500 tents|aid]] as the camps filled.
""",
)

item(
    "Truffle season turns deadly in Syria's desert",
    """
Landmines and unexploded shells killed
[[at least 38 truffle hunters|killed;a=the Syrian Observatory for Human Rights]] in Syria's
central desert between February and April, the Syrian Observatory for Human Rights said, in the
deadliest season it has recorded.
[[Another 59|injured;n=-;a=the Britain-based monitor;alt=Syrian Observatory for Human Rights]]
were wounded, the Britain-based monitor said. Truffles sell for up to {{$25 a kilo}} in Homs. In
one incident near Palmyra, [[11 people|killed]] from the same extended family died when their
pick-up drove over an anti-tank mine. Hunters say
[[hundreds of families|civilians;a=Hunters]] from Hama and Homs rely on the harvest. Islamic
State cells, which the monitor says still have
[[several hundred fighters|combatants;a=the monitor;alt=Syrian Observatory for Human Rights]] in
the desert, are blamed for many of the mines.
""",
)

item(
    "UNIFIL deminers mark the Blue Line as the force shrinks",
    """
UNIFIL, the UN force in southern Lebanon, said its demining teams had cleared
[[more than 6,800 mines and unexploded items|other;n=mines and unexploded items;a=UNIFIL]] along
the Blue Line since {{2006}}. The mission has [[about 10,000 peacekeepers|combatants]], down
from [[more than 10,500|combatants;n=-]] a year earlier, after budget cuts. Cambodian and Chinese
engineering companies do most of the clearance; [[two Cambodian deminers|injured]] were hurt in
{{2023}}. The Lebanese army said it had deployed
[[about 6,000 soldiers|combatants;a=The Lebanese army]] to the south under the ceasefire and
planned to raise that to [[10,000|combatants;p;n=-;a=The Lebanese army]].
""",
)

item(
    "Raqqa residents return to booby-trapped homes",
    """
[[More than 150,000 people|returned;a=the UN]] have returned to Raqqa since the US-backed SDF
drove out Islamic State in {{October 2017}}, the UN said on Friday, even though the city is
strewn with mines and booby traps. Local doctors said
[[at least 130 people|killed;a=Local doctors]] had been killed and
[[more than 600|injured;n=-;a=Local doctors]] injured by explosives in the city since October.
The Raqqa Civil Council says [[about 11,000 buildings|housing;a=The Raqqa Civil Council]] were
destroyed or damaged in the battle. A coalition-trained force of
[[about 700 local deminers|other]] has cleared [[around 8,000 devices|other]], mostly from homes,
schools and hospitals. [[Some 25 deminers|killed]] have been killed doing the work.
""",
)
