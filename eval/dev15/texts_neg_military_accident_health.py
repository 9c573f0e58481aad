"""dev15 negatives: the military without violence; accidents; health.

NEGATIVES = [(title, text, kind code), ...].
"""

NEGATIVES = [
    # ---------------------------------------------------------------- negatives: the military without violence
    (
        "Ukraine unveils long-range drone",
        "Ukraine's defence ministry unveiled a new long-range drone at a trade fair in Kyiv and said mass production would start this year. The manufacturer said it could fly more than 1,000 km.",
        "military",
    ),
    (
        "Colombia signs deal for Gripen fighter jets",
        "Colombia signed a deal with Sweden's Saab to buy 17 Gripen fighter jets to replace its ageing Kfir fleet, the defence ministry said. Deliveries will begin in 2026.",
        "military",
    ),
    (
        "National Guard marches in Mexico City parade",
        "Thousands of soldiers, sailors and National Guard members marched through Mexico City's Zócalo in the Independence Day parade. Helicopters and jets flew overhead.",
        "military",
    ),
    (
        "US and Filipino troops begin Balikatan drills",
        "Thousands of US and Filipino troops began annual Balikatan exercises, including live-fire drills on the coast of Luzon facing the South China Sea. China criticised the drills.",
        "military",
    ),
    (
        "Kenyan police train for Haiti mission",
        "Hundreds of Kenyan police officers completed training in Embakasi ahead of their deployment to Haiti. Officers practised convoy drills and first aid.",
        "military",
    ),
    (
        "Sahel states launch joint force",
        "Mali, Burkina Faso and Niger launched a joint force of 5,000 troops at a ceremony in Niamey, with a headquarters in the city. The three juntas said it would fight jihadists across their borders.",
        "military",
    ),
    (
        "Pakistan test-fires Ababeel missile",
        "Pakistan's military said it had carried out a training launch of the Ababeel ballistic missile. The army chief congratulated the scientists.",
        "military",
    ),
    (
        "Israel approves record defence budget",
        "Israel's cabinet approved a record defence budget for next year, with extra funds for reservists and air defence. Economists warned about the deficit.",
        "military",
    ),
    (
        "Serbia stages military parade in Belgrade",
        "Serbia held its biggest military parade in years in Belgrade, showing Chinese air defence systems and Russian-made jets. President Vučić said the army was stronger than ever.",
        "military",
    ),
    (
        "Armenia buys Indian artillery systems",
        "Armenia signed a deal to buy artillery systems from India as it moves away from Russian weapons. Azerbaijan criticised the purchase.",
        "military",
    ),
    (
        "New army battalions formed in Papua",
        "Indonesia's army said it would form new territorial battalions in Papua that would help with farming and building roads. Rights groups said the plan would increase the military presence.",
        "military",
    ),
    (
        "Ethiopian army graduates thousands of recruits",
        "Thousands of new recruits graduated from military training centres in Ethiopia, state media said. The army chief told them to protect the country's sovereignty.",
        "military",
    ),
    (
        "Mali receives Turkish drones",
        "Mali's army received a new batch of Turkish drones at a ceremony at Bamako's air base. The junta said they would strengthen the fight against terrorism.",
        "military",
    ),
    (
        "KFOR holds exercise in northern Kosovo",
        "NATO's peacekeeping force in Kosovo held an exercise near Mitrovica, practising crowd control and patrols with Italian and Polish troops. KFOR said the exercise was routine.",
        "military",
    ),
    # ---------------------------------------------------------------- negatives: accidents
    (
        "Boat capsizes on Lake Kivu near Minova",
        "An overloaded boat capsized on Lake Kivu near the port of Minova, and dozens of passengers are feared dead, local officials said. The boat was carrying traders and farm produce to Goma. Rescuers recovered 23 bodies.",
        "accident",
    ),
    (
        "Fuel tanker blast kills scores in Jigawa",
        "A fuel tanker overturned and exploded in Majia, in Nigeria's Jigawa state, as residents were collecting leaking petrol, killing more than 150 people, police said. Many of the victims were burned beyond recognition and were buried in a mass funeral.",
        "accident",
    ),
    (
        "Methane blast traps miners in Balochistan coal mine",
        "A methane gas explosion caused a coal mine to collapse in Balochistan's Harnai district, trapping 12 miners, officials said. Rescuers pulled out four bodies.",
        "accident",
    ),
    (
        "Express train derails in Sindh",
        "Several carriages of the Hazara Express derailed near Nawabshah, killing at least 30 passengers, Pakistan's railways minister said. Army troops helped with the rescue.",
        "accident",
    ),
    (
        "Bus plunges into ravine in Nariño",
        "A bus carrying families to a religious festival fell into a ravine on the Pan-American Highway in Colombia's Nariño department, killing 14 people, officials said. The driver is thought to have lost control on a bend.",
        "accident",
    ),
    (
        "Military plane crashes near Omdurman, army cites technical fault",
        "A Sudanese military transport plane crashed into a residential area while taking off from Wadi Seidna air base near Omdurman, killing 46 people, the army said. The army said the crash was caused by a technical fault.",
        "accident",
    ),
    (
        "Stampede at Sanaa charity handout kills 78",
        "A stampede at a charity distribution of cash in Sanaa's old city killed at least 78 people, Houthi officials said. Hundreds had crowded into a school to receive about $9 each ahead of Eid.",
        "accident",
    ),
    (
        "Migrant boat sinks off Djibouti",
        "A boat carrying migrants from the Horn of Africa towards Yemen sank off Djibouti, and at least 38 people drowned, the IOM said. Survivors said the boat had been overloaded.",
        "accident",
    ),
    (
        "Gold mine collapse in Mali kills dozens",
        "A wall collapsed at an artisanal gold mine in Mali's Koulikoro region, killing at least 48 people, most of them women, officials said. Miners had been digging in an old pit.",
        "accident",
    ),
    (
        "Fireworks warehouse blast in Tultepec",
        "An explosion at a fireworks warehouse in Tultepec, north of Mexico City, killed at least 24 people, officials said. The blast also damaged nearby houses.",
        "accident",
    ),
    (
        "Ferry fire off Basilan kills passengers",
        "A fire broke out on a ferry sailing from Zamboanga to Jolo, and at least 31 passengers died, the coast guard in Basilan said. Many jumped into the sea at night.",
        "accident",
    ),
    (
        "Petrol station explosion in Makhachkala",
        "An explosion at a petrol station on the outskirts of Makhachkala in Dagestan killed 35 people, including three children, officials said. The blast started at a car repair shop next door.",
        "accident",
    ),
    # ---------------------------------------------------------------- negatives: health
    (
        "Measles vaccination campaign in Dadaab camps",
        "Health workers vaccinated more than 100,000 children against measles in the Dadaab refugee camps in northern Kenya after an outbreak was confirmed, UNHCR said. No deaths have been recorded.",
        "health",
    ),
    (
        "Cholera cases fall in Zambezia after vaccination",
        "Cholera cases in Mozambique's Zambezia province have fallen sharply since a vaccination campaign reached 700,000 people, the health ministry said. The outbreak followed heavy rains.",
        "health",
    ),
    (
        "Polio drive begins in Balochistan",
        "A five-day polio vaccination campaign began in Balochistan's Quetta, Pishin and Killa Abdullah districts, targeting about 2.5 million children. The province recorded new cases last year.",
        "health",
    ),
    (
        "Mpox spreads in South Kivu mining town",
        "A new strain of mpox is spreading among miners and sex workers in Kamituga, a gold mining town in South Kivu, doctors said. The WHO said the strain may spread more easily.",
        "health",
    ),
    (
        "Dengue cases surge in Ecuador's coast",
        "Ecuador declared a health alert in several coastal provinces after a surge of dengue cases. Hospitals in Guayaquil opened extra wards.",
        "health",
    ),
    (
        "Cameroon starts world's first routine malaria vaccination",
        "Cameroon became the first country to include a malaria vaccine in its routine childhood vaccination programme, with doses available in 42 districts. Health officials said the vaccine would save thousands of lives.",
        "health",
    ),
    (
        "Ebola outbreak declared in Equateur",
        "Congo's health ministry declared a new Ebola outbreak in Equateur province after a case was confirmed in Mbandaka. The WHO sent vaccines.",
        "health",
    ),
    (
        "Measles cases rise in Mindanao",
        "Health officials in Mindanao warned of a rise in measles cases after low vaccination rates. Clinics in Zamboanga and Cotabato began catch-up campaigns.",
        "health",
    ),
    (
        "Ukraine opens rehabilitation centre for veterans",
        "A rehabilitation centre for soldiers with amputations and brain injuries opened in Lviv, offering prosthetics and psychological support. Doctors said demand was rising.",
        "health",
    ),
    (
        "Cholera outbreak in Sulaymaniyah",
        "Health officials in Sulaymaniyah reported dozens of cholera cases linked to contaminated water. The province has asked residents to boil water.",
        "health",
    ),
    (
        "Diphtheria kills children in Kano",
        "A diphtheria outbreak has killed dozens of children in Kano state, Nigeria's disease control centre said. Vaccination rates in the state are low.",
        "health",
    ),
    (
        "Soldiers help fumigate Rio favelas against dengue",
        "Soldiers joined health workers fumigating homes in Rio's favelas to fight a dengue epidemic, the state government said. Field hospitals were set up.",
        "health",
    ),
]
