"""Ukraine and Russia: strikes on power plants, substations, heating, water and rail, repair
crews, equipment delivered, Ukrainian strikes on Russian fuel sites and their market (13 texts
with figures, 2 without)."""

from _wrap import item

item(
    "Russia hits Ukraine's power plants in biggest energy strike of the war",
    """Russia launched [[88 missiles|other;a=Ukraine's Air Force]] and [[63 attack
    drones|other;a=Ukraine's Air Force]] at Ukraine overnight on {{March 22}}, Ukraine's Air
    Force said, in what officials called the largest strike on the energy sector since the
    full-scale invasion began in {{2022}}. The DniproHES dam in Zaporizhzhia, the country's
    biggest hydroelectric plant, was hit {{eight times}} and its machine hall caught fire,
    operator Ukrhydroenergo said. Ukrenergo, the national grid operator, said [[more than 1
    million consumers|civilians;a=Ukrenergo]] were without electricity in the morning, [[about
    700,000 of them|civilians;n=-;a=Ukrenergo]] in the Kharkiv region. DTEK said [[two of its
    thermal power plants|housing;u=structure;a=DTEK]] had been badly damaged and that [[three
    employees|injured;a=DTEK]] were hurt. [[At least five people|killed;a=regional officials]]
    were killed across the country, regional officials said, among them [[two repair
    workers|killed;a=regional officials]] in Zaporizhzhia. In Kharkiv, where the {{TETs-5}}
    plant once supplied {{540 megawatts}}, emergency outages of up to {{eight hours a day}}
    were introduced. Mayor Ihor Terekhov said [[about 200,000 residents|civilians;a=Mayor Ihor
    Terekhov]] of the city's northern districts were also left without water after pumps lost
    power.""",
)

item(
    "Drone strike on Sumy substation cuts power to 200,000 consumers",
    """Russian drones struck a substation in Sumy late on Thursday, leaving [[more than 200,000
    consumers|civilians;a=Sumyoblenergo]] without electricity, Sumyoblenergo, the regional
    distribution company, said. Water utilities switched to backup generators and [[11 boiler
    houses|other;a=the city council]] were running on reserve power, the city council reported.
    Acting mayor Artem Kobzar said [[two of the city's hospitals|other;a=Acting mayor Artem
    Kobzar]] had also moved to generators. Repair crews restored supply to [[about 140,000
    consumers|civilians;a=Kobzar]] by morning, but [[some 60,000|civilians;n=-;a=Kobzar]]
    remained cut off, Kobzar wrote on Telegram. Over the past {{24 hours}}, the regional
    military administration said, it had recorded [[97 explosions|other;u=other;a=the regional
    military administration]] in border communities. [[One person|killed;a=the
    administration;alt=the regional military administration]] was killed in the village of
    Velyka Pysarivka and [[three|injured;n=-;a=the administration;alt=the regional military
    administration]] were wounded, the administration added.""",
)

item(
    "Kakhovka dam breach leaves hundreds of thousands without drinking water",
    """The destruction of the Kakhovka dam has left [[about 700,000 people|civilians;a=UN aid
    chief Martin Griffiths]] in need of drinking water, UN aid chief Martin Griffiths said on
    Friday. The reservoir, which held about {{18 cubic kilometres}} of water before the breach
    on {{June 6}}, fed canals and pipes that supplied towns across southern Ukraine. Ukrainian
    officials said [[more than 2,700 people|displaced;a=Ukrainian officials]] had been
    evacuated from flooded areas on the right bank of the Dnipro and that [[some 80
    settlements|civilians;u=other;a=Ukrainian officials]] lay in the flood zone. In
    Russian-occupied Nova Kakhovka, Moscow-installed officials said [[at least 17
    people|killed;a=Moscow-installed officials]] had drowned. The town of Nikopol, home to
    [[about 100,000 people|civilians]] before the war, now depends on trucked water, and the
    regional administration said it had handed out [[1,000 water tanks|aid;a=the regional
    administration]] to households. Ukraine's water utility association said [[31 pumping
    stations|other;u=structure;a=Ukraine's water utility association]] that drew from the
    reservoir had been left high and dry.""",
)

