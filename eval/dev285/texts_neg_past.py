"""dev285 negatives: hijackings and bombings of long ago, wartime bombs, peace flights, films
and series, sport sponsorship and ordinary airport news. (title, text, kind code).
"""

NEGATIVES = [
    (
        ("Buried US wartime bomb explodes under Miyazaki airport taxiway, cancelling 80 flights"),
        (
            "A US bomb dropped during the Second World War exploded beneath a taxiway at Miyazaki "
            "Airport in southern Japan on Wednesday, leaving a crater 7 metres wide and about a "
            "metre deep and forcing the cancellation of more than 80 flights, officials said. No "
            "aircraft were nearby at the time and nobody was injured. Footage from a flight "
            "school showed asphalt and soil thrown into the air like a fountain. The Self-Defense "
            "Forces said the explosion was caused by a 500-pound bomb that had lain buried since "
            "the war, when the site was an Imperial Japanese Navy base from which kamikaze pilots "
            "took off. Dozens of unexploded bombs have been found at the airport over the "
            "decades, according to the transport ministry. Bomb disposal experts said there was "
            "no risk of further explosions. The runway reopened on Thursday morning after the "
            'crater was filled. "It was terrifying to think we had been taxiing over that," said '
            "a passenger whose flight to Osaka was cancelled."
        ),
        "history",
    ),
    (
        "Netanyahu returns to Entebbe 40 years after raid that killed his brother",
        (
            "Israeli Prime Minister Benjamin Netanyahu laid a wreath at the old terminal of "
            "Entebbe airport in Uganda on Monday, 40 years to the day after Israeli commandos "
            "freed more than 100 hostages held there by Palestinian and German hijackers of an "
            "Air France jet. His elder brother Yonatan, who commanded the assault force, was the "
            'only Israeli soldier killed in the 1976 operation. "Forty years ago, Israeli '
            'soldiers landed in the dead of night in a country then ruled by a brutal dictator," '
            "Netanyahu said at the ceremony. Three hostages and dozens of Ugandan soldiers also "
            "died. Uganda's President Yoweri Museveni, whose country now has close ties with "
            "Israel, said the raid had taken place against a background of Idi Amin's misrule. "
            "The old terminal, its walls still pocked with bullet holes, has been preserved. "
            "Netanyahu's visit was the start of a tour of four East African countries aimed at "
            "building trade and security links."
        ),
        "history",
    ),
    (
        "Families gather in Ireland 40 years after Air India Flight 182 bombing",
        (
            "Relatives of the 329 people killed in the bombing of Air India Flight 182 gathered "
            "at a memorial in Ahakista, on the coast of County Cork, on Monday to mark 40 years "
            "since the Boeing 747 was blown apart off the Irish coast. The jumbo jet, flying from "
            "Montreal to London and Delhi, broke up at 31,000 feet on June 23, 1985, after a bomb "
            "hidden in a suitcase exploded in the cargo hold. Most of the victims were Canadians "
            "of Indian origin, and 82 were children. Canadian investigators blamed Sikh militants "
            "based in British Columbia, but only one man, Inderjit Singh Reyat, was ever "
            "convicted, and two others were acquitted in 2005. Canada's public safety minister, "
            "who attended the ceremony, called it the deadliest terrorist attack in Canadian "
            'history. "My mother was 36 years old," said a man who was 11 when the plane went '
            'down. A public inquiry found in 2010 that a "cascading series of errors" by Canadian '
            "agencies had allowed the attack to happen."
        ),
        "history",
    ),
    (
        "Five years on, PS752 families still waiting for answers from Tehran",
        (
            "Hundreds of people gathered in Toronto, Kyiv and London on Wednesday to mark five "
            "years since Ukraine International Airlines Flight 752 was shot down by two missiles "
            "fired by Iran's Revolutionary Guards shortly after take-off from Tehran, killing all "
            "176 people on board. The Boeing 737 was destroyed on January 8, 2020, hours after "
            "Iran fired missiles at US bases in Iraq, and Tehran at first denied responsibility "
            'before admitting the plane had been downed "by mistake". Canada, Ukraine, Sweden and '
            "Britain have taken Iran to the International Court of Justice, accusing it of "
            'violating an international aviation treaty. "Every January feels like the first '
            'one," said a Toronto dentist whose wife and daughter were on the flight. An Iranian '
            "military court sentenced a commander to 13 years in prison last year, a verdict the "
            "families dismissed as a whitewash. Canada's foreign minister reaffirmed Ottawa's "
            "commitment to hold Iran accountable. Many of the passengers were Iranian-Canadian "
            "students returning after the holidays."
        ),
        "history",
    ),
    (
        "Hijacked Lufthansa jet Landshut goes on show after years in storage",
        (
            "The Lufthansa Boeing 737 that was hijacked by Palestinian militants in 1977 and "
            "stormed by German special forces in Mogadishu has gone on public display in "
            "Friedrichshafen, years after it was flown back from Brazil in pieces. The aircraft, "
            'named Landshut, became a symbol of the "German Autumn", when the Red Army Faction '
            "and its allies tried to force the release of jailed members of the group. The "
            "hijackers shot dead the captain, Jürgen Schumann, before the GSG 9 unit freed all 86 "
            "remaining passengers, killing three of the four hijackers. A restored section of the "
            "cabin, with original seats, is shown alongside the cockpit and video testimony from "
            'former hostages. "We want young people to understand what terror meant for this '
            'country," the director of the project said at the opening. The German government '
            "spent about 15m euros bringing the wreck home and restoring it, a sum critics called "
            "excessive. Surviving passengers and crew members attended the ceremony."
        ),
        "history",
    ),
    (
        "First Addis-Asmara flight in 20 years lands to tears and flowers",
        (
            "An Ethiopian Airlines Boeing 787 landed in the Eritrean capital Asmara on Wednesday, "
            "the first commercial flight between the two countries in 20 years, days after their "
            "leaders declared an end to the state of war that followed a border conflict in "
            "1998-2000. Passengers wept and waved flags as they stepped onto the tarmac, and "
            "relatives who had not seen each other for two decades embraced in the arrivals hall. "
            '"I cannot describe this feeling," said a woman who had flown in to see her sister. '
            "Among those on board was former prime minister Hailemariam Desalegn. Ethiopian "
            "Airlines, Africa's largest carrier, plans to fly the route daily and is in talks to "
            "take a stake in Eritrean Airlines. Telephone lines between the two countries were "
            "restored earlier this month, and embassies are due to reopen. Prime Minister Abiy "
            "Ahmed and President Isaias Afwerki signed a joint declaration of peace and "
            "friendship in Asmara on July 9."
        ),
        "peace",
    ),
    (
        "El Al jet with 'peace' on its cockpit window makes first flight to Abu Dhabi",
        (
            "An El Al Boeing 737 carrying Israeli and US officials flew over Saudi Arabia to the "
            "United Arab Emirates on Monday, the first commercial flight between the two "
            "countries, to mark their agreement to establish full diplomatic relations. The word "
            '"peace" was written above the cockpit window in Arabic, English and Hebrew, and the '
            "flight number, LY971, referred to the UAE's international dialling code. Saudi "
            "Arabia had allowed the aircraft to use its airspace, a first for an Israeli "
            "airliner. Jared Kushner, President Donald Trump's senior adviser, said the agreement "
            "could change the course of the Middle East. Palestinian leaders condemned the deal "
            "as a betrayal. Officials from both countries held talks on cooperation in aviation, "
            "tourism, health and investment. Etihad and flydubai are expected to announce regular "
            "flights to Tel Aviv once a bilateral air services agreement is signed."
        ),
        "peace",
    ),
    (
        "Airlines plan return to Tel Aviv as Gaza ceasefire takes hold",
        (
            "Several European airlines said on Monday they would resume flights to Tel Aviv in "
            "the coming weeks after a ceasefire between Israel and Hamas took effect and the last "
            "living hostages held in Gaza were released. Lufthansa Group said its carriers Swiss, "
            "Austrian and Brussels Airlines would return by late October, while easyJet said it "
            "would restart routes from London and Geneva in the spring. Ryanair's chief executive "
            'said the airline could be back quickly "if things stay calm". Foreign airlines have '
            "largely avoided Israel for two years, leaving El Al and its local rivals to charge "
            "higher fares on routes to Europe. Israeli officials expect tourist numbers to "
            'recover slowly. "Every airline that comes back is a sign of normality," the head of '
            "the Israel Airports Authority said. Hotels in Tel Aviv and Eilat reported a jump in "
            "inquiries from abroad. The ceasefire, brokered by the United States, Egypt and "
            "Qatar, also provides for an exchange of Palestinian prisoners and the return of "
            "bodies."
        ),
        "peace",
    ),
    (
        "Top Gun: Maverick soars past $1bn as audiences return to cinemas",
        (
            "Top Gun: Maverick has become the first film of Tom Cruise's career to earn more than "
            "$1bn at the worldwide box office, Paramount said on Sunday, five weeks after its "
            "release. The sequel to the 1986 hit, in which Cruise returns as a veteran navy pilot "
            "training young aviators for a near-impossible strike mission against an unnamed "
            "enemy, was filmed with real F/A-18 Super Hornets and cameras mounted inside "
            "cockpits. Its actors underwent months of training to withstand the G-forces of "
            "flight. Critics praised the aerial sequences, and aviation fans have packed "
            "screenings at air bases and aviation museums. The US Navy cooperated in the "
            'production, and recruiters have reported a rise in inquiries. "People want to see it '
            'on the biggest screen possible," a cinema chain executive said. The film had been '
            "delayed for two years because of the pandemic."
        ),
        "entertainment",
    ),
    (
        "Idris Elba talks down hijackers in real time in Apple's airborne thriller 'Hijack'",
        (
            "Apple TV+ released the first episodes of Hijack on Wednesday, a seven-part thriller "
            "in which Idris Elba plays a corporate negotiator trying to save the passengers of a "
            "flight from Dubai to London that is taken over by armed men. Each episode unfolds in "
            "roughly real time, covering the seven-hour flight and the scramble on the ground at "
            "air traffic control, counter-terrorism police headquarters and the hijackers' allies "
            "in London. The show was filmed largely on a full-size replica of an Airbus A330 "
            "cabin built at a studio in Surrey. Reviewers praised its tension but questioned its "
            'plausibility. "Would I want to be on this flight? Absolutely not," Elba said at the '
            "premiere in London. Former pilots who consulted on the script said cockpit security "
            "had changed so much since 2001 that such a takeover would be far harder today. The "
            "streaming service has not said whether a second season is planned."
        ),
        "entertainment",
    ),
    (
        "Arsenal extend Emirates shirt deal as Gunners plan another title charge",
        (
            "Arsenal have extended their shirt sponsorship and stadium naming deal with Emirates "
            "until 2028, the Premier League club said on Monday, in an agreement reported to be "
            "worth about £200m. The Dubai airline has sponsored the Gunners since 2006, when the "
            "club moved from Highbury to the stadium that bears its name, and its logo has "
            'appeared on the front of their shirts ever since. "This partnership has been a '
            "cornerstone of our club,\" Arsenal's managing director said. The deal comes as Mikel "
            "Arteta's side prepare to launch another assault on the title after finishing second "
            "last season, and club officials hope the money will help them strengthen their "
            "attack in the transfer window. Emirates also sponsors Real Madrid, AC Milan and "
            "Benfica, as well as tennis and cricket tournaments. Airlines have become some of the "
            "biggest spenders in football sponsorship, with Qatar Airways and Etihad competing "
            "for deals with top clubs. Details of the financial terms were not disclosed."
        ),
        "sport",
    ),
    (
        "Navi Mumbai airport opens, giving India's financial capital a second gateway",
        (
            "Prime Minister Narendra Modi inaugurated Navi Mumbai International Airport on "
            "Wednesday, a long-delayed project that will ease pressure on the city's congested "
            "Chhatrapati Shivaji Maharaj International Airport, which operates a single runway "
            "close to its capacity. The first phase, built by the Adani group, can handle 20 "
            "million passengers a year, and the airport is designed to reach 90 million when "
            "fully complete. Commercial flights are due to begin in December, with IndiGo, Akasa "
            "Air and Air India Express announcing their first routes. The terminal's roof was "
            "inspired by the shape of the lotus, India's national flower. Planning for a second "
            "Mumbai airport began in the 1990s, but the project was held up by land acquisition "
            "disputes and environmental clearances for the mangroves and hills on the site. "
            '"Mumbai finally has the airport it deserves," an industry analyst said. The airport '
            "will be linked to the city by a new sea bridge and, eventually, a metro line."
        ),
        "other",
    ),
    (
        "Heathrow records busiest year as transatlantic demand stays strong",
        (
            "Heathrow handled 83.9 million passengers last year, the most in its history, as "
            "demand for flights to North America and the Middle East continued to grow, the "
            "airport said on Tuesday. December was its busiest December on record, with large "
            "numbers of families travelling over Christmas. The airport said New York remained "
            "its busiest route, followed by Dubai and Doha. Chief executive Thomas Woldbye said "
            "Heathrow needed more capacity and would press the government to approve its "
            "expansion plans. Airlines at Heathrow have complained about the level of landing "
            "charges, which are among the highest in the world. Passengers rated the airport's "
            "services more highly than before the pandemic, according to its own survey, though "
            "queues at security were a regular complaint in the summer. New security scanners "
            "that allow liquids to stay in bags are being installed in all terminals. Heathrow "
            "forecast a further small increase this year."
        ),
        "other",
    ),
    (
        "Qantas delays Sydney-London non-stop flights as first A350 is held up",
        (
            "Qantas said on Thursday that its first ultra-long-range Airbus A350-1000 would be "
            "delivered in late 2026, pushing back the launch of non-stop flights from Sydney to "
            "London and New York that it has promised for years under the name Project Sunrise. "
            'The aircraft will carry 238 passengers in four classes and include a "wellbeing '
            'zone" where travellers can stretch during flights of up to 22 hours. Airbus has been '
            "held up by certification of an extra fuel tank needed for the range. Qantas chief "
            "executive Vanessa Hudson said the flights would change long-haul travel. The airline "
            "tested the idea in 2019 with three research flights carrying a small number of "
            "passengers and crew, whose sleep and alertness were monitored by scientists. "
            "Analysts said the routes could be profitable if business travellers were willing to "
            "pay a premium to save several hours. Flights currently stop in Singapore, Perth or "
            "Dubai."
        ),
        "other",
    ),
    (
        "Riyadh Air unveils first Dreamliner as Saudi Arabia bets on tourism",
        (
            "Riyadh Air, the new Saudi national carrier backed by the kingdom's sovereign wealth "
            "fund, showed off its first Boeing 787-9 at a ceremony in Seattle on Tuesday and said "
            "it planned to start commercial flights from Riyadh to London later this year. The "
            "airline has ordered more than 130 Boeing and Airbus aircraft and aims to serve over "
            "100 destinations by 2030. Chief executive Tony Douglas said the carrier would "
            "compete with Emirates and Qatar Airways for transit passengers between Europe and "
            "Asia. The launch is part of Crown Prince Mohammed bin Salman's plan to diversify the "
            "economy away from oil and attract 150 million visits a year. A new airport, King "
            'Salman International, is under construction in the capital with six runways. "We are '
            'building an airline from a blank sheet of paper," Douglas said. Analysts said the '
            "biggest challenge would be recruiting enough pilots and cabin crew."
        ),
        "other",
    ),
]
