"""dev77 positives: Iran (crackdowns on protests, Baluch and Kurdish militancy, IS attacks)."""

POSITIVES = [
    (
        "Dozens killed as security forces open fire after Friday prayers in Zahedan",
        "Iranian security forces opened fire on worshippers and protesters after Friday prayers in Zahedan, killing at least 66 people, rights groups said, in the deadliest day of the unrest so far. Witnesses told Iran International that gunmen fired from rooftops near a police station. State media said five members of the Revolutionary Guards were killed and blamed Baluch separatists.",
        "U V",
        "crackdown",
    ),
    (
        "Tehran protests enter second week as riot police fire tear gas",
        "Riot police fired tear gas and charged protesters with batons in central Tehran on Wednesday night as demonstrations over the death of a young woman in morality police custody entered their second week. Protesters set fire to rubbish bins and a police motorcycle, and chanted against the supreme leader. Hundreds have been arrested across the country, rights groups said.",
        "U",
        "riot",
    ),
    (
        "Guards deploy troops and armour to Kurdish city of Mahabad",
        "The Revolutionary Guards sent troops and armoured vehicles into the Kurdish city of Mahabad on Sunday after protesters set fire to the governor's office, residents and rights groups said. Heavy gunfire was heard overnight and at least three people were killed. Internet connections in the city were cut.",
        "U M",
        "crackdown",
    ),
    (
        "Mourners shot at funeral of protester in Javanrud",
        "Security forces opened fire on mourners at the funeral of a young protester in the Kurdish town of Javanrud on Monday, killing at least five people, the Hengaw rights group said. Videos showed wounded men being carried into a mosque. Officials said armed rioters had attacked a police station.",
        "U V",
        "crackdown",
    ),
    (
        "Protesters killed in Mahshahr as fuel price protests are crushed",
        "Security forces killed dozens of protesters who had blocked a highway and fled into marshland near the port city of Mahshahr in Khuzestan, residents and rights groups said, during the unrest over a sudden rise in petrol prices. Armoured vehicles were used to surround the area, witnesses said. Authorities say the protests were organised by rioters and foreign enemies.",
        "U V",
        "crackdown",
    ),
    (
        "Jaish al-Adl militants storm police headquarters in Rask, 11 officers killed",
        "Militants of the Baluch group Jaish al-Adl stormed a police headquarters in the town of Rask in Sistan-Baluchestan overnight, killing 11 police officers, the provincial governor said. Gunfire lasted for several hours before the attackers were killed or fled. Iranian officials called it a terrorist attack and said the assailants came from across the border with Pakistan.",
        "B T",
        "armed attack",
    ),
    (
        "Car bomb kills 27 Revolutionary Guards on Khash-Zahedan road",
        "A suicide car bomb hit a bus carrying members of the Revolutionary Guards on the road between Khash and Zahedan on Wednesday, killing 27 of them, the IRGC said. The Baluch militant group Jaish al-Adl claimed the attack. The Guards accused foreign intelligence services of supporting the group.",
        "E T",
        "suicide bombing",
    ),
    (
        "Border guards abducted by militants near Mirjaveh",
        "Twelve Iranian border guards and members of the Basij were abducted from a border post near Mirjaveh in Sistan-Baluchestan on Tuesday by militants who fled into Pakistan, the Revolutionary Guards said. Jaish al-Adl said it had seized them. Tehran called on Islamabad to act against what it called a terrorist group.",
        "T",
        "abduction",
    ),
    (
        "Gunman attacks Shah Cheragh shrine in Shiraz, 13 dead",
        "A gunman opened fire on worshippers at the Shah Cheragh shrine in Shiraz on Wednesday evening, killing 13 people and wounding dozens, state media said. The Islamic State group claimed the attack.",
        "T V",
        "attack on worshippers",
    ),
    (
        "Twin blasts near Soleimani memorial kill scores in Kerman",
        "Two explosions ripped through crowds walking to the grave of Qassem Soleimani in Kerman on Wednesday, killing at least 95 people on the anniversary of his death, Iranian officials said. The Islamic State group later said two of its members had detonated explosive belts. Hospitals in Kerman called for blood donations. Iran's leaders vowed a harsh response against those behind the attack.",
        "E T V",
        "suicide bombing",
    ),
    (
        "Gunmen open fire on military parade in Ahvaz",
        "Gunmen disguised in military uniforms opened fire on spectators and soldiers at a military parade in Ahvaz on Saturday, killing at least 25 people, including a child and members of the Revolutionary Guards, state media said. Two groups claimed the attack. Officials said all four attackers were killed.",
        "T V B",
        "terrorist attack",
    ),
    (
        "Attackers strike parliament and Khomeini mausoleum in Tehran",
        "Gunmen and suicide bombers attacked Iran's parliament and the mausoleum of Ayatollah Khomeini in Tehran on Wednesday, killing 17 people, in the first attacks claimed by the Islamic State group in the country. Security forces besieged the parliament building for hours before killing the attackers. Lawmakers continued a session while the shooting went on.",
        "T V B",
        "terrorist attack",
    ),
    (
        "Revolutionary Guards clash with PJAK fighters near Marivan",
        "Three members of the Revolutionary Guards were killed in a gunfight with members of the Kurdish militant group PJAK in the mountains near Marivan on Friday, Tasnim news agency reported. The IRGC said several militants were also killed and the remainder fled towards the border with Iraq.",
        "B",
        "gun battle",
    ),
    (
        "Gunmen on motorcycle fire into crowd in Izeh market",
        "Gunmen on a motorcycle fired at shoppers and security forces in a market in Izeh in Khuzestan on Wednesday evening, killing seven people including a nine-year-old boy, state media said. Authorities called it a terrorist attack, while the boy's family said security forces fired on their car. The town had seen protests for several days.",
        "V T",
        "shooting",
    ),
]
