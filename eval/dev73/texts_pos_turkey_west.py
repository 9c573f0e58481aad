"""eval/dev73 positives: Turkey, Belarus, Northern Ireland, Corsica, Georgia in 2024."""

POSITIVES = [
    (
        "Bomb on Istanbul's Istiklal Avenue kills six",
        "An explosion ripped through Istanbul's busy Istiklal Avenue on Sunday afternoon, "
        "killing six people and wounding 81, Turkish officials said. The interior minister "
        "said a woman who had left a bag on a bench had been detained and blamed the PKK, "
        "which denied involvement. The vice president called the blast a terrorist attack.",
        "T E V",
        "bombing",
    ),
    (
        "Twin blasts at Ankara peace rally kill 95",
        "Two suicide bombers blew themselves up outside Ankara's main railway station on "
        "Saturday as crowds gathered for a peace rally organised by unions and a pro-Kurdish "
        "party, killing at least 95 people. Turkey's prime minister said Islamic State was "
        "the main suspect. Police fired tear gas at mourners who gathered at the scene and "
        "accused the government of failing to protect the rally.",
        "T E V U",
        "suicide bombing",
    ),
    (
        "Attackers kill five at Turkish aerospace company near Ankara",
        "Two attackers armed with rifles and explosives stormed the headquarters of Turkish "
        "Aerospace Industries outside Ankara on Wednesday, killing five people and wounding "
        "22 before they were killed by security forces, officials said. The interior minister"
        " said they belonged to the PKK. Turkey carried out air strikes on PKK targets in "
        "Iraq and Syria the same night.",
        "T B M E",
        "terrorist attack",
    ),
    (
        "Turkey strikes PKK targets in northern Iraq after soldiers killed",
        "Turkish warplanes hit more than 20 targets belonging to the Kurdistan Workers' Party"
        " (PKK) in the Metina, Hakurk and Gara regions of northern Iraq overnight, the "
        "defence ministry said, after nine Turkish soldiers were killed in clashes at a base "
        "in the region. The ministry said caves, shelters and ammunition depots used by "
        "militants had been destroyed. Turkey's operations across the border in Iraq have "
        "continued for years.",
        "M E B",
        "air strikes",
    ),
    (
        "Curfew in Cizre enters second week as security operation continues",
        "Clashes between Turkish security forces and PKK-linked youths behind barricades in "
        "the southeastern town of Cizre went on for a ninth day on Sunday, under a "
        "round-the-clock curfew. The pro-Kurdish HDP said at least 20 civilians had been "
        "killed and that the wounded could not reach hospital. Thousands of residents have "
        "left for nearby towns. The army said 32 militants had been killed.",
        "B M D H",
        "curfew operation",
    ),
    (
        "Suicide bomber kills 32 at Suruc youth gathering",
        "A suicide bomber killed 32 people at a cultural centre in the Turkish border town of"
        " Suruc on Monday, where young socialist activists had gathered before travelling to "
        "help rebuild the Syrian town of Kobani, officials said. The government blamed "
        "Islamic State. Kurdish groups accused the authorities of failing to protect them, "
        "and PKK militants killed two police officers days later in what they called revenge.",
        "T E V",
        "suicide bombing",
    ),
    (
        "Tanks on Bosphorus bridge as Turkish military faction attempts coup",
        "Soldiers blocked the bridges over the Bosphorus in Istanbul and jets flew low over "
        "Ankara on Friday night as a faction of the Turkish military attempted to seize "
        "power. The parliament building was bombed and gunfire was heard near the army "
        "headquarters. The president called on supporters to take to the streets, and crowds "
        "confronted soldiers on the Bosphorus bridge. Officials said more than 160 people had"
        " been killed.",
        "B M U E",
        "coup attempt",
    ),
    (
        "Gunman kills 39 at Istanbul nightclub on New Year's night",
        "A gunman shot dead 39 people at the Reina nightclub on the shore of the Bosphorus in"
        " Istanbul shortly after midnight, many of them foreigners celebrating the new year, "
        "officials said. The attacker shot a police officer and a civilian at the door before"
        ' firing on revellers inside. Islamic State said one of its "soldiers" had carried '
        "out the attack. Police were searching for the gunman.",
        "T V",
        "terrorist attack",
    ),
    (
        "Riot police beat protesters in Minsk after election",
        "Belarusian riot police beat protesters with batons and fired rubber bullets and stun"
        " grenades in Minsk on Monday night, the second night of protests against the "
        "official result of the presidential election. The interior ministry said more than "
        "2,000 people had been detained across the country. One protester was killed when, "
        "according to the ministry, an explosive device went off in his hand; witnesses "
        "disputed that account.",
        "U",
        "crackdown",
    ),
    (
        "Released protesters describe beatings in Minsk detention centre",
        "People released from the Okrestina detention centre in Minsk on Thursday showed "
        "reporters bruised backs, legs and buttocks and said they had been beaten by guards "
        "and forced to kneel for hours in crowded cells. Hospitals in the Belarusian capital "
        "said they were treating dozens of former detainees for injuries. The interior "
        'minister apologised to "random people" caught up in the crackdown.',
        "U V",
        "torture in detention",
    ),
    (
        "Bomb found under police officer's car in Belfast was viable, PSNI says",
        "A bomb found under the car of an off-duty police officer in east Belfast on Saturday"
        " was a viable device that could have killed the officer and his family, the Police "
        "Service of Northern Ireland said. Detectives were treating the case as attempted "
        "murder and said the main line of inquiry was dissident republicans. Army bomb "
        "disposal officers made the device safe.",
        "T E",
        "attempted attack",
    ),
    (
        "Senior detective shot in front of his son at Omagh sports complex",
        "A senior Northern Ireland detective was shot several times by two gunmen after "
        "coaching a youth football team at a sports complex in Omagh on Wednesday evening, "
        "the police said. He was in critical condition in hospital. The New IRA later said in"
        " a statement that it had carried out the attack. Police made several arrests under "
        "the Terrorism Act.",
        "T",
        "shooting",
    ),
    (
        "Petrol bombs thrown at police in Derry on Easter Monday",
        "Masked youths threw around 50 petrol bombs at police in the Creggan area of Derry on"
        " Monday, and a police vehicle was set alight after a parade by dissident "
        "republicans, the PSNI said. No officers were injured. Police said the violence was "
        "orchestrated by adults who stood by and watched.",
        "U E",
        "riot",
    ),
    (
        "Families flee homes after second night of anti-migrant rioting in Ballymena",
        "Several families fled their homes in Ballymena after rioters attacked houses where "
        "foreign nationals were living, smashing windows and setting fire to at least two, "
        "police in Northern Ireland said on Wednesday. Seventeen officers were hurt as masked"
        " youths threw bricks, fireworks and petrol bombs. Police called the violence "
        "racially motivated thuggery.",
        "U V D E",
        "riot",
    ),
    (
        "Riot police clash with youths in Bastia after Colonna attack",
        "Youths threw stones and petrol bombs at riot police outside the prefecture in Bastia"
        " on Sunday and set fire to the entrance of a tax office, during a protest over the "
        "attack on the Corsican nationalist Yvan Colonna in a French prison. Police fired "
        "tear gas and used a water cannon. Officials said 44 police officers and 23 "
        "protesters had been hurt.",
        "U E",
        "riot",
    ),
    (
        "Holiday homes hit in wave of bombings in Corsica",
        "A string of overnight explosions damaged 16 holiday homes and a construction site "
        "across Corsica, prosecutors said on Monday, after the clandestine FLNC said in a "
        'statement that it had resumed armed action against "speculation". No one was hurt. '
        "The national anti-terrorism prosecutor's office took over the investigation.",
        "E T",
        "bombing campaign",
    ),
    (
        "Exiled Chechen dissident shot dead in Berlin park",
        "A Georgian citizen of Chechen origin who had fought against Russian forces in the "
        "second Chechen war was shot twice in the head at close range in a park in Berlin's "
        "Tiergarten district on Friday, German police said. A suspect was arrested as he "
        "tried to dispose of a bicycle and a pistol. The Federal Prosecutor later said there "
        "were signs the killing had been ordered by Russian state agencies.",
        "V",
        "assassination",
    ),
    (
        "Fire set at Istanbul mayor's protest as police use pepper spray",
        "Police used pepper spray, plastic bullets and water cannon against protesters "
        "outside Istanbul city hall on Sunday night, the fifth night of rallies against the "
        "detention of the city's mayor. Protesters threw flares, stones and chairs at riot "
        "police and set fire to a cafe's awning. The interior minister said 1,133 people had "
        "been detained since the protests began.",
        "U",
        "riot",
    ),
    (
        "Police raid Georgian opposition offices, leaders beaten",
        "Georgian police raided the offices of several opposition parties in Tbilisi "
        "overnight and detained an opposition leader, who was carried out unconscious, his "
        "party said. Masked men had beaten protesters and journalists near the parliament "
        "earlier in the evening, and police again used water cannon to clear Rustaveli "
        "Avenue. Georgia's public defender said dozens of detainees had suffered injuries.",
        "U V",
        "crackdown",
    ),
    (
        "Car bomb hits police headquarters in Diyarbakir",
        "A car packed with explosives blew up outside the riot police headquarters in the "
        "southeastern Turkish city of Diyarbakir on Friday morning, killing two officers and "
        "a civilian and wounding dozens, the governor's office said. The blast left a crater "
        "in the road and shattered windows in nearby apartment blocks. Officials blamed the "
        "PKK, and a splinter group later claimed the bombing.",
        "T E",
        "car bomb",
    ),
    (
        "Gunman kills party worker in attack on HDP office in Izmir",
        "A gunman burst into the provincial office of the pro-Kurdish Peoples' Democratic "
        "Party (HDP) in Izmir on Thursday and shot dead a woman who worked there, before "
        "setting fire to the building, party officials said. Police detained the attacker at "
        "the scene. The HDP said the attack was the result of a political campaign against it"
        " and that the office had received threats.",
        "V",
        "shooting",
    ),
]
