"""dev193 positives (1 of 2): food, restaurant, wine and coffee stories that report current
organised violence or its direct consequences: Gaza, Sudan, Ukraine, Lebanon, Myanmar,
Syria, Yemen, Afghanistan, Burkina Faso and Haiti (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "The cook of al-Mawasi: Gaza charity kitchen mourns chef killed by drone as the "
        "lentils boiled",
        "Mahmoud Abu Shamala had been stirring the morning's lentils for nearly three hours "
        "when the drone struck. The 41-year-old, who ran one of the biggest takiyas, or "
        "charity kitchens, in the tent camps of al-Mawasi, was killed on Tuesday along with "
        "two teenage volunteers who were feeding firewood into the stove, witnesses told Al "
        "Jazeera. Eleven people waiting in line with plastic buckets were wounded, according "
        "to medics at Nasser Hospital in Khan Younis. The Israeli military said it had "
        "targeted a militant in the area and that the incident was under review. Before the "
        "war, Abu Shamala cooked maqluba and sumagiyyeh for weddings in Rafah, where he owned "
        "a small catering business. After his family was displaced for the fourth time in "
        "May, he began cooking for the families sheltering around him, first with a single "
        "pot and later with money sent by a diaspora network in Chile and Germany. On a good "
        "day the kitchen handed out about 3,000 portions, mostly rice or lentils, sometimes "
        'with a few tins of peas. "He tasted every pot before it went out, even when there '
        'was nothing to taste," said his nephew Yousef. By the afternoon, volunteers had '
        "scraped the spilled lentils from the sand and relit the fire. The queue formed again "
        "before the water boiled.",
        "E V H D",
        "drone strike",
    ),
    (
        "Chefs dim their dining rooms from Washington to Dubai after aid cooks are killed in "
        "Gaza strike",
        "Restaurants in at least a dozen cities turned down their lights on Thursday night in "
        "memory of five kitchen workers killed in Gaza on Monday, when an Israeli air strike "
        "hit their convoy as it left a warehouse in Deir al-Balah. The two cars, marked on "
        "the roof with the logo of the charity Common Table Kitchens, had just unloaded "
        "flour, rice and canned chickpeas brought in by sea, the organisation said. Among the "
        "dead were a Palestinian driver and cook, a British security adviser, a Canadian "
        "volunteer and a Polish logistics coordinator. The Israeli military called the strike "
        "a serious mistake and said a general-staff inquiry would report within days. The "
        "charity has suspended its work in Gaza, where it had been serving hot meals through "
        "more than 60 community kitchens, and a vessel carrying a further load of food has "
        "turned back to Larnaca. In London, the charity's co-founder, the chef Leila Haddad, "
        "read the five names aloud to her staff before service at her restaurant in "
        'Marylebone. "They were cooks, drivers and dishwashers," she said. "They went there '
        'to feed people, and they were killed for it." Aid agencies warned that the pause '
        "would be felt hardest in northern Gaza, where doctors have reported children dying "
        "of malnutrition. Several chefs said they would donate Thursday's takings to the "
        "families.",
        "E V H",
        "air strike on aid convoy",
    ),
    (
        "Shells hit Omdurman soup kitchen as volunteers served breakfast, killing five",
        "Volunteers at a community kitchen in the Sudanese city of Omdurman were ladling out "
        "ful, the stewed fava beans that have become the city's lifeline, when shells landed "
        "in the courtyard on Saturday morning. Five people were killed, among them two "
        "volunteers, and at least 19 were wounded, according to the local Emergency Response "
        "Room that runs the kitchen. The group blamed the paramilitary Rapid Support Forces, "
        "which have been shelling army-held parts of the city from positions across the Nile "
        "for weeks; the RSF did not respond to a request for comment. The kitchen, in the "
        "Ombada district, fed roughly 1,200 people a day, many of them families who had fled "
        "the fighting in Khartoum's eastern neighbourhoods and now sleep in schools nearby. "
        "It is one of hundreds of takaya run by neighbourhood volunteers since the war "
        "between the army and the RSF broke out in April 2023, and for many households it "
        "provides the only hot meal of the day. Aid groups say the kitchens have been hit "
        'repeatedly, and several volunteers have been detained by both sides. "We will cook '
        'again tomorrow, but we do not know where," said Amna, a volunteer who asked that '
        "only her first name be used. A UN spokesperson condemned the attack and called on "
        "both sides to let food reach the city.",
        "E V H D",
        "shelling",
    ),
    (
        "Russian shell hits bread queue outside Kherson bakery, killing three",
        "Three people were killed and six injured on Friday morning when a Russian artillery "
        "shell struck a queue outside a bakery in Kherson's Dniprovskyi district, the "
        "regional military administration said. Residents had been waiting for the shop to "
        "open at eight, when it starts selling the subsidised loaves that many pensioners in "
        "the riverside city now rely on. Photographs released by the administration showed "
        'bread trays scattered across the pavement. "People line up here every morning '
        'because there is nowhere else close by," said Halyna, 67, who was further back in '
        "the line and was not hurt. Kherson is shelled almost daily from Russian positions on "
        "the left bank of the Dnipro, a few kilometres away. The bakery's owner said he would "
        "reopen on Monday, but would ask customers to wait in the courtyard rather than on "
        "the street.",
        "E V",
        "artillery strike",
    ),
    (
        '"We pick between the alarms": Ukrainian winery hit by drones in the middle of harvest',
        "The grapes were already in the crates when the first drone came down. Russian attack "
        "drones struck the outbuildings of Bereh Estate, a family winery outside Mykolaiv, "
        "before dawn on Wednesday, destroying a storage hall and about 40,000 bottles of last "
        "year's wine, its owners said. No one was killed, but a night watchman was treated "
        "for shrapnel wounds, according to regional officials. The attack came at the height "
        "of the harvest, when about 30 pickers work the rows of rkatsiteli and cabernet every "
        'morning. "We pick between the air-raid alarms," said the winemaker Iryna Bondar, '
        "whose father planted the first vines in 2008. Southern Ukraine's winemakers have "
        "worked under fire since the full-scale invasion: vineyards near the front have been "
        "mined, and many growers on the Kherson side of the river have lost their land "
        "altogether. Bondar said the press and the fermentation tanks had survived, and that "
        "the estate would try to finish picking by the weekend. The regional governor said "
        "air defences had shot down most of the 27 drones launched at the region overnight. "
        "The estate's sauvignon blanc, which Bondar began exporting to Poland and the Baltic "
        "states last year, will be late but not lost, she said.",
        "E",
        "drone strike",
    ),
    (
        "In the Bekaa, vintners race to bring in the grapes as Israeli strikes edge closer",
        "Pickers at Domaine Mar Elias, a small winery on the western slopes of the Bekaa "
        "valley, were sent home at noon on Monday after Israeli air strikes hit several "
        "villages around Baalbek, some 40 kilometres to the north. By evening, cars loaded "
        "with mattresses were crawling west on the Beirut road, and the winery had opened its "
        "guesthouse to three families from Brital whose street had been struck. Israel said "
        "it was hitting Hezbollah weapons depots and launchers across the valley, and the "
        "health ministry reported dozens of deaths across the country that day. For Lebanon's "
        "winemakers, the harvest has always been bound up with the country's wars: the "
        "valley's older growers still talk about the vintages of 1982 and 2006. This year the "
        'grapes came in early, in a heatwave, and the strikes arrived with them. "We have '
        'maybe a week of syrah left on the vines," said the owner, Georges Maalouf, who '
        'worked in Bordeaux before returning to the family land. "If the pickers do not come '
        'back, it stays there." Many of the Syrian seasonal workers who usually pick in the '
        "Bekaa have left for their tents near Zahle or crossed back into Syria. Maalouf said "
        "he would pick at dawn with his family and anyone who wanted to help.",
        "E D",
        "air strikes",
    ),
    (
        "Myanmar jet bombs village tea shop in Sagaing as farmers gather to watch football",
        "A Myanmar military jet dropped two bombs on a tea shop in a village in Sagaing "
        "region on Sunday night, killing at least 14 people who had gathered to watch a "
        "Premier League match on the shop's television, residents and a local resistance "
        "group said. The tea shop in Ma Taw village, about 60 kilometres west of Monywa, was "
        "one of the few places in the area with a generator and a satellite dish, and it "
        "filled up every weekend with farmers drinking laphet yay, the country's sweet milky "
        'tea. "There were no soldiers there, only farmers and boys from the village," said a '
        "38-year-old man who lost his brother and asked not to be named for fear of "
        "reprisals. Photographs shared by residents showed the roof collapsed over plastic "
        "stools and blackened kettles. A junta spokesman did not answer calls; state media "
        'said the air force had struck "terrorist" positions in the township. Sagaing has '
        "been a stronghold of resistance to the army since the 2021 coup, and the military "
        "has relied increasingly on air strikes against villages it cannot reach by road. The "
        "shop's owner, a widow who had run it for two decades, survived with burns to her "
        "arms, neighbours said. Villagers buried the dead the next morning, before dawn, to "
        "avoid the jets.",
        "E V",
        "air strike",
    ),
    (
        "Idlib's bakers load their ovens onto trucks as the bombs chase them north",
        "For 11 years Abu Ahmad's bakery in Maarat al-Numan sold flatbread to half the town. "
        "On Monday, after a Russian air strike destroyed the building next door, he took "
        "apart his oven, loaded the pieces onto a borrowed truck and drove north with his "
        "wife and five children towards the Turkish border. He is one of hundreds of "
        "thousands of people who have fled the Syrian government's offensive in Idlib "
        "province since December, in what the UN calls the largest single displacement of the "
        "nine-year war. Bakeries have been hit again and again: local rescuers say at least "
        'four were struck in the southern countryside in the past month alone. "They know '
        'that where there is bread, there are people," Abu Ahmad said by phone from a field '
        "near Sarmada, where his family now sleeps in a tent. Aid groups say the camps along "
        "the border have run out of space, and that flour, fuel and blankets are running "
        "short as temperatures fall below freezing at night. The World Food Programme said it "
        "was trucking in bread and ready-to-eat rations, but that supplies could not keep "
        "pace with the arrivals. Abu Ahmad hopes to rebuild his oven in Sarmada and bake for "
        'the camp. "People still need bread," he said. "Wherever they are."',
        "E V M D H",
        "air strike",
    ),
    (
        "In besieged Taiz, bakers burn furniture as fighting shuts the city's last road",
        "The queue outside the al-Hurriya bakery in central Taiz begins before the dawn call "
        "to prayer. It is one of the few bakeries still working in Yemen's third-largest "
        "city, where Houthi fighters have blockaded the centre for months and clashes with "
        "pro-government forces flare along the front lines every night. Cooking gas has not "
        "reached the city since the summer, so the bakers burn whatever wood they can buy, "
        "including doors and old furniture. Flour comes in on the backs of donkeys and "
        "porters along a mountain track to the south, the only route still open, where "
        "snipers have shot several people carrying supplies in recent weeks, residents said. "
        "A 50-kilo sack of flour now costs more than three times what it did a year ago. "
        "Doctors at al-Thawra hospital say they are seeing more children with malnutrition, "
        'and the hospital itself has been shelled twice this month. "We bake for whoever '
        "comes until the flour runs out,\" said the bakery's owner, Abdulrahman al-Sharabi. On "
        "Tuesday it ran out at nine in the morning. The UN has called for a humanitarian "
        "corridor into the city, but talks between the warring sides have so far come to "
        "nothing.",
        "B E V H",
        "siege",
    ),
    (
        "Nabatieh's oldest sweet shop, where three generations made knefeh, destroyed in "
        "Israeli strike",
        "The Hajj Ali sweet shop in Nabatieh's old market survived the civil war, the Israeli "
        "occupation of the south and the 2006 war. It did not survive Saturday night. An "
        "Israeli air strike that hit the market shortly after 9 pm destroyed the shop and "
        "several buildings around it and set fire to rows of stalls, according to the "
        "state-run National News Agency and footage filmed by residents. The Israeli army "
        "said it had struck Hezbollah targets in the town, without giving details. No "
        "casualties were reported in the market itself, which had largely emptied after "
        "residents fled north when the bombing of southern Lebanon intensified in late "
        "September. The shop's owner, Ali Jaber, who left for Beirut with his family two "
        "weeks ago, learned of the strike from a neighbour's video. \"My grandfather opened it "
        'in 1952," he told L\'Orient Today. "The knefeh trays are still in there, under the '
        'stones." The municipality said more than 40 shops in the souk had been damaged or '
        'destroyed. Jaber says he will rebuild when he can go back. "But first it has to '
        'stop," he said.',
        "E D",
        "air strike",
    ),
    (
        "Beirut's restaurant kitchens turn into canteens for families fleeing the south",
        "By ten in the morning, all six burners at Dar Nour, a small restaurant in Beirut's "
        "Mar Mikhael district, are crowded with pots of mujaddara and chicken with freekeh. "
        "None of it is for paying customers. Since Israel widened its air campaign against "
        "Hezbollah last week, hundreds of thousands of people have fled the south, the Bekaa "
        "and Beirut's southern suburbs, and the restaurant has become one of dozens across "
        'the city cooking for families sleeping in schools, churches and on the seafront. "We '
        'do 900 meals a day now, on a stove built for 60 covers," said the chef and owner, '
        "Rania Khoury. Volunteers collect the meals in the afternoon and drive them to a "
        "public school in Achrafieh that now shelters 140 people, most of them from villages "
        "around Tyre. Strikes on the southern suburbs went on through the night, and the "
        "blasts could be heard from the restaurant's terrace. Donations come from Lebanese "
        "abroad and from other restaurants: a bakery in Gemmayzeh sends bread, and a wine bar "
        "that closed for the season has handed over its fridges. Khoury said she worried "
        'about how long the money would last. "This is not a week," she said. "We are cooking '
        'for a war."',
        "E M D H",
        "displacement",
    ),
    (
        "Kharkiv burger bar hit by Russian glide bomb at dinner time, killing a cook and two "
        "diners",
        "A Russian glide bomb struck a busy burger restaurant in Kharkiv's Saltivka district "
        "on Thursday evening, killing a cook and two customers and injuring at least 23 "
        "people, the city's mayor said. The restaurant, Big Bun, had become one of the few "
        "places in the battered northern district where families still went out to eat. Video "
        "posted by the emergency services showed firefighters dragging tables and a twisted "
        'menu board out of the burning ruins. "It was Thursday, burger night, the busiest '
        'evening of the week," said the manager, who was outside taking a delivery when the '
        "bomb landed. The cook, 26-year-old Dmytro Levchenko, had worked there since it "
        "reopened in 2023. The mayor called it a deliberate attack on people having dinner.",
        "E V",
        "guided bomb strike",
    ),
    (
        "Tea sellers of Zamzam camp keep their kettles going as shelling and famine close in",
        "Under a plastic sheet at the edge of Zamzam camp, Hawa Adam sets out her thermos "
        "flasks, a tin of sugar and a jar of cinnamon sticks every morning, as she has since "
        "she fled her village in North Darfur two decades ago. These days she sells fewer "
        "than 30 glasses a day. Shells fired by the Rapid Support Forces landed in the camp's "
        "central market on Sunday, killing at least eight people and wounding dozens, "
        "according to the aid group that runs the camp's last field clinic. The RSF, which "
        "has besieged nearby El Fasher for months, denies targeting civilians. In August a "
        "UN-backed panel of experts concluded that famine conditions were present in Zamzam, "
        "home to about half a million displaced people, many of whom arrived this year from "
        "El Fasher. Sugar now costs five times what it did before the siege, and millet has "
        "all but disappeared from the market stalls, traders said. The women who sell tea and "
        "coffee in Sudan's markets, known as sitat al-shai, have long been among the "
        "country's poorest workers, and in Zamzam many are widows feeding children on what "
        "they earn. Hawa Adam's husband was killed in 2004, and her son left for Libya three "
        "years ago. Aid convoys have not reached the camp for weeks because of fighting on "
        "the roads from Tawila and Chad, and the last shipment of therapeutic food for "
        'malnourished children ran out in October. "People still come for tea, because it is '
        'the only warm thing they have," she said. Some of her customers have begun to leave '
        "for Tawila, on foot, with whatever they can carry. The walk takes two days, and the "
        "road passes through areas where people have been robbed and beaten by armed men. "
        "Hawa Adam says she will stay as long as there is sugar to sell.",
        "E V D H",
        "shelling of displacement camp",
    ),
    (
        "Bomb at Kabul noodle restaurant popular with Chinese traders kills six; Islamic "
        "State claims attack",
        "A bomb exploded inside a hand-pulled noodle restaurant in Kabul's Shahr-e Naw "
        "district at lunchtime on Monday, killing six people, including a Chinese national, "
        "and wounding at least 12, the Taliban's interior ministry said. The restaurant, run "
        "by a Muslim family from China's Ningxia region, was popular with Chinese traders and "
        "workers from nearby mines and had been serving lamian and cumin lamb to Kabul office "
        "workers since 2022. Islamic State Khorasan Province said in a statement on its Amaq "
        "news agency that one of its members had carried out the attack, which it said "
        'targeted Chinese "infidels". The Taliban\'s spokesman called it a cowardly act and '
        "said the attacker had been carrying explosives in a bag. Witnesses described a blast "
        "that blew out the front windows and sent diners running into the street. China's "
        "embassy urged its citizens to stay away from public places and called on the Taliban "
        "to protect Chinese businesses. It is the latest in a series of attacks on foreigners "
        "and on Shia Afghans claimed by the group since the Taliban returned to power in "
        "2021. Shop owners on the street pulled down their shutters for the rest of the day.",
        "E T V",
        "suicide bombing",
    ),
    (
        "Ouagadougou's café society shaken as jihadists storm a patisserie on the capital's "
        "main avenue",
        "The Café Sahel on Kwame Nkrumah Avenue was where Ouagadougou's civil servants, aid "
        "workers and students went for croissants and espresso in the evening. On Friday "
        "night, gunmen walked in and opened fire on the terrace, then set cars alight outside "
        "and moved into a hotel across the street, where they held out until Burkina Faso's "
        "special forces, backed by French troops, stormed the building before dawn. At least "
        "29 people were killed, from 18 countries, the government said. Al-Qaeda in the "
        "Islamic Maghreb claimed the attack through its Mauritanian news outlet, naming three "
        "attackers who were killed in the assault. The café's Burkinabe owner, who was in the "
        "kitchen when the shooting began, hid with a pastry cook in a storeroom for more than "
        "two hours, a friend said. Among the dead was a waiter who had worked on the terrace "
        "for seven years. The interior minister called the attack a terrorist act and "
        "declared three days of national mourning. By Saturday afternoon the avenue, usually "
        "jammed with mopeds, was closed to traffic, and soldiers stood outside the blackened "
        'shopfronts. "This was the place where everyone met," said a regular, a teacher who '
        "had left an hour before the attack.",
        "B T V M",
        "terrorist attack",
    ),
    (
        "Gangs torch a Port-au-Prince food market as vendors flee Viv Ansanm's advance",
        "The market women of Croix-des-Bossales have sold plantains, charcoal and dried fish "
        "in the same sheds for generations. On Tuesday night, gunmen from the Viv Ansanm gang "
        "coalition set fire to the market after a day of fighting with police around the "
        "port, and by morning the rows of stalls were ash. Residents said the gunmen went "
        "house to house in the surrounding streets, shooting at people who tried to put out "
        "the fires, and that at least nine people were killed. The police said officers had "
        "pushed the gangs back from the port gates but could not hold the market. More than "
        "3,000 people fled the area overnight, according to the International Organization "
        "for Migration, many of them to a school in Delmas that was already sheltering "
        'families displaced by earlier attacks. "I had goods worth three months of work in '
        'there," said Marie-Ange Joseph, who sells rice and beans. She left with her two '
        "grandchildren and a plastic basin of onions. Vendors say the market supplied street "
        "cooks and restaurants across the capital, and the price of charcoal rose sharply the "
        "next day. Gangs now control most of Port-au-Prince, and the Kenyan-led security "
        "mission has struggled to take back ground.",
        "B V D",
        "gang offensive",
    ),
]
