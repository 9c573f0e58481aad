"""dev115 negatives: a war abroad in daily life at home: fuel, food, freight and flights
(economy), fundraisers, weddings, festivals, schools and new lives (other), and the health,
accident and disaster news of people who fled long ago."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Gasoline tops 2,000 won a liter for first time in a decade",
        "The average price of gasoline at filling stations nationwide rose above 2,000 won "
        "per liter on Monday for the first time since 2012, according to the state-run "
        "Korea National Oil Corp. Diesel prices climbed even faster as global supplies "
        "tightened after Russia's invasion of Ukraine. The Finance Ministry said it would "
        "extend the fuel tax cut and raise it to 30 percent from May. Truckers' groups "
        "said the relief was not enough to cover their costs.",
        "economy",
    ),
    (
        "LTFRB okays P1 provisional jeepney fare hike as diesel soars",
        "The Land Transportation Franchising and Regulatory Board approved a provisional "
        "P1 increase in the minimum jeepney fare in Metro Manila, Central Luzon and "
        "Calabarzon, effective on Thursday, after diesel prices rose for the 11th straight "
        "week. Transport groups had asked for P5. Commuters said the increase would hurt "
        "as wages stayed flat. The Department of Energy blamed the rise on the war in "
        "Ukraine and tight supply. The board will hear the petition for a bigger increase "
        "next month.",
        "economy",
    ),
    (
        "Egypt turns to India and Romania for wheat as Black Sea supplies stall",
        "Egypt, the world's largest wheat importer, has bought wheat from India and "
        "Romania to replace cargoes from Russia and Ukraine that were delayed after the "
        "outbreak of war, the supply minister said on Sunday. He said strategic reserves "
        "were enough for four months and that subsidised bread would stay at five piastres "
        "a loaf. Private bakeries have raised the price of unsubsidised bread by up to 50 "
        "percent since February. The ministry also plans to buy more local wheat from "
        "farmers this season.",
        "economy",
    ),
    (
        "Electric Ireland announces second price rise of the year",
        "Electric Ireland will increase its electricity prices by 10.9% and gas prices by "
        "24.8% from the start of May, its second increase this year, adding about €170 and "
        "€330 a year to the average bills. The company blamed the volatility of wholesale "
        "gas prices since Russia's invasion of Ukraine. Consumer advocates said households "
        "already struggling should contact the company about payment plans before arrears "
        "build up.",
        "economy",
    ),
    (
        "Finnair cancels flights to Tokyo and Seoul as Russian airspace closes",
        "Finnair has cancelled its flights to Tokyo, Osaka, Seoul and Shanghai until "
        "further notice because it can no longer fly over Russia, the airline said on "
        "Sunday. Routes to Asia, which made up about half of its pre-pandemic revenue, "
        "would take up to four hours longer if flown around Russian airspace. The airline "
        "said it would keep flying to Bangkok, Delhi and Singapore on longer routings. Its "
        "shares fell 8% in Helsinki. Finnish tourism operators fear a drop in Japanese "
        "visitors to Lapland this winter.",
        "economy",
    ),
    (
        "Emirates and flydubai suspend Beirut flights; passengers rebooked",
        "Emirates has suspended flights to and from Beirut until the end of the month, and "
        "flydubai said its flights to the Lebanese capital were cancelled until further "
        "notice, the airlines said on Saturday. Passengers with bookings can rebook or "
        "request a full refund. Travel agents in Dubai said many Lebanese residents of the "
        "UAE had cancelled trips home for family events.",
        "economy",
    ),
    (
        "Flights diverted as Gulf states briefly close airspace",
        "Dozens of flights to and from Dubai and Doha were diverted or delayed on Monday "
        "night after Qatar, Bahrain and Kuwait briefly closed their airspace as a "
        "precaution, aviation authorities said. Passengers at Dubai International reported "
        "delays of up to five hours. Dubai Airports advised travellers to check with their "
        "airlines before leaving home. Airspace reopened within hours and schedules were "
        "expected to return to normal by Wednesday.",
        "economy",
    ),
    (
        "Red Sea diversions push freight rates up, clog Singapore's terminals",
        "Container freight rates from Asia to northern Europe have more than doubled since "
        "December as shipping lines divert vessels around the Cape of Good Hope, and the "
        "knock-on effects are showing up in Singapore's port, where waiting times for "
        "berths have stretched to up to seven days. The Maritime and Port Authority said "
        "it had reopened older berths at Keppel to add capacity. Shippers said the "
        "disruption could last into next year.",
        "economy",
    ),
    (
        "Fertiliser prices double as Brazil's farmers count on Russian supplies",
        "The price of potassium chloride used by Brazilian soybean farmers has more than "
        "doubled since the start of the year, and cooperatives in Mato Grosso fear "
        "shortages at planting time in September, as sanctions on Russia and Belarus "
        "disrupt supplies. Brazil imports about 85% of the fertilisers it uses. The "
        "agriculture minister travelled to Canada and Iran to seek alternative suppliers.",
        "economy",
    ),
    (
        "Kilmacud GAA club raises €40,000 for Ukrainian families",
        "Members of a south Dublin GAA club raised more than €40,000 for Ukrainian "
        "families living in the area with a 24-hour relay around their pitch at the "
        "weekend. Children, parents and county players took turns running, while a "
        "barbecue and a raffle of a signed jersey added to the total. The money will go "
        "towards furnishing homes and paying for English lessons. The club said more than "
        "30 Ukrainian children now play on its underage teams. Collection buckets will be "
        "at the club's matches for the rest of the season.",
        "other",
    ),
    (
        "Charity concert at the Esplanade raises $1.2m for Gaza relief",
        "A charity concert at the Esplanade on Saturday night raised $1.2 million for "
        "humanitarian relief in Gaza, the Singapore Red Cross said. Local musicians "
        "performed alongside a children's choir, and several donors matched contributions "
        "from the audience. The funds will go to medical supplies and food parcels, the "
        "charity said, adding that its previous appeal had been one of the largest in its "
        "history.",
        "other",
    ),
    (
        "Ukrainian couple who fled Mariupol marry in Cork",
        "A Ukrainian couple who came to Ireland with nothing but two suitcases were "
        "married in a church in Cork city on Saturday, surrounded by new friends from "
        "their adopted town. The bride's dress was made by a local dressmaker, and a "
        "Ukrainian choir formed in the city sang at the service. 'We lost our flat, but we "
        "found a family here,' the groom said. The couple both work in a hotel in Kinsale. "
        "They plan a honeymoon in Killarney.",
        "other",
    ),
    (
        "Syrian couple who met at language course marry in Hamburg",
        "Three years after arriving in Germany, a Syrian couple who met at an integration "
        "course in Harburg celebrated their wedding with 300 guests in a hall in "
        "Wilhelmsburg. The groom, a trained electrician from Aleppo, now works for a "
        "Hamburg energy company; the bride is studying pharmacy. Relatives who could not "
        "travel followed the celebration on video calls from Syria, Turkey and Sweden.",
        "other",
    ),
    (
        "Bloor West Ukrainian festival draws record crowds",
        "Hundreds of thousands of people packed Bloor Street West over the weekend for the "
        "Toronto Ukrainian Festival, the largest of its kind in North America, organisers "
        "said. Dancers in embroidered shirts performed on three stages, and the lines for "
        "varenyky stretched around the block. Proceeds from a silent auction will go to "
        "humanitarian groups. Many of the volunteers this year were newcomers who arrived "
        "from Ukraine in the past two years.",
        "other",
    ),
    (
        "New school year: 200,000 Ukrainian pupils in Polish classrooms",
        "About 200,000 Ukrainian children began the school year in Polish schools on "
        "Thursday, the Ministry of Education said, many of them in classes where a quarter "
        "of the pupils speak Ukrainian at home. Schools in Warsaw, Kraków and Wrocław have "
        "hired Ukrainian teaching assistants. Many more Ukrainian children are still "
        "following lessons online from the Ukrainian curriculum, which the ministry said "
        "made it hard to plan. The ministry has allowed Ukrainian pupils to take their "
        "final exams with extra time and dictionaries.",
        "other",
    ),
    (
        "Syrian refugee children settle in at Toronto school",
        "When nine-year-old Rama arrived at her new school in Scarborough last month, she "
        "knew three words of English. By the end of her first term she is reading picture "
        "books and playing on the school's soccer team. Her school has welcomed 40 Syrian "
        "children since the federal government began resettling refugees this winter, and "
        "has added a newcomer reception class. Teachers say the biggest challenge is "
        "helping parents navigate the system.",
        "other",
    ),
    (
        "Sudanese community schools in Cairo struggle to keep up with demand",
        "Community schools set up by Sudanese teachers in Ard el-Lewa and Faisal are "
        "turning children away as the number of Sudanese families in Cairo keeps rising, "
        "school directors said. The schools follow the Sudanese curriculum so that pupils "
        "can sit national exams. The Egyptian Ministry of Education has registered "
        "thousands of Sudanese pupils in public schools this year but many lack the "
        "documents to enrol. Fees range from 3,000 to 8,000 Egyptian pounds a year.",
        "other",
    ),
    (
        "From Kharkiv to Kobe: evacuee opens borscht cafe",
        "A Ukrainian woman who came to Japan two years ago as an evacuee has opened a "
        "small cafe near Sannomiya Station serving borscht, holubtsi and honey cake. She "
        "had worked as an accountant in Kharkiv and learned Japanese at a volunteer-run "
        "class. The city of Kobe helped her find the premises. 'My customers are mostly "
        "Japanese pensioners who want to practise saying thank you in Ukrainian,' she "
        "said. She plans to hire another Ukrainian woman next year.",
        "other",
    ),
    (
        "Saturday school helps Ukrainian children keep up their language in Limerick",
        "Every Saturday morning about 80 Ukrainian children fill the classrooms of a "
        "national school in Limerick city for lessons in Ukrainian language, history and "
        "maths, taught by volunteer teachers who arrived in Ireland since 2022. The school "
        "has been given the rooms free of charge by the board of management. Parents say "
        "they want their children to be able to go back to school in Ukraine if they "
        "return.",
        "other",
    ),
    (
        "HSE offers catch-up vaccines to Ukrainian children",
        "The HSE is offering catch-up vaccinations to children who have arrived from "
        "Ukraine, where rates of measles and polio vaccination are lower than in Ireland, "
        "the Health Protection Surveillance Centre said. Clinics will be held at rest "
        "centres and schools in the coming weeks, and GPs will also give the vaccines free "
        "of charge. Health officials said there had been no outbreaks linked to the new "
        "arrivals. Leaflets explaining the vaccines have been translated into Ukrainian "
        "and Russian.",
        "health",
    ),
    (
        "Moldova screens refugees for tuberculosis as winter approaches",
        "The Ministry of Health has started screening Ukrainian refugees staying in "
        "temporary accommodation centres for tuberculosis and offering flu and Covid "
        "vaccines, with support from the World Health Organization. Mobile X-ray units "
        "will visit centres in Chișinău, Bălți and the south. Officials said no cases had "
        "so far been found among the residents.",
        "health",
    ),
    (
        "Three dead as minibus carrying Ukrainian refugees crashes near Nyíregyháza",
        "Three people were killed and seven injured when a minibus carrying Ukrainian "
        "refugees collided with a lorry on the M3 motorway near Nyíregyháza early on "
        "Tuesday, Hungarian police said. The passengers, mostly women and children, had "
        "crossed the border at Záhony the previous day and were heading for Budapest. "
        "Police said the minibus driver had probably fallen asleep at the wheel.",
        "accident",
    ),
    (
        "Electrical fault blamed for fire at refugee hostel in Gelsenkirchen",
        "A fire that forced the evacuation of about 60 Ukrainian refugees from a former "
        "hotel in Gelsenkirchen overnight was caused by a faulty dryer in the laundry "
        "room, the fire brigade said on Sunday. Two residents were treated for smoke "
        "inhalation.",
        "accident",
    ),
    (
        "Ukrainian evacuees in Noto safe after quake, city says",
        "Eleven Ukrainians who had been living in Wajima and Nanao as evacuees from the "
        "war are safe after the New Year's Day earthquake, Ishikawa Prefecture said on "
        "Wednesday. Their homes were damaged and they are staying in a shelter with "
        "Japanese neighbours. A Ukrainian woman who works at a ryokan in Wajima said the "
        "shaking was 'the most frightening thing' she had experienced in Japan.",
        "disaster",
    ),
]
