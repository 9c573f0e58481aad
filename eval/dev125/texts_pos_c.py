"""dev125 positives (3 of 3): first alerts and live entries that report current organised violence
in Pakistan, Afghanistan, India, Myanmar, Bangladesh, Thailand, Cambodia and the Philippines
(eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Seven soldiers martyred in IED blast in North Waziristan: ISPR",
        "PESHAWAR: Seven soldiers, including a captain, were martyred when an IED hit their "
        "vehicle in Mir Ali, North Waziristan, ISPR said, vowing to hunt down the terrorists.",
        "E T",
        "IED attack",
    ),
    (
        "At least 24 killed in suicide blast at Quetta railway station",
        "QUETTA: A suicide bomber blew himself up on a crowded platform of Quetta railway "
        "station on Saturday morning as passengers waited for the Jaffar Express, killing at "
        "least 24 people, police and hospital officials said. The banned Balochistan Liberation "
        "Army claimed responsibility.",
        "E T V",
        "suicide bombing",
    ),
    (
        "Gunmen attack passenger convoy in Kurram, at least 38 killed",
        "PARACHINAR: Gunmen fired on a convoy of vans carrying Shia passengers under police "
        "escort near Bagan in Kurram district on Thursday, killing at least 38 people, "
        "including women and children, the deputy commissioner said. Roads to Parachinar were "
        "closed.",
        "V",
        "convoy attack",
    ),
    (
        "Afghan and Pakistani forces exchange heavy fire along border, posts destroyed",
        "Taliban forces attacked Pakistani border posts at several points overnight, the "
        "Afghan defence ministry said, calling it retaliation for air strikes on Kabul. "
        "Pakistan's military said it had responded and destroyed several Afghan posts; both "
        "sides claimed dozens of enemy soldiers killed.",
        "B E",
        "border clashes",
    ),
    (
        "Breaking News: India strikes nine sites in Pakistan and PoK under 'Operation Sindoor'",
        "Indian armed forces carried out strikes on nine sites in Pakistan and "
        "Pakistan-occupied Kashmir early Wednesday, the defence ministry said, calling them "
        "terrorist infrastructure. Pakistan's army said civilians, including a child, were "
        "among the dead.",
        "E M",
        "missile strike",
    ),
    (
        "Explosions heard over Srinagar hours after ceasefire, Omar Abdullah says",
        "Blasts and air defence fire were seen over Srinagar on Saturday night, hours after "
        "India and Pakistan agreed to stop firing, Chief Minister Omar Abdullah wrote on X: "
        '"What the hell just happened to the ceasefire?" The army said it was engaging drones.',
        "E",
        "ceasefire violation",
    ),
    (
        "Encounter underway in Kulgam, two terrorists killed: Police",
        "An encounter is underway between terrorists and security forces in the Kadder area of "
        "Kulgam during a cordon-and-search operation; two terrorists have been killed so far, "
        "J&K Police said.",
        "B M",
        "counter-insurgency operation",
    ),
    (
        "Jiribam: Militants torch houses, fire at CRPF camp; six missing",
        "Armed militants set fire to several houses and shops in Jiribam district and fired at "
        "a CRPF camp and police station on Monday, officials said, prompting a gunfight in "
        "which 10 of the attackers were killed. Six people, three of them children, went "
        "missing after the attack.",
        "V B",
        "attack",
    ),
    (
        "Junta airstrike on village festival in Sagaing kills dozens, locals say",
        "A military aircraft dropped two bombs on a crowd gathered for a Buddhist festival in a "
        "village in Myanmar's Sagaing region on Monday evening, killing at least 30 people, "
        "residents and a local resistance group told The Irrawaddy. The junta did not comment.",
        "E V",
        "airstrike",
    ),
    (
        "Arakan Army says it has captured Maungdaw, last junta base on Bangladesh border",
        "The Arakan Army said Sunday it had overrun the junta's last base in Maungdaw, taking "
        "the whole 270-km Bangladesh border after months of fighting.",
        "B",
        "battle",
    ),
    (
        "Hundreds of Rohingya cross into Bangladesh to escape fighting in Rakhine",
        "COX'S BAZAR, Bangladesh (AP) — Hundreds of Rohingya crossed the Naf River into "
        "Bangladesh overnight, fleeing fighting between the Arakan Army and Myanmar's military, "
        "border guards said Tuesday. Some arrived with shrapnel wounds.",
        "D",
        "refugee influx",
    ),
    (
        "Thai F-16s strike Cambodian positions as border clashes spread; villagers flee",
        "Thailand said on Thursday it had sent F-16 jets to bomb Cambodian military targets "
        "after Cambodian rockets hit a petrol station in Sisaket province, killing civilians. "
        "Clashes broke out at six points along the border and more than 40,000 Thai villagers "
        "were moved to shelters.",
        "B E M D",
        "border clashes",
    ),
    (
        "Three NPA rebels killed in clash with army in Negros Occidental",
        "BACOLOD CITY — Three suspected New People's Army rebels were killed in a 20-minute "
        "firefight with soldiers in a mountain village in Negros Occidental on Tuesday, the "
        "army's 3rd Infantry Division said. Troops recovered rifles and a grenade launcher.",
        "B",
        "battle",
    ),
]
