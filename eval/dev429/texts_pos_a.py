"""dev429 positives, part a: Jammu and Kashmir, the Line of Control, the India-Pakistan strikes of
May 2025, Punjab and the China border, as the Indian national press in English reports them."""

POSITIVES = [
    (
        "Two terrorists killed in Kulgam encounter; soldier injured, search operation on",
        "Two terrorists were killed and an Army soldier was injured in an encounter with security "
        "forces in Jammu and Kashmir's Kulgam district on Saturday, officials said. The gunfight "
        "broke out in the Redwani Payeen area after a joint team of the Army's 9 Rashtriya Rifles, "
        "the CRPF and the J&K Police's Special Operations Group cordoned off a cluster of houses on "
        "specific intelligence about the presence of militants. As the forces closed in, the "
        "hiding terrorists opened fire, triggering a retaliatory action, a police spokesperson "
        "said. The exchange of fire continued intermittently through the night, and the two-storey "
        "house where the militants were holed up was badly damaged. The bodies of the two have been "
        "retrieved along with two AK-series rifles, a pistol and several magazines, the spokesperson "
        "added. The Inspector General of Police, Kashmir, said both were local recruits of The "
        "Resistance Front, a proxy of the Lashkar-e-Taiba, who had joined the outfit last year. The "
        "injured soldier was evacuated to the Army's 92 Base Hospital in Srinagar, where his "
        "condition is stated to be stable. Mobile internet has been snapped in the district as a "
        "precaution and the search operation is still on.",
        "B M",
        "encounter",
    ),
    (
        "Terror attack in Pahalgam: 26 killed as gunmen open fire on tourists at Baisaran meadow",
        "At least 26 people, most of them tourists from other States, were killed and more than a "
        "dozen injured when terrorists opened fire on visitors at the Baisaran meadow near Pahalgam "
        "in south Kashmir on Tuesday afternoon. Officials said three to four gunmen in fatigues "
        "emerged from the pine forest around 2.30 p.m. and fired at groups of tourists who had gone "
        "up to the meadow on ponies. Survivors told reporters the attackers asked men their names "
        "before shooting them at close range. Among the dead are a Navy officer on his honeymoon, "
        "an Intelligence Bureau official, a tourist from Nepal and a local pony operator who tried "
        "to snatch a rifle from one of the attackers. The Resistance Front, an offshoot of the "
        "Lashkar-e-Taiba, claimed responsibility in a message on social media. The injured were "
        "brought down on horseback and taken to the Anantnag Government Medical College. Prime "
        "Minister Narendra Modi cut short his visit to Saudi Arabia, and Union Home Minister Amit "
        "Shah flew to Srinagar on Tuesday evening. “Those behind this heinous act will be brought "
        "to justice,” Mr. Shah said. Hotels in Pahalgam and Gulmarg reported a wave of "
        "cancellations through the night, hoteliers said.",
        "T V",
        "terrorist_attack",
    ),
    (
        "Operation Sindoor: Armed forces strike nine terror sites in Pakistan and PoK",
        "The Indian armed forces struck nine sites in Pakistan and Pakistan-occupied Kashmir in the "
        "early hours of Wednesday, in what the government called a measured response to the "
        "Pahalgam terror attack of April 22. The strikes, codenamed Operation Sindoor, began at "
        "1.05 a.m. and lasted about 25 minutes, the Defence Ministry said in a statement. Among the "
        "targets were the Jaish-e-Mohammed headquarters at Bahawalpur, the Lashkar-e-Taiba's "
        "Markaz Taiba at Muridke near Lahore, and camps in Muzaffarabad and Kotli. Precision "
        "munitions, including SCALP cruise missiles and loitering munitions, were used, officials "
        "said. “Our actions have been focused, measured and non-escalatory in nature,” the "
        "Ministry said, adding that no Pakistani military facilities had been targeted. At a "
        "briefing, Foreign Secretary Vikram Misri was joined by Colonel Sofiya Qureshi and Wing "
        "Commander Vyomika Singh, who showed before-and-after imagery of the sites. Pakistan's "
        "military spokesman said 26 civilians had been killed in the strikes and vowed to retaliate. "
        "Flights to and from several airports in north India were cancelled through the day.",
        "E M",
        "airstrike",
    ),
    (
        "Pakistani shelling kills 12 civilians in Poonch; gurdwara, homes hit, families flee",
        "Twelve civilians, including two children, were killed and at least 50 injured as the "
        "Pakistan Army carried out heavy artillery and mortar shelling on Poonch town and villages "
        "along the Line of Control on Wednesday, officials said. The shells landed on residential "
        "areas, a gurdwara and a madrasa in the heart of the town, and local residents said the "
        "firing appeared aimed at populated localities rather than Army posts. Three Sikh devotees "
        "were among those killed near the Gurdwara Singh Sabha. In Mendhar and Krishna Ghati, "
        "several houses caught fire after direct hits. The Indian Army said it was responding "
        "“in a calibrated manner” to the ceasefire violations. The district administration opened "
        "schools and community halls in Jammu and Rajouri as shelters, and hundreds of families "
        "left Poonch in private vehicles by the evening. “We left with what we could carry,” said "
        "Harbans Kaur, who fled with her grandchildren to a relative's home in Jammu. Doctors at "
        "the Poonch district hospital, overwhelmed by the injured, said they were running short "
        "of blood and had referred critical patients to Jammu.",
        "E V D H",
        "shelling",
    ),
    (
        "Blackout in Jammu, Pathankot as drones, missiles target military stations; air defence intercepts",
        "Pakistan attempted to target military stations at Jammu, Pathankot and Udhampur with "
        "drones and missiles on Thursday night, the Defence Ministry said, adding that all of them "
        "were neutralised by Indian air defence systems. Loud explosions were heard across Jammu "
        "city from around 8.30 p.m., and a complete blackout was enforced as sirens went off. "
        "Residents filmed streaks of light and interceptions over the Jammu airport and the Satwari "
        "area. Blackouts were also ordered in Amritsar, Jalandhar, Ferozepur and parts of "
        "Rajasthan's Barmer and Jaisalmer districts. Debris of a drone fell on the roof of a house "
        "in Jammu's RS Pura, injuring a woman, police said. Heavy shelling was also reported from "
        "Kupwara and Uri along the Line of Control. Chief Minister Omar Abdullah, who was in Jammu, "
        "posted that he could hear the intercepts from his residence and asked people to stay "
        "indoors and away from windows. The Army said it had responded to the ceasefire violations "
        "and that the situation was being closely monitored.",
        "E",
        "drone_attack",
    ),
    (
        "Five civilians, two soldiers killed as Pakistan violates ceasefire in Uri, Gurez",
        "Pakistani troops violated the ceasefire at several places along the Line of Control in "
        "north Kashmir on Friday, killing five civilians and two soldiers and injuring over a "
        "dozen people, Army officials said. The heaviest shelling was in the Uri sector of "
        "Baramulla, where mortar shells struck houses in Kamalkote and Haji Pir villages, killing "
        "a woman and her two-year-old son. A BSF sub-inspector was killed in the Gurez sector while "
        "repelling what the Army called an attempt to push infiltrators across the LoC. An Army "
        "porter died in Keran. The Indian Army retaliated and destroyed several Pakistani bunkers, "
        "fuel dumps and launch pads, an officer said. Villagers in Uri said they spent the day in "
        "community bunkers, while some families moved to relatives' homes in Baramulla. "
        "“The shells kept falling from noon till evening,” said Mohammad Shafi, a shopkeeper in "
        "Salamabad. Officials said schools in the border belt would remain shut on Saturday.",
        "E B D",
        "shelling",
    ),
    (
        "Nine pilgrims killed as terrorists fire on bus in Reasi, vehicle plunges into gorge",
        "Nine people were killed and 33 injured when terrorists opened fire on a bus carrying "
        "pilgrims from the Shiv Khori temple to Katra in Jammu and Kashmir's Reasi district on "
        "Sunday evening, police said. The driver was hit by the first bullets, and the bus rolled "
        "into a deep gorge near Teryath village in the Pouni area, officials said. The attackers "
        "kept firing at the vehicle even after it fell, survivors told the police. Most of the "
        "passengers were from Uttar Pradesh, Rajasthan and Delhi, and the dead include a two-year-old "
        "child. Villagers were the first to reach the gorge and carried the injured up the slope "
        "in the dark. Senior Superintendent of Police Mohita Sharma said the attack was carried out "
        "by two to three terrorists who had been lying in ambush. The Army, the CRPF and the police "
        "have launched a search operation in the forested area. The attack came an hour before the "
        "swearing-in of the new Union Cabinet in Delhi.",
        "T V",
        "terrorist_attack",
    ),
    (
        "Five soldiers killed in terrorist ambush on Army vehicle in Kathua",
        "Five Army soldiers were killed and five others injured when terrorists ambushed an Army "
        "vehicle in the Machedi area of Jammu and Kashmir's Kathua district on Monday afternoon, "
        "officials said. The attackers lobbed a grenade at the truck as it slowed on a steep "
        "kutcha road in the Badnota village area and then opened fire from a hillock, an officer "
        "said. The troops retaliated and the terrorists fled into the dense forest. Three to four "
        "heavily armed terrorists, believed to have infiltrated recently from across the border, "
        "were involved, officials said. The Kashmir Tigers, a shadow group of the Jaish-e-Mohammed, "
        "claimed the attack. The injured were airlifted to the Army's hospital at Pathankot. "
        "Reinforcements, including para commandos, have been rushed to the area, and a massive "
        "search operation is under way with drones and sniffer dogs. It was the second attack on "
        "the Army in the Jammu region in a month. Local residents said they had seen unknown men in "
        "the forest a week earlier and informed the police.",
        "B E T",
        "ambush",
    ),
    (
        "Doctor, six workers killed as terrorists attack tunnel project camp in Ganderbal",
        "Seven people, including a doctor and six workers, were killed when terrorists opened fire "
        "at a construction company's camp for the Z-Morh tunnel project in Gagangir in central "
        "Kashmir's Ganderbal district on Sunday night. Five others were injured and are being "
        "treated at SKIMS in Srinagar, police said. The workers had returned to their camp after "
        "the day's work and were having dinner in the mess when two gunmen entered the compound "
        "and fired indiscriminately, officials said. Among the dead are a doctor from Budgam and "
        "labourers from Punjab and Bihar. The Resistance Front claimed responsibility, though police "
        "said the claim was still being verified. Chief Minister Omar Abdullah called it a "
        "“despicable and cowardly attack on unarmed innocent people”. The Army and the police have "
        "cordoned off the area. Workers at the project site said they were scared and several "
        "wanted to return home.",
        "T V",
        "terrorist_attack",
    ),
    (
        "Pulwama attack: 40 CRPF personnel killed as suicide bomber rams convoy",
        "Forty CRPF personnel were killed and several others injured on Thursday when a Jaish-e-"
        "Mohammed suicide bomber rammed an explosives-laden vehicle into a bus in their convoy on "
        "the Jammu-Srinagar National Highway at Lethpora in Pulwama. The convoy of 78 vehicles was "
        "carrying more than 2,500 personnel, many of them returning from leave, officials said. The "
        "blast, heard several kilometres away, reduced the bus to a mangled heap. The JeM claimed "
        "responsibility and released a video of the bomber, a 22-year-old local from Kakapora. It "
        "is the deadliest attack on security forces in the State in three decades. Officials said "
        "the explosives may have weighed around 300 kg. Prime Minister Narendra Modi said the "
        "“sacrifices of our brave security personnel shall not go in vain”. The highway was closed "
        "to traffic and all leave for personnel in the Valley was cancelled.",
        "T E",
        "suicide_bombing",
    ),
    (
        "IAF jets strike Jaish camp in Balakot; large number of terrorists eliminated, says government",
        "Indian Air Force jets struck a Jaish-e-Mohammed training camp at Balakot in Pakistan's "
        "Khyber Pakhtunkhwa province in the early hours of Tuesday, Foreign Secretary Vijay Gokhale "
        "said, calling it a “non-military pre-emptive action”. Twelve Mirage 2000 aircraft took "
        "part and dropped precision-guided bombs on the camp, sources said. Mr. Gokhale said a very "
        "large number of terrorists, trainers and senior commanders were eliminated, but did not "
        "give a figure. The strike came 12 days after the Pulwama suicide bombing that killed 40 "
        "CRPF personnel. Pakistan's military spokesperson said Indian aircraft had intruded and "
        "released their payload in haste in an open area, causing no casualties. Pakistan's "
        "National Security Committee said it would respond at a time and place of its choosing. "
        "Security was stepped up at airbases in Punjab and Jammu and Kashmir, and the Army was put "
        "on alert along the Line of Control.",
        "E M",
        "airstrike",
    ),
    (
        "Grenade attack near Srinagar's Sunday market leaves 12 injured",
        "Twelve people, most of them shoppers and street vendors, were injured when terrorists "
        "hurled a grenade near the Tourist Reception Centre in Srinagar on Sunday, where the weekly "
        "Sunday market draws thousands of people, police said. The grenade was thrown towards the "
        "crowded stretch of road lined with vendors' stalls, a senior police officer said. Among the "
        "injured are a woman and a teenager; all were shifted to SMHS Hospital, where doctors said "
        "two were in a serious condition. Shopkeepers downed shutters and the market emptied within "
        "minutes as the police and CRPF cordoned off the area. Chief Minister Omar Abdullah said "
        "there could be “no justification for targeting innocent civilians”. The attack came a day "
        "after a top Lashkar commander was killed in an encounter in Khanyar. Police said they had "
        "identified the suspects on CCTV footage and raids were under way.",
        "E T V",
        "grenade_attack",
    ),
    (
        "Four killed as terrorists open fire in Rajouri's Dangri village; manhunt launched",
        "Four civilians were killed and six others injured when terrorists opened fire at three "
        "houses in Upper Dangri village of Rajouri district on Sunday evening, officials said. Two "
        "armed men walked into the village, checked the Aadhaar cards of residents and then fired "
        "at members of the minority community, villagers alleged. The houses are about 50 metres "
        "apart, and the attackers fled towards the forest after the firing. Angry villagers held "
        "a protest on Monday morning, demanding the arrest of the killers and better protection for "
        "the village. Hours later, an improvised explosive device planted near one of the houses "
        "went off, killing a child and injuring five others. The Army and the police have launched "
        "a massive search operation in the Rajouri belt. The Jammu and Kashmir Lieutenant Governor "
        "announced ex gratia of Rs 10 lakh and a government job for the families of the dead.",
        "T V E",
        "terrorist_attack",
    ),
    (
        "20 soldiers killed in clash with Chinese troops in Galwan Valley",
        "Twenty Indian soldiers, including a Commanding Officer, were killed in a violent face-off "
        "with Chinese troops in the Galwan Valley in eastern Ladakh on Monday night, the Army said. "
        "It is the first time in 45 years that soldiers have died in a clash on the India-China "
        "border. The clash took place during a de-escalation process in which both sides had agreed "
        "to pull back, the Army said. Soldiers fought with rocks, clubs wrapped in barbed wire and "
        "fists on a narrow ridge, and several fell into the fast-flowing Galwan river, officials "
        "said. Colonel B. Santosh Babu of the 16 Bihar regiment was among those killed. Seventeen "
        "soldiers who were critically injured died of exposure to sub-zero temperatures at the "
        "site, the Army said. No shots were fired, officials said. There were casualties on both "
        "sides, the Ministry of External Affairs said, though Beijing has not given a number. "
        "The two sides held talks between major generals on Tuesday to defuse the situation.",
        "B",
        "border_clash",
    ),
    (
        "Grenade hurled at police post in Gurdaspur, third attack in a month; DGP blames BKI module",
        "A grenade was hurled at a police post in Punjab's Gurdaspur district late on Tuesday "
        "night, the third such attack on a police establishment in the border district in a "
        "month. No one was injured, but the blast damaged a wall and the windows of the post at "
        "Bakshiwal, police said. Director General of Police Gaurav Yadav said the attack was the "
        "work of a module backed by the Babbar Khalsa International, whose handlers in Pakistan and "
        "abroad were using local youths to target police stations. “These are terror attacks meant "
        "to spread fear, and we will bust every module,” he told reporters in Chandigarh. A social "
        "media post attributed to the BKI claimed responsibility. Police said two suspects on a "
        "motorcycle were seen on CCTV footage near the post shortly before the explosion. Security "
        "has been stepped up at police stations across Amritsar, Gurdaspur and Batala, and "
        "sandbagged sentry posts have come up at several entrances.",
        "E T",
        "grenade_attack",
    ),
    (
        "Jaish hideout busted in Udhampur; soldier killed in gunfight, two terrorists trapped",
        "An Army soldier was killed and two terrorists were believed to be trapped after a fierce "
        "gunfight broke out in the Basantgarh forests of Udhampur district on Thursday, officials "
        "said. The encounter began when a joint team of the Army's White Knight Corps and the Jammu "
        "and Kashmir Police's SOG launched a search operation on a tip-off about a group of Jaish-e-"
        "Mohammed terrorists moving through the area. The terrorists fired on the search party "
        "from a natural cave, and the soldier, a havildar of the Para Special Forces, was hit in "
        "the chest. Additional troops were airlifted to the heights, and drones and helicopters "
        "were deployed to seal the escape routes, an officer said. Two villages near the forest "
        "were asked to keep their livestock indoors. Police said the same group was suspected to "
        "be behind the killing of two village defence guards in Kishtwar last month. The operation "
        "was continuing late into the evening.",
        "B M",
        "encounter",
    ),
]
