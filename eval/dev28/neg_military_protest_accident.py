"""eval/dev28 negatives: the military, peaceful protest and accidents.
Whole articles; see labels.py.
"""

from labels import N

ARTICLES = [
    # ------------------------------------------------------------ military
    N(
        "Poland signs deal for hundreds of South Korean tanks and howitzers",
        "WARSAW - Poland signed agreements on Wednesday to buy hundreds of tanks, "
        "howitzers and fighter jets from South Korea, in one of the largest arms deals in "
        "Europe in decades, as it races to build up its army after Russia's invasion of "
        "neighbouring Ukraine. The deals, signed at a military base in Warsaw, cover 180 "
        "K2 tanks, 212 K9 self-propelled howitzers and 48 FA-50 light combat aircraft in "
        "a first phase, with more to follow. Deliveries are to begin this year. Poland's "
        "defence minister said the army needed the weapons quickly and that South Korean "
        'manufacturers could deliver faster than Western rivals. "We are building the '
        'strongest land army in Europe," he said. The government plans to raise defence '
        "spending to 3% of economic output next year and to double the size of the army. "
        "It has already ordered tanks from the United States and given hundreds of its "
        "older Soviet-designed tanks to Ukraine. Some of the Korean tanks will later be "
        "built in Poland under licence. Analysts said the deal reflected a shift in "
        "European defence spending towards Asian suppliers. The opposition criticised the "
        "lack of public debate on the contracts. South Korea's defence industry has grown "
        "rapidly in recent years. The first K2 tanks are to arrive in Gdynia by ship "
        "before Christmas. The deal is part of a wider plan to modernise Poland's armed "
        "forces, which also includes American Abrams tanks, HIMARS rocket launchers and "
        "Patriot air defence systems. The government has set up a special fund outside "
        "the regular budget to pay for the purchases. Economists have warned that the "
        "spending could add to public debt.",
        "military",
    ),
    N(
        "NATO launches largest exercise since Cold War",
        "BRUSSELS - NATO began its largest military exercise in decades on Monday, with "
        "about 90,000 troops from all 31 allies and Sweden taking part in drills that "
        "will run until the end of May, the alliance said. The exercise, called Steadfast "
        "Defender, will test how quickly NATO can move forces across the Atlantic and "
        "through Europe to defend its eastern flank in the event of an attack by Russia. "
        "More than 50 ships, including aircraft carriers, over 80 fighter jets and more "
        'than 1,100 combat vehicles will be involved. "NATO will demonstrate its ability '
        "to reinforce the Euro-Atlantic area,\" the alliance's supreme commander said. The "
        "drills will take place in Germany, Poland, the Baltic states and Norway, among "
        "other countries. Officials said the scenario was based on NATO's new regional "
        "defence plans, drawn up after Russia's invasion of Ukraine. Russia's deputy "
        "foreign minister said the exercise was a sign that NATO was preparing for a "
        "conflict. The alliance says it is purely defensive. A convoy of US armoured "
        "vehicles will travel from Dutch ports to Poland, and British troops will "
        "practise river crossings in Poland. The exercise comes as several European "
        "governments have warned that Russia could attack a NATO country within years. "
        "Railway operators said some freight trains would be rerouted to make room for "
        "military trains. Sweden, which applied to join NATO in 2022, is expected to "
        "become a member soon. Finland joined the alliance last year. The last exercise "
        "on a similar scale was held in 1988, when the alliance still faced the Soviet "
        "Union. Officials said the drills would also test the readiness of roads, bridges "
        "and railways to carry heavy military equipment.",
        "military",
    ),
    N(
        "North Korea fires ballistic missile into sea off Japan",
        "SEOUL/TOKYO - North Korea fired a ballistic missile on Wednesday that flew about "
        "1,000 km before falling into the sea inside Japan's exclusive economic zone, "
        "South Korea's military and the Japanese government said. It was the latest in a "
        "series of weapons tests this year. The missile was launched from an area near "
        "Pyongyang before dawn and reached an altitude of more than 4,000 km, South "
        "Korea's joint chiefs of staff said, suggesting it was an intercontinental "
        "ballistic missile fired on a steep trajectory. Japan's prime minister called the "
        'launch "an outrageous act" and said Tokyo had lodged a protest. No damage to '
        "ships or aircraft was reported. North Korea's state media later said the country "
        "had successfully tested a new missile capable of reaching the entire US "
        "mainland, and that its leader had watched the launch. South Korea's military "
        "held a missile drill of its own in response. The UN Security Council is to meet "
        "to discuss the test. North Korea is under UN sanctions over its weapons "
        "programmes, but has continued to develop missiles and nuclear weapons. Analysts "
        "said the test showed progress in the country's technology. The United States "
        "said it remained committed to the defence of its allies. Financial markets in "
        "Seoul were calm. Japan did not try to shoot down the missile, which came down "
        "far from the coast, officials said. The United States and South Korea have been "
        "discussing new military exercises in the region. China, North Korea's main ally, "
        "called on all sides to show restraint and return to talks.",
        "military",
    ),
    N(
        "India commissions first home-built aircraft carrier",
        "KOCHI, India - India commissioned its first domestically built aircraft carrier "
        "on Friday, joining a small group of countries able to design and build such "
        "ships. The prime minister attended the ceremony at the Cochin Shipyard, where "
        "the INS Vikrant was built over more than a decade. The 262-metre carrier, which "
        "displaces about 45,000 tonnes, can carry 30 aircraft, including fighter jets and "
        'helicopters. "Vikrant is a symbol of India\'s self-reliance," the prime minister '
        "said. The navy also unveiled a new ensign, dropping the cross of St George that "
        "had been a legacy of British rule. The carrier will undergo flight trials before "
        "it becomes fully operational, expected next year. The navy has not yet decided "
        "which fighter jet it will buy for the ship. India already operates one carrier, "
        "bought from Russia. Analysts said the new ship would help India project power in "
        "the Indian Ocean, where China's navy has become more active. More than "
        "three-quarters of the carrier's components were made in India, the navy said. "
        "The ship cost about $2.5 billion. The shipyard said it hoped to win orders for a "
        "second carrier. Sailors in white uniforms lined the flight deck for the "
        "ceremony, and the national anthem was played. Navy officials said the name was "
        "taken from India's first carrier, which served in the war of 1971 and was "
        "retired in 1997. The navy has said it wants a third carrier to allow it to keep "
        "two at sea at all times, but the government has not yet approved the plan. "
        "Defence analysts said the commissioning showed the progress made by India's "
        "shipbuilding industry, though many key systems, including the engines, were "
        "still imported.",
        "military",
    ),
    N(
        "Japan approves record defence budget and long-range missiles",
        "TOKYO - Japan's cabinet approved a record defence budget on Friday and a plan to "
        "acquire missiles able to strike targets in other countries, the biggest change "
        "to its security policy since the Second World War. The government plans to spend "
        "43 trillion yen on defence over five years, raising spending to about 2% of "
        "economic output by 2027. The budget for next year includes funds for US Tomahawk "
        "cruise missiles and for developing Japan's own longer-range missiles. The prime "
        "minister said Japan faced its most severe security environment since the war, "
        "pointing to China's military build-up, North Korea's missile tests and Russia's "
        'invasion of Ukraine. "We must protect our people," he said. Japan\'s pacifist '
        "constitution renounces war, and previous governments said the country would not "
        "acquire the ability to strike enemy bases. The new strategy describes such "
        '"counterstrike" capabilities as defensive. China said Japan was hyping a threat '
        "to justify its military expansion. Opinion polls show public support for higher "
        "spending, but less for paying for it with higher taxes. The ruling party is "
        "divided over how to fund the increase. The United States welcomed the plan. "
        "Defence companies' shares rose in Tokyo. The budget must still be passed by "
        "parliament, where the ruling coalition has a majority. The plan also includes "
        "funds for ammunition stockpiles, cyber defence and space capabilities, and for a "
        "new joint command for the armed forces. Japan will work with Britain and Italy "
        "to develop a new fighter jet. Some members of the public have raised concerns "
        "that the change could draw Japan into regional conflicts.",
        "military",
    ),
    # ------------------------------------------------------------ protest
    N(
        "More than a million march in France against pension reform",
        "PARIS - More than a million people marched in cities across France on Thursday "
        "against the government's plan to raise the retirement age to 64 from 62, the "
        "interior ministry said, in the biggest day of protest against a reform in more "
        "than a decade. Unions put the number at more than two million. Strikes halted "
        "most trains and metro lines in Paris, closed many schools and cut output at "
        "power stations and refineries. In the capital, marchers walked from Place de la "
        "Republique to Place de la Nation, many carrying union flags and banners. Police "
        'said the marches had passed off peacefully, with no serious incidents. "I have '
        'worked since I was 18 and my back is finished," said a care worker who travelled '
        "from Lille. The government says the reform is needed to keep the pension system "
        "solvent, and that most European countries have raised their retirement ages. The "
        'prime minister said the age of 64 was "no longer negotiable", though she would '
        "discuss other points. Unions announced another day of strikes and marches for "
        "the end of the month. Opinion polls show most French people oppose the reform. "
        "The bill will be debated in parliament next month. Commuters in Paris walked or "
        "cycled to work, and many people worked from home. The head of the largest union "
        "said the turnout showed the strength of opposition. The government has already "
        "raised the retirement age once, in 2010, when it was raised to 62 from 60 "
        "despite months of protests. Economists are divided on whether the reform is "
        "necessary. The strike at refineries has not so far led to fuel shortages, the "
        "energy ministry said. Rail operators expect disruption to continue on Friday.",
        "protest",
    ),
    N(
        "German farmers block roads with tractors in week of protest",
        "BERLIN - Thousands of German farmers drove tractors into cities and blocked "
        "motorway slip roads on Monday, starting a week of protests against the "
        "government's plan to cut subsidies for agricultural diesel. Long columns of "
        "tractors, many decorated with banners, moved slowly through Berlin, Munich and "
        "Hamburg, and traffic was disrupted across the country. In the capital, farmers "
        "parked hundreds of tractors near the Brandenburg Gate. Police said the protests "
        'were peaceful. "Without us there is no food," read one banner. The farmers\' '
        "association said the cuts would cost a typical farm thousands of euros a year. "
        "The government, which must close a hole in its budget after a court ruling, has "
        "already scaled back its plans, but farmers want them dropped entirely. The "
        "finance minister addressed a rally in Berlin and was booed. Truckers and "
        "restaurant owners joined some of the protests. The interior ministry warned that "
        "far-right groups were trying to use the protests, and the farmers' association "
        "said it rejected extremists. A planned rail strike later in the week is expected "
        "to add to the disruption. Some farmers said they would continue to protest until "
        "the cuts were withdrawn. Opinion polls show that most Germans have sympathy for "
        "the farmers. The protest week ends with a large rally in Berlin on Monday. "
        "Agriculture accounts for a small share of Germany's economy, but farmers have "
        "strong support in rural areas. The government has said it must find billions of "
        "euros in savings after the constitutional court blocked its plan to move unused "
        "pandemic funds to climate projects. Farmers in France, the Netherlands and "
        "Belgium have also staged protests in recent months.",
        "protest",
    ),
    N(
        "Women's strike fills Polish cities for a week over abortion ruling",
        "WARSAW - Tens of thousands of people marched through Warsaw on Friday evening on "
        "the eighth day of protests against a court ruling that imposes a near-total ban "
        "on abortion in Poland, in the largest demonstrations in the country since the "
        "fall of communism. Protesters waved banners with red lightning bolts, the symbol "
        "of the movement, and chanted slogans against the ruling party. Smaller marches "
        "were held in more than 400 towns. Police said the Warsaw march was peaceful and "
        "estimated that 100,000 people took part. Organisers called on women to stay away "
        "from work on Wednesday in a nationwide strike. Many businesses closed in "
        'solidarity. "We are not going to give up," said a 22-year-old student. The '
        "Constitutional Tribunal ruled last week that abortion in cases of severe foetal "
        "defects was unconstitutional, which would leave abortion legal only in cases of "
        "rape, incest or a threat to the mother's life. The government has delayed "
        "publishing the ruling, which must appear in the official journal to take effect. "
        "The ruling party's leader called on supporters to defend churches, where some "
        "protesters had interrupted masses with banners. The president has proposed a "
        "compromise that would allow abortion in some cases. The protests took place "
        "despite restrictions on gatherings because of the pandemic. Poland already had "
        "one of the strictest abortion laws in Europe before the ruling. Fewer than 2,000 "
        "legal abortions are carried out each year, and women's groups estimate that many "
        "more women travel abroad or buy pills online. The Constitutional Tribunal's "
        "judges were mostly appointed by the ruling party, and critics say it is no "
        "longer independent.",
        "protest",
    ),
    N(
        "Climate activists glue themselves to M25 gantries, dozens arrested",
        "LONDON - Police arrested 35 climate activists on Monday after they climbed onto "
        "gantries over the M25 motorway around London and glued themselves to the "
        "structures, forcing police to stop traffic on several sections during the "
        "morning rush hour. The group Just Stop Oil, which wants the government to halt "
        "new oil and gas licences, said it was the start of a week of action. Long queues "
        "built up on the motorway, and some drivers shouted at the protesters. Officers "
        "used specialist teams to remove the activists, who were arrested on suspicion of "
        'causing a public nuisance. No one was hurt. "We are in a climate emergency, and '
        'the government is pouring petrol on the fire," said a spokeswoman for the group. '
        'The home secretary said the protests were "selfish" and that the government '
        "would give police new powers to deal with them. Ambulances were diverted, the "
        "motorway's operator said. The group has previously thrown soup at a Van Gogh "
        "painting and blocked roads in central London. A court granted an injunction "
        "banning protests on the M25 earlier this year, and activists who break it could "
        "be jailed. Opinion polls show most Britons support action on climate change but "
        "oppose disruptive protest. Traffic was back to normal by the afternoon. The M25 "
        "is one of the busiest roads in Europe, carrying up to 200,000 vehicles a day on "
        "some sections. Motoring groups said the protests put drivers at risk and wasted "
        "police time. The group said its supporters had been trained in non-violent "
        "action and would not resist arrest.",
        "protest",
    ),
    # ------------------------------------------------------------ accident
    N(
        "Plane crashes near Pokhara airport, killing 72 on board",
        "KATHMANDU - A Yeti Airlines passenger plane crashed into a river gorge while "
        "approaching the tourist city of Pokhara in central Nepal on Sunday, killing all "
        "72 people on board in the country's deadliest air accident in three decades, "
        "officials said. The ATR 72 turboprop, flying from Kathmandu, came down minutes "
        "before landing at Pokhara's new international airport, which opened two weeks "
        "ago. Videos filmed by residents showed the aircraft banking sharply to the left "
        "before it fell. Soldiers, police and residents searched the wreckage in the "
        "gorge of the Seti river, where smoke rose from the debris. The passengers "
        "included 15 foreigners, among them five Indians, four Russians and two South "
        'Koreans. "There were flames everywhere, we could not get close," said a man who '
        "lives nearby. The weather was clear at the time of the crash. The government set "
        "up a panel to investigate and declared a day of national mourning. The plane's "
        "flight data recorders have been recovered. Nepal's aviation safety record is "
        "poor, partly because of its mountainous terrain and sudden changes in weather, "
        "and its airlines are banned from flying in the European Union. Family members "
        "gathered at the hospital in Pokhara to identify the bodies. Among those killed "
        "was a co-pilot whose husband had died in another crash years earlier. Pokhara is "
        "the gateway to the Annapurna mountain range and one of Nepal's most popular "
        "tourist destinations. The new airport, built with Chinese loans, was meant to "
        "bring more international flights to the city. Nepal's airlines have had several "
        "fatal crashes in recent years, and experts have called for investment in modern "
        "navigation equipment and better training.",
        "accident",
    ),
    N(
        "Old landmine kills three farmers clearing land in Cambodia",
        "PHNOM PENH - Three farmers were killed on Sunday when an old anti-tank mine "
        "exploded as they were clearing land with a tractor in Cambodia's north-western "
        "province of Banteay Meanchey, near the border with Thailand, officials said. The "
        "blast destroyed the tractor. The mine was laid during the country's civil war, "
        "which ended more than two decades ago, according to the Cambodian Mine Action "
        "and Victim Assistance Authority. The men were brothers and a cousin, aged "
        'between 24 and 41, and had bought the land a month earlier. "They were looking '
        'for a better life," said a village chief. Cambodia is one of the countries most '
        "contaminated by landmines and unexploded ordnance, left from three decades of "
        "war that ended in 1998. More than 19,000 people have been killed and 45,000 "
        "injured since 1979, the authority says. Casualties have fallen sharply in recent "
        "years as deminers have cleared large areas, but accidents still happen when "
        "farmers expand into land that has not been checked. The government aims to clear "
        "all mines by 2025, though officials say the target may slip. Deminers from a "
        "local organisation were sent to check the field after the blast. The prime "
        "minister offered condolences to the families and urged villagers to report "
        "suspicious objects. Funding for demining has fallen as foreign donors have "
        "shifted their attention elsewhere. Cambodia has become a centre of expertise in "
        "mine clearance, and Cambodian deminers now work in other countries, including "
        "Ukraine and several African states. The mine action authority said the province "
        "of Battambang and other areas along the Thai border remained the most "
        "contaminated. The men's families held funerals at the village pagoda on Monday.",
        "accident",
    ),
    N(
        "Dynamite blasts at Bata barracks blamed on negligence",
        "BATA, Equatorial Guinea - A series of explosions at a military barracks in "
        "Equatorial Guinea's largest city killed at least 98 people and injured more than "
        "600 on Sunday, the health ministry said. The blasts destroyed the Nkoa Ntoma "
        "barracks and flattened houses in the surrounding neighbourhood. The president "
        'said the explosions were caused by the "negligent handling" of dynamite stored '
        "at the base and that farmers had been burning fields nearby, which may have "
        "caused a fire. Television images showed people pulling the injured from the "
        "rubble, and hospitals in Bata were overwhelmed. The government appealed for "
        "international help, and neighbouring countries sent medical teams. Residents "
        "said the first blast shook the whole city and blew out windows kilometres away. "
        '"We thought it was an earthquake," said a shopkeeper. Rescue teams worked '
        "through the night searching for survivors. The president ordered an "
        "investigation and said the armed forces would move explosives away from "
        "populated areas. The blasts raised questions about the storage of munitions in "
        "cities. Equatorial Guinea, a small oil producer on the Gulf of Guinea, has a "
        "population of about 1.4 million. Hundreds of families lost their homes and were "
        "staying with relatives or in churches. The government declared three days of "
        "national mourning. Bata, on the mainland part of the country, is Equatorial "
        "Guinea's economic capital. The country's oil production has fallen in recent "
        "years, and the economy has been in recession. The health ministry said blood "
        "banks were running short and appealed for donors. Spain, the former colonial "
        "power, sent medical supplies.",
        "accident",
    ),
    N(
        "Overloaded ferry capsizes on Lake Victoria, more than 200 dead",
        "UKARA ISLAND, Tanzania - The death toll from the capsizing of a ferry on Lake "
        "Victoria rose to 224 on Saturday as divers recovered more bodies from the "
        "upturned hull, Tanzanian officials said. The MV Nyerere overturned on Thursday "
        "afternoon just metres from the dock on Ukara island, as passengers rushed to one "
        "side to disembark. The ferry was licensed to carry 101 passengers, but officials "
        "believe it was carrying many more, as well as bags of maize and cement. It was "
        "market day on the neighbouring island of Bugorora. Forty-one people were "
        "rescued, including an engineer who was found alive in a pocket of air inside the "
        "hull after almost two days. The president ordered the arrest of the ferry's "
        'managers and declared four days of national mourning. "These deaths were not an '
        'act of God," he said. Families gathered on the shore to identify relatives as '
        "bodies were laid out in rows. The Tanzanian army and police divers led the "
        "rescue operation. Boats on Lake Victoria, Africa's largest lake, are often "
        "overloaded and lack life jackets. A ferry disaster in 1996 killed more than 800 "
        "people. The government said it would review safety rules on the lake. Those "
        "buried on Saturday were laid to rest in a mass grave on the island, after a "
        "service attended by thousands. Ferries are the main form of transport between "
        "the islands of the lake and the mainland, and many islanders make the journey "
        "several times a week to buy and sell goods. The government said a new ferry "
        "would be provided for the route. Survivors said the crew had not stopped "
        "passengers from crowding onto one side of the vessel.",
        "accident",
    ),
]
