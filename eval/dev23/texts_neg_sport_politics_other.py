"""dev23 texts: negatives, batch 3, continued (a vigil, sport, politics, economy, entertainment, other).

NEGATIVES = [(title, text, kind code), ...]
"""

NEGATIVES = [
    # ---------------------------------------------------------------- negatives, batch 3, continued (a vigil, sport, politics, economy, entertainment, other)
    (
        "City of Uvalde: vigil for the victims of Robb Elementary",
        "Hundreds of residents held a candlelight vigil in the town square on 24 May 2023, one year after the shooting at Robb Elementary School, the city said. Nineteen children and two teachers were killed. Families read the names of the victims. The school building has been demolished.",
        "history",
    ),
    (
        "Ministry of Interior of Qatar: security arrangements for the World Cup",
        "More than 50,000 personnel from 13 countries will support the security of the FIFA World Cup, the Ministry of Interior said on 8 November 2022. A command centre will monitor all eight stadiums. Fans are reminded that flares, drones and alcohol are prohibited inside the stadiums.",
        "sport",
    ),
    (
        "Greater Manchester Police: plan for the Manchester derby",
        "More than 300 officers will be on duty for the Manchester derby on 5 March 2023, Greater Manchester Police said. Away fans will be escorted to the stadium. Pyrotechnics, chants that abuse victims of tragedies and throwing objects onto the pitch will lead to arrest.",
        "sport",
    ),
    (
        "French Ministry of the Interior: 45,000 police and gendarmes for the Olympic opening ceremony",
        "Some 45,000 police and gendarmes will be deployed for the opening ceremony of the Olympic Games on the Seine on 26 July 2024, the Minister of the Interior said. An anti-terrorist perimeter will be set up along the river. Around 18,000 soldiers will support the security of the Games.",
        "sport",
    ),
    (
        "Ministry of Sport: our Lions will fight to the end",
        "The Minister of Sports congratulated the national team on its qualification for the quarter-finals, the ministry said on 28 January 2024. He called on the Indomitable Lions to go into battle with the heart of warriors against an opponent with a formidable attack. Supporters are invited to watch the match on giant screens.",
        "sport",
    ),
    (
        "CAF and Ivorian police: security for AFCON 2023",
        "The Ivorian government will deploy 17,000 security personnel during the Africa Cup of Nations, the Ministry of Interior and Security said on 10 January 2024. Fans must present a Fan ID to enter stadiums. Forces will be present in the six host cities and at the fan zones.",
        "sport",
    ),
    (
        "West Midlands Police: 12 arrested after fans fight outside ground",
        "Twelve people were arrested after rival supporters fought outside the ground following the match on 18 August 2024, West Midlands Police said. Bottles and flares were thrown, and two officers were injured. Officers will be reviewing CCTV to identify others involved. Banning orders will be sought.",
        "sport",
    ),
    (
        "Gujarat Police: 7,000 personnel for the India-Pakistan match in Ahmedabad",
        "More than 7,000 police personnel, including commandos and the Rapid Action Force, will be deployed for the World Cup match between India and Pakistan at the Narendra Modi Stadium on 14 October 2023, the Ahmedabad police commissioner said. Spectators are advised to arrive early.",
        "sport",
    ),
    (
        "Boston Athletic Association: tighter checks for the marathon",
        "Runners and spectators at the Boston Marathon on 17 April 2023 will pass security checkpoints, the Boston Athletic Association said with the city police. Backpacks and bulky items are not permitted near the finish line. About 30,000 runners are expected.",
        "sport",
    ),
    (
        "Ministry of Social Development launches a war on poverty",
        "The government has launched a national war on poverty, with cash transfers for 3 million households, the Ministry of Social Development said on 1 March 2023. The minister said the battle against hunger would be won village by village. The programme will be reviewed after one year.",
        "politics",
    ),
    (
        "Ministry of Finance rejects opposition attack on the budget",
        "The Ministry of Finance has rejected what it called a baseless attack on the budget by the opposition, a spokesperson said on 4 November 2024. The minister said the government would fight for every line of the plan in parliament. The vote is expected next week.",
        "politics",
    ),
    (
        "Ministry of Environment declares war on single-use plastics",
        "The Ministry of Environment has declared war on single-use plastics, announcing a ban on plastic bags from 1 January 2025, the ministry said. Shops found selling the bags will be fined. The minister said the battle to clean the rivers had only just begun.",
        "politics",
    ),
    (
        "Prime Minister's Office: minister resigns after being targeted over expenses",
        "The Minister of Housing has resigned after coming under fire over expense claims, the Prime Minister's Office said on 20 January 2023. The Prime Minister thanked her for her service. An independent adviser will review the claims.",
        "politics",
    ),
    (
        "Government spokesperson: cabinet to win the battle against inflation",
        "The government is determined to win the battle against inflation, the spokesperson said after the cabinet meeting on 12 April 2022. Fuel taxes will be cut for three months and pensions raised. The opposition called the measures a shot in the dark.",
        "politics",
    ),
    (
        "Office of the President: bombshell audit triggers cabinet reshuffle",
        "The President has reshuffled the cabinet after a bombshell audit report, the Office of the President said on 9 August 2024. Three ministers were dismissed. The President said the government would wage a relentless campaign against corruption.",
        "politics",
    ),
    (
        "Ministry of Commerce: China will fight a trade war to the end",
        "If the United States insists on escalating tariffs, China will fight to the end, the Ministry of Commerce said on 8 April 2025. The ministry said there are no winners in a trade war. China will take countermeasures to protect its rights and interests.",
        "economy",
    ),
    (
        "Competition Commission: price war among airlines is good for consumers",
        "The price war between low-cost airlines on domestic routes has cut fares by a third, the Competition Commission said in its market review of 2019. The commission found no evidence of predatory pricing. It will continue to monitor the market.",
        "economy",
    ),
    (
        "Central bank: no intention to join a currency war",
        "The Central Bank has no intention of entering a currency war, the governor said on 5 August 2019. Interventions in the foreign exchange market are aimed only at smoothing volatility. The bank kept its key rate unchanged.",
        "economy",
    ),
    (
        "Telecom regulator: bidding war for 5G spectrum ends",
        "The spectrum auction ended after 40 rounds of bidding, the Telecom Regulatory Authority said on 1 August 2022. Three operators won licences in the 3.5 GHz band. The regulator said the bidding war raised more than expected.",
        "economy",
    ),
    (
        "Department of Commerce: new export controls in the chip war",
        "The Department of Commerce announced new export controls on advanced semiconductors and chipmaking equipment on 17 October 2023. The rules close loopholes in last year's controls. Industry groups said the escalating chip war would hurt American companies.",
        "economy",
    ),
    (
        "UNHCR: exhibition of refugee photography opens in Geneva",
        "An exhibition of photographs taken by refugees in camps in Jordan and Kenya opened at the Palais des Nations on 20 June 2019, World Refugee Day, UNHCR said. The photographers were trained in a workshop run by the agency. The exhibition will travel to Paris and Berlin.",
        "entertainment",
    ),
    (
        "ICRC: video game players asked to respect the rules of war",
        "The ICRC has launched a challenge asking players of popular war video games to play by the rules of war, the organisation said on 4 November 2021. Players are asked not to target civilians or hospitals in the game. The initiative aims to spread awareness of international humanitarian law.",
        "entertainment",
    ),
    (
        "Imperial War Museums: new galleries on the Holocaust open",
        "Imperial War Museums opened its new Holocaust Galleries in London on 20 October 2021, the museum said. The galleries display more than 2,000 objects, photographs and testimonies. The museum hopes they will help visitors understand how the Holocaust happened.",
        "entertainment",
    ),
    (
        "National Film Board: funding for a war drama on the Battle of Kapyong",
        "The National Film Board has approved funding for a feature film on the Battle of Kapyong, the board said on 3 May 2023. Filming will take place in Korea and Canada next year. The board said the film would bring the story of the Korean War to a new generation.",
        "entertainment",
    ),
    (
        "FAO: world food prices fall for a second year",
        "The FAO Food Price Index averaged 124.7 points in 2023, down 13.7% from the previous year, the Food and Agriculture Organization said on 5 January 2024. Prices of cereals, vegetable oils and dairy fell, while sugar rose to its highest level since 2010. Rice prices rose after India restricted exports.",
        "other",
    ),
    (
        "WFP: rising rice prices put pressure on poor households in Asia",
        "Rice prices in Asia have reached their highest level in 15 years, the World Food Programme said in September 2023. Poor households in Bangladesh, the Philippines and Timor-Leste spend more than half of their income on food. WFP is expanding cash assistance in the most affected areas.",
        "other",
    ),
    (
        "UNDP: Human Development Index falls for the first time",
        "The global Human Development Index has declined for two years in a row, in 2020 and 2021, UNDP said on 8 September 2022. Nine out of ten countries fell back. The report points to the pandemic, the cost-of-living crisis and climate change. Some countries have returned to 2016 levels.",
        "other",
    ),
    (
        "World Bank approves financing for rural roads in Bangladesh",
        "The World Bank's Board approved 300 million dollars on 21 June 2023 to improve rural roads and bridges in Bangladesh. The project will connect 2 million people to markets, schools and health centres. It will also make the roads more resilient to floods.",
        "other",
    ),
    (
        "UNFCCC: COP28 agrees transition away from fossil fuels",
        "Parties at COP28 in Dubai agreed on 13 December 2023 to transition away from fossil fuels in energy systems, the UN Climate Change secretariat said. The decision also calls for tripling renewable energy capacity by 2030. The Executive Secretary said it was not a turning of the page but the beginning of the end.",
        "other",
    ),
    (
        "WMO: 2024 confirmed as the warmest year on record",
        "The World Meteorological Organization confirmed on 10 January 2025 that 2024 was the warmest year on record, about 1.55C above the pre-industrial level. All six datasets agree. The WMO Secretary-General said that a single year above 1.5C does not mean that the Paris Agreement goals are out of reach.",
        "other",
    ),
    (
        "Electoral Commission of Ghana declares presidential results",
        "The Electoral Commission declared John Dramani Mahama the winner of the presidential election of 7 December 2024, with 56.6% of valid votes, the Commission said. Turnout was 60.9%. The Chairperson thanked voters for a peaceful election and party agents for their cooperation.",
        "other",
    ),
    (
        "EU election observation mission: Indonesian vote well organised",
        "Indonesia's general election of 14 February 2024 was well organised and voters were able to express their will freely, the preliminary statement of the observer mission said. More than 200 million people were registered to vote. Counting continued late into the night in polling stations across the archipelago.",
        "other",
    ),
    (
        "Italian Council of Ministers: migration protocol with Albania approved",
        "The Council of Ministers approved the protocol with Albania on the management of migration flows on 4 November 2023. Two centres in Albania will process the asylum requests of up to 3,000 people rescued at sea by Italian ships. The centres will be under Italian jurisdiction.",
        "other",
    ),
    (
        "US Department of Homeland Security: new asylum rule takes effect",
        "The Circumvention of Lawful Pathways rule takes effect on 11 May 2023, the Department of Homeland Security said. Migrants who cross the border without using lawful pathways will be presumed ineligible for asylum, with some exceptions. The department urged migrants to use the CBP One app to schedule appointments.",
        "other",
    ),
    (
        "UNHCR: resettlement of refugees from Bhutan from camps in Nepal concludes",
        "UNHCR and IOM have concluded the resettlement programme for refugees from Bhutan who had lived in camps in eastern Nepal since the early 1990s, the agencies said in December 2016. More than 108,000 refugees have started new lives in the United States, Canada, Australia and other countries since 2007. About 6,500 remain in the camps.",
        "other",
    ),
    (
        "Government of Kenya: Shirika Plan to integrate refugees into host communities",
        "The Government of Kenya launched the Shirika Plan on 18 March 2025, transforming Kakuma and Dadaab camps into integrated settlements, the Department of Refugee Services said. Refugees who have lived in the camps for decades will be able to work and run businesses. Host and refugee communities will share schools and health services.",
        "other",
    ),
    (
        "Ministry of Interior of Pakistan: deadline for undocumented foreigners",
        "All illegal foreigners must leave Pakistan voluntarily by 1 November 2023, the Interior Minister said. After the deadline, those remaining will be deported. Registered refugees holding Proof of Registration cards are not affected. Holding centres will be set up in each province.",
        "other",
    ),
    (
        "UNHCR: Nansen Refugee Award goes to Kenyan teacher",
        "A former refugee who founded a network of schools for refugee girls in Kakuma has received the 2023 Nansen Refugee Award, UNHCR said. She arrived in the camp as a child in the 1990s. More than 4,000 girls have since studied in the schools.",
        "other",
    ),
    (
        "National Cyber Security Centre: state actor targeted email accounts of parliamentarians",
        "The National Cyber Security Centre said on 25 March 2024 that a group linked to a foreign state had carried out a campaign of cyber espionage against parliamentarians' email accounts. No accounts were compromised. The government has summoned the ambassador and imposed sanctions on two individuals.",
        "other",
    ),
    (
        "Embassy notice: consular section closed for national holiday",
        "The consular section of the Embassy will be closed on 4 July 2024 for Independence Day. Emergency services for citizens remain available by telephone. Visa appointments scheduled for that day will be rescheduled automatically.",
        "other",
    ),
    (
        "UNICEF: 250 million children out of school worldwide",
        "The number of out-of-school children has risen to 250 million, UNESCO and UNICEF said on 9 September 2023. Most of them live in sub-Saharan Africa and South Asia. Girls are more likely than boys never to enter a classroom. The agencies call for increased investment in education.",
        "other",
    ),
    (
        "CERF allocates funds for El Niño anticipatory action",
        "The UN Central Emergency Response Fund has allocated 10 million dollars for anticipatory action ahead of El Niño in Southern Africa and South-East Asia, OCHA said in October 2023. The funds will support farmers with drought-tolerant seeds and cash before the dry season peaks.",
        "other",
    ),
    (
        "WHO: road traffic deaths fall slightly",
        "The number of road traffic deaths fell to 1.19 million in 2021, WHO said in its Global Status Report on Road Safety on 13 December 2023. Ten countries cut deaths by more than half. Young people are most at risk, and more than half of the deaths are pedestrians, cyclists and motorcyclists.",
        "other",
    ),
    (
        "Travel advisory: exercise normal precautions in Portugal",
        "Exercise normal precautions in Portugal, the Department of State said in its advisory of 24 July 2023. There is a risk of wildfires in rural areas in the summer months. Travellers should check local conditions and carry a passport at all times.",
        "other",
    ),
    (
        "ILO: unemployment rate stays low but wages fall behind",
        "The global unemployment rate fell to 5.1% in 2023, the International Labour Organization said on 10 January 2024. Real wages fell in most G20 countries as prices rose faster than pay. The report warns that inequality is widening.",
        "other",
    ),
]
