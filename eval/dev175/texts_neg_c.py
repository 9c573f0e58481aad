"""dev175 hard negatives (3 of 4): exercises, drills, missile tests, drones and jamming without
violence, epidemics, travel bans and airspace politics, fare wars and the cost of wars elsewhere
(eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Air Defender 2023: what NATO's biggest air exercise means for your summer flights",
        "Airlines have warned passengers to expect delays over northern and southern Germany "
        "during the next two weeks as NATO's largest air deployment exercise since the "
        "alliance was founded takes up large blocks of airspace. Air Defender 2023 brings "
        "together some 250 aircraft and 10,000 personnel from 25 countries, with US Air "
        "National Guard jets flying across the Atlantic to practise defending allied "
        "territory. Germany's air navigation service, DFS, said three training areas would be "
        "closed to civilian traffic for several hours a day, forcing airlines to fly around "
        "them. Eurocontrol estimated that the exercise could add tens of thousands of minutes "
        "of delay across Europe. Airports in Hamburg, Berlin and Munich advised passengers to "
        "arrive early. The organisers said the drills were planned long before Russia's "
        "invasion of Ukraine, though they described them as a signal of the alliance's "
        "readiness. Lufthansa said it had adjusted its timetable. Low-level flights over the "
        "Baltic and the North Sea were expected to be noisy for coastal resorts. The German "
        "air force said jets would not fly low over cities. Environmental groups criticised "
        "the fuel the exercise would burn. For passengers, the practical advice is simple: "
        "check departure times on the day, and allow extra time for connections in Frankfurt "
        "and Munich.",
        "military",
    ),
    (
        'Airlines reroute around Taiwan as China stages "Strait Thunder" drills',
        "Airlines including China Airlines, EVA Air and Cathay Pacific rerouted some flights "
        "and warned of delays on Tuesday after China's military began large-scale exercises "
        "around Taiwan, declaring zones around the island off limits for air and sea traffic. "
        'The People\'s Liberation Army said the drills, named "Strait Thunder", tested its '
        "ability to blockade the island and strike key targets, and state media released "
        "animated videos showing missiles hitting Taiwanese cities. Taiwan's defence ministry "
        "said it had detected dozens of Chinese warplanes and more than 20 ships, including "
        "an aircraft carrier group, and had scrambled its own aircraft and activated missile "
        "systems. Taiwan's civil aviation administration said it had set up alternative "
        "routes for flights to Japan, the Philippines and Southeast Asia and that Taoyuan "
        "airport was operating normally. The exercises came days after Taiwan's president "
        'called China a "foreign hostile force". Tour operators in Taipei said they had '
        "received few cancellations. Travel insurers reminded customers that most policies do "
        "not cover disruption caused by military exercises.",
        "military",
    ),
    (
        "North Korean missile triggers alert in Hokkaido; trains halted",
        "Japan's government issued an emergency alert ordering residents of Hokkaido to take "
        "shelter on Thursday morning after North Korea fired what Tokyo said was possibly a "
        "long-range ballistic missile, later correcting the warning to say the missile would "
        "not fall on Japanese territory. Trains in Hokkaido were halted for some 30 minutes "
        "and some schools delayed opening. The missile, which Seoul described as a new "
        "solid-fuel intercontinental ballistic missile, fell into the sea, the Japan coast "
        "guard said. No damage was reported to ships or aircraft. Japan Airlines and ANA said "
        "their flights were not affected. North Korea's state media said leader Kim Jong Un "
        "had overseen the test of the Hwasong-18, which would strengthen the country's "
        "nuclear deterrent. Tourists in Sapporo said phones across a hotel lobby had gone off "
        "at once with a warning siren. Japan's defence minister said the government would "
        "protest through diplomatic channels. The United States, Japan and South Korea held "
        "joint air drills over the following days.",
        "military",
    ),
    (
        "Copenhagen airport closes for hours after drone sightings; no link found yet",
        "Copenhagen Airport closed for nearly four hours on Monday night after several large "
        "drones were seen flying near its runways, diverting dozens of flights to Aarhus, "
        "Billund and Malmö and leaving thousands of passengers stranded. Oslo's Gardermoen "
        "airport also briefly halted traffic after a sighting. Danish police said the drones "
        'were flown by a "capable operator" and appeared to be trying to show what they could '
        "do, but that they had not been able to identify who was behind them. No aircraft "
        "were hit and nobody was hurt. Prime Minister Mette Frederiksen called it the most "
        "serious attack so far on Danish critical infrastructure but said she could not rule "
        "out any actor. Russia denied involvement. The sightings followed incursions by "
        "Russian drones into Polish airspace this month, which NATO described as reckless. "
        "Several other Danish airports reported drones over the following days, and the "
        "government said it would buy new equipment to detect and bring down drones. Airlines "
        "said the backlog was cleared by Tuesday afternoon.",
        "military",
    ),
    (
        "GPS jamming forces Finnair to suspend Tartu flights",
        "Finnair said on Monday it would suspend its flights between Helsinki and Tartu in "
        "Estonia for a month after two of its aircraft had to abort their approaches because "
        "of interference with their GPS signals. The airport in Tartu relies on satellite "
        "navigation for landings and has no instrument landing system. Estonian officials "
        "blamed Russia for the jamming, which has affected thousands of flights over the "
        "Baltic region in recent months, and called it part of a pattern of hybrid attacks. "
        "The Kremlin has denied interfering with civil aviation. Pilots are trained to switch "
        "to other navigation methods when signals are lost, and aviation authorities say the "
        "disruption does not endanger flights. Tartu airport said it would install an "
        "alternative approach system. Airlines flying near the Kaliningrad exclave have "
        "reported spoofed signals that placed them miles off course. The European Union "
        "Aviation Safety Agency has issued guidance to airlines on dealing with the problem.",
        "military",
    ),
    (
        "Bali dengue surge prompts warnings to Australian travellers",
        "Australian health authorities have urged travellers to Bali to protect themselves "
        "against mosquito bites after a sharp rise in dengue cases among people returning "
        "from the Indonesian island. Queensland Health said the number of imported cases this "
        "year was already more than double that of last year. Symptoms include a high fever, "
        "severe headache and joint pain, and in rare cases the infection can be fatal. "
        "Indonesia's health ministry reported more than 88,000 cases nationwide in the first "
        "four months of the year, with the highest numbers in Java and Bali. Doctors advise "
        "using repellent containing DEET or picaridin, wearing long sleeves at dawn and dusk, "
        "and staying in accommodation with screens or air conditioning. A dengue vaccine is "
        "available in Australia for people who have had the disease before. Travel insurers "
        "say medical evacuations from Bali can cost tens of thousands of dollars. Bali "
        "remains the most popular overseas holiday destination for Australians.",
        "health",
    ),
    (
        "Marburg outbreak in Rwanda: what travellers need to know",
        "Several countries have issued health advice for travellers to Rwanda after an "
        "outbreak of Marburg virus disease, a relative of Ebola, was declared in the country. "
        "Rwanda's health ministry has confirmed dozens of cases, most among health workers at "
        "two hospitals in Kigali, and several deaths. The US Centers for Disease Control and "
        "Prevention issued a level 3 travel notice advising against non-essential travel, and "
        "began screening passengers arriving from Rwanda at three US airports. Rwanda has "
        "begun vaccinating health workers with an experimental vaccine and has tightened "
        "hospital visiting rules. Gorilla trekking and other tourism activities continue, the "
        "Rwanda Development Board said, and there are no restrictions on travel within the "
        "country. Marburg spreads through close contact with bodily fluids of infected "
        "people, and the risk to travellers is considered low. Visitors who develop a fever "
        "within three weeks of returning are urged to seek medical advice. RwandAir said "
        "flights were operating normally.",
        "health",
    ),
    (
        "Air France suspends Niamey flights as Niger closes airspace after coup",
        "Niger's military rulers closed the country's airspace on Sunday, citing the threat "
        "of intervention by neighbouring states, a week after soldiers detained President "
        "Mohamed Bazoum and announced they had taken power. Air France, which had already "
        "suspended flights to Niamey and Ouagadougou, said flights between Paris and "
        "N'Djamena would now be rerouted, adding hours to some journeys. The junta said that "
        '"any state involved" in an intervention would face an "immediate and energetic '
        'response". The regional bloc ECOWAS had given the coup leaders a deadline to '
        "reinstate Bazoum, and its defence chiefs said they had drawn up plans for a possible "
        "operation. France and other European countries organised evacuation flights for "
        "their citizens last week, flying more than 1,000 people out of Niamey on military "
        "aircraft. No fighting has been reported, and the capital was calm. Aviation "
        "advisories now tell airlines to avoid Nigerien airspace, and some flights between "
        "Europe and southern Africa are taking longer routes. Domestic flights were also "
        "grounded. Pilgrims due to fly to Saudi Arabia for the umrah were told to wait for "
        "new dates. Supporters of the junta rallied peacefully in Niamey, some waving Russian "
        "flags.",
        "politics",
    ),
    (
        "Trump's travel ban on 12 countries takes effect; what it means for visitors",
        "A US ban on travel from 12 countries took effect on Monday, barring most citizens of "
        "Afghanistan, Myanmar, Chad, the Republic of Congo, Equatorial Guinea, Eritrea, "
        "Haiti, Iran, Libya, Somalia, Sudan and Yemen from entering the country. Travellers "
        "from seven others, including Cuba and Venezuela, face partial restrictions. The "
        'White House said the ban was needed to protect Americans from "foreign terrorists" '
        "and other threats, pointing to countries it said did not cooperate on visa screening "
        "or had high rates of overstays. Existing visas will not be revoked, and green card "
        "holders, athletes travelling for the World Cup and Olympics, and some other groups "
        "are exempt. Airlines were told to check passengers' eligibility before boarding. "
        "Rights groups said the measure would separate families. Chad responded by suspending "
        "visas for US citizens. Travel industry groups said it was too early to judge the "
        "impact on tourism, but foreign arrivals to the US had already fallen this year.",
        "politics",
    ),
    (
        "India suspends visas for Canadians as diplomatic row deepens",
        "India suspended visa services for Canadian citizens on Thursday, including e-visas "
        "for tourists, as a diplomatic row deepened over Canada's allegation that Indian "
        "agents may have been linked to the killing of a Sikh separatist leader in British "
        "Columbia in June. The High Commission's visa processing centre in Canada said "
        'services were suspended "due to operational reasons" until further notice. Canada, '
        "which is home to the largest Sikh population outside India, had expelled an Indian "
        "diplomat, and India responded by expelling a Canadian diplomat and issuing an "
        'advisory urging its citizens in Canada to "exercise utmost caution". India has '
        "rejected the allegation as absurd. Travel agents in Toronto and Vancouver said "
        "hundreds of people with family weddings and funerals planned in Punjab were now "
        "uncertain whether they could go. Air Canada flies directly from Toronto and "
        "Vancouver to Delhi. Canada later reduced its diplomatic staff in India. Both "
        "countries said the row would not affect trade talks, though negotiations were "
        "paused.",
        "politics",
    ),
    (
        "Pakistan extends airspace ban on Indian airlines for another month",
        "Pakistan has extended the closure of its airspace to Indian airlines and military "
        "aircraft until late September, its Airports Authority said, keeping in place a ban "
        "first imposed in April. India announced a reciprocal extension of its own ban on "
        "Pakistani aircraft within hours. The closures were ordered after the attack on "
        "tourists at Pahalgam in April and the brief military conflict that followed in May, "
        "which ended in a ceasefire. Air India, which flies to North America and Europe, says "
        "the detours add up to several hours to some flights from Delhi and force extra fuel "
        "stops in Vienna or Copenhagen. The airline has estimated the cost at hundreds of "
        "millions of dollars a year. Pakistan, for its part, loses overflight fees. Indian "
        "officials say talks on reopening are not on the agenda. Passengers flying between "
        "northern India and the Gulf have also faced longer journeys.",
        "politics",
    ),
    (
        "IndiGo and Akasa fare war pushes Mumbai-Delhi tickets to record lows",
        "Fares on India's busiest domestic route have fallen to their lowest in years as "
        "IndiGo, Akasa Air and Air India compete for passengers with flash sales and bundled "
        "offers, travel portals said. One-way tickets between Mumbai and Delhi were being "
        "sold for as little as Rs 2,999 for travel in the lean weeks after Diwali. Analysts "
        'called it a "fare war" that could squeeze margins at a time when fuel prices remain '
        "high and aircraft deliveries are delayed. IndiGo, which carries more than six in ten "
        'domestic passengers, said its fares were "dynamic" and reflected demand. Akasa, '
        "backed by the late investor Rakesh Jhunjhunwala, has been adding routes from Mumbai "
        "as it takes delivery of new Boeing 737 MAX jets. Passenger traffic in India hit a "
        "record of more than 5 lakh in a single day in November. Analysts expect fares to "
        "rise sharply again at Christmas and New Year.",
        "economy",
    ),
    (
        "Finnair's Asia strategy squeezed by closed Russian airspace",
        "Finnair, which built its business on quick flights from Helsinki to Asia over "
        "Russia, said its long-haul network would remain smaller than before the pandemic "
        "because it still could not use Russian airspace, more than a year after the invasion "
        "of Ukraine. Flights to Tokyo now take up to four hours longer via the North Pole or "
        "over Central Asia, raising fuel costs, the airline's chief executive told an "
        "investor briefing. The airline has dropped routes to Seoul's second airport and "
        "parts of China, and shifted aircraft to North America, India and the Gulf, where it "
        "cooperates with Qatar Airways. Chinese carriers, which can still fly over Russia, "
        "have a cost advantage on routes to Europe, European airlines have complained. "
        "Finnair reported a quarterly profit for the first time in several years as demand "
        "for travel recovered. Its shares rose 6%. The company said it would lease some of "
        "its aircraft to other carriers.",
        "economy",
    ),
    (
        "Egypt posts record tourist arrivals despite regional war",
        "Egypt welcomed a record 15.7 million tourists last year, the tourism ministry said, "
        "even as the war in Gaza and attacks on shipping in the Red Sea hurt the wider "
        "region. Revenue from tourism reached about $14.1 billion, helped by a weak Egyptian "
        "pound that made holidays cheaper for Europeans. Russian, German and British visitors "
        "led arrivals, with resorts on the Red Sea coast such as Hurghada and Sharm el-Sheikh "
        "particularly busy. The partial opening of the Grand Egyptian Museum near the Giza "
        "pyramids drew tour groups, and new flights from Saudi Arabia and the Gulf added "
        "capacity. Officials aim to attract 30 million visitors a year by 2028, which would "
        "require building tens of thousands of hotel rooms. Suez Canal revenue, by contrast, "
        "halved as ships diverted around Africa. Economists say tourism has become Egypt's "
        "most reliable source of foreign currency.",
        "economy",
    ),
    (
        "Petra's guides and hoteliers count the cost of empty months",
        "Jordan's Petra, which was on course for a record year before the war in Gaza began, "
        "has seen visitor numbers fall by more than half, leaving guides, horse handlers and "
        "hotel workers without income, according to the Petra Development and Tourism Region "
        "Authority. Hotels in Wadi Musa said occupancy was below 20% in the spring, "
        "traditionally the busiest season, and some had closed floors or sent staff home on "
        "unpaid leave. Tour operators in Europe and North America cancelled group departures, "
        "citing advice from insurers and customers' fears about the region, even though "
        "Jordan's own travel advisories have not changed. The government has cut fees and "
        "launched a marketing campaign, and low-cost airlines have added routes to Amman and "
        "Aqaba. Tourism accounts for more than a tenth of Jordan's economy. \"We have lived "
        'through every crisis in the region, but this is the worst," said one hotel owner.',
        "economy",
    ),
]
