"""dev113 contrast pairs 84-95, the Americas: Colombia, Mexico, Haiti, Brazil, the United States
(and a US raid in Syria), Venezuela, Peru, Canada.

PAIRS = [(pair number, first twin, second twin), ...]; a twin is (title, text, tag codes, kind)
when it reports conflict and (title, text, kind code) when it does not. build.py hands them to
eval/conflictset as POSITIVES and NEGATIVES.
"""

PAIRS = [
    (
        84,
        (
            "ELN attack on Arauca base kills nine Colombian soldiers",
            "Nine soldiers were killed and nine wounded when ELN guerrillas attacked a military "
            "base in Puerto Jordán, in the eastern province of Arauca, with explosives and rifle "
            "fire on Wednesday, Colombia's army said. The soldiers were asleep when a truck "
            "loaded with explosives was driven into the base, a commander told local radio. "
            "President Gustavo Petro called the attack 'a blow to peace'.",
            "B E",
            "attack on base",
        ),
        (
            "Colombia and ELN sign bilateral ceasefire in Havana",
            "Colombia's government and the National Liberation Army (ELN) signed a six-month "
            "bilateral ceasefire at a ceremony in Havana on Friday, attended by President "
            "Gustavo Petro and ELN commander Antonio García. The truce will begin on August 3 "
            "after a preparation period, and a monitoring mechanism will include the UN and the "
            "Catholic Church. Petro said it was 'the beginning of the end' of the armed "
            "conflict.",
            "peace",
        ),
    ),
    (
        85,
        (
            "Thousands flee Catatumbo as ELN and FARC dissidents fight",
            "More than 30,000 people have fled the Catatumbo region of north-eastern Colombia "
            "since ELN guerrillas launched an offensive against FARC dissidents last week, the "
            "ombudsman's office said on Monday, and at least 80 people have been killed. "
            "Families arrived in Cúcuta and Tibú in trucks and on foot, many saying guerrillas "
            "had gone door to door with lists of names. The government declared a state of "
            "internal commotion and sent 5,000 troops. Shelters in Cúcuta were overwhelmed, and "
            "the Red Cross was bringing food and water to families sleeping in a sports stadium.",
            "B V D M H",
            "offensive and displacement",
        ),
        (
            "Catatumbo farmers sign up to swap coca for cacao",
            "More than 2,000 families in Tibú and El Tarra have signed agreements to replace "
            "coca crops with cacao and coffee under a new government programme, Colombia's drug "
            "policy agency said on Tuesday. Each family will receive seedlings, technical "
            "assistance and monthly payments for a year. Farmers' associations in Catatumbo "
            "welcomed the plan but warned that past substitution payments had arrived late.",
            "economy",
        ),
    ),
    (
        86,
        (
            "Gunfights rage in Culiacán as Sinaloa cartel factions battle",
            "Gunmen from rival factions of the Sinaloa cartel fought running battles in Culiacán "
            "for a fourth day on Friday, burning vehicles and leaving bodies on roadsides, "
            "officials said. Schools and shops closed, and the army sent 600 more soldiers to "
            "the city after troops came under fire near the airport. The state government said "
            "at least 30 people had been killed since Monday. Residents swapped messages on "
            "WhatsApp warning which avenues to avoid.",
            "B M",
            "cartel war",
        ),
        (
            "Mazatlán carnival's 'Naval Combat' lights up the bay",
            "Thousands of spectators lined Mazatlán's seafront boulevard on Saturday night for "
            "the carnival's Combate Naval, a fireworks show that re-enacts the port's defence "
            "against a French naval bombardment in 1864. Pyrotechnicians fired more than 20,000 "
            "shells from barges and the shore over 25 minutes. The Sinaloa tourism office said "
            "hotel occupancy was close to full. This year's show featured a replica frigate "
            "built on a barge. Police closed the boulevard to traffic from the afternoon.",
            "history",
        ),
    ),
    (
        87,
        (
            "Families leave El Aguaje as cartel drones bomb homes in Tierra Caliente",
            "Gunmen of the Jalisco New Generation cartel used drones to drop explosives on homes "
            "in El Aguaje and nearby villages in Michoacán's Tierra Caliente over the weekend, "
            "residents and the state prosecutor's office said. Two people were wounded and "
            "dozens of families left for Apatzingán. The army said it had sent troops after the "
            "cartel fought rival gunmen on the edge of the villages.",
            "E D B",
            "drone bombings",
        ),
        (
            "Michoacán avocado growers turn to drones for crop spraying",
            "Avocado growers in Michoacán's Uruapan and Tancítaro districts are hiring drones to "
            "spray orchards with fungicide, cutting their use of water and chemicals by half, "
            "the state agriculture department said. One operator said his fleet of eight drones "
            "could spray 40 hectares a day on slopes that tractors cannot reach. Exporters said "
            "the drones would help them meet US residue limits.",
            "economy",
        ),
    ),
    (
        88,
        (
            "Gangs storm Port-au-Prince port, loot containers of food aid",
            "Armed gangs attacked Haiti's main port in Port-au-Prince on Thursday, exchanging "
            "fire with police and looting shipping containers, including some holding food for "
            "the World Food Programme, the port authority said. The attack forced the port to "
            "close, cutting the capital's main supply line as the gangs extended their control "
            "over the city. WFP said it was trying to assess how much had been stolen. Police "
            "said two officers were wounded.",
            "B H",
            "gang attack",
        ),
        (
            "Aid ships unload at Port-au-Prince after southern Haiti quake",
            "Ships carrying tents, medicines and food for the victims of the earthquake in "
            "south-western Haiti began unloading at the port of Port-au-Prince on Wednesday, the "
            "UN said. The 7.2-magnitude quake killed more than 2,000 people and destroyed about "
            "53,000 homes around Les Cayes and Jérémie. Helicopters are flying the injured to "
            "hospitals in the capital.",
            "disaster",
        ),
    ),
    (
        89,
        (
            "Rio police raid on Comando Vermelho strongholds leaves dozens dead",
            "At least 64 people, including four police officers, were killed on Tuesday when "
            "about 2,500 police stormed the Alemão and Penha favela complexes in Rio de Janeiro "
            "to root out the Comando Vermelho gang, state officials said. Gang members fought "
            "back with rifles, set up burning barricades across main roads and dropped "
            "explosives from drones on the officers, the state governor said. Schools and "
            "clinics in the area closed, and dozens of bus lines were suspended.",
            "B M E",
            "police operation against armed gang",
        ),
        (
            "Cable car over Complexo do Alemão to reopen after eight years",
            "The cable car over the Complexo do Alemão favelas in northern Rio de Janeiro will "
            "reopen next year after eight years out of service, the state government said on "
            "Tuesday. The system, which once carried 12,000 residents a day between six "
            "stations, closed in 2016 when a maintenance contract expired. Residents' "
            "associations said it would cut the trip to Bonsucesso train station from 40 minutes "
            "on foot to a few minutes.",
            "other",
        ),
    ),
    (
        90,
        (
            "Pro-Trump mob storms US Capitol as Congress certifies election",
            "Thousands of supporters of President Donald Trump stormed the US Capitol on "
            "Wednesday, smashing windows and fighting police, forcing lawmakers to flee as they "
            "met to certify Joe Biden's election victory. A woman was shot dead by police inside "
            "the building, and dozens of officers were injured.",
            "U",
            "riot",
        ),
        (
            "Capitol reopens to tour groups after two years behind fences",
            "The US Capitol reopened to public tours on Monday for the first time in two years, "
            "with groups of visitors led by congressional staff through the Rotunda and Statuary "
            "Hall. Tours had been suspended during the pandemic, and the building was fenced off "
            "for months after the storming of January 2021. Visitors must book through a member "
            "of Congress and pass through metal detectors at the visitor centre.",
            "other",
        ),
    ),
    (
        91,
        (
            "US special forces raid in Idlib kills Islamic State leader",
            "US special forces carried out a helicopter-borne raid on a house in Atmeh, in "
            "Syria's north-western Idlib province, overnight, and the leader of the Islamic "
            "State group blew himself up during the operation, President Joe Biden said. "
            "Residents said the troops clashed with gunmen for about two hours, and local "
            "rescuers said 13 people, including six children and four women, were killed. One of "
            "the US helicopters was destroyed by the raiding force after a mechanical problem.",
            "M B",
            "special forces raid",
        ),
        (
            "Immigration agents raid Mississippi food plants, arresting 680",
            "US immigration agents raided seven food-processing plants in Mississippi on "
            "Wednesday and arrested about 680 workers suspected of being in the country "
            "illegally, officials said. Workers were loaded onto buses and taken to a military "
            "hangar for processing, and some were released by the evening to care for their "
            "children. It was the largest workplace immigration raid in a decade. Rights groups "
            "said children had come home from school to find their parents gone.",
            "politics",
        ),
    ),
    (
        92,
        (
            "Venezuelan troops battle Colombian guerrillas in Apure; thousands flee",
            "Venezuelan troops fought dissidents of the former FARC guerrilla group near La "
            "Victoria in Apure state for a fifth day on Thursday, and more than 4,000 people "
            "have crossed the Arauca river into Colombia, Colombian officials said. Defence "
            "Minister Vladimir Padrino said two soldiers had been killed and 32 people detained. "
            "Residents accused soldiers of looting homes and killing a family of farmers. "
            "Shelters in Arauquita were full, and aid agencies were handing out food and "
            "blankets.",
            "B D V H",
            "battle and displacement",
        ),
        (
            "Venezuelan guard seizes cocaine plane on Apure airstrip",
            "Venezuela's National Guard seized a small aircraft loaded with 1.2 tonnes of "
            "cocaine on a clandestine airstrip in Apure state on Sunday, the armed forces "
            "command said. The crew escaped into the savannah before troops arrived, and the "
            "plane, which carried a Mexican registration, was destroyed. The command said it was "
            "the 18th drug plane 'neutralised' this year.",
            "crime",
        ),
    ),
    (
        93,
        (
            "17 killed as Peruvian police fire on protesters in Juliaca",
            "At least 17 people were killed in Juliaca, in southern Peru, on Monday as police "
            "fired on protesters who tried to take over the city's airport, health officials "
            "said, the deadliest day since protests against President Dina Boluarte began in "
            "December. A police officer was later burned to death in his patrol car. Rights "
            "groups said most of the victims had gunshot wounds. The government declared a "
            "curfew in the Puno region.",
            "U",
            "protest crackdown",
        ),
        (
            "Juliaca troupes dazzle at Candelaria festival in Puno",
            "More than 40,000 dancers and 9,000 musicians filled the streets of Puno on Sunday "
            "for the main parade of the Virgen de la Candelaria festival, and troupes from "
            "Juliaca were among the most applauded. Dancers in embroidered costumes and devil "
            "masks performed the diablada along a four-kilometre route. The festival, on "
            "UNESCO's list of intangible heritage, draws tens of thousands of visitors. Hotels "
            "in Puno were fully booked.",
            "other",
        ),
    ),
    (
        94,
        (
            "Gunman kills six at Quebec City mosque in 'terrorist attack'",
            "A gunman opened fire on worshippers during evening prayers at the Islamic Cultural "
            "Centre in Quebec City on Sunday, killing six men and wounding 19 others, police "
            "said. Prime Minister Justin Trudeau condemned what he called 'a terrorist attack on "
            "Muslims'.",
            "T V",
            "attack on mosque",
        ),
        (
            "Remparts win shootout at Videotron Centre to snap losing run",
            "The Quebec Remparts beat the Halifax Mooseheads 3-2 in a shootout at the Videotron "
            "Centre on Sunday night, with goaltender Mathis Gagnon stopping all four Halifax "
            "attempts. The home side had trailed 2-0 before scoring twice in the third period.",
            "sport",
        ),
    ),
    (
        95,
        (
            "Gunman kills 10 at Buffalo supermarket in racist attack",
            "A gunman wearing body armour shot dead 10 people at a Tops supermarket in a mainly "
            "Black neighbourhood of Buffalo, New York, on Saturday, livestreaming the attack "
            "online, police said. Authorities said the 18-year-old suspect had written a "
            "document espousing white supremacist views, and federal officials were "
            "investigating the shooting as a hate crime and an act of racially motivated violent "
            "extremism. The state later charged him with domestic terrorism.",
            "T V",
            "terrorist attack",
        ),
        (
            "Gunman kills 19 children and two teachers at Uvalde elementary school",
            "An 18-year-old gunman killed 19 children and two teachers at Robb Elementary School "
            "in Uvalde, Texas, on Tuesday before he was shot dead by border patrol agents, "
            "officials said. Investigators have found no motive.",
            "crime",
        ),
    ),
]
