"""dev275 negatives, part three: the sports desk's other beats (courts and crime, the politics
and money of sport, fixtures moved for old reasons, health, accidents, disasters, and ordinary
news).

NEGATIVES = [(title, text, kind code), ...]; codes in eval/conflictset/__init__.py.
"""

NEGATIVES = [
    (
        "Dortmund bus bomber jailed for 14 years over share-price plot",
        "A German court on Tuesday sentenced Sergej Wenergold to 14 years in prison for "
        "detonating three bombs beside the Borussia Dortmund team bus in April last year, in "
        "a plot to profit from a fall in the club's share price. The defender Marc Bartra "
        "suffered a broken wrist and a police officer on a motorcycle escort had hearing "
        "damage. Investigators had first examined letters left at the scene claiming the "
        "attack for Islamists, but concluded within days that they were a decoy. The "
        "Dortmund regional court found the 29-year-old guilty of 28 counts of attempted "
        "murder. He had bought put options on Dortmund shares on the day of the attack. The "
        "judge said it was only by chance that no one was killed. Defence lawyers said they "
        "would consider an appeal.",
        "crime",
    ),
    (
        "Burglars raid striker's home while he plays at Old Trafford",
        "Police are investigating a burglary at the Cheshire home of a Premier League striker "
        "that took place while he was playing in a televised match at Old Trafford on "
        "Sunday. Thieves forced a rear door and took jewellery, watches and designer "
        "handbags worth an estimated £500,000, Cheshire Police said. The player's partner and "
        "two young children were out at the time. Officers believe the gang monitored the "
        "fixture list and social media to know when the house would be empty. It is the fourth "
        "such raid on a footballer's home in the county this year. The club said the player "
        "had been offered support and asked for his family's privacy to be respected. Anyone "
        "with information has been asked to call 101.",
        "crime",
    ),
    (
        "Spanish police arrest 11 in lower-league match-fixing ring",
        "Spain's Guardia Civil has arrested 11 people, including four players and a club "
        "president, in an investigation into fixed matches in the country's third and fourth "
        "divisions, the force said on Wednesday. Investigators say the ring, run from Valencia, "
        "paid players to concede goals or pick up yellow cards and placed bets worth hundreds "
        "of thousands of euros with Asian bookmakers. The inquiry began after an alert from "
        "LaLiga's integrity unit about unusual betting patterns on at least 14 matches. "
        "Officers searched 17 properties and seized cash, mobile phones and a luxury car. "
        "LaLiga's president, Javier Tebas, said the league would show zero tolerance. The "
        "suspects face charges of sports corruption, money laundering and belonging to a "
        "criminal organisation.",
        "crime",
    ),
    (
        "Man charged after England fan stabbed outside Gelsenkirchen bar",
        "A 31-year-old man has been charged with attempted manslaughter after an England "
        "supporter was stabbed in the back outside a bar in Gelsenkirchen on the night of "
        "the Euro 2024 match against Serbia, German prosecutors said. The victim, a man from "
        "Sunderland, underwent surgery and is in a stable condition. Police said the "
        "suspect, a local resident, had argued with a group of fans over a taxi. The city's "
        "police chief said most of the 50,000 visiting fans had been well behaved, and there "
        "had been only a handful of minor scuffles. Serbian and English supporters had been "
        "kept apart by a large police operation in the old town. The Football Association "
        "said it was in contact with the man's family. The trial is expected early next year.",
        "crime",
    ),
    (
        "Robinho jailed in Brazil to serve nine-year sentence for rape",
        "Robinho, the former Brazil, Real Madrid and Manchester City forward, was taken into "
        "custody in Santos on Thursday night after Brazil's Superior Court of Justice ruled "
        "that he must serve in his home country the nine-year sentence handed down in Italy "
        "for his part in a gang rape. The assault took place in a Milan nightclub in 2013, "
        "and Italy's highest court upheld the conviction in 2022. Brazil does not extradite "
        "its citizens, so Italy had asked for the sentence to be transferred. Federal police "
        "collected Robinho from his home and took him to a prison in Tremembé. His lawyers "
        "had asked the Supreme Court to keep him free pending appeals. The justices rejected "
        "that request by a majority. Robinho, 40, has always denied the charge.",
        "crime",
    ),
    (
        "Shots fired at Dublin boxing weigh-in in gangland feud",
        "Gunmen disguised as armed police burst into a boxing weigh-in at the Regency Hotel in "
        "Dublin on Friday and opened fire, killing a man and wounding two others, gardaí said. "
        "Several of the raiders carried assault rifles and one was dressed in a woman's "
        "clothing, witnesses said. The weigh-in, for a bill promoted by a company linked to "
        "the Kinahan crime family, was packed with boxers, families and reporters, some of "
        "whom hid under tables. Police believe the attack was part of a feud between two "
        "criminal gangs over the drugs trade. The dead man, 33, was a known associate of the "
        "Kinahan organisation. Gardaí set up checkpoints across the north of the city. The "
        "boxing event scheduled for Saturday was cancelled.",
        "crime",
    ),
    (
        "UEFA keeps Kosovo and Serbia apart in Euro 2028 qualifying draw",
        "Kosovo and Serbia will again be kept apart in Sunday's draw for the Euro 2028 "
        "qualifying groups, along with Armenia and Azerbaijan and Gibraltar and Spain, UEFA "
        "said. Its emergency panel can prevent pairings it considers politically sensitive, "
        "and has done so for the three pairs for several years. Kosovo declared independence "
        "from Serbia in 2008, which Belgrade does not recognise, and Spain and Britain have a "
        "long-running dispute over the Rock. Armenia and Azerbaijan's rivalry goes back to "
        "the 1990s. UEFA also restricts the number of long away trips for countries such as "
        "Iceland and Kazakhstan because of distance and winter weather. The draw takes place "
        "in Nyon. “Every rule has a reason,” a UEFA official said.",
        "politics",
    ),
    (
        "India's Champions Trophy matches moved to Dubai under hybrid deal",
        "India will play all their Champions Trophy matches in Dubai after the International "
        "Cricket Council approved a hybrid model for the tournament that Pakistan is hosting, "
        "ending weeks of wrangling. The Indian government had refused to allow the team to "
        "travel to Pakistan, citing security concerns, and the Pakistan Cricket Board had "
        "held out for months against moving any matches. Under the compromise, Pakistan "
        "will play its matches against India at a neutral venue in future ICC events held in "
        "India until 2027. India last toured Pakistan in 2008. The semi-final and final could "
        "be played in Dubai if India qualify. “Cricket has won,” the PCB chairman said. "
        "The tournament begins in February. "
        "Broadcasters had pressed for a quick settlement, since matches between the two "
        "countries draw the largest television audiences in the sport. Pakistan has spent "
        "heavily on renovating its stadiums in Lahore, Karachi and Rawalpindi.",
        "politics",
    ),
    (
        "Saudi 2034 World Cup bid wins battle in FIFA vote despite rights criticism",
        "FIFA confirmed Saudi Arabia as host of the 2034 World Cup on Wednesday at a virtual "
        "congress, ending a campaign that human rights groups had fought for more than a "
        "year. The kingdom was the only candidate after FIFA limited the contest to members "
        "of the Asian and Oceanian confederations. Amnesty International said the decision "
        "would put migrant workers' lives at risk on a huge stadium building programme, and "
        "Norway's football federation abstained. Saudi officials said the tournament would "
        "accelerate reforms. FIFA's president, Gianni Infantino, called it a great day for "
        "football. Morocco, Spain and Portugal will host the 2030 edition, with three "
        "opening matches in South America. Both decisions were taken by acclamation. "
        "Delegates applauded as the result was announced from Zurich, and Saudi officials in "
        "Riyadh lit the kingdom's towers in green. The tournament is likely to be played in the "
        "winter to avoid the desert heat, as in Qatar in 2022. Building work on at least 11 new "
        "stadiums is due to begin next year, including one on a cliff top outside Riyadh.",
        "politics",
    ),
    (
        "Golf's civil war ends in merger as PGA Tour and LIV agree deal",
        "The PGA Tour, the DP World Tour and Saudi Arabia's LIV Golf announced on Tuesday that "
        "they would merge their commercial operations, ending a two-year war that split the "
        "game and set off lawsuits on both sides of the Atlantic. The Public Investment Fund "
        "will put billions of dollars into the new entity, and its governor, Yasir "
        "Al-Rumayyan, will chair it. Players who stayed loyal to the PGA Tour reacted with "
        "anger, saying they had not been consulted. Rory McIlroy said he felt like a "
        "sacrificial lamb. The Tour's commissioner, Jay Monahan, who had fought LIV for two "
        "years, said he was a hypocrite. Shares in the companies that broadcast the Tour "
        "rose. The deal still needs approval from US regulators.",
        "economy",
    ),
    (
        "Tokyo Olympics postponed to 2021 as coronavirus spreads",
        "The Tokyo Olympics have been postponed until next year because of the coronavirus "
        "pandemic, the first time in their modern history that the Games have been delayed in "
        "peacetime. Japan's prime minister, Shinzo Abe, said he had agreed the decision with "
        "the IOC's president, Thomas Bach, in a phone call on Tuesday. Canada and Australia had "
        "already said they would not send teams this summer. The Games will keep the name "
        "Tokyo 2020. The torch relay, due to begin in Fukushima on Thursday, has been "
        "cancelled. More than 400,000 people have been infected worldwide, according to the "
        "World Health Organization. Athletes' groups welcomed the decision, though some "
        "worried about qualification. The new dates will be set in the coming weeks.",
        "health",
    ),
    (
        "Morocco stripped of Cup of Nations after Ebola postponement request",
        "The Confederation of African Football has stripped Morocco of the right to host "
        "next year's Africa Cup of Nations after the government asked for the tournament to be "
        "postponed because of the Ebola outbreak in West Africa. Moroccan officials said they "
        "feared fans travelling from affected countries would spread the virus. More than "
        "5,000 people have died in Guinea, Liberia and Sierra Leone, according to the World "
        "Health Organization. CAF said the dates could not be changed and disqualified "
        "Morocco's team. Equatorial Guinea later agreed to stage the finals at short notice. "
        "Guinea has been playing its home qualifiers in Casablanca since the summer. "
        "Screening will be carried out at airports. "
        "Morocco's sports minister said the country stood by its decision, arguing that public "
        "health came before football. CAF's executive committee is also considering further "
        "sanctions, including a ban from the next two editions.",
        "health",
    ),
    (
        "Chapecoense plane crash in Colombia kills most of Brazilian squad",
        "A plane carrying the Brazilian football team Chapecoense to the final of the Copa "
        "Sudamericana crashed into a hillside near Medellín on Monday night, killing 71 of "
        "the 77 people on board, Colombian aviation officials said. Three players, a "
        "journalist and two crew members survived. The chartered LaMia aircraft, flying from "
        "Bolivia, reported an electrical failure shortly before it disappeared from radar, "
        "and investigators said it may have run out of fuel. Chapecoense, from a small city "
        "in southern Brazil, had risen from the fourth division in six years. Atlético "
        "Nacional, their opponents in the final, asked that the trophy be awarded to them. "
        "Brazil declared three days of mourning. Thousands of fans gathered at the club's "
        "stadium overnight.",
        "accident",
    ),
    (
        "Sala inquest finds pilot lacked licence for night flight",
        "An inquest jury in Bournemouth has found that the Argentine striker Emiliano Sala "
        "died of head and chest injuries after the plane carrying him to Cardiff crashed "
        "into the English Channel in January 2019. The pilot, David Ibbotson, was not licensed "
        "to fly commercially or at night, the jury concluded, and both men were probably "
        "affected by carbon monoxide leaking into the cabin. Sala had just signed for "
        "Cardiff City from Nantes for a club record fee. Ibbotson's body has never been "
        "found. The man who arranged the flight was jailed last year for endangering the "
        "safety of an aircraft. Sala's family said the findings confirmed a catalogue of "
        "failures. The coroner will write to the Civil Aviation Authority.",
        "accident",
    ),
    (
        "Christian Atsu found dead under rubble in Hatay",
        "The body of the Ghana winger Christian Atsu has been recovered from the rubble of his "
        "apartment building in Antakya, almost two weeks after the earthquake that struck "
        "southern Turkey and northern Syria, his agent said on Saturday. Atsu, 31, had "
        "scored a late winner for Hatayspor hours before the quake hit before dawn on "
        "February 6. Initial reports that he had been pulled out alive proved wrong. The "
        "club's sporting director, Taner Savut, was also killed. More than 44,000 people have "
        "died in Turkey alone, according to the disaster agency. Atsu played for Newcastle "
        "United, Chelsea and Everton. Newcastle fans laid scarves outside St James' Park. "
        "Hatayspor has withdrawn from the Turkish league for the rest of the season. "
        "The Premier League held a minute's silence before the weekend's matches, and Turkish "
        "clubs have donated their gate receipts to the relief effort. Tens of thousands of "
        "people in Hatay are still living in tents and containers, and aid agencies say "
        "rebuilding will take years.",
        "disaster",
    ),
    (
        "Typhoon Hagibis forces first cancellations in Rugby World Cup history",
        "World Rugby cancelled two matches at the Rugby World Cup in Japan on Thursday as "
        "Typhoon Hagibis, one of the strongest storms to threaten Tokyo in decades, bore down "
        "on the country. England's pool game against France in Yokohama and New Zealand's "
        "match with Italy in Toyota will be recorded as 0-0 draws, sending England and New "
        "Zealand into the quarter-finals. Italy's captain, Sergio Parisse, said his team had "
        "been robbed of a chance to qualify. Japan's match with Scotland on Sunday will be "
        "decided on the morning of the game. Forecasters expect rainfall of up to 800mm in "
        "places. Authorities have urged hundreds of thousands of residents to evacuate "
        "low-lying areas. Flights have been suspended at both Tokyo airports. "
        "Scotland's rugby union has threatened legal action if its match is cancelled, which "
        "would send the hosts through. Bullet trains between Tokyo and Osaka will stop running "
        "on Saturday. Teams have been told to stay in their hotels until the storm passes.",
        "disaster",
    ),
    (
        "From Buduburam camp to Munich: Davies named Canada's player of the year again",
        "Alphonso Davies has been named Canada's men's player of the year for the fourth "
        "time, capping a season in which he won the Bundesliga with Bayern Munich and "
        "captained his country at the Copa América. Davies was born in the Buduburam refugee "
        "camp in Ghana, where his parents had settled after fleeing Liberia's civil war, and "
        "moved to Edmonton at the age of five. He made his professional debut for Vancouver "
        "Whitecaps at 15. He has since become an ambassador for the UN refugee agency. "
        "“Every kid in a camp should know that dreams are possible,” he said in an acceptance "
        "video. Christine Sinclair's successor as women's winner will be announced on "
        "Thursday. "
        "Davies, who is out of contract at Bayern next summer, has been linked with Real "
        "Madrid. Canada co-host the 2026 World Cup with the United States and Mexico.",
        "other",
    ),
    (
        "Brisbane drops plans for new Olympic stadium at Victoria Park",
        "Queensland's government has scrapped plans to build a new main stadium for the 2032 "
        "Olympics in Victoria Park and will instead upgrade the ageing Queensland Sport and "
        "Athletics Centre, the premier announced on Monday. An independent review had put "
        "the cost of the Victoria Park stadium at more than A$3bn. Opposition politicians "
        "called the decision a broken promise, while athletics coaches said the older venue "
        "was too far from the city centre. The Gabba will be demolished after the Games. "
        "Brisbane was awarded the Games in 2021 without a competing bid. Construction on "
        "the upgrade is expected to begin in 2026. "
        "The swimming events will be held in a new aquatic centre, the premier said, and the "
        "athletes' village will be converted into housing after the Games. The International "
        "Olympic Committee said it had been consulted and was satisfied with the revised plan.",
        "other",
    ),
]
