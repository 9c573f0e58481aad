"""dev55 negatives: the rest of what runs beside the war news: elections and economies in
countries at war or after war, refugees' lives years later and returns home, and the ordinary
disasters, accidents, epidemics, sport, crime and peaceful protests of countries at war; kinds
negative_other and the hard kinds of those events.
NEGATIVES = [(title, text, kind code), ...]; kind codes from eval/conflictset (KIND_CODES)."""

NEGATIVES = [
    (
        "Iraq's election leaves the prime minister's bloc ahead but short of a majority",
        "The prime minister's coalition won the largest number of seats in Iraq's parliamentary election, the electoral commission said on Wednesday, but it will need partners from the other Shia parties to form a government. Turnout was 56%, higher than in 2021, after a campaign dominated by jobs, electricity and water shortages. The Sadrist movement boycotted the vote. Coalition talks are expected to take months.",
        "other",
    ),
    (
        "Ten years after they arrived, a Syrian family in Saxony counts its gains",
        "When the Haddads reached Germany in the autumn of 2015 after a journey across the Aegean and the Balkans, none of them spoke German. Today the father runs a bakery in Chemnitz with six employees, the eldest daughter is training as a doctor and the youngest son plays for a local football club's youth team. They became German citizens last year. Asked whether they would go back to Syria now, the father said Chemnitz is home. Their old neighbourhood in Homs, they have seen in photos, is mostly rubble.",
        "other",
    ),
    (
        "The Ukrainian refugee whose Warsaw start-up just raised $20 million",
        "Olena Kravets left Kharkiv with a laptop and a suitcase in March 2022 and started a company from a shared flat in Warsaw. Her firm, which makes software that helps hospitals schedule operating theatres, said on Tuesday it had raised $20 million from European investors. It now employs 140 people in Poland and Ukraine.",
        "other",
    ),
    (
        "Khartoum's markets reopen as residents return to a ruined capital",
        "Months after the army retook Khartoum from the Rapid Support Forces, traders have reopened stalls in the central market and the first buses are running between Omdurman and Bahri across a repaired bridge. Some 1.2 million people have returned to Khartoum state this year, the UN migration agency said, many to homes stripped of doors, wiring and furniture by looters during the two years of RSF occupation. Engineers restored power to parts of the city last week, and the water utility says it hopes to have pumping stations in the east running by the end of the month. Returning families sweep out rooms and paint over bullet holes while they wait for schools to reopen. The government plans to move ministries back from Port Sudan before the end of the year.",
        "other",
    ),
    (
        "Myanmar earthquake: toll passes 3,500 as rescuers reach Sagaing",
        "The death toll from the 7.7-magnitude earthquake that struck central Myanmar on Friday has risen above 3,500, state media said, as rescue teams from China, India and Russia reached towns near the epicentre in Sagaing. Thousands of people are sleeping in the open for fear of aftershocks, and the UN said hospitals in Mandalay were overwhelmed. Monasteries and the city's old royal palace were badly damaged.",
        "disaster",
    ),
    (
        "Two years after Derna's dams burst, its survivors are still waiting",
        "The storm that broke two dams above the Libyan city of Derna in September 2023 killed more than 4,000 people and swept whole districts into the sea. Two years later, new apartment blocks and a rebuilt bridge have risen under a reconstruction fund run by the eastern authorities, but many survivors say they are still renting rooms elsewhere. A report by a UN agency blamed decades of neglected maintenance. Twelve officials were jailed over the collapse last year. On the anniversary, residents laid flowers at the edge of the wadi.",
        "disaster",
    ),
    (
        "Military cargo plane crashes near Omdurman air base",
        "A Sudanese military Antonov transport plane crashed on take-off from the Wadi Seidna air base near Omdurman on Tuesday night, killing 46 people on board and on the ground, the army said. It blamed a technical fault. The plane came down on a residential area, damaging several homes.",
        "accident",
    ),
    (
        "Pakistan's polio campaign aims to reach 45 million children",
        "Pakistan began a nationwide vaccination drive against polio on Monday, with 400,000 health workers going door to door to give drops to 45 million children under the age of five, the health ministry said. The country has recorded 23 cases of the disease this year, compared with 74 last year. Pakistan and Afghanistan are the last two countries where wild polio still circulates. Officials urged parents to ignore rumours about the vaccine.",
        "health",
    ),
    (
        "Ukraine's police break up a ring selling Western-supplied rifles",
        "Ukrainian police and the security service said on Thursday they had arrested eight people, including two serving soldiers, accused of selling rifles, grenades and night-vision sights from army stores through encrypted messaging apps. Investigators said the weapons were bought by criminal groups in Ukraine and that some were being prepared for smuggling into the EU. Officers seized more than 200 weapons in raids in four regions.",
        "crime",
    ),
    (
        "Shakhtar Donetsk are champions again, eleven years from home",
        "Shakhtar Donetsk won the Ukrainian Premier League title on Sunday with a 2-0 victory over Oleksandriya in Kyiv, their first in three seasons, though the club has not played in Donetsk since 2014. The players celebrated in front of a crowd of 4,000, the most the stadium's shelter capacity allows. The coach said the title belonged to the fans who follow the team from city to city. Shakhtar will enter the Champions League qualifiers in July. Their home stadium in Donetsk, opened in 2009, has stood empty for more than a decade.",
        "sport",
    ),
    (
        "Afghan women's football team plays its first match in exile",
        "A team of Afghan women footballers, most of whom fled the country after the Taliban took over in 2021, played its first official match on Tuesday in Morocco, beating Chad 6-1 in a tournament organised by FIFA. Players who now live in Australia, Portugal and Britain cried during the anthem. FIFA has not recognised the team as Afghanistan's national side. The team's captain said they were playing for the girls who cannot.",
        "sport",
    ),
    (
        "Wives of Russian soldiers hold silent vigil at Kremlin wall",
        "About 30 women whose husbands were mobilised to fight in Ukraine laid flowers at the Tomb of the Unknown Soldier beside the Kremlin wall on Saturday, in a silent vigil to demand that the men be brought home. They carried no placards, and police watched without intervening. The group, which calls itself The Way Home, has been labelled a foreign agent.",
        "protest",
    ),
    (
        "Georgians march peacefully through Tbilisi on the 200th night of protests",
        "Several thousand people marched down Rustaveli Avenue on Tuesday evening to mark the 200th consecutive night of protests against the government's decision to suspend talks on joining the EU. Marchers carried EU and Georgian flags and sang the national anthem outside parliament. The rally ended peacefully shortly before midnight. Organisers say they will continue until new elections are called.",
        "protest",
    ),
    (
        "Lebanon's central bank chief says deposits will be returned over 15 years",
        "Lebanon's central bank governor said on Thursday that a draft law would allow savers to recover deposits trapped in the banking system since the 2019 financial collapse over 15 years, starting with small accounts. The IMF has made a credible plan to deal with the banking losses a condition of any loan. Depositors' groups said the plan was too slow.",
        "other",
    ),
    (
        "Syria swaps its banknotes and removes two zeros from the pound",
        "Syria's central bank began issuing new banknotes on Monday that remove two zeros from the pound, which lost more than 99% of its value during the civil war. The old notes, many of them bearing portraits of the Assad family, will remain legal tender for a year. Shopkeepers in Damascus said customers were confused by the new prices. The bank says the change will make cash easier to handle, not affect its value. Economists welcomed the move but said confidence depends on stable prices.",
        "other",
    ),
    (
        "Kosovo holds a snap election after a year of deadlock",
        "Voters in Kosovo returned to the polls on Sunday for the second time this year, after parliament failed for months to elect a speaker. The prime minister's party, which won most votes in February but fell short of a majority, hopes for a clearer mandate. Turnout was about 40%, and many Kosovars living abroad flew home to vote.",
        "other",
    ),
    (
        "Colombia's presidential race opens with a crowded field",
        "More than 60 people have registered to run for president of Colombia in next year's election, the registrar's office said, the largest field in the country's history. Polls show no clear favourite, with security, health care and the cost of living as voters' main worries. The sitting president cannot run again. Several candidates are expected to drop out before the party primaries in March.",
        "other",
    ),
    (
        "Kyiv's metro opens its first new station in a decade",
        "Kyiv opened a new metro station on the Syretsko-Pecherska line on Saturday, the first addition to the network since 2013, city officials said. The station was built largely during the war and is designed to serve as a shelter for up to 3,000 people.",
        "other",
    ),
    (
        "Analysis: Why Arsenal's defence suddenly looks under siege",
        "For two seasons Arsenal had the meanest defence in the Premier League; in the past month they have conceded 11 goals in five games. Opponents have found that a direct attack down the left flank, where the first-choice full-back is injured, catches the back line too high. The manager insists the problem is fatigue, not tactics. Saturday's visit of the league leaders will be the real test.",
        "sport",
    ),
    (
        "Sinaloa cartel co-founder pleads guilty in a Brooklyn court",
        "One of the founders of the Sinaloa cartel pleaded guilty in federal court in Brooklyn on Monday to drug trafficking and racketeering charges, admitting that he had paid bribes to politicians, police and soldiers for decades. The 77-year-old was flown to the United States last year by a son of his former partner, in a betrayal that split the cartel into warring factions. He faces life in prison. Prosecutors said his plea closed one of the longest-running investigations in the history of the Drug Enforcement Administration.",
        "crime",
    ),
    (
        "Boat carrying Rohingya refugees capsizes off Aceh",
        "A wooden boat carrying about 150 Rohingya refugees capsized in heavy seas off the west coast of Aceh on Wednesday, Indonesian officials said. Fishermen and rescuers pulled 69 people from the water, and dozens are missing. The passengers had left the refugee camps in Cox's Bazar, Bangladesh, more than two weeks earlier, survivors said. Search teams were hampered by high waves.",
        "accident",
    ),
    (
        "Cloudburst floods kill more than 300 in north-west Pakistan",
        "Flash floods set off by a cloudburst swept through villages in the Buner district of Khyber Pakhtunkhwa on Friday, killing more than 300 people, the provincial disaster authority said. Whole houses were carried away by boulders and mud. The army sent helicopters and troops to evacuate survivors, and one of its helicopters crashed during the rescue, killing its five crew. More heavy rain is forecast for the week.",
        "disaster",
    ),
    (
        "Ethiopia inaugurates the Grand Renaissance Dam on the Blue Nile",
        "Ethiopia's prime minister inaugurated the Grand Ethiopian Renaissance Dam on Tuesday, 14 years after construction began, calling it a gift to the whole Nile basin. The dam, Africa's largest hydroelectric plant, will double the country's power generation. Egypt, which depends on the Nile for almost all its water, repeated that it would defend its interests. Ethiopians paid for much of the project through bonds and donations.",
        "other",
    ),
    (
        "Nigeria rebases its economy, adding a fifth to the size of GDP",
        "Nigeria's statistics office said on Monday that the economy was about 30% larger than previously thought after it updated the base year for its national accounts to 2019, bringing in sectors such as the digital economy and pension funds. The change lowers the ratio of debt to output. Economists said the new figures did not change how poor most Nigerians feel. The naira was little changed.",
        "other",
    ),
    (
        "Ukraine trains 10,000 family doctors to treat war trauma",
        "Ukraine's health ministry says more than 10,000 family doctors and nurses have completed training to recognise and treat anxiety, depression and post-traumatic stress, under a programme launched with the World Health Organization. Officials estimate that nearly 10 million Ukrainians may need some form of mental health support. Patients can now be referred to a psychologist without paying. The programme will expand to schools next year.",
        "health",
    ),
]
