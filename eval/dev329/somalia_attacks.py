"""dev329 items: al-Shabaab's bombings, sieges, raids and abductions, 2014-2026."""

from _wrap import item

item(
    "Mogadishu truck bomb toll passes 300 as families search hospitals",
    """The death toll from {{Saturday}}'s truck bombing at the Zobe junction in Mogadishu has
    risen to [[at least 320 people|killed;a=the information ministry]], the information ministry
    said on {{Tuesday}}, the deadliest single attack Somalia has suffered. [[Another 392|injured;a=Abdirahman Osman]]
    were wounded, Abdirahman Osman, the information minister, told reporters, adding that
    [[about 70 people|missing;a=Abdirahman Osman]] remained unaccounted for. Aamin Ambulance, the
    city's only free ambulance service, said its crews had carried
    [[more than 200 bodies|killed;a=Aamin Ambulance]] from the site in the first {{36 hours}}.
    Doctors at Madina Hospital said they had treated [[72 patients|injured;a=Doctors at Madina Hospital]]
    for severe burns, [[nine|killed;a=Doctors at Madina Hospital]] of whom died overnight. The
    blast, which struck at about {{3:20 pm}} on {{October 14}}, flattened
    [[two hotels|housing;u=structure]] and set fire to [[dozens of minibuses|other]] caught in
    traffic. The government declared {{three days}} of mourning, and
    [[more than 1,000 people|other;a=the health ministry]] queued to give blood on {{Sunday}}, the
    health ministry said.""",
)

item(
    "Security forces end 30-hour siege of Mogadishu's Hayat Hotel",
    """Somali forces ended a {{30-hour}} siege of the Hayat Hotel in Mogadishu late on
    {{Saturday}}, killing the last of the gunmen who had stormed it on {{Friday evening}}.
    Abdifatah Aden Hassan, the police spokesman, told reporters that
    [[21 people|killed;a=Abdifatah Aden Hassan]] had been killed and
    [[117|injured;a=Abdifatah Aden Hassan]] wounded, [[15|injured;a=Abdifatah Aden Hassan]] of
    them critically. The attackers had taken [[dozens of guests|kidnapped]] hostage on the upper
    floors, and security forces rescued [[106 people|kidnapped;a=Abdifatah Aden Hassan]],
    among them women and children, he said. [[Five gunmen|killed;a=police]] were killed, police
    said. Al-Shabaab, which claimed the attack, said its fighters had killed
    [[dozens of government officials|killed;a=Al-Shabaab]] inside the hotel, a claim officials
    rejected. Part of the {{four-storey}} building collapsed after troops used explosives to
    reach the gunmen, and [[three neighbouring buildings|housing]] were badly damaged.""",
)

item(
    "Twin car bombs outside Somalia's education ministry kill 100, president says",
    """Two car bombs that exploded minutes apart outside the education ministry in Mogadishu on
    {{Saturday}} killed [[at least 100 people|killed;a=President Hassan Sheikh Mohamud]] and
    wounded [[about 300|injured;a=President Hassan Sheikh Mohamud]], President Hassan Sheikh
    Mohamud said on {{Sunday}}. The second blast struck as ambulances and onlookers gathered at
    the scene, and the Aamin Ambulance service said
    [[two of its drivers|killed;a=the Aamin Ambulance service]] were among the dead. The attack hit
    the same Zobe junction where a truck bomb killed [[hundreds|killed]] in {{2017}}. Police said
    [[14 suspects|arrested;a=Police]] had been detained in overnight raids. The Benadir regional
    administration said [[more than 40 shops|housing;a=The Benadir regional administration]] and
    [[18 vehicles|other;a=The Benadir regional administration]] had been destroyed in the market
    around the ministry. Hospitals appealed for blood, and
    [[more than 60 patients|injured;a=the health ministry]] were flown to Turkey for treatment,
    the health ministry said.""",
)

