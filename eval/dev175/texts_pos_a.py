"""dev175 positives (1 of 2): travel, aviation and tourism stories that report current organised
violence or its direct consequences: airports shelled or fought over, drones and missiles that
shut airports, attacks on tourists and pilgrims, travellers abducted (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Tripoli's Mitiga airport shut again after overnight shelling; flights diverted to Misrata",
        "Libya's only functioning airport in the capital suspended all flights on Monday "
        "after rockets and artillery shells landed near the runway overnight, the second "
        "closure in less than a week. Airport officials said at least three shells hit the "
        "civilian apron, damaging a parked Libyan Airlines Airbus A320 and a fuel truck. No "
        "passengers were on board. Forces loyal to eastern commander Khalifa Haftar, who have "
        "been trying to take Tripoli since April, have accused the internationally recognised "
        "government of using Mitiga's military section to launch drones. Fighting on the "
        "southern outskirts of the city continued through the weekend, with both sides "
        "reporting clashes near the old international airport road. Departures were moved to "
        "Misrata, about 200 km to the east, leaving hundreds of travellers, many of them "
        'pilgrims and students, to make the journey by road through several checkpoints. "We '
        'slept in the terminal and then they told us to go to Misrata," said one passenger '
        "bound for Istanbul. The UN mission said attacks on civilian infrastructure such as "
        "airports could amount to war crimes. Mitiga, a former air base, has handled all of "
        "Tripoli's commercial traffic since the main international airport was wrecked in "
        "fighting in 2014. The shelling came on the same day that the UN envoy called for a "
        "humanitarian truce. Libyan Airlines said it would try to move its remaining aircraft "
        "out of Tripoli.",
        "E B",
        "airport shelling",
    ),
    (
        "Gunfire on the tarmac: how Khartoum airport became a front line",
        "Passengers on a Saudia flight that was preparing to leave Khartoum for Riyadh on "
        "Saturday morning found themselves in the middle of a battle. Video shared by "
        "passengers showed smoke rising behind the Airbus as gunfire crackled across the "
        "apron and shells burst near the runway; the airline later said the aircraft had been "
        '"exposed to an accident involving gunfire" and that passengers and crew had been '
        "taken to the Saudi embassy. By the afternoon satellite images showed at least four "
        "airliners burning at the airport, which sits next to the army's headquarters in the "
        "centre of the capital. The Rapid Support Forces said they had seized the airport, a "
        "claim the army denied, and heavy fighting was reported in several districts of the "
        "city, where residents were fleeing on foot. Sudan's airspace was closed and every "
        "foreign carrier, from Emirates to EgyptAir, suspended flights. With the runway "
        "unusable, governments began planning evacuations by land to Port Sudan and by air "
        "from military strips outside the capital. Hundreds of foreign nationals, among them "
        "tourists and aid workers, were sheltering in hotels and embassies, unable to leave. "
        '"There\'s no way out for now," one British traveller told the BBC by phone from a '
        "hotel near the Blue Nile. Aviation analysts said it was the first time a major "
        "international airport had been fought over in this way since Kabul in 2021. Egypt "
        "said it was working to bring home soldiers who had been at the Merowe air base in "
        "the north. Pilgrims who had been due to fly to Jeddah before Eid were among those "
        "stuck in the city. The fighting followed weeks of tension between army chief Abdel "
        "Fattah al-Burhan and RSF commander Mohamed Hamdan Dagalo over plans to merge their "
        "forces. Insurers said the aircraft destroyed on the ground could add up to one of "
        "the largest war-risk claims of the year.",
        "B E D",
        "battle",
    ),
    (
        "Tour operators fly holidaymakers home after gunman kills 29 on resort beach",
        "British and Irish tour operators began flying thousands of holidaymakers home from "
        "Tunisia on Saturday, a day after a gunman opened fire on sunbathers outside a "
        "beachfront hotel near Port El Kantaoui, killing 29 people, most of them European "
        "tourists. The attacker, a young man who had hidden a rifle inside a beach umbrella, "
        "walked along the sand shooting before entering the hotel through the pool area, "
        "witnesses said. He was shot dead by police. The Islamic State group claimed "
        "responsibility in a statement posted online. TUI said it had put on ten extra "
        "flights and that customers booked to travel over the coming week could cancel "
        "without charge. The Foreign Office changed its advice but stopped short of telling "
        "people not to travel, urging them instead to stay vigilant and follow the advice of "
        "hotel staff. At Enfidha airport, queues stretched out of the terminal as guests with "
        'sunburn and beach bags waited for check-in. "We were by the pool when we heard what '
        'we thought were fireworks," said Gemma, 31, from Swindon. "Then people started '
        "running past us screaming.\" Tunisia's prime minister said hotels would be required "
        "to post armed tourist police on their beaches from July 1.",
        "T V D",
        "terrorist attack",
    ),
    (
        "Pilgrims' bus fired upon near Reasi, nine dead; yatra security tightened",
        "Nine pilgrims, including a two-year-old child, were killed and at least 33 injured "
        "when terrorists fired on a bus carrying devotees from the Shiv Khori shrine to Katra "
        "in Jammu and Kashmir's Reasi district on Sunday evening, police said. The driver was "
        "hit by bullets and the bus plunged into a gorge near Teryath village. Officials said "
        "the attackers, believed to be two or three men hiding in the forested hillside, kept "
        "firing even after the vehicle fell. Most of the passengers were from Uttar Pradesh "
        "and Rajasthan. The injured were taken to hospitals in Reasi and Jammu, where doctors "
        "said several had gunshot wounds. Security forces launched a search operation in the "
        "area with drones and sniffer dogs. The attack came weeks before the start of the "
        "annual Amarnath Yatra, which draws several lakh pilgrims to the Valley each summer. "
        "The Shri Mata Vaishno Devi Shrine Board said yatra routes were functioning normally "
        "but that additional checkpoints had been set up on roads leading to Katra. Travel "
        'agents in Delhi said some groups had asked to postpone trips. "People are '
        'frightened, especially families," said one operator in Karol Bagh.',
        "T V",
        "terrorist attack",
    ),
    (
        "Burkina Faso: hotel and café popular with foreigners attacked in Ouagadougou",
        "Gunmen stormed a café and a hotel frequented by foreigners and UN staff in the "
        "centre of Ouagadougou on Friday night, killing at least 20 people of several "
        "nationalities before they were killed in an assault by Burkinabe and French special "
        "forces, officials said. The attackers fired on diners at the Cappuccino café on "
        "Kwame Nkrumah Avenue and then crossed to the Splendid Hotel, where they set vehicles "
        "alight and took hostages, according to survivors. Al-Qaeda in the Islamic Maghreb "
        "claimed the attack. Security forces freed more than 120 people from the hotel after "
        "a standoff that lasted through the night, the interior minister said. Air France "
        "said its crew who had been staying at the Splendid were safe and that flights to "
        "Ouagadougou would operate as planned. Several embassies told their nationals to stay "
        "indoors. The avenue, lined with hotels, bars and the offices of airlines and tour "
        "operators, is the closest thing the capital has to a tourist strip. France's foreign "
        "ministry advised against all travel to the north of the country some time ago, but "
        "the capital had until now been considered relatively safe.",
        "T V B M",
        "terrorist attack",
    ),
    (
        "Moscow airports halt flights as drones target capital for second night",
        "All four of Moscow's main airports suspended departures and arrivals for several "
        "hours on Tuesday after Russia's defence ministry said air defences had shot down "
        "more than 20 Ukrainian drones approaching the capital. Rosaviatsia, the aviation "
        'regulator, imposed what it calls a "Kovyor" or carpet plan at Sheremetyevo, Vnukovo, '
        "Domodedovo and Zhukovsky, grounding traffic until the skies were declared clear. "
        "Moscow mayor Sergei Sobyanin said debris from one drone fell on a road near Vnukovo, "
        "damaging cars, but that no one was hurt. Aeroflot said more than 80 flights had been "
        "delayed and about 30 diverted to airports in Nizhny Novgorod, Kazan and St "
        "Petersburg. Ukraine did not comment, but its military has stepped up long-range "
        "drone attacks on Russian territory in recent weeks. The disruption came days before "
        "the May holidays, one of the busiest travel periods of the Russian year.",
        "E",
        "drone attack",
    ),
    (
        "Airlines cancel Tel Aviv flights after Houthi missile lands near Ben Gurion terminal",
        "Several foreign airlines cancelled flights to Tel Aviv on Sunday after a ballistic "
        "missile fired from Yemen struck within the perimeter of Ben Gurion Airport, leaving "
        "a crater near an access road by Terminal 3 and injuring six people, Israeli "
        "officials said. The Israeli military said it had tried several times to intercept "
        "the missile. Video showed a plume of smoke rising beside the car park as travellers "
        "ran for shelter. The Houthi movement said it had fired a hypersonic missile at the "
        "airport and warned airlines that it would no longer be safe. Lufthansa Group, which "
        "includes Swiss, Austrian and Brussels Airlines, suspended flights to Tel Aviv until "
        "the middle of the week, while Air India turned back a Delhi flight that was over "
        "Jordan and diverted it to Abu Dhabi. Delta, United and Ryanair also scrapped "
        "services. Israeli carriers El Al, Arkia and Israir kept flying after a brief halt. "
        "The airport briefly stopped all flights, then resumed within an hour. It was the "
        "first time since the Gaza war began that a missile had hit inside the airport "
        "grounds.",
        "E",
        "missile strike",
    ),
    (
        "Middle East airspace shuts as Israel strikes Iran; travellers stranded across the Gulf",
        "Israel launched waves of air strikes on Iran's nuclear sites and military commanders "
        "early on Friday, prompting Iran, Iraq and Jordan to close their airspace and "
        "throwing flight schedules across the Middle East into disarray. Explosions were "
        "reported in Tehran and at the Natanz enrichment site, and Iranian state media said "
        "senior commanders had been killed. Iran responded late in the day with missiles "
        "aimed at Israel, sirens sounded in Tel Aviv and Jerusalem, and Israel shut Ben "
        "Gurion airport to all traffic. Flydubai, Qatar Airways and Emirates cancelled or "
        "rerouted dozens of flights, while Air India said several long-haul services from "
        "Europe and North America had turned back. Flight tracking sites showed a broad empty "
        "corridor over Iraq and Iran as aircraft squeezed north over the Caspian or south "
        "over Saudi Arabia and Egypt. Thousands of Israelis abroad were unable to return "
        'home, while tourists in Israel were told to stay near shelters. "This is the most '
        'widespread closure in the region since 2020," said one aviation risk analyst. '
        "Insurers said they were reviewing war-risk cover for aircraft flying near the "
        "region.",
        "E M",
        "air campaign",
    ),
    (
        "32 airports in north and west India shut for civil flights after Operation Sindoor "
        "strikes",
        "Civilian flights to 32 airports across north and western India, including Srinagar, "
        "Amritsar, Chandigarh, Leh and Jodhpur, were suspended until Thursday, the Airports "
        "Authority of India said, after Indian forces struck what the government called "
        "terrorist camps in Pakistan and Pakistan-administered Kashmir overnight. Pakistan "
        "said the missiles killed civilians, including children, and that it had downed "
        "several Indian jets, a claim New Delhi did not confirm. Artillery duels along the "
        "Line of Control continued through the day, with officials in Poonch reporting deaths "
        "from Pakistani shelling. Pakistan closed its own airspace for 48 hours and several "
        "of its airports were shut. IndiGo, Air India and SpiceJet cancelled more than 400 "
        "flights and offered full refunds or free rescheduling. Foreign carriers serving "
        "Europe and the Gulf from Delhi rerouted south, adding up to an hour to some "
        "journeys. Tourists in Kashmir and Ladakh were advised to stay put and contact their "
        'hotels. "We have 60 guests in Gulmarg and no way to fly them out," said a Srinagar '
        "tour operator. Airlines warned of longer check-in times because of stricter security "
        "at all airports.",
        "E M",
        "military strikes",
    ),
    (
        "Is it safe to travel to Thailand right now? What tourists need to know about the "
        "Cambodia border clashes",
        "Thailand's Tourism Authority is at pains to stress that Bangkok, Phuket, Chiang Mai "
        "and the islands are far from the fighting. But clashes along the Cambodian border "
        "this week are the worst in more than a decade, and travellers have questions. Since "
        "Thursday, troops have fought with small arms, artillery and rockets around disputed "
        "temples in Surin and Sisaket provinces, and Thailand has sent F-16 jets to strike "
        "Cambodian military positions. At least 14 Thai civilians, including a child, have "
        "been killed, according to Thailand's health ministry, many of them when rockets hit "
        "a petrol station and a hospital compound. More than 100,000 people have been "
        "evacuated from border districts to temporary shelters. Both governments have closed "
        "all land crossings, so overland trips between Bangkok and Siem Reap are off for now. "
        "Foreign offices including the UK's now advise against all travel within 50 km of the "
        "border. Flights between Bangkok and Phnom Penh are still operating. Check your "
        "travel insurance: many policies exclude areas under such warnings. If you are "
        "elsewhere in the country, there is no need to change plans, local operators say, "
        "though the mood is tense. What about Cambodia? Siem Reap and the temples of Angkor "
        "are about 150 km from the nearest fighting, and Cambodia's tourism ministry says "
        "they are open as usual. Thailand's embassy in Phnom Penh has advised Thai nationals "
        "to consider leaving, however, and some flights out have sold out.",
        "B E M D",
        "armed clashes",
    ),
    (
        "Ngapali's beach hotels empty as fighting reaches Thandwe",
        "Myanmar's best-known beach resort has been all but abandoned after the Arakan Army "
        "moved on Thandwe, the nearby town whose airport serves Ngapali, hotel staff and "
        "residents told the Bangkok Post. Heavy clashes broke out this week around the "
        "airport and a military battalion headquarters on the edge of town, and junta "
        "warplanes have bombed several villages along the coast, they said. Hotel workers "
        "said most of the resort's staff had left for Yangon or Pathein by road, and that the "
        "last handful of foreign guests were taken out on an earlier flight before the "
        'airport closed. "Only security guards are left," said the manager of one boutique '
        "resort. Myanmar National Airlines has cancelled all flights to Thandwe until further "
        "notice. The Arakan Army, which has taken most of northern Rakhine since November, "
        "said its fighters had captured several positions near the town. Thousands of "
        "residents are reported to have fled toward the hills or south along the coast. "
        "Ngapali had been slowly rebuilding its tourism trade after the pandemic and the 2021 "
        "coup, drawing mostly domestic visitors and a small number of foreigners on the long "
        "road trip from Yangon.",
        "B E D",
        "battle",
    ),
    (
        "FAA bars US airlines from Haiti for 30 days after gang gunfire hits three planes",
        "The US Federal Aviation Administration banned American airlines from flying to Haiti "
        "for 30 days on Tuesday, a day after gunfire from the ground struck a Spirit Airlines "
        "jet as it descended towards Port-au-Prince, wounding a flight attendant. The Airbus "
        "was diverted to Santiago in the Dominican Republic, where inspectors found bullet "
        "holes in the fuselage. JetBlue and American Airlines said aircraft that had flown to "
        "Haiti the same day had also been hit. Toussaint Louverture International Airport "
        "closed soon afterwards as gangs of the Viv Ansanm coalition fought police in the "
        "neighbourhoods around it. Police said gang members had fired at the aircraft "
        "deliberately to stop the airport from operating. The gangs, which control most of "
        "the capital, have previously fired on helicopters and killed civilians in nearby "
        "districts. The airport had only reopened in May after a three-month closure during "
        "an earlier offensive. Haiti's new prime minister was sworn in the same day, with "
        "flights in and out of the country now limited to a handful of charters flying into "
        "Cap-Haïtien in the north. Aid agencies said the suspension would make it even harder "
        "to move staff and supplies into the country.",
        "V B",
        "gang attack",
    ),
    (
        "Aeroméxico jet hit by gunfire in Culiacán as cartel fights army after arrest",
        "An Aeroméxico plane carrying passengers was struck by gunfire on the runway in "
        "Culiacán on Thursday as cartel gunmen battled soldiers across the city following the "
        'arrest of Ovidio Guzmán, a son of the jailed drug lord Joaquín "El Chapo" Guzmán. '
        "Passengers filmed themselves lying on the cabin floor as bullets hit the fuselage. "
        "No one on board was injured, the airline said. A military aircraft was also hit. "
        "Soldiers and National Guard troops captured Guzmán in a pre-dawn raid north of the "
        "city, after which his allies blocked roads with burning lorries, attacked military "
        "posts and fired at the airport, officials said. Ten soldiers and 19 alleged gunmen "
        "were killed, the defence minister said later. Culiacán's airport was closed along "
        "with Mazatlán and Los Mochis, and Aeroméxico, Volaris and Viva Aerobus cancelled "
        "flights across Sinaloa. Residents were urged to stay at home. The US embassy warned "
        'citizens against travel to the state, which was already under a "do not travel" '
        "advisory. Hoteliers in Mazatlán, a cruise-ship port, said several guests had cut "
        "short their stays.",
        "B M",
        "cartel battle",
    ),
    (
        "Gunmen abduct dozens of travellers on Abuja-Kaduna highway",
        "Gunmen on Monday abducted dozens of travellers on the Abuja-Kaduna highway, setting "
        "up a roadblock near Katari and marching passengers from at least six vehicles into "
        "the bush, police and survivors said. Two people were shot dead as they tried to "
        "escape. The attackers, armed with AK-47 rifles and dressed in military fatigues, "
        "opened fire on vehicles as they slowed, according to a driver who said he hid in a "
        "ditch. The Kaduna State commissioner for internal security said troops and police "
        "had been deployed to the area to track the kidnappers. Armed groups that local "
        "officials call bandits have killed and abducted hundreds of people across Kaduna, "
        "Zamfara and Niger states this year, raiding villages and attacking the highway, and "
        "some have ties to jihadist factions operating in the north-west. Many travellers "
        "have switched to the train between the two cities, but services were suspended for "
        "months after the line was bombed in an attack last year. Transport unions said "
        "drivers would avoid the road after dark. Families of those taken said they had not "
        "yet received calls.",
        "V",
        "abduction",
    ),
    (
        "Timbuktu airport hit by shells as passenger plane lands",
        "Shells struck Timbuktu airport on Friday as a Sky Mali passenger plane was landing, "
        "the airline and a local official said, the latest attack on the historic northern "
        "city, which jihadists have placed under blockade. Sky Mali said its aircraft, "
        'carrying passengers from Bamako via Mopti, was "the target of shots" on landing and '
        "that all passengers were safe, although the plane was damaged. The Group for the "
        "Support of Islam and Muslims (JNIM), al-Qaeda's affiliate in the Sahel, said it had "
        "fired at the airport, which also houses an army camp. The group has besieged "
        "Timbuktu since August, cutting off roads and river traffic and attacking boats on "
        "the Niger River. Prices of food and fuel have soared in the city, residents say. Sky "
        "Mali, the only airline still serving Timbuktu and Gao, said it had suspended flights "
        "to the north. Residents said several shells also fell on neighbourhoods near the "
        "airport. The city's fabled earthen mosques were once a magnet for adventurous "
        "tourists, but visitors have largely stayed away since Islamist groups overran the "
        "north in 2012.",
        "E T H",
        "shelling",
    ),
    (
        "Al-Shabaab gunmen ambush Lamu-bound bus, killing three passengers",
        "Three passengers were killed when al-Shabaab militants ambushed a bus travelling "
        "from Mombasa to Lamu on Thursday morning, police said, a blow to an island town that "
        "has been trying to win back tourists. Gunmen hiding in the bush near Nyongoro fired "
        "at the Tahmeed bus and at a lorry behind it, then fled into the Boni forest, "
        "according to the Lamu County police commander. Eleven people were wounded and taken "
        "to hospital in Mpeketoni. The militants, who are fighting Somalia's government, have "
        "frequently planted roadside bombs and attacked vehicles on the road, and in some "
        "cases have separated passengers by religion. Police escorts were suspended on the "
        "stretch some months ago. The road is the only overland route to Lamu, whose old town "
        "is a UNESCO World Heritage Site, and to the resorts of Manda and Shela. Hotel owners "
        "said most foreign visitors fly in to Manda airstrip, but the attack would deter "
        'domestic travellers. "Every time we recover, something like this happens," said a '
        "guesthouse owner in the old town. Convoys would now run under armed escort, the "
        "county commissioner said.",
        "T V",
        "terrorist attack",
    ),
]
