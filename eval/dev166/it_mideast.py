"""The Middle East: Gaza's water, power and telecoms, Yemen's port and power station, south
Lebanon's water, north-east Syria, Iraq's summer grid, northern Israel, Abqaiq, Haifa and
Khor Mor (12 texts with figures)."""

from _wrap import item

item(
    "Gaza water output at fraction of pre-war levels, UN says",
    """Water production in the Gaza Strip has fallen to less than {{a quarter}} of pre-war
    levels, the UN humanitarian office OCHA said on Wednesday, with people in some areas living
    on {{3 litres}} a day for drinking, cooking and washing. OCHA said [[162 water
    wells|other;a=OCHA]] had been damaged or destroyed, and that [[the three desalination
    plants|other;u=structure;a=OCHA]] that once produced about {{23,000 cubic metres}} a day
    were barely running for lack of fuel. The Coastal Municipalities Water Utility said [[about
    70 of its staff|killed;n=staff;a=The Coastal Municipalities Water Utility]] had been killed
    since {{October 2023}}. UNICEF said its teams and partners had trucked water to [[some
    600,000 people|aid;a=UNICEF]] last month, but that [[around 1.1 million
    people|civilians;v=1100000;a=UNICEF]] in the north had no regular supply. UNRWA says
    [[about 1.9 million people|displaced;v=1900000;a=UNRWA]], or {{90%}} of the population,
    have been displaced. The World Health Organization has recorded [[more than 500,000
    cases|other;a=The World Health Organization]] of acute watery diarrhoea since the war
    began, most of them among children under {{five}}.""",
)

item(
    "Gaza's only power plant shuts down as fuel runs out",
    """Gaza's sole power plant stopped working on Wednesday afternoon after running out of
    fuel, leaving [[2.3 million people|civilians;v=2300000;a=Jalal Ismail]] dependent on
    dwindling generator supplies, Jalal Ismail, head of the territory's energy authority, told
    Al Jazeera. The plant had been producing about {{140 megawatts}}, while Israel cut [[the 10
    lines|other;u=other]] that carried another {{120 megawatts}} into the strip after {{October
    7}}. Gaza's health ministry said [[about 1,100 kidney patients|civilians;a=Gaza's health
    ministry]] who need dialysis and [[130 premature babies|civilians;a=Gaza's health
    ministry]] in incubators were at risk. The Palestinian Water Authority said [[all 65 sewage
    pumping stations|other;u=structure;a=The Palestinian Water Authority]] had stopped. Before
    the war, [[about 500 trucks a day|aid;a=UN agencies]] entered Gaza, UN agencies say; on
    Tuesday [[20|aid;n=-;u=other]] crossed from Egypt, none of them carrying fuel.""",
)

item(
    "Gaza's telecom workers repair cables under fire",
    """Paltel, Gaza's main telecoms provider, says [[at least 16 of its
    employees|killed;n=employees;a=Paltel]] have been killed since the war began, many of them
    while repairing lines. The strip has suffered [[at least 10 total communications
    blackouts|other;u=other;a=internet monitor NetBlocks]], the longest lasting {{eight days}}
    in {{January 2024}}, according to internet monitor NetBlocks. Engineers must coordinate
    every trip with the Israeli military through the UN, and [[two technicians|killed]] were
    killed in Khan Younis in {{December}} when their vehicle was hit after such a trip had been
    approved. The company says about {{75%}} of its network has been damaged. In the north,
    [[roughly 400,000 people|civilians;a=aid groups]] were cut off during the longest blackout,
    aid groups estimated, unable to call ambulances. Paltel said its crews had repaired [[more
    than 70 fibre-optic cuts|other;u=other;a=Paltel]] in {{2024}}.""",
)

item(
    "Israeli strikes on Yemen's Hodeidah hit fuel tanks, power station",
    """Israeli warplanes struck fuel storage tanks and a power station at Yemen's Hodeidah port
    on Saturday, killing [[at least three people|killed;a=the Houthi-run health ministry]] and
    wounding [[87|injured;n=-;a=the Houthi-run health ministry]], the Houthi-run health
    ministry said. The strikes came a day after a Houthi drone killed [[one person|killed]] in
    Tel Aviv. Satellite images showed [[at least 20 fuel tanks|other;a=Satellite images]] on
    fire, along with [[two of the port's cranes|other;u=other]]. The Ras Kathib power station,
    which supplied [[about 200,000 people|civilians;a=the city's electricity corporation]], was
    put out of action, the city's electricity corporation said. The port handles about {{70%}}
    of Yemen's imports, and Hodeidah governorate is home to [[some 2.6 million
    people|civilians;v=2600000]]. The UN said [[about 17 million Yemenis|civilians;a=The UN]]
    were already food insecure.""",
)

