"""dev362 negatives with the desk's war words used loosely or the emergency without an enemy:
fires, floods and cyclones; the 'war' on drugs and on inflation; parades, drills and patrols."""

NEGATIVES = [
    (
        "Gironde: the Landiras fire is not under control, 16,000 people evacuated",
        "The two fires that have been ravaging the forests of the Gironde for a week had burned "
        "more than 19,000 hectares by Tuesday evening, according to the prefecture. Near "
        "Landiras and around the dune of Pilat, at La Teste-de-Buch, more than 1,700 firefighters "
        "supported by water bombers are fighting flames fanned by a dry wind and temperatures "
        "above 40C. 'It is a war against the fire, and for the moment the fire is winning,' "
        "said an officer of the departmental fire service. Some 16,000 people have been "
        "evacuated since the start of the disaster, including campers from five campsites in "
        "the Pyla area, and gymnasiums have been turned into reception centres. No casualties "
        "have been reported apart from a few firefighters slightly injured. The interior "
        "minister announced reinforcements from other departments and from Greece. An "
        "investigation has been opened to determine the cause of the fire at Landiras.",
        "disaster",
    ),
    (
        "Pas-de-Calais: the flooding continues, hundreds of homes evacuated in the Aa valley",
        "The waters have not receded. For the second time in a week, the rivers of the "
        "Pas-de-Calais burst their banks on Tuesday after new heavy rainfall, and the "
        "prefecture kept the department on red flood alert. In Blendecques, Arques and "
        "Saint-Omer, residents who had just started cleaning up saw the water return to their "
        "ground floors. Around 1,200 people have been evacuated, some by boat, and more than "
        "200 municipalities have been declared natural disaster zones. Soldiers of the "
        "3rd Engineer Regiment were deployed to reinforce dykes and distribute sandbags. "
        "'We have been fighting for ten days, people are exhausted,' said the mayor of Arques. "
        "The Prime Minister promised an emergency fund of 50 million euros for affected "
        "households and farmers. Meteo-France forecasts a slight improvement from Thursday.",
        "disaster",
    ),
    (
        "Storm Alex: the Roya and Vesubie valleys cut off from the world, eight people missing",
        "Bridges swept away, roads torn apart, houses collapsed into the river: the valleys of "
        "the Roya, the Vesubie and the Tinee, in the hinterland of Nice, were devastated by the "
        "passage of Storm Alex on Friday night. Up to 500 millimetres of rain fell in less than "
        "24 hours in places, a level not seen in the region for centuries. Two firefighters "
        "were swept away with their vehicle in the Vesubie, and at least eight people are "
        "missing, according to the prefecture of the Alpes-Maritimes. Several hundred "
        "residents cut off from the world in Saint-Martin-Vesubie, Tende and Breil-sur-Roya "
        "were evacuated by helicopters of the civil security and the army. Soldiers dropped "
        "food, water and fuel in villages without electricity. The President is due to visit "
        "the area on Wednesday. Insurers estimate the damage at several hundred million "
        "euros.",
        "disaster",
    ),
    (
        "Mayotte after Cyclone Chido: curfew, soldiers and water distributions",
        "Four days after the passage of Cyclone Chido, the most violent to have hit Mayotte "
        "for almost a century, the archipelago is struggling to get back on its feet. The "
        "official toll stands at 35 dead and more than 2,500 injured, but the prefect fears "
        "'several hundred, even several thousand' victims in the shanty towns swept away by "
        "winds of more than 220 kilometres an hour. A curfew has been imposed from 10 p.m. to "
        "4 a.m. to prevent looting of shops, and some 1,300 soldiers, police and civil "
        "security staff have been sent from Reunion and mainland France. Drinking water is "
        "the priority: the army is distributing bottles in Mamoudzou and Petite-Terre, where "
        "the queues stretch for hundreds of metres. 'We have nothing left, not even a roof,' "
        "said a mother in the Kaweni district. The hospital, partially flooded, is working "
        "with a field hospital set up by the military health service.",
        "disaster",
    ),
    (
        "Forest fires: more than 25,000 Quebecers evacuated, the army called in",
        "The forest fires raging in Quebec continued to spread on Wednesday, forcing the "
        "evacuation of more than 25,000 people, mainly in the Abitibi and the Cote-Nord. The "
        "whole town of Sept-Iles was placed on alert, and the residents of Chibougamau were "
        "ordered to leave their homes in the evening, with convoys of buses towards Roberval. "
        "Some 150 fires were active across the province, including a hundred 'out of control', "
        "according to the forest fire protection society SOPFEU. The premier asked Ottawa for "
        "help, and the Canadian Armed Forces will send several hundred soldiers to support "
        "firefighters on the ground. Smoke from the fires reached Montreal, where air quality "
        "warnings were issued. 'We have never seen a season start like this,' said a forestry "
        "engineer reached by La Presse. Firefighters from France and the United States are "
        "expected at the weekend.",
        "disaster",
    ),
    (
        "Floods in Liege province: at least 20 dead, Pepinster and Verviers devastated",
        "The toll of the floods that hit eastern Belgium on Wednesday and Thursday has risen to "
        "at least 20 dead, the interior minister said on Friday, and around 20 people are "
        "still missing. In Pepinster, where the Vesdre rose by several metres in a few hours, "
        "entire rows of houses collapsed, and residents spent the night on their roofs "
        "waiting for rescue. Helicopters of the army and civil protection carried out dozens "
        "of winchings. In Verviers, Chaudfontaine and Liege itself, more than 20,000 people were "
        "evacuated, according to the governor of the province. 'It is a war landscape,' said the "
        "mayor of Pepinster, standing in front of the mud. The government has declared a day "
        "of national mourning and requested assistance from the European civil protection "
        "mechanism. The Royal Meteorological Institute speaks of rainfall never recorded "
        "since measurements began.",
        "disaster",
    ),
    (
        "'We are in a war against drug trafficking': the interior minister unveils his plan",
        "The government has declared war on drug trafficking. Speaking at the prefecture of "
        "Marseille on Friday, the interior minister presented a plan which he described as "
        "'a general mobilisation', with the creation of a national prosecutor's office for "
        "organised crime and high-security prisons for the hundred most dangerous traffickers. "
        "'The narco-traffickers have declared war on the Republic; we will answer them with "
        "the full force of the state,' he said, using a vocabulary borrowed from the fight "
        "against terrorism. The bill, supported by the senators, would also create a status "
        "of 'repentant' for informants. The left accuses the minister of 'communication' and "
        "points out that the 'XXL' operations of his predecessor had not stopped the selling "
        "points from reopening. Magistrates' unions fear that the new prosecutor's office "
        "will lack resources. The text will be examined by the Assembly in March.",
        "politics",
    ),
    (
        "Censure motion adopted: the Barnier government falls after three months",
        "For the first time since 1962, a government has been overthrown by a censure motion. "
        "On Wednesday evening, 331 deputies of the left and the National Rally voted for the "
        "motion tabled by the New Popular Front, well above the required majority of 288. "
        "The Prime Minister, appointed in September, had used Article 49.3 to pass the social "
        "security budget without a vote. 'This is not the end of the battle, it is the "
        "beginning of a long campaign,' said the leader of the rebel deputies, as the "
        "government benches emptied. The head of state is to address the French on Thursday "
        "evening. The financial markets reacted calmly, but the rating agencies are watching "
        "the deficit, which exceeds 6% of GDP. In the corridors of the Palais Bourbon, the names "
        "of several possible successors were already circulating.",
        "politics",
    ),
    (
        "'Demographic rearmament': the President's formula divides",
        "The President of the Republic called on Tuesday evening for a 'demographic rearmament' "
        "of the country, during a press conference at the Elysee devoted to his plans for the "
        "year. He announced the replacement of parental leave by a 'birth leave' that is "
        "shorter but better paid, and a plan against infertility. The formula, borrowed from "
        "military language, provoked immediate reactions. Feminist associations denounced "
        "'an injunction to women' and left-wing deputies spoke of 'natalist rhetoric'. "
        "According to INSEE, 678,000 babies were born in France last year, the lowest number "
        "since the end of the Second World War, and the fertility rate fell to 1.68 children "
        "per woman. The head of state also promised to 'rearm' public services and school. "
        "Demographers point out that birth rates respond little to slogans.",
        "politics",
    ),
    (
        "Arizona: after 236 days of negotiations, Belgium finally has a government",
        "The battle was long, but Belgium finally has a federal government. Almost eight months "
        "after the elections of 9 June, the five parties of the 'Arizona' coalition, N-VA, MR, "
        "Les Engages, Vooruit and CD&V, reached an agreement on Friday night, and the leader "
        "of the Flemish nationalists will be sworn in as Prime Minister before the King on "
        "Monday. The agreement provides for a reform of pensions, a limitation of "
        "unemployment benefits in time and an increase in defence spending to 2% of GDP. "
        "'We have fought for every comma,' said the president of the MR, exhausted after a "
        "final session of 20 hours. The unions have already announced a day of action. The "
        "French-speaking socialists, now in opposition, denounce 'a war on the working "
        "class'. Belgium had already broken a world record of 541 days without a government "
        "in 2011.",
        "politics",
    ),
    (
        "Immigration: Quebec and Ottawa at war over asylum seekers",
        "The tone is rising between Quebec and Ottawa. The premier of Quebec demanded on "
        "Thursday that the federal government immediately 'redistribute' half of the asylum "
        "seekers present in the province, which, he says, receives 'more than its share'. In a "
        "letter to the Prime Minister of Canada, he puts the cost for the Quebec treasury at "
        "1 billion dollars and threatens to take the case to court. The federal immigration "
        "minister replied that Quebec had 'the means to welcome' and that the "
        "responsibilities were shared. Some 160,000 asylum seekers are now in Quebec, "
        "according to federal data, many of them arrived by the Roxham Road, closed in 2023. "
        "The opposition accuses the government of using the newcomers as a 'political weapon' "
        "before the election. Community organisations in Montreal say shelters are full.",
        "politics",
    ),
    (
        "The ECB continues its war on inflation and raises its rates again",
        "The European Central Bank fired a new salvo against inflation on Thursday. For the "
        "ninth time in a row, the institution in Frankfurt raised its key rates by a quarter of "
        "a point, bringing the deposit rate to 3.75%, its highest level since the creation of "
        "the euro. 'The battle against inflation is not over,' the ECB president said at a "
        "press conference, while hinting at a possible pause in September. Inflation in the "
        "euro area fell to 5.5% in June, but remains far from the target of 2%. In France, the "
        "governor of the Banque de France said the peak of food prices had been passed. The "
        "rise in rates is weighing on the property market: loans to households fell by 40% in "
        "a year. Economists at BNP Paribas expect a first cut next spring.",
        "economy",
    ),
    (
        "Supermarkets: Leclerc and Carrefour relaunch the price war before the negotiations",
        "The price war is back in the aisles. Three weeks before the end of the annual "
        "negotiations between retailers and manufacturers, E.Leclerc announced on Monday a "
        "freeze on the prices of 1,000 everyday products until the summer, and Carrefour "
        "replied the same day with a 'guaranteed basket' of 500 items. 'We will not let "
        "the multinationals pass on increases that nothing justifies,' said the head of the "
        "Leclerc centres, who regularly attacks Nestle, Unilever and PepsiCo on television. "
        "The manufacturers, for their part, denounce a 'destructive war' that threatens SMEs "
        "and farmers. Food inflation has slowed to 2% over a year, according to INSEE, after "
        "peaking at 15% in early 2023. The minister of the economy summoned the actors to Bercy "
        "on Thursday and threatened to publish the names of the 'bad payers'.",
        "economy",
    ),
    (
        "Trade war: cognac producers fear for their American market",
        "In the vineyards of the Charente, the mood is grim. The threat of a 200% customs "
        "surcharge on European wines and spirits, brandished by the American President in "
        "response to European measures, has sent a shock wave through the cognac region, which "
        "exports almost all of its production. The United States is the first market for "
        "cognac, with around 84 million bottles a year. 'We are the collateral victims of a "
        "trade war that is not ours,' said a winegrower from Segonzac, who has already seen "
        "his Chinese orders collapse after the anti-dumping duties imposed by Beijing. "
        "Hennessy and Remy Cointreau shares fell sharply on the Paris stock exchange on "
        "Friday. The interprofessional bureau is calling on Brussels to negotiate an exemption. "
        "Some 70,000 jobs depend on the sector, according to the Charente chamber of "
        "agriculture.",
        "economy",
    ),
    (
        "Vivendi launches a hostile offer on Lagardere, the battle of the media takes a new turn",
        "The battle for Lagardere has entered its final phase. Vivendi, controlled by the "
        "Bollore family, announced on Thursday a public offer on the remaining shares of the "
        "group that owns Europe 1, Le Journal du Dimanche and Paris Match, at a price of 24.10 "
        "euros per share. The offer values the group at around 3.4 billion euros. Journalists "
        "at the JDD and Europe 1 fear an editorial takeover, and several have already left "
        "their newsrooms. 'It is a raid in the rules of the art,' said a market analyst in "
        "Paris. The competition authorities in Brussels will have to approve the operation, "
        "which would create a giant of publishing with Hachette and Editis. Arnaud Lagardere, "
        "who has become an ally of Vincent Bollore, will keep the management of the group. "
        "The shares closed up 1.4% on Thursday.",
        "economy",
    ),
    (
        "14 July: the military parade returns to the Champs-Elysees with a Brazilian guest of honour",
        "After a year on the avenue Foch because of the preparations for the Olympic Games, the "
        "14 July military parade returned on Monday to the Champs-Elysees. Some 7,000 soldiers, "
        "250 vehicles, 65 aircraft and 25 helicopters took part in the traditional review, "
        "watched by tens of thousands of spectators under a bright sun. The Patrouille de "
        "France opened the day with its tricolour trail above the Arc de Triomphe. This year, "
        "the honour was given to a detachment of the Brazilian army, opening the procession. "
        "The President, standing in his command car, reviewed the troops before delivering "
        "a speech to the armed forces on the eve of the parade, in which he announced an "
        "increase in the military programming budget. The fire brigade of Paris closed the "
        "march to applause. In the evening, the fireworks at the Eiffel Tower drew a crowd of "
        "some 300,000 people.",
        "military",
    ),
    (
        "Christmas markets under high protection: 7,000 Sentinelle soldiers deployed",
        "Barriers, bag checks and patrols of soldiers in fatigues: the Christmas markets will "
        "once again be under high surveillance this year. The interior minister announced on "
        "Tuesday that 7,000 soldiers of Operation Sentinelle would be mobilised until early "
        "January, in addition to police and gendarmes, to secure the markets, churches and "
        "shopping streets. In Strasbourg, the historic centre will be closed to cars and "
        "access will be checked at 14 points. 'The threat remains very high,' the minister "
        "said, without mentioning a specific plot. Created in January 2015, Sentinelle "
        "mobilises on average 10,000 soldiers a year. Some officers in the armed forces "
        "question the relevance of a mission that takes soldiers away from training. On "
        "the place Kleber, visitors seem to have got used to the sight of the patrols.",
        "military",
    ),
    (
        "Indonesia orders 42 Rafale, a new success for Dassault",
        "Dassault Aviation has signed a contract for the sale of 42 Rafale fighter jets to "
        "Indonesia, the armed forces ministry announced on Thursday, during a visit by the "
        "minister to Jakarta. A first tranche of six aircraft is to be delivered from 2026. "
        "The amount of the contract was not disclosed, but industry sources put it at around "
        "8.1 billion dollars. After India, Qatar, Egypt, Greece, Croatia and the United Arab "
        "Emirates, Indonesia becomes the seventh export customer for the French fighter. "
        "'It is an order that secures production at Merignac for years,' a union "
        "representative said. The agreement also provides for cooperation in training and the "
        "maintenance of the aircraft. The Indonesian air force operates American F-16s and "
        "Russian Sukhois, and is seeking to diversify its suppliers.",
        "military",
    ),
    (
        "Orion: the French army's largest exercise in decades simulates a high-intensity war",
        "For three months, some 12,000 soldiers, with ships, aircraft and armoured vehicles, "
        "will take part in Orion, the largest exercise conducted by the French armed forces "
        "since the end of the Cold War. The scenario imagines an imaginary country, "
        "'Arnland', attacked by a hostile neighbour, and the deployment of a French division "
        "alongside allies. On Tuesday, paratroopers and legionnaires landed on the beaches of "
        "the Var from the amphibious helicopter carrier Mistral, under the eye of the chief of "
        "staff of the armed forces. 'We must be ready for a high-intensity conflict, and that "
        "is learned,' said a colonel in charge of the exercise. The final phase will take "
        "place in April in the Champagne camps with NATO contingents. The cost of the exercise "
        "has not been disclosed.",
        "military",
    ),
    (
        "Belgian Defence recruits: 'We are looking for 2,500 young people a year'",
        "Belgian Defence launched a new recruitment campaign on Monday, with posters in railway "
        "stations and videos on social networks. The objective is to attract 2,500 young people "
        "a year to reach a strength of 29,000 military personnel by 2030, the minister of "
        "defence said. The army has lost thousands of soldiers in recent years to retirement, "
        "and many recruits give up during training. The campaign highlights technical "
        "professions, cyber defence and the arrival of the first F-35 fighter jets at the "
        "Florennes base. 'We are no longer in the army of barracks and marching,' said a "
        "young sergeant from Namur featured in one of the clips. A voluntary military service "
        "of one year, paid 2,000 euros net per month, will be open from September. The unions "
        "of the military say salaries remain too low to keep people.",
        "military",
    ),
]
