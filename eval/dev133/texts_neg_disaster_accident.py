"""dev133 hard negatives: disasters and accidents (floods, quakes, fires, ferries, mines, crashes,
blasts) (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Dam collapse floods half of Maiduguri, hundreds of thousands displaced",
        "The Alau dam outside Maiduguri, the capital of Nigeria's Borno state, gave way after "
        "days of heavy rain on Tuesday, flooding about half the city and forcing some 400,000 "
        "people from their homes, the state emergency agency said. A wall of the city's prison "
        "collapsed, and 281 inmates escaped. Soldiers used trucks to ferry stranded residents "
        "to higher ground. The zoo's management warned that crocodiles and snakes had been "
        "swept into residential streets.",
        "disaster",
    ),
    (
        "Myanmar quake death toll passes 3,600 as rescuers reach Sagaing",
        "The death toll from the magnitude 7.7 earthquake that struck central Myanmar rose "
        "above 3,600 on Thursday, the military government said, as rescue teams from China, "
        "India and Russia reached the worst-hit towns around Sagaing and Mandalay. Tens of "
        "thousands of people were sleeping in the open for fear of aftershocks. Both the junta "
        "and the main resistance alliance have announced temporary ceasefires to let aid in.",
        "disaster",
    ),
    (
        "Chido levels Mayotte's hillside shantytowns",
        "Cyclone Chido tore across the French Indian Ocean territory of Mayotte on Saturday "
        "with winds of more than 220 km/h, flattening the hillside shantytowns where a third of "
        'the population lives. The prefect said the toll could reach "several hundred" once the '
        "debris is cleared. France sent soldiers, firefighters and 80 tonnes of supplies by "
        "military aircraft.",
        "disaster",
    ),
    (
        "Palisades fire forces 30,000 to evacuate as winds fan flames",
        "A wind-driven wildfire raced through the Pacific Palisades on Tuesday, burning "
        "hundreds of homes and forcing about 30,000 residents to flee, some abandoning their "
        "cars on Sunset Boulevard to escape on foot. Governor Gavin Newsom deployed National "
        "Guard troops to help with evacuations and road closures.",
        "disaster",
    ),
    (
        "Enga landslide buries village, more than 600 feared dead",
        "A landslide buried much of Yambali village in Papua New Guinea's Enga province before "
        "dawn on Friday, and the UN migration agency estimated that more than 670 people were "
        "under the rubble. Ground that was still shifting and a damaged highway were slowing "
        "the arrival of heavy machinery, aid officials said.",
        "disaster",
    ),
    (
        "Buner cloudburst kills over 300 as flash floods hit north-west",
        "PESHAWAR: Flash floods triggered by a cloudburst swept through villages in Khyber "
        "Pakhtunkhwa's Buner district on Friday, killing more than 300 people, the Provincial "
        "Disaster Management Authority said. Army helicopters and troops joined the rescue "
        "effort; a provincial government helicopter carrying relief goods crashed in Mohmand, "
        "killing its five crew members.",
        "disaster",
    ),
    (
        "Lewotobi erupts again, thousands moved to shelters",
        "Mount Lewotobi Laki-laki on Indonesia's Flores island erupted again on Tuesday, "
        "sending a column of ash 10 km into the sky and forcing more than 4,000 villagers into "
        "shelters, the volcanology agency said. Several flights to and from Bali were "
        "cancelled.",
        "disaster",
    ),
    (
        "Zambia declares drought a national disaster as maize crop fails",
        "Zambia's President Hakainde Hichilema declared the drought gripping the country a "
        "national disaster on Thursday, saying it had destroyed about a million of the 2.2 "
        "million hectares planted with maize. He said the army would help distribute food to "
        "the worst-hit districts. The El Niño-linked dry spell has also hit Zimbabwe and "
        "Malawi.",
        "disaster",
    ),
    (
        "Earthquake in eastern Afghanistan kills more than 1,400",
        "A magnitude 6.0 earthquake struck Kunar province near the Pakistani border late on "
        "Sunday, flattening mud-brick villages and killing more than 1,400 people, Taliban "
        "officials said. The Taliban's defence ministry flew commandos into cut-off valleys to "
        "evacuate the injured. Aid agencies warned that cuts in foreign funding had left them "
        "short of tents.",
        "disaster",
    ),
    (
        "Bridge collapses as Typhoon Yagi floods northern Vietnam",
        "A steel bridge over the Red River in Phu Tho province collapsed on Monday, sending "
        "cars and motorbikes into the water, as Typhoon Yagi brought the worst flooding "
        "northern Vietnam has seen in decades. State media said 143 people had died. Soldiers "
        "evacuated thousands of residents from Hanoi's riverside districts.",
        "disaster",
    ),
    (
        "Valencia flash floods: toll rises above 200 as soldiers search garages",
        "The death toll from flash floods in Spain's Valencia region rose above 200 on "
        "Saturday, and the government said it would send 10,000 more soldiers and police "
        "officers to search flooded garages and underground car parks. Thousands of volunteers "
        "walked from the city into Paiporta with brooms and shovels.",
        "disaster",
    ),
    (
        "Wildfire near Jerusalem forces evacuation of five communities",
        "A wildfire driven by strong winds spread through forests west of Jerusalem on "
        "Wednesday, forcing the evacuation of five communities and the closure of the main "
        "highway to Tel Aviv, Israeli fire services said. The army sent soldiers and aircraft "
        "to help, and Independence Day ceremonies were cancelled.",
        "disaster",
    ),
    (
        "Landslide wipes out village in Sudan's Marra mountains",
        "A landslide after days of heavy rain destroyed the village of Tarasin in Sudan's Marra "
        "mountains, killing about 1,000 people, according to the Sudan Liberation "
        "Movement-Army, the armed group that controls the area. Its leader, Abdelwahid Mohamed "
        "Nour, appealed to the UN for help recovering bodies. Only one survivor was reported. "
        "Heavy rain had washed out the only track into the mountains.",
        "disaster",
    ),
    (
        "Bali Strait ferry sinks with 65 aboard, at least four dead",
        "The ferry KMP Tunu Pratama Jaya sank in the Bali Strait late on Wednesday about half "
        "an hour after leaving Ketapang port in East Java, with 65 people and 22 vehicles on "
        "board, Indonesia's search and rescue agency said. Four bodies were recovered and 29 "
        "people rescued; the search for the others was hampered by high waves.",
        "accident",
    ),
    (
        "Boat fire on Congo river kills at least 148",
        "A motorised wooden boat carrying about 500 passengers caught fire and capsized on the "
        "Congo river near Mbandaka on Tuesday, killing at least 148 people, many of them women "
        "and children, local officials said. The fire started when a woman was cooking on "
        "board, according to a provincial lawmaker.",
        "accident",
    ),
    (
        "Mine collapse kills dozens of gold panners near Bamako",
        "At least 48 people, most of them women, were killed when an artisanal gold mine "
        "collapsed in Mali's Koulikoro region on Saturday, local officials and a miners' "
        "association said. The site had been abandoned by a Chinese company and was being dug "
        "by informal miners; the government has promised to crack down on unlicensed mining.",
        "accident",
    ),
    (
        "Methane blast at Iranian coal mine kills 51",
        "A methane explosion tore through two blocks of a coal mine in Tabas, in eastern Iran, "
        "late on Saturday, killing at least 51 workers and injuring 20, state television said. "
        "President Masoud Pezeshkian ordered an investigation.",
        "accident",
    ),
    (
        "Port blast in Bandar Abbas kills dozens, Iran rules out sabotage",
        "A huge explosion ripped through the Shahid Rajaee container port near Bandar Abbas on "
        "Saturday, killing at least 57 people and injuring more than 1,000, Iranian officials "
        "said. The blast was blamed on improperly stored chemicals, reportedly sodium "
        "perchlorate used in rocket fuel. Officials said there was no sign of sabotage.",
        "accident",
    ),
    (
        "Air India jet crashes into medical college hostel in Ahmedabad",
        "An Air India Boeing 787 bound for London crashed into a doctors' hostel seconds after "
        "taking off from Ahmedabad on Thursday, killing 241 of the 242 people on board and at "
        "least 19 on the ground, officials said. The lone survivor walked out of the wreckage. "
        "India's aircraft accident investigation bureau has recovered both flight recorders. It "
        "was the first fatal crash of a 787 since the model entered service in 2011.",
        "accident",
    ),
    (
        "Black Hawk and regional jet collide near Reagan National, no survivors",
        "An American Airlines regional jet carrying 64 people collided with a US Army Black "
        "Hawk helicopter on a training flight as the plane approached Reagan Washington "
        "National Airport on Wednesday night, and both aircraft plunged into the Potomac river. "
        "There were no survivors, officials said on Thursday.",
        "accident",
    ),
    (
        "Tanker explosion kills 98 as villagers scoop fuel in Niger state",
        "A petrol tanker exploded as people were trying to siphon fuel from it after it "
        "overturned near Dikko junction in Nigeria's Niger state on Saturday, killing at least "
        "98, the state emergency agency said. The Federal Road Safety Corps said the driver had "
        "lost control while trying to overtake.",
        "accident",
    ),
    (
        "Fire at Mombasa fuel depot burns for 14 hours",
        "A fire at a fuel storage depot in Shimanzi, Mombasa, burned for 14 hours before "
        "firefighters from the Kenya Ports Authority and the navy brought it under control on "
        "Thursday morning, the county government said. Two workers were taken to hospital with "
        "burns. Police said an electrical fault during loading was the likely cause and ruled "
        "out foul play.",
        "accident",
    ),
    (
        "Lisbon's Glória funicular derails, killing 16",
        "A car of Lisbon's Glória funicular left its rails and smashed into a building on "
        "Wednesday evening, killing 16 people, among them several foreign tourists, Portugal's "
        "emergency services said. A preliminary report said a cable linking the two cars had "
        "come loose.",
        "accident",
    ),
    (
        "Stampede at Bengaluru cricket victory celebration kills 11",
        "Eleven people were crushed to death and more than 50 injured in a stampede outside "
        "Bengaluru's Chinnaswamy stadium on Wednesday, as hundreds of thousands of fans "
        "gathered to celebrate Royal Challengers Bengaluru's first IPL title. Karnataka's chief "
        "minister ordered a magisterial inquiry.",
        "accident",
    ),
    (
        "Ammunition disposal blast kills 13 in West Java",
        "Thirteen people, four of them soldiers, were killed when expired ammunition exploded "
        "during a disposal operation by the Indonesian army at a beach in Garut, West Java, on "
        "Monday, the military said. Villagers who gather scrap metal from the casings after "
        "each detonation were among the dead.",
        "accident",
    ),
    (
        "Boat carrying Ethiopian migrants capsizes off Yemen, dozens missing",
        "A boat carrying 154 Ethiopian migrants capsized off Yemen's southern Abyan province on "
        "Sunday, and 68 people drowned while 74 remained missing, the International "
        "Organization for Migration said. Only 12 survivors were found. The route across the "
        "Gulf of Aden is used by tens of thousands of people each year trying to reach Saudi "
        "Arabia.",
        "accident",
    ),
    (
        "Gas explosion tears through apartment block in Nizhny Tagil",
        "A household gas explosion brought down part of a five-storey apartment block in the "
        "Urals city of Nizhny Tagil on Thursday morning, killing at least ten people, Russia's "
        "emergencies ministry said. Rescuers were searching the rubble for three more "
        "residents.",
        "accident",
    ),
]
