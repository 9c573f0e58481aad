"""dev269 negatives, hazards and workplaces: storms, quakes, floods, fires, crashes, an epidemic
and strikes by workers as rolling coverage, some in countries where a war is named in passing."""

j = " ".join

NEGATIVES = [
    (
        "Hurricane Milton live updates: storm makes landfall near Siesta Key as tornadoes tear through Florida",
        j(
            [
                "2:00 pm ET Milton has weakened to a Category 3 storm but remains extremely dangerous, the National Hurricane Center says, with a storm surge of up to 13 feet possible around Tampa Bay.",
                "4:15 pm ET At least 19 tornadoes have been confirmed across South Florida ahead of landfall, and sheriff's officials in St Lucie County say several people were killed when one struck a retirement community near Fort Pierce.",
                "6:30 pm ET Governor Ron DeSantis says more than 9,000 National Guard troops have been activated and urges anyone still in evacuation zones to shelter in place.",
                "8:30 pm ET Milton has made landfall near Siesta Key, south of Sarasota, with maximum sustained winds of 120 mph.",
                "9:45 pm ET Winds have ripped part of the fabric roof off Tropicana Field in St Petersburg, home of the Tampa Bay Rays.",
                "10:40 pm ET A crane has collapsed on to an office building in downtown St Petersburg, city officials say.",
                "11:30 pm ET More than 2 million homes and businesses are without power across the state, according to utility tracking sites.",
                "7:00 am ET Residents of Sarasota wake up to flooded streets, and one man tells CNN his neighbourhood looks like a war zone.",
                "8:30 am ET The Coast Guard says it has rescued a truck driver clinging to the side of his cab in the Gulf after the storm passed.",
            ]
        ),
        "disaster",
    ),
    (
        "Turkey-Syria earthquake live: death toll passes 11,000 as rescuers race against time in freezing cold",
        j(
            [
                "06:00 GMT Rescuers in southern Turkey are working through the night in freezing temperatures to reach people trapped under collapsed buildings after Monday's magnitude 7.8 earthquake.",
                "07:30 GMT Turkey's disaster agency AFAD says the death toll in the country has risen to 8,574, and more than 49,000 people are injured.",
                "08:15 GMT In Syria, the government and the White Helmets civil defence group in the rebel-held north-west together report more than 2,600 deaths.",
                "09:00 GMT The UN says the only border crossing it uses to bring aid into north-west Syria, Bab al-Hawa, was damaged, and that no convoys have been able to cross since the quake.",
                "09:45 GMT Aid workers in Idlib say the region, already home to millions of people displaced by 12 years of war, has run out of heavy machinery to dig through the rubble.",
                "10:30 GMT President Recep Tayyip Erdoğan has declared a three-month state of emergency in 10 provinces and visited a tent city in Kahramanmaraş.",
                "11:45 GMT Rescuers in Hatay pull a girl alive from the rubble of a five-storey building after more than 60 hours.",
                "13:00 GMT Search teams from more than 70 countries are now on the ground in Turkey, the foreign ministry says.",
                "14:20 GMT The combined death toll in the two countries has passed 11,000.",
                "15:30 GMT In Gaziantep, a 2,000-year-old castle has been badly damaged, with parts of its walls and bastions reduced to rubble.",
                "16:45 GMT The European Union says it has mobilised search teams from 19 member states and is sending emergency shelter to the region.",
                "18:00 GMT The WHO warns that up to 23 million people may be affected by the quake, including millions of children.",
            ]
        ),
        "disaster",
    ),
    (
        "Storm Babet live: red weather warning in Scotland as rivers burst banks and homes evacuated",
        j(
            [
                "07.15 BST The Met Office's rare red warning for rain is in force across Angus and Aberdeenshire until noon, with up to 250mm expected in places.",
                "08.05 BST Residents of about 400 homes in Brechin have been told to leave after the River South Esk rose to record levels.",
                "09.20 BST Aberdeenshire Council says several rest centres are open and people should not try to drive through floodwater.",
                "10.40 BST Police Scotland say a 57-year-old woman was swept into a burn near Brechin and her body has been recovered.",
                "11.55 BST Train services between Aberdeen and Dundee have been suspended, and ScotRail is urging people not to travel.",
                "13.10 BST Firefighters are using boats to rescue residents trapped in their homes in River Street, where water reached the windowsills.",
                "14.30 BST The first minister, Humza Yousaf, says the coming hours will be challenging and praises the emergency services.",
                "16.00 BST Amber warnings remain in place for much of northern England, where the Environment Agency has issued more than 100 flood warnings.",
                "17.30 BST Residents in Brechin describe being rescued in the middle of the night as the water came in.",
            ]
        ),
        "disaster",
    ),
    (
        "Pakistan floods live: army joins rescue as a third of country under water",
        j(
            [
                "06:00 PKT The National Disaster Management Authority says 1,136 people have been killed since the monsoon rains began in mid-June, including 75 in the past 24 hours.",
                "07:30 PKT Army helicopters have been deployed to rescue stranded families in Swat, where a hotel on the river bank was swept away.",
                "09:15 PKT The climate change minister, Sherry Rehman, says about a third of the country is under water and calls it a “climate catastrophe”.",
                "10:40 PKT In Sindh, more than 1.6 million homes have been damaged or destroyed, and hundreds of thousands of people are living in tents by the roadside.",
                "12:05 PKT Aid agencies warn of outbreaks of cholera and malaria in relief camps where there is little clean water.",
                "13:20 PKT The United Nations has launched a $160m flash appeal for Pakistan.",
                "15:00 PKT The first aid flights from the UAE and Turkey have landed in Islamabad, carrying tents, food and medicine.",
                "17:10 PKT Prime Minister Shehbaz Sharif says the damage could exceed $10bn and that the country needs the world's help to rebuild.",
            ]
        ),
        "disaster",
    ),
    (
        "Maui wildfires live: Lahaina death toll rises as firefighters battle blazes across the island",
        j(
            [
                "8:00 am HST Maui County officials say the death toll from the wildfires has risen to 55, making it one of the deadliest in the US in a century.",
                "9:30 am HST Governor Josh Green says 80% of the historic town of Lahaina has been destroyed and that rebuilding will take years.",
                "10:45 am HST Firefighters are still battling three separate blazes on Maui, helped by Black Hawk helicopters from the Hawaii National Guard.",
                "12:00 pm HST Residents of Lahaina describe jumping into the sea to escape the flames as the fire swept through Front Street.",
                "1:20 pm HST The Coast Guard says it has pulled 17 people from the water off Lahaina.",
                "2:40 pm HST About 1,400 people spent last night in emergency shelters, and thousands of tourists are being flown out of Kahului airport.",
                "4:00 pm HST President Joe Biden has approved a major disaster declaration for Hawaii.",
                "5:30 pm HST Officials say cadaver dogs are being brought in, and warn the toll is likely to rise as search teams reach burned homes.",
            ]
        ),
        "disaster",
    ),
    (
        "Libya floods live: thousands feared dead in Derna after dams burst during Storm Daniel",
        j(
            [
                "07:00 GMT Officials in eastern Libya say more than 2,000 people are feared dead in the city of Derna after two dams burst during Storm Daniel, sending a torrent through the city centre.",
                "08:20 GMT The health minister in the eastern administration, Othman Abduljaleel, says whole neighbourhoods have been washed into the sea.",
                "09:40 GMT The country is split between rival governments in Tripoli and the east, which aid agencies say is complicating the response.",
                "10:50 GMT The International Federation of Red Cross and Red Crescent Societies says at least 10,000 people are missing.",
                "12:15 GMT Bodies are being buried in mass graves, and residents are searching the rubble for relatives with their bare hands.",
                "13:30 GMT Egypt, Turkey, the UAE and Qatar have sent rescue teams and aid, and the UN says it is releasing $10m from its emergency fund.",
                "15:00 GMT The International Organization for Migration says more than 30,000 people have been displaced in Derna.",
                "16:45 GMT Experts say the dams, built in the 1970s, had not been properly maintained for years.",
            ]
        ),
        "disaster",
    ),
    (
        "Valencia floods live: death toll passes 150 as army deployed to search flooded towns",
        j(
            [
                "08:00 CET Spain's worst flooding in decades has killed at least 158 people, most of them in the region of Valencia, officials say.",
                "09:15 CET More than 1,000 soldiers from the military emergencies unit are searching cars and ground-floor homes in Paiporta, Alfafar and Sedaví.",
                "10:30 CET Residents of Paiporta say the water rose to two metres in less than an hour on Tuesday evening, and that the emergency phone alert arrived after it was too late.",
                "11:45 CET Pedro Sánchez says the government will help the region “with all the resources necessary” and declares three days of national mourning.",
                "13:00 CET The state weather agency AEMET says some towns recorded more rain in eight hours than in the previous 20 months.",
                "14:20 CET Thousands of volunteers with brooms and buckets are walking across a bridge from Valencia city to help clear the mud.",
                "15:40 CET High-speed rail services between Madrid and Valencia are suspended, and the transport minister says repairs could take weeks.",
                "17:00 CET Supermarkets in the worst-hit towns have been emptied, and the police say they have arrested 39 people for looting.",
                "18:10 CET The regional president, Carlos Mazón, is facing growing criticism over the timing of the alert, and says an inquiry will look at what went wrong.",
                "19:00 CET Dozens of people are still listed as missing, and the defence minister says troops will search underground car parks in Aldaia through the night.",
                "20:15 CET Spain's football federation has postponed this weekend's matches involving Valencia and Villarreal.",
                "21:00 CET We are ending our live coverage for today; thank you for following.",
            ]
        ),
        "disaster",
    ),
    (
        "Morocco earthquake live: more than 2,000 killed as villagers dig through rubble in the Atlas mountains",
        j(
            [
                "07:00 GMT Morocco's interior ministry says the death toll from Friday night's magnitude 6.8 earthquake has risen to 2,012, with more than 2,000 injured.",
                "08:10 GMT The worst-hit areas are remote villages in the High Atlas in Al Haouz province, where mud-brick homes collapsed as people slept.",
                "09:25 GMT King Mohammed VI has declared three days of national mourning and ordered the armed forces to deploy search and rescue teams.",
                "10:40 GMT In Marrakech, families have slept in the streets and parks for a second night, afraid to return to damaged homes in the old city.",
                "12:00 GMT Roads into the mountains are blocked by rockfalls, and the army is using helicopters to reach some villages.",
                "13:15 GMT Morocco has accepted offers of help from Spain, the UK, Qatar and the UAE, the interior ministry says.",
                "14:30 GMT Blood donation centres in Marrakech have seen long queues since the morning.",
                "16:00 GMT In the village of Tafeghaghte, residents say almost every house has been destroyed and dozens of people were killed.",
            ]
        ),
        "disaster",
    ),
    (
        "Jeju Air crash live: 179 dead after plane skids off runway and explodes at Muan airport",
        j(
            [
                "00:30 GMT A Jeju Air Boeing 737-800 carrying 181 people has crashed while landing at Muan International Airport in South Korea, the fire service says.",
                "01:15 GMT Video shows the plane skidding along the runway without its landing gear down before it hits a wall and bursts into flames.",
                "02:30 GMT Officials say the flight was returning from Bangkok and that most of the passengers were South Korean.",
                "04:00 GMT The fire agency says 120 people are confirmed dead and that two crew members have been rescued from the tail section.",
                "05:20 GMT The air traffic control tower had warned the pilots of a possible bird strike minutes before the crash, officials say.",
                "07:10 GMT Acting President Choi Sang-mok has declared Muan a special disaster zone and ordered a full investigation.",
                "09:30 GMT The death toll has risen to 179, making it the deadliest air disaster on South Korean soil.",
                "11:00 GMT Jeju Air's chief executive bows in apology at a news conference in Seoul.",
            ]
        ),
        "accident",
    ),
    (
        "Baltimore bridge collapse live: six workers missing after cargo ship hits Key Bridge",
        j(
            [
                "5:00 am ET The Francis Scott Key Bridge in Baltimore has collapsed after being struck by a large container ship, the Maryland Transportation Authority says.",
                "5:45 am ET Video shows the ship, the Singapore-flagged Dali, losing power and veering into a support pillar at about 1:30 am, bringing most of the bridge down into the Patapsco River.",
                "7:15 am ET The fire chief says two people have been pulled from the water, one of them in a very serious condition.",
                "8:30 am ET Officials say a construction crew of eight was filling potholes on the bridge, and six of them are missing.",
                "10:00 am ET Governor Wes Moore says the crew on the ship issued a mayday call, allowing police to stop traffic before the collision.",
                "11:30 am ET The FBI says there is no specific or credible information to suggest a terrorist attack.",
                "1:00 pm ET The Port of Baltimore, one of the busiest on the East Coast, has suspended vessel traffic until further notice.",
                "7:30 pm ET The Coast Guard has moved from search and rescue to recovery, saying the six missing workers are presumed dead.",
            ]
        ),
        "accident",
    ),
    (
        "Coronavirus live: Johnson orders UK lockdown as nation put on war footing",
        j(
            [
                "17.30 GMT Downing Street says Boris Johnson will make a televised address to the nation at 8.30pm.",
                "18.10 GMT The UK death toll from the coronavirus has risen by 54 to 335, the Department of Health says.",
                "20.30 GMT Johnson announces that people must stay at home and may leave only for food, medicine, exercise once a day and essential work.",
                "20.35 GMT Shops selling non-essential goods, libraries, playgrounds and places of worship are to close, and gatherings of more than two people are banned.",
                "21.00 GMT The prime minister says the country is engaged in “a national fight” and that the measures will be reviewed in three weeks.",
                "21.40 GMT Police will have powers to fine people who break the rules, though the details are yet to be published.",
                "22.15 GMT NHS England says more than 11,000 former doctors and nurses have responded to calls to return to the frontline.",
                "23.00 GMT The government says it is working with supermarkets to deliver food to 1.5 million people at the highest risk.",
            ]
        ),
        "health",
    ),
    (
        "Junior doctors' strike live: walkout begins in England as NHS braces for disruption",
        j(
            [
                "07.00 BST Junior doctors in England have begun a four-day walkout, the longest in the history of the NHS, in their dispute over pay.",
                "07.45 BST Picket lines have formed outside hospitals including St Thomas' in London and the Royal Victoria Infirmary in Newcastle.",
                "08.30 BST NHS England says about 250,000 appointments and operations are likely to be postponed.",
                "09.20 BST The British Medical Association says its members have seen a real-terms pay cut of 26% since 2008 and are asking for full restoration.",
                "10.40 BST The health secretary, Steve Barclay, calls the demand for a 35% rise “unreasonable” and urges the union to call off the strike.",
                "12.10 BST Consultants are covering emergency departments, and hospital leaders say so far services are coping.",
                "13.30 BST At a rally in Trafalgar Square, junior doctors wave placards reading “Pay restoration now”.",
                "15.00 BST The Metropolitan Police say the rally passed off without any arrests.",
            ]
        ),
        "protest",
    ),
    (
        "France pension strike live: more than a million march as unions bring country to standstill",
        j(
            [
                "08:00 CET Rail traffic is heavily disrupted across France, with only one in three high-speed trains running, the SNCF says.",
                "09:15 CET Paris metro lines are largely shut, and many schools are closed as teachers join the strike against plans to raise the pension age from 62 to 64.",
                "10:30 CET The CGT says output at several refineries has been cut, and that strikers at EDF power plants have reduced electricity generation.",
                "12:00 CET Marches are under way in more than 200 towns, including Marseille, Lyon, Toulouse and Nantes.",
                "14:00 CET The Paris march has set off from Place de la République, led by the leaders of all eight main unions, walking side by side for the first time in 12 years.",
                "16:30 CET The interior ministry says 1.12 million people took part nationwide, while the CGT puts the figure at more than two million.",
                "17:45 CET The Paris police prefecture says the march ended at Place de la Nation without incident.",
                "18:30 CET Prime Minister Élisabeth Borne says the reform is “not negotiable” on the age of retirement, and unions announce a new day of action.",
            ]
        ),
        "protest",
    ),
    (
        "UAW strike live: auto workers walk out at Ford, GM and Stellantis plants in historic action",
        j(
            [
                "12:00 am ET Members of the United Auto Workers have walked off the job at three plants, the first time in the union's history that it has struck all three Detroit carmakers at once.",
                "12:30 am ET About 12,700 workers are on strike at the GM plant in Wentzville, Missouri, the Stellantis plant in Toledo, Ohio, and the Ford plant in Wayne, Michigan.",
                "6:30 am ET UAW president Shawn Fain calls the strategy a “stand-up strike” and says more plants could be added if talks do not progress.",
                "8:00 am ET Workers on the picket line in Wayne are holding signs reading “Record profits, record contracts”.",
                "10:15 am ET Ford's chief executive says the union's demands for a 40% pay rise over four years would force the company to cancel investments.",
                "12:30 pm ET President Joe Biden says the companies have shared record profits and should share them fairly with workers.",
                "3:00 pm ET Analysts at Anderson Economic Group estimate the strike will cost the economy about $5bn if it lasts 10 days.",
                "5:00 pm ET Negotiators for the union and GM are expected to return to the table on Saturday.",
            ]
        ),
        "protest",
    ),
    (
        "Germany rail strike live: GDL walkout halts trains as farmers block roads with tractors",
        j(
            [
                "06:00 CET Most long-distance trains in Germany have been cancelled as the GDL train drivers' union begins a three-day strike over pay and working hours.",
                "07:10 CET Deutsche Bahn says it is running an emergency timetable with about 20% of normal long-distance services.",
                "08:30 CET Farmers have blocked motorway slip roads with tractors in Bavaria and Lower Saxony, in the latest protest against cuts to diesel subsidies.",
                "09:45 CET Police in Munich say the farmers' convoy is moving slowly towards the city centre and that the protest is peaceful.",
                "11:20 CET GDL leader Claus Weselsky says the union will not back down until Deutsche Bahn agrees to a 35-hour week without loss of pay.",
                "13:00 CET Freight operators warn of delays to deliveries of coal and chemicals.",
                "14:40 CET The transport minister, Volker Wissing, calls on both sides to return to talks.",
                "16:30 CET Commuters in Frankfurt tell us they have switched to car-sharing apps and buses for the rest of the week.",
            ]
        ),
        "protest",
    ),
    (
        "Global climate strike live: millions of young people walk out of school from Sydney to New York",
        j(
            [
                "01:00 BST Tens of thousands of students are marching in Sydney and Melbourne, in the first of hundreds of climate strikes around the world today.",
                "05:30 BST In Delhi, hundreds of children gather outside the environment ministry with placards calling for clean air.",
                "09:00 BST In London, crowds are filling Millbank near Westminster, and organisers say 100,000 people have joined the march.",
                "10:20 BST Berlin police say around 80,000 people are protesting near the Brandenburg Gate, where the government is discussing its climate package.",
                "13:15 BST Kenyan students have marched through Nairobi's central business district, singing and waving banners.",
                "16:00 BST Greta Thunberg tells a crowd of about 250,000 in New York's Battery Park that “we will make them hear us”.",
                "18:30 BST Organisers estimate that more than four million people took part globally, which would make it the largest climate protest in history.",
                "19:15 BST Police in several cities say the marches passed off peacefully, with no arrests reported.",
            ]
        ),
        "protest",
    ),
    (
        "Argentina general strike live: unions march on Congress against Milei's reform decree",
        j(
            [
                "12:00 ART Argentina's main union federation, the CGT, has begun a 12-hour general strike, the first against President Javier Milei, just 45 days after he took office.",
                "12:45 ART Buses are running on a reduced timetable in Buenos Aires, and Aerolíneas Argentinas has cancelled nearly 300 flights.",
                "13:30 ART Tens of thousands of people are marching towards Congress, where lawmakers are debating the president's omnibus bill.",
                "14:40 ART Security minister Patricia Bullrich says the government will deduct a day's pay from public sector workers who join the strike.",
                "15:30 ART The march has reached Plaza del Congreso, where union leaders are addressing the crowd from a stage.",
                "16:50 ART Police have kept a visible presence around the square but there have been no reports of clashes.",
                "18:00 ART The government describes the strike as a failure, saying most workers went to work as normal.",
                "19:30 ART The CGT says it will keep up the pressure and is considering further action next month.",
            ]
        ),
        "protest",
    ),
]
