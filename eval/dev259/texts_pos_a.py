"""dev259 positives, part A: fisheries stories that report current armed violence (Europe's
Black Sea war, the Middle East, the Sahel and Lake Chad, the Gulf of Guinea, Sulu and Mozambique).

POSITIVES = [(title, text, tag codes, kind), ...]; tag codes of eval/conflictset.
"""

POSITIVES = [
    (
        "Kherson fisherman killed by Russian drone while checking nets on the Dnipro",
        "A 58-year-old fisherman was killed on Tuesday morning when a Russian drone dropped explosives on his boat near the Antonivskyi bridge in Kherson, the regional military administration said. Oleksandr Prokudin, the head of the administration, wrote on Telegram that the man had gone out to check nets he had set the evening before, a few hundred metres from the riverbank. His neighbour, who was on the shore, was wounded by shrapnel and taken to hospital in a serious condition. Fishing on the lower Dnipro has been banned since Russian forces withdrew to the left bank in November 2022, but officials say that dozens of residents still go out, because fish is one of the few foods they can get without money. “They hunt anything that moves on the water,” said a police officer in the Korabelnyi district, where drones have struck cars, bicycles and pedestrians this month. The administration said Russian forces shelled 34 settlements in the region over the past day, wounding eleven people. Local volunteers have started handing out tinned fish to elderly residents so that they will not risk the river.",
        "E V",
        "drone_strike",
    ),
    (
        "Two fishermen die as boat hits sea mine off Odesa coast",
        "Two fishermen were killed and a third was pulled from the water with burns after their boat struck a sea mine off the coast of the Odesa region on Sunday, Ukraine's southern defence forces said. The men had sailed from a village near Zatoka in a small motorboat, in an area where fishing is forbidden because of drifting mines laid since Russia's full-scale invasion. Russia has also kept up drone and missile attacks on the ports of the Odesa region, and the navy said two mines had been destroyed near the coast in the previous week alone. Natalia Humeniuk, a spokeswoman for the southern command, said the survivor told rescuers that they had seen “something round” in the water seconds before the blast. Fishermen along the coast say the ban has cost them their livelihood and that some, especially older men, ignore it. The regional fisheries inspectorate estimates that catches in the north-western Black Sea have fallen by more than two-thirds since 2022. Police have opened an investigation.",
        "E",
        "sea_mine",
    ),
    (
        "Missile strike on Odesa port sets fish warehouse ablaze, kills three",
        "A Russian missile strike on the port of Odesa overnight destroyed a cold store used by fish importers and killed three workers, Ukrainian officials said on Thursday. Governor Oleh Kiper said two Iskander ballistic missiles hit the port area shortly after 1am, starting a fire that burned for six hours through about 1,500 tonnes of frozen mackerel and herring. Eight people were wounded, including a forklift driver who was trapped under debris. The cold store belonged to one of the largest seafood distributors in southern Ukraine, which imports fish from Norway and Mauritania by sea and supplies supermarkets across the country. “We had just received a full shipment,” the company's operations director said, standing in front of the blackened building. The air force said it had shot down 23 of the 30 drones launched in the same attack, mostly over the Odesa and Mykolaiv regions. The strike was the fourth on Odesa's port infrastructure this month. Wholesale prices of frozen fish in Kyiv rose by about 8% the following day, traders said.",
        "E",
        "missile_strike",
    ),
    (
        "Gaza fisherman shot dead off Deir al-Balah as hunger deepens",
        "Israeli naval forces opened fire on a group of fishermen off Deir al-Balah on Monday, killing one and wounding two others, according to the Palestinian fishermen's union and medics at al-Aqsa Martyrs Hospital. The men had paddled a small wooden boat a few hundred metres from the shore to cast nets, as they have done daily since engines and fuel ran out, their relatives said. The Israeli military said its forces had identified “suspects” approaching in a vessel and fired to remove the threat. Almost the whole of Gaza's fishing fleet has been destroyed in the war, according to the union, which says more than 200 fishermen have been killed since October 2023. With aid trucks entering in small numbers and flour almost unobtainable in central Gaza, fishing has become one of the only sources of protein for displaced families living in tents along the beach. “If we go out, they shoot. If we stay, our children go hungry,” said Zakaria Bakr, a union official. The UN's humanitarian office said last week that famine conditions were spreading across the Strip.",
        "V H",
        "naval_fire",
    ),
    (
        "Gaza fishing zone cut to six miles after navy fire wounds fisherman",
        "Israel reduced the fishing zone off the Gaza Strip to six nautical miles on Wednesday, a day after its navy fired on fishing boats off Rafah and wounded a 23-year-old fisherman in the head, Gaza officials said. The fisherman was taken to the European Hospital in Khan Younis, where doctors said he was in a critical condition. The Israeli military said naval forces had fired warning shots and then at the hull of boats that deviated from the permitted area. COGAT, the Israeli body that administers civilian affairs in the territories, said the change came in response to incendiary balloons launched from the Strip in recent days. Nizar Ayyash, head of the Gaza fishermen's union, said about 4,000 fishermen depend on the sea and that the zone had been changed more than a dozen times this year. Rights groups say naval forces also confiscated three boats last month and detained their crews. Fish prices at the market in Gaza City rose sharply after the announcement, traders said.",
        "V",
        "naval_fire",
    ),
    (
        "Israeli strike on fishing boat in Tyre harbour kills three fishermen",
        "Three fishermen were killed on Monday when an Israeli drone struck their boat as they prepared to leave the harbour of Tyre, in southern Lebanon, the state-run National News Agency said. The strike came as Israeli warplanes carried out dozens of raids on towns across the south and on the southern suburbs of Beirut, in the heaviest day of bombing of the week. The Israeli military did not comment on the strike on the port, but said it had hit Hezbollah targets across the area. The harbour of Tyre, home to one of the last working fishing fleets in the south, had been largely deserted since the escalation, with most fishermen among the hundreds of thousands of people who fled north. Fishermen who stayed said they kept to a narrow strip of water near the shore. “Only a few of us still go out, to feed our families,” said Khalil Taha, head of the local fishermen's syndicate. Lebanon's health ministry said the day's strikes had killed at least 46 people. The municipality of Tyre said it would provide a temporary market for those who could still sell their catch.",
        "E V D",
        "drone_strike",
    ),
    (
        "Fishermen killed as air strike hits boats off Hodeidah, medics say",
        "At least 17 fishermen were killed and several more were missing after an air strike hit a group of fishing boats off the Red Sea island of Uqban, north-west of Hodeidah, local medics and fishermen said. Survivors brought to the hospital in Hodeidah said that a helicopter and then aircraft fired on three boats that were returning with their catch. The Saudi-led coalition, which is fighting the Houthi movement, said it was investigating the report and that it targeted only military vessels. The strike comes as coalition-backed forces push towards Hodeidah, whose port handles most of Yemen's food imports, and as the United Nations warns that millions of people are on the edge of famine. Fishing, once the main source of income along the Tihama coast, has collapsed since the war began, with boats idle and fish markets closed for fear of attack. Fishermen's associations say more than 250 of their members have been killed at sea since 2015. “We are fishermen, not fighters,” said one survivor, who lost his brother in the attack.",
        "E V H",
        "airstrike",
    ),
    (
        "Mine blast kills four fishermen off Yemen's Mocha coast",
        "Four fishermen were killed when their boat struck a naval mine off Yemen's Red Sea coast near Mocha on Friday, a local official and relatives said. The boat was returning to port after a night's fishing when the explosion tore it apart, fishermen who recovered the bodies told reporters. Government forces and the Saudi-led coalition blame the Houthi movement for laying hundreds of mines along the coast, while the Houthis say the coalition's blockade and air strikes have destroyed the fishing sector. Fighting between the two sides continued around the districts south of Hodeidah this week, with both reporting casualties. At least a dozen fishing boats have been hit by mines off Mocha and al-Khokha in the past year, according to the local fishermen's cooperative. “Every trip we make, we pray we come back,” said Abdullah Ali, who has stopped sailing beyond a few kilometres from shore. The fishermen's union has asked the UN to include demining of fishing grounds in its programmes.",
        "E B",
        "mine_blast",
    ),
    (
        "Trinidad families say fishermen were among those killed in US strike on boat",
        "Relatives of two men from Trinidad say they were fishermen, not drug traffickers, and were among six people killed when the US military struck a boat in the Caribbean this week. Defence Secretary Pete Hegseth posted a video of the strike on social media, saying the vessel was operated by a “narco-terrorist” organisation and had been tracked leaving Venezuela. It was the latest in a campaign of strikes on small boats that the Pentagon says has destroyed more than a dozen vessels since September. In the fishing village of Las Cuevas, the sister of one of the men said he had gone to Venezuela to buy fishing gear and was coming home. “He has been fishing since he was 12,” she told reporters outside the family home. Trinidad's prime minister said her government had not been given the names of those killed. Fishermen along the island's south-west coast say they have stopped going out at night since the strikes began. Legal experts and several members of Congress have questioned the legal basis for the attacks.",
        "E M",
        "airstrike",
    ),
    (
        "Jihadists kill at least 40 fishermen near Lake Chad, Borno officials say",
        "Islamic State West Africa Province fighters killed at least 40 fishermen and farmers near the shores of Lake Chad in north-east Nigeria, officials in Borno state said on Monday. The attack took place on Sunday near Dumba, in Kukawa local government area, where the fishermen had gone despite a ban on fishing in the area imposed by the military. Survivors told local officials that gunmen surrounded the men and shot them, and that some were hacked to death. Borno's governor, Babagana Zulum, condemned the killings and said the victims had gone to the area without clearance from the army. The jihadists accuse fishermen and farmers of passing information to the military and to the civilian militias that fight alongside it. Fishing on the lake and the islands around it was once worth tens of millions of dollars a year and drew traders from across the region. Thousands of people displaced by the insurgency now live in camps around Maiduguri, and many depend on aid. “We have nothing else to do but fish,” a fish trader in Monguno said.",
        "T V",
        "massacre",
    ),
    (
        "Boko Haram raid on Lake Chad island drives fishing families to Diffa",
        "Suspected Boko Haram fighters attacked a fishing island on the Niger side of Lake Chad overnight, killing at least nine civilians and setting boats and huts on fire, local officials told AFP on Thursday. More than 2,000 people fled the island and neighbouring ones by canoe and on foot and have arrived in camps near Diffa, the regional prefecture said. The fishermen had only recently returned to the islands after the army announced it had cleared the area of militants. “They came at night, shooting at anyone who ran,” one woman told a local radio station. The government of Niger banned fishing and the sale of dried fish in the Diffa region in 2015, saying the trade was financing the jihadists, and lifted the ban in part last year. Aid agencies say the Diffa region already hosts more than 250,000 displaced people and refugees from Nigeria. The UN refugee agency said it was sending tents and food to the new arrivals.",
        "T V D H",
        "village_raid",
    ),
    (
        "Gunmen kill fishermen on Niger river in central Mali",
        "Gunmen on motorbikes and in pirogues killed at least 13 fishermen near the town of Konna in central Mali on Saturday, a local official and a representative of the fishing community told Reuters. The victims, most of them Bozo, were attacked at a fishing camp on the banks of the Niger river before dawn. The official blamed militants linked to al-Qaeda, who have imposed taxes on fishermen and herders across the Mopti region and accuse some communities of working with the army. The army said it had sent troops to the area and that an operation was under way. Fishing camps along the river have emptied over the past year as attacks multiplied, and many families have moved to the town of Mopti, where fish prices have doubled. “We were born on the river, but the river is no longer ours,” said the head of a fishermen's association in Mopti. Mali's junta has not commented on the toll.",
        "T V",
        "massacre",
    ),
    (
        "Separatists abduct Nigerian fishermen off Cameroon's Bakassi peninsula",
        "Armed men believed to belong to an English-speaking separatist group abducted at least 12 fishermen from a settlement on the Bakassi peninsula on Saturday, Cameroonian officials and fishing community leaders said. The gunmen arrived in speedboats at the fishing settlement of Abana and seized men who were mending nets, most of them Nigerian nationals who have fished these creeks for generations. One fisherman who tried to escape was shot and wounded, residents said. A group calling itself the Bakassi Freedom Fighters has claimed several attacks on the area this year, and separatist fighters have also clashed repeatedly with the Cameroonian army in the region. The army said in a statement that naval units had been deployed to search the creeks. A fish smoker in the settlement said hundreds of families had left for Nigeria's Cross River state since the start of the year. Nigeria's consulate in Buea said it was in contact with Cameroonian authorities.",
        "V D",
        "abduction",
    ),
    (
        "Abu Sayyaf gunmen seize Indonesian fishermen off Sabah",
        "Gunmen believed to be from the Abu Sayyaf group abducted three Indonesian fishermen from a trawler off the coast of Lahad Datu, in the Malaysian state of Sabah, police said on Sunday. The men, who worked on a Malaysian-owned fishing boat, were taken at around 8pm by armed men in a speedboat, which then headed towards the southern Philippines, according to Sabah police. The Islamic State-linked group, based in the Sulu archipelago, has kidnapped dozens of seafarers and fishermen in the waters between Malaysia and the Philippines over the past few years and demanded ransoms for them. Indonesia's foreign ministry said it had asked Manila to help free the men. The Philippine military said its forces in Sulu had stepped up operations against the group, and clashed with its fighters in Patikul last week. Malaysia has imposed a dusk-to-dawn curfew on the waters off eastern Sabah, which fishermen say has cut their catch by half.",
        "T V",
        "abduction",
    ),
    (
        "Insurgents raid Cabo Delgado fishing islands as families flee to Pemba",
        "Islamist insurgents attacked fishing villages on the Quirimbas islands off Mozambique's Cabo Delgado province this week, beheading at least four people and burning homes, survivors and local sources said. Hundreds of people fled by boat from the islands of Matemo and Quirimba, and many have arrived on the beaches of Pemba, the provincial capital, aid workers said. The insurgents, known locally as al-Shabaab and linked to the Islamic State, have fought the Mozambican army since 2017 and have recently moved along the coast in small boats. Fishermen said the attackers stole outboard engines and fuel and took some young men with them. “We left everything, the nets, the boats,” said a woman who arrived at the Paquitequete beach with her four children. The International Organization for Migration said more than 11,000 people had arrived in Pemba by sea in two weeks. Food, water and shelter are in short supply, according to the UN, which has appealed for more funding.",
        "T V D H",
        "village_raid",
    ),
    (
        "Fishermen flee Lake Edward settlement after militia attack near Vitshumbi",
        "Gunmen from a Mai-Mai militia attacked the fishing settlement of Vitshumbi on the shore of Lake Edward, in eastern Congo, killing at least six people, including two rangers of the Virunga National Park, park officials said on Tuesday. The attackers fired on the fish market and then clashed with rangers and soldiers for several hours before withdrawing into the bush, the park said. The militia is fighting for control of fishing on the lake, where the number of boats is limited by law to protect fish stocks and where illegal fishermen pay armed groups for protection. Residents said many families had fled by boat to Kyavinyonge and other settlements further north. Lake Edward's fisheries feed tens of thousands of people in North Kivu, and traders take dried tilapia as far as Goma. The governor of North Kivu said reinforcements had been sent and that the army would pursue the attackers.",
        "B V D",
        "attack",
    ),
]
