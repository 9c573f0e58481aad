"""dev219 negatives, policy desk: asylum laws and rulings, "invasion" rhetoric, deportation
policy, labour migration and remittances, return agreements, soldiers at borders with no
violence, and the desk's ordinary statistics and people."""

NEGATIVES = [
    # politics
    (
        "Trump invokes wartime Alien Enemies Act, calling gang an 'invasion'",
        "WASHINGTON - President Donald Trump on Saturday invoked the Alien Enemies Act of 1798, "
        "a wartime law last used to intern Japanese, German and Italian nationals during World "
        "War Two, declaring that the Venezuelan gang Tren de Aragua was “perpetrating, "
        "attempting, and threatening an invasion or predatory incursion” against the United "
        "States. Within hours, two planes carrying more than 200 Venezuelans left Texas for El "
        "Salvador, where the men were taken to a maximum-security prison under a deal with "
        "President Nayib Bukele. A federal judge in Washington had ordered the flights to turn "
        "around, and lawyers for the administration argued that the order came too late because "
        "the planes had already left US airspace. Families of several of the deported men said "
        "they had no criminal records and had been singled out for their tattoos. “This is a "
        "war-time power being used in peacetime against people who have had no hearing,” said a "
        "lawyer for the American Civil Liberties Union. The White House said the president was "
        "defending the country and would not be stopped by “one judge.” Venezuela's government "
        "called the deportations a kidnapping and demanded the men's return.",
        "politics",
    ),
    (
        "Rome court orders 12 migrants held in Albania brought back to Italy",
        "A court in Rome on Friday refused to approve the detention of 12 men held at an "
        "Italian-run centre in Albania, ordering them brought back to Italy in a blow to Prime "
        "Minister Giorgia Meloni's flagship plan to process asylum claims offshore. The judges "
        "cited a ruling by the European Court of Justice this month that a country can only be "
        "deemed safe if it is safe in all of its territory, and said Bangladesh and Egypt, where "
        "the men come from, did not meet that test. Meloni called the decision “prejudicial” "
        "and said her government would change the law to get around it. Her deputy, Matteo "
        "Salvini, accused “pro-migrant judges” of declaring war on Italians. The two centres, at "
        "the port of Shengjin and inland at Gjader, cost Italy an estimated 650 million euros "
        "over five years and were built to hold up to 3,000 men a month. The first 16 migrants "
        "were taken there by a navy ship this week, and four were sent back to Italy at once "
        "because they were minors or vulnerable. Opposition parties said the plan was an "
        "expensive failure.",
        "politics",
    ),
    (
        "Supreme Court blocks Rwanda deportation plan in blow to Sunak",
        "LONDON - Britain's Supreme Court ruled unanimously on Wednesday that the government's "
        "plan to send asylum seekers to Rwanda was unlawful, because there was a real risk that "
        "genuine refugees would be sent back to countries where they faced persecution. The "
        "judges pointed to Rwanda's record of rejecting claims from people fleeing Syria, "
        "Afghanistan and Yemen, and to evidence from the UN refugee agency. Prime Minister Rishi "
        "Sunak, who has made stopping small boats crossing the Channel one of his five "
        "pledges, said he would sign a new treaty with Kigali and introduce emergency "
        "legislation to declare Rwanda a safe country. “We will not let a foreign court stop "
        "these flights,” he told parliament. Some Conservative MPs urged him to leave the "
        "European Convention on Human Rights. No one has yet been sent to Rwanda under the "
        "scheme, which has cost Britain at least 140 million pounds. More than 27,000 people "
        "have crossed the Channel in small boats so far this year, down about a third on the "
        "same period last year. Refugee charities said the ruling should end what they called a "
        "cruel and unworkable plan. Outside the court, a small group of campaigners held "
        "placards reading “Refugees welcome here” and cheered as the ruling was read out. Home "
        "Secretary James Cleverly, appointed only two days earlier, said the government had "
        "been preparing for every outcome. Rwanda's government said it took issue with the "
        "finding that it was not a safe third country. The Conservative right called it a "
        "decisive battle in the war on the smuggling gangs and warned that the party would be "
        "punished at the next election if the flights did not take off.",
        "politics",
    ),
    (
        "European Parliament passes migration pact after years of battles",
        "BRUSSELS - The European Parliament on Wednesday narrowly approved an overhaul of the "
        "bloc's asylum and migration rules, ending almost a decade of bitter fights between "
        "member states that began with the arrival of more than a million people in 2015. The "
        "pact requires faster screening at external borders, lets countries hold some asylum "
        "seekers in centres near the frontier while their claims are checked, and obliges "
        "governments either to take in a share of arrivals from frontline states or to pay "
        "20,000 euros for each person they refuse. Voting was briefly interrupted when protesters "
        "in the public gallery shouted “This pact kills” and threw paper planes into the "
        "chamber; they were escorted out. Commission President Ursula von der Leyen called it a "
        "historic day. Left-wing lawmakers and rights groups said the rules would lead to "
        "detention of families, while Hungary and Poland said they would not implement the "
        "solidarity mechanism. The rules are due to come into force in 2026. Italy and Greece "
        "said they expected the rest of Europe to share more of the burden.",
        "politics",
    ),
    (
        "EU extends protection for Ukrainian refugees until March 2027",
        "European Union interior ministers agreed on Friday to extend the temporary protection "
        "that lets Ukrainians fleeing Russia's war live, work and go to school in the bloc "
        "without applying for asylum, until March 2027. About 4.3 million Ukrainians hold the "
        "status, most of them in Germany, Poland and the Czech Republic. The European Commission "
        "also recommended that governments start preparing for an orderly transition, including "
        "moving people onto national residence permits and setting up information centres for "
        "those who want to go home. Poland's interior minister said his country would keep "
        "supporting Ukrainians but wanted more help from Brussels with the cost of schooling and "
        "health care. Several ministers said a return to Ukraine would only be possible once there "
        "was a lasting peace. Surveys by the UN refugee agency show that the share of refugees "
        "planning to return has fallen each year. Ukrainian officials have urged Europe to "
        "encourage returns, saying the country needs workers for reconstruction.",
        "politics",
    ),
    (
        "Germany deports 28 convicted Afghans on first flight since Taliban takeover",
        "BERLIN - Germany deported 28 Afghan men convicted of crimes to Kabul on Friday, the "
        "first such flight since the Taliban took power in 2021, government spokesman Steffen "
        "Hebestreit said. The Qatar Airways charter left Leipzig early in the morning and each "
        "man was given 1,000 euros in cash, the interior ministry said. Berlin has no diplomatic "
        "relations with the Taliban and arranged the flight with the help of Qatar. Chancellor "
        "Olaf Scholz had promised to resume deportations of serious offenders after a police "
        "officer was stabbed to death by an Afghan man in Mannheim in May. The flight came a "
        "week before state elections in Saxony and Thuringia, where the far-right Alternative "
        "for Germany is leading in opinion polls. Refugee groups said the Taliban would use the "
        "deportations to seek recognition and that deportees could face torture. A Taliban "
        "foreign ministry official said Afghanistan was ready to take back its citizens under "
        "normal consular arrangements.",
        "politics",
    ),
    (
        "Hundreds of thousands of Afghans leave Pakistan ahead of deportation deadline",
        "TORKHAM, Pakistan - More than 200,000 Afghans have crossed back into Afghanistan from "
        "Pakistan in the past month, according to Pakistani officials, ahead of a Nov. 1 deadline "
        "for undocumented foreigners to leave or face arrest and deportation. Long lines of trucks "
        "loaded with bedding, cooking pots, livestock and doors taken from homes stretched for "
        "kilometres on the road to the Torkham crossing. Many of those leaving were born in "
        "Pakistan and have never lived in Afghanistan. “My children speak Urdu, not Pashto; I "
        "do not know what we will do in Jalalabad,” said a vegetable seller from Peshawar. "
        "Pakistan's caretaker government says illegal migrants are a security and economic "
        "burden, and has set up holding centres where people will be processed before "
        "deportation. The Taliban administration has opened camps near the border with tents, "
        "food and medical care, but aid agencies warned that winter was approaching and that "
        "funding for Afghanistan had collapsed. The UN refugee agency urged Pakistan to suspend "
        "the forced returns. At Torkham, Afghan officials said about 9,000 people were "
        "crossing each day, and lorry drivers complained that the queues had paralysed trade. "
        "Some families said police had given them only days to leave homes they had rented for "
        "twenty years. Others sold furniture, cattle and shops at a fraction of their value. "
        "“We came as refugees in 1980 and we are leaving as refugees again,” said an elderly "
        "man sitting on a pile of quilts. Pakistan's foreign ministry said the policy applied "
        "to all undocumented foreigners and was not aimed at Afghans.",
        "politics",
    ),
    (
        "Denmark becomes first EU country to revoke Syrians' residence permits",
        "COPENHAGEN - Denmark has told about 380 Syrian refugees from the Damascus area that their "
        "residence permits will not be renewed, becoming the first European Union country to "
        "declare parts of Syria safe for return. Immigration minister Mattias Tesfaye said the "
        "government had been open from the start that protection was temporary and would end "
        "when conditions improved. Among those affected is a 19-year-old student who was due to "
        "sit her final school exams in Nyborg and whose case has drawn protests from classmates "
        "and teachers. Because Denmark has no diplomatic ties with President Bashar al-Assad's "
        "government, it cannot deport people and those who refuse to leave will be moved to "
        "departure centres. Lawyers said families would be split up because adult men risk "
        "military conscription in Syria and usually keep their permits. Amnesty International "
        "called the decision a dangerous precedent. The UN refugee agency said it did not "
        "consider any part of Syria safe enough for returns.",
        "politics",
    ),
    # economy
    (
        "Remittances to Mexico hit record $63 billion despite strong peso",
        "MEXICO CITY - Money sent home by Mexicans working abroad rose to a record $63.3 billion "
        "last year, up 7.6% from 2022, the Bank of Mexico said on Thursday, making the country "
        "the world's second-largest recipient of remittances after India. The flows, almost all "
        "of them from the United States, are worth more than foreign direct investment and oil "
        "exports combined. The strong peso meant that families received less in local currency "
        "for each dollar, economists said, and growth slowed in the second half of the year. "
        "The average transfer was about $390. Michoacan, Guanajuato and Jalisco received the "
        "most money, while in Chiapas remittances have grown fastest as more people from the "
        "south head north. Analysts at BBVA said that tighter US immigration rules could slow "
        "the flows this year. Transfer companies are locked in a price war to win customers "
        "from banks, and the average fee on a $200 transfer has fallen below 4%.",
        "economy",
    ),
    (
        "Nepal's migrant workers send home a quarter of the economy",
        "KATHMANDU - Remittances from Nepalis working abroad reached 1.2 trillion rupees in the "
        "last fiscal year, equivalent to about a quarter of gross domestic product, Nepal Rastra "
        "Bank said. More than 740,000 labour permits were issued over the year, most of them for "
        "jobs in Qatar, Saudi Arabia, the United Arab Emirates and Malaysia, and a growing number "
        "for Japan, South Korea, Romania and Croatia. At Tribhuvan International Airport, young "
        "men with employment visas queue every morning for flights to the Gulf. The department "
        "of foreign employment said 1,214 workers had died abroad over the year, most from heart "
        "attacks, traffic accidents and suicide, and called for better health checks by "
        "employers. Economists warned that the country depended too heavily on the money to pay "
        "for imports and that villages in the hills were emptying of working-age men. The "
        "government says it wants to create jobs at home so that working abroad becomes a "
        "choice rather than a necessity.",
        "economy",
    ),
    (
        "Japan replaces trainee programme with new visa to attract foreign workers",
        "TOKYO - Japan's parliament on Friday passed a law abolishing the Technical Intern "
        "Training Programme, long criticised as a cover for cheap labour, and replacing it with "
        "a new visa meant to train and keep foreign workers. Under the new system, due to start "
        "in 2027, workers will be allowed to change employers within the same sector after one "
        "to two years, something trainees have been barred from doing. About 410,000 people, "
        "most of them from Vietnam, Indonesia and the Philippines, work in Japan as technical "
        "interns in farming, construction, food processing and care. Rights groups had "
        "documented unpaid overtime, confiscated passports and harassment, and thousands of "
        "trainees disappear from their workplaces every year. Business groups welcomed the "
        "reform as Japan's workforce shrinks and the population ages. “This is a battle for "
        "talent with South Korea and Taiwan, and we were losing it,” said the head of a staffing "
        "agency in Osaka. The government also raised the cap on the specified skilled worker "
        "visa to 820,000 over five years.",
        "economy",
    ),
    (
        "Fintechs undercut banks as fees on remittances to Africa fall",
        "LONDON - The cost of sending money to sub-Saharan Africa has fallen to its lowest level "
        "on record as mobile money apps wage a price war against banks and traditional transfer "
        "firms, the World Bank said in its latest remittance prices report. Sending $200 to the "
        "region still costs an average of 7.7%, the highest of any region and well above the "
        "global target of 3%. Transfers from Britain to Kenya, Ghana and Nigeria, some of the "
        "busiest corridors, are now often free of fees, with companies making their money on "
        "the exchange rate instead. Remittances to sub-Saharan Africa were about $54 billion "
        "last year, according to World Bank estimates, more than the region received in aid. "
        "Nurses and care workers recruited by Britain's health service have become an important "
        "source of the money, said an economist at the Overseas Development Institute. Regulators "
        "in Nigeria have tightened rules on foreign exchange, and several apps have suspended "
        "services there in recent months.",
        "economy",
    ),
    (
        "Philippines halts new deployments of domestic workers to Kuwait",
        "MANILA - The Philippines on Wednesday suspended the deployment of first-time domestic "
        "workers to Kuwait after the killing of a Filipina maid whose burned body was found in "
        "the desert last month. Kuwait's public prosecutor has charged the 17-year-old son of "
        "her employer with murder. Migrant Workers Secretary Susan Ople said the ban would stay "
        "in place until Kuwait agreed to stronger protections, including a ban on employers "
        "keeping workers' passports. About 268,000 Filipinos work in Kuwait, most of them as "
        "domestic helpers, and their remittances are an important source of income for "
        "families in the provinces. Kuwait responded by suspending new visas for Filipinos, "
        "saying Manila had breached a 2018 labour agreement. Recruitment agencies in Manila said "
        "thousands of workers who had already signed contracts were now stranded. The two "
        "governments have clashed over the treatment of domestic workers before, and a similar "
        "ban was imposed for several months in 2018.",
        "economy",
    ),
    # other
    (
        "UK asylum backlog hits record 175,000 people as hotel costs rise",
        "The number of people waiting for an initial decision on an asylum claim in the United "
        "Kingdom rose to a record 175,457 at the end of March, Home Office figures published on "
        "Thursday showed, up 57% on a year earlier. More than 51,000 asylum seekers were being "
        "housed in hotels, at a cost the department put at about 6 million pounds a day. The "
        "Home Office made 19,260 initial decisions in the first quarter, more than in any "
        "quarter since 2016, and granted protection in 76% of them. Albanians, Afghans, Iranians "
        "and Iraqis made up the largest groups of claimants. Immigration minister Robert Jenrick "
        "said the government was on track to clear the legacy backlog of claims made before "
        "June last year. The Refugee Council said many people had waited more than a year "
        "without being able to work. Net migration remained close to record levels, driven by "
        "overseas students and health and care workers rather than asylum seekers.",
        "other",
    ),
    (
        "From a rubber dinghy to the town hall: Syrian refugee elected mayor in Baden-Wurttemberg",
        "NEUWEILER, Germany - Eight years after he crossed the Aegean in an overcrowded rubber "
        "dinghy, Samir Haddad has been elected mayor of this village of 3,200 people in the Black "
        "Forest foothills, winning 55% of the vote against two local candidates. Haddad, 31, "
        "grew up in Suwayda in southern Syria and left in 2015 to avoid military service. He "
        "learned German in a reception centre, trained as an administrator at a district office "
        "and became a German citizen last year. “People here did not vote for a refugee, they "
        "voted for someone who knows how to fix the kindergarten budget,” he said on Monday. "
        "His campaign focused on broadband, a new fire station and keeping the village bakery "
        "open. Some residents said they had doubts about a mayor who was not born in the region "
        "but had been won over by his door-to-door campaign. Haddad said he still speaks to his "
        "parents in Syria every Sunday by video call.",
        "other",
    ),
    (
        "Turkey says 35,000 Syrians have gone home since Assad's fall",
        "ANKARA - About 35,000 Syrians have returned home from Turkey in the three weeks since "
        "Bashar al-Assad was overthrown, Interior Minister Ali Yerlikaya said on Tuesday, as "
        "families loaded cars and minibuses at the Cilvegozu and Oncupinar border gates. Turkey "
        "hosts about 2.9 million Syrians under temporary protection, more than any other country. "
        "The ministry has let one member of each family make up to three trips between January "
        "and July to check on homes and prepare for a permanent move. Many returnees said they "
        "were going to see what was left of their houses in Aleppo and Idlib before deciding "
        "whether to bring their children. “We have been guests for 12 years; now we go back to "
        "build,” said a carpenter from Aleppo, waiting in a queue of about 200 people. The UN "
        "refugee agency said it expected about one million Syrians to return from abroad in the "
        "first half of the year, and warned that housing, electricity and jobs were scarce. "
        "Turkish business groups said factories in Gaziantep would lose many workers.",
        "other",
    ),
    # peace
    (
        "Congo and Rwanda sign peace deal in Washington with pledge on refugee returns",
        "WASHINGTON - The foreign ministers of Congo and Rwanda signed a peace agreement at the "
        "State Department on Friday, committing their governments to respect each other's "
        "territorial integrity and to set up a joint security mechanism within 30 days. The "
        "agreement also provides for the safe, voluntary return of refugees and internally "
        "displaced people, with the UN refugee agency, and for humanitarian access in the "
        "eastern provinces. More than 500,000 Congolese refugees live in neighbouring countries, "
        "and Rwanda hosts about 80,000 of them, some in camps for more than 25 years. Secretary "
        "of State Marco Rubio called it an important moment after three decades of war. Congo's "
        "foreign minister, Therese Kayikwamba Wagner, said the victims expected the deal to be "
        "respected on the ground. Refugee leaders in Rwanda's Kiziba camp said they wanted "
        "guarantees before going home. A separate negotiation between Kinshasa and the M23 "
        "rebels continues in Doha.",
        "peace",
    ),
    (
        "Myanmar delegation visits Cox's Bazar to verify Rohingya for repatriation pilot",
        "COX'S BAZAR, Bangladesh - A delegation of Myanmar officials arrived in Teknaf on "
        "Wednesday to interview Rohingya refugees for a pilot repatriation scheme brokered by "
        "China, under which about 1,100 people would return to Rakhine state in the coming "
        "months. The 22 officials were to verify the identities of families on a list prepared "
        "by Bangladesh. Many refugees said they would not go back unless they were granted "
        "citizenship and allowed to return to their own villages rather than to purpose-built "
        "camps. “Without citizenship, it is just moving us from one camp to another,” said a "
        "community leader in Kutupalong. Bangladesh's refugee commissioner said the pilot was a "
        "first step and that repatriation was the only lasting solution for the roughly one "
        "million Rohingya in the country. The UN refugee agency said it was not involved and "
        "that conditions in Rakhine were not yet right for safe returns. A previous attempt to "
        "start returns in 2019 failed when no refugees volunteered.",
        "peace",
    ),
    (
        "Colombia and Venezuela reopen border to trucks after seven years",
        "CUCUTA, Colombia - Trucks loaded with goods crossed the Simon Bolivar bridge between "
        "Colombia and Venezuela on Monday for the first time in seven years, as the two countries "
        "restored commercial traffic along their 2,200 km border. Colombian President Gustavo "
        "Petro, who took office last month, and Venezuela's Nicolas Maduro restored diplomatic "
        "relations in August. Crowds waved flags on both ends of the bridge and a band played "
        "as the first truck, carrying tyres, rolled across. Traders in Cucuta said the reopening "
        "would end years in which goods had to be carried across illegal paths known as trochas. "
        "Colombia hosts about 2.5 million Venezuelan migrants, more than any other country, and "
        "officials said they hoped the reopening would also make it easier for families divided "
        "by the border to visit each other legally. Business groups in both countries said they "
        "expected trade to reach $1.2 billion this year. Flights between Bogota and Caracas are "
        "due to resume in the coming weeks.",
        "peace",
    ),
    (
        "Tanzania, Burundi and UNHCR agree to speed up refugee returns",
        "DAR ES SALAAM - Tanzania, Burundi and the UN refugee agency agreed on Thursday to speed "
        "up the voluntary return of Burundian refugees, with a target of moving about 2,000 "
        "people a week from the Nduta and Mtendeli camps by the end of the year. The tripartite "
        "commission said that returnees would receive a cash grant, food for three months and "
        "household items, and that the Burundian government would help them recover their "
        "land. About 150,000 Burundians remain in Tanzania, most of whom fled a political crisis "
        "in 2015. Burundi's interior minister said the country was at peace and urged all "
        "refugees to come home. Refugees in Nduta said some of those who had gone back had "
        "struggled to find land and food. Tanzania closed Mtendeli last year and has said the "
        "remaining camps should close too. UNHCR said it supported returns that were genuinely "
        "voluntary and asked donors for more money for reintegration programmes in Burundi.",
        "peace",
    ),
    # military
    (
        "Pentagon sends 1,500 more troops to the southern border",
        "WASHINGTON - The Pentagon said on Wednesday it was sending about 1,500 active-duty troops "
        "to the US-Mexico border, along with helicopters and intelligence analysts, to support "
        "Customs and Border Protection after President Donald Trump declared a national "
        "emergency at the frontier. The soldiers, from units at Fort Bragg and Fort Campbell, "
        "will help with transport, logistics and building barriers, and will not take part in "
        "arrests, officials said. Two military aircraft will also be used to fly deportees out of "
        "the country. Trump has described the arrival of migrants as an invasion, and his "
        "defence secretary said the military would “secure the border” as its first mission. "
        "About 2,500 National Guard and reserve troops were already deployed there. Border "
        "apprehensions have fallen sharply since last year, and some former commanders said the "
        "deployment was more about politics than need. Mexico's president said her government "
        "had sent 10,000 National Guard members to its side of the border under an agreement "
        "with Washington.",
        "military",
    ),
    (
        "Poland drills troops on Belarus border as East Shield fortifications take shape",
        "BIALYSTOK, Poland - Polish soldiers, border guards and police held a three-day exercise "
        "along the frontier with Belarus this week, practising how to respond to a sudden push "
        "by large groups of migrants, part of what Warsaw calls a hybrid attack organised by "
        "Minsk and Moscow. The drills involved about 2,000 troops, drones, armoured vehicles and "
        "helicopters, the defence ministry said. Engineers are also digging anti-tank ditches and "
        "laying concrete obstacles under the East Shield programme, a 10 billion zloty plan to "
        "fortify the eastern border. Since 2021 Poland has built a 5.5-metre steel fence along "
        "186 km of the border, and says attempts to cross illegally have fallen this year. "
        "Defence Minister Wladyslaw Kosiniak-Kamysz said the army was preparing for every "
        "scenario. Local residents said the military presence had hurt tourism in the Bialowieza "
        "forest. Rights groups said asylum seekers were still being pushed back to Belarus "
        "without their claims being heard.",
        "military",
    ),
    (
        "Royal Navy takes command of Channel small boats operation",
        "LONDON - The Royal Navy formally took charge of operations against small boats in the "
        "English Channel on Thursday, as the government promised a tougher response to record "
        "crossings. Defence officials said the navy would coordinate Border Force cutters, "
        "military patrol boats, surveillance aircraft and drones from a command centre in Dover, "
        "but would not turn boats back at sea. Prime Minister Boris Johnson said the move sent a "
        "clear message to the gangs that profit from the crossings. The navy's First Sea Lord "
        "said the service was ready but that the task was a humanitarian one as much as a "
        "security one. More than 28,000 people crossed the Channel last year, most of them "
        "picked up by Border Force and brought ashore. Opposition MPs said the announcement "
        "was a gimmick, and the Commons defence committee called it a distraction from the "
        "navy's core tasks. Two offshore patrol vessels and a squadron of Wildcat helicopters "
        "will be assigned to the operation.",
        "military",
    ),
]
