"""dev71 positives: the southern Philippines, the West Philippine Sea, Thailand's deep south,
Bangkok's streets and the Cambodia-Thailand border."""

POSITIVES = [
    (
        "2 NPA rebels killed in Northern Samar encounter",
        "Two suspected New People's Army rebels were killed in an encounter with troops of the "
        "Army's 20th Infantry Battalion in Las Navas town on Sunday, the military said. Soldiers "
        "recovered two M16 rifles and a hand grenade at the site.",
        "B M",
        "encounter",
    ),
    (
        "Soldiers hurt as NPA detonates landmine in Masbate",
        "Five soldiers were wounded when suspected NPA rebels set off a landmine as a military "
        "truck passed in Barangay Anas, Masbate, on Thursday, the provincial police said. A "
        "15-minute firefight followed before the rebels withdrew. The Commission on Human Rights "
        "noted that command-detonated mines are banned under the Ottawa Treaty, which the "
        "Philippines has ratified.",
        "B E",
        "landmine",
    ),
    (
        "Abu Sayyaf beheads German hostage in Sulu",
        "Abu Sayyaf militants beheaded a 70-year-old German sailor they had held since November "
        "after a ransom deadline passed, the military confirmed on Monday, citing a video posted "
        "online. He was seized from his yacht off Sabah, and his companion was shot dead during "
        "the abduction. The presidential peace adviser condemned the 'barbaric act' of the "
        "terrorist group.",
        "V T",
        "beheading",
    ),
    (
        "Twin blasts hit Jolo cathedral during Sunday Mass",
        "Two bombs exploded at the Cathedral of Our Lady of Mount Carmel in Jolo on Sunday, the "
        "first inside the church during Mass and the second at the entrance as soldiers "
        "responded, killing at least 20 people and wounding 80. The Islamic State group claimed "
        "the attack. The bombing came a week after voters approved the Bangsamoro Organic Law, "
        "and the military placed Sulu on lockdown.",
        "E T V",
        "bombing",
    ),
    (
        "Four dead as bomb hits Catholic Mass in MSU Marawi gym",
        "A bomb went off during a Sunday Mass attended by students and teachers at the Mindanao "
        "State University gymnasium in Marawi, killing four people and wounding about 50. The "
        "President blamed 'foreign terrorists', and the military said the Dawlah Islamiyah-Maute "
        "group was behind it in retaliation for an operation that killed 11 of its members. "
        "Classes were suspended and troops sealed off the campus.",
        "E T V",
        "bombing",
    ),
    (
        "Troops pound Maute positions in Marawi as thousands flee",
        "Air Force planes bombed buildings held by Maute and Abu Sayyaf fighters in central "
        "Marawi on Saturday as soldiers fought house to house, a military spokesman said. The "
        "gunmen, who raised the black flag of the Islamic State group, still hold several "
        "barangays and a number of hostages, among them a Catholic priest. Almost the entire "
        "population of the city, about 200,000 people, has fled to Iligan and nearby towns, "
        "where evacuation centres are overcrowded. Martial law remains in force across Mindanao.",
        "B E T M D H",
        "siege",
    ),
    (
        "Three soldiers killed in Dawlah Islamiyah ambush in Lanao del Sur",
        "Three Army soldiers were killed and four others wounded when Dawlah Islamiyah gunmen "
        "ambushed their patrol in Munai town on Sunday, the Army's 1st Infantry Division said. "
        "The patrol was searching for the group's remaining leaders. The military described the "
        "attackers as local terrorists linked to the Islamic State group.",
        "B T",
        "ambush",
    ),
    (
        "Negros Oriental governor, 8 others killed in attack on his home",
        "Gunmen in military-style uniforms stormed the home of Negros Oriental Governor Roel "
        "Degamo in Pamplona town on Saturday while he was handing out aid to residents, killing "
        "him and eight others, among them villagers queueing for help. Police said three "
        "suspects were captured after a chase. The killing was the latest in a series of attacks "
        "on local officials in the province, and investigators said it was linked to a bitter "
        "election dispute.",
        "V",
        "assassination",
    ),
    (
        "Grenade lobbed at store in Datu Piang after owner refused 'tax'",
        "Unidentified men on a motorcycle lobbed a grenade at a general merchandise store in "
        "Datu Piang, Maguindanao, on Tuesday night, wounding the owner and four customers, "
        "police said. The owner had earlier refused to pay 'revolutionary tax' demanded by "
        "members of the Bangsamoro Islamic Freedom Fighters, investigators said.",
        "E V",
        "grenade attack",
    ),
    (
        "Army airstrikes, artillery hit BIFF positions; 8,000 flee in Maguindanao",
        "The military pounded positions of the Bangsamoro Islamic Freedom Fighters in the "
        "marshland of Datu Saudi Ampatuan with airstrikes and howitzer fire on Friday in an "
        "offensive to capture a bomb maker, the 6th Infantry Division said. Provincial officials "
        "said about 8,000 residents had fled to evacuation centres and schools, where they need "
        "food packs and clean water.",
        "E M D H",
        "military operation",
    ),
    (
        "Two farmers dead as police disperse Kidapawan highway barricade",
        "Police opened fire to break up a three-day barricade on the Cotabato-Davao highway in "
        "Kidapawan City on Friday, where about 6,000 farmers were demanding rice aid after "
        "months of drought, leaving two protesters dead and dozens wounded. Police said "
        "protesters threw stones and that officers were also hurt. Human rights groups called it "
        "a massacre of hungry farmers. The provincial police chief said officers had acted in "
        "self-defence. A fact-finding team from the House of Representatives will visit on "
        "Monday.",
        "U",
        "crackdown",
    ),
    (
        "Nine activists killed in 'Bloody Sunday' raids in Calabarzon",
        "Nine activists were killed and six others arrested in simultaneous police and military "
        "raids in Cavite, Laguna, Batangas and Rizal on Sunday, two days after the President "
        "told security forces to 'finish off' communist rebels. Police said the dead fought back "
        "when served with search warrants for firearms. Rights groups said the victims were "
        "labour organisers and fisherfolk leaders who had been red-tagged.",
        "V M",
        "raids",
    ),
    (
        "Chinese coast guard boards Philippine boats at Ayungin, sailor loses thumb",
        "Chinese coast guard personnel armed with knives, axes and spears boarded two Philippine "
        "Navy rigid-hull boats on a resupply run to the BRP Sierra Madre at Ayungin Shoal on "
        "Monday, the Armed Forces said. They punctured the boats, seized eight rifles and "
        "injured several sailors; one lost his thumb. Manila called it 'aggressive and illegal', "
        "while Beijing said its personnel acted lawfully against an intrusion.",
        "M",
        "naval clash",
    ),
    (
        "Water cannon blast injures four crew on Philippine supply boat",
        "Chinese coast guard ships fired water cannon at a Philippine resupply boat near Second "
        "Thomas Shoal on Saturday, shattering its windshield and injuring four crew members, the "
        "National Security Council said. The injured were brought to a navy hospital in Palawan. "
        "China said it had taken 'necessary measures' against an illegal intrusion.",
        "M",
        "naval clash",
    ),
    (
        "Motorcycle bomb wounds 9 at Yala market",
        "A bomb hidden in a motorcycle parked outside a crowded morning market in Muang district "
        "exploded on Friday, wounding nine people, including two rangers and a vendor's child, "
        "police said. Investigators blamed separatist insurgents, who have targeted markets in "
        "the border provinces before. Rangers sealed off the market and defused a second device "
        "nearby.",
        "E V",
        "bombing",
    ),
    (
        "15 killed as insurgents attack village defence checkpoints in Yala",
        "Insurgents armed with rifles and explosives attacked two village defence volunteer "
        "checkpoints in Lam Phaya subdistrict late on Tuesday, killing 15 people, most of them "
        "volunteers, the Internal Security Operations Command Region 4 said. Spikes were "
        "scattered on roads to delay reinforcements. It was the deadliest attack in the deep "
        "south in years.",
        "B",
        "attack",
    ),
    (
        "Rubber tapper shot dead in Narathiwat",
        "A 48-year-old Buddhist rubber tapper was shot dead by two gunmen on a motorcycle as he "
        "rode to his plantation in Rangae district early on Monday, police said. Security "
        "officials blamed insurgents and said the killing was meant to sow fear between "
        "communities.",
        "V",
        "shooting",
    ),
    (
        "Water cannon and tear gas at Parliament as protesters, royalists clash",
        "Police fired water cannon laced with chemical irritant and tear gas at thousands of "
        "anti-government protesters who tried to reach Parliament in Bangkok on Tuesday. At "
        "least 55 people were hurt, six of them by gunshots, the Erawan emergency centre said, "
        "as protesters and royalist yellow-shirts threw bottles and rocks at each other. "
        "Protesters pulled away barbed wire and concrete barriers.",
        "U",
        "crackdown",
    ),
    (
        "Cambodian rockets hit Sisaket petrol station as border clashes spread",
        "Rockets fired from Cambodia struck a petrol station and a market in Sisaket's "
        "Kantharalak district on Thursday, killing at least eight civilians, Thai officials "
        "said, as fighting spread to six points along the border. Thai F-16 jets bombed "
        "Cambodian military targets in response. More than 40,000 residents of border villages "
        "were moved to evacuation centres. Cambodia said Thai troops had crossed into its "
        "territory first. The UN Security Council will hold an emergency meeting on Friday. "
        "Schools in four border provinces were closed.",
        "B E M D",
        "border clash",
    ),
    (
        "Cambodian soldier killed in border shoot-out with Thai troops",
        "A Cambodian soldier was killed in a brief exchange of fire with Thai troops in a "
        "disputed area of the Emerald Triangle early on Wednesday, both armies said. Each side "
        "accused the other of opening fire first. The two governments agreed to talks to prevent "
        "an escalation.",
        "B",
        "border clash",
    ),
    (
        "Thai soldier loses leg to landmine on border patrol",
        "A Thai soldier lost his leg and two others were wounded when a landmine exploded during "
        "a patrol near Chong Bok in Ubon Ratchathani on Wednesday, the Second Army Region said. "
        "Thailand accused Cambodia of laying new mines in the area, which Phnom Penh denied, and "
        "ordered border checkpoints closed.",
        "E",
        "landmine",
    ),
    (
        "Over 130,000 flee border villages as Thai-Cambodian fighting enters fourth day",
        "More than 130,000 people have left villages in Surin, Sisaket, Buri Ram and Ubon "
        "Ratchathani for some 300 shelters, Thailand's health ministry said on Sunday, as "
        "artillery duels continued along the frontier. A hospital in Phanom Dong Rak was "
        "evacuated after shells fell nearby. In Cambodia, officials said tens of thousands had "
        "fled Oddar Meanchey and Preah Vihear provinces and needed food and water.",
        "B E D H",
        "displacement",
    ),
]
