"""eval/dev75 negatives: piracy for ransom and piracy trials, coast guard drug and arms seizures,
smuggling, cable and spying cases in court, hoaxes and lasers.
"""

NEGATIVES = [
    (
        "Somali pirates hijack bulk carrier, demand ransom",
        "Armed pirates boarded a Bangladesh-flagged bulk carrier carrying coal about 600 nautical "
        "miles off Somalia and took it to the coast of Puntland, where they are holding its 23 "
        "crew, the ship's owner said. The pirates contacted the company to demand a ransom. Local "
        "elders said the gang had used a hijacked fishing dhow as a mother ship.",
        "crime",
    ),
    (
        "Pirates kidnap tanker crew in Gulf of Guinea",
        "Pirates armed with guns boarded a tanker about 100 nautical miles off the coast of Sao "
        "Tome and took ten of its 16 crew members, the vessel's manager said. The remaining "
        "sailors sailed the ship to safety. Kidnappings for ransom in the Gulf of Guinea usually "
        "end with the crew freed after weeks of negotiations.",
        "crime",
    ),
    (
        "Kenyan court jails ten Somali men for piracy",
        "A court in Mombasa sentenced ten Somali men to 20 years each for attacking a merchant "
        "ship in the Indian Ocean, in one of the last piracy trials of its kind in the region. "
        "Prosecutors said the men had fired on the vessel from skiffs before a naval patrol "
        "arrived. Their lawyers said they were fishermen.",
        "crime",
    ),
    (
        "Seychelles court convicts pirates captured by European warship",
        "A court in the Seychelles found six Somali men guilty of piracy over the seizure of a "
        "fishing dhow that a European naval mission had freed, sentencing them to 12 years in "
        "prison. Prosecutors said the men had carried rifles and a rocket-propelled grenade "
        "launcher. The defence argued the evidence had been mishandled.",
        "crime",
    ),
    (
        "Coast guard seizes record cocaine haul from semi-submersible",
        "The US Coast Guard said it had seized more than 20,000 pounds of cocaine worth about "
        "$370 million from a semi-submersible vessel in the eastern Pacific, and detained its "
        "four crew. The narco-sub had been spotted by a patrol aircraft. The cutter brought the "
        "drugs into port at Fort Lauderdale.",
        "crime",
    ),
    (
        "Spanish police seize tonnes of cocaine hidden in banana cargo",
        "Spanish police seized 13 tonnes of cocaine hidden in a shipment of bananas from Ecuador "
        "at the port of Algeciras, the largest cocaine haul in the country's history, the "
        "interior ministry said. Five people were arrested. The drugs had been concealed in "
        "pallets of fruit in refrigerated containers.",
        "crime",
    ),
    (
        "Australian navy intercepts yacht carrying methamphetamine",
        "Australian border force and navy patrol boats intercepted a yacht off the coast of "
        "Western Australia and found 900 kg of methamphetamine on board, police said. Three men "
        "were arrested and charged with importing a commercial quantity of a border-controlled "
        "drug. Police said the yacht had met a mother ship at sea.",
        "crime",
    ),
    (
        "Coast guard seizes weapons bound for Yemen from dhow",
        "A US Coast Guard cutter stopped a stateless dhow in the Arabian Sea and seized more than "
        "200 tonnes of missile and drone components, rifles and ammunition, US Central Command "
        "said. The weapons were bound for Yemen. The crew were questioned and released, and no "
        "shots were fired during the boarding.",
        "crime",
    ),
    (
        "Iran seizes foreign tanker for fuel smuggling",
        "Iran's navy seized a foreign tanker in the Gulf of Oman that it said was carrying two "
        "million litres of smuggled fuel, and detained its 18 crew members, state media reported. "
        "Authorities said the case had been referred to a court in Bandar Abbas. Iran regularly "
        "announces seizures of small vessels accused of fuel smuggling.",
        "crime",
    ),
    (
        "Court releases tanker held over Baltic cable damage",
        "A Helsinki district court dismissed the case against the captain and officers of an oil "
        "tanker accused of damaging undersea cables with its anchor, ruling that Finland lacked "
        "jurisdiction because the damage happened in international waters. The prosecutor said he "
        "would appeal. The ship had been released months earlier.",
        "crime",
    ),
    (
        "Dutch prosecutors charge teenagers over spying for pro-Russian hackers",
        "Dutch prosecutors charged two 17-year-olds with espionage after they were allegedly "
        "recruited on Telegram to map wifi networks near government buildings in The Hague for "
        "pro-Russian hackers. One of them told investigators he had been paid in cryptocurrency. "
        "The case will be heard in closed court.",
        "crime",
    ),
    (
        "Gang that stole ship fuel at Rotterdam jailed",
        "A Dutch court jailed six men for stealing fuel worth millions of euros from ships at "
        "anchor near Rotterdam over two years, prosecutors said. The gang used a small tanker to "
        "siphon fuel at night. The court ordered the confiscation of their boats.",
        "crime",
    ),
    (
        "Stowaways found in ship's rudder compartment in Las Palmas",
        "Three men were found alive in the rudder compartment of an oil tanker that had sailed "
        "from Lagos to Las Palmas in the Canary Islands, having spent 11 days above the water "
        "line, Spain's sea rescue service said. The men were taken to hospital with dehydration "
        "and hypothermia. Two of them applied for asylum.",
        "other",
    ),
    (
        "Man sentenced for pointing laser at police helicopter",
        "A British court jailed a man for 16 weeks for shining a laser pen at a police helicopter "
        "as it flew over Manchester, temporarily dazzling the pilot. Prosecutors said the crew "
        "had to abandon a search for a missing child. The man said he had been playing with his "
        "son.",
        "crime",
    ),
    (
        "Hacker jailed for hoax bomb threats that grounded flights",
        "A Polish court sentenced a man to four years in prison for sending hoax bomb threats to "
        "airlines that forced several passenger jets to make emergency landings. Investigators "
        "traced the emails to his computer. No explosives were ever found.",
        "crime",
    ),
    (
        "Ship's officer charged after cocaine found on frigate",
        "A Colombian navy officer was charged with drug trafficking after 400 kg of cocaine was "
        "found hidden in a navy training ship that had docked in Spain, prosecutors said. Several "
        "crew members were detained. The navy said it was cooperating with investigators.",
        "crime",
    ),
]
