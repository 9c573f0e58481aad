"""dev257 positives, part A: the Himalayas, Kashmir, the South China Sea, Kosovo, Essequibo and the
Sahara (current armed violence over disputed land and sea). See build.py."""

POSITIVES = [
    (
        "Twenty Indian soldiers killed in Galwan Valley clash with Chinese troops, army says",
        "Twenty Indian soldiers, including a commanding officer, were killed in a violent face-off "
        "with Chinese troops in the Galwan Valley of eastern Ladakh on Monday night, the Indian "
        "army said on Tuesday, the first deadly clash on the disputed frontier in 45 years. The "
        "army initially put the toll at three but said 17 more soldiers who were critically "
        "injured at the stand-off site had died after being exposed to sub-zero temperatures at "
        "high altitude. No shots were fired, officials said, in keeping with protocols that bar "
        "firearms near the Line of Actual Control; soldiers fought with stones, batons and clubs "
        "studded with nails, and some fell into the fast-flowing Galwan river. China's foreign "
        "ministry accused Indian troops of crossing the line twice and “provoking and attacking "
        "Chinese personnel”, but did not say whether its own soldiers had been killed. Indian "
        "media, citing intelligence estimates, said the Chinese side had suffered casualties as "
        "well. The clash came after weeks of build-up along the Pangong Tso lake and at Hot "
        "Springs, where thousands of troops from both armies have faced each other since early "
        "May. Major generals from the two sides met on Tuesday to try to defuse the situation. "
        "“The loss of soldiers in the line of duty is deeply disturbing and painful,” Defence "
        "Minister Rajnath Singh wrote on Twitter.",
        "B",
        "clash",
    ),
    (
        "Indian and Chinese troops clash at Yangtse in Arunachal, minor injuries on both sides",
        "Indian and Chinese soldiers clashed along the Line of Actual Control in the Yangtse area "
        "of Arunachal Pradesh's Tawang sector on December 9, leading to minor injuries to a few "
        "personnel on both sides, the Indian army said on Monday. People's Liberation Army troops "
        "“contacted” the line and tried to unilaterally change the status quo, Defence Minister "
        "Rajnath Singh told parliament, adding that Indian troops had stopped them “in a firm and "
        "resolute manner” and forced them back to their posts. Two army officials, speaking on "
        "condition of anonymity, said about 300 Chinese soldiers carrying sticks and clubs had "
        "approached an Indian post on a ridge at 17,000 feet, and that six Indian soldiers were "
        "being treated at a military hospital in Guwahati. Nobody was killed or seriously hurt, "
        "the minister said. The Western Theatre Command of the PLA said its troops had been on a "
        "routine patrol “on the Chinese side” when they were blocked by Indian soldiers. Local "
        "commanders held a flag meeting on December 11 to restore calm. Opposition lawmakers walked "
        "out after the speaker refused a debate, accusing the government of hiding the details for "
        "four days.",
        "B",
        "clash",
    ),
    (
        "Shelling along Line of Control kills 11, including six civilians, as villagers take to bunkers",
        "Heavy shelling across the Line of Control in Jammu and Kashmir killed at least 11 people "
        "on Friday, among them six civilians and four Indian soldiers, officials on both sides said, "
        "in one of the worst days of cross-border fire since a 2003 truce began to unravel. Indian "
        "army officials said Pakistani troops opened fire with mortars and artillery at several "
        "points from Gurez to Uri, and that a Border Security Force sub-inspector was among the "
        "dead. In Uri, a woman and her teenage son were killed when a shell hit their house in "
        "Balkote village, police said. The Indian army said it retaliated and destroyed several "
        "Pakistani bunkers and fuel dumps. Pakistan's military said four civilians, including a "
        "child, were killed and 12 wounded by “unprovoked” Indian fire in the Neelum valley, and "
        "that a soldier had died. Hundreds of families in border hamlets spent the night in "
        "community bunkers, and some left for relatives' homes in Baramulla. Schools along a "
        "stretch of the line were shut for the weekend, the district magistrate's office said.",
        "E D",
        "cross_border_fire",
    ),
    (
        "India strikes nine sites in Pakistan; shells hit Poonch as families flee border towns",
        "India fired missiles at nine sites in Pakistan and Pakistan-administered Kashmir early on "
        "Wednesday in what it called Operation Sindoor, saying it had hit “terrorist "
        "infrastructure” linked to last month's massacre of tourists at Pahalgam. Pakistan said 26 "
        "civilians were killed and 46 wounded, including women and children, when mosques and "
        "homes were struck in Bahawalpur, Muridke and Muzaffarabad, and vowed to respond. Within "
        "hours, heavy Pakistani artillery and mortar fire hit Poonch town and villages along the "
        "Line of Control, killing at least 12 civilians and a soldier, according to Indian "
        "officials. A gurdwara and several shops in Poonch's main market were damaged. Thousands of "
        "residents loaded cars and tractors and left for Jammu, while others sheltered in "
        "basements. Pakistan's military spokesman said five Indian aircraft had been shot down, a "
        "claim India did not address. Airports across northern India were closed to civilian "
        "flights. The United Nations secretary-general called for “maximum military restraint” "
        "from both sides.",
        "E M V D",
        "missile_strike",
    ),
    (
        "Gunmen kill 26 tourists in Kashmir meadow in deadliest attack on civilians in years",
        "Gunmen opened fire on tourists at a meadow near Pahalgam in Indian-administered Kashmir on "
        "Tuesday, killing 26 people, most of them men visiting from other Indian states, police "
        "said. Survivors told reporters that the attackers emerged from a pine forest above the "
        "Baisaran meadow, asked men their names and religion and shot them at close range. A Nepali "
        "national and a local pony operator who tried to wrestle a rifle from one attacker were "
        "among the dead, officials said. At least 17 people were wounded and taken to hospitals in "
        "Anantnag and Srinagar. Prime Minister Narendra Modi cut short a visit to Saudi Arabia and "
        "said those behind the “heinous act” would be brought to justice. A little-known group "
        "called The Resistance Front, which Indian authorities say is a proxy of the "
        "Pakistan-based Lashkar-e-Taiba, was reported to have claimed the attack. Pakistan denied "
        "any involvement. Thousands of tourists queued for flights out of Srinagar on Wednesday as "
        "shops across the valley stayed shut in protest at the killings.",
        "T V",
        "terror_attack",
    ),
    (
        "Army says five infiltrators killed near LoC in Kupwara after two-day gunfight",
        "Five militants trying to cross into Indian-administered Kashmir from across the Line of "
        "Control were killed in a gunfight with troops in the Machil sector of Kupwara district, "
        "the Indian army said on Saturday. The operation began on Thursday after sentries spotted "
        "movement along the fence in thick fog, according to a statement from the army's Chinar "
        "Corps. The militants fired at a patrol and the exchange went on intermittently for nearly "
        "two days in dense forest, it said. Troops recovered five assault rifles, pistols, grenades "
        "and Pakistani currency from the site, officials said. One soldier was injured and "
        "evacuated by helicopter to a hospital in Srinagar. The army said the bodies had not been "
        "identified but that the group belonged to Lashkar-e-Taiba. Pakistan's military did not "
        "comment. Officials say infiltration attempts usually rise in the weeks before snow closes "
        "the mountain passes, and that a combing operation was continuing along the slopes.",
        "B M",
        "infiltration",
    ),
    (
        "Philippine sailor loses thumb as Chinese coast guard boards boats at Second Thomas Shoal",
        "A Filipino navy sailor lost his right thumb and several others were hurt when Chinese coast "
        "guard personnel armed with knives, axes and spears rammed and boarded Philippine boats on "
        "a resupply mission to Second Thomas Shoal on Monday, the Philippine military said. Armed "
        "forces chief General Romeo Brawner said Chinese personnel punctured the inflatable boats, "
        "seized eight rifles that were packed in cases and threw navigation equipment into the sea. "
        "“They are like pirates,” Brawner told reporters, demanding that China return the weapons "
        "and pay for the damage. Video released by the military showed Chinese crew brandishing "
        "blades and sirens blaring as the boats came alongside the grounded BRP Sierra Madre. The "
        "Chinese coast guard said it had taken “control measures, including boarding and "
        "inspection” against vessels that had “illegally intruded” and that its actions were "
        "professional and restrained. Washington called the Chinese actions “aggressive and "
        "dangerous”. Manila said it would not invoke its mutual defence treaty with the United "
        "States for now because the incident was not yet an armed attack.",
        "M",
        "boarding",
    ),
    (
        "Vietnam says Chinese forces beat fishermen with iron bars near Paracels, ten injured",
        "Vietnam has protested to China after men it described as Chinese law enforcement officers "
        "boarded a fishing boat near the Paracel Islands and beat its crew with iron bars, injuring "
        "ten fishermen, four of them seriously. The boat, from Quang Ngai province, was fishing "
        "near Bong Bay island on Sunday when two Chinese vessels approached, according to the "
        "fishermen's association of Ly Son district. The crew said the men struck them repeatedly, "
        "then seized their catch and about 4,000 litres of fuel and smashed their navigation "
        "equipment. One fisherman suffered a broken arm and another a broken leg, local officials "
        "said. “They came on board and hit us without saying anything,” the captain told the "
        "state-run Tuoi Tre newspaper from a hospital bed in Ly Son. Foreign ministry spokeswoman "
        "Pham Thu Hang said Hanoi was “deeply concerned and strongly objected to the brutal "
        "treatment” of Vietnamese citizens. Beijing said its coast guard had “expelled” the boat "
        "in line with the law and that no one had been injured. The injured men were brought back "
        "to shore by another boat from their fleet.",
        "V",
        "assault",
    ),
    (
        "Four Philippine navy crew injured as Chinese water cannon shatters resupply boat windows",
        "Four Philippine navy personnel were injured on Saturday when Chinese coast guard ships "
        "blasted a resupply boat with water cannon near Second Thomas Shoal, the Philippine "
        "military said, calling the attack “deliberate”. The high-pressure jets smashed the "
        "windshield of the Unaizah May 1, showering the crew with broken glass and disabling the "
        "engine, spokesman Colonel Francel Padilla said. The vessel had to be towed back to "
        "Palawan, and three of the injured were airlifted to a military hospital, the armed forces "
        "said. Two Chinese coast guard ships fired the water cannon from both sides for about an "
        "hour while a third blocked the route, according to the Philippine coast guard, which "
        "released video of the encounter. Rear Admiral Roy Vincent Trinidad said a navy "
        "vice-admiral aboard had also been hit by flying glass. China's coast guard said it had "
        "“taken necessary measures” against vessels that entered its waters without permission. "
        "Manila summoned a Chinese envoy, its strongest protest in months.",
        "M",
        "water_cannon_attack",
    ),
    (
        "Police officer killed as armed group storms Kosovo village; three attackers dead",
        "A Kosovo police officer was killed and another wounded on Sunday when about 30 heavily "
        "armed men ambushed a patrol in the village of Banjska in the Serb-majority north, and three "
        "attackers died in a firefight that raged for hours around a Serbian Orthodox monastery, "
        "Kosovo's government said. Prime Minister Albin Kurti accused Belgrade of backing the "
        "attack and called the gunmen “professionals” in military gear. Police said they seized "
        "armoured vehicles, rocket launchers, explosives and enough weapons for hundreds of "
        "fighters. Pilgrims from Novi Sad were trapped in the monastery during the siege, the "
        "Serbian Orthodox diocese said. Serbian President Aleksandar Vucic described the dead men as "
        "Kosovo Serbs who had “rebelled against Kurti's terror” and denied that Serbia was "
        "involved. The European Union called the assault a “hideous attack” and NATO's "
        "peacekeeping force said it was ready to act. Kosovo declared a day of mourning and closed "
        "two border crossings with Serbia.",
        "B T",
        "armed_attack",
    ),
    (
        "Thirty NATO peacekeepers hurt as Serb protesters clash with KFOR in Zvecan",
        "Thirty soldiers of NATO's Kosovo Force were injured on Monday, some with fractures and "
        "burns from improvised incendiary devices, when Serb protesters tried to take over a "
        "municipal building in the northern town of Zvecan, the alliance said. Italian and "
        "Hungarian troops fired tear gas and stun grenades after crowds threw rocks, bottles and "
        "Molotov cocktails, according to witnesses. Serbia's president said 52 Serbs had been "
        "wounded, three of them seriously. The protesters were trying to stop ethnic Albanian "
        "mayors, elected in April in a vote that Serbs boycotted, from entering the town halls of "
        "the north. Several vehicles were set on fire and journalists were attacked. KFOR commander "
        "Major General Angelo Michele Ristuccia called the attacks “unprovoked and unacceptable”. "
        "Serbia put its army on the highest state of alert and moved units closer to the boundary. "
        "Washington, which had backed Pristina for years, rebuked Kosovo's government for forcing "
        "the mayors into office.",
        "U",
        "riot",
    ),
    (
        "Blast damages Ibar-Lepenac canal in northern Kosovo; Kurti calls it terrorist attack",
        "An explosion damaged the Ibar-Lepenac canal near the village of Varage in northern Kosovo "
        "late on Friday, cutting water to a large part of the country and threatening the cooling "
        "system of its two coal-fired power plants, officials said. Prime Minister Albin Kurti said "
        "the blast was a “criminal and terrorist attack” by “professional gangs directed by "
        "Belgrade” aimed at crippling Kosovo's critical infrastructure. Police said a heavy "
        "explosive device had been placed on the concrete lining of the canal and that several "
        "suspects had been detained after raids in Zubin Potok. No one was hurt in the explosion. "
        "Serbia's government rejected the accusation and said it condemned any attack on "
        "infrastructure. Water utilities in Pristina and Mitrovica began rationing, and schools "
        "said they would close early. NATO's Kosovo Force said it had increased patrols along the "
        "canal, which carries water from the Gazivoda lake. The European Union urged both sides to "
        "avoid inflaming tensions.",
        "E T",
        "sabotage",
    ),
    (
        "Six Guyana soldiers wounded in attack on patrol along Cuyuni river near Venezuela",
        "Six soldiers of the Guyana Defence Force were wounded on Sunday when armed men fired on a "
        "supply boat on the Cuyuni river, which marks the border with Venezuela, the army said. The "
        "boat was taking supplies to troops at Makapa in the Essequibo region when gunmen on the "
        "Venezuelan bank opened fire with automatic weapons, according to a statement. The soldiers "
        "returned fire. Three of the wounded were airlifted to Georgetown and were in stable "
        "condition, officials said. President Irfaan Ali condemned what he called a “criminal "
        "armed attack” and said the perpetrators were members of a Venezuelan armed gang, a "
        "so-called sindicato, operating with impunity. It was at least the third attack on "
        "Guyanese forces on the river in a year. Venezuela, which claims about two-thirds of Guyana "
        "as its own, did not respond. The United States and Brazil expressed concern and called "
        "for calm.",
        "B",
        "ambush",
    ),
    (
        "One dead, three wounded as projectiles hit Smara in Western Sahara",
        "One person was killed and three others injured on Sunday when projectiles struck "
        "residential areas of Smara, a city in Western Sahara controlled by Morocco, local "
        "officials said. Four explosions were heard shortly before midnight, and the dead man, a "
        "23-year-old, was hit near his family's home in the Al-Mahbes quarter, according to the "
        "regional authorities. Two of the injured were in a serious condition at the city's "
        "hospital. Moroccan prosecutors opened an investigation, and the United Nations "
        "peacekeeping mission, MINURSO, sent a team to the impact sites. Pro-government media "
        "blamed the Polisario Front, which declared a 2020 ceasefire void and has since claimed "
        "regular attacks on Moroccan positions along the sand berm. The Polisario did not claim "
        "the strikes. Residents said it was the first time in years that projectiles had landed "
        "inside the city itself, rather than on the berm. The UN envoy, Staffan de Mistura, "
        "called for restraint.",
        "E",
        "shelling",
    ),
    (
        "Moroccan drone strike kills four near Mijek, Polisario says",
        "A Moroccan drone strike killed four people travelling in two vehicles east of the sand "
        "berm in Western Sahara, the Polisario Front said on Monday, accusing Rabat of targeting "
        "civilians. The Sahrawi Press Service said the strike happened on Saturday near Mijek, in "
        "the strip of territory the independence movement controls, and that a fifth man was badly "
        "burned. Moroccan officials did not comment, but a military source told the Moroccan news "
        "site Le360 that the army had struck “a Polisario unit” preparing an attack. Armed "
        "drones have become Morocco's main weapon in the low-level war that resumed in November "
        "2020, analysts say. Since then, dozens of people, including fighters, Mauritanian and "
        "Algerian traders and gold prospectors, have been killed in similar strikes, according to "
        "Sahrawi groups. A spokesman for MINURSO said the mission was aware of the reports and was "
        "trying to reach the site. Mauritania said none of its nationals were among the dead this "
        "time.",
        "E M",
        "drone_strike",
    ),
    (
        "Morocco sends troops into Guerguerat buffer zone; Polisario says truce is over",
        "Morocco sent troops into the UN-monitored buffer zone at Guerguerat in Western Sahara on "
        "Friday to end a three-week blockade of the only road to Mauritania, and the Polisario "
        "Front said the move ended a ceasefire that had held since 1991. The Moroccan army said it "
        "had set up a “security cordon” to secure the flow of goods and people, and that its units "
        "had come under fire and responded without casualties. The Polisario said its fighters had "
        "attacked Moroccan positions at several points along the 2,700-kilometre sand berm, and "
        "that “the war has started”. Sahrawi protesters who had blocked the road had left the "
        "area before the troops arrived, it said. Hundreds of lorry drivers had been stranded on both sides "
        "of the crossing for weeks. Algeria condemned the operation, while Qatar, Jordan and the "
        "Gulf states backed Rabat. UN Secretary-General Antonio Guterres said he regretted that "
        "efforts to avoid a breakdown had failed.",
        "M B",
        "military_operation",
    ),
]
