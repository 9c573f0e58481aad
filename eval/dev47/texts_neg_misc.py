"""dev47 negatives: the rest of the business desk (peace deals and market reactions, history,
culture, sport sponsorship, health, crime, policy and other news). NEGATIVES = [(title, text,
kind code), ...]; kind codes from eval/conflictset (KIND_CODES)."""

NEGATIVES = [
    (
        "Grain deal signed in Istanbul reopens Ukraine's Black Sea ports",
        "Russia and Ukraine signed separate agreements with Turkey and the United Nations in Istanbul to reopen Ukraine's Black Sea ports to grain exports, with a joint centre to inspect ships. Wheat futures fell 5% after the signing. The first ship under the deal left Odesa ten days later.",
        "peace",
    ),
    (
        "Negotiators agree 30-day halt to energy strikes; gas prices ease",
        "Negotiators for Russia and Ukraine agreed in talks in Riyadh to a 30-day moratorium on strikes against each other's energy facilities, US officials said, and the two sides will discuss safe navigation in the Black Sea next week. European gas prices eased 3%.",
        "peace",
    ),
    (
        "Sudan and South Sudan agree oil transit fee cut under peace framework",
        "Sudan and South Sudan agreed in Juba to cut the fee for pumping South Sudanese crude through Sudanese pipelines and to set up a joint committee on security along the route, as part of talks mediated by the African Union. Exports had been halted for nine months. Oil accounts for 90% of South Sudan's revenue.",
        "peace",
    ),
    (
        "DRC and Rwanda sign minerals framework in Washington",
        "Congo and Rwanda signed an economic integration framework in Washington that is meant to bring Western investment into the region's tin, tantalum and gold supply chains, alongside a peace agreement signed last month. Mining stocks with Congo exposure rose. Critics said the deal did little for artisanal miners.",
        "peace",
    ),
    (
        "Armenia-Azerbaijan deal opens transit route; Caspian traders see gains",
        "Armenia and Azerbaijan agreed at the White House to open a transit route across southern Armenia, which logistics firms said could cut the journey for Caspian cargoes to Turkey by several days. The leaders initialled a peace treaty text. The route will be developed by a US company under a 99-year lease.",
        "peace",
    ),
    (
        "Fifty years on, the oil embargo that reshaped energy markets",
        "Fifty years ago this month, Arab oil producers cut exports to the United States and the Netherlands in retaliation for support of Israel during the October war, quadrupling oil prices and ushering in an era of petrol rationing and car-free Sundays. The shock led to the founding of the International Energy Agency.",
        "history",
    ),
    (
        "Kuwait marks anniversary of liberation and oil well fires",
        "Kuwait marked the anniversary of its liberation in 1991 with a ceremony at the Burgan field, where retreating Iraqi troops set more than 600 oil wells ablaze. Firefighting veterans from Texas and Canada were honoured; the fires took nine months to put out.",
        "history",
    ),
    (
        "Tanker War museum opens in Bandar Abbas",
        "A museum about the 'Tanker War' of the 1980s, when Iraq and Iran attacked hundreds of merchant ships in the Gulf, opened in Bandar Abbas with models of tankers and salvaged hull plates. Admission is free for seafarers. The museum also holds the logbooks of several tanker captains.",
        "history",
    ),
    (
        "Oil-war thriller tops streaming charts",
        "A thriller about mercenaries hired to seize a West African oil terminal topped the streaming charts in 40 countries in its first week, the platform said. Critics praised its battle scenes but called the plot absurd; the film cost $120 million to make.",
        "entertainment",
    ),
    (
        "Battlefield 6 sells 7 million copies in three days",
        "Electronic Arts said Battlefield 6 sold more than 7 million copies in its first three days, the fastest start for a shooter in the series, and EA shares rose 5%. The game's multiplayer servers hit a peak of 700,000 players; EA had delayed the launch by a year.",
        "entertainment",
    ),
    (
        "Book on the oil shock wins business book prize",
        "A history of the 1970s oil shocks, told through the lives of traders, sheikhs and shipping magnates, won the Financial Times business book of the year award on Wednesday. The judges called it 'a thriller about barrels'.",
        "entertainment",
    ),
    (
        "Aramco extends Formula One sponsorship in title battle season",
        "Aramco extended its global partnership with Formula One for ten years, as the sport heads into what commentators call the tightest title battle in a decade. Financial terms were not disclosed. The oil company also sponsors the Aston Martin team.",
        "sport",
    ),
    (
        "Ocean race fleet battles storms around Cape Horn",
        "The Ocean Race fleet battled 60-knot winds and huge seas as it rounded Cape Horn on Tuesday, and organisers said all crews were safe despite damage to the leading boat's sail.",
        "sport",
    ),
    (
        "Saudi fund's club spends big in transfer war",
        "The club owned by Saudi Arabia's sovereign wealth fund spent 150 million pounds on three strikers in the transfer window, fuelling a spending war with rivals. Its owners said the club was on track to break even.",
        "sport",
    ),
    (
        "Bird flu sends US egg prices to record",
        "US egg prices hit a record $6.23 a dozen as bird flu forced farmers to cull more than 30 million laying hens in three months, the Agriculture Department said.",
        "health",
    ),
    (
        "Foot-and-mouth case halts German pork exports",
        "South Korea, Mexico and Britain halted imports of German pork after the country's first case of foot-and-mouth disease since 1988 was confirmed in water buffalo near Berlin. Pig prices fell 10%. Germany said the outbreak had been contained to one farm.",
        "health",
    ),
    (
        "Argentine bonds rally as markets cheer election result",
        "Argentine dollar bonds rallied as much as 10 cents on Monday and the peso strengthened 8% after the ruling party won midterm elections, easing concerns about the government's reform agenda.",
        "other",
    ),
    (
        "Central bank declares war on inflation with 200 basis-point hike",
        "The central bank raised its key rate by 200 basis points to 21% and declared 'all-out war' on inflation, which hit 9.5% last month.",
        "economy",
    ),
    (
        "Former refugee's fintech start-up lists in London",
        "A payments start-up founded by a man who arrived in Britain as a refugee from Afghanistan at the age of 12 listed on the London Stock Exchange with a valuation of 1.2 billion pounds. The shares rose 18% on the first day. The company processes payments for migrants sending money home.",
        "other",
    ),
    (
        "Yen slides despite intervention 'bazooka', traders say",
        "The yen slid back past 155 per dollar a week after Japan's finance ministry fired its intervention 'bazooka', spending a record 9.8 trillion yen to prop up the currency. Traders said the intervention bought time but did not change the trend. Japan's finance minister said he was ready to act again.",
        "economy",
    ),
    (
        "Fuel smuggling ring busted in Mexico, 14 arrested",
        "Mexican authorities arrested 14 people and seized 10 million litres of fuel smuggled from the United States under false customs labels, the navy said. The finance ministry estimates fuel smuggling costs the state $10 billion a year in lost taxes. The navy took over customs at major ports last year.",
        "crime",
    ),
    (
        "Lagos businessman kidnapped for ransom freed, gang members arrested",
        "A Lagos businessman kidnapped by a gang who demanded a ransom of 500 million naira was freed unharmed in a police operation in Ogun state, and four suspects were arrested, police said. The gang had held him for six days.",
        "crime",
    ),
    (
        "Robbers hit bullion van at Johannesburg airport",
        "Armed robbers hijacked an armoured van carrying gold and cash near Johannesburg's O R Tambo airport and escaped with about 20 million rand, police said, adding that no one was injured.",
        "crime",
    ),
    (
        "Brussels agrees sanctions package targeting Russian regional banks",
        "EU ambassadors agreed a new package of sanctions on Russia that adds 22 regional banks and a trading house in the UAE to the list, and bans transactions with a Russian-owned port in Georgia. The package needed unanimity after Slovakia dropped its objections. Moscow said it would respond.",
        "politics",
    ),
    (
        "US Navy carrier group leaves Red Sea after nine months",
        "The aircraft carrier Dwight D Eisenhower left the Red Sea after a nine-month deployment and headed home to Norfolk, the Pentagon said. Another carrier will take over in the region next month. The ship had about 5,000 sailors on board.",
        "military",
    ),
    (
        "Swedish defence budget boost lifts Saab and shipbuilder orders",
        "Sweden's government proposed raising defence spending to 3.5% of GDP by 2030, and Saab won an order for two surface combatants. Saab shares rose 3% in Stockholm. The government said the money would go to air defence, submarines and ammunition stocks.",
        "military",
    ),
    (
        "Ports' drone defence: Rotterdam tests counter-drone system",
        "The port of Rotterdam tested a counter-drone system that can detect and jam unauthorised drones over its terminals, after several sightings near oil storage tanks last year, the port authority said. Police will decide how the system is used. The port authority said the system would be permanent from next year.",
        "military",
    ),
]
