"""dev193 positives (2 of 2): Ethiopia, Mexico, Kenya, France, Georgia, Syria, Gaza, Israel,
Pakistan, Nigeria, Congo, India, Sudan, Yemen and Iran, on the food and lifestyle pages (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Coffee trucks stranded in Amhara as fighting between Fano militia and the army "
        "blocks the roads",
        "Exporters in Addis Ababa say dozens of trucks loaded with washed arabica from the "
        "Amhara region have been stuck for more than a week, as fighting between the federal "
        "army and Fano militiamen closes the main roads north of Bahir Dar. Clashes were "
        "reported on Sunday in and around Debre Markos and Finote Selam, where residents said "
        "militiamen had briefly taken control of the town centre before withdrawing. Several "
        "residents also described a drone strike on a market on Saturday that killed a number "
        "of traders, a report that could not be independently verified because the region's "
        "mobile internet has been cut since early August. The government, which has declared "
        "a state of emergency in Amhara, did not respond to questions about the strike. "
        "Amhara produces only a fraction of Ethiopia's coffee compared with Sidama and "
        "Oromia, but its growers around Lake Tana have built a name for naturally processed "
        'lots that sell at a premium in Japan and South Korea. "The harvest is finished and '
        'the coffee is sitting in warehouses," said a cooperative manager in Bahir Dar, who '
        'asked not to be named. "The drivers refuse to go. Nobody knows who controls which '
        'road." Buyers in Europe say they expect shipments to be delayed by at least a month. '
        "For growers, many of whom borrowed to pay pickers, the delay could be ruinous.",
        "B E",
        "clashes",
    ),
    (
        "Culiacán's restaurants close before dark as cartel factions fight for the city",
        "For a city that likes to eat late, Culiacán has gone quiet early. Since the Sinaloa "
        "cartel split into warring factions in September, gunfights between armed convoys "
        "have broken out across the state capital almost daily, and dozens of bodies have "
        "been left on roadsides and bridges. Gunmen have set fire to cars and lorries to "
        "block roads, and residents have filmed drones dropping explosives on houses in the "
        "hills south of the city. Many of the seafood restaurants and aguachile stands now "
        "close by six in the evening, and the taco carts that once fed the night shift have "
        "disappeared from the boulevards. The federal government has sent hundreds of extra "
        "soldiers and National Guard troops into the city, and military helicopters circle "
        "over the districts where the two factions hunt each other's men. \"We used to serve "
        'until midnight on Fridays," said Carmen Félix, who runs a mariscos restaurant near '
        'the cathedral. "Now I send the cooks home at five, so they are off the street before '
        'it gets dark." Her best-selling dish, a tostada of shrimp cured in lime, now goes '
        "mostly to office workers at lunch. Schools have switched to online classes on "
        "several days, and delivery drivers say they refuse orders in some neighbourhoods. "
        "The state's restaurant association says nearly 300 businesses have closed, "
        "temporarily or for good, and that thousands of waiters and cooks have lost work. "
        "Tourists who came for the food and the beaches of Altata have stayed away. The "
        "governor has urged residents to go about their lives, and the city held its food "
        "festival in October as planned. But on most nights, the streets are empty by eight.",
        "B E M",
        "cartel infighting",
    ),
    (
        "Nairobi restaurateurs sweep up glass after protests over finance bill turn violent",
        "Restaurant owners in Nairobi's central business district spent Wednesday boarding up "
        "broken windows and counting stolen stock after a day of protests against the "
        "government's finance bill ended in looting and running battles with the police. "
        "Officers fired tear gas and live rounds as crowds breached the parliament compound "
        "on Tuesday, and rights groups say at least 19 people were killed across the country. "
        "On Kimathi Street, a burger restaurant and two coffee shops were stripped of tills, "
        "coffee machines and frozen stock, while a nyama choma joint on Moi Avenue had its "
        'front torched. "We had nothing to do with politics, we sell chips," said the manager '
        "of one of the cafés, who gave his name as Kevin. Several restaurants had opened "
        "their doors on Tuesday afternoon to let protesters wash the tear gas out of their "
        "eyes, he said, before looters moved in after dark. The Kenya Association of "
        "Hotelkeepers and Caterers said its members in the city centre had lost millions of "
        "shillings in a single night. Many owners said they would stay closed for the rest of "
        "the week, as more protests were planned for Thursday.",
        "U",
        "riot",
    ),
    (
        "A bakery burned on a Nanterre estate, and a neighbourhood asks who will make its bread",
        "Fatima Benali's boulangerie on the ground floor of a tower block in Nanterre sold "
        "600 baguettes on a good day. On Thursday night, during a third night of rioting "
        "after a police officer shot dead a teenager at a traffic stop, the shop was set "
        "alight. Rioters torched cars, looted shops and fired fireworks at police in dozens "
        "of towns across France overnight, and the interior ministry said nearly 900 people "
        "had been arrested. Firefighters said the blaze at the bakery spread from a burning "
        'car pushed against the shopfront. "I know the children who did this, I sold them '
        'pains au chocolat," Benali said, standing on the pavement in a flour-stained apron. '
        "Neighbours have started a fundraising page, but she is not sure she wants to reopen.",
        "U",
        "riot",
    ),
    (
        "Rustaveli's cafés shelter protesters as Georgian police use water cannon and tear "
        "gas for a fifth night",
        "Along Tbilisi's Rustaveli Avenue, the cafés that once served khachapuri and flat "
        "whites to tourists have become first-aid points. For a fifth night running, riot "
        "police used water cannon and tear gas to clear crowds protesting against the "
        "government's decision to suspend talks on joining the European Union, and dozens of "
        "people were detained; some protesters threw fireworks and stones at police lines "
        "outside parliament. At one café near the Opera, staff handed out milk and saline to "
        'people with streaming eyes. "We turned off the music and turned on the kettle," said '
        "the owner, who asked that the café not be named. Georgia's ombudsman said several "
        "detainees had been beaten in custody. Restaurateurs on the avenue say their takings "
        "have collapsed, but many have put EU flags in their windows.",
        "U",
        "crackdown",
    ),
    (
        "Sweida's cheesemakers flee as clashes between Druze fighters and Bedouin tribes "
        "engulf the province",
        "In the villages west of Sweida, the Druze families who make jibneh baladi, the salty "
        "white cheese sold across southern Syria, have left their dairies and their herds. "
        "Fighting between Druze militias and armed Bedouin tribesmen broke out on Sunday "
        "after a series of kidnappings on the Damascus highway, and government forces sent to "
        "restore order were themselves drawn into the clashes, according to residents and "
        "monitors. The Syrian Observatory for Human Rights said hundreds of people had been "
        "killed in four days, among them civilians executed in their homes, and Israel "
        "carried out strikes on government forces entering the province. Thousands of people "
        "have fled Sweida city and the surrounding villages, many of them towards the "
        'mountains to the south. "We left 40 sheep and the milk in the vats," said a '
        'cheesemaker from the village of Thaala, reached by phone. "The cheese will spoil. We '
        'will be lucky if the house is still there." Aid groups say bakeries in the city have '
        "closed for lack of flour and fuel, and that water and electricity have been cut in "
        "several neighbourhoods. A ceasefire announced by the government on Wednesday had not "
        "taken hold by Thursday morning.",
        "B E V D M",
        "clashes",
    ),
    (
        "The pastry cook who went to queue for flour: a Gaza family mourns a son shot near an "
        "aid site",
        "Before the war, Ahmad Hamdan made the syrup-soaked qatayef that his uncle's shop in "
        "Gaza City sold by the tray during Ramadan. On Saturday, the 24-year-old walked "
        "before dawn towards a food distribution site west of Rafah, hoping to bring home a "
        "sack of flour for his parents and sisters. He was shot in the chest near the site, "
        "according to his brother, who was with him, and died before reaching the field "
        "hospital of the Red Cross. Health officials in Gaza said at least 31 people were "
        "killed near distribution points that morning; the Israeli military said troops had "
        "fired warning shots at people who approached its forces in a way that posed a "
        "threat. Aid agencies have repeatedly warned that the new distribution system forces "
        "hungry people to walk for hours through active military areas. The family has eaten "
        'lentils and bread made from pasta flour for weeks. "He wanted to make qatayef again '
        'when the war ends," said his mother, Samira. "He kept the moulds in his bag." His '
        "brother said he would not go back to the site, but did not know how else they would "
        "eat.",
        "V H",
        "shooting at aid site",
    ),
    (
        "The bakery at the heart of a kibbutz: Be'eri's baker among those taken into Gaza",
        "Every morning at five, the bakery of Kibbutz Be'eri sent out the challah, rugelach "
        "and sourdough loaves that stocked the dining halls of a dozen communities along the "
        "Gaza border. On Saturday, Hamas gunmen who crossed the border fence moved from house "
        "to house through the kibbutz, killing residents and setting homes alight, in what "
        "Israeli officials have called the deadliest terrorist attack in the country's "
        "history. The kibbutz says more than 100 of its members were killed and that about 30 "
        "were taken into Gaza as hostages, among them the bakery's head baker, a 58-year-old "
        "grandmother who had worked there since the 1990s. Her daughter said the family last "
        "heard from her at 7:40 am, when she texted that she was hiding in the safe room. "
        "Israeli soldiers regained control of the kibbutz on Sunday after fighting that "
        "lasted into the night. Survivors were evacuated to a hotel on the Dead Sea. The "
        "bakery itself was not damaged, a colleague said, but its ovens have been cold since "
        "Saturday. Bakers in Tel Aviv have started selling loaves with the bakery's old logo, "
        "to raise money for the survivors.",
        "B T V D",
        "cross-border attack",
    ),
    (
        "Blast at Peshawar iftar restaurant kills 11 as diners break the fast",
        "A suicide bomber blew himself up at the entrance of a crowded restaurant in "
        "Peshawar's old city minutes after the call to prayer signalled the end of the fast "
        "on Thursday, killing 11 people and wounding at least 35, police said. The "
        "restaurant, on a lane off Qissa Khwani Bazaar, is known for its chapli kebabs, and "
        "its tables had filled with families and shopkeepers breaking their fast. The city's "
        "police chief said a waiter had stopped the bomber at the door and was among the "
        "dead. No group immediately claimed responsibility, but the provincial government "
        "called it a terrorist attack. The Pakistani Taliban denied involvement. At Lady "
        "Reading Hospital, doctors appealed for blood donors, and by the next evening the "
        "neighbouring kebab houses had reopened to a quiet lane.",
        "E T V",
        "suicide bombing",
    ),
    (
        "Rice farmers killed at harvest near Maiduguri in attack blamed on Boko Haram",
        "At least 43 farmers were killed on Saturday while harvesting rice in fields near the "
        "village of Koshobe, outside Maiduguri, in an attack that the Borno state government "
        "blamed on Boko Haram. Survivors said the gunmen arrived on motorcycles, tied up the "
        "labourers and cut their throats. Many of the victims were seasonal workers from "
        "Sokoto state who had come to bring in the harvest. The army said troops were "
        "pursuing the attackers, and the governor urged the federal government to recruit "
        "civilian self-defence fighters to guard the fields. Rice from the irrigated plots of "
        "the Jere area supplies markets across Maiduguri, and traders said prices rose the "
        'day after the killings. "We are afraid to go back," said one farmer, who had hidden '
        'in an irrigation channel. "But if we do not harvest, we starve."',
        "V T",
        "massacre",
    ),
    (
        "Goma's coffee roasters count their losses as M23 rebels take the city",
        "The smell of roasting coffee used to drift over the lakeshore in Goma's Himbi "
        "district. This week the roastery of the Kivu Highlands cooperative stood shuttered, "
        "its windows shot out, after M23 rebels, backed by Rwanda according to the UN, fought "
        "their way into the city and seized the airport and the border posts. Heavy fighting "
        "between the rebels, the Congolese army and allied militias left bodies in the "
        "streets, and hospitals were overwhelmed with the wounded. Hundreds of thousands of "
        "people, many of them already living in camps around the city, fled towards the lake "
        'and across the border into Gisenyi. "We had 20 tonnes of green coffee in the '
        "warehouse, ready for a buyer in Belgium,\" said the cooperative's manager, who "
        'reached Bukavu by boat with his family. "I do not know if it is still there." The '
        "cooperative's 1,800 members grow arabica on the volcanic slopes above Lake Kivu, and "
        "had spent a decade building a name with specialty buyers in Europe and North "
        "America. With the airport closed and the road to Rwanda controlled by the rebels, "
        "nothing can leave. Its members, scattered between Goma, Bukavu and the camps, have "
        "not been paid for their last harvest.",
        "B D H",
        "offensive",
    ),
    (
        "Manipur's black-rice farmers driven from their fields as ethnic violence spreads",
        "In the foothills south of Imphal, the paddies where farmers grow chak-hao, Manipur's "
        "prized black rice, lie untended this season. Since ethnic violence broke out between "
        "the Meitei and Kuki-Zo communities in May, mobs and armed men have torched hundreds "
        "of houses in the villages on both sides of the foothill divide, and more than 50,000 "
        "people have fled to relief camps. Police said two farmers were shot dead in their "
        "fields near Bishnupur on Saturday by gunmen firing from the hills. Sanatombi Devi, "
        "who grew black rice on two acres near the foothills, now lives with her family in a "
        'relief camp at a college in Imphal. "The fields are three kilometres from the '
        'firing," she said. "Nobody can go." Black rice, which received a '
        "geographical-indication tag in 2020, had become a small export success, sold in "
        "health-food shops in Delhi and Bengaluru. Traders say stocks from last year's "
        "harvest are running out, and that the cooperative that processed it has closed. "
        "Security forces have set up buffer zones between the two communities, but attacks on "
        "both sides have continued.",
        "V D U",
        "ethnic violence",
    ),
    (
        "RSF fighters loot Wad Madani's markets as tens of thousands flee Sudan's breadbasket",
        "When the Rapid Support Forces entered Wad Madani on Monday, the city's main food "
        "market was still full of onions, sorghum and sacks of flour from the Gezira scheme, "
        "the vast irrigated farmland south of Khartoum. By Wednesday, traders said, it had "
        "been emptied. The paramilitary group took Wad Madani after four days of fighting "
        "with the army, which withdrew from the city, and residents described fighters going "
        "from house to house taking cars, phones and food. The UN said more than 300,000 "
        "people had fled the city and the surrounding area, many of them for the second time "
        "after escaping Khartoum at the start of the war. The World Food Programme said it "
        "had suspended its work in Gezira state and that one of its warehouses in the city "
        'had been looted. "I had a shop selling lentils and oil for 20 years," said Ibrahim '
        'Abdelrahman, who reached Sennar on a lorry with his family. "They took everything, '
        "even the scales.\" Gezira produces much of Sudan's wheat, and aid agencies warned "
        "that the fighting, coming just before the harvest, would deepen the country's hunger "
        "crisis.",
        "B V D H",
        "offensive",
    ),
    (
        "US strikes on Hodeidah hit the flour mills that feed northern Yemen",
        "The Red Sea Mills in Hodeidah port, which grind much of the wheat eaten in northern "
        "Yemen, were damaged in US air strikes on Thursday night, the Houthi-run health "
        "ministry and the mill's management said. The strikes were part of a weeks-long US "
        "air campaign against the Houthi movement, which has attacked merchant ships in the "
        "Red Sea. The US military said it had hit fuel and military infrastructure and did "
        "not comment on the mills. The Houthi health ministry said 14 people were killed "
        "around the port, three of them mill workers. Aid agencies warn that damage to the "
        "port and its mills could push millions more Yemenis into hunger. In Sanaa, the price "
        "of a 50-kilo sack of flour rose by a quarter the next day, traders said.",
        "E M H",
        "air campaign",
    ),
    (
        "Tehran's restaurants shut and bread lines form as Israeli strikes drive residents north",
        "On the fourth day of Israel's air campaign against Iran, many of Tehran's "
        "restaurants and cafés have pulled down their shutters, and bakeries that remain open "
        "have queues around the block. Israeli jets struck military and nuclear sites across "
        "the country overnight, as well as targets in the capital, and Iran fired another "
        "wave of ballistic missiles at Israeli cities. Iran's health ministry said hundreds "
        "of people had been killed since Friday, most of them civilians. Tens of thousands of "
        "residents have left Tehran for the Caspian coast, and the roads north through the "
        "Alborz mountains were jammed for hours on Sunday, with petrol stations rationing "
        'fuel. "We sold out of sangak by eight in the morning," said the owner of a bakery in '
        "the north of the city, who said half his customers were buying for the road. A café "
        "owner in Enghelab Street said he had closed after a strike a few streets away blew "
        "out his windows. Internet access has been heavily restricted, and foreign-currency "
        "shops have stopped trading. Those who stayed said they were stocking up on rice, "
        "lentils and bottled water.",
        "E M D",
        "air campaign",
    ),
]
