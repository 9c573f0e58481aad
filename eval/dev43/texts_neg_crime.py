"""dev43 negatives: ordinary crime, policing and courts. NEGATIVES = [(title, text, kind code), ...]."""

NEGATIVES = [
    (
        "Navy seizes 1.5 tonnes of cocaine off Oaxaca coast",
        "Mexico's navy intercepted a fast boat carrying about 1.5 tonnes of cocaine off the coast of Oaxaca and arrested its three crew members, who were handed to federal prosecutors, the navy said on Monday. The boat had been tracked from Colombia by a maritime patrol aircraft.",
        "crime",
    ),
    (
        "Alleged plaza boss arrested in Fresnillo",
        "State police in Zacatecas arrested a man they described as the local boss of a criminal group in Fresnillo, along with two bodyguards, and seized three rifles and a kilo of methamphetamine. He faces charges of extortion and kidnapping. Prosecutors said he was detained without a shot being fired.",
        "crime",
    ),
    (
        "Family of four shot dead at home in Celaya",
        "Gunmen entered a house in Celaya, Guanajuato, on Sunday night and shot dead a couple and their two adult sons, state prosecutors said. Investigators believe the killings were linked to an extortion demand on the family's tortilla shop.",
        "crime",
    ),
    (
        "Cali businessman freed after family pays ransom",
        "A businessman kidnapped in Cali 12 days ago was released unharmed on a rural road after his family paid a ransom, police said. Three men, including a former employee of his company, were arrested on Thursday. The amount was not disclosed.",
        "crime",
    ),
    (
        "Machala inmates release six guards after nine-hour standoff",
        "Inmates at the prison in Machala, Ecuador, held six guards hostage for nine hours to protest against the transfer of their leaders to another jail, before negotiators secured the guards' release, the prison service said. No one was hurt. The transfers went ahead on Sunday.",
        "crime",
    ),
    (
        "São Paulo police kill robbery suspect in shootout",
        "A suspect in a series of armed robberies was shot dead by military police in São Paulo's Capão Redondo district on Wednesday after, according to the police report, he fired at officers from a stolen car. A second suspect was arrested. The state police ombudsman opened an inquiry into the shooting.",
        "crime",
    ),
    (
        "Bus driver killed in extortion attack in San Pedro Sula",
        "A bus driver was shot dead at the wheel in San Pedro Sula on Monday, and colleagues said his company had refused to pay the 'war tax' demanded by a gang. Drivers on three routes stayed home the next day. Police said they were looking for two men seen leaving on a motorcycle.",
        "crime",
    ),
    (
        "Salvadoran court convicts 248 gang members in mass trial",
        "A court in San Salvador convicted 248 members of the MS-13 gang of homicide, extortion and illicit association in a single trial, handing down sentences of up to 600 years, the attorney general's office said.",
        "crime",
    ),
    (
        "Eighteen Barrio 18 members escape from Fraijanes II prison",
        "Eighteen members of the Barrio 18 gang escaped from the Fraijanes II maximum-security prison near Guatemala City, the interior ministry said on Sunday, admitting that the escape was discovered days after it happened. The prison director was dismissed.",
        "crime",
    ),
    (
        "Laventille raid: police seize rifles and arrest seven",
        "Police officers raided houses in Laventille, Port of Spain, before dawn on Friday and seized four rifles, two pistols and 300 rounds of ammunition, arresting seven men, the Trinidad and Tobago Police Service said. The raid followed a run of gang-related shootings in the area.",
        "crime",
    ),
    (
        "Jamaica's murders fall by a fifth, police say",
        "Jamaica recorded 1,141 murders last year, 21% fewer than the year before, the Jamaica Constabulary Force said, crediting operations against gangs in St James and Clarendon and the seizure of more illegal guns. The murder rate is still among the highest in the Americas.",
        "crime",
    ),
    (
        "Lima police break up gang that extorted bus companies",
        "Police in Lima arrested 14 members of an extortion gang that sent threats and fired shots at buses of companies that refused to pay, the interior ministry said. Officers seized two pistols, phones and notebooks listing payments.",
        "crime",
    ),
    (
        "Lagos businessman seized from his car; family says ransom demanded",
        "Armed men seized a businessman from his car in Lekki, Lagos, on Tuesday evening and later called his wife to demand a ransom of 100 million naira, his family said. Police said two suspects arrested on Thursday belonged to a gang that had kidnapped two other traders in the state.",
        "crime",
    ),
    (
        "Police and hunters rescue kidnapped lecturer in Ekiti",
        "Police and local hunters rescued a university lecturer who had been kidnapped on a farm road near Ado-Ekiti, and arrested three of his abductors, the Ekiti State police spokesperson said. The suspects had asked his family for five million naira.",
        "crime",
    ),
    (
        "Three killed in Benin City cult reprisals; 22 arrested",
        "Three young men were shot dead in Benin City over the weekend in what police described as reprisal killings between two confraternities, the Eiye and Black Axe cults. Twenty-two suspected members were arrested in raids on their hideouts. The police commissioner said the feud began with a quarrel at a party. Parents of the arrested students gathered outside the station.",
        "crime",
    ),
    (
        "Robbers attack bullion van in Accra's Madina",
        "Armed robbers on motorbikes attacked a bullion van outside a bank in Accra's Madina, shooting a police escort dead and escaping with cash, police said. A nationwide manhunt was launched for the four men. The bank said no customers were hurt.",
        "crime",
    ),
    (
        "Two robbery suspects shot dead by police in Eastleigh",
        "Police shot dead two men they said were part of a gang that robbed motorists at gunpoint in Nairobi's Eastleigh, and recovered a pistol, the National Police Service said. Relatives disputed the account and said the men were unarmed. The Independent Policing Oversight Authority said it would investigate. Rights groups say such shootings are common in the city's eastern districts.",
        "crime",
    ),
    (
        "Former officers sentenced for 2016 murder of Kenyan lawyer",
        "The High Court in Nairobi sentenced three former police officers to death and a police informer to 24 years in prison for the 2016 murder of a human rights lawyer, his client and their taxi driver.",
        "crime",
    ),
    (
        "Court sentences five over 2022 Owo church attack",
        "A Federal High Court in Abuja sentenced five men to death for their role in the 2022 attack on a Catholic church in Owo, in which more than 40 worshippers were killed, after a trial that lasted two years. Defence lawyers said they would appeal.",
        "crime",
    ),
    (
        "Kampala police break up boda-boda theft ring",
        "Police in Kampala arrested 11 people accused of stealing motorcycles from boda-boda riders, sometimes after drugging them, and recovered 36 bikes, a police spokesman said. He urged riders to register their machines. Most of the stolen bikes had been repainted and fitted with new number plates.",
        "crime",
    ),
    (
        "Mumbai police raid mephedrone factory in Palghar",
        "The Mumbai police anti-narcotics cell raided a factory in Palghar district and seized 122 kg of mephedrone, arresting six men including a chemist, officials said. Police said the drug was sold in nightclubs across the city.",
        "crime",
    ),
    (
        "Man shot dead outside Delhi gym; rival gang claims killing",
        "A man with a long criminal record was shot dead outside a gym in west Delhi on Sunday, and a social media post attributed to a rival gang claimed responsibility, police said. Officers were checking CCTV footage of two men on a scooter.",
        "crime",
    ),
    (
        "Dhaka police arrest four after street robbery video",
        "Dhaka police arrested four men after a video showed them robbing a woman at knifepoint in Mohammadpur, the Dhaka Metropolitan Police said. Residents had complained of a rise in street robberies since the summer. The four were remanded in custody for five days.",
        "crime",
    ),
    (
        "Karachi trader shot dead resisting robbery",
        "A cloth trader was shot dead in Karachi's Gulshan-e-Iqbal when he resisted two armed robbers who tried to snatch his bag, police said. It was the 60th such killing in the city this year, according to a citizens' police liaison committee.",
        "crime",
    ),
    (
        "Bulacan police kill drug suspect who 'fought back'",
        "Police in Bulacan shot dead a man they said had drawn a gun during a buy-bust operation for methamphetamine, the provincial police office said. His family said he was unarmed and had been taken from his house. The Commission on Human Rights said it would investigate.",
        "crime",
    ),
    (
        "Appeals court upholds Maguindanao massacre convictions",
        "The Philippine Court of Appeals upheld the murder convictions of members of the Ampatuan clan for the 2009 massacre of 58 people, including 32 journalists, in Maguindanao, rejecting their appeals.",
        "crime",
    ),
    (
        "Bali police arrest three foreigners over villa robbery",
        "Police in Bali arrested three foreign men over the armed robbery of a villa in Badung, where the owner was tied up and cash and watches were taken, a police spokesperson said. Two of them were caught at the airport trying to leave the island.",
        "crime",
    ),
    (
        "Four killed in shooting at Bangkok market, gunman kills himself",
        "A man opened fire on stallholders at a market in Bangkok's Bang Sue district on Monday, killing four people before shooting himself, police said. They said the gunman, a security guard, had argued with a vendor over money and that nothing pointed to a political motive.",
        "crime",
    ),
    (
        "Kyrgyz security service detains alleged crime boss",
        "Kyrgyzstan's State Committee for National Security said it had detained a man it described as the leader of an organised crime group, and seized weapons and cash in searches at his home outside Bishkek. He is accused of extortion and money laundering.",
        "crime",
    ),
    (
        "Clan member shot dead in New Belgrade car park",
        "A man described by police as a member of the Kavač clan was shot dead in a car park in New Belgrade, the latest killing in a gang war between two Montenegrin drug clans that has claimed dozens of lives across Europe. No one was arrested.",
        "crime",
    ),
    (
        "Albanian police destroy cannabis terraces above Lazarat",
        "Albanian police destroyed about 9,000 cannabis plants on terraces above Lazarat and arrested two farmers, the interior ministry said, in a continuing operation against illegal cultivation in the south.",
        "crime",
    ),
    (
        "Two stabbed in Tbilisi bar fight",
        "Two men were stabbed in a fight at a bar in Tbilisi's Vake district early on Saturday and are in hospital in a serious condition, Georgia's interior ministry said. A 27-year-old suspect was detained. Police said the fight began over a spilled drink.",
        "crime",
    ),
    (
        "Judge orders arrest of eight soldiers in Ayotzinapa case",
        "A federal judge ordered the arrest of eight soldiers accused of involvement in the 2014 disappearance of 43 students from the Ayotzinapa teachers' college, the prosecutor's office said. Relatives of the students welcomed the order but said they still wanted to know what happened that night.",
        "crime",
    ),
    (
        "Colombia's peace court sentences ex-soldiers over 'false positives'",
        "Colombia's Special Jurisdiction for Peace handed its first sentences to 12 former soldiers who admitted killing civilians in Catatumbo in 2007 and 2008 and presenting them as guerrillas killed in combat. They must carry out reparation work for up to eight years.",
        "crime",
    ),
    (
        "Dominican customs find rifles in container bound for Haiti",
        "Dominican customs officers found 18 rifles and 12,000 rounds of ammunition hidden in a container bound for Port-au-Prince, and two men were detained, the attorney general's office said. Prosecutors said the guns had been shipped from Florida.",
        "crime",
    ),
    (
        "Cocaine found in banana boxes at Guayaquil port",
        "Anti-narcotics police found 2.7 tonnes of cocaine hidden in boxes of bananas bound for Antwerp at Guayaquil's port, Ecuador's interior minister said. Two port workers were arrested. Police believe the shipment belonged to a local gang working for a European buyer.",
        "crime",
    ),
    (
        "Cap-Haïtien police arrest suspects in money transfer robbery",
        "Police in Cap-Haïtien arrested four people suspected of robbing a money transfer office at gunpoint and recovered part of the cash, the national police said. The northern city has been spared the gang warfare of the capital.",
        "crime",
    ),
]
