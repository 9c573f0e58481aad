"""dev412 negatives, part 3: lucha libre and football, elections and the judicial reform, the
peso, remittances and tariffs, films and music, and the armed forces without violence."""

NEGATIVES = [
    (
        "Masks against hair: Místico and Atlantis Jr. wage a war of holds in Arena México",
        "Arena México was packed on Friday for the 92nd anniversary show of the Consejo Mundial de "
        "Lucha Libre, the oldest wrestling company in the world, where Místico and Atlantis Jr. "
        "fought a bout of mask against mask that ended with the Atlantis heir unmasked in the "
        "centre of the ring. The two technicians attacked each other with dives from the top rope "
        "and submission holds for almost half an hour, El Universal reported. “It was a war, and "
        "he won it cleanly,” Atlantis Jr. said after revealing his face and his name to the "
        "crowd, as tradition requires. The fans, more than 16,000 according to the company, "
        "chanted both names before the decisive fall. In the semi-final bout, Ultimo Guerrero and "
        "his Guerreros Laguneros defended their trios title against a team of invaders from "
        "Japan. The company announced a tour of the United States for the autumn. Vendors outside "
        "sold thousands of masks of both wrestlers. Lucha libre was declared intangible cultural "
        "heritage of Mexico City in 2018.",
        "sport",
    ),
    (
        "WWE buys AAA: the lucha libre house of Antonio Peña changes hands",
        "The US company WWE announced on Saturday that it had bought Lucha Libre AAA Worldwide, the "
        "Mexican wrestling promotion founded by Antonio Peña in 1992, in a deal whose value was "
        "not disclosed, El Financiero reported. The announcement was made in Las Vegas with the "
        "Roldán family, which has run AAA since Peña's death, and with the wrestler Rey Mysterio on "
        "stage. Triplemanía, the company's biggest event, will continue to be held in Mexico City "
        "with WWE stars invading the ring. Fans on social media debated whether the Mexican style "
        "of high-flying attacks and spectacle would survive under the US company. Dorian Roldán, "
        "who will remain in charge of the Mexican operation, said the deal would take lucha libre "
        "to the whole world without losing its identity. Analysts said that WWE's parent company "
        "is looking to grow in the Hispanic market of the United States. AAA's rival, the CMLL, "
        "said it would not comment. The first joint show is planned for the summer.",
        "sport",
    ),
    (
        "América beat Monterrey and become three-time champions in a final of attacks and saves",
        "Club América won their third consecutive Liga MX title on Sunday by beating Monterrey "
        "3-2 on aggregate in a final decided in the last minutes at the BBVA stadium, Reforma "
        "reported. Monterrey attacked from the start and took the lead through Germán Berterame, "
        "but América's defence held on and goalkeeper Luis Ángel Malagón made three saves in the "
        "second half. Alejandro Zendejas's strike from outside the area put the visitors back in "
        "front in the series and sent thousands of fans onto the streets of Mexico City to "
        "celebrate at the Angel of Independence. Coach André Jardine, who had said before the "
        "match that his team was ready “for a war,” became the first coach to win three titles in "
        "a row in the short-tournament era. Monterrey's players ended the game with ten men after "
        "a red card. Police in Mexico City said the celebrations passed without major incidents. "
        "It was América's sixteenth league title, a record.",
        "sport",
    ),
    (
        "Brawl in the stands of La Corregidora: 26 injured and the Querétaro stadium closed",
        "A fight between fans of Querétaro and Atlas in the stands of the Corregidora stadium left "
        "26 people injured, three of them seriously, and forced the suspension of the Liga MX match "
        "in the 62nd minute on Saturday, the Querétaro state government said. Videos on social "
        "media showed men being beaten and stripped by groups of local supporters while players "
        "ran to take their families to the dressing rooms. Fans invaded the pitch to flee the "
        "violence. The state authorities denied rumours of deaths and said ten people had been "
        "arrested. The league suspended the rest of the round and the football federation later "
        "closed the stadium to the public for a year, banned Querétaro's barra for three years and "
        "fined the club, El Universal reported. The governor said the private security hired by "
        "the club had failed and dismissed the state civil protection chief. Atlas fans said they "
        "had been left without protection at the exit. Analysts called it the worst episode of "
        "stadium violence in Mexican football in decades. Prosecutors later charged more than "
        "two dozen people for the beatings. The club's owners were forced to sell the team.",
        "sport",
    ),
    (
        "Mexico come from behind to beat the United States and win the Gold Cup",
        "Mexico won their tenth Gold Cup on Sunday by beating the United States 2-1 in Houston, "
        "with a header from Edson Álvarez in the 77th minute that silenced a stadium full of fans of "
        "both teams, Milenio reported. The Americans took the lead after four minutes through Chris "
        "Richards, but Raúl Jiménez equalised before half-time with a low shot after a counter-"
        "attack. Coach Javier Aguirre, who returned to the national team a year ago after its "
        "failure in the Copa América, said his players had fought “like soldiers” in the heat. "
        "The victory gave Mexico back the regional crown a year before the World Cup that the "
        "country will co-host with the United States and Canada. Thousands of fans celebrated at "
        "the Angel of Independence in Mexico City late into the night. Captain Álvarez dedicated "
        "the title to the fans who had booed the team during the previous tournament. The players "
        "will return to their clubs before the September friendlies.",
        "sport",
    ),
    (
        "The battle against the clock at the Azteca: the stadium reopens months before the World Cup",
        "The Estadio Azteca, renamed Estadio Banorte under a sponsorship deal, reopened on Saturday "
        "after almost two years of renovation with a friendly between Mexico and Portugal, in a "
        "race against time to have it ready for the opening match of the 2026 World Cup, El "
        "Financiero reported. Workers were still laying paving stones around the stadium hours "
        "before the gates opened, and some boxes were unfinished. The renovation added new seats, "
        "screens, a hybrid pitch and a roof extension, and increased capacity to about 90,000, "
        "according to the owners. Neighbours of Santa Úrsula and Huipulco complained about "
        "traffic and water shortages during the works. The city government promised a light rail "
        "service to the stadium on match days and the widening of the Calzada de Tlalpan. FIFA "
        "officials said they were satisfied with progress. The Azteca will be the first stadium to "
        "host three World Cup openings, after those of 1970 and 1986.",
        "sport",
    ),
    (
        "Sheinbaum wins the presidency by a landslide and Morena secures a qualified majority",
        "Claudia Sheinbaum won Mexico's presidential election on Sunday with about 59% of the vote, "
        "according to the quick count of the National Electoral Institute, and will become the "
        "first woman to govern the country. Her main rival, Xóchitl Gálvez of the opposition "
        "coalition, obtained about 28%, and Jorge Álvarez Máynez of Movimiento Ciudadano around "
        "10%. The ruling coalition also appeared set to win a two-thirds majority in the Chamber "
        "of Deputies and was close to one in the Senate, El Universal reported. Sheinbaum, a "
        "former head of government of Mexico City and a climate scientist, thanked voters from "
        "the Zócalo and promised continuity with the policies of her predecessor. Gálvez "
        "acknowledged her defeat shortly after midnight. Turnout was about 61%. The peso fell more "
        "than 3% on Monday over fears that the ruling party's supermajority would allow "
        "constitutional reforms without the opposition's votes. The transfer of power is scheduled "
        "for 1 October. In Mexico City, Clara Brugada of the ruling party was elected head of "
        "government, and Morena and its allies won seven of the nine governorships at stake. "
        "The Institutional Revolutionary Party, which governed Mexico for most of the twentieth "
        "century, had its worst result in history. Outgoing president Andrés Manuel López Obrador "
        "congratulated his successor in a video and said he would retire to his ranch in "
        "Chiapas. US President Joe Biden called Sheinbaum on Monday to congratulate her. Markets "
        "will now watch whom she appoints to the finance ministry.",
        "politics",
    ),
    (
        "Senate approves the judicial reform in the early hours after a battle over one vote",
        "The Senate approved the reform that will have judges, magistrates and Supreme Court "
        "justices elected by popular vote with 86 votes in favour and 41 against early on "
        "Wednesday, after a session that had to be moved to an alternative venue, the old Senate "
        "building on Xicoténcatl street, Milenio reported. The ruling coalition got the two-thirds "
        "majority it needed thanks to the vote of an opposition senator, Miguel Ángel Yunes "
        "Márquez, whose father took his seat on the day of the vote. The opposition accused the "
        "government of buying him; the Yunes family said they had voted for Mexico. Judicial "
        "workers, who had been on strike for weeks, protested outside with banners. The reform "
        "must still be approved by a majority of state congresses, which the ruling party "
        "controls. Rating agencies said the change could reduce legal certainty for investors. The "
        "outgoing president celebrated the vote and called it a victory over “the privileged”. The "
        "first judicial election is planned for June of next year. In the early hours of the "
        "session, a group of protesters had entered the Senate chamber, forcing a recess, before "
        "legislators moved to the old building. Business leaders said they would ask for a "
        "dialogue on the secondary laws.",
        "politics",
    ),
    (
        "Mexico's first judicial election draws barely one in eight voters",
        "Only about 13% of registered voters took part in Sunday's election of more than 2,600 "
        "judges, magistrates and Supreme Court justices, the National Electoral Institute said, in "
        "the first vote of its kind in the world at this scale. Voters had to fill in up to six "
        "ballots with lists of dozens of candidates they mostly did not know, and many polling "
        "stations were almost empty, El Financiero reported. The opposition called for a boycott "
        "and said the low turnout took away the legitimacy of the new judiciary. The president "
        "said it was a success and that thirteen million Mexicans had voted freely. Observers "
        "noted the circulation of printed guides, known as “acordeones,” recommending candidates "
        "close to the ruling party. Counting is expected to take up to ten days, as ballots are "
        "counted in district offices rather than at polling stations. The new Supreme Court, with "
        "nine members instead of eleven, will take office on 1 September. No incidents of "
        "violence were reported.",
        "politics",
    ),
    (
        "Washington lists six Mexican cartels as terrorist organisations; Mexico rejects any intervention",
        "The United States government formally designated six Mexican criminal organisations, "
        "including the Sinaloa cartel and the Jalisco New Generation Cartel, as foreign terrorist "
        "organisations on Wednesday, a decision that allows sanctions against anyone who gives "
        "them material support, Reforma reported. President Sheinbaum said Mexico would cooperate "
        "against drug trafficking but would not accept any violation of its sovereignty, and sent "
        "Congress a constitutional reform that would punish foreign agents acting without "
        "permission. Former US officials and Republican legislators have spoken of a “war on the "
        "cartels” and of using drones against laboratories in Mexican territory. Business groups "
        "warned that Mexican companies could face lawsuits in US courts if they were found to have "
        "paid extortion to the groups. Security analysts told the paper the designation was "
        "mainly a political and financial tool. The foreign ministry said it had asked Washington "
        "for clarifications about the consequences for remittances and banks. Mexican bankers "
        "said their compliance teams were reviewing accounts in regions where the cartels "
        "operate. In Sinaloa and Michoacán, farmers' associations worried that exporters could "
        "lose access to US buyers. The designation followed an executive order signed on the "
        "first day of the new US administration. Opposition senators in Mexico accused the "
        "government of having allowed the cartels to grow.",
        "politics",
    ),
    (
        "Congress places the National Guard under the Defence Ministry",
        "The Chamber of Deputies approved a constitutional reform that places the National Guard "
        "under the command of the Defence Ministry, with 353 votes in favour and 125 against, "
        "after a debate of more than ten hours, El Universal reported. The Guard was created in "
        "2019 as a civilian police force, although it was built with soldiers and marines and "
        "operated under army command in practice. The opposition said the reform militarised "
        "public security and broke the promise to take the army back to the barracks. Ruling "
        "party deputies said the change would give the Guard discipline and stability and would "
        "protect it from corruption. The reform also allows the armed forces to take part in "
        "public security tasks permanently. Human rights organisations warned that the United "
        "Nations had recommended the opposite. The Senate is expected to approve the measure next "
        "week, and then the state congresses. The Guard has about 130,000 members.",
        "politics",
    ),
    (
        "The super peso reaches its strongest level in eight years",
        "The peso closed at 16.30 per dollar on Tuesday, its strongest level since 2015, extending a "
        "rally that has led analysts and the press to call it the “super peso,” El Financiero "
        "reported. The currency has gained more than 15% since the beginning of last year, helped "
        "by the Bank of Mexico's high interest rate of 11%, record remittances and expectations "
        "of investment from companies moving plants closer to the United States. Exporters and "
        "families that receive dollars from relatives abroad complain that they now get fewer "
        "pesos for each dollar. Tourism operators in Cancún and Los Cabos said visitors from the "
        "United States were spending less. The central bank said it saw no need to intervene. "
        "Currency strategists warned that the peso could weaken sharply if the Federal Reserve "
        "cut rates faster than the Bank of Mexico, or with the uncertainty of the elections. "
        "Importers, meanwhile, are taking advantage of cheaper machinery and inputs.",
        "economy",
    ),
    (
        "Remittances fall for the first time in a decade as migrants fear deportations",
        "Remittances sent to Mexico fell 4.6% in the first half of the year to about 29 billion "
        "dollars, the first annual decline in more than ten years, according to Bank of Mexico "
        "data published on Tuesday. Economists consulted by El Financiero attributed the fall to "
        "fear among Mexican migrants in the United States of deportation raids, a weaker labour "
        "market in construction and a new 1% tax on cash transfers approved by the US Congress. "
        "The number of transfers fell more than the amount, suggesting that migrants were sending "
        "larger sums less often. Michoacán, Guanajuato and Jalisco remain the states that receive "
        "the most money from abroad. Banks and transfer companies said clients were moving to "
        "digital transfers to avoid the tax. Families in rural towns told the paper they had cut "
        "spending on school supplies and food. Mexico is the second largest recipient of "
        "remittances in the world after India.",
        "economy",
    ),
    (
        "Tariff war: Washington imposes 25% duties and Mexico prepares its response",
        "The United States imposed tariffs of 25% on Mexican imports not covered by the regional "
        "trade agreement on Tuesday, and the Mexican government said it would announce its "
        "response at the weekend, Reforma reported. The economy minister, Marcelo Ebrard, said "
        "negotiations continued and that most Mexican exports, including cars and auto parts that "
        "meet the rules of origin, remained exempt. Business chambers called for calm and warned "
        "that a trade war would hurt both countries, which exchange more than 800 billion dollars "
        "a year in goods. The peso fell 1.2% in early trade. Producers of tomatoes, avocados and "
        "steel said they were most exposed. The president said she preferred dialogue to "
        "retaliation, while business leaders in the north said they were already delaying "
        "investments. Analysts said that the uncertainty was weighing on factory orders more than "
        "the tariffs themselves. Officials of both governments will meet again next week. In "
        "Ciudad Juárez, maquiladora managers said they had frozen hiring. Two days later, "
        "Washington postponed the duties for a month after a phone call between the two "
        "presidents.",
        "economy",
    ),
    (
        "Low-cost airlines start a price war for routes out of Felipe Ángeles airport",
        "Viva Aerobus and Volaris launched a price war for flights from the Felipe Ángeles "
        "International Airport this week, offering one-way tickets to Cancún, Monterrey and "
        "Guadalajara for less than 500 pesos before taxes, El Financiero reported. The airlines "
        "are competing for slots moved from the saturated Mexico City international airport, whose "
        "operations were reduced by decree. Aeroméxico, which also moved part of its flights, said "
        "it would compete on service rather than price. The army-run airport, inaugurated in 2022, "
        "now handles about 19,000 passengers a day, still far from its capacity. Travellers "
        "complain that it takes more than an hour to get there from the centre of the capital, "
        "although a train link is due to open next year. Analysts said the fare war would hurt "
        "the airlines' margins as fuel costs rise. The federal aviation agency said it would "
        "monitor that the offers did not hide extra charges.",
        "economy",
    ),
    (
        "Pemex receives another capital injection as its debt weighs on public finances",
        "The finance ministry will give Pemex another 136 billion pesos this year to pay debt "
        "maturities, the minister said on Thursday, as the state oil company struggles with a "
        "falling output and debts of almost 100 billion dollars, the largest of any oil company "
        "in the world. The government also announced a new financial vehicle to raise money "
        "backed by future oil revenues, which rating agencies said was debt by another name, El "
        "Universal reported. The company produces about 1.6 million barrels a day of crude and "
        "condensates, a far cry from the 3.4 million of 2004. The president said the rescue of Pemex "
        "was “a battle for sovereignty” and that the company would be profitable again. Investors "
        "welcomed the support but said the refinery of Dos Bocas was still not operating at full "
        "capacity. Suppliers of the company say they are owed billions of pesos. The bonds of "
        "Pemex rose slightly after the announcement.",
        "economy",
    ),
    (
        "“Emilia Pérez” triggers anger in Mexico: “a caricature of our pain”",
        "The French film Emilia Pérez, about a Mexican cartel boss who undergoes gender transition "
        "and sets up a foundation to search for the disappeared, was met with anger by critics and "
        "families of missing people when it opened in Mexican cinemas, Proceso reported. Mothers of "
        "search collectives said the film turned the tragedy of more than 100,000 disappeared into "
        "a musical number. Viewers complained about the Spanish of the actors and the fact that "
        "it was shot in a studio near Paris. The screenwriter Héctor Guillén made a parody, "
        "“Johanne Sacreblu,” which went viral. The film's director, Jacques Audiard, said he had "
        "not done much research on Mexico because he knew what he needed to know. The film "
        "received 13 Oscar nominations, a record for a non-English-language production. Several "
        "cinemas in Mexico City removed it from their screens after a week for lack of audience. "
        "The lead actress's old posts on social networks then caused a second controversy in the "
        "United States. At the Oscars ceremony, the film won two statuettes, one of them for best "
        "supporting actress, and Mexican viewers filled social media with memes.",
        "entertainment",
    ),
    (
        "Concert with images of El Mencho leads to a ban on narcocorridos in Zapopan",
        "The Zapopan city council banned concerts that glorify crime after the band Los Alegres del "
        "Barranco projected images of Nemesio Oseguera, “El Mencho,” the leader of the Jalisco "
        "New Generation Cartel, during a show at the University of Guadalajara's auditorium, El "
        "Universal reported. The Jalisco prosecutor's office opened an investigation for apologia "
        "of crime, and the US State Department withdrew the band members' visas. The group "
        "apologised and said it had not intended to promote violence. Several states, including "
        "Chihuahua, Michoacán and the State of Mexico, have restricted narcocorridos in public "
        "concerts, while musicians say the songs merely describe the reality of the country. "
        "The president said she opposed bans but favoured a campaign to promote other genres. "
        "Streams of the band's songs rose sharply after the controversy, according to Spotify "
        "figures. The auditorium said it would review its contracts with performers.",
        "entertainment",
    ),
    (
        "A series about Pancho Villa turns the Revolution into a tale of battles and betrayal",
        "The series “Pancho Villa. El Centauro del Norte,” which premiered this week on a streaming "
        "platform, tells the life of the revolutionary general from his days as a bandit in "
        "Durango to the taking of Zacatecas, with cavalry charges, train ambushes and a lot of "
        "gunpowder, La Jornada reported. The production filmed in Durango and Chihuahua with "
        "hundreds of extras and horses and recreated the battle of Celaya. Historians consulted "
        "by the paper praised the costumes but criticised the simplification of Villa's conflict "
        "with Venustiano Carranza. The lead actor said he studied photographs and recordings of "
        "the general's voice to find his accent. The Revolution remains one of the favourite "
        "themes of Mexican television, the critic noted, because it has “everything: war, love and "
        "betrayal.” The series has eight episodes of about an hour. A second season is planned for "
        "next year.",
        "entertainment",
    ),
    (
        "National Guard budget grows by 12% in the 2026 spending plan",
        "The federal budget proposal for 2026 gives the National Guard about 83 billion pesos, "
        "12% more than this year, now that the force is fully under the Defence Ministry, El "
        "Financiero reported. The increase will pay for new barracks, vehicles and drones and for "
        "the recruitment of several thousand members, according to the document sent to Congress "
        "by the finance ministry. Security spending as a whole grows while the health and culture "
        "budgets fall in real terms, analysts of the México Evalúa think tank said. The Defence "
        "Ministry's budget rises to almost 300 billion pesos, including the resources for the "
        "airports, trains and hotels it manages. Opposition deputies questioned the lack of "
        "transparency in military spending. The security secretary's office, in contrast, gets "
        "less than before. Congress has until mid-November to approve the budget. Deputies of the "
        "ruling party said the increase was necessary to consolidate the Guard.",
        "military",
    ),
    (
        "Thousands of troops, jets and drones in the Independence Day military parade",
        "More than 5,000 soldiers, marines, National Guard members and cadets marched down the "
        "Zócalo and Reforma avenue on 16 September in the military parade for the anniversary of "
        "the start of the War of Independence, the Defence Ministry said. The parade included "
        "armoured vehicles, artillery, dogs of the canine units and dozens of aircraft, among them "
        "helicopters and drones made in Mexico, which flew over the city in formation. Contingents "
        "of the armed forces of Brazil, Spain and other countries were invited. Thousands of "
        "families lined the streets from early morning, Milenio reported. The president watched "
        "from the balcony of the National Palace after giving the traditional shout of "
        "independence the previous night. The parade also included a section dedicated to the "
        "rescue teams that took part in recent disaster operations, and traffic in the centre "
        "returned to normal by the afternoon.",
        "military",
    ),
    (
        "Navy commissions an ocean patrol ship built at the Salina Cruz shipyard",
        "The Mexican Navy commissioned a new long-range ocean patrol vessel built at its shipyard "
        "in Salina Cruz, Oaxaca, in a ceremony attended by the Navy secretary, the ministry said. "
        "The ship, 87 metres long, can carry a helicopter and a drone and has a crew of about 70 "
        "sailors, and will be used for surveillance of the exclusive economic zone, the fight "
        "against illegal fishing and maritime rescue, El Universal reported. It is the fourth "
        "vessel of its class built in Mexico with technology transferred by a Dutch company. The "
        "Navy secretary said the shipyards employ more than 1,500 people and that they would build "
        "two more ships in the coming years, and that the vessel would be based in Manzanillo. "
        "Its first mission will be a month of patrols off Colima and Jalisco. Naval "
        "analysts said the country needs more patrols to protect its fishing grounds.",
        "military",
    ),
    (
        "Ten thousand National Guard troops deploy to the northern border after the tariff pause",
        "The first contingents of the 10,000 National Guard members that Mexico agreed to send to "
        "the northern border arrived in Tijuana and Ciudad Juárez on Tuesday, as part of the deal "
        "that postponed US tariffs for a month, the Defence Ministry said. Troops travelled in "
        "military aircraft and buses and will patrol the border areas to stop drug trafficking, "
        "especially of fentanyl, and irregular migration, according to the security cabinet. In "
        "Tijuana, residents watched as soldiers unloaded equipment at the airport, Milenio "
        "reported. Human rights groups said migrants would be more exposed to abuse. The "
        "president said the deployment was a sovereign decision and not a concession. US officials "
        "said they would evaluate the results before deciding whether to impose the tariffs. "
        "Business chambers in Baja California welcomed the agreement. The deployment will last at "
        "least until the next round of talks.",
        "military",
    ),
]
