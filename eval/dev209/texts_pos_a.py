"""dev209 positives, part A: railways, airports, airliners, bridges and ships hit in the wars of
Ukraine, Russia, the Middle East, Afghanistan and the Red Sea, 2014-2025.

POSITIVES = [(title, text, tag codes, kind), ...]; tag codes as in eval/conflictset.
"""

POSITIVES = [
    (
        "Missile strike on Kramatorsk station kills dozens waiting for evacuation trains",
        "A missile hit the railway station in Kramatorsk on Friday morning as thousands of people "
        "waited on the platforms for trains to take them west, killing at least 50, five children "
        "among them, regional officials said. Ukrzaliznytsia, the state railway, said two trains had "
        "been due to leave for Lviv and Dnipro when the strike came shortly after 10:30. Photographs "
        "from the scene showed bodies beside abandoned suitcases and burnt-out cars in the forecourt; "
        "the tail section of a Tochka-U missile lay near the station building, with the words "
        "\u201cfor the children\u201d painted on it in Russian. Pavlo Kyrylenko, the governor of "
        "Donetsk region, said about 4,000 people had been in and around the station, most of them "
        "women and elderly residents leaving ahead of an expected Russian offensive in the Donbas. "
        "Russia's defence ministry denied responsibility and said its forces no longer used the "
        "Tochka-U. President Volodymyr Zelensky called it a deliberate strike on civilians. The "
        "railway said evacuations from Kramatorsk and nearby Sloviansk would continue by bus and from "
        "other stations, and urged residents to leave \u201cwhile the roads are still open\u201d. "
        "More than 100 people were wounded, many of them by shrapnel, and hospitals in both towns "
        "appealed for blood donors.",
        "E V D",
        "missile_strike",
    ),
    (
        "Drones hit passenger train at Shostka station as attacks on Ukraine's railways intensify",
        "Russian drones struck a passenger train at Shostka station in Ukraine's Sumy region on "
        "Saturday, killing one person and wounding around 30, passengers and railway staff among "
        "them, regional authorities said. The Kyiv-bound service was boarding when the first drone "
        "hit a carriage and set it alight, according to the regional governor, Oleh Hryhorov. "
        "Footage released by the State Emergency Service showed a coach burnt down to its frame and "
        "firefighters working along the platform. President Volodymyr Zelensky said the Russians "
        "\u201ccould not have failed to know\u201d that they were striking civilians. Ukrzaliznytsia "
        "said it had held two other trains short of the station and would run replacement buses "
        "between Shostka and Konotop until the line was cleared. The attack followed weeks of drone "
        "strikes on locomotives, depots and traction substations across the north and east, which "
        "the railway says have left dozens of services running hours late. Deputy prime minister "
        "Oleksii Kuleba said crews were restoring power to the line and that the railway "
        "\u201cremains the artery of the country\u201d. The company has moved some departures from "
        "towns near the front to night hours to make trains harder to target.",
        "E V",
        "drone_strike",
    ),
    (
        "Russian strikes destroy 60,000 tonnes of grain at Odesa ports after Moscow quits corridor deal",
        "Russian missiles and drones hit port infrastructure in Odesa and Chornomorsk for a second "
        "night running, destroying at least 60,000 tonnes of grain that was waiting to be loaded, "
        "Ukraine's agriculture ministry said on Wednesday. Terminals, silos and a section of quay "
        "were damaged, and twelve people, port workers among them, were wounded, regional officials "
        "said. Russia's defence ministry said it had carried out \u201cretaliatory strikes\u201d on "
        "facilities used to prepare \u201cterrorist acts\u201d against it, a reference to the attack "
        "on the Crimean bridge earlier in the week. The raids came two days after Moscow pulled out "
        "of the UN-brokered arrangement that had let some 33 million tonnes of Ukrainian grain and "
        "oilseeds leave Black Sea ports in a year. Wheat futures in Chicago jumped more than 8% on "
        "the news, their biggest daily rise since the start of the full-scale invasion. Brokers said "
        "war-risk insurance for the few ships still in the ports had become hard to place at any "
        "price. Agriculture minister Mykola Solskyi said exporters would try to move more cargo by "
        "rail to the Danube ports and Poland, though both routes were already congested.",
        "E M",
        "missile_strike",
    ),
    (
        "Naval drones hit Russian landing ship and tanker, halting traffic at Novorossiysk",
        "Ukrainian sea drones struck a Russian navy landing ship near the Black Sea port of "
        "Novorossiysk overnight, and hours later hit a Russian-flagged chemical tanker in the Kerch "
        "Strait, in the deepest attacks yet on Russia's southern shipping lanes. Video verified by "
        "Reuters showed the landing ship Olenegorsky Gornyak listing heavily as tugs towed it into "
        "harbour. The port, which handles about 2% of world oil supply through the Caspian Pipeline "
        "Consortium terminal nearby, briefly stopped all ship movements, according to shipping "
        "agents. The tanker Sig, which the United States had sanctioned for carrying jet fuel to "
        "Russian forces in Syria, was holed near the engine room, and Russia's maritime agency said "
        "11 crew were on board and nobody was hurt. A source in Ukraine's SBU security service said "
        "the drones carried about 450 kg of explosives each. The Russian defence ministry said it had "
        "destroyed two other drones on the approaches to the base. Traffic across the Crimean bridge "
        "was stopped for several hours. Lloyd's List said owners were asking whether war-risk cover "
        "for Russian Black Sea ports would now be repriced.",
        "E",
        "drone_strike",
    ),
    (
        "Explosion sets fuel train ablaze on Crimean bridge, killing three",
        "A powerful explosion tore through part of the Kerch bridge linking Crimea to mainland "
        "Russia early on Saturday, collapsing two spans of the road carriageway and setting fire to "
        "seven fuel tank wagons on the parallel rail line. Russia's investigative committee said a "
        "truck had blown up on the road deck, and that three people, among them the driver of a car "
        "travelling alongside it, had been killed. Pictures showed thick black smoke over the Kerch "
        "Strait and a section of roadway lying in the water. The 19 km bridge, opened by Vladimir "
        "Putin in 2018, is the main supply route for Russian forces in southern Ukraine. Rail "
        "traffic resumed on one track by the evening, and Grand Service Express said its passenger "
        "trains to Sevastopol and Simferopol would run with a delay of several hours. Car ferries "
        "across the strait were brought back into service as queues formed on both shores. Kyiv did "
        "not claim the attack, though officials posted celebratory messages. The Kremlin said the "
        "blast was a terrorist act, and the next morning Russia launched a wave of missile strikes "
        "on Ukrainian cities.",
        "E T",
        "bombing",
    ),
    (
        "Moscow airports restrict flights for hours as drones are downed on approach",
        "Moscow's four airports suspended or limited arrivals and departures for much of Saturday as "
        "air defences brought down dozens of Ukrainian drones approaching the capital, Russia's "
        "aviation authority Rosaviatsia said. Aeroflot cancelled 171 flights and delayed dozens "
        "more, and passengers at Sheremetyevo described sleeping on the floor of terminal B "
        "overnight. Mayor Sergei Sobyanin said 27 drones had been shot down on the way to the city "
        "since the morning, and that debris had fallen on a highway south of Zelenograd without "
        "causing casualties. The defence ministry said a total of 93 drones had been destroyed over "
        "western Russia during the night. Restrictions were also imposed at airports in Kaluga, "
        "Nizhny Novgorod and St Petersburg, where Pulkovo halted departures for three hours. "
        "Russia's transport ministry said the so-called Carpet plan, which clears the sky over an "
        "airport under threat, had been used more often in the past month than in the whole of the "
        "previous year. Airlines have warned that the closures, on top of sanctions on spare parts, "
        "are pushing costs up. Ukraine says its strikes target military plants and fuel depots "
        "supplying the war.",
        "E",
        "drone_attack",
    ),
    (
        "Malaysia Airlines jet with 298 on board brought down over eastern Ukraine",
        "A Malaysia Airlines Boeing 777 flying from Amsterdam to Kuala Lumpur was shot down over "
        "eastern Ukraine on Thursday, killing all 298 people on board, Ukrainian officials said. "
        "Flight MH17 lost contact at 33,000 feet near the Russian border, over territory held by "
        "pro-Russian separatists, and wreckage was scattered across fields near the village of "
        "Hrabove in the Donetsk region. The Ukrainian government said the aircraft had been hit by a "
        "surface-to-air missile and accused the rebels; separatist leaders denied having weapons "
        "capable of reaching that altitude. Most of those on board were Dutch, the airline said, "
        "and there were also 27 Australians and 43 Malaysians. Armed men guarded the crash site "
        "through the night, and monitors from the OSCE said they were only able to approach it for "
        "75 minutes the next day. The region has seen weeks of fighting between Ukrainian forces and "
        "the rebels, who have shot down several military transport planes and helicopters. Eurocontrol "
        "said the airspace over eastern Ukraine had been closed on all routes, and Lufthansa, Air "
        "France and Turkish Airlines said they were diverting flights. US President Barack Obama "
        "called it \u201can outrage of unspeakable proportions\u201d.",
        "E B",
        "shootdown",
    ),
    (
        "Iran admits its forces shot down Ukrainian airliner after Tehran takeoff",
        "Iran's armed forces acknowledged on Saturday that they had shot down a Ukraine International "
        "Airlines Boeing 737 shortly after it took off from Tehran's Imam Khomeini airport, killing "
        "all 176 people on board, after days of denying that a missile was to blame. A statement "
        "read on state television said the aircraft had been mistaken for a \u201chostile "
        "target\u201d as it turned near a sensitive military site at a time of heightened alert. "
        "Hours before the crash, the Revolutionary Guards had fired more than a dozen ballistic "
        "missiles at two bases in Iraq housing American troops, in retaliation for the killing of "
        "General Qassem Soleimani by a US drone. Flight PS752 was bound for Kyiv, and most of those "
        "on board were Iranians and Canadians, many of them students returning to universities after "
        "the holidays. President Hassan Rouhani called the shootdown an \u201cunforgivable "
        "mistake\u201d. Ukraine International suspended all flights to Tehran, and Air Canada, "
        "Lufthansa and Singapore Airlines said they would avoid Iranian and Iraqi airspace. Canada's "
        "prime minister Justin Trudeau demanded a full and transparent investigation and "
        "compensation for the families.",
        "E",
        "shootdown",
    ),
    (
        "Azerbaijan Airlines crash: Aliyev says jet was hit by fire from Russian territory",
        "President Ilham Aliyev said on Sunday that an Azerbaijan Airlines Embraer that crashed in "
        "Kazakhstan on Christmas Day had been damaged by fire from the ground over Russia, and "
        "accused Moscow of trying to \u201chush up\u201d what happened. The jet, flying from Baku to "
        "Grozny with 67 people on board, was turned away from the Chechen capital as Ukrainian "
        "drones attacked the city, then flew across the Caspian Sea and came down near Aktau while "
        "trying to land; 38 people were killed and 29 survived. Photographs of the wreckage showed "
        "dozens of small holes in the tail section, which aviation experts said were consistent with "
        "shrapnel from an air-defence missile. Vladimir Putin apologised to Aliyev for what he "
        "called a \u201ctragic incident\u201d in Russian airspace but stopped short of admitting "
        "that Russian fire had hit the plane. Azerbaijan Airlines suspended flights to ten Russian "
        "cities, and flydubai and Kazakhstan's Qazaq Air also halted services to some southern "
        "Russian airports. Surviving passengers told reporters they heard a bang and saw the cabin "
        "fill with smoke before the aircraft lost hydraulic power. Kazakhstan is leading the "
        "investigation, and the flight recorders have been sent to Brazil.",
        "E",
        "shootdown",
    ),
    (
        "Suicide bombing at Kabul airport gate kills scores as evacuation flights continue",
        "A suicide bomber blew himself up among crowds outside Kabul airport on Thursday, and gunmen "
        "then opened fire, killing at least 60 Afghans and 13 US service members at the Abbey Gate, "
        "where thousands had gathered hoping to board evacuation flights, officials said. The "
        "Islamic State's Afghan branch claimed the attack on its Amaq news channel. Witnesses "
        "described bodies floating in the sewage canal that runs beside the perimeter wall, where "
        "families had waited for days holding up passports and visa papers. Taliban fighters, who "
        "control the roads leading to the airport, had been firing into the air to disperse crowds "
        "in the days before. The US military said the airlift would go on until the deadline of "
        "August 31, and that more than 100,000 people had been flown out since the city fell. "
        "Britain, Germany and Canada said they were ending their own evacuation flights within hours "
        "or had already done so, leaving many eligible Afghans behind. Hospitals run by Emergency, an "
        "Italian charity, said they were overwhelmed with wounded. President Joe Biden vowed to hunt "
        "down those responsible.",
        "E T V D",
        "suicide_bombing",
    ),
    (
        "Israeli jets strike Sanaa airport, destroying Yemenia aircraft and terminal",
        "Israeli warplanes struck Sanaa international airport on Tuesday, putting the runway out of "
        "action and destroying several civilian aircraft and a terminal building, Houthi-run media "
        "and the airport's director said. The Israeli military said it had \u201cfully disabled\u201d "
        "the airport, which it described as a hub for moving weapons to the Houthis, and also hit "
        "power stations and a cement factory north of the capital. Khaled al-Shaief, the airport "
        "director, said the losses were close to $500 million and that six aircraft had been "
        "destroyed, among them planes of the national carrier Yemenia. The raids came two days "
        "after a Houthi ballistic missile landed inside the perimeter of Israel's Ben Gurion "
        "airport. Yemenia had been operating a handful of weekly flights from Sanaa to Amman, mostly "
        "carrying patients, students and pilgrims, and the UN's humanitarian air service uses the "
        "same runway. Houthi officials said they would restore operations within days and that the "
        "strikes would not stop their campaign against Israel. At least three people were killed, "
        "according to the health ministry in Sanaa.",
        "E M",
        "airstrike",
    ),
    (
        "Houthi missile lands near Ben Gurion terminal, airlines suspend Tel Aviv flights",
        "A ballistic missile fired from Yemen struck inside the grounds of Ben Gurion airport on "
        "Sunday, leaving a crater several metres deep in an orchard beside the access road to "
        "Terminal 3 and lightly injuring eight people, Israeli emergency services said. The "
        "military said attempts to intercept the missile had failed, and an investigation was "
        "opened into why the interceptors missed. Air traffic was halted for about an hour, and "
        "footage on social media showed passengers running for shelter in the departures hall as "
        "sirens sounded. The Houthis said they had targeted the airport and declared it unsafe for "
        "air travel. Within hours, Lufthansa, Swiss, Austrian, Air Europa and Wizz Air said they were "
        "suspending flights to Tel Aviv for several days, and Delta cancelled its New York service. "
        "Israel's flag carrier El Al kept to its timetable but added capacity as foreign airlines "
        "pulled out. Prime minister Benjamin Netanyahu said Israel would respond \u201cat a time and "
        "place of our choosing\u201d. The Houthis have launched dozens of missiles and drones at "
        "Israel since the war in Gaza began.",
        "E",
        "missile_strike",
    ),
    (
        "Three seafarers killed as Houthi missile hits bulk carrier in Gulf of Aden",
        "Three crew members of the Barbados-flagged bulk carrier True Confidence were killed when a "
        "Houthi anti-ship missile struck the vessel about 50 nautical miles south-west of Aden on "
        "Wednesday, the first deaths since the group began attacking merchant shipping, US Central "
        "Command said. At least four others were badly burned, and the crew abandoned ship before an "
        "Indian navy destroyer picked up 21 people, among them a Vietnamese and nine Filipino "
        "seafarers. The ship's Greek operator said the vessel was carrying steel and trucks to "
        "Jeddah and had no link with Israel. A Houthi military spokesman said the group had fired "
        "at the ship after its crew ignored warnings. The International Chamber of Shipping said "
        "seafarers were being asked to \u201csail through a war zone\u201d and called on "
        "governments to do more. The Philippines' migrant workers department said two of the dead "
        "were Filipinos. Container lines have largely abandoned the Suez route since December, but "
        "many bulk and tanker operators have continued to use it, often with armed guards and "
        "their AIS transponders switched off.",
        "E",
        "missile_strike",
    ),
    (
        "Houthis seize car carrier Galaxy Leader in Red Sea, take 25 crew hostage",
        "Yemen's Houthi movement seized a car carrier in the southern Red Sea on Sunday, landing "
        "armed men on its deck from a helicopter and steering it to the port of Hodeidah, where the "
        "25 crew were taken off, officials said. Footage released by the Houthis showed fighters in "
        "combat gear running across the deck of the Galaxy Leader firing rifles, before taking over "
        "the bridge. The Bahamas-flagged vessel is operated by a Japanese company, NYK Line, and its "
        "crew come from Bulgaria, Ukraine, Mexico, Romania and the Philippines. Its ultimate "
        "owner is linked to an Israeli businessman, and the Houthis said they would target any ship "
        "connected to Israel until the war in Gaza ended. Israel's prime minister's office blamed "
        "Iran for the seizure and said no Israelis were on board. The ship was sailing from Turkey "
        "to India without cargo. Within days, several carriers said they would route vessels with "
        "Israeli links around the Cape of Good Hope, and war-risk premiums for Red Sea transits "
        "rose tenfold. Manila said it was working through Oman for the release of the 17 Filipino "
        "seafarers.",
        "V",
        "hijacking",
    ),
    (
        "Explosive charge blows up track on Warsaw-Lublin line in sabotage Poland blames on Russia",
        "An explosive device destroyed a section of track on the railway between Warsaw and Lublin "
        "overnight, and damage was found at a second spot further along the line, in what prime "
        "minister Donald Tusk called an unprecedented act of sabotage. A train driver reported "
        "damaged rails near the village of Mika on Sunday morning, and a passenger train carrying "
        "475 people was halted further south after its windows were shattered by what investigators "
        "believe was a second, partly failed charge. Nobody was hurt. Tusk told parliament that two "
        "Ukrainian citizens working for Russian intelligence had planted the explosives and fled to "
        "Belarus, and that the line was used to carry aid and equipment to Ukraine. Prosecutors "
        "opened an investigation into sabotage of a terrorist nature on behalf of a foreign state. "
        "PKP PLK, the infrastructure manager, said trains between Deblin and Lublin would run on a "
        "single track and that delays of up to 90 minutes should be expected. Poland said it would "
        "close the last Russian consulate still open in the country. The Kremlin dismissed the "
        "accusations as \u201cRussophobia\u201d.",
        "E T",
        "sabotage",
    ),
    (
        "Damascus airport out of service after Israeli missiles hit runways",
        "Damascus international airport was closed to all flights on Friday after Israeli missile "
        "strikes damaged its runways and a navigation tower, Syria's transport ministry said. Syrian "
        "state media said the missiles were fired from over the Golan Heights shortly before dawn, "
        "and that air defences had intercepted some of them. The Syrian Observatory for Human Rights, "
        "a war monitor based in Britain, said the strikes also hit warehouses used by Iran-backed "
        "groups inside the airport compound. The Israeli military, which rarely comments on "
        "individual raids, has struck targets in Syria hundreds of times during the civil war, "
        "saying it is trying to stop Iran moving weapons to Hezbollah. Syrian Air and Cham Wings "
        "diverted their flights to Aleppo and Latakia, and pilgrims due to fly to Tehran were sent "
        "home. The ministry said repairs would take at least two weeks, and published photographs of "
        "craters on both runways. The UN humanitarian flights that serve the capital were also "
        "suspended.",
        "E M",
        "airstrike",
    ),
]
