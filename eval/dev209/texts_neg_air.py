"""dev209 negatives, airlines and airports: crashes, controllers' and cabin crews' strikes, a drone
scare, volcanoes and floods, results and rerouting, sponsorship, a television thriller, screening,
drills and runway politics, 2018-2025.

NEGATIVES = [(title, text, kind code), ...]; kind codes as in eval/conflictset.
"""

NEGATIVES = [
    (
        "Jeju Air crash: investigators examine bird strike and runway embankment after 179 die",
        "South Korean investigators on Monday began examining the flight recorders of the Jeju Air "
        "Boeing 737-800 that crashed at Muan international airport, killing 179 of the 181 people "
        "on board in the country's worst air disaster. The plane, arriving from Bangkok, landed on "
        "its belly without its landing gear deployed, skidded off the end of the runway and hit a "
        "concrete embankment that housed navigation antennas, bursting into flames. Two flight "
        "attendants in the tail section were pulled from the wreckage alive. Minutes earlier the "
        "control tower had warned the pilots of a bird strike risk, and the captain declared a "
        "mayday. Transport ministry officials said they would look at why the gear did not come "
        "down and whether the embankment, about 250 metres beyond the runway end, should have been "
        "built of breakable material. Acting president Choi Sang-mok declared seven days of national "
        "mourning and ordered an emergency inspection of all 101 Boeing 737-800s operated by Korean "
        "airlines. Relatives waited in the terminal building through the night as names were read "
        "out. Most of the passengers were returning from Christmas holidays in Thailand. Jeju Air's "
        "chief executive, Kim E-bae, bowed deeply at a news conference and said the company took "
        "full responsibility. The carrier said it would cut its winter schedule by up to 15% to "
        "give engineers more time for checks. Shares in the airline fell as much as 15% in Seoul.",
        "accident",
    ),
    (
        "Army helicopter and regional jet collide over Potomac, killing 67",
        "An American Eagle regional jet approaching Ronald Reagan Washington National airport "
        "collided with a US Army Black Hawk helicopter on Wednesday night and both aircraft fell "
        "into the Potomac river, killing all 67 people on board. The CRJ700, operated by PSA "
        "Airlines for American, was flying from Wichita with 60 passengers and four crew. The "
        "helicopter, with three soldiers aboard, was on a night training flight along a route that "
        "runs close to the airport's approach paths. Divers worked in freezing water and darkness "
        "to recover bodies, and officials said there were no survivors. Among the passengers were "
        "young figure skaters and their coaches returning from a development camp. The National "
        "Transportation Safety Board said the helicopter appeared to have been flying above its "
        "permitted altitude, and that only one controller was handling both helicopters and planes "
        "at the time. Reagan National reopened on Thursday morning. The Federal Aviation "
        "Administration later restricted helicopter traffic around the airport indefinitely.",
        "accident",
    ),
    (
        "JAL jet in flames after runway collision at Haneda; all 379 escape",
        "All 379 people on board a Japan Airlines Airbus A350 escaped down emergency slides on "
        "Tuesday evening after the jet collided with a coast guard aircraft on landing at Tokyo's "
        "Haneda airport and burst into flames. Five of the six crew of the smaller coast guard "
        "plane, a Dash-8 that was due to carry relief supplies to areas hit by the New Year's Day "
        "earthquake on the Noto peninsula, were killed. Its captain was badly hurt. Transcripts "
        "released by the transport ministry showed that the coast guard plane had been told to taxi "
        "to a holding point, not to enter the runway. Passengers said cabin crew kept them calm "
        "in a smoke-filled cabin, and the evacuation took about 18 minutes. The Airbus burned for "
        "hours.",
        "accident",
    ),
    (
        "French air traffic controllers' strike grounds 1,500 flights as Ryanair fumes",
        "A two-day strike by French air traffic controllers forced airlines to cancel about 1,500 "
        "flights on Thursday and Friday, at the start of the summer holidays, hitting passengers "
        "flying over France as well as those to and from its airports. The civil aviation "
        "authority, DGAC, asked carriers to cut their schedules by up to half at Paris, Nice, Lyon "
        "and Marseille. The UNSA-ICNA union is protesting against staff shortages, outdated "
        "equipment and a new system for clocking in. Ryanair said it had cancelled more than 400 "
        "flights affecting 70,000 passengers, most of them overflying French airspace between Spain, "
        "Britain and Italy. Its chief executive, Michael O'Leary, called the walkout an attack on "
        "European families and again asked the European Commission to protect overflights during "
        "strikes. Easyjet, Wizz Air and Air France also cut services. Transport minister Philippe "
        "Tabarot said the demands were \u201cunacceptable\u201d in their timing. Airlines for "
        "Europe, the industry lobby, estimated that French ATC strikes had cost its members hundreds "
        "of millions of euros over the past decade.",
        "protest",
    ),
    (
        "Air Canada flight attendants defy back-to-work order as strike enters third day",
        "Air Canada's flight attendants stayed off the job on Monday in defiance of an order from "
        "the federal labour board, keeping the country's largest airline grounded for a third day "
        "and stranding more than 100,000 travellers a day at the height of the summer season. About "
        "10,000 members of the Canadian Union of Public Employees walked out early on Saturday "
        "after talks on pay and unpaid work on the ground broke down. Ottawa used its powers "
        "under the labour code within hours to refer the dispute to binding arbitration, but the "
        "union's leaders said they would not return. \u201cIf that means people go to jail, so be "
        "it,\u201d said Mark Hancock, the union's national president, outside a picket at Toronto "
        "Pearson. Air Canada suspended its plan to restart flights and said about 700 departures a "
        "day would be cancelled. Flight attendants in orange T-shirts marched in front of terminals "
        "in Montreal, Vancouver and Calgary. Jobs minister Patty Hajdu urged both sides back to the "
        "table. The strike does not affect Air Canada Jazz or PAL Airlines, which fly some regional "
        "routes under the Air Canada Express brand.",
        "protest",
    ),
    (
        "Gatwick drone chaos: airport reopens after 36 hours as police hunt operator",
        "Gatwick airport reopened on Friday morning after sightings of drones over the airfield "
        "forced it to close its runway for about 36 hours, disrupting roughly 1,000 flights and "
        "the Christmas travel of 140,000 passengers. Sussex Police said there had been more than 40 "
        "sightings since Wednesday evening and that the drones were being flown deliberately, but "
        "that there was no indication of terrorism. The army deployed specialist equipment to the "
        "airport, and officers were authorised to shoot the devices down if they could. Passengers "
        "slept on terminal floors, and some flights were diverted as far as Amsterdam and Paris. "
        "Transport secretary Chris Grayling called the incident \u201cunprecedented\u201d. Two "
        "people from Crawley were arrested on suspicion of disrupting civil aviation, and later "
        "released without charge. Airlines said the cost ran into tens of millions of pounds. The "
        "government said it would widen the exclusion zone around airports and require drone "
        "operators to register. Nobody has been convicted.",
        "crime",
    ),
    (
        "Volcanic ash over Flores grounds Bali flights for a third day",
        "Jetstar, Virgin Australia and Qantas cancelled flights to and from Bali for a third day on "
        "Thursday as ash from Mount Lewotobi Laki-laki on the island of Flores drifted across flight "
        "paths, stranding thousands of tourists. The volcano erupted again on Wednesday, sending a "
        "column of ash 9 km into the sky, Indonesia's volcanology agency said. Authorities closed "
        "the airport at Maumere and widened the exclusion zone around the crater to 9 km. At least "
        "nine people were killed when hot rocks and ash fell on villages at the foot of the mountain "
        "on Sunday night, and more than 10,000 residents have been evacuated to shelters and "
        "relatives' homes. Bali's Ngurah Rai airport itself remained open, and domestic carriers "
        "including Garuda and Lion Air kept flying. Airlines said they would check conditions every "
        "few hours with the Darwin volcanic ash advisory centre. Hotels in Kuta and Seminyak offered "
        "discounts to guests who could not leave. Disaster officials said the alert would stay at "
        "its highest level.",
        "disaster",
    ),
    (
        "Dubai airport diverts flights and halts check-in after record rainfall",
        "Dubai International, the world's busiest airport for international passengers, diverted "
        "dozens of inbound flights and suspended check-in for departing Emirates passengers on "
        "Wednesday after the heaviest rainfall in the United Arab Emirates since records began 75 "
        "years ago. Some parts of the country received more than 250 mm of rain in 24 hours, "
        "flooding roads, the metro and the taxiways. Footage showed aircraft taxiing through water "
        "that reached their engines. Emirates said it had cancelled more than 400 flights over two "
        "days, and its president, Tim Clark, apologised to passengers who had slept in terminals. "
        "Flydubai said it had cancelled all departures until Thursday morning. At least one person "
        "died in Ras al-Khaimah when his car was swept away. The airport's chief executive, Paul "
        "Griffiths, said it would take days to restore the full schedule. Meteorologists linked the "
        "storm to a low-pressure system that also brought flooding to Oman, where 18 people were "
        "killed. Officials dismissed claims that cloud seeding had caused the floods.",
        "disaster",
    ),
    (
        "IAG posts record profit as transatlantic boom gives it a war chest for Europe",
        "British Airways owner IAG reported a record operating profit of \u20ac4.4bn for 2024 on "
        "Friday, helped by strong demand on routes across the Atlantic and lower fuel costs, and said "
        "it would return up to \u20ac1bn more to shareholders. Chief executive Luis Gallego said the "
        "group was in a good position to fight for market share in Europe, where rivals Air "
        "France-KLM and Lufthansa are battling for control of smaller carriers. IAG's shares rose "
        "about 7% in London. The group, which also owns Iberia, Aer Lingus and Vueling, said "
        "delays to engine deliveries from Pratt & Whitney and Rolls-Royce would limit growth this "
        "year. It withdrew from buying Air Europa last year after Brussels demanded too many "
        "concessions. Analysts at Jefferies said BA's punctuality problems at Heathrow remained a "
        "weak spot, and that a price war on short-haul routes with low-cost airlines would keep "
        "fares under pressure.",
        "economy",
    ),
    (
        "Finnair cuts Asia routes as detours around closed Russian airspace add hours",
        "Finnair said on Wednesday it would drop its flights to Osaka and cut frequencies to Seoul "
        "next year, because the detour it must fly around Russian airspace has made the routes "
        "unprofitable. Since Russia closed its skies to European airlines in response to EU "
        "sanctions in early 2022, flights from Helsinki to Tokyo have taken a polar route over the "
        "Arctic that adds up to four hours. The longer flights burn about 40% more fuel, and "
        "Chinese airlines, which can still cross Siberia, have undercut European carriers on "
        "fares. Finnair's business model had been built on short connections between Asia and "
        "Europe through Helsinki, which its chief executive Topi Manner said had been \u201cturned "
        "upside down\u201d by the war. The airline has moved some of its long-haul aircraft to "
        "flights to India and the Middle East, and leased others with crew to Qantas. It reported a "
        "quarterly operating profit of \u20ac43m, ahead of forecasts. Lufthansa has asked Brussels "
        "to ban Chinese airlines from overflying Russia on flights to Europe.",
        "economy",
    ),
    (
        "Emirates extends Arsenal deal as Gulf airlines battle for football's shirt fronts",
        "Emirates has extended its sponsorship of Arsenal until 2028, keeping its name on the "
        "Gunners' shirts and on their stadium in north London in a deal worth about \u00a3280m, "
        "the club said on Monday. The Dubai carrier has sponsored Arsenal since 2006 and also backs "
        "Real Madrid, AC Milan and Benfica. Rival Gulf airlines have moved aggressively into the "
        "sport: Etihad sponsors Manchester City and Qatar Airways signed a shirt deal with Paris "
        "Saint-Germain. Arsenal's chief executive Vinai Venkatesham said the partnership had been "
        "part of the club's story through the lean years and its recent title challenges. "
        "Marketing analysts said the value of shirt deals had risen as Premier League clubs sold "
        "more overseas. The extension was announced days before Arsenal travel to Manchester for a "
        "top-of-the-table clash that could decide the title race. Mikel Arteta's side, who have "
        "the division's meanest defence, host the airline's staff at a training session each "
        "season. Emirates said it would also sponsor the club's women's team, which plays some "
        "matches at the Emirates Stadium.",
        "sport",
    ),
    (
        "Pilots say Apple's 'Hijack' thriller gets cockpit security wrong",
        "Idris Elba's airborne thriller \u201cHijack\u201d has become one of Apple TV+'s most "
        "watched series, but pilots and cabin crew say it takes liberties with how an airliner "
        "would respond to a takeover. The seven-part drama, shot in real time, follows a "
        "corporate negotiator who tries to talk down armed men who seize a flight from Dubai to "
        "London. Some pilots posted that the reinforced cockpit door, introduced after 2001, would "
        "make the hijackers' entry far harder than the series suggests. Others praised its "
        "depiction of the ground: air traffic controllers at Swanwick, the RAF scrambling jets, "
        "and a crisis room in Whitehall. The British Airline Pilots Association said it had "
        "received questions from nervous passengers and reassured them that procedures had "
        "changed a great deal. The show's writers said they had consulted former pilots and "
        "security officials but had compressed events for drama. A second season, set on a "
        "train, has been commissioned.",
        "entertainment",
    ),
    (
        "Asian airports step up screening for mpox after WHO emergency declaration",
        "Airports in Thailand, the Philippines, Pakistan and China began screening arriving "
        "passengers for symptoms of mpox this week, after the World Health Organization declared a "
        "public health emergency of international concern over a new strain spreading in Africa. "
        "Thailand reported its first suspected case of the clade Ib strain on Thursday, a European "
        "man who had arrived from an African country. Health officials at Bangkok's Suvarnabhumi "
        "airport said travellers from 42 countries would be asked to fill in health forms and have "
        "their temperature checked. China said it would monitor people and goods entering the "
        "country for the next six months. Pakistan's health ministry ordered screening at all "
        "international airports after three cases in travellers from the Gulf. The WHO said it did "
        "not recommend travel restrictions. Airlines reported no drop in bookings. Most cases so far "
        "have been in the Democratic Republic of Congo, where vaccination has begun in the east.",
        "health",
    ),
    (
        "Taoyuan airport halts flights for air-raid drill as Han Kuang exercise begins",
        "Taiwan's main international airport stopped all departures for half an hour on Wednesday "
        "afternoon as the island held its first air-raid drill of this year's Han Kuang military "
        "exercise, the largest in its history. Passengers at Taoyuan were guided to shelters "
        "in the terminal basements while sirens sounded across northern Taiwan, and traffic on "
        "highways was stopped. The ten-day exercise involves 22,000 reservists and rehearses "
        "responses to a Chinese blockade or invasion, including the defence of airports and "
        "ports. Marines practised retaking a pier at Taipei port, and fighter jets landed on a "
        "stretch of motorway in Chiayi county. China Airlines and EVA Air said about 40 flights "
        "were delayed. Defence minister Wellington Koo said the drills were designed to be as close "
        "as possible to real combat. Beijing called the exercise a provocation. Some residents "
        "complained on social media that they had received the alert messages late.",
        "military",
    ),
    (
        "Reeves backs third Heathrow runway, reopening a decades-old battle",
        "Chancellor Rachel Reeves gave her backing to a third runway at Heathrow on Wednesday, "
        "saying Britain could no longer afford to duck decisions on growth, and reopening one of the "
        "longest-running fights in British politics. The airport said it would submit plans within "
        "months and that the runway could open within ten years at a cost of about \u00a349bn, paid "
        "for by private investors. London mayor Sadiq Khan said he remained opposed, and "
        "environmental groups promised legal challenges. Ed Miliband, the energy secretary, who has "
        "opposed expansion in the past, said any plan would have to meet climate targets. "
        "Residents of Harmondsworth, which would be largely demolished, said they had been fighting "
        "the plans since 2003. Rival Gatwick welcomed the speech, which also supported its own "
        "second runway. Airlines warned that passengers should not have to pay for the runway "
        "through higher charges.",
        "politics",
    ),
]