item(
    "Israeli strikes knock out water stations in south Lebanon",
    """Israeli strikes have damaged [[at least 28 water facilities|housing;a=UNICEF]] in
    southern Lebanon since {{October 8, 2023}}, cutting supply to [[more than 360,000
    people|civilians;a=UNICEF]], UNICEF said on Friday. The South Lebanon Water Establishment
    said [[eight of its pumping stations|housing;u=structure;a=The South Lebanon Water
    Establishment]] were out of service and [[three employees|killed;a=The South Lebanon Water
    Establishment]] had been killed. The state power company, Electricite du Liban, said [[a
    dozen substations|housing;u=structure;a=The state power company;alt=Electricite du Liban]]
    in the south had been hit. In Tyre, where [[about 12,000 displaced people|displaced]] are
    sheltering in schools, UNICEF is trucking water to [[40 shelters|capacity;a=the
    agency;alt=UNICEF]], the agency said. Repair teams need clearance from UN peacekeepers, and
    [[two workers|injured]] were wounded in {{May}} while fixing a pipe near Naqoura.""",
)

item(
    "Turkish strikes leave northeast Syria without power and water",
    """Turkish drone and air strikes on oil fields, power stations and a gas plant in northeast
    Syria have left [[nearly 2 million people|civilians;a=the Autonomous Administration of
    North and East Syria]] without electricity or reliable water, the Autonomous Administration
    of North and East Syria said on Tuesday. The administration said [[48 people|killed;a=The
    administration;alt=the Autonomous Administration of North and East Syria]] had been killed
    in {{five days}} of strikes, including [[at least eight workers|killed;a=The
    administration;alt=the Autonomous Administration of North and East Syria]] at energy sites.
    The Alouk water station, which serves [[about 1 million people|civilians]] in Hasakah, has
    been out of service since the Swediyeh power plant was hit. The UN humanitarian office said
    [[around 2,500 households|aid;a=The UN humanitarian office]] in Hasakah were now receiving
    water by truck. Ankara launched the strikes after [[nine Turkish soldiers|killed]] were
    killed in northern Iraq, and says it targets facilities that fund the PKK.""",
)

item(
    "Iraqis swelter as power cuts deepen in 50C heat",
    """Residents of Basra and Baghdad were getting as little as {{six hours}} of state
    electricity a day this week as temperatures topped {{50C}}, after a fault on a
    {{400-kilovolt}} line took {{5,000 megawatts}} off the grid, Iraq's electricity ministry
    said. [[Hundreds of protesters|other]] blocked roads and burned tyres outside the power
    directorate in Basra, and [[12 of them|injured;n=-;a=a health official]] were hurt in
    scuffles with police, a health official said. [[Three people|killed;a=the provincial health
    department]] died of heatstroke in the city, the provincial health department said. Iran,
    which supplies about {{a third}} of Iraq's power through gas and direct imports, cut its
    flows in {{June}}. The ministry said [[more than 30 transmission towers|other;u=other;a=The
    ministry;alt=Iraq's electricity ministry]] had been toppled by saboteurs this year. Police
    in Najaf said [[four protesters|arrested;a=Police in Najaf]] were detained after they
    stormed the city's power directorate. In Baghdad, a city of [[roughly 7 million
    people|civilians]], neighbourhood generator owners charge around {{$15 per ampere}} a
    month, and Iraq has spent more than {{$80 billion}} on its grid since {{2003}}.""",
)