item(
    "Odesa plunged into darkness after Iranian-made drones hit power facilities",
    """Russian drones struck [[two energy facilities|housing;a=regional governor Maksym
    Marchenko]] in the southern port city of Odesa on Saturday, leaving [[more than 1.5 million
    people|civilians;a=regional governor Maksym Marchenko]] without power, regional governor
    Maksym Marchenko said. The Ukrainian air force said [[15 drones|other;a=The Ukrainian air
    force]] had been launched from the east and [[10 of them|other;n=-;u=other;a=The Ukrainian
    air force]] shot down. Ukrenergo said the damage was so extensive that repairs could take
    {{two to three months}}. All critical infrastructure, including hospitals and water pumps,
    was running on generators. City officials said [[about 300 warming points|capacity;a=City
    officials]] had been set up where residents could charge phones and get hot tea as
    temperatures dropped to {{minus 4 degrees Celsius}}. Energy Minister German Galushchenko
    said Russia had fired [[more than 1,000 missiles and drones|other;n=missiles and
    drones;u=other;a=Energy Minister German Galushchenko]] at the power system since {{October
    10}}. Ukrenergo said [[hundreds of engineers|other;a=Ukrenergo]] had been sent to the
    region from other oblasts.""",
)

item(
    "Three DTEK workers killed as Russia strikes thermal power plant",
    """[[Three DTEK employees|killed;a=DTEK]] were killed and [[four|injured;n=-;a=DTEK]] were
    injured when Russian missiles hit a company thermal power plant on {{February 4}}, DTEK
    said, without naming the plant for security reasons. The company said its power stations
    had come under [[more than 200 attacks|other;u=other;a=The company;alt=DTEK]] since
    {{2022}}. In total, [[196 of its employees|killed;n=employees;a=the company;alt=DTEK]] have
    been killed since the invasion began, most of them while serving in the army, the company
    said. Energy Minister Herman Halushchenko said Russia had also attacked gas production
    sites in Kharkiv and Poltava oblasts with [[15 missiles|other;a=Energy Minister Herman
    Halushchenko]] and [[more than 20 drones|other;a=Energy Minister Herman Halushchenko]].
    Naftogaz said [[two of its compressor stations|housing;u=structure;a=Naftogaz]] had been
    damaged. Ukrenergo warned households to expect evening outages of up to {{six hours}}.""",
)

item(
    "Ukrainian drones set Russian oil depot ablaze, force evacuation",
    """Ukrainian drones struck an oil depot in Russia's Rostov region overnight, setting [[four
    fuel tanks|other;a=Governor Vasily Golubev]] ablaze and forcing the evacuation of [[about
    1,200 residents|displaced;a=Governor Vasily Golubev]] from nearby streets, Governor Vasily
    Golubev said. Russia's Defence Ministry said air defences had destroyed [[24 Ukrainian
    drones|other;a=Russia's Defence Ministry]] over the region. The emergencies ministry said
    [[more than 300 firefighters|other;a=The emergencies ministry]] and [[70 fire
    engines|other;u=other;a=The emergencies ministry]] were battling the blaze at the depot in
    Proletarsk, which stores about {{24,000 cubic metres}} of fuel. Argus estimates that drone
    attacks knocked out up to {{17%}} of Russia's primary refining capacity, or about {{1
    million barrels per day}}, at their peak in {{August}}. Kyiv says refineries and depots are
    legitimate targets because they supply the Russian army.""",
)

item(
    "Russian strikes on railway kill two workers, disrupt trains in Kharkiv region",
    """Russian drones attacked railway infrastructure in Kharkiv and Dnipropetrovsk regions on
    Wednesday, killing [[two Ukrzaliznytsia employees|killed;a=the state rail
    operator;alt=Ukrzaliznytsia]], the state rail operator said. [[Five passenger
    trains|other;u=other;a=the company;alt=Ukrzaliznytsia]] were delayed by up to {{four
    hours}} and [[three suburban services|other;u=other;a=the company;alt=Ukrzaliznytsia]] were
    cancelled, the company said. Ukrzaliznytsia said Russian forces had carried out [[more than
    150 attacks|other;u=other;a=Ukrzaliznytsia]] on railway facilities in {{October}} alone,
    damaging [[42 locomotives|other;u=other;a=Ukrzaliznytsia]] and [[about 300 freight
    wagons|other;u=other;a=Ukrzaliznytsia]]. The company says [[more than 730 railway
    workers|killed;a=The company;alt=Ukrzaliznytsia]] have been killed since the full-scale
    invasion began, [[about 170 of them|killed;n=-;a=The company;alt=Ukrzaliznytsia]] while on
    duty.""",
)

