"""dev71 positives: Indonesia (Papua, Makassar, Jakarta) and the Pacific (the Enga Highlands,
Port Moresby, Honiara, New Caledonia, Dili)."""

POSITIVES = [
    (
        "TPNPB gunmen kill construction workers on Trans-Papua road",
        "Armed separatists killed at least 19 workers building a bridge on the Trans-Papua road "
        "in Nduga regency, police said on Tuesday, in one of the deadliest attacks in the "
        "province in years. The West Papua National Liberation Army (TPNPB) said it carried out "
        "the attack and accused the workers of being soldiers. Troops sent to recover the bodies "
        "came under fire, and one soldier was killed.",
        "V B",
        "massacre",
    ),
    (
        "Papuan rebels take New Zealand pilot hostage, burn plane",
        "Fighters of the TPNPB stormed a Susi Air plane after it landed at Paro airstrip in "
        "Nduga on Tuesday, set it on fire and took the New Zealand pilot hostage, police said. "
        "The five passengers, all Papuans, were released. The rebels said they would free the "
        "pilot only if Indonesia recognised West Papua's independence.",
        "V",
        "abduction",
    ),
    (
        "Villagers shelter in church as TNI and TPNPB clash in Intan Jaya",
        "Hundreds of residents of Sugapa district in Intan Jaya have taken refuge in a church "
        "and a parish compound after gunfights between Indonesian troops and the TPNPB near "
        "their villages, a church official said. Soldiers have been sweeping the hills since two "
        "soldiers were shot last week. Children have not been to school for a month.",
        "B M D",
        "clashes",
    ),
    (
        "Wamena in flames as rioters torch buildings; thousands seek refuge",
        "Rioters set fire to government offices, shops, houses and a market in Wamena on Monday "
        "after rumours of a racist slur by a teacher, and at least 30 people were killed, many "
        "of them migrants from other islands who were trapped in burning buildings. Thousands of "
        "residents sought refuge at military and police posts, and air force Hercules planes "
        "began flying people out to Jayapura.",
        "U V D",
        "riot",
    ),
    (
        "Suicide bombers strike Makassar cathedral on Palm Sunday",
        "Two suicide bombers on a motorcycle blew themselves up at the gate of the Sacred Heart "
        "of Jesus Cathedral in Makassar as Palm Sunday Mass was ending, wounding about 20 "
        "people, police said. The attackers, a newly married couple, were members of Jamaah "
        "Ansharut Daulah, a network linked to the Islamic State group, police said.",
        "E T V",
        "suicide bombing",
    ),
    (
        "Regional parliament torched in Makassar as protests spread after driver's death",
        "Protesters set fire to the regional legislature building in Makassar on Friday night, "
        "and three people died trapped inside, officials said, as anger spread over the death of "
        "a motorcycle taxi driver run over by a police armoured vehicle in Jakarta. Police fired "
        "tear gas at crowds outside the national parliament, and police stations in several "
        "cities were attacked.",
        "U",
        "riot",
    ),
    (
        "Dozens killed in Enga tribal ambush near Wapenamanda",
        "Police recovered the bodies of at least 26 men after an ambush in tribal fighting near "
        "Wapenamanda in Enga Province on Sunday, in what officers said was the worst killing "
        "they had seen in the Highlands. Fighters from the Sikin and Kaekin tribes and their "
        "allies clashed with high-powered rifles, and more bodies were found in the bush on "
        "Monday. Police said the toll could rise to 64. The Prime Minister said he would give "
        "the police more powers. Soldiers were flown to Wabag on Tuesday.",
        "B",
        "tribal fighting",
    ),
    (
        "Payback killings in Enga: houses burned, villagers flee to Wabag",
        "Three people, among them a woman, were killed and more than 50 houses burned in payback "
        "attacks between two clans in the Kandep area of Enga this week, provincial police said. "
        "The fighting was sparked by the death of a clansman in an earlier dispute over land. "
        "Schools and the health centre were closed, and hundreds of villagers have fled to "
        "relatives in Wabag, RNZ Pacific reported.",
        "B V D",
        "tribal fighting",
    ),
    (
        "Black Wednesday: looting and fires in Port Moresby after police walk off",
        "Crowds looted shops and set buildings on fire in Port Moresby on Wednesday after "
        "police, soldiers and public servants stopped work over unexplained pay cuts. At least "
        "15 people were killed in the capital and in Lae, some of them shot by shop owners and "
        "others trapped in burning shops. The Prime Minister declared a 14-day state of "
        "emergency and put 1,000 soldiers on standby.",
        "U",
        "riot",
    ),
    (
        "Honiara's Chinatown burns for a second day as rioters defy lockdown",
        "Rioters set fire to buildings in Honiara's Chinatown and Point Cruz on Thursday, "
        "defying a 36-hour lockdown, after protesters from Malaita tried to storm Parliament on "
        "Wednesday to demand the Prime Minister's resignation. Police fired tear gas at the "
        "crowds. Australia sent police and troops at the government's request.",
        "U",
        "riot",
    ),
    (
        "Nouméa riots: gendarme killed, shops looted as state of emergency declared",
        "A gendarme was shot dead and three young Kanak men were killed as riots over an "
        "electoral reform shook Nouméa for a third night, the French authorities said. Shops, "
        "factories and schools were looted and burned, and residents of some suburbs set up "
        "their own armed barricades. Paris declared a state of emergency in New Caledonia, "
        "banned TikTok and sent in reinforcements. About 1,000 more gendarmes and police were "
        "being flown in from France.",
        "U",
        "riot",
    ),
    (
        "Pharmacies shut, food running short behind Nouméa barricades",
        "Residents of Nouméa's southern suburbs are queueing for hours for bread and medicine, "
        "as barricades set up by pro-independence youths and by armed residents' militias cut "
        "the city in two, the High Commission said. The main hospital said dialysis patients "
        "could not reach it. French gendarmes launched an operation on Sunday to clear the road "
        "to the international airport, removing dozens of burned-out cars.",
        "U H M",
        "riot",
    ),
    (
        "Police fire tear gas at Dili students protesting MPs' cars",
        "Police fired tear gas at students outside the National Parliament in Dili on Tuesday, "
        "the second day of protests against plans to buy new cars for members of Parliament. "
        "Protesters threw stones and set fire to a vehicle, and several students were hurt, "
        "witnesses said.",
        "U",
        "crackdown",
    ),
]
