"""dev315 positives (2/2): court stories that report current armed conflict or political violence."""

POSITIVES = [
    (
        "Port Sudan court sentences men for RSF links as drones strike city's port",
        (
            "A court in Port Sudan sentenced five men to death on Tuesday after convicting them of "
            "collaborating with the Rapid Support Forces, hours after drones struck fuel depots and "
            "a naval base in the city for a third consecutive day. Witnesses said thick black smoke "
            "rose over the southern port, and the army-aligned government said air defences had shot "
            "down several drones. The Red Sea city, which had been spared the fighting until this "
            "month, hosts the government, most UN agencies and thousands of people who fled "
            "Khartoum. The defendants were accused of passing coordinates of army positions to the "
            "paramilitary group, charges their lawyers said rested on confessions made under duress. "
            "Rights lawyers say dozens of people have been tried under the same articles of the "
            "penal code since the war began in April 2023. The RSF did not comment on the strikes "
            "but has previously said it targets military sites. Flights to the city's airport were "
            "suspended until further notice. Aid agencies said they had moved some international "
            "staff out of the city as a precaution. The strikes were the first to reach the coast "
            "since the war began, and the army-led government cut ties with the United Arab "
            "Emirates, which it accuses of supplying the drones. The RSF, which was driven out of "
            "Khartoum earlier this year, controls most of Darfur. Residents said queues at petrol "
            "stations stretched for kilometres as fuel ran short."
        ),
        "E",
        "drone_strike",
    ),
    (
        "Gunmen enforcing sit-at-home order kill four in Enugu as Kanu appears in court",
        (
            "Gunmen enforcing a sit-at-home order in south-east Nigeria shot dead four people and "
            "set fire to vehicles in Enugu state on Monday, as the separatist leader Nnamdi Kanu "
            "appeared before the Federal High Court in Abuja. Police said the attackers, suspected "
            "members of the Indigenous People of Biafra's armed wing, opened fire on traders who had "
            "opened their shops at a market on the outskirts of the city. Two lorries carrying goods "
            "were burned on the Enugu-Onitsha expressway, and a commercial driver was killed at "
            "Ugwuoba, according to a police statement. IPOB denied involvement and said its order "
            "had been suspended on court days. In Abuja, the judge adjourned Kanu's terrorism trial "
            "to next month after a dispute over whether he could meet his lawyers in private. Kanu, "
            "who was arrested in Kenya in 2021 and brought back to Nigeria, denies all the charges. "
            "Businesses across the region have lost billions of naira to weekly shutdowns, which "
            "residents say they obey out of fear."
        ),
        "V",
        "attack",
    ),
    (
        "ISWAP fighters raid Borno base as mass trial of Boko Haram suspects resumes",
        (
            "Jihadist fighters of Islamic State West Africa Province attacked a military base in "
            "Borno state overnight, killing at least seven soldiers, as a new round of mass trials "
            "of suspected Boko Haram members began at a detention centre in Niger state. Security "
            "sources said the attackers arrived in gun trucks at the base in Marte and fought troops "
            "for more than two hours before aircraft arrived. Several soldiers were missing after "
            "the raid, one of the sources said, and the militants carted away weapons. At the Kainji "
            "detention facility, civilian judges sitting in makeshift courtrooms began hearing the "
            "cases of more than 300 suspects, most held for years without charge, the justice "
            "ministry said. Previous rounds have ended with some convictions and hundreds of "
            "releases for lack of evidence. Rights groups have criticised the hearings as rushed and "
            "closed to the public. The army said in a later statement that its troops had repelled "
            'the attack and killed "scores of terrorists".'
        ),
        "B T",
        "attack",
    ),
    (
        "Baghdad court sentences IS members as militants ambush troops near Kirkuk",
        (
            "A court in Baghdad sentenced 11 men to death for membership of the Islamic State group "
            "on Sunday, as militants ambushed an army patrol south of Kirkuk, killing four soldiers "
            "including an officer. The Central Criminal Court convicted the men under the "
            "anti-terrorism law after a trial lasting less than a week, according to a judicial "
            "statement that gave no details of the charges. In the Wadi al-Shay valley, IS fighters "
            "detonated a roadside bomb under a patrol vehicle and then opened fire on the soldiers "
            "who came to help, an army officer told AFP. Security sources said the attackers escaped "
            "into the orchards and caves that the militants have used as a base. Iraqi forces "
            "launched an operation with air support in the area on Monday. Iraqi courts have handed "
            "down hundreds of death sentences to IS suspects since 2017, often on the strength of "
            "confessions. Human Rights Watch has urged the government to review the cases."
        ),
        "B E T M",
        "ambush",
    ),
    (
        "Bangladesh Supreme Court scales back job quotas as curfew death toll passes 150",
        (
            "Bangladesh's Supreme Court on Sunday cut back a quota system for government jobs that "
            "set off weeks of student protests, as soldiers patrolled a capital under curfew and the "
            "death toll from clashes rose above 150. The Appellate Division ordered that 93% of "
            "civil service posts be filled on merit, overturning a High Court ruling that had "
            "restored reservations for the descendants of 1971 war veterans. Protest leaders said "
            "the ruling came too late and demanded justice for students killed when police and "
            "activists of the ruling party's student wing attacked demonstrators. Hospital records "
            "seen by reporters showed most victims had died of gunshot wounds. The government has "
            "shut down mobile and broadband internet for four days and issued shoot-on-sight orders "
            "to troops enforcing the curfew. Hundreds of people have been arrested, among them "
            "opposition leaders. In Dhaka's Jatrabari district, residents reported fresh firing on "
            "Saturday night."
        ),
        "U",
        "crackdown",
    ),
    (
        "Peru judge orders 18 months' detention for Castillo as protest deaths rise",
        (
            "A Peruvian judge ordered on Thursday that former President Pedro Castillo be held in "
            "pre-trial detention for 18 months while he is investigated for rebellion, as protests "
            "demanding his release turned deadly in the southern Andes. Castillo was arrested last "
            "week after he tried to dissolve Congress. In Ayacucho, soldiers fired on demonstrators "
            "who tried to take over the city's airport, and at least seven people were killed, "
            "according to the regional health office. The national ombudsman's office said 16 people "
            "had died across the country since the unrest began, most from gunshot wounds. "
            "Protesters also blocked highways and set fire to a police station in Andahuaylas. The "
            "government declared a 30-day nationwide state of emergency, suspending the right of "
            "assembly. Castillo's lawyer said he would appeal and called the case political. "
            "Tourists were stranded at Machu Picchu after train services were halted."
        ),
        "U",
        "crackdown",
    ),
    (
        "Gunfire erupts at Beirut protest against port blast judge, six killed",
        (
            "Six people were killed and dozens wounded in Beirut on Thursday when gunfire broke out "
            "at a protest by Hezbollah and Amal supporters against the judge leading the "
            "investigation into last year's port explosion. Snipers on rooftops fired at the "
            "protesters as they gathered near the Justice Palace in the Tayouneh area, the two "
            "groups said, and armed men responded with rifles and rocket-propelled grenades for "
            "several hours. The army deployed armoured vehicles and said it had arrested nine "
            "people, including a Syrian. Residents of nearby Ain el-Remmaneh and Chiyah sheltered in "
            "corridors, and schools were evacuated. The Shia parties had accused Judge Tarek Bitar "
            "of bias after he summoned former ministers allied with them. The prime minister called "
            "for calm and declared a day of mourning. It was the worst street violence in the "
            "capital in more than a decade."
        ),
        "B E U",
        "clashes",
    ),
    (
        "Supreme Court hears Manipur petitions as ethnic violence displaces tens of thousands",
        (
            "India's Supreme Court on Monday ordered the Manipur government to ensure the safety of "
            "people in relief camps, as violence between the Meitei and Kuki-Zo communities that "
            "followed a high court order on tribal status entered its second week. Officials in "
            "Imphal said at least 60 people had been killed and more than 35,000 displaced, many "
            "sheltering in army cantonments and relief camps. Mobs burned homes and churches in "
            "several districts, and gunfire was reported overnight in the foothills of Bishnupur and "
            "Churachandpur. The violence began after a march opposing the high court's direction to "
            "consider Meitei demands for Scheduled Tribe status. The chief justice's bench said the "
            'court was "concerned about the humanitarian aspect" and asked for a report on food and '
            "medical supplies in camps. Thousands of army and paramilitary troops have been deployed "
            "and mobile internet remains suspended. The state's high court has since been asked to "
            "revisit its order."
        ),
        "U V D",
        "communal_violence",
    ),
    (
        "Ofer court extends detention as army raid in Jenin kills three",
        (
            "An Israeli military court at Ofer extended the administrative detention of a "
            "Palestinian lawmaker by six months on Tuesday, as troops killed three Palestinians "
            "during a raid in the Jenin refugee camp. The Palestinian health ministry said the three "
            "were shot during clashes that broke out when soldiers and armoured bulldozers entered "
            "the camp before dawn. The Israeli military said its forces had arrested wanted "
            "militants and came under fire and explosive devices, and that a drone had struck a "
            "group of gunmen. Local fighters said they had battled the troops for several hours. At "
            "Ofer, the lawmaker's lawyer said neither he nor his client had been shown the secret "
            "evidence against him. More than 1,000 Palestinians are held under administrative "
            "detention without charge, according to Israeli prison figures. Roads around Jenin were "
            "closed for most of the day."
        ),
        "M B E",
        "raid",
    ),
    (
        "Separatists kill two and abduct judge's aide in Bamenda as Yaounde tribunal jails fighters",
        (
            "Separatist fighters killed two people and kidnapped a court official in Bamenda on "
            "Friday, hours after a military tribunal in Yaounde sentenced seven Anglophone "
            "separatists to life in prison. The gunmen attacked a neighbourhood near the regional "
            "court in the capital of Cameroon's North-West region, exchanging fire with soldiers and "
            "setting fire to a taxi, residents said. Among those abducted was an assistant to a "
            "magistrate, the regional governor said. Separatist groups have been fighting for an "
            "independent state they call Ambazonia since 2017, and have repeatedly targeted schools, "
            "courts and officials they see as symbols of the French-speaking government. In Yaounde, "
            "the tribunal convicted the seven of terrorism and secession over attacks in 2019 and "
            "2020. Lawyers from the English-speaking regions have long objected to civilians being "
            "tried by military courts. Residents of Bamenda said shops stayed closed through the "
            "weekend."
        ),
        "B V",
        "attack",
    ),
    (
        "Insurgents raid Macomia villages as Pemba court tries militant suspects",
        (
            "Islamist insurgents attacked two villages in Mozambique's Macomia district on "
            "Wednesday, beheading at least three people and burning dozens of homes, local sources "
            "said, while a court in Pemba heard the case of 15 suspected militants. Residents of "
            "Mucojo and Quiterajo fled into the bush and towards the district town, according to a "
            "humanitarian worker, who said several hundred families had arrived in two days. The "
            "Islamic State group claimed the raids through its Amaq channel, saying its fighters had "
            'killed "Christians". At the provincial court in Pemba, prosecutors said the defendants '
            "had recruited young men for the insurgency in 2020 and 2021. Defence lawyers said "
            "several of the accused were fishermen picked up in sweeps. The International "
            "Organization for Migration said more than 580,000 people remain displaced in Cabo "
            "Delgado province. Rwandan and Mozambican troops have been deployed in the area since "
            "2021."
        ),
        "T V D",
        "attack",
    ),
    (
        "Houthi court sentences 17 to death for spying as US jets strike Sanaa",
        (
            "A Houthi-run court in Sanaa sentenced 17 people to death on Saturday after convicting "
            "them of spying for the United States, Israel and Saudi Arabia, hours before a new wave "
            "of American air strikes hit the Yemeni capital. The Specialised Criminal Court said the "
            "accused had gathered information on missile sites, according to the group's Saba news "
            "agency; rights groups said they had been held incommunicado for months. Overnight, "
            "explosions shook northern Sanaa and the Houthi stronghold of Saada, and the Houthi "
            "health ministry said at least six people were killed. The US Central Command said it "
            "had struck command centres and weapons storage facilities used to attack ships in the "
            "Red Sea. Houthi officials said the strikes hit a residential area near the airport. The "
            "rebels have fired missiles and drones at shipping and at Israel since the Gaza war "
            "began. The UN envoy called for the death sentences to be reversed."
        ),
        "E M",
        "airstrike",
    ),
    (
        "Tripoli courts shut as armed groups fight for control of the capital",
        (
            "Libya's Supreme Judicial Council suspended all court hearings in Tripoli on Tuesday "
            "after heavy fighting broke out between armed groups in the capital, the council said in "
            "a statement. Clashes erupted overnight following the killing of a powerful militia "
            "commander, and spread from Abu Salim to the Souq al-Juma district, with machine-gun and "
            "artillery fire heard across the city. The health ministry's emergency service said at "
            "least six people had been killed and that it had evacuated families from homes near the "
            "fighting. Judges and court staff were told to stay at home, and prisoners due to appear "
            "in court were not transferred. The UN mission said it was alarmed by the use of heavy "
            "weapons in densely populated areas and urged an immediate ceasefire. The Government of "
            "National Unity said security forces had taken control of several positions held by the "
            "rival group. Mitiga airport closed, and flights were diverted to Misrata."
        ),
        "B D",
        "clashes",
    ),
    (
        "Rostov military court jails Azov fighters as drones hit the region overnight",
        (
            "A Russian military court in Rostov-on-Don sentenced 12 members of Ukraine's Azov "
            "brigade to between 13 and 23 years in a penal colony on Wednesday, after convicting "
            "them of terrorism and attempting to seize power. The defendants, captured during the "
            "siege of Mariupol, stood in a glass cage and several said they had been held as "
            "prisoners of war. Their lawyers said they would appeal. Overnight, Ukrainian drones "
            "struck an oil depot in the Rostov region, setting fire to storage tanks, the regional "
            "governor said, and air defences shot down 20 drones over the area, according to "
            "Russia's defence ministry. Debris damaged several homes in Taganrog, and two people "
            "were injured. Ukraine's foreign ministry said the trial violated the Geneva "
            "Conventions, which protect captured combatants. Kyiv and Moscow have exchanged "
            "thousands of prisoners, but several Azov commanders remain in Russian custody."
        ),
        "E",
        "drone_strike",
    ),
    (
        "Ethiopia charges Amhara MP as army battles Fano militia for Gondar",
        (
            "Federal prosecutors charged an opposition member of parliament with terrorism on "
            "Thursday for alleged links to the Fano militia, as the army fought the militia for "
            "control of towns in the Amhara region. Christian Tadele, detained since the state of "
            "emergency was declared, was brought before the Federal High Court in Addis Ababa, where "
            "his lawyers said he had been denied access to them for weeks. In Gondar, residents "
            "reported heavy gunfire and artillery for a second day as federal troops tried to push "
            "Fano fighters from outlying districts. The Ethiopian Human Rights Commission said it "
            "had received reports of civilians killed in drone strikes and of arbitrary arrests of "
            "young Amhara men. Internet access in the region has been cut since August. The "
            "government accuses Fano of trying to overthrow the regional administration by force. "
            "The court set the next hearing for early December."
        ),
        "B E M",
        "battle",
    ),
    (
        "Bomb outside Narathiwat provincial court wounds seven",
        (
            "A bomb hidden in a motorcycle exploded outside the provincial court in Thailand's "
            "southern Narathiwat province on Monday morning, wounding seven people, including two "
            "police officers and a court employee, police said. The explosion damaged the court's "
            "perimeter fence and shattered windows in nearby shops, and a second device was found "
            "and defused by bomb disposal officers an hour later. Police blamed Malay Muslim "
            "separatist insurgents, who have waged a low-level campaign in the three southernmost "
            "provinces since 2004. The regional army command called the bombing an act of terrorism "
            "aimed at spreading fear. The court had been hearing security cases, including those of "
            "suspected insurgents arrested in recent raids. Talks between the government and the "
            "Barisan Revolusi Nasional have stalled this year. Hearings were moved to a district "
            "court while the building is repaired. More than 7,000 people have been killed in the "
            "conflict, according to the monitoring group Deep South Watch. Provincial officials said "
            "the wounded court employee was a clerk who had stepped out to buy breakfast. Soldiers "
            "set up extra checkpoints on roads into the town and searched parked motorcycles. The "
            "court's chief judge said the court would not be intimidated."
        ),
        "E T",
        "bombing",
    ),
]
