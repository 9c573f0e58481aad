"""dev211 negatives: military medicine, drills and hospital ships, veterans' research and past
wars, films about war surgeons, a peace dividend for clinics, and the desk's ordinary news
(waiting lists, nursing, mental health, a refugee doctor) (see build.py)."""

NEGATIVES = [
    (
        "Pentagon plan to cut military medical jobs alarms lawmakers",
        "The Pentagon's plan to eliminate thousands of uniformed medical positions and move care "
        "for service members' families to civilian providers has drawn bipartisan criticism in "
        "Congress, with lawmakers warning that it could leave the military short of surgeons in "
        "a future war. Members of the House Armed Services Committee said at a hearing on "
        "Tuesday that the cuts would weaken the military hospitals that train trauma teams. "
        "Defense officials said many military doctors rarely see serious injuries in peacetime "
        "and keep their skills sharp by working shifts in civilian trauma centres. The "
        "Government Accountability Office found last year that the department had not assessed "
        "how the changes would affect beneficiaries. Military families in rural areas say they "
        "already wait weeks for appointments with civilian specialists who accept their "
        "insurance. The department's budget request includes about $56 billion for the military "
        "health system. “You cannot grow a combat surgeon overnight,” said a retired Army "
        "Medical Corps general who testified at the hearing. The committee is expected to "
        "write limits on the cuts into this year's defence bill.",
        "military",
    ),
    (
        "Lithuanian hospitals rehearse mass-casualty response in NATO exercise",
        "Hospitals across Lithuania took part in a two-day exercise this week that simulated the "
        "arrival of hundreds of wounded soldiers and civilians, as the Baltic country prepares "
        "its health system for a possible attack. Ambulances carried volunteers made up as "
        "casualties to hospitals in Vilnius, Kaunas and Klaipėda, where staff practised triage, "
        "blood transfusions and moving patients by train. The drill was part of a wider NATO "
        "exercise involving troops from the German brigade being stationed in the country. The "
        "health minister said hospitals must be able to keep working through power cuts and "
        "cyberattacks. Lithuania is building underground operating theatres at some hospitals "
        "and has stockpiled three months of essential medicines. Officials said the exercise had "
        "exposed problems with communications between military and civilian medical teams. “We "
        "hope we never need it,” said the head of emergency medicine at a Vilnius university "
        "hospital.",
        "military",
    ),
    (
        "Taiwan holds mass-casualty drills at hospitals during Han Kuang war games",
        "Hospitals in Taipei and Taichung took part in mass-casualty drills on Wednesday as "
        "Taiwan held its largest civil defence exercises alongside the annual Han Kuang military "
        "war games. Staff at National Taiwan University Hospital practised moving patients to "
        "basement wards and treating volunteers with simulated blast injuries, while air raid "
        "sirens sounded across the capital and traffic stopped for 30 minutes. This year's Han "
        "Kuang exercise, the longest yet at 10 days, involves 22,000 reservists. President Lai "
        "Ching-te said the drills were meant to prepare society for natural disasters as well as "
        "the threat of a Chinese attack. The health ministry has told hospitals to draw up plans "
        "for running without outside power for up to a week. China's Taiwan Affairs Office "
        "called the exercises a provocation. Emergency doctors said many young residents had "
        "never treated a gunshot wound and that the training was long overdue.",
        "military",
    ),
    (
        "US Navy hospital ship docks in Colombia to treat Venezuelan migrants",
        "The US Navy hospital ship USNS Comfort arrived off Riohacha, on Colombia's Caribbean "
        "coast, on Wednesday for an 11-week mission to treat Venezuelans who have fled their "
        "country's economic collapse and the Colombian communities hosting them. The ship's navy "
        "doctors, nurses and civilian volunteers expect to see up to 750 patients a day at "
        "clinics on shore and to perform surgery on board. More than 3 million Venezuelans have "
        "left their country since 2015, according to the United Nations, amid hyperinflation "
        "and shortages of food and medicine. Hospitals in Colombian border towns such as Cúcuta "
        "say they are overwhelmed, and many Venezuelan women cross to give birth. Patients began "
        "queuing outside the clinic site before dawn, some carrying medical records from "
        "hospitals in Maracaibo. Caracas called the deployment a political stunt. The Pentagon "
        "said the ship carried no weapons and that the mission was purely humanitarian.",
        "military",
    ),
    (
        "Germany draws up plans for hospitals to treat wounded soldiers in a NATO war",
        "Germany's health ministry is drafting a law to prepare civilian hospitals for a "
        "possible war, including plans to treat as many as 1,000 wounded soldiers a day if "
        "NATO's eastern flank were attacked, officials said. The health minister said the "
        "country needed to prepare its health system for crises ranging from pandemics to armed "
        "conflict, and that hospitals must know who would be in charge in an emergency. The "
        "Bundeswehr runs five hospitals of its own with about 1,800 beds, far too few for a "
        "large war, according to military planners. Under the draft, hospitals would have to "
        "stockpile medicines and equipment and staff could be moved between regions. The German "
        "Hospital Federation said the plans would require billions of euros of investment, "
        "including protected operating theatres. Officials stressed there was no immediate "
        "threat, but said the war in Ukraine had shown how quickly hospitals could be "
        "overwhelmed. Opposition MPs said the country's hospitals could barely cope with a bad "
        "flu season.",
        "military",
    ),
    (
        "Ten years after Kunduz strike, MSF renews call for independent inquiry",
        "Médecins Sans Frontières marked the tenth anniversary of the US airstrike on its trauma "
        "hospital in Kunduz, Afghanistan, on Friday with a ceremony in Geneva and a renewed call "
        "for independent investigations into attacks on health care. The AC-130 gunship attack "
        "on 3 October 2015 killed 42 people, including 14 staff members, and destroyed the "
        "hospital. A US military investigation concluded that the strike was a mistake caused by "
        "human error and equipment failures, and 16 service members were disciplined, but none "
        "faced criminal charges. MSF never got the inquiry it requested from the International "
        "Humanitarian Fact-Finding Commission, which needs the consent of the states involved. "
        "The charity reopened a trauma centre in Kunduz in 2021. Staff who survived the strike "
        "read out the names of their colleagues. “Ten years on, we are still asking who decided "
        "and why,” said a surgeon who was on duty that night. A small memorial garden has been "
        "planted in the grounds of the new hospital.",
        "history",
    ),
    (
        "Study links Gulf War illness to sarin exposure, three decades on",
        "A study of more than 1,000 veterans of the 1991 Gulf War has found that those with a "
        "gene variant that makes them less able to break down the nerve agent sarin were far "
        "more likely to develop Gulf War illness, adding to evidence that low-level exposure to "
        "sarin caused the condition. The research, led by a team at the University of Texas "
        "Southwestern Medical Center and published in Environmental Health Perspectives, also "
        "found a higher risk among soldiers who heard nerve-agent alarms during their "
        "deployment. Sarin was released when Iraqi chemical weapons stores were bombed and later "
        "demolished, the authors say. Gulf War illness, which affects as many as a quarter of the "
        "nearly 700,000 US troops deployed, causes chronic fatigue, pain and memory problems. For "
        "years officials attributed the symptoms to stress. The Department of Veterans Affairs "
        "said it would review the findings. Veterans' groups said the study should end decades of "
        "doubt and speed up disability claims.",
        "history",
    ),
    (
        "German court jails Syrian doctor for life over torture in Assad-era military hospitals",
        "A court in Frankfurt on Monday sentenced a Syrian doctor to life in prison for murder "
        "and torture committed in military hospitals in Homs and Damascus in 2011 and 2012, one "
        "of the first convictions of a medic for crimes under Bashar al-Assad's rule. The court "
        "found that Alaa M., who moved to Germany in 2015 and worked as an orthopaedic doctor, "
        "beat and burned detained opposition supporters and killed a prisoner with an "
        "injection. He was tried under the principle of universal jurisdiction, which allows "
        "German courts to try crimes against humanity committed abroad. Witnesses, some of them "
        "former colleagues, described how detainees were brought to the hospitals from the "
        "security services' prisons. The defendant denied the charges, and his lawyers said they "
        "would appeal. Assad was overthrown in December, and investigators hope access to "
        "archives in Syria will help similar cases. Rights groups said the verdict sent a message "
        "to medics who took part in abuses.",
        "history",
    ),
    (
        "'The Pitt' mass-casualty episode wins praise from emergency doctors",
        "Emergency physicians have praised the latest episode of the hospital drama “The Pitt”, "
        "in which a Pittsburgh emergency department is overwhelmed by victims of a shooting at a "
        "music festival, as one of the most accurate depictions of a mass-casualty incident on "
        "television. The series, starring Noah Wyle as an attending physician, unfolds in real "
        "time across a single 15-hour shift. Doctors on social media said the triage scenes, the "
        "shortage of blood and the exhaustion of the staff mirrored their own experience. The "
        "show's producers worked with emergency doctors and nurses, and a former trauma nurse "
        "sits in the writers' room. The American College of Emergency Physicians said the episode "
        "could help the public understand the strain on understaffed departments. Wyle, who "
        "played a young doctor in “ER” in the 1990s, said the show was a tribute to health "
        "workers who burned out during the pandemic.",
        "entertainment",
    ),
    (
        "Documentary on Syrian underground hospital earns Oscar nomination",
        "“The Cave”, a documentary about a young Syrian doctor who ran an underground hospital in "
        "the besieged enclave of Eastern Ghouta, has been nominated for an Academy Award, its "
        "makers said on Monday. Directed by Feras Fayyad, the film follows Dr Amani Ballour as "
        "she manages a hospital dug beneath the town, treating children injured in air raids and "
        "facing down the sexism of some patients and their relatives. Fayyad was nominated in "
        "2018 for “Last Men in Aleppo”. Ballour, who left Syria in 2018, has campaigned for "
        "accountability for attacks on health workers. National Geographic, which distributes "
        "the film, said it hoped the nomination would bring the story of Syria's doctors to a "
        "wider audience. Critics have praised its cinematography, though some said the scenes of "
        "injured children were hard to watch. The film was shot between 2016 and 2018.",
        "entertainment",
    ),
    (
        "Clinics reopen in former FARC strongholds as peace deal takes hold",
        "Health posts that had been closed for years in rural Caquetá and Guaviare are "
        "reopening, as Colombia's government tries to bring services to areas once controlled by "
        "the FARC, which handed over its weapons under a peace deal this year. The health "
        "ministry said 23 rural clinics would get staff and equipment by the end of the year, "
        "and that mobile teams of doctors and dentists had started travelling by boat to villages "
        "that had never had regular care. Former fighters in the transition zones are receiving "
        "medical check-ups, and some have trained as community health promoters. “Before, the "
        "doctor came once a year, if at all,” said a community leader in San Vicente del Caguán. "
        "The UN mission verifying the agreement said health was one of the areas where the "
        "government was furthest behind on its commitments. Vaccination rates in the former "
        "conflict zones remain well below the national average. The programme is funded in part "
        "by the United States and the European Union.",
        "peace",
    ),
    (
        "NHS waiting list falls for third month but targets remain out of reach",
        "The waiting list for routine hospital treatment in England fell for a third month in a "
        "row in August, to 7.4 million, but the health service remains far from its target of "
        "treating 92% of patients within 18 weeks, official figures showed on Thursday. About 61% "
        "of patients were seen within 18 weeks, against a government goal of 65% by next March. "
        "The number waiting more than a year fell to about 190,000. A&E performance also improved "
        "slightly, with three in four patients seen within four hours. The health secretary said "
        "there was still a mountain to climb but that the NHS was on the road to recovery. The "
        "Royal College of Nursing said hospitals were still treating patients in corridors and "
        "that newly qualified nurses could not find jobs because trusts had frozen hiring. Think "
        "tanks said part of the improvement came from a clean-up of the list that removed "
        "patients who no longer needed care. The Liberal Democrats said cancer waiting times "
        "were still missing every target.",
        "other",
    ),
    (
        "From refugee to head of department: the Syrian doctors keeping rural German hospitals open",
        "When Mohammad Alhamoud arrived in Germany in 2015 with a backpack and a medical degree "
        "from Aleppo, he spent two years learning German and sitting exams before he was allowed "
        "to treat patients. Today he heads the internal medicine department of a district "
        "hospital in Saxony-Anhalt, one of thousands of Syrian doctors who have become a mainstay "
        "of health care in small German towns. More than 5,000 doctors with Syrian citizenship "
        "work in Germany, according to the German Medical Association, the largest group of "
        "foreign physicians. Hospital managers in the east say some departments would close "
        "without them. Since the fall of Bashar al-Assad in December, some have said they are "
        "considering going back to help rebuild Syria's hospitals. “I owe this country a lot, "
        "but my parents are in Aleppo,” Alhamoud said. Politicians who called for Syrians to "
        "return home have said doctors should be an exception. Hospital associations warned that "
        "losing them would be a serious blow.",
        "other",
    ),
    (
        "Philippine hospitals close wards as nurses leave for jobs abroad",
        "Private hospitals in the Philippines have closed wards and cut beds because they cannot "
        "hire enough nurses, as thousands leave each year for better-paid jobs in the United "
        "States, Britain, Saudi Arabia and other countries, industry groups said. The Private "
        "Hospitals Association of the Philippines said its members had lost about 40% of their "
        "nurses in the past two years. Starting salaries at some private hospitals are below "
        "15,000 pesos a month, a fraction of what nurses can earn abroad. The health department "
        "estimates the country is short of more than 100,000 nurses. During the pandemic the "
        "government capped the number of nurses allowed to leave each year, before lifting the "
        "cap under pressure from the profession. Officials are now considering letting "
        "nursing graduates who failed the licensing exam work in public hospitals under "
        "supervision. “We train them, and the world hires them,” said a hospital director in "
        "Cebu. Nurses' unions say the answer is higher pay, not lower standards.",
        "other",
    ),
    (
        "Young Australians wait months for mental health care as services struggle",
        "Young Australians seeking help for anxiety and depression are waiting up to six months "
        "for an appointment at some headspace centres, the national youth mental health service, "
        "according to a submission by clinicians to a parliamentary inquiry. About two in five "
        "people aged 16 to 24 experienced a mental disorder in the past year, the Australian "
        "Bureau of Statistics found, the highest share of any age group. Clinicians say services "
        "are caught between young people with mild problems and those with severe illness who "
        "cannot get into hospital. In regional towns some centres have closed their books to new "
        "clients because they cannot recruit psychologists. The federal government says it is "
        "spending more than ever on mental health and has promised new walk-in clinics. Parents "
        "described driving hours to the nearest emergency department during a crisis. Youth "
        "advocates said the debate over social media had distracted from the shortage of "
        "clinicians.",
        "other",
    ),
]
