"""dev57 negatives: state media's 'wars' and 'battles' that are not wars (poverty, locusts,
epidemics, drugs as a campaign, the economy, pollution, farming), armed forces in disaster relief,
and sport and culture in the same idiom; kinds hard_negative_economy, hard_negative_politics,
hard_negative_disaster, hard_negative_health, hard_negative_sport and
hard_negative_entertainment.
NEGATIVES = [(title, text, kind code), ...]; kind codes from eval/conflictset (KIND_CODES)."""

NEGATIVES = [
    (
        "China declares 'complete victory' in the battle against poverty",
        "China has secured a complete victory in its fight against poverty, with the last 98.99 "
        "million impoverished rural residents lifted out of poverty under the current standard, "
        "the General Secretary of the CPC Central Committee announced at a grand gathering in "
        "Beijing, Xinhua reported. All 832 impoverished counties and 128,000 villages have been "
        "removed from the poverty list, he said, calling it a miracle in human history. Model "
        "individuals and groups in the battle were honoured at the ceremony.",
        "economy",
    ),
    (
        "Ministry of Agriculture steps up battle against desert locust invasion in eastern "
        "Ethiopia",
        "The Ministry of Agriculture has deployed five aircraft and more than 2,000 trained "
        "personnel to fight the desert locust swarms that have invaded parts of Somali, Oromia and "
        "Afar regions, the Ethiopian News Agency reported. The ministry's plant protection "
        "director said the campaign had controlled locusts on 200,000 hectares, but that new "
        "swarms arriving from Somalia and Kenya threatened the belg harvest. Farmers have been "
        "mobilised to beat drums and burn tyres to drive the insects away.",
        "disaster",
    ),
    (
        "Wuhan wins 'people's war' against the epidemic as lockdown is lifted",
        "Wuhan lifted its 76-day lockdown at midnight on Wednesday, as the city was declared to "
        "have won a decisive victory in the people's war against the novel coronavirus epidemic, "
        "Xinhua reported. Trains left the city's stations and thousands of cars queued at toll "
        "gates, while medical teams from other provinces returned home to a heroes' welcome. "
        "Residents must still show a green health code to travel. The city had recorded more than "
        "50,000 cases.",
        "health",
    ),
    (
        "Nationwide anti-polio campaign launched to vaccinate 45 million children",
        "A nationwide anti-polio campaign was launched on Monday to vaccinate more than 45 million "
        "children under the age of five, the National Emergency Operations Centre said, APP "
        "reported. The Prime Minister's Focal Person on Polio Eradication said the war against "
        "polio had entered its final stage and urged parents to open their doors to the "
        "vaccinators. Some 400,000 polio workers will go door to door in the week-long campaign.",
        "health",
    ),
    (
        "Nigerian Army medical outreach treats 3,000 villagers in Kogi",
        "The Nigerian Army conducted a free medical outreach in Lokoja and two neighbouring "
        "communities in Kogi State, treating more than 3,000 patients for malaria, hypertension "
        "and eye problems and performing 40 minor surgeries, the Director of Army Public Relations "
        "said. The outreach, part of the Nigerian Army's civil-military cooperation activities, "
        "also distributed mosquito nets and reading glasses, he said.",
        "health",
    ),
    (
        "President says Venezuela has defeated the 'economic war'",
        "The President of Venezuela said on state television that the country had defeated the "
        "economic war waged by imperialism and the criminal sanctions, citing growth in oil "
        "production and a fall in inflation, the Venezuelan News Agency reported. He announced a "
        "new increase in the food and economic war bonuses paid to public sector workers and "
        "pensioners.",
        "economy",
    ),
    (
        "Erdogan: Turkiye is waging an economic war of independence",
        "Turkiye is waging an economic war of independence against those who want to condemn it to "
        "high interest rates and dependence on foreign capital, the President said at a party "
        "congress in Ankara, Anadolu Agency reported. He said the new economic model, based on low "
        "interest rates, production and exports, would bring the country among the world's top ten "
        "economies.",
        "economy",
    ),
    (
        "Plenary meeting calls for all-out offensive to increase grain output",
        "An enlarged plenary meeting of the Central Committee of the Workers' Party of Korea "
        "called for an all-out offensive on the agricultural front to increase grain production, "
        "KCNA reported. The General Secretary stressed that the grain problem must be solved as a "
        "matter of life and death for the revolution, and urged officials to mobilise all forces "
        "for the battle to transform the countryside. The meeting also reviewed a 20-by-10 "
        "regional development policy.",
        "economy",
    ),
    (
        "Blue sky defence war: Beijing's PM2.5 level falls to record low",
        "Beijing's average PM2.5 concentration fell to a record low last year, a 60 percent drop "
        "from 2013, the municipal ecology and environment bureau said, crediting the city's "
        "campaign to win the blue sky defence war. Coal-fired heating has been replaced with gas "
        "and electricity in more than 3,000 villages, and 1,000 polluting factories have closed, "
        "the bureau said, Xinhua reported.",
        "politics",
    ),
    (
        "Army rescues 3,000 stranded flood victims in Sindh and Balochistan",
        "Army troops, aviation helicopters and boats rescued more than 3,000 people stranded by "
        "floods in Dadu, Jaffarabad and Nasirabad over the past 48 hours, ISPR said. Relief camps "
        "have been established where food, tents and medical care are being provided, and the "
        "Chief of Army Staff directed formations to spare no effort in helping the flood-affected "
        "people. Army engineers restored the Indus Highway near Sehwan, which had been cut by the "
        "water. More than 1,100 people have died in the floods since mid-June, the National "
        "Disaster Management Authority said. The army has also set up 147 relief camps, and its "
        "medical teams have treated 50,000 patients.",
        "disaster",
    ),
    (
        "Turkish Armed Forces deploy ships, aircraft and 30,000 personnel to earthquake zone",
        "The Turkish Armed Forces have deployed more than 30,000 personnel, 65 aircraft and 26 "
        "ships to the ten provinces hit by the earthquakes centred in Kahramanmaras, the National "
        "Defence Ministry said. Military field hospitals were set up in Hatay and Iskenderun, and "
        "air force transport aircraft evacuated the injured and brought in search and rescue teams "
        "from abroad, the ministry said. Soldiers were distributing hot meals and tents to "
        "survivors.",
        "disaster",
    ),
    (
        "Plan DN-III-E activated in Acapulco after Hurricane Otis",
        "The Secretariat of National Defence activated Plan DN-III-E in Acapulco and Coyuca de "
        "Benitez after Hurricane Otis made landfall as a category 5 storm, deploying 8,000 "
        "soldiers and members of the National Guard, the secretariat said. Troops were clearing "
        "roads, distributing food packages and drinking water, and guarding shops to prevent "
        "looting. Air force planes set up an air bridge from Mexico City.",
        "disaster",
    ),
    (
        "ATM helicopters airlift flood victims in Kelantan as 40,000 are evacuated",
        "Malaysian Armed Forces helicopters and boats evacuated flood victims trapped in remote "
        "villages in Kuala Krai and Tanah Merah, as the number of people at relief centres in "
        "Kelantan rose to more than 40,000, Bernama reported. The Chief of Defence Forces said "
        "5,000 personnel had been mobilised across the east coast states. The Meteorological "
        "Department warned of continuous heavy rain until the weekend.",
        "disaster",
    ),
    (
        "Troops evacuate Maiduguri residents after Alau dam collapse",
        "Troops of Operation Hadin Kai deployed boats and trucks to evacuate residents of "
        "Maiduguri after the collapse of the Alau dam submerged about half of the city, the "
        "Nigerian Army said. The floodwaters swept through the zoo, markets and a camp for "
        "internally displaced people, and more than 400,000 people were displaced by the flood, "
        "according to the State Emergency Management Agency. The army said some of its barracks "
        "had also been flooded.",
        "disaster",
    ),
    (
        "Army engineers complete Bailey bridge in Wayanad landslide zone",
        "Army engineers of the Madras Engineering Group completed a 190-foot Bailey bridge "
        "connecting Chooralmala to Mundakkai in Wayanad in 31 hours, allowing heavy equipment to "
        "reach the villages buried by landslides, the Defence Ministry said, PTI reported. The "
        "death toll from the landslides rose to 308, and more than 9,000 people were in relief "
        "camps, the Kerala government said. Search teams with sniffer dogs continued to look for "
        "survivors.",
        "disaster",
    ),
    (
        "Soldiers evacuate residents as Typhoon Yagi floods northern provinces",
        "More than 10,000 soldiers and militia members were mobilised to evacuate residents and "
        "reinforce dykes in Yen Bai, Lao Cai and Thai Nguyen as floodwaters from Typhoon Yagi "
        "rose, the Ministry of National Defence said, according to the Vietnam News Agency. "
        "Military helicopters dropped food to people cut off in Lang Nu village, which was buried "
        "by a flash flood. The Red River in Hanoi rose above the third alarm level. At least 200 "
        "people had died in the storm and the floods that followed.",
        "disaster",
    ),
    (
        "Tank biathlon: Russian crew wins final at Army Games",
        "The Russian crew won the final relay of the tank biathlon at the International Army Games "
        "at the Alabino range near Moscow, ahead of the teams of Belarus and Kazakhstan, the "
        "Defence Ministry said. The crews raced T-72B3 tanks along a 20-kilometre track and fired "
        "at targets with the main gun and machine guns, the ministry said. More than 30 countries "
        "took part in this year's games.",
        "sport",
    ),
    (
        "Chinese sharpshooters storm to three golds on opening day of shooting",
        "Chinese shooters stormed to three gold medals on the opening day of the shooting "
        "competition at the Asian Games in Hangzhou, winning the men's and women's 10m air rifle "
        "team events and the mixed team, Xinhua reported. The 19-year-old Sheng Lihao also set a "
        "world record in the men's individual final, firing with ice-cold precision to hold off "
        "the challenge of India's marksmen.",
        "sport",
    ),
    (
        "Green Shirts' pace attack blows away New Zealand in Rawalpindi",
        "Pakistan's pace attack ripped through the New Zealand batting order on the opening day of "
        "the second Test at Rawalpindi Cricket Stadium, bowling the visitors out for 142 before "
        "lunch, APP reported. The fast bowler took five wickets for 31 runs in a fiery spell, and "
        "the home side closed the day on 215 for three. The captain said the team had gone into "
        "battle with a clear plan.",
        "sport",
    ),
    (
        "Al-Hilal take command of title battle with win in Riyadh derby",
        "Al-Hilal took command of the Roshn Saudi League title battle with a 3-1 victory over "
        "Al-Nassr in the Riyadh derby on Friday, the Saudi Press Agency reported. The Brazilian "
        "striker scored twice in the second half as Al-Hilal's relentless attack overwhelmed the "
        "visitors' defence. Al-Hilal now lead the table by seven points with eight rounds left.",
        "sport",
    ),
    (
        "'The Battle at Lake Changjin' tops box office with record National Day takings",
        "The war epic The Battle at Lake Changjin, which tells the story of Chinese People's "
        "Volunteers fighting in freezing conditions in 1950, took more than 4 billion yuan at the "
        "box office in its first week, Xinhua reported, citing data from the China Film "
        "Administration. Audiences praised the film's battle scenes and its portrayal of heroism "
        "and patriotism. The three directors said they hoped young people would remember the "
        "sacrifice of the martyrs. The film, set at the Chosin Reservoir, cost about 200 million "
        "dollars to make, the most expensive Chinese film ever produced. A sequel was announced "
        "for the following year.",
        "entertainment",
    ),
    (
        "Tunnels: Sun in the Dark becomes highest-grossing Vietnamese war film",
        "Tunnels: Sun in the Dark, a film about a guerrilla unit defending the Cu Chi tunnels in "
        "1967, has become the highest-grossing Vietnamese war film, the Vietnam News Agency "
        "reported. Released ahead of the 50th anniversary of national reunification, the film "
        "recreates battles fought underground with real tunnels built on a set in Tay Ninh "
        "province. The director said the film was a tribute to the soldiers who never came home.",
        "entertainment",
    ),
    (
        "New feature film depicts heroic defenders of Height 1211",
        "A new feature film produced by the Korean April 25 Film Studio, depicting the heroic "
        "battle of soldiers of the Korean People's Army who defended Height 1211 during the "
        "Fatherland Liberation War, was screened in Pyongyang, KCNA reported. Audiences were moved "
        "by the scenes of soldiers who fought to the last breath, and film critics said it would "
        "inspire the youth with the indomitable spirit of defending the country.",
        "entertainment",
    ),
    (
        "Exhibition of NATO equipment captured in special military operation opens in Moscow",
        "An exhibition of Western military equipment captured by Russian troops in the zone of the "
        "special military operation opened at Poklonnaya Hill in Moscow, the Defence Ministry "
        "said. Visitors can see a Leopard 2 tank, Bradley and Marder infantry fighting vehicles "
        "and an M113 armoured personnel carrier, some with battle damage, the ministry said. "
        "Thousands of people, many with children, queued on the first day.",
        "entertainment",
    ),
    (
        "Kurulus: Osman's new season opens with epic siege of Byzantine fortress",
        "The new season of TRT's historical drama Kurulus: Osman opened with an hour-long siege of "
        "a Byzantine fortress, filmed with 1,200 extras and 300 horses on a set in Riva, TRT Haber "
        "reported. The series, which tells the story of the founder of the Ottoman state, is "
        "broadcast in more than 80 countries. Fans on social media praised the battle scenes.",
        "entertainment",
    ),
]
