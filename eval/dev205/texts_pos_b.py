"""dev205 positives (second half): more mayors killed and abducted, councils under rockets and
drones, towns overrun, residents fleeing into towns that shelter them, protests met with force
at municipal buildings."""

POSITIVES = [
    (
        "Ecuador: mayor of mining town gunned down as gangs defy 'internal armed conflict' decree",
        "The mayor of Camilo Ponce Enríquez, a gold-mining town in Ecuador's Azuay province, "
        "was shot dead on Friday along with a municipal official as they drove through the "
        "town centre, police said. Witnesses told local radio that at least two gunmen on a "
        "motorcycle fired dozens of rounds into the car at a crossroads before escaping. The "
        "mayor, 38, was the third local leader killed in Ecuador in less than a month. Police "
        "said they were investigating whether the killing was linked to the gangs that fight "
        "over illegal mining and extortion in the area, some of which are allied with Los "
        "Lobos. President Daniel Noboa declared in January that the country was in an "
        '"internal armed conflict" and designated 22 criminal gangs as terrorist groups, '
        "sending the army onto the streets and into prisons. Soldiers and police have since "
        "carried out thousands of raids, but killings of officials, prosecutors and "
        "journalists have continued. The association of municipalities demanded protection "
        'for mayors, saying dozens had received death threats. "We are not soldiers, we are '
        'mayors, and they are hunting us," its president told reporters in Quito. The town '
        "council declared three days of mourning, and municipal offices were closed on "
        "Monday. The interior minister said a special police unit had been sent to the "
        "province and that two suspects had been detained. Camilo Ponce Enríquez, home to "
        "about 25,000 people, sits on some of the richest gold deposits in the country. Local "
        "miners say armed groups charge them for every sack of ore that leaves the hills and "
        "fight one another for control of the tunnels. The mayor had promised to close "
        "illegal processing plants near the river and had asked for army protection in "
        "March, his brother told reporters.",
        "V",
        "assassination",
    ),
    (
        "Kherson utility workers killed by Russian drone while repairing power line",
        "Two workers of Kherson's municipal utility company were killed and a third was badly "
        "wounded on Wednesday when a Russian drone dropped explosives on their repair truck in "
        "the Dniprovskyi district, the city military administration said. The crew had been "
        "restoring power to blocks of flats left without electricity after overnight shelling. "
        "The head of the administration said the drone had followed the truck for several "
        'minutes before attacking, describing it as "a deliberate hunt for people doing their '
        "jobs\". Residents of Kherson's riverside districts say drones now attack cars, buses "
        "and even pedestrians almost daily from positions on the east bank of the Dnipro. The "
        "city has put up anti-drone nets over some streets and told municipal crews to work "
        "only in the early morning. Since the start of the year, at least a dozen utility and "
        "communal workers have been killed in the city, according to the regional "
        "administration. Colleagues laid flowers at the utility's depot on Thursday morning.",
        "E V",
        "drone strike",
    ),
    (
        "Kiryat Shmona council runs the city from a bunker as Hezbollah rockets hit centre",
        "Rockets fired from Lebanon struck the centre of Kiryat Shmona on Sunday, damaging a "
        "shopping street and a kindergarten in the northern Israeli city, whose mayor now runs "
        "its affairs from an underground command centre. No one was injured, the municipality "
        "said, because almost all of the city's 22,000 residents were evacuated months ago "
        "and are living in hotels around the country. Hezbollah said it had fired the salvo in "
        "response to Israeli strikes on villages in south Lebanon. The mayor, who visits the "
        'damaged sites with a handful of council staff, said the city had become "a ghost '
        'town under fire". Municipal workers have repaired dozens of buildings, only to see '
        "them hit again. Business owners who stayed behind say they have lost most of their "
        "customers. The government has extended the funding for evacuated families until "
        "the end of the year, but many say they do not know when they will be able to return. "
        "The Israeli military said it had struck the launchers.",
        "E D",
        "rocket fire",
    ),
    (
        "Gaza municipality says eight staff killed in strike on water well crew",
        "Eight employees of the Gaza municipality were killed on Monday when an Israeli strike "
        "hit a team repairing a water well in the west of Gaza City, the municipality said. "
        "A spokesman said the workers were wearing municipal vests and had coordinated their "
        "movements with international agencies. The Israeli military said it was looking into "
        "the report. The municipality has lost most of its vehicles, pumps and sewage "
        "equipment, and its staff work without pay. Aid agencies warn that the collapse of "
        "water and sanitation services has led to outbreaks of hepatitis A and diarrhoea "
        "among displaced families. A second crew was hit last month near a desalination plant in "
        'Deir al-Balah, the municipality added. "The people who keep water running are being '
        'killed," the spokesman said.',
        "E V H",
        "airstrike",
    ),
    (
        "Belgorod mayor orders evacuation of children as shelling of city centre intensifies",
        "The mayor of the Russian border city of Belgorod said on Monday that children from "
        "several districts would be moved to summer camps in other regions after a weekend of "
        "Ukrainian shelling and drone attacks that damaged blocks of flats and a shopping "
        "centre. Regional officials said two people were killed and at least 15 wounded, "
        "among them three children. Some residents had already left, while others sheltered in "
        "basements and underground car parks as air raid sirens sounded repeatedly. The "
        "municipality has installed concrete shelters at bus stops and in courtyards across "
        "the city. Ukraine does not usually comment on strikes inside Russia but says it "
        "targets military facilities in response to Russian attacks. The mayor urged parents "
        'to register their children for the evacuation at school offices. "Our task is to '
        'save lives," he said in a video message.',
        "E D",
        "shelling",
    ),
    (
        "Goma falls to M23 as mayor's office is abandoned and hospitals overflow",
        "Rebels of the Rwanda-backed M23 movement took control of central Goma on Monday after "
        "days of fighting with the Congolese army and its allies, residents and UN officials "
        "said. Gunfire and explosions echoed across the city of about two million people "
        "through the night, and bodies lay in some streets. The mayor's office and the "
        "provincial governor's residence were abandoned, and the city's administration ceased "
        "to function. Hundreds of thousands of people who had sheltered in camps on the edge "
        "of the city after fleeing earlier fighting were on the move again, many heading "
        "towards the Rwandan border or along the shore of Lake Kivu. The International "
        "Committee of the Red Cross said its hospitals in Goma were overwhelmed with wounded "
        "civilians and fighters. Water and power were cut across much of the city after "
        "shells hit the power station. Hundreds of prisoners escaped from Munzenze prison "
        "during the chaos. The UN Security Council met in emergency session and called for "
        "Rwanda to withdraw its troops. Congolese soldiers who surrendered were gathered at "
        "a UN base, the peacekeeping mission said. Residents said looters emptied warehouses of "
        "the World Food Programme near the airport. At a church in the Himbi neighbourhood, the "
        "parish priest said about 3,000 people had taken refuge in classrooms and in the "
        "courtyard. The M23 said it would install its own administration in the city.",
        "B D H",
        "offensive",
    ),
    (
        "Insurgents overrun Palma, torch district administration as thousands flee",
        "Islamist insurgents stormed the town of Palma in northern Mozambique, burning the "
        "district administration building and banks and killing dozens of people, according "
        "to survivors who reached Pemba by boat. The attack began on Wednesday afternoon, when "
        "fighters approached from three directions and opened fire on residents and police, "
        "residents said. Dozens of workers and residents, including foreign contractors, "
        "took refuge at the Amarula Hotel before trying to escape in a convoy that was "
        "ambushed. The Islamic State group said its fighters had seized the town. Several "
        "thousand people fled into the bush, and others headed for the gas project site at "
        "Afungi, where the army tried to establish a perimeter. The district administrator "
        "was evacuated and has been trying to coordinate shelter in Mueda, officials said. "
        "TotalEnergies has suspended work on its liquefied natural gas project. Aid agencies "
        "said the displaced arrived with nothing and that food stocks in Pemba were running "
        "low. The government said security forces were fighting to retake the town.",
        "T B D V",
        "attack",
    ),
    (
        "Militants shoot dead sarpanch outside his home in south Kashmir",
        "Militants shot dead a village head in south Kashmir's Anantnag district on Monday "
        "evening, police said, the latest in a series of attacks on elected local "
        "representatives in the region. The sarpanch, who belonged to the Bharatiya Janata "
        "Party, was attacked outside his home and died on the way to hospital. Police blamed "
        "Lashkar-e-Taiba and said the area had been cordoned off for a search. Panchayat "
        "members in the valley have been living in secured accommodation, but many return "
        "home for work or family reasons. Political parties across the spectrum condemned the "
        'killing as "a terrorist attack on grassroots democracy". The sarpanch had been '
        "elected in the 2018 panchayat polls, which militant groups had told residents to "
        "boycott. His family said he had asked the district administration for a guard after "
        "receiving threats by telephone last month.",
        "T V",
        "assassination",
    ),
    (
        "Police fire on protesters trying to storm Juliaca's municipal palace",
        "Police in the southern Peruvian city of Juliaca fired tear gas and live rounds on "
        "Monday as protesters demanding the president's resignation tried to storm the "
        "municipal palace and the nearby airport, witnesses and officials said. The "
        "ombudsman's office said 17 people were killed, most of them with gunshot wounds, and "
        "dozens were injured, making it one of the deadliest days of unrest in Peru in "
        "decades. Protesters set fire to the doors of the municipal building and threw stones "
        "at officers on the roof, a local journalist said. The city's mayor called for a "
        "truce and asked the government to withdraw police reinforcements. Hospitals in "
        "Juliaca appealed for blood donations. A police officer was later killed by a crowd "
        "that set his patrol car on fire, police said. The government declared a curfew in "
        "the Puno region. Human rights groups called for an independent investigation into "
        "the use of lethal force.",
        "U",
        "crackdown",
    ),
    (
        "Mayor kidnapped by JNIM fighters in Ségou region, officials say",
        "Suspected jihadists abducted the mayor of a rural commune in Mali's Ségou region on "
        "Saturday, along with his deputy and a driver, local officials said. The men were "
        "travelling to a market town when armed men on motorcycles stopped their vehicle and "
        "took them away, a relative said. The abduction came days after fighters of JNIM, the "
        "al-Qaeda affiliate in the Sahel, imposed a blockade on several villages in the area "
        "that had refused to pay a tax. The governor's office said it had no news of the "
        "hostages. Dozens of mayors, councillors and local officials have been kidnapped in "
        "central Mali since 2015, and some have been killed in captivity. Many municipalities "
        "in the region now function only on paper, a member of the association of Malian "
        "municipalities said. The army said it was searching the area.",
        "T V",
        "abduction",
    ),
    (
        "Sweida council pleads for corridor as clashes leave city without water and power",
        "The provincial council of Sweida in southern Syria appealed on Wednesday for a "
        "humanitarian corridor as fighting between Druze armed groups, Bedouin tribal fighters "
        "and government forces entered its fifth day. Residents said bodies were lying in "
        "streets on the western edge of the city, and a monitoring group reported that more "
        "than 300 people had been killed, including civilians shot in their homes. The city "
        "has been without water and electricity since Sunday, and the main hospital said it "
        "was running out of fuel for its generators. Thousands of families fled to villages "
        "in the mountains or towards Daraa, the UN said. Israel carried out air strikes on "
        "government forces in the area, saying it was protecting the Druze community. A "
        "member of the council said municipal staff were unable to collect the dead or clear "
        "rubble because of sniper fire. The interim government in Damascus announced a "
        "ceasefire, but clashes continued into the evening.",
        "B V D H E",
        "clashes",
    ),
    (
        "Stepanakert's mayor turns basements into shelters as Azerbaijan launches offensive",
        'Azerbaijan launched what it called "anti-terrorist measures" in Nagorno-Karabakh '
        "on Tuesday, shelling positions around Stepanakert and other towns as its forces "
        "pushed into the Armenian-populated enclave. The city's mayor ordered schools closed "
        "and opened basements of public buildings as shelters, where residents spent the "
        "night as explosions shook the city. Local officials said at least 27 people had been "
        "killed, including civilians, and more than 200 wounded. Thousands of people from "
        "villages near the front line arrived in the city, many sleeping in the airport area "
        "controlled by Russian peacekeepers. The region had already been cut off from Armenia "
        "for months by the blockade of the Lachin corridor, leaving shops empty of bread and "
        'medicine. "We have no fuel for ambulances and no food for the people arriving," the '
        "mayor said in a message to journalists. Separatist leaders agreed to a ceasefire the "
        "next day. Within a week, most of the population had fled to Armenia.",
        "M E D H",
        "offensive",
    ),
    (
        "Fano fighters seize town hall in Amhara as clashes with army spread",
        "Fighters of the Fano militia seized the town administration office in Debre Tabor in "
        "Ethiopia's Amhara region on Friday after heavy fighting with federal soldiers, "
        "residents said. The militia briefly raised its flag over the building and freed "
        "prisoners from the town's jail before withdrawing at dawn as the army brought in "
        "reinforcements. Residents said gunfire lasted through the night and that several "
        "civilians were killed by stray bullets. Fano, a loose network of militias that "
        "fought alongside the army in Tigray, has turned against the government since its "
        "plan to disband regional forces. Several local administrators appointed by the "
        "regional government have been killed in recent months, and many officials have left "
        "for Bahir Dar. Internet services in the region remain cut. The government said its "
        "forces were in full control.",
        "B",
        "battle",
    ),
    (
        "Mosul's council flees as Islamic State overruns Iraq's second city",
        "Fighters of the Islamic State of Iraq and the Levant seized control of most of Mosul "
        "on Tuesday after soldiers and police abandoned their posts, Iraqi officials said. The "
        "governor of Nineveh province escaped from the provincial headquarters shortly before "
        "militants overran it, and members of the provincial council fled to Erbil. The "
        "militants freed hundreds of prisoners and took over banks, military bases and the "
        "airport. Hundreds of thousands of residents fled the city towards the Kurdish region, "
        "the International Organization for Migration said, many of them on foot. The prime "
        "minister asked parliament to declare a state of emergency and called for volunteers "
        'to take up arms. The governor urged the people of Mosul to "defend their city". '
        "Kurdish officials set up temporary camps at checkpoints on the road to Erbil. "
        "Residents who stayed said black flags had been raised over government buildings.",
        "B T D",
        "offensive",
    ),
    (
        "Maputo suburbs: municipal offices burned as police shoot at post-election protesters",
        "Protesters set fire to municipal offices and a police post in the Maputo suburb of "
        "Matola on Thursday, and police fired live ammunition and tear gas to disperse crowds "
        "demonstrating against disputed election results, witnesses said. A rights group that "
        "monitors the protests said at least 30 people had been killed by security forces "
        "across the country in two weeks of unrest. The opposition candidate, who claims he "
        "won the presidential election, has called for a general shutdown from abroad. Roads "
        "into the capital were blocked with burning tyres, and many shops remained closed. "
        "Matola's mayor said council records and tax files had been destroyed and condemned "
        '"the destruction of what belongs to all of us". The government has restricted '
        "internet access. Hospitals said they were treating people for gunshot wounds.",
        "U",
        "crackdown",
    ),
    (
        "Culiacán council cancels festivities as cartel factions battle across the city",
        "Culiacán's city council cancelled its Independence Day celebrations and schools "
        "moved classes online on Monday as fighting between rival factions of the Sinaloa "
        "Cartel entered its second week. Gunmen loyal to the sons of Joaquín Guzmán and to the "
        "allies of Ismael Zambada have clashed in several neighbourhoods, leaving burned cars, "
        "bullet-riddled houses and dumped bodies, state officials said. At least 50 people "
        "have been killed and dozens reported missing since the fighting began, according to "
        "the state prosecutor. The army has sent hundreds of additional soldiers, who have "
        "exchanged fire with armed groups and seized weapons and armoured vehicles. The mayor "
        "said municipal services, including rubbish collection, had been suspended in some "
        "areas because crews were afraid to go out. Families from rural communities in the "
        "Sierra have fled to relatives in the city. Shops and restaurants closed early, and "
        "the streets emptied after dark. The governor insisted that the situation was under "
        "control and urged residents to carry on with their lives.",
        "B M D",
        "battle",
    ),
]
