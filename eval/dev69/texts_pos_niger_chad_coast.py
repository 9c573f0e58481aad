"""Positives of dev69: Niger, Chad, the Lake Chad basin, and the northern borders of Benin and Togo.

Each item: (title, text, tag codes, kind); tag codes from eval/conflictset TAG_CODES.
"""

POSITIVES = [
    (
        "Seventy-one soldiers killed in assault on Inates camp in western Niger",
        "Seventy-one soldiers were killed and 12 wounded when hundreds of assailants attacked the "
        "military camp of Inates, near the Malian border, on Tuesday evening, Niger's defence "
        "ministry said. The attackers shelled the camp with mortars and rockets before storming "
        'it, and fighting lasted three hours. The ministry said "a large number of terrorists" '
        "had been neutralised. The Islamic State in West Africa claimed responsibility two days "
        "later. The defence minister flew to Inates the next morning to visit the wounded. "
        "President Issoufou cut short a trip abroad and convened a security council.",
        "B E T",
        "attack on base",
    ),
    (
        "Gunmen on motorbikes kill about 100 villagers in Tchoma Bangou and Zaroumdareye",
        "About 100 civilians were killed on Saturday in attacks on two villages of the Tillabéri "
        "region, near Niger's border with Mali, the prime minister said. The assailants, riding "
        "about a hundred motorbikes, split into two columns and fired on residents in both "
        "villages at the same time, local officials said. The attack came days after villagers "
        "had killed two members of a jihadist group. The government declared three days of "
        "national mourning.",
        "V T",
        "massacre",
    ),
    (
        "Boko Haram overruns Bosso, tens of thousands flee along the Komadougou",
        "Boko Haram fighters attacked the town of Bosso, in Niger's Diffa region, on Friday, "
        "killing 26 soldiers in a battle lasting several hours, the defence ministry said. The "
        "jihadists occupied the town and looted the military post before Nigerien and Chadian "
        "troops retook it on Sunday. According to UNHCR, some 50,000 people fled Bosso and the "
        "surrounding sites, many heading on foot towards Toumour and Kablewa along the national "
        "road.",
        "B T D",
        "battle",
    ),
    (
        "Seventeen Nigerien soldiers killed in ambush near Koutougou, ministry says",
        "Seventeen Nigerien soldiers were killed and 20 wounded when a detachment was ambushed "
        "near Koutougou, close to the border with Burkina Faso, on Tuesday, the defence ministry "
        'said. The unit was moving between Boni and Torodi when it came under attack by "a '
        'terrorist column". More than 100 of the assailants were neutralised as they withdrew, '
        "the ministry added. It was the deadliest attack since the army seized power in July.",
        "B T",
        "ambush",
    ),
    (
        "Niger says drone strikes hit meeting of jihadist leaders near Abala",
        "Niger's armed forces said on Monday that drones had struck a meeting of leaders of the "
        'Islamic State in the Sahel near Abala, in the Tillabéri region, neutralising "about '
        'thirty terrorists". The strikes were carried out on Saturday after several days of '
        "surveillance, the defence ministry said on the state broadcaster Télé Sahel, without "
        "naming those killed.",
        "E M",
        "drone strike",
    ),
    (
        "Chad's president dies of wounds received at the front against rebels",
        "Chad's president Idriss Déby died on Tuesday of wounds received while commanding troops "
        "against rebels of the Front for Change and Concord in Chad (FACT) in the Kanem region, "
        "the army said. It said some 300 rebels had been killed and 150 captured in fighting at "
        "the weekend, with five soldiers killed on its own side. A military council headed by his "
        "son Mahamat took power, dissolved the government and parliament and closed the borders.",
        "B",
        "rebel offensive",
    ),
    (
        "Dozens killed as Chadian forces fire on protesters in N'Djamena and Moundou",
        "About 50 people were killed on Thursday when Chadian security forces fired on "
        "demonstrators protesting against the extension of the military transition by two years, "
        "the government said. Protesters set fire to the headquarters of the prime minister's "
        "party and put up barricades in the Moursal and Chagoua districts of N'Djamena. The "
        'authorities spoke of an "insurrection", imposed a curfew and suspended the main '
        "opposition parties. Among the dead were a journalist and several police officers, the "
        "prime minister said. Hundreds of young men were arrested and later tried at a desert "
        "prison, rights groups said.",
        "U",
        "crackdown",
    ),
    (
        "Chad says 1,000 jihadists killed in Lake Chad offensive",
        "Chad's army said on Thursday it had killed 1,000 jihadist fighters and lost 52 "
        "soldiers in a ten-day offensive around Lake Chad, launched after an attack on its "
        "Bohoma base that killed nearly 100 troops. President Déby, who led the operation "
        '"Bohoma\'s Wrath" in person, said on state television that "not a single Boko Haram '
        "element\" remained on Chadian soil. Vehicles were shown returning to N'Djamena loaded "
        "with weapons said to have been seized on the islands.",
        "M B",
        "offensive",
    ),
    (
        "Sudanese fleeing El Geneina pour into Adré as eastern Chad's camps overflow",
        "More than 600,000 refugees have crossed from Sudan into eastern Chad since fighting "
        "broke out in April, most of them through the border town of Adré, UNHCR said. New "
        "arrivals from El Geneina describe men being singled out and shot by riders on horses and "
        "motorbikes as they fled. Shelters of sticks and plastic sheeting now stretch for "
        "kilometres around Adré, where MSF says measles and acute malnutrition are spreading "
        "among children.",
        "D H V",
        "displacement",
    ),
    (
        "Armed herders kill 19 farmers in Mandoul village, residents say",
        "Nineteen people were killed on Tuesday when armed herders attacked a farming village in "
        "Chad's Mandoul province after a dispute over cattle trampling a millet field, local "
        "officials said. Houses and granaries were set on fire, and dozens of families fled into "
        "the bush. The governor said gendarmes had arrested 12 suspects and appealed to both "
        "communities for restraint.",
        "V D",
        "communal attack",
    ),
    (
        "Multinational force says Lake Chad islands cleared of Boko Haram bases",
        "Troops of the Multinational Joint Task Force (MNJTF) from Chad, Niger and Cameroon have "
        "cleared several islands of Lake Chad used as bases by Boko Haram and ISWAP, the force "
        "said on Sunday at the end of a month-long operation. Backed by air strikes, the troops "
        "destroyed camps and boats and freed women and children held on the islands, the MNJTF "
        "said, adding that dozens of fighters had been killed.",
        "M E",
        "clearance operation",
    ),
    (
        "Benin says 28 soldiers killed in attack near borders with Niger and Burkina",
        "Twenty-eight Beninese soldiers were killed on Wednesday when their position at Point "
        "Triple, in the W National Park near the borders with Niger and Burkina Faso, was "
        "attacked by jihadists, the army chief of staff said. The government spokesman said about "
        '40 assailants had also been "neutralised". JNIM claimed the attack in a statement, '
        "saying it had seized weapons and vehicles. The army had reinforced its positions in the "
        "north since a string of attacks in 2022.",
        "B T",
        "attack on army post",
    ),
    (
        "French tourists abducted and guide killed in Benin's Pendjari park",
        "Two French tourists were abducted on Wednesday in the Pendjari National Park in northern "
        "Benin, and the body of their Beninese guide was found two days later, the interior "
        "ministry said. Their vehicle was found burnt near the border with Burkina Faso. The "
        "authorities said they suspected a jihadist group based across the border.",
        "V T",
        "abduction",
    ),
    (
        'Eight Togolese soldiers killed in "terrorist attack" on post in Kpendjal',
        "Eight Togolese soldiers were killed and 13 wounded in an overnight attack on a military "
        "post at Kpinkankandi, in the Kpendjal prefecture of the Savanes region, the government "
        'said on Wednesday. "Heavily armed individuals" attacked shortly after midnight and the '
        'soldiers repelled the assault, it said in a statement that called it "a terrorist '
        'attack". It was the first deadly attack of its kind on Togolese soil.',
        "B T",
        "attack on army post",
    ),
    (
        "Northern Togo takes in thousands fleeing attacks across the Burkina border",
        "The Savanes region of northern Togo has received more than 30,000 people fleeing attacks "
        "by armed groups in Burkina Faso and in Togo's own border villages, UNHCR said. In "
        "Dapaong, families sleep in classrooms and with host families, and food and water are "
        "scarce. The agency said many of the new arrivals were women and children who had walked "
        "for days.",
        "D H",
        "displacement",
    ),
    (
        "Explosive device kills rangers patrolling Benin's W park",
        "Four park rangers and a soldier were killed when their vehicle hit an improvised "
        "explosive device in the W National Park in northern Benin on Tuesday, African Parks, "
        'which manages the park, said. "We are devastated by this loss," the organisation said '
        "in a statement. It was the second such blast in the park this year; the government "
        'blamed "terrorist groups" operating from across the border.',
        "E T",
        "roadside bomb",
    ),
]
