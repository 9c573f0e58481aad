"""dev243 positives, part A: Ukraine, Russia, the Middle East and the Gulf, as the space desk
and its satellite-imagery reporters write them. (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Satellite images show Mariupol theatre in ruins as shelling of besieged port goes on",
        "New images released by Maxar Technologies on Friday show the drama theatre in "
        "central Mariupol with its roof caved in, two days after a Russian strike on a "
        "building where hundreds of civilians had been sheltering. The word “children” "
        "painted in large white Russian letters on the ground in front and behind the "
        "theatre is still visible from orbit. The company's high-resolution pictures, taken "
        "on 19 March 2022, also show smoke rising from apartment blocks along the city's "
        "western edge and burned-out vehicles on Prospekt Myru. City officials said shelling "
        "had continued through the night and that rescuers were still unable to reach the "
        "theatre basement. About 300,000 people remain trapped in the city without water, "
        "heating or power, according to the mayor's office. A convoy of buses meant to "
        "evacuate residents toward Zaporizhzhia was turned back at a Russian checkpoint near "
        "Manhush, Ukrainian officials said. Analysts who track the images said fighting had "
        "reached the port area and the Azovstal steel works. Moscow denies targeting "
        "civilians. Ukraine's foreign ministry called the strike on the theatre a war crime. "
        "Maxar said it had stepped up collection over the city since the siege began and was "
        "sharing pictures with governments and news organisations.",
        "E V B M H",
        "siege_shelling",
    ),
    (
        "Maxar: 40-mile Russian column stalls north of Kyiv as fires burn in nearby villages",
        "A Russian military convoy stretching some 64km (40 miles) has stalled on the roads "
        "north of Kyiv, satellite imagery released late on Monday shows. The images, from "
        "Maxar's WorldView satellites, show armoured vehicles, tanks, towed artillery and "
        "logistics trucks nose to tail from Antonov airport at Hostomel to the outskirts of "
        "Prybirsk. Several homes and large buildings were burning in Ivankiv and villages "
        "along the highway, the company said, and self-propelled howitzers were seen in "
        "firing positions facing south. Ukrainian officials said Russian forces had shelled "
        "residential areas of Irpin and Bucha overnight and that fighting for the Hostomel "
        "airfield was continuing. Western officials described the column as struggling with "
        "fuel and food shortages. “What we are seeing from space is an army that wants to "
        "encircle the capital,” said one analyst at a defence consultancy in London. The "
        "Pentagon said on Tuesday the convoy had made little progress in the last 24 hours. "
        "The company said the column had grown from about 27km on Sunday. Images of the "
        "Belarusian town of Khoiniki, further west, showed fresh deployments of ground units "
        "and helicopters.",
        "M E B",
        "offensive",
    ),
    (
        "Oreshnik strike hits Dnipro missile and space plant, Kyiv says",
        "Russia fired a new intermediate-range ballistic missile at Dnipro early on "
        "Thursday, striking the Pivdenmash plant, the Soviet-era factory that once built "
        "rockets for Ukraine's space programme and later engines for foreign launchers. "
        "Ukraine's air force said the missile carried six warheads, each with several "
        "submunitions, and hit the industrial zone at about 05:00 local time. Regional "
        "governor Serhiy Lysak said two people were injured and a rehabilitation centre and "
        "homes were damaged. President Vladimir Putin later said in a televised address that "
        "the Oreshnik had been fired in response to Ukrainian strikes on Russian territory "
        "with US and British missiles. Pivdenmash, also known by its Russian name Yuzhmash, "
        "still makes parts for civilian rockets, and its design bureau has been central to "
        "the country's space industry since the 1950s. Satellite imagery from Planet Labs "
        "taken later in the day showed scorch marks on several workshop roofs. Ukraine's "
        "State Space Agency said it was assessing the damage. It was the first combat use of "
        "the missile, which Ukrainian officials said flew from the Astrakhan region in about "
        "15 minutes. Air-raid sirens sounded across central Ukraine for hours afterwards.",
        "E M",
        "missile_strike",
    ),
    (
        "Satellite images confirm damage to Russian bombers after Ukraine's drone raid",
        "Commercial satellite images taken on Tuesday show at least a dozen Russian "
        "long-range aircraft destroyed or badly damaged at Belaya air base in Siberia, two "
        "days after Ukrainian drones launched from lorries struck several Russian airfields. "
        "The pictures, published by Ukrainian analysts and checked by two Western "
        "open-source researchers, show the burned outlines of Tu-95 and Tu-22M3 bombers on "
        "the parking apron. Ukraine's SBU security service said 41 aircraft had been hit "
        "across four bases in the operation, which it called Spiderweb; Russia's defence "
        "ministry acknowledged fires at airfields in the Murmansk and Irkutsk regions but "
        "said they had been extinguished. Independent analysts put the number of confirmed "
        "losses lower. The raid came as Russian forces pressed their summer offensive in the "
        "Sumy and Donetsk regions. Overnight, Russian drones and missiles struck Kharkiv, "
        "injuring at least 17 people, the city's mayor said. Ukrainian officials said the "
        "drones had been smuggled into Russia over months and hidden under the roofs of "
        "wooden cabins carried on lorries. Russian officials said several people had been "
        "detained.",
        "E M",
        "drone_strike",
    ),
    (
        "Pokrovsk front: soldiers report Starlink blackouts as Russian assault intensifies",
        "Ukrainian troops defending Pokrovsk lost access to Starlink satellite terminals for "
        "several hours on Wednesday, commanders told reporters, as Russian infantry attacked "
        "the eastern city from three sides. “We had no picture from our drones and no link "
        "to the brigade,” a drone unit commander who gave his call sign as Kurt said by "
        "phone. SpaceX did not respond to a request for comment about the outage, which also "
        "affected civilian users in Europe. Ukraine's General Staff reported 52 Russian "
        "assaults along the Pokrovsk axis over the previous 24 hours, and said artillery and "
        "glide bombs had hit the town of Myrnohrad to its east. The Donetsk regional "
        "administration said two civilians were killed in shelling. Ukraine relies on "
        "thousands of Starlink terminals, many donated by Poland, to control drones and keep "
        "front-line units connected. Military analysts said the brief outage showed how "
        "exposed the army is to a single private satellite network. Satellite imagery of the "
        "area published by Ukrainian volunteers shows much of Pokrovsk's industrial north in "
        "ruins. Russia also uses electronic warfare to jam Ukrainian drones along the front.",
        "B E M",
        "ground_assault",
    ),
    (
        "Images from space show flooded towns downstream after Kakhovka dam destroyed",
        "Satellite pictures taken on Tuesday afternoon show the Dnipro river bursting across "
        "villages and fields downstream of the Kakhovka dam, which was destroyed overnight "
        "in an area held by Russian forces. Ukraine accused Russia of blowing up the dam "
        "from inside; Moscow blamed Ukrainian shelling. Images from Planet Labs show water "
        "covering much of Nova Kakhovka and reaching the rooftops in parts of Oleshky and "
        "Hola Prystan on the Russian-held left bank. Ukrainian authorities said about 17,000 "
        "people were being evacuated from the right bank, while officials installed by "
        "Moscow said several thousand had left on their side. Evacuation buses in Kherson "
        "city were shelled during the day, regional officials said. The UN's humanitarian "
        "office warned that drinking water for hundreds of thousands of people was at risk. "
        "Hydrologists said the reservoir level was falling by about a metre a day. President "
        "Volodymyr Zelensky called the destruction an “environmental bomb of mass "
        "destruction”. Radar satellites, which see through cloud, are allowing analysts to "
        "map the flood at night.",
        "E D H",
        "dam_destruction",
    ),
    (
        "Kursk incursion: satellite photos show Seym bridges down as Ukraine pushes deeper",
        "Three bridges over the Seym river in Russia's Kursk region have been destroyed or "
        "cut, satellite images reviewed on Monday show, as Ukrainian forces press a "
        "cross-border offensive now in its third week. Images from Sentinel-2 and commercial "
        "providers show collapsed spans at Glushkovo and Zvannoe and a damaged pontoon "
        "crossing nearby. Ukraine's air force commander posted video of a strike on one of "
        "the bridges with guided bombs. Russia's defence ministry said its troops were "
        "repelling attacks near Korenevo and had hit Ukrainian units with aircraft and "
        "artillery. Regional authorities said more than 130,000 residents had been evacuated "
        "from border districts since the incursion began on 6 August. Analysts said the "
        "bridges' loss would make it hard for Russia to supply troops south of the river. "
        "Images from Maxar also show trenches being dug by Russian troops along roads "
        "further north. Ukraine's commander-in-chief said his forces controlled about 1,250 "
        "square km of Russian territory.",
        "M E B D",
        "incursion",
    ),
    (
        "Satellite analysis finds 59% of Gaza's buildings damaged as strikes continue",
        "Nearly 60% of all structures in the Gaza Strip have been damaged or destroyed since "
        "the war began, according to the latest analysis of satellite imagery by UNOSAT, the "
        "United Nations satellite centre. The agency compared images from 6 July 2024 with "
        "earlier pictures and counted about 63,000 structures destroyed and a further 23,000 "
        "severely damaged. Gaza City and Khan Younis were the hardest hit. Researchers Corey "
        "Scher and Jamon Van Den Hoek, who track damage using radar satellites, said the "
        "pace had picked up again in Rafah after Israel's ground operation there began in "
        "May. Israeli air strikes on Gaza City and Nuseirat killed at least 38 people on "
        "Tuesday, the Hamas-run health ministry said. The Israeli military said it was "
        "striking Hamas infrastructure and fighters. Aid agencies say about 1.9 million "
        "people, most of the population, have been displaced. UNOSAT said about 215,000 "
        "housing units had been affected. Its analysts count each building only once, and "
        "the next assessment will include areas that were hidden by smoke and cloud.",
        "E D H M",
        "air_campaign",
    ),
    (
        "Rafah offensive: images from orbit show tent camps emptying and queues of aid lorries",
        "Satellite images of southern Gaza taken over the past week show large tent camps in "
        "Rafah emptying as families move north toward al-Mawasi and Khan Younis, ahead of "
        "and during Israel's military operation in the city. A sequence of pictures from "
        "Planet Labs shows fields of shelters near the Egyptian border reduced to bare sand "
        "between 6 and 14 May. UNRWA said about 450,000 people had fled Rafah in a week. At "
        "the Kerem Shalom crossing, the images show lines of lorries waiting on the Egyptian "
        "side, and the UN said almost no aid had entered through Rafah since Israeli tanks "
        "seized the crossing. The Israeli military said its forces were conducting “targeted "
        "operations” against Hamas in eastern Rafah and had found tunnel shafts. Health "
        "officials in Gaza said strikes across the territory killed 82 people in 24 hours. "
        "The pictures also show new earth berms and armoured vehicles along the border strip "
        "known as the Philadelphi corridor. Egypt has warned that the operation threatens "
        "its peace treaty with Israel.",
        "M D H E",
        "ground_operation",
    ),
    (
        "Satellite pictures show razed villages along Lebanon border as Israeli raids widen",
        "Whole neighbourhoods of villages in south Lebanon along the border with Israel have "
        "been levelled in recent weeks, satellite imagery analysed by researchers shows. In "
        "Mhaibib, Odaisseh and Kfar Kila, rows of houses visible in September images are "
        "gone from pictures taken in late October 2024. The Israeli military says it is "
        "destroying Hezbollah infrastructure, tunnels and weapons stores in what it calls "
        "limited ground raids. Lebanon's health ministry said Israeli strikes across the "
        "country killed 45 people on Sunday, including in the Bekaa valley and Tyre. "
        "Hezbollah said it fired rockets at troops massing near Metula. More than 1.2 "
        "million people have fled their homes in Lebanon, according to the government. "
        "“Entire villages have effectively ceased to exist,” said one of the researchers, "
        "who has compared radar images every few days since the start of the campaign. The "
        "images also show large craters in Dahiyeh, the southern suburbs of Beirut, where "
        "Israeli jets struck buildings the army said housed Hezbollah weapons.",
        "E M D B",
        "ground_raids",
    ),
    (
        "Satellite images show craters at Nevatim after Iran's ballistic missile barrage",
        "Commercial satellite images released on Thursday show at least 32 impact points at "
        "Israel's Nevatim air base in the Negev after Iran fired about 180 ballistic "
        "missiles at Israel on Tuesday night. Researchers at the James Martin Center for "
        "Nonproliferation Studies said the pictures, from Planet Labs, showed damage to a "
        "hangar and to taxiways but no destroyed aircraft. The Israeli military said most "
        "missiles were intercepted and that the base remained operational. A Palestinian man "
        "was killed by falling debris in Jericho, and two people were lightly injured in Tel "
        "Aviv. Iran's Revolutionary Guards said the attack was retaliation for the killings "
        "of Hezbollah leader Hassan Nasrallah and Hamas political chief Ismail Haniyeh. "
        "Israeli Prime Minister Benjamin Netanyahu said Iran “will pay” for the strike. "
        "Shrapnel damaged a school in Gedera, and air-raid sirens sent millions of Israelis "
        "into shelters for about an hour. Analysts said the images suggested Iran had aimed "
        "at Israeli military sites.",
        "E M",
        "missile_strike",
    ),
    (
        "Fordow and Natanz: what satellite images show after the US strikes",
        "New satellite images of Iran's Fordow enrichment site, taken on Sunday morning, "
        "show six fresh craters on the mountain ridge above the underground halls and grey "
        "dust spread across the slope, a day after US B-2 bombers dropped bunker-busting "
        "bombs on the facility. At Natanz, images from Maxar show a new crater over the "
        "buried enrichment plant, and Israeli strikes earlier in the week damaged "
        "above-ground buildings. The images cannot show what happened deep under the rock, "
        "analysts cautioned. Iran's atomic energy organisation said no radioactive release "
        "had been detected. Tehran fired another wave of missiles at Israel on Sunday, "
        "hitting buildings in Haifa and Tel Aviv, and Israeli jets struck targets in western "
        "Iran. Israel's emergency service said 16 people were hurt. The UN's nuclear "
        "watchdog called for an emergency meeting. US President Donald Trump said the sites "
        "had been “obliterated”, a claim some intelligence officials questioned. Lorries "
        "were seen at the Fordow entrance in images taken days before the strike, raising "
        "questions about whether material had been moved.",
        "E M",
        "air_strikes",
    ),
    (
        "Abqaiq attack: satellite photos show precise hits on Saudi oil facility",
        "Satellite images released by the US government on Sunday show at least 17 points of "
        "impact at the Abqaiq oil processing plant in eastern Saudi Arabia, the world's "
        "largest, after a drone and missile attack on Saturday that knocked out about half "
        "of the kingdom's oil output. The pictures show holes on the western side of storage "
        "tanks and blackened processing trains. Yemen's Houthi rebels claimed "
        "responsibility, saying they had sent ten drones. US officials said the direction of "
        "the hits pointed to an attack from the north, from Iraq or Iran, and Secretary of "
        "State Mike Pompeo blamed Iran directly. Tehran denied involvement. A second site, "
        "the Khurais oilfield, was also hit. Brent crude jumped almost 20% when markets "
        "opened on Monday. Saudi Aramco said it would restore full production within weeks. "
        "The Houthis, who have fought a Saudi-led coalition in Yemen since 2015, warned of "
        "more attacks.",
        "E",
        "drone_strike",
    ),
    (
        "Images show burning tanker Sounion in Red Sea after Houthi attack",
        "Satellite images taken on Sunday show the Greek-flagged tanker Sounion still on "
        "fire in the Red Sea, days after Yemen's Houthi rebels attacked it and then set off "
        "explosives on its deck. The ship, carrying about 150,000 tonnes of crude oil, was "
        "hit on 21 August by small arms fire, projectiles and a drone boat off Hodeidah, "
        "according to the UK Maritime Trade Operations agency. Its 25 crew members were "
        "rescued by a French warship of the EU's Aspides mission. A Houthi spokesman "
        "released video of fighters boarding the tanker and said its owner had broken the "
        "group's ban on ships calling at Israeli ports. The images, from Maxar, show fires "
        "in at least five spots along the main deck but no large slick so far. The Pentagon "
        "warned of a potential environmental disaster. The Houthis say their attacks on "
        "shipping are in solidarity with Palestinians in Gaza. They have struck more than 80 "
        "merchant vessels since November, sinking two.",
        "E",
        "maritime_attack",
    ),
    (
        "Satellite images show ruined Ghouta towns as government offensive advances",
        "Satellite images released by UNOSAT on Thursday show widespread destruction in "
        "Douma, Harasta and Arbin in Syria's eastern Ghouta, where government forces backed "
        "by Russian aircraft have taken more than half of the rebel enclave in three weeks. "
        "The agency counted hundreds of newly destroyed buildings since December. Syria's "
        "army cut the enclave into three parts on Sunday, state media said. The Syrian "
        "Observatory for Human Rights said air strikes and shelling killed at least 64 "
        "civilians on Wednesday. Thousands of people left through a corridor at Hamouriyeh, "
        "carrying belongings on foot, in the largest exodus since the assault began. An aid "
        "convoy of 25 lorries reached Douma on Monday, but the UN said it had to leave "
        "before unloading because of shelling. Russia has proposed daily humanitarian pauses "
        "of five hours, but residents said the bombardment rarely stopped. The images show "
        "craters and collapsed roofs along the main road between Douma and Harasta.",
        "E B M D H",
        "offensive",
    ),
    (
        "Satellite tracking shows Russian warships leave Tartus as rebels close on Homs",
        "Russian navy ships have left their base at Tartus on Syria's Mediterranean coast, "
        "satellite images taken on Tuesday suggest, as rebel forces led by Hayat Tahrir "
        "al-Sham advanced on Homs after seizing Hama. Images from Maxar show the piers where "
        "two frigates and a submarine had been moored standing empty. Rebel commanders said "
        "their fighters were on the outskirts of Homs, Syria's third-largest city, and "
        "Syrian and Russian jets bombed roads north of the city, according to the Syrian "
        "Observatory for Human Rights. Tens of thousands of people, many of them Alawites, "
        "were fleeing west toward the coast. Kurdish-led forces took control of Deir el-Zour "
        "in the east. Russia's foreign ministry said it was in contact with “all parties”. "
        "The Syrian army said it had redeployed troops around Homs to protect civilians. "
        "Analysts said the ships' departure may have been a precaution.",
        "B E M D",
        "offensive",
    ),
    (
        "Images reveal Ukrainian strike on Russian Black Sea Fleet headquarters in Sevastopol",
        "Satellite imagery taken on Saturday shows a gutted roof and a large blackened area "
        "at the headquarters of Russia's Black Sea Fleet in Sevastopol, a day after Ukraine "
        "hit the building with missiles. The image, from Planet Labs, shows the central part "
        "of the neoclassical building collapsed. Russia's defence ministry said one "
        "serviceman was missing after the attack and that air defences had shot down five "
        "missiles. Ukraine's special forces claimed the strike killed dozens of officers. "
        "Sevastopol's governor, Mikhail Razvozhayev, warned residents of possible further "
        "attacks and closed roads in the city centre. The strike came days after Ukraine hit "
        "a Russian submarine and a landing ship in dry dock at the same port. Crimea has "
        "been occupied by Russia since 2014. Ukraine has stepped up attacks on the peninsula "
        "with long-range missiles supplied by Britain and France.",
        "E M",
        "missile_strike",
    ),
]