item(
    "Lido beach attack: 32 killed as bomber and gunmen strike at dusk",
    """[[At least 32 people|killed;a=police]] were killed and [[63|injured;a=police]] wounded when
    a suicide bomber and gunmen attacked beachgoers at Mogadishu's Lido beach on
    {{Friday evening}}, police said. Abdifatah Adan, a police spokesman, said
    [[five attackers|combatants;a=Abdifatah Adan]] had taken part:
    [[one|killed;a=Abdifatah Adan]] blew himself up, [[three|killed;a=Abdifatah Adan]] were shot
    dead and [[one|arrested;a=Abdifatah Adan]] was captured alive. Witnesses said
    [[hundreds of people|civilians;a=Witnesses]] had been on the sand when the shooting began at
    about {{7:30 pm}}. Among the dead was a {{14-year-old}} girl who had come to swim with her
    cousins. The attack came {{a month}} after gunmen stormed the Top Coffee cafe near the
    presidential palace, killing [[nine people|killed]].""",
)

item(
    "Car bombs hit Mahas district offices in Hiraan",
    """Two car bombs exploded minutes apart outside the district offices in Mahas, in central
    Somalia's Hiraan region, on {{Wednesday}}, killing
    [[at least 35 people|killed;a=a local official]], a local official told Reuters.
    [[Four soldiers|killed]] guarding the compound were among the dead. Hospital staff in
    Beledweyne, about {{100 km}} to the north, said they had received
    [[more than 40 wounded|injured;a=Hospital staff in Beledweyne]] by nightfall. Mahas has been a
    front line since clan militias and government troops drove al-Shabaab out of
    [[dozens of villages|other]] in the area last year. Ali Jeyte Osman, the Hiraan governor,
    said [[2,000 to 3,000 residents|displaced;a=Ali Jeyte Osman]] had fled the town fearing further
    attacks and that [[two elders|kidnapped;a=Ali Jeyte Osman]] seized at a checkpoint on
    {{Tuesday}} were still being held. Al-Shabaab said in a statement that it had killed
    [[more than 60 government soldiers|killed;a=Al-Shabaab]].""",
)

item(
    "Kenya silent on El Adde toll as al-Shabaab claims over 100 soldiers killed",
    """Al-Shabaab fighters overran a Kenyan army base at El Adde in Somalia's Gedo region before
    dawn on {{January 15}}, {{2016}}, and the group said it had killed
    [[more than 100 Kenyan soldiers|killed;a=the group;alt=Al-Shabaab]]. Kenya's military has not
    released a toll, but a Kenyan official told the Associated Press that
    [[at least 63 soldiers|killed;a=a Kenyan official]] were confirmed dead. The base, set up
    {{eight months}} earlier, held a company of [[about 200 troops|combatants]]. The militants
    drove off with [[at least 12 vehicles|other]], and the group said it had captured
    [[a dozen soldiers|kidnapped;a=the group;alt=Al-Shabaab]]. Families told the Daily Nation that
    [[nine|missing;a=Families]] of the soldiers were still unaccounted for {{a year}} later.
    Kenya has [[about 3,600 troops|combatants]] serving with the African Union mission.""",
)

item(
    "Uganda says 54 soldiers died in assault on Bulo Marer base",
    """Yoweri Museveni, Uganda's president, said on {{Saturday}} that
    [[54 Ugandan soldiers|killed;a=Yoweri Museveni]], including a commander, had been killed when
    al-Shabaab fighters stormed their base at Bulo Marer, {{120 km}} south-west of Mogadishu, on
    {{May 26}}. He said the troops had regrouped and retaken the base and had killed
    [[137 al-Shabaab fighters|killed;a=Yoweri Museveni]] in the counterattack. ATMIS, the African
    Union mission, said [[about 800 militants|combatants;a=ATMIS]] had taken part in the assault,
    which began with suicide car bombs. An officer at the base told the Daily Monitor that
    [[11 soldiers|missing;a=An officer at the base]] were still missing. Uganda has
    [[more than 4,000 troops|combatants]] in Somalia, the largest contingent in the mission,
    which is due to withdraw [[2,000 soldiers|combatants;p]] by the end of {{June}}.""",
)

