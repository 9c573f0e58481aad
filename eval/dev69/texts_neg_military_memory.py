"""Negatives of dev69: the military without violence (deliveries, recruitment, parades, training,
exercises) and anniversaries and memorials (history).

Each item: (title, text, kind code); kind codes from eval/conflictset KIND_CODES.
"""

NEGATIVES = [
    (
        "Mali takes delivery of Turkish Akinci drones at Bamako air base",
        "Mali's armed forces took delivery of Akinci combat drones made by Turkey's Baykar at a "
        "ceremony at the Bamako air base on Monday, the defence ministry said. The transition "
        'president said the aircraft would "strengthen the autonomy" of the army in securing the '
        "national territory. The drones add to TB2 models bought in previous years and to "
        "aircraft acquired from Russia.",
        "military",
    ),
    (
        "Burkina Faso launches drive to recruit 50,000 VDP volunteers",
        "Burkina Faso's government launched a campaign on Monday to recruit 50,000 Volunteers for "
        "the Defence of the Homeland (VDP), 15,000 of them for a national brigade and the rest "
        "for the communes. Young people queued outside town halls in Ouagadougou and "
        "Bobo-Dioulasso to register. Recruits will receive 14 days of training before being "
        "assigned. The VDP were created in 2020 to support the army and are paid a monthly "
        "allowance.",
        "military",
    ),
    (
        "Mali marks independence day with military parade in Bamako",
        "Armoured vehicles, helicopters and newly delivered aircraft took part in a military "
        "parade in Bamako on Friday to mark Mali's independence day, the first such parade in "
        "years. Units of the army, the gendarmerie and the national guard marched past the "
        "transitional president on the Boulevard de l'Indépendance. Russian instructors were seen "
        "in the stands.",
        "military",
    ),
    (
        "Chad receives armoured vehicles from the United Arab Emirates",
        "Chad's army received a batch of armoured vehicles from the United Arab Emirates on "
        "Wednesday at a ceremony in N'Djamena attended by the defence minister. The vehicles, "
        "designed to resist mines, will be assigned to units in the Lac and the east of the "
        "country, the army said. The UAE has also trained Chadian officers.",
        "military",
    ),
    (
        "Togo raises defence budget by a third",
        "Togo's parliament adopted a 2024 budget on Tuesday that raises defence spending by a "
        "third, the finance minister said, as the country steps up security in the north. The "
        "increase will finance recruitment, equipment and the construction of new barracks in the "
        "Savanes region. Opposition deputies said spending on schools and health should not be "
        "sacrificed.",
        "military",
    ),
    (
        "Central African soldiers trained by Russian instructors graduate in Berengo",
        "Some 500 Central African soldiers graduated on Saturday from a training course run by "
        "Russian instructors at the Berengo camp, west of Bangui, the defence ministry said. The "
        "ceremony included a demonstration of shooting and assault drills in front of President "
        "Touadéra. The new battalion is to be deployed to the provinces. The Russian ambassador "
        "and the defence minister attended.",
        "military",
    ),
    (
        "Congolese youths queue to enlist as army opens recruitment in Kinshasa",
        "Hundreds of young men and women queued on Monday at the recruitment centre of the "
        "Congolese army in Kinshasa, as the FARDC launched a national drive to enlist new "
        "soldiers, the army said. Candidates must be between 18 and 25 and pass a medical "
        "examination. Recruits will be trained at the Kitona base for six months.",
        "military",
    ),
    (
        "Flintlock exercise opens in Burkina Faso with special forces from 30 countries",
        "The US-led Flintlock special forces exercise opened in Ouagadougou on Monday with some "
        "2,000 soldiers from about 30 African and Western countries taking part. Training will "
        "take place in Burkina Faso and Mauritania over two weeks and focus on counter-terrorism "
        "and coordination between armies. Burkina's defence minister welcomed the participants at "
        "the opening ceremony.",
        "military",
    ),
    (
        "EU-trained quick reaction force units graduate in Mozambique",
        "Eleven companies of Mozambique's quick reaction forces, trained by the European Union "
        "military training mission, graduated at the Chimoio camp on Thursday, the mission said. "
        "The soldiers were trained in tactics, human rights and first aid. The EU is also "
        "providing non-lethal equipment, including vehicles and field hospitals.",
        "military",
    ),
    (
        "Russian instructors and air defence system arrive in Niamey",
        "A Russian military aircraft landed in Niamey on Wednesday carrying instructors of the "
        "Africa Corps and an air defence system, Nigerien state television reported. The "
        "instructors will train Nigerien soldiers to use the system, a spokesman said. The "
        "arrival follows a military cooperation agreement signed by the junta with Moscow.",
        "military",
    ),
    (
        "Burkina Faso remembers the Solhan massacre one year on",
        "Residents of Solhan and officials gathered on Sunday to remember the victims of the "
        "massacre of June 2021, the deadliest attack of the insurgency in Burkina Faso, with "
        "prayers and the laying of wreaths. Families who have since resettled in Sebba made the "
        "journey under escort. The governor of the Sahel region promised a memorial and the "
        "reconstruction of the market.",
        "history",
    ),
    (
        "Beni inaugurates memorial to victims of massacres",
        "A memorial to the thousands of people killed in massacres around Beni since 2014 was "
        "inaugurated in the town on Saturday, with the names of victims engraved on plaques. "
        "Survivors and relatives laid flowers and held a minute's silence. Civil society leaders "
        "said the memorial should remind the authorities of their duty to protect civilians.",
        "history",
    ),
    (
        "Burundi commemorates the victims of 1972",
        "Hundreds of people gathered in Gitega on Sunday to commemorate the victims of the 1972 "
        "massacres, in which tens of thousands of people were killed. The truth and "
        "reconciliation commission presented the results of exhumations of mass graves carried "
        "out in recent years. Survivors called for the crimes to be recognised as genocide.",
        "history",
    ),
    (
        "Commission hands report on France's role in Cameroon's independence war to presidents",
        "A commission of French and Cameroonian historians handed its report on France's role in "
        "the repression of independence movements in Cameroon between 1945 and 1971 to the two "
        "presidents, concluding that France waged a war there. The report documents the killing "
        "of tens of thousands of people, the bombing of villages and the assassination of "
        'nationalist leaders. President Macron had acknowledged "repression" during a visit to '
        "Yaoundé in 2022. Historians said the archives should now be opened fully.",
        "history",
    ),
    (
        "Timbuktu's restored mausoleums consecrated in ceremony",
        "The mausoleums of Timbuktu's saints, destroyed by jihadists in 2012, were consecrated on "
        "Sunday after their reconstruction by local masons with the support of UNESCO, the city's "
        "imams said. Families of the city gathered for prayers and a ritual meal. The head of "
        "UNESCO said the restoration showed that culture could be rebuilt.",
        "history",
    ),
    (
        "Chad opens memorial to victims of the Habré regime",
        "Chad opened a memorial in N'Djamena on Wednesday to the victims of the regime of Hissène "
        "Habré, who ruled from 1982 to 1990 and was convicted of crimes against humanity by a "
        "special court in Dakar. The memorial stands on the site of a former political police "
        "prison. Survivors said it had taken them three decades to see it built.",
        "history",
    ),
    (
        "Mozambique marks 50 years of independence with veterans of the liberation war",
        "Mozambique celebrated 50 years of independence on Wednesday with ceremonies in Maputo "
        "attended by veterans of the liberation war against Portuguese colonial rule. Old "
        "fighters of Frelimo wore their medals and sang songs of the armed struggle. President "
        "Daniel Chapo paid tribute to those who fell for independence.",
        "history",
    ),
    (
        "Central Africans mark the anniversary of Barthélemy Boganda's death",
        "Central Africans marked the anniversary of the death of Barthélemy Boganda, the father "
        "of the country's independence, with a wreath-laying ceremony in Bangui on Saturday. The "
        "head of state called on the population to remain united. Boganda died in a plane crash "
        "in 1959, months before independence.",
        "history",
    ),
    (
        "Kolwezi remembers 1978 battle and the victims of the Shaba war",
        "Residents of Kolwezi commemorated on Thursday the victims of the 1978 rebel invasion of "
        "the town and the French and Belgian airborne operation that followed, which left "
        "hundreds of civilians dead. A wreath was laid at the cemetery where some of the victims "
        "are buried. The ceremony was attended by the provincial governor.",
        "history",
    ),
]
