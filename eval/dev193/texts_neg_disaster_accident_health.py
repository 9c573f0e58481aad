"""dev193 hard negatives: disasters, accidents and health scares in food and wine country
(eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "After the earthquake, the bread ovens of the High Atlas are the first thing rebuilt",
        "In the villages of the High Atlas hit by Morocco's earthquake, the clay bread ovens "
        "that stood outside every home were among the first things families rebuilt. The "
        "quake, with a magnitude of 6.8, killed nearly 3,000 people and left tens of "
        "thousands homeless, many of them in mountain villages of mud-brick houses that "
        "collapsed in seconds. In the village of Tinmel, women have rebuilt three ovens from "
        "stones and clay, and bake khobz for the whole village in the mornings, beside the "
        "tents where families now live. Army helicopters and trucks delivered tents and flour "
        "in the first weeks, and soldiers cleared the rockfalls that had cut the road from "
        "Marrakech. The government has promised grants to rebuild houses, paid in instalments "
        'as the work goes on. "We can live in a tent, but we cannot live without bread," said '
        "one woman, kneading dough on a plastic sheet. The village's cooperative, which sold "
        "walnuts and saffron to shops in Marrakech, lost its storeroom and most of last "
        "year's harvest. Aid groups are worried about the coming winter, when snow cuts off "
        "some of the valleys for weeks. The Marrakech restaurants that buy saffron and argan "
        "oil from the region have set up funds to help the villages, and several chefs have "
        "pledged to buy the cooperative's next harvest in advance.",
        "disaster",
    ),
    (
        "Napa wineries count the cost as wildfires sweep through wine country at harvest",
        "Wildfires driven by strong winds swept through California's Napa and Sonoma counties "
        "overnight, destroying homes and at least a dozen wineries at the height of the grape "
        "harvest. Tens of thousands of people have been ordered to evacuate, and the state "
        "has sent firefighters and National Guard troops to help. At one family winery on the "
        "Silverado Trail, the tasting room and barrel store were reduced to ash, though the "
        "vines themselves, green and full of sap, largely survived. Winemakers say much of "
        "the harvest was already in, but they worry that smoke could taint the grapes still "
        'on the vines. "We\'ve lost the building, but the wine in the tanks is fine," said the '
        "owner, who spent the night hosing down the roof of his house. The fires have killed "
        "at least 11 people, and hundreds remain unaccounted for. Restaurants in the town of "
        "Napa have been cooking for firefighters and evacuees.",
        "disaster",
    ),
    (
        "Valencia's paella kitchens dig out the mud after the flood",
        "In the towns south of Valencia hit by the flash floods of late October, some of the "
        "region's best-known rice restaurants are still shovelling mud out of their kitchens. "
        "The floods, caused by torrential rain from a storm system known as a DANA, killed "
        "more than 200 people in the Valencia region and swept away cars, bridges and homes. "
        "In Paiporta, one of the worst-hit towns, a family restaurant that has made paella "
        "valenciana over orange-wood fires for three generations lost its kitchen, its cold "
        "store and its stock of bomba rice. Thousands of volunteers, soldiers and emergency "
        "workers have helped to clear the streets, and the army set up field kitchens to feed "
        'residents in the first week. "The water came up to here," said the owner, pointing '
        "to a line on the tiles above her shoulder. The rice fields of the Albufera lagoon "
        "nearby were also flooded, and farmers fear that the mud and debris will affect next "
        "year's planting. Chefs from across Spain have organised benefit dinners, and the "
        "regional government has promised grants for businesses. The restaurant hopes to "
        "reopen in the spring.",
        "disaster",
    ),
    (
        "Cyclone Gabrielle floods Hawke's Bay vineyards weeks before harvest",
        "Cyclone Gabrielle has flooded vineyards and orchards across New Zealand's Hawke's "
        "Bay region, burying vines in silt and washing away fences and sheds weeks before the "
        "grape harvest, growers said. The storm, the worst to hit the country in decades, "
        "killed at least 11 people and forced thousands from their homes, and the government "
        "declared a national state of emergency. In the Esk Valley, several wineries were "
        "inundated, with water rising above the barrels in their cellars. One producer said "
        "he had lost his entire crop of chardonnay and syrah, and was not sure the vines "
        "would recover. Apple and pear growers nearby have also been badly hit. Defence force "
        "helicopters have been used to rescue residents and deliver supplies to cut-off "
        "communities. The region's winemakers' association has set up a fund to help growers "
        "replant. Restaurants in Napier and Hastings, which rely on wine tourism in the "
        "autumn, said bookings had collapsed, and several have been cooking for evacuees and "
        "for crews clearing the roads. The government has promised a recovery package for "
        "farmers and growers, but officials warned that some land might never be replanted.",
        "disaster",
    ),
    (
        "Gas explosion at barbecue restaurant in Yinchuan kills 31",
        "A gas explosion ripped through a barbecue restaurant in the city of Yinchuan in "
        "north-west China on Wednesday evening, killing 31 people and injuring seven, state "
        "media reported. The blast happened as diners gathered on the eve of the Dragon Boat "
        "Festival, and footage showed smoke pouring from the shattered front of the "
        "two-storey building. Officials said a leak from a liquefied petroleum gas tank was "
        "the likely cause. President Xi Jinping ordered a nationwide safety overhaul, and the "
        "city's authorities said staff at the restaurant had been detained. Relatives of the "
        "dead gathered at a hospital, some complaining that they had not been given "
        "information. The restaurant had passed a fire inspection earlier in the year, local "
        "media said. The disaster has raised questions about the use of gas cylinders in "
        "restaurants across the country.",
        "accident",
    ),
    (
        "Fire in Karachi bakery kills five workers sleeping above the ovens",
        "Five workers were killed when fire broke out in a bakery in Karachi's "
        "Gulshan-e-Iqbal area before dawn on Sunday, police and rescue officials said. The "
        "men, all from Khyber Pakhtunkhwa and aged between 18 and 30, had been sleeping in a "
        "room above the bakery's ovens and were trapped when the stairway filled with smoke. "
        "Firefighters said the fire appeared to have started from an electrical short circuit "
        "and spread quickly through stocks of flour, oil and packaging. The bakery, which "
        "supplies bread and rusks to shops across the neighbourhood, had no fire exit, "
        "officials said. The owner was taken into custody for questioning. Workers' rights "
        "groups say many Karachi bakeries and small factories house their staff on the "
        "premises in dangerous conditions. The bodies were sent home to their families in "
        "Swat and Dir.",
        "accident",
    ),
    (
        "Three killed as gas truck explodes near Nairobi market, setting stalls and homes on fire",
        "A lorry carrying cooking gas exploded near a market in Nairobi's Embakasi district "
        "late on Thursday, killing three people and injuring more than 270, the government "
        "said. The explosion sent a fireball into the air and set fire to a warehouse where "
        "gas cylinders were being refilled, as well as to stalls, homes and vehicles nearby. "
        "Many of the injured were traders and residents who had been eating at food kiosks "
        "along the road. Officials said the warehouse was operating illegally and had been "
        "refused a licence several times. Police have arrested the owner. The government "
        "promised to pay medical bills and rebuild the market. Kenya's energy regulator said "
        "it would close other gas refilling sites operating without permits. Traders at the "
        "market, which sells vegetables, fish and second-hand clothes, said they had "
        "complained for months about the lorries parked in the warehouse yard. On Friday, "
        "families searched the charred stalls for anything they could save, and the Kenya Red "
        "Cross set up a tent to trace missing relatives.",
        "accident",
    ),
    (
        "Listeria outbreak linked to raw-milk cheese leaves two dead in France",
        "French health authorities have ordered the recall of several batches of a raw-milk "
        "brie after an outbreak of listeriosis that has killed two people and made at least "
        "12 others ill. Santé publique France said the cases, in six regions, had been linked "
        "to cheese made by a small dairy in Seine-et-Marne. Pregnant women, older people and "
        "those with weakened immune systems are most at risk from listeria, which can cause "
        "meningitis and miscarriage. The dairy said it had stopped production while "
        "inspectors examined its equipment. Shoppers who bought the cheese have been told to "
        "throw it away or return it. Food safety experts said outbreaks linked to raw-milk "
        "cheeses were rare but that the cheeses were not recommended for vulnerable people. "
        "Cheesemakers' groups warned against a backlash against traditional products. France "
        "produces more than 200 raw-milk cheeses, many of them protected by designations of "
        "origin, and producers say strict hygiene checks make outbreaks uncommon. The health "
        "agency said most of the people who fell ill had eaten the cheese in late December, "
        "during the holiday season, and that new cases could still appear for several weeks "
        "because of the illness's long incubation period.",
        "health",
    ),
    (
        "Japan orders recall as red yeast rice supplement is linked to kidney deaths",
        "Japan's health ministry has ordered Kobayashi Pharmaceutical to recall supplements "
        "containing red yeast rice after the company reported that several people who took "
        "them had died of kidney disease and more than 100 had been treated in hospital. The "
        "supplements, marketed for lowering cholesterol, were made with beni koji, a red "
        "mould used in Japanese and Chinese cooking and in some sake and miso. Investigators "
        "found a compound called puberulic acid in some batches, which they believe was "
        "produced by another mould that contaminated the factory. Food makers who had used "
        "the company's beni koji as a colouring in crackers, sake and bread have also "
        "recalled their products. The health minister said the government would review the "
        "rules on health-claim foods. Shares in the company have fallen sharply since the "
        "recall began.",
        "health",
    ),
]