item(
    "Kismayo hotel attack: regional leader says 26 dead, including foreigners",
    """Ahmed Madobe, the president of Jubaland, said on {{Saturday}} that
    [[26 people|killed;a=Ahmed Madobe]] had been killed in the attack on the Asasey hotel in
    Kismayo, among them [[three Kenyans|killed;a=Ahmed Madobe]],
    [[two Americans|killed;a=Ahmed Madobe]] and a Somali-Canadian journalist, and
    [[56|injured;a=Ahmed Madobe]] wounded. The siege lasted about {{14 hours}}. He said security
    forces had killed [[four gunmen|killed;a=Ahmed Madobe]] after a suicide bomber rammed a car
    into the gate. Police said [[about 30 guests|displaced;a=Police]] had been evacuated through a
    hole knocked in the back wall. Hodan Nalayeh, {{43}}, had returned to Somalia to tell
    hopeful stories about her country. Candidates for the regional election in {{August}} had
    been meeting at the hotel.""",
)

item(
    "Suicide bomber kills army recruits queuing at Mogadishu base",
    """A suicide bomber blew himself up among army recruits queuing outside the Damanyo military
    base in Mogadishu's Hodan district on {{Sunday morning}}, killing
    [[at least 13 people|killed;a=police]], police said. Ambulance workers said
    [[about 20|injured;a=Ambulance workers]] had been taken to hospital. Major Hassan Ali, an
    officer at the base, said [[hundreds of young men|civilians;a=Major Hassan Ali]] had been
    waiting to register when the bomber walked into the crowd. The army aims to recruit
    [[some 15,000 soldiers|combatants;p;a=the defence ministry]] this year to take over from
    African Union troops, the defence ministry said. In a statement, al-Shabaab said it had killed
    [[more than 40 soldiers|killed;a=al-Shabaab]]. Security forces arrested
    [[seven people|arrested;a=the National Intelligence and Security Agency (NISA)]] in connection
    with the attack on {{Monday}}, the National Intelligence and Security Agency (NISA) said.""",
)

item(
    "Mortar shells aimed at Mogadishu airport zone hit homes in Wadajir",
    """Al-Shabaab fighters fired [[at least eight mortar shells|other]] toward the Halane base
    next to Mogadishu's airport on {{Tuesday evening}}. [[Three shells|other]] fell short in the
    Wadajir district, where they killed [[four civilians|killed;a=the district commissioner]], the
    district commissioner said. [[Eleven people|injured;a=Medina hospital]] were wounded, most of
    them children, Medina hospital said. [[Five houses|housing]] and a Koranic school were
    destroyed. The airport compound, which houses UN agencies, several embassies and
    [[thousands of African Union troops|combatants]], has been hit repeatedly since
    {{2020}}. The UN said [[two contractors|injured;a=The UN]] were slightly hurt inside the
    perimeter.""",
)

item(
    "Families flee as al-Shabaab takes children from Bay region schools",
    """Al-Shabaab has abducted [[at least 120 children|kidnapped;a=Human Rights Watch]] from schools
    and madrassas in Bay and Bakool in the past {{three months}}, Human Rights Watch said on
    {{Thursday}}, and has demanded that elders in Burhakaba district hand over
    [[another 150|combatants;p;a=Human Rights Watch]] to be trained as fighters.
    [[More than 1,800 children|displaced;a=the rights group;alt=Human Rights Watch]] have fled to
    Baidoa, with or without their parents, to escape recruitment, the rights group said. Teachers
    in Baidoa said [[three Koranic schools|other;a=Teachers in Baidoa]] in Bardale had closed after
    the militants took [[22 pupils|kidnapped;a=Teachers in Baidoa]] in a single night. Residents
    said [[at least eight elders|kidnapped;a=Residents]] who refused had been taken away. Boys as
    young as {{nine}} were being sent to camps near Jilib, the report said.""",
)

item(
    "Special forces free 18 hostages held by al-Shabaab in Lower Shabelle",
    """Danab special forces freed [[18 hostages|kidnapped;a=the military]] in a night raid on an
    al-Shabaab camp near Awdheegle, the military said on {{Friday}}. The captives included
    [[five soldiers|kidnapped]] seized in an ambush in {{March}} and
    [[four truck drivers|kidnapped]] taken on the Afgooye road. Colonel Abdullahi Ali, who led
    the operation, said [[six militants|killed;a=Colonel Abdullahi Ali]] were killed and
    [[two|arrested;a=Colonel Abdullahi Ali]] captured. US Africa Command said it had supported the
    raid with [[one airstrike|other;u=other]]. The freed hostages were flown to Mogadishu, where
    [[three|injured]] were treated for gunshot wounds. Al-Shabaab is believed to hold
    [[dozens of captives|kidnapped;a=a UN monitoring group]] in the Jubba valley, according to a UN
    monitoring group.""",
)

