"""Sudan, South Sudan, Ethiopia, Somalia, the DRC and Mozambique: sieges and camp assaults,
drone strikes, massacres and abductions, army and rebel claims, offensives and surrenders,
displacement and returns (29 items with figures, 2 without)."""

from _wrap import item

item(
    "RSF assault on Zamzam camp killed more than 400, UN says",
    """[[More than 400 people|killed;a=the UN]] were killed in the Rapid Support Forces' assault on
    the Zamzam displacement camp and nearby towns in North Darfur, the UN said. [[As many as
    400,000 people|displaced;a=the International Organization for Migration]] fled the camp,
    which was home to [[about 500,000|displaced;a=the International Organization for Migration]]
    before the attack, according to the International Organization for Migration. The RSF denied
    killing civilians and said it had "liberated" the camp.""",
)

item(
    "Port Sudan hit by drones for sixth day",
    """The Sudanese army said its air defences shot down [[11 drones|other;a=The Sudanese army]]
    over Port Sudan on Thursday, the {{sixth}} consecutive day of attacks on the city. Drones
    launched by the Rapid Support Forces hit the port's main fuel depot and a power station,
    witnesses said. The UN said [[about 20 aid flights|aid;u=other;a=The UN]] had been
    suspended.""",
)

item(
    "WHO: 70 killed in attack on El Fasher maternity hospital",
    """[[Seventy people|killed;a=WHO chief Tedros Adhanom Ghebreyesus]] were killed and
    [[19|injured;a=WHO chief Tedros Adhanom Ghebreyesus]] wounded in an attack on the Saudi
    Maternity Hospital in El Fasher, WHO chief Tedros Adhanom Ghebreyesus said on X. The hospital
    was the last one still functioning in the city, where [[more than 250,000
    civilians|civilians;a=UN agencies]] are trapped, UN agencies say.""",
)

item(
    "Sudan army retakes Wad Madani",
    """Sudan's army said on {{January 11}} it had recaptured Wad Madani, the capital of Gezira
    state, {{13 months}} after it fell to the Rapid Support Forces. Army spokesman Nabil Abdallah
    said troops had captured [[dozens of RSF fighters|arrested;a=Army spokesman Nabil Abdallah]]
    and seized [[more than 40 combat vehicles|other;a=Army spokesman Nabil Abdallah]]. [[More than
    500,000 people|displaced;a=the UN]] had fled the city when the RSF took it in {{December
    2023}}, according to the UN.""",
)

item(
    "White Army overruns Nasir garrison; 27 soldiers killed",
    """The White Army, a youth militia, overran the army garrison in Nasir, killing [[at least 27
    soldiers|killed;a=Information Minister Michael Makuei]], including the garrison commander,
    Information Minister Michael Makuei said. The UN mission, UNMISS, said [[one crew
    member|killed;a=The UN mission;alt=UNMISS]] was killed and [[two others|injured;a=The UN
    mission;alt=UNMISS]] seriously injured when a UN helicopter came under fire during an
    evacuation. [[About 63,000 people|displaced;a=the UN refugee agency]] have fled the fighting,
    [[10,000|displaced;a=the UN refugee agency]] of them into Ethiopia, the UN refugee agency
    said.""",
)

item(
    "Cattle raid kills 32 in Jonglei's Duk county",
    """Armed youths from the Greater Pibor Administrative Area killed [[32 people|killed;a=the
    county commissioner]] and made off with [[about 2,000 head of cattle|other;a=the county
    commissioner]] in a raid on villages in Jonglei's Duk county, the county commissioner said.
    [[Twelve women and children|kidnapped;n=women and children;a=the county commissioner]] were
    abducted, he added.""",
)

item(
    "Drone strike on Amhara market kills 26, residents say",
    """A drone strike on a market in Amhara's North Gondar zone killed [[at least 26
    people|killed;a=residents and a health worker]], residents and a health worker told AFP. Fano
    militiamen said they had killed [[over 100 federal soldiers|killed;a=Fano militiamen]] in
    fighting around the town, a claim AFP could not verify. Ethiopia's government did not respond
    to requests for comment.""",
)

item(
    "350,000 in famine conditions in Tigray, UN analysis finds",
    """[[More than 350,000 people|civilians;a=the UN and aid agencies]] in Ethiopia's Tigray region
    are living in famine conditions, the UN and aid agencies said in an analysis, and [[5.5
    million|civilians;v=5500000;a=the UN and aid agencies]] need emergency food aid. Only {{10%}}
    of the aid needed has reached the region since fighting began in {{November 2020}}; the World
    Food Programme said it aimed to reach [[2.1 million people|aid;p;v=2100000;a=the World Food
    Programme]] by the end of the month.""",
)

item(
    "SNA operation kills 70 al-Shabaab militants in Middle Shabelle",
    """Somali National Army forces, backed by local clan militias, killed [[more than 70 al-Shabaab
    militants|killed;a=the Ministry of Information]] in an operation in Middle Shabelle, the
    Ministry of Information said on Sunday. The ministry said troops had retaken [[13
    villages|other;a=The ministry;alt=the Ministry of Information]] and that [[two
    soldiers|injured;a=The ministry;alt=the Ministry of Information]] were wounded. Al-Shabaab said
    on its radio station that it had killed [[dozens of soldiers|killed;a=Al-Shabaab]].""",
)

