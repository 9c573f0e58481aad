"""dev356 negatives, part B: floods, quakes, fraud operations, accidents, health."""

NEGATIVES = [
    (
        "Death toll in Jishishan earthquake rises to 148 as rescuers battle freezing cold",
        "The death toll from the magnitude-6.2 earthquake that struck Jishishan county in northwest China's Gansu province has risen to 148, with 117 dead in Gansu and 31 in neighbouring Qinghai, local authorities said on Wednesday. More than 900 people were injured, and about 87,000 residents were relocated to tents and temporary shelters as night temperatures fell below minus 10 degrees Celsius, Xinhua reported. Soldiers, armed police and firefighters were deployed to search collapsed homes in villages near the epicentre. A mudslide triggered by the quake buried parts of two villages in Qinghai's Minhe county, where 16 people were still missing. President Xi Jinping ordered all-out efforts in search and rescue and the proper resettlement of those affected. The central government allocated 200 million yuan in emergency funds. Power was restored in most affected areas by Tuesday night.",
        "disaster",
    ),
    (
        "Zhengzhou rainstorm: subway passengers trapped as floods kill 25",
        "Record rainfall in Zhengzhou, the capital of central China's Henan province, has killed at least 25 people, including 12 who died in a flooded subway tunnel, local authorities said on Wednesday. The city received 201.9 mm of rain in one hour on Tuesday afternoon, the highest hourly figure ever recorded in mainland China, the provincial meteorological service said. More than 100,000 residents were moved to safer places. Passengers on Line 5 were trapped in carriages as water rose to their shoulders before rescuers pulled about 500 people out, CCTV reported. The People's Liberation Army sent more than 3,000 troops to reinforce dykes and blast an opening to divert floodwaters near the Yihetan reservoir. Xi Jinping said flood control had entered a critical period. Internet users shared requests for help through an online document.",
        "disaster",
    ),
    (
        "Soldiers join battle to save Yangtze dykes as floods displace millions",
        "More than 20,000 soldiers and armed police have been deployed to reinforce dykes along the Yangtze River and Poyang Lake as the worst floods in decades threatened towns in Jiangxi, Anhui and Hubei, the Ministry of Emergency Management said. Floods across southern China have affected 45 million people this summer and forced the evacuation of about 3.8 million, the ministry said. At least 141 people had died or were missing. Water levels at Poyang Lake reached a record 22.6 metres at the Xingzi hydrological station. The Three Gorges Dam reduced outflows to ease pressure downstream. Xinhua described the flood control effort as a war with no gunsmoke and said Communist Party members had stood in the front line. The economic losses were estimated at more than 82 billion yuan.",
        "disaster",
    ),
    (
        "Dingri quake toll reaches 126; tents and stoves delivered to plateau villages",
        "The death toll from the magnitude-6.8 earthquake in Dingri county in Xizang Autonomous Region has risen to 126, with 188 people injured, regional authorities said on Wednesday. More than 3,600 houses collapsed in the quake, which struck at 9:05 am on Tuesday at a depth of 10 km, according to the China Earthquake Networks Center. Some 46,500 people were relocated. Over 14,000 rescuers, including soldiers of the People's Liberation Army, searched villages at altitudes above 4,000 metres. Relief supplies, including 22,000 cotton tents, quilts and stoves, were sent from depots in Lhasa and Shigatse, Xinhua said. Aftershocks continued through the night. Tourist access to the Everest scenic area on the north side was suspended.",
        "disaster",
    ),
    (
        "Typhoon Doksuri's remnants bring Beijing its heaviest rain in 140 years",
        "Torrential rain brought by the remnants of Typhoon Doksuri has killed 33 people in Beijing, with 18 still missing, city officials said on Wednesday, as the capital recorded its heaviest rainfall in 140 years. The Mentougou and Fangshan districts in the city's west were worst hit, with roads washed away and villages cut off. Nearly 60,000 residents were evacuated, and a train stranded in the mountains was reached by rescue teams after two days. Neighbouring Hebei province diverted floodwaters into low-lying flood storage areas, forcing the evacuation of about a million people. Helicopters of the People's Liberation Army dropped food and water to isolated villages. Officials promised to compensate farmers for crop losses. Beijing's Haihe basin flood control headquarters lifted its red alert on Friday.",
        "disaster",
    ),
    (
        "Chinese rescue team pulls survivor from rubble in Antakya",
        "A Chinese rescue team working in the southern Turkish province of Hatay pulled a 62-year-old woman alive from a collapsed building in Antakya on Thursday, more than 80 hours after the earthquakes that struck the region, CGTN reported. The 82-member China Search and Rescue Team arrived in Adana on Wednesday with search dogs, life detectors and heavy equipment. The death toll in Türkiye and Syria from the two earthquakes has risen above 21,000, according to officials in both countries. China has pledged emergency aid of 40 million yuan to Türkiye and 30 million yuan to Syria, Foreign Ministry spokesperson Wang Wenbin said. Team members worked through freezing temperatures, and local residents cheered as the woman was carried out on a stretcher. The team also treated dozens of injured residents at a field clinic.",
        "disaster",
    ),
    (
        "Landslide buries 18 homes in Meizhou as heavy rain lashes Guangdong",
        "A landslide triggered by days of heavy rain buried 18 homes in Pingyuan county in Meizhou, Guangdong province, on Sunday, leaving 38 people dead and two missing, local authorities said. Some 110,000 residents across the city were affected by the floods, which cut roads, power and communications in several townships. Firefighters and armed police used boats to reach people trapped on rooftops, and helicopters airdropped food and water. The provincial government raised its emergency response to the highest level. Meteorologists said rainfall in parts of Meizhou exceeded 400 mm in 24 hours. Local officials said temporary shelters had been set up in schools for about 22,000 people. Residents of Pingyuan said water rose to the second floor of houses within an hour before dawn. Volunteers from neighbouring Heyuan drove trucks loaded with bottled water and instant noodles to the county seat. The Ministry of Finance and the Ministry of Emergency Management allocated 100 million yuan for disaster relief. Telecom operators restored signals in most villages by Tuesday.",
        "disaster",
    ),
    (
        "Myanmar hands over 31,000 telecom fraud suspects to Chinese police",
        "Law enforcement agencies in China and Myanmar have handed over 31,000 telecom fraud suspects to Chinese police in a joint crackdown on scam centres in northern Myanmar, the Ministry of Public Security said on Tuesday. The suspects include 63 financiers and ringleaders, the ministry said, and 1,531 of them were wanted fugitives. Many were transferred across the border at Qingshuihe and Nansan on chartered flights and buses, their heads covered by hoods, footage on CCTV showed. The ministry said the operation had dealt a heavy blow to the gangs that lure Chinese citizens with false job offers. A special task force of police from Yunnan, Fujian and Guangdong is handling the cases. People caught in the scam centres have told of beatings and confinement. Police said the campaign would continue until the gangs were wiped out.",
        "crime",
    ),
    (
        "Chartered flights bring home scam workers freed in Myawaddy",
        "Three chartered planes brought 600 Chinese nationals freed from scam compounds in Myawaddy, Myanmar, back to Nanjing on Thursday via Mae Sot in Thailand, the Ministry of Public Security said. The repatriation followed talks between Assistant Minister of Public Security Liu Zhongyi and officials in Thailand and Myanmar. Most of those returned were suspected of involvement in telecom fraud and will be investigated, the ministry said. Thai authorities cut electricity, fuel and internet connections to several border towns last month to squeeze the gangs. Chinese police said the suspects had run scams targeting victims in China from compounds guarded by private security staff. Some of the returnees told reporters they had been tricked into the compounds by fake job adverts and had their passports seized. Thai officials said buses had carried the group from the Friendship Bridge to Mae Sot airport under police escort. Immigration officers checked each person against lists supplied by the Chinese side before they boarded. Beijing has asked Bangkok and Naypyidaw to keep up pressure on the compounds, which are guarded by militias allied with Myanmar's military. Another batch is expected next week.",
        "crime",
    ),
    (
        "Eleven members of Ming family sentenced to death for fraud, homicide",
        "A court in Wenzhou, Zhejiang province, sentenced 11 members of the Ming family criminal group to death on Monday for crimes including fraud, intentional homicide, intentional injury and running casinos, the court said. The group, based in Laukkai in northern Myanmar, ran scam centres and gambling dens that took in more than 10 billion yuan, according to the verdict. The court found that the group had been responsible for the deaths of 14 Chinese citizens, including workers shot while trying to flee a scam compound in 2023. Five other defendants received suspended death sentences. The group's leader Ming Xuechang killed himself after his arrest in 2023, Chinese police said. The defendants can appeal to the Zhejiang Higher People's Court. Relatives of victims attended the hearing.",
        "crime",
    ),
    (
        "Driver who rammed crowd at Zhuhai sports centre sentenced to death",
        "A court in Zhuhai sentenced Fan Weiqiu to death on Friday for driving his car into people exercising at a sports centre in the southern city in November, killing 35 and injuring 43. The Zhuhai Intermediate People's Court said the crime was extremely vicious and the consequences particularly serious. Fan, 62, was angry about how his property had been divided after his divorce, police said. The attack took place on the eve of the Zhuhai air show. Authorities initially said several people had been injured, before releasing the full toll a day later. The court said Fan had planned to vent his anger by attacking strangers. Local authorities have since stepped up security at public spaces. The case was among several attacks on strangers in China that year.",
        "crime",
    ),
    (
        "Police bust cross-border gang in 'Operation Cloud Sword' telecom fraud campaign",
        "Police in Guangdong have detained 217 suspects and frozen 380 million yuan in assets in a campaign against a cross-border telecom fraud network, the provincial public security department said on Thursday. The gang used fake investment platforms and impersonated police officers to cheat victims across 28 provinces, the department said. More than 1,200 officers took part in coordinated raids in Shenzhen, Dongguan and Foshan at dawn on Tuesday. Police seized 3,400 mobile phone cards and dozens of computers. The campaign is part of a nationwide operation against fraud that began last year. Officials urged the public to download the National Anti-Fraud Center app and to report suspicious calls. A spokesman said the fight against telecom fraud was a war that police were determined to win.",
        "crime",
    ),
    (
        "Philippines deports 186 Chinese workers arrested in POGO raid",
        "The Philippines deported 186 Chinese nationals arrested in a raid on an online gambling hub in Bamban, Tarlac province, on Tuesday, the Bureau of Immigration said. They were flown to Shanghai on a chartered flight accompanied by Chinese police officers, Xinhua reported. The workers had been detained in March when police found that the compound operated without a licence. The Chinese embassy in Manila said it supported the Philippine side's crackdown on illegal gambling and telecom fraud. Philippine President Ferdinand Marcos Jr had ordered all offshore gaming operators shut by the end of the year. The embassy said it would continue to cooperate in repatriating Chinese citizens involved in such operations. Bamban's former mayor is facing trial on charges of human trafficking.",
        "crime",
    ),
    (
        "Tianjin port explosions kill 173; chemical warehouse operator under investigation",
        "The death toll from the massive explosions at a chemical warehouse in Tianjin port has risen to 173, including 104 firefighters and police officers, the Tianjin municipal government said on Wednesday. The blasts, which occurred at a facility storing hazardous chemicals operated by Ruihai International Logistics, left a crater and destroyed hundreds of cars and homes nearby. Investigators said about 700 tonnes of sodium cyanide had been stored at the site. More than 790 people were injured, and some 6,000 residents were temporarily housed in schools. The State Council ordered nationwide safety inspections of facilities handling dangerous goods. Executives of the company were detained, and several officials were placed under investigation for dereliction of duty. Residents demanded compensation for damaged flats.",
        "accident",
    ),
    (
        "No survivors found after China Eastern jet crashes in Guangxi mountains",
        "All 132 people aboard a China Eastern Airlines Boeing 737-800 that crashed in the mountains of Tengxian county, Guangxi Zhuang Autonomous Region, on Monday were killed, the Civil Aviation Administration of China said. The flight from Kunming to Guangzhou went into a steep dive from cruising altitude shortly before it was due to begin descent, tracking data showed. Rescuers searched the hillsides for days and recovered both flight recorders, which were sent to the United States for analysis. China Eastern grounded its fleet of 737-800 jets for safety checks. President Xi Jinping ordered the cause of the crash to be identified as soon as possible. Families of the victims gathered at a hotel in Wuzhou. The airline resumed the route weeks later.",
        "accident",
    ),
    (
        "Open-pit mine collapse in Inner Mongolia leaves 53 missing",
        "Rescuers were searching for 53 people missing after part of an open-pit coal mine collapsed in Alxa League, Inner Mongolia, on Wednesday afternoon, Xinhua reported. Six people were confirmed dead and six others injured in the collapse at the Xinjing mine, which buried workers and dozens of vehicles under tonnes of earth. More than 900 rescuers were deployed, though further slides slowed the work. The Ministry of Emergency Management said the cause would be investigated and those responsible severely punished. Local officials said the mine had been fined for safety violations in the past. The State Council set up a team to investigate the accident. Relatives waited at a nearby township for news.",
        "accident",
    ),
    (
        "Wuhan launches 'people's war' to stop spread of novel coronavirus",
        "Authorities in Wuhan launched what they called a people's war against the novel coronavirus on Tuesday, ordering door-to-door checks of every household to find people with fever, Xinhua reported. The city has been under lockdown for three weeks, and new makeshift hospitals converted from stadiums and exhibition centres have begun admitting patients with mild symptoms. The national health commission said the number of confirmed cases in the country had passed 44,000. More than 30,000 medical workers from other provinces have been sent to Hubei province. President Xi Jinping said the battle against the epidemic had reached a critical moment. Officials said residential compounds would be sealed and residents would receive food deliveries. The first Huoshenshan hospital patients were discharged last week.",
        "health",
    ),
    (
        "Guangdong steps up fight against chikungunya as Foshan cases top 4,000",
        "Health authorities in Guangdong province have mobilised thousands of community workers to fight an outbreak of chikungunya fever in Foshan, where more than 4,000 cases have been reported since early July, the provincial health commission said. The mosquito-borne disease causes fever and joint pain but is rarely fatal, officials said. Workers have been inspecting homes to remove standing water, and drones have been used to find breeding sites on rooftops. Patients have been placed in hospitals under mosquito nets. The city has released fish that eat mosquito larvae into lakes and ponds. The commission urged residents to use repellents and to seek treatment if they develop symptoms. Experts said warm, wet weather had helped the virus spread.",
        "health",
    ),
    (
        "Farmers drive tractors into Brussels in peaceful protest over EU trade deal",
        "Thousands of farmers drove tractors into central Brussels on Wednesday to protest against a proposed EU trade agreement with South American countries, Xinhua reported. The farmers blocked roads around the European Parliament and sounded their horns as EU agriculture ministers met nearby. Police said about 950 tractors took part and the protest passed off peacefully. Farmers' organisations said the deal would expose European producers to unfair competition from cheaper imports of beef and sugar. Protesters handed petitions to lawmakers and staged a march behind banners. The European Commission said it would offer additional safeguards for sensitive products. Traffic in the city centre was disrupted for most of the day.",
        "protest",
    ),
]
