"""dev47 negatives: energy plants, pipelines and mines (accidents, floods and storms, oil theft,
labour strikes and blockades, nationalisations). NEGATIVES = [(title, text, kind code), ...];
kind codes from eval/conflictset (KIND_CODES)."""

NEGATIVES = [
    (
        "Heavy rain floods underground workings at Chilean copper mine",
        "Heavy rain flooded the underground workings of a copper mine in Chile's Atacama region, forcing the evacuation of 300 workers and halting output for at least two weeks, the operator said. Roads to the site were cut by mudslides; copper prices rose 1% in London.",
        "disaster",
    ),
    (
        "Mud rush at Grasberg block cave traps workers, halts Freeport output",
        "A rush of wet material in the Grasberg Block Cave mine in Indonesia's Papua trapped seven workers and forced Freeport-McMoRan to suspend operations, the company said. Two bodies were recovered a week later. Copper prices rose 3% on expectations of lower supply. Freeport declared force majeure on some concentrate deliveries.",
        "accident",
    ),
    (
        "Explosion and fire at Texas refinery injure eight",
        "An explosion in a hydrocracker unit set off a fire at a refinery near Houston on Thursday, injuring eight workers, the company said. Residents were told to stay indoors for several hours. Gasoline futures rose 2%. State inspectors began an investigation.",
        "accident",
    ),
    (
        "Volgograd refinery blaze caused by pump fault, not drones, Lukoil says",
        "A fire at Lukoil's Volgograd refinery was caused by a short circuit in a pump and not by a drone, the company said on Monday, ruling out an attack. The blaze was put out within three hours and the plant kept running at reduced rates; the refinery processes about 300,000 barrels a day.",
        "accident",
    ),
    (
        "Thieves' tap on Trans Niger Pipeline causes leak, Shell cuts flows",
        "Shell's Nigerian unit cut flows on the Trans Niger Pipeline after a leak caused by an illegal tap that thieves had drilled into the line in Ogoniland, the company said. Nigeria loses about 100,000 barrels a day to oil theft, according to the upstream regulator. Police arrested 11 suspects near the site.",
        "crime",
    ),
    (
        "Keystone pipeline spills 14,000 barrels in Kansas creek",
        "TC Energy shut the Keystone pipeline after about 14,000 barrels of crude spilled into a creek in Kansas, the largest onshore US oil spill in nearly a decade, and blamed a weld flaw.",
        "accident",
    ),
    (
        "Kazakh coal mine fire kills 46",
        "A fire at the Kostenko coal mine in Kazakhstan's Karaganda region killed 46 miners, the worst mining disaster in the country's post-Soviet history, the emergencies ministry said.",
        "accident",
    ),
    (
        "Open-pit collapse at Inner Mongolia coal mine buries 53",
        "Part of an open-pit coal mine in China's Inner Mongolia collapsed, burying 53 people and dozens of vehicles, state media said. Rescue work was suspended repeatedly because of further landslides, and the State Council ordered safety checks across the region; coal prices in northern China rose 4%.",
        "accident",
    ),
    (
        "Landslide buries miners at illegal gold site in Sulawesi",
        "A landslide triggered by heavy rain buried dozens of people at an illegal gold mining site in Indonesia's Gorontalo province, the national disaster agency said. At least 27 bodies were recovered and 15 people were missing. Rescuers dug with their hands because heavy equipment could not reach the site.",
        "disaster",
    ),
    (
        "Escondida workers strike after pay talks collapse",
        "Workers at BHP's Escondida copper mine in Chile, the world's biggest, went on strike on Tuesday after talks on a new labour contract collapsed, the union said. The company said it was running the mine with contingency teams. Copper futures rose 2% on the news. The last strike at the mine, in 2017, lasted 44 days.",
        "protest",
    ),
    (
        "Union strike shuts Nigerian oil terminals, fuel queues form",
        "Nigeria's oil workers' union PENGASSAN ordered members to withdraw services at terminals and depots in a dispute over the dismissal of 800 workers, and fuel queues formed in Lagos and Abuja. The union said it would not suspend the strike until the workers were reinstated. The refinery that dismissed the workers said it had been restructuring.",
        "protest",
    ),
    (
        "French refinery strikes leave a third of petrol stations dry",
        "Strikes at TotalEnergies' French refineries over pay left about a third of petrol stations short of at least one fuel, the energy ministry said, and the government ordered some workers back to work at the Gravenchon depot. The CGT union called for a wider strike on Tuesday. The strike entered its third week on Monday.",
        "protest",
    ),
    (
        "Protesters shut Libya's Sharara oil field over jobs and fuel",
        "Protesters from Libya's Fezzan region shut the Sharara oil field, the country's largest, by closing a valve, demanding jobs and better fuel supplies for the south, the National Oil Corporation said. No violence was reported, and talks with local elders were under way. The field produces about 300,000 barrels a day.",
        "protest",
    ),
    (
        "Kayak flotilla blocks port used by Panama copper mine",
        "Environmental activists in kayaks and fishing boats blocked the port used by the Cobre Panama mine, preventing a coal shipment from unloading, as peaceful protests against the mine's contract continued for a fourth week. The company said it would cut power output at the mine's plant.",
        "protest",
    ),
    (
        "Brazilian truckers block highways over diesel prices",
        "Truck drivers blocked stretches of highways in 11 Brazilian states on Monday in protest against rising diesel prices, and supermarkets in Sao Paulo reported shortages of fresh produce. The federal highway police said blockades were being cleared without incident. The government offered to cut diesel taxes for three months.",
        "protest",
    ),
    (
        "Hurricane shuts 40% of Gulf of Mexico oil output",
        "Producers shut about 40% of oil output in the US Gulf of Mexico as Hurricane Francine approached the Louisiana coast, evacuating staff from 170 platforms, the offshore regulator said. US crude futures rose 2%; most of the platforms were expected to restart within a week.",
        "disaster",
    ),
    (
        "Taiwan quake halts some chip lines; TSMC evacuates fabs",
        "TSMC evacuated staff from several fabs and halted some production lines after a magnitude 7.4 earthquake struck Taiwan's east coast, the company said, adding that more than 80% of its tools had recovered within ten hours. Memory chip prices rose. The quake was the strongest on the island in 25 years.",
        "disaster",
    ),
    (
        "Heatwave forces French nuclear plants to cut output",
        "EDF cut output at several nuclear plants along the Rhone and Garonne because the rivers used for cooling were too warm, as a heatwave pushed temperatures above 40C. French day-ahead power prices rose 30%. It was the third summer in a row that EDF had cut output for the same reason.",
        "disaster",
    ),
    (
        "Cholera spreads in Copperbelt mining townships",
        "Zambia's health ministry reported more than 3,000 cholera cases in Copperbelt mining townships and ordered schools to stay closed for two more weeks. Mining companies set up oral vaccination points at shaft entrances. The World Health Organization said the outbreak was the country's worst since 2018.",
        "health",
    ),
    (
        "Ningbo-Zhoushan terminal closed after worker tests positive for COVID",
        "A terminal at China's Ningbo-Zhoushan port was closed after a worker tested positive for COVID-19, cutting the port's container capacity by about a quarter, and shipping lines diverted vessels to Shanghai. The closure lasted two weeks.",
        "health",
    ),
    (
        "Energy shock prompts German gas rationing plan",
        "Germany moved to the second stage of its gas emergency plan after Russian flows through Nord Stream 1 fell to 40% of capacity, warning that industry could face rationing in winter. The economy minister called it an 'economic attack' by Moscow. Industrial users were asked to cut consumption by a fifth. BASF said it could run its Ludwigshafen plant at lower rates if needed.",
        "economy",
    ),
    (
        "Iberian blackout cuts power to 50 million people",
        "Spain and Portugal suffered a blackout that cut power to about 50 million people for up to ten hours, stopping trains and metros and closing refineries, grid operator Red Electrica said. The government said there was no evidence of a cyberattack. The cause was later traced to voltage surges on the grid.",
        "accident",
    ),
    (
        "Deepwater Horizon disaster remembered 15 years on",
        "Gulf Coast communities marked 15 years since the Deepwater Horizon explosion, which killed 11 workers and spilled about 4 million barrels of oil into the Gulf of Mexico. A memorial service was held in Jackson, Mississippi. BP has paid more than $65 billion in fines and compensation.",
        "history",
    ),
    (
        "Divers pump oil from WWII tanker torpedoed in 1942",
        "Divers began pumping fuel oil from a tanker sunk by a German submarine's torpedo in 1942, which has been leaking off the US coast, the coast guard said. The operation is expected to remove about 500,000 gallons. The wreck lies at a depth of 40 metres.",
        "history",
    ),
    (
        "Dust explosion wrecks grain silo at Brazilian port",
        "A dust explosion wrecked a grain silo at a port terminal in Parana state, killing two workers and injuring 10, the state fire service said. The terminal operator said loading of soybeans on other berths continued.",
        "accident",
    ),
    (
        "Mali seizes three tonnes of Barrick gold and detains staff",
        "Mali's military government seized about three tonnes of gold from Barrick's Loulo-Gounkoto complex and detained four of its employees in a dispute over taxes and a new mining code, the company said. Barrick halted production and took the case to international arbitration; Barrick shares fell 3% in Toronto.",
        "politics",
    ),
    (
        "Burkina Faso nationalises two gold mines",
        "Burkina Faso's military government completed the nationalisation of two gold mines bought from a London-listed company, placing them under a new state mining firm. The junta said foreign operators would have to give the state a larger share of production. Industrial gold output in the country fell 10% last year.",
        "politics",
    ),
    (
        "Gas leak at Norwegian LNG plant forces shutdown",
        "Equinor shut its Hammerfest LNG plant after a gas leak set off alarms and staff were evacuated from the processing area, the company said. No one was hurt. European gas prices rose 4% on the news. The plant had been shut for more than a year after a fire in 2020.",
        "accident",
    ),
]
