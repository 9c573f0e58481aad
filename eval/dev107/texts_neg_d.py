"""dev107 negatives (4): the military without violence, disasters, accidents, other news."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Queues at Thai embassy stretch around the block as junta activates conscription law",
        "Thousands of young people lined up outside the Thai embassy in Yangon from before "
        "dawn on Monday, some having slept on the pavement, two days after the military regime "
        "announced it would enforce the People's Military Service Law for the first time. The "
        "law, drafted in 2010 but never applied, allows the junta to call up men aged 18 to 35 "
        "and women aged 18 to 27 for two years of service, extendable to five in a state of "
        "emergency. Regime spokesman Major General Zaw Min Tun said about 5,000 people would "
        "be called up each month from April, starting with a first batch of 60,000 a year, and "
        "that women would not be conscripted 'for the time being'. Passport offices in Yangon "
        "and Mandalay were overwhelmed, and agents said the price of a job placement in "
        "Thailand had tripled in a week. Many families in Yangon said they were trying to send "
        "their sons to relatives in areas controlled by ethnic armed organisations or to "
        "Thailand. The announcement comes as the regime has struggled to replace troops since "
        "the launch of Operation 1027 last October. Several universities reported that "
        "students had stopped attending classes. The National Unity Government called on young "
        "people not to serve the 'terrorist army'.",
        "military",
    ),
    (
        "A single T-34 and no flypast: Moscow holds scaled-down Victory Day parade",
        "Russia held its Victory Day parade on Red Square on Tuesday with about 8,000 troops, "
        "the smallest number in years, and with a single Second World War-era T-34 tank as the "
        "only armoured vehicle on display. The traditional flypast was cancelled, officially "
        "because of the weather, and more than 20 cities, including Belgorod, Kursk and Pskov, "
        "called off their own parades, citing security. The 'Immortal Regiment' marches, in "
        "which people carry portraits of relatives who fought in the Second World War, were "
        "also cancelled across the country. In an 11-minute speech, Vladimir Putin said that "
        "'a real war has once again been unleashed against our homeland' and that Russia would "
        "defend itself. Among the troops on parade were, for the first time, soldiers who had "
        "fought in the 'special military operation' in Ukraine. The leaders of Kazakhstan, "
        "Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan, Belarus and Armenia attended after "
        "a last-minute invitation from the Kremlin. Meduza's sources in the presidential "
        "administration said the scale had been reduced so as not to leave the capital's air "
        "defences short of equipment. After the parade, Putin laid flowers at the Tomb of the "
        "Unknown Soldier.",
        "military",
    ),
    (
        "Mali receives Turkish Akinci drones at Bamako air base ceremony",
        "Mali's armed forces received a new batch of Turkish-made combat drones on Monday, "
        "including Bayraktar Akinci aircraft, at a ceremony at air base 101 in Bamako attended "
        "by the head of the transition, General Assimi Goïta, and Defence Minister Sadio "
        "Camara. The ministry did not say how many aircraft had been delivered or at what "
        "cost. 'These acquisitions strengthen the operational capacity of our air force in the "
        "fight against terrorism,' Camara said, in a speech broadcast on the state broadcaster "
        "ORTM. Mali has bought Bayraktar TB2 drones, Chinese and Russian helicopters and L-39 "
        "jets since the military took power in 2020, and has been turning to Turkey and Russia "
        "after the withdrawal of French forces. Analysts say the drones have become central to "
        "the army's campaign in the north and centre, and human rights organisations have "
        "called for transparency about their use. Neighbouring Burkina Faso and Niger, with "
        "which Mali has formed the Alliance of Sahel States, have also bought Turkish drones.",
        "military",
    ),
    (
        "Rada passes mobilisation law after months of debate, drops demobilisation clause",
        "Ukraine's parliament passed a long-delayed law on mobilisation on Thursday with 283 "
        "votes, after more than 4,000 amendments and months of debate, tightening the rules "
        "for registering with the military and creating an electronic database of those liable "
        "for service. The law requires men aged 18 to 60 to update their data with enlistment "
        "offices within 60 days, including through a new mobile application, and allows the "
        "authorities to restrict the driving licences of those who evade the call-up. A clause "
        "that would have allowed soldiers to be demobilised after 36 months of service was "
        "removed at the request of the General Staff, which said it would prepare a separate "
        "bill. The change angered relatives of soldiers who have been at the front since "
        "February 2022, who gathered outside parliament with placards. The law comes a week "
        "after President Volodymyr Zelensky signed another law lowering the minimum age for "
        "mobilisation from 27 to 25. Army commander Oleksandr Syrskyi has said Ukraine needs "
        "fewer new recruits than the 500,000 his predecessor mentioned. The law will come into "
        "force one month after it is signed.",
        "military",
    ),
    (
        "Arba'at dam collapse sweeps away villages north of Port Sudan",
        "The Arba'at dam, about 40 kilometres north of Port Sudan, collapsed on Sunday after "
        "days of torrential rain, sweeping away villages in the valley below and killing at "
        "least 30 people, the authorities in Red Sea state said. Hundreds of people were "
        "missing, and local officials said the toll was likely to rise as rescue teams reached "
        "areas cut off by the water. The UN humanitarian office said about 50,000 people lived "
        "in the affected area, and that around 20 villages had been completely or partly "
        "destroyed. The dam supplied most of Port Sudan's drinking water, and the city's water "
        "authority warned of shortages. Port Sudan has become the seat of the army-aligned "
        "government and a refuge for hundreds of thousands of people since the war began in "
        "April last year, putting water and housing under pressure. Rescuers used boats and a "
        "few army trucks to reach stranded families, and residents said help was slow to "
        "arrive. The Sudanese Red Crescent appealed for tents, food and medicine. Heavy rain "
        "has also caused flooding in the Nile, Kassala and Gedaref states this month.",
        "disaster",
    ),
    (
        "First UN aid convoy crosses Bab al-Hawa into quake-hit northwest Syria",
        "Six trucks carrying tents, blankets and hygiene kits crossed from Turkey into "
        "northwest Syria through the Bab al-Hawa border crossing on Thursday, the first United "
        "Nations aid to reach the opposition-held region since Monday's earthquake, Enab "
        "Baladi's correspondent reported. The convoy had been planned before the quake and "
        "carried no heavy machinery or search equipment, which rescuers in Idlib and the "
        "countryside of Aleppo have been asking for since the first hours. The Syrian Civil "
        "Defence, known as the White Helmets, said it had recovered more than 1,900 bodies in "
        "the region and that hundreds of buildings had collapsed in Jindires, Harem, Salqin "
        "and Atarib. 'We are digging with our hands, and every hour we lose lives,' said a "
        "volunteer in Jindires. Families camped in olive groves and on roads, afraid to go "
        "back into buildings that were still standing. Hospitals run by the Syrian American "
        "Medical Society said they were overwhelmed with crush injuries and running out of "
        "anaesthetics. The government in Damascus, which wants all aid to go through its "
        "territory, said it was ready to let aid reach 'all Syrians'. The UN's aid chief "
        "Martin Griffiths acknowledged that the organisation had 'failed the people of "
        "northwest Syria'. Bab al-Hawa is the only crossing authorised by the Security Council "
        "for cross-border aid, and the road leading to it was damaged by the quake. About 4.1 "
        "million people in the region already depended on aid after 12 years of war, many of "
        "them displaced from other parts of Syria and living in tents and unfinished "
        "buildings.",
        "disaster",
    ),
    (
        "Yagi floods cut off Naypyitaw roads as regime appeals for foreign aid",
        "Floods brought by Typhoon Yagi have killed at least 226 people across Myanmar, and 77 "
        "are still missing, the military regime said on Tuesday, as it made a rare appeal to "
        "foreign governments for help. Large parts of Naypyitaw, the Mandalay, Bago and Magway "
        "regions and southern Shan State were under water, and the regime said more than "
        "630,000 people had been affected and some 160,000 homes damaged. In Taungoo, "
        "residents said water rose to the second floor of houses in less than an hour. The "
        "junta chief, Min Aung Hlaing, said in a speech that 'government officials need to "
        "contact foreign countries to receive rescue and relief aid'. Aid groups said help was "
        "slow to reach villages in areas controlled by resistance forces and ethnic armed "
        "organisations, and the National Unity Government called on the regime to allow aid "
        "into all affected areas. The floods have destroyed hundreds of thousands of acres of "
        "paddy fields just before the harvest, and rice prices in Yangon rose by a fifth in a "
        "week. India sent a navy ship with relief supplies to Yangon, and Thailand offered "
        "assistance through the ASEAN humanitarian centre. The meteorological department "
        "warned of more heavy rain in the coming days.",
        "disaster",
    ),
    (
        "Quake toll passes 2,200 in southern Haiti as Grace brings rain to the ruins",
        "The death toll from Saturday's 7.2-magnitude earthquake in southern Haiti rose to "
        "2,207 on Wednesday, the Civil Protection Agency said, and more than 12,000 people "
        "were injured and about 130,000 homes damaged or destroyed. Tropical Storm Grace "
        "brought heavy rain overnight to the Sud, Nippes and Grand'Anse departments, flooding "
        "the makeshift camps where thousands of families have been sleeping since the quake. "
        "In Les Cayes, the general hospital was treating patients in its courtyard, and "
        "doctors said they were running out of antibiotics and plaster. Aid convoys from "
        "Port-au-Prince must use the national road through Martissant, which armed gangs have "
        "controlled since June, and a coalition of gang leaders announced on Tuesday that it "
        "would let humanitarian trucks pass. The UN said it had sent trucks through the area "
        "without incident, while other supplies were flown in by helicopter. 'We have nothing "
        "left, not even a sheet to sleep under,' said a mother of four in the Camp-Perrin "
        "area. Prime Minister Ariel Henry declared a state of emergency for one month. The "
        "quake struck 11 years after the 2010 disaster, which killed more than 200,000 people "
        "around the capital.",
        "disaster",
    ),
    (
        "Fuel tanker explosion in Cap-Haïtien kills more than 60",
        "More than 60 people were killed and dozens badly burned in Cap-Haïtien early on "
        "Tuesday when a fuel tanker exploded after overturning in the Samari neighbourhood, as "
        "residents gathered to collect gasoline leaking from it, the city's deputy mayor, "
        "Patrick Almonor, said. The driver had swerved to avoid a motorcycle taxi and lost "
        "control of the vehicle, witnesses told The Haiti Times. Dozens of people rushed to "
        "the scene with buckets and jerrycans before the tanker caught fire, and the flames "
        "spread to about 20 nearby houses. The Justinien University Hospital was overwhelmed "
        "with patients with severe burns, and doctors said many would need to be flown abroad. "
        "Prime Minister Ariel Henry declared three days of national mourning and travelled to "
        "the city. Fuel has been scarce across Haiti for months, as gangs have blocked access "
        "to the main fuel terminals in Port-au-Prince and sold gasoline on the black market at "
        "several times the official price.",
        "accident",
    ),
    (
        "Helicopter crash near Brovary kindergarten kills interior minister and 13 others",
        "Ukraine's Interior Minister Denys Monastyrskyi, his first deputy Yevhen Yenin and the "
        "ministry's state secretary were among 14 people killed when a State Emergency Service "
        "helicopter crashed near a kindergarten in Brovary, outside Kyiv, on Wednesday "
        "morning, the National Police said. A child on the ground was among the dead, and 25 "
        "people, including 11 children, were injured. The Super Puma helicopter came down in "
        "thick fog, hitting the kindergarten building and a residential block and bursting "
        "into flames as parents were dropping off their children. Witnesses said they saw the "
        "helicopter circling low before it fell. The Security Service of Ukraine said it was "
        "examining several possible causes, including a technical fault, a breach of flight "
        "rules and deliberate sabotage. There was no indication of any Russian attack in the "
        "area at the time, officials said. President Volodymyr Zelensky called the crash 'a "
        "terrible tragedy' and ordered an investigation. Monastyrskyi, 42, had been interior "
        "minister since July 2021 and oversaw the police and the rescue services during the "
        "war. He was the most senior Ukrainian official to die since the full-scale invasion.",
        "accident",
    ),
    (
        "Ukraine's 29th Antarctic expedition reaches Vernadsky station",
        "The 29th Ukrainian Antarctic expedition arrived at the Akademik Vernadsky research "
        "station on Galindez Island on Saturday, relieving a team that had spent more than a "
        "year on the ice, the National Antarctic Scientific Centre said. The 13 members of the "
        "new team include meteorologists, geophysicists, a biologist studying the penguin "
        "colonies of the Argentine Islands and a doctor. Three of them served in Ukraine's "
        "armed forces before joining the expedition, the centre said. The crew sailed from "
        "Cape Town aboard the research vessel Noosfera, which Ukraine bought from the British "
        "Antarctic Survey in 2021. Despite the war, Ukraine has not missed a single rotation, "
        "and data from the station's ozone measurements, collected without a break since the "
        "1950s under British and then Ukrainian operation, are used by climate scientists "
        "worldwide. The station's power generators and heating were upgraded last year with "
        "funding from the European Union. Centre director Yevhen Dykyi said the expedition "
        "would also continue research on the retreat of local glaciers. The previous team is "
        "expected back in Kyiv in May.",
        "other",
    ),
    (
        "Sudan holds delayed secondary school exams in 'safe states' and abroad",
        "More than 340,000 students began sitting the Sudanese secondary school certificate "
        "exams on Saturday, more than a year late, in exam centres in states under the control "
        "of the army and in Egypt, Chad, Saudi Arabia and Uganda, the Ministry of Education "
        "said. The exams, originally scheduled for 2023, were postponed after the war broke "
        "out between the army and the Rapid Support Forces in April that year. Students in "
        "Darfur, Kordofan and other areas controlled by the RSF could not take part, and the "
        "RSF called the exams 'a division of the country'. Many candidates sat the papers in "
        "cities where their families have taken refuge, including Kassala, Atbara, Port Sudan "
        "and Dongola, the ministry said. In Cairo, about 25,000 Sudanese students took the "
        "exams at centres run by the embassy. 'I studied in a shelter school with 40 other "
        "families, without books for months,' said a student in Kassala. The ministry printed "
        "the exam papers in Port Sudan and flew them to centres abroad under the supervision "
        "of the embassies. In Northern state, some centres ran on generators because of power "
        "cuts. Officials called the exams, the first national ones since the war began, 'a "
        "victory for education'. The results are due in late November, and universities have "
        "said they will hold a special admission cycle. Teachers, who have gone unpaid for "
        "long periods, supervised the exams in return for a small allowance.",
        "other",
    ),
    (
        "Irpin's 'Giraffe' comes back to life as the city rebuilds, block by block",
        "Three years after the battles of the spring of 2022 left its façades black with soot, "
        "the 'Giraffe' residential complex in Irpin has its windows back, and 180 families "
        "have moved back into their flats, the city council said on Wednesday. Irpin, a "
        "commuter town on the western edge of Kyiv, was one of the most heavily damaged places "
        "in the Kyiv region during the Russian advance on the capital. About 70% of the "
        "damaged buildings have now been repaired, Mayor Oleksandr Markushyn said, with money "
        "from the state's eVidnovlennia compensation programme, international donors and "
        "private companies. The new bridge over the Irpin river, which replaces the one "
        "Ukrainian forces blew up to slow the Russian columns, opened to traffic last autumn. "
        "'When I look at the building now, I still see the fire, but my children only see a "
        "new home,' said Olena, a resident of the complex. Officials said the biggest "
        "remaining challenge was the schools and the central hospital, for which tenders will "
        "be announced this year. The city has also opened a memorial park on the site of the "
        "destroyed bridge.",
        "other",
    ),
]
