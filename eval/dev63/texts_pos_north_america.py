"""Positives of eval/dev63: the United States and Canada (README.md)."""

POSITIVES = [
    (
        "Rioters storm Capitol as Congress meets to certify election",
        (
            "Thousands of supporters of the outgoing president broke through police barricades "
            "and stormed the Capitol on Wednesday, forcing lawmakers to halt the certification of "
            "the election result and shelter in place. Rioters smashed windows, beat police "
            "officers with flagpoles and sprayed them with chemical irritants. A woman was shot "
            "dead by a Capitol Police officer as she tried to climb through a broken door into "
            "the Speaker's Lobby, and pipe bombs were found outside the headquarters of both main "
            "parties. The building was cleared only after more than four hours, and the "
            "vice-president and senators were escorted to safety. The District of Columbia "
            "imposed a curfew and National Guard troops from Virginia and Maryland were sent to "
            "the city."
        ),
        "U",
        "riot",
    ),
    (
        "Former president wounded as gunman opens fire at Pennsylvania rally",
        (
            "A gunman fired several shots from a rooftop at a campaign rally in Butler, "
            "Pennsylvania, on Saturday, wounding the former president in the ear and killing a "
            "spectator, a volunteer firefighter. Two other spectators were critically injured. "
            "Secret Service counter-snipers shot the gunman dead. The FBI said it was "
            "investigating the shooting as an assassination attempt and had identified the "
            "suspect as a 20-year-old man from nearby Bethel Park."
        ),
        "V",
        "assassination attempt",
    ),
    (
        "Minnesota lawmaker and husband shot dead at home, state senator wounded",
        (
            "A gunman posing as a police officer shot dead a Democratic state representative and "
            "her husband at their home in Brooklyn Park, Minnesota, early on Saturday, hours "
            "after shooting and wounding a state senator and his wife in a nearby suburb. The "
            'governor called it a "politically motivated assassination". Police said a list of '
            "other lawmakers and abortion providers was found in the suspect's car, and people in "
            "several districts were told to stay at home during a two-day manhunt."
        ),
        "V",
        "assassination",
    ),
    (
        "Conservative activist shot dead at Utah university event",
        (
            "A prominent conservative activist was shot dead while speaking to a crowd of about "
            "3,000 people on the campus of Utah Valley University on Wednesday. A single shot was "
            "fired from a rooftop about 130 metres away. The campus was evacuated and classes "
            'were cancelled. The governor called it a "political assassination", and the FBI '
            "released images of a suspect and offered a reward of 100,000 dollars."
        ),
        "V",
        "assassination",
    ),
    (
        "Speaker's husband attacked with hammer in San Francisco home",
        (
            "An intruder broke into the San Francisco home of the House speaker early on Friday "
            "and attacked her 82-year-old husband with a hammer, fracturing his skull. Police "
            "officers who arrived after he called 911 saw the attack happen. Prosecutors said the "
            "42-year-old suspect told them he had been looking for the speaker and planned to "
            "break her kneecaps. The speaker was in Washington at the time."
        ),
        "V",
        "attack on politician",
    ),
    (
        "Pennsylvania governor's residence set on fire with Molotov cocktails",
        (
            "A man scaled a fence and broke into the Pennsylvania governor's official residence "
            "in Harrisburg in the early hours of Sunday and set it on fire with homemade "
            "incendiary devices, hours after the governor had hosted a Passover seder there. The "
            "governor and his family were evacuated unhurt, but part of the building was badly "
            "damaged. The suspect handed himself in and was charged with attempted homicide, "
            "terrorism and arson, prosecutors said."
        ),
        "V E",
        "arson attack",
    ),
    (
        "Gunman kills ten at Buffalo supermarket in racist attack",
        (
            "An 18-year-old gunman wearing body armour and livestreaming on a gaming site shot "
            "dead ten people at a supermarket in a predominantly Black neighbourhood of Buffalo, "
            "New York, on Saturday. Eleven of the 13 people shot were Black. The suspect "
            "surrendered to police. The FBI said it was investigating the shooting as a hate "
            "crime and an act of racially motivated violent extremism, and a 180-page document "
            "attributed to the suspect set out a racist conspiracy theory."
        ),
        "V T",
        "shooting",
    ),
    (
        "Twenty killed in El Paso Walmart shooting investigated as domestic terrorism",
        (
            "A gunman opened fire at a crowded Walmart store in El Paso, Texas, on Saturday "
            "morning, killing 20 people and wounding 26 others, many of them Hispanic shoppers. "
            "The 21-year-old suspect surrendered to police outside. A federal prosecutor said the "
            "attack was being treated as a case of domestic terrorism, and police were examining "
            'a statement posted online shortly before the shooting that spoke of a "Hispanic '
            'invasion of Texas".'
        ),
        "V T",
        "shooting",
    ),
    (
        "Eleven killed in shooting at Pittsburgh synagogue",
        (
            "A gunman shouting antisemitic slurs opened fire during Sabbath services at the Tree "
            "of Life synagogue in Pittsburgh's Squirrel Hill neighbourhood on Saturday, killing "
            "11 people and wounding six, including four police officers. The suspect was wounded "
            "in a gun battle with a tactical team and taken into custody. Federal prosecutors "
            "filed 29 charges against him, including hate crimes, and the attorney general said "
            "he would seek the death penalty."
        ),
        "V",
        "attack on worshippers",
    ),
    (
        "Nine killed at historic Black church in Charleston",
        (
            "A white gunman shot dead nine people, including the senior pastor, during a Bible "
            "study meeting at the Emanuel African Methodist Episcopal Church in Charleston, South "
            "Carolina, on Wednesday evening. The 21-year-old suspect, who sat with the group for "
            "almost an hour before opening fire, was arrested the next morning in North Carolina. "
            "Police described the killings as a hate crime, and a website registered by the "
            "suspect contained a racist manifesto."
        ),
        "V",
        "attack on worshippers",
    ),
    (
        "Fourteen killed as truck rams New Year crowd on Bourbon Street",
        (
            "A man drove a pickup truck into crowds celebrating the New Year on Bourbon Street in "
            "New Orleans shortly after 3 am, killing 14 people and injuring dozens, before "
            "opening fire on police, who shot him dead. The FBI said an Islamic State flag was "
            "found in the vehicle and that it was investigating the attack as an act of "
            "terrorism. The Sugar Bowl game due to be played that day at the Superdome was "
            "postponed by 24 hours."
        ),
        "T V",
        "vehicle ramming",
    ),
    (
        "Man throws firebombs at march for Israeli hostages in Boulder",
        (
            "A man threw Molotov cocktails at people taking part in a weekly walk calling for the "
            "release of Israeli hostages in Boulder, Colorado, on Sunday, setting several of them "
            "on fire. Twelve people aged 52 to 88 were injured, some seriously. The FBI called it "
            'a "targeted terror attack", and the suspect, who shouted "Free Palestine", was '
            "charged with a federal hate crime. Police found 16 unused incendiary devices near "
            "the scene."
        ),
        "T E V",
        "firebombing",
    ),
    (
        "Israeli embassy couple shot dead leaving event at Washington museum",
        (
            "Two young staff members of the Israeli embassy, a couple about to become engaged, "
            "were shot dead as they left an event at the Capital Jewish Museum in Washington on "
            'Wednesday night. The suspect shouted "Free, free Palestine" as he was detained by '
            "event security. The homeland security secretary said the killings were being "
            "investigated as a hate crime and an act of terrorism."
        ),
        "T V",
        "shooting",
    ),
    (
        "Woman killed as car ploughs into counter-protesters in Charlottesville",
        (
            "A car drove at speed into a crowd of people protesting against a white nationalist "
            "rally in Charlottesville, Virginia, on Saturday, killing a 32-year-old woman and "
            "injuring 19 others. Earlier, rally participants carrying shields and clubs had "
            "fought with counter-protesters in the streets, and the governor declared a state of "
            "emergency. The driver, a 20-year-old from Ohio, was arrested and charged with "
            "second-degree murder."
        ),
        "U V",
        "vehicle ramming",
    ),
    (
        "Minneapolis police station burned as protests over killing escalate",
        (
            "Protesters set fire to a Minneapolis police precinct on Thursday night after "
            "officers abandoned the building, on the third night of unrest over the death of a "
            "Black man who was pinned down by a white officer. Dozens of shops were looted and "
            "burned along Lake Street, and the governor activated the National Guard. Police "
            "fired tear gas and rubber bullets at crowds in several parts of the city."
        ),
        "U",
        "riot",
    ),
    (
        "Troops deployed as clashes over immigration raids continue in Los Angeles",
        (
            "About 2,000 National Guard troops arrived in Los Angeles on Sunday, deployed by the "
            "president over the objection of the governor, as protesters angry at immigration "
            "raids blocked a freeway and set several self-driving cars on fire. Police on "
            "horseback and in riot gear fired tear gas, flash-bang grenades and rubber bullets at "
            "demonstrators, who threw rocks and fireworks. The police chief said on Monday that "
            "56 people had been arrested over the weekend."
        ),
        "U M",
        "crackdown",
    ),
    (
        "Sniper fires on Dallas immigration office, detainees killed",
        (
            "A gunman fired from a rooftop at an Immigration and Customs Enforcement field office "
            "in Dallas early on Wednesday, hitting three detainees in a van in the sally port, "
            "one of whom was killed, before shooting himself. Unspent cartridges found near the "
            'gunman bore the words "anti-ICE", the FBI director said. The agency described the '
            "shooting as an act of targeted violence."
        ),
        "V",
        "attack on immigration facility",
    ),
    (
        "Tesla vehicles set on fire at Las Vegas service centre",
        (
            "A man dressed in black set five Tesla cars on fire with Molotov cocktails at a Tesla "
            "service centre in Las Vegas early on Tuesday and fired several gunshots into the "
            'vehicles, police said. The word "resist" was spray-painted on the doors of the '
            "building. No one was injured. The attack was the latest of several arson attacks on "
            "Tesla sites across the country, which the attorney general has described as domestic "
            "terrorism, and the FBI's joint terrorism task force is investigating."
        ),
        "E T",
        "arson attack",
    ),
    (
        "Muslim family killed in truck attack in London, Ontario",
        (
            "Four members of a Muslim family were killed and a nine-year-old boy seriously "
            "injured when a man drove a pickup truck into them as they went for an evening walk "
            "in London, Ontario, on Sunday. Police said the family was targeted because of their "
            "faith. The 20-year-old driver was arrested in a shopping-centre car park and charged "
            "with four counts of murder, and prosecutors said terrorism charges were being "
            "considered."
        ),
        "T V",
        "vehicle ramming",
    ),
    (
        "Six killed in shooting at Quebec City mosque",
        (
            "A gunman opened fire on worshippers during evening prayers at the Islamic Cultural "
            "Centre in Quebec City on Sunday, killing six men and wounding 19 others. About 50 "
            "people were in the mosque at the time. A 27-year-old university student called "
            "police to give himself up shortly afterwards. The prime minister of Canada called it "
            '"a terrorist attack on Muslims", and police increased patrols around mosques in '
            "Montreal and Quebec City."
        ),
        "V",
        "attack on worshippers",
    ),
    (
        "Shots fired at Jewish girls' school in Toronto for second time",
        (
            "Shots were fired overnight at an empty Jewish girls' elementary school in north "
            "Toronto for the second time in seven months, leaving bullet holes in the front of "
            "the building. Police said they were treating it as a hate-motivated crime and had "
            "stepped up patrols around Jewish institutions."
        ),
        "V",
        "shooting",
    ),
    (
        "Ferguson burns after grand jury decision on police shooting",
        (
            "At least a dozen buildings were set on fire and shops looted in Ferguson, Missouri, "
            "overnight after a grand jury decided not to indict the white police officer who shot "
            "dead an unarmed Black teenager in August. Police fired tear gas and bean bag rounds "
            "at crowds who threw rocks and bottles, and gunfire was heard in several streets. The "
            "St Louis county police chief said on Tuesday that at least 29 people had been "
            "arrested."
        ),
        "U",
        "riot",
    ),
]