item(
    "Puntland says 200 Islamic State fighters killed in Cal Miskaad offensive",
    """Puntland forces have killed [[more than 200 Islamic State fighters|killed;a=Puntland's
    security minister]] and captured [[43|arrested;a=Puntland's security minister]] since
    launching an offensive in the Cal Miskaad mountains in December, Puntland's security minister
    said. [[Eleven soldiers|killed]] have died in the campaign. Many of the fighters were
    foreigners, officials said.""",
)

item(
    "US airstrike near Jilib kills 3 al-Shabaab militants, AFRICOM says",
    """US Africa Command said an airstrike near Jilib killed [[three al-Shabaab militants|killed;
    a=US Africa Command]] and that no civilians were harmed. It was the {{fifth}} US strike in
    Somalia this month. The command estimates that al-Shabaab has [[between 7,000 and 12,000
    fighters|combatants;a=The command;alt=US Africa Command]].""",
)

item(
    "WHO: 900 bodies recovered in Goma after M23 takeover",
    """[[At least 900 bodies|killed;a=the World Health Organization]] have been recovered from the
    streets of Goma since its capture by {{M23}} rebels, and [[more than 2,880 wounded
    people|injured;a=the World Health Organization]] are being treated in hospitals, the World
    Health Organization said. The rebels are backed by [[some 4,000 Rwandan troops|combatants;
    a=UN experts]], according to UN experts. Rwanda denies it.""",
)

item(
    "ADF attack on Komanda church kills 43 worshippers",
    """ADF rebels attacked a Catholic church in Komanda, Ituri province, during an overnight vigil,
    killing [[at least 38 worshippers|killed;a=a local civil society leader]], a local civil
    society leader said. The UN mission MONUSCO later put the toll at [[43|killed;a=The UN mission
    MONUSCO]], of whom [[19|killed;a=The UN mission MONUSCO]] were women and [[nine|killed;a=The
    UN mission MONUSCO]] children.""",
)

item(
    "Fighting displaces 400,000 in North Kivu since January",
    """Fighting between the army and {{M23}} rebels has displaced [[more than 400,000
    people|displaced;a=UNHCR]] in North Kivu since {{January 1}}, UNHCR said. Many have sought
    shelter in [[more than 70 sites|capacity;a=the agency;alt=UNHCR]] around Goma, where cholera
    is spreading, the agency said.""",
)

item(
    "Insurgents behead villagers in Macomia raids; 3,000 flee",
    """Islamic State-linked insurgents killed [[11 people|killed;a=local sources]], several of them
    beheaded, and burned [[at least 100 homes|housing;a=local sources]] in raids on villages in
    Macomia district, local sources told Lusa. [[More than 3,000 people|displaced;a=the
    International Organization for Migration]] fled towards Mocímboa da Praia in the following
    days, according to the International Organization for Migration.""",
)

item(
    "Rwanda to send 2,000 more troops to Cabo Delgado",
    """Rwanda will send [[2,000 more troops|combatants;p;a=a Rwandan army spokesman]] to
    Mozambique's Cabo Delgado province, bringing its force there to [[about 4,500|combatants;p;
    a=a Rwandan army spokesman]], a Rwandan army spokesman said. Rwandan soldiers have been in the
    province since {{July 2021}}, when they helped retake the port town of Mocímboa da Praia.""",
)

item(
    "RSF shelling of Dilling kills 15 civilians",
    """RSF shelling of Dilling in South Kordofan killed [[15 civilians|killed;a=the Sudan Doctors
    Network]] and injured [[34|injured;a=the Sudan Doctors Network]], including [[eight
    children|injured;a=the Sudan Doctors Network]], the Sudan Doctors Network said. The town has
    been besieged by the RSF and an allied rebel group, the SPLM-N, for {{more than a year}}.""",
)

item(
    "RSF kills 108, abducts women in east Gezira raids, activists say",
    """The Gezira Conference, a local activist group, said RSF fighters had killed [[at least 108
    people|killed;a=The Gezira Conference]] and abducted [[about 90 women|kidnapped;a=The Gezira
    Conference]] in raids on villages in eastern Gezira state. The RSF said it had repelled an
    attack by army-allied militias.""",
)

item(
    "300 OLA fighters surrender in West Shewa",
    """[[More than 300 fighters|arrested;a=the Oromia regional government]] of the Oromo Liberation
    Army surrendered to government forces in West Shewa zone this week, the Oromia regional
    government said. Officials said the fighters had handed over [[more than 150 rifles|other;
    a=Officials]]. The OLA dismissed the claim as propaganda.""",
)

