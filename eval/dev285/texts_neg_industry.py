"""dev285 negatives: GPS jamming, drones and fly-pasts with no violence, strikes by pilots and
controllers, fare and trade wars, airspace politics, health screening. (title, text, kind code).
"""

NEGATIVES = [
    (
        "Von der Leyen's plane lands with paper maps after GPS jamming over Bulgaria",
        (
            "An aircraft carrying European Commission President Ursula von der Leyen landed "
            "safely at Plovdiv airport in Bulgaria on Sunday after its satellite navigation was "
            "disrupted on approach, the Commission said, adding that it suspected Russian "
            "interference. The pilots circled the airport for about an hour before landing with "
            "the help of paper maps and ground-based instrument landing aids, the Financial Times "
            "reported, citing officials. Bulgaria's government said the GPS signal in the area "
            'had been jammed. A Commission spokesperson said "threats and intimidation" were a '
            "regular feature of Russia's behaviour and that the EU would respond by stepping up "
            "defence spending. The Kremlin dismissed the accusation. Interference with satellite "
            "navigation has increased sharply around the Baltic and Black Sea since 2022, with "
            "airlines reporting thousands of incidents a month. Flight-tracking data published "
            "later by an independent researcher suggested the plane's signal had been normal and "
            "the delay shorter than reported. Von der Leyen was on a tour of countries bordering "
            "Russia and Belarus."
        ),
        "military",
    ),
    (
        "Finnair suspends Tartu route for a month over GPS interference",
        (
            "Finnair said on Monday it would suspend its flights between Helsinki and the "
            "Estonian city of Tartu for a month after two of its aircraft were forced to abort "
            "landings and return to Helsinki because of interference with their satellite "
            "navigation signals. The airline said Tartu airport relies on a GPS-based approach "
            "and has no alternative ground equipment to guide pilots in poor visibility. "
            "Estonia's foreign minister said Russia was responsible for the jamming, calling it "
            "part of a wider hybrid campaign against the country, and summoned a senior Russian "
            "diplomat. Estonia's transport authority said the airport would install a "
            "distance-measuring system to allow landings without satellite navigation. Finnish "
            "and Baltic aviation officials have reported a surge in jamming since 2022, much of "
            "it believed to come from the Russian exclave of Kaliningrad and the area around St "
            "Petersburg. Pilots say they are trained to switch to other navigation systems when "
            "the signal is lost. The Helsinki-Tartu route carries about 1,000 passengers a month."
        ),
        "military",
    ),
    (
        "Rafales, Tejas and a Dakota fly over Kartavya Path in Republic Day flypast",
        (
            "Forty-one aircraft of the Indian Air Force, Navy and Army roared over New Delhi's "
            "Kartavya Path on Friday in the flypast that closes the Republic Day parade, watched "
            "by French President Emmanuel Macron, this year's chief guest. Rafale jets drew a "
            '"vertical charlie" in the sky over the saluting base, and a formation of three Tejas '
            "light combat aircraft flew past in an arrowhead. A vintage Dakota transport, "
            "restored by the air force, led a formation of Dornier aircraft. For the first time, "
            "the marching contingents of all three services were led by women officers. Parts of "
            "central Delhi were closed to traffic from early morning, and flights at Indira "
            "Gandhi International Airport were restricted for about two hours while the airspace "
            "was cleared. Schoolchildren waved flags from the stands as the aircraft passed. The "
            "Ministry of Defence said the parade showcased weapons built in India, including the "
            "Akash missile system and the Pinaka rocket launcher."
        ),
        "military",
    ),
    (
        "China shows off J-35A stealth fighter at Zhuhai air show",
        (
            "China's new J-35A stealth fighter made its public debut at the Zhuhai air show on "
            "Tuesday, performing rolls and a steep climb in front of crowds and foreign military "
            "delegations, in what analysts said was a signal of the air force's fast "
            "modernisation. The twin-engine jet, built by Shenyang Aircraft Corporation, makes "
            "China only the second country after the United States to operate two types of "
            "stealth fighter. Russia's Su-57 also flew at the show, its first appearance outside "
            "Russia in years. Exhibitors displayed large unmanned aircraft, air defence systems "
            'and a drone "mothership" designed to release swarms of smaller drones. The biennial '
            "China International Aviation and Aerospace Exhibition is also a showcase for the "
            "civilian industry, and Comac used it to announce orders for its C919 narrow-body "
            'jet. "The pace of Chinese development is remarkable," a Western defence attache said '
            "on the sidelines. The Pentagon has estimated that China's air force will field "
            "several hundred fifth-generation fighters by the end of the decade."
        ),
        "military",
    ),
    (
        "Taiwan fighters land on highway in Han Kuang drills as flights rescheduled",
        (
            "Taiwanese F-16 and Mirage 2000 fighter jets landed on a stretch of highway in the "
            "southern county of Pingtung on Wednesday as part of the annual Han Kuang military "
            "exercises, which simulate the response to a Chinese invasion. The jets were "
            "refuelled and loaded with dummy missiles before taking off again within minutes, "
            "while soldiers with rifles guarded the road. Several domestic flights from Kaohsiung "
            "and Taichung were rescheduled as airspace was temporarily restricted, the Civil "
            "Aeronautics Administration said. President Lai Ching-te watched part of the drill "
            "and said the island must be ready to defend itself. This year's exercises run for "
            "ten days, the longest ever, and involve 22,000 reservists. China's defence ministry "
            "called the drills provocative. Air raid sirens sounded across the island in the "
            "afternoon as part of a civil defence exercise, and residents were told to stay "
            "indoors for 30 minutes."
        ),
        "military",
    ),
    (
        "RAF Typhoons scrambled to shadow Russian aircraft near Estonian airspace",
        (
            "Royal Air Force Typhoon jets based in Estonia were scrambled twice on Tuesday to "
            "intercept Russian military aircraft flying near NATO airspace over the Baltic Sea, "
            "Britain's Ministry of Defence said. The jets identified an Il-20 Coot surveillance "
            "plane and, later, a Su-30 fighter escorting it, both of which were flying without "
            'transponders or flight plans. "Our pilots escorted the aircraft until they left our '
            'area of interest," a spokesperson said. No shots were fired, and the encounter was '
            "described as safe and professional. The RAF is in Estonia as part of NATO's Baltic "
            "air policing mission, which the alliance has run since the three countries joined in "
            "2004. Civilian air traffic controllers in Tallinn said the Russian planes were a "
            "hazard because they could not be seen on secondary radar. Russia's defence ministry "
            "said its aircraft had flown over neutral waters in line with international rules. "
            "Intercepts of this kind happen dozens of times a year."
        ),
        "military",
    ),
    (
        "Copenhagen airport shut for hours after large drones circle over runways",
        (
            "Copenhagen Airport halted all take-offs and landings for nearly four hours on Monday "
            "night after police received reports of two or three large drones flying over the "
            "airfield, diverting dozens of flights to Aarhus, Billund and Gothenburg. Oslo's "
            "Gardermoen airport closed its airspace for several hours on the same night after "
            'similar sightings. Danish police said the drones had been flown by a "capable actor" '
            "in what appeared to be a show of strength, but they had not been able to identify "
            "the operator or bring the drones down. Prime Minister Mette Frederiksen called it "
            "the most serious attack on Danish critical infrastructure so far, and said she could "
            "not rule out Russian involvement. The Kremlin rejected the suggestion. About 20,000 "
            "passengers were affected, the airport said. Later in the week drones were seen near "
            "several Danish military bases and Aalborg airport, and the government banned all "
            "civilian drone flights in the country for several days. Nobody was injured. The "
            "Danish defence ministry said it had no capability to shoot down drones over a "
            "built-up area such as Kastrup without risking harm to people on the ground. Denmark "
            "later said it would buy new detection equipment and asked the European Union to "
            'speed up plans for a "drone wall" along its eastern flank. Airline executives said '
            "the closures showed how vulnerable Europe's busiest airports were to cheap aircraft. "
            "Police asked anyone who had filmed the drones to send their footage."
        ),
        "military",
    ),
    (
        "Red Arrows lead King's Birthday flypast as F-35s join for the first time",
        (
            "More than 70 military aircraft flew over central London on Saturday in the flypast "
            "that closes Trooping the Colour, the annual ceremony marking the King's official "
            "birthday, the Ministry of Defence said. The Red Arrows trailed red, white and blue "
            "smoke over Buckingham Palace as the royal family watched from the balcony, followed "
            "by formations of Typhoons, a Voyager tanker, Chinook helicopters and, for the first "
            "time, F-35B Lightning jets. Crowds on the Mall cheered as the aircraft passed at "
            "about 1,000 feet. Heathrow and London City adjusted arrival routes for about 20 "
            "minutes while the airspace was closed. The flypast was cut short two years ago "
            "because of low cloud, to the disappointment of spectators. RAF planners spend months "
            "working out timings so that aircraft from bases as far away as Lossiemouth arrive "
            'over the palace within seconds of each other. "It never gets old," said a retired '
            "engineer who has watched every year since 1977."
        ),
        "military",
    ),
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
