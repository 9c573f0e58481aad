"""dev133 positives (1 of 3): briefs of current organised violence and its direct consequences from
Russia and Ukraine, Europe, the Caucasus, New Caledonia and the Middle East (eval/README.md,
section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Ukrainian drones set oil depot ablaze in Russia's Bryansk region, governor says",
        "Ukrainian drones hit an oil depot in Russia's Bryansk region overnight, setting "
        "several tanks on fire, regional governor Alexander Bogomaz said on Sunday, adding that "
        "no one was hurt. Video posted by residents showed a column of black smoke over the "
        "town of Novozybkov. A source in Ukraine's SBU security service told Reuters the depot "
        "supplied Russian units on the Sumy front.",
        "E",
        "drone strike",
    ),
    (
        "Glide bombs hit Kharkiv housing estate, killing three",
        "KHARKIV, Ukraine (AP) — Russian aircraft dropped at least four guided bombs on "
        "Kharkiv's Saltivka district on Thursday evening, killing three people and injuring 41, "
        "Mayor Ihor Terekhov said. One bomb landed in the courtyard of a 16-storey block, and "
        "firefighters were still putting out burning flats after midnight.",
        "E",
        "air strike",
    ),
    (
        "Moscow claims another village in Donetsk; Kyiv says assaults repelled",
        "Russia's defence ministry said on Tuesday that its troops had captured the village of "
        "Oleksandro-Shultyne, west of the city of Kostiantynivka in Ukraine's Donetsk region. "
        "Ukraine's general staff did not confirm the loss and said its units had repelled 38 "
        "Russian assaults in the sector over the past 24 hours. Neither side's account could be "
        "independently verified.",
        "B",
        "battle",
    ),
    (
        "Ukraine takes the war to Kursk",
        "Ukraine launched a surprise ground incursion into Russia's Kursk region, its biggest "
        "since the full-scale invasion began, advancing some 10km past the border according to "
        "Russian military bloggers. The regional governor ordered the evacuation of about "
        '76,000 people and said five civilians had been killed. Vladimir Putin called it "a '
        "large-scale provocation\". Russia's general staff said reinforcements were moving into "
        "the region.",
        "B M D",
        "ground incursion",
    ),
    (
        "Sea drones hit Russian tanker off Novorossiysk, SBU source says",
        "Ukrainian sea drones struck a tanker off the Russian port of Novorossiysk early on "
        "Saturday, a source in Ukraine's SBU security service said, describing the vessel as "
        'part of the "shadow fleet" that carries Russian oil past sanctions. The Caspian '
        "Pipeline Consortium briefly halted loadings at its nearby terminal. Russian officials "
        "said the crew of 13 had been taken off the ship and no one was hurt.",
        "E",
        "naval drone strike",
    ),
    (
        "Kyiv opens war-crimes case over footage of surrendering soldiers being shot",
        "Ukraine's prosecutor-general's office said on Monday it had opened a war-crimes "
        "investigation after drone footage appeared to show Russian troops shooting three "
        "Ukrainian soldiers who had laid down their weapons near Pokrovsk over the weekend. "
        "Human rights ombudsman Dmytro Lubinets said he had written to the UN and the "
        "International Committee of the Red Cross. Moscow did not comment.",
        "V",
        "execution of prisoners",
    ),
    (
        "Missiles hit Sumy city centre as residents head to church",
        "Two Russian ballistic missiles struck the centre of Sumy on Sunday morning as people "
        "were making their way to church for Palm Sunday, killing at least 34 people, including "
        "two children, Ukraine's emergency service said. President Volodymyr Zelensky said "
        "Moscow had deliberately targeted a crowded street on a holy day. Rescuers pulled "
        "passengers from a burning trolleybus, and the city declared three days of mourning.",
        "E V",
        "missile strike",
    ),
    (
        "Bielefeld knife attack: prosecutors see Islamist motive",
        "Germany's federal prosecutors have taken over the investigation into a knife attack "
        "outside a bar in Bielefeld that left four men seriously wounded early on Sunday. They "
        "said the suspect, a 35-year-old Syrian arrested near Düsseldorf after a two-day "
        'manhunt, appeared to have acted out of "a jihadist conviction". Interior Minister '
        "Alexander Dobrindt said deportations to Syria would continue.",
        "T V",
        "terrorist attack",
    ),
    (
        "Ballymena: families flee as third night of disorder hits Co Antrim town",
        "Police in Northern Ireland fired water cannon and baton rounds at rioters in Ballymena "
        "on Wednesday, the third night of violence that began after two teenagers appeared in "
        "court charged with attempted rape. Seventeen officers were injured, the PSNI said, and "
        "several Roma and migrant families left their homes after windows were smashed and one "
        "house was set alight.",
        "U V D",
        "riot",
    ),
    (
        "Gunmen attack church, synagogue and police post in Dagestan",
        "Gunmen opened fire on an Orthodox church and a synagogue in Derbent and on a traffic "
        "police post in Makhachkala on Sunday evening, killing a priest and at least 15 police "
        "officers, Dagestan's governor Sergei Melikov said. Russia's Investigative Committee "
        "opened a terrorism case. Five of the attackers were killed in shootouts with security "
        "forces, officials said.",
        "T V B",
        "terrorist attack",
    ),
    (
        "Georgian police drive pro-EU protesters from parliament with water cannon",
        "Riot police in Tbilisi used water cannon and pepper spray to clear Rustaveli Avenue "
        "for a fourth night on Sunday and detained 48 people, Georgia's interior ministry said. "
        "Protesters threw fireworks at the parliament building, setting a window on fire. The "
        "rallies began after the ruling Georgian Dream party said it would shelve talks on "
        "joining the European Union until 2028. Several journalists said they had been beaten "
        "by masked men near the parliament.",
        "U",
        "crackdown",
    ),
    (
        "Stones and flares fly in Novi Sad as rival rallies meet",
        "Anti-government protesters and supporters of Serbia's ruling Progressive Party pelted "
        "each other with stones, bottles and flares in Novi Sad on Wednesday night, and riot "
        "police used batons and tear gas to separate them. The interior ministry said 16 "
        "officers were injured and 37 people detained.",
        "U",
        "clashes",
    ),
    (
        "Nouméa curfew extended after another night of arson",
        "French authorities extended the night-time curfew across Nouméa after rioters burned a "
        "school, two pharmacies and dozens of cars in the suburbs of Dumbéa and Païta, the high "
        "commission said on Saturday. Gendarmes fired tear gas to clear barricades on the road "
        "to La Tontouta airport, which has been shut for five days. Five people, two of them "
        "gendarmes, have been killed since the unrest over a change to voting rules began. "
        "Paris has flown in 1,000 extra police and gendarmes.",
        "U",
        "riot",
    ),
    (
        "Strike on Mawasi tents kills 19, Gaza civil defence says",
        "An Israeli strike hit tents sheltering displaced families in the Mawasi area west of "
        "Khan Younis before dawn on Tuesday, killing at least 19 people, including eight "
        "children, Gaza's civil defence agency said. The Israeli military said it had targeted "
        'a Hamas commander and had taken "numerous steps to mitigate the risk of harming '
        'civilians". Medics at Nasser hospital said many of the dead had been asleep when the '
        "missile hit.",
        "E V D",
        "air strike",
    ),
    (
        "Eleven killed near Rafah food distribution point, Gaza health ministry says",
        "At least 11 Palestinians were killed and dozens wounded when Israeli troops opened "
        "fire near a food distribution site in Rafah on Sunday morning, the Gaza health "
        "ministry said. The Israeli military said soldiers had fired warning shots at "
        '"suspects" who approached its forces. The World Food Programme said only a fraction of '
        "the aid trucks needed were entering the enclave.",
        "V H",
        "shooting at aid site",
    ),
    (
        "Israeli army launches Tulkarm camp operation with bulldozers and drones",
        "Israeli troops and Shin Bet agents launched what the army called a counter-terrorism "
        "operation in the Tulkarm and Nur Shams refugee camps on Wednesday, sending in armoured "
        "bulldozers and carrying out a drone strike that killed five people. The Palestinian "
        "Red Crescent said its ambulances were kept out of the camps, and UNRWA said hundreds "
        "of families had left their homes.",
        "M E D H",
        "military raid",
    ),
    (
        "Settlers torch homes and cars in Sinjil, Palestinian man shot dead",
        "Dozens of Israeli settlers set fire to houses and vehicles in the village of Sinjil, "
        "north of Ramallah, on Friday night, and a 23-year-old man was shot dead, the "
        'Palestinian health ministry said. The army said troops had dispersed a "violent '
        'confrontation" between Israelis and Palestinians; no arrests were reported.',
        "V",
        "settler attack",
    ),
    (
        "Israeli drone strike on car near Tyre kills two despite truce",
        "An Israeli drone struck a car on the coastal road between Tyre and Naqoura on Monday, "
        "killing two men, Lebanon's health ministry said. The Israeli military said it had hit "
        "a Hezbollah operative who was trying to rebuild the group's infrastructure in the "
        "south, the latest of near-daily strikes since the November 2024 ceasefire.",
        "E",
        "drone strike",
    ),
    (
        "Syria's Sweida: fighting between Druze and Bedouin leaves hundreds dead",
        "Fighting between Druze militias and Bedouin clan gunmen in Syria's southern Sweida "
        "province has killed more than 300 people in five days, the Syrian Observatory for "
        "Human Rights said on Thursday, including dozens of civilians shot dead in their homes. "
        "Residents accused government troops sent to restore order of joining in the killings. "
        "Israel struck the defence ministry in Damascus, saying it was protecting the Druze. A "
        "ceasefire brokered by the United States and Turkey was announced on Saturday.",
        "B V E M",
        "communal fighting",
    ),
    (
        "Drone attack halts output at Kurdistan's Sarsang field",
        "An explosive-laden drone hit a storage tank at the Sarsang oil field in Iraq's "
        "Kurdistan region on Tuesday, setting it on fire and forcing the operator, the US firm "
        "HKN Energy, to suspend production. No group claimed the attack, the third on the "
        "region's energy installations in a week; Kurdish officials blamed Iran-aligned "
        "militias.",
        "E",
        "drone attack",
    ),
    (
        "Houthis say they fired missiles at bulk carrier in Red Sea",
        "Yemen's Houthi rebels said Monday they had fired two anti-ship missiles at the "
        "Liberian-flagged bulk carrier Eternity C, and the British military's UK Maritime Trade "
        "Operations centre reported that the ship had been hit and was taking on water west of "
        "Hodeidah. The ship's manager said four crew members were missing.",
        "E",
        "missile attack",
    ),
    (
        "US strikes hit Houthi fuel terminal at Ras Isa",
        "US warplanes struck the Ras Isa fuel terminal north of Hodeidah overnight, killing at "
        "least 38 people, Houthi-run Al-Masirah television reported, in the deadliest day of "
        "Washington's campaign against the Yemeni group. US Central Command said the strike "
        "aimed to cut off a source of fuel and revenue for the Houthis.",
        "E M",
        "air campaign",
    ),
    (
        "Turkish jets pound PKK targets after deadly assault near Ankara",
        "Turkey's air force struck 32 targets belonging to the Kurdistan Workers' Party (PKK) "
        "in northern Iraq and Syria on Wednesday night, the defence ministry said, hours after "
        "gunmen attacked the headquarters of the state aerospace company TUSAS outside Ankara, "
        'killing five people. Interior Minister Ali Yerlikaya called the assault "a heinous '
        'terrorist attack" and said both attackers were killed.',
        "E M T V",
        "air strikes",
    ),
    (
        "Israel and Iran trade strikes for a fourth day",
        "Iranian ballistic missiles hit residential buildings in Bat Yam and Rehovot overnight, "
        "killing six people, Israel's Magen David Adom emergency service said, while Israeli "
        "jets struck fuel depots and military sites around Tehran. Iran's health ministry said "
        "at least 224 people had been killed in the country since Israel began its strikes on "
        "Friday.",
        "E M",
        "missile exchange",
    ),
    (
        "IPC declares famine in Gaza governorate, a first for the Middle East",
        "Famine is taking place in Gaza governorate, where more than half a million people face "
        '"starvation, destitution and death", the Integrated Food Security Phase Classification '
        "said on Friday, its first such finding in the Middle East. The report blamed the war "
        "and the restrictions on aid deliveries. Israel's foreign ministry rejected it as based "
        'on "Hamas lies".',
        "H",
        "famine in war zone",
    ),
    (
        "Israeli jets strike Hamas negotiators' compound in Doha",
        "Israeli jets struck a residential compound in Doha where Hamas officials were meeting "
        "on Tuesday, killing five members of the group and a Qatari security officer, Hamas and "
        'Qatar said. Qatar called the attack "a flagrant violation of international law" and '
        "suspended its mediation in the Gaza ceasefire talks. The Israeli military said it had "
        "targeted the group's senior leadership.",
        "E",
        "air strike",
    ),
]
