"""eval/dev73 positives: Russia's North Caucasus and internal violence, Kyrgyzstan, Tajikistan,
Kazakhstan and Uzbekistan.
"""

POSITIVES = [
    (
        "Gunmen open fire in Crocus City Hall concert venue near Moscow",
        "Men in combat fatigues opened fire on concert-goers at Crocus City Hall in "
        "Krasnogorsk, outside Moscow, on Friday evening and set the building ablaze, Russian "
        "officials said. The Investigative Committee opened a terrorism case. By Saturday "
        "morning 93 bodies had been recovered and the toll was expected to rise. Islamic "
        "State claimed responsibility for the attack through its Amaq news agency.",
        "T V",
        "terrorist attack",
    ),
    (
        "Gunmen attack churches and synagogue in Dagestan, priest killed",
        "Gunmen attacked two Orthodox churches, a synagogue and a police post in the "
        "Dagestani cities of Derbent and Makhachkala on Sunday evening, killing a priest and "
        "more than 15 police officers, officials said. Five attackers were killed in gun "
        "battles with security forces. Dagestan declared three days of mourning and a "
        "counter-terrorist operation regime was introduced in both cities.",
        "T V B",
        "terrorist attack",
    ),
    (
        "Three militants neutralised in Kabardino-Balkaria, NAC says",
        "Three militants were neutralised in a shootout in Nalchik on Wednesday after they "
        "opened fire on security forces who had surrounded a private house, Russia's National"
        " Anti-Terrorism Committee said. A counter-terrorist operation regime was introduced "
        "in several districts of the city and residents of neighbouring houses were "
        "evacuated. A police officer was wounded. The committee said the men had been "
        "planning attacks on police.",
        "B M",
        "counter-terrorist operation",
    ),
    (
        "Militants attack Grozny press house, gun battle lasts hours",
        "Heavily armed militants seized the press house in central Grozny before dawn on "
        "Thursday and fought security forces for several hours, leaving the building gutted "
        "by fire, Chechen officials said. Ten police officers and nine attackers were killed."
        " The attack came hours before the Russian president's annual address. A website "
        "linked to the Caucasus Emirate insurgent group said its fighters had carried it out.",
        "B T",
        "militant attack",
    ),
    (
        "Suicide bomber kills 16 at Volgograd railway station",
        "A suicide bomber set off explosives at the entrance of Volgograd's main railway "
        "station on Sunday, killing at least 16 people, Russian investigators said. A metal "
        "detector at the door stopped the bomber from reaching the crowded waiting hall. The "
        "Investigative Committee opened a case of terrorism. Volgograd, which lies about 650 "
        "km from Sochi, was hit by a trolleybus bombing the next morning.",
        "T E V",
        "suicide bombing",
    ),
    (
        "Blast in St Petersburg metro carriage kills 11",
        "An explosion tore through a metro carriage between two stations in St Petersburg on "
        "Monday afternoon, killing 11 people and injuring about 45, officials said. A second "
        "device, disguised as a fire extinguisher, was found and defused at another station. "
        "Russia's anti-terrorism committee said a suicide bomber born in Kyrgyzstan had set "
        "off the bomb.",
        "T E V",
        "metro bombing",
    ),
    (
        "Crowd storms Makhachkala airport looking for passengers from Israel",
        "Hundreds of men broke through doors and stormed the airport in Dagestan's capital "
        "Makhachkala on Sunday evening after a flight from Tel Aviv landed, running onto the "
        "runway and checking passengers' passports. Some chanted antisemitic slogans. Police "
        "restored order after several hours; 20 people, including nine police officers, were "
        "injured and 60 people were detained, officials said.",
        "U V",
        "mob violence",
    ),
    (
        "Wagner fighters shoot down aircraft as column heads for Moscow",
        "Fighters of the Wagner mercenary group took control of the military headquarters in "
        "Rostov-on-Don and a column of armoured vehicles moved north towards Moscow on "
        'Saturday, as the group\'s founder declared a "march for justice". Russian military '
        "helicopters fired on the column near Voronezh, and Wagner forces shot down several "
        "aircraft, killing their crews. Moscow introduced a counter-terrorist operation "
        "regime and dug up roads on its southern approaches.",
        "B M E",
        "mutiny",
    ),
    (
        "Opposition politician Boris Nemtsov shot dead near Kremlin",
        "Russian opposition leader Boris Nemtsov was shot dead on a bridge next to the "
        "Kremlin late on Friday, police said. An attacker fired at least four shots from a "
        "passing car. Nemtsov, a former deputy prime minister, had been due to lead an "
        "opposition march against the war in Ukraine on Sunday. His allies called the killing"
        " political.",
        "V",
        "assassination",
    ),
    (
        "Inmates linked to Islamic State take guards hostage in Rostov jail",
        "Six inmates of a pre-trial detention centre in Rostov-on-Don took two guards hostage"
        " on Sunday, and one of them displayed an Islamic State flag in a video posted "
        "online, officials said. Special forces stormed the building a few hours later and "
        '"liquidated" the hostage-takers, the prison service said. The hostages were freed '
        "unharmed. The inmates had been held on terrorism charges.",
        "T M",
        "hostage-taking",
    ),
    (
        "Kyrgyz and Tajik forces clash on border, dozens dead",
        "Kyrgyz and Tajik troops fought with artillery, mortars and drones along their "
        "disputed border on Friday, and Kyrgyzstan said 24 of its citizens had been killed "
        "and more than 136,000 people had been evacuated from the Batken region. Tajikistan "
        "accused Kyrgyz forces of shelling villages and a mosque. A ceasefire agreed by the "
        "two countries' security chiefs was breaking down by the evening.",
        "B E D",
        "border clash",
    ),
    (
        "Fighting flares over water intake on Kyrgyz-Tajik frontier",
        "A dispute over surveillance cameras at a water distribution point near the village "
        "of Kok-Tash escalated into an exchange of fire between Kyrgyz and Tajik border "
        "troops on Thursday, after residents on both sides threw stones at each other. Kyrgyz"
        " officials said homes, a school and a border post had been set on fire and that 31 "
        "people had been killed on both sides.",
        "B U",
        "border clash",
    ),
    (
        "Tokayev tells security forces to fire without warning as Almaty unrest goes on",
        "Kazakhstan's president said on Friday he had told security forces to shoot to kill "
        "without warning, after days of unrest in which government buildings in Almaty were "
        'set on fire and the city\'s airport was seized. Officials said 26 "armed criminals" '
        "and 18 members of the security forces had been killed. Troops of a Russian-led "
        "alliance arrived to guard strategic sites.",
        "U M",
        "unrest",
    ),
    (
        "Kazakhstan mayor's office set ablaze as fuel protests spread",
        "Protesters stormed and set fire to the mayor's office in Almaty on Wednesday, and "
        "the sound of gunfire was heard in the city centre, witnesses said. Police used stun "
        "grenades and tear gas. Protests over a sharp rise in the price of liquefied gas "
        "began in the western town of Zhanaozen at the weekend and spread across the country."
        " The government resigned and a state of emergency was declared.",
        "U",
        "unrest",
    ),
    (
        "Police open fire on striking oil workers in Zhanaozen",
        "Police fired on a crowd in the western Kazakh town of Zhanaozen on Friday, where oil"
        " workers who had been on strike for months gathered in the main square during "
        "Independence Day celebrations, officials and witnesses said. Prosecutors said 14 "
        "people had been killed and dozens wounded. Rioters set fire to the town hall and the"
        " offices of the state oil company, and a curfew was declared.",
        "U V",
        "crackdown",
    ),
    (
        'Tajikistan launches "anti-terrorist operation" in Gorno-Badakhshan',
        "Tajikistan's interior ministry said on Wednesday it had launched an \"anti-terrorist "
        'operation" in the Rushan district of the autonomous Gorno-Badakhshan region, where '
        "protesters had blocked the main highway. Residents said one protester had been "
        "killed and several wounded when security forces fired on the crowd. Internet access "
        "in the region has been cut since November.",
        "M U",
        "security operation",
    ),
    (
        "Deaths reported as unrest hits Uzbekistan's Karakalpakstan",
        "Uzbekistan declared a month-long state of emergency in the autonomous Karakalpakstan"
        " region on Saturday after protests over planned constitutional changes turned "
        "violent in the regional capital Nukus. Officials said 18 people had been killed, "
        "including security forces, and 516 had been detained. Videos circulating online "
        "showed wounded men lying in the street and police detaining people with their hands "
        "tied.",
        "U",
        "unrest",
    ),
    (
        "Ethnic violence spreads through Osh, Uzbeks flee to border",
        "Gangs of armed men set fire to Uzbek neighbourhoods in the southern Kyrgyz city of "
        "Osh for a third day on Saturday, and tens of thousands of ethnic Uzbeks fled towards"
        " the border with Uzbekistan, witnesses said. The interim government gave security "
        "forces permission to shoot to kill. Hospitals said more than 100 people had been "
        "killed, and the true toll was believed to be much higher.",
        "U V D",
        "communal violence",
    ),
    (
        "Protesters seize government buildings in Bishkek after election",
        "Protesters stormed the White House, Kyrgyzstan's seat of parliament and the "
        "presidency, in Bishkek overnight, setting parts of it on fire, after parliamentary "
        "elections they said had been rigged. Police used water cannon, tear gas and stun "
        "grenades. The health ministry said one person had been killed and about 600 injured."
        " Crowds also freed a former president from prison.",
        "U",
        "riot",
    ),
    (
        "Foreign cyclists killed in attack in Tajikistan; IS claims it",
        "Four foreign tourists cycling through Tajikistan were killed when a car rammed their"
        " group on a road south of Dushanbe and its occupants attacked survivors with knives,"
        " officials said on Monday. Islamic State claimed responsibility and released a video"
        " of five men pledging allegiance to it. Tajik authorities blamed an outlawed "
        "Islamist party and said four suspects had been killed.",
        "T V",
        "terrorist attack",
    ),
    (
        "Ingushetia protest turns violent as police move in",
        "Police in the Ingush capital Magas used batons and pepper spray to break up a rally "
        "against a land swap with Chechnya on Tuesday, after protesters refused to disperse. "
        "Several Rosgvardia officers were injured when protesters threw chairs and bottles, "
        "the interior ministry said. Dozens of people were detained, and the republic's "
        "leader called the protest a provocation.",
        "U",
        "clashes with riot police",
    ),
    (
        "Ingushetia's leader badly hurt by suicide car bomb",
        "A suicide bomber rammed a car packed with explosives into the motorcade of "
        "Ingushetia's president on Monday morning, leaving him with severe burns and head "
        "injuries and killing his driver, officials said. Investigators opened a terrorism "
        "case. The Kremlin said the attack was the work of militants who had been fighting "
        "the region's authorities.",
        "T E",
        "car bomb",
    ),
    (
        "Government troops fight local militias in Tajikistan's Khorog",
        "Tajik government forces clashed with armed supporters of a former opposition "
        "commander in Khorog, the capital of the Gorno-Badakhshan region, on Tuesday, in an "
        "operation launched after the killing of a security service general. Officials said "
        "12 soldiers and 30 gunmen had been killed. Residents said civilians were also among "
        "the dead, and telephone and internet links to the region were cut.",
        "B M",
        "clashes",
    ),
]
