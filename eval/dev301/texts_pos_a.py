"""dev301 positives, part A: border clashes and the Karabakh war and its end (2014-2026)."""

POSITIVES = [
    (
        "Kyrgyz and Tajik border troops trade fire near Vorukh; villagers flee Batken district",
        "Fighting broke out again on Thursday morning along the disputed stretch of the "
        "Kyrgyz-Tajik border near the Tajik exclave of Vorukh, officials in both capitals said. "
        "Kyrgyzstan's border service said Tajik troops had opened fire with mortars on positions "
        "near the village of Kok-Tash, and that two Kyrgyz servicemen were killed and at least 31 "
        "people wounded by early afternoon. Dushanbe blamed Kyrgyz forces for the escalation and "
        "said three civilians had died in Vorukh. The clash grew out of a quarrel over "
        "surveillance cameras at a water intake on the Isfara river, according to local "
        "residents. By evening the Batken regional administration said it had moved more than "
        "10,000 residents out of border villages to schools and sports halls in the district "
        "centre. Buses from Osh brought bread and blankets overnight. Both governments announced "
        "a ceasefire at 8 pm, but residents of Kok-Tash told RFE/RL's Kyrgyz Service that "
        "shooting could still be heard after dark.",
        "B E D",
        "border_clash",
    ),
    (
        "Batken counts its losses as the September fighting ends",
        "The toll from four days of fighting on the Kyrgyz-Tajik frontier rose to 59 on the "
        "Kyrgyz side on Monday, the health ministry in Bishkek said, among them soldiers, police "
        "officers and civilians from the villages of Ak-Sai and Maksat. Tajik forces used "
        "armoured vehicles and Bayraktar drones as they pushed into at least half a dozen Kyrgyz "
        "villages, where homes, a school and the market in Ak-Sai were set alight, officials and "
        "residents said. The Kyrgyz emergencies ministry put the number of people evacuated from "
        "Batken and Leilek districts at 136,000. Volunteers in Bishkek loaded lorries with flour, "
        "mattresses and nappies for families sheltering in tents outside Batken town. In "
        "Dushanbe, state television said Kyrgyz artillery had hit the outskirts of Isfara and "
        "that civilians had been killed there as well, without giving a figure. A truce brokered "
        "on Friday evening held through the weekend, though both sides accused the other of "
        "sniper fire.",
        "B E V D H",
        "border_clash",
    ),
    (
        "Armenia says Azerbaijani shelling hits Jermuk and Goris as worst clashes since 2020 erupt",
        "Azerbaijani forces shelled towns deep inside Armenia overnight, the defence ministry in "
        "Yerevan said on Tuesday, in the heaviest fighting between the two countries since the "
        "44-day war of 2020. Artillery, drones and large-calibre weapons struck positions and "
        "civilian infrastructure near Jermuk, Goris, Vardenis and Kapan, the ministry said, and "
        "49 Armenian servicemen were killed. Baku said it had acted against 'large-scale "
        "provocations' and reported 50 of its own troops dead. In Jermuk, a spa town better known "
        "for its mineral water, residents spent the night in basements, and local officials said "
        "around 2,700 people had been taken out of the town and nearby villages by morning. Prime "
        "Minister Nikol Pashinyan asked the Collective Security Treaty Organization for help "
        "under its mutual defence clause. Russia said late on Tuesday that it had brokered a "
        "ceasefire, but Armenian officials reported sporadic fire near Sotk into the afternoon. "
        "In Goris, a shell landed in a courtyard near the hospital, shattering windows, the "
        "town's mayor said. Schools in Syunik and Gegharkunik provinces were closed for the rest "
        "of the week. Queues formed outside military recruitment offices in Yerevan as volunteers "
        "signed up. The European Union and the United States called on both sides to stop the "
        "fighting and return to talks.",
        "B E D",
        "shelling",
    ),
    (
        "Azerbaijan launches 'anti-terror measures' in Karabakh; Stepanakert under fire",
        "Azerbaijan's defence ministry announced what it called local anti-terrorist measures in "
        "Nagorno-Karabakh on Tuesday afternoon, and within an hour sirens sounded across "
        "Stepanakert as artillery and drone strikes hit the outskirts of the city. The "
        "ethnic-Armenian authorities said at least 27 people had been killed, including two "
        "civilians, and more than 200 wounded by nightfall. Baku said it was targeting military "
        "positions only and demanded that Karabakh Armenian forces lay down their arms. Residents "
        "reached by phone described families crowding into cellars and the basement of the city's "
        "drama theatre, with power cut across several districts. Hundreds of people from villages "
        "in Martuni and Askeran walked towards the Russian peacekeepers' base at the airport, "
        "according to the region's human rights ombudsman. In Yerevan, protesters gathered "
        "outside the government building demanding that Armenia intervene. The fighting came "
        "after nine months in which the only road to Armenia, the Lachin corridor, had been "
        "closed.",
        "M E B D",
        "offensive",
    ),
    (
        "More than 100,000 Karabakh Armenians have now crossed into Armenia, Yerevan says",
        "The number of people who have fled Nagorno-Karabakh for Armenia since last week's "
        "Azerbaijani offensive passed 100,000 on Saturday, the Armenian government said, close to "
        "the whole population the region's leaders had claimed. Cars piled with mattresses, "
        "suitcases and pets queued for more than a day on the mountain road down to the Hakari "
        "bridge checkpoint, where Azerbaijani border guards checked documents. At a registration "
        "point in Kornidzor, volunteers handed out water and sandwiches while Red Cross teams "
        "treated elderly people for exhaustion. A fuel depot explosion near Stepanakert, where "
        "people had queued for petrol to make the journey, killed at least 170 people, the local "
        "authorities said. Goris hotels and schools were full, and the government said it was "
        "housing arrivals in Vayots Dzor and Ararat provinces. 'We left the graves of our parents "
        "behind,' said Anahit, 67, who came from the village of Sarnaghbyur. Aid agencies said "
        "the exodus was the largest movement of people in the South Caucasus since the early "
        "1990s.",
        "D H",
        "exodus",
    ),
    (
        "Four-day war: heavy fighting along Karabakh line of contact",
        "Armenian and Azerbaijani forces fought along the Nagorno-Karabakh line of contact for a "
        "third day on Monday, using tanks, artillery and, according to Yerevan, a drone that "
        "struck a bus carrying volunteers near Martakert. Baku said its troops had taken "
        "strategic heights near the village of Talish and positions around Lele Tepe. The "
        "Karabakh defence army said 29 of its soldiers had been killed since Saturday, and "
        "Azerbaijan's defence ministry confirmed 16 of its own dead, while independent analysts "
        "said both sides were probably understating losses. Villagers in Talish were evacuated to "
        "Stepanakert as shells hit houses there. The OSCE Minsk Group co-chairs called for an "
        "immediate halt, and Moscow invited the two defence ministers to talks. Residents of "
        "Martakert said the shelling had been the worst since the 1994 ceasefire.",
        "B E D",
        "battle",
    ),
    (
        "Shusha falls, Aliyev says, as Azerbaijani troops close on Stepanakert",
        "President Ilham Aliyev announced in a televised address on Sunday that Azerbaijani "
        "forces had taken Shusha, the hilltop town that Armenians call Shushi, after days of "
        "close fighting in the forests below it. The Karabakh authorities at first denied the "
        "loss but later said fighting continued on the approaches to the city. Stepanakert, ten "
        "kilometres away, has been under rocket and drone fire for more than a month, and most of "
        "its residents have left for Armenia. Armenian officials put military deaths since late "
        "September at more than 1,300. Azerbaijan has not published its losses but says Armenian "
        "missile strikes on Ganja and Barda have killed over 90 of its civilians. In Barda, a "
        "cluster munition attack on a busy street last month killed 21 people, according to "
        "Azerbaijan's prosecutor's office. Human Rights Watch has accused both sides of firing "
        "banned munitions into populated areas.",
        "B E V D",
        "battle",
    ),
    (
        "Ganja apartment block hit by missile overnight",
        "Rescuers in Ganja, Azerbaijan's second city, pulled bodies from the rubble of a "
        "residential block on Saturday after a missile hit the Kapaz district shortly after 1 am, "
        "the prosecutor general's office said. Thirteen people were killed and more than 40 "
        "wounded, among them children, officials said, adding that the missile was a Soviet-era "
        "Scud fired from Armenian territory. Yerevan denied firing at Ganja. Correspondents for "
        "Turan and APA at the scene described a crater where a row of houses had stood and "
        "residents searching through concrete for relatives. It was the third strike on the city "
        "in a week, and many families had already moved to relatives in Shamkir and Goygol. "
        "Foreign diplomats accredited in Baku were taken to see the damage on Sunday.",
        "E V D",
        "missile_strike",
    ),
    (
        "Azerbaijani soldier killed on Tovuz section as border fighting enters third day",
        "The clashes that broke out on Sunday on the northern stretch of the Armenia-Azerbaijan "
        "border, far from Karabakh, continued into Tuesday, with both armies reporting fresh "
        "losses. Azerbaijan's defence ministry said a major general and a colonel were among 11 "
        "servicemen killed in the Tovuz district, and that a 76-year-old resident of the village "
        "of Agdam died when shells landed on his yard. Armenia's ministry said four of its "
        "soldiers had died near Movses and Aygepar in Tavush province, and that drones had "
        "targeted homes there. In Baku, thousands of people marched through the centre overnight "
        "demanding war, and some broke into the parliament building. Residents of Chinari in "
        "Tavush said they had spent two nights in basements and sent their children to Ijevan. "
        "The foreign ministries of both countries blamed each other for starting the fighting, "
        "which broke out near a road that carries Caspian oil and gas westwards. Turkey pledged "
        "its support to Baku.",
        "B E D U",
        "border_clash",
    ),
    (
        "Armenian village school hit as fire spreads along Syunik border, officials say",
        "Azerbaijani forces fired on the village of Khnatsakh in Armenia's Syunik province on "
        "Thursday, damaging the school and several houses, the provincial governor said, in the "
        "latest of a series of incidents since the spring. Lessons had already been moved indoors "
        "to the basement, and no children were hurt, but a farmer cutting hay on the hillside was "
        "wounded in the leg, the governor's office said. The defence ministry said an Armenian "
        "contract soldier was killed by sniper fire at a position near Tegh the same day. "
        "Azerbaijan's defence ministry said its units had only returned fire after Armenian "
        "provocations in the Lachin direction. Mayors in the area say families with young "
        "children have begun to leave for Goris and Yerevan. The European Union's monitoring "
        "mission said it had sent patrols to the area.",
        "E B V D",
        "border_fire",
    ),
    (
        "Afghan gunmen kill Turkmen border guards in raid, sources say",
        "Three Turkmen border guards were killed on Monday in a clash with armed men who crossed "
        "from Afghanistan's Faryab province into Turkmenistan's Lebap region, according to "
        "sources in the border service who spoke to RFE/RL's Turkmen Service on condition of "
        "anonymity. The state media in Ashgabat, which rarely reports incidents on the frontier, "
        "made no mention of the attack. Afghan officials in Faryab said Taliban fighters had "
        "seized several villages on their side of the border in recent weeks and that fighting "
        "with Afghan government forces was continuing near Qaramqol. Residents of Turkmen "
        "villages near the river told the service that extra troops and armoured vehicles had "
        "moved into the area and that farmers had been ordered to stay out of their fields. It "
        "was the second deadly incident on the Turkmen-Afghan border this year. Turkmenistan "
        "shares an 800-kilometre border with Afghanistan, much of it desert, and has long relied "
        "on quiet deals with local commanders on the other side. The foreign ministry did not "
        "answer questions from journalists.",
        "B",
        "border_clash",
    ),
    (
        "Landmine kills two ANAMA deminers in Fuzuli",
        "Two employees of Azerbaijan's mine action agency ANAMA were killed and a third seriously "
        "injured on Wednesday when an anti-tank mine exploded in the Fuzuli district, the agency "
        "said. The team had been clearing farmland near the village of Ashaghi Abdulrahmanli, "
        "which Azerbaijan retook in the 2020 war. Baku says Armenian forces left more than a "
        "million mines in the territories, a figure Yerevan disputes, and it has repeatedly "
        "demanded maps of the minefields. Since the end of the war more than 350 people, "
        "civilians among them, have been killed or wounded by mines, according to ANAMA. The "
        "injured deminer was flown by helicopter to a hospital in Baku. Families who had been due "
        "to move back to rebuilt houses in the district this month will have to wait, local "
        "officials said.",
        "E",
        "landmine",
    ),
    (
        "Lachin road blockade: Karabakh hospitals run short of insulin as food lines grow",
        "Hospitals in Stepanakert have postponed all planned surgery and are rationing insulin "
        "and cancer drugs, the region's health ministry said, as the closure of the Lachin "
        "corridor entered its seventh month. Since Azerbaijan set up a checkpoint on the road in "
        "April, only the International Committee of the Red Cross has been able to move patients "
        "and a trickle of supplies, and since mid-June even those convoys have been stopped. "
        "Shops are empty of sugar, oil and baby formula, and residents queue from dawn for bread, "
        "which is now sold with coupons. The ICRC said on Tuesday that it had been unable to "
        "deliver humanitarian aid to the population for weeks, and 400 tonnes of Armenian flour "
        "have been stuck in lorries near Kornidzor. Baku says goods can reach Karabakh through "
        "Aghdam and accuses Yerevan of staging a humanitarian crisis. UN experts have called on "
        "Azerbaijan to lift what they called a blockade.",
        "H",
        "blockade",
    ),
    (
        "Sniper fire wounds Armenian villager in Tavush as EU monitors log new incidents",
        "A 41-year-old resident of the village of Berkaber in Armenia's Tavush province was "
        "wounded on Sunday evening when shots were fired from Azerbaijani positions across the "
        "reservoir, the Armenian interior ministry said. He was taken to the hospital in Ijevan "
        "with a bullet wound to the shoulder. The village head said a house and a car had also "
        "been hit, and that children were kept home from school on Monday. Azerbaijan denied "
        "firing at civilians and accused Armenian troops of shooting at its positions in the "
        "Gazakh district earlier in the day. The EU Mission in Armenia said its patrols had "
        "recorded several shooting incidents along the northern border that week. Berkaber lies "
        "only a few hundred metres from Azerbaijani positions, and many of its homes have "
        "sandbags in the windows. Its population has shrunk by half since 2020, the village head "
        "said, as young families move to the towns.",
        "V B",
        "border_fire",
    ),
    (
        "Tajik border guards and Kyrgyz troops clash over road near Tortkol",
        "At least one Kyrgyz border guard and a Tajik civilian were killed on Tuesday in a "
        "shootout on the Kyrgyz-Tajik border in the Leilek district, according to statements from "
        "the two countries' security services. The fighting began after Tajik residents tried to "
        "stop construction of a road on land both sides claim, and border units then exchanged "
        "fire with automatic weapons and grenade launchers, the Kyrgyz State Committee for "
        "National Security said. Tajikistan's border troops said Kyrgyz forces had fired first "
        "and that four of its servicemen were wounded. Villagers in Tortkol told Kloop that "
        "families had packed up and driven to relatives in Isfana. The two governments have been "
        "negotiating the delimitation of nearly 1,000 kilometres of border since the Soviet "
        "collapse, with about half still disputed. A joint commission was due to meet in Khujand "
        "next week.",
        "B D",
        "border_clash",
    ),
    (
        "Drone strike on Karabakh ambulance, rights ombudsman says",
        "An Azerbaijani drone struck an ambulance near the town of Martuni on Friday, killing the "
        "driver and a paramedic, the human rights ombudsman of the unrecognised Nagorno-Karabakh "
        "republic said in a statement. The ambulance had been sent to collect wounded civilians "
        "from the village of Machkalashen, which has been shelled daily since the war began, the "
        "ombudsman said. Photographs posted by Armenian officials showed a burnt-out vehicle with "
        "red crosses on its doors. Baku did not comment on the report but said its forces had "
        "destroyed Armenian artillery in the Martuni direction. The ICRC said it was alarmed by "
        "attacks on health workers on both sides of the line. Shelters in Stepanakert are now "
        "home to several thousand people who have nowhere else to go.",
        "E V H",
        "drone_strike",
    ),
]
