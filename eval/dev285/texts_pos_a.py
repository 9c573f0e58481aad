"""dev285 positives, part one: attacks on airports, shoot-downs and airspace shut as missiles
fly (2014-2025). (title, text, tag codes, kind), labels by eval/README.md section 1.
"""

POSITIVES = [
    (
        "Suicide blasts outside Kabul airport kill dozens as evacuation flights continue",
        (
            "Two explosions tore through crowds outside Kabul's Hamid Karzai International "
            "Airport on Thursday evening, killing at least 60 Afghans and 13 US service members, "
            "officials said, as thousands of people pressed towards the gates in the hope of "
            "boarding an evacuation flight. One blast struck near the Abbey Gate, where families "
            "had been standing for days in a sewage canal holding up documents to soldiers on the "
            "wall. The Islamic State group's Khorasan branch said one of its fighters had carried "
            'out the attack. "We will not forgive, we will not forget," President Joe Biden said '
            "at the White House. Gunmen opened fire on survivors after the first explosion, "
            "according to a Pentagon official who spoke on condition of anonymity. Hospitals run "
            "by the Italian charity Emergency said they had received more than 60 wounded in a "
            "single hour. Despite the attack, military transport aircraft kept taking off through "
            "the night, and the Pentagon said about 12,500 people had been flown out over the "
            "previous 24 hours. Western governments had warned of a specific threat earlier in "
            "the day and urged their citizens to stay away from the airport. The US-led airlift "
            "is due to end on August 31. At the Baron Hotel nearby, British troops were "
            "processing the last of their eligible Afghans when the blast went off. Taliban "
            "guards, who control the outer checkpoints, fired into the air to push crowds back "
            "from the gates. One Afghan man said his brother had been standing in the canal with "
            'his three children. "We came for a flight, we are going home with a body," he said.'
        ),
        "T E V D",
        "suicide_bombing",
    ),
    (
        "Karachi airport siege ends after night of fighting; Pakistani Taliban claim attack",
        (
            "Pakistani security forces regained control of Jinnah International Airport in "
            "Karachi on Monday after a five-hour gun battle with militants who stormed a cargo "
            "terminal disguised as airport security guards. At least 18 people, most of them "
            "airport staff and members of the Airport Security Force, were killed along with all "
            "ten attackers, a military spokesman said. The gunmen, armed with rifles, rocket "
            "launchers and suicide vests, had entered through two gates near the old terminal "
            "shortly before midnight. The Tehreek-e-Taliban Pakistan said it carried out the raid "
            "in revenge for the killing of its former leader Hakimullah Mehsud in a US drone "
            "strike. Flights were suspended and diverted to Lahore and Islamabad, and passengers "
            "waiting in departure lounges were kept inside as explosions echoed across the "
            "airfield. Pakistan International Airlines said operations would resume in the "
            "afternoon under heavy guard. Relatives of cargo workers who had hidden in a "
            "cold-storage room gathered at the gates, saying they had not heard from them since "
            "the night. The attack throws into doubt talks between the government of Nawaz Sharif "
            "and the militants."
        ),
        "T B",
        "airport_attack",
    ),
    (
        "Brussels airport and metro bombings kill 31; Belgium raises threat level to maximum",
        (
            "Two suicide bombers blew themselves up in the departures hall of Brussels Airport in "
            "Zaventem on Tuesday morning and a third bomb exploded about an hour later on a metro "
            "train at Maelbeek station, killing at least 31 people and wounding about 270, "
            "Belgian officials said. Witnesses at the airport described a first blast near the "
            "check-in desks, followed seconds later by a second explosion that brought down part "
            'of the ceiling. "There was smoke everywhere, people were lying on the floor covered '
            'in glass," said a passenger who had been queuing for a flight to Tel Aviv. The '
            "Islamic State group claimed responsibility through its Amaq news agency. Prime "
            'Minister Charles Michel called the attacks "blind, violent and cowardly". Police '
            "found a third, unexploded bag filled with nails at the airport, and bomb disposal "
            "teams carried out a controlled explosion in the afternoon. The airport will remain "
            "closed at least until Wednesday, its operator said, and flights have been diverted "
            "to Liege, Charleroi, Amsterdam and Paris. The attacks came four days after the "
            "arrest of Salah Abdeslam, the main surviving suspect in the Paris attacks of "
            "November. Belgium raised its terror alert to the highest level, and France, Germany "
            "and the Netherlands tightened checks at their borders and airports. Eurostar "
            "suspended trains to Brussels, and the city's public transport was shut down for the "
            "rest of the day. Residents opened their homes to stranded travellers under the "
            "Twitter hashtag #IkWoonHier. Police later published a CCTV image of three men "
            "pushing luggage trolleys through the departures hall."
        ),
        "T E V",
        "bombing",
    ),
    (
        "Turkish Airlines hub reopens hours after gun and bomb attack kills 41",
        (
            "Flights resumed at Istanbul's Ataturk Airport on Wednesday morning, less than a day "
            "after three attackers armed with assault rifles and explosive vests killed 41 people "
            "at the international terminal. Shattered glass and bloodstains were still visible "
            "near the arrivals hall as the first departures left for Frankfurt and Dubai, "
            "according to a Reuters witness. The men opened fire outside the terminal building "
            "before blowing themselves up when police returned fire, Turkish officials said. "
            "Prime Minister Binali Yildirim said initial evidence pointed to the Islamic State "
            "group, which has not claimed the attack. Among the dead were at least 13 foreign "
            "nationals, including citizens of Saudi Arabia, Iraq and China, and more than 230 "
            "people were wounded. The US Federal Aviation Administration briefly halted flights "
            "between the United States and Istanbul. Ataturk is Europe's third-busiest airport "
            "and the hub of Turkish Airlines, whose growth depends on transfer passengers between "
            "Europe, Asia and Africa. Analysts said bookings to Turkey, already hit by a string "
            "of bombings in Istanbul and Ankara this year, were likely to fall further."
        ),
        "T E V",
        "gun_and_bomb_attack",
    ),
    (
        "Saudia jet hit by gunfire at Khartoum airport as army and RSF battle for capital",
        (
            "A Saudia Airbus A330 preparing to depart for Riyadh was struck by gunfire at "
            "Khartoum International Airport on Saturday as fighting erupted between Sudan's army "
            "and the paramilitary Rapid Support Forces, the Saudi airline said. Passengers and "
            "crew had already boarded and were taken to the Saudi embassy, it said. The RSF "
            "claimed to have seized the airport and the presidential palace, claims the army "
            "denied. Videos shared on social media showed thick black smoke rising from the apron "
            "and at least two burning aircraft. Sudan's civil aviation authority closed the "
            "country's airspace, and airlines including EgyptAir, flydubai and Qatar Airways "
            "suspended services. Residents reported air strikes by army jets on RSF bases near "
            "the airport and heavy exchanges of artillery fire through the night. The Central "
            "Committee of Sudanese Doctors said at least 56 civilians had been killed across the "
            'country. "We are trapped in our homes, the shooting has not stopped for hours," a '
            "resident of the Burri district told Reuters by phone."
        ),
        "B E M",
        "battle",
    ),
    (
        "Drones strike Port Sudan airport, cutting the last air link for aid workers",
        (
            "Drones struck Port Sudan's international airport and a fuel depot nearby on Tuesday, "
            "the third consecutive day of attacks on the Red Sea city that has served as the seat "
            "of Sudan's army-backed government since 2023, residents and officials said. An army "
            "spokesman said the drones were launched by the Rapid Support Forces and hit a "
            "military air base adjacent to the civilian terminal. Flights were suspended and "
            "passengers were moved out of the terminal as fires burned through the morning. The "
            "United Nations said its humanitarian air service had paused flights into the city, "
            "which until now had been the main entry point for aid staff and supplies for the "
            'millions of people facing hunger elsewhere in the country. "This is a very serious '
            'development for the humanitarian operation," a UN spokesperson told reporters in New '
            "York. Port Sudan had been spared the fighting that has devastated Khartoum and "
            "Darfur. The strikes also hit the city's main port and a hotel near the presidential "
            "residence, witnesses said. Badr Airlines and Tarco said they would divert flights to "
            "Kassala and Dongola until further notice."
        ),
        "E H",
        "drone_strike",
    ),
    (
        ("Israeli strikes destroy Yemenia aircraft at Sanaa airport after Houthi missile attack"),
        (
            "Israeli warplanes struck Sanaa International Airport on Tuesday, destroying what "
            "Israel's military said were the last operational aircraft of the national carrier "
            "Yemenia at the Houthi-held airport and cratering its runway. The strikes came two "
            "days after a Houthi ballistic missile landed near Ben Gurion Airport outside Tel "
            "Aviv. Yemenia said three of its aircraft had been hit, and the airport's director "
            "told Houthi-run al-Masirah television that the damage was estimated at $500m. At "
            "least three people were killed, according to the Houthi-run health ministry. The "
            "airport, which reopened to limited commercial flights in 2022 under a UN-brokered "
            "truce, was the only air link for patients seeking treatment abroad and for pilgrims "
            "travelling to Saudi Arabia. Israeli aircraft also hit power stations and a cement "
            "factory in the surrounding area, the Israeli military said. A Houthi spokesman vowed "
            'to continue attacks on Israel "until the aggression on Gaza stops".'
        ),
        "E M",
        "airstrike",
    ),
    (
        ("Airlines halt Tel Aviv flights after Houthi missile lands inside Ben Gurion perimeter"),
        (
            "A ballistic missile fired from Yemen struck near the main terminal area of Ben "
            "Gurion Airport on Sunday, leaving a crater several metres deep beside an access road "
            "and prompting a string of foreign airlines to suspend flights to Israel. Israel's "
            "military said interceptor missiles had failed to bring down the projectile, which "
            "was fired by the Houthi movement. Six people were lightly wounded, the Magen David "
            "Adom rescue service said. Passengers were held in shelters for about an hour before "
            "flights resumed in the afternoon. Lufthansa Group, Air Europa, Wizz Air, Delta and "
            "United said they were cancelling services for days, and Air India diverted a "
            'Delhi-Tel Aviv flight to Abu Dhabi in mid-air. The Houthis said they would impose "a '
            'comprehensive aerial blockade" on Israel by repeatedly targeting its airports. It '
            "was the first time since the Gaza war began that a missile had hit the airport "
            "grounds, aviation risk consultancy Osprey Flight Solutions said in a note to "
            "clients."
        ),
        "E",
        "missile_strike",
    ),
    (
        "Middle East airspace shuts as Iranian drones and missiles head for Israel",
        (
            "Jordan, Iraq and Lebanon closed their airspace late on Saturday as Iran launched "
            "more than 300 drones and missiles towards Israel, forcing dozens of airliners to "
            "turn back or divert and leaving thousands of passengers stranded overnight. "
            "Flight-tracking data from Flightradar24 showed aircraft routing far to the south "
            "over Saudi Arabia and Egypt as the attack unfolded. Israel shut its own airspace and "
            "Ben Gurion Airport, and Jordanian air force jets joined Israeli, US and British "
            "aircraft in shooting down drones over Jordanian territory. Israel's military said "
            "99% of the projectiles had been intercepted, but a seven-year-old girl in a Bedouin "
            "village in the Negev was seriously wounded by shrapnel. Emirates, flydubai and Qatar "
            "Airways cancelled flights to Amman, Beirut and Baghdad, while Lufthansa extended a "
            "suspension of its services to Tehran. European regulators told carriers to avoid "
            "Israeli and Iranian airspace. Jordan reopened its skies on Sunday morning, and Iraq "
            "followed a few hours later."
        ),
        "E M",
        "missile_attack",
    ),
    (
        "Israeli jets hit Tehran's Mehrabad airport as Iranian airspace stays closed",
        (
            "Israeli aircraft struck Tehran's Mehrabad airport overnight, setting fire to at "
            "least one aircraft on the apron and hitting what the Israeli military said were "
            "refuelling planes and F-14 fighters used by Iran's air force. Iranian state media "
            "reported a fire at the airport, which handles domestic flights and shares its "
            "runways with a military base, and said air defences were active over the capital. "
            "Iran has kept its airspace closed to all civilian flights since Israel began its air "
            "campaign against nuclear and military sites on Friday, and neighbouring Iraq and "
            "Jordan shut theirs for long periods as missiles crossed in both directions. "
            "Thousands of Iranians have tried to leave by road for Armenia and Turkey, with "
            "queues of cars stretching for kilometres at border crossings. More than 220 people "
            "have been killed in Iran, its health ministry said, while Iranian missile strikes "
            "have killed at least 24 people in Israel. Flight-tracking maps showed a vast empty "
            "corridor from the eastern Mediterranean to Afghanistan, with traffic between Europe "
            "and Asia squeezed through Saudi Arabia and the Caucasus."
        ),
        "E M D",
        "airstrike",
    ),
    (
        ("Qatar briefly closes airspace as Iran fires missiles at US base; Doha flights diverted"),
        (
            "Qatar closed its airspace on Monday evening shortly before Iran fired missiles at Al "
            "Udeid Air Base, the largest US military installation in the Middle East, diverting "
            "dozens of flights bound for Doha's Hamad International Airport. Residents of Doha "
            "reported loud booms and streaks of light in the sky as Qatari air defences "
            "intercepted the missiles. Qatar's defence ministry said one missile had landed at "
            "the base but caused no casualties. Bahrain, Kuwait and the United Arab Emirates also "
            "temporarily closed their airspace. Qatar Airways flights from London, Paris and "
            "Bangkok were diverted to Riyadh, Muscat and other airports, and some aircraft spent "
            "hours in holding patterns over Saudi Arabia, according to Flightradar24. Tehran said "
            "the strike was retaliation for US bombing of its nuclear facilities at Fordow, "
            "Natanz and Isfahan two days earlier. Qatar reopened its airspace after about four "
            'hours, and Hamad International said it was working to restore its schedule. "We have '
            'thousands of transit passengers who need rebooking," an airline employee said at the '
            "terminal."
        ),
        "E M",
        "missile_attack",
    ),
    (
        "India shuts 32 airports and Pakistan closes its skies as missile exchanges widen",
        (
            "India ordered 32 airports across its north and west closed to civilian flights until "
            "May 15 as cross-border strikes with Pakistan intensified, the Airports Authority of "
            "India said on Saturday. Pakistan closed its entire airspace for a second time in a "
            "week after Indian missiles hit several air bases, including Nur Khan near Islamabad, "
            "the Pakistani military said. Islamabad said it had launched retaliatory strikes on "
            "Indian military targets, while Indian officials said Pakistani drones had been "
            "intercepted over Jammu, Amritsar and other cities overnight. Air India, IndiGo and "
            "SpiceJet cancelled hundreds of flights, and carriers from the Gulf, Europe and "
            "Southeast Asia rerouted around the region or suspended services. At Srinagar "
            "airport, which is shared with an Indian Air Force base, all civilian traffic was "
            'halted. "Passengers are advised to check their flight status before leaving home," '
            "IndiGo said in a post on X. The fighting began on Wednesday when India struck what "
            "it called terrorist infrastructure in Pakistan and Pakistan-administered Kashmir."
        ),
        "E M",
        "missile_strike",
    ),
    (
        "Azerbaijan says Russian air defence fire hit AZAL jet before Kazakhstan crash",
        (
            "Azerbaijan's president said on Sunday that an Azerbaijan Airlines passenger jet "
            "which crashed in western Kazakhstan on Christmas Day had been damaged by fire from "
            "Russian air defences over Grozny, where Ukrainian drones were attacking at the time. "
            'Ilham Aliyev said Moscow had tried to "hush up" the incident for several days. The '
            "Embraer 190, flying from Baku to Grozny with 67 people on board, was turned away "
            "from the Chechen capital and crossed the Caspian Sea before crashing near the Kazakh "
            "city of Aktau, killing 38 people. Photographs of the wreckage showed puncture holes "
            "in the tail section consistent with shrapnel, aviation experts said. Survivors "
            "described a loud bang near the aircraft as it approached Grozny. The Kremlin said "
            'President Vladimir Putin had apologised to Aliyev for the "tragic incident" in '
            "Russian airspace, without saying that Russia had shot the plane down. Several "
            "airlines, including flydubai and Israir, suspended flights to southern Russian "
            "cities after the crash."
        ),
        "E",
        "shootdown",
    ),
    (
        "Malaysia Airlines jet downed over eastern Ukraine with 298 on board",
        (
            "A Malaysia Airlines Boeing 777 flying from Amsterdam to Kuala Lumpur crashed in "
            "eastern Ukraine on Thursday in an area held by pro-Russian separatists, killing all "
            "298 people on board, and Ukraine's government said it had been shot down by a "
            "surface-to-air missile. Wreckage and bodies were scattered over several kilometres "
            "of wheat fields near the village of Hrabove, in the Donetsk region, Reuters "
            "reporters at the scene said. Ukrainian officials accused the rebels, who have downed "
            "several Ukrainian military aircraft in recent weeks, of firing a Buk missile. "
            "Separatist leaders denied involvement and said they did not have weapons capable of "
            "hitting a plane at 33,000 feet. Fighting between government forces and rebels "
            "continued nearby, and the thud of artillery could be heard from the crash site. "
            "Eurocontrol said it had closed the route over eastern Ukraine, and airlines "
            "including Lufthansa, Air France and Turkish Airlines said they would avoid Ukrainian "
            "airspace. At least 154 of the passengers were Dutch, and Prime Minister Mark Rutte "
            "cut short his holiday to return to The Hague."
        ),
        "E B",
        "shootdown",
    ),
    (
        "Russian helicopter assault seizes airfield near Kyiv as Ukraine closes its skies",
        (
            "Russian airborne troops landed by helicopter at Hostomel airfield on the "
            "north-western edge of Kyiv on Thursday and fought Ukrainian forces for control of "
            "the cargo airport, home to the world's largest aircraft, the Antonov An-225 Mriya. "
            "Ukraine's military said it had counterattacked and surrounded the paratroopers, "
            "while Russia's defence ministry said the airfield had been captured. Footage "
            "verified by Reuters showed Mi-8 helicopters flying low over the Dnipro river towards "
            "Kyiv and columns of smoke rising from the airfield. Ukraine's State Aviation Service "
            "closed the country's airspace to civilian flights at dawn, shortly before Russian "
            "missiles struck airports and air bases in Kyiv, Kharkiv, Dnipro and Ivano-Frankivsk. "
            'The European Union Aviation Safety Agency warned airlines of a "high risk" in the '
            "area. Ryanair, Wizz Air and Ukraine International Airlines cancelled all flights, "
            "stranding thousands of passengers. Antonov said it could not yet determine whether "
            "the Mriya had been damaged."
        ),
        "B M E",
        "battle",
    ),
]
