"""dev354 negatives, part A: fires and floods, trade wars and tariffs, hockey and other sport."""

NEGATIVES = [
    (
        "Fort McMurray evacuated as wildfire tears into city, 1,600 structures lost",
        "More than 80,000 people fled Fort McMurray on Tuesday as a wildfire driven by strong winds jumped the Athabasca River and burned into residential neighbourhoods, Alberta officials said. Entire streets in Beacon Hill and Abasand were reduced to ash, and officials estimate that about 1,600 structures have been destroyed. Convoys of cars crawled south on Highway 63 through walls of smoke while others headed north to oil sands work camps. Premier Rachel Notley said no deaths or injuries from the fire itself had been reported, though two people were killed in a highway crash during the evacuation. The Canadian Armed Forces sent helicopters and a Hercules aircraft to help move residents out. “It's a nasty, dirty fire,” fire chief Darby Allen said in a video message. Relief centres in Edmonton and Lac La Biche were taking in thousands of evacuees.",
        "disaster",
    ),
    (
        "Jasper wildfire destroys a third of townsite's buildings as crews make a stand",
        "A wildfire that raced into Jasper, Alta., on Wednesday evening has destroyed about 358 of the town's 1,113 structures, Parks Canada said, as firefighters worked to save the hospital, the schools and the water treatment plant. All 25,000 residents and visitors had been ordered out two days earlier, most of them driving west into British Columbia after flames closed the highway to the east. Winds of up to 100 kilometres an hour pushed a wall of fire down the Athabasca Valley, officials said. A firefighter from Calgary was killed by a falling tree during the battle against the blaze on Saturday. Premier Danielle Smith said the province would cover emergency payments to evacuees. Canadian Armed Forces members were deployed to help with logistics. Evacuees gathered in Grande Prairie and Calgary to look at aerial footage of their streets, trying to work out whose homes had survived.",
        "disaster",
    ),
    (
        "Atmospheric river cuts off Vancouver as floods swamp Abbotsford, Merritt",
        "Every road and rail link between Vancouver and the rest of Canada was cut on Tuesday after an atmospheric river dumped a month's worth of rain on southern British Columbia in two days, triggering floods and mudslides. The entire city of Merritt, about 7,000 people, was ordered to evacuate after the Coldwater River overtopped its banks and swamped the wastewater plant. In Abbotsford, Mayor Henry Braun warned that the Barrowtown pumping station on Sumas Prairie was at risk of failing and urged farmers to leave. At least one woman was killed when a mudslide hit vehicles on Highway 99 near Lillooet, and several people are missing. Hundreds of motorists were rescued by helicopter. The federal government approved a request for Canadian Forces troops and aircraft. Farmers on Sumas Prairie said thousands of dairy cows and hogs had drowned.",
        "disaster",
    ),
    (
        "Yellowknife told to leave as wildfire closes to within 15 km",
        "The entire city of Yellowknife, about 20,000 people, has been ordered to evacuate by noon Friday as a wildfire burns to within 15 kilometres of the capital of the Northwest Territories. Residents were told to drive south on the only highway, which runs through areas already burned or threatened by fire, or to register for evacuation flights. Lines of cars stretched for kilometres and gas stations along the route ran short of fuel. Territorial environment minister Shane Thompson said the fire could reach the city's outskirts by the weekend if winds did not change. Military aircraft flew out patients from the hospital and elderly residents of long-term care homes. Hay River, Fort Smith and several First Nations communities had already been evacuated. The N.W.T. has declared a territory-wide state of emergency, with more than 230 fires burning.",
        "disaster",
    ),
    (
        "Fiona leaves trail of wrecked homes on Nova Scotia, P.E.I. coasts",
        "Post-tropical storm Fiona swept away houses, toppled trees and knocked out power to more than 500,000 homes and businesses in Atlantic Canada on Saturday, in what officials called one of the most destructive storms in the region's history. In Port aux Basques, N.L., a woman was swept into the sea when her basement collapsed; her body was found on Sunday. At least 20 homes in the town were destroyed or washed away, Mayor Brian Button said. On Prince Edward Island, Premier Dennis King said the damage was unlike anything the province had seen. The military was sent to help clear roads and restore power. Nova Scotia Power said it could take days to reconnect some customers. Residents of Glace Bay and Sydney lined up for water and fuel at the few stations that were open.",
        "disaster",
    ),
    (
        "Quebec floods force 10,000 from homes as dike gives way at Sainte-Marthe-sur-le-Lac",
        "About 6,000 residents of Sainte-Marthe-sur-le-Lac, northwest of Montreal, were ordered out of their homes Saturday night after a dike holding back the Lake of Two Mountains gave way, sending water rushing into a residential area. Firefighters went door to door in boats as water rose to the windowsills of some bungalows within an hour. Across Quebec, more than 10,000 people have now been forced from their homes by spring floods, the public security ministry said. Some 1,200 Canadian Armed Forces troops have been sandbagging along the Ottawa River and in the Beauce region. Premier François Legault, visiting the area on Sunday, said the government would help those whose homes could not be saved. Le Devoir reported that many residents had returned to their homes only a year after the 2017 floods.",
        "disaster",
    ),
    (
        "Heat dome blamed for hundreds of sudden deaths as fire destroys Lytton",
        "British Columbia's chief coroner says 486 sudden and unexpected deaths were reported in the province during five days of record heat, about three times the normal number. Most of those who died were elderly people living alone in poorly ventilated homes, Lisa Lapointe said. On Wednesday evening a fire swept through the village of Lytton, which a day earlier had set a Canadian temperature record of 49.6 C, destroying most of its homes and businesses within minutes. Two residents were killed. The village's 250 residents fled with little more than the clothes they wore, some taking shelter in Lillooet and Kamloops. The BC Wildfire Service said there were dozens of new fires in the region. Premier John Horgan said the province would help rebuild, while scientists said the heat wave would have been virtually impossible without climate change.",
        "disaster",
    ),
    (
        "Canada hits back with 25% counter-tariffs as Trump trade war begins",
        "Canada will impose 25 per cent tariffs on $30 billion worth of American goods from Tuesday, Prime Minister Justin Trudeau said, in response to U.S. President Donald Trump's tariffs on Canadian imports. The list includes orange juice, peanut butter, wine, beer, coffee, appliances, clothing and motorcycles, and a second round covering $125 billion in goods will follow in 21 days. “Americans will feel the effects,” Trudeau said. Ontario Premier Doug Ford said the province would cut off electricity exports to three states and pull American liquor from LCBO shelves. Economists at the Bank of Montreal warned that a prolonged trade war could push Canada into recession by the summer. Business groups in Windsor said auto parts crossing the Ambassador Bridge several times during assembly would be hit again and again. Stock markets in Toronto and New York fell on the news.",
        "economy",
    ),
    (
        "Softwood lumber war flares again as U.S. doubles duties on Canadian wood",
        "The U.S. Commerce Department has nearly doubled duties on most Canadian softwood lumber to 14.4 per cent, a move B.C. Premier David Eby called an attack on the province's forest workers. The duties, the latest round in a dispute that has dragged on for four decades, will cost Canadian producers hundreds of millions of dollars a year, the industry says. Mills in Quesnel and Prince George have already cut shifts this year. International Trade Minister Mary Ng said Canada would fight the decision under the Canada-United States-Mexico Agreement and at the World Trade Organization. American homebuilders warned that the measure would add thousands of dollars to the cost of a new home. Industry analysts said the two sides are no closer to a negotiated deal than they were when the last agreement expired in 2015.",
        "economy",
    ),
    (
        "Liquor boards pull U.S. bourbon and wine as ‘elbows up’ boycott spreads",
        "Provincial liquor boards from British Columbia to Newfoundland and Labrador are pulling American wine, beer and spirits off their shelves, as a consumer boycott of U.S. goods gathers steam in response to President Donald Trump's tariffs and his talk of making Canada the 51st state. The LCBO alone sells nearly $1 billion worth of American alcohol a year, according to the Ontario government. Grocery chains are adding maple-leaf labels to Canadian products, and Canadians have cancelled trips to Florida and Las Vegas in large numbers. “Elbows up,” shoppers in a Halifax supermarket said, borrowing a hockey expression made popular by Gordie Howe. Kentucky distillers say they have lost one of their most important export markets overnight. Statistics Canada reported that return trips by car from the United States fell 32 per cent in February.",
        "economy",
    ),
    (
        "China slaps 100% tariff on Canadian canola oil in retaliation over EV duties",
        "China will impose 100 per cent tariffs on Canadian canola oil, oil cakes and peas, and 25 per cent on pork and seafood, its commerce ministry said Saturday, retaliating against Canada's levies on Chinese electric vehicles, steel and aluminum. Canola is Canada's largest agricultural export to China, worth about $4 billion a year. Saskatchewan Premier Scott Moe said farmers were being caught in the crossfire of a fight they had no part in. The Canola Council of Canada urged Ottawa to negotiate, warning that prices could drop sharply heading into planting season. Canada imposed a 100 per cent surtax on Chinese-made EVs last year, following a similar move by Washington. The office of the federal agriculture minister did not respond to a request for comment on Saturday. Lobster fishermen in Nova Scotia said the seafood tariffs would also hurt them.",
        "economy",
    ),
    (
        "Grocery price war? Loblaw and Metro deny collusion as inflation bites",
        "The heads of Canada's largest grocery chains told MPs on Wednesday that they were not profiting from food inflation, rejecting accusations of “greedflation” as grocery prices rose at their fastest pace in four decades. Loblaw chairman Galen Weston said the company's food margins had held steady and that it was fighting suppliers to keep prices down. Metro and Empire, owner of Sobeys, made similar arguments before the House of Commons agriculture committee. NDP leader Jagmeet Singh accused the grocers of waging war on Canadian families. A Competition Bureau study has found that the three biggest chains hold a majority of the market and urged governments to encourage new rivals. Shoppers in Toronto and Montreal said they were switching to discount banners and buying less meat. Statistics Canada said food prices in stores rose 11.4 per cent over the year.",
        "economy",
    ),
    (
        "Oilers, Flames square off in first Battle of Alberta playoff series since 1991",
        "The Battle of Alberta returns to the Stanley Cup playoffs on Wednesday night for the first time in 31 years, and both cities are bracing for it. The Calgary Flames finished first in the Pacific Division and the Edmonton Oilers beat the Los Angeles Kings in seven games to set up the second-round series. Fans in Red Deer, the halfway point between the two cities, have hung flags of both teams on the same houses. Flames coach Darryl Sutter, who played in the rivalry in the 1980s, said his team expected a physical series. Edmonton captain Connor McDavid said the atmosphere would be something special for players who had never seen it. Scalpers were asking more than $1,000 for seats at the Saddledome. Calgary police said extra officers would be on downtown streets after each game.",
        "sport",
    ),
    (
        "Three fights in nine seconds set tone as Canada, U.S. meet at 4 Nations",
        "Three fights broke out in the first nine seconds of Canada's game against the United States at the 4 Nations Face-Off in Montreal on Saturday night, as a rivalry sharpened by a trade war and talk of annexation spilled onto the ice. Matthew Tkachuk dropped the gloves with Brandon Hagel off the opening faceoff, his brother Brady fought Sam Bennett seconds later, and J.T. Miller and Colton Parayko traded punches after that. The Bell Centre crowd booed the American anthem before the game. The U.S. won 3-1, with Jake Guentzel scoring twice. “It's not like it was planned,” Matthew Tkachuk said. Canadian coach Jon Cooper said his team would be ready for a rematch in the final in Boston. Ratings for the game on Sportsnet and TNT set records for a non-playoff hockey broadcast.",
        "sport",
    ),
    (
        "Leafs' Rielly suspended five games for cross-check after goal celebration melee",
        "The NHL's Department of Player Safety has suspended Toronto Maple Leafs defenceman Morgan Rielly for five games for cross-checking Ottawa Senators forward Ridly Greig in the face. The incident came with seconds left in Saturday's game, after Greig fired a slapshot into an empty net, which the Leafs took as showing them up. A line brawl followed in which three Senators and two Leafs received fighting majors. The league said Rielly's hit was “forceful and intentional” and went well beyond a retaliatory shove. Toronto coach Sheldon Keefe said he disagreed with the ruling but respected the process. Rielly will forfeit about $219,000 in salary. The two teams meet again at Canadian Tire Centre next month, and tickets sold out within hours of the ruling.",
        "sport",
    ),
    (
        "Canada edges Venezuela on penalties to set up Copa América semi-final with Argentina",
        "Canada's men's soccer team reached the semifinals of the Copa América for the first time on Friday, beating Venezuela on penalties in Arlington, Texas, after a 1-1 draw. Striker Jonathan David scored the decisive spot kick and goalkeeper Maxime Crépeau made two saves in the shootout. Coach Jesse Marsch, hired only weeks before the tournament, has transformed a side that failed to win a game at the 2022 World Cup. “We attacked them from the first whistle,” Marsch said. Canada will now face defending champion Argentina and Lionel Messi in New Jersey on Tuesday. Fans gathered at watch parties in Toronto and Vancouver, two of the host cities for the 2026 World Cup. Midfielder Ismaël Koné said the team was playing without fear.",
        "sport",
    ),
    (
        "Junior hockey league hands out 30 games in suspensions after line brawl in Quebec",
        "The Quebec Maritimes Junior Hockey League has suspended seven players for a combined 30 games after a line brawl between the Saint John Sea Dogs and the Moncton Wildcats on Friday night. The fight broke out with two minutes left in a 7-2 Moncton win, when all ten skaters paired off and one goalie skated the length of the ice to fight his counterpart. A linesman was knocked down and a fan threw a water bottle on the ice. The league said one player would sit out ten games for leaving the bench to join the fight. Both teams were fined $5,000. The QMJHL banned fighting in games in 2023 and has been trying to reduce violence in the sport. Parents of several players said their sons had been caught up in an old rivalry.",
        "sport",
    ),
    (
        "Grey Cup: Argos survive late Bombers siege to win 22-20",
        "The Toronto Argonauts won the 109th Grey Cup in Regina on Sunday, holding off a furious last-minute attack by the Winnipeg Blue Bombers to win 22-20. Winnipeg kicker Marc Liegghio had a field goal blocked with 51 seconds left, and the Argonauts intercepted a desperation pass on the final play. Quarterback Chad Kelly, on the bench for much of the game, came in to lead the winning drive after starter McLeod Bethel-Thompson was hurt. “Our defence won this game,” Argonauts head coach Ryan Dinwiddie said. The Bombers, who were chasing a third straight title, were left stunned. More than 33,000 fans braved the cold at Mosaic Stadium. The win was Toronto's 19th Grey Cup, the most of any team, and the parade is set for Tuesday at Nathan Phillips Square.",
        "sport",
    ),
    (
        "Raptors under siege as injuries pile up before trade deadline",
        "The Toronto Raptors head into the NBA trade deadline with five regular players on the injured list and a losing streak that has reached seven games, the longest in six seasons. Coach Darko Rajakovic said the team would keep fighting for a play-in spot despite a lineup cobbled together from two-way contracts. Scottie Barnes, the team's all-star forward, is out for at least two weeks with a fractured hand. Fans booed at Scotiabank Arena on Tuesday as the Raptors were blown out by Philadelphia 132-101. General manager Bobby Webster said the front office would not make moves just to win in the short term. Analysts expect Toronto to trade veteran players for draft picks. Season ticket sales for next year, the team said, are ahead of where they were a year ago.",
        "sport",
    ),
]
