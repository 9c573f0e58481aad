"""dev139 positives (4 of 4): live-page entries that report current organised violence in South and
South-East Asia and the Americas (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Operation Sindoor: India strikes nine sites in Pakistan and PoK",
        "01:44 IST: India's armed forces say they have struck nine sites in Pakistan and "
        "Pakistan-occupied Kashmir used by terror groups, in what the Defence Ministry "
        'called "focused, measured and non-escalatory" action. Pakistan\'s military says '
        "missiles hit six locations, including a mosque in Bahawalpur, and that 26 civilians "
        "were killed. Loud explosions were reported in Muzaffarabad shortly after 1am.",
        "E M",
        "air strikes",
    ),
    (
        "Pahalgam: terrorists open fire on tourists in Baisaran meadow",
        "At least 26 people, most of them tourists, were killed when terrorists opened fire "
        "on visitors at the Baisaran meadow near Pahalgam, officials said, in the deadliest "
        "attack on civilians in Jammu and Kashmir in years. Survivors told NDTV the gunmen "
        "asked men their names before shooting them. Security forces have launched a search "
        "operation in the surrounding forests. Prime Minister Narendra Modi has cut short a "
        "visit to Saudi Arabia.",
        "T V",
        "terrorist attack",
    ),
    (
        "Gunmen offload and kill bus passengers in Balochistan",
        "Gunmen stopped two buses on the highway near Kalat, checked the passengers' "
        "identity cards and shot dead nine men from Punjab, the district administration "
        "said. The Balochistan government called it a cowardly act of terrorism and said the "
        "attackers belonged to the banned Balochistan Liberation Army.",
        "V T",
        "attack on passengers",
    ),
    (
        "Pakistan and Afghan forces exchange heavy fire along border",
        "Overnight: Pakistani and Afghan Taliban forces exchanged heavy fire at several "
        "points along the border overnight, with Pakistan's military saying 23 of its "
        'soldiers were killed and more than 200 Taliban fighters "neutralised". The Taliban '
        'government said it had carried out "retaliatory operations" after Pakistani air '
        "strikes on Kabul earlier in the week. The Torkham and Chaman crossings have been "
        "closed.",
        "B E",
        "border clashes",
    ),
    (
        "Suicide bomber kills 12 outside Islamabad court",
        "A suicide bomber blew himself up next to a police vehicle outside the district "
        "court complex in Islamabad's G-11 sector at lunchtime, killing 12 people and "
        "injuring 27, the interior minister said. He said the attack was carried out by "
        "terrorists operating from Afghanistan. It is the first such bombing in the capital "
        "in nearly a decade.",
        "E T",
        "suicide bombing",
    ),
    (
        "Myanmar junta paraglider bombs festival crowd in Sagaing",
        "A military paraglider dropped two bombs on a crowd gathered for a Buddhist "
        "full-moon festival and a protest in Chaung U township on Monday evening, killing at "
        "least 24 people, a local resistance official said. Villagers told The Irrawaddy "
        "that the attack came as people were lighting candles. The junta has not commented.",
        "E V",
        "air strike",
    ),
    (
        "Thai and Cambodian troops clash at border; 100,000 evacuated",
        "Update: Fighting between Thai and Cambodian troops spread to at least 12 points "
        "along the border on its second day, with Cambodian rockets landing near a hospital "
        "in Thailand's Sisaket province and Thai F-16s bombing targets on the Cambodian "
        "side. Thailand's health ministry says more than 100,000 people have been evacuated "
        "from four border provinces. At least 15 people have been killed, most of them Thai "
        "civilians.",
        "B E D",
        "border clashes",
    ),
    (
        "Manipur: six from relief camp abducted and killed in Jiribam",
        "The bodies of three women and three children missing since an armed attack in "
        "Jiribam district have been found in the Barak river, police said. They were taken "
        "from a relief camp on Monday after militants clashed with CRPF personnel and set "
        "fire to houses nearby. Protesters in Imphal have blocked roads and demanded action.",
        "V B",
        "armed attack on civilians",
    ),
    (
        "Bangladesh: dozens killed as police fire on quota protesters",
        "Latest: At least 32 people were killed on Thursday as police fired rubber bullets, "
        "tear gas and live rounds at student protesters in Dhaka and other cities, according "
        "to hospital figures compiled by AFP. Protesters set fire to the headquarters of the "
        "state broadcaster BTV.",
        "U",
        "protest crackdown",
    ),
    (
        "Nepal: parliament set on fire as Gen Z protests turn deadly",
        "Protesters set fire to parts of Nepal's parliament building and the homes of "
        "several politicians in Kathmandu, a day after police shot dead 19 people during "
        "demonstrations against a social media ban. The army has deployed troops on the "
        "streets, and a curfew is in place. Prime Minister KP Sharma Oli has resigned.",
        "U",
        "riot",
    ),
    (
        "Two soldiers killed in encounter with terrorists in Kishtwar",
        "Two army soldiers were killed in an encounter with terrorists in the Chatroo forest "
        "of Kishtwar district, the White Knight Corps said. A joint operation with the J&K "
        "Police was launched on specific intelligence and contact was established early this "
        "morning. The operation is in progress, with two to three terrorists believed to be "
        "trapped.",
        "B M",
        "counter-insurgency operation",
    ),
    (
        "Haiti: gangs overrun Mirebalais, free hundreds of inmates",
        "Heavily armed members of the Viv Ansanm gang coalition stormed the central Haitian "
        "town of Mirebalais overnight, freeing more than 500 inmates from its prison and "
        "setting houses on fire, residents and police said. Police officers fought the gangs "
        "for several hours before withdrawing. The IOM says more than 5,000 people have fled "
        "towards Hinche and Lascahobas.",
        "B V D",
        "gang offensive",
    ),
    (
        "Haitian task force drones strike gang positions in Port-au-Prince",
        "A task force working with Haiti's police has carried out drone strikes on gang "
        "positions in the Bel Air and Solino neighbourhoods of the capital, killing at least "
        "a dozen gang members, officials said. Rights groups say several civilians have also "
        "been killed in such strikes in recent months. The prime minister said the "
        "operations would continue until the gangs laid down their weapons.",
        "E M",
        "drone strikes",
    ),
    (
        "Colombia: 80 killed as ELN battles FARC dissidents in Catatumbo",
        "At least 80 people have been killed in five days of fighting between the ELN "
        "guerrilla group and FARC dissidents in the Catatumbo region near the Venezuelan "
        "border, the governor of Norte de Santander says. Former combatants who signed the "
        "2016 peace deal and social leaders are among the dead. More than 32,000 people have "
        "been displaced, many of them to Cúcuta.",
        "B V D",
        "armed clashes",
    ),
    (
        "Truck bomb explodes near air base in Cali",
        "A truck loaded with explosives blew up on a busy avenue near the Marco Fidel Suárez "
        "air base in Cali, killing six people and injuring more than 60, the city's mayor "
        "said. President Gustavo Petro blamed FARC dissidents and called it a terrorist "
        "attack. Hours earlier, a police helicopter was downed by a drone in Antioquia, "
        "killing 13 officers.",
        "E T",
        "truck bomb",
    ),
    (
        "Culiacán: gunfights between Sinaloa cartel factions force schools to close",
        "Schools, shops and government offices in Culiacán stayed shut for a third day as "
        "rival factions of the Sinaloa cartel fought gun battles in several neighbourhoods, "
        "Sinaloa's governor said. Mexican army troops have been deployed to the city, and at "
        "least 30 people have been killed since the fighting began.",
        "B",
        "cartel infighting",
    ),
    (
        "US military strikes another alleged drug boat in Caribbean, killing three",
        "US Defence Secretary Pete Hegseth says the military has carried out another strike "
        "on a vessel it alleges was carrying drugs in the southern Caribbean, killing three "
        "people aboard. He posted video showing a small boat exploding in open water. Legal "
        "experts have questioned whether the strikes, which the administration says are part "
        "of an armed conflict with cartels, are lawful.",
        "E M",
        "strike at sea",
    ),
    (
        "Rio police raid on Comando Vermelho leaves dozens dead",
        "At least 64 people, including four police officers, were killed in a massive police "
        "operation against the Comando Vermelho gang in Rio de Janeiro's Alemão and Penha "
        "favela complexes, state officials said. About 2,500 officers took part, and the "
        "gang responded with barricades of burning vehicles and drones dropping explosives "
        "on police.",
        "M B E",
        "police raid",
    ),
]
