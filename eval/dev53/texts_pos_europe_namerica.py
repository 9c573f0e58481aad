"""dev53 positives: Europe and North America (Ukraine and Russia, Armenia and Azerbaijan, Kosovo,
Northern Ireland, Turkey and the PKK, riots and crackdowns in Georgia, France, Turkey, Serbia and
the United States, attacks in Washington and Munich), as the European and North American wires
and broadsheets write them.
POSITIVES = [(title, text, tag codes, kind), ...]; tag codes from eval/conflictset (TAG_CODES)."""

POSITIVES = [
    (
        "Russian glide bombs hit Kharkiv, wounding 17",
        "Russian aircraft dropped two guided aerial bombs on Kharkiv's Kyivskyi district on Sunday afternoon, wounding at least 17 people, including three children, the regional governor said on Telegram. One of the bombs left a crater next to a nine-storey block of flats, and rescuers were searching the rubble of a collapsed stairwell for anyone trapped.",
        "E",
        "glide_bomb_strike",
    ),
    (
        "Russia fires hundreds of drones and missiles at Ukraine in overnight barrage",
        "Russia launched 476 drones and 39 missiles at Ukraine overnight, Ukraine's air force said on Monday, in one of the largest aerial attacks of the war. In Kyiv, at least six people were killed when a missile hit a residential building in the Sviatoshynskyi district, the head of the city's military administration said. Thousands of residents spent the night in metro stations.",
        "E",
        "missile_and_drone_attack",
    ),
    (
        "Guided bomb strikes crowded market in Kostiantynivka, killing 11",
        "A Russian guided bomb struck an open-air market in the centre of Kostiantynivka shortly after midday on Thursday, when it was busy with shoppers, killing 11 civilians and wounding 34, the Donetsk regional governor said. Stalls selling vegetables and clothes were set ablaze, and prosecutors opened a war crimes investigation.",
        "E V",
        "airstrike",
    ),
    (
        "Russian drone kills cyclist in Kherson as attacks on residents mount",
        "A 64-year-old man was killed on Wednesday when a Russian drone dropped explosives on him as he cycled along a street in Kherson's Dniprovskyi district, the regional military administration said. Residents of the riverside neighbourhoods say drone operators on the Russian-held left bank of the Dnipro hunt anyone who goes outdoors, and the city has strung anti-drone nets over several roads.",
        "E V",
        "drone_attack",
    ),
    (
        "Russia says its forces captured village near Pokrovsk; Kyiv says fighting goes on",
        "Russia's defence ministry said on Saturday its troops had captured the village of Novotoretske in Ukraine's Donetsk region as they press an offensive towards Pokrovsk. Ukraine's general staff said its forces had repelled 48 Russian assaults on the Pokrovsk axis over the past day and that fighting for the village was continuing.",
        "B M",
        "offensive",
    ),
    (
        "Ukrainian drones set Russian refinery ablaze in Saratov",
        "A large fire broke out at an oil refinery in the Russian city of Saratov after a drone attack overnight, the regional governor said, adding that one worker was injured by falling debris. Ukraine's general staff said its forces had struck the plant because it supplied fuel to the Russian army, and Russia's defence ministry said air defences had downed 121 Ukrainian drones over several regions.",
        "E M",
        "drone_strike",
    ),
    (
        "Ukraine orders evacuation of children from 11 more villages in Sumy region",
        "Authorities in Ukraine's Sumy region ordered the mandatory evacuation of families with children from 11 more villages near the Russian border on Tuesday, as Russian shelling and guided bomb attacks intensified. About 2,000 people, including 380 children, have left the border area in the past week, the regional administration said, most of them for Sumy city and Kyiv.",
        "D E",
        "evacuation",
    ),
    (
        "Missile strike on Odesa-area port kills two workers and damages grain ship",
        "A Russian missile struck the port of Pivdennyi near Odesa late on Friday, killing two port workers and damaging a Panama-flagged bulk carrier that was loading grain, Ukraine's navy said. The port authority said loading resumed at other berths on Saturday morning.",
        "E",
        "missile_strike",
    ),
    (
        "Ukrainian drone hits car in Russia's Belgorod region, governor says",
        "A Ukrainian drone struck a car on a road outside the town of Shebekino in Russia's Belgorod region on Thursday, killing the driver and wounding his passenger, the regional governor said. Border villages in the region have come under near-daily drone and artillery attacks, and several schools have moved to remote lessons.",
        "E",
        "drone_strike",
    ),
    (
        "Ukrainian troops clear Russian units from parts of Kupiansk, military says",
        "Ukrainian forces have cleared Russian assault groups from several blocks in the north of Kupiansk and taken 14 soldiers prisoner, the commander of the Joint Forces said on Sunday. He said Russian infantry had been infiltrating the city in small groups through a gas pipeline and that street fighting was still going on near the railway station.",
        "B M",
        "clearance_operation",
    ),
    (
        "Drone hits aid van near Kramatorsk, killing two volunteers",
        "A Russian drone struck a clearly marked van of a charity that was delivering food and medicine to older residents of a village near Kramatorsk on Tuesday, killing two volunteers and wounding a third, the Donetsk regional governor said. The charity said its teams would suspend deliveries to the area for a week. The UN humanitarian coordinator for Ukraine condemned the attack.",
        "E V H",
        "attack_on_aid_workers",
    ),
    (
        "Strikes on power grid leave hundreds of thousands without heating",
        "Russian missiles and drones hit power plants and substations in six Ukrainian regions overnight, leaving hundreds of thousands of households without electricity or heating as temperatures fell below freezing, the energy ministry said. In Kharkiv, hospitals switched to generators, and the UN humanitarian coordinator appealed for more money for generators and winter supplies for frontline communities.",
        "E H",
        "strikes_on_energy",
    ),
    (
        "Armenia says soldier killed by Azerbaijani fire on border",
        "An Armenian soldier was killed by Azerbaijani fire at a position near the village of Sotk in Gegharkunik province on Tuesday evening, Armenia's defence ministry said. Azerbaijan's defence ministry said Armenian units had fired on its positions first and its troops had returned fire, the latest in a series of shooting incidents along the border.",
        "B",
        "border_clash",
    ),
    (
        "Tens of thousands of Karabakh Armenians pour into Armenia",
        "More than 65,000 ethnic Armenians have crossed from Nagorno-Karabakh into Armenia since Azerbaijan's military offensive last week, the Armenian government said on Thursday, more than half of the enclave's population. Cars packed with belongings queued for hours on the mountain road through the Lachin corridor, and the Red Cross said many arrivals were exhausted and short of food and fuel.",
        "D H",
        "displacement",
    ),
    (
        "Gunmen kill Kosovo police officer and barricade themselves in monastery",
        "About 30 masked gunmen in armoured vehicles ambushed a Kosovo police patrol near the northern village of Banjska early on Sunday, killing one officer and wounding another, Kosovo's interior minister said. The group then took cover in an Orthodox monastery, and police said a gunfight with them went on for several hours. The prime minister called it a terrorist attack organised from Belgrade, which Serbia denied.",
        "B T",
        "armed_attack",
    ),
    (
        "Explosion damages canal supplying water to Kosovo's power plants",
        "An explosion late on Friday damaged the Ibar-Lepenac canal near Zubin Potok in northern Kosovo, cutting water to much of the north and to the cooling systems of the country's two coal-fired power plants. The prime minister called it a terrorist attack on critical infrastructure, and police said they had detained eight people.",
        "E T",
        "bombing",
    ),
    (
        "Bomb explodes under off-duty police officer's car in Tyrone",
        "A device exploded under the car of an off-duty police officer outside his home in Dungannon, County Tyrone, in the early hours of Monday, the Police Service of Northern Ireland said. The officer and his family were not hurt. Detectives said they were treating it as attempted murder under terrorism legislation and that the New IRA was their main line of inquiry.",
        "E T",
        "car_bomb",
    ),
    (
        "Homes set alight on third night of disorder in Ballymena",
        "Masked rioters threw petrol bombs, bricks and fireworks at police lines in Ballymena for a third night on Wednesday, and 15 officers were injured, the PSNI said, describing the violence as racially motivated thuggery. Several houses where migrant families lived were set on fire, and the council moved the families to emergency accommodation.",
        "U V D",
        "riot",
    ),
    (
        "Turkish jets pound PKK targets in northern Iraq after soldiers killed",
        "Turkish warplanes struck 23 targets of the outlawed Kurdistan Workers' Party (PKK) in the Metina and Hakurk regions of northern Iraq overnight, including caves, shelters and ammunition depots, the defence ministry said. The air strikes came hours after nine Turkish soldiers were killed when militants attacked a base in the region.",
        "E M B",
        "airstrike",
    ),
    (
        "Five killed in attack on aerospace company near Ankara",
        "Two attackers armed with rifles stormed the headquarters of a state-owned aerospace company outside Ankara on Wednesday afternoon, one of them detonating explosives at the entrance, killing five people and wounding 22 before both were shot dead by security forces, the interior minister said. The government called it a terrorist attack and said the assailants were members of the PKK.",
        "E V T",
        "terror_attack",
    ),
    (
        "Georgian police fire water cannon and tear gas at Tbilisi protesters",
        "Riot police used water cannon and tear gas to clear thousands of pro-EU protesters from Rustaveli Avenue outside parliament overnight, and the interior ministry said 107 people were detained. Protesters threw fireworks and stones at police lines, and the public defender said several journalists had been beaten by officers.",
        "U",
        "crackdown",
    ),
    (
        "Cars torched and town halls attacked in third night of French riots",
        "Youths set fire to hundreds of cars and attacked town halls and police stations in several French cities for a third night after a 17-year-old was shot dead by a police officer during a traffic stop in Nanterre, the interior ministry said. It said 875 people had been arrested and 249 police officers injured, and 40,000 officers were being deployed across the country.",
        "U",
        "riot",
    ),
    (
        "Federal agents fire tear gas at Los Angeles protesters after immigration raids",
        "Federal agents and police fired tear gas and pepper balls at protesters outside a federal building in downtown Los Angeles on Sunday, as some demonstrators threw rocks and set several cars on fire, police said. The protests followed immigration raids at workplaces across the city, and the governor condemned the president's decision to deploy National Guard troops.",
        "U",
        "clashes",
    ),
    (
        "Two Israeli embassy staff shot dead outside Jewish museum in Washington",
        "A gunman shot dead two young employees of the Israeli embassy as they left an event at a Jewish museum in Washington on Wednesday night, police said. The suspect chanted 'Free Palestine' as he was detained, and the FBI said it was investigating the killings as an act of terrorism and a hate crime.",
        "V T",
        "shooting",
    ),
    (
        "Car driven into union march in Munich; prosecutors cite Islamist motive",
        "A 24-year-old Afghan man drove a car into a union demonstration in central Munich on Thursday, injuring 36 people, two of whom later died, police said. Federal prosecutors took over the case as a terrorist attack, saying the suspect had admitted to an Islamist motive, and charged him with murder and attempted murder.",
        "V T",
        "vehicle_attack",
    ),
    (
        "Russian general killed by bomb outside Moscow apartment block",
        "A Russian general was killed on Monday when an explosive device planted in a parked car detonated as he walked past outside his apartment block in the Moscow region, Russia's Investigative Committee said, opening a terrorism case. A Ukrainian security source told reporters that Kyiv's intelligence service was behind the killing.",
        "E T",
        "car_bomb",
    ),
    (
        "Turkish police fire rubber bullets and pepper spray at Istanbul protesters",
        "Riot police fired rubber bullets, pepper spray and water cannon at thousands of protesters outside Istanbul's city hall late on Sunday, on the fifth night of demonstrations against the jailing of the city's mayor, the main opposition candidate for president. Protesters threw bottles and fireworks, and the interior minister said 1,133 people had been detained over five days.",
        "U",
        "crackdown",
    ),
    (
        "Serbian riot police clash with anti-government protesters in Belgrade",
        "Riot police used batons, pepper spray and tear gas to disperse anti-government protesters in Belgrade and Novi Sad overnight, after demonstrators threw flares and stones at ruling party offices and set one of them on fire, the interior ministry said. Dozens of people were injured and 79 were detained, in the worst violence since the student-led protests began.",
        "U",
        "clashes",
    ),
]
