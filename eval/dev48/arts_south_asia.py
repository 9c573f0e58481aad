"""dev48 items: South Asia (Pakistani, Indian, Bangladeshi, Sri Lankan, Nepali and Afghan papers
in English, with ISPR, police and disaster authority statements as they are reproduced)."""

from figset import F

F(
    "Seven soldiers martyred, eight terrorists killed in North Waziristan: ISPR",
    "Security forces killed [[eight terrorists|killed;a=the Inter-Services Public Relations]] in an intelligence-based operation in the Mir Ali area of North Waziristan, while [[seven soldiers|killed;a=the Inter-Services Public Relations]] embraced shahadat during an intense exchange of fire, the Inter-Services Public Relations (ISPR) said on Saturday. According to the ISPR, weapons, ammunition and explosives were also recovered from the terrorists, who remained actively involved in numerous terrorist activities.",
)
F(
    "Monsoon rains claim 64 lives: NDMA",
    "[[At least 64 people|killed;a=the National Disaster Management Authority]] have lost their lives and [[over 1,100 houses|housing;a=the National Disaster Management Authority]] have been damaged in rain-related incidents across the country since {{June 26}}, the National Disaster Management Authority (NDMA) said. In Punjab, {{Rescue 1122}} said its teams had shifted [[1,300 people|displaced;a=Rescue 1122]] from low-lying areas along the Ravi to safer places.",
)
F(
    "Four held for murder of shopkeeper in Korangi",
    "Korangi police have arrested [[four suspects|arrested;a=SSP Korangi Tariq Mahmood;alt=Tariq Mahmood]] in the murder of a {{22-year-old}} shopkeeper who was shot dead during a robbery in Sector {{33-B}}, SSP Korangi Tariq Mahmood said. A case has been registered under {{Section 302}} of the Pakistan Penal Code on the complaint of the victim's father, vide FIR {{213/2024}}.",
)
F(
    "11 militants killed in Jiribam gunfight",
    "[[Eleven suspected militants|killed;a=a senior police officer]] were killed in a gunfight with CRPF personnel after they attacked the Borobekra police station in Manipur's Jiribam district, a senior police officer said. Hours later, [[six women and children|kidnapped;n=women and children]] from a relief camp in the area were found to be missing and are believed to have been abducted by the militants. [[Two CRPF jawans|injured;a=the officer;alt=a senior police officer]] were also injured, the officer added.",
)
F(
    "Wayanad landslides: toll 308, over 200 still missing",
    "The death toll in the Wayanad landslides rose to [[308|killed;a=the district administration]] on Saturday, while [[over 200 people|missing;a=the district administration]] were still missing, the district administration said. [[As many as 9,328 people|displaced;a=Revenue Minister P Suresh;alt=P Suresh]] from [[2,514 families|displaced;a=Revenue Minister P Suresh;alt=P Suresh]] are staying in [[91 relief camps|capacity;a=Revenue Minister P Suresh;alt=P Suresh]], Revenue Minister P Suresh told reporters.",
)
F(
    "Hathras stampede: 121 dead",
    "[[As many as 121 people|killed;a=the district magistrate]], most of them women, died in a stampede at a religious congregation in Hathras, the district magistrate said. Permission had been given for [[80,000 people|capacity;a=police]] but the crowd was far larger, police said, adding that [[28|injured;a=police]] were admitted to hospitals in Etah and Aligarh. The state government announced {{Rs 2 lakh}} for the family of each of the dead.",
)
F(
    "Boat capsizes in Bagmati; 18 children missing",
    "[[Eighteen children|missing;a=the NDRF]] are missing after a boat carrying [[34 people|other;a=the NDRF]], mostly schoolchildren, capsized in the Bagmati river in Muzaffarpur on Thursday morning, the NDRF said. Divers of the {{9th Battalion}} of the NDRF rescued [[12|other]], while [[four bodies|killed]] were recovered by evening.",
)
F(
    "Fire in Rohingya camp guts over 1,000 shelters",
    "[[Over 1,000 shelters|housing;a=the Refugee Relief and Repatriation Commissioner;alt=Md Shamsul Arefin;alt=Shamsul Arefin]] were gutted and [[about 7,000 Rohingyas|displaced;a=the Refugee Relief and Repatriation Commissioner;alt=Md Shamsul Arefin;alt=Shamsul Arefin]] became homeless in a fire at {{Camp 11}} in Ukhiya, the Refugee Relief and Repatriation Commissioner, Md Shamsul Arefin, said. [[Ten units|other;u=other;a=the Fire Service and Civil Defence]] of the Fire Service and Civil Defence worked for {{three hours}} to douse the flames, the Fire Service and Civil Defence said.",
)
F(
    "Sylhet floods: 1.8 million marooned",
    "[[Nearly 1.8 million people|civilians;a=the district administration]] have been marooned in Sylhet as the Surma was flowing {{45cm}} above the danger level on Wednesday, the district administration said. [[Over 20,000 people|displaced;a=the district administration]] have taken shelter in [[650 shelter centres|capacity;a=the district administration]], it added.",
)
F(
    "Quota protests: 32 killed, hundreds injured",
    "[[At least 32 people|killed;a=hospital sources]] were killed and [[hundreds|injured;a=hospital sources]] injured as clashes between protesters, police and ruling party activists spread across the country on Thursday, hospital sources said. Dhaka Medical College Hospital alone received [[over 200 injured people|injured]] by the evening, while mobile internet remained suspended for a {{second}} day.",
)
F(
    "DMC: 34,000 families affected by floods",
    "[[Over 34,000 families|civilians;a=the Disaster Management Centre]] have been affected by floods and landslides in [[seven districts|other;a=the Disaster Management Centre]], the Disaster Management Centre (DMC) said. [[Fourteen deaths|killed;a=the DMC;alt=the Disaster Management Centre]] have been reported and [[12,000 people|displaced;a=the DMC;alt=the Disaster Management Centre]] are staying in [[110 safety centres|capacity;a=the DMC;alt=the Disaster Management Centre]], the DMC said.",
)
F(
    "Navy arrests 22 Indian fishermen off Delft",
    "The Sri Lanka Navy arrested [[22 Indian fishermen|arrested;a=Navy Media Spokesman Captain Chaminda Perera;alt=Chaminda Perera]] and seized [[three trawlers|other;u=other;a=Navy Media Spokesman Captain Chaminda Perera;alt=Chaminda Perera]] for poaching in Sri Lankan waters off Delft island, Navy Media Spokesman Captain Chaminda Perera said. The fishermen were handed over to the Fisheries Inspector in Jaffna for onward legal action.",
)
F(
    "Floods, landslides: 192 dead, 30 missing",
    "[[At least 192 people|killed;a=the Nepal Police]] have died and [[30|missing;a=the Nepal Police]] are missing in floods and landslides triggered by incessant rain since Friday, the Nepal Police said. Police spokesperson Ramesh Thapa Magar said [[over 4,000 people|other;a=Police spokesperson Ramesh Thapa Magar;alt=Ramesh Thapa Magar]] had been rescued by security personnel, including [[162|other;a=Police spokesperson Ramesh Thapa Magar;alt=Ramesh Thapa Magar]] airlifted from stranded vehicles on the Araniko Highway. It was the heaviest rainfall recorded in the Kathmandu Valley since {{2059 BS}}.",
)
F(
    "Two buses swept into Trishuli",
    "[[Two passenger buses|other;u=other;a=the Armed Police Force]] carrying [[at least 65 passengers|other;a=the Armed Police Force]] were swept into the swollen Trishuli river by a landslide at Simaltal on the Narayangadh-Mugling road at around {{3:30am}} on Friday, the Armed Police Force said. [[Three passengers|other;a=officials]] managed to swim to safety, officials said.",
)
F(
    "Herat quake kills over 2,000",
    "[[Over 2,000 people|killed;a=the Taliban's Ministry of Disaster Management]] have been killed and [[1,320 houses|housing;a=the Taliban's Ministry of Disaster Management]] destroyed in the {{magnitude 6.3}} earthquake and its aftershocks in Herat province, the Taliban's Ministry of Disaster Management said. Ministry spokesman Mullah Abdul Qadir Hamdard said [[13 villages|other;a=Ministry spokesman Mullah Abdul Qadir Hamdard;alt=Mullah Abdul Qadir Hamdard;alt=Abdul Qadir Hamdard]] in Zindajan district had been flattened.",
)
F(
    "3,600 families return via Torkham in a day",
    "[[More than 3,600 Afghan families|returned;a=the Refugees and Repatriation Department in Nangarhar]] returned from Pakistan through the Torkham crossing on Sunday, the Refugees and Repatriation Department in Nangarhar said. The department said [[about 1,200 of them|returned;n=-;a=The department;alt=the Refugees and Repatriation Department in Nangarhar]] had been forcibly deported, and that each family was given {{10,000 afghanis}} on arrival.",
)
F(
    "Kurram convoy attack: 42 killed",
    "[[At least 42 people|killed;a=Deputy Commissioner Shahid Ali Khan;alt=Shahid Ali Khan]], including [[six women|killed;a=Deputy Commissioner Shahid Ali Khan;alt=Shahid Ali Khan]], were killed when gunmen opened fire on a passenger convoy travelling from Parachinar to Peshawar, Deputy Commissioner Shahid Ali Khan said. Residents said [[over 100 families|displaced;a=Residents]] had since left Bagan for Hangu and Kohat, and the main road remained closed for the {{third}} week.",
)
F(
    "ISPR: 33 terrorists killed in Jaffar Express rescue",
    "Security forces killed all [[33 terrorists|killed;a=the ISPR]] who had hijacked the Jaffar Express in Bolan and freed [[over 340 passengers|kidnapped;a=the ISPR]], the ISPR said on Wednesday. It said [[21 hostages|killed;a=the ISPR]] had been killed by the terrorists before the operation, and [[four FC personnel|killed;a=the ISPR]] were martyred.",
)
F(
    "31 Maoists neutralised in Bijapur encounter",
    "[[Thirty-one Maoists|killed;a=the Inspector General of Police (Bastar range);alt=Rajesh Kumar Sahu]] were neutralised and [[two jawans|killed;a=the Inspector General of Police (Bastar range);alt=Rajesh Kumar Sahu]] of the District Reserve Guard were killed in an encounter in the forests of Bijapur, the Inspector General of Police (Bastar range), Rajesh Kumar Sahu, said. He said security forces recovered [[three AK-47 rifles|other;v=3;a=the Inspector General of Police (Bastar range);alt=Rajesh Kumar Sahu]] and a large cache of explosives from the spot.",
)
F(
    "Assam floods: 2.4 million affected in 30 districts",
    "[[About 2.4 million people|civilians;a=the Assam State Disaster Management Authority]] have been affected in [[30 districts|other;a=the Assam State Disaster Management Authority]], and [[53,000 people|displaced;a=the Assam State Disaster Management Authority]] are taking shelter in [[612 relief camps|capacity;a=the Assam State Disaster Management Authority]], the Assam State Disaster Management Authority said in its daily flood report. The Brahmaputra was flowing above the danger mark at Neamatighat.",
)
F(
    "Karachi mall fire kills 11",
    "[[At least 11 people|killed;a=Chief Fire Officer Mubeen Ahmed;alt=Mubeen Ahmed]] died when a fire broke out on the {{fourth floor}} of a shopping mall on Rashid Minhas Road, Chief Fire Officer Mubeen Ahmed said. He said [[22 people|other;a=Chief Fire Officer Mubeen Ahmed;alt=Mubeen Ahmed]] were rescued from the roof of the building and [[seven|injured;a=Chief Fire Officer Mubeen Ahmed;alt=Mubeen Ahmed]] were shifted to Jinnah Hospital.",
)
F(
    "Boat carrying Rohingyas sinks in Bay of Bengal",
    "[[About 180 Rohingya refugees|missing;a=the Coast Guard]] remain missing after their boat sank in the Bay of Bengal off Saint Martin's Island, the Coast Guard said on Monday. The wooden trawler, which left Teknaf with [[around 210 people|other;a=Coast Guard spokesman Lieutenant Commander Shahriar Hossain;alt=Shahriar Hossain]] on board, was heading for Malaysia, Coast Guard spokesman Lieutenant Commander Shahriar Hossain said.",
)
F(
    "Dengue: 1,245 new cases in 24 hours",
    "Punjab reported [[1,245 dengue cases|other;a=the Punjab health department]] in the last {{24 hours}}, raising the tally this year to [[over 14,000|other;u=other;a=the Punjab health department]], the Punjab health department said on Friday. [[Over 300 patients|other;a=officials]] are admitted to hospitals in Rawalpindi alone, officials said.",
)
F(
    "Mustafabad building collapse: 11 dead",
    "[[Eleven people|killed;a=the Delhi Fire Services]] were killed and [[11 others|injured;n=-;a=the Delhi Fire Services]] injured when a {{four-storey}} building collapsed in Mustafabad early on Saturday, the Delhi Fire Services said. NDRF personnel pulled out [[22 people|other]] from the debris over {{12 hours}}.",
)
F(
    "Over 45 million children to be vaccinated in polio drive",
    "[[Over 45 million children|aid;p;a=the National Emergency Operations Centre]] under the age of {{five}} will be administered polio drops in a week-long campaign starting Monday, the National Emergency Operations Centre said. [[More than 400,000 polio workers|other;p;a=the centre;alt=the National Emergency Operations Centre]] will take part, and [[over 60,000 police personnel|combatants;p;a=the centre;alt=the National Emergency Operations Centre]] will be deployed for their security, the centre said.",
)
F(
    "Pakistani airstrikes kill 46 in Paktika: Taliban",
    "[[At least 46 people|killed;a=the Taliban administration's spokesman]], most of them women and children, were killed in Pakistani airstrikes on Barmal district of Paktika province, the Taliban administration's spokesman said. Pakistani security officials said the strikes targeted TTP hideouts and killed [[over 20 militants|killed;a=Pakistani security officials]].",
)
F(
    "20 Sri Lankans rescued from Myanmar scam camps return",
    "[[Twenty Sri Lankans|returned;n=Sri Lankans;a=the Foreign Ministry]] who were rescued from cyber scam camps in Myanmar's Myawaddy returned to the island on Tuesday, the Foreign Ministry said. The ministry said [[eight more|returned;p;n=-;a=The ministry;alt=the Foreign Ministry]] were expected to return next week.",
)
F(
    "Kathmandu protests: 19 killed, over 300 injured",
    "[[At least 19 people|killed;a=the Ministry of Home Affairs]] were killed and [[over 300|injured;a=the Ministry of Home Affairs]] injured when police opened fire on protesters outside the Federal Parliament in New Baneshwor, the Ministry of Home Affairs said. The Chief District Officer of Kathmandu imposed a curfew under {{Section 6}} of the Local Administration Act from {{12:30pm}} to {{10pm}}.",
)
F(
    "PDMA sends tents, ration to flood-hit Dadu",
    "[[Up to 800,000 people|civilians;a=the Provincial Disaster Management Authority]] have been affected by floods in Dadu district, the Provincial Disaster Management Authority (PDMA) Sindh said. The PDMA said it had dispatched [[over 1,500 tents|aid;a=The PDMA;alt=the Provincial Disaster Management Authority]] and [[5,000 ration bags|aid;a=The PDMA;alt=the Provincial Disaster Management Authority]] to the district, where [[some 40,000 people|displaced;a=The PDMA;alt=the Provincial Disaster Management Authority]] were living in tent cities along the Indus Highway.",
)
F(
    "Man jailed for 14 years in Lahore terror financing case",
    "An anti-terrorism court in Lahore on Tuesday sentenced a {{28-year-old}} man to {{14 years}} in prison under {{Section 11-N}} of the Anti-Terrorism Act of {{1997}} for collecting funds for a banned organisation. The court also fined him {{Rs 500,000}} and ordered the forfeiture of his property in Gujranwala.",
)
