"""dev143 hard negatives: sport, politics and the business pages."""

# (title, text, kind code)
NEGATIVES = [
    (
        "AFCON 2023: Nwabali the hero as Super Eagles edge Bafana in shootout thriller",
        "Stanley Nwabali saved two penalties as the Super Eagles beat South Africa 4-2 "
        "in a shootout to reach the final of the 2023 Africa Cup of Nations in Bouaké "
        "on Wednesday night. The match ended 1-1 after extra time, with William "
        "Troost-Ekong scoring from the spot in the 67th minute before Teboho Mokoena "
        "equalised with a late penalty for Bafana Bafana. Victor Osimhen thought he had "
        "won it for Nigeria in stoppage time, but his goal was ruled out after a VAR "
        "review for a foul in the build-up. Jose Peseiro's side spent much of the "
        "second half under siege, with Ronwen Williams producing a string of saves at "
        "the other end to keep Bafana in the battle. In the shootout, Nwabali dived the "
        'right way twice, while Kelechi Iheanacho fired home the decisive kick. "We '
        'fought like warriors, this is for all Nigerians," Troost-Ekong said after the '
        "match. The Eagles will face hosts Côte d'Ivoire in Sunday's final in Abidjan, "
        "a repeat of their group-stage meeting which Nigeria won 1-0. President Bola "
        'Tinubu congratulated the team and urged them to "finish the job". Nwabali, who '
        "plays his club football for Chippa United in South Africa, was named man of "
        'the match. Bafana coach Hugo Broos said his side had been "robbed" by '
        "refereeing decisions, but praised his players for taking the game to the "
        "three-time champions. Across Lagos, Abuja and Port Harcourt, fans who watched "
        "the match at viewing centres poured into the streets with drums and horns "
        "after the decisive penalty.",
        "sport",
    ),
    (
        "Kipyegon smashes 1,500m world record in Florence",
        "Double Olympic champion Faith Kipyegon on Friday night broke the women's 1,500 "
        "metres world record at the Golden Gala in Florence, clocking 3:49.11 to take "
        "almost a second off the mark set by Ethiopia's Genzebe Dibaba in 2015. The "
        "29-year-old from Keringet, Nakuru County, attacked from the bell, leaving the "
        'pacemakers and the rest of the field far behind her on the final lap. "I came '
        'here to run my own race, and I knew I was ready for the world record," '
        "Kipyegon said after the race. Athletics Kenya president Jack Tuwei said the "
        "achievement would inspire young athletes across the country. Kipyegon, who "
        "returned to the track after taking maternity leave in 2018, will next race in "
        "the 5,000m at the Paris Diamond League. President William Ruto congratulated "
        'her on social media, calling her "a shining star for Kenya".',
        "sport",
    ),
    (
        "Sudan's Falcons of Jediane qualify for AFCON despite war at home",
        "Sudan's national football team, the Falcons of Jediane, secured qualification "
        "for the 2025 Africa Cup of Nations on Monday night after a goalless draw "
        "against Angola in Benghazi, Libya, where they played their home matches. The "
        "result, combined with Niger's defeat, means Sudan will take part in the "
        "continental finals for the first time since 2012. The team has been unable to "
        "play in Sudan since the outbreak of the war between the army and the Rapid "
        "Support Forces in April 2023, and most of its players have not played league "
        "football for more than a year. Ghanaian coach Kwesi Appiah, who took over last "
        'year, held training camps in Saudi Arabia, Egypt and Mauritania. "These boys '
        'carry the pain of their people. They have shown that Sudan is still alive," '
        "Appiah told reporters after the match. Fans in Port Sudan, Kassala and Atbara "
        "poured into the streets to celebrate, waving flags and chanting the names of "
        "the players. Sovereignty Council chairman General Abdel Fattah al-Burhan "
        "congratulated the team and promised rewards. Sudan, who won the Nations Cup in "
        "1970, had been drawn in a group with Ghana, Angola and Niger.",
        "sport",
    ),
    (
        "CAN 2023: the Leopards' gesture for the victims in the East goes around the world",
        "Before their semi-final against Côte d'Ivoire on Wednesday evening in Abidjan, "
        "the players of the Leopards of DR Congo lined up for the national anthem with "
        "their left hand over their mouths and two fingers of their right hand pointed "
        "at their temples. The gesture, the team's captain Chancel Mbemba explained, "
        "was meant to draw the world's attention to the violence in the east of the "
        'country, "where people are dying in silence". Several hundred Congolese '
        "supporters in the stands of the Alassane Ouattara stadium repeated the "
        "gesture, and images of the scene were shared widely on social networks. The "
        "Leopards lost the match 1-0 to a goal by Sébastien Haller and will play South "
        "Africa on Saturday for third place. Coach Sébastien Desabre said his team had "
        '"given everything" and that the players were proud to represent a country that '
        "was suffering. In Kinshasa, thousands of fans who had gathered in front of "
        "giant screens in Gombe and Lingwala left in silence after the final whistle. "
        "The Minister of Sports congratulated the team for their campaign and for their "
        '"message of solidarity". DR Congo reached the last four of the continental '
        "competition for the first time since 2015.",
        "sport",
    ),
    (
        "NPFL: Police fire tear gas as fans invade pitch after Kano Pillars loss",
        "Policemen on Sunday fired tear gas to disperse fans who invaded the pitch at "
        "the Sani Abacha Stadium in Kano after Kano Pillars lost 2-1 to Enyimba in a "
        "Nigeria Professional Football League match. Trouble started in the 88th minute "
        "when the referee awarded a penalty to the visitors, which Enyimba converted to "
        "take the lead. Angry supporters threw sachets of water and plastic bottles "
        "onto the pitch and some broke through the fence to chase the match officials, "
        "who were escorted to the dressing room by security personnel. Two Enyimba "
        "players were injured in the melee, while windscreens of the team's bus were "
        "smashed outside the stadium. The League Management Company (LMC) said in a "
        "statement on Monday that it had opened an investigation and that Pillars could "
        "face sanctions, including playing their remaining home matches behind closed "
        "doors. The Kano State Police Command said 11 persons were arrested. Pillars "
        "chairman Ahmed Musa apologised to Enyimba and called on the club's supporters "
        "to be good ambassadors of the state. Fan violence has marred several NPFL "
        "matches this season, prompting calls for better stadium security.",
        "sport",
    ),
    (
        "Tribunal upholds Tinubu's election, dismisses Atiku, Obi petitions",
        "The Presidential Election Petitions Court in Abuja on Wednesday dismissed the "
        "petitions filed by Atiku Abubakar of the Peoples Democratic Party (PDP) and "
        "Peter Obi of the Labour Party (LP) challenging the victory of President Bola "
        "Tinubu in the February 25 election. In a unanimous judgement that lasted more "
        "than 11 hours, the five-member panel led by Justice Haruna Tsammani held that "
        "the petitioners failed to prove their allegations of non-compliance with the "
        "Electoral Act and of rigging. The court also held that the Independent "
        "National Electoral Commission (INEC) was not bound to transmit results "
        "electronically, and that the failure of its result viewing portal did not "
        "invalidate the election. Tinubu's lead counsel, Wole Olanipekun, described the "
        'judgement as "a victory for democracy", while Obi\'s lawyers said they would '
        "head to the Supreme Court. Security was tight around the court, with armed "
        "policemen and DSS operatives mounting roadblocks on roads leading to the Three "
        "Arms Zone. In Lagos and Abuja, supporters of the president held celebrations, "
        'while Labour Party supporters described the ruling as a "judicial coup". The '
        "parties have 14 days to file their appeals. The court also dismissed the "
        "argument that Tinubu was not qualified to contest because he forfeited "
        "$460,000 to the United States in a drug-related case in 1993. On the "
        "requirement that a candidate must score 25 percent of the votes in the Federal "
        "Capital Territory, the panel held that Abuja had no special status over the "
        'states. Atiku, in a statement by his media adviser, said the judgement was "a '
        'miscarriage of justice" and that he would appeal. The Senate President, '
        "Godswill Akpabio, urged the losing candidates to join hands with the President "
        "in the battle against insecurity and economic hardship.",
        "politics",
    ),
    (
        "MPs impeach Gachagua as DP's allies cry 'political lynching'",
        "The National Assembly on Tuesday night voted to impeach Deputy President "
        "Rigathi Gachagua, with 281 MPs supporting the motion, far above the two-thirds "
        "threshold required by the Constitution. Only 44 MPs voted against the motion "
        "tabled by Kibwezi West MP Mwengi Mutuse, who accused the DP of gross violation "
        "of the Constitution, promoting ethnic division and undermining the Cabinet. "
        "Gachagua, who appeared before the House in the afternoon to defend himself, "
        'described the charges as "outrageous lies" and accused his rivals in the '
        'government of waging a political war against him. "This is not impeachment; it '
        'is a political lynching aimed at finishing me," he told MPs. His allies from '
        "Mt Kenya walked out before the vote, saying the process had been predetermined "
        "at State House. The motion now goes to the Senate, which has 10 days to hear "
        "and determine it. Political analysts say the fall-out between President "
        "William Ruto and his deputy has been building since June, when Gachagua "
        "publicly blamed the National Intelligence Service for failing the President. "
        "The Law Society of Kenya said it would monitor the process closely.",
        "politics",
    ),
    (
        "ANC, DA sign statement of intent as battle over Cabinet posts begins",
        "The ANC and the DA on Friday signed a statement of intent to form a government "
        "of national unity (GNU), paving the way for Cyril Ramaphosa to be re-elected "
        "president by the National Assembly later in the day. The agreement, which also "
        "includes the IFP and the Patriotic Alliance, commits the parties to "
        'decision-making by "sufficient consensus", defined as parties representing 60% '
        "of seats in Parliament. DA leader John Steenhuisen said his party had agreed "
        'to join the GNU to "rescue South Africa" from a coalition between the ANC and '
        "the EFF or the MK Party. ANC secretary-general Fikile Mbalula said the door "
        'remained open to other parties, but the EFF dismissed the deal as a "white '
        'monopoly capital" arrangement. The MK Party, led by former president Jacob '
        "Zuma, boycotted the first sitting of the new Parliament in Cape Town, saying "
        "the election had been rigged. Negotiations over Cabinet posts are expected to "
        "be tough, with the DA reportedly demanding the trade and industry and finance "
        "portfolios. The ANC lost its outright majority for the first time since 1994, "
        "winning 40% of the vote in the 29 May election. Markets reacted positively, "
        "with the rand firming against the dollar on news of the deal.",
        "politics",
    ),
    (
        "War veterans split over Mnangagwa 2030 term extension push",
        "A faction of war veterans aligned to Zanu PF on Tuesday endorsed a push to "
        "extend President Emmerson Mnangagwa's term to 2030, while another group led by "
        "former liberation fighter Blessed Geza called for him to step down in 2028 as "
        "required by the Constitution. Speaking at a press conference in Harare, the "
        'leader of the pro-extension group said the "ED2030" campaign reflected the '
        "wishes of the people. But Geza, who was expelled from the party last month, "
        'told a gathering in Mashonaland West that the war veterans "did not fight for '
        'one man to rule forever". Opposition leaders said the campaign was '
        "unconstitutional and that any change to term limits would require a "
        "referendum. Legal experts told NewsDay that a term extension benefiting the "
        "incumbent would require two referendums under section 328 of the Constitution. "
        "Zanu PF acting spokesperson Farai Marapira said the party's annual conference "
        'had resolved to support the agenda and that "the revolution must be '
        'protected". Political analyst Rashweat Mukundu said the fight reflected a '
        "deeper battle over the succession of Mnangagwa, with Vice-President "
        "Constantino Chiwenga seen as the main contender. The main opposition CCC "
        "remains weakened by internal divisions after Nelson Chamisa quit the party in "
        "January.",
        "politics",
    ),
    (
        "Puntland withdraws recognition of federal government over constitutional amendments",
        "GAROWE, Puntland - The Puntland State of Somalia on Sunday announced that it "
        "was withdrawing its recognition of the Federal Government of Somalia, after "
        "the federal parliament approved amendments to the first four chapters of the "
        "provisional constitution. In a statement read after an emergency cabinet "
        "meeting in Garowe, the Puntland government said it would act as an independent "
        "state until a constitution agreed by all Somalis was in place. The amendments, "
        "which give the president powers to appoint and dismiss the prime minister and "
        "introduce a one-person, one-vote system, were passed by 212 MPs in Mogadishu "
        "on Saturday. Puntland President Said Abdullahi Deni accused President Hassan "
        "Sheikh Mohamud of using the constitution review to extend his hold on power. "
        '"Villa Somalia has chosen to go it alone," Deni said. Federal Information '
        "minister Daud Aweis said Puntland's decision would not affect the unity of the "
        "country and urged the state's leaders to return to dialogue. Opposition "
        "leaders in Mogadishu also criticised the amendments, warning that they could "
        "deepen divisions ahead of the 2026 elections. Puntland had already suspended "
        "cooperation with the federal government in 2023 over disputes on power-sharing "
        "and resources.",
        "politics",
    ),
    (
        "Government dismisses rumours of Biya's death, says president in good health",
        'The Cameroonian government on Tuesday dismissed as "pure fantasy" reports '
        "circulating on social media that President Paul Biya had died, saying the "
        "91-year-old head of state was in good health and would return home in the "
        "coming days. In a statement read on state broadcaster CRTV, the Minister of "
        "Communication, René Emmanuel Sadi, said the rumours were spread by "
        '"ill-intentioned people" and warned that legal action would be taken against '
        "those spreading false news. Biya has not been seen in public since early "
        "September, when he attended the China-Africa summit in Beijing, and he missed "
        "the UN General Assembly and the Francophonie summit in Paris. Earlier, the "
        "Minister of Territorial Administration, Paul Atanga Nji, banned media from "
        "discussing the president's health, saying it was a matter of national "
        "security. The ban was criticised by the Union of Cameroonian Journalists and "
        "opposition parties, who said citizens had a right to information. The "
        'president\'s office said he was on a "private stay" in Europe, as he often is. '
        "Biya, in power since 1982, is expected to seek an eighth term in next year's "
        "election. Opposition leader Maurice Kamto said the government's silence had "
        "fuelled the speculation.",
        "politics",
    ),
    (
        "Dangote, marketers in price war as refinery cuts petrol ex-depot price",
        "The Dangote Petroleum Refinery on Tuesday reduced its ex-depot price of petrol "
        "by N65 per litre, the second cut in two weeks, escalating its price war with "
        "independent marketers who import the product. In a statement, the refinery "
        "said the new price of N825 per litre would be available to marketers buying "
        "from its Lekki facility, while stations of its partners, MRS and Ardova, would "
        "sell at N890 in Lagos. The Independent Petroleum Marketers Association of "
        "Nigeria (IPMAN) said its members were caught in the crossfire, having bought "
        'imported cargoes at higher prices. "Our members are counting losses. We cannot '
        "sell below what we bought,\" the association's National Vice President, Hammed "
        "Fashola, told PUNCH. Analysts said the moves by the refinery, which reached "
        "full capacity of 650,000 barrels per day in February, were aimed at dominating "
        "the domestic market. The Nigerian Midstream and Downstream Petroleum "
        "Regulatory Authority (NMDPRA) said it would continue to issue import licences "
        "to ensure competition. Motorists in Lagos and Abuja welcomed the reduction, "
        "though prices remained above N1,000 per litre in several northern states. "
        "Petrol prices have more than quadrupled since President Bola Tinubu removed "
        "subsidy in May 2023.",
        "economy",
    ),
    (
        "RBZ unveils ZiG currency in fresh battle against inflation",
        "The Reserve Bank of Zimbabwe (RBZ) on Friday introduced a new structured "
        "currency, the Zimbabwe Gold (ZiG), to replace the Zimbabwe dollar, which had "
        "lost more than 70% of its value against the US dollar since the beginning of "
        "the year. RBZ governor John Mushayavanhu said the new currency would be backed "
        "by gold and foreign reserves held by the central bank, worth about $285 "
        "million. Banks were given 21 days to convert balances in Zimbabwe dollars into "
        'ZiG at a rate of 2,498.7 to one ZiG. "This is our weapon against the inflation '
        "that has eroded people's incomes,\" Mushayavanhu told journalists in Harare. "
        "Economists welcomed the move but warned that the central bank would need to "
        "exercise discipline to win public confidence, noting that the country had "
        "launched several currencies since the collapse of the Zimbabwe dollar in 2009. "
        "Vendors at Mbare Musika said they would continue to price goods in US dollars "
        "until the ZiG notes were available. The US dollar will continue to be used "
        "alongside the new currency. Finance minister Mthuli Ncube said the government "
        "would not print money to fund its budget.",
        "economy",
    ),
    (
        "TotalEnergies lifts force majeure on Mozambique LNG, construction to resume in Afungi",
        "TotalEnergies has lifted the force majeure declared in April 2021 on the "
        "Mozambique LNG project in Cabo Delgado province, opening the way for "
        "construction to resume at the Afungi peninsula site, the company announced. "
        "Chief executive Patrick Pouyanné said in a letter to President Daniel Chapo "
        "that the company was ready to restart work after the security situation around "
        "the site had improved, and asked the government to approve a revised budget "
        "and an extension of the development period. The $20 billion project, which "
        "will produce 13 million tonnes of liquefied natural gas per year, was halted "
        "after an insurgent attack on the nearby town of Palma. The US Export-Import "
        "Bank approved a loan of $4.7 billion for the project earlier this year, and "
        "the UK Export Finance agency is reviewing its participation. The government "
        "expects first gas production in 2029. Business associations in Pemba welcomed "
        "the decision, saying it would create thousands of jobs for local workers and "
        "suppliers. Civil society organisations, however, warned that the benefits "
        "should reach communities in Palma and Mocímboa da Praia, many of which still "
        "live in poverty. Rwandan troops have been deployed in the area since 2021 to "
        "help secure the districts.",
        "economy",
    ),
    (
        "Ramokgopa's 'war room' promises end to load shedding as Eskom suspends power cuts",
        "Electricity Minister Kgosientsho Ramokgopa said on Sunday that the national "
        "energy crisis committee, known as the war room, had made progress in reducing "
        "load shedding and that power cuts could end within months if Eskom's repairs "
        "stayed on track. Eskom announced that it would suspend load shedding from "
        "Monday morning, after more than 90 consecutive days of power cuts, as several "
        "generating units at Kusile, Medupi and Tutuka returned to service. Ramokgopa "
        "told a media briefing in Pretoria that unplanned breakdowns had fallen below "
        '15,000 megawatts for the first time this year. "We are winning the battle, but '
        'we must not declare victory too early," he said. Business Unity South Africa '
        "said the power cuts had cost the economy billions of rand a day and delayed "
        "investment. The minister also said the government was working on the rollout "
        "of private renewable energy projects and would fast-track the connection of "
        "new capacity to the grid. Analysts from the Council for Scientific and "
        "Industrial Research cautioned that the improvement partly reflected lower "
        "demand in summer. Eskom will next week publish its winter outlook.",
        "economy",
    ),
    (
        "South Sudan oil exports resume through Port Sudan after war-damaged pipeline is repaired",
        "South Sudan has resumed crude oil exports through the pipeline to Port Sudan "
        "after repairs were completed on a section damaged last year in an area of "
        "Sudan affected by the war between the army and the Rapid Support Forces, the "
        "Ministry of Petroleum said on Monday. Petroleum Minister Puot Kang Chol told "
        "journalists in Juba that the first cargo of Dar Blend crude, about 600,000 "
        "barrels, was loaded on a tanker at the Bashayer terminal over the weekend. "
        "Exports through the pipeline had been suspended since February last year, "
        "costing the government most of its revenue and leaving civil servants unpaid "
        "for months. The minister said production at the Paloch and Unity fields would "
        "be raised gradually to 150,000 barrels per day. Economists in Juba said the "
        "resumption would ease pressure on the South Sudanese pound, which has lost "
        "more than half its value since the shutdown. The ministry did not give details "
        "of the transit fees agreed with the authorities in Port Sudan. The Chamber of "
        "Commerce welcomed the news and urged the government to use the revenue to pay "
        "salary arrears. Oil accounts for more than 90 percent of South Sudan's export "
        "earnings.",
        "economy",
    ),
]
