"""dev372 negatives: the desk's war words used loosely, on the sport, politics, business, arts
and general news pages. (title, text, kind code)"""

NEGATIVES = [
    (
        "Origin war: Blues survive Suncorp siege to force decider after brutal night",
        "New South Wales survived a second-half siege at Suncorp Stadium to beat Queensland 24-18 on "
        "Wednesday night and force a State of Origin decider in Melbourne. The Blues led 18-0 at the "
        "break after two tries to their winger, but the Maroons threw everything at their line after "
        "the interval, with three sets in a row on the Blues' tryline in the 62nd minute. Two players "
        "were sent to the sin bin after an all-in brawl sparked by a late shot on the Blues "
        'halfback, and a Queensland forward was put on report for a high tackle. "It was war out '
        "there, and our boys stood up,\" the NSW coach said. Queensland's captain said his side had "
        'been "bombed out" by their own errors in the first half. The crowd of 52,000 booed the '
        "video referee for much of the night. Both teams will name squads for game three on Monday. "
        "The Blues' five-eighth said the side had taken inspiration from the crowd's hostility. Queensland's coach said he would not make wholesale changes. Ticket demand for the decider is expected to be huge.",
        "sport",
    ),
    (
        "All Blacks hold off Springbok onslaught in Wellington arm-wrestle",
        "The All Blacks won the battle of the breakdown and held firm against a relentless Springbok "
        "attack to win 22-17 in a bruising Test at Sky Stadium on Saturday night. South Africa's "
        "pack bombarded the home line for the final eight minutes, but a turnover by the All Blacks' "
        "openside flanker sealed victory in front of 34,000 fans. Coach Scott Robertson said his team "
        'had "fronted the physical war" that the world champions always bring. The Springboks\' '
        "director of rugby said he was proud of his side's fight despite losing two players to head "
        "injury assessments. The home side's first-five kicked four penalties, including one from "
        "near halfway. The result levels the Freedom Cup series at one Test each. The teams meet "
        "again in Auckland in a fortnight. "
        "The visitors had led by seven at half-time after a try from a maul. The All Blacks lost their starting hooker to a shoulder injury early in the second half. The crowd stayed to sing along with the players after the final whistle. Robertson said the team would review its lineout, which lost four throws.",
        "sport",
    ),
    (
        "Bazball bombardment: England blitz leaves Australia reeling at the Gabba",
        "England's batters launched an all-out assault on the Australian attack at the Gabba on day "
        "two, plundering 180 runs in the afternoon session to take control of the first Ashes Test. "
        "Australia's quicks, who had claimed five wickets before lunch on the opening day, were "
        'hammered to all parts of the ground as the tourists raced past 400. "They came at us with '
        "everything, and we didn't have an answer,\" Australia's captain admitted. The home side's "
        "spinner took a hit on the hand trying to stop a fierce drive and will have scans. England's "
        "vice-captain said the team's aggressive approach would not change whatever the conditions. "
        "Former Test players on commentary called it one of the most ruthless sessions seen in "
        "Brisbane. Australia will resume at 1-34 on Saturday morning. "
        "The tourists declared late in the day with a lead of almost 200. Ticket sales for the second Test in Adelaide have surged. England's top scorer said the side was playing \"fearless\" cricket. Australia's selectors are expected to keep faith with the same squad.",
        "sport",
    ),
    (
        "Melbourne derby abandoned after fans storm pitch and goalkeeper is hit by bucket",
        "The A-League Men's Melbourne derby was abandoned in the first half on Saturday night after "
        "about 150 fans invaded the pitch at AAMI Park, and Melbourne City goalkeeper Tom Glover was "
        "struck in the face by a metal bucket thrown by a supporter. The pitch invasion, part of a "
        "planned walkout over the league's decision to sell the grand final rights to Sydney, began "
        "when flares were thrown onto the field. Glover was left with a bloodied face and concussion, "
        "and a referee was also hurt. Victoria Police said it was working to identify those "
        "responsible and expected to lay charges. Football Australia described the scenes as "
        '"appalling" and said both clubs could face sanctions. Supporters\' groups said they had '
        "not planned violence. The clubs will learn their punishment next week. "
        'The match was stopped in the 22nd minute and never resumed. Melbourne Victory said it was "disgusted" by the actions of some fans in the southern end. Several spectators were treated by paramedics for burns from flares. Glover needed stitches to a cut above the eye.',
        "sport",
    ),
    (
        "Kiwis beat Kangaroos in Pacific Championships final to end years of pain",
        "New Zealand stunned Australia 30-0 in the Pacific Championships final in Hamilton on "
        "Saturday, the Kangaroos' heaviest defeat to their trans-Tasman rivals in a generation. The "
        "Kiwis' forwards dominated the ruck from the first set, and the home side ran in five tries "
        'in front of a packed crowd at FMG Stadium. "We talked about going to war for each other, '
        "and that's what the boys did,\" said the Kiwis' captain. Australia's coach said his side had "
        'been "ambushed" by a team that wanted it more. The Kangaroos lost their five-eighth to a '
        "hamstring injury in the first 20 minutes and never recovered. The Kiwis collected the trophy "
        "with a haka on the field. It was the first time the Kangaroos had been kept scoreless in a "
        "Test in more than two decades. "
        "The Kiwis' fullback was named player of the match after setting up three tries. The two sides will meet again in the next edition of the tournament. Fans lingered in the stands long after the final whistle. The Kangaroos' captain called it a hard lesson.",
        "sport",
    ),
    (
        "Butler declares 'war on vapes' with ban on imports of disposable devices",
        "Health Minister Mark Butler has declared war on vaping, announcing a ban on the import of "
        "disposable vapes and tighter rules that will limit the sale of vaping products to "
        'pharmacies. Butler said the devices had been marketed to children as a "recreational product" '
        'in bright colours and flavours like bubblegum, and that the industry had created "a new '
        'generation of nicotine addicts". The Australian Border Force will be given extra powers to '
        "seize shipments at the border, and the government will spend $63 million on a public "
        "awareness campaign. Retailers said the crackdown would simply push sales onto the black "
        "market. The Greens want to see the detail before backing the changes in the Senate. "
        "Principals welcomed the move and said vaping in school toilets had become an everyday "
        "problem. "
        "Vapes containing nicotine have required a prescription since 2021, but the rule has been widely ignored. Surveys suggest one in six teenagers has vaped. The ban on imports of disposable vapes will start in January.",
        "politics",
    ),
    (
        "Budget 'attack on pensioners' as Coalition and crossbench declare war on savings measures",
        "The Opposition has vowed to fight the budget's changes to the pension assets test, calling "
        'them a "sneak attack" on retirees who have done the right thing and saved for old age. '
        "Treasurer Jim Chalmers defended the changes on Wednesday, saying they would save $2.4 "
        "billion over four years and affect only the wealthiest pensioners. Crossbench senators said "
        "they would not back the measures without amendments, setting up a battle in the upper house. "
        "National Seniors Australia said its phone lines had been swamped by worried members. "
        "Economists said the budget's surplus was now in the firing line as commodity prices fell. "
        '"This government has declared war on aspiration," the shadow treasurer told Parliament. '
        "The bill is expected to be debated in the Senate next month. "
        "Retiree groups plan to hold rallies in several cities. The Greens said they would back the changes only if the money went to rent assistance. The Senate committee inquiry will report in June.",
        "politics",
    ),
    (
        "Iranian ambassador expelled after ASIO links Tehran to antisemitic arson attacks",
        "Australia has expelled Iran's ambassador and three other diplomats after ASIO concluded that "
        "Tehran directed at least two antisemitic arson attacks in Melbourne and Sydney last year. "
        "Prime Minister Anthony Albanese said the intelligence agency had found the Islamic "
        "Revolutionary Guard Corps used criminal networks to organise the firebombing of a kosher "
        "restaurant in Bondi and of the Adass Israel synagogue in Ripponlea. It is the first time "
        "Australia has expelled an ambassador since the Second World War. The government will also "
        "legislate to list the IRGC as a state sponsor of terrorism. ASIO director-general Mike "
        "Burgess said the investigation had taken months of work by his officers and the AFP. "
        "Australia's embassy in Tehran has been suspended and its staff moved to a third country. "
        "Iran's foreign ministry rejected the claims as baseless.",
        "politics",
    ),
    (
        "Luxon vows 'war on gangs' as patch ban passes third reading",
        "Prime Minister Christopher Luxon says his government is waging a war on gangs after a law "
        "banning gang patches in public passed its third reading in Parliament on Tuesday night. "
        "The law also gives police powers to disperse gang gatherings and to stop known members "
        "from associating for six months. Police Minister Mark Mitchell said gang membership had "
        'grown by more than 50 per cent over five years and that the patch ban would "take back our '
        'streets". Labour voted against the bill, saying it would not reduce crime and could breach '
        "the Bill of Rights. Te Pati Maori called it an attack on whanau. Civil liberties groups said "
        "they expected the law to be challenged in court. Gang leaders told reporters they would "
        "find ways around it. "
        "Gangs have long been a focus of New Zealand politics, and previous governments tried other approaches. Police will also be able to use the law to stop gang convoys at funerals. Officers will start enforcing the ban next month. Mitchell said he would review how it worked after a year.",
        "politics",
    ),
    (
        "Voice referendum battle lines drawn as Yes and No campaigns launch",
        "The battle over the Indigenous Voice to Parliament has officially begun, with the Yes and No "
        "campaigns holding rival launches on Sunday ahead of the October 14 referendum. Prime Minister "
        "Anthony Albanese told supporters in Adelaide that a Voice would give Aboriginal and Torres "
        "Strait Islander people a say on laws that affect them. In Brisbane, Opposition Leader Peter "
        "Dutton said the proposal was divisive and lacked detail, and urged voters who did not know "
        "to vote no. The Australian Electoral Commission has warned of a flood of misinformation and "
        "said it would act against false claims about voting. Recent Newspoll surveys show support "
        "for the Voice sliding in every state. Both sides have accused each other of waging a culture "
        "war. "
        "The Yes campaign has enlisted sporting stars and business leaders, while the No campaign has relied on a small number of prominent Indigenous voices. Polling booths will open at 8am on referendum day. Early voting begins on October 2. Both campaigns have spent millions on advertising.",
        "politics",
    ),
    (
        "Supermarket price war heats up as Coles and Woolworths slash prices on 400 items",
        "Australia's two biggest supermarkets have escalated their price war, with Coles cutting "
        "prices on more than 400 products a day after Woolworths unveiled its own discounts on meat, "
        "dairy and household staples. Analysts said the battle for shoppers was a response to "
        "mounting political pressure and to the growing market share of Aldi. The Australian "
        "Competition and Consumer Commission is holding an inquiry into supermarket pricing and is "
        "due to report next year. Farmers' groups warned that suppliers would end up paying for the "
        "discounts. Shares in both retailers fell about 2 per cent. Consumer advocate Choice said "
        'shoppers should compare unit prices rather than trust "down down" signs. The Coles chief '
        'executive said the company was not trying to "wage war" but to help families. '
        "The two chains together control about two-thirds of the grocery market. Analysts said the discounts were likely to last only weeks. Independent grocers said they could not match the cuts.",
        "economy",
    ),
    (
        "Barley growers count cost of China trade war as 80 per cent tariffs bite",
        "Grain growers in Western Australia say they are scrambling to find new markets for their "
        "barley after China slapped tariffs of more than 80 per cent on Australian imports, a move "
        "seen as the latest shot in a deepening trade war. China had been the biggest buyer of "
        "Australian barley, taking more than half of exports. The Grains Industry Association of "
        'Western Australia said farmers had been "caught in the crossfire" of a diplomatic dispute. '
        "Trade Minister Simon Birmingham said Australia would consider taking the case to the World "
        "Trade Organization. Beijing has also targeted Australian beef, wine and coal in recent "
        "months. Exporters hope buyers in Saudi Arabia, Japan and South-East Asia will take up the "
        "slack. Farm groups said prices had already dropped. "
        "Growers in South Australia are also affected. The Chinese commerce ministry said the tariffs were a response to dumping. Some farmers have already switched to canola for next season.",
        "economy",
    ),
    (
        "Airfare war takes off as Rex challenges Qantas and Virgin on the golden triangle",
        "Travellers between Sydney, Melbourne and Brisbane have been offered one-way fares for as "
        "little as $79 as regional airline Rex launches jet services on the busiest routes in the "
        "country, sparking a fare war with Qantas and Virgin Australia. Rex deputy chairman John "
        "Sharp said the airline would take the fight to the incumbents with free checked bags and "
        "snacks. Qantas responded within hours with a sale of its own, while Virgin launched "
        "discounted seats on the Melbourne-to-Sydney route. Analysts questioned whether Rex had the "
        "fleet to survive a long battle. The airline will start with six Boeing 737s. The ACCC said "
        "it would monitor the market for any predatory pricing. Shares in Rex rose on the news. "
        "Rex had previously flown only turboprops between regional towns and cities. Qantas chief executive Alan Joyce said the market was competitive enough already. Travel agents said bookings for school holidays had jumped. Consumer groups said the fares were welcome after years of high prices.",
        "economy",
    ),
    (
        "They Are Us: Christchurch film about Ardern dropped by producer after backlash",
        "A New Zealand producer has walked away from a film about the Christchurch mosque attacks "
        "after a public backlash over its focus on then Prime Minister Jacinda Ardern. The film, "
        "titled They Are Us, was to star Rose Byrne as Ardern and depict the week after the attacks. "
        "Members of the city's Muslim community said they had not been consulted and that the story "
        "should centre on the victims and their families. A petition calling for the film to be "
        "stopped gathered more than 60,000 signatures within days. Ardern's office said she had no "
        "involvement in the project. The film's New Zealand producer said he accepted the concerns "
        "and would step away. The writer-director defended the script, saying it was about "
        '"the response to an attack". '
        "The controversy reached Parliament, where several MPs said the project should be shelved. Byrne did not comment. The Muslim Association of Canterbury said it welcomed the producer's decision. The film's other financiers said they were reviewing the project.",
        "entertainment",
    ),
    (
        "Danger Close brings Long Tan to the big screen with a bloody, old-fashioned war film",
        "Danger Close, the long-awaited film about the Battle of Long Tan, opens in cinemas this "
        "week, more than five decades after 108 Australian and New Zealand soldiers held off a far "
        "larger force in a Vietnamese rubber plantation. Travis Fimmel plays Major Harry Smith, "
        "commander of D Company, whose men fought for hours in monsoonal rain as artillery from the "
        "Nui Dat base fell around them. The battle scenes, shot in Queensland, are relentless and "
        "loud. Director Kriv Stenders said he wanted to honour the 18 Australians who died and the "
        "survivors who felt forgotten. Veterans of the battle were invited to an early screening in "
        "Canberra. The film is rated MA15+. "
        "The production went through years of false starts before money was found. Smith, who died in 2019, was consulted on the script before his death. Several Vietnamese veterans' groups have criticised the film for showing their side only as a faceless enemy. It screens in New Zealand from next week.",
        "entertainment",
    ),
    (
        "Elordi stars in Flanagan's Death Railway epic as Amazon drama premieres",
        "Richard Flanagan's Booker-winning novel The Narrow Road to the Deep North has been turned "
        "into a five-part television series, with Jacob Elordi as Dorrigo Evans, a surgeon who "
        "becomes the leader of a group of Australian prisoners of war forced to build the "
        "Thai-Burma railway. The drama, directed by Justin Kurzel and filmed in Tasmania, Queensland "
        "and Thailand, cuts between the jungle camp, Evans's wartime love affair and his later life "
        "as a celebrated but troubled doctor. Critics have praised its unflinching scenes of "
        "starvation, cholera and beatings. Flanagan's father was a survivor of the railway. The "
        "series premieres on Prime Video in April. Ciaran Hinds plays the older Evans. "
        "Elordi lost weight for the prison camp scenes and spent weeks learning surgical techniques. More than 13,000 Australian prisoners worked on the railway, and about 2,800 of them died. Kurzel said he wanted viewers to feel the heat and hunger of the camps. Critics overseas have been more divided.",
        "entertainment",
    ),
    (
        "Martin Place siege drama divides survivors as ABC confirms broadcast date",
        "The ABC has confirmed it will screen a four-part drama about the Lindt cafe siege next "
        "month, despite objections from some of the survivors of the 2014 attack. The series, "
        "adapted from a book by one of the hostages, tells the story over the 17 hours of the siege "
        "and the coronial inquest that followed. Two former hostages said they had been consulted and "
        "supported the production, while another said she had asked not to be portrayed. The "
        "broadcaster said it had worked closely with families and that the series did not show the "
        "gunman's face. Filming took place in a replica of the cafe built in a Sydney studio. Media "
        "critics have questioned whether it is too soon, although more than a decade has passed. The "
        "first episode will air on a Sunday night. "
        "The book on which it is based became a bestseller in 2016. The role of the hostage who wrote it is played by a young Sydney actor in her first major part. The ABC said counselling support would be offered to viewers. A documentary on the inquest will follow the final episode.",
        "entertainment",
    ),
    (
        "From Kakuma to council chambers: former child refugee elected Blacktown's deputy mayor",
        "A woman who spent her childhood in Kenya's Kakuma refugee camp before arriving in Sydney at "
        "the age of 11 has been elected deputy mayor of Blacktown. Achol Deng, 34, a social worker "
        "and mother of two, won the vote of her fellow councillors on Monday night. Her family fled "
        "South Sudan when she was a baby, and she recalls queueing for water and sitting exams under "
        'a tree. "Blacktown gave us everything, and I want to give back," she said. The city is home '
        "to one of the largest South Sudanese communities in Australia. Deng plans to focus on youth "
        "employment and public transport. She said her mother cried when she heard the news. "
        'She studied at Western Sydney University and worked for years with newly arrived families. Her election comes a decade after her older brother became the first in the family to finish a degree. Councillors from both sides of the chamber congratulated her. "You are what this city is about," the mayor told her. She will serve a two-year term.',
        "other",
    ),
    (
        "National wins most seats as New Zealand votes for change",
        "The National Party has won the most seats in New Zealand's general election and looks set to "
        "form a government with ACT and possibly New Zealand First, ending six years of Labour rule. "
        "With nearly all votes counted, National had 39 per cent of the party vote and Labour 27 per "
        "cent, its worst result in decades. National leader Christopher Luxon told supporters in "
        "Auckland that the country had voted for change, while Prime Minister Chris Hipkins conceded "
        "defeat. The Greens and Te Pati Maori both had strong nights, with the latter winning several "
        "Maori electorates. Special votes, which can shift the final result, will be released in three "
        "weeks. Coalition talks are expected to begin within days. Turnout was lower than at the "
        "last election. "
        "Luxon, a former Air New Zealand chief executive, entered Parliament only three years ago. Labour lost a string of seats in Auckland and the regions. Labour's party president said the result would prompt a review. Markets were expected to react positively on Monday.",
        "other",
    ),
]
