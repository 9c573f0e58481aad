"""Positives of dev69: the Democratic Republic of Congo (Ituri, North Kivu, M23, CODECO, ADF,
Wazalendo, Kinshasa).

Each item: (title, text, tag codes, kind); tag codes from eval/conflictset TAG_CODES.
"""

POSITIVES = [
    (
        "M23 rebels enter Goma as shells hit the city and hospitals fill with wounded",
        "Rebels of the M23, which UN experts say is backed by Rwanda, entered Goma on Monday "
        "after days of fighting with the Congolese army and its allies, as shells fell on "
        "residential districts and near the airport. The city's main hospitals were overwhelmed, "
        "the ICRC said, with wounded lying in corridors. Hundreds of thousands of people who had "
        "been living in displacement camps around the city fled again, some towards the centre, "
        "others across the border into Rwanda. Inmates escaped from Munzenze prison during the "
        "fighting, and warehouses of the World Food Programme were looted. The UN said "
        "peacekeepers from South Africa and Uruguay had been killed.",
        "B E H D",
        "rebel offensive",
    ),
    (
        "Bombs on displacement camps near Goma kill at least 35",
        "At least 35 people, most of them women and children, were killed on Friday when bombs "
        "struck the Lac Vert and Mugunga camps for displaced people on the western outskirts of "
        "Goma, the Congolese government said. It accused the M23 and the Rwandan army of firing "
        "on the camps; Kigali denied any responsibility. MSF said its teams had treated dozens of "
        "wounded at the camps' makeshift clinics.",
        "E V D",
        "shelling of camp",
    ),
    (
        "CODECO militiamen kill 60 in attack on Plaine Savo displacement site",
        "At least 60 displaced people were killed overnight when CODECO militiamen attacked the "
        "Plaine Savo site in Djugu territory, Ituri province, with machetes and guns, local "
        "officials told Radio Okapi. Survivors ran to the nearby base of MONUSCO peacekeepers at "
        "Bule. A local official said the assailants had come from the hills after dark and set "
        "fire to shelters.",
        "V D",
        "camp massacre",
    ),
    (
        "Bomb at Pentecostal church in Kasindi kills 14, Islamic State claims",
        "A bomb exploded during a service at a Pentecostal church in Kasindi, on the border with "
        "Uganda, on Sunday, killing at least 14 people and wounding more than 60, the army said. "
        "It blamed the ADF, an armed group affiliated with the Islamic State, which later claimed "
        "the attack. A Kenyan national was arrested at the scene, an army spokesman said.",
        "E T V",
        "church bombing",
    ),
    (
        "ADF attackers kill dozens of worshippers at night vigil in Komanda",
        "Attackers of the Allied Democratic Forces (ADF) killed at least 38 people who had "
        "gathered for a night vigil in a Catholic church in Komanda, Ituri province, early on "
        "Sunday, a civil society coordinator said. Homes and shops nearby were set on fire. "
        'MONUSCO said victims had been killed with machetes and firearms and condemned "a heinous '
        'attack" on people at prayer.',
        "V T",
        "church attack",
    ),
    (
        'Congolese and Ugandan troops say 15 ADF "terrorists" neutralised in Beni territory',
        "The Congolese army (FARDC) said on Wednesday that joint operations with the Ugandan army "
        "(UPDF) in Beni territory had neutralised 15 ADF terrorists and freed 20 hostages over "
        "the past week. The operations, known as Shujaa, target ADF bastions in the Rwenzori "
        "sector, the army spokesman said, adding that two soldiers had been wounded in clashes.",
        "M B",
        "joint operation",
    ),
    (
        "Wazalendo fighters and M23 clash around Masisi centre",
        "Clashes broke out on Tuesday between Wazalendo militiamen, allied with the Congolese "
        "army, and M23 rebels around Masisi centre, civil society sources said. Each side claimed "
        "to have repelled the other. Hundreds of families fled towards Nyabiondo and Lukweti, and "
        "schools in the area closed for the second time this month.",
        "B D",
        "armed clashes",
    ),
    (
        "Djugu localities emptied of their inhabitants after CODECO incursion",
        "Several localities of the Walendu Djatsi sector in Djugu territory have been emptied of "
        "their inhabitants since Sunday, after an incursion by CODECO militiamen in which six "
        "civilians were killed, local authorities told Radio Okapi. The displaced are gathering "
        "in Fataki and Nizi, where they sleep in churches and schools. Civil society leaders "
        "called on the FARDC to deploy more troops to the area.",
        "D V",
        "displacement",
    ),
    (
        "Nurse killed as armed men loot health centre serving the displaced in Drodro",
        "Armed men attacked and looted the health centre at Drodro, in Djugu territory, "
        "overnight, killing a nurse and a patient, the medical NGO ALIMA said on Thursday, "
        "announcing that it was suspending its mobile clinics in the area. The centre treated "
        'thousands of displaced people living in the surrounding sites. "Attacks on health care '
        'must stop," the organisation said.',
        "V H",
        "attack on health centre",
    ),
    (
        "Security forces fire tear gas and live rounds at Catholic marchers in Kinshasa",
        "At least six people were killed in Kinshasa on Sunday when police and soldiers dispersed "
        "marches organised by Catholic lay groups demanding that President Joseph Kabila step "
        "down, the UN mission said. Security forces fired tear gas inside church compounds and "
        "live rounds near several parishes, witnesses said. More than 100 people were arrested. "
        "Internet and text-message services were cut across the country from early morning. The "
        'archbishop of Kinshasa denounced "barbarism" by men in uniform.',
        "U",
        "crackdown",
    ),
    (
        "Soldiers kill dozens of sect members before anti-UN protest in Goma",
        "Congolese soldiers killed more than 50 members of a religious sect in Goma on Wednesday "
        "as they moved to stop a demonstration against the UN peacekeeping mission, the "
        "government said. Troops of the Republican Guard raided the sect's place of worship "
        "before dawn and opened fire, according to rights groups, who said bodies had been loaded "
        "onto army lorries. The government announced an investigation.",
        "U V",
        "crackdown",
    ),
    (
        "Two killed as ville morte in Kinshasa turns to clashes in Limete",
        "A day of ville morte called by the opposition in Kinshasa turned violent on Monday when "
        "youths put up barricades of burning tyres in the Limete and Ndjili districts and threw "
        "stones at police, who responded with tear gas and live rounds. Two people were killed, "
        "including a police officer, the provincial police said. Most of the city stayed at home, "
        "and shops and schools were shut. The opposition accused the police of firing on peaceful "
        "residents.",
        "U",
        "riot",
    ),
    (
        "Protesters storm UN bases in Goma and Butembo, several killed",
        "Demonstrators demanding the departure of MONUSCO stormed and looted UN bases in Goma and "
        "Butembo on Tuesday, and at least 15 people, among them three peacekeepers, were killed, "
        "the government said. Crowds carried off furniture and generators and set fire to part of "
        "a warehouse. The mission said its troops fired tear gas and warning shots.",
        "U",
        "riot",
    ),
    (
        "Armed men attack Kamerhe's residence and Palais de la Nation in failed coup",
        "The Congolese army said on Sunday it had foiled an attempted coup d'état after armed men "
        "in military fatigues attacked the Kinshasa residence of Vital Kamerhe and then occupied "
        "the Palais de la Nation. Two police officers guarding the residence were killed in an "
        "exchange of fire. The leader of the group was killed as he resisted arrest and about 50 "
        "assailants, including three Americans, were detained, an army spokesman said.",
        "B",
        "coup attempt",
    ),
    (
        "UN investigators say M23 killed at least 131 civilians in Kishishe and Bambo",
        "M23 rebels killed at least 131 civilians in reprisal attacks in Kishishe and Bambo, in "
        "Rutshuru territory, at the end of November, a preliminary investigation by the UN "
        "mission found. Victims were shot or killed with knives, and at least 22 women and five "
        "girls were raped, the investigators said. The M23 rejected the findings and said eight "
        "people had died from stray bullets.",
        "V",
        "massacre",
    ),
    (
        "Cholera spreads in displacement camps around Goma as fighting swells their numbers",
        "Cholera cases have risen sharply in the displacement camps around Goma, where more than "
        "600,000 people who fled the fighting between the M23 and the army now live, MSF said on "
        "Thursday. Its teams treated more than 1,000 patients in a fortnight, and the camps have "
        "too few latrines and too little clean water. New families arrive every day from Rutshuru "
        "and Masisi, it said.",
        "H D",
        "disease in camps",
    ),
    (
        "Congolese army drones and jets strike M23 positions in hills around Sake",
        "The Congolese army said its drones and a Sukhoi-25 jet had struck M23 positions in the "
        "hills around Sake, west of Goma, on Wednesday, destroying two artillery pieces and a "
        "command post. Residents of Sake reported explosions throughout the morning. The rebels "
        "said the strikes had hit villages, an accusation the army rejected.",
        "E M",
        "air strikes",
    ),
    (
        "Mai-Mai attack Ebola treatment centre in Butembo, police officer killed",
        "Mai-Mai militiamen attacked an Ebola treatment centre in Butembo before dawn on "
        "Saturday, killing a police officer and wounding a health worker, the health ministry "
        "said. Patients were moved while the security forces repelled the assailants. It was the "
        "second attack on the centre in a month, and the WHO said the violence was hampering the "
        "response in North Kivu.",
        "V H",
        "attack on health workers",
    ),
]
