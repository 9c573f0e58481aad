"""dev123 hard negatives (a): whole articles with war or violence words, no current violent event."""

# (title, text, kind code); the comment gives the outlet imitated and the year
NEGATIVES = [
    # Sudan Tribune, 2025
    (
        "Sudanese pound slides past 3,000 per dollar as gold exports fall",
        "The Sudanese pound fell to a new low on the parallel market on Sunday, trading at about "
        "3,050 pounds per US dollar in Port Sudan, traders said, compared with 2,600 a month "
        "ago. Currency dealers in the city's main market said demand for dollars had risen "
        "sharply as importers rushed to secure hard currency for fuel, wheat and medicines ahead "
        "of the rainy season. The official rate set by the Central Bank of Sudan stood at 2,350 "
        "pounds. Economists blamed the decline on a fall in gold exports, which provide most of "
        "the country's foreign currency, and on the government's reliance on printing money to "
        "finance a war budget. The Ministry of Minerals said official gold exports in the first "
        "half of the year had fallen by more than a third, with large quantities smuggled "
        "through Egypt, Chad and South Sudan. “The state does not control the mines or the "
        "borders, so the dollars never reach the banks,” said an economist from the University "
        "of Khartoum who now teaches in Port Sudan. Prices of basic goods have risen "
        "accordingly: a kilogram of sugar now costs 4,000 pounds, and a 50-kilogram sack of "
        "wheat flour more than 120,000 pounds. The central bank governor said last week that the "
        "bank would introduce new measures to unify the exchange rate and curb speculation. "
        "Sudan's economy has contracted sharply since war broke out between the army and the "
        "Rapid Support Forces in April 2023, shutting down most industry in Khartoum.",
        "economy",
    ),
    # Dabanga, 2024
    (
        "Floods sweep through villages in River Nile state, more than 2,400 homes destroyed",
        "Torrential rains and flash floods have destroyed or damaged more than 2,400 homes in "
        "villages of Abu Hamad and Berber localities in River Nile state since Tuesday, local "
        "officials and volunteers said. The civil defence authority in the state said seven "
        "people had died, including three children who drowned when a seasonal stream (khor) "
        "swept away their house near Abu Hamad. Volunteers from the local emergency rooms told "
        "Dabanga that hundreds of families were sleeping in the open or in schools, without "
        "tents or mosquito nets. “The water came at night, in less than an hour. We could only "
        "carry the children,” said a farmer from a village north of Berber. The floods also cut "
        "the national highway between Atbara and Abu Hamad, leaving lorries stranded for two "
        "days. The state's health ministry warned of the risk of cholera and malaria, and said "
        "it had sent medical teams and chlorine tablets to the affected villages. River Nile "
        "state hosts tens of thousands of people who fled Khartoum after the war broke out, many "
        "of them living with relatives in crowded homes. The Sudan Meteorological Authority "
        "forecast more heavy rain in the north and east of the country in the coming days.",
        "disaster",
    ),
    # Sudan Tribune, 2025
    (
        "Government rejects Quad truce roadmap, says it will not accept being equated with RSF",
        "The Sudanese government on Thursday rejected a roadmap presented by the United States, "
        "Saudi Arabia, Egypt and the United Arab Emirates, known as the Quad, which calls for a "
        "three-month humanitarian truce followed by a permanent ceasefire and a nine-month "
        "political transition. In a statement, the Ministry of Foreign Affairs said Sudan "
        "welcomed “any sincere effort to end the war”, but could not accept a proposal that "
        "placed the national army and “the terrorist militia” on an equal footing. The roadmap, "
        "announced in Washington last week, also says that the future of Sudan should not be "
        "dictated by violent extremist groups linked to the Muslim Brotherhood, a reference that "
        "angered Islamist allies of the army. The Rapid Support Forces (RSF) welcomed the Quad's "
        "statement and said they were ready to engage with the mediators. A senior official in "
        "the Sovereignty Council told Sudan Tribune that the army was open to a truce if the RSF "
        "withdrew from cities and gathered its forces in designated areas, as agreed in the "
        "Jeddah declaration of May 2023. Sudanese civilian coalitions, including the Somoud "
        "alliance, urged both sides to accept the roadmap and allow humanitarian access. The US "
        "senior adviser for Africa, Massad Boulos, said he expected contacts with both sides to "
        "continue “in the coming weeks” despite the government's position. Egypt's foreign "
        "ministry said Cairo remained committed to the roadmap and to the unity of Sudanese "
        "state institutions, including the army. The UN Secretary-General's personal envoy for "
        "Sudan, Ramtane Lamamra, told reporters in Port Sudan that a humanitarian truce was “the "
        "minimum the Sudanese people deserve” and that he would meet both delegations "
        "separately. Aid agencies have repeatedly said that only a truce would allow them to "
        "scale up deliveries of food and medicine across the front lines. Inside Sudan, the "
        "roadmap has divided public opinion. Supporters of the army in Port Sudan and Atbara "
        "staged rallies on Friday denouncing what they called foreign interference, while "
        "resistance committees in Khartoum and Wad Madani welcomed any initiative that would end "
        "the war. Previous mediation efforts in Jeddah, Geneva and Manama failed to halt the "
        "war, which has displaced more than 12 million people since April 2023.",
        "peace",
    ),
    # Dabanga, 2025
    (
        "Oral cholera vaccination campaign targets 2.6 million people in Khartoum state",
        "The Ministry of Health in Khartoum state launched an oral cholera vaccination campaign "
        "on Sunday targeting more than 2.6 million people in seven localities, as the number of "
        "new infections in the capital continued to fall. The ten-day campaign, supported by the "
        "World Health Organization (WHO), UNICEF and the vaccine alliance Gavi, is being carried "
        "out by about 1,800 teams going from house to house and at fixed points in health "
        "centres, mosques and markets, the state's director of primary health care said. "
        "Khartoum recorded more than 7,000 suspected cholera cases and at least 170 deaths in "
        "May and June, according to health authorities, after the outbreak spread through "
        "neighbourhoods without clean water. Volunteers from the local emergency rooms are "
        "helping to mobilise residents, many of whom have recently returned to their homes in "
        "Khartoum Bahri and Omdurman. “We lost our neighbour and his son in one week. Now people "
        "come to the vaccination point by themselves,” said Abdelrahman, a resident of "
        "Omdurman's Ombadda district. The WHO said the single-dose vaccine protects for at least "
        "six months, and that work to repair water networks and chlorinate wells must continue "
        "alongside the campaign. The health ministry said the campaign would later be extended "
        "to El Gezira and White Nile states.",
        "health",
    ),
    # Sudan Tribune, 2025
    (
        "Al-Hilal edge APR in Kigali to go top of the Rwanda Premier League",
        "Sudanese giants Al-Hilal Omdurman moved to the top of the Rwanda Premier League on "
        "Saturday after a 1-0 win over APR at Amahoro Stadium in Kigali, their third straight "
        "victory in a season played in exile. Striker Adam Coulibaly scored the only goal in the "
        "67th minute, heading in a cross from the right after a long spell of pressure in which "
        "the visitors' attack hit the post twice. Al-Hilal and their city rivals Al-Merreikh "
        "were allowed to join the Rwandan league this season under an agreement between the two "
        "countries' football federations, after the war halted competitive football in Sudan. "
        "The club's coach said his players had shown “great character” against the defending "
        "champions, who pressed hard in the closing minutes. Several hundred Sudanese fans "
        "living in Rwanda and Uganda waved blue and white flags in the stands. “For ninety "
        "minutes we forget everything. Hilal is our home now,” said Osman, a student from "
        "Khartoum who travelled from Kampala for the match. The games give the two Sudanese "
        "clubs competitive football before the group stage of the CAF Champions League, where "
        "Al-Hilal will again have to play their home matches abroad. The club's board said it "
        "hoped the Sudan Premier League could resume in Port Sudan or Atbara next season.",
        "sport",
    ),
    # Kyiv Independent, 2025
    (
        "'I recognized him by his walk': families meet POWs freed in latest exchange",
        "Ukraine brought home 84 prisoners of war on Thursday in the latest exchange with "
        "Russia, President Volodymyr Zelensky announced, among them soldiers captured in "
        "Mariupol in 2022 and civilians held for years in occupied territories. The exchange, "
        "mediated by the United Arab Emirates, was the 64th since the start of the full-scale "
        "invasion, according to the Coordination Headquarters for the Treatment of Prisoners of "
        "War. Relatives gathered at a hospital in Chernihiv Oblast, where the freed men were "
        "brought by bus, holding portraits and blue-and-yellow flags. “I recognized him by his "
        "walk before I saw his face,” said Liudmyla, whose son, a marine, spent more than three "
        "years in Russian captivity. Many of the freed men were visibly emaciated, and the "
        "Coordination Headquarters said several needed urgent medical treatment after years of "
        "poor food and abuse in Russian prisons. Human Rights Commissioner Dmytro Lubinets said "
        "Kyiv would continue to press for the release of all Ukrainians in captivity, including "
        "thousands of civilians. Relatives of those still held stood at the edge of the crowd "
        "with photographs, asking the returning men whether they had seen their sons or "
        "husbands. “Every exchange is a lottery for us,” said Iryna, whose husband has been "
        "missing since the fall of Azovstal. Russia's Defense Ministry said 84 Russian "
        "servicemen had been returned from Ukraine in the swap.",
        "peace",
    ),
    # Ukrainska Pravda, 2025
    (
        "Thousands rally in Kyiv for second night against law curbing anti-corruption bodies",
        "Several thousand people, most of them young, gathered near the Ivan Franko Theatre in "
        "central Kyiv on Wednesday evening for a second night of protests against a law that "
        "strips the National Anti-Corruption Bureau (NABU) and the Specialised Anti-Corruption "
        "Prosecutor's Office (SAPO) of their independence. Protesters held handmade cardboard "
        "signs with slogans such as “Veto the law” and “Corruption kills”, and chanted “Shame” "
        "and “Veto”. Similar rallies took place in Lviv, Dnipro, Odesa and Kharkiv, Ukrainska "
        "Pravda correspondents reported. Police said the protests passed without incidents, and "
        "organisers reminded participants to stay calm and to leave in time for the curfew. "
        "Among the protesters were veterans and servicemen on leave, some on crutches, as well "
        "as relatives of soldiers. “My husband is at the front. He is not fighting so that "
        "officials can steal,” said Tetiana, 29, who came with a placard bearing his photograph. "
        "The Verkhovna Rada passed the bill on Tuesday, and President Volodymyr Zelensky signed "
        "it hours later, arguing that the anti-corruption bodies needed to be cleansed of "
        "“Russian influence”. The European Commission expressed concern about the law, saying it "
        "could set back Ukraine's bid to join the EU. On Thursday, Zelensky said he would submit "
        "a new bill to restore the bodies' independence.",
        "protest",
    ),
    # Kyiv Independent, 2025
    (
        "Court sentences Russian commander in absentia to life for 2022 killing of family in Bucha district",
        "A court in Kyiv Oblast on Tuesday sentenced a Russian army officer in absentia to life "
        "imprisonment for ordering the killing of four civilians in a village in the Bucha "
        "district in March 2022, the Prosecutor General's Office said. Prosecutors said the "
        "officer, a battalion commander of the 64th Separate Motorized Rifle Brigade, ordered "
        "his subordinates to shoot a family of four, including a 14-year-old girl, who were "
        "trying to leave the village by car. The court found him guilty of violating the laws "
        "and customs of war combined with premeditated murder. The verdict was based on the "
        "testimony of surviving relatives and neighbors, intercepted phone calls and forensic "
        "examinations of the bodies, which were exhumed after the Russian withdrawal in April "
        "2022. The officer is believed to be in Russia and did not take part in the trial. His "
        "court-appointed lawyer said he would appeal. Ukraine has registered more than 180,000 "
        "alleged war crimes since the start of the full-scale invasion, according to the "
        "Prosecutor General's Office, but only a small share of cases has reached court, most of "
        "them in absentia. The mother of one of the victims, who attended the hearing, said the "
        "sentence was “only a piece of paper” as long as the officer remained free. Human rights "
        "groups have urged Ukraine to make it easier to hand cases over to the International "
        "Criminal Court.",
        "crime",
    ),
    # Kyiv Independent, 2025
    (
        "Rada passes 2026 budget with record defense spending and pay rise for teachers",
        "Ukraine's parliament on Wednesday adopted the state budget for 2026, with 257 lawmakers "
        "voting in favor, allocating more than Hr 2.8 trillion to defense and security, the "
        "largest amount in the country's history. Finance Minister Serhii Marchenko told "
        "lawmakers that the defense sector would account for about 27% of GDP, and that the "
        "budget deficit of 18.4% would be financed largely through international aid and loans, "
        "including proceeds from frozen Russian assets. The budget raises teachers' salaries by "
        "50% in two stages and increases spending on veterans' programs and rehabilitation. "
        "Opposition lawmakers criticized the budget for relying on financing that has not yet "
        "been secured, and for cuts to regional development funds. “We are adopting a budget "
        "with a hole of tens of billions of dollars, and we are pretending it is not there,” "
        "said one lawmaker from the Holos party. Under the current arrangement, military "
        "salaries and weapons procurement are paid from Ukraine's own revenues, while foreign "
        "aid covers pensions, social payments and public sector wages. The International "
        "Monetary Fund, which is negotiating a new loan program, said the budget was broadly "
        "consistent with the program's targets. President Volodymyr Zelensky is expected to sign "
        "the law in the coming days.",
        "politics",
    ),
    # Ukrainska Pravda, 2025
    (
        "Play about the Mariupol Drama Theatre sells out its Lviv run in hours",
        "All tickets for the spring run of “The Shelter”, a new play about the people who hid in "
        "the Mariupol Drama Theatre in March 2022, sold out within three hours of going on sale, "
        "the theatre in Lviv that staged it said on Monday. The play was written by Kyiv "
        "playwright Kateryna Lysenko and is based on interviews with survivors now living in "
        "Lviv, Zaporizhzhia and Germany. Four of the twelve actors were themselves in Mariupol "
        "during the siege, the theatre said. The play follows a dozen characters over 19 days in "
        "the basement and corridors of the theatre, and ends on the morning before the building "
        "was destroyed by a Russian airstrike. The director said the team had decided not to "
        "show the bombing on stage. “The audience knows what happened. We wanted them to see who "
        "these people were, not how they died,” she told Ukrainska Pravda. At the premiere on "
        "Friday, many spectators wept, and several survivors in the hall were invited onto the "
        "stage at the end. Critics praised the restraint of the production, although some found "
        "the second act too long. The theatre plans to take the play on tour to Kyiv, Warsaw and "
        "Berlin in the autumn, with English and German surtitles.",
        "entertainment",
    ),
    # Dawn, 2025
    (
        "Petrol price cut by Rs5.36 per litre for next fortnight",
        "The federal government on Monday night announced a cut of Rs5.36 per litre in the price "
        "of petrol and Rs3.05 in high-speed diesel (HSD) for the next fortnight, in line with "
        "the decline in international oil prices. According to a notification issued by the "
        "Finance Division, the new price of petrol will be Rs258.43 per litre, while HSD will "
        "cost Rs262.59 per litre, effective from midnight. The prices of kerosene and light "
        "diesel oil were also reduced. The government kept the petroleum levy unchanged at Rs78 "
        "per litre, despite demands from transporters and traders to pass on more of the relief "
        "to consumers. The All Pakistan Goods Transporters Association said it would not reduce "
        "freight charges unless diesel fell below Rs250 per litre. The International Monetary "
        "Fund has asked Pakistan to raise more revenue through the petroleum levy under its $7 "
        "billion loan programme. Inflation eased to 4.1pc last month, according to the Pakistan "
        "Bureau of Statistics.",
        "economy",
    ),
    # The Express Tribune, 2024
    (
        "Bangladesh complete historic sweep as Pakistan's batting folds again in Rawalpindi",
        "Bangladesh completed a historic 2-0 Test series sweep over Pakistan on Tuesday, chasing "
        "down a target of 190 with five wickets to spare on the final day in Rawalpindi, as the "
        "hosts' batting crumbled yet again against a young pace attack. Pakistan had been bowled "
        "out for 172 in their second innings on Monday, with fast bowler Hasan Mahmud taking "
        "five wickets and Nahid Rana troubling every batter with short deliveries at more than "
        "145 kilometres per hour. “They bombarded us with the short ball, and we had no answer,” "
        "Pakistan captain Shan Masood admitted at the post-match press conference. Former "
        "players were scathing on television talk shows, with one calling the defeat the darkest "
        "day of Pakistan's Test cricket. The Pakistan Cricket Board (PCB) is expected to review "
        "the role of the selection committee after the home season. Fans at the Pindi Cricket "
        "Stadium, mostly schoolboys let in free of charge, applauded the Bangladeshi players on "
        "their lap of honour. Bangladesh captain Najmul Hossain Shanto dedicated the win to the "
        "people of his country, who he said had been through a very difficult time after weeks "
        "of political turmoil. Pakistan drop to eighth in the World Test Championship table "
        "ahead of their home series against England in October.",
        "sport",
    ),
    # Dawn, 2025
    (
        "Death toll from Buner cloudbursts rises to 209 as rescuers dig through mud",
        "The death toll from flash floods triggered by cloudbursts in Buner district rose to 209 "
        "on Sunday, as rescue workers and army troops dug through mud and boulders in search of "
        "people still missing, the Khyber Pakhtunkhwa Provincial Disaster Management Authority "
        "(PDMA) said. Entire hamlets in the Pir Baba and Daggar areas were swept away on Friday "
        "when torrents carrying rocks and uprooted trees came down the mountains in less than an "
        "hour, residents said. “There was no warning. The sound was like thunder and then the "
        "houses were gone,” said Fazal Rehman, who lost his wife and three children. Army "
        "engineers and Rescue 1122 teams were using heavy machinery to open roads blocked by "
        "landslides, and helicopters were dropping food and tents in cut-off villages. The "
        "provincial government declared an emergency in Buner, Swat, Shangla, Bajaur and "
        "Mansehra, where the PDMA said at least 320 people had died since Thursday. The Pakistan "
        "Meteorological Department has warned of more heavy rains in the upper parts of the "
        "province until the end of the week. The chief minister announced compensation of Rs2 "
        "million for the family of each deceased person. Climate experts said cloudbursts were "
        "becoming more frequent in the region as temperatures rise, and blamed construction on "
        "riverbeds for the scale of the destruction.",
        "disaster",
    ),
]
