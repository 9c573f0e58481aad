"""Positives (1 of 2): attacks on tourists, hotels and resorts, and flights halted by strikes."""

POSITIVES = [
    (
        (
            "Tour operators fly thousands home from Tunisia after gunman kills 38 at Sousse beach "
            "hotel"
        ),
        (
            "Thomas Cook and TUI began flying thousands of holidaymakers home from Tunisia on "
            "Saturday, a day after a gunman opened fire on sunbathers at a beachfront hotel in "
            "Port El Kantaoui, north of Sousse, killing 38 people, most of them British. The "
            "attacker, a 23-year-old student who had hidden a Kalashnikov inside a folded "
            "parasol, walked along the sand and through the pool area of the Imperial Marhaba "
            "before police shot him dead in a side street. Islamic State said in an online "
            "statement that one of its 'soldiers' had carried out the attack. Prime Minister "
            "Habib Essid said the government would close some 80 mosques operating outside state "
            "control and put armed tourist police on the beaches. Thomas Cook said ten extra "
            "flights had been laid on, and that customers due to travel in the coming week could "
            "switch destination free of charge. Britain's Foreign Office stopped short of "
            "advising against all travel but warned that further attacks were 'highly likely'. "
            "Tourism accounts for about 7% of Tunisia's economy and employs roughly 400,000 "
            "people, and the shooting came barely three months after gunmen killed 21 tourists at "
            "the Bardo museum in Tunis. 'We were told to lie flat behind the bar and not make a "
            "sound,' said a woman from Leeds waiting at Enfidha airport with her two children."
        ),
        "T V",
        "beach_attack",
    ),
    (
        (
            "Two German holidaymakers stabbed to death on Hurghada beach; Red Sea resorts tighten "
            "security"
        ),
        (
            "Two German women were stabbed to death and four other tourists wounded on Friday "
            "when a man swam ashore from a public beach in Hurghada and attacked guests at two "
            "neighbouring hotels, Egypt's interior ministry said. Witnesses said the attacker, "
            "armed with a knife, climbed over a low wall onto the beach of the Zahabia hotel, "
            "then moved along the shore to the Sunny Days El Palacio, where staff chased him and "
            "pinned him down until police arrived. Two Czech women and two Armenians were treated "
            "at Hurghada General Hospital, one of them for serious wounds. Security officials "
            "told reporters the 28-year-old suspect had pledged allegiance to Islamic State in "
            "messages found on his phone, and prosecutors opened a terrorism investigation. The "
            "attack came as Egypt's Red Sea resorts were recovering from years of slumping "
            "arrivals, with about 8.3m foreign visitors in 2016 against nearly 15m before the "
            "2011 uprising. Germany's foreign office updated its advice to urge 'heightened "
            "vigilance' but did not tell travellers to leave. Tour operators including FTI said "
            "holidays would go ahead, and the governor of the Red Sea province promised extra "
            "patrols at hotel beaches and boat piers. Hurghada's airport handled about 5 million "
            "passengers last year, most of them on charter flights from Germany, Russia and "
            "Eastern Europe. Several guests at the Zahabia said they planned to stay for the rest "
            "of their holiday."
        ),
        "T V",
        "stabbing_attack",
    ),
    (
        "Tourists cut short Kashmir trips after gunmen kill 26 in Pahalgam meadow",
        (
            "Hundreds of holidaymakers queued at Srinagar airport on Wednesday to fly out of "
            "Kashmir, a day after gunmen emerged from pine forest above Pahalgam and opened fire "
            "on tourists picnicking in the Baisaran meadow, killing 26 men, all but one of them "
            "visitors. Survivors told police the attackers asked some of the men their names and "
            "religion before shooting them at close range. A group calling itself The Resistance "
            "Front, which Indian officials describe as a front for the Pakistan-based "
            "Lashkar-e-Taiba, initially claimed the killings. IndiGo and Air India added extra "
            "flights out of Srinagar and waived change fees until the end of the month. Hoteliers "
            "in Gulmarg and Sonamarg said cancellations for May and June were running at 80% to "
            "90%, weeks into what had been expected to be a record season after 2.36 crore "
            "visitors in 2024. Pony-wallahs who lead tourists up to Baisaran held a candlelight "
            "march in Pahalgam town, and shops across the valley stayed shut in protest at the "
            "killings. 'We lived on these visitors,' one guide said, 'and now they will not come "
            "for years.'"
        ),
        "T V",
        "massacre",
    ),
    (
        (
            "Colombo hotels count the cost as Easter bombers strike three luxury properties and "
            "churches"
        ),
        (
            "Sri Lanka's tourism industry braced for mass cancellations on Monday after suicide "
            "bombers attacked three luxury hotels in Colombo and three churches on Easter Sunday, "
            "killing at least 290 people, among them more than 30 foreigners. Blasts tore through "
            "breakfast restaurants at the Shangri-La, the Cinnamon Grand and the Kingsbury within "
            "minutes of each other, and a further explosion hit a guesthouse in Dehiwala hours "
            "later. Police said the attackers belonged to a local Islamist group, National "
            "Thowheeth Jama'ath, and that 24 suspects had been arrested. A night-time curfew was "
            "imposed and social media blocked, and the US State Department raised its advisory, "
            "warning that terrorist groups 'continue plotting possible attacks'. Tourism brought "
            "Sri Lanka about 4.4 billion dollars in 2018 and the island had just been named the "
            "top country to visit in 2019 by Lonely Planet. Hotel managers said guests had begun "
            "checking out of beach resorts in Bentota and Galle, and the Sri Lanka Tourism "
            "Development Authority set up a help desk at Bandaranaike International Airport. "
            "'Every second booking for May has been cancelled,' said the owner of a small hotel "
            "in Unawatuna. Airlines including SriLankan and Emirates said they were operating "
            "normally, though passengers were told to arrive four hours early because of extra "
            "checks."
        ),
        "T E V",
        "bombings",
    ),
    (
        "Berlin urges caution after Sultanahmet suicide bomber kills German tour group",
        (
            "A suicide bomber blew himself up among a group of German tourists in Istanbul's "
            "historic Sultanahmet Square on Tuesday morning, killing ten people and wounding 15, "
            "a few metres from the Blue Mosque and the German Fountain. Turkish Prime Minister "
            "Ahmet Davutoglu said the bomber was a Syrian national and a member of Islamic State "
            "who had recently entered Turkey. Germany's interior minister said at least eight of "
            "the dead were German citizens, and that there was no indication Germans had been "
            "specifically targeted. Police sealed off the square, and the Hagia Sophia and the "
            "Topkapi Palace closed for the rest of the day. Berlin's foreign office advised "
            "travellers to avoid crowds and public squares and tourist attractions in Istanbul. "
            "The bombing deepens a slump for Turkish tourism, which lost Russian package holidays "
            "after the downing of a Russian jet in November. Tour operators said clients due to "
            "leave for Istanbul this week could rebook, while travellers at the city's Ataturk "
            "airport said hotels were eerily quiet."
        ),
        "T E V",
        "suicide_bombing",
    ),
    (
        "Airspace across Middle East shut as Iran fires ballistic missiles at Israel",
        (
            "Dozens of flights were diverted, turned back or cancelled on Tuesday evening as Iran "
            "fired about 180 ballistic missiles at Israel and neighbouring countries closed their "
            "airspace, leaving holidaymakers and transit passengers stranded across the region. "
            "Israel's Ben Gurion airport halted all traffic, and Jordan, Iraq and Lebanon closed "
            "their skies, while flight-tracking sites showed aircraft rerouting over Egypt and "
            "Saudi Arabia. Tourists in Tel Aviv and Jerusalem described sheltering in hotel "
            "stairwells and underground car parks as interceptions lit up the sky. Israel's "
            "military said most of the missiles were shot down, though some hit open areas and an "
            "air base in the south, and a Palestinian man was killed by falling debris in "
            "Jericho. Emirates, flydubai and Qatar Airways cancelled services to Amman, Baghdad "
            "and Beirut, and Lufthansa Group extended its suspension of Tel Aviv flights to the "
            "end of October. Travel insurers said policies bought after the first warnings might "
            "not cover disruption. Jordan's tourism ministry said hotels in Petra had already "
            "seen cancellations of about 60% since the summer."
        ),
        "E M",
        "missile_attack",
    ),
    (
        "Israelis stranded abroad and tourists leave by land as Israel and Iran trade strikes",
        (
            "Ben Gurion airport remained closed for a fifth day on Tuesday as Israel pressed on "
            "with air strikes on Iran and Iranian missiles continued to hit Israeli cities, "
            "leaving an estimated 150,000 Israelis stranded abroad and thousands of foreign "
            "visitors trying to leave. Israel's tourism ministry said it was helping tourists "
            "reach the Taba crossing into Egypt and the Allenby and Sheikh Hussein crossings into "
            "Jordan, from where several governments have arranged evacuation flights. Buses "
            "organised by tour operators left Jerusalem hotels before dawn, and the queue at Taba "
            "stretched for several hours. In Tehran, residents said drivers were fleeing the "
            "capital in long lines of traffic after the Israeli military warned people to leave "
            "parts of the city. The Iranian health ministry said more than 220 people had been "
            "killed in Iran since the strikes began, while Israeli officials put the toll from "
            "missile strikes in Israel at 24. El Al said it would run rescue flights from "
            "Larnaca, Athens and Rome once the airport reopens, capped at one bag per passenger. "
            "Cruise lines have cancelled calls at Haifa and Ashdod for the rest of the season."
        ),
        "E M D",
        "air_war",
    ),
    (
        (
            "Airlines suspend Tel Aviv flights after Houthi missile lands inside Ben Gurion "
            "perimeter"
        ),
        (
            "Several foreign airlines suspended flights to Tel Aviv on Sunday after a missile "
            "fired from Yemen slammed into a plantation next to the access road of Ben Gurion "
            "airport, gouging a crater and injuring eight people. Israel's military said attempts "
            "to intercept the missile had failed, and footage showed a column of smoke rising "
            "near Terminal 3 as passengers in the arrivals hall were directed to shelters. "
            "Flights were halted for about an hour before traffic resumed. Yemen's Houthi "
            "movement said it had targeted the airport with a hypersonic missile and warned "
            "foreign airlines that it was 'no longer safe for air travel'. Lufthansa, Swiss, "
            "Austrian and Brussels Airlines said they would not fly to Tel Aviv for at least a "
            "week, and Air India turned back a Delhi flight over Abu Dhabi. Wizz Air and Ryanair "
            "said they were monitoring the situation. Israel's hotel association said foreign "
            "arrivals were already about a third of their 2023 level, with most of the remaining "
            "tourism from the United States and France."
        ),
        "E",
        "missile_attack",
    ),
    (
        "Hundreds of flights delayed as Ukrainian drones target Moscow before Victory Day",
        (
            "Hundreds of passengers spent the night on airport floors in Moscow after waves of "
            "Ukrainian drones forced the capital's four main airports to suspend or restrict "
            "flights repeatedly on Tuesday and Wednesday. Moscow's mayor, Sergei Sobyanin, said "
            "air defences had shot down 19 drones approaching the city overnight, and fragments "
            "fell on the Kashirskoye highway, damaging a residential building. Russia's aviation "
            "authority said about 350 flights had been delayed or diverted at Sheremetyevo, "
            "Vnukovo, Domodedovo and Zhukovsky, with some aircraft sent to Kazan and Nizhny "
            "Novgorod. Aeroflot cancelled dozens of domestic services and offered free rebooking. "
            "The attacks came days before foreign leaders were due to arrive for the Victory Day "
            "parade, and Russian officials accused Kyiv of trying to disrupt it. Travel agents "
            "said bookings for the May holidays in Sochi and Kaliningrad were being rerouted by "
            "rail, with Russian Railways adding extra night trains from Moscow. Airport operators "
            "said they had set up camp beds and handed out water and snacks to passengers whose "
            "flights were held on the ground for up to nine hours."
        ),
        "E M",
        "drone_attack",
    ),
    (
        "Britain halts Sharm el-Sheikh flights as IS claims downing of Russian airliner",
        (
            "Britain suspended all flights to and from Sharm el-Sheikh on Wednesday and began "
            "planning to bring home some 20,000 British holidaymakers, saying the Russian "
            "airliner that crashed in the Sinai on Saturday may have been brought down by an "
            "explosive device. All 224 people on the Metrojet Airbus A321, most of them Russian "
            "tourists returning to St Petersburg, were killed when it broke up in mid-air 23 "
            "minutes after take-off. The Sinai branch of Islamic State said it had downed the "
            "plane, and the British government said intelligence suggested a bomb had been "
            "smuggled into the hold. Egypt's tourism minister called the decision 'premature', "
            "and EasyJet and Monarch passengers were told to stay in their hotels while extra "
            "security checks were arranged. Moscow halted all Russian flights to Egypt two days "
            "later, cutting off the source of about a third of the country's foreign visitors. "
            "Hotels in Naama Bay reported occupancy falling below 20% within a week, and tour "
            "operators cancelled holidays into January. Britons flown home were allowed only hand "
            "luggage, with suitcases shipped separately."
        ),
        "T E V",
        "bombing",
    ),
    (
        (
            "Gunmen take 170 hostages at Radisson Blu in Bamako; at least 20 dead after commando "
            "assault"
        ),
        (
            "At least 20 people, among them guests from Russia, China, Belgium and the United "
            "States, were killed when gunmen stormed the Radisson Blu hotel in Bamako on Friday "
            "and took about 170 guests and staff hostage, Malian officials said. The attackers, "
            "shouting 'Allahu Akbar', drove up in a car with diplomatic plates shortly before 7am "
            "and opened fire in the lobby before moving floor by floor through the 190-room "
            "hotel. Malian special forces, supported by French and US troops, fought their way "
            "into the building over several hours, freeing hostages in groups while exchanging "
            "fire with the gunmen on the upper floors. Two attackers were killed. Al-Mourabitoun, "
            "a group allied to al-Qaeda, claimed responsibility. The hotel is popular with "
            "airline crews, and Air France said 12 of its staff had been evacuated unharmed while "
            "Turkish Airlines said five crew members had escaped. Mali declared a ten-day state "
            "of emergency, and several governments advised against all travel to Bamako. The "
            "Radisson Blu reopened three months later behind new blast walls."
        ),
        "T V B",
        "hotel_siege",
    ),
    (
        "Ivory Coast beach resort reels after gunmen kill 19 at Grand-Bassam",
        (
            "Gunmen armed with assault rifles and grenades attacked beach hotels in the Ivorian "
            "resort town of Grand-Bassam on Sunday, killing 16 civilians and three soldiers, "
            "President Alassane Ouattara said. Witnesses said the attackers walked along the "
            "beach firing at people lying on loungers and children playing in the surf, before "
            "moving towards the Etoile du Sud hotel. Special forces killed six gunmen in an "
            "exchange of fire that lasted about an hour. Al-Qaeda in the Islamic Maghreb claimed "
            "the attack, its first in Ivory Coast, after similar assaults in Bamako and "
            "Ouagadougou. The dead included a French national and a German. Grand-Bassam, a "
            "UNESCO-listed colonial town 40km east of Abidjan, is a weekend favourite with "
            "expatriates and the Ivorian middle class. Hotel owners said rooms emptied within "
            "hours, and France's foreign ministry urged its nationals to 'redouble vigilance' at "
            "beaches and hotels along the coast."
        ),
        "T V",
        "beach_attack",
    ),
    (
        (
            "Mogadishu hotel siege ends after 30 hours; 21 dead, owners say Lido trade will not "
            "recover soon"
        ),
        (
            "Somali security forces ended a 30-hour siege at the Hayat hotel in Mogadishu on "
            "Sunday, after al-Shabaab gunmen stormed the building on Friday evening following two "
            "car bomb blasts at its gate, killing at least 21 people and wounding 117. Government "
            "officials said the attackers had barricaded themselves on the upper floors, and "
            "special units fought room to room through Saturday while parts of the building "
            "collapsed. Some 106 people, including women and children, were rescued, police said. "
            "Al-Shabaab, which is linked to al-Qaeda, said it had targeted officials it accused "
            "of meeting at the hotel. The attack came as Mogadishu's seafront hotels on Lido "
            "beach had been enjoying a modest revival, with diaspora visitors returning for "
            "summer holidays and new restaurants opening along the sand. 'The diaspora were "
            "coming back, they were booking weddings,' said one hotel manager, whose staff "
            "evacuated guests through a back entrance. The Somali government pledged compensation "
            "to families of the victims."
        ),
        "T V B E",
        "hotel_siege",
    ),
    (
        (
            "Kenya's tourism board moves to reassure visitors after al-Shabaab raid on DusitD2 "
            "complex"
        ),
        (
            "Kenya's tourism board said on Thursday that the country remained 'safe and open for "
            "business' after gunmen from al-Shabaab attacked the DusitD2 hotel and office complex "
            "in Nairobi, killing 21 people in a siege that lasted nearly 20 hours. The attack "
            "began on Tuesday afternoon when a suicide bomber blew himself up in the hotel's "
            "Secret Garden restaurant and gunmen opened fire on people in the car park and the "
            "lobby. Security forces said more than 700 people were evacuated from the complex, "
            "many of them office workers who had hidden under desks. The five attackers were "
            "killed, police said, and the dead included an American and a Briton. The Kenya "
            "Tourism Board said about 2 million international visitors came to Kenya in 2018, up "
            "37%, and that it did not expect significant cancellations for the safari high "
            "season. Britain's Foreign Office repeated its warning that terrorists were 'very "
            "likely' to try to carry out attacks in Kenya but did not change its advice for "
            "Nairobi. Several hotels in the Westlands and Upper Hill districts, where DusitD2 "
            "stands, said they had added bag searches and vehicle checks at their gates."
        ),
        "T V E",
        "hotel_siege",
    ),
    (
        ("Kabul's Intercontinental burned through the night as Taliban gunmen hunted foreigners"),
        (
            "Afghan forces regained control of Kabul's Intercontinental hotel on Sunday after a "
            "13-hour siege in which Taliban gunmen went floor by floor looking for foreigners, "
            "killing at least 22 people, 14 of them foreign nationals. Survivors said the "
            "attackers, dressed in army uniforms, entered through the kitchen during dinner and "
            "set fire to parts of the building, forcing guests to climb down knotted bedsheets "
            "from upper-floor windows. Afghan special forces backed by foreign advisers battled "
            "the gunmen through the night, and all six attackers were killed. Kam Air, a private "
            "airline, said several of its foreign pilots and crew, who were staying at the hotel, "
            "were among the dead. The Taliban said the attack targeted foreigners and officials. "
            "The hilltop hotel, opened in 1969, was one of the few places where visitors to Kabul "
            "could still stay, and had recently changed security contractors. Several foreign "
            "embassies advised their nationals to stay indoors and avoid hotels frequented by "
            "foreigners. The hotel's management said it would remain closed for repairs for "
            "several months."
        ),
        "T V B",
        "hotel_siege",
    ),
    (
        "British honeymooners and guide killed in ADF ambush at Uganda's Queen Elizabeth park",
        (
            "A British-South African couple on their honeymoon and their Ugandan guide were "
            "killed on Tuesday evening when rebels of the Allied Democratic Forces ambushed their "
            "safari vehicle in Queen Elizabeth National Park, police said, setting the vehicle on "
            "fire. The couple were returning to their lodge near Lake Edward after a game drive, "
            "a spokesman said. President Yoweri Museveni called the killers 'terrorists' and said "
            "the army would pursue them into the Democratic Republic of Congo. Islamic State, "
            "with which the ADF is allied, claimed the attack. The Uganda Wildlife Authority said "
            "the park, home to tree-climbing lions, remained open, but lodges reported that tour "
            "operators had begun moving guests to Murchison Falls and Lake Mburo. Tourism is "
            "Uganda's biggest foreign exchange earner, and arrivals had recovered to about 1.2m "
            "visitors in 2022. Britain's Foreign Office advised against all but essential travel "
            "to the park and the surrounding area."
        ),
        "T V",
        "ambush",
    ),
]