item(
    "Twin blasts in Baidoa market kill shoppers",
    """Two suicide bombers struck a crowded market and a tea shop in Baidoa on {{Sunday}},
    killing [[at least 30 people|killed;a=the regional police commissioner]], the regional police
    commissioner said. Bay regional hospital said it was treating
    [[more than 50 wounded|injured;a=Bay regional hospital]], [[14|injured;a=Bay regional hospital]]
    of them children. The market's traders said
    [[80-90 stalls|housing;u=structure;a=The market's traders]] had burned. Baidoa, the seat of
    South West State, is ringed by camps where [[roughly 40,000 displaced people|displaced]] live
    on the edges of town. After the blasts, police detained
    [[dozens of young men|arrested;a=residents]] in house-to-house searches, residents said.""",
)

item(
    "AUSSOM says 70 militants killed in failed assault on Sabiid base",
    """AUSSOM said its forces had repelled a pre-dawn assault on the forward operating base at
    Sabiid, in Lower Shabelle, on {{Thursday}}, killing
    [[more than 70 militants|killed;a=AUSSOM]]. The mission said
    [[four peacekeepers|killed;a=The mission;alt=AUSSOM]] had been killed and
    [[nine|injured;a=The mission;alt=AUSSOM]] wounded. Al-Shabaab gave a very different account on
    its Radio Andalus, saying its fighters had killed
    [[at least 25 Ugandan soldiers|killed;a=Al-Shabaab]] and seized
    [[three armoured vehicles|other;a=Al-Shabaab]]. Residents of Sabiid said
    [[about 400 families|displaced;a=Residents of Sabiid]] had left for Afgooye since the
    fighting. The mission has [[about 11,900 troops|combatants]] from Uganda, Ethiopia, Egypt,
    Kenya and Djibouti, down from [[more than 19,000|combatants]] under ATMIS in {{2022}}.""",
)

item(
    "Gunmen storm Somali parliament compound after car bomb",
    """Al-Shabaab fighters detonated a car bomb at the gate of Somalia's parliament and stormed the
    compound on {{Saturday}}, in an attack that killed
    [[at least ten people|killed;a=Police Colonel Abdikadir Mohamed]], mostly soldiers and police,
    Police Colonel Abdikadir Mohamed told Reuters. [[Seven attackers|killed]] also died.
    [[Two lawmakers|injured;a=the speaker's office]] were among
    [[at least 15 people|injured;a=the speaker's office]] wounded, the speaker's office said.
    [[About 130 MPs|civilians]] were inside the chamber when the shooting began. It was the
    {{second}} attack on the parliament in {{a year}}. Security forces arrested
    [[12 suspects|arrested]] in the Hamarweyne and Shingani districts overnight.""",
)

item(
    "Eight years after Zobe, survivors still wait for the promised help",
    """On {{October 14}} each year since {{2017}}, Halima Abdi, now {{34}}, walks back to the
    Zobe junction where she lost her husband and her shop. The truck that exploded there at
    {{3:20 pm}} carried an estimated {{600 kg}} of military-grade explosives, investigators later
    said. A fund for survivors raised {{$2.4 million}} in its {{first}} {{six weeks}}, but
    victims' groups say less than {{40%}} reached the families. The {{ninth}} memorial will be
    held on {{Tuesday}} at {{10 am}}. "We still wake up at night," she said, {{eight years}} on.""",
)

item(
    "UN panel says al-Shabaab raises more than it spends",
    """Al-Shabaab collected an estimated {{$100 million}} in {{2020}} through taxes on trade,
    farming and port imports, the UN Panel of Experts said in its report under
    {{Resolution 2713}}. The group levies up to {{2.5%}} of the value of goods moved through its
    checkpoints and charges importers at Mogadishu port {{$1,200}} for each container. It spent
    about {{24%}} of its income on weapons and {{10%}} on its intelligence wing, the Amniyat, the
    panel said. The report, the {{fourth}} since {{2021}}, covers the {{12 months}} to
    {{April 15}}.""",
)
