"""dev330 positives, part B: attacks, riots and wars that reach gamers, streamers and tournaments
(Europe, the Americas, Asia, the Caucasus, the Sahel). (title, text, tag codes, kind)."""

POSITIVES = [
    (
        "Hong Kong tournament moved online as police besiege PolyU and protesters hurl petrol bombs",
        "The organisers of a Hong Kong Hearthstone and League of Legends weekend have moved it "
        "online after a night of running battles between police and protesters around the Hong "
        "Kong Polytechnic University, where the event's venue is a short walk away. Police fired "
        "tear gas and water cannon and protesters on the campus threw petrol bombs and fired "
        "arrows, setting a footbridge and an armoured vehicle alight. More than 1,000 people "
        "were arrested or registered by police around the campus over two days, according to "
        "officials. The organisers said staff could not reach the venue in Hung Hom because the "
        "Cross-Harbour Tunnel was blocked and roads were strewn with bricks. Several players "
        "from university clubs said teammates were trapped inside the campus. “We can play a "
        "card game over the internet, we cannot get them out,” one club captain said. Hong "
        "Kong's protests, which began in June 2019 over an extradition bill, have grown into the "
        "city's worst unrest in decades.",
        "U",
        "riot",
    ),
    (
        "Stepanakert developer's studio hit as shelling pounds Nagorno-Karabakh capital",
        "Artillery shells that hit the centre of Stepanakert on Sunday destroyed the office of a "
        "small Armenian studio that builds virtual-reality tours of monasteries, its founder "
        "said from Yerevan. Karabakh authorities said the city came under repeated shelling and "
        "rocket fire, and Azerbaijan said Armenian forces had fired on Ganja, killing civilians. "
        "Fighting along the front line has killed hundreds of soldiers and dozens of civilians "
        "since it broke out on 27 September 2020, according to both sides' figures. The studio's "
        "two programmers have been called up, and its artist fled with her children to Goris "
        "along a mountain road crowded with cars. Photographs shared by the founder showed a "
        "collapsed ceiling and melted monitors. “The headsets were in a cupboard, and the "
        "cupboard is gone,” he said. Armenian developers in Yerevan have set up a shared office "
        "for colleagues arriving from Karabakh. Officials in Stepanakert said about half the "
        "region's population had left since the fighting began.",
        "E B D",
        "shelling",
    ),
    (
        "Moscow esports events cancelled after gunmen attack Crocus City Hall",
        "Organisers cancelled esports tournaments, game conventions and streaming meet-ups "
        "across Moscow on Saturday after gunmen opened fire on a crowd at the Crocus City Hall "
        "concert venue and set the building on fire. Russian investigators said at least 133 "
        "people were killed, and the Islamic State group claimed responsibility for the attack "
        "through its Amaq news agency. A mobile esports final scheduled for Sunday at an arena "
        "in Krasnogorsk, near the venue, was called off, and a collectibles fair in the city "
        "centre shut its doors. President Vladimir Putin declared a day of national mourning and "
        "said four suspects had been detained. Several Russian streamers ended broadcasts as "
        "footage from the hall spread on Telegram. “We decided that today nobody should be "
        "celebrating anything,” one organiser said. Authorities tightened security at shopping "
        "centres and concert halls across the region in March 2024.",
        "T V",
        "terror_attack",
    ),
    (
        "Halle synagogue attacker livestreamed shooting on Twitch, platform says",
        "The gunman who tried to storm a synagogue in the eastern German city of Halle on Yom "
        "Kippur and shot dead two people broadcast the attack live on Twitch, the Amazon-owned "
        "streaming platform said on Wednesday. About five people watched the stream live, and "
        "the recording was seen by some 2,200 others in the 30 minutes before it was flagged and "
        "removed, Twitch said. Federal prosecutors have taken over the case and are treating it "
        "as a far-right, antisemitic act of terrorism. The attacker failed to break down the "
        "synagogue's door, where about 51 worshippers were gathered, then killed a woman in the "
        "street and a man at a nearby kebab shop. The suspect, a 27-year-old German, was wounded "
        "and arrested after a shoot-out with police. The attack in October 2019 has renewed "
        "questions about how gaming and streaming sites police extremist content. Twitch said "
        "the account had been created two months earlier and had streamed once before.",
        "T V",
        "terror_attack",
    ),
    (
        "Buffalo gunman streamed racist supermarket attack on Twitch for two minutes",
        "The 18-year-old who shot dead ten people at a supermarket in a largely Black "
        "neighbourhood of Buffalo, New York, on Saturday streamed the attack on Twitch, the "
        "platform said. Twitch said it removed the stream less than two minutes after the "
        "violence began, but copies spread on other sites within hours. Officials called the "
        "shooting an act of racially motivated violent extremism, and the Erie County district "
        "attorney said the suspect would face terrorism charges. Eleven of the 13 people shot "
        "were Black, police said. The gunman, who wore body armour and a helmet camera, posted a "
        "document online citing the white supremacist “great replacement” conspiracy theory. "
        "Governor Kathy Hochul criticised social media companies for failing to stop the "
        "footage. Twitch said it had a “zero tolerance” policy for violence and was working with "
        "other firms to remove copies. Researchers have raised concerns since the Christchurch "
        "and Halle attacks about extremists using gaming platforms to broadcast killings.",
        "T V",
        "terror_attack",
    ),
    (
        "Paris esports weekend postponed after gunmen and suicide bombers kill scores",
        "A Counter-Strike and Hearthstone weekend at a Paris exhibition centre has been "
        "postponed after Friday night's coordinated attacks by gunmen and suicide bombers on the "
        "Bataclan concert hall, cafés and the Stade de France. Prosecutors said at least 129 "
        "people were killed and more than 350 wounded, and the Islamic State group claimed "
        "responsibility. President François Hollande declared a state of emergency and the "
        "authorities banned public gatherings in the Paris region until Thursday. The organisers "
        "said they could not guarantee the safety of players and fans and would announce new "
        "dates later. Several French streamers said friends had been inside the Bataclan, and "
        "one well-known caster said he had spent the night trying to reach a colleague who was "
        "at a restaurant in the 10th arrondissement. Game publishers in Paris closed their "
        "offices on Monday. Police raids on suspects continued in Saint-Denis and in Brussels in "
        "November 2015.",
        "T V E",
        "terror_attack",
    ),
    (
        "Brussels games fair cancelled after airport and metro bombings",
        "A Brussels games and comics convention due to open on Friday has been cancelled after "
        "suicide bombers struck the city's Zaventem airport and a metro carriage at Maelbeek "
        "station on Tuesday morning. Belgian officials said at least 31 people were killed and "
        "about 300 wounded, and the Islamic State group said it carried out the attacks. The "
        "government raised the threat level to its highest and soldiers patrolled railway "
        "stations. The fair, which expected about 20,000 visitors, said the police had asked for "
        "all large events in the capital to be called off this week. Exhibitors from the "
        "Netherlands and France were told to stay away. A Flemish indie studio whose office is "
        "near Maelbeek said all six of its staff were safe but shaken. “We heard it, the whole "
        "street shook,” its co-founder said. Belgium observed three days of national mourning in "
        "March 2016.",
        "T E V",
        "suicide_bombing",
    ),
    (
        "Sri Lanka blocks social media and calls off PUBG tournament after Easter bombings",
        "Sri Lanka's first national PUBG Mobile tournament has been cancelled after suicide "
        "bombers attacked three churches and three luxury hotels on Easter Sunday, killing more "
        "than 250 people. The government blocked Facebook, WhatsApp and Instagram and imposed a "
        "night curfew, and security forces carried out raids on suspected hideouts of National "
        "Thowheeth Jama'ath, a local Islamist group the government blamed for the bombings. The "
        "Islamic State group later claimed the attacks. The tournament's organiser in Colombo "
        "said the Galle Face hotel venue was within a security cordon and that several players "
        "had lost relatives at St Anthony's Shrine in Kochchikade. Some lawmakers have called "
        "for PUBG to be banned, calling it a bad influence on young people, a debate that "
        "predates the attacks. Police said a dozen more explosive devices were found near "
        "Colombo's main bus station in April 2019.",
        "T E V M",
        "suicide_bombing",
    ),
    (
        "Nepal's Discord generation counts its dead after police fire on Kathmandu protests",
        "Young Nepalis who organised protests over a social media ban through gaming servers on "
        "Discord say at least two members of their community were among those killed when police "
        "opened fire on crowds outside parliament in Kathmandu. Officials said 19 people were "
        "killed on Monday as protesters broke through barricades, and more died on Tuesday when "
        "crowds set fire to parliament, party offices and politicians' homes. The army was "
        "deployed and a curfew imposed in the capital. Moderators of one Discord server with "
        "more than 100,000 members said a 20-year-old who ran its Free Fire channel had been "
        "shot in the chest near New Baneshwor. “He joined to play games, and then the server "
        "became the movement,” one moderator said. Prime Minister KP Sharma Oli resigned on "
        "Tuesday. The protests, led largely by people in their teens and twenties, began in "
        "early September 2025 after the government blocked dozens of platforms.",
        "U",
        "crackdown",
    ),
    (
        "Jakarta riots force delay of Mobile Legends league as protesters torch buildings",
        "Indonesia's professional Mobile Legends league has postponed a week of matches in "
        "Jakarta after riots spread across the capital and other cities following the death of a "
        "motorcycle-taxi driver who was run over by a police armoured vehicle. Protesters set "
        "fire to regional parliament buildings in Makassar and Bandung and looted the homes of "
        "several lawmakers, and police fired tear gas and rubber bullets in central Jakarta. At "
        "least eight people were killed, officials said, including three in a fire in Makassar. "
        "The league's organiser said the studio where matches are played in South Jakarta could "
        "not guarantee the safety of players and staff. Several teams said their bootcamps had "
        "barricaded their doors. President Prabowo Subianto ordered the police and army to act "
        "firmly against looting. The protests began in late August 2025 over lawmakers' housing "
        "allowances.",
        "U",
        "riot",
    ),
    (
        "Aleppo developer escapes besieged east as air strikes hit hospitals",
        "A Syrian programmer who built one of the few games made inside opposition-held Aleppo "
        "has reached Gaziantep in Turkey after months under siege in the city's east, he said on "
        "Wednesday. Government and Russian air strikes have hit hospitals, bakeries and markets "
        "in eastern Aleppo in recent weeks, and the United Nations says about 250,000 people "
        "remain trapped there with food and medicine running out. The 26-year-old said he left "
        "his laptop's hard drive with a friend and crossed front lines at night with his mother "
        "and sister. His game, a side-scroller about a boy delivering bread, was coded on a "
        "generator that ran two hours a day. “Every time I saved, I thought it might be the last "
        "save,” he said. Aid agencies say no UN convoy has entered eastern Aleppo since July "
        "2016. He plans to finish the game in Gaziantep, where several Syrian tech workers share "
        "an office.",
        "E V D H",
        "siege",
    ),
    (
        "Port-au-Prince gaming centre closes as gangs attack Solino",
        "One of the last gaming centres in central Port-au-Prince has closed after gang members "
        "attacked the Solino neighbourhood overnight, burning houses and shooting at residents "
        "who tried to flee, its owner said. The Viv Ansanm gang coalition has been pushing into "
        "areas held by residents' self-defence brigades for weeks, and police said officers "
        "exchanged fire with the gangs on Delmas 24. The UN migration agency said more than "
        "1,500 people fled Solino in two days, many to makeshift sites in schools. The owner, "
        "who ran 20 computers and a FIFA league for teenagers, said he had left with nothing but "
        "two hard drives. “These kids came here so they would not be on the street,” he said. "
        "The United Nations says more than 5,600 people were killed in Haiti's gang violence in "
        "2024. The owner said he did not know whether his equipment was still there.",
        "B V D",
        "gang_attack",
    ),
    (
        "Israeli and Iranian gamers report sleepless nights as missiles and air strikes trade",
        "Gamers and streamers in Israel and Iran have taken to Discord and Telegram to describe "
        "nights spent in shelters and stairwells as the two countries trade strikes for a fifth "
        "day. Israel says it is striking nuclear sites, missile launchers and military "
        "commanders across Iran, and Iranian ballistic missiles have hit Tel Aviv, Haifa and Bat "
        "Yam. Iran's health ministry says more than 220 people have been killed in Israeli "
        "strikes, and Israel says 24 people have been killed by missiles. A Tel Aviv studio said "
        "a missile impact two kilometres away had cracked the windows of its office. In Tehran, "
        "a Counter-Strike streamer said traffic leaving the city toward the Caspian coast had "
        "been at a standstill for hours. Internet in Iran has been heavily throttled since the "
        "strikes began in June 2025, and many Iranian streams have gone dark. “We talk in the "
        "same game lobbies, and now we hide from each other's missiles,” one Israeli player "
        "wrote.",
        "E M",
        "air_strike",
    ),
    (
        "Odesa studio runs on generators after drones and missiles hit the city's power grid",
        "An Odesa studio that makes hidden-object games has been running on two diesel "
        "generators for a week after Russian drones and missiles hit the region's energy "
        "infrastructure, its managing director said. Regional governor Oleh Kiper said strikes "
        "on Friday night damaged substations and a port building and wounded six people. Much of "
        "the city was without power or water for several days. The studio's 40 staff come in to "
        "use the office lights, heating and Starlink connection, and some have brought their "
        "children. “Artists cannot render on a phone battery,” the director said. Ukraine's "
        "energy ministry said Russia had launched hundreds of drones at power plants and "
        "substations in December 2024. The studio said an update to its best-selling game would "
        "be delayed by two weeks.",
        "E",
        "drone_strike",
    ),
    (
        "Cali streamer wounded as police and protesters clash during national strike",
        "Doctors in Cali stitched a head wound suffered by a Colombian streamer known for his "
        "Free Fire broadcasts after he was hit by a tear-gas canister while filming a march on "
        "Friday night, his manager said. Clashes between riot police and protesters during the "
        "national strike against a tax reform have left at least 24 people dead, according to "
        "the ombudsman's office, and human rights groups say police opened fire on crowds in the "
        "Siloé district. Protesters have set up roadblocks and burned buses and police posts in "
        "several cities. The streamer's live broadcast, in which the explosion and screaming can "
        "be heard, has been viewed more than a million times. “I went to show what is happening, "
        "not to fight anyone,” he said in a video from his hospital bed. President Iván Duque "
        "ordered troops into Cali to help clear blockades. The protests began on 28 April 2021.",
        "U",
        "crackdown",
    ),
    (
        "Burkina Faso developer buries relatives after jihadists kill villagers in Barsalogho",
        "A developer at one of Ouagadougou's few game studios says he lost an uncle and two "
        "cousins when jihadist fighters attacked Barsalogho on Saturday, shooting residents who "
        "were digging defensive trenches around the town. JNIM, al-Qaeda's affiliate in the "
        "Sahel, claimed the attack, and local sources and aid workers said at least 200 people "
        "were killed. The government said soldiers had been deployed to the area. The studio, "
        "which makes mobile games in Mooré and French, closed for two days of mourning. “My "
        "cousins were forced to dig, and then they were shot in the trench they dug,” the "
        "developer said. Thousands of people have fled Barsalogho for Kaya in recent weeks, "
        "according to aid groups. The attack in August 2024 was among the deadliest in Burkina "
        "Faso's long insurgency.",
        "T V D",
        "massacre",
    ),
]
