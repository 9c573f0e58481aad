"""dev261 positives, part B: current fighting, strikes, attacks on travellers and unrest."""

POSITIVES = [
    (
        "Bandarban hill treks banned again as army launches operation against Kuki-Chin fighters",
        "Authorities in Bangladesh's Bandarban district have again barred tourists from the hill trails around Ruma and Thanchi after the army launched an operation against the Kuki-Chin National Front, officials said on Sunday. The armed group raided two bank branches in the area last week, taking weapons from police guards and abducting a bank manager, before fleeing into the forest. Soldiers and members of the elite Rapid Action Battalion have since exchanged fire with the group's fighters at least twice near Keokradong, one of the country's highest peaks, according to the military's media wing. One fighter was killed, it said. Guides said trekkers who had permits for Keokradong and the Boga Lake route were turned back at army checkpoints. The treks, popular with young people from Dhaka, had only reopened in the winter after a previous ban. Several hundred people from Bawm villages have taken shelter in the town of Ruma, local leaders said.",
        "M B D",
        "military operation",
    ),
    (
        "Gunmen kill dozens in Dogon village once on the trekking route, survivors flee",
        "Gunmen on motorbikes killed at least 37 people in a village on the Bandiagara escarpment in central Mali on Sunday night, local officials said, in the latest in a string of attacks on Dogon communities. Survivors said the attackers surrounded the village, shot people who tried to run and set granaries and houses on fire. Officials blamed a Fulani armed group, and a Dogon militia has vowed revenge. Hundreds of residents walked through the night to the town of Bandiagara, where they are sleeping in schools. The cliff villages of the escarpment, a World Heritage Site, were for decades one of West Africa's best-known trekking destinations, with walkers sleeping on rooftops under the stars. Local guides say no foreign group has come since jihadist violence spread into the region. 'Our clients have gone, and now our families are being killed,' said a guide who used to lead treks between Sangha and Ende. The UN mission said it had sent a patrol to the area.",
        "V D",
        "massacre",
    ),
    (
        "Turkish air strikes hit valley on Kurdistan's Zagros trail near Amadiya",
        "Turkish warplanes and drones struck a valley near the town of Amadiya in Iraq's Kurdistan region on Saturday, setting fire to orchards and forest along a section of the Zagros Mountain Trail, local officials said. The Turkish defence ministry said it had 'neutralised' PKK militants and destroyed shelters and caves used by the group as part of an air and ground operation in the border mountains. A local mayor said two shepherds had been wounded and several villages were without power. The Zagros trail, opened in recent years as a long-distance route through the mountains of northern Iraq, has been promoted by the regional government as a sign of the area's new stability. Its organisers said they had postponed a group walk planned for next month. 'The strikes are getting closer to the villages every summer,' said a guide from Duhok. Dozens of villages near the border have been emptied since Turkey began its campaign, according to a local rights group.",
        "E M",
        "airstrike",
    ),
    (
        "Foreign tourists shot dead in Bamiyan market, Islamic State claims attack",
        "Gunmen killed three Spanish tourists and an Afghan man in the central Afghan town of Bamiyan on Friday, the Taliban interior ministry said. Four more foreigners and three Afghans were wounded when the attackers opened fire on a group walking through the bazaar near the niches of the destroyed Buddha statues, officials said. Islamic State's regional branch claimed responsibility, saying it had targeted 'crusader tourists'. Taliban security forces said they had arrested several suspects. Bamiyan, with its cliffs, lakes and the Band-e Amir national park, has become the main stop for a small but growing number of adventurous foreign travellers to Afghanistan since 2021. Several tour companies that advertise trips there said they were suspending departures. Spain's prime minister said he was 'shocked' and that the victims' families were being helped. The government in Madrid advises against all travel to Afghanistan.",
        "T V",
        "attack",
    ),
    (
        "Motorcycle tourers caught in BLA highway attack in Balochistan",
        "Two foreign motorcyclists travelling the overland route from Iran to Pakistan were among the passengers held at gunpoint when separatist fighters blocked the coastal highway in Balochistan on Monday, officials said. Members of the Balochistan Liberation Army stopped vehicles near Gwadar, checked identity cards and shot dead at least nine men, according to the provincial government, which called the killings terrorism. The two riders, a German and an Austrian, were released unharmed after several hours and escorted by the Levies force to Gwadar. The BLA said in a statement that it had targeted members of the security forces travelling in civilian clothes. The coastal road through Balochistan is the main overland route for travellers crossing from Iran towards the Karakoram, and many ride it under police escort. The military said it had begun a search operation in the surrounding hills. Overlanders' forums were urging riders to postpone the crossing.",
        "T V",
        "attack",
    ),
    (
        "Gunmen open fire on tourists at meadow above Pahalgam, killing 26",
        "Militants opened fire on tourists who had ridden ponies to a mountain meadow above Pahalgam in Indian-administered Kashmir on Tuesday, killing 26 people, police said. Most of the dead were men visiting from other Indian states, and survivors said the attackers singled them out. The Baisaran meadow, reached only on foot or horseback, is a starting point for treks into the Lidder valley and a popular stop for families. Prime Minister Narendra Modi called the attack an act of terror and said those responsible would be punished. A group called The Resistance Front claimed it, police said. Security forces launched a search operation in the forests around the meadow. Hotels in Pahalgam emptied within a day as thousands of visitors left for Srinagar and Jammu. Pony owners and guides who had been preparing for the summer trekking season and the annual Amarnath pilgrimage said they feared for their livelihoods.",
        "T V",
        "attack",
    ),
    (
        "Carpathian trail race starts hours after drone attack on Lviv region",
        "Runners at a mountain ultramarathon in Ukraine's Carpathians set off on Saturday morning just hours after Russian drones and missiles struck infrastructure in the western Lviv region, organisers said. The regional governor said a power facility had been hit and that one person had been wounded, and air-raid sirens sounded across the west for much of the night. Race officials briefly considered postponing the start, but decided to go ahead with about 600 runners after the all-clear. Several of the competitors were soldiers on leave and running for fundraising teams, and a minute of silence was held on the start line. Course marshals were told to move runners into forest shelter if another alert sounded. 'Sleeping through sirens is part of race preparation now,' said one runner from Kyiv who finished the 70km course in just over nine hours. Proceeds from entry fees are being donated to buy vehicles for front-line medics.",
        "E",
        "drone strike",
    ),
    (
        "Georgian mountaineers say climbers beaten as police break up Tbilisi protest",
        "Georgia's mountaineering federation said several of its members had been beaten and detained when riot police broke up a protest outside parliament in Tbilisi overnight. Police used water cannon, tear gas and rubber bullets to clear tens of thousands of demonstrators who were protesting against the government's decision to suspend talks on joining the European Union, according to witnesses and rights groups. Protesters threw fireworks at police lines and set barricades on fire on Rustaveli Avenue. The interior ministry said more than 100 people had been detained. Among those held was a well-known alpinist who has climbed all of the country's highest peaks, the federation said, and a guide from Svaneti was treated in hospital for a head injury. The federation, which rarely comments on politics, said its members had a right to protest. The government accused the opposition of organising violence.",
        "U",
        "crackdown",
    ),
    (
        "Gangs push into Kenscoff, the mountain town where Port-au-Prince went hiking",
        "Armed gangs have attacked villages around Kenscoff, the cool hill town above Port-au-Prince that was long the capital's favourite escape for hikers and weekend walkers, forcing thousands of residents to flee, officials said. Members of the Viv Ansanm gang coalition burned houses and killed at least a dozen people in the districts of Belot and Godet over several days, according to the mayor and a local rights group. Police and a Kenyan-led multinational force said they had fought the gangs in several places and recovered some ground. The UN migration agency said more than 3,000 people had been displaced from the area in a week. Trails from Kenscoff lead into the pine forest of Parc La Visite, where local groups used to lead hikes to the Seguin plateau. 'We used to bring students up here to see the forest,' said a guide who has now moved his family to Pétion-Ville. Gangs control most of the capital and have been trying for months to seize the roads into the mountains.",
        "B V D",
        "gang offensive",
    ),
    (
        "Race of Hope on Mount Cameroon hit by separatist attack on porters' village",
        "Suspected Anglophone separatist fighters attacked a village on the slopes of Mount Cameroon two days before the annual Race of Hope, kidnapping six porters and guides and setting houses on fire, local officials said. The army said it had exchanged fire with the attackers in the forest above Buea and freed two of the captives. Organisers of the race, in which hundreds of runners climb to the 4,040-metre summit and back, said it would go ahead under heavy military protection. Separatists fighting for an independent state in Cameroon's English-speaking regions have repeatedly warned against holding events that they say promote the government. Residents said many families had left the village for Buea after the raid. 'The mountain was our work,' said one guide. 'Now we are afraid to go up.' The conflict in the Northwest and Southwest regions has killed thousands since 2017.",
        "V B D",
        "kidnapping",
    ),
    (
        "Ocean rowers divert from Red Sea route after Houthi missile hits tanker",
        "A four-person crew attempting to row from the Mediterranean to India has abandoned its planned route through the Red Sea after Houthi missiles struck a tanker in the Gulf of Aden, the team said on Thursday. The US military said the Yemeni group had fired two anti-ship ballistic missiles at the vessel, causing a fire on board, and that no one was hurt. The Houthis said they had targeted the ship over the war in Gaza. The rowers, who had trained for two years, said their insurers and safety adviser had told them it would be 'reckless' to continue. They will instead try to row from the Canary Islands to the Caribbean next winter. Merchant ships have been attacked dozens of times since late last year, and many lines now sail around the Cape of Good Hope. 'It felt small compared with what sailors out there are facing,' said the team's skipper.",
        "E",
        "missile attack",
    ),
    (
        "Trekkers flee Iran overland to Armenia as Israeli strikes hit Tehran",
        "Foreign trekkers and climbers who were in Iran for the spring mountain season have crossed into Armenia by land after Israeli strikes hit Tehran and other cities, travellers and embassies said. Iran closed its airspace after Israel launched waves of strikes on military and nuclear sites, and Iranian missiles were fired at Israel in response. A Czech climber who had been acclimatising on Mount Damavand said his group heard explosions from the capital and drove north through the night to the Norduz border post. Long queues of cars formed at the crossing, where Armenian officials said several thousand people had entered in a few days, including many Iranians. Several governments have set up consular teams at the border. Iranian state media said hundreds of people had been killed in the strikes. Adventure travel companies that run treks in the Alborz and Zagros said all departures had been cancelled.",
        "E D M",
        "airstrike",
    ),
    (
        "Climbers' favourite Sindou peaks emptied after jihadist attack in southwest Burkina Faso",
        "Jihadists attacked a village near the Sindou peaks in south-west Burkina Faso on Tuesday, killing at least 14 civilians and volunteer defence fighters, local sources said. The sandstone needles of Sindou, one of the few climbing and hiking areas in the Sahel, had been considered safe until recently. Residents said dozens of gunmen arrived on motorbikes, shot men in the market and burned the health post. A group linked to al-Qaeda's JNIM is active across the border in Mali and has been moving south. Several hundred residents fled to Banfora and the surrounding towns, the regional government said. A French climber who has equipped routes on the peaks for years said he had lost contact with friends in the area. 'It was the place I would bring people to show them another Burkina,' he said. Burkina Faso's military government did not comment.",
        "T V D",
        "attack",
    ),
    (
        "Sahara expedition called off as Haftar's forces fight for Tripoli",
        "A team of British and Libyan explorers planning to cross the Libyan Sahara by camel has called off its expedition after forces loyal to Khalifa Haftar launched an offensive on Tripoli, the team's leader said. Fighting between Haftar's Libyan National Army and militias allied with the UN-backed government has spread to the southern suburbs of the capital, with air strikes on Mitiga airport and heavy clashes around the old airport road. The World Health Organization said dozens of people had been killed, and the UN said thousands had fled their homes. The expedition had been due to fly from Tripoli to Sabha and set out towards the Acacus mountains with local Tuareg guides. 'You cannot ask people to guide you through the desert while their own families are being shelled,' the leader said. The team has not set a new date.",
        "B D",
        "offensive",
    ),
    (
        "Carstensz Pyramid climbs halted after separatists attack guides' camp in Papua",
        "Indonesian authorities have suspended climbing permits for the Carstensz Pyramid after fighters of the West Papua National Liberation Army attacked a camp used by climbing guides and porters in the highlands, police said. Two porters were killed and a guide is missing, according to police in Intan Jaya, who said the separatists had then fought a gun battle with soldiers sent to the area. The group's spokesman said its fighters had targeted 'spies' working for the Indonesian military. The 4,884-metre peak, the highest in Oceania and one of the Seven Summits, is normally reached by helicopter or a long trek through forest from Sugapa. Three foreign climbing teams that were due to fly in next week have been told to wait in Timika. The separatists have waged a low-level insurgency for decades and have in recent years kidnapped a New Zealand pilot and attacked construction workers.",
        "B V",
        "clashes",
    ),
    (
        "Abu Sayyaf gunmen seize tourists from dive resort on Samal island",
        "Armed men took two foreign tourists, a Filipino woman and a resort manager from a marina on Samal island in the southern Philippines late on Monday, police said. The gunmen arrived by motorboat and forced the captives onto it before heading out into the Davao Gulf. The military said it believed the kidnappers were members of Abu Sayyaf, a militant group that has pledged allegiance to Islamic State and has beheaded hostages before. Navy ships and aircraft were searching the waters off Mindanao. Samal, a short ferry ride from Davao City, is known for dive sites, caves and island-hopping trips. The governments of the two foreigners, a Canadian and a Norwegian, said they were in contact with Philippine authorities. Several dive operators said bookings had been cancelled. The army has been fighting Abu Sayyaf on the islands of Sulu and Basilan for years.",
        "T V",
        "kidnapping",
    ),
]