item(
    "EU ships generators, transformers to Ukraine ahead of winter",
    """The European Union has delivered [[more than 5,000 generators|aid;a=the European
    Commission]] to Ukraine since Russia began targeting its power grid, the European
    Commission said on Thursday. It said [[a further 2,700 generators|aid;p;a=the European
    Commission]] would arrive by {{December}}, along with [[40 high-voltage
    transformers|aid;p;u=other;a=the European Commission]], in shipments worth {{EUR 70
    million}}. Germany has pledged [[12 mobile gas turbines|aid;p;u=other]]. PGE, Poland's
    largest utility, said it had sent [[140 engineers|other;a=PGE]] across the border and
    donated [[60 repair vehicles|aid;a=PGE]]. In Kyiv, [[1,100 of the
    generators|aid;n=generators;a=city officials]] have gone to hospitals, schools and water
    utilities, city officials said. Ukraine needs about {{6 GW}} of additional capacity to get
    through the winter, according to the International Energy Agency.""",
)

item(
    "Zaporizhzhia nuclear plant loses off-site power for tenth time",
    """The Zaporizhzhia nuclear power plant lost its last remaining {{750-kilovolt}} line on
    {{September 23}}, forcing it to rely on diesel generators to cool its reactors, the
    International Atomic Energy Agency said. The plant, Europe's largest, had a capacity of
    {{5,700 megawatts}} before Russian forces seized it in {{March 2022}}. It was the {{10th}}
    loss of off-site power since then, IAEA Director General Rafael Grossi said, adding that
    diesel stocks on site would last at least {{10 days}}. The backup {{330-kilovolt}} line was
    damaged in {{May}} and has not been repaired. Russia's Rosatom said repairs could begin
    once shelling stopped in a zone about {{1.5 km}} from the line. The reactors have been in
    cold shutdown since {{2022}}.""",
)

item(
    "Attack on Crimea bridge kills couple, halts road traffic",
    """An attack on the Kerch bridge linking Russia to annexed Crimea killed [[two
    people|killed;a=Russian officials]] and wounded their {{14-year-old}} daughter early on
    Monday, Russian officials said, blaming Ukrainian sea drones. The rail section, used to
    move fuel and military supplies, was not damaged, but road traffic was halted and [[more
    than 2,000 cars|other]] queued at the approaches for {{several hours}}. Rail operator Grand
    Service Express said [[12 trains|other;u=other;a=Rail operator Grand Service Express]] had
    been delayed by up to {{five hours}}. Crimea's Moscow-installed head, Sergei Aksyonov, said
    [[about 30 buses|other;a=Sergei Aksyonov]] had been sent to carry holidaymakers to the
    ferry crossing. The {{19-kilometre}} bridge, opened by President Vladimir Putin in
    {{2018}}, was also hit by a truck bomb in {{October 2022}} that killed [[five
    people|killed]].""",
)

item(
    "Mykolaiv gets drinking water in its taps after more than two years",
    """Mykolaiv, a southern city of [[about 470,000 people|civilians]] before the war, has
    restored drinking water to its taps for the first time since {{April 2022}}, when Russian
    shelling damaged the pipeline from the Dnipro, Mayor Oleksandr Senkevych said. For {{more
    than two years}} residents washed in salty water from the Southern Bug estuary and queued
    for bottled water, while aid groups trucked in up to {{1 million litres}} a week. The new
    pipeline, {{120 kilometres}} long, cost {{2.5 billion hryvnias}}. Senkevych said [[six
    pumping stations|housing;u=structure;a=Senkevych]] had been rebuilt and that [[about 200
    workers|other;a=Senkevych]] had worked on the project. The Norwegian Refugee Council said
    it had installed [[35 reverse-osmosis filtration units|aid;u=other;a=The Norwegian Refugee
    Council]] in schools and clinics during the crisis. [[Some 40,000
    households|civilians;a=the city council]] in outlying districts are still waiting to be
    reconnected, the city council said.""",
)

