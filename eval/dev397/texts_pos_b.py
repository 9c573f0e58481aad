"""Positives of dev397, part B: the border, the sea, Guyana and Venezuela, unrest in the French
Antilles and Cuba, and the gang war's other fronts, as the Caribbean press reported them.
(title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Fighting in Haiti's Centre sends families across the border at Elías Piña",
        "Dominican troops reinforced the border at Elías Piña on Wednesday after heavy fighting "
        "between Haitian police and gangs in the neighbouring town of Belladère sent families "
        "running towards the frontier, Listín Diario reported. Residents of Comendador said "
        "they heard automatic gunfire through the night from the Haitian side. The Specialised "
        "Land Border Security Corps said about 400 Haitians, most of them women and children, "
        "had gathered at the crossing seeking safety, and that the Dominican army was allowing "
        "the wounded through for treatment. Three people with bullet wounds were taken to the "
        "provincial hospital. Gangs of the Viv Ansanm alliance, which took Mirebalais and "
        "Lascahobas this spring, attacked the Belladère police station on Tuesday, according to "
        "Haitian officials. The Dominican defence minister said the border remained closed to "
        "ordinary traffic and that the army was on maximum alert. Traders in the binational "
        "market said business had stopped.",
        "B D",
        "battle",
    ),
    (
        "Police station burned as Gran Grif attacks Petite-Rivière de l'Artibonite",
        "Gunmen from the Gran Grif gang attacked Petite-Rivière de l'Artibonite on Saturday "
        "night, burning the police station and the courthouse and forcing officers to retreat, "
        "local officials told Le Nouvelliste. The mayor said at least six people were killed, "
        "including two members of a local self-defence brigade who tried to hold the bridge "
        "over the river. Several houses in the lower town were set on fire. Police reinforcements "
        "sent from Saint-Marc exchanged fire with the gang for several hours on Sunday before "
        "pulling back, witnesses said. The attack follows months of raids on the rice-growing "
        "communes of the valley, which have left large areas of farmland abandoned. A senator "
        "for the department accused the authorities of leaving the Artibonite to its fate. The "
        "Ministry of Justice said it had ordered an inquiry.",
        "B V",
        "attack_on_town",
    ),
    (
        "Carrefour-Feuilles empties as gangs move in, thousands shelter in schools and a theatre",
        "Thousands of residents of Carrefour-Feuilles fled their homes over the weekend as "
        "gunmen from the Grand Ravine gang invaded the neighbourhood, shooting at people in the "
        "streets and burning houses, according to witnesses and local officials. The "
        "Office for the Protection of Citizens said at least 20 people were killed, several of "
        "them burned in their homes. More than 5,000 people took refuge in the Rex Theatre, in "
        "schools and in a sports centre downtown, the International Organization for Migration "
        'said, adding that the sites lacked water and toilets. "They shot my neighbour in '
        'front of his children," a man sleeping on the floor of the theatre told the Gleaner. '
        "Police said they were conducting operations to retake the area but had met heavy "
        "resistance. The health ministry asked hospitals to prepare for more wounded. Carrefour-"
        "Feuilles had until recently been one of the last middle-class districts of the capital "
        "spared by the gangs.",
        "V D H",
        "attack_on_neighbourhood",
    ),
    (
        "Gang Suppression Force and Haitian police launch first joint offensive in Croix-des-Bouquets",
        "Haitian police and troops of the UN-authorised Gang Suppression Force began an offensive "
        "against gangs in Croix-des-Bouquets on Thursday, the first large operation since the "
        "force replaced the Kenyan-led mission, officials said. Armoured vehicles moved along "
        "National Road 3 under cover of drones, and residents reported heavy gunfire near the "
        "Tabarre bridge for most of the morning. The force's commander said his units had "
        "dismantled several gang checkpoints and seized weapons, without giving a toll. The "
        "400 Mawozo gang, which controls much of the plain, returned fire from rooftops, "
        "according to a police source. The Civil Protection said families from Bon Repos were "
        "leaving with their belongings for fear of reprisals. The transitional authorities "
        "said the operation would last several weeks and urged civilians to stay indoors. "
        "Human rights groups asked the force to publish its rules of engagement.",
        "M B",
        "offensive",
    ),
    (
        "US strike on Venezuelan boat kills 11, Trump says vessel carried drugs",
        "The United States military struck a boat in the southern Caribbean on Tuesday, killing "
        "eleven people on board, President Donald Trump said, in what appeared to be the first "
        "deadly use of force in Washington's build-up of warships off Venezuela. Trump posted a "
        "video showing a speedboat exploding and said it had been carrying drugs for the Tren "
        "de Aragua gang, which his administration has designated a terrorist organisation. No "
        "evidence was offered publicly. Venezuela's communications minister said the video "
        "appeared to have been made with artificial intelligence. In Port of Spain, Prime "
        "Minister Kamla Persad-Bissessar welcomed the strike and said drug traffickers should "
        'be "blown to pieces". Fishermen in Cedros said they were afraid to go out. Legal '
        "experts in the region questioned whether the strike was lawful, since the United States "
        "had not said where the boat was heading or how it had been identified.",
        "M E",
        "strike_at_sea",
    ),
    (
        "Las Cuevas mourns two fishermen killed in US strike off Venezuela",
        "Relatives in Las Cuevas say two men from the north coast village were among six people "
        "killed when the US military destroyed a vessel off Venezuela last Tuesday, the Guardian "
        "has learned. The men, aged 26 and 41, had been staying in Venezuela and were "
        "returning to Trinidad, according to their families, who insist they were "
        "fishermen, not drug runners. The US Secretary of War, Pete Hegseth, announced the "
        'strike on social media and said the boat belonged to a "designated terrorist '
        'organisation". The younger man\'s mother said she recognised his boat in the video. "My son '
        'was no trafficker," she said. The Ministry of Foreign and Caricom Affairs said it was '
        "seeking information from Washington. Opposition MPs called on the government to "
        "demand an explanation and to stop cheering the strikes. Police said they had no "
        "record of the men being involved in crime.",
        "M E",
        "strike_at_sea",
    ),
    (
        "Dominican navy recovers cocaine after US strike south of Beata Island",
        "The Dominican Navy said on Saturday it had recovered 377 packages of suspected cocaine "
        "from the sea south of Beata Island, after a US military strike destroyed a speedboat "
        "in the area, Diario Libre reported. The National Drugs Control Directorate said the "
        "operation was carried out in coordination with the US Southern Command, which said "
        "three people on board had been killed. It was the first such strike close to "
        "Dominican waters. Navy divers searched the area for bodies and debris for two days. "
        "President Luis Abinader said cooperation with Washington against drug trafficking "
        "would continue. Fishermen in Pedernales said they had heard a loud explosion in the "
        "early hours. The United States has carried out dozens of strikes on boats in the "
        "Caribbean and the Pacific since September, killing more than a hundred people, "
        "according to tallies by news agencies.",
        "M E",
        "strike_at_sea",
    ),
    (
        "Three GDF soldiers wounded as gunmen fire on patrol on Cuyuni River",
        "Three soldiers of the Guyana Defence Force were wounded on Sunday when gunmen on the "
        "Venezuelan bank of the Cuyuni River opened fire on a boat carrying supplies to a "
        "forward operating base, the army said. The GDF said its troops returned fire and that "
        "the attackers withdrew into the forest. The injured men were flown to Georgetown, "
        "where one was in a serious condition. The army blamed a Venezuelan criminal gang, "
        "known locally as a sindicato, which controls illegal gold mining on the other side "
        "of the river. President Irfaan Ali said Guyana would not be intimidated and that "
        "patrols along the border would be stepped up. Stabroek News reported that it was at "
        "least the third time this year a GDF boat had come under fire near Eteringbang. The "
        "Venezuelan government made no comment. Opposition leaders called for the troops on "
        "the river to be given better protection.",
        "B",
        "border_clash",
    ),
    (
        "GDF patrol and escort boat attacked again near Eteringbang days after Caracas warning",
        "Gunmen fired on a Guyana Defence Force patrol escorting a fuel boat on the Cuyuni "
        "River near Eteringbang on Tuesday, the second such attack in a week, the army said. "
        "No soldiers were hit, but the boat's captain, a civilian, was wounded in the arm and "
        "was evacuated by helicopter, according to Kaieteur News. The soldiers returned fire "
        "for about twenty minutes. The attack came days after Venezuela's defence minister, "
        "Vladimir Padrino López, warned that Caracas would respond if Guyana moved troops "
        "into the disputed Essequibo region. Guyana's foreign minister said the gunmen were "
        "part of armed gangs operating with impunity on Venezuelan territory. The GDF Chief of "
        "Staff said more troops and boats had been sent to the area. Caricom said in a "
        "statement that it stood with Guyana.",
        "B",
        "border_clash",
    ),
    (
        "Explosions over Caracas as US strikes Venezuela; Trinidad puts coast guard on alert",
        "Explosions shook Caracas before dawn on Saturday as the United States struck military "
        "targets in the Venezuelan capital and in the states of Miranda, Aragua and La Guaira, "
        "Venezuelan officials and witnesses said. Residents reported low-flying aircraft and "
        "fires at the Fuerte Tiuna military complex. The Venezuelan government declared a "
        "state of external commotion and called on its supporters to take to the streets. In "
        "Port of Spain, the National Security Minister said the Trinidad and Tobago Coast "
        "Guard had been placed on alert and that the country was not involved in the "
        "operation. Trinidadians with relatives in Venezuela told the Guardian they could not "
        "reach them by phone. The Caricom chairman called for restraint and said the region "
        "must remain a zone of peace. Airlines cancelled all flights between Piarco and "
        "Venezuela. Venezuelan officials said there were civilian and military casualties but "
        "gave no figures.",
        "M E",
        "airstrike",
    ),
    (
        "Martinique: shops looted and cars burned as cost-of-living protests turn to riots",
        "Rioters looted shops and set fire to cars and a pharmacy in Fort-de-France overnight, "
        "as protests over the high cost of food in Martinique turned violent for a third "
        "night, the prefecture said. Police used tear gas to disperse groups who had built "
        "barricades on the roads to the airport, and eleven officers were injured, according "
        "to the authorities. One man was killed by a stray bullet in Sainte-Thérèse, a "
        "prosecutor said. The prefect extended a curfew from 9pm to 5am across the capital and "
        "several communes and banned gatherings. Paris announced the dispatch of riot police "
        "from the CRS. The protest movement, led by a collective that wants food prices brought "
        "into line with those in mainland France, said it did not condone the looting. Air "
        "France and Air Caraïbes suspended flights after the airport was closed.",
        "U",
        "riot",
    ),
    (
        "Gendarmes reinforced in Guadeloupe after nights of looting and gunfire",
        "France is sending some 200 gendarmes and police to Guadeloupe after a fourth night of "
        "rioting, looting and arson in Pointe-à-Pitre, the interior minister said on Sunday. "
        "Protesters angry at a vaccination mandate for health workers set up burning "
        "barricades across the island and looted shops, while shots were fired at police and "
        "firefighters, according to the prefecture. The prefect imposed a curfew from 6pm to "
        "5am. Thirty-eight people have been arrested since Wednesday. The unions behind the "
        "original strike said they rejected violence but that the anger of young people was "
        "real. The Barbados Nation noted that flights from Bridgetown were cancelled after "
        "access roads to the airport were blocked. The French prime minister was to meet local "
        "elected officials in Paris on Monday.",
        "U",
        "riot",
    ),
    (
        "Cuba: one dead and hundreds detained after rare protests across the island",
        "Cuban authorities confirmed on Tuesday that one man died during clashes with police in "
        "the Havana neighbourhood of La Güinera, as the government cracked down on the biggest "
        "anti-government protests in decades. The interior ministry said several officers were "
        "injured and property was damaged. Rights groups said hundreds of people had been "
        "arrested since Sunday, when thousands marched in San Antonio de los Baños, Havana and "
        "other cities chanting for freedom and against shortages. Videos shared before the "
        "internet was cut showed special forces beating protesters and plain-clothes men "
        "with sticks. President Miguel Díaz-Canel blamed the unrest on the United States and "
        "called on revolutionaries to defend the streets. Caricom leaders urged dialogue. "
        "Cuban doctors working in the region told the Nation they were anxious for their "
        "families.",
        "U",
        "crackdown",
    ),
    (
        "Gunmen open fire on political meeting in St Andrew, two dead; police say shooting linked to campaign",
        "Two people were killed and five injured when gunmen opened fire on a constituency "
        "meeting in St Andrew South Western on Sunday night, eleven days before the general "
        "election, the police said. Witnesses told the Gleaner that a car pulled up beside "
        "supporters gathered under a tent and men in the back seat fired at the crowd. "
        "A senior officer in the Major Investigations Division said detectives believed the "
        "attack was connected to the political rivalry in the area, not a gang dispute. Both "
        "parties condemned the shooting, and the Political Ombudsman called an emergency "
        "meeting of their general secretaries. The Electoral Commission said it was reviewing "
        "security for polling stations in the constituency. Residents said tension had been "
        "building since party flags were torn down last week. Police have set up checkpoints "
        "and increased patrols in the area.",
        "V",
        "political_violence",
    ),
    (
        "Haitians landed at Inagua say they fled gang assault on Arcahaie last week",
        "Ninety-two Haitian migrants landed by the Royal Bahamas Defence Force at Matthew "
        "Town, Inagua, on Friday told officials they had fled an attack by gunmen on their "
        "neighbourhood in Arcahaie the week before, the Nassau Guardian has learned. Several "
        "said they had seen relatives shot and houses burned as the Viv Ansanm coalition "
        'pushed north from Cabaret. "We ran to the sea because the road was theirs," one '
        "woman told a church volunteer. Haitian officials said on Monday that at least 15 "
        "people had been killed in the attack and that thousands had left the town. The "
        "Department of Immigration said the group would be processed and that Haiti's "
        "situation would be taken into account. The Bahamas repatriated more than 1,400 "
        "Haitians last year. Human rights advocates urged the government to suspend returns "
        "while the fighting goes on.",
        "D V",
        "displacement",
    ),
    (
        "Sexual violence by armed groups in Haiti surged this year, UN says",
        "Cases of sexual violence committed by armed groups in Haiti have risen sharply this "
        "year, with women and girls in displacement sites particularly targeted, the UN "
        "Children's Fund said on Wednesday. The agency said more than 1,000 cases had been "
        "reported to its partners between January and June, most of them gang rapes, and that "
        "a third of the victims were children. In several sites in Port-au-Prince, gang "
        "members enter at night and abduct girls, aid workers told the Gleaner. Survivors "
        "have almost no access to medical care because most health facilities in the capital "
        "are closed or hard to reach. UNICEF said it needed 10 million dollars to expand "
        "safe spaces and clinics. Haitian women's groups said the real figure was far higher, "
        "since many victims were afraid to speak.",
        "V H D",
        "sexual_violence",
    ),
]
