"""dev285 negatives: strikes by pilots, crews and controllers, fare and trade wars, airspace
politics, health screening. (title, text, kind code).
"""

NEGATIVES = [
    (
        ("British Airways cancels almost all flights as pilots stage first strike in its history"),
        (
            "British Airways cancelled nearly all of its 800 or so daily flights on Monday as "
            "pilots began a 48-hour strike over pay, the first walkout by its pilots in the "
            "airline's 100-year history. Picket lines formed outside Heathrow, where departure "
            "boards showed long columns of cancellations and terminals were unusually quiet. The "
            "British Airline Pilots' Association says BA's proposed 11.5% pay rise over three "
            "years does not give pilots a fair share of profits, and wants a profit-sharing "
            'scheme. "No pilot wants to strike," the union\'s general secretary said. BA said the '
            "walkout would cost it about £40m a day and accused the union of refusing to talk. "
            "Around 195,000 passengers were affected, and many who had rebooked were forced to "
            "change plans again. Another strike is planned for later this month. The conciliation "
            "service Acas said it was ready to host talks."
        ),
        "protest",
    ),
    (
        (
            "Air Canada flight attendants defy back-to-work order as strike grounds 700 flights a "
            "day"
        ),
        (
            "Striking Air Canada flight attendants said on Sunday they would not return to work "
            "despite a government order, keeping the country's largest airline grounded for a "
            "third day and stranding more than 100,000 passengers a day at the peak of the summer "
            "travel season. The Canadian Union of Public Employees, which represents about 10,000 "
            "cabin crew, said its members would stay on the picket lines until the airline "
            "negotiated a fair deal, including pay for time spent on the ground during boarding. "
            "Union leader Mark Hancock tore up a copy of the labour board's order in front of "
            "cheering members at Toronto Pearson. Air Canada had suspended operations on "
            "Saturday, cancelling about 700 flights a day. Jobs minister Patty Hajdu said the "
            "government respected the right to strike but could not let the economy suffer. "
            "Travellers queued for hours at rebooking desks in Montreal and Vancouver. Picketers "
            "sang and waved flags outside the terminals, and no arrests were reported."
        ),
        "protest",
    ),
    (
        "Climate activists glue themselves to Munich taxiway, halting flights for two hours",
        (
            "Climate protesters cut through a fence at Munich Airport on Thursday and glued "
            "themselves to a taxiway, forcing the airport to halt take-offs and landings on both "
            "runways for about two hours, police said. Six activists from the group Letzte "
            "Generation, or Last Generation, were removed by officers using solvent and arrested "
            "on suspicion of dangerous interference with air traffic. Sixteen flights were "
            "diverted and more than a dozen cancelled, affecting about 3,000 passengers. The "
            "group said it wanted the government to make flying less attractive and to cut "
            'domestic flights. Bavaria\'s interior minister called the action "criminal" and '
            "demanded stricter penalties. The protest was peaceful, and no one was injured. "
            "Activists had cycled onto the airfield at Berlin Brandenburg airport the week "
            "before. Airport operators across Germany say they are reinforcing fences and "
            "installing more surveillance cameras."
        ),
        "protest",
    ),
    (
        "French air traffic control strike forces Ryanair to cancel 400 flights",
        (
            "Ryanair said on Friday it had cancelled more than 400 flights affecting about 70,000 "
            "passengers as a strike by French air traffic controllers disrupted travel across "
            "Europe on the first weekend of the summer holidays. The walkout by two minority "
            "unions, over staffing shortages and outdated equipment, led the French civil "
            "aviation authority DGAC to ask airlines to cut schedules at Paris, Nice, Marseille "
            "and other airports by up to 40%. Flights crossing French airspace between Spain, "
            "Britain and Italy were also hit. Ryanair chief executive Michael O'Leary called the "
            'strike "another attack on European families" and demanded that the European '
            "Commission protect overflights. The unions said they had been warning for years that "
            "the system was close to breaking point. Controllers demonstrated outside the "
            "transport ministry in Paris, holding placards and blowing whistles. Airlines for "
            "Europe said the strike would cost carriers tens of millions of euros."
        ),
        "protest",
    ),
    (
        "Aerolíneas Argentinas pilots strike over Milei's privatisation plan",
        (
            "Pilots and cabin crew at state-owned Aerolíneas Argentinas staged a 24-hour strike "
            "on Friday, grounding more than 300 flights and affecting about 37,000 passengers, as "
            "unions stepped up their campaign against President Javier Milei's plan to privatise "
            "the carrier. Departure halls at Buenos Aires' Aeroparque were almost empty as "
            'workers held a rally outside, beating drums and holding banners reading "Aerolíneas '
            "is not for sale\". The pilots' union APLA said salaries had lost more than a third of "
            "their value because of inflation. Milei's government, which has declared the airline "
            '"subject to privatisation", called the strike extortion and said it would seek to '
            "classify air transport as an essential service, limiting future walkouts. Tourism "
            "businesses in Bariloche and Iguazú said the action had caused cancellations at the "
            "start of the spring season. The labour ministry called both sides to conciliation "
            "talks next week. There were no reports of incidents at the airports."
        ),
        "protest",
    ),
    (
        "Fare war breaks out on India's busiest routes as Akasa and IndiGo chase market share",
        (
            "Ticket prices on the Mumbai-Delhi and Bengaluru-Delhi routes have fallen by as much "
            "as 30% in the past month as India's airlines fight for passengers during the monsoon "
            "lull, travel portals say. IndiGo, which carries more than six in ten domestic "
            "passengers, launched a sale with fares from 1,499 rupees, and Akasa Air and Air "
            'India Express matched it within hours. "It is a full-blown price war," said an '
            "analyst at a Mumbai brokerage, warning that carriers could report losses for the "
            "quarter. Air traffic in India has grown rapidly, with domestic passenger numbers "
            "reaching a record of more than 500,000 a day. Jet fuel prices, which account for "
            "about 40% of costs, have also risen. The Directorate General of Civil Aviation said "
            "it was monitoring fares but would not impose caps. Travel agents said the cheapest "
            "seats were concentrated on weekday flights. Airlines are expected to raise prices "
            "again for the festive season in October."
        ),
        "economy",
    ),
    (
        "Airbus hit by US tariffs as trade war over aircraft subsidies escalates",
        (
            "The United States imposed 10% tariffs on Airbus aircraft imported from Europe on "
            "Friday, the latest escalation in a 15-year trade war over subsidies to the world's "
            "two largest planemakers. The World Trade Organization this month authorised "
            "Washington to impose duties on up to $7.5bn of EU goods a year, ruling that European "
            "governments had illegally subsidised Airbus. The tariffs also target French wine, "
            "Scotch whisky and Italian cheese. US carriers such as Delta, JetBlue and Spirit, "
            "which have large orders for A320 and A350 jets built in Toulouse and Hamburg, warned "
            "the duties would raise costs for travellers. Airbus said aircraft assembled at its "
            "plant in Mobile, Alabama, would not be affected. The European Commission said it "
            "would retaliate once the WTO rules on its own case against subsidies for Boeing. "
            '"Nobody wins in a trade war," a spokesperson for the planemaker said.'
        ),
        "economy",
    ),
    (
        "Go First files for bankruptcy, blaming faulty Pratt & Whitney engines",
        (
            "Indian budget carrier Go First filed for voluntary insolvency on Tuesday and "
            "cancelled all flights for three days, saying faulty engines supplied by Pratt & "
            "Whitney had forced it to ground half of its fleet of Airbus A320neo jets. The Wadia "
            "Group-owned airline, which employs about 7,000 people, said it had been unable to "
            "pay lessors and fuel suppliers. Thousands of passengers were left scrambling for "
            "alternative tickets, and fares on routes from Mumbai and Delhi jumped. Pratt & "
            "Whitney, a unit of RTX, said the claims were without merit. The collapse follows "
            "that of Jet Airways in 2019 and leaves India's market even more dominated by IndiGo "
            "and the Tata group's Air India. The aviation ministry asked the airline to refund "
            "passengers and stop selling tickets. Lessors moved to recover dozens of aircraft, "
            'and analysts said the carrier was unlikely to fly again. "We had no choice," its '
            "chief executive told staff in a letter."
        ),
        "economy",
    ),
    (
        "Ryanair steps up war on online travel agents with court win against Booking",
        (
            "Ryanair won a court ruling in Madrid on Tuesday that Booking had acted unfairly by "
            "selling its tickets without permission and adding undisclosed fees, the latest round "
            "in the Irish airline's long-running battle against online travel agents. The airline "
            'has for years attacked what it calls "pirate" websites that scrape its fares and '
            "resell them to passengers at a mark-up, and it requires customers who book through "
            "agents to verify their identity online. Booking Holdings said it would appeal. "
            "Ryanair's chief executive Michael O'Leary told a news conference in Dublin that the "
            'airline would continue to "fight these pirates" in every European court. Online '
            "agents accuse Ryanair of abusing its dominant position to force passengers to book "
            "directly, where it sells seats, bags and car hire. The European Commission has "
            "received complaints from both sides. Shares in Ryanair were little changed in Dublin "
            "trading."
        ),
        "economy",
    ),
    (
        "Finnair and Japan Airlines count the cost of flying around Russia",
        (
            "European and Japanese airlines are burning up to 40% more fuel on some flights to "
            "Asia because Russian airspace remains closed to them, a cost their Chinese rivals do "
            "not bear, industry executives said at a conference in Singapore on Wednesday. "
            "Finnair, whose strategy was built around short routes over Siberia, said its flight "
            "from Helsinki to Tokyo now takes about 13 hours instead of nine, and it has dropped "
            "several Asian destinations. Moscow banned airlines from the European Union, Britain, "
            "the United States and Japan in 2022 in retaliation for Western sanctions imposed "
            "after its invasion of Ukraine. Chinese carriers, which can still overfly Russia, "
            "have expanded flights to Europe and sell tickets far cheaper than European "
            "competitors. Lufthansa's chief executive has called on Brussels to limit Chinese "
            'flights until the playing field is levelled. "It is simply not a fair fight," '
            "Finnair's chief executive said. The International Air Transport Association "
            "estimates that rerouting adds billions of dollars a year to carriers' costs."
        ),
        "economy",
    ),
    (
        "EU bans Belarusian airlines after Ryanair jet forced to land in Minsk",
        (
            "European Union leaders agreed on Monday to ban Belarusian airlines from EU airspace "
            "and airports and urged European carriers to avoid flying over Belarus, a day after a "
            "Ryanair flight from Athens to Vilnius was diverted to Minsk and a dissident "
            "journalist on board was arrested. Belarusian air traffic controllers told the crew "
            "there was a bomb threat against the aircraft, and a MiG-29 fighter was scrambled to "
            "escort it to the ground, state media said. No bomb was found. Roman Protasevich, a "
            "26-year-old blogger who ran a popular opposition Telegram channel, was detained "
            "along with his girlfriend, Sofia Sapega, after police searched the passengers' "
            'luggage. Ryanair\'s chief executive called it "a case of state-sponsored hijacking". '
            "Belarusian President Alexander Lukashenko said he had acted lawfully. Airlines "
            "including Lufthansa, Air France and Singapore Airlines began rerouting around "
            "Belarus within hours. The plane was allowed to continue to Lithuania several hours "
            "later."
        ),
        "politics",
    ),
    (
        "Reeves backs Heathrow third runway, reopening decades-old political battle",
        (
            "Chancellor Rachel Reeves said on Wednesday the government supported a third runway "
            "at Heathrow, reviving a plan that has been approved and blocked several times over "
            "more than two decades and setting up a fight with environmental groups and some of "
            "her own MPs. In a speech in Oxfordshire on economic growth, Reeves said the "
            "expansion would create more than 100,000 jobs and could be approved within this "
            "parliament. The airport's owners, who want the runway built by 2035, welcomed the "
            "announcement. London's mayor Sadiq Khan, a longstanding opponent, said he remained "
            "concerned about noise and air quality. Campaigners in villages such as "
            "Harmondsworth, which would be partly demolished, vowed to fight on in the courts. "
            '"We have been here before and we beat them before," said a resident who has lived '
            "there for 40 years. Gatwick's plan to bring its emergency runway into routine use is "
            "also awaiting a decision."
        ),
        "politics",
    ),
    (
        "Qatar Airways reroutes flights as Gulf neighbours close airspace in diplomatic rift",
        (
            "Qatar Airways suspended flights to Saudi Arabia, the United Arab Emirates, Bahrain "
            "and Egypt on Tuesday and began rerouting services over Iran and Turkey after the "
            "four countries cut diplomatic ties with Doha and closed their airspace to Qatari "
            "aircraft. The measures, announced on Monday, accuse Qatar of supporting extremist "
            "groups and of being too close to Iran, charges Doha rejects as baseless. Emirates, "
            "Etihad, flydubai and Saudia suspended their own flights to Doha. Qatari residents "
            "stockpiled food at supermarkets as the country's only land border, with Saudi "
            "Arabia, was shut. The rerouting adds up to several hours to some flights to Africa "
            "and Europe, analysts said, and Qatar asked the UN's civil aviation agency, ICAO, to "
            'declare the ban illegal. "This is a blockade," Qatar\'s foreign minister told Al '
            "Jazeera. Kuwait's emir offered to mediate between the neighbours. Qatar Airways, one "
            "of the world's largest long-haul carriers, flies to more than 150 destinations and "
            "relies on its Doha hub. The airline said passengers holding tickets to the four "
            "countries could claim a full refund. Pilgrims planning to travel to Mecca for Umrah "
            "were told to book via Muscat or Kuwait. Qatar's sovereign wealth fund said the "
            "country had enough reserves to withstand the pressure."
        ),
        "politics",
    ),
    (
        "Asian airports bring back temperature screening as mpox spreads",
        (
            "Airports in Pakistan, the Philippines, Thailand and Indonesia have begun screening "
            "arriving passengers for symptoms of mpox after the World Health Organization "
            "declared a global health emergency over a new strain of the virus spreading in "
            "Africa. Thermal cameras and health declaration forms, familiar to travellers from "
            "the Covid-19 pandemic, were back at Manila's Ninoy Aquino airport on Monday, and "
            "health workers boarded some flights from the Middle East. Pakistan confirmed three "
            "cases in men returning from the Gulf. The WHO said it did not recommend travel or "
            "trade restrictions, which it said were ineffective and could discourage countries "
            "from reporting cases. Thailand's disease control department said it would monitor "
            "travellers from 42 countries considered at risk. The clade Ib strain has been "
            "reported in the Democratic Republic of Congo, Burundi, Kenya, Rwanda and Uganda, and "
            "cases linked to travel have been found in Sweden and Thailand. Airlines said they "
            "had not seen any drop in bookings."
        ),
        "health",
    ),
]
