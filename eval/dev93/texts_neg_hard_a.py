"""dev93 hard negatives (disaster, crime, sport, politics, economy): conflict words, no conflict."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Soldiers join clean-up as Valencia counts cost of deadliest floods in decades",
        "Thousands of soldiers, firefighters and volunteers spent the weekend clearing mud from "
        "streets and garages in the towns south of Valencia, four days after torrential rain turned "
        "dry riverbeds into torrents. The death toll in the region rose to 211 on Sunday, the "
        "regional government said, and dozens of people are still missing. Spain's government "
        "deployed 7,500 troops and police to the area, the largest peacetime deployment of the army "
        "in the country's history, according to the Defence Ministry. In Paiporta, where more than "
        "60 people died, residents said some neighbourhoods had still not seen emergency services. "
        "Anger boiled over when the king and the regional leader visited the town and were pelted "
        "with mud. Meteorologists said a cut-off low had dropped a year's rain on parts of the "
        "region in about eight hours. The EU has offered to activate its solidarity fund.",
        "disaster",
    ),
    (
        "ADF troops deployed as ex-Tropical Cyclone Alfred floods northern NSW",
        "Hundreds of Australian Defence Force personnel were deployed to south-east Queensland and "
        "northern New South Wales on Sunday as the remnants of Cyclone Alfred brought flooding "
        "rain. Two army trucks carrying soldiers to help with the response crashed near Lismore, "
        "injuring more than 30, but none of the injuries was life-threatening, Defence said. About "
        "250,000 homes were still without power in Brisbane and on the Gold Coast. The body of a "
        "man who was swept away in floodwater near Dorrigo was found on Saturday. Prime Minister "
        "Anthony Albanese said the government had approved disaster payments for residents of "
        "nine local government areas. The Bureau of Meteorology warned that rivers in the Northern "
        "Rivers region could peak on Monday night, and evacuation orders remained in place for "
        "parts of Lismore.",
        "disaster",
    ),
    (
        "National Guard patrols burned Altadena as evacuation orders begin to lift",
        "California National Guard troops were patrolling the burned-out streets of Altadena on "
        "Monday to deter looting, as authorities began to let some residents return to "
        "neighbourhoods spared by the Eaton Fire. The fire has destroyed more than 9,000 "
        "structures and killed at least 17 people, Los Angeles County officials said, making it "
        "one of the most destructive in the state's history. The Palisades Fire on the west side of "
        "the city was 49% contained. Residents described the scene as a war zone, with chimneys "
        "standing alone among the ash. About 88,000 people remain under evacuation orders across "
        "the county, down from more than 150,000 last week. Forecasters warned that Santa Ana "
        "winds could strengthen again by midweek.",
        "disaster",
    ),
    (
        "Army builds field hospitals as Rio Grande do Sul floods displace 600,000",
        "Brazil's army set up field hospitals in Canoas and Porto Alegre on Thursday as the worst "
        "floods in the history of Rio Grande do Sul kept much of the state capital under water. "
        "More than 600,000 people have been forced from their homes, and at least 148 have died, "
        "the state civil defence agency said. The Guaíba lake rose to a record 5.3 metres, "
        "flooding the airport, which will stay closed until at least the end of the month. "
        "Soldiers, firefighters and volunteers with jet skis and fishing boats have rescued more "
        "than 80,000 people from rooftops. President Luiz Inácio Lula da Silva announced "
        "emergency payments of 5,100 reais to affected families. Rice and soy farmers in the state, "
        "one of Brazil's main grain producers, say losses will be heavy, MercoPress reported.",
        "disaster",
    ),
    (
        "Curfew in Viña del Mar as wildfires become Chile's deadliest disaster since 2010",
        "Chile's government imposed a night-time curfew in Viña del Mar and parts of the Valparaíso "
        "region on Sunday and sent soldiers into the hills to help firefighters, as the death toll "
        "from the wildfires rose to 112. President Gabriel Boric said the country was facing its "
        "worst tragedy since the 2010 earthquake and declared two days of national mourning. Whole "
        "neighbourhoods of wooden houses on the slopes above the city burned in a few hours on "
        "Friday evening, trapping residents in their cars. Officials said at least 3,000 homes had "
        "been destroyed. Prosecutors are investigating whether some of the fires were started "
        "deliberately. Temperatures above 35C and strong winds had fanned the flames.",
        "disaster",
    ),
    (
        "Bondi Junction attacker had no ideological motive, police say",
        "Police say there is no evidence that the man who stabbed six people to death at a "
        "shopping centre in Bondi Junction on Saturday was motivated by any ideology, and the "
        "attack is not being treated as terrorism. The 40-year-old, who had a long history of "
        "mental illness, was shot dead by a police inspector who confronted him alone inside "
        "the centre. Five of the six people he killed were women, and NSW Police Commissioner "
        "Karen Webb said it was 'obvious' he had focused on women. A nine-month-old baby whose "
        "mother died in the attack was recovering in hospital after surgery. Thousands of people "
        "have left flowers outside the centre, which reopened for a day of reflection on "
        "Thursday. The state government announced a coronial inquest.",
        "crime",
    ),
    (
        "Swedish gangs recruiting children as young as 13 for contract killings, court hears",
        "A 15-year-old boy recruited over a messaging app shot a man dead outside a Stockholm "
        "apartment block for a promised payment of 150,000 kronor, a court in Södertörn heard on "
        "Tuesday. Prosecutors say the boy was hired by a criminal network that has been fighting "
        "a rival gang for control of the drug trade in the city's southern suburbs. Sweden has the "
        "highest rate of gun deaths in the European Union, and police say gang leaders "
        "increasingly use minors, who face lighter sentences, to carry out shootings and "
        "bombings of rivals' homes. The government wants to lower the age of criminal "
        "responsibility for serious crimes from 15 to 13. The boy's lawyer said his client had "
        "been exploited and threatened. A verdict is expected next month.",
        "crime",
    ),
    (
        "Two killed in Marseille shootings as drug war death toll rises",
        "Two young men were shot dead in separate attacks in the northern districts of Marseille "
        "overnight, bringing to 24 the number of people killed this year in shootings linked to "
        "the drug trade in the city, prosecutors said on Saturday. One of the victims, aged 19, "
        "was hit by several bullets fired from a passing car near a housing estate in the 14th "
        "arrondissement. Police believe both killings are part of a turf war between the DZ Mafia "
        "and the Yoda gang over lucrative dealing points. Interior Minister Bruno Retailleau said "
        "the state would not let 'narco-gangs' dictate the law in Marseille, and announced more "
        "police officers for the city. Residents of the estates say they live in fear of stray "
        "bullets. Last year the city recorded 49 such killings.",
        "crime",
    ),
    (
        "Another tobacconist firebombed in Melbourne as illicit tobacco war spreads",
        "A tobacconist in Melbourne's north was firebombed in the early hours of Wednesday, the "
        "latest of more than 100 arson attacks linked to a war between criminal syndicates over "
        "the state's illicit tobacco trade. Victoria Police said two men in hoodies smashed the "
        "shop's window, poured petrol inside and set it alight before fleeing in a stolen car. No "
        "one was injured, but the fire spread to a flat above the shop, and a family of four had "
        "to be rescued by firefighters. Detectives from the Lunar taskforce are investigating. "
        "Police say the syndicates extort shop owners and recruit young people online to carry "
        "out attacks. The state government has promised a licensing scheme for tobacco retailers.",
        "crime",
    ),
    (
        "Rosario records fewest homicides in a decade",
        "Rosario, Argentina's third-largest city and long its most violent, recorded 64 homicides "
        "last year, the lowest number in more than a decade, according to figures released by "
        "the Santa Fe provincial government on Monday. In 2022 the city recorded 287 killings, "
        "many of them linked to drug gangs fighting over territory and to shootings ordered from "
        "inside prisons. Provincial officials credited tighter controls on jailed gang leaders, "
        "more federal police and the recovery of public spaces. Security Minister Patricia "
        "Bullrich called the figures proof that the state had won back the streets from the "
        "narcos. Some criminologists warned that the decline could reverse if prison controls were "
        "loosened, the Buenos Aires Times reported.",
        "crime",
    ),
    (
        "Ireland's attack finally clicks as France are beaten in Paris",
        "Ireland produced their best attacking performance of the championship to beat France "
        "31-17 at the Stade de France on Saturday and keep alive their hopes of a third "
        "consecutive Six Nations title. After a first half dominated by both defences, Andy "
        "Farrell's side scored three tries in 14 minutes after the break, the first when Jamison "
        "Gibson-Park broke from a ruck and sent James Lowe over in the corner. France, who had "
        "lost their fly-half to injury in the warm-up, fought back with a late try but never "
        "threatened to win. The Irish pack won the battle at the breakdown and forced six "
        "penalties at the scrum. Ireland host Scotland in Dublin next Sunday.",
        "sport",
    ),
    (
        "All Blacks survive Springbok onslaught to win at Eden Park",
        "The All Blacks held on under a late Springbok siege to win 24-17 at Eden Park on "
        "Saturday and extend their unbeaten run at the Auckland ground to 51 tests. South Africa "
        "camped on the New Zealand line for the final five minutes, but a turnover by Ardie Savea "
        "ended the threat. Scott Robertson's side had led 17-3 at half-time after tries by Will "
        "Jordan and Beauden Barrett, before South Africa's bench swung momentum in the second "
        "half. Robertson told RNZ his forwards had 'fought for every inch'. The two sides meet "
        "again in Wellington next week.",
        "sport",
    ),
    (
        "Boca win tense Superclásico at the Monumental",
        "Boca Juniors won 1-0 at River Plate's Monumental stadium on Sunday in a bruising "
        "Superclásico that finished with both sides down to 10 men. Miguel Merentiel scored the "
        "only goal from close range after 62 minutes. River's striker Facundo Colidio had a shot "
        "cleared off the line late on. The match was played without away fans, under rules "
        "introduced in 2013 after years of violence between rival supporters, and more than "
        "1,500 police officers were deployed around the stadium. There were no incidents, the "
        "Buenos Aires security ministry said. The result lifted Boca to third in the table.",
        "sport",
    ),
    (
        "Ukrainian player refuses handshake after beating Russian at Wimbledon",
        "Ukraine's Elina Svitolina beat Russia's Anna Kalinskaya 6-4 6-3 on Court Two on Thursday "
        "and walked straight to her chair without shaking hands, as she has done with Russian and "
        "Belarusian opponents since the full-scale invasion of her country. Svitolina, who "
        "dedicated her win to Ukrainian soldiers and to people in her home city of Odesa, said afterwards that she would never shake hands with players from a country "
        "that had not condemned the war. The crowd applauded both players as they left the court. "
        "Russian and Belarusian players compete at Wimbledon as neutral athletes. Svitolina will "
        "play the 12th seed in the third round.",
        "sport",
    ),
    (
        "Bundestag approves debt-brake exemption for defence spending",
        "Germany's outgoing parliament on Tuesday approved an exemption from the country's "
        "constitutional debt brake for most defence spending, along with a 500 billion euro fund "
        "for infrastructure. The changes passed with 513 votes, above the two-thirds majority "
        "needed, after Friedrich Merz's conservatives secured the support of the Social Democrats "
        "and the Greens. Merz said Germany had to be ready to defend itself, citing Russia's war "
        "against Ukraine and doubts about American support for Europe. The far-right AfD and the "
        "Left party voted against, and both had asked the constitutional court to block the vote. "
        "The upper house, the Bundesrat, is expected to approve the package on Friday.",
        "politics",
    ),
    (
        "Sunak vows to 'stop the boats' as Rwanda bill clears the Lords",
        "Rishi Sunak said the first flights carrying asylum seekers to Rwanda would leave within 10 "
        "to 12 weeks after his Safety of Rwanda Bill finally cleared Parliament late on Monday, "
        "following weeks of battles with the House of Lords. The prime minister said the "
        "government had booked charter planes and trained staff, and that an airfield was on "
        "standby. Labour called the scheme an expensive gimmick and promised to scrap it if it won "
        "the election. More than 6,000 people have crossed the Channel in small boats so far this "
        "year, many of them fleeing wars in Afghanistan, Sudan and Syria. Charities said they would "
        "bring fresh legal challenges.",
        "politics",
    ),
    (
        "Dáil votes to scrap 'triple lock' on deploying Irish troops overseas",
        "The Dáil on Wednesday passed legislation removing the requirement for a UN Security Council "
        "resolution before more than 12 Irish soldiers can be deployed on an overseas mission. "
        "Under the 'triple lock', deployments have needed the approval of the government, the Dáil "
        "and the UN. The Minister for Defence said Russia's veto on the Security Council had given "
        "a permanent member the power to decide where Irish peacekeepers could serve. Opposition "
        "parties said the change undermined Irish neutrality and could drag the country into "
        "military alliances. Protesters held a vigil outside Leinster House during the debate. The "
        "bill now goes to the Seanad.",
        "politics",
    ),
    (
        "Carney wins mandate, vowing to 'fight' Trump's tariffs",
        "Mark Carney's Liberals won Canada's federal election on Monday, completing a dramatic "
        "comeback that was fuelled by anger at Donald Trump's tariffs and his talk of making Canada "
        "the 51st state. In his victory speech in Ottawa, Carney said the old relationship with the "
        "United States was over and that Canada would fight for the best deal it could get. The "
        "Conservatives under Pierre Poilievre made gains but fell short, and Poilievre lost his own "
        "seat in Carleton. The NDP had its worst result in decades. It was not clear on Tuesday "
        "morning whether the Liberals had won a majority, with a handful of ridings still too close "
        "to call.",
        "politics",
    ),
    (
        "Counter-tariffs take effect as Canada-US trade war deepens",
        "Canada's counter-tariffs of 25% on about $30 billion worth of American goods, from orange "
        "juice to motorcycles, took effect on Tuesday in response to US tariffs on Canadian "
        "imports. Ontario also added a 25% surcharge on electricity it sells to Michigan, New York "
        "and Minnesota. Economists at a major Canadian bank said a prolonged trade war could push "
        "Canada into recession by the summer, with the auto sector hit hardest. The loonie fell to "
        "69 US cents. Shoppers across the country have been swapping American products for "
        "Canadian ones, and several provinces pulled US wine and spirits from liquor store "
        "shelves. Ottawa said it would announce support for affected workers.",
        "economy",
    ),
    (
        "Rheinmetall shares soar as Europe ramps up military spending",
        "Shares in Rheinmetall, Germany's biggest arms maker, have more than doubled since January, "
        "making it more valuable than Volkswagen, as European governments pledge to spend far more "
        "on defence. The company said on Thursday it expected sales to grow by up to 30% this year, "
        "driven by orders for artillery shells, air defence systems and military trucks. Its "
        "chief executive told analysts that Rheinmetall was in talks to convert a Volkswagen plant "
        "in Osnabrück to build military vehicles. European defence stocks have been among the best "
        "performers on the continent since NATO members agreed to raise spending. Some investors "
        "warned that valuations had run ahead of the orders actually signed.",
        "economy",
    ),
    (
        "Gas prices rise in central Europe after Russian transit through Ukraine ends",
        "Natural gas prices in Europe rose to their highest in more than a year on Thursday, days "
        "after the flow of Russian gas through Ukrainian pipelines stopped when a five-year "
        "transit deal expired on January 1. Ukraine refused to extend the contract, saying it would "
        "not let Moscow earn money to finance the war. Slovakia and Austria, which had relied on "
        "the route, said they had secured supplies from other sources, but the Slovak prime "
        "minister threatened to cut electricity exports to Ukraine in retaliation. Moldova's "
        "breakaway region of Transnistria switched off heating and hot water to homes. The "
        "European Commission said the EU's storage was sufficient for the winter.",
        "economy",
    ),
    (
        "Supermarket price war erupts as Aldi and Coles slash grocery prices",
        "A supermarket price war broke out in Australia this week as Coles cut prices on 300 "
        "staples and Aldi responded with discounts on fresh meat and fruit, ahead of a consumer "
        "watchdog report into grocery pricing. Woolworths said it would match the cuts on "
        "hundreds of its own-brand products. Consumer groups welcomed the cuts but said shoppers "
        "had paid too much for too long. The Australian Competition and Consumer Commission's "
        "final report is expected to recommend tougher rules on unit pricing. Shares in Coles fell "
        "2% on the news.",
        "economy",
    ),
]