item(
    "Siege of Mogadishu hotel ends after 30 hours; 21 dead",
    """Somali security forces ended a {{30-hour}} siege of the Hayat Hotel in Mogadishu by
    al-Shabaab gunmen on Saturday night. [[At least 21 people|killed;a=Health Minister Ali Haji
    Adam]] were killed and [[117|injured;a=Health Minister Ali Haji Adam]] wounded, Health
    Minister Ali Haji Adam said. Police said they had freed [[106 hostages|kidnapped;a=Police]],
    including children, and killed [[all six attackers|killed;a=Police]].""",
)

item(
    "CODECO attack on Plaine Savo camp kills 40",
    """CODECO militiamen armed with machetes and guns attacked the Plaine Savo displacement camp in
    Djugu territory, killing [[at least 40 people|killed;a=a local official]], a local official
    said. The camp shelters [[about 24,000 people|displaced]] who fled earlier attacks. UN
    peacekeepers from a nearby base repelled the attackers, MONUSCO said.""",
)

item(
    "Uganda sends 1,000 more troops to Ituri",
    """Uganda has deployed [[1,000 more troops|combatants;a=Uganda's military]] to eastern Congo's
    Ituri province, Uganda's military said. It said it had killed [[567 ADF fighters|killed;
    a=Uganda's military]] and captured [[more than 100|arrested;a=Uganda's military]] since the
    joint operation with the Congolese army began in {{November 2021}}.""",
)

item(
    "Insurgents attack Macomia town, 15 soldiers killed",
    """Insurgents attacked Macomia town at dawn, looting food warehouses and fighting soldiers for
    {{two days}}, residents said. [[At least 15 soldiers|killed;a=a military source]] were killed,
    a military source told AFP. [[About 700 insurgents|combatants;a=Police commander Bernardino
    Rafael]] took part in the assault, Police commander Bernardino Rafael said.""",
)

item(
    "Youth clashes in Leer county kill 60",
    """Fighting between rival armed youth groups in Unity State's Leer county has killed [[60
    people|killed]] since Sunday and driven [[about 5,000|displaced]] from their homes.
    [[Seventeen|killed;a=local authorities]] of the dead were women, local authorities said, and
    [[dozens of homes|housing;a=local authorities]] were burned.""",
)

item(
    "3,000 displaced families begin returning to Tselemti",
    """[[About 3,000 displaced families|returned;a=the interim regional administration]] began
    returning to Tselemti district in northwestern Tigray this week under a plan agreed with the
    Amhara regional government, the interim regional administration said. The {{2020-2022}} war
    displaced [[more than 1 million people|displaced]] in Tigray.""",
)

item(
    "20,000 Sudanese cross into Chad in a week",
    """[[Nearly 20,000 Sudanese|displaced;a=UNHCR]] crossed into eastern Chad in a week after
    fighting intensified around El Fasher, UNHCR said, [[2,000 to 3,000 a day|displaced;a=UNHCR]].
    Women and children make up {{86%}} of the new arrivals. Chad hosts [[more than 1.2 million
    Sudanese refugees|displaced;v=1200000]].""",
)

item(
    "Security Council backs new AU mission in Somalia",
    """The UN Security Council on {{December 27}} adopted {{Resolution 2767}}, authorising the
    African Union Support and Stabilization Mission in Somalia (AUSSOM) to replace ATMIS from
    {{January 1}}. The mission, whose predecessor AMISOM was set up in {{2007}}, will be funded
    partly through assessed UN contributions covering up to {{75%}} of its budget. Egypt said its
    troops would join in the {{second}} phase.""",
)

item(
    "Congo and Rwanda sign peace deal in Washington",
    """Congo and Rwanda signed a peace agreement in Washington on {{June 27}}, committing Rwanda to
    withdraw its forces from eastern Congo within {{90 days}}. The deal builds on a declaration of
    principles signed in {{April 2025}} and on a {{2022}} roadmap agreed in Luanda. A joint
    security coordination mechanism is to meet within {{30 days}}.""",
)

item(
    "Airstrike hits MSF hospital in Old Fangak, 7 killed",
    """Government airstrikes on Old Fangak hit a hospital run by Medecins Sans Frontieres, killing
    [[seven people|killed;a=MSF]] and wounding [[20|injured;a=MSF]], MSF said. It was the
    {{eighth}} attack on the group's facilities in South Sudan this year.""",
)

item(
    "Gunmen kill 230 in western Oromia, witnesses say",
    """Gunmen killed [[at least 230 people|killed;a=witnesses]], most of them ethnic Amhara, in
    Gimbi county in western Oromia, witnesses told Reuters. The government blamed the OLA, which
    denied involvement. The Ethiopian Human Rights Commission later said the toll was likely
    [[above 400|killed;q=at_least;a=The Ethiopian Human Rights Commission]].""",
)

item(
    "Shelling destroys clinics and schools on El Obeid's outskirts",
    """RSF shelling of villages on the outskirts of El Obeid over the past month has destroyed [[14
    schools|housing;a=the North Kordofan state government]] and [[six health clinics|housing;
    a=the North Kordofan state government]], the North Kordofan state government said. At El
    Obeid Teaching Hospital, [[62 people|injured;a=the hospital's director;alt=Dr Hamid Ali]] with
    shrapnel wounds were admitted in a single day, the hospital's director, Dr Hamid Ali, told
    Reuters.""",
)
