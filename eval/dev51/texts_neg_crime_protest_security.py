"""dev51 negatives: crime, peaceful protests and strikes, and the military without violence, from
the regional desks of Asia, Africa and Latin America (a gangster killed in a police encounter, a
kidnapping for ransom, cocaine in banana boxes, marches, sit-ins and tractor rallies, missile
tests, drills, commissionings and parades). NEGATIVES = [(title, text, kind code), ...]; kind
codes from eval/conflictset (KIND_CODES)."""

NEGATIVES = [
    (
        "Youth shot dead for resisting robbery in Gulshan-e-Iqbal",
        "A 22-year-old man was shot dead by two armed robbers when he resisted a mugging in Karachi's Gulshan-e-Iqbal on Monday night, police said. The suspects fled on a motorcycle with his phone and wallet. It was the 58th such killing in the city this year, a citizens' group said.",
        "crime",
    ),
    (
        "Wanted gangster killed in police encounter in Meerut",
        "A gangster wanted in 14 cases of murder and extortion was killed in an encounter with the Special Task Force in Meerut early on Tuesday, police said. He carried a reward of Rs1 lakh on his head, and a constable was injured in the exchange of fire.",
        "crime",
    ),
    (
        "NDLEA intercepts cocaine in passenger's luggage at Lagos airport",
        "Operatives of the National Drug Law Enforcement Agency (NDLEA) arrested a passenger at the Murtala Muhammed International Airport, Lagos, with 4.2kg of cocaine concealed in his luggage, the agency's spokesman said. He arrived from Sao Paulo. He told investigators he had been promised N5 million for the trip.",
        "crime",
    ),
    (
        "Kidnappers abduct businessman in Abuja, demand N50m ransom",
        "A kidnapping syndicate abducted a businessman from his home in Kubwa, Abuja, on Wednesday night and demanded N50 million for his release, his family said. The FCT police command said its anti-kidnapping unit had arrested two suspects.",
        "crime",
    ),
    (
        "Three tonnes of cocaine found in banana boxes at Guayaquil port",
        "Ecuadorian police seized three tonnes of cocaine hidden in boxes of bananas bound for Belgium at the port of Guayaquil, the interior minister said. Four port workers were arrested. The cargo was worth about $100 million in Europe.",
        "crime",
    ),
    (
        "Extortion ring dismantled in Mexico City; 11 arrested",
        "Mexico City police arrested 11 members of a gang that extorted tortilla shops and market stalls in Iztapalapa, the city's security secretary said. The gang demanded weekly payments of 500 pesos from each vendor. Two of the suspects are minors.",
        "crime",
    ),
    (
        "Man convicted of murdering girlfriend in Nairobi apartment",
        "The High Court in Nairobi convicted a 31-year-old man of murdering his girlfriend in their Kilimani apartment, ruling that the prosecution had proved its case beyond reasonable doubt. He will be sentenced next month.",
        "crime",
    ),
    (
        "PAOCC raids scam hub in Pampanga; 200 foreigners held",
        "The Presidential Anti-Organized Crime Commission raided an online scam hub in Porac, Pampanga, and held about 200 foreign workers, officials said. The compound had been operating under a gaming licence. The workers will be deported.",
        "crime",
    ),
    (
        "Sixty Indonesians rescued from scam compound return home",
        "Sixty Indonesians who were forced to work in an online scam compound in Cambodia arrived at Soekarno-Hatta Airport on Sunday, the Foreign Ministry said. They said they had been lured by offers of jobs in customer service. Another 40 are waiting for travel documents in Phnom Penh.",
        "crime",
    ),
    (
        "Bank robbery gang caught after tunnel dig in Sao Paulo",
        "Police in Sao Paulo arrested 12 people who had dug a 40-metre tunnel towards a bank vault from a rented house, the state security department said. Officers found drills and explosives for blasting the vault.",
        "crime",
    ),
    (
        "Father, brother held for honour killing of woman in Sheikhupura",
        "Police arrested the father and brother of a 19-year-old woman who was shot dead in Sheikhupura for marrying of her own choice, the district police officer said. A murder case has been registered. The woman's husband filed the complaint.",
        "crime",
    ),
    (
        "Three arrested over triple femicide in Buenos Aires province",
        "Police arrested three people over the killing of three young women whose bodies were found in a house in Florencio Varela, the Buenos Aires province security minister said. The killings were linked to a local drug dealer, investigators said.",
        "crime",
    ),
    (
        "Hundreds of thousands march for public university funding",
        "Hundreds of thousands of students, teachers and parents marched peacefully in Buenos Aires and other cities on Wednesday to demand more funding for public universities. The march ended with a rally in Plaza de Mayo without incident.",
        "protest",
    ),
    (
        "Doctors' strike enters third week; outpatient services paralysed",
        "The strike by doctors in public hospitals entered its third week on Monday, paralysing outpatient services in 30 counties, the doctors' union said. The union is demanding the posting of interns and a new pay deal. The Council of Governors said talks would resume on Thursday.",
        "protest",
    ),
    (
        "NLC begins indefinite strike over minimum wage",
        "The Nigeria Labour Congress began an indefinite strike on Monday over a new minimum wage, shutting down the national grid, airports and public hospitals. Workers picketed government offices in Abuja and Lagos.",
        "protest",
    ),
    (
        "Students rally peacefully outside House against police bill",
        "Thousands of students rallied outside the House of Representatives in Jakarta on Thursday against a bill that would expand police powers, police said. The rally dispersed peacefully in the evening. Lawmakers agreed to meet student representatives next week.",
        "protest",
    ),
    (
        "Farmers hold tractor march across Punjab districts",
        "Farmers held tractor marches in 18 districts of Punjab on Monday to press for a legal guarantee of minimum support prices, farm unions said. The marches passed off peacefully. The unions plan a march to Delhi next month.",
        "protest",
    ),
    (
        "Teachers stage sit-in at Maitighar Mandala",
        "Thousands of teachers staged a sit-in at Maitighar Mandala in Kathmandu on Sunday demanding the School Education Bill be passed. Police detained 40 teachers who entered the restricted zone. They were released in the evening.",
        "protest",
    ),
    (
        "JI sit-in against inflated electricity bills enters 10th day",
        "The Jamaat-e-Islami sit-in in Rawalpindi against inflated electricity bills entered its 10th day on Friday. The party said it would continue until the government cut taxes on power bills. Traders in several cities observed a shutter-down strike in support.",
        "protest",
    ),
    (
        "CNTE teachers block Reforma in pay protest",
        "Members of the CNTE teachers' union blocked Paseo de la Reforma in Mexico City for a third day on Wednesday, demanding the repeal of a pension law. The protest was peaceful, and traffic was diverted. The union has called a national strike for June 15.",
        "protest",
    ),
    (
        "Garment workers form human chain for unpaid wages",
        "Hundreds of garment workers formed a human chain in front of the National Press Club in Dhaka on Friday to demand three months of unpaid wages. They said they would go on hunger strike if the money was not paid.",
        "protest",
    ),
    (
        "Pakistan test-fires Fatah-series missile",
        "Pakistan successfully test-fired a Fatah-series surface-to-surface missile with a range of 400 km, the ISPR said on Wednesday. The training launch was aimed at testing the army's operational readiness, the military's media wing said.",
        "military",
    ),
    (
        "Navy commissions new frigate in Surabaya",
        "The Indonesian Navy commissioned a new frigate built by the state shipyard PT PAL in Surabaya on Friday. The Navy chief said the warship would strengthen patrols in the North Natuna Sea. It is the first of two frigates ordered in 2020.",
        "military",
    ),
    (
        "Philippine, US troops open annual Balikatan drills in Zambales",
        "The annual Balikatan exercises between the Armed Forces of the Philippines and US troops began on Monday, with 14,000 soldiers taking part in live-fire drills in Zambales and Batanes. Australian and Japanese forces are also participating.",
        "military",
    ),
    (
        "KDF passes out 3,000 recruits in Eldoret",
        "The Kenya Defence Forces passed out 3,000 recruits at the Recruits Training School in Eldoret on Friday. The President said the new soldiers would be deployed to protect the country's borders. Their families watched from the stands.",
        "military",
    ),
    (
        "DAC clears Rs67,000 crore procurement proposals",
        "The Defence Acquisition Council on Tuesday cleared procurement proposals worth Rs67,000 crore, including drones for the Army and patrol vessels for the Coast Guard, the Defence Ministry said.",
        "military",
    ),
    (
        "NAF takes delivery of new attack helicopters",
        "The Nigerian Air Force took delivery of two new attack helicopters at its base in Makurdi on Thursday, the Chief of the Air Staff said. He said more aircraft would arrive by the end of the year.",
        "military",
    ),
    (
        "Colombia signs deal to buy Gripen fighter jets",
        "Colombia signed an agreement with Sweden to buy 17 Gripen fighter jets to replace its ageing Kfir fleet, the Defense Ministry said. The first aircraft will be delivered in 2027. The deal is worth about $3.6 billion.",
        "military",
    ),
]
