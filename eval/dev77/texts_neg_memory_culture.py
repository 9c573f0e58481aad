"""dev77 negatives: anniversaries, graves and commemorations; films, dramas, books and plays."""

NEGATIVES = [
    (
        "Halabja falls silent to remember chemical attack victims",
        "Sirens sounded across the Kurdistan Region on Thursday as Halabja marked the anniversary of the 1988 chemical attack that killed some 5,000 people. Survivors laid flowers at the memorial cemetery, and officials renewed calls for compensation. Some survivors still suffer from breathing problems and cancers.",
        "history",
    ),
    (
        "Remains of Anfal victims returned to Kurdistan from desert mass grave",
        "The remains of 100 Kurdish victims of the Anfal campaign, exhumed from a mass grave in the desert near Samawa, were returned to the Kurdistan Region on Tuesday and received by relatives in Chamchamal. The victims, mostly women and children, were killed by Saddam Hussein's forces in 1988. DNA testing will be used to identify them.",
        "history",
    ),
    (
        "Tahrir Square quiet on anniversary of January 25 uprising",
        "Cairo's Tahrir Square was quiet on Monday as Egypt marked the anniversary of the January 25 uprising that toppled Hosni Mubarak, with security forces deployed around the square and no rallies. State media focused on Police Day, which falls on the same date. Activists shared photos from the 18 days of protests online.",
        "history",
    ),
    (
        "Sidi Bouzid marks anniversary of Bouazizi's self-immolation",
        "Residents of Sidi Bouzid gathered on Friday to mark the anniversary of the day street vendor Mohamed Bouazizi set himself on fire, sparking Tunisia's revolution and the Arab uprisings. Speakers said unemployment in the region was as high as it was then. A mural of Bouazizi was repainted for the occasion.",
        "history",
    ),
    (
        "Families mourn Camp Speicher victims at Tikrit memorial",
        "Families of the cadets massacred by the Islamic State group at Camp Speicher in 2014 gathered at a memorial in Tikrit on Thursday to mark the anniversary. Iraqi officials laid wreaths and read the names of victims identified from mass graves. Some mothers are still waiting for the remains of their sons.",
        "history",
    ),
    (
        "Iran marks Sacred Defence Week with veterans' ceremonies",
        "Iran began Sacred Defence Week on Sunday, marking the start of the 1980-88 war with Iraq with ceremonies for veterans and families of the dead. Schools held programmes on the war, and exhibitions of captured weapons opened in several cities. The war killed hundreds of thousands on both sides.",
        "history",
    ),
    (
        "Morocco's king marks Green March anniversary in speech",
        "King Mohammed VI marked the anniversary of the 1975 Green March in a televised speech on Saturday, saying Morocco's autonomy plan for Western Sahara was the only basis for a solution. The march saw hundreds of thousands of unarmed Moroccans cross into the territory. Celebrations were held in Laayoune and Dakhla.",
        "history",
    ),
    (
        "Mosul's al-Nouri mosque reopens years after battle",
        "Mosul's al-Nouri mosque and its leaning minaret reopened on Saturday after a reconstruction funded by the UAE and led by UNESCO, years after they were blown up during the battle to retake the city from the Islamic State group. Residents filled the courtyard for the first Friday prayers. The old city around it is still partly in ruins.",
        "history",
    ),
    (
        "Lebanon remembers start of civil war 50 years on",
        "Lebanese marked 50 years since the start of the civil war on Sunday with a ceremony at the site of the Ain al-Rummaneh bus attack, where the fighting began in 1975. Relatives of the 17,000 people who went missing during the war called for the truth about their fate. Schools held a minute's silence.",
        "history",
    ),
    (
        "Veterans and diplomats gather at El Alamein war cemetery",
        "Veterans' descendants and diplomats from Britain, Germany, Italy and New Zealand gathered at El Alamein on the Mediterranean coast to mark the anniversary of the Second World War battle. Wreaths were laid at the Commonwealth war cemetery. Egyptian engineers are still clearing millions of landmines from the desert there.",
        "history",
    ),
    (
        "Old artillery shells from Iran-Iraq war found in Basra farmland and defused",
        "Iraqi civil defence teams removed and safely detonated 40 artillery shells left over from the Iran-Iraq war after a farmer found them while ploughing near Shalamcheh, east of Basra. Nobody was hurt, and nearby families were asked to stay indoors during the controlled explosion. Large areas of the border region remain contaminated.",
        "history",
    ),
    (
        "Egyptian Ramadan drama about soldiers in Sinai tops ratings",
        "A Ramadan television drama about an Egyptian army battalion fighting militants in North Sinai topped viewing figures this year, with scenes of rocket and mortar attacks filmed with army support. Its final episode, in which the commander is killed in an attack on his checkpoint, trended on social media. Critics called the series state propaganda.",
        "entertainment",
    ),
    (
        "Film about Mosul battle premieres at Red Sea festival",
        "An Iraqi feature film about a family trapped during the battle for Mosul premiered at the Red Sea International Film Festival in Jeddah on Friday. Its director said the film's air strike scenes were shot in the ruins of the old city. The audience gave it a standing ovation.",
        "entertainment",
    ),
    (
        "Iranian war drama wins top prize at Fajr festival",
        "An Iranian drama about a nurse in a field hospital during the Iran-Iraq war won the best film prize at the Fajr Film Festival in Tehran. Its battle scenes, with tanks and chemical attacks, were filmed near Khorramshahr. The film opens in cinemas next month.",
        "entertainment",
    ),
    (
        "Kurdish novel about the Anfal wins Arabic fiction prize",
        "A novel by a Kurdish writer from Sulaymaniyah about a boy who survives the Anfal killings won a major Arabic fiction prize on Tuesday. The book follows him from a mass grave in the desert to a refugee camp in Iran. It will be translated into English and French.",
        "entertainment",
    ),
    (
        "Algerian film about independence war hero cleared for release",
        "An Algerian biopic about a hero of the war of independence against France was cleared for release after years of dispute with the culture ministry over its depiction of the war's leaders. Scenes of the battle of Algiers were shot in the Casbah. The film will open in Algeria on Independence Day.",
        "entertainment",
    ),
    (
        "Beirut theatre stages play about civil war militiamen",
        "A Beirut theatre opened a play on Thursday about two former militiamen from opposite sides who meet in a hospital waiting room decades after the civil war. The actors, both of whom lived through the war as children, said audiences wept at every preview. The run has been extended to March.",
        "entertainment",
    ),
    (
        "Documentary on Sousse attack survivors screens in Tunis",
        "A documentary about hotel workers who sheltered tourists during the Sousse beach attack screened at the Carthage Film Festival in Tunis on Monday. The film follows three staff members as they return to the beach a decade later. Several survivors from Britain attended the screening.",
        "entertainment",
    ),
    (
        "Jordanian film about 1948 sparks calls for Netflix boycott in Israel",
        "A Jordanian film about a girl who watches from a locked storeroom as soldiers kill a family in 1948 drew calls for a boycott of Netflix from Israeli ministers after it began streaming. The director said the film was based on a story her mother heard as a child. It was Jordan's entry for the Academy Awards.",
        "entertainment",
    ),
    (
        "Saudi studio's drone combat game tops regional sales",
        "A combat video game made by a Riyadh studio, in which players command drone squadrons against rebel bases in a fictional desert country, topped regional sales charts in its first week. The studio said it had sold 400,000 copies. Gamers praised its missile strike scenes but complained of bugs.",
        "entertainment",
    ),
]
