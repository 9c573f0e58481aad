"""dev147 positives (1 of 4): whole articles that report current organised violence in
Thailand's deep South and the Philippines (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Three rangers killed as bomb, gunfire hit patrol in Narathiwat's Rangae",
        "NARATHIWAT: Three paramilitary rangers were killed and two others wounded "
        "when suspected insurgents detonated a roadside bomb under their pickup truck "
        "and then opened fire on the patrol in Rangae district on Monday morning, "
        "police said. The blast tore through the vehicle as the unit from Ranger Task "
        "Force 4816 was returning from escorting teachers along a rural road in tambon "
        "Tanyong Mas. Gunmen hiding in a rubber plantation then fired on the "
        "survivors, who shot back until reinforcements arrived about 20 minutes later. "
        "The attackers escaped through the plantation, leaving behind spent M16 "
        "cartridges and fragments of a cooking-gas cylinder packed with explosives, "
        "said Pol Col Anusorn Wae-ali, superintendent of Rangae police station. The "
        "two wounded rangers were taken to Narathiwat Ratchanakarin Hospital and are "
        "in a stable condition. Security forces sealed off roads in the area and began "
        "searching villages for the attackers, who are believed to belong to a local "
        "cell of the Barisan Revolusi Nasional (BRN). The Internal Security Operations "
        "Command (Isoc) Region 4 Forward Command condemned the attack, saying it came "
        "only days after informal contacts between Bangkok and the BRN had resumed. "
        "More than 7,000 people have been killed in the southern border provinces "
        "since the insurgency flared in January 2004, according to the monitoring "
        "group Deep South Watch.",
        "E B",
        "roadside bomb ambush",
    ),
    (
        "Gunmen kill three villagers at Pattani teashop",
        "PATTANI: Two gunmen on a motorcycle opened fire on a roadside teashop in Nong "
        "Chik district on Thursday evening, killing three villagers and wounding a "
        "fourth in what security officials described as an attack by insurgents meant "
        "to intimidate local people. The victims, Malay Muslim men aged between 38 and "
        "61, were watching a football match on television when the pillion rider began "
        "shooting with an assault rifle, witnesses told police. Police found 23 spent "
        "cartridges at the scene. Col Pramote Chaiyasit, a spokesman for the Isoc "
        "Region 4 Forward Command, said investigators believed the men had been "
        'targeted because they cooperated with local officials. "They want people to '
        'be afraid of talking to the state," he said. No group has claimed '
        "responsibility, which is common in the deep South. The attack was the third "
        "on civilians in Pattani this month.",
        "V",
        "shooting of civilians",
    ),
    (
        "Bombs and arson hit 17 sites across three southern provinces overnight",
        "Insurgents set off small bombs and started fires at 17 locations, most of "
        "them convenience stores and petrol stations, in Pattani, Yala and Narathiwat "
        "late on Tuesday night, injuring seven people, police said. The attacks began "
        "shortly before midnight and lasted about an hour, according to the Isoc "
        "Region 4 Forward Command. In several cases men wearing helmets walked into "
        "24-hour shops, told staff and customers to leave, and left behind bags "
        "holding petrol bombs or pipe bombs. A petrol station attendant in Yala's "
        "Muang district suffered burns when fire spread to the forecourt, and a police "
        "officer was hurt by a blast in Pattani's Sai Buri district as he checked a "
        "suspicious bag. Bomb disposal teams defused three devices that had failed to "
        "go off. Security forces set up checkpoints on main roads and were going "
        "through CCTV footage from the stores. Officials believe the attacks were "
        "coordinated by the BRN to show it could still strike across the region while "
        "talks with the government were stalled. Several convenience-store chains said "
        "they would close their branches in the three provinces early until further "
        "notice.",
        "E",
        "coordinated bombings",
    ),
    (
        "4 dead, dozens hurt as bomb hits Catholic Mass at MSU gym in Marawi",
        "MARAWI CITY, Philippines – A bomb went off during a Catholic Mass inside the "
        "gymnasium of Mindanao State University (MSU) on Sunday morning, December 3, "
        "killing at least four people and wounding around 50 others, police and "
        "military officials said. The explosion happened at around 7 am as students "
        "and teachers gathered for the first Sunday of Advent, said Lanao del Sur "
        "provincial police director Colonel Allan Nobleza. Witnesses said the blast "
        "came from the area near the bleachers, sending worshippers scrambling for the "
        "exits. The Islamic State claimed responsibility in a statement released "
        "through its channels on Telegram, saying its fighters had set off an "
        'explosive device at a gathering of "Christians." President Ferdinand Marcos '
        'Jr. condemned what he called "senseless and most heinous acts perpetrated by '
        'foreign terrorists." Military officials said they were looking into whether '
        "the bombing was retaliation for recent operations against the Dawlah "
        "Islamiyah-Maute group in the province. The university suspended classes and "
        "activities indefinitely and deployed more guards around its dormitories. "
        "Soldiers and police put up checkpoints on roads leading out of the city, "
        "which was left in ruins in 2017 when pro-IS fighters held parts of it for "
        "five months. The wounded were brought to the Amai Pakpak Medical Center, "
        "where doctors said several students were in critical condition.",
        "T E V",
        "bombing of Mass",
    ),
    (
        "3 soldiers killed, 2 hurt in clash with NPA rebels in Northern Samar",
        "CATARMAN, Northern Samar — Three soldiers were killed and two others were "
        "wounded in a clash with New People's Army (NPA) rebels in the hinterlands of "
        "Las Navas town on Saturday, the military said. Troops of the Army's 20th "
        "Infantry Battalion were checking reports from residents about armed men "
        "collecting food and money from farmers in Barangay San Isidro when about 30 "
        "rebels fired on them, said Lieutenant Colonel Ramon Dizon, the battalion "
        "commander. The firefight lasted nearly an hour before the rebels withdrew, "
        "carrying their wounded, he said. Soldiers recovered two AK-47 rifles, a "
        "homemade bomb and documents at the site. Around 140 families from two "
        "villages near the encounter site fled to the town center and were staying in "
        "the gymnasium of the central school, the municipal social welfare office "
        "said. Mayor Edito Tarrayo said the families would stay in town until the "
        "military declared the area safe. The Army's 8th Infantry Division said "
        "pursuit operations were under way. The NPA's regional command has not issued "
        "a statement on the encounter. Northern Samar remains one of the few provinces "
        "in Eastern Visayas where the communist insurgency, now in its sixth decade, "
        "is still active.",
        "B D",
        "clash with rebels",
    ),
    (
        "Gunmen ambush convoy of Maguindanao del Sur mayoral bet, kill 2 aides",
        "COTABATO CITY, Philippines – Two aides of a mayoral candidate in Maguindanao "
        "del Sur were killed and three others wounded when gunmen ambushed their "
        "convoy in Datu Abdullah Sangki town on Tuesday, April 22, three weeks before "
        "the May 12 elections. The candidate, incumbent vice mayor Bai Sittie "
        "Ampatuan-Lumenda, was in the second vehicle and was unhurt, police said. The "
        "attackers, armed with assault rifles, opened fire from a cornfield beside the "
        "national highway as the three-vehicle convoy passed Barangay Talisawa on its "
        "way back from a campaign rally. Police said none of the victims was armed. "
        "Regional police director Brigadier General Romeo Macapaz said investigators "
        "were treating the elections as the likely motive and were looking into a "
        "private armed group linked to a political rival. The Commission on Elections "
        "(Comelec) said it was studying whether to place the town under its control, "
        "which would let it take over police and local government functions until the "
        "vote. Comelec chairman George Garcia said the poll body was alarmed by the "
        "number of violent incidents in the Bangsamoro region since the campaign "
        "began. Maguindanao del Sur has long been among the provinces with the most "
        "election-related violence in the country.",
        "V",
        "election ambush",
    ),
    (
        ("Navy sailor loses finger as China Coast Guard rams, boards resupply boats at Ayungin"),
        "MANILA, Philippines — A Filipino sailor lost a finger after China Coast Guard "
        "personnel rammed and boarded Philippine Navy boats on a resupply mission to "
        "the BRP Sierra Madre at Ayungin (Second Thomas) Shoal on Monday, the Armed "
        "Forces of the Philippines said on Wednesday. Several other Navy personnel "
        "were hurt in the confrontation, which military officials called the most "
        "violent at the shoal in years. According to the AFP, Chinese personnel armed "
        "with knives, axes and improvised spears surrounded two rigid-hulled "
        "inflatable boats, punctured them and seized rifles that were packed in cases "
        "for the troops stationed on the grounded ship. Video released by the military "
        "showed Chinese crew members waving blades and shouting as Filipino sailors "
        'tried to push their boats away. "They boarded our boats and attacked our men '
        'with bladed weapons," AFP chief General Romeo Brawner said at a news '
        "conference, adding that the Filipinos had fought back with their bare hands. "
        'The China Coast Guard said it had taken "control measures" against vessels '
        'that "illegally intruded" into waters Beijing claims. The Department of '
        "Foreign Affairs said it would file a diplomatic protest. The National "
        "Security Council, however, said it did not consider the incident an armed "
        "attack that would trigger the Mutual Defense Treaty with the United States.",
        "B",
        "maritime clash",
    ),
    (
        (
            "Military presses air, ground assault on Dawlah Islamiyah in Lanao del "
            "Sur; 1,200 families flee"
        ),
        "MARAWI CITY — The military launched air strikes and artillery fire on Tuesday "
        "against a Dawlah Islamiyah encampment in the mountains between Piagapo and "
        "Maguing towns in Lanao del Sur, as ground troops moved in on what officials "
        "said was the group's last major base in the province. Two FA-50 fighter jets "
        "dropped bombs on the camp before dawn, followed by howitzer fire, said "
        "Brigadier General Yegor Rey Barroquillo of the Army's 103rd Infantry Brigade. "
        "Troops later took the camp and found six bodies, weapons and bomb-making "
        "materials, he said. The operation began on Sunday after informants reported "
        "that about 20 militants, including two foreign fighters, had gathered there. "
        "More than 1,200 families from six barangays fled to evacuation centers in "
        "Piagapo and Marawi, according to the Bangsamoro Ministry of Social Services "
        "and Development. Many of them were farmers who left behind their crops and "
        'livestock when the bombardment started. "We could hear the planes and the '
        'explosions the whole night," said Sittie Macabando, who fled with her five '
        "children. Provincial officials distributed food packs and sleeping mats and "
        "asked the military to allow the evacuees back once the area was cleared. The "
        "Western Mindanao Command said operations would continue until the remaining "
        'militants, believed to be led by the group\'s emir, were "neutralised."',
        "M E D",
        "offensive",
    ),
]
