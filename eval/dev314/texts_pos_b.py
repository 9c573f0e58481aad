"""Positives (2 of 2): kidnappings, fighting, air and missile strikes
and riots that reach travellers."""

POSITIVES = [
    (
        (
            "French commandos free Pendjari hostages in Burkina Faso; two soldiers killed in "
            "night raid"
        ),
        (
            "French special forces freed two French tourists, a South Korean woman and an "
            "American held by jihadists in northern Burkina Faso in an overnight raid in which "
            "two commandos were killed, the French armed forces ministry said on Friday. The two "
            "Frenchmen had been abducted on 1 May while on a safari in Benin's Pendjari National "
            "Park, and their guide, Fiacre Gbedji, was found dead near their abandoned vehicle. "
            "Troops moved in on foot across open ground to reach the camp before the captives "
            "could be moved to Mali, and the two soldiers were killed at close range as they "
            "entered a shelter. Four of the kidnappers died in the assault. French officials said "
            "the group was linked to Katiba Macina, part of the al-Qaeda-aligned JNIM alliance. "
            "Pendjari, one of the last strongholds of the West African lion, is managed by "
            "African Parks and had been marketed as one of the region's safest safari "
            "destinations. France's foreign ministry turned the whole park and the border area "
            "with Burkina Faso red on its travel map, advising against all travel."
        ),
        "V M B T",
        "kidnapping_rescue",
    ),
    (
        "Virunga closes to tourists after British visitors abducted and ranger killed",
        (
            "Virunga National Park in eastern Congo said on Monday it would close to tourists "
            "until next year, after two British visitors and their driver were kidnapped and a "
            "25-year-old ranger, Rachel Baraka Masika, was killed by gunmen on the road from Goma "
            "to Bunagana. The Britons were released unharmed two days later. The park's director, "
            "Emmanuel de Merode, said the region was 'deeply affected by the threat of armed "
            "groups' and that the safety of visitors could not be guaranteed. Rachel Masika was "
            "one of the park's first female rangers and the 176th ranger killed in Virunga since "
            "the park's creation, according to its management. Gorilla trekking permits, which "
            "sell for 400 dollars, provide a large share of the park's income, and about 17,000 "
            "tourists visited in 2017. Operators said visitors holding permits for the coming "
            "months would be offered refunds or alternative treks in Rwanda and Uganda, where "
            "permits cost considerably more. The park's Mikeno lodge, which had been booked solid "
            "for the dry season, sent its guests back to Goma under ranger escort."
        ),
        "V",
        "kidnapping",
    ),
    (
        (
            "Bombs at Hua Hin clock tower and Phuket beaches kill four as Thailand's resorts are "
            "targeted"
        ),
        (
            "A string of bombs exploded in five southern Thai provinces over two days, killing "
            "four people and wounding dozens, including foreign tourists, in the resort towns of "
            "Hua Hin and Patong, police said on Friday. Two bombs hidden in potted plants went "
            "off near the clock tower in Hua Hin's bar district on Thursday night, killing a Thai "
            "street vendor, and a third blast hit the same street on Friday morning. In Patong, "
            "on Phuket, two small devices exploded near the beach, while others struck Surat "
            "Thani, Trang and Phang Nga. Among the wounded were holidaymakers from Germany, "
            "Italy, the Netherlands and Austria. Police said the attacks were coordinated and "
            "designed to hit tourism, and investigators said the devices resembled those used by "
            "insurgents in the Muslim-majority deep south, though officials insisted they were "
            "'not international terrorism'. Tourism contributes about a tenth of Thailand's "
            "economy, and the country was expecting more than 32 million foreign arrivals this "
            "year. Several European governments advised travellers to remain vigilant."
        ),
        "E V",
        "bombings",
    ),
    (
        "Tourists evacuated from Ngapali as Arakan Army closes in on Thandwe airport",
        (
            "Hotels on Myanmar's Ngapali beach have emptied out after fighting between the "
            "military and the Arakan Army reached the outskirts of Thandwe, the town that serves "
            "the resort, and flights to its small airport were suspended, travel operators said. "
            "Myanmar National Airlines and Air KBZ cancelled services last week, and about 200 "
            "foreign and domestic tourists left by road towards Yangon or on the last flights "
            "out. Residents said artillery fire could be heard from Thandwe at night, and that "
            "thousands of people from villages along the Kyeintali road had fled into the hills "
            "or towards the coast. The Arakan Army, which has seized most of northern Rakhine "
            "state since November, said its fighters had captured several army outposts in the "
            "area. Ngapali, with its palm-lined beach and a handful of upmarket resorts, had been "
            "one of the few places in Myanmar still drawing foreign visitors after the 2021 coup. "
            "'We have no guests and no way of getting supplies,' said the manager of one hotel, "
            "who has kept a skeleton staff. Before the fighting, a beachfront room at the "
            "resort's best-known hotel cost about 250 dollars a night in the high season."
        ),
        "B E D",
        "battle",
    ),
    (
        ("Beirut flights thin out as Israeli strikes pound Dahiyeh and foreigners queue to leave"),
        (
            "Most foreign airlines had stopped flying to Beirut by Monday as Israeli warplanes "
            "carried out a second night of heavy strikes on the city's southern suburbs, just a "
            "few kilometres from the runways of Rafic Hariri International Airport. Middle East "
            "Airlines, the national carrier, was the only airline still operating a full "
            "schedule, and said it had moved some aircraft to Turkey overnight as a precaution. "
            "The Israeli military said it was striking Hezbollah weapons stores and command "
            "centres and urged residents of several Dahiyeh blocks to leave. Lebanon's health "
            "ministry said more than 100 people had been killed across the country in the "
            "previous 24 hours, and tens of thousands were fleeing from the south towards Beirut "
            "and the mountains. Britain, Canada and several European governments urged their "
            "nationals to leave while commercial flights were available, and hundreds of foreign "
            "visitors and dual nationals crowded the departure hall. Hotels in the Christian "
            "mountain towns said they had filled up with displaced families, while tourist "
            "bookings for the autumn had all but vanished. Lebanon had received about 1.3 million "
            "visitors in the first half of last year, most of them members of the diaspora."
        ),
        "E M D",
        "airstrike",
    ),
    (
        "Saudi airliner hit as battle for Khartoum airport traps tourists and foreign workers",
        (
            "A Saudia Airbus preparing to take off for Riyadh was hit by gunfire at Khartoum "
            "international airport on Saturday, as Sudan's army and the Rapid Support Forces "
            "fought for control of the airport on the first day of open warfare in the capital. "
            "Passengers and crew were evacuated to the Saudi embassy, the airline said, and all "
            "flights in and out of Sudan were suspended. Satellite images later showed several "
            "burned-out aircraft on the apron, and residents said the army had carried out air "
            "strikes on RSF positions near the airport. Foreign tourists visiting the pyramids of "
            "Meroe and Nile tour groups were among thousands of foreigners left stranded, travel "
            "agencies said. Over the following days, convoys of buses carried evacuees 800km to "
            "Port Sudan, where Saudi naval ships ferried them across the Red Sea to Jeddah. The "
            "World Health Organization said at least 400 people had been killed in the first "
            "week. Sudan had been trying to rebuild a small heritage tourism trade, with fewer "
            "than 1,000 Western visitors a year."
        ),
        "B E D M",
        "battle",
    ),
    (
        "Lalibela's rock churches fall to Tigrayan forces; flights halted and residents flee",
        (
            "Tigrayan fighters have taken control of Lalibela, the Ethiopian town famous for its "
            "rock-hewn churches, residents said on Thursday, and thousands of people have fled "
            "towards Gashena and Woldia. Witnesses said fighters of the Tigray People's "
            "Liberation Front entered the town from the north-east without much resistance after "
            "federal troops and Amhara militias withdrew. Ethiopian Airlines suspended flights to "
            "the town's airport, which handles most visitors to the 12th-century churches. Unesco "
            "said it was 'deeply concerned' about the World Heritage site, and urged all parties "
            "to protect it. Tour guides in Lalibela said tourism had already collapsed because of "
            "the pandemic and the war that began in Tigray in November, with hotels empty since "
            "early in the year. 'The churches have survived for eight hundred years,' a priest "
            "told the Associated Press by telephone, 'and we pray they will survive this.' The "
            "United States urged its citizens not to travel to the Amhara and Afar regions. "
            "Before the pandemic, Lalibela drew about 60,000 visitors a year, many of them during "
            "the Ethiopian Christmas pilgrimage in January."
        ),
        "B D",
        "battle",
    ),
    (
        "FAA bans US flights to Haiti after gang gunfire hits Spirit jet over Port-au-Prince",
        (
            "The US Federal Aviation Administration barred American airlines from flying to Haiti "
            "for 30 days on Tuesday, a day after gunfire from the ground struck a Spirit Airlines "
            "jet as it descended towards Port-au-Prince, lightly injuring a flight attendant. The "
            "Airbus A320 from Fort Lauderdale diverted to Santiago in the Dominican Republic, "
            "where inspectors found bullet holes in the fuselage. JetBlue and American Airlines "
            "said two of their aircraft had also been hit on the ground and in the air. The "
            "United Nations suspended its humanitarian flights to the capital after another plane "
            "was struck. Gangs of the Viv Ansanm coalition, which control most of Port-au-Prince, "
            "have been fighting police and a Kenyan-led security mission for the areas around "
            "Toussaint Louverture airport, and residents of Tabarre reported heavy gunfire "
            "overnight. Haiti's airport authority said the airport would stay closed until "
            "further notice. Haiti's Cap-Haitien airport in the north is now the country's main "
            "gateway, with charter flights from Miami and Providenciales. Haiti received fewer "
            "than 150,000 foreign tourists last year, most of them on cruise calls at Labadee, a "
            "private beach on the north coast."
        ),
        "B V",
        "attack_on_aircraft",
    ),
    (
        "Cruise lines reroute around the Cape as Houthi missiles target Red Sea shipping",
        (
            "Several cruise lines have cancelled Red Sea transits for world cruises this spring "
            "and will send their ships around the Cape of Good Hope, adding up to two weeks to "
            "voyages, after Yemen's Houthis fired anti-ship missiles and drones at merchant "
            "vessels again this week. On Wednesday a missile struck a Marshall Islands-flagged "
            "bulk carrier in the Gulf of Aden, setting it on fire, according to the US military, "
            "which said its forces also shot down a drone over the southern Red Sea. Hours later, "
            "US and British warplanes carried out strikes on Houthi radar sites and launch "
            "positions near Hodeidah. Royal Caribbean, Silversea and Oceania Cruises said calls "
            "at Aqaba, Safaga and Sharm el-Sheikh had been replaced by stops in Namibia and South "
            "Africa. Passengers were offered refunds if they wished to leave the voyage before "
            "the diversion. Egypt's Suez Canal Authority said revenue had fallen by about 40% in "
            "January compared with a year earlier. The Jordanian port city of Aqaba expected 26 "
            "cruise calls this season, and has so far received three."
        ),
        "E M",
        "missile_attacks_shipping",
    ),
    (
        (
            "Russian missile strikes Kramatorsk hotel housing journalists; Reuters safety adviser "
            "killed"
        ),
        (
            "A Russian Iskander missile struck the Sapphire hotel in the centre of Kramatorsk "
            "late on Saturday, killing a British safety adviser working for Reuters and wounding "
            "two of the agency's journalists, Ukrainian officials said. The Reuters team had "
            "checked into the hotel, one of the few still operating in the front-line city of the "
            "Donetsk region, hours before the strike. Emergency crews spent the night pulling "
            "people from rubble, and the regional governor said the building had been almost "
            "destroyed. President Volodymyr Zelensky said Russia had deliberately targeted 'an "
            "ordinary hotel' where foreign journalists were staying. Moscow did not comment, "
            "though its defence ministry regularly says it strikes only military targets. "
            "Kramatorsk's few remaining hotels cater mostly to aid workers, reporters and "
            "soldiers on leave, and its main station still receives trains from Kyiv and Lviv. "
            "The regional military administration urged guests at hotels in the city to check the "
            "location of the nearest shelter."
        ),
        "E V M",
        "missile_strike",
    ),
    (
        ("Houthi drone hits arrivals hall at Eilat's Ramon airport as resort counts cost of war"),
        (
            "A drone launched from Yemen struck the arrivals hall of Ramon airport near Eilat on "
            "Sunday, lightly injuring one person and prompting the Israel Airports Authority to "
            "close the airport's airspace for several hours. Israel's military said it had failed "
            "to intercept the drone, and the Houthis said they had fired several drones at "
            "targets in Eilat and the Negev. Flights from Tel Aviv and Europe were diverted and "
            "passengers inside the terminal were moved into protected areas. Last week another "
            "drone struck near a row of hotels in Eilat, wounding 22 people, some of them "
            "holidaymakers, according to the Magen David Adom ambulance service. Eilat depends on "
            "domestic tourism, and hoteliers said occupancy had fallen to about 40% on weekdays. "
            "The resort's mayor said the government should pay compensation to hotels 'on the "
            "front line', and that tourists would return once the skies were safe. Arkia and "
            "Israir, which fly most of the routes to Eilat, said they would move some flights to "
            "the small airport at Ovda for the time being."
        ),
        "E",
        "drone_attack",
    ),
    (
        "Tourists airlifted from Machu Picchu as protests turn deadly across southern Peru",
        (
            "About 400 tourists were evacuated from Aguas Calientes, the town at the foot of "
            "Machu Picchu, on Sunday after protesters blocked the railway and the citadel was "
            "closed indefinitely, Peru's culture ministry said. Protests demanding the "
            "resignation of President Dina Boluarte have turned violent in the south, where "
            "protesters set fire to police stations and attacked the airports in Juliaca, "
            "Arequipa and Cusco. The ombudsman's office said at least 46 people had died in "
            "clashes with security forces, 17 of them in a single day in Juliaca, where police "
            "fired on crowds who tried to storm the airport. PeruRail suspended its trains, and "
            "hikers on the Inca Trail were turned back. Peru's tourism minister said foreign "
            "arrivals in January would be down by about two thirds, and hotels in Cusco reported "
            "occupancy of less than 20%. Many travellers who were stranded in Cusco had to walk "
            "some of the way along the tracks before being picked up by trains sent from "
            "Ollantaytambo. The government declared a state of emergency in Lima, Cusco and Puno, "
            "suspending some rights of assembly for 30 days."
        ),
        "U D",
        "riot",
    ),
    (
        "Kathmandu's Hilton burns and airport shuts as Nepal protests turn deadly",
        (
            "Nepal's main international airport suspended all flights on Tuesday as protesters "
            "set fire to parliament, party offices and the Hilton hotel in Kathmandu, a day after "
            "police opened fire on demonstrators in the capital. Tribhuvan International Airport "
            "said the closure followed fires near the runway, and thousands of travellers, many "
            "of them trekkers returning from the Everest and Annapurna regions, were stranded in "
            "Kathmandu and Pokhara. At least 19 people were killed on Monday, when police fired "
            "live rounds at a youth-led protest against a social media ban and corruption, and "
            "officials said the death toll had since risen above 30. The army imposed a "
            "nationwide curfew and soldiers patrolled the streets of Thamel, the tourist "
            "district. Prime Minister K P Sharma Oli resigned. The Hilton, opened last year, was "
            "gutted by fire, and guests were evacuated by staff before the blaze reached the "
            "upper floors. The Nepal Tourism Board asked trekking agencies to keep clients in "
            "their hotels."
        ),
        "U",
        "riot",
    ),
    (
        "Tourists flown out of New Caledonia after a week of riots in Noumea",
        (
            "Australia and New Zealand flew the first of their stranded tourists out of New "
            "Caledonia on Tuesday, after a week of riots that have left six people dead and shut "
            "the territory's international airport. The violence broke out over a French plan to "
            "change voting rules, and rioters burned hundreds of businesses, cars and homes in "
            "and around Noumea and set up roadblocks on the route to La Tontouta airport. French "
            "authorities sent more than 1,000 police and gendarmes from the mainland and declared "
            "a state of emergency. About 3,200 tourists and other travellers had been unable to "
            "leave, officials said. The first Royal Australian Air Force flight took off with 108 "
            "passengers, and Air Calin's commercial flights remained suspended. Cruise lines "
            "removed Noumea and Lifou from their schedules for the coming weeks. Tourism "
            "operators warned that the damage could set back a sector that had only recently "
            "recovered to pre-pandemic visitor numbers."
        ),
        "U D",
        "riot",
    ),
    (
        "Thai and Cambodian troops clash at border temples; tourists told to stay away",
        (
            "Thailand closed all its land border crossings with Cambodia on Thursday and urged "
            "tourists to avoid the border provinces after troops from both countries fought with "
            "small arms, artillery and rockets near the ancient Ta Muen Thom temple, in the worst "
            "fighting in more than a decade. Thai health officials said 12 people, most of them "
            "civilians, were killed when Cambodian rockets hit a petrol station and villages in "
            "Sisaket and Surin provinces. Thailand sent F-16 jets to strike Cambodian military "
            "targets, and Cambodia's defence ministry said the strikes had hit a road near Preah "
            "Vihear. More than 40,000 villagers on the Thai side were evacuated to temporary "
            "shelters, and Cambodian authorities reported thousands fleeing from border "
            "districts. The Tourism Authority of Thailand said popular destinations such as "
            "Bangkok, Pattaya and Phuket were unaffected. Cambodian operators in Siem Reap said "
            "visitors to Angkor Wat had begun cancelling tours that include temples close to the "
            "frontier. Foreign embassies in Bangkok told their citizens to stay at least 50km "
            "from the border."
        ),
        "B E D M",
        "border_clashes",
    ),
    (
        "North India's airports shut as India strikes Pakistan and shelling hits Poonch",
        (
            "Airlines cancelled hundreds of flights on Wednesday after India closed 32 airports "
            "across the north and west of the country, including Srinagar, Leh, Amritsar and "
            "Chandigarh, following Indian missile strikes on what it called terrorist camps in "
            "Pakistan and Pakistani-administered Kashmir. Pakistan said 31 civilians had been "
            "killed in the strikes, and its army said it had shot down several Indian aircraft. "
            "In Poonch, on the Indian side of the Line of Control, Pakistani shelling killed at "
            "least 12 people, Indian officials said. IndiGo, Air India and SpiceJet offered full "
            "refunds, and Pakistan closed its own airspace, forcing flights from Europe and the "
            "Gulf into long detours. Hotels in Srinagar and Gulmarg, already hit by cancellations "
            "after the Pahalgam attack, said remaining guests were leaving by road towards Jammu. "
            "The Indian government told airport operators to step up security checks, and "
            "passengers were asked to arrive three hours before departure. Tour operators in "
            "Delhi said bookings for Ladakh's summer trekking season, which starts next month, "
            "had slowed to a trickle."
        ),
        "E M",
        "airstrike",
    ),
]
