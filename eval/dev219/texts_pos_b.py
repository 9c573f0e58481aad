"""dev219 positives, part B: flight from fighting in the Americas, the Sahel, Mozambique, Syria,
Myanmar and Iran, refugees' testimony of this month's killings, deportees sent into gang war, and
riots and mob attacks aimed at migrants."""

POSITIVES = [
    (
        "Dominican deportees arrive in Belladere as gangs overrun nearby Mirebalais",
        "BELLADERE, Haiti - Buses carrying Haitians deported from the Dominican Republic kept "
        "arriving at the Belladere border post on Tuesday, even as armed gangs who seized the town "
        "of Mirebalais, about 30 km away, over the weekend pushed along the road toward the "
        "frontier. The Viv Ansanm gang coalition attacked Mirebalais before dawn on Monday, freed "
        "more than 500 inmates from the prison and set fire to the police station, local officials "
        "said. At least 10 people were killed, including a nun and residents shot in their homes, "
        "and the International Organization for Migration said more than 5,900 people had fled "
        "the town. Deportees stepping off the buses said they had nowhere to go. “They dropped us "
        "here with nothing, and the road to Port-au-Prince belongs to the gangs,” said a 27-year-old "
        "construction worker who had lived in Santiago for nine years. The Dominican Republic, "
        "which says it is deporting up to 10,000 undocumented Haitians a week, has not paused "
        "returns despite appeals from the UN refugee agency. Haitian police said they had sent "
        "reinforcements to Lascahobas to stop the gangs reaching the border.",
        "B V D",
        "deportation_into_war",
    ),
    (
        "Hundreds of Mexicans cross into Guatemala fleeing cartel battles in Chiapas",
        "About 580 Mexicans, many of them children, have crossed into Guatemala over the past "
        "three days to escape fighting between the Sinaloa and Jalisco New Generation cartels in "
        "the border municipality of Amatenango de la Frontera, Guatemalan authorities said on "
        "Monday. The families are sheltering in a school and a church in Cuilco, in the department "
        "of Huehuetenango, where local officials and the Red Cross are handing out food, "
        "mattresses and hygiene kits. Residents said gunmen with rifles and armoured trucks had "
        "clashed for days in the hills around their villages, and that drones dropped explosives "
        "near homes. “They told us to join them or leave,” said a farmer who arrived with his "
        "wife and five children. Mexico's government said the army and National Guard had been "
        "deployed to the area and that the families would be helped to return when it was safe. "
        "Guatemala's migration institute said it was the first time in decades that Mexicans had "
        "sought refuge in the country in such numbers. The Catholic diocese of San Cristobal de "
        "las Casas said thousands more had been displaced inside Chiapas.",
        "B E M D H",
        "cross_border_flight",
    ),
    (
        "Catatumbo fighting drives thousands to Cucuta and across the Venezuelan border",
        "CUCUTA, Colombia - More than 32,000 people have fled the Catatumbo region of northeastern "
        "Colombia since the ELN guerrilla launched an offensive against a rival FARC dissident "
        "faction last week, the Norte de Santander governor's office said on Monday. Colombia's "
        "ombudsman said at least 80 people had been killed, among them community leaders and a "
        "former FARC fighter who had signed the peace deal, and that armed men had gone house to "
        "house with lists of names. Families arrived in Cucuta in the backs of trucks and on "
        "motorbikes and are sleeping in a stadium and in school halls, where the city has set up "
        "kitchens. Venezuelan authorities said about 1,000 people had crossed the border into "
        "Zulia and Tachira states, among them Venezuelan migrants who had been working on coca "
        "farms in the region. President Gustavo Petro suspended peace talks with the ELN and "
        "declared a state of internal commotion. The army said it had sent 5,000 troops to the "
        "region. “We left the chickens and the harvest, everything,” said a woman from Tibu "
        "holding a plastic bag with her documents. Local radio stations read out lists of "
        "missing people, and the Red Cross said it had opened a line for families searching "
        "for relatives. In Ocana, the hospital asked for blood donations after receiving more "
        "than 20 wounded in a single day. The ELN said in a statement that its fighters were "
        "acting against a faction that attacked the population, a claim local leaders "
        "rejected. Schools across the region were closed. The UN humanitarian office said the "
        "displacement was the largest in Colombia in decades.",
        "B V M D H",
        "battle",
    ),
    (
        "Burkinabe refugees in Ghana describe village killings as arrivals surge",
        "BAWKU, Ghana - Refugees crossing from Burkina Faso into Ghana's Upper East region said "
        "this week that jihadist fighters and government-backed militias had both attacked "
        "villages in the Centre-Est region, burning granaries and killing men accused of siding "
        "with the enemy. A 52-year-old herder said gunmen on motorbikes had arrived at dawn, shot "
        "his brother and two nephews, and ordered everyone to leave within a day. Ghana's Refugee "
        "Board said it had registered about 9,000 arrivals since the start of the year, more than "
        "in the whole of last year, and was opening a second reception centre near Bolgatanga. "
        "Burkina Faso, where an al-Qaeda-linked group and Islamic State fighters control large "
        "parts of the countryside, has more than two million internally displaced people. The "
        "junta says its forces and the Volunteers for the Defence of the Homeland are winning the "
        "war against terrorism and has rejected accusations of abuses. UNHCR said new arrivals "
        "needed shelter, food and psychological support, and that some children had arrived "
        "without their parents.",
        "T V D H",
        "refugee_flight",
    ),
    (
        "Malian refugees reaching Mauritania say soldiers and Russian fighters executed men",
        "Malians arriving at the Mbera refugee camp in southeastern Mauritania this month said "
        "soldiers and foreign fighters they identified as Russian had rounded up men in villages "
        "near the border, tied their hands and shot them. Refugees from the Nampala area told "
        "Reuters that at least 25 men were killed in one village in early March and their bodies "
        "left by a well. Mauritanian officials said more than 1,200 people had crossed in the first "
        "two weeks of the month, many on donkeys and camels, and that the pace had risen sharply "
        "since the army and its allies launched operations against jihadist groups in the area. "
        "Mbera already holds more than 100,000 refugees, and the World Food Programme warned that "
        "it might have to cut rations. Mali's military government says its operations target "
        "terrorists only and has called reports of abuses a campaign of disinformation. "
        "“Anyone with a beard was taken,” said a 60-year-old woman whose two sons are missing. "
        "The UN refugee agency said water points at the border were overwhelmed.",
        "V M D H",
        "massacre",
    ),
    (
        "Thousands flee Rann for Cameroon after Boko Haram attack on displacement camp town",
        "Tens of thousands of people fled the town of Rann in northeast Nigeria for neighbouring "
        "Cameroon this week after Boko Haram fighters stormed it, killing at least 60 people and "
        "burning homes, Amnesty International said. Rann had become a refuge for about 35,000 "
        "people displaced by years of insurgency, who lived in camps around a military base that "
        "the soldiers abandoned before the attack. Satellite images showed hundreds of shelters "
        "burned. The UN refugee agency said about 30,000 people had crossed to Bodo in Cameroon "
        "and that Cameroonian troops had forced thousands of them back across the border days "
        "later, in breach of international law. Aid workers said the returnees had no food or "
        "shelter in Rann, which remains cut off by road. “We sleep under trees and there is no "
        "water,” said a woman reached by telephone by a local journalist. Medecins Sans "
        "Frontieres said it had treated people with gunshot and burn wounds and that the town's "
        "clinic had been looted.",
        "T V D H",
        "attack",
    ),
    (
        "Boats carrying survivors of Palma attack reach Pemba",
        "PEMBA, Mozambique - Boats packed with people who escaped the insurgent attack on the "
        "coastal town of Palma docked in Pemba over the weekend, bringing the number of arrivals "
        "registered by the International Organization for Migration to more than 9,000. "
        "Islamic State-linked insurgents stormed Palma on March 24, killing dozens of residents "
        "and contract workers and beheading some of them, according to survivors and aid "
        "agencies. Some families sailed for days without food or water, and at least one child "
        "died during the crossing, a local official said. Thousands more fled on foot to the "
        "Afungi peninsula, where TotalEnergies' gas project is based, or walked south toward "
        "Mueda. “I saw them shoot people on the street near the bank,” said a fisherman who "
        "arrived with his wife and three children. Mozambique's army says it has regained control "
        "of the town, but residents said fighting continued on its outskirts. The UN has appealed "
        "for $254 million for the province and warned that food stocks were running out.",
        "T B V D H",
        "attack",
    ),
    (
        "Foreign passport holders leave Gaza through Rafah as strikes pound Khan Younis",
        "About 450 foreign passport holders and dual nationals left the Gaza Strip through the "
        "Rafah crossing into Egypt on Wednesday, along with dozens of wounded Palestinians taken "
        "to Egyptian hospitals in ambulances, Egyptian officials said. The departures were the "
        "first since the war began and were arranged with Qatari mediation. Israeli air strikes "
        "continued in southern Gaza, where the health ministry said more than 100 people were "
        "killed in 24 hours, including in Khan Younis, a few kilometres from the crossing. "
        "“Our house in Khan Younis was hit last week; we have been sleeping in a school,” said a "
        "Palestinian-American woman who crossed with her two children. Egyptian authorities "
        "have set up a field hospital in Sheikh Zuweid and said they were ready to treat more "
        "wounded. Aid agencies said the handful of trucks allowed in through Rafah each day were "
        "far from enough for Gaza's 2.3 million people, most of whom have fled their homes. More "
        "than a million people have moved to the south of the territory since Israel ordered the "
        "evacuation of the north.",
        "E M D H",
        "evacuation",
    ),
    (
        "Missile strike on camp near Turkish border kills 16 displaced Syrians",
        "A missile strike hit a camp for displaced people near the Turkish border in Syria's "
        "Idlib province late on Wednesday, killing 16 people, including eight children, and "
        "wounding dozens, rescuers said. The White Helmets civil defence group said the missile "
        "landed among tents at the Qah camp, which shelters families who fled government "
        "offensives in southern Idlib and Hama. Rescuers said several tents caught fire. The "
        "Syrian Observatory for Human Rights, a Britain-based monitor, blamed government forces "
        "firing from positions further south. Residents said the camp is only a few hundred "
        "metres from the border wall, and that they had nowhere further to run because Turkey "
        "keeps the crossing closed to new refugees. The UN humanitarian office said hundreds of "
        "thousands of people were crammed into camps along the border and that it was appalled "
        "by the attack. Syrian state media said the army was targeting terrorist positions in "
        "the area.",
        "E V D",
        "missile_strike",
    ),
    (
        "Rioters set fire to Rotherham hotel housing asylum seekers",
        "Rioters smashed windows and set fire to a hotel housing asylum seekers in Rotherham, "
        "northern England, on Sunday while people were inside, in the most serious outbreak yet "
        "of the anti-immigration disorder that has spread across the country since last week's "
        "stabbing of three girls in Southport. Masked men threw bricks, fence panels and "
        "fire extinguishers at police officers guarding the Holiday Inn Express, and then forced "
        "their way into the building. South Yorkshire Police said at least 10 officers were "
        "injured, one of them knocked unconscious. Staff and residents barricaded themselves in "
        "a back room until police cleared the crowd, and no one inside was hurt. Prime Minister "
        "Keir Starmer called it “far-right thuggery” and promised that those involved would "
        "face the full force of the law. In Tamworth, another hotel used by asylum seekers was "
        "also attacked and a fire started in a storage room. Police forces said more than 150 "
        "people had been arrested since the disorder began. Residents of the hotel, among them "
        "families with young children, were moved to other accommodation overnight. One "
        "Afghan man who had lived there for four months said he had heard the crowd chanting "
        "and thought they would die in the smoke. Local people came out on Monday morning to "
        "sweep up glass and leave flowers at the entrance. Courts have been told to sit through "
        "the night to deal with those charged.",
        "U V",
        "riot",
    ),
    (
        "Dublin rioters burn buses and loot shops after school stabbing",
        "Rioters set fire to buses, a tram and police cars and looted shops in central Dublin on "
        "Thursday night, hours after a man stabbed three young children and a care worker outside "
        "a school on Parnell Square. Garda Commissioner Drew Harris blamed a “lunatic, hooligan "
        "faction driven by a far-right ideology” that had spread rumours online about the "
        "attacker's nationality. Crowds chanting anti-immigrant slogans attacked riot police with "
        "bottles and fireworks, and at least one officer was seriously injured. Police said 34 "
        "people were arrested. Shops on O'Connell Street had their windows smashed, and a hotel "
        "previously used to house asylum seekers was targeted. Taoiseach Leo Varadkar said the "
        "rioters had brought shame on Ireland and promised new laws on hate speech and "
        "facial recognition. Migrant groups said many of their members were afraid to leave "
        "their homes on Friday. A five-year-old girl injured in the stabbing remained in a "
        "critical condition.",
        "U",
        "riot",
    ),
    (
        "Migrants driven from homes in Sfax after clashes leave one dead",
        "Hundreds of sub-Saharan African migrants were driven from their homes in the Tunisian "
        "port city of Sfax this week after clashes in which a Tunisian man was stabbed to death, "
        "witnesses and rights groups said. Groups of residents armed with sticks and knives went "
        "through neighbourhoods where migrants rent rooms, beating people and throwing their "
        "belongings into the street. Videos posted online showed young men chasing migrants "
        "through an alley. Police arrested three Cameroonians over the killing and later bused "
        "hundreds of migrants out of the city, many of them to the desert near the Libyan border. "
        "“They broke our door and took our phones. We slept in the mosque,” said a 24-year-old "
        "Guinean. Human Rights Watch called on the authorities to protect migrants rather than "
        "expel them. President Kais Saied, who earlier this year accused migrants of a plot to "
        "change Tunisia's demographic make-up, said the country would not be a transit point "
        "or a place of settlement.",
        "U V D",
        "mob_violence",
    ),
    (
        "Xenophobic riots leave 12 dead in Johannesburg, shops of foreigners burned",
        "JOHANNESBURG - At least 12 people have been killed in four days of riots aimed at "
        "foreign-owned shops and businesses in Johannesburg and Pretoria, South Africa's police "
        "minister said on Wednesday, most of them South Africans. Mobs armed with sticks, pipes "
        "and machetes looted and burned shops in Jeppestown, Malvern and Alexandra, and police "
        "fired rubber bullets and stun grenades to disperse crowds. More than 420 people have been "
        "arrested. Nigerians, Ethiopians, Somalis and Zimbabweans said their stores had been "
        "emptied and set alight while officers watched. About 600 foreign nationals were "
        "sheltering in community halls in Katlehong and Germiston. Nigeria recalled its "
        "ambassador and said it would send planes to bring its citizens home. President Cyril "
        "Ramaphosa condemned the violence and said there was no excuse for attacking people from "
        "other African countries. Lorry drivers protesting against the employment of foreign "
        "drivers have also set trucks on fire on highways in KwaZulu-Natal.",
        "U V D",
        "riot",
    ),
    (
        "Thousands cross into Mae Sot as junta jets bomb Myawaddy",
        "MAE SOT, Thailand - About 3,000 people crossed the Moei river into Thailand on Saturday "
        "as Myanmar army jets bombed positions around Myawaddy, the border town that Karen "
        "rebels said they had captured earlier in the week, Thai officials said. The Thai army "
        "said it had allowed the refugees to shelter temporarily in a safety zone near the second "
        "Friendship Bridge and was ready to receive up to 100,000 if fighting spread. Residents "
        "on the Thai side said they heard heavy gunfire and explosions through the night, and "
        "a stray shell landed in a field near the river. The Karen National Union and its allies "
        "have been attacking an army battalion that retreated to a base at the western edge of "
        "the town. Thai Prime Minister Srettha Thavisin said Thailand did not want the fighting "
        "to enter its territory. Trade across the bridge, one of Myanmar's main overland links "
        "with Thailand, has halted. Aid groups in Mae Sot said clinics were treating people "
        "wounded in the air strikes.",
        "B E M D",
        "cross_border_flight",
    ),
    (
        "Refugees in Adre describe killings in El Geneina as Chad counts new arrivals",
        "ADRE, Chad - Refugees who fled El Geneina, the capital of Sudan's West Darfur state, "
        "said this week that Arab militias and Rapid Support Forces fighters were hunting down "
        "members of the Masalit community, shooting people in the streets and burning their "
        "neighbourhoods. A 30-year-old teacher said gunmen had killed his father and uncle in "
        "their home and that people trying to reach the border were shot at on the road. The "
        "governor of West Darfur, Khamis Abakar, was killed hours after he accused the RSF of "
        "genocide in a television interview. The UN refugee agency said about 6,000 people had "
        "crossed into Chad in two days, and that more than 150,000 had arrived since the war began "
        "in April. Medecins Sans Frontieres said its team in Adre had treated more than 600 "
        "wounded people in three days, most with gunshot wounds. The RSF has denied involvement "
        "and blamed tribal clashes. The World Food Programme said it was racing to preposition "
        "food before the rainy season cuts the roads.",
        "V D H",
        "massacre",
    ),
    (
        "Iranians cross into Armenia and Turkey as Israeli strikes hit Tehran",
        "Hundreds of Iranians and foreign nationals crossed into Armenia at the Agarak border "
        "post on Monday, and queues formed at Turkey's Kapikoy crossing, as Israel struck targets "
        "in Tehran for a fourth day and Iran fired missiles at Israel. Armenian officials said "
        "about 600 people had crossed since Friday, most of them Iranians with relatives abroad "
        "and foreigners being evacuated by their governments. Long lines of cars were reported "
        "on roads leaving the Iranian capital after the Israeli military warned residents of "
        "one district to leave. “We heard explosions all night near our apartment,” said a "
        "software engineer who arrived with his wife and elderly mother. Iran's health ministry "
        "said more than 220 people had been killed in the Israeli strikes, most of them "
        "civilians. Several countries, including China and Poland, organised land evacuations of "
        "their citizens through Armenia and Azerbaijan. Turkey said it had not seen a mass "
        "movement of refugees but was monitoring the border.",
        "E M D",
        "cross_border_flight",
    ),
]