item(
    "Kyiv residents left without heating after strikes on CHP plants",
    """[[Nearly 6,000 apartment buildings|civilians;a=Mayor Vitali Klitschko]] in Kyiv were
    left without heating on Friday after Russia's overnight attack on the capital's combined
    heat and power plants, Mayor Vitali Klitschko said, as temperatures fell to {{minus 12
    degrees Celsius}}. Russia launched [[36 missiles|other;a=the Air Force]] and [[242
    drones|other;a=the Air Force]] in the attack, the Air Force said. [[Two people|killed]]
    were killed in the Darnytskyi district. DTEK said [[about 500,000
    households|civilians;a=DTEK]] in the capital had no electricity. The city administration
    said it had opened [[more than 1,200 Invincibility Points|capacity;a=The city
    administration]] with heating and mobile connections, and [[more than 2,000 emergency
    workers|other;a=the State Emergency Service]] were working to drain heating pipes before
    they froze, according to the State Emergency Service. Ukrenergo said consumers in Kyiv
    would receive power for {{eight to 10 hours a day}} until repairs were completed.""",
)

item(
    "Russian shelling cuts water and power in Kherson",
    """Russian artillery hit a pumping station and [[two
    substations|housing;u=structure;a=Roman Mrochko]] in Kherson on Tuesday, cutting water to
    [[about 40,000 residents|civilians;a=Roman Mrochko]] on the city's east side, Roman
    Mrochko, head of the city military administration, said. Khersonoblenergo said [[more than
    16,000 consumers|civilians;a=Khersonoblenergo]] remained without electricity. [[Two power
    engineers|injured;a=the company;alt=Khersonoblenergo]] were injured when a drone dropped
    explosives on their vehicle as they repaired a line in the Dniprovskyi district, the
    company said. Since the city's liberation in {{November 2022}}, [[at least 11 energy
    workers|killed;a=the regional administration]] have been killed in the region, according to
    the regional administration. Governor Oleksandr Prokudin said [[20
    settlements|civilians;u=other;a=Governor Oleksandr Prokudin]] along the Dnipro had no power
    at all, and that [[about 1,300 people|displaced;a=Governor Oleksandr Prokudin]] had been
    evacuated from riverside villages over the past {{week}}.""",
)

item(
    "Belgorod blackout after Ukrainian strike on power plant",
    """Ukrainian missile strikes on a thermal power plant in Russia's Belgorod left [[about
    38,000 residents|civilians;a=Governor Vyacheslav Gladkov]] without electricity, heating and
    water, Governor Vyacheslav Gladkov said on Saturday. He said [[two
    people|injured;a=Vyacheslav Gladkov]] were wounded and that [[13 apartment
    buildings|housing;a=Vyacheslav Gladkov]] had been damaged in the city and a neighbouring
    village. Russia's Defence Ministry said its air defences had shot down [[six ATACMS
    missiles|other;a=Russia's Defence Ministry]] and [[17 drones|other;a=Russia's Defence
    Ministry]]. Gladkov said [[about 150 repair workers|other;a=Gladkov]] had been sent from
    neighbouring regions. Moscow and Kyiv agreed a {{30-day}} halt to strikes on energy
    facilities in {{March 2025}}, but each accused the other of breaking it within {{days}}.""",
)

item(
    "Russian diesel exports slide as drone strikes hit refineries",
    """Russia's seaborne diesel exports fell to about {{720,000 b/d}} in the first {{three
    weeks}} of {{September}}, down by {{18%}} from {{August}}, according to Argus tanker
    tracking. Ukrainian drone attacks have taken up to {{1.1mn b/d}} of primary refining
    capacity offline at times this year, the highest since the war began in {{February 2022}}.
    Wholesale petrol prices on the St Petersburg exchange hit a record of {{82,000 roubles per
    tonne}} on {{September 16}}. The government extended a ban on gasoline exports until
    {{December 31}}. Analysts expect run cuts to last at least {{two months}} as repairs are
    hampered by sanctions on Western equipment.""",
)
