"""dev425 items: the monitors' global reports, Ukraine, Russia's Kursk region, Azerbaijan, Bosnia,
Croatia and the Baltic and Nordic states.

Fourteen texts with figures and two with numbers but no figure (the last two)."""

from _wrap import item

item(
    "Landmine casualties climb again as Myanmar and Syria lead, monitor says",
    """
Landmines and explosive remnants of war killed or injured [[5,757 people|injured;a=the Landmine
Monitor]] in {{2023}}, the Landmine Monitor said in its annual report, released in Geneva on
Wednesday. Of those, [[1,983|killed;a=the report;alt=the Landmine Monitor]] were killed and
[[3,663|injured;a=the report;alt=the Landmine Monitor]] injured, the report said; what happened to
the rest was not recorded. Civilians made up {{84%}} of the casualties and children {{37%}}.
Myanmar recorded the most, with [[1,003|injured;a=the monitor;alt=the Landmine Monitor]],
followed by Syria with [[933|injured;a=the monitor;alt=the Landmine Monitor]], the monitor said.
Casualties were recorded in [[53 countries and other areas|other;u=other;n=countries and other
areas]]. States parties to the {{1997}} Mine Ban Treaty have destroyed [[more than 55 million
stockpiled mines|other]] since it took effect, and [[a further 1.6 million|other;u=other;p]] are due to be
destroyed under the treaty's deadlines. International funding for mine action reached
{{$798 million}}.
""",
)

item(
    "Ukraine leads world in cluster munition casualties",
    """
Cluster munitions killed or injured [[1,172 people|injured;a=the Cluster Munition Monitor]] in
{{2022}}, the highest annual toll since it began reporting in {{2010}}, the Cluster Munition
Monitor said on Tuesday. Ukraine accounted for [[916|injured;a=the monitor;alt=the Cluster
Munition Monitor]] of them, nearly all from Russian attacks, the monitor said. Russian forces used
cluster munitions in [[hundreds of attacks|other;u=other]] on towns and cities, and Ukrainian
forces also used them, according to Human Rights Watch. Since the convention took effect, [[39
states parties|other;u=other;a=the report;alt=the Cluster Munition Monitor]] have destroyed [[1.5
million stockpiled cluster munitions|other;a=the report;alt=the Cluster Munition Monitor]] and
[[178 million submunitions|other;u=other;a=the report;alt=the Cluster Munition Monitor]], the
report said. The United States sent cluster munitions to Ukraine in {{July 2023}}, and Lithuania
left the convention in {{March 2025}}.
""",
)

item(
    "Ukraine's bomb squads have removed over 600,000 explosives, emergency service says",
    """
Ukraine's State Emergency Service said on Friday its pyrotechnic units had neutralised [[more
than 600,000 explosive items|other;a=Ukraine's State Emergency Service]] since {{February 2022}},
including [[about 3,700 aerial bombs|other;u=other;a=Ukraine's State Emergency Service]]. The
service says [[26 of its pyrotechnicians|killed;a=The service;alt=Ukraine's State Emergency
Service]] have been killed and [[83|injured;a=The service;alt=Ukraine's State Emergency Service]]
wounded on duty. Mines and unexploded ordnance have killed [[at least 360 civilians|killed;a=the
Economy Ministry]] since the invasion, according to the Economy Ministry, which coordinates
demining. Ukraine has [[about 3,000 certified deminers|other]] but needs [[at least
10,000|other;p;a=officials]], officials say. The government estimates {{139,000 square
kilometres}}, almost a quarter of the country, may be contaminated.
""",
)

item(
    "Kharkiv farmers pay for demining out of pocket as tractors hit mines",
    """
Landmines have killed [[19 farmers|killed;a=regional officials]] and injured [[47|injured;a=regional
officials]] in Kharkiv region since the area was retaken in {{September 2022}}, regional officials
say. [[About 150 tractors and combines|other;u=other;n=tractors and combines]] have been destroyed
or damaged. The government pays farmers up to {{80%}} of the cost of commercial clearance, and the
Economy Ministry says [[some 260 farms|aid;u=other;a=the Economy Ministry]] have received payments
so far. Oleksandr Kovalenko, {{61}}, who grows sunflowers near Balakliia, said he had found [[11
anti-tank mines|other;a=Oleksandr Kovalenko]] in one field and had given up on {{thousands of
hectares}}. The HALO Trust, which employs [[more than 1,200 Ukrainians|other;a=The HALO Trust]] in
the region, says it has a waiting list of [[over 400 farms|other;u=other;a=The HALO Trust]].
""",
)

