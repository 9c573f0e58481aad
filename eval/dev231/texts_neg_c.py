"""dev231 negatives, part C: briefings with disasters, accidents, peaceful protests, peace talks and
ceasefires that hold, and the military without violence, among stories from the other desks."""

NEGATIVES = [
    (
        "Morning briefing: Pakistan's floods, a cricket series and the rupee",
        "Good morning. Here is what you need to know today. "
        "Floods caused by record monsoon rains have now killed more than 1,100 people in Pakistan, the disaster management authority said, and about 33m people have been affected. "
        "The army has deployed helicopters and boats to rescue families stranded on rooftops in Sindh, and hundreds of thousands are living in tents along raised roads. "
        "The government appealed for international help, calling it a 'climate catastrophe'. "
        "The rupee recovered slightly after the IMF approved a $1.1bn loan tranche. "
        "England's cricket team will tour Pakistan in the autumn as planned, the board confirmed. "
        "And in Lahore, the Alhamra arts centre has postponed its literary festival. Organisers say the money raised from ticket sales will go to flood relief.",
        "disaster",
    ),
    (
        "Five things to know: the Baltimore bridge, Boeing's chief and an Oscars host",
        "1. Six construction workers are presumed dead after a container ship lost power and struck the Francis Scott Key Bridge in Baltimore, bringing it down into the Patapsco River. "
        "Divers recovered two bodies on Wednesday, and the port, one of the busiest on the East Coast, will be closed for weeks. "
        "Officials said there was no sign of a deliberate act. "
        "2. Boeing's chief executive will step down at the end of the year amid the fallout from a door panel blowout on an Alaska Airlines jet. "
        "3. Jimmy Kimmel will host the Oscars again. "
        "4. Shares in Trump Media soared on their first day of trading. "
        "5. A late-season storm could bring a foot of snow to the Rockies this weekend. Denver airport has warned travellers to expect delays.",
        "accident",
    ),
    (
        "The Brussels briefing: tractors on Rue de la Loi, a Mercosur deal and Ryder Cup hopes",
        "Good morning from Brussels. "
        "More than 1,000 tractors rolled into the European quarter on Thursday as farmers from Belgium, France and the Netherlands protested against cheap imports and green rules, blocking traffic around the Berlaymont for the whole day. "
        "Police said the protest passed off calmly and that two drivers were fined for parking on the tram tracks. "
        "Inside, EU leaders agreed to delay a rule on fallow land. "
        "The Commission insists the Mercosur trade deal will be signed by the end of the year, though France remains opposed. "
        "Belgian golfer Thomas Pieters says he still hopes to make the European Ryder Cup team. "
        "And the Royal Meteorological Institute forecasts a dry, sunny weekend. That should bring big crowds to the Ommegang procession on the Grand-Place, which returns after renovation work on the square.",
        "protest",
    ),
    (
        "What the papers say: the Lebanon ceasefire holds, a new PM in Paris and wine exports",
        "Beirut's papers this Thursday report a first quiet night since the ceasefire between Israel and Hezbollah took effect at 4am on Wednesday. "
        "L'Orient-Le Jour describes long queues of cars heading south on the coastal road as displaced families returned to check on their homes, and the army said it was preparing to deploy to the border under the agreement. "
        "An-Nahar says the deal gives both sides 60 days to withdraw. "
        "In France, Le Figaro leads on the president's search for a new prime minister. "
        "Lebanon's wine producers told the Daily Star that exports to Europe rose despite the year's difficulties. "
        "And the weather service expects the first winter storm on Sunday. Fishermen in Tripoli and Batroun have been told to stay in port, and schools in the mountains may close for a day. Skiing in the Cedars should start early if the snow settles.",
        "peace",
    ),
    (
        "The defence newsletter: Talisman Sabre, a new frigate and a budget fight in Canberra",
        "Welcome to the defence newsletter. "
        "More than 30,000 troops from 19 countries are taking part in Talisman Sabre, the largest military exercise ever held in Australia, with amphibious landings in Queensland and a live-fire sinking of a decommissioned warship off the coast. "
        "The Royal Navy has commissioned its latest Type 26 frigate in Glasgow. "
        "In Canberra, the government faces a fight with the Greens over a defence budget that will rise to 2.3% of GDP. "
        "In business, BAE Systems raised its profit guidance. "
        "Finally, the Darwin Festival opens next week with the weather set fair. Its headline act is a Yolngu rock band from Arnhem Land, and organisers expect 150,000 visitors over 18 days. Tickets for the closing night sold out in an hour, they said.",
        "military",
    ),
    (
        "Morning briefing: Türkiye's earthquake, Istanbul markets and a Galatasaray concert",
        "Good morning. It is Tuesday, February 7. "
        "The death toll from the two earthquakes that struck southern Turkey and northern Syria on Monday has passed 5,000, and rescuers are racing against freezing temperatures to reach people trapped under collapsed buildings in Kahramanmaraş, Hatay and Gaziantep. "
        "The Turkish government declared a three-month state of emergency in ten provinces and said the army was setting up field hospitals. "
        "More than 70 countries have offered search and rescue teams. "
        "The Istanbul stock exchange halted trading after shares fell 7%. "
        "A charity concert for the victims is planned at Galatasaray's stadium on Sunday. The Turkish Football Federation suspended all league matches for two weeks, and clubs have sent buses of blankets and food to Hatay. Forecasters expect temperatures of minus 6C in Gaziantep tonight.",
        "disaster",
    ),
    (
        "What the papers say: an Odisha train disaster, a rate pause and a Test final",
        "Indian papers this Sunday are dominated by the train crash near Balasore in Odisha, where the Coromandel Express hit a stationary goods train and derailed into another passenger train on Friday evening. "
        "The death toll stands at 288, railway officials said, with more than 1,000 injured, making it the deadliest rail accident in the country this century. "
        "The Hindustan Times reports that a signal fault is suspected. "
        "The Mint says the Reserve Bank is expected to hold rates this week. "
        "The sports pages look ahead to the World Test Championship final against Australia at The Oval. "
        "And the IMD says the monsoon will reach Kerala a week late. Several papers note that the heatwave in Uttar Pradesh and Bihar has killed dozens of people, most of them elderly, and that hospitals in Ballia are under strain. The Indian Express has a long review of a new Hindi film about the 1983 World Cup.",
        "accident",
    ),
    (
        "The Belgrade letter: a student march, a lithium row and Đoković in Rome",
        "Welcome to the Belgrade letter. "
        "Tens of thousands of students and supporters marched through the centre of the capital on Saturday, holding 15 minutes of silence in memory of those killed when a station canopy collapsed in Novi Sad, in one of the largest protests in Serbia in decades. "
        "Police said the march was peaceful and no arrests were reported, and many residents brought food and water to the marchers. "
        "Environmental groups say they will challenge the Jadar lithium project in court. "
        "Novak Đoković reached the quarter-finals in Rome. "
        "The National Bank of Serbia kept rates unchanged, and the dinar was steady. "
        "And spring storms brought hail to Vojvodina, where farmers say the damage to orchards near Subotica is the worst in a decade.",
        "protest",
    ),
    (
        "Evening briefing: an Armenia-Azerbaijan treaty text, Yerevan's tech boom and a cognac row",
        "Here is tonight's briefing from the South Caucasus. "
        "Armenia and Azerbaijan have agreed the text of a peace treaty after nearly two years of talks, both foreign ministries said, though Baku says Armenia must change its constitution before it is signed. "
        "Armenia's prime minister called it 'a historic chance for peace'. "
        "Yerevan's technology sector grew by a fifth last year, helped by companies that relocated to the city. "
        "France and Armenia are arguing again over who may call their brandy cognac. "
        "Georgia's national rugby team will play Italy in Tbilisi in July. "
        "And heavy snow closed the Upper Lars border crossing for a day. Hundreds of lorries are waiting on the Russian side, and the Georgian roads department says it will reopen once the avalanche risk has passed. The ski season in Gudauri opens next week.",
        "peace",
    ),
    (
        "Five things to know: a North Korean missile test, Sony's profit and a Seoul derby",
        "1. North Korea fired a ballistic missile into the sea off its east coast on Thursday morning, South Korea's joint chiefs of staff said, the country's first launch in two months. "
        "Japan's coast guard said it fell outside its exclusive economic zone, and no damage to ships or aircraft was reported. "
        "2. Sony raised its profit forecast on strong PlayStation sales. "
        "3. FC Seoul beat Suwon in the capital derby in front of 50,000 fans. "
        "4. A Tokyo court fined a former Olympic official over bid-rigging. "
        "5. A fine-dust warning is in force for Seoul and Gyeonggi province until Saturday. 6. And the Busan International Film Festival announced a Japanese director as head of its jury, the first time in the festival's history.",
        "military",
    ),
    (
        "The LA briefing: wildfires force evacuations, the Oscars delay and a Lakers loss",
        "Good morning, Los Angeles. "
        "The Palisades and Eaton fires have now burned more than 35,000 acres and destroyed at least 10,000 homes and other buildings, and about 150,000 people remain under evacuation orders, officials said. "
        "Five people have been confirmed dead, and the National Guard has been deployed to help police guard evacuated neighbourhoods against looting. "
        "Winds of up to 80mph are forecast again tonight. "
        "The Academy delayed the announcement of Oscar nominations by two days. "
        "The Lakers' game against the Hornets was postponed. "
        "And insurers say losses could exceed $20bn, which would make it the most expensive wildfire in US history. The Getty Villa's collection is safe, the museum said, after staff cleared brush around the buildings.",
        "disaster",
    ),
    (
        "Newsletter: Colombia and the ELN sign a ceasefire, Bogotá's metro and Café de Colombia",
        "Welcome to this week's Colombia newsletter. "
        "The government and the ELN signed a six-month bilateral ceasefire in Havana on Friday, the first of its kind, at a ceremony attended by President Gustavo Petro and the group's commander. "
        "The truce will be monitored by the UN mission and the Catholic Church, and the parties said talks on the group's demobilisation would resume in Caracas next month. "
        "Bogotá's first metro line is now 50% complete, the city says. "
        "The coffee federation reported its best harvest in five years. "
        "And the national team climbed to ninth in the FIFA rankings. Luis Díaz was named player of the year. Forecasters warn that the El Niño could bring drought to the Caribbean coast by December, and the energy regulator says reservoirs are below 60%, raising the risk of power rationing.",
        "peace",
    ),
    (
        "The Jeju Air crash, the won's slide and a K-pop comeback: your morning briefing",
        "Good morning from Seoul. "
        "Investigators have recovered the flight recorders of the Jeju Air Boeing 737 that belly-landed and crashed into a concrete barrier at Muan airport on Sunday, killing 179 of the 181 people on board. "
        "The transport ministry said a bird strike was being examined, and it ordered checks on all 101 Boeing 737-800s operated by South Korean airlines. "
        "A week of national mourning is under way. "
        "The won fell to its weakest level against the dollar since 2009. "
        "A K-pop girl group announced a comeback album for February. "
        "And a cold wave will grip the country through the new year. Temperatures could fall to minus 15C in Gangwon province, and the government has asked companies to let staff work from home. The ski resorts in Pyeongchang say the snow is the best for years.",
        "accident",
    ),
    (
        "What the papers say: Nairobi teachers strike, a Safari Rally and the long rains",
        "Kenya's papers this morning lead on the teachers' strike that has closed public secondary schools across the country for a second week. "
        "The Daily Nation reports that thousands of teachers marched peacefully from Uhuru Park to the Teachers Service Commission, singing and waving placards, and handed over a petition demanding the pay rise promised in 2021. "
        "The Standard says talks will resume on Monday. "
        "On the sports pages, the Safari Rally returns to Naivasha next month. "
        "The Business Daily says the long rains are expected to lift the maize harvest. "
        "And the Star reports on a new direct flight between Mombasa and Dubai. The People Daily says the Kenya Meteorological Department has warned of floods in Kisumu and Budalangi as the rains set in, and the Red Cross has pre-positioned boats. Its features pages profile a Kibera rapper who sold out the Kenya National Theatre.",
        "protest",
    ),
    (
        "The Africa security newsletter: a mandate renewal, a new air force and a marathon",
        "Welcome to the Africa security newsletter. "
        "The UN Security Council renewed the mandate of its mission in South Sudan for another year, keeping the ceiling of 17,000 troops, after a debate about the delayed elections. "
        "Nigeria's air force took delivery of its first batch of Italian-built trainer jets at a ceremony in Kaduna. "
        "Rwanda hosted an African Union workshop on peacekeeping training in Kigali. "
        "Ghana's economy grew 5.7%, the fastest in five years. "
        "And in athletics, a Kenyan won the Lagos marathon in a course record. The Senegalese government, meanwhile, said it would close all French military bases in the country by the end of the year, in line with an agreement with Paris. In Cape Town, the rand rose after South Africa's coalition government passed its budget at the second attempt, and forecasters warned of a cold front bringing snow to the Cederberg.",
        "peace",
    ),
    (
        "Five things to know: Libya's Derna floods, Morocco's quake and an Afcon draw",
        "1. The floods that tore through Derna in eastern Libya after two dams burst during Storm Daniel have killed more than 4,000 people, the Red Crescent said, and more than 10,000 are missing. "
        "Whole neighbourhoods were swept into the sea, and about 30,000 people have been displaced. "
        "2. In Morocco, rescuers are still reaching villages in the Atlas mountains cut off by last week's earthquake, which killed nearly 3,000 people. "
        "3. The Africa Cup of Nations draw will be held in Abidjan next month. "
        "4. Egypt's inflation hit a record 38%. "
        "5. Tunisia's olive oil exporters expect prices to stay high. 6. And the Grand Egyptian Museum near the pyramids of Giza has opened its main galleries, with the Tutankhamun collection shown in full for the first time.",
        "disaster",
    ),
    (
        "Your weekend letter: Bastille Day parade, French bonds and the Tour de France",
        "Welcome to the weekend letter from Paris. "
        "Troops from the Indian army led the Bastille Day military parade down the Champs-Élysées, with Rafale jets flying overhead and Prime Minister Narendra Modi as guest of honour. "
        "France announced it would buy 26 more Rafale Marine jets for the Indian navy. "
        "French bonds rallied after the budget deal. "
        "In the Tour de France, a Slovenian rider took the yellow jersey in the Pyrenees. "
        "Fireworks at the Eiffel Tower drew 500,000 people, and the Paris police said the night had been calm. "
        "And the heat will return on Monday, with Météo-France expecting 36C in Lyon and a pollution alert in the Paris region. The Louvre has extended its opening hours until 9pm for the summer, and queues at the Pyramid stretched across the courtyard on Saturday.",
        "military",
    ),
    (
        "The climate newsletter: a hunger strike at the Hague, a COP deal and a heat record",
        "Welcome to the climate newsletter. "
        "Five activists on a hunger strike outside the Dutch parliament in The Hague have entered their third week, demanding an end to fossil fuel subsidies, and dozens of supporters hold a silent vigil every evening. "
        "Police have made no arrests, and the protest has been peaceful. "
        "At the UN climate talks in Baku, countries agreed that rich nations would provide $300bn a year by 2035. "
        "The Copernicus service says this year will be the hottest on record. "
        "And a Danish wind turbine maker reported its first profit in two years. Finally, farmers in Spain say the rains of the spring have saved the olive harvest after two years of drought, and prices of olive oil in supermarkets have fallen by a third. In Venice, the city council extended its day-tripper entry fee to 54 days next year.",
        "protest",
    ),
    (
        "The Baltic briefing: NATO drills, Riga's budget and a basketball final",
        "Good morning from Riga. "
        "About 9,000 NATO troops are taking part in exercises across Latvia and Estonia this month, practising river crossings and air defence, and residents near Ādaži have been warned of noise from live firing. "
        "Lithuania's parliament approved a plan to raise defence spending to 5% of GDP. "
        "Riga city council passed its budget after a long dispute over tram funding. "
        "Estonia's prime minister said the government would cut the number of ministries. "
        "In basketball, Žalgiris won the Lithuanian league final. "
        "And forecasters expect a warm weekend with temperatures near 25C. Riga's song and dance festival opens on Saturday, with more than 40,000 singers and dancers expected in the Mežaparks open-air stage. Air Baltic says it will add extra flights from Oslo and Stockholm for the festival.",
        "military",
    ),
]
