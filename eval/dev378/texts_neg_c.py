"""Negatives of eval/dev378, part C: football and sport, crime, culture, economy, peace and ordinary news."""

NEGATIVES = [
    (
        "Legia storm Villa Park but fall to late counter-attack",
        "Legia Warsaw laid siege to Aston Villa's goal for most of the second half on Thursday but lost 2-1 in the Conference League after a counter-attack in the 88th minute, Przegląd Sportowy reported. "
        "The Polish side had equalised through a header from Josué early in the second half, and then attacked relentlessly, with 14 shots to Villa's six. "
        '"We fought like soldiers, but one mistake killed us," coach Kosta Runjaić said after the match. '
        "About 1,000 Legia fans travelled to Birmingham, but the club had earlier been punished by UEFA for fans' behaviour at the match in Alkmaar, where police and fans clashed. "
        "Villa's striker Ollie Watkins scored the winner after a quick break from their own penalty area. "
        "Legia now need a point in their last group game to stay in the competition. "
        "The team flies back to Warsaw on Friday morning. Legia's sporting director said the club had appealed against the ban on its away supporters for the next European match. The Polish side's goalkeeper was named man of the match by UEFA after eight saves. Injured defender Artur Jędrzejczyk is expected back for Sunday's league game against Lech Poznań, a clash the Warsaw tabloids are already calling the war of the capitals.",
        "sport",
    ),
    (
        "Poland go down fighting against France, Lewandowski scores from the spot",
        "Poland ended their Euro 2024 campaign with a 1-1 draw against France in Dortmund, with Robert Lewandowski equalising from the penalty spot in the 79th minute, TVP Sport said. "
        "Michał Probierz's side, already eliminated after defeats by the Netherlands and Austria, played with great commitment against the vice-world champions. "
        '"We showed we can fight with anyone," the captain said after the final whistle. '
        "Kylian Mbappé, playing with a mask after breaking his nose, had put France ahead from a penalty earlier in the half. "
        "Goalkeeper Łukasz Skorupski made several saves to keep Poland in the game. "
        "About 30,000 Polish fans in the stadium sang long after the match. "
        "France qualified for the last 16 in second place in the group.",
        "sport",
    ),
    (
        "Sparta wins derby as Slavia fans' pyrotechnics halt match for ten minutes",
        "Sparta Prague beat Slavia 2-0 in the Prague derby at Letná on Sunday, in a match that was halted for about ten minutes in the second half after Slavia fans threw flares onto the pitch, the league said. "
        "The referee took the players to the dressing rooms while stewards and firefighters cleared the burning flares, iSport reported. "
        "Police said they detained seven fans after scuffles between rival supporters outside the stadium, which were quickly broken up. "
        "Both clubs face fines from the league's disciplinary committee, which will meet on Thursday in Prague. "
        '"It was a battle from the first minute," Sparta\'s coach said. '
        "The win takes Sparta three points clear at the top of the table with four rounds left.",
        "sport",
    ),
    (
        "Ferencváros crush Újpest 4-0 as Groupama Aréna celebrates title number 36",
        "Ferencváros beat Újpest 4-0 in the Budapest derby on Saturday to secure their 36th Hungarian league title, Nemzeti Sport reported. "
        "The home side attacked from the start and were two goals up after 20 minutes, with their Norwegian striker scoring twice. "
        '"We demolished them, but respect to Újpest," the coach said. '
        "About 20,000 spectators filled the Groupama Aréna, and the match was watched by several ministers. "
        "The police said the derby passed without serious incidents, although some fans were fined for pyrotechnics. "
        "Ferencváros will play in the Champions League qualifiers in the summer. "
        "Újpest remain in the middle of the table. Their coach, appointed only in March, said the club would need new players for next season. The league's top scorer now has 19 goals, three more than his nearest rival from Paks.",
        "sport",
    ),
    (
        "Świątek demolishes Sabalenka in Madrid final, Poland celebrates",
        "Iga Świątek won the Madrid Open on Saturday, beating Aryna Sabalenka in a final that lasted more than three hours and which she won after saving three match points, the sports portal Przegląd Sportowy Onet said. "
        "The Polish world number one won the deciding set on a tie-break, after a battle of nerves in which both players broke serve several times. "
        '"I had to fight for every point, I didn\'t give up," Świątek said at the presentation. '
        "It was her first title in Madrid and her 19th overall. "
        "Sabalenka, who had won the tournament twice, called it one of the best matches she had played. "
        "Świątek will now go to Rome, where she has won twice. "
        "Congratulations came from President Andrzej Duda and Prime Minister Donald Tusk.",
        "sport",
    ),
    (
        "Gunman kills 14 at Charles University's Faculty of Arts, police say no link to terrorism",
        "A 24-year-old student opened fire at the Faculty of Arts of Charles University in Prague on Thursday afternoon, killing 14 people and wounding 25 before shooting himself, police said. "
        "The gunman, who legally owned several weapons, had killed his father in his home village near Prague earlier in the day, Police President Martin Vondrášek said. "
        "Police evacuated the building on Jan Palach Square and told people in the Old Town to stay inside. "
        "Investigators said there was no link to any extremist ideology or terrorism, and the man acted alone. "
        "It was the deadliest shooting in the history of the Czech Republic, Prime Minister Petr Fiala said, declaring a day of national mourning. "
        "Police also suspect the man of killing a young father and his two-month-old daughter in a forest in Klánovice the week before. "
        'Parliament later tightened the gun law. The university held a memorial gathering in the Rudolfinum in January, and the building on Jan Palach Square reopened to students in February. The police inspection unit found that officers had responded correctly but that the gunman\'s earlier threats had not been linked together. Families of the victims called for a public inquiry. "We need to know whether it could have been prevented," said the father of a student who was killed.',
        "crime",
    ),
    (
        "Kočner acquitted again of ordering murder of Ján Kuciak; Kušnírová family to appeal",
        "The Specialised Criminal Court acquitted the businessman Marián Kočner for a second time of ordering the murder of journalist Ján Kuciak and his fiancée Martina Kušnírová, Denník N reported. "
        "The court found that the evidence against him was not sufficient, while it sentenced his co-defendant Alena Zsuzsová to 25 years in prison for arranging the killing. "
        "The former soldier Miroslav Marček, who shot the couple in their house in Veľká Mača in 2018, had earlier been sentenced to 25 years. "
        '"We are not giving up," the journalist\'s father said outside the court in Pezinok. '
        "Prosecutors said they would appeal to the Supreme Court. "
        "The murder led to mass protests and the resignation of Prime Minister Robert Fico in 2018. "
        "Kočner remains in prison for other crimes.",
        "crime",
    ),
    (
        "Shootout between smugglers on Serbian side near Ásotthalom; Hungarian police step up patrols",
        "Hungarian police strengthened patrols along the border fence near Ásotthalom after a shootout between rival groups of migrant smugglers on the Serbian side of the border on Sunday night, the police headquarters said. "
        "One person was killed and several were injured in the shooting near Horgoš, Serbian police said, and several people were arrested. "
        "The groups, which charge migrants thousands of euros for crossing the fence, have been fighting over routes, according to Serbian media. "
        "Hungarian police said no one was hurt on the Hungarian side and no shots had crossed the border. "
        '"The smugglers are more and more violent," the mayor of Ásotthalom told Magyar Nemzet. '
        "Serbia's interior minister announced a large police operation in the border area. "
        "Residents of the Hungarian village said they heard gunfire in the night.",
        "crime",
    ),
    (
        "Former pupil kills teacher and student with knife at school in Spišská Stará Ves",
        "An 18-year-old former pupil attacked people with a knife at a secondary school in Spišská Stará Ves, in northern Slovakia, on Thursday morning, killing a teacher and a student and injuring several others, the police said. "
        "The attacker was detained at the scene by the police, who arrived within minutes, Aktuality reported. "
        "The injured were taken by helicopter and ambulance to hospitals in Poprad and Prešov. "
        "Police said they were investigating the motive and had found no evidence of any link to extremist groups. "
        '"This is a tragedy for the whole country," the education minister said, visiting the small town near the Polish border. '
        "The school will stay closed until the end of the week, and psychologists are working with pupils. "
        "It was the second attack at a Slovak school in less than a year.",
        "crime",
    ),
    (
        "Police dismantle amphetamine lab in a barn near Siedlce; gang members face 10 years",
        "The Central Investigation Bureau of the Police dismantled an amphetamine laboratory in a barn near Siedlce and arrested eight members of the gang that ran it, the National Prosecutor's Office said. "
        "Officers seized about 100 kilograms of amphetamine and chemicals for producing another tonne, worth tens of millions of zlotys, according to the police. "
        "The gang, which sold the drugs in Poland, Germany and Scandinavia, was run by a man connected to the old Pruszków mafia, Rzeczpospolita reported. "
        '"This was a war on the drug trade that we have been waging for two years," a police spokesman said. '
        "Officers also seized cars, watches and cash worth about 2 million zlotys. "
        "The suspects face up to 10 years in prison. "
        "The investigation is continuing.",
        "crime",
    ),
    (
        "Holland's Green Border wins in Venice as ministers call it propaganda",
        'Agnieszka Holland\'s film "Green Border", about refugees on the Polish-Belarusian border, won the Special Jury Prize at the Venice Film Festival on Saturday, Gazeta Wyborcza reported. '
        "The film follows a Syrian family pushed back and forth across the border, a Polish border guard and an activist who helps people in the forest. "
        "Justice Minister Zbigniew Ziobro compared the film to Nazi propaganda, and the government ordered cinemas to show a short film explaining its side before screenings. "
        '"I am proud to make films that ask difficult questions," Holland said after the gala. '
        "The director has filed a lawsuit against the minister. "
        "The film will be in Polish cinemas from next week, and several cinemas have said they will not show the government's spot. "
        "It was shot in black and white, largely in the Czech Republic.",
        "entertainment",
    ),
    (
        "This War of Mine ten years on: the Polish game about civilians in war sells 9 million copies",
        '"This War of Mine", the Warsaw studio 11 bit studios\' game about civilians trying to survive in a besieged city, has sold more than 9 million copies in ten years, the company said on Thursday. '
        "The game, inspired by the siege of Sarajevo, became the first computer game to be included in the official reading list of Polish schools, Rzeczpospolita reminded. "
        "The studio is donating profits from a new edition to a charity helping children in Ukraine. "
        '"We wanted to show war from the point of view of those who do not fight," one of its creators said. '
        "The company's shares rose by 4% on the Warsaw Stock Exchange after the announcement. "
        "A board game version has also sold well. "
        "The studio is working on a new title set in space.",
        "entertainment",
    ),
    (
        "Netflix series about the Warsaw Uprising films on Krakowskie Przedmieście",
        "A Netflix drama series about the 1944 Warsaw Uprising has been filming on Krakowskie Przedmieście this week, with burned-out trams, barricades and hundreds of extras in period costumes, Gazeta Wyborcza reported. "
        "The street was closed to traffic for three days, and the city agreed to have the facades of several buildings covered with fake ruins. "
        "The series, directed by Jan Komasa, follows a group of young insurgents through the 63 days of fighting. "
        '"We want the young audience to feel what their grandparents went through," the producer said. '
        "Residents said they were surprised to see German soldiers' uniforms in the streets, and some tourists took photos with the actors. "
        "The series will be shown next year on the anniversary of the outbreak of the Uprising. "
        "Veterans' groups were consulted on the script.",
        "entertainment",
    ),
    (
        "Biedronka and Lidl price war: 'we will match any price', both chains say",
        "The price war between Poland's two largest discount chains flared up again this week, when Biedronka promised to refund customers the difference if they found cheaper products in Lidl, Rzeczpospolita reported. "
        "Lidl replied within hours with a campaign guaranteeing the lowest prices on its own products, and both chains cut the price of butter, eggs and coffee. "
        '"This is a war that the consumer wins, at least in the short term," a retail analyst told the daily. '
        "Smaller shops and regional chains say they cannot compete with such discounts. "
        "Biedronka, owned by Portugal's Jerónimo Martins, has more than 3,500 stores in Poland, and Lidl about 900. "
        "The Office of Competition and Consumer Protection said it was examining whether the promotions were clear for customers. "
        "Food inflation in Poland slowed to 4% in February.",
        "economy",
    ),
    (
        "US tariffs hit Czech and Slovak car parts makers as trade war reaches Central Europe",
        "Car parts makers in the Czech Republic and Slovakia are cutting shifts after the United States imposed tariffs of 25% on imported cars and parts, the Czech Automotive Industry Association said. "
        "Slovakia, which produces more cars per person than any other country in the world, is among the most exposed economies in the EU, economists at Slovenská sporiteľňa said. "
        '"The trade war is hitting us through Germany," the head of a supplier near Žilina told the daily Hospodárske noviny. '
        "Several plants have introduced four-day weeks, and temporary workers from Ukraine and Serbia have been let go. "
        "The governments in Prague and Bratislava called on the European Commission to negotiate rather than retaliate. "
        "Volkswagen's Bratislava plant said its production plans for the year were unchanged. "
        "The Czech National Bank cut its growth forecast slightly.",
        "economy",
    ),
    (
        "Price caps end in Hungary: fuel at the pumps jumps after months of shortages",
        "Hungary scrapped its price cap on petrol and diesel on Tuesday night, after weeks in which hundreds of filling stations ran dry, the government said. "
        "The price of a litre of petrol jumped from 480 forints to more than 640 forints at many stations overnight, according to the fuel price website Holtankoljak. "
        "The cap, introduced a year earlier, was part of the government's \"war on inflation\", Prime Minister Viktor Orbán's chief of staff said. "
        "The oil company MOL said supplies to stations would return to normal within days. "
        '"We are relieved that we can buy fuel again, even if it is expensive," a taxi driver in Budapest told HVG. '
        "Economists said the end of the cap would push up inflation, already the highest in the EU. "
        "The price caps on some foods remain in force.",
        "economy",
    ),
    (
        "Poles released from Belarusian prisons in exchange at Terespol crossing",
        "Five Polish citizens held in Belarusian prisons crossed into Poland at the Terespol border crossing on Friday in an exchange agreed after months of talks, the Foreign Ministry said. "
        "In return, Poland handed over several people held in Polish prisons, including a man convicted of spying for Belarus, according to Rzeczpospolita. "
        "The exchange was arranged with the help of the United States and the Vatican, diplomats said. "
        '"We have been waiting for this day for four years," the wife of one of the released men told TVN24. '
        "Journalist Andrzej Poczobut, who is serving an eight-year sentence, was not among those released, the ministry said. "
        "The released Poles were taken to a hospital in Biała Podlaska for checks. "
        "The foreign minister thanked the negotiators but said the work would go on.",
        "peace",
    ),
    (
        "Weimar Triangle leaders back ceasefire talks in Geneva, offer guarantees",
        "The leaders of Poland, France and Germany said on Monday that they supported the ceasefire talks between Russia and Ukraine in Geneva and were ready to provide security guarantees once a deal was signed, PAP reported. "
        "Meeting in Warsaw, the three leaders said Europe must have a seat at the table and that no agreement could be made over Ukraine's head. "
        '"Peace must be just and lasting, not a pause before another invasion," Prime Minister Donald Tusk said. '
        "Negotiators in Geneva were discussing a line of separation, the exchange of all prisoners and a monitoring mission, diplomats told Rzeczpospolita. "
        "Poland ruled out sending its own troops to Ukraine but offered to host a logistics hub. "
        "The Kremlin said it would study the European proposals. "
        "The next round of talks is planned for the end of the month.",
        "peace",
    ),
    (
        "From Kharkiv to Rzeszów: a refugee's bakery celebrates its third birthday",
        "Three years after she arrived in Rzeszów with two suitcases and a seven-year-old son, Olena runs a bakery with six employees near the city's market square, the regional paper Nowiny reported. "
        "She baked her first cakes in a borrowed kitchen, selling them to other Ukrainian families through a Facebook group. "
        "Today half of her customers are Poles, who come for her honey cake and poppy-seed rolls. "
        '"Poland gave us a home, and I want to give something back," she said. '
        "Her son now goes to a Polish school and speaks Polish better than his mother, she added with a laugh. "
        "The bakery employs two Ukrainian women and four Polish students. "
        "She is planning to open a second shop in Przemyśl next year. The city's business support centre, which gave her a small start-up grant, now uses her story in its courses for newcomers. About 60,000 Ukrainians live in Podkarpackie province, according to the provincial office.",
        "other",
    ),
    (
        "Nawrocki wins presidency by a hair; Trzaskowski concedes",
        "Karol Nawrocki, the historian backed by Law and Justice, won Poland's presidential election with 50.89% of the vote, the National Electoral Commission said on Monday, beating Warsaw mayor Rafał Trzaskowski. "
        "Turnout in the second round was 71.6%, the highest in a presidential election since 1989. "
        "Trzaskowski, the candidate of Prime Minister Donald Tusk's Civic Coalition, conceded in the afternoon and congratulated the winner. "
        '"It was a battle to the last vote," Nawrocki told supporters in Warsaw. '
        "Analysts told Gazeta Wyborcza that the result would make it harder for the government to pass its reforms, since the president can veto laws. "
        "Nawrocki, the former head of the Institute of National Remembrance, will be sworn in on 6 August. "
        "Several thousand protests against the count were filed with the Supreme Court. The court has 30 days to rule on the validity of the election. Trzaskowski's campaign said it would not question the result but asked for recounts in a few dozen constituencies where errors had been found. In the first round, the far-right candidates Sławomir Mentzen and Grzegorz Braun together won more than 20% of the vote. Nawrocki's campaign was marked by attacks on the government over migration and the cost of living. Turnout was highest in Warsaw and lowest in Opole province.",
        "other",
    ),
    (
        "Babiš's ANO wins Czech election, will seek coalition with SPD and Motorists",
        "Andrej Babiš's ANO movement won the Czech parliamentary election with about 35% of the vote, the Czech Statistical Office said on Saturday evening, ahead of the governing Spolu coalition of Prime Minister Petr Fiala. "
        "ANO will have 80 seats in the 200-seat Chamber of Deputies and has said it will negotiate with the SPD of Tomio Okamura and the Motorists for Themselves party. "
        '"We will be a government for all citizens," Babiš said at his party\'s headquarters in Prague. '
        "Turnout was about 68%, higher than four years ago, Seznam Zprávy reported. "
        "President Petr Pavel said he would start consultations with party leaders on Monday. "
        "Fiala conceded defeat and said his party would be a strong opposition. "
        "Markets reacted calmly, with the crown barely moving against the euro.",
        "other",
    ),
]
