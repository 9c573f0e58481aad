"""dev71 positives: India (Manipur, Kashmir, the Maoist belt, communal riots, the May 2025
strikes)."""

POSITIVES = [
    (
        "Mobs torch houses in Churachandpur; Army deployed, 9,000 evacuated",
        "Violence broke out in several districts of Manipur on Wednesday night after a 'tribal "
        "solidarity march', with mobs setting fire to houses, churches and temples in "
        "Churachandpur, Imphal and Moreh. The State government issued shoot-at-sight orders in "
        "'extreme cases', suspended mobile internet and imposed curfew in eight districts. Army "
        "and Assam Rifles columns evacuated about 9,000 people to camps and cantonments, a "
        "defence spokesperson said. Trains into the State were cancelled, and the houses of "
        "several legislators were among those attacked.",
        "U V D",
        "communal violence",
    ),
    (
        "Manipur's relief camps still hold 58,000 a year after the violence",
        "Nearly 58,000 people remain in about 350 relief camps across Manipur a year after "
        "ethnic violence between the Meitei and Kuki-Zo communities broke out, State officials "
        "said. Children are studying in makeshift classrooms, and camp residents complain of "
        "poor food and sanitation. Many cannot go home because their villages lie along the "
        "buffer zones, where gunfights still break out.",
        "D H",
        "displacement",
    ),
    (
        "Gunfight between armed groups in Kangpokpi foothills, houses set on fire",
        "Armed miscreants from the hills and the valley exchanged heavy fire for several hours "
        "along the foothills of Kangpokpi district on Tuesday, the police said. Two village "
        "volunteers were killed and a few abandoned houses were torched. Central forces moved "
        "into the area and the firing stopped by evening.",
        "B",
        "gunfight",
    ),
    (
        "Drone bombs dropped on Koutruk village, woman killed",
        "Suspected militants used drones to drop explosives on Koutruk village in Imphal West on "
        "Sunday, killing a woman and wounding nine, including her daughter, the police said. "
        "Gunmen also fired from the hills. The State government called it an act of terrorism "
        "against unarmed villagers, the first drone attack since the conflict began.",
        "E V T",
        "drone attack",
    ),
    (
        "Two terrorists neutralised in Kulgam encounter",
        "Two terrorists were killed in an encounter with security forces in Kulgam district of "
        "south Kashmir on Thursday, the police said. A cordon and search operation was launched "
        "on a specific input, and the hiding terrorists opened fire. Arms and ammunition were "
        "recovered from the site.",
        "B M",
        "encounter",
    ),
    (
        "Terrorists kill 26 tourists at Baisaran meadow near Pahalgam",
        "Terrorists opened fire on tourists at the Baisaran meadow near Pahalgam on Tuesday "
        "afternoon, killing 26 people, most of them visitors from other States, and wounding "
        "more than a dozen. Survivors said the gunmen asked men their names and religion before "
        "shooting them. The Resistance Front was reported to have claimed the attack. It was the "
        "deadliest attack on civilians in Jammu and Kashmir in years.",
        "T V",
        "terror attack",
    ),
    (
        "Grenade lobbed at Srinagar Sunday market, 12 injured",
        "Twelve people were injured when terrorists lobbed a grenade at the crowded Sunday "
        "market near the Tourist Reception Centre in Srinagar, officials said. The grenade "
        "exploded among vendors and shoppers on the busy pavement. Police cordoned off the area "
        "and launched a hunt for the attackers.",
        "E T V",
        "grenade attack",
    ),
    (
        "IED blast in Kutru kills eight DRG personnel and their driver",
        "Eight jawans of the District Reserve Guard and their civilian driver were killed when "
        "Maoists blew up their vehicle with an IED in Kutru area of Bijapur on Monday, police "
        "said. The team was returning from a joint anti-Naxal operation. The blast left a crater "
        "several feet deep in the road.",
        "E",
        "IED attack",
    ),
    (
        "31 Maoists neutralised in Bijapur encounter, two jawans killed",
        "Security forces neutralised 31 Maoists in an encounter in the forests of Indravati "
        "National Park in Bijapur district on Sunday, the Inspector General of Police (Bastar) "
        "said. Two jawans were also killed. The operation was part of a push by the Centre to "
        "end Left Wing Extremism by March next year. Automatic weapons and explosives were "
        "recovered.",
        "B M",
        "encounter",
    ),
    (
        "India strikes sites in Pakistan; shelling kills civilians in Poonch",
        "India's armed forces struck nine sites in Pakistan and Pakistan-occupied Kashmir with "
        "missiles early on Wednesday, saying they were terrorist camps, in what it called "
        "Operation Sindoor. Pakistan said civilians, including children, were killed and that it "
        "had shot down Indian jets. Pakistani shelling across the Line of Control killed at "
        "least 12 civilians in Poonch, Indian officials said, and residents fled to bunkers and "
        "relatives' homes.",
        "E M D",
        "missile strikes",
    ),
    (
        "Nuh clashes: procession attacked, vehicles torched; curfew, internet shut",
        "Clashes broke out in Haryana's Nuh district on Monday when a religious procession was "
        "attacked with stones, and mobs set fire to dozens of cars and a police station. Two "
        "home guards were among those killed. The violence spread to Gurugram, where a mosque "
        "was set on fire at night and its cleric killed. Authorities imposed a curfew and "
        "suspended mobile internet across the district. More than 100 people had been arrested "
        "by Tuesday evening, the police said.",
        "U V",
        "communal riot",
    ),
    (
        "Four dead in Sambhal as mosque survey sparks stone pelting, firing",
        "Four people were killed in Sambhal on Sunday when a crowd gathered to oppose a "
        "court-ordered survey of the Shahi Jama Masjid clashed with police, officials said. "
        "Protesters threw stones and set vehicles on fire; police used tear gas and, according "
        "to the families of the dead, fired live rounds. Internet services were suspended and "
        "outsiders barred from entering the district.",
        "U",
        "communal riot",
    ),
    (
        "Man dies after mob attack on his home in Delhi riots",
        "A 26-year-old tailor died of his injuries on Wednesday after a mob armed with rods and "
        "swords attacked his house in Shiv Vihar and set it on fire, his brother told The Hindu. "
        "The death toll in the communal riots in north-east Delhi rose to 27, and the police "
        "were given orders to shoot rioters on sight. Residents of mixed lanes moved out with "
        "whatever they could carry.",
        "U V D",
        "mob violence",
    ),
]
