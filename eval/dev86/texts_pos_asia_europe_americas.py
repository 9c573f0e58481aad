"""eval/dev86: Positives set in Asia, Europe and the Americas.

(title, text, tag codes, kind); the comment above each item names the sentence (s1 = the
first sentence of the text) that reports the current violent event.
"""

POSITIVES = [
    # current: s1: Russian artillery fire on Wednesday landing near the exhumation site, wounding a police officer and a driver (s7: the governor's count of the past day's shelling, two killed)
    (
        "Shelling halts exhumation of civilians buried in gardens of Kherson villages",
        "KHERSON, Ukraine (AP) - Ukrainian investigators were forced to stop "
        "exhuming bodies in the village of Kyselivka on Wednesday after Russian "
        "artillery fire from across the Dnipro river landed within a few hundred "
        "metres of the site, wounding a police officer and a driver. The team had "
        "been recovering the remains of civilians who were buried in gardens and "
        "yards during the eight months of Russian occupation that ended last "
        "November, when relatives could not reach the cemetery. Regional prosecutors "
        "say 43 bodies have been exhumed in the district so far, some with hands "
        "tied and gunshot wounds to the head, and that the findings will be "
        "submitted to war crimes investigators. Oleksandr, a forensic technician who "
        "declined to give his surname, said the team had worked for two weeks in "
        'flak jackets. "We hear the outgoing fire, then we wait for the incoming," '
        "he said. The regional governor said Russian forces fired on the Kherson "
        "region 87 times over the past day, killing two people in the city of "
        "Kherson and damaging a hospital. Work at the site is due to resume once "
        "police judge it safe. Kyselivka, like dozens of villages west of the river, "
        "lies within range of Russian guns on the opposite bank.",
        "E",
        "shelling",
    ),
    # current: s4: a military jet bombing a middle school in Oe Htein Kwin "hours before the report's release", 20 children and two teachers killed
    (
        "Amnesty says Myanmar junta's air strikes on schools and clinics are war crimes",
        "Myanmar's military has carried out a pattern of unlawful air strikes on "
        "schools, clinics and monasteries since the 2021 coup that amount to war "
        "crimes, Amnesty International said in a report published on Thursday. The "
        "group said it had verified 16 strikes between February 2024 and January "
        "2025 that killed at least 96 civilians, and traced bomb fragments in "
        "several of them to aircraft supplied from abroad. It urged governments to "
        "halt sales of aviation fuel to the junta, whose air force has grown more "
        "important as it lost ground to resistance forces. Hours before the report's "
        "release, a military jet bombed a middle school in Oe Htein Kwin village in "
        "the Sagaing region, killing at least 20 children and two teachers, "
        "according to the local administration of the opposition National Unity "
        "Government. Residents said the plane dropped two bombs while classes were "
        "in session and that most of the victims were aged between seven and 10. The "
        "junta's spokesman denied targeting civilians and said the military had "
        'struck "a gathering of terrorists" in the area. Amnesty\'s regional '
        'researcher said the attack showed "exactly the pattern we documented".',
        "E V",
        "air strike on a school",
    ),
    # current: s5: Monday's gunfight near Borobekra in which 11 armed men were killed (s6 a family abducted from a relief camp and houses burned, s7 hundreds fleeing)
    (
        "Manipur inquiry panel gets another extension as violence returns to Jiribam",
        "IMPHAL (Reuters) - India's home ministry has again extended the deadline of "
        "the commission investigating the ethnic violence that broke out in Manipur "
        "in May 2023, giving the three-member panel until next year to submit its "
        "report. The commission, headed by a retired chief justice, has received "
        "more than 10,000 affidavits about the clashes between the majority Meitei "
        "community and the mostly Christian Kuki-Zo, in which at least 250 people "
        "have been killed and about 60,000 displaced. Relatives of the dead have "
        "accused the authorities of delay. The announcement coincided with a fresh "
        "outbreak in Jiribam district on the border with Assam. Police said "
        "suspected Kuki militants and security forces exchanged fire for several "
        "hours on Monday near the village of Borobekra, where a police station had "
        "come under attack, and that 11 armed men were killed. Later that day six "
        "members of a Meitei family, including three children, were abducted from a "
        "relief camp in the area, and several houses in a nearby village were set on "
        "fire. Hundreds of residents left for relief camps in Jiribam town, a "
        "district official said. The state government asked for additional companies "
        "of central armed police and imposed a curfew.",
        "B V D",
        "gunfight and abductions",
    ),
    # current: s4: Wednesday's dissident attack on the Jamundí police station with rifles and drone-dropped explosives (s5 a motorcycle bomb in Suárez, s6 troops sent in pursuit)
    (
        "Colombia's peace tribunal suspends hearing in Cauca after dissident attacks",
        "BOGOTÁ (AFP) - Colombia's Special Jurisdiction for Peace postponed a public "
        "hearing on Thursday in which former FARC commanders were to acknowledge "
        "their responsibility for forced recruitment of children in the department "
        "of Cauca, after a wave of attacks in the region made the trip unsafe for "
        "victims and judges. The tribunal, created under the 2016 peace accord, had "
        "planned to hear testimony from more than 200 people who were recruited as "
        "minors in the 1990s and 2000s. Its president said the hearing would be "
        "moved to Bogotá and held next month. On Wednesday, fighters of a dissident "
        "faction that rejected the peace deal attacked the police station in "
        "Jamundí, south of Cali, with rifles and explosives dropped from drones, "
        "wounding three officers and a 12-year-old girl, the police said. The same "
        "group set off a motorcycle bomb in the town of Suárez an hour later, "
        "damaging houses near the main square. Defence Minister Pedro Sánchez said "
        "1,500 additional troops had been sent to the area and that the army was "
        "pursuing the attackers. Cauca has seen more violence than any other part of "
        "Colombia since the dissident groups broke off talks with the government "
        "last year. Victims' groups said they understood the decision but feared "
        "that the tribunal's work was again falling behind the war.",
        "B E M",
        "dissident attack",
    ),
    # current: s3: Tuesday's Russian drone strike on a demining team's vehicle near Borova, two deminers killed
    (
        "Russian drone kills two deminers clearing farmland in Kharkiv region",
        "Ukraine has cleared about 37,000 square kilometres of land of mines and "
        "unexploded shells since Russia's full-scale invasion, the economy ministry "
        "said this month, and has begun paying farmers to have their fields surveyed "
        "by private companies. For the teams doing the work, the danger is not only "
        "in the soil. On Tuesday, a Russian drone struck a vehicle carrying a team "
        "from a humanitarian demining organisation near the village of Borova in the "
        "Kharkiv region, killing two deminers and wounding a third, the regional "
        "governor said. The team was marking a field about 20 kilometres from the "
        "front line, in an area that the organisation said had been agreed with the "
        'military as safe to work in. "They were wearing clearly marked vests, and '
        "the car carried the organisation's logo,\" a colleague said. The governor "
        "called the attack a deliberate strike on civilians doing humanitarian work. "
        "The International Committee of the Red Cross says Ukraine is now one of the "
        "most heavily mined countries in the world, and the government estimates "
        "that clearing the land could take decades. Demining groups said they would "
        "suspend operations in the district while they reviewed security.",
        "E V",
        "drone strike on deminers",
    ),
    # current: s7: Russian missiles hitting Lviv early on Wednesday, seven killed (s8 patients in the shelter, s9 the damage)
    (
        "Lviv's rehabilitation centres fill with veterans learning to live with prosthetics",
        "LVIV, Ukraine (Reuters) - In a converted hospital wing in Lviv, Serhiy, a "
        "41-year-old former infantryman who lost both legs to a mine near Bakhmut, "
        "practises climbing stairs on his new prosthetics, watched by a "
        "physiotherapist. Ukraine's health ministry says tens of thousands of "
        "soldiers and civilians have undergone amputations since the full-scale "
        "invasion, and centres in the western city, far from the front, have become "
        "the country's hub for rehabilitation. The government pays for devices and "
        "treatment, but doctors say there are not enough prosthetists and "
        "psychologists to meet demand. Veterans also struggle with finding work and "
        'with the invisible wounds of the war. "The body heals faster than the '
        'head," Serhiy said. Lviv itself is not beyond reach. Early on Wednesday, '
        "Russian missiles hit the city's historic centre and a residential area, "
        "killing seven people, including three children, and injuring more than 50, "
        "the mayor said. Patients at one rehabilitation centre spent two hours in "
        "the basement shelter as the air-raid alert sounded. The strike destroyed a "
        "building near the railway station and damaged schools and a hospital.",
        "E",
        "missile strike",
    ),
    # current: s5: crude bombs thrown and buses set on fire overnight, police firing tear gas at Awami League supporters on the day of the ruling (s6: 50 injured in clashes)
    (
        "Bangladesh tribunal sentences Sheikh Hasina to death in absentia over 2024 crackdown",
        "DHAKA, Nov 17 (Reuters) - A Bangladeshi court sentenced former prime "
        "minister Sheikh Hasina to death in absentia on Monday after finding her "
        "guilty of crimes against humanity over the deadly crackdown on the "
        "student-led uprising that toppled her government last year. The "
        "International Crimes Tribunal in Dhaka said Hasina had ordered security "
        "forces to use lethal force against protesters in July and August 2024, "
        "when, according to a UN human rights office estimate, up to 1,400 people "
        'were killed. Hasina, who fled to India, called the verdict "biased and '
        'politically motivated". The capital was tense on the day of the ruling. '
        "Police said crude bombs were thrown at several intersections and two buses "
        "were set on fire overnight in Dhaka, and that officers fired tear gas and "
        "sound grenades to disperse supporters of her Awami League party who tried "
        "to block a highway near Dhanmondi, where protesters also attacked her "
        "family home. At least 50 people were injured in clashes across the country, "
        "according to local media. Thousands of soldiers and border guards had been "
        "deployed, and the interior ministry said security forces had been ordered "
        "to shoot anyone attempting arson or bomb attacks. The interim government "
        "said it would ask India to extradite her.",
        "U E",
        "unrest and crude bombings",
    ),
    # current: s6: the Arakan Army overrunning a battalion headquarters in Gwa on Tuesday and the air force bombing villages near Kyaukphyu (s7 hundreds of Rohingya fleeing)
    (
        "ICC prosecutor seeks arrest warrant for Myanmar junta chief over Rohingya persecution",
        "THE HAGUE (AFP) - The International Criminal Court's prosecutor on "
        "Wednesday asked judges to issue an arrest warrant for Myanmar's military "
        "ruler, Senior General Min Aung Hlaing, for crimes against humanity in the "
        "deportation and persecution of the Rohingya in 2016 and 2017. Karim Khan "
        "said his office had gathered evidence that the general bore criminal "
        "responsibility for the campaign that drove more than 700,000 Rohingya into "
        "Bangladesh. Myanmar is not a member of the court, but judges ruled in 2019 "
        "that it had jurisdiction because part of the crime, deportation, was "
        "completed in Bangladesh, which is. The junta said it did not recognise the "
        "court. The request came as fighting engulfed Rakhine state again. The "
        "Arakan Army, an ethnic armed group that controls most of the state, said on "
        "Tuesday that its fighters had overrun a military battalion headquarters in "
        "Gwa township after weeks of clashes, while residents said the air force "
        "bombed villages near Kyaukphyu. Rohingya community groups said hundreds of "
        "Rohingya had fled towards the coast. Khan said he intended to file further "
        "applications relating to Myanmar soon.",
        "B E D",
        "rebel offensive and air strikes",
    ),
    # current: s5: the Viv Ansanm attack on Mirebalais on Monday, the prison freed and the police station burned (s6 bodies in the streets, s7 thousands fleeing)
    (
        "UN report says more than 1,600 people killed in Haiti in three months",
        "PORT-AU-PRINCE (AP) - At least 1,617 people were killed and 580 injured in "
        "gang-related violence in Haiti between January and March, the UN office in "
        "the country said in its quarterly report on Wednesday, with police "
        "operations accounting for almost two thirds of the deaths. The report also "
        "documented killings by self-defence groups and lynchings of suspected gang "
        "members, and it said sexual violence was being used by gangs to terrorise "
        "neighbourhoods under their control. The UN's human rights chief called on "
        "authorities to ensure that operations complied with international law. Its "
        "publication came days after one of the most brazen gang offensives outside "
        "the capital. Armed men from the Viv Ansanm coalition attacked the central "
        "town of Mirebalais on Monday, freeing more than 500 inmates from its prison "
        "and setting fire to the police station, local officials said. Residents "
        "described gangsters going from house to house, and at least 10 bodies were "
        "found in the streets after the police withdrew. Thousands of people fled on "
        "foot towards Hinche and Saut-d'Eau, the International Organization for "
        "Migration said. The government said it would retake the town.",
        "B V D",
        "gang offensive",
    ),
    # current: s5: Wednesday's clash with Dawlah Islamiyah in the hills of Butig, four militants and a soldier killed (s6 the operation continuing)
    (
        "Marawi siege victims begin receiving compensation, seven years on",
        "MANILA (Reuters) - The first payments from a fund for residents of Marawi "
        "whose homes were destroyed in the 2017 siege of the city were handed out on "
        "Thursday, seven years after Islamic State-linked militants occupied the "
        "southern Philippine city and the army spent five months retaking it. The "
        "Marawi Compensation Board said 1,200 claimants, mostly owners of houses in "
        "the ruined commercial district, received checks, and that more than 10,000 "
        "claims were still being processed. Many residents have waited in temporary "
        "shelters since 2017, and some say the payments do not cover the cost of "
        "rebuilding. The ceremony took place under heavy security. On Wednesday, "
        "soldiers clashed with members of the Dawlah Islamiyah group in the hills of "
        "Butig, in Lanao del Sur province, killing four militants and losing one "
        "soldier, the army said. A military spokesman said troops had launched the "
        "operation after residents reported armed men in the area, and that it was "
        "continuing. The group, which pledged allegiance to the Islamic State, is "
        "one of the last remnants of the alliance that held Marawi. Officials said "
        "they expected the compensation process to take at least three more years.",
        "B M",
        "counter-insurgency clash",
    ),
    # current: s5: Sunday's BLA car bomb and gunfire attack on a Frontier Corps convoy near Noshki (s6 the gunfight that followed)
    (
        "Pakistan's inquiry into the Jaffar Express hijacking blames security lapses",
        "QUETTA, Pakistan (AP) - A provincial inquiry into the hijacking of the "
        "Jaffar Express in March has found that intelligence warnings about a "
        "planned attack on the railway were not acted on and that the track through "
        "the Bolan Pass had no security escort, according to a summary released on "
        "Tuesday. Separatist militants of the Baloch Liberation Army blew up the "
        "track and held hundreds of passengers for more than a day before troops "
        "ended the siege, in an attack in which 26 hostages were killed, according "
        "to the military. The report recommended permanent patrols along the line "
        "and new rules for train operators. Its release came as violence flared "
        "again in Balochistan. On Sunday, BLA fighters attacked a paramilitary "
        "convoy on the highway near Noshki with a car bomb and gunfire, killing five "
        "Frontier Corps soldiers and wounding more than 30 people, officials said. "
        "The military said security forces killed several attackers in the gunfight "
        "that followed. Pakistan's interior minister called the attack an act of "
        "terrorism backed by foreign enemies. Train services between Quetta and "
        "Peshawar, suspended after the hijacking, resumed last month with a reduced "
        "timetable.",
        "T B E",
        "car bombing of a convoy",
    ),
    # current: s6: Thursday's roadside bomb on a ranger patrol in Rueso and the shooting of a village headman in Pattani
    (
        "Tak Bai case expires with no one brought to court, 20 years after 85 protesters died",
        "BANGKOK (Reuters) - Twenty years after 85 Muslim men died at the hands of "
        "Thai security forces in Tak Bai, the statute of limitations on a murder "
        "case against former officers expired at midnight on Friday with none of the "
        "accused having appeared in court. Seven people died when troops opened fire "
        "on protesters outside the police station in the southern province of "
        "Narathiwat in October 2004, and 78 more suffocated or were crushed after "
        "they were stacked in army trucks for a five-hour drive to a military camp. "
        "A court accepted a case brought by victims' families in August, but police "
        "said they could not find the defendants, one of whom resigned from "
        "parliament and left the country. Prime Minister Paetongtarn Shinawatra "
        "apologised on behalf of the government but said the law could not be "
        "changed. The anniversary fell in a week of renewed attacks in the deep "
        "south. On Thursday, a roadside bomb exploded beside a ranger patrol in the "
        "Rueso district of Narathiwat, killing two rangers, and gunmen shot dead a "
        "village headman in Pattani the same evening, police said. The insurgency in "
        "the Malay-Muslim provinces has killed more than 7,000 people since 2004.",
        "E V",
        "roadside bombing and a targeted killing",
    ),
]
