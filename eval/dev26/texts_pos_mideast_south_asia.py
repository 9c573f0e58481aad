"""dev26 texts: positives: Middle East and North Africa; positives: South Asia.

POSITIVES = [(title, text, tag codes, kind), ...], in the order they were written.
"""

POSITIVES = [
    # ---------------------------------------------------------------- positives: Middle East and North Africa
    (
        "Hezbollah fires rocket salvo at Kiryat Shmona",
        "Hezbollah said it fired dozens of Katyusha rockets at an army base near Kiryat Shmona in response to an Israeli strike in south Lebanon, and the Israeli military said interceptors were launched. A house was hit.",
        "E",
        "rocket_attack",
    ),
    (
        "Israeli strike on Dahiyeh targets Hezbollah commander",
        "An Israeli air strike hit a building in Beirut's southern suburbs, known as Dahiyeh, targeting a senior Hezbollah commander, the Israeli military said. Lebanon's health ministry reported casualties and residents fled the area.",
        "E D",
        "airstrike",
    ),
    (
        "Pagers explode across Lebanon in attack on Hezbollah members",
        "Pagers used by members of Hezbollah exploded simultaneously across Lebanon, killing at least 12 people, including two children, and wounding thousands, the health ministry said. Hospitals were overwhelmed.",
        "E H",
        "bombing",
    ),
    (
        "Hamas gunmen and Israeli troops clash in Khan Younis tunnels",
        "Israeli troops fought Hamas fighters around a tunnel shaft in Khan Younis, the military said, and the armed wing of Hamas, the Qassam Brigades, said it had hit a tank with an anti-tank missile.",
        "B E",
        "battle",
    ),
    (
        "Flour seekers shot near Rafah distribution point",
        "Gunfire struck people queuing for sacks of flour near a distribution point in Rafah, and Gaza's civil defence counted dozens dead. Israel's army said soldiers had fired warning shots towards people it called suspects.",
        "V H",
        "attack_on_aid",
    ),
    (
        "Ansar Allah claims missile strike on Greek-owned tanker",
        "Yemen's Houthis, who call themselves Ansar Allah, said they had hit a Greek-owned tanker in the Red Sea with a ballistic missile and drones, and the ship's crew abandoned it. The UKMTO maritime agency confirmed an incident.",
        "E V",
        "strike_at_sea",
    ),
    (
        "US strikes Ras Isa fuel port held by Houthis",
        "US warplanes struck the Ras Isa fuel port on Yemen's Red Sea coast, the Houthi-run health ministry said, reporting dozens of dead among port workers. Washington said it was cutting the group's fuel income.",
        "E",
        "airstrike",
    ),
    (
        "Kataib Hezbollah drone kills three US soldiers at Tower 22",
        "A drone launched by Iran-backed militias in Iraq struck a US base known as Tower 22 in Jordan near the Syrian border, killing three American soldiers, the Pentagon said. Washington blamed Kataib Hezbollah.",
        "E",
        "drone_attack",
    ),
    (
        "SDF and Turkish-backed SNA fight over Tishrin dam",
        "The Kurdish-led Syrian Democratic Forces said they had repelled attacks by the Turkish-backed Syrian National Army near the Tishrin dam, while Turkish drones hit a convoy of civilians heading to the dam.",
        "B E V",
        "battle",
    ),
    (
        "Turkish drones strike YPG positions near Kobani",
        "Turkish drones struck positions of the YPG, the Kurdish militia Ankara considers an offshoot of the PKK, near Kobani, killing four fighters, the SDF said. Ankara said it had 'neutralised terrorists'.",
        "E",
        "drone_strike",
    ),
    (
        "PKK militants and Turkish troops clash in Duhok mountains",
        "Turkey's defence ministry said soldiers killed seven PKK militants in the Claw-Lock operation area in northern Iraq, and that two Turkish soldiers died in the clash. Villagers in Duhok province said shelling set fields ablaze.",
        "B E M",
        "battle",
    ),
    (
        "Alawite villages hit by revenge killings on Syrian coast",
        "Armed groups allied to Syria's new government killed hundreds of Alawite civilians in villages near Baniyas and Jableh after an insurgent attack on security forces, a monitoring group said. Families fled to the Russian airbase at Hmeimim.",
        "V D",
        "massacre",
    ),
    (
        "Bedouin tribes and Druze fighters battle in Sweida",
        "Fighting between Druze militias and Bedouin tribal fighters in Syria's Sweida province killed dozens, the interior ministry said, before government troops moved in, and Israel struck army tanks on the road.",
        "B E",
        "communal_violence",
    ),
    (
        "Tripoli shaken by clashes after SSA leader's death",
        "Heavy fighting broke out in Tripoli between armed groups after the head of the Stability Support Apparatus, known as SSA, was killed, residents said. The UN mission called for a ceasefire as families sheltered indoors.",
        "B",
        "battle",
    ),
    (
        "ISIS remnants ambush Iraqi army in Kirkuk hills",
        "Militants of the Islamic State group ambushed an Iraqi army patrol in the Wadi al-Shay area south of Kirkuk, killing an officer and three soldiers, security officials said.",
        "B T",
        "ambush",
    ),
    (
        "AQAP attack on Abyan checkpoint kills southern forces",
        "Al-Qaeda in the Arabian Peninsula claimed a suicide car bombing on a checkpoint of the Security Belt forces in Yemen's Abyan province that killed at least 16 soldiers, local officials said.",
        "E T",
        "suicide_bombing",
    ),
    # ---------------------------------------------------------------- positives: South Asia
    (
        "TTP fighters storm Bannu cantonment with explosive-laden vehicles",
        "Militants drove two vehicles packed with explosives into the wall of the Bannu cantonment and then tried to enter, Pakistan's military said, in an attack claimed by a faction of the Pakistani Taliban, the TTP. Civilians in nearby homes were among the dead.",
        "B E T",
        "attack_on_base",
    ),
    (
        "ISPR: 11 'khawarij' killed in North Waziristan IBO",
        "Eleven TTP fighters, whom Pakistan's military now calls 'khawarij', died in an intelligence-based operation (IBO) in North Waziristan, according to the ISPR. Two soldiers also lost their lives in the exchange of fire.",
        "B M",
        "military_operation",
    ),
    (
        "Kurram convoy attack kills dozens of Shia passengers",
        "Gunmen opened fire on a convoy of passenger vehicles travelling under police escort to Parachinar in Kurram district, killing more than 40 people, most of them Shia, officials said. Sectarian clashes followed in Bagan.",
        "V B",
        "attack_on_convoy",
    ),
    (
        "Parachinar cut off for weeks as Thall road stays closed",
        "Medicine and flour have run out in Parachinar, traders and doctors said, as the main road remained closed by the Kurram sectarian violence, and the provincial government began helicopter flights of supplies.",
        "H",
        "blockade",
    ),
    (
        "BLA gunmen kill passengers pulled from buses on Balochistan highway",
        "Gunmen stopped buses and trucks on the highway in Musakhel district, checked identity cards and shot 23 people from Punjab, officials said, calling it terrorism. The Baloch Liberation Army claimed coordinated attacks across the province.",
        "V T",
        "massacre",
    ),
    (
        "BLF claims attack on Frontier Corps camp in Kech",
        "The Baloch Liberation Front said its fighters attacked a camp of the paramilitary Frontier Corps in Kech district with grenades and rockets, and officials said several soldiers were killed.",
        "B E",
        "attack_on_base",
    ),
    (
        "Pakistan and Afghan Taliban forces exchange fire on Kurram border",
        "Afghan Taliban forces and Pakistani troops traded artillery and heavy weapons fire at several border posts overnight, both sides said, and villagers on both sides of the Durand Line fled.",
        "B E D",
        "border_clash",
    ),
    (
        "Pakistani air strikes on Paktika kill dozens, Taliban say",
        "Pakistani jets struck villages in Afghanistan's Paktika province, killing at least 46 people, mostly women and children, the Taliban government said. Islamabad said it hit TTP hideouts.",
        "E",
        "airstrike",
    ),
    (
        "Bijapur: Maoist IED kills eight DRG jawans",
        "Eight jawans of the District Reserve Guard and their driver were killed when Maoists blew up their vehicle with an improvised explosive device in Bijapur district, Chhattisgarh police said, as the team returned from an anti-Naxal operation.",
        "E",
        "ied",
    ),
    (
        "31 Naxals killed in encounter in Bastar forests",
        "Security forces killed 31 Maoists in an encounter in the forests of Bijapur and Narayanpur districts, police said, adding that two jawans were killed and that the operation was continuing.",
        "B M",
        "military_operation",
    ),
    (
        "Karregutta hills operation: CRPF and CoBRA close in on Maoist cadres",
        "Thousands of CRPF, CoBRA and state police personnel have surrounded Maoist cadres in the Karregutta hills on the Chhattisgarh-Telangana border, officials said, in one of the largest anti-Naxal operations. Several exchanges of fire were reported.",
        "B M",
        "military_operation",
    ),
    (
        "Manipur police say drones used to bomb Imphal West village",
        "Explosives dropped from drones hit homes in Koutruk, Imphal West, in an attack police blamed on suspected Kuki militants; a woman died and her daughter was wounded. Police called the use of drones an escalation.",
        "E V",
        "drone_attack",
    ),
    (
        "Jiribam houses torched as Meitei and Kuki-Zo groups exchange fire",
        "Armed men set houses on fire in Jiribam district and gunfights between Meitei and Kuki-Zo village volunteers went on into the night, Manipur police said. Hundreds of residents moved to relief camps.",
        "B V D",
        "communal_violence",
    ),
    (
        "Arambai Tenggol members accused in attack on Kuki village",
        "Kuki-Zo groups said members of the Meitei group Arambai Tenggol took part in an attack on a village in Kangpokpi district in which houses were burned, and central forces were sent in.",
        "V",
        "village_raid",
    ),
    (
        "Militants fire on pilgrims' bus in Reasi, bus plunges into gorge",
        "Terrorists fired on a bus carrying pilgrims from the Shiv Khori shrine in Jammu's Reasi district, sending it into a gorge and killing nine people, police said.",
        "V T",
        "shooting_attack",
    ),
    (
        "Two militants killed in Kulgam encounter",
        "Two militants were killed in an encounter with security forces in Kulgam district of Jammu and Kashmir after a cordon and search operation was launched on a tip-off, police said. A soldier was injured.",
        "B M",
        "military_operation",
    ),
    (
        "Shelling along the LoC kills villagers in Poonch",
        "Pakistani shelling across the Line of Control hit homes in Poonch, killing civilians including children, Indian officials said, after Indian missile strikes on sites in Pakistan that India said were terror camps.",
        "E",
        "shelling",
    ),
    (
        "ULFA-I says Indian drones hit its camps in Myanmar",
        "The banned ULFA (Independent) said Indian army drones struck its camps across the border in Myanmar's Sagaing region, killing a senior leader. The Indian army denied knowledge of any operation.",
        "E",
        "drone_strike",
    ),
    (
        "Hill Tracts violence: three dead in Khagrachari, Section 144 imposed",
        "Three people were killed and market stalls and homes set ablaze as Pahari indigenous residents and Bengali settlers fought in Khagrachari, in Bangladesh's Chittagong Hill Tracts, police said. Gatherings were banned under Section 144.",
        "U V",
        "communal_riot",
    ),
]
