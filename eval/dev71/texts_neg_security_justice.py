"""dev71 negatives: the military without violence (exercises, deals, tests, deployments,
conscription) and crime, police encounters, the drug war and court cases about old killings."""

NEGATIVES = [
    (
        "Balikatan drills open with record 16,000 troops, ship-sinking exercise planned",
        "The largest Balikatan exercises yet opened at Camp Aguinaldo on Monday, with about "
        "16,000 Filipino, American, Australian and French troops taking part in three weeks of "
        "drills in Luzon and Palawan. A decommissioned navy ship will be sunk off Zambales in a "
        "maritime strike exercise, and US forces will again deploy missile launchers in northern "
        "Luzon. China's foreign ministry said the drills stoked tension.",
        "military",
    ),
    (
        "First BrahMos missile batteries arrive for Philippine Marines",
        "An Indian Air Force transport plane delivered the first batch of BrahMos supersonic "
        "cruise missile systems to Clark Air Base on Friday, under a deal worth about $375 "
        "million signed two years ago. The shore-based batteries will be operated by the "
        "Philippine Marine Corps' coastal defence regiment. Filipino crews trained in India last "
        "year.",
        "military",
    ),
    (
        "Indonesia signs for first six Rafale jets",
        "Indonesia has signed a contract for the first six of 42 Rafale fighter jets, Defence "
        "Minister Prabowo Subianto said on Thursday, as Jakarta modernises an air force that "
        "still flies ageing Hawk and F-16 aircraft. Dassault Aviation said deliveries would "
        "start in three years. The ministry also signed an agreement to study a purchase of "
        "F-15EX jets.",
        "military",
    ),
    (
        "Pakistan Day parade showcases new missiles, JF-17 flypast",
        "Pakistan's armed forces held the Pakistan Day parade at Shakarparian in Islamabad on "
        "Saturday, with contingents of the army, navy and air force marching past the President. "
        "Ballistic and cruise missiles rolled by on launchers, and JF-17 Thunder and J-10C jets "
        "flew over the parade ground. Contingents from Azerbaijan and Turkey also took part.",
        "military",
    ),
    (
        "DRDO tests Agni-5 with multiple warheads in Mission Divyastra",
        "India successfully flight-tested an Agni-5 missile fitted with multiple independently "
        "targetable re-entry vehicles from Dr APJ Abdul Kalam Island off Odisha on Monday, the "
        "Defence Ministry said. The warheads splashed down in the Bay of Bengal. The Prime "
        "Minister congratulated the scientists on the mission.",
        "military",
    ),
    (
        "Junta activates conscription law; young people queue for passports",
        "Myanmar's military government announced on Saturday that it would enforce the People's "
        "Military Service Law, under which men aged 18 to 35 and women aged 18 to 27 can be "
        "called up for two years. The first intake of 5,000 is due after the Thingyan holiday. "
        "Long queues formed outside the passport office in Mandalay and the Thai embassy in "
        "Yangon as young people sought to leave the country. The military council said the law "
        "was needed to protect the country.",
        "military",
    ),
    (
        "580 CAPF companies for Amarnath Yatra as pilgrims set off from Jammu",
        "The first batch of pilgrims left the Bhagwati Nagar base camp in Jammu for the Amarnath "
        "cave shrine on Friday amid a multi-tier security cover, with about 580 companies of "
        "central armed police deployed along the route. Drones and high-resolution cameras will "
        "monitor the convoys, and radio-frequency tags will track every vehicle. Officials said "
        "the Yatra would run for 38 days. Security was stepped up after intelligence inputs "
        "about terrorist threats to the route.",
        "military",
    ),
    (
        "PNG and Australia sign Pukpuk defence treaty",
        "Papua New Guinea and Australia signed the Pukpuk mutual defence treaty in Canberra on "
        "Monday, committing each to come to the other's aid if attacked. The treaty allows PNG "
        "citizens to serve in the Australian Defence Force and provides for joint bases. The PNG "
        "Prime Minister said the deal would not stop his country from working with other "
        "partners.",
        "military",
    ),
    (
        "Ayungin resupply mission completed under Chinese watch, no incident",
        "A Philippine resupply boat delivered food, water and rotating personnel to the BRP "
        "Sierra Madre at Ayungin Shoal on Saturday, the National Maritime Council said, the "
        "first mission under a provisional arrangement with China. Chinese coast guard vessels "
        "monitored from a distance, and there was no blocking or water cannon use, the council "
        "said.",
        "military",
    ),
    (
        "Vietnam's Spratly island building outpaces China's, think tank says",
        "Vietnam has created more than 950 hectares of new land at its outposts in the Spratly "
        "Islands, the Asia Maritime Transparency Initiative said in a report on Thursday, with "
        "dredging this year alone outpacing the total of previous years. Satellite images show a "
        "new harbour and a runway long enough for military transport aircraft at Barque Canada "
        "Reef. Hanoi said the works were within its sovereignty.",
        "military",
    ),
    (
        "Ampatuan brothers guilty in Maguindanao massacre, ten years on",
        "A Quezon City court on Thursday convicted former Maguindanao governor's sons Datu Andal "
        "Ampatuan Jr and Zaldy Ampatuan of 57 counts of murder and sentenced them to up to 40 "
        "years in prison, a decade after the massacre of a convoy that included 32 journalists. "
        "Dozens of their co-accused were also convicted, while more than 50 were acquitted. "
        "Relatives of the victims wept in the courtroom. The trial took a decade, and nearly 200 "
        "people were charged. Several witnesses died before they could testify. Prosecutors said "
        "they would study an appeal against the acquittals.",
        "crime",
    ),
    (
        "Drug suspect killed after he 'fought back' in Caloocan buy-bust",
        "A suspected drug pusher was killed in a shootout with police during a buy-bust "
        "operation in Barangay 188, Caloocan City, on Tuesday night, the Northern Police "
        "District said. Police said he drew a gun when he realised the buyer was an undercover "
        "officer. Relatives insisted he had no firearm and had surrendered under Oplan Tokhang "
        "last year.",
        "crime",
    ),
    (
        "Duterte flown to The Hague after arrest on ICC warrant",
        "Former President Rodrigo Duterte was arrested at Manila's airport on Tuesday on an "
        "International Criminal Court warrant for crimes against humanity over the killings in "
        "his anti-drug campaign, and put on a plane to the Netherlands hours later. His "
        "supporters gathered outside the air base where he was held. The ICC alleges that "
        "thousands of suspects were killed by police and vigilantes. The Philippines left the "
        "court in 2019, but the ICC says it keeps jurisdiction over crimes committed while the "
        "country was a member.",
        "crime",
    ),
    (
        "Gangster carrying Rs 1 lakh reward killed in encounter in Meerut",
        "A wanted gangster carrying a reward of Rs 1 lakh was killed in an encounter with the "
        "Special Task Force in Meerut early on Monday, the police said. He faced more than 30 "
        "cases of murder, extortion and robbery. Two constables were injured in the exchange of "
        "fire, and a pistol and a carbine were recovered.",
        "crime",
    ),
    (
        "Former police officer kills 36 in attack on Nong Bua Lamphu nursery",
        "A former police officer dismissed over drug charges killed 36 people, 24 of them "
        "children, in a gun and knife attack on a childcare centre in Nong Bua Lamphu province "
        "on Thursday, before killing his wife, his son and himself. Police said he had appeared "
        "in court on a drugs charge that morning. The Prime Minister ordered a review of gun "
        "ownership rules. Police said no political or religious motive had been found.",
        "crime",
    ),
    (
        "Teenager opens fire in Siam Paragon, two killed",
        "A 14-year-old boy opened fire with a modified blank gun inside the Siam Paragon "
        "shopping mall in central Bangkok on Tuesday afternoon, killing two foreign women and "
        "wounding five people, police said. Shoppers fled or hid in stores. Police said he had "
        "been under treatment for mental illness and that there was no sign of any other motive.",
        "crime",
    ),
    (
        "Man shot dead resisting robbery in Karachi's Gulshan-e-Iqbal",
        "A 28-year-old man was shot dead by two armed robbers on a motorcycle when he resisted "
        "their attempt to snatch his mobile phone near Nipa Chowrangi on Sunday night, police "
        "said. He was the 80th person killed in street crime in Karachi this year, according to "
        "the Citizens-Police Liaison Committee. The suspects escaped.",
        "crime",
    ),
    (
        "Police rescue Chinese worker kidnapped for ransom in Parañaque",
        "Anti-kidnapping police rescued a Chinese worker of an offshore gaming firm from a "
        "condominium in Parañaque City on Friday and arrested five suspects, among them two "
        "Chinese nationals, the PNP said. The kidnappers had demanded $50,000 from his family "
        "and sent them videos of him being beaten. Police said the gang targeted POGO workers "
        "who had lost money at the tables.",
        "crime",
    ),
    (
        "Junta says it raided KK Park scam compound, holds hundreds of foreigners",
        "Myanmar's military said on Monday it had raided the KK Park scam compound near Myawaddy "
        "and detained more than 2,000 people, most of them foreign workers, and seized dozens of "
        "Starlink terminals. State media said buildings would be demolished. Hundreds of workers "
        "crossed the border into Mae Sot, where Thai officials are screening them as possible "
        "victims of human trafficking. The compound lies in an area long run by an armed group "
        "allied with the military. Rights groups said dozens of other scam centres along the "
        "border were still operating.",
        "crime",
    ),
    (
        "Police officers jailed over Kanjuruhan tear gas deaths",
        "A court in Surabaya sentenced three police officers to between 16 and 18 months in "
        "prison for their role in the Kanjuruhan stadium disaster, in which 135 people died in a "
        "crush after police fired tear gas into the stands. Two officers had earlier been "
        "acquitted. Families of the victims said the sentences were far too light.",
        "crime",
    ),
    (
        "Tak Bai case lapses as statute of limitations expires",
        "Murder charges over the deaths of 85 Muslim protesters in Narathiwat in 2004 lapsed at "
        "midnight on Friday, when the 20-year statute of limitations expired without any of the "
        "accused appearing in court. Seven of the 14 defendants, among them a former army "
        "commander, could not be found. The Prime Minister apologised to the families. Most of "
        "the victims died of suffocation after being stacked in army trucks.",
        "crime",
    ),
    (
        "Underworld figure shot dead inside Colombo court",
        "A gunman disguised as a lawyer shot dead an underworld figure inside a courtroom at "
        "Hulftsdorp on Wednesday as the suspect was brought in for a hearing, police said. The "
        "weapon had been hidden inside a hollowed-out law book. Police said the killing was part "
        "of a feud between organised crime gangs, and a suspect was arrested later on the "
        "highway. Police ruled out any link to terrorism.",
        "crime",
    ),
    (
        "Punjabi singer shot dead in Mansa; gangster claims killing",
        "A popular Punjabi singer was shot dead in his SUV in Mansa district on Sunday, a day "
        "after his security was reduced, the police said. A Canada-based gangster claimed "
        "responsibility in a social media post, saying it was revenge for the killing of a "
        "member of his gang. The police said it was a case of inter-gang rivalry.",
        "crime",
    ),
    (
        "Raskols hold up PMV bus on Highlands Highway",
        "A gang of armed raskols blocked the Highlands Highway with logs near Kainantu on "
        "Tuesday and robbed passengers of a public motor vehicle of cash and phones, police in "
        "the Eastern Highlands said. The driver was wounded with a bush knife. Police have set "
        "up a roadblock and are searching nearby villages.",
        "crime",
    ),
    (
        "Couple shot dead on jirga orders in viral video; 11 arrested",
        "Police in Balochistan have arrested 11 people after a video showed a man and a woman "
        "being shot dead in the desert near Quetta for marrying against their families' wishes, "
        "on the orders of a tribal jirga. The Chief Minister said the state would be the "
        "complainant in the case. Rights groups said hundreds of such 'honour' killings go "
        "unpunished every year.",
        "crime",
    ),
    (
        "Tribunal sentences Hasina to death in absentia over uprising killings",
        "Bangladesh's International Crimes Tribunal sentenced former Prime Minister Sheikh "
        "Hasina to death in absentia on Monday for crimes against humanity over the crackdown on "
        "last year's student-led uprising. A former home minister was also sentenced to death, "
        "and a former police chief who turned state witness got five years. Hasina, who lives in "
        "India, called the verdict politically motivated.",
        "crime",
    ),
]
