"""dev386 negatives: Ajax, Anderlecht and the sports pages, farmers, housing and strike protests
without violence, and the war words of politics and the economy."""

NEGATIVES = [
    (
        "Ajax under siege: fans turn on board after fifth defeat in a row",
        "Ajax's crisis deepened on Sunday with a 3-0 defeat at AZ, the club's fifth loss in a row in the Eredivisie and its worst run since 1965. "
        "The Amsterdam side now sit in 17th place, in the relegation zone, after ten matches. "
        "Hundreds of supporters gathered outside the Johan Cruijff ArenA after the final whistle and chanted against director of football Sven Mislintat and the board. "
        "'We are under siege, and we have to fight our way out of it together,' caretaker coach John van 't Schip said at the press conference. "
        "The attack looked toothless once again, and the defence conceded two goals from set pieces. "
        "De Telegraaf and NOS report that the supervisory board will meet on Monday to discuss the position of the club's management. "
        "Striker Brian Brobbey missed a penalty at 1-0. "
        "Ajax play Brighton in the Europa League on Thursday.",
        "sport",
    ),
    (
        "Anderlecht win Clasico against Standard in front of empty away stand",
        "Anderlecht beat Standard 2-1 in the Clasico on Sunday, with a late header by Jan Vertonghen deciding a tense match at the Lotto Park. "
        "The away section remained empty after the authorities again banned Standard supporters from travelling, following clashes between rival hooligans at a motorway service station last season. "
        "The Liège side took the lead through a counter-attack in the first half, but Anderlecht pushed forward and equalised just after the break. "
        "Coach Brian Riemer praised his players for 'the fighting spirit we showed after a difficult week'. "
        "Several flares were thrown onto the pitch in the second half, and referee Lawrence Visser stopped the game for five minutes. "
        "The club could face a fine from the Pro League. "
        "Anderlecht move up to third in the table, two points behind leaders Genk. "
        "Standard remain in the bottom half, Le Soir notes, and face Antwerp next week.",
        "sport",
    ),
    (
        "Police separate rival hooligans of Feyenoord and Ajax after arranged fight near Beverwijk",
        "Police arrested 42 people on Sunday morning after groups of hooligans from Feyenoord and Ajax met for an arranged fight in a meadow near Beverwijk, hours before the Klassieker. "
        "Several men were injured, two of whom were taken to hospital with head wounds. "
        "Officers seized knuckledusters, bats and a knife, according to the North Holland police. "
        "The fight had been organised through social media, and the police had been watching the groups since the early morning. "
        "The match in Rotterdam itself was played without away supporters, as it has been for years. "
        "Feyenoord and Ajax both condemned the violence and said they would ban any season-ticket holders who were involved. "
        "The mayor of Beverwijk said he was shocked that 'this kind of football violence' was still taking place in his municipality. "
        "The suspects face charges of public violence, NOS reports.",
        "sport",
    ),
    (
        "Red Devils fight back to beat Austria and qualify for the Euros",
        "Belgium came back from a goal down to beat Austria 3-2 in Vienna on Friday and secured their place at the European Championship with two matches to spare. "
        "Romelu Lukaku scored twice, taking his tally for the national team to 83 goals, and Leandro Trossard added the third. "
        "Coach Domenico Tedesco said his young team had shown 'a warrior mentality' after a nervous first half. "
        "The Austrians pressed high and took the lead after twenty minutes through Marcel Sabitzer. "
        "Goalkeeper Koen Casteels made several crucial saves in the closing stages. "
        "The victory keeps Belgium unbeaten under Tedesco, Sporza notes. "
        "Belgium play Sweden in Brussels on Monday. "
        "Captain Kevin De Bruyne, who is injured, watched the match from the stands.",
        "sport",
    ),
    (
        "Club Brugge shoot down Atlético in Champions League night to remember",
        "Club Brugge beat Atlético Madrid 2-1 at the Jan Breydel stadium on Wednesday night, one of the biggest results in the club's European history. "
        "Hans Vanaken fired home from the edge of the box in the 84th minute after Brugge had been pinned back in their own half for long periods. "
        "Coach Nicky Hayen spoke of 'a battle that we won with our hearts'. "
        "Atlético had taken the lead through Julián Álvarez, but Brugge equalised from a penalty before half-time. "
        "The fans stayed in the stadium long after the final whistle to celebrate with the players. "
        "Brugge now have six points after four matches, and a place in the play-offs is within reach. "
        "De Standaard calls it 'the night Brugge killed off the doubters'. "
        "Atlético coach Diego Simeone complained about the refereeing.",
        "sport",
    ),
    (
        "Dutch cyclists in battle for world title on home roads in Limburg",
        "The Dutch team will go into Sunday's road race at the World Championships in Valkenburg with three leaders, national coach Koos Moerenhout announced on Friday. "
        "Mathieu van der Poel is the favourite on the Cauberg, but the team also wants to keep options open for a sprint. "
        "The course takes the riders up the Cauberg eleven times, and tens of thousands of spectators are expected along the route. "
        "'It will be a war of attrition, and we have to be ready to attack from far out,' Moerenhout said. "
        "The Belgian team, led by Remco Evenepoel and Wout van Aert, is considered the main rival. "
        "The organisers have set up fan zones in Valkenburg and Maastricht, and trains to the area will run extra services. "
        "The women's race on Saturday was won by a Dutch rider after a solo of 30 kilometres. "
        "The race starts at ten o'clock in Maastricht.",
        "sport",
    ),
    (
        "Farmers block motorways with tractors in protest at nitrogen plans",
        "Thousands of farmers drove their tractors onto motorways across the Netherlands on Monday in protest against the government's plans to halve nitrogen emissions, causing hundreds of kilometres of traffic jams. "
        "On the A1 and the A12, tractors drove at walking pace or parked across the lanes, and the police escorted them to exits. "
        "Farmers' Defence Force had called for the action, which it called 'a battle for the future of our children'. "
        "Some distribution centres of supermarkets were blocked for hours, leaving shelves emptier than usual. "
        "The protest remained peaceful, according to the police, although a few people were fined for driving on the hard shoulder. "
        "Minister Christianne van der Wal said she understood the farmers' anger but that the plans would go ahead. "
        "Upside-down Dutch flags, the symbol of the protest, hung along many roads in the east of the country. "
        "NOS reports that the organisers plan a new action next week.",
        "protest",
    ),
    (
        "Housing protest: thousands march in Rotterdam against rising rents",
        "Thousands of people marched through the centre of Rotterdam on Sunday to protest against the shortage of affordable housing and rising rents, the organisers said. "
        "The demonstrators, many of them students and young families, carried placards with slogans such as 'A home is a right' and 'Stop the sell-off of social housing'. "
        "The march from the Afrikaanderplein to the Erasmus Bridge passed off peacefully, the police said. "
        "Speakers criticised the sale of social housing to investors and the demolition of old neighbourhoods in the south of the city. "
        "According to the national statistics office, the housing shortage is estimated at almost 400,000 homes. "
        "Housing minister Hugo de Jonge said he understood 'the frustration' and pointed to plans to build 900,000 homes by 2030. "
        "Similar marches took place in Amsterdam and Groningen last month. "
        "The organisers want to hand a petition to parliament in The Hague in the autumn.",
        "protest",
    ),
    (
        "National strike paralyses Belgium: no trains, no flights from Zaventem",
        "A national strike against the pension plans of the federal government paralysed large parts of Belgium on Monday, with no trains running, Brussels Airport cancelling all departures and many schools closed. "
        "The three major unions said more than 100,000 people took part in a demonstration in Brussels, while the police counted about 80,000. "
        "The march from the North Station to the South Station passed off without serious incidents, according to the police. "
        "In Antwerp and Ghent, picket lines were set up at the entrances of industrial zones and the ports. "
        "Prime Minister Bart De Wever said the government would not back down on raising the retirement age. "
        "Employers' organisation VBO estimated the cost of the strike at tens of millions of euros. "
        "Public transport companies De Lijn and STIB ran only a minimal service. "
        "The unions plan new actions next month, De Standaard reports.",
        "protest",
    ),
    (
        "Teachers in Flanders go on strike, schools closed across the region",
        "Thousands of teachers in Flanders went on strike on Thursday against plans by the Flemish government to cut the number of teaching hours and raise the retirement age, and many schools in the region closed for the day. "
        "About 15,000 people attended a demonstration in Brussels, according to the police. "
        "The unions said teachers were 'at war with a minister who does not understand the classroom'. "
        "Education Minister Zuhal Demir said she was open to talks but would not withdraw the reform. "
        "Parents were asked to keep their children at home where possible, and some schools provided childcare. "
        "The march from Brussels-North ended peacefully at the Flemish parliament. "
        "The teachers' unions have announced a second day of action in the spring. "
        "VRT NWS reports that it was the largest teachers' strike in Flanders in 30 years.",
        "protest",
    ),
    (
        "Climate activists form human chain around Schiphol, police detain a few",
        "Several hundred climate activists formed a human chain along the perimeter fence of Schiphol airport on Saturday to protest against the growth of aviation and private jets, the organisers said. "
        "Some of them entered the area of private jets and sat in front of the aircraft, preventing them from leaving for several hours. "
        "The Royal Marechaussee detained about a dozen people who refused to leave, and they were released later in the day. "
        "The action was organised by Greenpeace and Extinction Rebellion, and passed off peacefully, according to the police. "
        "Schiphol said passenger flights were not affected. "
        "The government wants to cap the number of flights at the airport, but the plan has been postponed several times under pressure from airlines and the United States. "
        "Some activists held banners saying 'Ban private jets'. "
        "De Volkskrant reports that the organisers plan a larger action in the autumn.",
        "protest",
    ),
    (
        "'Formation war' drags on: Belgium still without a government after 500 days",
        "Belgium has been without a new federal government for 500 days, and the negotiators are no closer to an agreement, Le Soir and De Standaard write on Monday. "
        "The talks between the Flemish nationalists of N-VA and the French-speaking Socialists broke down again last week over the budget and the reform of the state. "
        "The King has asked a new mediator to report in two weeks. "
        "Commentators speak of a 'trench war' between the two language groups, with neither side willing to give ground. "
        "Meanwhile, a caretaker government is running the country under the same budget as last year. "
        "Economists warn that the deficit will rise without new decisions. "
        "Citizens' initiatives have started petitions calling on the parties to reach a compromise. "
        "The record of 541 days without a government, set in 2011, is within sight.",
        "politics",
    ),
    (
        "Coalition's 'war on drugs' plan divides parliament",
        "A proposal by the coalition parties to declare a 'war on drugs' with tougher sentences for drug dealers and more money for the police has divided the Dutch parliament. "
        "The plan includes a ban on certain designer drugs, higher penalties for recruiting minors and extra customs officers in the port of Rotterdam. "
        "Opposition parties GroenLinks-PvdA and D66 said the war rhetoric was misleading and that decriminalisation was a better answer. "
        "'We have been fighting this war for forty years, and the drugs are still here,' said one MP during the debate. "
        "Justice Minister David van Weel defended the plan and said the state had to 'take back the streets'. "
        "Mayors of the major cities asked for more money for prevention in their neighbourhoods. "
        "The vote on the proposal is scheduled for next week, NRC reports. "
        "A majority seems likely.",
        "politics",
    ),
    (
        "Nitrogen battle: coalition on the brink over deadline for emissions",
        "The coalition of VVD, D66, CDA and ChristenUnie came close to collapse on Wednesday over the deadline for halving nitrogen emissions, according to sources in The Hague quoted by NOS. "
        "CDA leader Wopke Hoekstra said in an interview that the 2030 deadline was 'not sacred', provoking fury among his coalition partners. "
        "Prime Minister Mark Rutte called the party leaders to the Catshuis for a crisis meeting that lasted until late in the evening. "
        "The opposition accused the cabinet of having 'declared war on the countryside'. "
        "Farmers' organisations welcomed Hoekstra's comments, while environmental groups said the law must be respected. "
        "At the end of the evening, Rutte said the coalition would continue but gave no details of the compromise. "
        "The Council of State has ruled several times that the government must reduce emissions near nature reserves. "
        "The provincial elections are in March.",
        "politics",
    ),
    (
        "Wilders' PVV wins largest victory after campaign of attacks on asylum policy",
        "Geert Wilders' Party for Freedom won 37 seats in the elections for the House of Representatives, making it the largest party in the Netherlands for the first time, according to the final results. "
        "Wilders had focused his campaign on attacks on the government's asylum policy and on the cost of living. "
        "The combined list of GroenLinks and PvdA led by Frans Timmermans came second with 25 seats, followed by the VVD of Dilan Yeşilgöz with 24. "
        "Pieter Omtzigt's new party NSC won 20 seats. "
        "Commentators in de Volkskrant called the result a political earthquake. "
        "Wilders said he wanted to be prime minister 'for all Dutch people'. "
        "Forming a coalition is expected to take months, since several parties had excluded governing with the PVV. "
        "Turnout was around 78 percent.",
        "politics",
    ),
    (
        "Supermarket price war: Albert Heijn and Jumbo cut prices on hundreds of products",
        "The price war between the major Dutch supermarkets has flared up again, with Albert Heijn announcing price cuts on more than a thousand products and Jumbo responding within hours. "
        "Competitors Lidl and Aldi said they would follow, according to retail analysts quoted by NRC. "
        "The cuts come after two years of high food inflation, in which consumers switched in large numbers to discount chains. "
        "Suppliers fear that they will have to pay for the lower prices, and farmers' organisations warn of pressure on their margins. "
        "Economist Marcel Creemers of the food industry federation said the supermarkets were 'firing with heavy artillery'. "
        "Albert Heijn's parent company Ahold Delhaize said its margins would remain stable thanks to cost savings. "
        "Shares of Ahold Delhaize fell slightly on the Amsterdam stock exchange. "
        "Consumers will notice the lower prices from Monday.",
        "economy",
    ),
    (
        "Port of Rotterdam braces for trade war as US tariffs take effect",
        "The port of Rotterdam expects a fall in container traffic to the United States this year because of the trade war between Washington and Beijing and the new US import tariffs on European goods, CEO Boudewijn Siemons said on Thursday. "
        "Throughput in the first quarter was slightly down, mainly due to lower imports of coal and oil products. "
        "Companies are stockpiling goods in warehouses in anticipation of further tariffs, which temporarily pushed up some volumes. "
        "The port authority is investing in facilities for hydrogen and offshore wind to compensate for the decline in fossil fuels. "
        "Siemons said the Netherlands had to 'keep its cool in an escalating tariff battle'. "
        "Belgian ports Antwerp and Zeebrugge reported a similar trend, VRT reports. "
        "Dutch exporters of machinery and flowers are among the sectors most exposed to the US tariffs. "
        "The European Commission is preparing countermeasures.",
        "economy",
    ),
    (
        "Energy bills: Engie and Luminus launch price war for Belgian customers",
        "Belgian energy suppliers are competing fiercely for customers after wholesale gas prices fell, with Engie and Luminus both cutting their variable tariffs this month, the regulator CREG said. "
        "A household with an average consumption could save several hundred euros a year by switching, according to the regulator. "
        "After the energy crisis of 2022, when prices rose sharply after the Russian invasion of Ukraine, many families are still paying off debts to their supplier. "
        "Consumer organisation Test Aankoop said that only a minority of households compare tariffs regularly. "
        "The federal government wants to make switching easier and is studying a social tariff for vulnerable families. "
        "Smaller suppliers say they cannot keep up with the price cuts of the big companies. "
        "Le Soir writes that the 'tariff war' could cause some newcomers to disappear from the market. "
        "The CREG will publish its annual report next month.",
        "economy",
    ),
]
