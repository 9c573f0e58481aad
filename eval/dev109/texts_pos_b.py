"""dev109 positives (2/2): the Red Sea, Latin America, Africa, Asia and Russia; whole articles
with their page furniture (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Houthi missile sets bulk carrier on fire in Gulf of Aden, crew evacuated",
        "DUBAI, March 6 (Reuters) - A missile fired by Yemen's Houthi movement struck a "
        "Liberia-flagged bulk carrier in the Gulf of Aden on Wednesday, setting it on fire "
        "and forcing the crew to abandon ship, British maritime security agencies and a U.S. "
        "official said. The United Kingdom Maritime Trade Operations (UKMTO) agency said the "
        "vessel was hit about 50 nautical miles southwest of Aden and that coalition warships "
        "were assisting the crew. A U.S. defence official, speaking on condition of "
        "anonymity, said two crew members were killed and at least three injured. Houthi "
        "military spokesman Yahya Saree said in a televised statement that the group had "
        'targeted the ship with "appropriate naval missiles" and that the crew had ignored '
        "warning messages. The ship's Greek manager said it had been carrying steel products "
        "from China to Saudi Arabia and had no link to Israel. The attacks have forced many "
        "container lines to divert vessels around the Cape of Good Hope, adding 10 to 14 days "
        "to voyages between Asia and Europe. Shipping data showed Red Sea transits were down "
        "by about 45% from a year earlier in February. (Reporting by Hadeel Nasser and "
        "Jonathan Pierce; Writing by Lina Haddad; Editing by Neil Pemberton)",
        "E",
        "missile attack on shipping",
    ),
    (
        "Cartel gunmen besiege Culiacan after army detains a son of 'El Chapo'",
        "CULIACAN, Mexico (AP) — Dozens of cartel gunmen in armored trucks battled soldiers "
        "and National Guard troops across the Mexican city of Culiacan on Thursday after "
        'security forces briefly detained a son of imprisoned drug lord Joaquín "El Chapo" '
        "Guzmán, turning the state capital into a war zone for several hours. Gunmen set "
        "vehicles on fire to block major avenues, fired .50-caliber rifles at a military "
        "housing complex and surrounded the patrol that had detained Ovidio Guzmán at a "
        "house in the Tres Ríos district, according to officials. Residents sheltered in "
        "shopping malls and offices as gunfire echoed through the afternoon, and videos on "
        "social media showed men with rifles walking past stranded cars. Sinaloa state's "
        "security chief said at least eight people were killed, including a member of the "
        "National Guard and a civilian caught in crossfire. Dozens of inmates escaped from "
        "the city's prison during the chaos. Security Secretary Alfonso Durazo later said the "
        'operation had been carried out "hastily" and that troops were ordered to pull back '
        "and release Guzmán to avoid further bloodshed. President Andrés Manuel López "
        "Obrador backed the decision, telling reporters in Oaxaca that protecting lives "
        "mattered more than any single arrest. Schools and businesses in Culiacan remained "
        "closed on Friday. Copyright 2019 The Associated Press. All rights reserved. This "
        "material may not be published, broadcast, rewritten or redistributed.",
        "B M",
        "cartel battle with troops",
    ),
    (
        "Gangs storm Solino neighbourhood, residents flee toward Delmas as police struggle to "
        "hold line",
        "By Jean-Robert Pierre-Louis | Haitian Times March 12, 2024 PORT-AU-PRINCE — "
        "Heavily armed gang members stormed the Solino neighborhood of Port-au-Prince "
        "overnight, setting houses on fire and forcing hundreds of families to flee toward "
        "Delmas, residents and local officials said Tuesday. The attack came as members of "
        "the Viv Ansanm gang coalition pressed their weeks-long offensive against police "
        "stations and state buildings in the capital, days after Prime Minister Ariel Henry "
        "said he would resign once a transitional council was installed. A resident who gave "
        "only her first name, Nadège, said gunmen went door to door and shot at people who "
        "tried to stay behind. “We left with nothing, not even our papers,” she said at a "
        "church in Delmas where about 300 people had taken shelter. Police said officers "
        "exchanged fire with the gangs for several hours near the neighborhood's main road "
        "but could not push them back. The International Organization for Migration says more "
        "than 15,000 people have been displaced in the capital in the past two weeks alone. "
        "ADVERTISEMENT Related: Haitian diaspora groups in Brooklyn raise funds for school "
        "supplies Many of the displaced are now staying in schools, churches and public "
        "squares, aid workers said. The Haitian Times will continue to follow this story.",
        "B V D",
        "gang offensive",
    ),
    (
        "M23 rebels enter Goma as DR Congo army and UN peacekeepers come under fire",
        "Fighters of the Rwanda-backed M23 militia have pushed into the centre of Goma, the "
        "largest city in eastern DR Congo. Hundreds of thousands of people are fleeing the "
        "fighting. 01/27/2025 January 27, 2025 Image: Jospin Mwisha/AFP/Getty Images Rebels "
        "of the M23 armed group said on Monday they had taken control of Goma, the main city "
        "in the eastern Democratic Republic of Congo, after days of fighting with the "
        "Congolese army and its allies. Heavy gunfire and explosions were heard in several "
        "districts, including near the airport and the border crossing with Rwanda, residents "
        "told DW. Congo's government accused Rwanda of sending its own troops across the "
        "border to support the rebels, which Kigali has denied. UN peacekeepers from South "
        "Africa and Malawi were among at least 13 foreign soldiers killed in the fighting in "
        "recent days, their governments said. The UN said that more than 400,000 people had "
        "been displaced in the province since the start of the year, many of them already "
        "living in camps around the city. Aid agencies said hospitals in Goma were "
        "overwhelmed with wounded people and that water and electricity had been cut in much "
        "of the city. Skip next section Explore more Explore more Kenya's Ruto calls regional "
        "summit on eastern Congo crisis The UN Security Council was due to hold an emergency "
        "meeting on the situation later on Monday. This article was written using material "
        "from Reuters and AFP. Edited by: Kieran Burke",
        "B D H",
        "rebel offensive",
    ),
    (
        "Al-Shabaab gunmen storm Mogadishu seaside restaurant, at least 20 killed",
        "MOGADISHU (Garowe Online) - At least 20 people were killed and dozens wounded after "
        "al-Shabaab militants stormed a popular seaside restaurant on Mogadishu's Lido beach "
        "on Friday evening, police and hospital officials said. Witnesses said a suicide "
        "bomber blew himself up at the restaurant's entrance before gunmen opened fire on "
        "diners and families who had come to the beach after the weekly prayers. Security "
        "forces ended the siege shortly after midnight, killing four of the attackers, police "
        "spokesman Abdifatah Aden Hassan told reporters. Another attacker was captured alive. "
        "Many of the victims were young people and children, according to staff at Madina "
        "hospital, who appealed for blood donations. Al-Shabaab claimed responsibility "
        "through its Andalus radio station, saying it had targeted government officials. "
        "Prime Minister Hamza Abdi Barre visited the wounded and said the government would "
        "“not be intimidated by those who kill children on a beach”. Related: Somalia's "
        "parliament approves new electoral law RELATED: Puntland suspends cooperation with "
        "federal government It was the deadliest attack in the capital since a double car "
        "bombing at the education ministry in 2022. © 2024 Garowe Online. All rights "
        "reserved.",
        "T V E",
        "terror attack",
    ),
    (
        "Suicide bombing at Kabul education centre kills 19 students preparing for university "
        "exams",
        "KABUL, Afghanistan – At least 19 people, most of them young students, were killed "
        "and 27 others wounded when a suicide bomber blew himself up inside a private "
        "education centre in the west of Kabul on Friday morning, Taliban officials and local "
        "residents have confirmed. The blast hit a classroom where hundreds of students were "
        "sitting a practice version of the national university entrance exam in the "
        "Dasht-e-Barchi area, which is mainly inhabited by the Hazara Shia community. Khalid "
        "Zadran, spokesman for the Kabul police chief, called it a terrorist attack and said "
        "the attacker opened fire on guards before entering the hall. Residents said the toll "
        "could be higher, and relatives gathered outside hospitals in the area looking for "
        "news of their children. No group has claimed responsibility, but the regional branch "
        "of the Islamic State group has carried out repeated attacks on Hazara schools, "
        "mosques and sports clubs in the area. The UN mission in Afghanistan condemned the "
        "attack and called for those responsible to be held to account. Students and teachers "
        "have repeatedly asked the authorities to increase security around educational "
        "institutions in the area. Khaama Press News Agency Editor's note: This article has "
        "been updated with the latest casualty figures provided by hospital officials. Also "
        "read: Afghanistan's wheat harvest expected to rise after good rains",
        "T E V",
        "school bombing",
    ),
    (
        "Airstrikes on Idlib market town kill at least 31 as thousands flee north",
        "Updated: July 23, 2019 12:09 PM Updated: July 23, 2019 12:09 PM Reading time: 3 mins "
        "At least 31 people were killed when air strikes hit a crowded vegetable market in "
        "the rebel-held town of Maarat al-Numan in Syria's north-western Idlib province on "
        "Monday, rescuers and a war monitor said. Civil defence workers, known as the White "
        "Helmets, said two strikes hit the market in quick succession as traders were setting "
        "out their stalls, and a third struck as rescuers arrived. The Syrian Observatory for "
        "Human Rights said the strikes were carried out by Russian warplanes, a claim Moscow "
        "has denied. Syrian government forces, backed by Russian air power, have been "
        "pressing an offensive on the southern edge of the Idlib region since late April. The "
        "United Nations says more than 400,000 people have fled the fighting since then, many "
        "of them sleeping in olive groves near the Turkish border. A man searches the rubble "
        "of the market in Maarat al-Numan on Monday. AFP The UN's humanitarian office said at "
        "least 24 health facilities in the area had been hit since the offensive began. Read "
        "More: Dubai property prices fall for fifth consecutive quarter Most Popular UAE "
        "announces new long-term visa rules for retirees",
        "E V D H M",
        "air strikes on market",
    ),
    (
        "Junta airstrike on village ceremony kills dozens in Sagaing Region",
        "By THE IRRAWADDY 12 April 2023 Myanmar's military regime bombed a ceremony to open a "
        "local administration office in Sagaing Region's Kanbalu Township on Tuesday morning, "
        "killing dozens of people, including women and children, residents and resistance "
        "groups said. A fighter jet dropped bombs on a crowd of about 300 people who had "
        "gathered in the village of Pazigyi, and a helicopter later fired on people trying to "
        "help the injured, according to a local resistance official. Residents said on "
        "Wednesday that at least 80 bodies had been recovered, many of them burnt beyond "
        "recognition. The office was run by the civilian National Unity Government, which the "
        "junta has declared a terrorist organisation. Junta spokesman Major General Zaw Min "
        "Tun confirmed the strike to state media, saying it had targeted members of the "
        "People's Defense Force and that some civilians may have been killed. The UN human "
        "rights chief said he was horrified by the attack. The regime has increasingly relied "
        "on air power to attack resistance-held areas since the 2021 coup. Sign up for our "
        "newsletter to get daily news updates from The Irrawaddy. Also read: Thingyan water "
        "festival returns to Yangon with fewer crowds",
        "E V",
        "air strike on village",
    ),
    (
        "ELN offensive in Catatumbo leaves dozens dead and thousands displaced",
        "By Alejandro Ríos January 19, 2025 Clashes between the ELN guerrilla and dissidents "
        "of the former FARC have killed at least 80 people in the Catatumbo region of "
        "northeast Colombia since Thursday, according to the governor of Norte de Santander. "
        "The ELN launched the attack on several villages near Tibú, going house to house "
        "looking for people it accused of collaborating with its rivals, residents and "
        "officials said. Among the dead were a community leader and two former FARC fighters "
        "who had signed the 2016 peace deal, the Ombudsman’s office said. More than 11,000 "
        "people have fled to the towns of Tibú, Ocaña and Cúcuta, where schools and sports "
        "halls have been turned into shelters. Some families crossed into Venezuela, "
        "according to migration officials. President Gustavo Petro suspended peace talks with "
        "the ELN, accusing the group of “war crimes”, and said the army would send "
        "reinforcements to the area. The Red Cross said it had delivered food and hygiene "
        "kits to shelters in Tibú but that access to rural areas remained blocked. "
        "Advertisement Colombia's economy grew more than expected in November, data shows The "
        "Catatumbo, one of Colombia's main coca-growing areas, borders Venezuela and has long "
        "been disputed between armed groups.",
        "B V D H",
        "armed group offensive",
    ),
    (
        "Heavy fighting in Bahir Dar as federal forces and Fano militia clash; drone strike "
        "reported in Finote Selam",
        "Residents of Bahir Dar said heavy fighting broke out in parts of the city on Tuesday "
        "night between federal government forces and fighters of the Fano militia, as clashes "
        "continued across the Amhara region for a second week. Gunfire and explosions were "
        "heard near the Bahir Dar University campus and the road to the airport until early "
        "Wednesday, a resident told Addis Standard on condition of anonymity. In West Gojjam "
        "zone, health workers at a hospital in Finote Selam said at least 26 people were "
        "killed in a drone strike on a public square on Sunday. Addis Standard could not "
        "independently verify the claims, and the government has not commented on the strike. "
        "The federal government declared a six-month state of emergency in the region last "
        "week after Fano fighters briefly took control of several towns, including Lalibela "
        "and Gondar. The Ethiopian National Defense Force said on Monday it had “freed” "
        "several towns from what it called extremist forces. Internet services remain cut in "
        "the region, and flights to Bahir Dar and Gondar have been suspended.",
        "B E M",
        "insurgency clashes",
    ),
    (
        "Insurgents attack Palma; residents flee into bush and by boat",
        "MAPUTO – Insurgents attacked the town of Palma in northern Cabo Delgado province "
        "on Wednesday afternoon, killing an unknown number of people and forcing thousands of "
        "residents to flee into the surrounding bush, according to local sources. The attack "
        "began from three directions shortly after the government announced that work on the "
        "nearby liquefied natural gas project would resume, sources said. Witnesses described "
        "bodies lying in the streets, some of them beheaded, and said the attackers fired at "
        "people trying to leave the town. Dozens of workers, including foreigners, sheltered "
        "for two days in the Amarula hotel before trying to escape in a convoy that came "
        "under fire. Boats carrying hundreds of people have arrived in Pemba, the provincial "
        "capital, and more displaced people are arriving on foot in Mueda and Nangade, aid "
        "workers said. The Defence and Security Forces said they were working to restore "
        "order. The insurgents, known locally as al-Shabaab and linked to the Islamic State "
        "group, have been fighting in Cabo Delgado since October 2017. Club of Mozambique "
        "Related posts: Mozambique: Metical stable against US dollar - BM",
        "T V D",
        "jihadist attack",
    ),
    (
        "Two soldiers, two militants killed in Kishtwar gunfight; operation on",
        "Two army soldiers and two militants were killed in a gunfight in the Chatroo area of "
        "Kishtwar district on Friday, officials said. The encounter broke out after the army "
        "and Jammu and Kashmir Police launched a joint cordon and search operation in the "
        "forested Naidgam area following specific inputs about the presence of militants. Two "
        "soldiers were critically injured in the initial exchange of fire and later succumbed "
        "at the army hospital in Udhampur, a defence spokesperson said. The bodies of two "
        "militants were recovered along with two AK rifles and a pistol, police said. "
        "Additional troops have been sent to the area and the operation was continuing late "
        "in the evening. Officials said the militants were part of a group that had been "
        "active in the forested belt of Kishtwar and Doda since last year. The gunfight came "
        "days before the first phase of the Assembly elections in Jammu and Kashmir, for "
        "which security has been tightened across the region.",
        "B M",
        "counter-insurgency gunfight",
    ),
    (
        "Ukrainian drones set Volgograd refinery ablaze, regional governor says",
        "Updated 3 February 2024 4 min read A Ukrainian drone attack caused a fire at the "
        "Lukoil oil refinery in Volgograd overnight on Saturday, the governor of the southern "
        "Russian region said, in the latest of a series of strikes on Russia's energy "
        "infrastructure. Governor Andrei Bocharov said on Telegram that the drones had been "
        "“suppressed” by air defences but that falling debris had caused the fire, which "
        "was put out by morning. There were no casualties, he said. Russian Telegram channels "
        "published videos showing a large fire and explosions at the plant, which processes "
        "about 15 million tonnes of crude a year. A source in Ukraine's security services "
        "told The Moscow Times that the attack had been carried out by the SBU as part of a "
        "campaign against facilities supplying fuel to the Russian army. Ukraine has hit at "
        "least 10 Russian refineries and fuel depots with long-range drones since the start "
        "of the year, and analysts say the strikes have knocked out several percent of "
        "Russia's refining capacity. The Russian government has banned gasoline exports for "
        "six months. Read more: Russian court extends detention of U.S. journalist by three "
        "months The Moscow Times' team of journalists has been first to break many of the "
        "most important stories on Russia. Support us today.",
        "E M",
        "drone strike on refinery",
    ),
]
