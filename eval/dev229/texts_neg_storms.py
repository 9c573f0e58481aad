"""dev229 negatives, storms and floods: storms that batter and attack coasts, weather bombs and bomb
cyclones, evacuations before hurricanes, floods that displace thousands, including floods in
war-scarred places with no current violence. NEGATIVES = [(title, text, kind code), ...]."""

NEGATIVES = [
    (
        "Storm Ciarán batters Channel coasts with 100mph gusts",
        "Storm Ciarán battered the coasts of southern England, the Channel Islands and Brittany on "
        "Thursday, bringing gusts of 104mph at the Pointe du Raz and leaving more than 1.2m French "
        "homes without power. The Met Office had issued an amber wind warning for the south coast "
        "and a rare red warning for Jersey, where schools were closed and residents told to stay "
        "indoors. Falling trees killed a lorry driver in the Aisne and a man in Belgium. Waves "
        "breached sea defences at Newhaven, and Southern Rail cancelled most services. “It felt like "
        "the house was under attack all night,” said a resident of St Helier whose roof was torn "
        "off. Forecasters said the storm would move into the North Sea by Friday, although flood "
        "warnings would remain in place for much of Cornwall.",
        "disaster",
    ),
    (
        "Bomb cyclone slams US north-east, leaving 600,000 without power",
        "A rapidly intensifying storm that meteorologists called a bomb cyclone slammed into New "
        "England overnight, knocking out power to more than 600,000 homes and businesses and "
        "grounding hundreds of flights at Boston Logan. The central pressure fell 30 millibars in 24 "
        "hours, well past the threshold for bombogenesis, according to the National Weather "
        "Service. Wind gusts of 90mph were recorded on Cape Cod. Coastal flooding swamped streets in "
        "Scituate and Marshfield, where the National Guard used high-water vehicles to reach "
        "residents. At least two people were killed by falling trees in Maine. Utility crews from "
        "as far away as Ohio were heading to the region. The storm is expected to bring heavy snow "
        "to northern Vermont before moving into Canada on Wednesday. "
        "The storm drew comparisons with the blizzard of 1978, which many older residents still "
        "remember. Governor Maura Healey urged people to stay off the roads and check on elderly "
        "neighbours. In New York, the Metropolitan Transportation Authority suspended some commuter "
        "rail lines as flooding hit tracks near the coast. Forecasters said the explosive deepening "
        "of the storm was fuelled by unusually warm Atlantic water meeting cold Arctic air. Power "
        "companies warned that some customers could wait several days for electricity to return, and "
        "warming centres opened in towns across Massachusetts.",
        "disaster",
    ),
    (
        "Florida orders mass evacuations as Hurricane Milton strengthens to category 5",
        "Officials in Florida ordered more than a million residents along the Gulf coast to leave "
        "their homes on Monday as Hurricane Milton exploded into a category 5 storm over the Gulf of "
        "Mexico. The National Hurricane Center warned of a storm surge of up to 15 feet in Tampa Bay, "
        "which has not taken a direct hit from a major hurricane in more than a century. Interstate "
        "75 was jammed with cars heading north, and petrol stations ran dry in Pinellas County. "
        "“This is not a drill,” the Tampa mayor said. Governor Ron DeSantis activated 9,000 "
        "National Guard troops and asked residents to finish preparations by nightfall. Crews were "
        "still clearing debris left by Hurricane Helene two weeks earlier. Milton is forecast to "
        "make landfall on Wednesday night.",
        "disaster",
    ),
    (
        "Derna death toll climbs as floodwaters sweep neighbourhoods into the sea",
        "Rescuers in eastern Libya were still pulling bodies from the mud on Wednesday after two dams "
        "above the city of Derna burst during Storm Daniel, sending a torrent through the centre "
        "of the city. The Red Crescent said more than 11,000 people had died and another 10,000 "
        "were missing. Entire blocks along the wadi were swept into the sea. The disaster has exposed "
        "years of neglect in a country divided between rival administrations since the civil war, "
        "and engineers had warned for years that the dams needed urgent repairs. Search teams from "
        "Egypt, Turkey and the United Arab Emirates arrived on Tuesday. The International "
        "Organization for Migration said at least 30,000 people had been displaced in Derna alone. "
        "The World Meteorological Organization said better warnings could have prevented most of "
        "the deaths. "
        "Survivors described waking at night to the sound of what they thought was an explosion, and "
        "then seeing water rise to the third floor. The city's main hospital was overwhelmed, and "
        "bodies were laid out in the streets for identification. Aid groups said coordination between"
        " the two governments had improved after the disaster but remained difficult. Officials in "
        "Benghazi asked for bags for the dead. “We have buried people we never identified,” a "
        "volunteer said.",
        "disaster",
    ),
    (
        "Pakistan floods: 33 million affected as monsoon submerges a third of the country",
        "Pakistan's floods have affected 33 million people and killed more than 1,100 since June, "
        "the National Disaster Management Authority said on Monday, as officials described the "
        "monsoon as a climate catastrophe. Satellite images showed a lake tens of kilometres wide "
        "where the Indus burst its banks in Sindh. Hundreds of thousands of people are living in "
        "relief camps or by the side of raised roads. The army has deployed helicopters to rescue "
        "families stranded in Swat and Dera Ismail Khan. “We are on the frontline of a climate "
        "crisis we did not cause,” climate change minister Sherry Rehman said. The UN launched a "
        "$160m flash appeal. The Pakistan Meteorological Department said rainfall in August was "
        "nearly three times the 30-year average. "
        "In Dadu district, residents built earthen dykes around the town as the water rose around "
        "them. Doctors reported surging cases of malaria, dengue and skin infections in relief camps."
        " Farmers lost cotton and rice crops, and economists expect the disaster to cost the economy "
        "more than $30bn. Prime minister Shehbaz Sharif said the country needed the help of the world"
        " to rebuild. UN secretary-general António Guterres called it a monsoon on steroids.",
        "disaster",
    ),
    (
        "‘Weather bomb’ to bring 90mph winds and snow to Scotland",
        "A so-called weather bomb is set to sweep across northern Scotland on Tuesday, bringing "
        "winds of up to 90mph, heavy snow and huge waves to the Western Isles, forecasters said. The "
        "Met Office issued an amber warning for Orkney, Shetland and the Highlands, where power cuts "
        "and travel disruption were likely. CalMac cancelled all ferry sailings to the islands. A "
        "Met Office spokesperson said the term described a low-pressure system that deepens very "
        "quickly, although forecasters prefer the term explosive cyclogenesis. Schools in Caithness "
        "will close early. Police Scotland urged drivers to avoid the A9 north of Inverness. The "
        "storm is expected to clear by Wednesday afternoon, followed by a cold, bright spell.",
        "disaster",
    ),
    (
        "Rio Grande do Sul floods displace more than 500,000 in Brazil",
        "More than half a million people have been forced from their homes in the southern Brazilian "
        "state of Rio Grande do Sul after record rains swelled the Guaíba and its tributaries, the "
        "state civil defence said. The death toll rose to 147, with more than 120 people missing. "
        "Porto Alegre's international airport will remain closed until at least the end of the "
        "month. Soldiers, firefighters and volunteers with jet skis have rescued tens of thousands "
        "of residents from rooftops. About 80,000 people are in public shelters, including gyms and "
        "churches. President Luiz Inácio Lula da Silva flew over the area for the third time and "
        "promised a reconstruction fund. Brazil's meteorology institute INMET said a cold front "
        "would bring more rain at the weekend.",
        "disaster",
    ),
    (
        "Valencia flash floods: death toll passes 200 as DANA dumps a year's rain",
        "The death toll from flash floods in the Valencia region rose above 200 on Friday, as "
        "soldiers and volunteers searched cars piled in underpasses and garages in the suburbs "
        "south of the city. A cut-off low, known in Spain as a DANA, dumped more than 490 litres "
        "per square metre on the town of Chiva in eight hours, close to a year's worth of rain. "
        "Spain sent 1,700 troops from its emergency military unit. Residents of Paiporta, where "
        "more than 60 people died, said the regional emergency alert reached their phones only "
        "after the water had arrived. “We fought the water with buckets for two days,” one shop "
        "owner said. AEMET, the state weather agency, had issued a red warning that morning. "
        "Prime minister Pedro Sánchez declared a disaster zone. "
        "Angry residents threw mud at the king and queen and the regional president when they visited"
        " Paiporta on Sunday. Thousands of volunteers walked from Valencia city across a footbridge "
        "with brooms and shovels to help clean the streets. Meteorologists said unusually warm water "
        "in the Mediterranean had added moisture to the storm. The regional government has faced "
        "questions about why the alert went out so late, and the regional president later resigned.",
        "disaster",
    ),
    (
        "Cyclone Freddy returns to strike Malawi a second time",
        "Cyclone Freddy made a rare second landfall in southern Africa, bringing torrential rain to "
        "Malawi that triggered mudslides in Blantyre and killed at least 225 people, officials said. "
        "The storm, which formed off Australia more than a month ago, is on course to become the "
        "longest-lasting tropical cyclone on record. Malawi's Department of Disaster Management "
        "Affairs said more than 183,000 people had been displaced and were staying in 300 camps. "
        "Rescuers dug through mud with their hands in Chilobwe township. President Lazarus "
        "Chakwera declared a state of disaster in ten districts. The country's meteorological "
        "service said rain would ease by the weekend. Health workers fear a cholera outbreak that "
        "has already killed more than 1,600 people could worsen in the camps.",
        "disaster",
    ),
    (
        "Afghanistan: flash floods kill more than 300 in Baghlan",
        "Flash floods swept through villages in Afghanistan's northern Baghlan province after "
        "unusually heavy rain on Friday, killing more than 300 people and destroying over 1,000 "
        "homes, the World Food Programme said. Taliban officials said hundreds of livestock had "
        "drowned and farmland was buried in mud. Afghan air force helicopters evacuated injured "
        "people to hospitals in Pul-e-Khumri. Roads into the Burka district were cut, and aid "
        "agencies delivered food by donkey. Residents said the torrent came with little warning. "
        "The country has seen a string of weather disasters this spring after a dry winter left "
        "soils unable to absorb water. The UN said Afghanistan remains among the nations most "
        "vulnerable to climate change.",
        "disaster",
    ),
    (
        "Sahrawi refugee camps near Tindouf hit by worst floods in decades",
        "Days of torrential rain have destroyed thousands of mud-brick homes in the Sahrawi refugee "
        "camps near Tindouf in south-western Algeria, the UN refugee agency said. The camps have "
        "housed refugees from Western Sahara since the 1970s, and many families who have lived in "
        "them for four decades lost everything they had built. UNHCR said about 25,000 refugees "
        "were left without shelter, with Awserd and Dakhla camps the worst hit. The World Food "
        "Programme said flour and lentil stocks in warehouses were ruined. Algeria's civil "
        "protection agency sent tents and blankets. Mud brick, used because the desert rarely sees "
        "rain, simply dissolved, an aid worker said. Forecasters in Algiers said the unusual "
        "system was moving east.",
        "disaster",
    ),
    (
        "Bangladesh evacuates 800,000 as Cyclone Remal nears coast",
        "Bangladesh moved about 800,000 people from coastal districts into cyclone shelters on "
        "Sunday as Cyclone Remal approached the Bay of Bengal coast with winds of up to 120km/h. "
        "The Bangladesh Meteorological Department raised its danger signal to 10, the highest, for "
        "the ports of Mongla and Payra. Volunteers went door to door with megaphones in Khulna and "
        "Satkhira, urging fishermen and farmers to leave. In India's West Bengal, Kolkata airport "
        "suspended flights for 21 hours. Officials said the shelters could hold more than four "
        "million people. Storm surges of up to 12 feet were expected along the Sundarbans. "
        "“We are better prepared than ever, but the sea keeps getting closer,” a shelter "
        "manager said.",
        "disaster",
    ),
    (
        "Texas Hill Country floods: camp search goes on as toll passes 100",
        "Search teams in Kerr County continued to comb the banks of the Guadalupe River on Monday "
        "for girls missing from a summer camp after a wall of water swept through the Texas Hill "
        "Country before dawn on Friday. The confirmed death toll across central Texas rose above "
        "100, including at least 27 campers and counsellors. The river rose 26 feet in 45 minutes "
        "after a storm dropped months of rain in a few hours. Questions are mounting over whether "
        "warnings reached residents in time and over staffing cuts at the National Weather "
        "Service. Hundreds of rescuers, including Coast Guard helicopter crews and volunteers on "
        "horseback, are taking part. Forecasters warned that more storms could cause further flash "
        "flooding.",
        "disaster",
    ),
    (
        "Hurricane Melissa ravages western Jamaica as category 5 storm",
        "Hurricane Melissa tore into south-western Jamaica on Tuesday as one of the strongest "
        "Atlantic storms ever to make landfall, with sustained winds of 185mph that ripped roofs "
        "off homes, churches and hospitals in St Elizabeth and Westmoreland. Prime minister Andrew "
        "Holness declared the island a disaster area. Black River, a historic parish capital, was "
        "described by officials as largely destroyed. More than 25,000 people took refuge in "
        "shelters, and three-quarters of the island lost power. The Jamaica Defence Force began "
        "airlifting supplies to cut-off communities on Wednesday. Forecasters at the Meteorological "
        "Service of Jamaica said the storm's slow movement had made its rainfall especially "
        "destructive. The hurricane was expected to cross eastern Cuba overnight.",
        "disaster",
    ),
    (
        "Floods in Libya's east: what caused the Derna dams to fail",
        "Engineers and hydrologists are still trying to establish why two ageing dams on the Wadi "
        "Derna collapsed in September, unleashing a flood that destroyed much of the Libyan city. "
        "The dams, built by a Yugoslav company in the 1970s, had not been properly maintained for "
        "years. A 2022 study by a Libyan academic warned that a large flood could be catastrophic "
        "for the city. Storm Daniel, a Mediterranean cyclone, had already caused deadly floods in "
        "Greece before crossing to Libya. A rapid attribution study found that climate change made "
        "the heavy rain up to 50 times more likely. Prosecutors in Tripoli have detained several "
        "officials over the dams' upkeep. Reconstruction is being led by authorities in the east.",
        "disaster",
    ),
    (
        "Storm Boris: Poland and Czechia count cost as rivers recede",
        "Residents of towns along the Oder and its tributaries began clearing mud from their homes on "
        "Tuesday as floodwaters from Storm Boris receded, leaving at least 24 people dead across "
        "central Europe. In the Polish town of Nysa, the army reinforced a breached embankment with "
        "sandbags dropped by helicopter. Czech authorities said 10,000 people had been evacuated in "
        "the Moravian-Silesian region. The Romanian village of Slobozia Conachi was among the first "
        "hit last week. The storm, a slow-moving low trapped between two high-pressure systems, "
        "dropped up to four times the usual September rainfall in parts of the region. Polish prime "
        "minister Donald Tusk said the government would release 1bn zlotys in emergency aid. "
        "In Wrocław, volunteers filled sandbags through the night as the Oder crest passed the city. "
        "In Austria, the Danube flooded parts of Lower Austria and a firefighter died during a "
        "rescue. Insurers estimated the damage at several billion euros. Scientists said the rainfall"
        " was made heavier by a warmer atmosphere and an unusually warm Mediterranean and Black Sea. "
        "European Union leaders promised to mobilise funds for the affected countries.",
        "disaster",
    ),
    (
        "Typhoon Rai: Philippines counts dead as islands left without water",
        "The death toll from Typhoon Rai, known locally as Odette, rose to 375 on Monday as "
        "rescuers reached islands cut off since the storm crossed the central and southern "
        "Philippines. On Siargao and Dinagat, residents said almost every house lost its roof. The "
        "national disaster council said more than 400,000 people had been evacuated before "
        "landfall, and many were still in evacuation centres because their homes were gone. The "
        "Philippine Coast Guard and navy ships carried water and generators to the islands. The "
        "storm struck late in the typhoon season and intensified rapidly in warm seas, Pagasa "
        "forecasters said. Mayors appealed for tarpaulins and water purification tablets. "
        "In Bohol, the provincial governor said 94 people had died in his province alone. Long queues"
        " formed at the few shops with working generators, and residents waited hours for drinking "
        "water.",
        "disaster",
    ),
    (
        "Western Japan rains: army rescues residents from rooftops in Okayama",
        "Soldiers of Japan's Self-Defense Forces used boats and helicopters to rescue residents "
        "from rooftops in the Mabi district of Kurashiki on Sunday, after days of record rain "
        "caused rivers to burst their banks across western Japan. At least 100 people had died and "
        "dozens were missing, the government said, in the country's worst weather disaster in "
        "decades. About 54,000 troops, police and firefighters were deployed. Evacuation orders "
        "covered more than two million people, though many did not leave their homes. The Japan "
        "Meteorological Agency had issued emergency heavy rain warnings for 11 prefectures. Prime "
        "minister Shinzo Abe cancelled a trip abroad to oversee the response. "
        "In Hiroshima prefecture, landslides buried houses on hillsides above the city of Kure. Water"
        " supply was cut to more than 200,000 homes.",
        "disaster",
    ),
]
