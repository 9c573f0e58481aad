"""dev151 negatives (3 of 4): cyber crime, piracy, sabotage probes, drug trafficking, industrial
and maritime accidents, disasters and an epidemic as the business desks cover them
(eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Jaguar Land Rover extends production shutdown after cyberattack",
        "Jaguar Land Rover said on Tuesday it would keep its factories in Britain, Slovakia, "
        "China and India closed until at least next week as it works to restore systems "
        "crippled by a cyberattack at the end of August. The carmaker, owned by India's Tata "
        "Motors, shut down its IT networks to contain the attack, halting production lines and "
        "the systems it uses to order parts and register new vehicles. A group of young "
        "English-speaking hackers claimed responsibility on Telegram. The stoppage is costing "
        "JLR an estimated £50mn a week in lost profit, analysts said, and has forced suppliers "
        "to lay off workers. The Unite union called on the government to set up a furlough "
        "scheme for the supply chain. The National Crime Agency said it was working with the "
        "company. The business secretary visited JLR's headquarters at Gaydon and said "
        "ministers were in close contact with the firm. Tata Motors shares fell 3% in Mumbai. "
        "Cyber security experts said the attack showed how dependent modern factories had "
        "become on interconnected software.",
        "crime",
    ),
    (
        "Ransomware attack halts container handling at Japan's busiest port",
        "Container operations at the port of Nagoya, Japan's largest by cargo volume, were "
        "halted for more than two days after a ransomware attack knocked out the system that "
        "manages its five terminals, the port authority said. The terminal system, which "
        "controls the loading and unloading of containers, went down early on Tuesday, and "
        "staff found a printer churning out ransom demands. Police said the attack had been "
        "carried out with LockBit ransomware, whose operators are believed to be based in "
        "Russia. Toyota Motor, which ships cars and parts through the port, said it had "
        "suspended some packing operations for exports. The port authority restored the system "
        "on Thursday morning and said there was no evidence that data had been stolen. Trucks "
        "queued for hours outside the terminal gates, and some ships were diverted to other "
        "ports. The transport ministry said it would review cybersecurity rules for port "
        "systems, which until now have not been classed as critical infrastructure. Experts "
        "said ports around the world had become a favoured target of criminal groups because "
        "of the pressure on them to pay quickly.",
        "crime",
    ),
    (
        "Finnish police seize tanker suspected of cutting Baltic power cable",
        "Finnish police have seized an oil tanker suspected of damaging the Estlink 2 power "
        "cable between Finland and Estonia by dragging its anchor along the seabed, and are "
        "investigating the ship's crew for aggravated criminal mischief. The Cook "
        "Islands-flagged vessel, which had loaded petrol at a Russian port, was boarded by "
        "coastguard special forces from a helicopter on Thursday and escorted into Finnish "
        "waters. Customs officials said they considered the ship part of Russia's shadow "
        "fleet, used to transport oil in defiance of western sanctions. Investigators found "
        "the ship's anchor missing and a trail on the seabed several dozen kilometres long. "
        "Four telecoms cables were also damaged around the same time. Estlink 2, which can "
        "carry 650 megawatts, will be out of service for months, the Finnish grid operator "
        "said, and Estonian electricity prices jumped on Thursday. The Kremlin said the matter "
        "had nothing to do with Russia. Nato said it would step up its presence in the Baltic "
        "Sea with more patrol ships and aircraft, and the EU said it was preparing new "
        "measures against the shadow fleet. Lawyers for the shipowner said the seizure was "
        "illegal because the damage occurred in international waters.",
        "crime",
    ),
    (
        "Italy arrests Ukrainian suspected of coordinating Nord Stream blasts",
        "Italian police have arrested a Ukrainian man suspected of coordinating the 2022 "
        "explosions that ruptured the Nord Stream gas pipelines under the Baltic Sea, German "
        "federal prosecutors said on Thursday. The man, whom prosecutors identified only by "
        "his first name and initial under German privacy rules, was detained near Rimini on a "
        "European arrest warrant. Prosecutors said he was among a group of people who sailed "
        "from Rostock on a chartered yacht in September 2022 and placed explosive devices on "
        "the pipelines near the Danish island of Bornholm. The blasts destroyed three of the "
        "four lines of Nord Stream 1 and 2, which were built to carry Russian gas to Germany, "
        "months after Moscow's invasion of Ukraine. The suspect faces charges including "
        "causing an explosion and anti-constitutional sabotage, and is expected to be "
        "extradited to Germany. Ukraine has denied any involvement. Investigations in Sweden "
        "and Denmark were closed last year without naming suspects. Gas traders said the "
        "arrest had no bearing on European prices, as the lines had been idle or barely used "
        "before the explosions. Some German politicians have called for the remaining intact "
        "line to be brought back into use as part of any peace settlement, an idea the "
        "government rejects. The operator of Nord Stream 2 has been in debt restructuring "
        "since the blasts and narrowly avoided bankruptcy in a Swiss court earlier this year. "
        "A German newspaper reported last year that investigators had traced the yacht's "
        "rental to a company in Poland using forged passports. Poland's government has said it "
        "would not hand over another suspect living on its territory. Danish and Swedish "
        "officials said they would cooperate with the German prosecutors.",
        "crime",
    ),
    (
        "Somali pirates hijack Bangladeshi bulk carrier, hold 23 crew for ransom",
        "Somali pirates have hijacked a Bangladesh-flagged bulk carrier carrying coal from "
        "Mozambique to the United Arab Emirates and are holding its 23 crew on board, the "
        "ship's owner said on Wednesday. About 20 armed men boarded the vessel from a "
        "speedboat some 600 nautical miles off the Somali coast on Tuesday, according to the "
        "European Union's naval force, which said the ship was being taken toward the Somali "
        "coast. The owner, a unit of a Chittagong-based industrial group, said the pirates had "
        "not yet made contact or demanded a ransom, but that the crew were unharmed and had "
        "been allowed to speak briefly to their families. The hijacking is the latest in a "
        "resurgence of Somali piracy, which had been largely suppressed for a decade before "
        "international navies diverted ships to counter Houthi attacks in the Red Sea. "
        "Bangladesh's shipping ministry said it was working with international partners to "
        "secure the crew's release without force. The country's merchant marine officers' "
        "association urged the government to ensure no rescue was attempted that could put the "
        "seafarers at risk. Insurers said the incident would add to the cost of cover for "
        "ships using the western Indian Ocean.",
        "crime",
    ),
    (
        "Antwerp cocaine seizures fall as gangs shift to smaller ports",
        "Customs officers at the port of Antwerp-Bruges seized 44 tonnes of cocaine last year, "
        "down from a record 116 tonnes in 2023, as drug gangs moved shipments to smaller ports "
        "in northern Europe and found new ways to get past scanners, Belgian authorities said "
        "on Wednesday. The finance minister said the fall was partly the result of tighter "
        "controls, including new scanners and closer cooperation with ports in Ecuador and "
        "Colombia, where most of the drugs originate. But he acknowledged that criminal "
        "networks had adapted, hiding cocaine in reefer machinery and bribing dockers to "
        "retrieve the bags. The war on drugs in the port has spilled into Antwerp's streets, "
        "with a string of shootings and grenade attacks linked to feuding gangs over the past "
        "three years. Police arrested more than 200 people last year in cases linked to the "
        "port, including several customs officers and terminal workers. The port's chief "
        "executive said security at terminal gates would be tightened further with biometric "
        "access controls. Ports in Norway, Sweden and Germany have reported rising seizures as "
        "traffickers try to avoid Antwerp and Rotterdam.",
        "crime",
    ),
    (
        "Baltimore bridge collapse set to be among costliest marine insurance losses",
        "The collapse of Baltimore's Francis Scott Key Bridge after it was struck by the "
        "container ship Dali could cost insurers up to $4bn, making it one of the largest "
        "marine insurance losses on record, according to estimates from analysts and brokers. "
        "The Singapore-flagged ship lost power shortly after leaving port in the early hours "
        "of Tuesday and hit a support pier, bringing down most of the span and killing six "
        "construction workers who were filling potholes on the road. The ship's protection and "
        "indemnity insurer is part of the International Group of P&I clubs, whose reinsurance "
        "programme would pick up claims above $100mn. Claims are expected from the state of "
        "Maryland for the bridge, from businesses hit by the closure of the port, and from the "
        "families of the dead. Salvage crews face weeks of work to remove thousands of tonnes "
        "of steel from the channel. The Port of Baltimore is a leading US hub for car imports, "
        "and carmakers have begun diverting shipments to other East Coast ports. Reinsurers "
        "said the loss would be absorbed without significant strain, though it would feed into "
        "higher rates at the next renewal.",
        "accident",
    ),
    (
        "Two killed in hydrogen sulphide leak at Pemex's Texas refinery",
        "Two contract workers were killed and dozens more were taken to hospital after a leak "
        "of toxic hydrogen sulphide gas at Pemex's Deer Park refinery near Houston on "
        "Thursday, the company and local officials said. The leak occurred as workers were "
        "doing maintenance on a unit at the 312,500-barrel-per-day plant, the Mexican state "
        "oil company said. The county sheriff's office ordered residents within a half-mile "
        "radius to shelter in place for several hours and closed a section of a nearby "
        "highway. About 35 people were treated for exposure. The refinery, which Pemex took "
        "full control of from Shell in 2022, has been a rare source of profit for the "
        "debt-laden company. Gulf Coast gasoline prices were unchanged, as the incident did "
        "not affect the plant's main production units.",
        "accident",
    ),
    (
        "Dozens missing after open-pit coal mine collapses in Inner Mongolia",
        "Rescuers were searching for 47 people missing on Thursday after a wall of an open-pit "
        "coal mine collapsed in China's Inner Mongolia region, burying workers and vehicles "
        "under tonnes of earth, state media reported. At least five people were killed and six "
        "injured in the collapse at the mine in Alxa League on Wednesday afternoon, according "
        "to the local government. A second slide later in the day hampered the rescue effort, "
        "which involved more than 900 people. President Xi Jinping ordered an all-out effort "
        "to save lives and called for a thorough investigation. The mine is run by a local "
        "company that had been fined in the past for safety violations, according to records "
        "reviewed by Caixin. Beijing has ordered coal producers to boost output since power "
        "shortages in 2021, and analysts have warned that the push for production has come at "
        "the expense of safety. The accident prompted authorities in Inner Mongolia to order "
        "safety inspections at all open-pit mines in the region. Thermal coal futures in "
        "Zhengzhou rose 1.5% on the news.",
        "accident",
    ),
    (
        "Crew missing as container ship burns off Kerala after explosion below deck",
        "Four crew members were missing and five injured after an explosion and fire on a "
        "Singapore-flagged container ship off the coast of the Indian state of Kerala on "
        "Monday, the Indian coast guard said. The feeder vessel, on a voyage from Colombo to "
        "Nhava Sheva with about 1,750 containers on board, was around 40 nautical miles off "
        "Azhikkal when a blast in the cargo hold set off a blaze that spread through several "
        "bays, officials said. Eighteen of the 22 crew, who were from China, Myanmar, Taiwan "
        "and Indonesia, abandoned ship and were picked up by navy vessels and a passing ship. "
        "The coast guard said about 20 containers had fallen overboard and that some of the "
        "cargo was classed as dangerous, including flammable liquids and toxic substances. "
        "Salvors appointed by the owner were trying to attach a towline to keep the burning "
        "ship away from the coast. The incident came less than three weeks after another "
        "feeder capsized and sank off Kochi, spilling containers that washed up on Kerala's "
        "beaches. Marine insurers said misdeclared dangerous cargo was a leading cause of "
        "container ship fires, which have become more frequent as vessels grow larger.",
        "accident",
    ),
    (
        "Tankers collide near Hormuz amid surge in electronic interference",
        "Two tankers collided and caught fire in the Gulf of Oman near the Strait of Hormuz "
        "early on Tuesday, in an accident that maritime security firms linked to heavy jamming "
        "of satellite navigation signals in the area. The UAE's National Guard said it had "
        "evacuated 24 crew from one of the vessels, a crude tanker in ballast, after a fire "
        "broke out on its deck, and that no one was hurt. The other ship, a very large crude "
        "carrier loaded with about 2mn barrels of Iraqi crude, suffered damage to its bow, but "
        "there was no sign of a spill, its owner said. The UK Maritime Trade Operations centre "
        "said the collision was not related to the conflict between Israel and Iran, though it "
        "noted that vessels had reported widespread GPS interference in the region since the "
        "fighting began last week. Ship-tracking data has shown vessels appearing to jump to "
        "positions on land. Shipowners' association Bimco advised masters to rely on radar and "
        "visual lookouts rather than satellite positioning. Tanker rates for Middle East Gulf "
        "loadings have surged this week as some owners hesitate to send ships into the region.",
        "accident",
    ),
    (
        "Los Angeles wildfires to cost insurers up to $35bn, Verisk estimates",
        "Insured losses from the wildfires that swept through Los Angeles this month will be "
        "between $28bn and $35bn, risk modeller Verisk estimated on Wednesday, making them the "
        "costliest wildfire event on record for the insurance industry. The fires, fanned by "
        "Santa Ana winds of up to 100 miles an hour, destroyed more than 16,000 structures in "
        "Pacific Palisades, Altadena and other areas and killed at least 28 people, according "
        "to county officials. Tens of thousands of residents were evacuated at the height of "
        "the blazes. California's FAIR Plan, the state-backed insurer of last resort, which "
        "had taken on many homeowners dropped by private carriers, faces heavy claims and has "
        "asked regulators to approve a $1bn assessment on member insurers. Shares of Allstate, "
        "Travelers and Chubb fell in the days after the fires began, while reinsurers such as "
        "Munich Re said they expected losses to fit within their annual budgets for natural "
        "catastrophes. The state insurance commissioner imposed a one-year moratorium on "
        "cancellations and non-renewals in affected areas. Analysts said the losses would add "
        "to pressure on insurers to raise premiums or pull back further from California, where "
        "rules limit how quickly they can raise rates.",
        "disaster",
    ),
    (
        "Panama Canal deepens transit cuts as drought drains Gatun Lake",
        "The Panama Canal Authority said it would cut the number of daily vessel crossings to "
        "22 from December, down from a normal 36, as the worst drought in more than 70 years "
        "leaves Gatun Lake, which feeds the waterway's locks, at record lows for the season. "
        "The restrictions have created queues of dozens of ships at either end of the canal, "
        "with some owners paying nearly $4 million in auctions to jump the line. LPG carriers "
        "moving US propane to Asia have been hit hardest, and many have opted for the longer "
        "route around the Cape of Good Hope or through the Suez Canal. Container lines, which "
        "have reserved slots, have been less affected but have cut loads to meet draught "
        "limits. The authority attributed the drought to the El Niño weather pattern and said "
        "rainfall in October was the lowest since records began in 1950. It is studying a plan "
        "to dam the Indio river to secure a new water source, which would require relocating "
        "communities. Grain exporters said freight rates for US Gulf soybeans to Asia had "
        "risen as a result. The canal handles about 5% of world seaborne trade.",
        "disaster",
    ),
    (
        "Egg prices hit record as bird flu culls push US flock to decade low",
        "The average price of a dozen large Grade A eggs in US cities rose to a record $4.95 "
        "in January, the Labor Department said, as an outbreak of avian influenza forced "
        "farmers to kill tens of millions of laying hens. More than 23 million egg-laying "
        "birds were culled in January alone after the H5N1 virus was detected on farms in "
        "Ohio, Indiana and other states, according to the Agriculture Department. The virus "
        "has also spread to dairy cattle, and the Centers for Disease Control and Prevention "
        "has recorded around 70 human cases, including one death in Louisiana, though it says "
        "the risk to the public remains low. A national diner chain added a 50-cent surcharge "
        "per egg, and some grocery stores limited how many cartons shoppers could buy. The "
        "Agriculture Department said it would spend $1 billion on biosecurity, relief for "
        "farmers and vaccine research, and would consider importing eggs. Economists said "
        "prices were likely to stay high until flocks are rebuilt, which can take months.",
        "health",
    ),
]