item(
    "Hezbollah rockets cut power to northern Israeli towns",
    """Rockets fired from Lebanon hit power lines near Kiryat Shmona on Sunday, leaving [[about
    20,000 residents|civilians;a=the Israel Electric Corporation]] without electricity, the
    Israel Electric Corporation said. The military said [[about 50 rockets|other;a=The
    military]] had crossed the border, most of which were intercepted. IEC said [[five
    high-voltage pylons|other;u=other;a=IEC]] had been damaged and that [[several dozen
    workers|other;a=IEC]] were waiting for army escorts to reach them. Magen David Adom said a
    {{30-year-old}} man was lightly hurt by shrapnel in Metula. In Shlomi, [[about 1,500
    households|civilians;a=the local council]] also lost power, the local council said. [[About
    60,000 residents|displaced]] of northern Israel have been evacuated from their homes since
    {{October 2023}}.""",
)

item(
    "Saudi Aramco output halved after drone and missile attack on Abqaiq",
    """Attacks on Saudi Aramco's Abqaiq processing plant and the Khurais oil field on {{14
    September}} knocked out {{5.7mn b/d}} of crude output, about {{half}} of the kingdom's
    production. Turki al-Maliki, a Saudi defence ministry spokesman, said [[18
    drones|other;a=Turki al-Maliki]] and [[seven cruise missiles|other;a=Turki al-Maliki]] had
    been used, and that the weapons came from the north. Yemen's Houthi movement claimed the
    attack and said it had launched [[10 drones|other;a=Yemen's Houthi movement]]. No one was
    killed. Aramco chief executive Amin Nasser said [[more than 6,000 workers|other;a=Aramco
    chief executive Amin Nasser]] were working to repair [[17 damaged stabilisation
    columns|other;u=other;a=Aramco chief executive Amin Nasser]] and that output would be fully
    restored by the end of {{September}}. Brent rose by {{15%}} to {{$69.02/bl}} on the first
    day of trading after the attack.""",
)

item(
    "Iranian missile hits Haifa refinery, killing three workers",
    """An Iranian missile struck the Bazan oil refinery complex in Haifa on Sunday night,
    killing [[three employees|killed;a=the company;alt=Bazan]] and forcing the shutdown of all
    its facilities, the company said. The refinery processes about {{197,000 barrels per day}}.
    Israel's emergency service said it had treated [[29 people|injured;a=Israel's emergency
    service]] across the north. Iran fired [[more than 40 missiles|other;a=the Israeli
    military]] in the barrage, according to the Israeli military. Israeli strikes had earlier
    hit the Shahran fuel depot in Tehran and [[two gas processing
    plants|housing;u=structure;a=Iran's oil ministry]] at South Pars, Iran's oil ministry said,
    adding that [[four firefighters|injured;a=Iran's oil ministry]] were hurt.""",
)

item(
    "Fighting near Syria's Tishreen dam cuts power, water to Manbij and Kobani",
    """Clashes between Turkish-backed factions and the Kurdish-led SDF around the Tishreen dam
    on the Euphrates have knocked out power and water to [[more than 400,000
    people|civilians;a=a local official]] in Manbij and Kobani, a local official said. The dam
    can generate up to {{630 megawatts}}. Engineers said
    [[three|other;n=-;u=other;a=Engineers]] of [[the dam's six
    turbines|other;u=other;a=Engineers]] were damaged and that water was rising dangerously
    behind it. [[At least 27 people|killed;a=the Syrian Observatory for Human Rights]] were
    killed in a strike on a convoy of civilians heading to the dam, the Syrian Observatory for
    Human Rights said. The UN said [[some 25,000 people|displaced;a=The UN]] had fled Manbij
    since {{early December}}.""",
)

item(
    "Drone strike on Iraq's Khor Mor gas field cuts Kurdistan power",
    """A drone strike on the Khor Mor gas field in Iraq's Kurdistan region on Saturday killed
    [[four Yemeni workers|killed;a=the region's electricity ministry]] and cut {{2,500
    megawatts}} of generation, the region's electricity ministry said. Dana Gas, which operates
    the field, said production of {{500 million standard cubic feet}} a day had been halted.
    Power cuts affected [[around 4 million people|civilians]] in Erbil, Sulaimaniya and Duhok.
    Security officials said [[two drones|other;a=Security officials]] had been launched from
    the south and that [[one|other;n=-;u=other;a=Security officials]] of them hit a gas storage
    tank. [[Two other workers|injured;a=the Kurdistan Regional Government's interior ministry]]
    were wounded, the Kurdistan Regional Government's interior ministry said. It was at least
    the {{fourth}} attack on the field this year.""",
)
