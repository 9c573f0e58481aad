"""dev370 positives, part A: attacks and unrest at home, and the Lusophone press on Africa."""

POSITIVES = [
    (
        "A van mows down pedestrians on La Rambla: at least 13 dead and a hundred injured in Barcelona",
        "A white van drove at speed down the central walkway of La Rambla on Thursday afternoon, "
        "zigzagging for some 500 metres through crowds of tourists and residents before stopping "
        "near the Liceu opera house, La Vanguardia reports. The Generalitat confirmed late in the "
        "evening that at least 13 people had been killed and around a hundred injured, fifteen of "
        "them seriously. The driver fled on foot through the Boqueria market. The Islamic State "
        "group claimed the attack through its Amaq agency a few hours later, and the Mossos "
        "d'Esquadra are treating it as a jihadist terrorist attack. Shops pulled down their "
        "shutters and hundreds of people sheltered inside bars, hotels and the metro while armed "
        "officers cordoned off the Ciutat Vella district. Police said two men had been arrested, "
        "one of them a Moroccan national who had rented the vehicle in Santa Perpètua de Mogoda. "
        "The victims come from at least 18 countries, according to Civil Protection. Prime "
        "Minister Mariano Rajoy travelled to Barcelona overnight and declared three days of "
        'official mourning. "Terrorists will never defeat a united people," he said at the '
        "Palau de la Generalitat, next to Carles Puigdemont. Investigators are also looking at a "
        "house in Alcanar, in Tarragona, that was destroyed by an explosion on Wednesday night.",
        "T V",
        "vehicle_attack",
    ),
    (
        "Cambrils: police shoot dead five attackers wearing fake explosive belts on the seafront",
        "Hours after the Barcelona massacre, a car rammed pedestrians on the seafront promenade of "
        "Cambrils, in Tarragona, in the early hours of Friday, El País reports. Five men got out "
        "of the Audi A3 armed with knives and an axe and wearing what looked like explosive "
        "belts, which later proved to be fake. A single officer of the Mossos d'Esquadra shot "
        "four of them dead; a fifth was killed a little further on. One woman, a 61-year-old "
        "resident of Zaragoza, died of her wounds in hospital, and six other civilians and a "
        "police officer were hurt. The regional interior minister, Joaquim Forn, said the two "
        "attacks were linked and that the cell had planned something far larger with gas "
        "cylinders stored in Alcanar. Residents described the sound of several bursts of gunfire "
        "and people running into the sea-front bars. Bomb disposal teams carried out controlled "
        "explosions on the bodies as a precaution. The Catalan police said on Friday afternoon "
        "that the manhunt for the van driver was still under way across Catalonia and France.",
        "T V",
        "terrorist_attack",
    ),
    (
        "Sacristan killed and priest wounded in machete attack on two churches in Algeciras",
        "A man armed with a machete attacked two churches in the centre of Algeciras on Wednesday "
        "evening, killing the sacristan of Nuestra Señora de La Palma and wounding the parish "
        "priest of San Isidro, according to EFE. The victim, Diego Valencia, was struck in the "
        "Plaza Alta after he tried to flee towards the street. The assailant, a 25-year-old "
        "Moroccan man with a deportation order, was arrested by local police shortly afterwards. "
        "The National Court has taken over the case and is investigating it as a possible act "
        "of terrorism, Interior Ministry sources told the agency. Witnesses told ABC that the "
        "attacker shouted religious slogans as he entered the first church during mass and "
        "threatened the faithful. Four people in total were injured, one of them seriously. The "
        "city council declared official mourning and the Bishop of Cádiz called for calm and "
        "prayer. Police searched a flat in the El Saladillo neighbourhood late into the night.",
        "T V",
        "knife_attack",
    ),
    (
        "Barcelona burns for a fifth night as protests against the 'procés' sentence turn to riots",
        "Barricades of burning rubbish containers blocked the Eixample for a fifth night running "
        "on Friday as thousands of protesters clashed with riot police after the Supreme Court "
        "sentenced nine independence leaders to between nine and 13 years in prison. Groups of "
        "hooded young men hurled stones, bottles and firecrackers at lines of Mossos d'Esquadra "
        "and National Police officers on Via Laietana, who replied with foam projectiles and, "
        "for the first time in Catalonia, a water cannon, La Vanguardia reports. The emergency "
        "services said 182 people were treated in hospital across the region on Friday alone, "
        "including 46 police officers. At least 54 people have been arrested since Monday. "
        "Earlier in the day, half a million people according to the Guardia Urbana had marched "
        "peacefully into the city from five columns. The acting Interior Minister, Fernando "
        'Grande-Marlaska, said the violence was the work of "a minority" and promised there '
        "would be no impunity. The Generalitat's president, Quim Torra, condemned the "
        "disturbances but refused to call off the mobilisations.",
        "U",
        "riot",
    ),
    (
        "Night of riots in Greater Lisbon after police shoot dead a resident of Cova da Moura",
        "Buses, cars and rubbish bins were set on fire overnight in several neighbourhoods of "
        "the Amadora and Oeiras municipalities after the death of Odair Moniz, a 43-year-old "
        "Cape Verdean cook shot by a PSP officer in the Cova da Moura district, Público reports. "
        "Groups of young people threw stones and Molotov cocktails at police patrols in Zambujal "
        "and Casal da Mira, and a Carris bus driver suffered serious burns when his vehicle was "
        "set alight with him inside. The PSP said it had arrested nine people and that six "
        "officers were slightly hurt. A police helicopter flew over the area until dawn. The "
        "officer who fired the shots has been made a formal suspect, Lusa reports, and the "
        "Interior Minister, Margarida Blanco, promised a transparent inquiry. Community "
        "associations called for calm while demanding justice for the dead man. A march called "
        "for Saturday in central Lisbon passed off without incident.",
        "U",
        "riot",
    ),
    (
        "Palma under attack: foreign workers trapped in a hotel as insurgents storm the town",
        "Dozens of insurgents attacked the town of Palma, in Mozambique's Cabo Delgado province, "
        "from three sides on Wednesday afternoon, and on Friday fighting was still under way, "
        "Lusa has learned from security sources. Around 180 people, among them foreign employees "
        "of contractors working for the nearby liquefied natural gas project, sheltered in the "
        "Amarula hotel while the town around them was looted and burned. A convoy of 17 vehicles "
        "that tried to break out on Friday was ambushed, and several of its occupants were "
        "killed. The Mozambican Defence and Security Forces said they had sent reinforcements but "
        "did not give figures for casualties. Witnesses who reached Pemba by boat told Lusa that "
        "bodies lay in the streets, some of them beheaded. A Portuguese national is among those "
        "unaccounted for, the Ministry of Foreign Affairs in Lisbon confirmed. Thousands of "
        "residents have fled into the bush or towards the Tanzanian border. The insurgents, "
        "whom residents call al-Shabaab and who have pledged allegiance to the Islamic State "
        "group, have been fighting in the province since 2017.",
        "B T V D",
        "town_assault",
    ),
    (
        "Cabo Delgado: insurgents behead villagers in Ancuabe and thousands flee south",
        "Insurgents linked to the Islamic State group beheaded at least six people in villages "
        "of the Ancuabe district in early June and set fire to dozens of houses, local sources "
        "and the district administration told Lusa. The attacks, in an area that had been spared "
        "for most of the conflict, triggered a new exodus: according to the International "
        "Organization for Migration, some 24,000 people fled in a single week, many of them on "
        "foot towards Metuge and Pemba. Families arrived at the Chiúre resettlement centres with "
        "nothing, a Catholic missionary said by telephone. The Rwandan contingent and the "
        "Mozambican army said they were pursuing the attackers, who move in small groups. "
        "Humanitarian organisations warn that food stocks in the reception sites are running out "
        "and that cholera cases have been recorded. Islamic State claimed the killings of "
        '"Christians" through its propaganda channels. The governor of Cabo Delgado appealed '
        "to residents not to spread panic on social media.",
        "T V D H",
        "village_raids",
    ),
    (
        "Rangers and hunting camp staff killed as insurgents push into the Niassa reserve",
        "The armed group active in northern Mozambique has carried out a series of attacks "
        "inside the Niassa Special Reserve, killing at least ten people, among them two rangers "
        "and several workers of a hunting concession, Expresso reports. Survivors described to "
        "the weekly how dozens of men arrived at the Mussoma camp, looted food and fuel and set "
        "the buildings on fire. The Mozambican defence ministry acknowledged on Thursday that "
        '"terrorists" had crossed from Cabo Delgado into Niassa province in April and said '
        "special forces had been sent to the area. The conservation operators have evacuated "
        "most of their staff by light aircraft, and villagers in Mecula district have left "
        "their homes for the district capital. An anti-poaching official said it was the first "
        "time the insurgency had reached the heart of the reserve, one of the largest protected "
        "areas in Africa. The Islamic State group claimed the raids, publishing photographs of "
        "burning vehicles.",
        "T V D",
        "raid",
    ),
    (
        "Maputo: police fire live rounds at protesters as post-election unrest spreads",
        "Police in Mozambique fired tear gas and live ammunition on Thursday at demonstrators "
        "who had answered the call of the opposition candidate Venâncio Mondlane to march on "
        "the capital, Lusa reports. Tyres and barricades burned on the main avenues of Maputo "
        "and Matola, shops were looted in the Zimpeto district and the border post with South "
        "Africa at Ressano Garcia was closed. The civil society platform Decide, which monitors "
        "the protests, said at least 18 people had been killed by gunshots since Monday, and "
        "more than 300 had been arrested. The Mozambican police command said officers had been "
        'attacked with stones and had acted "within the law". Portuguese nationals were advised '
        "by the embassy to stay at home. The unrest began after the electoral commission "
        "declared Daniel Chapo, the Frelimo candidate, the winner of the October presidential "
        "election, a result the opposition calls a fraud. The Portuguese foreign minister urged "
        "restraint in a statement issued in Lisbon.",
        "U",
        "crackdown",
    ),
    (
        "Luanda counts its dead after three days of looting and clashes over diesel prices",
        "A strike by taxi drivers against the rise in the price of diesel turned into three days "
        "of riots in Luanda, with shops looted, vehicles burned and clashes between residents "
        "and the police in the Cazenga, Viana and Cacuaco districts, Expresso reports. The "
        "Angolan government said on Wednesday that 22 people had died, among them a police "
        "officer, and that 197 had been injured. More than 1,200 people were detained, according "
        "to the national police. Human rights groups accuse officers of firing live ammunition "
        "at crowds and say the real toll is higher. President João Lourenço spoke on television "
        'of "acts of vandalism" organised by "irresponsible citizens" and promised that those '
        "responsible would be punished. Supermarkets belonging to Portuguese groups were among "
        "those ransacked, Lusa reports. Calm had largely returned by Thursday, although military "
        "police still patrol the main roads.",
        "U",
        "riot",
    ),
    (
        "Two Spanish journalists killed in an ambush in eastern Burkina Faso",
        "The Spanish reporters David Beriain and Roberto Fraile have been killed in an attack "
        "on an anti-poaching patrol they were accompanying in eastern Burkina Faso, the Foreign "
        "Minister, Arancha González Laya, confirmed on Tuesday. The column, made up of soldiers, "
        "forest rangers and foreigners, was ambushed by armed men on motorbikes near the Pama "
        "reserve, on the road between Fada N'Gourma and the border with Benin, El Mundo reports. "
        "An Irish national was also killed and several Burkinabe soldiers are missing. A "
        "jihadist group affiliated with al-Qaeda, JNIM, claimed responsibility on Wednesday. "
        "Beriain, from Navarra, had made documentaries on the Colombian FARC and on Mexican "
        "cartels, and Fraile, from Salamanca, had been wounded in Syria in 2012. Prime Minister "
        'Pedro Sánchez said the reporters had died "doing a job that is essential". The '
        "government is working with the authorities in Ouagadougou to repatriate the bodies.",
        "T V",
        "ambush",
    ),
    (
        "Spanish Salesian missionary shot dead by jihadists near the Togo border",
        "Antonio César Fernández, a 72-year-old Salesian missionary from Pozoblanco, has been "
        "killed in an attack by jihadists in Burkina Faso, the congregation said on Saturday. "
        "According to ABC, a group of gunmen stopped the vehicle in which he was travelling "
        "with two other priests near the border post of Nohao, took him aside and shot him. "
        "His two companions were released unhurt. The missionary, who had lived in Africa for "
        "more than four decades, was returning to Ouagadougou from a meeting in Lomé. The "
        'Burkinabe authorities blamed "terrorists" for the killing, part of a wave of attacks '
        "on churches and Christian communities in the east and north of the country. The Bishop "
        "of Córdoba said the diocese was in mourning, and a funeral will be held in his home "
        "town. Spain's Foreign Ministry said it was in contact with the Burkinabe authorities to "
        "bring the body home.",
        "T V",
        "killing",
    ),
    (
        "Spaniard kidnapped by armed men in southern Algeria and taken across the Mali border",
        "A Spanish national travelling in southern Algeria has been kidnapped by a group of "
        "armed men and taken towards northern Mali, the Foreign Ministry confirmed to EFE on "
        "Thursday. The man, a resident of Girona in his sixties, was seized in the area of "
        "Ain Guezzam, close to the Malian border, together with his driver, who was later "
        "released. Algerian security sources said the kidnappers were linked to armed groups "
        "operating in the Kidal region, some of which have sold hostages on to jihadist "
        "organisations in the past. The Spanish intelligence service CNI and the embassy in "
        "Algiers are working with the local authorities on the case, the ministry said, asking "
        "the media for discretion. Madrid has advised against all travel to the Sahel strip for "
        "years. The family has asked for privacy.",
        "V",
        "abduction",
    ),
    (
        "Spanish Air Force evacuates its nationals from Khartoum as fighting rages across the city",
        "Two Air Force A400M aircraft landed at the Torrejón base on Monday with more than a "
        "hundred people evacuated from Sudan, among them 34 Spaniards and citizens of a dozen "
        "other countries, El País reports. The evacuees had gathered at the ambassador's "
        "residence in Khartoum and crossed the city in a convoy to an airstrip north of the "
        "capital while the army and the paramilitary Rapid Support Forces exchanged artillery "
        'and gunfire. "We heard shelling day and night for a week; there was no water and no '
        'electricity," a teacher from Valencia told the newspaper on the tarmac. The Defence '
        "Ministry said the operation had been coordinated with France and with both warring "
        "parties. Hundreds of Sudanese civilians have been killed since the fighting broke out "
        "on 15 April, according to the World Health Organization, and thousands are fleeing "
        "towards Egypt and Chad. The ambassador, Ángel Losada, was among the last to leave.",
        "B D",
        "evacuation",
    ),
    (
        "Night of missiles over Kyiv: 'the walls shook and the children cried in the metro'",
        "Russia launched one of its largest air attacks of the war on Kyiv overnight, with "
        "dozens of drones and cruise and ballistic missiles, killing at least 12 people and "
        "wounding more than 70, the city's military administration said. EFE's correspondent "
        "spent the night with hundreds of residents in the Zoloti Vorota metro station, where "
        "families slept on blankets on the platforms. A ballistic missile destroyed part of a "
        "nine-storey apartment block in the Sviatoshynskyi district, and rescuers were still "
        "pulling people out of the rubble at midday. The Okhmatdyt children's hospital had "
        "to move patients to the basement. Ukraine's air force said it had shot down most of "
        "the 40 missiles and 60 drones launched. President Volodymyr Zelensky again appealed to "
        "European partners for more air-defence systems. In Madrid, the Foreign Ministry said "
        "no Spanish citizens were among the victims.",
        "E V",
        "missile_strike",
    ),
    (
        "Family of young man from Bilbao killed fighting with the International Legion in Donbas",
        "A 31-year-old volunteer from Bilbao who had joined Ukraine's International Legion has "
        "been killed in combat near Bakhmut, his family confirmed to El Mundo on Sunday. According "
        "to his comrades, his unit came under a Russian assault on its trench line, and he died "
        "in an exchange of fire that lasted several hours. The young man, a former soldier of "
        "the Spanish Army who had served in Lebanon, travelled to Ukraine in the spring. The "
        "Foreign Ministry said it was aware of the death and was working with the Ukrainian "
        "authorities to repatriate the body, a process that may take weeks because of the "
        "fighting. At least nine Spaniards have now died in the war, according to figures "
        "compiled by the newspaper. Spain discourages its citizens from travelling to Ukraine "
        'to fight. His mother said he had gone "to defend people who were being bombed".',
        "B",
        "combat_death",
    ),
]
