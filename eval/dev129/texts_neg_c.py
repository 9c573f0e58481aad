"""dev129 negatives, part c: disasters, crime, sport, peaceful protest, health and accidents."""

# (title, text, kind code)
NEGATIVES = [
    (
        "After the Herat earthquakes, a village of tents waits for winter",
        "Nothing in the village of Naib Rafi is standing any more. The mud-brick houses that "
        "lined its lanes collapsed in the first minutes of the earthquake that struck western "
        "Afghanistan on Saturday, and the aftershocks that followed brought down most of what "
        "was left. Residents say more than 200 people died in the village alone; across Herat "
        "province the Taliban government puts the toll above 1,400, most of them women and "
        "children who were at home when the magnitude 6.3 quake hit late in the morning. "
        "Survivors are sleeping in tents donated by aid agencies, four or five families to each, "
        "and digging through the rubble for blankets and sacks of flour. Taliban soldiers and "
        "volunteers from Herat city helped pull bodies out in the first days. Aid groups warn "
        "that the cold arrives in the province in November and that the tents will not be "
        "enough. International donors, who cut funding after the Taliban took power in 2021 "
        "and restricted the work of women, have pledged emergency help, but agencies say they "
        "need female staff to reach women who will not speak to male aid workers. 'We have lost "
        "everything except the ground we sleep on,' said one man, who buried eleven relatives.",
        "disaster",
    ),
    (
        "In Derna, the dams broke in the night. The questions have not gone away",
        "A year after two dams above Derna burst during Storm Daniel, sending a wall of water "
        "through the centre of the eastern Libyan city while its people slept, the river bed "
        "that cuts the city in two is lined with new concrete and the mud has been cleared. "
        "Thousands died in the flood of September 2023; the exact number is still disputed, "
        "and hundreds remain missing. Reconstruction, run by a fund controlled by the family "
        "of Khalifa Haftar, the commander who rules eastern Libya, has moved quickly: new "
        "bridges, a mosque, blocks of flats. Residents are grateful and wary in roughly equal "
        "measure. The dams had been cracking for decades, and contracts to repair them were "
        "signed and never completed, as successive governments in a divided country argued "
        "over budgets. Twelve officials were convicted last year of negligence and "
        "mismanagement. 'They rebuilt the streets, but nobody rebuilt my family,' said Fatima, "
        "who lost her parents and her sister. Some survivors who spoke out after the flood "
        "were arrested, rights groups say, and journalists need permission to visit. The "
        "city's new waterfront park opened last month.",
        "disaster",
    ),
    (
        "Somalia's herders are running out of places to run",
        "Abdi Hassan had 300 goats and 40 camels two years ago. Now he has eleven goats, and he "
        "lives with his wife and six children in a shelter of sticks and plastic sheeting on the "
        "edge of Baidoa, one of more than 500 such sites around the town. The drought that has "
        "gripped the Horn of Africa for four consecutive failed rainy seasons, the longest on "
        "record, has killed millions of livestock and pushed more than a million Somalis to "
        "leave their land in search of food and water. Climate scientists say the failure of "
        "the rains is linked to warming in the Indian Ocean and is likely to become more "
        "frequent. Aid agencies warn of famine conditions in parts of the Bay region, where "
        "malnutrition among children is rising fast; the UN says it has only received a third "
        "of the money it asked for. Pastoralism has sustained Somalis for centuries because it "
        "moves: when the grass fails in one place, herds go elsewhere. That mobility no longer "
        "works when every place is dry at once. Abdi says he will not go back to the "
        "countryside. 'Without animals, what is a herder?' he asked. 'A man waiting for the "
        "truck with the rice.'",
        "disaster",
    ),
    (
        "Fire sweeps through Rohingya camp, leaving 12,000 without shelter",
        "A fire tore through a Rohingya refugee camp in Cox's Bazar in southern Bangladesh on "
        "Sunday afternoon, destroying about 2,000 shelters and leaving some 12,000 people "
        "without a roof, officials said. No deaths were reported. The fire broke out in Camp 11 "
        "in Balukhali and spread through the tightly packed bamboo and tarpaulin shelters, "
        "fanned by dry winds, before firefighters brought it under control after three hours. "
        "Mosques, learning centres and health posts also burned. The cause is under "
        "investigation; fires are common in the camps, where families cook on gas cylinders in "
        "crowded lanes. Nearly a million Rohingya live in the camps, most of whom fled Myanmar "
        "in 2017. The UN refugee agency said it was handing out emergency shelter kits.",
        "disaster",
    ),
    (
        "The 15-year-olds Sweden's gangs hire to kill",
        "The boy was 14 when he was first offered money on Telegram to shoot someone: 150,000 "
        "kronor, half in advance, for a man he had never met in a suburb of Uppsala. He said no, "
        "that time. Police and social workers say such offers have become routine for "
        "teenagers in Sweden, where criminal networks fighting over the drug trade recruit "
        "children too young to face long prison sentences to carry out shootings and "
        "bombings. Sweden now has one of the highest rates of gun deaths in Europe, although "
        "the number of fatal shootings fell last year for the second year running. The "
        "government has responded with tougher sentences, stop-and-search zones and a proposal "
        "to lower the age of criminal responsibility to 13 for serious crimes. Critics say the "
        "measures ignore the social exclusion that makes children vulnerable, and that many "
        "of the recruits are from migrant families in segregated suburbs. One of the biggest "
        "networks is run by leaders living abroad, in Turkey and the United Arab Emirates. "
        "The boy, now 16, lives in a supported home in the north of the country. He says his "
        "old friends still send him offers.",
        "crime",
    ),
    (
        "Cape Town's construction mafia takes a cut of every new house",
        "On a building site in Khayelitsha, the foreman points to a group of men sitting on "
        "upturned buckets by the gate. They do not work, he says, but they are paid: 30% of the "
        "contract, or the site is shut down. So-called construction mafias, armed groups that "
        "demand a share of public and private building projects in the name of 'local "
        "participation', have spread across South Africa's townships, and Cape Town is now one "
        "of their strongholds. The city says extortion has delayed or halted housing, clinic "
        "and road projects worth billions of rand, and that contractors have been shot and "
        "sites burned. Police set up a special unit last year and have made dozens of arrests, "
        "but convictions are rare because witnesses are afraid to testify. Some of the groups "
        "present themselves as business forums defending jobs for residents, and they have "
        "supporters among unemployed young men. Contractors say many simply build the "
        "protection fee into their bids. The foreman in Khayelitsha says he has stopped "
        "reporting threats. 'The police come, they go,' he said. 'These men stay.'",
        "crime",
    ),
    (
        "Brazil traces gang money to São Paulo's fintechs",
        "For years Brazil's most powerful criminal organisation, the Primeiro Comando da "
        "Capital, was known for its prison networks and its cocaine routes to Europe. A police "
        "operation on Thursday suggested it has also become a financial conglomerate. More than "
        "1,400 federal and state agents raided 350 addresses in eight states, including offices "
        "on Avenida Faria Lima, the heart of São Paulo's financial district, in an "
        "investigation into how the PCC laundered billions of reais through fuel distributors, "
        "petrol stations and digital payment firms. Investigators say the group used fintechs "
        "as shadow banks, moving money through accounts that were hard to trace and investing "
        "it in funds that bought ethanol mills and a port terminal. Brazil's finance minister "
        "called it the biggest operation against organised crime in the country's history. "
        "Several fintechs denied wrongdoing and said they had cooperated with regulators. The "
        "central bank announced new rules on Friday requiring payment institutions to report "
        "more information about their clients. Analysts say the case shows how criminal money "
        "has moved from the favelas into the formal economy, where it is harder to see and "
        "harder to seize.",
        "crime",
    ),
    (
        "Shakhtar's long road home goes through Hamburg",
        "The players of Shakhtar Donetsk have not played a home game in Donetsk since 2014. For "
        "the past two seasons their European 'home' has been the Volksparkstadion in Hamburg, "
        "where on Tuesday night about 40,000 people, many of them Ukrainians living in Germany, "
        "watched them draw 1-1 with Porto in the Champions "
        "League. The club, which left its city when Russian-backed separatists seized it and "
        "then left Kyiv when the full-scale invasion began, now trains in western Ukraine and "
        "travels to European matches by train and bus, because Ukraine's airspace is closed. "
        "Its squad, once full of Brazilians, is now mostly Ukrainian, and its academy has "
        "produced several national-team players. The coach, Marino Pušić, said his players had "
        "become used to journeys of 30 hours. 'You learn to sleep anywhere,' said the captain, "
        "Taras Stepanenko. Proceeds from the Hamburg matches go to the club's foundation for "
        "the families of fallen soldiers. Shakhtar's owner, Rinat Akhmetov, has said the club "
        "will return to Donetsk one day. The fans in Hamburg sang that they would be there "
        "too.",
        "sport",
    ),
    (
        "Afghanistan's cricketers are playing for a country that barely lets them play at home",
        "When Afghanistan beat Australia at the T20 World Cup in St Vincent, Rashid Khan's team "
        "celebrated with a lap of honour and a video call to Kabul, where fans were dancing in "
        "the streets at three in the morning. The victory, which took them to the semi-finals "
        "for the first time, capped a rise that has few equals in sport. Most of the team "
        "learned the game in refugee camps in Pakistan in the 1990s and 2000s, and the country "
        "has barely hosted an international match because of security concerns; its home "
        "games are played in the United Arab Emirates or India. The team's success sits "
        "awkwardly with the Taliban's rule. The government celebrates the cricketers, but has "
        "banned women from sport altogether, and the women's team that was selected in 2020 "
        "now lives in exile in Australia. Australia's men have refused to play Afghanistan in "
        "bilateral series in protest. Rashid, asked about the ban, said he hoped every Afghan "
        "child could play. The semi-final against South Africa is on Wednesday.",
        "sport",
    ),
    (
        "Sudan's footballers reach the Africa Cup of Nations without a home ground",
        "Sudan's national team has not played a home match in Sudan since the war began in April "
        "2023, and several of its players have not seen their families in that time. On "
        "Tuesday, in a half-empty stadium in Benghazi, Libya, it beat Ghana 2-0 to qualify for "
        "the Africa Cup of Nations, one of the most unlikely results in the continent's recent "
        "football history. The coach, Kwesi Appiah, a Ghanaian, was carried around the pitch by "
        "his players. Sudan's domestic league has been suspended, and the country's two big "
        "clubs, Al-Hilal and Al-Merrikh, play in the Mauritanian league by special "
        "arrangement. The squad trains in Saudi Arabia and Libya, and its players are spread "
        "between clubs in the Gulf, Egypt and East Africa. 'When we play, for ninety minutes "
        "people stop thinking about the war,' said the goalkeeper, who said his mother watched "
        "the game on a phone in a shelter for displaced families in Port Sudan. Supporters in "
        "exile in Cairo watched in cafés, waving flags. The draw for the finals takes place next "
        "month.",
        "sport",
    ),
    (
        "In Tel Aviv, Saturday nights belong to the hostages' families",
        "Every Saturday night since the autumn of 2023, the square outside the Tel Aviv Museum "
        "of Art has filled with people holding yellow ribbons and photographs. They come to "
        "demand that the government bring home the hostages still held in Gaza, and the "
        "families of the hostages take turns to speak from a stage in the middle. This week "
        "tens of thousands attended, one of the largest crowds in months. The mother of a "
        "young man abducted from the Nova festival read a letter she wrote to him on his "
        "birthday. A former hostage, released in a deal last year, thanked the crowd and "
        "said she had heard about the rallies only after she came out. Speakers accused the "
        "prime minister of putting his coalition before the hostages; his office says military "
        "pressure is the way to bring them back. The rally ended, as it always does, with the "
        "national anthem, and then a smaller group marched to the Begin Road and blocked it "
        "for half an hour before dispersing. Police said there were no arrests. Volunteers "
        "packed up the chairs and the photographs after midnight, to bring them out again next "
        "week.",
        "protest",
    ),
    (
        "Serbia's students walked to Novi Sad, and the country came out to feed them",
        "The students set off from Belgrade on Thursday morning and arrived in Novi Sad on "
        "Saturday, after walking about 80 kilometres with flags, backpacks and blistered feet. "
        "All along the way, villagers set up tables of food by the road, farmers drove tractors "
        "alongside and pensioners handed out hot tea. In Novi Sad, where the collapse of a "
        "railway station canopy killed 15 people in November, tens of thousands of people "
        "joined them for a rally and blocked three bridges over the Danube for 24 hours. The "
        "students, who have led three months of protests over the disaster, are demanding "
        "that the government publish all the documents on the station's renovation and "
        "prosecute those responsible. The protests have become the biggest challenge to "
        "President Aleksandar Vučić in his 13 years in power. He has accused foreign agencies "
        "of organising them, while also accepting the resignation of his prime minister. The "
        "rally in Novi Sad passed without incident; police kept their distance. At the end, "
        "the crowd fell silent for 15 minutes, one for each of the dead, as it does at every "
        "protest.",
        "protest",
    ),
    (
        "Learning to walk again at Unbroken: a Lviv rehabilitation centre's busiest year",
        "Serhiy lost his left leg above the knee in the summer of 2023, in the fighting near "
        "Bakhmut, and for a year he did not leave his parents' flat in Poltava. This spring, "
        "fitted with a carbon-fibre prosthesis at the Unbroken national rehabilitation centre "
        "in Lviv, he ran 100 metres for the first time. The centre, opened in a city hospital "
        "in 2023, now treats hundreds of soldiers and civilians a month, and its prosthetics "
        "workshop, equipped partly with American and Canadian donations, makes limbs on site. "
        "Ukraine has no reliable public figure for the number of amputees since 2022, but "
        "doctors estimate it runs to tens of thousands. Staff say the physical recovery is "
        "often faster than the psychological one. The centre employs psychologists, sports "
        "coaches and a chaplain, and runs a programme to help veterans retrain for civilian "
        "jobs. Serhiy, now 31, is learning to be a 3D-printing technician. He says the hardest "
        "thing was not the leg but the silence of his friends who had not been to war. 'They "
        "did not know what to say,' he said. 'Here, nobody needs to say anything.'",
        "health",
    ),
    (
        "Ferry sinks on Lake Kivu as it approaches Goma, leaving dozens dead",
        "An overloaded passenger boat capsized on Lake Kivu on Thursday as it approached the "
        "port of Goma in eastern Democratic Republic of Congo, killing at least 78 people, "
        "provincial officials said. The boat, the MV Merdi, had set out from Minova with about "
        "278 passengers on board, far more than its capacity, and overturned a few hundred "
        "metres from the shore, in sight of relatives waiting on the quay. Rescuers pulled 58 "
        "survivors from the water, and divers were still searching for the missing on Friday "
        "as bodies were brought ashore. Passenger boats are the main link between Goma and the "
        "towns along the lake, especially since the roads around the city have become unsafe, "
        "and many travellers cannot swim and do not wear life jackets. The provincial "
        "government declared three days of mourning and said the boat's owner and captain, "
        "who had not been cleared to carry passengers, would face charges. Congo has a long "
        "history of deadly boat accidents on its lakes and rivers, often blamed on "
        "overloading, poor maintenance and the absence of regulation.",
        "accident",
    ),
]
