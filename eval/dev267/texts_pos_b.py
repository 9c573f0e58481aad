"""dev267 positives, part b: the desk's stories that report current fighting, strikes, attacks
or casualties (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "US blacklists 271 Syrian chemists over sarin attack on Khan Sheikhoun",
        "The Treasury Department on Monday imposed sanctions on 271 employees of Syria's Scientific Studies "
        "and Research Center, the agency it says developed the nerve agent dropped on the town of Khan "
        "Sheikhoun this month. The attack on April 4 killed more than 80 people, many of them children, who "
        "were found suffocating in their homes and in the street after a morning air raid. Rescue workers "
        "in Idlib province said hospitals treating the survivors were struck again hours later. Washington "
        "answered with 59 Tomahawk missiles fired at the Shayrat air base, from which it says the aircraft "
        "took off. 'These sweeping sanctions target the scientists who supported Bashar al-Assad's "
        "despicable chemical weapons attack,' Treasury Secretary Steven Mnuchin said. Damascus denies using "
        "chemical weapons and Russia has blocked a Security Council resolution demanding access for "
        "inspectors. The Organisation for the Prohibition of Chemical Weapons said its tests confirmed "
        "sarin exposure in samples taken from ten victims.",
        "E V H",
        "chemical_attack",
    ),
    (
        "German Marder vehicles seen in Kursk incursion as Berlin says its rules allow it",
        "Ukrainian troops pressed deeper into Russia's Kursk region on Wednesday, the eighth day of the "
        "largest incursion on Russian soil since the Second World War, and photographs verified by analysts "
        "showed German-made Marder infantry fighting vehicles and US Stryker vehicles among the units taking "
        "part. Kyiv's commander-in-chief Oleksandr Syrskyi said his forces controlled 74 settlements. Russian "
        "authorities said more than 121,000 people had been evacuated from border districts, and Belgorod "
        "region declared a state of emergency after shelling. The German government said weapons it "
        "supplies become Ukrainian property and can be used under international law, including on "
        "Russian territory in self-defence. 'There are no geographic limits written into our export "
        "licences,' a defence ministry spokesman said. Moscow summoned Germany's charge d'affaires. "
        "Russia's defence ministry said it had destroyed several of the vehicles with drones and artillery.",
        "B M D",
        "incursion",
    ),
    (
        "Chinese-made jets in spotlight after Pakistan says it downed Indian aircraft",
        "Pakistan said its air force shot down five Indian aircraft on Wednesday, hours after India fired "
        "missiles at nine sites in Pakistan and Pakistani Kashmir in what New Delhi called Operation "
        "Sindoor, a response to last month's killing of 26 tourists at Pahalgam. Pakistan's military said "
        "31 civilians were killed in the Indian strikes, and Indian officials said Pakistani shelling across "
        "the Line of Control killed at least 12 people in Poonch. A senior Pakistani official said J-10C "
        "fighters built by China's Chengdu Aircraft Corporation had fired PL-15 missiles at the Indian jets. "
        "India did not confirm any losses. Shares in Chengdu's listed unit, AVIC Chengdu Aircraft, jumped as "
        "much as 20% in Shenzhen. 'This is the first real test of Chinese air-to-air missiles against a "
        "Western-built fighter,' said one analyst at a London think tank. France's Dassault, which builds "
        "the Rafale, declined to comment."
        " The clash is being closely watched by air forces in Asia and the Middle East that are weighing "
        "purchases of Chinese and Western jets. Egypt and Indonesia have both held talks on the J-10C. "
        "Indonesia's defence ministry declined to say whether the clash would influence its choice. "
        "Pakistan received its first batch of the jets in 2022 and has since built up two squadrons. "
        "'Battlefield performance sells aircraft like nothing else,' said a Singapore-based consultant "
        "who advises Asian defence ministries.",
        "B E M",
        "air_combat",
    ),
    (
        "B-2 bombers hit Fordow with 30,000-pound bunker busters in first combat use",
        "US B-2 stealth bombers dropped a dozen GBU-57 Massive Ordnance Penetrators on Iran's Fordow uranium "
        "enrichment plant early on Sunday, the first time the 30,000-pound bombs have been used in combat, "
        "Pentagon officials said. A submarine also fired about two dozen Tomahawk cruise missiles at sites "
        "in Natanz and Isfahan in the operation, which joined Israel's nine-day air campaign against Iran. "
        "The chairman of the Joint Chiefs, General Dan Caine, said the sites had suffered 'extremely severe "
        "damage', though he declined to say whether Fordow's centrifuge halls were destroyed. Iran fired a "
        "barrage of missiles at Israel hours later, wounding dozens in Tel Aviv and Haifa. Only the B-2 can "
        "carry the bomb, which Boeing builds in small numbers, and analysts said the raid would likely "
        "prompt a new order. Israel has long sought the weapon, but Washington has never agreed to sell it."
        " The bombers flew for about 37 hours from Whiteman Air Force Base in Missouri, refuelling "
        "several times in the air, officials said. Tehran said it had evacuated the sites before the "
        "strikes and that there was no sign of radioactive contamination. The International Atomic "
        "Energy Agency confirmed that off-site radiation levels had not risen.",
        "E M",
        "airstrike",
    ),
    (
        "Nigeria's army drone kills worshippers at Kaduna festival, stirring questions over US arms sale",
        "A military drone strike killed at least 85 villagers who had gathered to mark the Prophet's "
        "birthday in Tudun Biri, in Nigeria's northwestern Kaduna state, on Sunday night, the national "
        "emergency agency said. The army said the drone had been on a routine mission against 'terrorists "
        "and bandits' and had 'inadvertently' hit the crowd. Survivors said bombs fell twice, the second "
        "time on people trying to rescue the wounded. President Bola Tinubu ordered an investigation and "
        "dozens of injured people were taken to Barau Dikko hospital. Amnesty International said it had "
        "recorded at least 300 civilians killed in military air strikes since 2017. The strike renewed "
        "criticism of a $997 million US sale of AH-1Z attack helicopters to Nigeria approved last year. "
        "Congressional aides said lawmakers would ask the State Department for assurances about civilian "
        "harm.",
        "E V",
        "drone_strike",
    ),
    (
        "Drone strike kills 13 civilians in northern Mali, including children, rebels and locals say",
        "A drone strike on the village of Amasrakad in Mali's Kidal region on Sunday killed 13 civilians, "
        "among them seven children, according to local officials and the Tuareg-led rebel alliance that "
        "controls much of the area. The strike hit a group of people gathered near a well, residents said. "
        "Mali's army said it had struck 'terrorist targets' and published a video of an explosion. The "
        "military junta has bought Turkish Bayraktar TB2 and Akinci drones since 2022 and uses them against "
        "rebels and jihadist groups across the north. Human rights groups have documented several strikes "
        "on markets and weddings in the past year. Turkey's defence industry agency said exports comply "
        "with national and international rules. Families from Amasrakad fled towards the Algerian border "
        "after the attack, a local official said.",
        "E V D",
        "drone_strike",
    ),
    (
        "Pakistan says US weapons left in Afghanistan were used in train hijacking",
        "Pakistan said on Thursday that separatist militants who hijacked a passenger train in Balochistan "
        "this week used American-made rifles and night-vision equipment left behind in Afghanistan in "
        "2021. Fighters of the Baloch Liberation Army blew up a section of track in the Bolan Pass on "
        "Tuesday and seized the Jaffar Express, which was carrying more than 400 passengers from Quetta to "
        "Peshawar. Security forces freed the remaining hostages after a day-long operation, and the "
        "military said 26 hostages and 33 attackers had been killed. Officials displayed M4 carbines and "
        "thermal sights at a news conference in Rawalpindi. The Foreign Office called the attack an act of "
        "terrorism and said it had asked Washington to help trace the weapons. The State Department said "
        "the Taliban had seized equipment worth several billion dollars when it took power. Afghanistan's "
        "government denied arming the group."
        " Passengers who escaped described gunmen separating soldiers and police officers from civilians "
        "and leading some away into the hills. Rescue trains carried bodies and wounded passengers to "
        "Mach and Quetta. A UN report last year said small arms abandoned by Afghan forces were being "
        "sold in markets across the region and had reached armed groups in Pakistan. Washington has not "
        "said how many weapons were left behind.",
        "T V B",
        "hijacking",
    ),
    (
        "Calls grow for sanctions on Kenyan police chiefs after protesters shot outside parliament",
        "Kenyan police shot dead at least 19 people on Tuesday as thousands of protesters stormed parliament "
        "in Nairobi and set part of the building on fire in anger over proposed tax rises, the Kenya National "
        "Commission on Human Rights said. Officers fired live rounds and tear gas at crowds that had broken "
        "through barricades, and lawmakers were evacuated through a tunnel. Protests spread to Mombasa, "
        "Kisumu and Nakuru, where demonstrators looted shops. Rights groups and some US senators urged the "
        "Biden administration to consider Magnitsky sanctions against police commanders and to review "
        "equipment supplied for Kenya's mission to Haiti. President William Ruto called the unrest 'treasonous' "
        "and deployed the army to support the police. The Law Society of Kenya said dozens of protesters had "
        "been abducted from their homes in the days before the march.",
        "U",
        "crackdown",
    ),
    (
        "Baltic states impose entry bans on Georgian officials as police beat protesters",
        "Estonia, Latvia and Lithuania imposed sanctions on Sunday on 11 Georgian officials, including the "
        "interior minister, after riot police in Tbilisi broke up protests with water cannon, tear gas and "
        "batons for a fourth consecutive night. Georgia's health ministry said 27 protesters, 16 police "
        "officers and a journalist were taken to hospital, and the interior ministry said 224 people had "
        "been arrested. Protesters launched fireworks at police lines and set a barricade alight outside "
        "parliament. The demonstrations erupted after Prime Minister Irakli Kobakhidze suspended talks on "
        "joining the European Union. 'Those responsible for violence against peaceful citizens will face "
        "consequences,' Lithuania's foreign minister said. Georgia's ruling party dismissed the bans as "
        "meddling. Washington suspended a strategic partnership with Tbilisi and said it was weighing "
        "further steps.",
        "U",
        "crackdown",
    ),
    (
        "US sanctions settler group days after masked attackers torch homes in West Bank village",
        "The United States imposed sanctions on Wednesday on Hashomer Yosh, a settler outpost support group, "
        "days after dozens of masked settlers stormed the West Bank village of Jit, set fire to homes and "
        "cars and shot dead a 23-year-old Palestinian man. The Palestinian health ministry said several "
        "others were wounded by gunfire and stones. Video from the village showed flames rising from "
        "houses as residents fled. Israeli Prime Minister Benjamin Netanyahu said the attack was carried out "
        "by 'a small minority' and police said four Israelis had been detained. The State Department said "
        "Hashomer Yosh had sent volunteers to an outpost whose residents had driven Palestinian shepherds "
        "from their land. Britain has sanctioned several outposts this year. Far-right ministers in "
        "Israel's government condemned the sanctions.",
        "V D",
        "settler_attack",
    ),
    (
        "US and UK strike Houthi targets with Tomahawks, raising questions over missile stocks",
        "American and British forces struck more than 60 targets at 16 locations in Houthi-controlled Yemen "
        "overnight, using fighter jets, warships and a submarine that fired Tomahawk cruise missiles, the "
        "Pentagon said, in retaliation for weeks of attacks on Red Sea shipping. The Houthis said five of "
        "their fighters were killed and vowed to keep targeting ships linked to Israel. Explosions were "
        "heard in Sanaa, Hodeidah and Saada, residents said. More than 150 precision-guided munitions were "
        "used in the first night of strikes, officials said. Defence analysts said the operation would "
        "add to pressure on stocks of Tomahawks and Standard missiles already drawn down by the "
        "interceptions of Houthi drones. Raytheon has said it can build fewer than 100 Tomahawks a year. "
        "Oman, which mediates with the Houthis, said it was concerned at the escalation.",
        "E M",
        "airstrike",
    ),
    (
        "Armenia says 49 soldiers killed in Azerbaijani shelling as Yerevan turns to Indian arms",
        "Armenia said 49 of its soldiers were killed overnight when Azerbaijani forces shelled towns and "
        "military positions along their shared border with artillery and drones, the worst fighting since "
        "the 2020 war. Shells landed in Jermuk, Goris and Vardenis, Armenia's defence ministry said, and "
        "Azerbaijan said 50 of its troops had died in what it called a response to Armenian provocations. "
        "Russia said it had brokered a truce, but firing resumed on Wednesday morning, both sides said. "
        "Armenian officials said about 2,500 civilians had been evacuated from border villages. The clashes "
        "came as Yerevan negotiated to buy Indian Pinaka rocket launchers and anti-tank missiles, turning "
        "away from Russia, which it accuses of failing to honour security guarantees. Azerbaijan buys most "
        "of its drones from Turkey and Israel.",
        "B E D",
        "border_clash",
    ),
    (
        "EU sanctions Iran's morality police as security forces fire on protesters",
        "The European Union imposed sanctions on Monday on Iran's morality police and 11 officials over the "
        "death in custody of Mahsa Amini and the violent suppression of the protests that followed. Security "
        "forces fired live ammunition and tear gas at crowds in Zahedan, Sanandaj and Tehran over the "
        "weekend, and the rights group Iran Human Rights said at least 185 people had been killed since "
        "the protests began in mid-September. Protesters set fire to police vehicles and tore down images of "
        "the supreme leader in several cities. Students at Sharif University were beaten and detained. The "
        "listings freeze assets and ban travel to the bloc. Tehran said it would respond to the 'illegal "
        "and unjustified' measures. The bloc is also preparing separate sanctions over Iranian drones used "
        "by Russia in Ukraine."
        " Amnesty International said children were among the dead in Zahedan, where witnesses reported "
        "security forces firing from rooftops at worshippers leaving Friday prayers. Internet access was "
        "cut in much of the country for hours at a time. German Foreign Minister Annalena Baerbock said "
        "the bloc would 'not stand by' while women and girls were beaten in the streets.",
        "U",
        "crackdown",
    ),
    (
        "Emirati-supplied armoured vehicles seen as RSF overruns El Fasher, monitors say",
        "Fighters of Sudan's Rapid Support Forces drove into El Fasher on Sunday after an 18-month siege, "
        "and footage verified by researchers at Yale's Humanitarian Research Lab showed them riding "
        "armoured personnel carriers of a type the United Arab Emirates has bought from foreign suppliers. "
        "Residents who reached Tawila said gunmen went house to house shooting men and that hundreds of "
        "people were killed at the Saudi maternity hospital. The International Organization for Migration "
        "said more than 26,000 people fled the city in two days. The army withdrew to positions north of "
        "the city. Washington and London said those responsible would be held to account. The UAE denies "
        "arming the RSF. A UN panel of experts last year called allegations of Emirati supply flights "
        "through Chad 'credible'. Aid agencies said the displaced were arriving exhausted, dehydrated and "
        "wounded."
        " The World Health Organization said it was 'appalled' by reports that 460 patients and their "
        "companions had been killed at the hospital. Satellite images analysed by the lab showed "
        "clusters of objects consistent with bodies near the city's earthen berm. Britain called an "
        "emergency session of the Security Council. The RSF's leader, Mohamed Hamdan Dagalo, said "
        "violations would be investigated and that some fighters had been arrested.",
        "B V D H",
        "offensive",
    ),
    (
        "Insurgents seize Palma as private helicopters ferry survivors to safety",
        "Islamic State-linked insurgents overran the coastal town of Palma in northern Mozambique after a "
        "three-day assault, beheading some residents and leaving bodies in the streets, survivors and "
        "security sources said. Dozens of people, including foreign workers from the nearby Total gas "
        "project, were killed when a convoy trying to leave a hotel was ambushed. Helicopters operated by "
        "South African contractor Dyck Advisory Group flew out more than 200 survivors. The government said "
        "its forces were fighting to retake the town. Thousands fled by sea and on foot towards Afungi and "
        "Pemba, the UN said. Mozambique has asked for military help from Portugal and the United States, "
        "which last month designated the group a terrorist organisation. Total suspended work on its "
        "$20 billion liquefied natural gas project.",
        "T B V D",
        "insurgent_attack",
    ),
    (
        "Exploding pagers kill 12 in Lebanon; Taiwanese maker says devices were licensed abroad",
        "Pagers carried by Hezbollah members exploded almost simultaneously across Lebanon on Tuesday "
        "afternoon, killing at least 12 people, including two children, and wounding about 2,800, Lebanon's "
        "health ministry said. Hospitals in Beirut's southern suburbs and in the south were overwhelmed and "
        "appealed for blood. Hezbollah blamed Israel, which did not comment. The devices bore the brand of "
        "Taiwan's Gold Apollo, but its founder said they were made under licence by a company in Budapest. "
        "Hungarian officials said that firm was a trading intermediary with no factory in the country. "
        "Security analysts said the explosives had most likely been inserted somewhere in the supply chain "
        "before delivery. Iran's ambassador to Lebanon was among the injured. Export control lawyers said "
        "the attack would put pressure on governments to police the distribution of dual-use "
        "electronics.",
        "E H",
        "explosions",
    ),
]
