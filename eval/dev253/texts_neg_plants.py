"""dev253 negatives, part one: plants, fuel and waste (outages and restarts, Fukushima water,
quakes, heat and fires near reactors, leaks, markets, protests against plants)."""

NEGATIVES = [
    (
        "Fukushima operator begins releasing treated water into the Pacific",
        "Tokyo Electric Power began discharging treated radioactive water from the wrecked "
        "Fukushima Daiichi plant into the Pacific Ocean on Thursday, starting a process "
        "expected to last around 30 years. The first batch of 7,800 tonnes will be released over "
        "about 17 days through an undersea tunnel one kilometre offshore, TEPCO said. The water "
        "has been filtered to remove most radioactive elements except tritium and diluted to "
        "well below international safety limits, according to the International Atomic Energy "
        "Agency. China responded by banning all seafood imports from Japan, calling the ocean "
        "“the common property of all mankind”. Fishing cooperatives in Fukushima said they "
        "feared the release would undo years of work to rebuild trust in their catch. More "
        "than 1.3 million tonnes of water have accumulated in about 1,000 tanks since three "
        "reactors melted down after the 2011 earthquake and tsunami. Prime Minister Fumio "
        "Kishida said the government would stand by the fishing industry “even if it takes "
        "decades”.",
        "disaster",
    ),
    (
        "Robot arm retrieves first speck of melted fuel from Fukushima reactor",
        "A telescopic robot has retrieved a tiny piece of melted nuclear fuel from inside one of "
        "the reactors at the Fukushima Daiichi plant, the first time material has been removed "
        "since the 2011 disaster, its operator said on Thursday. The fragment, weighing less "
        "than 3 grams, was taken from the bottom of the primary containment vessel of unit 2 "
        "and placed in a sealed container, Tokyo Electric Power said. The operation had been "
        "suspended twice, once after workers assembled the pipes in the wrong order and once "
        "after cameras on the device failed because of high radiation. An estimated 880 tonnes "
        "of molten fuel debris remain in the three damaged reactors. Experts say analysing the "
        "sample will help engineers plan a far larger retrieval effort. The government and "
        "TEPCO aim to complete decommissioning by 2051, a target many specialists regard as "
        "unrealistic. Around 20,000 people remain unable to return to homes near the plant.",
        "disaster",
    ),
    (
        "Shika nuclear plant reports transformer damage after New Year's Day quake",
        "Hokuriku Electric Power said on Tuesday that transformers at its Shika nuclear plant "
        "had been damaged and leaked insulating oil after a magnitude 7.6 earthquake struck the "
        "Noto peninsula, but that there were no abnormalities at the two reactors, which have "
        "been offline since 2011. Part of the plant's external power supply was cut, and "
        "backup sources were being used to cool spent fuel pools, the company said. Japan's "
        "Nuclear Regulation Authority said sea level readings near the plant had risen by about "
        "3 metres. The quake killed more than 60 people and collapsed hundreds of wooden homes "
        "across Ishikawa prefecture, where the army was deployed to clear blocked roads. Some "
        "monitoring posts around Shika went silent because roads to them were cut. Critics said "
        "the disaster showed that evacuation plans for the area were unworkable. The utility "
        "had been seeking to restart unit 2.",
        "disaster",
    ),
    (
        "Heatwave forces EDF to cut nuclear output along the Rhone",
        "Electricite de France said it would reduce output at several nuclear reactors along the "
        "Rhone and Garonne rivers this week as a heatwave pushed water temperatures close to "
        "legal limits. The Bugey plant near Lyon and Golfech in the south-west were expected to "
        "run at reduced power or shut down altogether from Wednesday, the utility said in "
        "notices to the market. Rules limit the temperature of water discharged back into rivers "
        "to protect fish. French power prices for next-day delivery jumped to their highest "
        "since the spring, traders said. Meteo-France placed 16 departments on red alert with "
        "temperatures expected to reach 41 C. Campaigners said the summer curtailments, which "
        "have grown more frequent, were a warning about the vulnerability of reactors to "
        "climate change. EDF said the losses represented a small share of its annual production. "
        "Reactors on the coast are not affected because they use sea water.",
        "disaster",
    ),
    (
        "Firefighters battle blaze creeping towards Chernobyl's shut plant",
        "Hundreds of firefighters backed by aircraft were battling a forest fire in the "
        "Chernobyl exclusion zone on Monday that had come within 2 km of the defunct nuclear "
        "power plant, Ukrainian officials said. The blaze, which started more than a week ago "
        "and is believed to have been set by a local man burning grass, has swept through about "
        "11,500 hectares of forest, the emergency service said. Greenpeace Russia said satellite "
        "images suggested the fire was far larger. Authorities insisted that radiation levels "
        "in Kyiv, about 100 km south, were within normal limits, although smoke blanketed the "
        "capital at the weekend. The storage facilities for spent fuel and radioactive waste "
        "were not in danger, the agency that runs the zone said. Police have detained a 27-year-"
        "old resident on suspicion of starting the fire. Rain was forecast for later in the week.",
        "disaster",
    ),
    (
        "Turkey Point reactors shut as Hurricane Irma bears down on Florida",
        "Florida Power & Light began shutting down both reactors at its Turkey Point nuclear "
        "plant south of Miami on Friday as Hurricane Irma approached, and said it would also "
        "close its St Lucie plant further north if the storm tracked that way. The plant sits "
        "on the shore of Biscayne Bay, 20 feet above sea level, and was built to withstand "
        "winds far stronger than those forecast, the company said. About 6.3 million people "
        "were under evacuation orders across the state, the largest evacuation in Florida's "
        "history. The Nuclear Regulatory Commission sent inspectors to both sites. Turkey Point "
        "was hit by Hurricane Andrew in 1992, which damaged a smokestack and a water tank but "
        "not the reactors. The utility warned that millions of customers could lose power for "
        "weeks after the storm passed. Irma had already killed at least 20 people in the "
        "Caribbean.",
        "disaster",
    ),
    (
        "Taishan operator confirms damaged fuel rods after French partner raises alarm",
        "The operator of the Taishan nuclear power plant in southern China said on Sunday that "
        "about five fuel rods in one of its reactors had been damaged, leading to a rise in the "
        "concentration of radioactive noble gases in the primary circuit. China General Nuclear "
        "said the increase was within the range allowed by regulators and that there had been "
        "no leak into the environment. The statement came after its French partner Framatome "
        "told the US government it was dealing with a “performance issue” at the plant, one of "
        "the first two EPR reactors in the world to enter service. China's nuclear safety "
        "regulator said there were around 60,000 fuel rods in the reactor core and the share "
        "damaged was below 0.01%. EDF, which owns 30% of the joint venture, later called for "
        "the unit to be shut down for checks. The reactor was taken offline in July.",
        "accident",
    ),
    (
        "Sellafield admits leak from legacy silo will not be fixed until 2050s",
        "Sellafield Ltd has acknowledged that a leak of radioactive liquid from one of its "
        "oldest storage silos at the Cumbrian site will continue for decades, telling a "
        "parliamentary committee that the problem may not be solved until the 2050s. The "
        "Magnox Swarf Storage Silo, built in the 1960s, has been leaking contaminated water into "
        "the ground at a rate of about 2 cubic metres a day, according to the National Audit "
        "Office. The company said monitoring showed no risk to the public and that the leak was "
        "contained within the site. Members of the public accounts committee described the "
        "site's management of its major projects as “a catalogue of failures”. The cost of "
        "cleaning up Sellafield is now estimated at 136 billion pounds over the next century. "
        "Sellafield has separately been fined for cyber security failings. A spokesperson said "
        "the company was “making good progress” on emptying the silo.",
        "accident",
    ),
    (
        "Kakrapar reactor shut after heavy water leak in coolant channel",
        "Authorities at the Kakrapar Atomic Power Station in the western Indian state of "
        "Gujarat shut down one of its two reactors on Friday after a leak of heavy water from "
        "its primary heat transport system, the Nuclear Power Corporation of India said. The "
        "unit was brought to a safe shutdown within minutes and all workers had been "
        "accounted for, the company said, adding that no radiation had escaped beyond the "
        "plant boundary. The Atomic Energy Regulatory Board said it had sent a team to "
        "investigate. Local residents said they had learned of the incident from television "
        "and complained that no one from the plant had told them anything. The 220-megawatt "
        "pressurised heavy water reactor has operated since 1993. Officials said it was too "
        "early to say when the unit would return to service, and a preliminary report was "
        "expected within a fortnight.",
        "accident",
    ),
    (
        "Belgian prosecutors open sabotage inquiry after Doel 4 turbine oil drained",
        "Belgian federal prosecutors have opened an investigation into suspected sabotage at "
        "the Doel 4 nuclear reactor after some 65,000 litres of lubricating oil were drained "
        "from its steam turbine, forcing the unit to shut down, operator Electrabel said on "
        "Thursday. A valve that is normally locked had been opened deliberately in a part of "
        "the plant outside the nuclear zone, the company said, and the damage to the turbine "
        "could keep the 1,000-megawatt reactor offline until the end of the year. The "
        "country's nuclear regulator said there was no danger to the public. Investigators "
        "were questioning staff and contractors with access to the turbine hall, a prosecutor's "
        "spokesman said, adding that there was no indication of an outside attack. Two other "
        "Belgian reactors are already offline because of cracks in their pressure vessels, "
        "leaving the country facing possible power cuts this winter. Electrabel's parent company, "
        "GDF Suez, said it had tightened access controls at all of its Belgian sites.",
        "crime",
    ),
    (
        "Onagawa reactor restarts, first in tsunami-hit north-east since 2011",
        "Tohoku Electric Power restarted the No. 2 reactor at its Onagawa nuclear power plant on "
        "Tuesday, the first reactor to resume operations in the region hit by the 2011 "
        "earthquake and tsunami. The boiling water reactor, of the same type as those that "
        "melted down at Fukushima Daiichi, had been offline for 13 years while the utility built "
        "a 29-metre seawall and carried out other safety work costing about 570 billion yen. "
        "Onagawa sits about 120 km north of Fukushima and was itself struck by a 13-metre "
        "tsunami, although its reactors shut down safely and the plant served as a shelter for "
        "hundreds of townspeople. Local residents who had sued to stop the restart lost their "
        "case last year. The company expects to begin commercial operations next month. Japan "
        "now has 13 reactors in operation, compared with 54 before the disaster.",
        "other",
    ),
    (
        "Uranium price breaks $100 as funds and utilities battle for scarce supply",
        "The spot price of uranium rose above $100 a pound on Monday for the first time since "
        "2007, capping a rally that has more than doubled prices in a year as utilities and "
        "investment funds compete for limited supplies. Sprott Physical Uranium Trust, which "
        "buys the metal to hold, has raised hundreds of millions of dollars since December, "
        "tightening the market further. Producers have struggled to respond, and Kazatomprom "
        "warned last week that it would miss production targets because of shortages of "
        "sulphuric acid. Analysts at one Canadian bank called the situation “a supply war”, "
        "while others warned of a speculative bubble. Shares of Cameco jumped 6% in Toronto. "
        "Demand has been boosted by plans to extend the life of existing reactors and by new "
        "construction in China and India. The last time prices were this high, they collapsed "
        "within 18 months.",
        "economy",
    ),
    (
        "Microsoft deal to revive Three Mile Island reactor as AI arms race drives power hunt",
        "Constellation Energy said on Friday it would restart a reactor at the Three Mile Island "
        "nuclear plant in Pennsylvania after Microsoft agreed to buy all of its power for 20 "
        "years to run data centres. Unit 1, which closed in 2019 for economic reasons, is "
        "separate from the reactor that partially melted down in 1979 in the worst accident in "
        "US commercial nuclear history. It will be renamed the Crane Clean Energy Center and "
        "could return to service in 2028, subject to approval from regulators. Technology "
        "companies are scrambling to secure electricity for artificial intelligence, which "
        "analysts describe as an arms race among the largest cloud providers. Constellation "
        "shares rose 22%. The company said it would spend about $1.6 billion on the restart. "
        "Local officials welcomed the return of about 600 jobs. "
        "Anti-nuclear campaigners in Harrisburg said they would challenge the licence.",
        "economy",
    ),
    (
        "Thousands line tracks as last Castor waste train heads for Gorleben",
        "Several thousand anti-nuclear campaigners lined the railway in Lower Saxony on Sunday "
        "as a train carrying 11 containers of highly radioactive waste from France rolled "
        "towards the interim storage site at Gorleben. Protesters held candles, banners and "
        "yellow crosses, the symbol of the local movement, and farmers parked tractors along "
        "the route, police said. Around 20,000 officers were deployed. A group of activists "
        "chained themselves to the tracks near Dannenberg, delaying the train by several hours "
        "until police cut them free and removed them without incident. Organisers said the "
        "demonstration had been entirely peaceful. The waste was produced by German reactors "
        "and reprocessed at La Hague. The government has said no more Castor shipments will go "
        "to Gorleben while a search for a final repository continues.",
        "protest",
    ),
    (
        "South Korean fishermen rally in Seoul against Fukushima discharge",
        "Several thousand fishermen and environmental activists rallied in central Seoul on "
        "Saturday against Japan's plan to release treated water from the Fukushima nuclear "
        "plant into the sea, chanting slogans and waving placards reading “Our sea is not a "
        "dumping ground”. Organisers said about 15,000 people took part, while police put the "
        "number at 6,000. The march to the Japanese embassy passed without incident. Opposition "
        "Democratic Party leader Lee Jae-myung told the crowd that President Yoon Suk Yeol's "
        "government had failed to protect the country's fishing communities. Seoul has said it "
        "respects the findings of the International Atomic Energy Agency, which concluded that "
        "the release would have a negligible impact on people and the environment. Fish prices "
        "at markets in Busan have fallen as consumers stockpile salt. Some demonstrators "
        "shaved their heads in protest.",
        "protest",
    ),
    (
        "Taiwan vote to restart Maanshan plant fails to reach threshold",
        "A referendum on restarting Taiwan's last nuclear power plant failed on Saturday despite "
        "winning a large majority of votes cast, because turnout fell short of the legal "
        "threshold, the Central Election Commission said. About 4.3 million people voted in "
        "favour of bringing the Maanshan plant back into service, against 1.5 million opposed, "
        "but the yes vote needed to reach a quarter of eligible voters. The plant's second "
        "reactor was shut down in May, making Taiwan nuclear-free after decades of political "
        "battles over the technology. The opposition Kuomintang, which pushed for the vote, "
        "said the result showed public opinion had turned. President Lai Ching-te said his "
        "government would consider restarts if they were safe, a shift from his party's "
        "long-standing anti-nuclear stance. Taiwan imports more than 90% of its energy.",
        "politics",
    ),
    (
        "Finland begins trial run of world's first deep repository for spent fuel",
        "Posiva, the Finnish nuclear waste company, has started a trial run at its Onkalo "
        "repository on the island of Olkiluoto, moving dummy canisters into tunnels more than "
        "400 metres underground to test the final disposal process. The copper canisters, "
        "each about 5 metres long, will be placed in holes drilled in the bedrock and "
        "surrounded by bentonite clay. If regulators approve, the facility will become the "
        "first in the world to permanently dispose of spent nuclear fuel. Posiva said it "
        "expected an operating licence within a year or so. The repository is designed to hold "
        "6,500 tonnes of uranium and isolate it for 100,000 years. Sweden is building a similar "
        "site at Forsmark, while the United States abandoned plans for Yucca Mountain. The "
        "project has cost about 1 billion euros so far. "
        "Local officials in Eurajoki, where the site lies, say the project has brought steady tax income and hundreds of jobs.",
        "other",
    ),
    (
        "Hospitals ration isotopes as research reactor outages squeeze supply",
        "Hospitals across Europe have begun postponing some heart and cancer scans because of a "
        "shortage of molybdenum-99, the isotope used in about 30 million diagnostic procedures "
        "a year, after unplanned outages at two of the handful of research reactors that make "
        "it. The High Flux Reactor at Petten in the Netherlands has been offline since October "
        "because of a problem with its cooling system, and a reactor in Belgium is in "
        "scheduled maintenance. The European Association of Nuclear Medicine advised "
        "departments to prioritise urgent cases and children. Molybdenum-99 decays within days "
        "and cannot be stockpiled. Suppliers said deliveries of technetium generators would be "
        "cut by up to half for at least three weeks. The shortage has renewed calls for "
        "governments to fund new reactors, as several of those producing isotopes are more than "
        "50 years old.",
        "health",
    ),
    (
        "Diablo Canyon wins five more years after Sacramento showdown",
        "California lawmakers voted late on Wednesday to extend the life of the Diablo Canyon "
        "nuclear plant by up to five years, reversing a 2016 agreement to close the state's last "
        "nuclear station in 2025 after a fierce battle in the final hours of the legislative "
        "session. Governor Gavin Newsom had pushed for the extension, arguing the plant was "
        "needed to avoid blackouts during heatwaves. The bill provides owner Pacific Gas and "
        "Electric with a loan of up to $1.4 billion. Environmental groups said the deal was "
        "rushed and would divert money from renewable energy, while supporters noted that "
        "Diablo Canyon produces around 9% of California's electricity. Some lawmakers who voted "
        "against it accused the governor of “going nuclear” on his own party. The plant still "
        "needs approval from the Nuclear Regulatory Commission to keep running.",
        "politics",
    ),
]
