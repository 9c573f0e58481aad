"""dev231 positives, part A: briefings and newsletters in which one story reports current armed
conflict or political violence; its tags are that story's tags."""

POSITIVES = [
    (
        "Morning briefing: Fed holds, Sudan's El Fasher shelled, Ohtani's record deal",
        "Good morning. Here is what you need to know on Thursday. "
        "The Federal Reserve left interest rates unchanged for a fifth straight meeting, and its chair said the committee wanted 'greater confidence' that inflation was cooling before cutting. "
        "Markets in Asia opened slightly higher on the news. "
        "In Sudan, the paramilitary Rapid Support Forces shelled El Fasher overnight, killing at least 14 people at a market on the city's southern edge, according to a local resistance committee. "
        "Doctors at the Saudi hospital said they had run out of blood bags, and aid agencies warned that tens of thousands of people had fled towards Tawila in the past week. "
        "In baseball, Shohei Ohtani signed a ten-year contract worth $700m with the Los Angeles Dodgers, the largest in the history of North American sport. "
        "And finally, Britain's Met Office said the weekend would bring the first frost of the season to much of Scotland.",
        "E V D H",
        "shelling",
    ),
    (
        "Five things to know today: rail fares, a Kharkiv strike, the Booker shortlist",
        "1. Rail fares in England will rise by 4.9% in March, the government confirmed, the smallest increase in three years but still above wages for many commuters. "
        "2. A Russian glide bomb hit a five-storey apartment block in Kharkiv late on Sunday, killing six people, including a 14-year-old girl, regional governor Oleh Syniehubov said. "
        "Rescuers were still searching the rubble this morning and at least 41 people were wounded. "
        "3. The Booker Prize shortlist was announced, with two debut novels among the six titles and no American author for the first time since 2019. "
        "4. Thames Water has asked regulators for more time to find new investors, as its creditors prepare a rescue plan. "
        "5. Forecasters expect a mild, wet week across the south, with up to 30mm of rain in parts of Devon and Cornwall by Wednesday.",
        "E",
        "airstrike",
    ),
    (
        "What the papers say: Ruto's finance bill, Nairobi clashes and a marathon record",
        "Kenya's dailies lead this morning with the protests that turned deadly outside parliament on Tuesday. "
        "The Daily Nation reports that police fired live rounds and tear gas as demonstrators breached the compound, and that at least five people were shot dead; the Standard puts the toll at eight, citing the Kenya Medical Association. "
        "Part of the parliament building was set on fire, and more than 200 people were arrested overnight, the Star says. "
        "The Business Daily focuses on what the finance bill would mean for bread, mobile money and sanitary pads, and on whether the Treasury can meet its IMF targets without it. "
        "On the sports pages, the Nation celebrates Ruth Chepngetich, whose marathon win in Chicago has been ratified as a world record. "
        "The People Daily has a more local story: a Nakuru county plan to plant one million trees around Lake Nakuru before the long rains.",
        "U",
        "crackdown",
    ),
    (
        "The Sahel briefing: gold prices, a Niger ambush and Bamako's power cuts",
        "This week's newsletter starts with money. "
        "Gold has topped $2,400 an ounce, and Mali's junta is pressing Barrick to pay hundreds of millions in disputed taxes before it lets the Loulo-Gounkoto mine export again. "
        "In Niger, suspected Islamic State Sahel fighters ambushed an army patrol near Tahoua on Saturday, killing 21 soldiers and wounding a dozen others, the defence ministry said in a statement read on state television. "
        "The ministry said the attackers came on motorbikes and that 'several dozen terrorists' were killed in the response, a claim that could not be verified. "
        "Bamako, meanwhile, is living with power cuts of up to 20 hours a day as the state utility struggles to pay for fuel. "
        "Small welders and cold-drink sellers told our correspondent they had lost most of their income. "
        "Finally, the Festival sur le Niger in Ségou is back in February after a two-year pause, with organisers promising a lineup drawn from all three Alliance of Sahel States countries.",
        "B T",
        "ambush",
    ),
    (
        "Your Tuesday briefing: Gaza aid, an AI chip ban and a royal visit",
        "Good morning, and welcome to the briefing. "
        "Israeli strikes killed at least 27 Palestinians across the Gaza Strip overnight, including nine people sheltering in a school in Gaza City's Daraj neighbourhood, the territory's civil defence agency said. "
        "The Israeli military said it had struck a Hamas command centre inside the compound. "
        "Only 40 aid trucks entered the strip on Monday, the UN said, far short of the 500 a day it says are needed, and bakeries in Deir al-Balah closed for lack of flour. "
        "In Washington, the Commerce Department tightened export rules on advanced AI chips, a move that hit shares of Nvidia and ASML in after-hours trading. "
        "And King Charles begins a three-day visit to Canada today, opening Parliament in Ottawa for the first time since his mother did so in 1977.",
        "E V H",
        "airstrike",
    ),
    (
        "Newsletter: Goma under pressure, Kinshasa's bond and a Congolese Grammy",
        "Welcome to this week's Great Lakes letter. "
        "The M23 rebels and Rwandan troops pushed into the outskirts of Goma on Sunday after days of fighting with the Congolese army and its allied militias around Sake, according to UN officials. "
        "Shells landed in Goma's Mugunga area, near camps that already hold hundreds of thousands of displaced people, and families were seen carrying mattresses towards the Rwandan border. "
        "MSF said its teams had treated more than 100 wounded people in two days. "
        "In Kinshasa, the finance ministry says it is preparing a first eurobond of about $1bn, though investors will want to see the security situation settle first. "
        "On a happier note, the Congolese singer Fally Ipupa has been nominated for a Grammy for the first time, and Kinshasa's bars are planning watch parties. "
        "The rainy season also arrived early in the capital, flooding parts of Ngaliema.",
        "B E D",
        "offensive",
    ),
    (
        "The morning briefing: Myanmar junta bombs a monastery, Thai baht rises, SEA Games",
        "Here are the stories from around Southeast Asia this morning. "
        "A junta air strike hit a Buddhist monastery in Sagaing region where villagers had been sheltering, killing at least 23 people, among them children, a local resistance group and residents said. "
        "Witnesses said a fighter jet dropped two bombs at about 1am, and survivors fled into nearby forests. "
        "The military did not comment. "
        "In Bangkok, the baht climbed to a six-month high after tourism numbers beat forecasts, but exporters complained the stronger currency will hurt rice sales. "
        "Vietnam's government approved a $67bn high-speed railway linking Hanoi and Ho Chi Minh City, with construction due to start in 2027. "
        "In sport, the Philippines won the SEA Games women's football final on penalties against Vietnam, a first for the country.",
        "E V D",
        "airstrike",
    ),
    (
        "Five things to know this morning: a Peshawar bomb, the PSL draft and petrol prices",
        "1. A suicide bomber struck a police checkpoint on the outskirts of Peshawar, killing at least seven officers, provincial police said. "
        "The Pakistani Taliban, or TTP, claimed the attack in a message to journalists. "
        "2. Petrol prices rise by Rs5 a litre from midnight, the finance division said, blaming a weaker rupee and higher Gulf benchmark prices. "
        "3. The Pakistan Super League draft is tonight in Lahore, and Babar Azam is expected to stay with Peshawar Zalmi. "
        "4. Karachi's smog warning has been lifted after overnight rain, but the Met Office says temperatures will fall sharply in the north by the weekend. "
        "5. The State Bank kept its policy rate at 12%, saying inflation was in line with its target range.",
        "E T",
        "suicide bombing",
    ),
    (
        "What the papers say: Haiti gangs seize a town, Dominican tourism and a carnival",
        "Caribbean front pages this Monday are dominated by Haiti. "
        "Le Nouvelliste reports that the Viv Ansanm gang coalition took control of Mirebalais after a two-day assault, freeing more than 500 inmates from the town's prison and burning the police station. "
        "The UN migration agency says at least 6,000 people fled towards Saut-d'Eau and Lascahobas, many on foot. "
        "Police said a Kenyan-led support mission unit had exchanged fire with the gangs on the road from Port-au-Prince. "
        "In Santo Domingo, Listín Diario leads with record tourist arrivals, up 8% on the year, and the government's plan for a second airport in Punta Cana. "
        "Trinidad's Guardian looks ahead to carnival, with steelband organisers warning that sponsorship has fallen for the second year running. "
        "Jamaica's Gleaner has the weather: a tropical wave will bring showers to the island from Wednesday.",
        "B D",
        "gang offensive",
    ),
    (
        "Evening newsletter: Manipur violence, Sensex record and the monsoon's retreat",
        "Here is the news from India this evening. "
        "In Manipur, suspected militants opened fire on a village in Jiribam district and set fire to more than a dozen homes, killing two people, police said; six women and children from one family are missing and feared abducted. "
        "Additional paramilitary companies were flown to the district and an indefinite curfew was declared. "
        "The Sensex closed above 85,000 for the first time, led by banking and auto stocks, as foreign investors returned to Indian shares. "
        "The IMD said the south-west monsoon had begun its withdrawal from Rajasthan, about a week later than usual, after a season with 8% more rain than normal. "
        "And in cricket, India named an unchanged squad for the second Test against Bangladesh in Kanpur.",
        "V",
        "village raid",
    ),
    (
        "Friday five: Brazil's rate rise, a Cabo Delgado attack and a Lisbon football derby",
        "Welcome to the Lusophone Friday five. "
        "Brazil's central bank raised its Selic rate by half a point to 11.25%, citing sticky services inflation and a weaker real. "
        "In Mozambique, Islamic State-linked insurgents attacked the village of Mucojo in Macomia district, beheading at least four civilians and burning the health post, local sources told Lusa. "
        "Hundreds of residents fled to Quissanga and to islands off the coast, a local administrator said. "
        "Angola's Sonangol signed a deal with TotalEnergies to explore a new offshore block. "
        "In Lisbon, Benfica and Sporting meet on Sunday with the title race still open, and police will deploy a reinforced contingent around the Estádio da Luz. "
        "And Cape Verde was declared free of malaria by the WHO, only the third African country to reach that mark.",
        "V T D",
        "insurgent attack",
    ),
    (
        "The week in Latin America: Colombia's ELN, a Chilean pension reform and a Copa final",
        "Here is our round-up of the week. "
        "In Colombia, fighting between the ELN and dissidents of the former FARC in the Catatumbo region has driven more than 30,000 people from their homes since Thursday, according to the ombudsman's office. "
        "At least 80 people have been killed, among them a former peace signatory and a social leader, and the government declared a state of internal commotion. "
        "Chile's senate approved a long-delayed pension reform that raises employer contributions by seven points over nine years. "
        "Argentina's inflation fell to 2.4% in the month, the lowest in four years, and President Milei claimed vindication. "
        "In football, River Plate and Botafogo will meet in the Copa Libertadores final in Buenos Aires. "
        "And Mexico City's reservoirs are at their highest level since 2021 after a wet rainy season.",
        "B V D",
        "armed clashes",
    ),
    (
        "Morning briefing: Iran protests, oil's slide and a chess champion at 18",
        "Good morning. Here are today's headlines. "
        "Security forces in Iran opened fire on protesters in the Kurdish city of Mahabad overnight, killing at least three people, the Norway-based rights group Hengaw said. "
        "Videos verified by news agencies show crowds setting fire to a government building and riot police firing tear gas in the main square. "
        "Internet access in the province was largely cut off. "
        "Oil prices fell for a third day as Chinese demand figures disappointed, with Brent settling at $86 a barrel. "
        "Gukesh Dommaraju, 18, became the youngest undisputed world chess champion after beating Ding Liren in Singapore. "
        "Weather: the heatwave in southern Europe is finally breaking, with thunderstorms expected in Italy and Greece.",
        "U",
        "crackdown",
    ),
    (
        "Your weekend newsletter: Somalia strike, Kenyan shillings and Ramadan markets",
        "Welcome to the weekend edition of the East Africa letter. "
        "Al-Shabaab fighters stormed a hotel near Mogadishu's Lido beach on Friday night, and security forces fought them for several hours before regaining control, police said. "
        "At least 32 people were killed, most of them civilians who had come to eat by the sea, and dozens more were taken to Medina and Erdogan hospitals. "
        "The group said on its radio station that it had carried out the raid. "
        "In Nairobi, the shilling strengthened past 130 to the dollar after the central bank rebuilt its reserves. "
        "Ethiopia's new national airline terminal at Bole opens to domestic flights next month. "
        "And in Zanzibar, Ramadan night markets have returned to Forodhani Gardens, where vendors say prices for dates and meat are up sharply.",
        "T V B",
        "terrorist attack",
    ),
    (
        "The politics newsletter: a council vote, a Belfast riot and the new Speaker",
        "Good afternoon, here is what's happening in politics. "
        "At Westminster, MPs elected a new Speaker on the second ballot, and the Conservatives are still arguing over who will lead them into the local elections. "
        "In Belfast, police came under attack for a third night in the north of the city, where youths threw petrol bombs and bricks at officers and hijacked and burned a bus. "
        "The Police Service of Northern Ireland said 19 officers were injured, and water cannon were deployed for the first time in five years. "
        "Birmingham City Council voted through a budget with £300m of cuts, saying it had no choice after declaring effective bankruptcy. "
        "The Electoral Commission said voter ID rules had stopped about 14,000 people voting in May. "
        "And the weather: a yellow warning for wind covers most of Wales until Wednesday morning.",
        "U",
        "riot",
    ),
    (
        "What the papers say: Tripoli clashes, a Tunisian election and Morocco's World Cup bid",
        "North African papers this morning. "
        "Libya Observer reports that heavy fighting broke out overnight in Tripoli between two armed groups nominally allied to the Government of National Unity, with tanks and heavy machine guns used in the Souq al-Juma district. "
        "The emergency medicine centre said 11 people were killed, including two civilians, and that families were evacuated from the area near Mitiga airport, which suspended flights. "
        "In Tunisia, La Presse says turnout in the presidential election was below 30%, and opposition groups called the vote a formality. "
        "Morocco's Le Matin splashes on the Kingdom's joint bid to host the 2030 World Cup and a new stadium planned near Casablanca. "
        "Algerian dailies report that the country's wheat harvest will be the largest in a decade after heavy spring rains.",
        "B D",
        "militia clashes",
    ),
    (
        "Ten-minute read: the day in Asia-Pacific, from Nouméa to Nagoya",
        "Here is today's briefing from the region. "
        "In New Caledonia, rioters set fire to shops, a school and dozens of cars in Nouméa and its suburbs overnight, as unrest over a change to voting rules continued for a second day. "
        "France's high commissioner said three people had been killed and hundreds of police officers injured, and that a curfew had been imposed. "
        "Paris is sending reinforcements. "
        "In Japan, Toyota said it expects annual profit to fall for the first time in four years as a weaker yen's boost fades, and shares in Nagoya fell 3%. "
        "Australia's central bank left rates on hold. "
        "The All Blacks named a new captain for their northern tour. "
        "And a late-season cyclone is forecast to form east of Vanuatu this weekend, but meteorologists say it is expected to stay at sea.",
        "U",
        "riot",
    ),
]
