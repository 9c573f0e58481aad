"""dev354 negatives, part C: the forces at home, peace and diplomacy, political battles, screens and books, accidents, health and the rest."""

NEGATIVES = [
    (
        "Armed Forces short 16,000 members as recruitment crisis deepens, Eyre warns",
        "The Canadian Armed Forces are short about 16,000 trained members, and the gap is growing faster than recruiters can fill it, Chief of the Defence Staff Gen. Wayne Eyre said Thursday. In a rare public directive, Eyre ordered commanders to put rebuilding the force ahead of most other activities, including some training and foreign deployments. Recruiting centres processed fewer than half the applications needed last year, officials told the Commons defence committee. The military has struggled to attract new members amid a sexual misconduct crisis, high housing costs near bases and competition from a tight labour market. Permanent residents were allowed to apply for the first time in December. “We are in a crisis,” Eyre said. The NDP's defence critic said the government had ignored warnings for years.",
        "military",
    ),
    (
        "Soldiers haul gear across sea ice as Operation Nanook tests Arctic readiness",
        "Some 600 Canadian Armed Forces members are spending three weeks in Nunavut and the Northwest Territories this month as part of Operation Nanook, the military's annual exercise in the Arctic. Soldiers of the Canadian Rangers led patrols on snowmobiles across the sea ice near Resolute Bay, while divers practised in holes cut through a metre of ice. A CC-130J Hercules dropped supplies to a camp on Cornwallis Island in temperatures below minus 40 C. Commanders said the exercise would help the military respond to search and rescue calls, oil spills and other emergencies in a region where ships and aircraft are becoming more common as the ice retreats. Observers from the U.S., Denmark and France joined the exercise. Defence Minister Bill Blair said the government would build new operational support hubs in the North.",
        "military",
    ),
    (
        "Canada helps broker Colombia deal to bring FARC holdouts into peace process",
        "Canada's ambassador to Colombia joined government negotiators and former FARC commanders in Havana on Friday as they signed an agreement to bring several hundred holdout fighters into the 2016 peace accord, the foreign ministry in Bogotá said. Ottawa has given more than $50 million since 2016 to programs that help former guerrillas find work and to demining projects, and Canadian experts advised on the land reform chapter of the deal. The agreement sets out a timetable for the group to hand over its weapons to a United Nations verification mission. Foreign Affairs Minister Mélanie Joly said Canada would keep supporting reconciliation efforts. Colombian officials said talks with other armed groups would resume next month. A community leader from Cauca told Le Devoir in translation that villagers wanted to see schools and roads, not just signatures.",
        "peace",
    ),
    (
        "Canada recognises State of Palestine, joining France and Britain",
        "Canada has formally recognised the State of Palestine, Prime Minister Mark Carney announced on Sunday, a shift in decades of foreign policy that puts Ottawa alongside Britain, Australia and France. Carney said the decision was meant to keep a two-state solution alive and was conditional on the Palestinian Authority holding elections in 2026 and on the demilitarisation of any future state. Israel's government criticised the move, saying it rewarded Hamas. Palestinian community groups in Mississauga and Montreal welcomed the announcement, while the Centre for Israel and Jewish Affairs said it was deeply disappointed. Conservative Leader Pierre Poilievre accused the government of acting without a clear plan. The recognition will be marked at the UN General Assembly in New York this week. Canada will also appoint an ambassador to the Palestinian Authority.",
        "peace",
    ),
    (
        "Joly signs declaration at Ukraine peace summit in Switzerland",
        "Canada was among some 80 countries that signed a joint declaration at the close of a two-day summit on peace in Ukraine at the Bürgenstock resort in Switzerland on Sunday. The declaration calls for Ukraine's territorial integrity to be respected, for the safety of the Zaporizhzhia nuclear plant and for the return of deported children. Prime Minister Justin Trudeau co-chaired a session on humanitarian issues and announced that Canada would lead an international coalition to return Ukrainian children taken to Russia. Russia was not invited, and China stayed away. Several countries including India and Saudi Arabia did not sign. Ukrainian President Volodymyr Zelenskyy said a second summit could include Russian representatives. Trudeau said Canada would continue to support Ukraine for as long as it takes.",
        "peace",
    ),
    (
        "Alberta's energy ‘war room’ faces audit after Bigfoot campaign backlash",
        "Alberta's Auditor General will examine the Canadian Energy Centre, the provincial agency created to counter criticism of the oil and gas industry, after months of controversy over its spending and its campaigns. The centre, set up by Premier Jason Kenney as an energy “war room” with an annual budget of $30 million, drew ridicule this year for attacking a Netflix children's film about Bigfoot that it said portrayed the oil sands unfairly. Opposition NDP members said the agency had wasted public money and failed to change anyone's mind. Kenney defended it as a needed response to what he called a foreign-funded campaign against the industry. The centre's chief executive said it had published hundreds of stories promoting the sector. A public inquiry into foreign funding of environmental groups was expected to report later in the year.",
        "politics",
    ),
    (
        "Ford declares war on Ottawa over carbon tax in fiery Queen's Park speech",
        "Ontario Premier Doug Ford vowed to fight the federal carbon tax “in every court in the land” on Monday, calling it a job-killing attack on families. Speaking to supporters at Queen's Park, Ford said the province would challenge the levy at the Supreme Court and would put stickers on gas pumps showing how much it adds to the price of a litre. The federal government said it would send rebates directly to households in provinces that do not have their own carbon pricing plan. Environment Minister Catherine McKenna accused Ford of waging a war on climate action. Saskatchewan and Manitoba have also launched legal challenges. Political scientists said the fight would likely dominate the federal election campaign. Ford's government has already cancelled Ontario's cap-and-trade system.",
        "politics",
    ),
    (
        "Bill 21 battle heads to Supreme Court as Quebec renews notwithstanding clause",
        "The Supreme Court of Canada has agreed to hear challenges to Quebec's secularism law, which bars some public employees, including teachers and police officers, from wearing religious symbols such as hijabs, kippas and turbans at work. The Quebec government has again invoked the notwithstanding clause to shield the law, known as Bill 21, from charter challenges for another five years. Civil liberties groups, teachers' unions and the English Montreal School Board say the law discriminates against Muslim women in particular. Premier François Legault said Quebec would defend its right to make its own choices and accused Ottawa of wanting to interfere. Justice Minister Arif Virani said the federal government would intervene in the case. The hearing is expected next year.",
        "politics",
    ),
    (
        "Afghanistan war drama ‘Hyena Road’ director says film is for the soldiers",
        "Paul Gross says his new film Hyena Road, a drama about Canadian soldiers in Kandahar that opens the Toronto International Film Festival's Gala program on Thursday, was made for the men and women who served. Gross wrote, directed and stars in the film, which follows a sniper team and an intelligence officer during the last years of Canada's combat mission. Much of it was shot in Jordan, with Canadian veterans advising on tactics and gear. The film's battle scenes, with their firefights and roadside bombs, were made with help from the Department of National Defence, which lent vehicles and equipment. Gross said he wanted audiences to understand the weight soldiers carried home. Some veterans who saw an early screening in Ottawa said it was the first Canadian film that felt true to them. It opens in theatres across Canada in October.",
        "entertainment",
    ),
    (
        "Canadian War Museum exhibit brings Afghanistan mission into focus",
        "A new exhibition at the Canadian War Museum in Ottawa tells the story of Canada's 12-year mission in Afghanistan through the objects soldiers brought home, from a bullet-scarred light armoured vehicle to letters, photographs and a child's drawing sent to Kandahar airfield. More than 40,000 Canadian Armed Forces members served in the mission, and 158 were killed. The exhibit includes interviews with Afghan interpreters who later resettled in Canada and with families of the fallen. Curator Andrea Reichert said the museum wanted visitors to reflect on a war many young Canadians barely remember. A section on the return of the dead along the Highway of Heroes in Ontario moved visitors to tears during a preview on Tuesday. The exhibition runs until next spring.",
        "entertainment",
    ),
    (
        "Sixteen dead after Humboldt Broncos bus collides with semi in Saskatchewan",
        "Sixteen people were killed and 13 injured when a bus carrying the Humboldt Broncos junior hockey team collided with a semi-trailer truck at a rural intersection in Saskatchewan on Friday evening, the RCMP said. The team was on its way to a playoff game in Nipawin when the crash happened at the junction of highways 35 and 335 near Armley. The dead include players aged 16 to 21, the team's head coach, the bus driver and a radio play-by-play announcer. The truck driver was not hurt and was briefly detained. Prime Minister Justin Trudeau said the country was heartbroken. Hockey teams across North America held moments of silence, and people began leaving hockey sticks on their porches in tribute. A crowdfunding campaign for the families passed $10 million within days.",
        "accident",
    ),
    (
        "Delta jet flips on landing at Pearson, 21 injured as passengers climb out upside down",
        "Twenty-one people were injured, three of them seriously, when a Delta Air Lines regional jet from Minneapolis flipped onto its roof while landing at Toronto's Pearson airport on Monday afternoon, airport officials said. All 80 people on board survived. Videos posted online showed passengers hanging from their seatbelts and crawling out onto the snow-covered runway as firefighters doused flames around the wreck. The CRJ900, operated by Endeavor Air, lost a wing on touchdown amid gusty winds, according to the Transportation Safety Board of Canada. Orange helicopters flew the seriously injured to hospitals in Toronto. “It was like a bomb went off,” one passenger told CBC News. Two runways were closed into the evening and dozens of flights were cancelled or diverted.",
        "accident",
    ),
    (
        "Three dead, 23 hurt as double-decker bus slams into Ottawa transit shelter",
        "Three people were killed and 23 injured when an OC Transpo double-decker bus crashed into a transit shelter at Westboro station during the afternoon rush hour on Friday, Ottawa police said. The roof of the bus was torn open along its right side by the shelter's overhang, trapping passengers on the upper level. Firefighters worked for hours to free them. Paramedics said several of the injured had lost limbs. The 42-year-old driver was arrested at the scene and later released. Mayor Jim Watson called it a dark day for the city. The Transportation Safety Board is not involved because the crash involved a municipal bus, and Ottawa police are leading the investigation. Flowers and notes piled up at the station on Saturday.",
        "accident",
    ),
    (
        "Military called in as Quebec long-term care homes battle COVID-19",
        "The Canadian Armed Forces will send about 1,000 soldiers, including medical personnel, to help in long-term care homes in Quebec, where COVID-19 outbreaks have killed hundreds of elderly residents, Prime Minister Justin Trudeau said. Premier François Legault asked for help after thousands of health workers became sick or refused to work. The province has been hardest hit in the country, with more than 1,600 deaths, most of them in care homes in the Montreal area. Soldiers will help with feeding, cleaning and basic care, officials said. Military teams were also being sent to Ontario, where outbreaks are spreading in several homes. Nurses' unions said the war against the virus was being fought without enough protective equipment. Legault said he hoped the soldiers could stay for several weeks.",
        "health",
    ),
    (
        "Ontario measles outbreak tops 1,000 cases as health officials urge vaccination",
        "Ontario's measles outbreak has grown to more than 1,000 cases since October, the province's chief medical officer of health said Wednesday, and officials warned it was not yet under control. Most of the cases are among unvaccinated children in communities in southwestern Ontario, including Mennonite communities in Norfolk and Oxford counties. One premature infant born to a mother who had measles has died. Dr. Kieran Moore urged parents to check that their children's shots were up to date and said clinics would stay open on weekends. Cases linked to the outbreak have also been reported in Alberta and Manitoba. Public health units said they were struggling to trace contacts in schools and churches. Canada risks losing its measles elimination status if the spread continues for a full year.",
        "health",
    ),
    (
        "Carney's Liberals win fourth term, fall short of majority",
        "Mark Carney's Liberals have won Monday's federal election, securing a fourth straight term in government but falling short of the 172 seats needed for a majority, according to CBC News projections. The Liberals were elected or leading in 168 ridings and the Conservatives under Pierre Poilievre in 144, as support for the NDP and the Bloc Québécois collapsed. Poilievre lost his own seat in Carleton to a Liberal newcomer. Carney, a former central banker who became prime minister only weeks before calling the vote, ran on a promise to stand up to U.S. President Donald Trump's tariffs and threats. “We are over the shock of the American betrayal,” Carney told supporters in Ottawa. NDP Leader Jagmeet Singh announced he would step down. Voter turnout was the highest in decades.",
        "other",
    ),
    (
        "Bank of Canada cuts key rate to 2.75% as tariff fears weigh on economy",
        "The Bank of Canada lowered its key interest rate by a quarter of a percentage point to 2.75 per cent on Wednesday, its seventh consecutive cut, saying a trade war with the United States would hurt growth and push up prices. Governor Tiff Macklem said monetary policy could not offset the impact of a long tariff conflict, but that the bank would do what it could to support the economy. Business investment and hiring intentions have weakened sharply, the bank said, citing its latest surveys. Economists had been divided on whether the bank would cut or pause. The Canadian dollar fell slightly after the announcement. Mortgage holders renewing this year will still face higher payments than when they first borrowed, Macklem said. The next rate decision is scheduled for April.",
        "economy",
    ),
    (
        "Syrian refugee's chocolate factory in Antigonish opens its doors to tourists",
        "Peace by Chocolate, the family business started by Syrian refugees in Antigonish, N.S., opened a new factory and visitor centre on Saturday, eight years after the Hadhad family arrived in Canada with almost nothing. Tareq Hadhad, who was a medical student in Damascus before the family fled, said the new building would employ 75 people and welcome busloads of visitors every summer. The family's chocolate factory in Syria was destroyed during the war, and they started again in a shed behind their house in Nova Scotia. The company now sells its chocolates across Canada and abroad, and Prime Minister Justin Trudeau has cited the family as a success story. A film about them was released in 2021. “Canada gave us a second chance,” Hadhad said at the opening, as local dignitaries cut the ribbon.",
        "other",
    ),
]
