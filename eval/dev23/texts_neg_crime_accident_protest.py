"""dev23 texts: negatives, batch 3 (crime, accidents, peaceful protests).

NEGATIVES = [(title, text, kind code), ...]
"""

NEGATIVES = [
    # ---------------------------------------------------------------- negatives, batch 3 (crime, accidents, protest, sport, politics, other)
    (
        "Metropolitan Police: murder investigation launched after stabbing in Croydon",
        "A murder investigation has been launched after a 16-year-old boy was stabbed in Croydon on the afternoon of 27 September 2023, the Metropolitan Police said. Officers and paramedics attended but he died at the scene. A 17-year-old boy has been arrested on suspicion of murder. Anyone with information is asked to call 101.",
        "crime",
    ),
    (
        "Dutch customs: record cocaine seizure in the port of Rotterdam",
        "Customs officers found 8,000 kilos of cocaine in a container of bananas from Ecuador in the port of Rotterdam on 14 August 2023, the Public Prosecution Service said. It is the largest single seizure ever made in the Netherlands. The drugs have an estimated street value of 600 million euros. No arrests have been made yet.",
        "crime",
    ),
    (
        "South African Police Service: kidnapped businessman rescued in Gqeberha",
        "A businessman who was kidnapped outside his home in Gqeberha on 3 March 2024 has been rescued unharmed by police, the SAPS said. The kidnappers had demanded a ransom from his family. Three suspects were arrested at the house where he was held, and a firearm was seized.",
        "crime",
    ),
    (
        "Europol: LockBit ransomware infrastructure taken down",
        "Law enforcement agencies from ten countries have disrupted the LockBit ransomware operation, Europol said on 20 February 2024. The agencies seized 34 servers and froze 200 cryptocurrency accounts. Two suspects were arrested in Poland and Ukraine. LockBit had attacked thousands of victims around the world, including hospitals.",
        "crime",
    ),
    (
        "HSE: cyber attack forces shutdown of IT systems",
        "The Health Service Executive has taken the precaution of shutting down all its IT systems following a significant ransomware attack on 14 May 2021, the HSE said. Appointments have been cancelled at several hospitals. There is no impact on vaccinations. The HSE is working with the Gardaí and cybersecurity experts.",
        "crime",
    ),
    (
        "University police: shooting at Michigan State campus, suspect dead",
        "A gunman opened fire in two buildings at Michigan State University on the evening of 13 February 2023, killing three students and wounding five, the university police said. The suspect, a 43-year-old man with no connection to the university, was found dead of a self-inflicted wound. No motive has been established.",
        "crime",
    ),
    (
        "INTERPOL: operation rescues victims of human trafficking",
        "An operation coordinated by INTERPOL in 44 countries in October 2023 led to the rescue of more than 2,500 potential victims of human trafficking, the organisation said. Police arrested 212 people. Many victims had been lured with fake job offers and forced to work in online scam centres.",
        "crime",
    ),
    (
        "Royal Thai Police: Thai nationals returned from scam compounds in Myawaddy",
        "More than 200 Thai nationals who had been forced to work for call-centre gangs in Myawaddy have been returned through Mae Sot, the Royal Thai Police said on 13 February 2025. Police are interviewing them to identify victims and suspects. The government has cut electricity and internet supplies to the border areas where the scam centres operate.",
        "crime",
    ),
    (
        "Federal Police: operation against illegal gold mining on Yanomami land",
        "The Federal Police destroyed 30 dredges, two aircraft and equipment used for illegal mining on Yanomami land in Roraima, the police said on 20 February 2023. The operation is part of the government's response to the health emergency in the territory. Miners are leaving the area by river.",
        "crime",
    ),
    (
        "PDEA: shabu worth 1.3 billion pesos seized in Manila",
        "Agents of the Philippine Drug Enforcement Agency seized 200 kilos of shabu in a warehouse in Manila on 10 October 2023, the agency said. Two Chinese nationals were arrested. The drugs were hidden inside tea packs. The agency said the operation had dismantled a major distribution network.",
        "crime",
    ),
    (
        "Policía Nacional Civil: gang leader captured in San Salvador",
        "The National Civil Police captured a leader of the MS-13 gang in San Salvador on 18 May 2023, the police said. He is accused of ordering extortion of bus companies. He will be sent to the Terrorism Confinement Centre. The government says the state of exception has made El Salvador safer.",
        "crime",
    ),
    (
        "RCMP: gunman killed 22 people in Nova Scotia",
        "A gunman driving a replica police car killed 22 people in several communities in Nova Scotia on 18 and 19 April 2020, the RCMP said. He was shot dead by officers at a gas station in Enfield. Investigators believe he acted alone. There is no indication of a political motive.",
        "crime",
    ),
    (
        "NSW Police: Bondi Junction stabbings not related to terrorism",
        "Six people were killed and several others injured in a stabbing at Westfield Bondi Junction on 13 April 2024, NSW Police said. The offender was shot dead by a police inspector. The commissioner said there was no indication of any ideology or motive related to terrorism. Police believe the man had a mental health condition.",
        "crime",
    ),
    (
        "Police Scotland: men arrested after jewellery shop robbery in Glasgow",
        "Two men have been arrested after an armed robbery at a jewellery shop on Argyle Street, Glasgow, on 4 July 2022, Police Scotland said. A member of staff was threatened with a handgun and watches worth a large sum were taken. Nobody was injured. The men are due in court.",
        "crime",
    ),
    (
        "Kenya Prisons Service: manhunt after inmates escape in Kakamega",
        "Four inmates escaped from Kakamega Prison on the night of 5 June 2024, the Kenya Prisons Service said. They broke through a wall during a power outage. Police have launched a manhunt and two of the men have been recaptured. The officers on duty have been suspended.",
        "crime",
    ),
    (
        "Lagos State Police Command: car theft syndicate dismantled",
        "Detectives have dismantled a syndicate that stole vehicles in Lekki and sold them in neighbouring countries, the Lagos State Police Command said on 9 May 2024. Seven suspects were arrested and 12 vehicles recovered. The suspects used fake keys to open cars parked at shopping malls.",
        "crime",
    ),
    (
        "National Crime Agency: ransomware gang members sanctioned",
        "The UK, US and Australia have sanctioned members of the Evil Corp cybercrime group, the National Crime Agency said on 1 October 2024. The group extorted at least 300 million dollars from victims around the world, including hospitals and schools. Its leader is accused of working with the Russian intelligence services.",
        "crime",
    ),
    (
        "Guardia Civil: jail for gang that robbed elderly people at home",
        "The Guardia Civil has broken up a gang that robbed elderly people in their homes in Murcia and Alicante, posing as gas inspectors, the service said on 4 April 2025. Nine people were arrested. The gang carried out at least 35 robberies, sometimes tying up their victims.",
        "crime",
    ),
    (
        "National Police Service: 52 killed in Londiani road crash",
        "A truck lost control and ploughed into vehicles and traders at Londiani junction on 30 June 2023, the National Police Service said. Fifty-two people were killed. Police have urged drivers on the Nakuru-Kericho highway to observe speed limits. The driver survived and is being questioned.",
        "accident",
    ),
    (
        "Ministry of Railways: triple train collision in Balasore",
        "The Coromandel Express derailed and collided with a goods train near Bahanaga Bazar station in Balasore, Odisha, on the evening of 2 June 2023, the Ministry of Railways said. A third train struck the derailed coaches. At least 288 people died. The National Disaster Response Force and the army have completed rescue operations.",
        "accident",
    ),
    (
        "Guardia Costiera: migrant boat capsizes off Lampedusa",
        "A boat carrying around 50 migrants capsized off Lampedusa on 3 August 2023, the Italian Coast Guard said. Four people survived and said around 40 people are missing. The boat had left Sfax, Tunisia. Patrol boats and aircraft are searching the area.",
        "accident",
    ),
    (
        "Lebanese Government: Beirut explosion declared a disaster",
        "The Council of Ministers declared Beirut a disaster city after the explosion at the port on 4 August 2020, the Prime Minister's office said. The explosion was caused by 2,750 tonnes of ammonium nitrate stored at the port for six years. More than 150 people were killed and 300,000 made homeless. Those responsible for the storage will be placed under house arrest.",
        "accident",
    ),
    (
        "Ethiopian Airlines: flight ET302 crashed after take-off",
        "Ethiopian Airlines flight ET302, a Boeing 737 MAX 8 on its way to Nairobi, crashed near Bishoftu six minutes after take-off from Addis Ababa on 10 March 2019, the airline said. There were 149 passengers and 8 crew on board. There are no survivors. The airline has grounded its fleet of 737 MAX aircraft.",
        "accident",
    ),
    (
        "Uttar Pradesh Police: stampede at Hathras religious gathering",
        "A stampede at a religious congregation in Hathras district on 2 July 2024 killed 121 people, most of them women, the Uttar Pradesh Police said. The crowd was more than twice the permitted number. Police have registered a case against the organisers.",
        "accident",
    ),
    (
        "Lagos State Emergency Management Agency: building collapse in Ikoyi",
        "A 21-storey building under construction collapsed in Ikoyi on 1 November 2021, the Lagos State Emergency Management Agency said. Rescue teams have recovered 45 bodies. Workers were trapped under the rubble. The state government has set up a panel to investigate the cause.",
        "accident",
    ),
    (
        "Jigawa State Police Command: tanker explosion kills over 140",
        "A fuel tanker overturned in Majiya, Taura local government area, on 15 October 2024, and exploded as residents gathered to scoop fuel, the Jigawa State Police Command said. At least 147 people died. The driver lost control while trying to avoid a collision.",
        "accident",
    ),
    (
        "Tanzania government: ferry capsizes on Lake Victoria",
        "The MV Nyerere capsized near Ukara Island on Lake Victoria on 20 September 2018, the government said. More than 200 people died. The ferry was overloaded. The President declared four days of national mourning and ordered the arrest of those responsible.",
        "accident",
    ),
    (
        "Ministry of Energy and Natural Resources: explosion in Amasra coal mine",
        "A firedamp explosion occurred at a depth of 300 metres in the Amasra coal mine in Bartın on 14 October 2022, the ministry said. Forty-one miners lost their lives and 11 were injured. Rescue teams have brought out the remaining workers. An investigation has been opened.",
        "accident",
    ),
    (
        "Indonesian Army: helicopter crashed during training flight",
        "An army helicopter crashed during a training flight in Kendal, Central Java, on 6 June 2021, the Indonesian Army information service said. Three crew members were killed. The aircraft was on a routine flight. An investigation team has been formed.",
        "accident",
    ),
    (
        "State of Mexico prosecutor: blast at Tultepec fireworks market",
        "A series of explosions destroyed the San Pablito fireworks market in Tultepec on 20 December 2016, the state prosecutor's office said. Thirty-six people died and dozens were injured. The market was crowded with shoppers before Christmas. Investigators are looking for the cause.",
        "accident",
    ),
    (
        "Metropolitan Police: climate march passed off peacefully",
        "Tens of thousands of people took part in a climate march through central London on 6 November 2021, the Metropolitan Police said. The march passed off peacefully. Three people were arrested for obstructing the highway after sitting down in the road. We thank everyone who took part for their cooperation.",
        "protest",
    ),
    (
        "Brussels Police: farmers' protest near the European Quarter",
        "Around 900 tractors took part in a farmers' demonstration in the European Quarter on 1 February 2024, the Brussels Capital-Ixelles police zone said. Roads around Place du Luxembourg were closed. Farmers lit bonfires of straw and tyres near the European Parliament. Motorists are advised to avoid the area.",
        "protest",
    ),
    (
        "ASUU: public university lecturers begin indefinite strike",
        "The Academic Staff Union of Universities has begun a total and indefinite strike, its president said on 29 August 2022. The union is demanding the implementation of an agreement on funding and salaries. Students have been at home since February. The union said it regretted the hardship caused.",
        "protest",
    ),
    (
        "Israel Police: hundreds of thousands rallied against judicial overhaul",
        "Hundreds of thousands of people demonstrated in Tel Aviv, Jerusalem and other cities on 11 March 2023 against the government's judicial overhaul, the Israel Police said. The rallies ended without major incidents. Police opened the Ayalon highway to traffic after demonstrators left the road.",
        "protest",
    ),
    (
        "Ministry of Interior of Serbia: student rally in Belgrade ended peacefully",
        "The rally organised by students in Slavija square on 15 March 2025 ended without serious incidents, the Ministry of Interior said. The ministry estimated 107,000 participants. Public transport in the city was suspended for the day. The students' demands concern accountability for the collapse of the Novi Sad railway station canopy.",
        "protest",
    ),
    (
        "CGT: general strike paralyses transport in Buenos Aires",
        "The General Confederation of Labour held a 12-hour general strike on 24 January 2024 against the government's decree deregulating the economy, the union said. Tens of thousands marched to Congress. Public transport ran a reduced service in the afternoon so that workers could attend the rally.",
        "protest",
    ),
    (
        "BMA: junior doctors in England begin five-day walkout",
        "Junior doctors in England walked out at 7:00 on 27 June 2024 for five days in a dispute over pay, the British Medical Association said. Picket lines were set up outside hospitals. NHS England said emergency care would continue. The union says pay has fallen by a quarter since 2008.",
        "protest",
    ),
    (
        "Kenya National Union of Nurses: strike notice issued",
        "The Kenya National Union of Nurses has issued a strike notice over delayed salaries and promotions, its secretary general said on 4 September 2023. Nurses will down tools in 14 days if the demands are not met. The union called on county governments to honour the collective bargaining agreement.",
        "protest",
    ),
    (
        "Amnesty: detainees on hunger strike must be heard",
        "Around 30 people held in an immigration detention centre have been on hunger strike since 3 February 2024, Amnesty International said. The detainees are protesting against their prolonged detention without charge. Several have been taken to hospital. The authorities must respect their right to protest.",
        "protest",
    ),
    (
        "Polish Police: Women's Strike march through Warsaw",
        "Around 100,000 people took part in a march in Warsaw on 30 October 2020 against the Constitutional Tribunal's ruling on abortion, the Warsaw police said. The march was peaceful. Police officers guarded churches along the route.",
        "protest",
    ),
    (
        "Government of Mongolia: prime minister resigns after weeks of protests",
        "The prime minister submitted his resignation on 3 June 2025 after losing a confidence vote, the government's press office said. Young people had gathered peacefully in Sükhbaatar Square for weeks, demanding transparency on the spending of public officials. The protests were held without incident.",
        "protest",
    ),
]
