"""dev372 positives, part B: wars and political violence abroad and in the Pacific, as the
Australian and New Zealand press report them for their readers. (title, text, tag codes, kind)"""

POSITIVES = [
    (
        "Melbourne aid worker Zomi Frankcom among seven killed in Israeli strike on Gaza convoy",
        'Australian aid worker Lalzawmi "Zomi" Frankcom has been killed along with six colleagues '
        "from World Central Kitchen when their convoy was hit by an Israeli air strike in central "
        "Gaza. The charity said the team was travelling in two armoured cars branded with its logo, "
        "and a third vehicle, after unloading more than 100 tonnes of food at a warehouse in Deir "
        "al-Balah. It said it had coordinated the route with the Israel Defense Forces. The dead also "
        "included a Palestinian driver and workers from Britain, Poland and the United States. Ms "
        "Frankcom, 43, grew up in Melbourne and had worked for the organisation for five years. Prime "
        'Minister Anthony Albanese said he had spoken to her family and that Australia expected "full '
        'accountability" for the deaths. World Central Kitchen paused its operations in the region, '
        "and ships carrying aid from Cyprus turned back. The Israeli military said it was carrying "
        "out a thorough review at the highest levels. "
        "Relatives in Melbourne described her as selfless and brave. The charity has delivered millions of meals in Gaza since the war began. Aid groups said the strike would make their work even more dangerous.",
        "E V H",
        "airstrike",
    ),
    (
        "Australians fleeing Lebanon land in Sydney as strikes pound Beirut's southern suburbs",
        "The first of the Australians evacuated from Lebanon on government-chartered flights have "
        "arrived home, describing nights of explosions and days of queueing for seats out of Beirut. "
        "About 230 Australians and their families landed at Sydney Airport on Sunday after flying via "
        "Cyprus, and the Department of Foreign Affairs and Trade said more flights had been booked for "
        "the coming week. Israeli air strikes have hit the southern suburbs of the capital almost "
        "every night since late September, and hundreds of thousands of Lebanese have fled the south. "
        '"We could hear the bombs from my aunt\'s balcony," said Layla, a mother of three from '
        "Bankstown, who did not want her surname published. Foreign Minister Penny Wong urged the "
        "roughly 15,000 Australians still believed to be in Lebanon to take any seat available. "
        "Commercial flights from Beirut's airport have been sharply reduced. Some families who "
        "arrived on Sunday said they had left elderly relatives behind because they could not travel. "
        "Lebanon's health ministry says more than 1,000 people have been killed in the past fortnight. Passengers were given hot meals and blankets on arrival. DFAT staff in Beirut are helping with documents.",
        "D E",
        "evacuation",
    ),
    (
        "Kiwis stranded in Israel and Iran told to leave by land as missile exchanges continue",
        "New Zealanders in Israel and Iran are being urged to leave by land as the two countries trade "
        "missile and air strikes for a sixth day, with airspace across the region closed. Foreign "
        "Minister Winston Peters said a Defence Force C-130J Hercules and an evacuation team had been "
        "sent to the Middle East to be ready to fly people out once it was safe. About 100 New "
        "Zealanders have registered as being in Israel and a smaller number in Iran. In Tel Aviv, an "
        "Auckland woman told the Herald she had spent much of the night in a stairwell shelter as "
        "interceptions lit up the sky. Iranian state media reported that strikes on Tehran had "
        "killed civilians, and Israeli authorities said ballistic missiles had hit homes in several "
        "cities. Officials said New Zealanders in Iran should head for the border with Azerbaijan or "
        'Armenia if they could do so safely. Peters said the situation was "fluid and dangerous".',
        "D E",
        "evacuation",
    ),
    (
        "Nouméa evacuation: first flights bring Australians home from riot-hit New Caledonia",
        "Two Royal Australian Air Force planes have flown 84 Australians and other tourists out of "
        "New Caledonia after France gave permission for the flights amid more than a week of deadly "
        "rioting. The passengers, some of whom had been stuck in hotels for eight days, landed in "
        "Brisbane late on Tuesday. A New Zealand Defence Force Hercules carried about 50 New "
        "Zealanders from Noumea's domestic Magenta airport to Auckland on the same day. The commercial "
        "airport remains closed after rioters burned businesses and cars and set up roadblocks, and "
        "six people have been killed in the unrest, including two gendarmes. Travellers described "
        "hearing gunfire at night and seeing smoke over the city's suburbs. \"We were rationing "
        'bread and water," said a couple from the Gold Coast. DFAT said there were about 300 '
        "Australians still registered in the territory who wished to leave. French security "
        "forces have been trying to clear barricades on the road to La Tontouta.",
        "D U",
        "evacuation",
    ),
    (
        "Dozens killed in Enga ambush as tribal fighting escalates in PNG Highlands",
        "At least 49 men have been killed in an ambush in Papua New Guinea's Enga province, police "
        "say, in one of the deadliest outbreaks of tribal fighting in the Highlands in years. Bodies "
        "were found along roads and in fields near the town of Wabag on Sunday and loaded onto the "
        "back of a truck, acting police commissioner David Manning said. Police believe the killings "
        "were a reprisal between two clans whose long-running feud has been fuelled by the arrival of "
        "automatic rifles and hired gunmen. A small contingent of soldiers and police had been sent "
        "to the area before the attack but were heavily outnumbered. Residents told RNZ Pacific that "
        "houses were burned and families fled into the bush. Prime Minister James Marape said he "
        "would push for tougher laws and more officers. Australia's Foreign Minister Penny Wong said "
        "Canberra stood ready to help. "
        "Police said some of the bodies were found in a river. Tribal fighting has killed hundreds of people in Enga in recent years. Hospitals in Wabag were struggling to cope with the wounded. Church groups organised food for families who had fled.",
        "B V D",
        "clan_fighting",
    ),
    (
        "Susi Air pilot Phillip Mehrtens taken hostage by West Papuan separatists",
        "Indonesian authorities are searching for a New Zealand pilot who was taken hostage by "
        "separatist fighters after landing in the remote Nduga region of Papua. The West Papua "
        "National Liberation Army said its fighters set fire to the single-engine Susi Air plane "
        "flown by Phillip Mehrtens, from Christchurch, shortly after it touched down at Paro airstrip "
        "on Tuesday. The group's spokesman said the pilot would not be released unless Indonesia "
        "recognised the region's independence. Five passengers, all Papuans, were released. "
        "Indonesian police and soldiers were sent to the area and said they were trying to "
        "negotiate through local leaders. New Zealand's Ministry of Foreign Affairs and Trade said "
        "it was aware of the situation and was providing consular support to the family. The "
        "separatists have fought a low-level insurgency in the region for decades. "
        "Mehrtens, who has a young son in Bali, had been flying for the airline for several years. Indonesia sent extra troops to the region after the attack. The separatists released photographs of the pilot surrounded by armed men. Church leaders in Papua offered to help.",
        "V",
        "abduction",
    ),
    (
        "Perth man killed fighting for Ukraine near Bakhmut, family says",
        "A Perth man who travelled to Ukraine to fight with its International Legion has been killed "
        "in fighting near Bakhmut, his family says. The 34-year-old former Army reservist had been "
        "in the country since last spring and was serving with a unit defending positions east of "
        "Chasiv Yar when it came under heavy Russian artillery fire. His sister told the ABC he "
        "died on Thursday alongside two Ukrainian soldiers while trying to carry a wounded comrade "
        'to safety. "He said he couldn\'t watch it on TV and do nothing," she said. The Department of '
        "Foreign Affairs and Trade said it was providing consular assistance and repeated its advice "
        "not to travel to Ukraine. He is at least the fourth Australian known to have died in the "
        "war. Ukrainian officials said Russian forces had launched dozens of assaults along that part "
        "of the front over the past week. "
        "His family said they would try to bring his body home. Friends in Perth described him as generous and funny. He had previously served in Afghanistan. Ukraine's embassy in Canberra sent condolences.",
        "B E",
        "battle",
    ),
    (
        "Melbourne man Oscar Jenkins shown in Russian captivity after being seized in Ukraine",
        "The federal government is urgently seeking information about Oscar Jenkins, a Melbourne "
        "teacher fighting with Ukrainian forces, after a video surfaced appearing to show him being "
        "questioned and struck by Russian soldiers. The 32-year-old was captured during fighting in "
        "the east of the country, according to his friends and Ukrainian officials. In the footage, "
        'a man in a uniform asks him where he is from, and he replies: "Australia." Foreign Minister '
        "Penny Wong said Canberra had raised the case with Russia's ambassador and expected Moscow to "
        "treat him as a prisoner of war under international humanitarian law. Mr Jenkins enlisted "
        "in the Ukrainian armed forces after Russia's full-scale invasion. Russian forces have pressed "
        "attacks across several sectors of the front in recent weeks. His family asked for privacy. "
        "Friends said he had taught English in Ukraine before the war. Human rights lawyers said foreign fighters are at risk of being tried as mercenaries by Russian courts. The case has raised fears for his safety among Melbourne's Ukrainian community.",
        "B",
        "capture",
    ),
    (
        "Kabul airport bombing: Australians told to leave area as last RAAF flights depart",
        "Australia has ended its evacuation flights from Kabul hours after a suicide bombing outside "
        "the airport killed scores of Afghans and 13 US troops. Prime Minister Scott Morrison said "
        "no Australians or Defence personnel were hurt in the blast at the Abbey Gate, which the "
        "Islamic State group's Afghan branch claimed. More than 4,100 people, including Australian "
        "citizens, visa holders and Afghans who worked with the Defence Force, had been flown out on "
        "RAAF aircraft to Dubai since the Taliban took the capital. Hundreds more with Australian "
        "visas were left outside the gates, and some had been waiting in the sewage canal by the "
        'wall when the bomb went off. "We will not forget them," Morrison said. A Brisbane man told '
        "the ABC his brother was among the wounded being treated at Kabul's Emergency hospital. "
        "Officials said gunmen also opened fire on the crowd after the explosion. "
        "The Defence Force said it would keep working with partners to help those left behind. Afghan Australians gathered at vigils in Melbourne and Sydney. The RAAF flew its final flight just before dawn.",
        "T E D",
        "suicide_bombing",
    ),
    (
        "Australian personnel help in US-UK strikes on Houthi targets in Yemen",
        "Australian Defence Force personnel provided support to overnight air and missile strikes "
        "by the United States and Britain against Houthi targets in Yemen, the federal government "
        "has confirmed. Defence Minister Richard Marles said a small number of Australians based in "
        "the region were involved in planning and intelligence, but no Australian ships or aircraft "
        "fired. The strikes hit radar sites, drone launch areas and weapons depots used in attacks on "
        "commercial shipping in the Red Sea, according to the Pentagon. The Houthis said five of "
        "their fighters were killed and vowed to retaliate against American and British interests. "
        "Opposition defence spokesman Andrew Hastie said Australia should have sent a warship. Marles "
        "said the action was in line with international law and aimed at protecting freedom of "
        "navigation. Shipping insurers said rates for Red Sea voyages had climbed again.",
        "E M",
        "airstrike",
    ),
    (
        "Sydney family lose 11 relatives in strike on Gaza home",
        "A western Sydney family says it has lost 11 relatives, including five children, in an "
        "Israeli air strike that flattened their extended family's home in the Nuseirat camp in "
        "central Gaza. Ahmed, a Guildford taxi driver who asked that his surname not be published, "
        "said he learnt of the deaths from a cousin who survived and posted photos of the rubble. "
        '"My sister, her husband, their children, all of them under one roof," he said. The strike '
        "came on a night when Gaza's Health Ministry said more than 100 people were killed across the "
        "territory. The Israel Defense Forces said it was targeting Hamas operatives and "
        "infrastructure and took steps to reduce harm to civilians. The family has written to the "
        "Department of Foreign Affairs and Trade asking for help to get surviving relatives, who are "
        "sheltering in a school, out through the Rafah crossing. Several hundred Australians and "
        "their families have already left Gaza, according to DFAT. "
        "Community leaders in Guildford held a prayer for the dead on Friday. The family said they had been trying for weeks to get their relatives on a list for the crossing. DFAT said it could not comment on individual cases.",
        "E V D",
        "airstrike",
    ),
    (
        "Australian-Israeli grandmother among those killed as Hamas gunmen storm kibbutzim",
        "An Australian-Israeli woman has been confirmed among the hundreds of people killed when "
        "Hamas gunmen crossed from Gaza into southern Israel on Saturday, her family in Sydney says. "
        "Galit Carbone, 50, who grew up partly in Australia, was killed in her home at Kibbutz Be'eri, "
        "where militants went from house to house shooting residents and setting homes on fire. "
        "Israeli officials said more than 1,200 people had been killed in the attack and about 200 "
        'taken hostage into Gaza. Prime Minister Anthony Albanese called the assault "terrorism" and '
        "said Australia stood with Israel. Israel has since launched heavy air strikes on Gaza, "
        "where health officials say hundreds have been killed. Qantas is preparing repatriation "
        "flights from Tel Aviv for Australians who want to leave. The Opera House sails were lit in "
        "blue and white on Monday night.",
        "T V E",
        "terrorist_attack",
    ),
    (
        "Kiwi surgeon describes 'unending' casualties at Gaza's Nasser hospital",
        "A Wellington surgeon who has just returned from a fortnight at Nasser hospital in Khan "
        "Younis says staff there are operating on the floor as wounded people arrive faster than they "
        "can be treated. Speaking to RNZ, she said the hospital had run out of anaesthetic on two "
        "days and that children with blast and burn injuries were being treated in corridors. "
        "Fighting between Israeli troops and Hamas was going on within a few hundred metres of the "
        "hospital during her stay, she said, and tank shells had struck near the maternity ward. "
        "Thousands of displaced families were camped in the hospital grounds. The World Health "
        "Organization says fewer than half of Gaza's hospitals are even partly working. The surgeon, "
        'who went with Medical Aid for Palestinians, said she hoped to go back. "The need is beyond '
        'anything I have seen," she said. '
        "She said drugs and equipment were being carried in by visiting doctors in their personal luggage. Water had to be rationed. Several local doctors she worked alongside had been killed or detained.",
        "H B E D",
        "hospital_crisis",
    ),
    (
        "Sudanese Australians plead for help as RSF storms El Fasher",
        "Sudanese Australians gathered outside Parliament House in Canberra on Wednesday to plead for "
        "help for relatives in El Fasher, where the paramilitary Rapid Support Forces have taken the "
        "city after an 18-month siege. Community leaders said they had lost contact with dozens of "
        "family members since the weekend. The United Nations said hundreds of civilians were "
        "reported killed as RSF fighters moved through the city, including at least 460 people at a "
        'maternity hospital, and tens of thousands had fled towards Tawila. "My mother called me '
        'once, and she was hiding under a bed," said Amna, a nurse from Melbourne. Foreign Minister '
        "Penny Wong condemned the killings and announced an extra $10 million in humanitarian aid. "
        "Aid agencies said people were arriving in Tawila exhausted and wounded after walking for "
        "days. The Australian Sudanese community numbers about 20,000 people. "
        "The RSF denies targeting civilians. Aid agencies say famine conditions have been confirmed in parts of Darfur. Community members have raised money for relatives in Chad.",
        "V B D H",
        "massacre",
    ),
    (
        "Two Australians killed in Sri Lanka Easter bombings, Morrison confirms",
        "Prime Minister Scott Morrison has confirmed that two Australians, a mother and her daughter "
        "from Melbourne, were among more than 250 people killed in a wave of suicide bombings on "
        "churches and hotels in Sri Lanka on Easter Sunday. Manik Suriaaratchi and her 10-year-old "
        "daughter Alexendria died at St Sebastian's Church in Negombo, north of Colombo, where a "
        "bomber blew himself up during Mass. Her husband, who was outside, survived. Sri Lankan "
        "officials blamed a local Islamist group, National Thowheeth Jama'ath, and the Islamic State "
        'group later claimed responsibility. Morrison said the attacks were "an act of terrorism '
        'against Christians" and that Australia would offer forensic help. A curfew and a ban on '
        "social media remain in force across Sri Lanka, and DFAT has raised its travel advice. "
        "Several other Australians were injured, officials said. "
        "Sri Lankan police said they had arrested more than 20 people. The bombers struck at three churches and three luxury hotels in and around Colombo within about half an hour.",
        "T E V",
        "suicide_bombing",
    ),
    (
        "Australians warned off Jakarta as protests over delivery driver's death turn violent",
        "The federal government has upgraded its travel advice for Indonesia after protests over the "
        "death of a motorcycle taxi driver run over by a police vehicle spread from Jakarta to other "
        "cities, with regional parliament buildings set alight. At least three people were killed "
        "when a council building in Makassar was torched on Friday night, local officials said. In "
        "the capital, riot police fired tear gas and water cannon at crowds throwing rocks and "
        "fireworks near the national parliament, and the homes of several MPs were looted. Smartraveller "
        "told Australians to avoid protests and reconsider travel to affected areas, while Bali "
        "remained largely calm. President Prabowo Subianto cancelled a trip to China and said the "
        "police officers involved would be punished. Students and ride-hailing drivers said "
        "protests against lawmakers' allowances would continue. "
        "Police said more than 1,000 people had been detained across the country. Regional airlines cancelled some flights to Makassar. Several foreign embassies in Jakarta closed for the day.",
        "U",
        "riot",
    ),
]
