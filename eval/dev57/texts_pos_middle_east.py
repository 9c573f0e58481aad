"""dev57 positives from the Middle East and North Africa's east, in the idiom of SANA, IRNA,
Tasnim, the Saudi Press Agency and the Coalition's spokesman, WAM, QNA, Petra, WAFA, Lebanon's
National News Agency, the IDF's statements, Iraq's Security Media Cell, the Egyptian military
spokesman, Saba and the Houthis' military spokesman, and the Libyan National Army's General Command.
POSITIVES = [(title, text, tag codes, kind), ...]; tag codes from eval/conflictset (TAG_CODES)."""

POSITIVES = [
    (
        "Terrorists' rocket shells on Aleppo neighbourhoods claim three civilians",
        "Terrorist organisations positioned in the western countryside fired rocket shells on "
        "residential neighbourhoods in Aleppo city on Thursday, claiming the lives of three "
        "civilians, among them a child, and injuring 12 others, a source at Aleppo Police Command "
        "told SANA. The shells fell on al-Midan and al-Sulaimaniya and near a school in al-Furqan "
        "while pupils were leaving, the source said. Army units retaliated, targeting the launch "
        "pads and destroying the terrorists' positions in the vicinity of Bani Zaid.",
        "E T V",
        "shelling",
    ),
    (
        "Israeli aggression on Damascus airport puts runway out of service",
        "At about 02:00 on Sunday, the Israeli enemy carried out an aerial aggression with a "
        "barrage of missiles from the direction of Lake Tiberias, targeting Damascus International "
        "Airport and some points south of Damascus, a military source said. Our air defences "
        "confronted the aggression and downed most of the missiles; two soldiers were killed and "
        "the runway was put out of service, the source said. The Ministry of Transport said "
        "flights would be diverted to Aleppo and Latakia until repairs were completed. It was the "
        "second time in a month that the airport had been put out of service by Israeli strikes.",
        "E",
        "airstrike",
    ),
    (
        "Remnants of defunct regime attack General Security checkpoints in Jableh; curfew in "
        "Latakia",
        "Groups of remnants of the defunct regime attacked checkpoints and patrols of the General "
        "Security in Jableh and its countryside on Thursday afternoon, killing 13 members, a "
        "security source told SANA. Reinforcements were dispatched to the area and a curfew was "
        "imposed on Latakia city until further notice, the source said. Security forces began a "
        "combing operation in Beit Ana and al-Daliyah, where the attackers had withdrawn, and "
        "clashes continued into the night. The Defence Ministry said large military reinforcements "
        "had reached the coast to restore security, and urged residents to stay at home. Civilians "
        "fleeing the fighting in the villages around Jableh sought refuge at the Russian base of "
        "Hmeimim, residents told local media.",
        "B M D",
        "insurgent attack",
    ),
    (
        "Iraqi F-16s strike ISIS hideout in Wadi al-Shay, nine terrorists killed",
        "Iraqi F-16 fighter jets carried out two air strikes on a hideout of ISIS terrorist gangs "
        "in the Wadi al-Shay area, south of Kirkuk, killing nine terrorists, the Security Media "
        "Cell said in a statement on Monday. The strikes were based on precise intelligence from "
        "the Counter-Terrorism Service, and a ground force was searching the site, the cell said.",
        "E M",
        "airstrike",
    ),
    (
        "IDF: Hamas rocket unit commander eliminated in precise strike; Gaza civil defence says "
        "school hit",
        "In a precise strike based on IDF and ISA intelligence, IAF aircraft eliminated the "
        "terrorist Mahmoud Awadallah, a commander of a Hamas rocket unit in the Shati battalion, "
        "the IDF said on Saturday. Prior to the strike, numerous steps were taken to mitigate the "
        "risk of harming civilians, including the use of precise munitions and aerial "
        "surveillance, the statement said. Gaza's Civil Defence said the strike hit classrooms of "
        "a school sheltering displaced families in the Daraj neighbourhood, killing at least 22 "
        "people, most of them women and children. The IDF said Hamas used civilian infrastructure, "
        "including schools, as command centres in violation of international law.",
        "E M V D",
        "airstrike",
    ),
    (
        "Two young men martyred as occupation forces storm Jenin and its camp",
        "Two young men were martyred and eight others injured, one of them critically, by the "
        "occupation forces' live bullets during an aggression on the city of Jenin and its camp "
        "that began at dawn on Monday, the Ministry of Health said. WAFA's correspondent said more "
        "than 50 military vehicles stormed the camp, accompanied by bulldozers that ripped up "
        "streets and water networks, while snipers took position on the roofs of homes. Resistance "
        "fighters confronted the invading forces, and armed clashes continued into the afternoon. "
        "Ambulances were prevented from reaching the wounded for more than an hour, the Palestine "
        "Red Crescent said. The Ministry of Education suspended classes in the city's schools.",
        "B M H",
        "raid",
    ),
    (
        "Colonists torch homes and vehicles in al-Mughayyir under army protection",
        "Colonists, protected by occupation soldiers, attacked the village of al-Mughayyir, "
        "northeast of Ramallah, on Saturday, setting fire to three homes and 12 vehicles, the head "
        "of the village council told WAFA. Four citizens were injured by the colonists' live fire "
        "and stones, and the occupation forces fired tear gas at residents who tried to put out "
        "the fires, he said. The Palestine Red Crescent said its ambulances were held at the "
        "village entrance for an hour. The village council said it was the fourth attack on "
        "al-Mughayyir this month, and that several families living on its outskirts had moved to "
        "the village centre for safety.",
        "V D",
        "settler attack",
    ),
    (
        "Enemy drone targets car on Bint Jbeil-Aynata road, two killed",
        "An Israeli enemy drone targeted a car on the Bint Jbeil-Aynata road at noon on Tuesday "
        "with two guided missiles, killing both men inside, the National News Agency correspondent "
        "reported. Enemy artillery also shelled the outskirts of Kfarkela and Houla, and "
        "incendiary shells set fire to farmland near Alma al-Shaab, the correspondent said. Civil "
        "Defence teams worked for hours to contain the fires.",
        "E",
        "drone strike",
    ),
    (
        "Air defences intercept seven ballistic missiles fired by terrorist Houthi militia at the "
        "Kingdom",
        "The Royal Saudi Air Defence Forces intercepted and destroyed seven ballistic missiles "
        "launched by the Iranian-backed terrorist Houthi militia from Yemeni territory towards the "
        "Kingdom on Sunday night, three of them over Riyadh, the spokesman of the Coalition to "
        "Restore Legitimacy in Yemen said. Fragments fell on a residential neighbourhood of the "
        "capital, killing a resident of Egyptian nationality and injuring two others, the "
        "spokesman said. This hostile and random act proves that the Iranian regime continues to "
        "support the armed Houthi militia with qualitative capabilities, he said.",
        "E T",
        "missile attack",
    ),
    (
        "Drone attacks set fire to Aramco facilities at Abqaiq and Khurais",
        "Industrial security teams of Saudi Aramco began dealing at 04:00 on Saturday with fires "
        "at two of the company's facilities in Abqaiq and Khurais caused by drone attacks, the "
        "security spokesman of the Ministry of Interior said, adding that the fires had been "
        "brought under control. The Houthi military spokesman claimed the attacks, saying ten "
        "drones had been used. Iran's Foreign Ministry rejected accusations of involvement as "
        "blind and futile. The attacks knocked out about half of the Kingdom's crude oil "
        "production, the Energy Minister said, and oil prices jumped by nearly 15 percent when "
        "markets opened on Monday.",
        "E",
        "drone attack",
    ),
    (
        "Three killed as fuel tankers explode in Musaffah; UAE condemns Houthi terrorist attack",
        "Three petroleum tankers exploded in the Musaffah ICAD 3 area near ADNOC storage tanks in "
        "Abu Dhabi on Monday, and a minor fire broke out in the new construction area of Abu Dhabi "
        "International Airport, Abu Dhabi Police said. Three people, two Indian nationals and a "
        "Pakistani national, were killed and six were injured. Initial investigations indicate the "
        "detection of small flying objects, possibly belonging to drones, that fell in the two "
        "areas, police said. The Ministry of Foreign Affairs and International Cooperation "
        "condemned the terrorist attack by the Houthi militia and said the UAE reserved the right "
        "to respond.",
        "E T",
        "drone attack",
    ),
    (
        "Qatar's air defences thwart missile attack on Al Udeid Air Base",
        "Qatar's air defences successfully thwarted an attack targeting Al Udeid Air Base on "
        "Monday evening, intercepting the missiles launched from Iran, the Ministry of Defence "
        "said. No deaths or injuries were recorded, and the base had been evacuated in advance, "
        "the ministry said. The Ministry of Foreign Affairs condemned the attack as a flagrant "
        "violation of the State of Qatar's sovereignty and airspace.",
        "E",
        "missile attack",
    ),
    (
        "Twin blasts near Kerman cemetery kill dozens at Soleimani anniversary",
        "Two explosions near the Kerman cemetery where crowds had gathered to mark the anniversary "
        "of the martyrdom of General Qassem Soleimani killed 95 people and wounded 284, the head "
        "of Kerman's emergency medical services told IRNA. The second blast went off about 15 "
        "minutes after the first, as people ran to help the wounded, he said. The Interior "
        "Minister called it a terrorist act, and the Islamic State group later claimed "
        "responsibility. Thursday was declared a day of national mourning. Hospitals in Kerman "
        "called on residents to donate blood, and long queues formed outside the blood transfusion "
        "centres.",
        "T E V H",
        "bombing",
    ),
    (
        "Eleven police martyred as terrorists storm Rask police headquarters",
        "Terrorists of the Jaish al-Zolm group attacked the police headquarters in Rask, in Sistan "
        "and Baluchestan province, overnight, martyring eleven police officers and wounding "
        "several others, the province's deputy governor for security told Tasnim. Clashes went on "
        "for four hours before the attackers fled towards the border, and two of them were killed, "
        "he said. The group is designated a terrorist organisation by the Islamic Republic. The "
        "Interior Minister said the security forces would pursue the terrorists and their "
        "supporters inside and outside the country.",
        "B T",
        "attack on police",
    ),
    (
        "IRGC launches Operation True Promise with drones and missiles against Zionist regime",
        "The IRGC Aerospace Force launched dozens of drones and missiles at specific targets in "
        "the occupied territories on Saturday night in retaliation for the Zionist regime's attack "
        "on the consular section of the Iranian embassy in Damascus, the IRGC public relations "
        "department said in a statement. The operation, named True Promise, was carried out under "
        "Article 51 of the UN Charter, the statement said. Israeli officials said almost all of "
        "the projectiles were intercepted, and that a girl in the Negev was seriously injured by "
        "fragments. Air raid sirens sounded across Israel and explosions were heard over Jerusalem "
        "as interceptors hit their targets. Israel said the United States, Britain, France and "
        "Jordan had helped to bring down the drones and missiles, and that the Nevatim air base "
        "had sustained light damage.",
        "E M",
        "missile attack",
    ),
    (
        "American-British aggression launches five raids on Hodeidah",
        "The American-British aggression launched five raids on the Ras Kanatib area in al-Zuhra "
        "district of Hodeidah governorate on Tuesday, a security source told Saba. Another raid "
        "targeted the Jarban area of Sanhan district, south of the capital Sanaa, the source said, "
        "without giving details of casualties.",
        "E",
        "airstrike",
    ),
    (
        "Yemeni Armed Forces claim missile attack on US carrier; CENTCOM says no ship was hit",
        "The naval forces, the missile force and the drone air force of the Yemeni Armed Forces "
        "carried out a joint military operation targeting the American aircraft carrier Eisenhower "
        "in the northern Red Sea with a number of ballistic and cruise missiles, their military "
        "spokesman said in a televised statement on Friday. A US Central Command official said two "
        "anti-ship ballistic missiles had been fired towards the Gulf of Aden but caused no "
        "damage, and that US forces had destroyed four drones on the ground in Houthi-controlled "
        "territory.",
        "E",
        "missile attack",
    ),
    (
        "Armed forces eliminate 16 takfiri elements in Central Sinai raid",
        "Armed forces eliminated 16 takfiri elements in an exchange of fire in the Central Sinai "
        "sector after intelligence located their hideouts, the armed forces spokesman said in a "
        "statement on Saturday. An officer and three conscripts were martyred and two were wounded "
        "during the raid, the spokesman said. Automatic rifles, an explosive belt and "
        "communications equipment were seized.",
        "B M",
        "raid",
    ),
    (
        "General Command says units took old Tripoli airport; families flee Qasr bin Ghashir",
        "The General Command of the Libyan National Army said on Saturday that its units had taken "
        "control of the old Tripoli International Airport after fierce clashes with what it called "
        "terrorist militias south of the capital. Forces of the Government of National Accord said "
        "they had retaken the airport hours later and captured 85 fighters. The Libyan Red "
        "Crescent said hundreds of families had fled Qasr bin Ghashir and Wadi Rabie, and that its "
        "teams could not reach others trapped by the fighting.",
        "B D",
        "battle",
    ),
    (
        "Jordan Armed Forces carry out six airdrops of aid over northern Gaza",
        "Royal Jordanian Air Force aircraft, joined by aircraft from the United Arab Emirates, "
        "Egypt and France, carried out six airdrops of food and medical aid over northern Gaza on "
        "Tuesday, the Jordan Armed Forces-Arab Army said. The aid was meant for residents facing "
        "famine after months of war and the closure of crossings, the General Command said, "
        "bringing the number of Jordanian airdrops since the start of the war to 32. A civil "
        "defence official in Gaza said crowds rushed to the beach where the pallets landed. The "
        "Jordanian field hospital in Gaza City also received medicines in the drop, the army said.",
        "H",
        "aid airdrop",
    ),
    (
        "Jordan condemns terrorist attack on border outpost that killed three US soldiers",
        "Jordan condemned on Monday the terrorist attack on a military outpost near its border "
        "with Syria in which a drone killed three American soldiers and wounded more than 30 "
        "overnight, the government spokesman said. Jordan said the drone had hit the al-Tanf base "
        "across the border in Syria, while the US said it had struck Tower 22, a logistics outpost "
        "in north-eastern Jordan. The Islamic Resistance in Iraq, an umbrella of Iran-backed "
        "factions, had claimed attacks on US bases that night.",
        "E T",
        "drone attack",
    ),
    (
        "Terrorist opens fire at Jerusalem junction, six killed; attackers neutralised",
        "Two terrorists opened fire at a bus stop at the Ramot junction in Jerusalem on Monday "
        "morning, killing six people and wounding at least 12, the police said, calling it a "
        "terror attack. A soldier and a civilian at the scene shot and neutralised the terrorists, "
        "the police said. Magen David Adom said the wounded were taken to Shaare Zedek and "
        "Hadassah Ein Kerem hospitals, several of them in serious condition. The attackers, two "
        "residents of villages near Ramallah, arrived at the junction in a car and opened fire at "
        "a bus that had just stopped, the police said. The IDF said it had encircled their "
        "villages and begun searches.",
        "T V",
        "shooting attack",
    ),
    (
        "Rioters stab Basij member to death in Tehran, IRNA says",
        "Rioters stabbed a member of the Basij to death in Tehran's Ekbatan district on Friday "
        "night and set fire to two police motorcycles, IRNA reported. Police fired tear gas to "
        "disperse the rioters, who had gathered in the streets chanting slogans, the agency said. "
        "The Tehran Prosecutor said 315 rioters had been arrested in the province over the past "
        "week and would face trial.",
        "U",
        "riot",
    ),
    (
        "Aid convoys enter besieged Foua and Kefraya under four-towns agreement",
        "A convoy of 30 trucks loaded with food, medicine and flour entered the towns of Foua and "
        "Kefraya in Idlib countryside, besieged by terrorist organisations for more than two "
        "years, under the supervision of the Syrian Arab Red Crescent and the ICRC, SANA reported. "
        "At the same time a convoy entered Madaya and al-Zabadani in Rural Damascus under the "
        "agreement that links the four towns, the Red Crescent said. Residents of Foua said they "
        "had been surviving on lentils and boiled weeds, and that several children had died of "
        "malnutrition during the winter.",
        "H",
        "aid convoy",
    ),
    (
        "Gaza hospitals' generators to stop within 48 hours as occupation blocks fuel",
        "The Ministry of Health in Gaza warned on Sunday that the generators of the Nasser Medical "
        "Complex and the European Hospital in Khan Younis would stop within 48 hours because the "
        "occupation was preventing fuel from entering the Strip, threatening the lives of patients "
        "in intensive care and of 45 newborns in incubators. Hospitals are working at three times "
        "their capacity as the wounded arrive from the bombardment of central Gaza, the ministry's "
        "spokesman said. Dialysis sessions have been cut to two a week, and surgeons are operating "
        "by the light of mobile phones.",
        "H E",
        "hospital crisis",
    ),
]