item(
    "Kherson sappers search homes for booby traps after Russian retreat",
    """
Ukrainian sappers have checked [[more than 1,500 buildings|housing;a=the regional military
administration]] in Kherson and nearby villages since Russian forces withdrew across the Dnipro
on {{November 11}}, the regional military administration said. They found [[some 5,000 explosive
devices|other;a=the regional military administration]], it said. [[Two sappers|killed]] were
killed on Sunday clearing a school in Bilozerka. [[About 8,000 residents|displaced]] have been
evacuated by train to Mykolaiv and Kyiv, and officials want [[another 20,000|displaced;p;a=officials]]
to leave before winter. The city had [[about 280,000 residents|civilians;a=the city council]]
before the war and [[fewer than 80,000|civilians;a=the city council]] remain, according to the
city council. Police say [[more than 400 people|missing;a=Police]] from the region are still
missing after the occupation.
""",
)

item(
    "Flood after Kakhovka dam breach carries mines downstream",
    """
The flood unleashed by the destruction of the Kakhovka dam on {{June 6}} forced [[more than 3,600
people|displaced;a=Ukrainian officials]] from their homes on the right bank of the Dnipro,
Ukrainian officials said. The water swept landmines from riverbank minefields and scattered them
across fields and gardens, the ICRC warned. [[About 80 settlements|other;u=other]] were flooded on
both banks. [[At least 52 people|killed;a=officials on both sides]] died, according to officials
on both sides, and [[35|missing;a=officials on both sides]] were listed as missing. [[Some 2,700
homes|housing;a=the regional governor]] in Kherson region were flooded, the regional governor
said. Ukraine's emergency service said [[about 1,000 rescuers|other;a=Ukraine's emergency
service]] had been sent to the area, some of them pyrotechnicians to search for washed-up mines.
""",
)

item(
    "Kursk residents return to mined villages after Ukrainian withdrawal",
    """
Russian military engineers have cleared [[more than 420,000 explosive objects|other;u=other;a=Russia's
Defence Ministry]] in Kursk region since Ukrainian forces were pushed out, Russia's Defence
Ministry said. The ministry said [[about 1,200 sappers|combatants;a=The ministry;alt=Russia's
Defence Ministry]] from its International Mine Action Centre were working in the region. [[About
60,000 residents|returned;a=Alexander Khinshtein]] have returned, said Alexander Khinshtein, the
regional governor. [[More than 150,000|displaced]] fled the border districts in {{August 2024}}.
Mines and unexploded shells have killed [[nine civilians|killed;a=Alexander Khinshtein]] and
wounded [[31|injured;a=Alexander Khinshtein]] since April, he said, and the Sudzha district will
stay closed to residents until at least the spring.
""",
)

item(
    "Mines slow Azerbaijan's Great Return to Karabakh",
    """
Landmines have killed [[at least 70 people|killed;a=ANAMA]] and injured [[more than
300|injured;a=ANAMA]] in Karabakh and the surrounding districts since the {{2020}} war, according
to ANAMA, Azerbaijan's mine action agency. Baku blames Armenia for refusing to hand over accurate
maps of its minefields. [[About 50,000 formerly displaced people|returned;a=officials]] have moved
back to rebuilt towns such as Fuzuli and Lachin under the government's Great Return programme,
officials say. The government plans to resettle [[140,000 people|returned;p;a=The government]]
by {{2026}}. Contractors have built [[about 9,000 apartments|housing]] and houses so far. ANAMA
says it employs [[more than 1,300 deminers|other;a=ANAMA]] and has cleared [[some 160,000
mines|other;a=ANAMA]] and unexploded munitions since the war.
""",
)

item(
    "Bosnia floods wash landmines into farmland",
    """
Floods and landslides may have shifted [[as many as 120,000 mines|other;a=the Bosnia and
Herzegovina Mine Action Centre]], the Bosnia and Herzegovina Mine Action Centre warned on
Tuesday. The floods, the worst in {{120 years}}, forced [[about 90,000 people|displaced;a=officials]]
from their homes, officials said. Centre officials said [[about 1,000 warning
signs|other;u=other;a=Centre officials]] had been washed away. Since {{1996}}, mines have killed
[[more than 600 people|killed;a=the centre;alt=the Bosnia and Herzegovina Mine Action Centre]] in
Bosnia, including [[52 deminers|killed;a=the centre;alt=the Bosnia and Herzegovina Mine Action
Centre]], the centre says. [[Some 540,000 people|civilians]] still live near suspected hazardous
areas.
""",
)

item(
    "Croatia declares itself free of known minefields",
    """
Croatia declared itself free of known minefields on Friday, {{three decades}} after the war that
left them. Mines laid during the {{1991-95}} war killed [[more than 500 people|killed;a=the Civil
Protection Directorate]] after the fighting ended, among them [[65 deminers|killed;a=the Civil
Protection Directorate]], according to the Civil Protection Directorate. At the peak, in {{1998}},
[[about 1 million people|civilians]] lived in or near mined areas. [[More than 2,000
deminers|other]] worked in the country at the height of clearance. Croatia destroyed its stockpile
of [[about 200,000 anti-personnel mines|other]] in {{2002}}. In the final year, teams lifted
[[fewer than 300 mines|other;a=the directorate;alt=the Civil Protection Directorate]], the
directorate said. The clearance cost {{1.2 billion
euros}}, much of it from the European Union.
""",
)

