"""dev131 hard negatives (3 of 4): accidents, health, crime, courts and police raids.

Whole articles with war words and no current violent event of their own (eval/README.md, section 1).
"""

# (title, text, kind code)
NEGATIVES = [
    (
        "Fire guts over 2,000 shelters in Balukhali Rohingya camp, 12,000 left homeless",
        "A fire that broke out in Camp 11 of the Balukhali Rohingya camp in Cox's Bazar's Ukhiya "
        "upazila yesterday afternoon burnt down more than 2,000 shelters and left around 12,000 "
        "refugees without a roof, officials of the Refugee Relief and Repatriation Commission "
        "said. The blaze, which started at around 2:45pm, spread quickly through the bamboo and "
        "tarpaulin shelters because of strong winds, and exploding gas cylinders sent flames "
        "into neighbouring blocks, witnesses said. Firefighters from eight units took nearly three "
        "hours to bring it under control, assisted by refugee volunteers and members of the Armed "
        "Police Battalion who guard the camps. No deaths were reported, but several people were "
        "treated for burns and smoke inhalation at health posts run by aid agencies. 'I was "
        "collecting water when I saw the smoke, and by the time I ran back everything was ash, "
        "even the documents we brought from Myanmar,' said Rashida, a mother of five. The "
        "commission formed a committee to investigate the cause, and aid agencies began "
        "distributing tarpaulins, food and water to families who spent the night in learning "
        "centres and mosques. Camp 11 was also hit by a major fire in 2021, when 15 people died.",
        "accident",
    ),
    (
        "Three killed, dozens injured as two trains collide near Zagazig",
        "Three people were killed and 49 injured when a passenger train ran into the back of "
        "another that had stopped at a signal near Zagazig in Sharqiya governorate on Tuesday "
        "afternoon, the Ministry of Health said. The collision derailed two carriages, and "
        "residents of nearby villages helped rescuers carry out the injured. 'The carriage "
        "flew up and then everybody was on top of each other, screaming,' a student travelling "
        "to Cairo told Ahram Online from his hospital bed. The Egyptian National Railways "
        "formed a committee to investigate the cause. The prosecution ordered the arrest of "
        "the driver of the second train and two signal staff pending questioning. Egypt's "
        "railway network, one of the oldest in the region, has seen a series of deadly "
        "accidents.",
        "accident",
    ),
    (
        "46 killed as buses, lorry collide on Kampala-Gulu highway in Kiryandongo",
        "At least 46 people were killed early on Wednesday when two buses travelling in opposite "
        "directions collided while overtaking a lorry and a car on the Kampala-Gulu highway near "
        "Kiryandongo, police said. The vehicles overturned several times after the head-on "
        "collision, scattering passengers and luggage across the road in what one officer "
        "described as a scene that looked like a battlefield. Dozens of injured passengers were "
        "taken to Kiryandongo Hospital and Gulu Regional Referral Hospital, where doctors appealed "
        "for blood donations. 'We were sleeping when the driver suddenly swerved, and the next "
        "thing I knew I was lying in the bush,' a passenger told The Monitor. Traffic police said "
        "preliminary findings pointed to reckless overtaking, and they urged drivers on the "
        "highway, which carries heavy traffic to northern Uganda and South Sudan, to observe speed "
        "limits. The Uganda Red Cross Society deployed volunteers to help identify the victims and "
        "trace relatives, and said some bodies could only be identified by DNA. The Minister of "
        "Works and Transport ordered the suspension of the two bus companies' licences pending "
        "investigation.",
        "accident",
    ),
    (
        "Uganda declares Sudan Ebola outbreak over after 42 days without new cases",
        "The Ministry of Health on Saturday declared the end of the outbreak of Sudan virus "
        "disease, a strain of Ebola, 42 days after the last patient was discharged from the "
        "isolation unit at Mulago National Referral Hospital. The outbreak, confirmed in January "
        "after the death of a nurse in Kampala, infected 14 people, four of whom died, and "
        "spread to several districts including Wakiso, Mbale and Jinja. 'Our health workers were "
        "the soldiers on the frontline of this fight, and they won it with courage and "
        "discipline,' Health Minister Dr Jane Ruth Aceng said at a ceremony in Kampala. Within "
        "four days of the outbreak being declared, Uganda launched a ring vaccination trial with "
        "a candidate vaccine, in cooperation with the World Health Organization and research "
        "partners, the first such trial started so quickly during an outbreak. More than 500 "
        "contacts were followed up daily by surveillance teams, and screening points were set up "
        "at border crossings and Entebbe airport. The ministry urged the public to remain "
        "vigilant, as Uganda borders countries where Ebola outbreaks have occurred in the past. "
        "The WHO praised the response as a model for the region.",
        "health",
    ),
    (
        "Dengue deaths cross 1,000 for the first time as hospitals struggle",
        "The number of dengue deaths this year crossed 1,000 for the first time since records "
        "began, as hospitals in Dhaka and across the country struggled to cope with thousands of "
        "new patients every day, the Directorate General of Health Services said yesterday. At "
        "least 15 people died in 24 hours up to 8:00am yesterday, and 2,843 patients were "
        "admitted to hospitals, bringing the total number of cases this year to more than "
        "200,000. At Mugda Medical College Hospital, patients were lying on mattresses in the "
        "corridors and stairwells, and relatives said they had to buy saline from outside because "
        "the hospital had run out. 'We are fighting a war against the mosquito with the same "
        "weapons every year, and every year we lose more people,' an entomologist at Jahangirnagar "
        "University told The Daily Star. City corporations have launched drives to destroy "
        "breeding grounds and fined owners of buildings where larvae were found, but experts say "
        "the campaigns start too late and rely too much on fogging. The outbreak, which used to be "
        "concentrated in Dhaka, has spread to all 64 districts, with a sharp rise in Barishal and "
        "Chattogram. Doctors advised people to seek treatment early, as most deaths occurred "
        "within three days of admission.",
        "health",
    ),
    (
        "Marburg: Rwanda discharges last patients, begins 42-day countdown",
        "Rwanda on Monday discharged the last two patients being treated for Marburg virus "
        "disease, starting a 42-day countdown to declaring the outbreak over, Health Minister "
        "Dr Sabin Nsanzimana said. Since the first cases were confirmed in late September, 66 "
        "people have been infected, most of them health workers in two Kigali hospitals, and "
        "15 have died. 'We attacked this virus from every side at once, with testing, tracing, "
        "treatment and vaccination,' Nsanzimana told journalists. More than 1,700 people, "
        "mostly frontline health workers, received an experimental vaccine within weeks of the "
        "first cases. The World Health Organization commended the response. Rwanda Biomedical "
        "Centre said it would keep its isolation unit ready until the end of the countdown.",
        "health",
    ),
    (
        "Prosecutors charge man over Marywilska fire, say he acted for Russian intelligence",
        "Polish prosecutors have filed charges against a man they say organised the arson attack "
        "that destroyed the Marywilska 44 shopping centre in Warsaw in May 2024, on the orders of "
        "Russian intelligence, the National Prosecutor's Office said on Thursday. The suspect, a "
        "Belarusian citizen arrested in Lithuania last year and extradited to Poland, is accused "
        "of recruiting and paying two Ukrainian men who set fire to the building, in which around "
        "1,400 shops and stalls burned down within hours. The charges include sabotage on behalf "
        "of a foreign intelligence service and causing a fire that endangered the lives of many "
        "people, which carry a sentence of up to life imprisonment. 'We have evidence showing "
        "how the order travelled from officers of the Russian services through intermediaries to "
        "the people who poured the accelerant,' a prosecution spokesman said. Prime Minister "
        "Donald Tusk said last year that the fire was part of a campaign of sabotage in Europe, "
        "and Poland closed the last Russian consulate in Kraków in response. The two men alleged "
        "to have carried out the arson are believed to be in Russia and will be tried in "
        "absentia. Many of the traders, most of them Vietnamese, are still waiting for "
        "compensation.",
        "crime",
    ),
    (
        "Vilnius airport closed again as smugglers' balloons drift in from Belarus",
        "Vilnius airport suspended flights for several hours on Sunday night for the fourth "
        "time in a week after balloons carrying contraband cigarettes drifted into Lithuanian "
        "airspace from Belarus, the National Crisis Management Centre said. More than 30 "
        "flights were delayed or diverted to Kaunas and Riga, and hundreds of passengers spent "
        "the night in the terminal. Police and border guards found the remains of 17 balloons "
        "with packs of cigarettes attached in the districts of Vilnius and Šalčininkai, and "
        "detained two men suspected of collecting the cargo. 'This is a hybrid attack on our "
        "country, and whether it is organised by smugglers or by the regime in Minsk, the "
        "Belarusian authorities are responsible for what comes across their border,' Prime "
        "Minister Inga Ruginienė said. The government decided to close the border crossings "
        "with Belarus for a month, leaving hundreds of Lithuanian lorries stranded on the "
        "Belarusian side. Minsk denied any role and called the closure a provocation. The "
        "hauliers' association Linava said more than a thousand trucks were stuck in Belarus "
        "and accused Minsk of holding them hostage, while drivers described sleeping in their "
        "cabs at parking lots near Grodno with little food. The airport said the radar "
        "installed last year to detect drones was also picking up the balloons, which fly at "
        "up to two kilometres, but that they could not be shot down near a city without "
        "endangering people on the ground. Several low-cost airlines warned that they could "
        "cut routes to Vilnius if the closures continued. 'We cannot let cigarette smugglers "
        "decide when a European capital's airport is open,' said a passenger who had missed a "
        "connection in Frankfurt. Lithuania's prosecutors have opened several criminal "
        "investigations into the smuggling networks, which use weather forecasts and GPS "
        "trackers to steer the balloons towards collection points.",
        "crime",
    ),
    (
        "Helsinki court throws out Eagle S cable case; Estonian officials disappointed",
        "A Helsinki district court on Friday dismissed the case against three senior officers of "
        "the tanker Eagle S, which damaged the Estlink 2 power cable and several communication "
        "cables between Finland and Estonia on Christmas Day 2024, ruling that Finland did not "
        "have jurisdiction because the damage occurred outside its territorial waters. The "
        "prosecution had charged the captain, the first officer and the second officer with "
        "aggravated criminal mischief, saying that the ship had dragged its anchor along the "
        "seabed for almost 100 kilometres. 'The decision is disappointing, but it does not change "
        "what happened to our critical infrastructure,' Estonian Foreign Minister Margus Tsahkna "
        "told ERR News, adding that Estonia would continue its own criminal investigation. The "
        "tanker, which investigators say belongs to Russia's shadow fleet, was boarded by Finnish "
        "special forces after the incident and held for weeks. Repairs to Estlink 2 took more "
        "than six months, and electricity prices in Estonia rose during the outage. NATO launched "
        "its Baltic Sentry mission to patrol the sea after the incident. Finnish prosecutors said "
        "they would study the ruling before deciding whether to appeal.",
        "crime",
    ),
    (
        "Police carry out 250 searches in vote-buying probe ahead of parliamentary elections",
        "Police officers and prosecutors carried out about 250 searches across Moldova on Tuesday "
        "in an investigation into a scheme to buy votes in the upcoming parliamentary elections, "
        "which they say is financed from Russia through the network of fugitive oligarch Ilan "
        "Shor, the General Police Inspectorate said. The raids targeted homes and offices in "
        "Chișinău, Bălți, Comrat and several districts, and investigators seized cash in several "
        "currencies, bank cards and lists of people allegedly paid to vote for certain parties. "
        "'We are fighting not only criminals, but an attack on our democracy organised from "
        "abroad,' Interior Minister Daniella Misail-Nichitin said at a briefing. More than 70 "
        "people were taken in for questioning, and several were detained for 72 hours, according "
        "to the Anti-Corruption Prosecutor's Office. Police said some of the suspects had been "
        "trained in Russia and Serbia to organise protests and provoke unrest after the vote. The "
        "Shor network denied the accusations and called the raids political persecution. The "
        "Central Electoral Commission said it had received dozens of complaints about vote buying "
        "since the start of the campaign.",
        "crime",
    ),
    (
        "ICT sentences Hasina to death in absentia over July uprising killings",
        "The International Crimes Tribunal-1 yesterday sentenced ousted prime minister Sheikh "
        "Hasina to death in absentia after finding her guilty of crimes against humanity over the "
        "deadly crackdown on the student-led uprising of July and August last year. The "
        "three-member tribunal found that she had ordered the use of lethal force, including "
        "helicopters and drones, against protesters, and that she bore command responsibility "
        "for the killings, which a UN fact-finding mission estimated at up to 1,400. Former home "
        "minister Asaduzzaman Khan Kamal was also sentenced to death, while former inspector "
        "general of police Chowdhury Abdullah Al-Mamun, who turned state witness, received five "
        "years in prison. Relatives of those killed wept and embraced in the courtroom as the "
        "verdict was read out. 'My son went out with a flag and came back in a shroud, and today "
        "at least the court has said who was responsible,' said the mother of a student shot in "
        "Jatrabari. "
        "The prosecution had relied on recordings of telephone calls, testimony from more than "
        "50 witnesses, among them doctors and police officers, and the findings of the UN "
        "human rights office, which said the security forces had used military rifles against "
        "unarmed crowds. Hasina was tried in absentia with a state-appointed defence lawyer "
        "after she refused to return, and her party, the Awami League, whose activities have "
        "been banned under the anti-terrorism law, called a nationwide shutdown in protest "
        "against the verdict. Legal experts said the trial had been fast by the standards of "
        "the country's courts, and some rights groups, while welcoming accountability, "
        "criticised the use of the death penalty. The verdict can be appealed to the Appellate "
        "Division of the Supreme Court within 30 days, but only if the convicted person "
        "surrenders or is arrested. "
        "Hasina, who has lived in India since fleeing Dhaka in August last year, "
        "called the verdict biased and politically motivated. The interim government asked India "
        "to extradite her, and security was tightened around the tribunal.",
        "crime",
    ),
    (
        "DIICOT charges Constanța man with spying for Russia near NATO base",
        "Romanian anti-organised crime prosecutors have charged a 40-year-old man from Constanța "
        "county with treason and espionage, accusing him of passing information about military "
        "movements around the Mihail Kogălniceanu air base to Russian intelligence officers, "
        "DIICOT said in a statement on Wednesday. The man, who worked for a logistics company "
        "supplying the base, allegedly photographed convoys, aircraft and fuel depots and sent "
        "the images through an encrypted application in exchange for payments in cryptocurrency. "
        "He was arrested in March in a joint operation with the Romanian Intelligence Service and "
        "has been in pre-trial detention since then. 'The information he sent could have been "
        "used to plan attacks against military targets in Romania and allied forces,' the "
        "prosecutors said. The base near the Black Sea coast hosts thousands of American and "
        "other NATO troops and is being expanded into one of the largest in Europe. The suspect's "
        "lawyer said his client denied the charges and had only posted pictures of aircraft on "
        "social media as a hobby. The case will be heard by the Constanța Court of Appeal.",
        "crime",
    ),
]
