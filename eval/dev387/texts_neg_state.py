"""dev387 negatives, part A: politics, the 'war' on drugs as policy, Bolsonaro's trial, corruption
cases, the real and inflation, the armed forces without violence, peace diplomacy and peaceful
protest (hard negatives under eval/README.md section 1)."""

NEGATIVES = [
    (
        "Government's security amendment exposes split over the 'war' on organised crime",
        "The proposed constitutional amendment on public security sent by the Lula government "
        "to Congress has opened a new front in the battle between the Planalto and the "
        "governors, Folha de S.Paulo reported on Monday. The text gives the federal government "
        "power to set national guidelines for the police and turns the Federal Highway Police "
        "into an ostensive federal force. Governors of the South and South-East, led by São "
        "Paulo's Tarcísio de Freitas, say the proposal attacks the autonomy of the states and "
        "would not win the “war” against the factions. The justice minister, Ricardo "
        "Lewandowski, said the country could not keep fighting organised crime with 27 "
        "different policies. The rapporteur in the Chamber, a member of the so-called bullet "
        "caucus, wants to add tougher sentences and lower the age of criminal responsibility, "
        "which the government rejects. A vote in committee is expected only after the recess, "
        "party leaders said. The Brazilian Public Security Forum noted that the states spend "
        "about 80% of all public money on security. Opposition senators said they would present "
        "an alternative text.",
        "politics",
    ),
    (
        "Supreme Court sets 40 grams as limit to tell user from dealer",
        "The Supreme Federal Court decided on Wednesday that possession of up to 40 grams of "
        "marijuana, or six female plants, will be presumed to be for personal use, concluding a "
        "trial that had been going on for nine years. Carrying the drug remains forbidden, but "
        "users will face only administrative penalties, such as warnings and educational "
        "courses, and no criminal record. Minister Luís Roberto Barroso said the decision did "
        "not legalise anything and was meant to stop poor young black men from being jailed as "
        "traffickers for small amounts. Conservative deputies reacted by speeding up a "
        "constitutional amendment that makes possession of any amount a crime, and the "
        "president of the Chamber accused the court of invading the role of Congress. Experts "
        "interviewed by Estadão said the ruling was a first crack in 50 years of a war on drugs "
        "that has filled prisons without reducing consumption. About a quarter of the 850,000 "
        "people in Brazilian prisons are there for drug trafficking, according to the National "
        "Secretariat for Penal Policies. Police chiefs' associations said the limit would make "
        "their work harder.",
        "politics",
    ),
    (
        "Supreme Court panel sentences Bolsonaro to 27 years for coup plot",
        "The First Panel of the Supreme Federal Court convicted former president Jair Bolsonaro "
        "on Thursday of leading an armed criminal organisation that plotted to keep him in "
        "power after his defeat in the 2022 election, and sentenced him to 27 years and three "
        "months in prison. The vote was four to one, with Minister Luiz Fux dissenting. Seven "
        "other defendants, among them the generals Walter Braga Netto and Augusto Heleno, were "
        "also convicted. The rapporteur, Alexandre de Moraes, said the plan included a draft "
        "decree to annul the election and the monitoring of authorities, and that the riots of "
        "8 January were its last act. Bolsonaro, who is under house arrest in Brasília, "
        "followed the session on television, his lawyers said, and they announced they would "
        "appeal. Allies in Congress said they would press ahead with an amnesty bill, which the "
        "government calls an attack on democracy. The sentence can only be served after the "
        "last appeals are judged. In Washington, the US government called the trial a “witch "
        "hunt”.",
        "politics",
    ),
    (
        "Electoral court makes Bolsonaro ineligible until 2030",
        "The Superior Electoral Court declared former president Jair Bolsonaro ineligible for "
        "eight years on Friday, ruling by five votes to two that he abused his political power "
        "and misused public media when he gathered foreign ambassadors at the Alvorada Palace "
        "to attack the electronic voting system. The decision keeps him out of the 2026 and "
        "2028 elections. Bolsonaro, who was in Belo Horizonte, called the verdict a “stab in "
        "the back” and said he was not dead politically. The rapporteur, Minister Benedito "
        "Gonçalves, said the meeting with diplomats, broadcast by TV Brasil, had been used to "
        "spread lies about the elections. Allies began to talk openly about who would carry the "
        "right-wing banner, with the names of Tarcísio de Freitas and Michelle Bolsonaro at the "
        "top of the list. The defence said it would appeal to the Supreme Court. It was the "
        "first time a former president was made ineligible by the electoral court. Supporters "
        "gathered briefly outside his party's headquarters in Brasília.",
        "politics",
    ),
    (
        "Moro sentences Lula to nine and a half years in triplex case",
        "Federal judge Sergio Moro sentenced former president Luiz Inácio Lula da Silva on "
        "Wednesday to nine years and six months in prison for corruption and money laundering "
        "in the case of the triplex apartment in Guarujá, the first conviction of a former "
        "president for an ordinary crime in Brazil. According to the sentence, Lula received "
        "the apartment and its renovation from the builder OAS in exchange for favours at "
        "Petrobras. The judge did not order his arrest, and Lula can appeal in freedom to the "
        "regional federal court in Porto Alegre. His lawyers said the conviction was political "
        "and that no evidence of ownership had been presented. The Workers' Party said it would "
        "keep his pre-candidacy for 2018 and called supporters to a rally in São Paulo on "
        "Thursday. The São Paulo stock exchange rose after the news. Lula is a defendant in "
        "four other cases arising from Operation Car Wash. Polls at the time put him at the top "
        "of voting intentions for the presidential race.",
        "politics",
    ),
    (
        "Senate removes Dilma Rousseff; PT says the country suffered a 'parliamentary coup'",
        "The Senate voted on Wednesday by 61 to 20 to remove President Dilma Rousseff from "
        "office for breaking budget laws, ending 13 years of Workers' Party government. Michel "
        "Temer, who had been acting president since May, was sworn in in the afternoon. In a "
        "second vote, senators decided not to bar Rousseff from holding public office, a "
        "surprise that divided the new government's allies. In her farewell speech at the "
        "Alvorada, Rousseff said she had been the victim of a coup and promised the “fiercest "
        "opposition” to the new government. The battle in the Senate had lasted six days and "
        "included a 14-hour defence by Rousseff herself. Small groups of demonstrators for and "
        "against her gathered outside Congress but dispersed in the evening without incident. "
        "Temer left for the G20 summit in China hours after taking office. Rousseff said she "
        "would take the case to the Supreme Court, and her lawyers filed a request the next "
        "day.",
        "politics",
    ),
    (
        "Real closes at record low above R$6.20 as Central Bank sells reserves",
        "The dollar closed at R$6.27 on Wednesday, the highest nominal level since the real was "
        "created in 1994, despite the Central Bank selling US$3 billion of its reserves in two "
        "auctions. Traders said the market was still punishing the government's package of "
        "spending cuts, considered timid, and the decision to exempt those earning up to "
        "R$5,000 from income tax. The Ibovespa fell 3.2%. Economists at several banks raised "
        "their forecasts for inflation next year to above 5%, well outside the target ceiling. "
        "Finance minister Fernando Haddad said there was “speculation” against the currency and "
        "that the fundamentals of the economy were solid. The Central Bank's monetary policy "
        "committee had already signalled two more increases of one percentage point in the "
        "Selic rate, which would take it to 14.25%. Importers said they had begun to pass on "
        "the higher cost of goods bought in dollars. Tourism agencies reported a fall in sales "
        "of trips abroad for the holidays.",
        "economy",
    ),
    (
        "Inflation slows to 4.2% but food prices keep pressure on poorer families",
        "The IPCA, Brazil's official inflation index, rose 0.18% in August, taking the increase "
        "over 12 months to 4.24%, the Brazilian Institute of Geography and Statistics said on "
        "Tuesday. Petrol and electricity fell, but food consumed at home rose for the fourth "
        "month in a row, driven by coffee, beef and milk. Coffee has risen more than 50% in a "
        "year after the drought that hit plantations in Minas Gerais. The government has "
        "declared a battle against food prices and zeroed import tariffs on a list of products, "
        "including olive oil and sardines. For families earning up to five minimum wages, "
        "measured by the INPC, inflation was slightly higher than the IPCA. Economists said the "
        "Central Bank would keep the Selic at 15% at its next meeting. The target set by the "
        "National Monetary Council is 3%, with a tolerance of 1.5 percentage points either way. "
        "Supermarket chains said consumers were switching to cheaper brands. The next IPCA "
        "figure will be published on 10 October.",
        "economy",
    ),
    (
        "Trump's 50% tariff takes effect; exporters of coffee and beef count losses",
        "The 50% tariff imposed by the United States on a wide range of Brazilian products took "
        "effect on Wednesday, the harshest measure of the trade war that Washington has opened "
        "against Brasília. Orange juice, aircraft and some energy products were left out, but "
        "coffee, beef, fruit and footwear were hit in full. Exporters in the Cerrado said US "
        "buyers had already cancelled contracts, and a beef plant in Mato Grosso gave "
        "collective holidays to 700 workers. President Lula said Brazil would not be humiliated "
        "and that the government would use the reciprocity law if negotiations failed. The "
        "government announced a R$30 billion credit line for affected companies. Analysts at "
        "Itaú estimated the measure could cut 0.3 percentage point from GDP growth next year. "
        "The United States is Brazil's second-largest trading partner after China. "
        "Vice-president Geraldo Alckmin, who leads the negotiations, said talks with the US "
        "Commerce Department would continue.",
        "economy",
    ),
    (
        "Low-cost war: Azul and Gol slash fares on São Paulo routes",
        "Azul and Gol started a price war on routes out of São Paulo's Congonhas and Guarulhos "
        "airports this week, with one-way tickets to Rio de Janeiro, Belo Horizonte and "
        "Curitiba on sale for under R$150, according to a survey by Estadão. The cuts came days "
        "after Latam announced new frequencies to the same cities. Analysts said the fight for "
        "passengers would hurt companies that are still weighed down by debt from the pandemic, "
        "and Gol's shares fell 6% on Thursday. The National Civil Aviation Agency said average "
        "domestic fares had fallen 9% in the quarter. Consumer groups warned that the "
        "promotions covered few seats and that fees for luggage and seat choice remained high. "
        "The airlines said the prices reflected lower fuel costs. The promotions are valid for "
        "travel between March and June. Azul said it expected demand to rise with the end of "
        "the rainy season.",
        "economy",
    ),
    (
        "First Gripen fighters assembled in Brazil delivered to Air Force in Anápolis",
        "The Brazilian Air Force received on Friday the first F-39 Gripen fighter jets "
        "assembled at the Embraer plant in Gavião Peixoto, in the interior of São Paulo, in a "
        "ceremony at the Anápolis air base, in Goiás. Brazil has ordered 36 of the "
        "Swedish-designed aircraft, and 10 had already arrived from Sweden. The defence "
        "minister, José Múcio, said the programme was a strategic investment that had created "
        "thousands of skilled jobs in the country. The jets will replace the F-5s that have "
        "defended Brazilian airspace since the 1970s. Two of them made a low pass over the base "
        "while a band of the Air Force played. The total cost of the programme, including "
        "technology transfer, is about US$5.4 billion, according to the ministry. Saab said the "
        "Gavião Peixoto line would also produce parts for export customers.",
        "military",
    ),
    (
        "Navy launches submarine Tonelero at Itaguaí shipyard",
        "The Brazilian Navy launched the submarine Tonelero on Wednesday at its shipyard in "
        "Itaguaí, in the state of Rio, in a ceremony attended by President Lula and French "
        "President Emmanuel Macron. It is the third of four conventional submarines built in "
        "Brazil with French technology under the Prosub programme, which also aims to produce "
        "the country's first nuclear-powered submarine. Lula said Brazil had no enemies but "
        "needed to protect its coast and the oil of the pre-salt layer. The vessel will now go "
        "through sea trials before joining the fleet, the Navy said. Macron was also to visit "
        "Belém and São Paulo, and the two presidents signed agreements on the Amazon and on "
        "defence cooperation. The Navy says the four conventional boats will be based at "
        "Itaguaí, on the coast of Rio de Janeiro. The nuclear submarine, named Álvaro Alberto, "
        "is scheduled for the next decade. Unions at the shipyard said the programme employed "
        "about 2,000 people directly.",
        "military",
    ),
    (
        "Army sends armoured vehicles to Roraima as Venezuela-Guyana tension rises",
        "The Brazilian Army sent 28 armoured vehicles and about 130 more soldiers to Boa Vista "
        "and Pacaraima, in Roraima, to reinforce the border after Venezuela held a referendum "
        "on annexing the Essequibo region of Guyana, the Ministry of Defence said. The "
        "Guaicurus vehicles, built by Iveco in Minas Gerais, travelled by road from Paraná. The "
        "ministry said the move was preventive and that Brazil would not allow its territory to "
        "be used by any side. Officers in Pacaraima told O Globo that life in the town was "
        "normal and that Venezuelans continued to cross to buy food. Diplomats said the "
        "government was talking to both Caracas and Georgetown to keep the dispute on the "
        "diplomatic table. The Army's 1st Jungle Infantry Brigade is based in Boa Vista. The "
        "reinforcement will also take part in training exercises planned for the first months "
        "of next year.",
        "military",
    ),
    (
        "Armed Forces begin GLO at ports of Santos and Itaguaí and at Guarulhos airport",
        "Soldiers, sailors and airmen began on Monday to patrol the ports of Santos, Rio de "
        "Janeiro and Itaguaí and the international airports of Guarulhos and Galeão, under a "
        "decree of guarantee of law and order signed by President Lula. About 3,700 military "
        "personnel will take part until May, the Ministry of Defence said. The troops will "
        "inspect containers and cargo and support the Federal Police and the Federal Revenue in "
        "the fight against arms and drug trafficking. The government said the action was part "
        "of a plan against organised crime and that the military would not enter communities. "
        "Specialists in public security told Folha the effect of such operations tends to be "
        "short-lived. No incidents were reported on the first day. The cost of the operation "
        "was estimated at R$100 million.",
        "military",
    ),
    (
        "Brazil and China launch six-point plan for talks on Ukraine",
        "Brazil and China presented on Thursday a joint proposal for a political settlement of "
        "the war in Ukraine, calling for a peace conference recognised by both Russia and "
        "Ukraine and for no expansion of the battlefield. The document was signed in Beijing by "
        "Celso Amorim, President Lula's special adviser, and the Chinese foreign minister, Wang "
        "Yi. Itamaraty said it had been sent to more than 100 countries to gather support. Kyiv "
        "reacted coolly, saying any plan must be based on its own peace formula and the "
        "withdrawal of Russian troops. Diplomats in Brasília said the initiative was meant to "
        "position Brazil as a mediator before it hosts the G20 summit in November. The United "
        "States did not comment. Russia said it was open to considering the proposal. European "
        "diplomats, in private, described it as too close to Moscow's positions. Amorim said "
        "the plan was only a starting point.",
        "peace",
    ),
    (
        "Maduro and Ali agree not to use force over Essequibo after talks with Brazilian mediation",
        "The presidents of Venezuela, Nicolás Maduro, and of Guyana, Irfaan Ali, agreed on "
        "Thursday not to threaten each other or use force in the dispute over the Essequibo, at "
        "a meeting in Saint Vincent and the Grenadines attended by Celso Amorim on behalf of "
        "President Lula. The joint declaration creates a commission of foreign ministers to "
        "deal with the issue and commits both sides to avoid any escalation. Amorim told Folha "
        "that the result was “better than expected” and that Brazil would keep working as a "
        "facilitator. Guyana maintains that the border was settled by an arbitration in 1899, "
        "which Venezuela rejects. The two leaders shook hands but said they maintained their "
        "positions. They agreed to meet again within three months in Brazil. The region, rich "
        "in oil discovered offshore in the past decade, makes up about two-thirds of Guyana's "
        "territory. Itamaraty called the meeting a victory for dialogue in South America.",
        "peace",
    ),
    (
        "Colombian government and ELN close new round of talks with Brazil as guarantor",
        "Negotiators of the Colombian government and the National Liberation Army (ELN) closed "
        "a new round of peace talks on Monday with an agreement on how civil society will take "
        "part in the process, the delegations said in a joint statement read in the presence of "
        "representatives of the guarantor countries, Brazil among them. The Brazilian "
        "ambassador said the country would keep offering its support and could host a future "
        "round. The bilateral ceasefire signed in the previous cycle remains in force, and the "
        "parties said they would evaluate its monitoring mechanism at the next meeting. "
        "Analysts heard by Agência Brasil said the hardest points, such as the guerrilla's "
        "weapons and the kidnapping of civilians for ransom, had not yet been discussed. The "
        "next round is scheduled for Mexico City in two months. Brazil has also offered to help "
        "in the talks with dissidents of the former Farc. Colombian senators from the "
        "opposition criticised the pace of the process.",
        "peace",
    ),
    (
        "Amorim in Kyiv says Brazil wants to be part of the solution, not the war",
        "Celso Amorim, the special adviser to President Lula for international affairs, met "
        "President Volodymyr Zelensky in Kyiv on Wednesday, weeks after a visit to Moscow where "
        "he was received by Vladimir Putin. Amorim said he had brought no ready-made plan but "
        "wanted to hear both sides and to help build a “peace club” of countries not involved "
        "in the conflict. Ukrainian officials told him that any negotiation must start with the "
        "withdrawal of Russian troops. Lula had been criticised in Europe and the United States "
        "for saying that both countries shared responsibility for the war. Itamaraty said the "
        "conversation was frank and that Brazil maintained its condemnation of the violation of "
        "Ukraine's territorial integrity. Amorim also visited the Ukrainian foreign minister, "
        "Dmytro Kuleba. He returned to Brasília on Friday via Poland. The Planalto said Lula "
        "and Zelensky could meet on the sidelines of the UN General Assembly.",
        "peace",
    ),
    (
        "Truckers' strike enters seventh day with fuel missing at most petrol stations",
        "Truck drivers protesting against the rise in diesel prices kept blockades on roads in "
        "at least 24 states on Sunday, the seventh day of a stoppage that has emptied petrol "
        "stations and supermarket shelves across the country. The Federal Highway Police said "
        "the protests were peaceful and that most drivers were parked on the hard shoulder, "
        "letting cars and ambulances through. Airports in Brasília and Recife reported "
        "shortages of jet fuel, and dozens of cities cancelled classes and cut bus services. "
        "President Michel Temer announced a 46-centavo cut in the price of diesel for 60 days, "
        "but leaders of the movement said they would stay on the roads until the measures were "
        "published. Farmers said millions of chickens could die for lack of feed. The "
        "government authorised the use of the Armed Forces to escort fuel tankers, but said it "
        "hoped that would not be needed. Petrobras shares had lost more than a third of their "
        "value during the week.",
        "protest",
    ),
    (
        "Thousands of indigenous people march in Brasília for land demarcation",
        "About 6,000 indigenous people from more than 200 peoples marched along the Esplanada "
        "dos Ministérios on Thursday during the Acampamento Terra Livre, the largest annual "
        "gathering of the indigenous movement, organisers said. With body paint, feather "
        "headdresses and maracas, the marchers carried banners against the so-called time frame "
        "thesis and asked the government to speed up the demarcation of territories. The march "
        "ended in front of the Supreme Court, where leaders delivered a letter to a judge's "
        "office. The Military Police of the Federal District accompanied the march and reported "
        "no incidents. Minister Sonia Guajajara spoke at the camp in the evening and said the "
        "government had signed four new demarcation decrees. The camp, set up at the National "
        "Theatre, had tents, a kitchen and a stage for debates. Apib said more than 8,000 "
        "people took part in the week-long event. This year's theme was “Our framework is "
        "ancestral”.",
        "protest",
    ),
    (
        "Delivery riders stop work in 'breque dos apps' for better pay",
        "Motorcycle delivery riders working for apps such as iFood, Rappi and Uber Eats stopped "
        "work on Wednesday in São Paulo, Rio, Belo Horizonte and other capitals, asking for "
        "higher rates per kilometre and protection against being blocked from the platforms. In "
        "São Paulo, hundreds of riders rode in a slow convoy along Avenida Paulista and "
        "gathered in front of the São Paulo Art Museum, blowing horns. Customers reported "
        "delays and restaurants said orders had fallen. The protest was peaceful, according to "
        "the Military Police. iFood said in a note that the average pay per hour had risen and "
        "that it was open to dialogue. It was the first national stoppage of the category since "
        "the start of the pandemic. A second stoppage was called for the end of the month.",
        "protest",
    ),
    (
        "Federal university staff strike spreads to 50 institutions",
        "The strike of teachers and administrative staff at federal universities and institutes "
        "reached more than 50 institutions on Monday, leaving hundreds of thousands of students "
        "without classes, according to the union Andes. The workers want a salary readjustment "
        "this year, while the government offers nothing for 2024 and increases in the next two "
        "years. At the University of Brasília, strikers set up tents on the central lawn and "
        "held classes in the open air on the history of the movement. In Rio, they marched "
        "peacefully from Candelária to the Ministry of Education's offices. The Ministry of "
        "Management said negotiations would continue and that the offer had already been "
        "improved twice. Students fear the academic calendar will be pushed into next year. The "
        "last strike of this size was in 2015. Unions said they would decide at an assembly "
        "next week whether to continue.",
        "protest",
    ),
]