item(
    "Fishermen missing after boat hits drifting mine off Odesa",
    """
[[Two fishermen|killed;a=Ukraine's southern defence forces]] were killed and
[[three|missing;a=Ukraine's southern defence forces]] were missing after their boat struck a
drifting sea mine off the Odesa coast on Wednesday, Ukraine's southern defence forces said.
[[Four others|injured]] were pulled from the water with injuries. Since {{2022}}, drifting mines
have killed [[at least 30 people|killed;a=regional officials]] on Ukraine's Black Sea coast,
regional officials say. Ukraine's navy says its divers have destroyed [[more than 400 sea
mines|other;a=Ukraine's navy]]. Turkey, Romania and Bulgaria set up a joint task force in
{{January 2024}} with [[about 10 minesweepers|other;u=other]] to clear the western Black Sea.
""",
)

item(
    "Police in Ukraine detain demining firm bosses over fake clearance certificates",
    """
Ukraine's National Police said on Tuesday they had detained [[four executives|arrested;a=Ukraine's
National Police]] of a private demining company accused of certifying fields as clear that had
never been checked. [[Two tractor drivers|killed;a=police]] were killed on land the company had
certified, police said. Investigators said the firm had been paid for clearing [[more than 40
fields|other;u=other;a=Investigators]] in Mykolaiv and Kherson regions. [[Seven more
employees|arrested]] were placed under house arrest. The company had [[60 to 70
deminers|other;a=prosecutors]] on its books, prosecutors said, but only [[a dozen|other;a=prosecutors]]
held valid certificates. Separately, the SBU security service said it
had detained [[two men|arrested;a=the SBU security service]] in Zaporizhzhia region suspected of
guiding Russian drones that drop mines onto roads.
""",
)

item(
    "Lviv rehabilitation centre struggles to keep up with amputees",
    """
The Superhumans Center near Lviv has fitted [[more than 1,000 prostheses|aid;u=other;a=Olga
Rudneva]] since opening in {{April 2023}}, its director, Olga Rudneva, said, most of them to
soldiers wounded by mines and drones. Ukraine's health ministry estimates that [[between 20,000
and 50,000 people|injured;a=Ukraine's health ministry]] have lost limbs since the full-scale
invasion. Last year [[1,300 patients|aid;a=the centre;alt=Superhumans Center]] received
prostheses or rehabilitation there, the centre said. A new wing opening in October will have
space for [[150 patients|capacity;p]] at a time. [[Some 250 staff|other]] work at the centre, and
Rudneva said she hoped to hire [[100 more|other;p;n=-;a=Rudneva]] next year.
""",
)

item(
    "Sappers find booby traps in homes and on bodies around Bucha and Irpin",
    """
Ukrainian sappers have found [[more than 1,800 explosive devices|other;a=Andriy Nebytov]] in Kyiv
region since Russian forces withdrew at the end of {{March}}, the regional police chief, Andriy
Nebytov, said. Police said the bodies of [[at least 410 civilians|killed;a=Police]] had been found
in towns north-west of the capital, some of them rigged with tripwires. [[About 200,000
people|returned;a=the regional governor]] have returned to the region, according to the regional
governor. [[More than 1,200 homes|housing;a=the mayor]] in Irpin were destroyed or damaged,
according to the mayor. [[About 300 residents|missing]] are still missing.
""",
)

item(
    "Baltic states and Poland quit landmine treaty, citing Russia",
    """
Lithuania, Latvia, Estonia and Poland formally notified the United Nations on Friday of their
withdrawal from the {{1997}} Ottawa Convention, which will take effect {{six months}} later.
Finland followed on {{July 4}}. The countries share a border of about {{3,500 kilometres}} with
Russia and Belarus. Poland plans to spend {{4.8%}} of GDP on defence in {{2025}}, part of it on
the "East Shield" fortification programme worth {{10 billion zlotys}}. Human rights groups called
it a {{first}} step towards unravelling a treaty that has held for {{more than a quarter of a
century}}.
""",
)

item(
    "Ukraine's demining budget doubles, but farmland backlog grows",
    """
Ukraine's government approved {{$110 million}} for humanitarian demining in {{2025}}, double the
previous year's amount, the Economy Ministry said on Thursday. The money is meant to help clear
{{5,000 square kilometres}} of farmland by {{2030}}, about {{10%}} of the area thought to be
contaminated. Officials estimate that at today's pace clearing the whole country would take
{{more than 70 years}}. Donors pledged a further {{$230 million}} at a conference in Lausanne in
{{October 2024}}.
""",
)
