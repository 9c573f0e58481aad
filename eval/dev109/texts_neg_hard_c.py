"""dev109 hard negatives: health, accidents and peaceful protest."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Lassa fever: NCDC confirms 126 deaths as cases spread to 26 states",
        "By Aisha Lawal The Nigeria Centre for Disease Control and Prevention (NCDC) says 126 "
        "people have died of Lassa fever in Nigeria since the beginning of the year, as the "
        "number of states reporting confirmed cases rose to 26. In its latest situation "
        "report, the agency said 682 cases had been confirmed by the end of the 14th "
        "epidemiological week, with a case fatality rate of 18.5 per cent, higher than in the "
        "same period last year. Ondo, Edo and Bauchi states account for 68 per cent of all "
        "confirmed cases, the report said. Four health workers were among those infected in "
        "the past month. The NCDC said it had deployed rapid response teams to the most "
        "affected states and distributed ribavirin, personal protective equipment and body "
        "bags to treatment centres. The disease is spread mainly through food or household "
        "items contaminated with the urine or faeces of infected rats, and can also pass "
        "between people through contact with bodily fluids. The agency urged Nigerians to "
        "store food in rodent-proof containers, keep their surroundings clean and seek care "
        "early if they develop a fever. ALSO READ: Tinubu swears in new ministers, assigns "
        "portfolios The post Lassa fever: NCDC confirms 126 deaths as cases spread to 26 "
        "states appeared first on Premium Times Nigeria.",
        "health",
    ),
    (
        "DR Congo starts mpox vaccinations in Kinshasa, weeks after first doses arrive",
        "KINSHASA, Nov 5 (Reuters) - Democratic Republic of Congo began vaccinating people "
        "against mpox in the capital Kinshasa on Tuesday, expanding a campaign that started "
        "in the eastern provinces last month with doses donated by the United States, Japan "
        "and the European Union. Health workers at a clinic in the Limete district gave the "
        "first shots to sex workers, health staff and contacts of confirmed cases, who are at "
        "highest risk, the health ministry said. About 60,000 people in Kinshasa are due to "
        "be vaccinated in the first phase, Health Minister Roger Kamba told reporters. Congo "
        "has recorded more than 40,000 suspected cases and over 1,000 suspected deaths since "
        "the start of the year, the majority of them children, according to the World Health "
        "Organization, which declared mpox a global public health emergency in August. Kamba "
        "said the country still needed about 2.5 million more doses to stop the outbreak, and "
        "that a shortage of testing meant many cases were never confirmed. Japan has pledged "
        "3 million doses of its LC16 vaccine, which can be given to children, but they have "
        "yet to arrive. (Reporting by Benoit Mbala; Editing by Ruth Calloway) Our Standards: "
        "The Thomson Reuters Trust Principles.",
        "health",
    ),
    (
        "Nipah virus: Kerala declares containment zones in Kozhikode after two deaths",
        "Updated - September 14, 2023 09:41 pm IST - KOZHIKODE The Kerala government has "
        "declared nine wards in seven panchayats of Kozhikode district as containment zones "
        "after two people died of Nipah virus infection and three others tested positive, "
        "Health Minister Veena George said on Wednesday. Schools, offices and shops in the "
        "zones will remain closed, and movement in and out of the wards has been restricted, "
        "she said. A contact list of 706 people, including 153 health workers, has been "
        "prepared, and 77 of them have been categorised as high risk. A central team from the "
        "National Institute of Virology in Pune is setting up a mobile laboratory at the "
        "Kozhikode Medical College to speed up testing. The minister said the virus detected "
        "in the district was the Bangladesh strain, which spreads between humans but is less "
        "infectious than many other viruses. Kerala has reported Nipah outbreaks in 2018, "
        "2019 and 2021, all in the northern districts. Health officials have asked people in "
        "the district to wear masks and avoid visiting hospitals unless necessary. COMMENTS "
        "SHARE Related Topics Kerala / Kozhikode / health",
        "health",
    ),
    (
        "Odisha train crash: At least 288 dead in India's worst rail accident in decades",
        "Published 3 June 2023 Share Image source, Getty Images Image caption, Rescuers "
        "search through the wreckage near Balasore on Saturday morning By Priya Mehra BBC "
        "News, Delhi At least 288 people have been killed and more than 900 injured after a "
        "collision involving two passenger trains and a goods train in the eastern Indian "
        "state of Odisha, officials say. The Coromandel Express, travelling from Kolkata to "
        "Chennai, hit a stationary goods train near Bahanaga Bazar station on Friday evening, "
        "derailing several of its carriages, which then struck a passing express train. "
        "Rescue teams worked through the night to cut open the mangled coaches, and soldiers "
        "were brought in to help. Local people queued at hospitals in Balasore to give blood. "
        "Railways Minister Ashwini Vaishnaw said a signalling failure appeared to have sent "
        "the Coromandel Express onto a loop line where the goods train was parked, and that a "
        "high-level inquiry had been ordered. Prime Minister Narendra Modi visited the site "
        "and the hospital on Saturday and said anyone found guilty would be punished "
        "severely. It is the deadliest rail crash in India since 1995. Related Topics India "
        "Rail accidents More on this story In pictures: The scene of the Odisha train crash",
        "accident",
    ),
    (
        "Explosion in Turkish coal mine kills 41, dozens trapped underground",
        "An explosion in a coal mine in northern Turkey killed at least 41 people, and "
        "rescuers were trying to reach miners trapped underground, officials said on "
        "Saturday. The blast, believed to have been caused by a build-up of methane gas, "
        "happened on Friday evening at a state-owned mine in the town of Amasra on the Black "
        "Sea coast, when 110 workers were underground. About half of them were either at a "
        "depth of 300 metres or deeper, Energy Minister Fatih Donmez said. Interior Minister "
        "Suleyman Soylu said 58 miners had either rescued themselves or been rescued and that "
        "11 of them were in serious condition in hospital. Relatives gathered at the entrance "
        "to the mine overnight, some of them in tears, as rescuers brought out the dead. "
        "President Tayyip Erdogan said he would visit the site and that an investigation had "
        "been launched. Turkey's worst mining disaster killed 301 people in the western town "
        "of Soma in 2014.",
        "accident",
    ),
    (
        "Fire in Rohingya camp leaves 12,000 homeless in Cox's Bazar",
        "Staff Correspondent Published: 05 Mar 2023, 09:12 PM A massive fire swept through a "
        "Rohingya refugee camp in Cox's Bazar's Ukhiya on Sunday afternoon, destroying more "
        "than 2,000 shelters and leaving around 12,000 people homeless, officials said. No "
        "deaths were reported, but several people were treated for burns and smoke "
        "inhalation, according to the Refugee Relief and Repatriation Commissioner's office. "
        "The fire started at around 2:45pm in Camp 11 and spread quickly through the densely "
        "packed bamboo and tarpaulin shelters, fuelled by exploding cooking gas cylinders and "
        "dry weather. Firefighters from Ukhiya, Teknaf and Cox's Bazar, supported by "
        "volunteers, brought it under control after three hours. Officials said the fire also "
        "destroyed more than 90 facilities, including learning centres, health posts and "
        "mosques. A committee has been formed to investigate the cause, the district "
        "administration said. Aid agencies said they were providing food and emergency "
        "shelter to the affected families. Around a million Rohingya live in the camps, most "
        "of them having fled a military crackdown in Myanmar in 2017. Read more: Dhaka stocks "
        "end week higher on banking gains",
        "accident",
    ),
    (
        "Farmers ring Paris with tractors as protest over prices and red tape spreads",
        "Issued on: 29/01/2024 - 10:42 Modified: 29/01/2024 - 21:15 4 min Reading time "
        "Thousands of farmers drove their tractors onto motorways leading into Paris on "
        "Monday, setting up blockades on eight main roads around the capital in what their "
        'unions called a "siege" to force the government to do more to help them. The '
        "farmers, who complain of low prices, heavy regulation and competition from cheap "
        "imports, parked tractors and trailers across the A1, A4, A6 and other motorways, "
        "bringing traffic to a halt in several places. Some set up tents and barbecues, and "
        "said they were ready to stay for days. Interior Minister Gérald Darmanin said "
        "15,000 police and gendarmes had been deployed to prevent tractors from entering "
        "Paris and the Rungis wholesale food market, but that officers would not intervene "
        "against the blockades. Advertising Read more 'Our farms are dying': French farmers "
        "explain their anger The protests, which began in the south-west two weeks ago, have "
        "spread to other European countries, including Belgium and Germany. Prime Minister "
        "Gabriel Attal promised new measures on Thursday, including emergency aid for "
        "winegrowers and livestock farmers and a pause on a plan to cut pesticide use. "
        "Farmers' leaders said the concessions did not go far enough and that the blockades "
        "would continue.",
        "protest",
    ),
    (
        "Thousands join hostage families on five-day march from Tel Aviv to Jerusalem",
        "By Noa Landau Follow You will receive email alerts from this author. Manage alert "
        "preferences on your profile page 18 November 2023, 8:35 pm Thousands of Israelis "
        "arrived in Jerusalem on Saturday at the end of a five-day march from Tel Aviv by "
        "relatives of hostages held in Gaza, demanding that the government do more to bring "
        "them home. The marchers, many carrying photographs of their loved ones and yellow "
        "balloons, walked about 60 kilometres along Route 1, sleeping in kibbutzim and "
        "moshavim along the way. Police closed roads in central Jerusalem as the crowd, "
        "estimated at 20,000 by organisers, made its way to the Prime Minister's Office. "
        "“Every day that passes is a danger to their lives,” said the father of a "
        "19-year-old soldier who was taken during the Hamas onslaught on October 7. Families "
        "demanded a meeting with the war cabinet, and Prime Minister Benjamin Netanyahu later "
        "agreed to receive some of them on Monday. The march passed off peacefully, and "
        "organisers thanked police for securing the route. Some 240 people are believed to be "
        "held in Gaza. The march was organised by the Hostages and Missing Families Forum. "
        "ADVERTISEMENT",
        "protest",
    ),
    (
        "Trainee doctors stage mass walkout as hospitals cancel surgeries",
        "By Choi Min-jung Posted : 2024-02-20 17:48 Updated : 2024-02-20 21:06 More than "
        "6,400 trainee doctors across South Korea stopped working on Tuesday in protest "
        "against a government plan to sharply increase medical school admissions, forcing "
        "major hospitals in Seoul to cancel or postpone surgeries. The Ministry of Health and "
        "Welfare said 8,816 residents and interns at the country's 100 largest training "
        "hospitals had submitted their resignations, of whom 7,813 had left their posts. "
        "Several hundred doctors later gathered at a rally in front of the presidential "
        'office in Yongsan, holding signs reading "Medicine is dying" before dispersing '
        "peacefully. The government wants to raise the annual quota for medical students by "
        "2,000 from next year to address a shortage of doctors in rural areas and in "
        "specialities such as paediatrics and emergency medicine. Doctors' groups argue that "
        "the plan will lower the quality of training and does not address low pay in "
        "essential fields. Health Minister Cho Kyoo-hong ordered the trainees to return to "
        "work and warned that those who did not could have their licences suspended. Patient "
        "groups called on both sides to resume talks. Related Articles Samsung Electronics "
        "unveils new foldable phones Korean won weakens past 1,330 per dollar",
        "protest",
    ),
]
