"""dev41 negatives in the humanitarian register: crime (aid theft, smuggling, fraud, kidnapping
for ransom by criminals), peaceful protests, prices and the economy, aid politics, culture,
sport, and ordinary development news (WASH, education, school meals, livelihoods).
(title, text, kind code); kind codes in eval/conflictset."""

NEGATIVES = [
    # crime
    (
        "Malawi police arrest 12 over theft of donated maize",
        "Police in Malawi arrested 12 people, including two government officials, over the theft of 1,300 bags of maize donated for drought relief from a warehouse in Blantyre, a police spokesperson said. The bags were found in a private depot in Lilongwe. Relief distributions in Chikwawa were delayed by two weeks.",
        "crime",
    ),
    (
        "Spanish police break up jet-ski smuggling ring across the Strait",
        "Spanish police arrested 19 people accused of smuggling migrants by jet ski and speedboat across the Strait of Gibraltar, charging up to 6,000 euros per crossing, the interior ministry said. Police seized four speedboats and 300,000 euros in cash.",
        "crime",
    ),
    (
        "Aid agency driver robbed at gunpoint in Nairobi",
        "Two armed men robbed a driver working for a humanitarian agency at a traffic light in Nairobi's Westlands area, taking a laptop and 40,000 shillings, police said. The driver was not hurt.",
        "crime",
    ),
    (
        "Afar court jails traders for selling donated wheat",
        "A court in Ethiopia's Afar region sentenced nine traders and two officials to prison for selling donated wheat in local markets, a case that led WFP and USAID to pause food aid last year. WFP has since introduced biometric checks at distribution points.",
        "crime",
    ),
    (
        "Aceh court jails Rohingya smuggler for eight years",
        "A court in Aceh sentenced a Rohingya man to eight years in prison for smuggling 137 refugees by boat from Bangladesh, the prosecutor said. The boat landed on a beach in Pidie regency in December.",
        "crime",
    ),
    (
        "Hackers breach ICRC servers holding data of 515,000 people",
        "Hackers breached ICRC servers hosting the personal data of more than 515,000 people, including people separated from their families, the organisation said, calling the cyber attack sophisticated. The organisation took the affected systems offline. It said it had no evidence that the data had been published.",
        "crime",
    ),
    (
        "Charity head jailed for embezzling flood relief donations",
        "A court in Lahore jailed the head of a local charity for seven years for embezzling donations collected for flood victims, Pakistan's anti-corruption agency said.",
        "crime",
    ),
    (
        "Police free 31 migrants kidnapped for ransom near Reynosa",
        "Mexican police freed 31 migrants who had been taken from a bus near Reynosa and held for ransom, and arrested three suspects, the Tamaulipas prosecutor's office said. The kidnappers had demanded money from relatives in the United States. The migrants, from Honduras, Venezuela and Ecuador, were taken to a shelter run by a church.",
        "crime",
    ),
    (
        "Four arrested over fake resettlement scheme in Kampala",
        "Police in Kampala arrested four people accused of charging refugees up to $2,000 each for fake resettlement places in Canada and Australia. UNHCR reminded refugees that resettlement is always free.",
        "crime",
    ),
    # peaceful protest
    (
        "Kakuma refugees march against ration cuts",
        "Hundreds of refugees marched peacefully to the UNHCR compound in Kakuma camp to protest after WFP cut monthly rations to 40% of a full basket because of funding shortfalls. They handed a petition to camp officials. WFP said it hoped to restore full rations if new funding arrives.",
        "protest",
    ),
    (
        "UNRWA staff in Jordan begin open-ended strike over pay",
        "AMMAN - Staff at UNRWA's schools and clinics in Jordan began an open-ended strike to demand a salary increase, closing 160 schools, the staff union said. UNRWA said it could not meet the demand because of its financial crisis.",
        "protest",
    ),
    (
        "Activists march at COP29 for loss and damage finance",
        "Several hundred activists marched through the venue of the UN climate conference in Baku chanting for rich countries to pay for loss and damage, in a demonstration approved by the UN, organisers said.",
        "protest",
    ),
    (
        "Rohingya rally in Kutupalong for safe return to Myanmar",
        "Thousands of Rohingya refugees held a rally in Kutupalong camp on Sunday calling for a safe and dignified return to Myanmar with citizenship rights. Police said the event ended peacefully.",
        "protest",
    ),
    (
        "Asylum seekers on Lesbos begin hunger strike over delays",
        "About 40 asylum seekers at the Mavrovouni reception centre on Lesbos began a hunger strike to protest delays in their cases, the Greek Council for Refugees said. Some of them have waited more than a year for an interview.",
        "protest",
    ),
    (
        "Displaced families stage sit-in against Mogadishu evictions",
        "Hundreds of people living in informal settlements on the outskirts of Mogadishu held a sit-in outside the Banadir regional administration to protest against planned evictions by private landowners. Protesters carried placards and sang. The administration promised to meet community leaders the following week.",
        "protest",
    ),
    (
        "Charities rally outside Parliament against aid cut",
        "LONDON - Staff and supporters of about 50 charities gathered outside Parliament to protest the government's plan to cut overseas aid to 0.3% of national income, handing in a petition with 200,000 signatures.",
        "protest",
    ),
    (
        "Tamil mothers mark 3,000 days of roadside protest in Kilinochchi",
        "Mothers of people who disappeared during Sri Lanka's civil war marked 3,000 days of a continuous roadside protest in Kilinochchi, demanding to know what happened to their children. They sat under a tent by the A9 road with photographs of their missing sons and daughters.",
        "protest",
    ),
    # economy
    (
        "WFP: maize prices double in Malawi after devaluation",
        "The price of maize in Malawi's markets has doubled since the kwacha was devalued by 44%, WFP's market monitor said, pushing poorer households to cut the number of meals they eat. The agency expects prices to keep rising until the next harvest in April.",
        "economy",
    ),
    (
        "Nigeria's food inflation hits record as families skip meals",
        "Nigeria's food inflation rose to 40%, driven by the removal of the fuel subsidy and the fall of the naira, and WFP said about 31 million people now face acute food insecurity. A 50 kg bag of rice now costs more than the monthly minimum wage. The government has announced a 150-day waiver of import duties on some foods.",
        "economy",
    ),
    (
        "Fertiliser prices squeeze smallholders in East Africa",
        "Fertiliser prices in Kenya and Tanzania remain about 60% above their 2020 levels, IFPRI said, and smallholder farmers are planting less maize as a result.",
        "economy",
    ),
    (
        "Price war among mobile money firms halves aid transfer fees in Somalia",
        "A price war between mobile money providers in Somalia has halved the fees that aid agencies pay to send cash to families, the country's Cash Working Group said. The savings will allow agencies to reach about 30,000 more households.",
        "economy",
    ),
    (
        "WFP: a third of Sri Lankan households still food insecure",
        "Nearly one in three households in Sri Lanka remain food insecure after the economic crisis sent prices soaring, WFP said, and many families have reduced the size of their meals.",
        "economy",
    ),
    (
        "World Bank: remittances to low-income countries reach a record",
        "Remittances to low- and middle-income countries reached a record $685 billion last year, the World Bank said, outstripping foreign direct investment and official development aid combined. Mexico, India and the Philippines were the largest recipients.",
        "economy",
    ),
    # politics
    (
        "US aid freeze halts HIV programmes in Mozambique and Uganda",
        "Clinics supported by US funding in Mozambique and Uganda have stopped handing out HIV drugs after Washington froze foreign aid for 90 days, NGOs said. Some patients have been sent home with a week's supply. The State Department later issued a waiver for life-saving treatment.",
        "politics",
    ),
    (
        "Kenya's president vows 'war on hunger' as school meals plan launched",
        "Kenya's president vowed to wage war on hunger as he launched a plan to feed 10 million schoolchildren a day by 2030, with support from WFP. The plan will be paid for partly by county governments.",
        "politics",
    ),
    (
        "IOM: 1.3 million Afghans leave Pakistan under expulsion drive",
        "More than 1.3 million Afghans have returned from Pakistan since the government launched its drive to expel undocumented foreigners, IOM said, with many arriving at the Torkham crossing with few belongings. Pakistan says those without valid documents must leave by the end of the month.",
        "politics",
    ),
    (
        "Battle over development budget in Dutch parliament",
        "Dutch lawmakers clashed over the government's plan to cut the development budget by 2.4 billion euros. Opposition parties accused ministers of attacking the world's poorest. The minister said the cuts would focus aid on trade and migration. A vote is expected next week.",
        "politics",
    ),
    (
        "UN80 memo proposes merging parts of UNHCR and IOM",
        "The UN secretary-general proposed merging parts of UNHCR and IOM and cutting staff across the secretariat by 20% as donors reduce funding, according to an internal memo seen by Reuters. The memo said some agencies could move staff from Geneva and New York to cheaper duty stations.",
        "politics",
    ),
    (
        "Denmark tightens family reunification rules for refugees",
        "Denmark's parliament passed a law requiring refugees to wait three years before applying for family reunification, a move UNHCR said would keep children apart from their parents.",
        "politics",
    ),
    # entertainment
    (
        "Documentary on Zaatari girls' football team premieres in Amman",
        "A documentary following a girls' football team in Zaatari refugee camp premiered at the Amman International Film Festival, with several of the players in the audience. The film took five years to make. Its director grew up in Amman.",
        "entertainment",
    ),
    (
        "Paris exhibition shows 200 photographs from MSF missions",
        "An exhibition of 200 photographs from MSF missions since the 1990s, from famine in Somalia to the Ebola epidemic, opened at the Hôtel de Ville in Paris.",
        "entertainment",
    ),
    (
        "Novel by former child soldier wins Caine Prize",
        "A debut novel by a former child soldier from Sierra Leone about growing up in a refugee camp in Guinea won the Caine Prize for African Writing, the judges said. The prize is worth 10,000 pounds.",
        "entertainment",
    ),
    (
        "Drama series about aid workers in fictional famine draws criticism",
        "A new drama series following a team of aid workers during a fictional famine has drawn criticism from humanitarian groups, who say it portrays local staff as helpless.",
        "entertainment",
    ),
    # sport
    (
        "IOC names 37 athletes to Refugee Olympic Team",
        "The IOC named 37 athletes to the Refugee Olympic Team for the Paris Games, including a boxer who trained in Kakuma and a breaking dancer from Afghanistan. The team will be second in the parade of nations on the Seine.",
        "sport",
    ),
    (
        "Kakuma Tigers storm to league title with late strike",
        "Kakuma Tigers won the camp's football league on Saturday after a late strike by their captain broke a stubborn defence in front of 5,000 spectators, the Lutheran World Federation said.",
        "sport",
    ),
    (
        "Afghan women cricketers in exile play first match together",
        "Afghanistan's women cricketers, who left the country in 2021, played their first match together in Melbourne, an exhibition game against a Cricket Without Borders XI. The match drew about 3,000 spectators. The players hope to be recognised by the International Cricket Council.",
        "sport",
    ),
    (
        "Runners battle midday heat in Nairobi charity marathon",
        "About 12,000 runners battled the midday heat at a charity marathon in Nairobi that raised funds for school meals in Turkana and Marsabit, organisers said.",
        "sport",
    ),
    # other
    (
        "Solar-powered water systems reach 120,000 people in Zinder and Maradi",
        "UNICEF and the government of Niger completed 40 solar-powered water systems in Zinder and Maradi regions, serving about 120,000 people, the agency said. The systems replace diesel pumps that often broke down. Women now spend less time fetching water. Water committees collect small fees to pay for repairs.",
        "other",
    ),
    (
        "Save the Children opens 20 learning centres for girls in Cox's Bazar",
        "Save the Children opened 20 learning centres for adolescent girls in the Cox's Bazar camps, teaching the Myanmar curriculum in Burmese. The charity said more than 1,500 girls had enrolled in the first week.",
        "other",
    ),
    (
        "Drought-tolerant millet lifts yields in Kaffrine",
        "Farmers in Senegal's Kaffrine region who planted a new drought-tolerant millet variety harvested about 30% more than their neighbours, the Senegalese agricultural research institute ISRA said. The seeds are being distributed through farmers' cooperatives.",
        "other",
    ),
    (
        "School meals expand to 1,200 schools in Burundi",
        "WFP and Burundi's education ministry expanded school meals to 1,200 schools, using beans and maize bought from local farmers' cooperatives. Attendance rose in the first term, the ministry said.",
        "other",
    ),
    (
        "Latrine and handwashing programme reaches 300 villages in Tonkolili",
        "A sanitation programme run by CARE and Sierra Leone's health ministry has helped 300 villages in Tonkolili district end open defecation, with households building their own latrines and handwashing stations. Diarrhoea cases at local clinics have fallen by about half. The programme will expand to two more districts next year.",
        "other",
    ),
    (
        "Oxfam report: richest 1% emit as much carbon as poorest two thirds",
        "The richest 1% of the world's population produce as much carbon pollution as the poorest 5 billion people, Oxfam said in a report published ahead of the UN climate summit.",
        "other",
    ),
    (
        "Cash transfers cut child marriage in northern Bangladesh, study finds",
        "Monthly cash transfers to poor households in Kurigram district reduced child marriage by about a quarter over three years, a study by BRAC and a British university found. Girls in the families who received the grants were also more likely to stay in school.",
        "other",
    ),
    (
        "Ghana to add fortified rice to school feeding",
        "Ghana's school feeding programme will start serving rice fortified with iron, zinc and vitamins in 2,000 schools from September, the gender and social protection ministry said, with technical support from WFP.",
        "other",
    ),
    (
        "Mobile birth registration reaches remote villages in Zambia",
        "Mobile teams registered the births of 45,000 children in remote districts of Zambia's Western province in three months, UNICEF said. The teams use tablets that upload records when they reach a network. Without a birth certificate, children can struggle to enrol in school. The scheme will be extended to Northern province.",
        "other",
    ),
]
