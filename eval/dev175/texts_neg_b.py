"""dev175 hard negatives (2 of 4): airport strikes and peaceful protests against tourism, ceasefires
and peace deals that reopen routes, and tourism to the sites and anniversaries of past wars
(eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "French air traffic controllers' strike forces Ryanair to cancel 400 flights",
        "Ryanair cancelled more than 400 flights on Friday, most of them overflying France, "
        "as air traffic controllers walked out in the latest of a series of strikes against "
        "the government's pension reform. The French civil aviation authority, the DGAC, "
        "asked airlines to reduce their schedules at Paris Orly by a third and at Marseille, "
        "Nice and Bordeaux by half. Ryanair chief executive Michael O'Leary said it was "
        '"unacceptable" that flights between Britain and Spain or Italy were cancelled '
        "because of French strikes, and called on the European Commission to protect "
        "overflights. easyJet and Vueling also cancelled services. Unions said turnout among "
        "controllers was high and that further walkouts were planned for next week. "
        "Passengers at Stansted and Dublin described being told of cancellations at the gate. "
        "Airlines for Europe, a lobby group, says French strikes have caused more "
        "cancellations than those of any other country in recent years. Travellers were "
        "advised to check their flight status before setting out.",
        "protest",
    ),
    (
        "Barcelona protesters spray tourists with water pistols in march against mass tourism",
        "Thousands of people marched through central Barcelona on Saturday to protest against "
        "mass tourism, with some spraying diners at restaurant terraces on Las Ramblas with "
        'water pistols and chanting "Tourists go home". Police put the turnout at 2,800, '
        "while organisers said more than 20,000 took part. Protesters taped off hotel "
        "entrances with symbolic cordons and carried banners demanding lower rents and limits "
        "on cruise ship arrivals. No arrests were reported. The city, which welcomed more "
        "than 12 million visitors last year, has announced that it will stop issuing licences "
        "for holiday apartments by 2028. Residents say short-term rentals have pushed up "
        "housing costs and emptied neighbourhoods like the Gothic Quarter of local shops. "
        "Mayor Jaume Collboni said the city needed tourism but had to manage it better. "
        "Similar protests have been held in Málaga, Palma and the Canary Islands this summer, "
        "and some tour operators have told customers to expect more.",
        "protest",
    ),
    (
        "Climate activists glue themselves to Munich airport runway access road, halting flights",
        "Climate activists cut through a fence at Munich airport early on Thursday and glued "
        "themselves to an access road near the northern runway, forcing the airport to halt "
        "flights for about two hours, police said. Six members of Letzte Generation, the "
        "group known in English as Last Generation, were detained and removed from the tarmac "
        "with solvent and tools. Lufthansa said dozens of departures and arrivals were "
        "delayed or cancelled on one of the busiest days of the school holidays. Police said "
        "the protesters had put themselves and others at risk by entering a secure area. The "
        "group said it was acting to demand that Germany stop using fossil fuels by 2030. "
        "German airport operators have urged the government to make such incursions a "
        "criminal offence, and the cabinet has approved plans to do so. Passengers stranded "
        "in the terminal expressed frustration at the disruption. It was the third such "
        "protest at a German airport this summer.",
        "protest",
    ),
    (
        "Lufthansa ground staff strike strands 100,000 passengers",
        "Lufthansa cancelled almost all of its flights from Frankfurt and Munich on Wednesday "
        "as ground staff belonging to the Verdi union walked out for 27 hours over pay, "
        "affecting about 100,000 passengers, the airline said. Check-in desks were closed and "
        "terminals largely empty as travellers had been told the day before not to come to "
        "the airport. Verdi is demanding a 12.5% rise for some 25,000 ground workers, "
        "including technicians and baggage handlers, while Lufthansa has offered a smaller "
        'increase over a longer period. The airline said the strike was "completely '
        'excessive" and would cost it tens of millions of euros. Separately, pilots of its '
        "Discover leisure subsidiary are in a dispute of their own, and cabin crew union UFO "
        "has threatened walkouts. Germany has seen a series of transport strikes this year, "
        "including on the railways. Both sides said they would return to talks next week. "
        "Passengers on domestic routes were offered rail vouchers.",
        "protest",
    ),
    (
        "Venice residents march against day-tripper fee on its first weekend",
        "Hundreds of Venetians marched from Piazzale Roma to the Rialto on Saturday against "
        "the city's new entry charge for day visitors, saying it turns the city into a theme "
        'park. Protesters carried banners reading "No to Veniceland", and police briefly held '
        "the march at a bridge before letting it continue; it passed off peacefully. The €5 "
        "fee, which applies on busy days from April to July, is being trialled to manage "
        "crowds in the historic centre, which has fewer than 50,000 residents and welcomes "
        "millions of visitors a year. City officials said more than 15,000 visitors paid on "
        'the first day, and that the scheme was about "a new balance" between tourists and '
        "residents. Critics said the fee did nothing to tackle the shortage of housing or the "
        "loss of services. Visitors staying overnight in hotels are exempt, as are residents "
        "of the Veneto. UNESCO had considered adding Venice to its list of World Heritage in "
        "Danger. Some visitors said they did not mind paying if it helped the city.",
        "protest",
    ),
    (
        "Canary Islands hunger strikers end protest as thousands march against tourism model",
        "Thousands of people marched in Tenerife, Gran Canaria and other Canary Islands on "
        'Saturday under the slogan "Canarias tiene un límite", the Canaries have a limit, '
        "demanding curbs on tourism development and short-term lets. Protesters filled the "
        "streets of Santa Cruz de Tenerife, and organisers put turnout across the islands at "
        "tens of thousands. Several activists who had been on hunger strike for nearly three "
        "weeks against two hotel projects in the south of Tenerife ended their fast the same "
        "day, citing their health. The islands welcomed some 16 million foreign visitors last "
        "year, and locals say wages have not kept up with rising rents. The regional "
        "government said it would present a law to regulate holiday rentals. Tourism "
        "businesses warned against alienating visitors. British holidaymakers, the largest "
        "group, were told by tour operators that the protests were peaceful and directed at "
        "the authorities, not at tourists. Police reported no incidents.",
        "protest",
    ),
    (
        "Airlines return to Tel Aviv as Israel-Iran ceasefire holds",
        "Foreign airlines began returning to Ben Gurion airport on Wednesday as a ceasefire "
        "between Israel and Iran announced by US President Donald Trump held for a second "
        "day, ending 12 days of war in which the two sides traded strikes. Israel's airports "
        "authority said it expected to return to a full schedule within days after passengers "
        "were allowed to fly out for the first time since the fighting began. Wizz Air and "
        "flydubai were among the first to announce their return, while Lufthansa and British "
        "Airways said they would resume later in the summer. El Al, which had run a rescue "
        "operation to bring home tens of thousands of Israelis stranded abroad, said it would "
        "add flights. Iranian airspace reopened to overflights in the east of the country. "
        "Aviation analysts said the return of the region's carriers to normal routes would "
        "save fuel and time on flights between Europe and Asia. Airline shares rose. Travel "
        "insurers said they would resume selling cover for Israel once advisories were "
        "revised.",
        "peace",
    ),
    (
        "First Addis Ababa-Asmara flight in 20 years lands to tears and flowers",
        "An Ethiopian Airlines Boeing 787 landed in Asmara on Wednesday, the first commercial "
        "flight between the two capitals in two decades, following the peace deal that ended "
        "a long state of war between Ethiopia and Eritrea. Passengers waved flags and some "
        "wept as they stepped down the stairs to a welcome of dancers and flowers. Many were "
        "Ethiopians and Eritreans separated from relatives since the border war of 1998-2000 "
        "and the hostile standoff that followed. The flight sold out within hours of going on "
        "sale, the airline said, and it would operate daily. Phone lines between the two "
        "countries were restored last week. Ethiopia's prime minister, Abiy Ahmed, and "
        "Eritrea's president, Isaias Afwerki, signed a joint declaration this month saying "
        'the "state of war" was over. Businesses on both sides are eyeing trade through the '
        "port of Assab. Eritrea, one of the world's least visited countries, has long "
        "required special permits for travel outside the capital.",
        "peace",
    ),
    (
        "Caño Cristales reopens to visitors after decades shut by the war",
        'The "river of five colours" at Caño Cristales in Colombia\'s Meta department is '
        "welcoming record numbers of visitors, a year after the government signed a peace "
        "accord with the FARC guerrillas, who once controlled the surrounding mountains. "
        "Local guides, some of them former fighters, now lead groups along the river to see "
        "the red aquatic plants that bloom between July and November. The town of La "
        "Macarena, reachable only by small planes from Bogotá and Villavicencio, reports that "
        "its hotels are full on weekends. Park authorities have capped visitor numbers to "
        "protect the fragile ecosystem. For most of the conflict the area was off limits to "
        "tourists, and the few who came were flown in under military escort. Colombia's "
        'tourism ministry has made "post-conflict" destinations a centrepiece of its '
        "marketing, pointing to the Sierra Nevada, the Pacific coast and the Amazon. The UK "
        "Foreign Office has relaxed its advice for parts of Meta. Guides say visitors ask "
        "them about the war, and they answer.",
        "peace",
    ),
    (
        "Thai-Cambodian ceasefire holds as border towns wait for crossings to reopen",
        "Traders and tour operators in Thailand's Sa Kaeo and Surin provinces say they are "
        "waiting for the land crossings to Cambodia to reopen, a month after a ceasefire "
        "agreed in Kuala Lumpur ended five days of border fighting. Both governments say the "
        "truce is holding and observers from ASEAN have begun visiting border posts. At "
        "Aranyaprathet, where thousands of people a day used to cross to the casinos of "
        "Poipet and on to Siem Reap, stalls are shuttered and the market is quiet. Hotels in "
        "Surin report few guests beyond journalists and officials. The Thai foreign ministry "
        "says discussions on reopening crossings will take place at the next meeting of the "
        "joint border committee. Airlines are still flying between Bangkok and Phnom Penh, "
        "and some operators now offer Angkor tours by air instead of by road. Travel "
        "advisories warning against visits near the border remain in place. Residents who "
        "left their homes during the fighting have returned, local officials said.",
        "peace",
    ),
    (
        "Armenia and Azerbaijan peace deal raises hopes for Caucasus travel routes",
        "A peace declaration signed by the leaders of Armenia and Azerbaijan in Washington "
        "has raised hopes among tour operators that travellers could soon cross the border "
        "between the two countries for the first time in decades. The agreement includes a "
        "plan for a transport corridor across southern Armenia, which would link Azerbaijan "
        "to its Nakhchivan exclave and, eventually, to Turkey. Operators in Tbilisi, which "
        "sell tours combining the three South Caucasus countries, say clients now have to fly "
        'or travel via Georgia. "A direct crossing would change everything," said one. The '
        "land border between the two countries has been closed since the war of the early "
        "1990s, and flights between Yerevan and Baku do not exist. Both governments said that "
        "the treaty still needed to be signed and ratified. Armenia's tourism committee said "
        "visitor numbers rose to a record last year. Azerbaijan has promoted Baku as a "
        "conference and events destination, hosting Formula 1 and a UN climate summit.",
        "peace",
    ),
    (
        "Second World War bomb in Thames closes London City Airport",
        "London City Airport was closed on Monday after an unexploded Second World War bomb "
        "was found in the River Thames next to the runway, forcing the cancellation of all "
        "its flights. The Metropolitan Police set up a 214-metre exclusion zone and evacuated "
        "nearby homes while Royal Navy divers worked to free the device from the silt. The "
        "500 kg German shell was discovered on Sunday during planned works at the King George "
        "V Dock. The airport said about 16,000 passengers had been affected and advised them "
        "to contact their airlines. The navy later towed the bomb down the river and "
        "detonated it in a controlled explosion off Shoeburyness. Unexploded bombs from the "
        "Blitz are still found regularly around London, particularly in the docks.",
        "history",
    ),
    (
        "Fifty years on, Americans and Vietnamese crowd the Cu Chi tunnels",
        "Half a century after the fall of Saigon, the Cu Chi tunnels northwest of Ho Chi Minh "
        "City are busier than ever. Visitors, including a growing number of American veterans "
        "and their families, squeeze into the narrow passages dug by Viet Cong guerrillas and "
        "fire AK-47s at a shooting range. Tour guides explain booby traps and the underground "
        "kitchens built to hide smoke from US aircraft. The site has become one of Vietnam's "
        "most visited attractions, drawing more than a million people a year, many of them on "
        "half-day trips from the city's backpacker district. Vietnam marked the 50th "
        "anniversary of the end of the war on April 30 with a parade and fireworks. Some "
        'veterans say coming back has helped them make peace with their memories. "The people '
        'here have been nothing but kind," said a former Marine from Ohio. Tour companies '
        "report rising demand for combined trips to the old demilitarised zone and Hue.",
        "history",
    ),
    (
        "D-Day 80: hotels full and roads closed as Normandy marks anniversary",
        "Hotels, guesthouses and campsites across Normandy were booked out for the 80th "
        "anniversary of the D-Day landings, with tourism officials saying the region expected "
        "hundreds of thousands of visitors over the commemorations. Heads of state, including "
        "the US and French presidents and King Charles, attended ceremonies at Omaha Beach "
        "and the British Normandy Memorial. Roads along the coast were closed to traffic for "
        "security, and visitors were required to register for access to the main sites. "
        "Veterans, most of them now aged over 98, were given a guard of honour. Reenactors in "
        "period uniforms drove restored jeeps through Sainte-Mère-Église, where a parachute "
        "drop was staged. Local businesses said the anniversary had brought a boost after a "
        "slow spring. Museums at Arromanches and Caen extended opening hours. Brittany "
        "Ferries added sailings from Portsmouth.",
        "history",
    ),
    (
        "Sarajevo's siege tours draw a new generation of visitors",
        "Three decades after the end of the siege of Sarajevo, the tunnel museum near the "
        "airport has become one of Bosnia's most visited sites. Tour guides, many of whom "
        "were children during the war, take visitors through a surviving stretch of the "
        'passage that kept the city supplied, and show them the "Sarajevo roses", mortar '
        "scars on the pavement filled with red resin. Bookings have risen sharply since the "
        "pandemic, with visitors from Turkey, the Gulf and Western Europe. Some Bosnians say "
        "the focus on the war risks eclipsing the city's Ottoman and Austro-Hungarian "
        'heritage and its cafes and film festival. "People come for the war and leave talking '
        'about the food," said one guide. Flydubai, Wizz Air and Pegasus have added routes to '
        "the city.",
        "history",
    ),
    (
        "Kigali Genocide Memorial sees record visitors during Kwibuka 30",
        "The Kigali Genocide Memorial received a record number of visitors during the week of "
        "commemorations marking the 30th anniversary of the 1994 genocide against the Tutsi, "
        "in which some 800,000 people were killed over 100 days. Foreign heads of state, "
        "including former US president Bill Clinton, laid wreaths at the memorial, where more "
        "than 250,000 victims are buried. Rwanda's tourism board says the memorial has become "
        "a stop on nearly every itinerary, alongside gorilla trekking in Volcanoes National "
        "Park. Hotels in the capital were full for the week. Visitors are asked to follow "
        "guidelines on photography and conduct. President Paul Kagame lit the flame of "
        "remembrance, which burns for 100 days. Survivors' groups said the anniversary was "
        "also a time to confront genocide denial. RwandAir said it had laid on extra capacity "
        "from Europe and East Africa.",
        "history",
    ),
]
