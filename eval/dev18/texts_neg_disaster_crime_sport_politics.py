"""dev18 texts: negatives: disasters; negatives: crime; negatives: sport; negatives: politics and economy.

NEGATIVES = [(title, text, kind code), ...]
"""

NEGATIVES = [
    # ---------------------------------------------------------------- negatives: disasters
    (
        "Floods in Pakistan's Sindh displace hundreds of thousands",
        "Monsoon floods have displaced more than 400,000 people in Pakistan's Sindh province, the disaster management authority said on Wednesday, as the Indus burst its banks in several districts. The army has deployed boats and helicopters to rescue families stranded on rooftops. At least 60 people have died since the rains began.",
        "disaster",
    ),
    (
        "Earthquake in Herat flattens villages",
        "A magnitude 6.3 earthquake struck western Afghanistan on Saturday, flattening mud-brick houses in villages around Herat and killing more than 1,000 people, officials said. Survivors slept in the open as aftershocks continued. Aid agencies sent tents and medical teams.",
        "disaster",
    ),
    (
        "Cyclone Freddy hits Malawi for second time, killing hundreds",
        "Cyclone Freddy brought torrential rain to southern Malawi, causing mudslides that buried homes in Blantyre, officials said. More than 400 people have been killed and about 500,000 displaced. The army was sent to help search for survivors.",
        "disaster",
    ),
    (
        "Derna dam collapse: thousands feared dead in Libya",
        "Two dams burst above the Libyan city of Derna during Storm Daniel, sweeping entire neighbourhoods into the sea, officials said. Thousands of people are dead and thousands more missing. Rival administrations in the east and west sent rescue teams.",
        "disaster",
    ),
    (
        "Wildfires force evacuations on Greek island of Rhodes",
        "Thousands of tourists and residents were evacuated from hotels and villages on Rhodes as wildfires spread across the south of the island, the fire service said. Some were taken off beaches by boat. Firefighters from several EU countries joined the effort. Tour operators cancelled flights to the island for the rest of the week. No deaths were reported. The fire service said strong winds were making the work harder.",
        "disaster",
    ),
    (
        "Hundreds feared buried in Enga landslide",
        "A landslide buried a village in Papua New Guinea's Enga province before dawn on Friday, and more than 670 people are feared dead, the UN migration agency said. Rescuers are digging with shovels and bare hands. Tribal fighting in the area has made access harder, officials said.",
        "disaster",
    ),
    (
        "Drought pushes millions in Horn of Africa towards hunger",
        "A fifth failed rainy season has left millions of people in Kenya, Ethiopia and Somalia short of food, the UN said, with livestock dying in large numbers. Families have walked for days to reach camps near towns. Aid agencies warned of deaths among children.",
        "disaster",
    ),
    (
        "Turkey-Syria earthquake: rescuers pull survivors from rubble",
        "Rescuers in southern Turkey and northern Syria pulled survivors from collapsed buildings five days after a magnitude 7.8 earthquake, as the death toll passed 30,000. In rebel-held north-west Syria, the first UN aid trucks crossed from Turkey through the Bab al-Hawa crossing.",
        "disaster",
    ),
    (
        "Typhoon Rai batters central Philippines",
        "Typhoon Rai tore through the central Philippines with winds of 195 km/h, destroying homes and cutting power to entire islands, officials said. More than 300,000 people were evacuated before the storm made landfall. The coast guard rescued fishermen whose boats had capsized.",
        "disaster",
    ),
    (
        "Spain: flash floods around Valencia kill more than 200",
        "Torrential rain caused flash floods in the Valencia region of Spain, sweeping cars through streets and killing more than 200 people, officials said. Soldiers were deployed to clear mud and search for the missing. Residents criticised the late warning. Thousands of volunteers arrived from Valencia city to help clear the streets. Angry residents jeered the king and the prime minister when they visited Paiporta. The government announced a €10 billion aid package.",
        "disaster",
    ),
    (
        "Blaze in Kutupalong leaves thousands of Rohingya without shelter",
        "A fire that started in a cooking area spread through bamboo and tarpaulin shelters in the Kutupalong camp on Sunday afternoon, leaving about 12,000 Rohingya refugees without a roof, Bangladeshi officials said. Firefighters brought it under control after three hours. Aid agencies were handing out tarpaulins and hot meals, and no deaths were reported.",
        "disaster",
    ),
    # ---------------------------------------------------------------- negatives: crime
    (
        "Three shot dead in Chicago weekend shootings",
        "Three people were killed and 11 wounded in shootings across Chicago over the weekend, police said. In one incident, a man opened fire on a group standing outside a house party on the South Side. No arrests have been made.",
        "crime",
    ),
    (
        "Mexican police seize tonnes of cocaine at Manzanillo port",
        "Mexican authorities seized more than eight tonnes of cocaine hidden in a shipment of frozen fish at the port of Manzanillo, the navy said. Five people were arrested. The navy said it was one of the largest seizures of the year.",
        "crime",
    ),
    (
        "Man jailed for life over stabbing of Tokyo commuters",
        "A Tokyo court sentenced a man to life in prison for stabbing passengers on a commuter train on Halloween night, injuring 13 people. The man told investigators he had wanted to be sentenced to death. He also set a fire in the carriage.",
        "crime",
    ),
    (
        "Bank robbers in São Paulo state take hostages before fleeing",
        "A gang of about 20 armed robbers attacked bank branches in Araçatuba overnight, using hostages as human shields on car roofs as they fled, police said. Three people died. Police said the gang belonged to a network specialising in bank raids.",
        "crime",
    ),
    (
        "South Africa: police kill 18 suspects in cash-in-transit shootout",
        "South African police shot dead 18 suspected cash-in-transit robbers in a shootout in Limpopo, a police spokesman said. Officers had tracked the gang to two houses after a tip-off. Rifles and explosives were recovered.",
        "crime",
    ),
    (
        "Nashville school shooting kills six",
        "A shooter killed three children and three adults at a private Christian school in Nashville before being shot dead by police, officials said. Police said they had not established a motive. Parents gathered at a church to find their children.",
        "crime",
    ),
    (
        "Philippine police free kidnapped businessman in Manila",
        "Police in Manila rescued a Chinese businessman who had been kidnapped by a gang demanding a ransom of 20 million pesos, and arrested four suspects, the national police said. The man had been held in a rented house for eight days.",
        "crime",
    ),
    (
        "Dutch crime reporter dies after being shot in Amsterdam",
        "Peter R. de Vries, a Dutch crime reporter, died nine days after being shot in an Amsterdam street, his family said. Two suspects were arrested shortly after the attack. The killing has been linked to a drug gang on trial in the city.",
        "crime",
    ),
    (
        "Ex-police officer convicted over killing of Marielle Franco",
        "A Brazilian court convicted two former police officers of the 2018 murder of Rio city councillor Marielle Franco and her driver. The men were sentenced to more than 50 years in prison. The case became a symbol of the power of militias in Rio.",
        "crime",
    ),
    (
        "Gang boss arrested in Ecuador after prison escape",
        "Ecuadorean police arrested a gang leader who had escaped from a prison in Guayaquil, the interior minister said. He was found hiding in a house in Manabí province with two associates. He will be transferred to a maximum security prison.",
        "crime",
    ),
    # ---------------------------------------------------------------- negatives: sport
    (
        "Mbappé double sinks Bayern in Champions League battle",
        "Kylian Mbappé scored twice in the second half as Real Madrid beat Bayern Munich 2-1 in a tense Champions League battle at the Bernabéu. Bayern's defence held firm for an hour before Mbappé shot low past the keeper. Bayern will now fight for a place in the play-offs.",
        "sport",
    ),
    (
        "India crush Pakistan by eight wickets",
        "India's bowlers destroyed Pakistan's batting line-up in Ahmedabad, bowling them out for 191 before chasing down the target with 19 overs to spare. Rohit Sharma attacked from the first over and hit six sixes. Pakistan's captain said his side had been outgunned.",
        "sport",
    ),
    (
        "Springboks survive All Blacks onslaught to win World Cup",
        "South Africa beat New Zealand 12-11 in the Rugby World Cup final in Paris, defending desperately for the last 20 minutes as the All Blacks laid siege to their line. Handré Pollard kicked all of South Africa's points.",
        "sport",
    ),
    (
        "Fans clash before derby in Buenos Aires; match goes ahead",
        "Supporters of River Plate and Boca Juniors fought outside a bar before the Superclásico, and several people were treated for minor injuries, local media reported. The match went ahead and ended 1-1. The league said it would review ticketing.",
        "sport",
    ),
    (
        "Kenya's Kipyegon breaks world 1,500m record",
        "Faith Kipyegon smashed the women's 1,500m world record at the Diamond League meeting in Florence, running 3 minutes 49.11 seconds. The Kenyan attacked from the bell and left her rivals far behind.",
        "sport",
    ),
    (
        "Ukraine win Euro play-off in Wrocław 'home' game",
        "Ukraine beat Iceland 2-1 in a Euro qualifying play-off played in Wrocław, since the country cannot host matches because of the war. Mykhailo Mudryk scored the winner with a shot from the edge of the box.",
        "sport",
    ),
    (
        "Striker's late header keeps Leeds in promotion race",
        "Leeds United's striker headed in a stoppage-time winner against Sheffield United to keep his side in the battle for automatic promotion. The visitors had been under siege in the second half.",
        "sport",
    ),
    (
        "Boxing: Usyk defeats Fury by split decision",
        "Oleksandr Usyk beat Tyson Fury on a split decision in Riyadh to become the first undisputed heavyweight champion in 25 years. Usyk rocked Fury with a barrage of punches in the ninth round. Fury said he wanted a rematch.",
        "sport",
    ),
    (
        "Tour de France: Pogačar attacks on final climb to take yellow",
        "Tadej Pogačar attacked two kilometres from the summit of the Plateau de Beille and dropped his rivals, extending his lead in the Tour de France. Jonas Vingegaard tried to hold on but cracked.",
        "sport",
    ),
    (
        "Morocco stun Portugal to reach World Cup semi-final",
        "Youssef En-Nesyri rose above the defence to head in the only goal as Morocco beat Portugal 1-0 in Doha, becoming the first African team to reach a World Cup semi-final. Fans celebrated in the streets of Rabat and Casablanca. The team's coach said his players had fought like lions. Morocco will play France in the semi-final on Wednesday. Celebrations were also held in Paris, Brussels and Amsterdam.",
        "sport",
    ),
    # ---------------------------------------------------------------- negatives: politics and economy
    (
        "Opposition launches attack on government's budget plans",
        "Britain's opposition leader launched a fierce attack on the chancellor's budget, calling it an assault on working families. The chancellor defended tax rises as necessary to repair public finances. MPs will vote on the measures next week.",
        "politics",
    ),
    (
        "Senate battle over border bill heads for showdown",
        "Republican and Democratic senators traded blows over a border security bill on Tuesday, with both sides warning that the fight could shut down the government. The majority leader said he would bring the bill to a vote on Thursday.",
        "politics",
    ),
    (
        "Duterte's war on drugs: ICC judges authorise investigation",
        "Judges at the International Criminal Court authorised an investigation into killings during the Philippine government's war on drugs, in which thousands of suspected dealers were killed by police. The Philippine government said it would not cooperate.",
        "politics",
    ),
    (
        "Coalition in crisis as partners fight over pension reform",
        "Germany's coalition parties clashed openly over pension reform on Monday, with the finance minister threatening to block the plan. Commentators said the row could bring down the government before the budget is passed.",
        "politics",
    ),
    (
        "Brazil's president survives impeachment vote",
        "Brazil's lower house rejected a motion to open impeachment proceedings against the president after a bitter debate. The opposition accused the government of buying votes with budget amendments. The president called the attempt a political coup.",
        "politics",
    ),
    (
        "Mexican president declares war on fuel theft",
        "Mexico's president said his government was waging war on fuel theft from state pipelines and closed several pipelines, causing long queues at petrol stations in Mexico City and several states. He said the thieves were costing the country billions of dollars a year.",
        "politics",
    ),
    (
        "Taiwan's parliament brawl over reform bill",
        "Lawmakers in Taiwan pushed, shoved and tackled each other in parliament during a dispute over a bill to expand the legislature's powers. Several lawmakers were taken to hospital with minor injuries. Thousands of people gathered outside to oppose the bill.",
        "politics",
    ),
    (
        "Israel's judicial overhaul vote passes amid deep divisions",
        "Israel's parliament passed the first part of the government's judicial overhaul, as opposition lawmakers walked out shouting 'shame'. The opposition leader said it was a war against democracy. The ruling coalition said it would continue with other parts of the plan.",
        "politics",
    ),
    (
        "Argentina's Milei takes chainsaw to ministries",
        "Argentina's new president cut the number of ministries by half and announced a freeze on public works, saying he would take a chainsaw to the state. Unions threatened a general strike. The peso was devalued by more than 50%.",
        "politics",
    ),
    (
        "Washington and Beijing trade new tariffs as trade war deepens",
        "The United States raised tariffs on $200 billion of Chinese goods and Beijing said it would retaliate, marking a new escalation in the trade war between the world's two largest economies. Stock markets fell in Asia and Europe.",
        "economy",
    ),
    (
        "Price war among Chinese electric carmakers deepens",
        "BYD cut prices of its most popular models by up to a fifth, deepening a price war in China's electric vehicle market. Rivals said they would follow. Shares in several smaller carmakers fell sharply.",
        "economy",
    ),
    (
        "Airline takeover battle: Lufthansa wins ITA stake",
        "Lufthansa won the battle for a stake in Italian carrier ITA Airways after months of talks with Rome and with EU competition officials. The German airline agreed to give up some routes. The deal values ITA at about €800 million.",
        "economy",
    ),
    (
        "Chipmakers in arms race for AI data-centre business",
        "The world's biggest chipmakers are in an arms race to supply processors for artificial intelligence data centres, analysts said, with Nvidia's rivals announcing new products this week. Cloud companies plan to spend tens of billions of dollars on AI infrastructure this year.",
        "economy",
    ),
    (
        "Oil prices tumble as Saudi Arabia and Russia wage price war",
        "Oil prices suffered their biggest one-day fall since 1991 after Saudi Arabia slashed its export prices and signalled it would raise output, starting a price war with Russia. Brent crude fell by almost a quarter.",
        "economy",
    ),
    (
        "Bank of England fires warning shot on inflation",
        "The Bank of England fired a warning shot to markets on Thursday, saying it was ready to raise interest rates again if inflation remained high. The pound rose against the dollar. Markets had expected the bank to signal cuts. Economists said wage growth was still too strong. The next decision is due in six weeks.",
        "economy",
    ),
    (
        "Hostile takeover bid for Unilever unit rejected",
        "A consumer goods group rejected a hostile takeover bid from a US rival, saying it undervalued the company. Analysts expect the bidder to return with a higher offer. Shares rose 9% in London.",
        "economy",
    ),
    (
        "Red Sea diversions push up container freight rates",
        "Freight rates for containers between Asia and Europe doubled in two weeks as shipping lines diverted vessels around the Cape of Good Hope, analysts said. The longer route adds about ten days to voyages. Retailers warned of delays to spring stock.",
        "other",
    ),
    (
        "Turkish lira hits record low",
        "The Turkish lira fell to a record low against the dollar after the central bank cut interest rates again despite rising inflation. Economists said the bank had lost a war of credibility with markets.",
        "economy",
    ),
    (
        "British supermarkets slash prices as price war heats up",
        "Britain's biggest supermarket chains cut the prices of hundreds of everyday products this week, escalating a price war as discount chains keep winning customers. Analysts said the battle for shoppers would squeeze profit margins. Shares in two of the chains fell on Thursday. Suppliers said they were being asked to absorb part of the cost.",
        "economy",
    ),
]
