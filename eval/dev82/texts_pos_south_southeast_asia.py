"""eval/dev82: positives: South and Southeast Asia.

POSITIVES = [(title, text, tag codes, kind), ...], as eval/conflictset/__init__.py gives.
"""

POSITIVES = [
    (
        "Pakistan Railways halts Quetta services after Jaffar Express hijacking",
        'Pakistan Railways suspended all passenger trains to and from Quetta on Thursday, two days after separatist militants blew up a section of track and hijacked the Jaffar Express with more than 400 passengers on board in a remote mountain pass in Balochistan. The Balochistan Liberation Army, which Pakistan and the United States list as a terrorist organisation, claimed the attack and said it was holding the passengers hostage to demand the release of Baloch prisoners. The army said it had ended the siege on Wednesday evening after a 30-hour operation in which special forces killed all 33 attackers and freed 346 hostages. Twenty-six hostages were killed, most of them soldiers and police travelling on leave, and several passengers said the militants had separated uniformed men from the others. "They checked our identity cards and took the soldiers outside," said a passenger who reached Quetta on a relief train. Prime Minister Shehbaz Sharif called the hijacking a cowardly act of terrorism. Railway officials said the line would reopen only after the security forces had cleared the area around the Bolan Pass. The Jaffar Express, which runs between Quetta and Peshawar, is used by thousands of people every week, among them soldiers and labourers, and bus fares to Quetta doubled after the suspension, passengers said. Separatist groups in Balochistan have stepped up attacks on soldiers, police and workers from Punjab province over the past year, and the railway line has been bombed several times. "We will not let a handful of terrorists hold the province hostage," the chief minister of Balochistan said. Human rights groups have urged the government to address the grievances of the Baloch, including enforced disappearances, which the state denies. China, which is building projects in the province, condemned the attack.',
        "T V B M",
        "train hijacking",
    ),
    (
        "Maoist landmine kills nine in Chhattisgarh's Bijapur district",
        "Maoist insurgents blew up a vehicle carrying security personnel in Chhattisgarh's Bijapur district on Monday, killing eight members of the state's District Reserve Guard and their civilian driver, police said. The improvised explosive device, estimated at 60 kg, was buried under a dirt road near Ambeli village and left a crater about three metres deep. The men were returning from a three-day operation in the forests of the Abujhmarh area, in which five insurgents had been killed. \"It was a pressure and command-wired device laid long before, under the road surface,\" Inspector General of Police Sundarraj P told reporters. Security forces launched a search operation in the surrounding villages. Union Home Minister Amit Shah said the sacrifice of the soldiers would not go in vain and repeated that the government aims to end the insurgency by March 2026.",
        "E M",
        "IED attack",
    ),
    (
        "Trekking firms report mass cancellations after deadly Nepal protests",
        "Nepal's trekking agencies said on Friday that most bookings for the autumn season had been cancelled or put on hold, after a week of protests in which at least 51 people were killed and Kathmandu's international airport was shut for two days. Police opened fire on young demonstrators who tried to break into the parliament complex on Monday, killing 19 people, most of them students, in the deadliest single day of unrest in the country in decades. The protests, organised mostly on social media and called by their organisers the Gen Z movement, began over a ban on more than 20 platforms and grew into anger at corruption. On Tuesday protesters set fire to the parliament building, the Supreme Court and the homes of several leading politicians, and the prime minister resigned. The army imposed a curfew and took control of the streets. \"October is our whole year, and we have lost it,\" said the owner of a Thamel agency that employs 40 guides and porters. The Nepal Tourism Board said the airport and trekking routes were now operating normally.",
        "U",
        "crackdown",
    ),
    (
        "Pakistan and Afghan forces clash along border, Torkham shut",
        "Pakistani and Afghan Taliban forces fought along several stretches of their border overnight into Sunday, in the heaviest fighting between the two neighbours in years, officials on both sides said. Afghan forces attacked Pakistani border posts in Kurram, Bajaur and Angoor Adda with heavy weapons, saying they were retaliating for Pakistani air strikes on Kabul and the eastern province of Paktika on Thursday. Pakistan's military said 23 of its soldiers had been killed and that it had destroyed 19 Afghan posts and killed more than 200 \"Taliban and affiliated terrorists\", a figure that could not be verified. The Taliban government's spokesman said nine of its fighters had died. The main crossings at Torkham and Chaman were closed, and by Monday hundreds of trucks carrying fruit, coal and cement were stranded on both sides. Qatar and Saudi Arabia urged restraint. Pakistan accuses the Taliban of sheltering the Pakistani Taliban, which has stepped up attacks in the northwest; Kabul denies it.",
        "B E M",
        "border clashes",
    ),
    (
        "Gunmen kill 26 tourists in Kashmir meadow near Pahalgam",
        'Militants opened fire on tourists at a popular meadow near the Kashmir resort town of Pahalgam on Tuesday afternoon, killing 26 people, almost all of them holidaymakers from other Indian states, in the deadliest attack on civilians in the region in more than two decades. Survivors said the gunmen emerged from the pine forest around the Baisaran meadow, which can be reached only on foot or by pony, and asked men their names and religion before shooting them at close range. A little-known group, The Resistance Front, which Indian security agencies say is a front for the Pakistan-based Lashkar-e-Taiba, claimed responsibility. Police called it a terror attack and launched a manhunt in the forests. Prime Minister Narendra Modi cut short a visit to Saudi Arabia and said the attackers would be brought to justice. Hotel owners in Pahalgam and Srinagar said cancellations had begun pouring in on Wednesday morning, at the start of what was expected to be a record tourist season. "In one afternoon they have destroyed what took us ten years to rebuild," said a pony operator who helped carry the wounded down the hill. Pakistan denied any involvement.',
        "T V",
        "militant attack",
    ),
    (
        "Rare earth prices jump after Kachin rebels seize Myanmar mining hub",
        "Prices of dysprosium and terbium oxide rose in China this week after the Kachin Independence Army took control of Myanmar's main rare earth mining area on the Chinese border, traders said. KIA fighters captured the towns of Pangwa and Chipwi after several days of fighting with a militia allied to the military government, which had run the mines for years, the rebel group said on Saturday. The militia's leaders fled towards the border, and the KIA said it had seized weapons and vehicles. Myanmar supplies a large share of the heavy rare earths that Chinese refineries process for magnets used in electric vehicles and wind turbines, and Chinese customs data show imports from the country more than doubled between 2020 and 2023. \"Nobody knows yet whether the trucks will keep moving across the border under new management,\" said an analyst at a Shanghai metals consultancy. The KIA said it would allow mining to continue under its own rules. China has closed several border crossings in the past during fighting in northern Shan state. Prices of terbium oxide were up about 6% on the week.",
        "B",
        "offensive",
    ),
    (
        "Bangladesh says it cannot take more Rohingya after drone attack on families",
        "Bangladesh will not open its border to more Rohingya refugees despite a surge in fighting in neighbouring Rakhine State, the interim government's foreign affairs adviser said on Sunday, two days after a drone attack killed dozens of people waiting to cross the Naf river. Survivors and aid workers said drones dropped explosives on crowds of families gathered on the shore outside Maungdaw on Monday evening, killing at least 150 people, many of them women and children. Videos verified by journalists showed bodies lying in the mud among suitcases. The Arakan Army, which is fighting the military for control of Maungdaw, and the military blamed each other. Médecins Sans Frontières said its teams in Cox's Bazar had treated dozens of Rohingya with blast and gunshot wounds who reached Bangladesh by boat. About 8,000 Rohingya are estimated to have crossed the border in the past two weeks, according to aid agencies. \"We already host more than 1.2 million people and we have reached our limit,\" the adviser told reporters in Dhaka. The UNHCR urged Bangladesh to give protection to those fleeing.",
        "E V D B",
        "drone attack",
    ),
    (
        "Thai-Cambodian border fighting spreads, more than 100,000 evacuated",
        "Fighting between Thailand and Cambodia spread to at least 12 locations along their disputed border on Friday, the second day of the worst clashes between the neighbours in more than a decade, and Thai authorities said more than 100,000 people had been moved from border villages into shelters. The Thai army said Cambodian forces fired heavy artillery and BM-21 rockets into Thai territory, and that a rocket hit a petrol station and a convenience store in Sisaket province on Thursday, killing eight civilians, among them a child. Thailand sent F-16 fighter jets to strike what it called Cambodian military targets. Cambodia's defence ministry said Thai strikes had hit a Buddhist temple and roads in Oddar Meanchey province, killed a civilian and forced about 20,000 people to flee. Each side accused the other of firing first near the ancient Ta Moan Thom temple. Thailand closed all border crossings and the casinos along the frontier shut their doors. The UN Security Council was due to hold an emergency meeting. Malaysia, which chairs ASEAN, offered to mediate.",
        "B E M D",
        "border clashes",
    ),
    (
        "Bomb at Catholic Mass kills four at Mindanao State University",
        'A bomb exploded during a Sunday morning Catholic Mass in a gymnasium at Mindanao State University in Marawi, killing four people and wounding about 50, most of them students, Philippine officials said. The blast tore through the crowd of about 500 worshippers at 7 a.m., as the priest began the service, the regional police said. The Islamic State group claimed responsibility in a statement on its Amaq news agency. The military said the bombing may have been retaliation for an operation on Friday in which troops killed 11 members of the Dawlah Islamiyah-Maute group in Lanao del Sur. President Ferdinand Marcos condemned "the senseless and most heinous acts perpetrated by foreign terrorists". Marawi was devastated in 2017 when IS-linked militants occupied the city for five months, and the university sits on a hill overlooking the area still being rebuilt.',
        "T E V M",
        "bombing",
    ),
    (
        "Rupiah slides as Indonesian protests turn violent",
        'Indonesia\'s rupiah fell more than 1% and the Jakarta Composite Index lost 3% on Monday, as investors reacted to a weekend of rioting in which protesters set fire to regional parliament buildings in several cities and at least three people were killed. The protests began over housing allowances for members of parliament and turned into riots after a police armoured vehicle ran over and killed a motorcycle taxi driver during a demonstration in Jakarta on Thursday. In Makassar, protesters set fire to the regional parliament building on Friday night, and three employees trapped inside died, local officials said. Crowds also looted the homes of several lawmakers and of the finance minister in the capital. Police fired tear gas and water cannon at protesters throwing rocks and petrol bombs, and said more than 1,000 people had been detained. President Prabowo Subianto cancelled a trip to China and announced that the allowances would be revoked. "The market is asking whether the fiscal policy team will survive the weekend," said a Singapore-based economist. Bank Indonesia said it had intervened in the currency and bond markets.',
        "U",
        "riot",
    ),
]
