"""dev209 negatives, ports and shipping: a bridge strike and a ferry sinking, a canal drought,
dockers' and lashers' strikes, a cocaine haul, the Cape route, canal politics, wartime mines and
little ships, naval drills, the grain deal, a quarantined cruise ship and a documentary, 2020-2025.

NEGATIVES = [(title, text, kind code), ...]; kind codes as in eval/conflictset.
"""

NEGATIVES = [
    (
        "Baltimore's Key Bridge collapses after container ship loses power; six workers missing",
        "Baltimore's Francis Scott Key Bridge collapsed into the Patapsco river early on Tuesday "
        "after a container ship lost power and struck one of its supports, sending vehicles and a "
        "road crew into the water. Six construction workers who were filling potholes on the "
        "bridge were missing and presumed dead by the evening, officials said, and two people "
        "were pulled from the river, one of them unhurt. The Singapore-flagged Dali, chartered by "
        "Maersk and bound for Sri Lanka, sent a mayday call about a minute and a half before the "
        "impact, which allowed police to stop traffic from driving onto the span. Video showed "
        "the ship's lights flickering off and on before it drifted into the pier and the steel "
        "truss crumpled. Maryland governor Wes Moore said there was no sign of a terrorist attack. "
        "The port of Baltimore, the busiest in the United States for car imports, was closed to "
        "shipping indefinitely. Carmakers and coal exporters began diverting cargo to Norfolk, "
        "Philadelphia and New York. The bridge carried about 30,000 vehicles a day on Interstate "
        "695, and transport secretary Pete Buttigieg warned that rebuilding it would take years. "
        "The National Transportation Safety Board took the ship's voyage data recorder. Its 21 "
        "crew, all Indian nationals, stayed on board. Divers suspended the search for the "
        "missing workers at nightfall because of strong currents and poor visibility. All six "
        "were immigrants from Mexico and Central America.",
        "accident",
    ),
    (
        "Ferry sinks in Bali Strait; four dead and 30 missing",
        "A passenger ferry sank in the Bali Strait late on Wednesday about 30 minutes after leaving "
        "the port of Ketapang in East Java for Gilimanuk in Bali, Indonesia's search and rescue "
        "agency said. The KMP Tunu Pratama Jaya was carrying 53 passengers, 12 crew and 22 "
        "vehicles, among them 14 trucks, according to the manifest. Four bodies were recovered and "
        "at least 29 people were found alive, some of them after drifting for hours in life rafts. "
        "Rescuers said high waves of up to two metres and strong currents were hampering the search "
        "for about 30 people still missing. The crew had reported a leak in the engine room before "
        "the ship capsized. Survivors said there had been no time to hand out life jackets. "
        "Indonesia's transport ministry said it would check whether the manifest matched the "
        "number on board, as ferries in the archipelago often carry more people than listed. "
        "Crossings between Java and Bali resumed on Thursday.",
        "accident",
    ),
    (
        "Drought forces Panama Canal to ration slots as queue of ships passes 100",
        "The Panama Canal Authority said on Wednesday it would reduce the number of ships allowed "
        "through each day to 24 from November, down from about 36 in normal times, because a "
        "severe drought has left Gatun Lake, which feeds the locks, at its lowest level for the "
        "season in decades. More than 100 vessels were waiting at either end of the canal this "
        "week, and some owners paid nearly $4m at auction to jump the queue. Each transit uses "
        "about 200 million litres of fresh water, which flows out to sea. Administrator "
        "Ricaurte V\u00e1squez said the restrictions could last into next year and that the "
        "authority was studying a new reservoir on the R\u00edo Indio. Meteorologists blame the "
        "El Ni\u00f1o weather pattern for the driest October since records began in 1950. "
        "Shipping lines carrying liquefied gas from the US Gulf coast to Asia have begun "
        "sailing around the Cape of Good Hope instead. Panama's government said villagers in the "
        "area of the proposed dam would be compensated.",
        "disaster",
    ),
    (
        "East and Gulf Coast dockworkers strike, shutting ports from Maine to Texas",
        "About 45,000 members of the International Longshoremen's Association walked off the job "
        "at midnight, shutting 36 ports from Maine to Texas in the first coast-wide dock strike in "
        "almost half a century. Pickets formed outside terminals in New York and New Jersey, "
        "Savannah, Houston and Baltimore, and container ships began anchoring offshore. The union "
        "is demanding a 77% pay rise over six years and a total ban on automated cranes and gates. "
        "Its president, Harold Daggett, had warned that he would \u201ccripple\u201d the economy "
        "if the employers did not give in. The United States Maritime Alliance, representing "
        "carriers and terminal operators, said it had offered a 50% rise. Analysts at JPMorgan "
        "estimated the stoppage could cost the economy up to $5bn a day. President Joe Biden said "
        "he would not use federal powers to force the dockers back to work. Shipping lines began "
        "imposing surcharges on cargo bound for the affected ports. Perishable goods such as "
        "bananas were expected to be among the first to run short.",
        "protest",
    ),
    (
        "Rotterdam lashers' strike idles container terminals as ships divert to Antwerp",
        "Lashing crews at the port of Rotterdam began a 48-hour strike on Saturday, halting loading "
        "at the main container terminals and forcing several carriers to send ships to Antwerp "
        "and Bremerhaven instead. The lashers, who secure containers on deck, are demanding "
        "an early retirement scheme for a job they say wears down the body. The FNV union said "
        "talks with employers had collapsed after weeks of negotiations. Around 100 workers "
        "gathered at the gates of the Maasvlakte terminals with banners and flags, and police "
        "reported no incidents. The port authority said the strike could lead to a backlog of "
        "thousands of containers. Hapag-Lloyd and MSC warned customers of delays. The employers' "
        "organisation said the union's demands would make the port less competitive. Further "
        "actions have been announced for the following week.",
        "protest",
    ),
    (
        "Antwerp seizes record 116 tonnes of cocaine as port becomes Europe's gateway for drugs",
        "Belgian customs seized a record 116 tonnes of cocaine at the port of Antwerp last year, "
        "up from 110 tonnes in 2022, the finance ministry said on Wednesday, confirming the "
        "port's place as Europe's main point of entry for the drug. Most of the shipments came "
        "from Ecuador, Colombia and Panama, hidden in containers of bananas and other fruit. "
        "Finance minister Vincent Van Peteghem said scanners installed at the terminals had "
        "helped, but that customs still checked only a small share of the more than 12 million "
        "containers passing through each year. Dockworkers say gangs offer them tens of thousands "
        "of euros to move a single container. A series of shootings and grenade attacks linked to "
        "rival drug gangs has hit Antwerp and Rotterdam in recent years, and an 11-year-old girl "
        "was killed in one in 2023. Prosecutors in both countries describe the gangs as ordinary "
        "criminal networks. Port officials said the war on drugs would be lost without more "
        "cooperation with Latin American ports.",
        "crime",
    ),
    (
        "Maersk keeps ships on Cape route despite Gaza ceasefire",
        "Maersk said on Thursday it would keep sending its container ships around the Cape of Good "
        "Hope for the time being, despite the ceasefire in Gaza, because it was too early to judge "
        "whether passage through the Red Sea would be safe. The Danish group's chief executive, "
        "Vincent Clerc, said it could take months before shipping lines were confident enough to "
        "return to the Suez Canal. Yemen's Houthis have said they will stop targeting ships "
        "unless they are linked to Israel. The diversion adds about ten days to voyages between "
        "Asia and northern Europe and has absorbed much of the industry's spare capacity, keeping "
        "freight rates well above their levels of 2023. A return to Suez would release a large "
        "number of ships at once, and analysts at Drewry said rates could fall sharply. The Suez "
        "Canal Authority has offered discounts of up to 15% to lure back container lines. Maersk's "
        "shares fell about 3% in Copenhagen. The company reports its annual results next week.",
        "economy",
    ),
    (
        "Trump vows to 'take back' Panama Canal, rattling shippers and Panama City",
        "President-elect Donald Trump said on Tuesday he would not rule out using economic or "
        "military pressure to take back control of the Panama Canal, saying the United States was "
        "being \u201cripped off\u201d by excessive fees and that China was effectively running "
        "the waterway. Panama's president Jos\u00e9 Ra\u00fal Mulino replied that the canal and "
        "its adjacent zone belonged to Panama and that its sovereignty was not negotiable. The "
        "Panama Canal Authority said it charged all ships the same tolls regardless of their "
        "flag. CK Hutchison, the Hong Kong conglomerate, has run ports at both ends of the canal "
        "since 1997, which Trump's allies cite as proof of Chinese influence. Shipping analysts "
        "said the rhetoric added uncertainty for lines that rely on the canal for trade between "
        "Asia and the US east coast. The United States handed the canal to Panama in 1999 under "
        "treaties signed by Jimmy Carter. Republican senators have introduced a bill supporting "
        "the president-elect's plan to buy Greenland as well.",
        "politics",
    ),
    (
        "Navy divers blow up wartime mine found by dredger off Maasvlakte",
        "Dutch navy divers detonated a Second World War sea mine in the North Sea on Thursday "
        "after it was brought up by a dredger working on the approach channel to Rotterdam's "
        "Maasvlakte terminals. The German ground mine, containing about 300 kg of explosives, "
        "was towed several kilometres offshore before it was blown up in a controlled explosion. "
        "Shipping in the channel was halted for about six hours, and the port authority said "
        "several container ships had waited at anchor. Tens of thousands of mines were laid in the "
        "North Sea during the war, and the navy's mine clearance service deals with dozens of "
        "finds every year. The dredger's crew noticed the object in the suction pipe and stopped "
        "work at once. A navy spokesman said mines of this kind remained dangerous after 80 years "
        "under water. Dredging resumed the same evening.",
        "history",
    ),
    (
        "Dunkirk little ships cross the Channel to mark 85 years since evacuation",
        "More than 50 of the privately owned boats that helped rescue Allied soldiers from the "
        "beaches of Dunkirk in 1940 set sail from Ramsgate on Thursday to cross the Channel once "
        "more, for ceremonies marking the 85th anniversary of the evacuation. The Association of "
        "Dunkirk Little Ships said the flotilla included pleasure cruisers, fishing boats and a "
        "Thames barge, escorted by Royal Navy and RNLI vessels. About 338,000 British and French "
        "troops were brought back across the Channel between May 26 and June 4 1940. Crowds "
        "gathered on the harbour wall to wave the boats off. Owners said keeping the wooden hulls "
        "seaworthy cost thousands of pounds a year. A service of remembrance will be held in "
        "Dunkirk on Sunday. The crossing takes about ten hours at the little ships' pace.",
        "history",
    ),
    (
        "Chinese military drills around Taiwan force ships to reroute from Kaohsiung approaches",
        "Container ships and tankers bound for Taiwan's ports changed course on Tuesday as the "
        "Chinese military held a second day of large-scale exercises around the island, "
        "including live-fire drills in areas of the East China Sea and the Taiwan Strait. The "
        "People's Liberation Army's Eastern Theatre Command said the drills, code-named Strait "
        "Thunder, rehearsed blockading key ports and striking targets on land and at sea. Taiwan's "
        "maritime authority issued navigation warnings for zones off Kaohsiung and Keelung and "
        "advised vessels to stay clear. Brokers said some owners had asked for extra war-risk "
        "cover, though most Taiwan calls went ahead with delays of a few hours. Taiwan's "
        "defence ministry said it had tracked 21 Chinese warships and 76 aircraft and sent its own "
        "ships to monitor them. No shots were fired. The United States called the drills "
        "irresponsible. Lloyd's List said the exercise had no measurable effect on freight rates.",
        "military",
    ),
    (
        "Russia and Ukraine sign deal in Istanbul to reopen Black Sea grain ports",
        "Russia and Ukraine signed separate agreements with Turkey and the United Nations in "
        "Istanbul on Friday to allow exports of grain from three Ukrainian Black Sea ports, raising "
        "hopes of easing a global food crisis. The deal provides for safe passage of ships from "
        "Odesa, Chornomorsk and Pivdennyi along a corridor through the mined waters, with "
        "inspections in Turkish waters to check that vessels are not carrying weapons. A joint "
        "coordination centre staffed by officials from the four parties will be set up in "
        "Istanbul. UN secretary-general Ant\u00f3nio Guterres called it \u201ca beacon on the "
        "Black Sea\u201d. About 20 million tonnes of grain are stuck in Ukrainian silos. "
        "Shipowners said they wanted to see how insurance would work before sending vessels. The "
        "agreement is valid for 120 days and can be renewed. Wheat prices fell in Chicago after "
        "the signing.",
        "peace",
    ),
    (
        "Coronavirus cases on quarantined cruise ship at Yokohama rise to 135",
        "Japan's health ministry said on Monday that 65 more people on board the Diamond Princess "
        "had tested positive for the new coronavirus, bringing the total on the quarantined cruise "
        "ship to 135, the largest cluster outside China. About 3,700 passengers and crew have been "
        "kept on board at Yokohama since last week, most of the passengers confined to their "
        "cabins. Those who test positive are taken to hospitals on shore. Crew members continue to "
        "serve meals and say they share cabins and eat together. The ship's operator, Princess "
        "Cruises, said passengers would receive full refunds. Health minister Katsunobu Kato said "
        "the quarantine would end as planned on February 19 if no new infections appeared. "
        "Experts have questioned whether keeping people on board is helping to stop the virus "
        "from spreading.",
        "health",
    ),
    (
        "'Stuck in Suez': documentary tells the story of the Ever Given's six days aground",
        "A new documentary about the Ever Given, the 400-metre container ship that blocked the "
        "Suez Canal for six days in March 2021, opens on streaming services this week. Built "
        "around interviews with pilots, tug captains and the dredger crew who dug the bow free, "
        "it shows how a single ship held up more than 400 vessels and, by some estimates, $9bn of "
        "trade a day. The director had access to footage filmed by the crew and by the Suez Canal "
        "Authority. Critics have praised its tension, though some found the music overblown. The "
        "film also follows the months of legal wrangling over compensation, during which the ship "
        "was held in the Great Bitter Lake. An excavator driver who became an internet star for "
        "digging at the bank features prominently. The Ever Given is still in service.",
        "entertainment",
    ),
]
