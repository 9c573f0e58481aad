"""dev227 positives, part A: summits, visits, envoys and missions that current violence reaches
(Europe's east, the Middle East, the Horn, the Great Lakes, Myanmar). See README.md."""

POSITIVES = [
    (
        "Baltic and Polish ministers sit out Russian missile barrage in Kyiv hotel basement",
        "Foreign ministers from the three Baltic states and Poland spent part of Thursday morning "
        "in a hotel basement in central Kyiv after Russia launched one of its heaviest combined "
        "missile and drone attacks on the capital in weeks. At least nine people were killed and 31 "
        "injured, the head of the city's military administration said, as rescuers searched the "
        "rubble of a nine-storey apartment block in the Solomianskyi district. The ministers had "
        "arrived by overnight train for talks on air defence and on Ukraine's path to membership of "
        "the European Union. “We heard the explosions from the shelter; this is what Ukrainians "
        "live with every night,” Lithuania's foreign minister wrote on X. Ukraine's air force said "
        "it had shot down 38 of 45 cruise missiles and most of the Shahed-type drones launched "
        "overnight. A planned joint news conference was moved underground and cut to 20 minutes. "
        "Ukraine's foreign ministry said the timing of the barrage, hours before the meeting, was "
        "no coincidence. Moscow said its forces had struck military-industrial targets. Before "
        "leaving for Lviv, the four ministers laid flowers outside the damaged block, where "
        "residents were still carrying belongings out through the broken windows.",
        "E",
        "missile_strike",
    ),
    (
        "Arab and Muslim leaders meet in Riyadh as strike on Gaza school shelter kills dozens",
        "RIYADH, Nov 11 - Leaders of the Arab League and the Organisation of Islamic Cooperation "
        "opened an extraordinary joint summit in the Saudi capital on Saturday, hours after an "
        "Israeli air strike hit a UN-run school sheltering displaced families in northern Gaza. "
        "The Hamas-run health ministry said at least 27 people were killed at the school in Jabalia, "
        "most of them women and children, and dozens more wounded. UNRWA said about 4,000 people had "
        "been sleeping in its classrooms and courtyard after fleeing their homes. Israel's military "
        "said it had targeted militants operating from the compound and was reviewing reports of "
        "civilian casualties. Opening the summit, Saudi Arabia's crown prince called for an "
        "immediate halt to military operations and for aid corridors to be opened. Delegates "
        "worked late into the night on a final communique demanding a ceasefire, after a split over "
        "proposals to cut oil supplies and diplomatic ties. Gaza's largest hospitals were reported "
        "to be running out of fuel, and the World Health Organization said it had lost contact with "
        "its staff at al-Shifa for several hours. “While we sit in this hall, they are digging "
        "children out of a school,” the Palestinian foreign minister told reporters outside.",
        "E V D H",
        "airstrike",
    ),
    (
        "Israeli strike hits Hamas negotiators' compound in Doha during ceasefire talks",
        "Israeli aircraft struck a residential compound in Doha on Tuesday where senior Hamas "
        "officials were meeting to discuss the latest US proposal for a Gaza ceasefire, in the "
        "first such attack on the territory of the Gulf state that has hosted the talks for nearly "
        "two years. Columns of smoke rose over the Legtaifiya district in the north of the city "
        "shortly after 3:45 in the afternoon, witnesses said. Qatar's interior ministry said a "
        "member of its internal security force was killed and several people were wounded, and "
        "Hamas said five of its members, including the son of its chief negotiator, died in the "
        "strike, while its leadership survived. The Israeli military said it had carried out a "
        "precision strike on the group's leaders, who it said were responsible for the October 7 "
        "attack. Qatar's prime minister called it a cowardly and criminal attack and said his country "
        "reserved the right to respond. Egyptian and Qatari mediators had been due to present an "
        "amended draft to the delegation that evening. Diplomats in the region said the strike "
        "had put the talks on hold, and several Gulf capitals recalled staff for consultations.",
        "E M",
        "airstrike",
    ),
    (
        "Strike flattens Iranian consular building in Damascus, killing Revolutionary Guards commanders",
        "An air strike destroyed the consular section of Iran's embassy compound in the Mezzeh "
        "district of Damascus on Monday, killing at least seven members of the Revolutionary Guards, "
        "among them two generals, Iranian state media reported. The Syrian Observatory for Human "
        "Rights, a Britain-based monitor, put the death toll at 11, including two Syrian civilians. "
        "Syria's defence ministry said Israeli F-35 jets fired six missiles from the direction of "
        "the occupied Golan Heights. Israel, as is its practice, did not comment. Iran's ambassador, "
        "whose residence is in the same compound, told state television that the strike had "
        "violated every convention protecting diplomatic premises and promised a decisive "
        "response. Rescuers pulled bodies from the collapsed two-storey building into the evening, "
        "while the embassy's main building next door stood with its windows blown out. Russia "
        "requested an emergency meeting of the UN Security Council, and foreign ministers from "
        "Iraq to Malaysia issued statements condemning the attack on a diplomatic mission.",
        "E M",
        "airstrike",
    ),
    (
        "Russian ambassador to Turkey shot dead at Ankara art gallery",
        "Russia's ambassador to Turkey was shot dead on Monday evening as he gave a speech at the "
        "opening of a photography exhibition in Ankara, in an attack the Turkish government called "
        "an act of terrorism. The gunman, an off-duty riot police officer in a dark suit, fired "
        "several shots at the envoy from behind while shouting about Aleppo and Syria, witnesses "
        "and video footage showed. Three other people were wounded before special forces killed "
        "the attacker after a standoff of about 15 minutes, the Ankara governor's office said. The "
        "ambassador was taken to hospital but died of his wounds. The Kremlin called the killing "
        "a provocation aimed at wrecking the rapprochement between Moscow and Ankara. The attack "
        "came a day before the foreign ministers of Russia, Turkey and Iran were due to meet in "
        "Moscow to discuss Syria, and the foreign ministry said the meeting would go ahead. "
        "Turkey's president called his Russian counterpart within hours, and the two agreed to "
        "send a joint team of investigators. Police cordoned off the streets around the gallery, "
        "a few hundred metres from several embassies.",
        "T V",
        "assassination",
    ),
    (
        "Suicide bomber kills two Russian embassy staff outside consular gate in Kabul",
        "KABUL - A suicide bomber blew himself up near the entrance to the Russian embassy in the "
        "Afghan capital on Monday morning, killing two members of the embassy staff and at least "
        "four Afghans who were queuing for visas, officials said. Russia's foreign ministry said "
        "an embassy secretary and a security guard were among the dead. Taliban guards shot at the "
        "attacker as he approached the crowd, but he detonated his explosives about 20 metres from "
        "the gate, the Kabul police spokesman said. The Islamic State group's regional affiliate "
        "claimed the bombing in a statement on its Amaq news agency. It was the first attack on a "
        "foreign mission in Kabul since the Taliban took power, and Moscow is one of the few "
        "capitals to have kept its embassy open. Taliban officials said security around diplomatic "
        "missions would be tightened. Witnesses at the nearby market said several of those waiting "
        "had been trying to secure documents to travel to Russia for work.",
        "E T V",
        "suicide_bombing",
    ),
    (
        "EU envoy assaulted at home as Khartoum fighting traps diplomats and residents",
        "The European Union's ambassador to Sudan was assaulted in his residence in Khartoum, the "
        "bloc's foreign policy chief said on Monday, as heavy fighting between the army and the "
        "paramilitary Rapid Support Forces entered a third day. A US diplomatic convoy with "
        "clearly marked vehicles was fired on in the city the same day, the US secretary of state "
        "told reporters in Japan, adding that all staff were safe. Both warring sides carried out "
        "air strikes and artillery fire across the capital, where residents described shells "
        "landing in residential streets and bodies lying on the roads. The World Health "
        "Organization said at least 185 people had been killed and more than 1,800 wounded. "
        "Thousands of families began leaving the capital on foot and in buses toward Gezira and "
        "the Egyptian border. The ambassador was not seriously hurt, an EU spokesperson said. "
        "Western governments began preparing evacuation plans for embassy staff, while African "
        "Union and Arab League envoys pressed both generals for a humanitarian pause that neither "
        "side appeared to respect.",
        "B E V D",
        "battle",
    ),
    (
        "Security Council meets on Zamzam camp attack as survivors reach Tawila",
        "NEW YORK - The UN Security Council held an emergency session on Monday on the attack on "
        "Zamzam displacement camp in North Darfur, where the Rapid Support Forces are accused of "
        "killing hundreds of people over the past four days. The UN humanitarian office told "
        "members that at least 300 civilians had been killed since Friday, including ten staff of "
        "the medical charity Relief International who were shot at a clinic in the camp. Between "
        "300,000 and 400,000 people have fled Zamzam, many on foot to Tawila, about 60 km away, "
        "according to the International Organization for Migration. Survivors told aid workers "
        "that gunmen went from shelter to shelter, setting fire to the market and shooting men "
        "they accused of backing the army. Britain, which drafted a press statement, said the "
        "attack was an atrocity against people who had already lost everything. The RSF said it "
        "had taken the camp from army-allied fighters and denied targeting civilians. Tawila's "
        "water points and clinics are overwhelmed, Medecins Sans Frontieres said.",
        "V B D H",
        "massacre",
    ),
    (
        "Jeddah talks resume as shells rain on Omdurman and families head for Egypt",
        "Envoys of Sudan's army and the Rapid Support Forces sat down again in the Saudi port city "
        "of Jeddah on Sunday for US- and Saudi-brokered talks, while artillery and air strikes "
        "pounded districts of Omdurman and Khartoum North. Residents said shells fell on the Old "
        "Omdurman market and nearby homes on Sunday morning, and a local emergency response room "
        "reported 14 people killed. The mediators said the first week had produced only a "
        "declaration on protecting civilians that both sides were accused of breaking within "
        "hours. “They talk about corridors in Jeddah, and here we cannot leave the house,” one "
        "resident said by telephone. The UN refugee agency said about 1,000 people a day were "
        "crossing into Egypt at Argeen and Ashkeit, most of them women, children and older men. "
        "Hospitals in the capital were running short of blood and fuel, and the doctors' union said "
        "only a fifth of them were still working. A Saudi foreign ministry statement urged both "
        "delegations to focus on a short-term ceasefire and the delivery of aid.",
        "E D H",
        "shelling",
    ),
    (
        "Talks on eastern Congo stall as M23 fighters push into Goma and thousands flee",
        "Regional foreign ministers meeting by video link on Sunday failed to agree on a joint "
        "statement as M23 rebels, backed by Rwandan troops according to UN experts, fought their "
        "way into the outskirts of Goma, the largest city in eastern Congo. Heavy weapons fire was "
        "heard near the airport through the night, residents said, and UN peacekeepers said they "
        "were engaged in fighting alongside the Congolese army around Sake. Congo cut diplomatic "
        "ties with Rwanda on Saturday and recalled its staff from Kigali. The UN said hundreds of "
        "thousands of people had been displaced around Goma since the start of the year, many of "
        "them from camps on the city's edge. Aid agencies suspended most operations, and the World "
        "Food Programme said its warehouses were cut off. Angola's mediation, which had produced "
        "a ceasefire last summer, is in effect suspended. Kenya's president called a summit of the "
        "East African Community for Wednesday, and the Security Council brought forward an "
        "emergency meeting to Sunday evening.",
        "B D H",
        "battle",
    ),
    (
        "Azerbaijan launches Karabakh offensive hours before UN General Assembly debate",
        "Azerbaijan's defence ministry announced what it called local anti-terrorist measures in "
        "Nagorno-Karabakh on Tuesday, shelling the regional capital Stepanakert and positions of "
        "ethnic Armenian forces, as world leaders gathered in New York for the UN General "
        "Assembly. The enclave's human rights ombudsman said at least 27 people had been killed, "
        "two of them civilians, and more than 200 wounded in the first hours. Residents sheltered "
        "in basements as artillery and drone strikes hit the outskirts, and several thousand "
        "people gathered at Stepanakert's airport, where Russian peacekeepers are based. Armenia's "
        "prime minister said his country was not involved in the fighting and called on the "
        "Security Council to act. Diplomats from France and the United States said they were "
        "pressing Baku to halt the operation. Azerbaijan's foreign minister, who was due to speak "
        "at the Assembly later in the week, said the aim was to disarm separatist formations and "
        "that civilians were not targets. Baku said it was ready to meet Karabakh Armenian "
        "representatives in Yevlakh.",
        "M B E D",
        "offensive",
    ),
    (
        "Protesters storm Swedish embassy in Baghdad and set it ablaze before Koran burning",
        "Hundreds of supporters of the Shi'ite cleric Moqtada al-Sadr stormed Sweden's embassy in "
        "Baghdad before dawn on Thursday and set part of it on fire, in protest at a planned "
        "burning of the Koran in Stockholm. Videos posted online showed men climbing the walls of "
        "the compound in the Karrada district, and smoke rising from a building inside. Riot "
        "police fired tear gas and used water cannon and electric batons to push the crowd back, "
        "and several protesters were hurt, a security source said. Sweden's foreign ministry said "
        "all its staff were safe and that Iraqi authorities had failed in their duty to protect "
        "diplomatic missions. Iraq's government condemned the attack, and said later in the day it "
        "had expelled the Swedish ambassador and would withdraw its charge d'affaires from "
        "Stockholm if the burning went ahead. About 20 people were detained, according to the "
        "interior ministry. The Organisation of Islamic Cooperation called an urgent meeting to "
        "discuss what it described as repeated desecration of the Koran.",
        "U",
        "riot",
    ),
    (
        "Crowd attacks French embassy in Niamey after coup; police fire tear gas",
        "NIAMEY - Thousands of supporters of Niger's new military rulers marched on the French "
        "embassy on Sunday, tearing the plaque from its wall and trying to force the gates before "
        "setting fire to a door, witnesses and AFP reporters said. Guards and police fired tear "
        "gas to disperse the crowd, some of whom waved Russian flags and shouted slogans against "
        "the former colonial power. France's president said any attack on its nationals or "
        "interests would be answered immediately and severely. West African heads of state, "
        "meeting in Abuja the same day, gave the junta a week to reinstate the elected president "
        "and threatened to use force if it did not. Niamey's hospitals received several people "
        "hurt in the clashes, a health worker said. The junta later said it would not tolerate "
        "attacks on foreign missions and deployed troops around the embassy district. France said "
        "it was preparing to evacuate its citizens from Niger by air.",
        "U",
        "riot",
    ),
    (
        "Tripoli clashes erupt as UN envoy shuttles between rival factions",
        "Heavy fighting broke out between armed groups in central Tripoli late on Monday, hours "
        "after the UN's envoy to Libya met the head of the Government of National Unity to discuss "
        "a new road map to elections. Residents of the Abu Salim district reported the sound of "
        "heavy machine guns and rocket-propelled grenades, and the health ministry's emergency "
        "service said at least six people had been killed. The clashes followed the killing of "
        "the leader of a powerful militia at a military camp, the interior ministry said. Several "
        "embassies told their staff to stay indoors and the airport at Mitiga suspended flights. "
        "The UN mission called for an immediate halt to the fighting and said civilian areas must "
        "be spared. Families living near the front lines moved to relatives in other districts, "
        "and schools and the university closed on Tuesday. The envoy, who had planned to travel "
        "to Benghazi on Wednesday, postponed the trip. It was the worst violence in the capital "
        "since 2022, diplomats said.",
        "B D",
        "clashes",
    ),
    (
        "Blasts rip through Aden airport as new Yemeni cabinet lands from Riyadh",
        "Explosions tore through the arrivals hall of Aden airport on Wednesday moments after a "
        "plane carrying members of Yemen's newly formed unity government landed from Saudi Arabia, "
        "killing at least 22 people, officials said. The prime minister and the ministers on board "
        "were unhurt and were taken to the presidential palace in the city, where a further "
        "explosion was reported later in the day. Among the dead were three staff of the "
        "International Committee of the Red Cross and a local journalist. The government said "
        "Houthi rebels had fired three precision missiles at the airport and called it a "
        "cowardly terrorist attack. The Houthis denied responsibility. The cabinet had been "
        "formed under a Saudi-brokered power-sharing deal meant to end infighting between the "
        "government and southern separatists. The UN envoy for Yemen condemned the attack as "
        "unacceptable, and the Saudi-led coalition said it had intercepted a drone laden with "
        "explosives over the palace.",
        "E T",
        "missile_strike",
    ),
    (
        "ASEAN envoy's Naypyitaw visit overshadowed by air strikes on Sagaing villages",
        "The Association of Southeast Asian Nations' special envoy on Myanmar met the junta's "
        "leader in Naypyitaw on Tuesday, the same day military aircraft bombed two villages in the "
        "Sagaing region, killing at least 11 people, according to residents and a local resistance "
        "group. Witnesses said a fighter jet dropped bombs on a monastery where people displaced "
        "by earlier fighting had been sheltering, and that the dead included four children. More "
        "than 2,000 villagers fled into the forest and toward neighbouring townships, a local aid "
        "group said. The junta's information team said it had targeted training camps of "
        "so-called terrorist groups. The envoy's office said he had urged an end to violence and "
        "access for humanitarian assistance, and that he had not been allowed to meet Aung San Suu "
        "Kyi. Rights groups said the visit lent legitimacy to the generals. Thailand's foreign "
        "minister, speaking in Bangkok, said the bloc's five-point consensus remained the only "
        "basis for a settlement.",
        "E V D",
        "airstrike",
    ),
    (
        "Kinshasa protesters attack embassies of Rwanda, France and US as Goma falls",
        "KINSHASA - Protesters attacked and set fire to parts of several embassies in the "
        "Congolese capital on Tuesday, angry at what they called the world's silence as M23 rebels "
        "took control of most of Goma. Crowds broke into the Rwandan embassy compound and looted "
        "offices before setting them alight, and burned tyres at the gates of the French and US "
        "missions, witnesses said. Police fired tear gas to disperse protesters in the Gombe "
        "district, where most foreign missions are located. France's foreign minister said the "
        "attacks were unacceptable and that its embassy staff were safe. The United States urged "
        "its citizens to leave the country while commercial flights were still running. In Goma, "
        "about 1,500 km to the east, fighting continued near the airport and residents reported "
        "bodies in the streets. The government of President Felix Tshisekedi appealed for calm "
        "and said the police had been ordered to protect the embassies. Kenya announced an "
        "emergency summit of regional leaders for the next day.",
        "U B",
        "riot",
    ),
]
