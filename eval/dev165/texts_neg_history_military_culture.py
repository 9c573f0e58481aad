"""dev165 hard negatives: history (anniversaries, a wartime bomb, a burial of identified victims), the military without violence and films about war (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "BBC World Service: Veterans and leaders gather in Normandy for D-Day's "
        "eightieth anniversary",
        "This is the BBC World Service, and I'm Marcus Hale. World leaders and "
        "veterans in their late nineties and beyond have gathered on the beaches of "
        "Normandy to mark the eightieth anniversary of the D-Day landings. On the "
        "sixth of June nineteen forty-four, more than a hundred and fifty thousand "
        "Allied troops came ashore on five beaches in the biggest seaborne invasion "
        "in history. King Charles, President Macron and President Biden attended "
        "ceremonies at Ver-sur-Mer and at the American cemetery above Omaha Beach. "
        "Ukraine's President Zelensky was also among the guests. Veterans were "
        "given a standing ovation as they were wheeled past the crowds. One of "
        "them, a former Royal Navy signaller aged ninety-nine, told the BBC he "
        'thought of the friends he lost every day. "We were just boys," he said. '
        '"I\'m here for them, not for me." The Red Arrows flew over the British '
        "Normandy Memorial at the end of the morning's service. It is likely to be "
        "the last major anniversary attended by so many of those who were there. "
        "Now a reminder of the main news this hour: India's election commission has "
        "confirmed that Narendra Modi's BJP will need coalition partners to govern "
        "after losing its outright majority, the first time in a decade that the "
        "party has fallen short; and in Mexico, president-elect Claudia Sheinbaum "
        "has held her first meeting with the outgoing president, Andres Manuel "
        "Lopez Obrador, to discuss the handover. The weather for London and the "
        "south-east of England: a cool, breezy day with sunny spells and the odd "
        "shower, and a top temperature of seventeen degrees.",
        "history",
    ),
    (
        "SABC News: Rwanda marks thirty years since the genocide against the Tutsi",
        "You're watching SABC News. Rwanda has begun a week of national mourning to "
        "mark thirty years since the genocide against the Tutsi, in which more than "
        "eight hundred thousand people were killed in a hundred days. President "
        "Paul Kagame lit a remembrance flame at the Kigali Genocide Memorial, where "
        "more than two hundred and fifty thousand victims are buried. Among the "
        "foreign guests were former US president Bill Clinton and South Africa's "
        "deputy president. In his speech, Kagame said the international community "
        'had failed Rwanda. "It is the international community which failed all of '
        'us, whether from contempt or cowardice," he said. Survivors gave '
        "testimony at an evening vigil at the Amahoro stadium. Our correspondent in "
        "Kigali says that for many young Rwandans, born after nineteen ninety-four, "
        "the commemoration is a lesson in their parents' history. In Johannesburg, "
        "members of the Rwandan community gathered at a church in Braamfontein for "
        "a candlelight service. France's President Macron said in a video message "
        "that France could have stopped the genocide but lacked the will.",
        "history",
    ),
    (
        "NHK World News: Hiroshima marks eighty years since the atomic bombing",
        "This is NHK World-Japan. Hiroshima has marked eighty years since the "
        "United States dropped an atomic bomb on the city. A record number of "
        "countries and regions, one hundred and twenty, sent representatives to the "
        "annual peace ceremony. At eight fifteen in the morning, the moment the "
        "bomb exploded, participants observed a minute of silence. Mayor Matsui "
        "Kazumi warned that the world is drifting back toward reliance on nuclear "
        "weapons. He urged the Japanese government to sign the Treaty on the "
        "Prohibition of Nuclear Weapons. Prime Minister Ishiba Shigeru said Japan "
        "would continue to lead efforts toward a world without nuclear weapons. The "
        "average age of the hibakusha, the survivors of the bombings, is now more "
        "than eighty-six. A ninety-three-year-old survivor told NHK she would keep "
        "sharing her story as long as she can. The city of Nagasaki will hold its "
        "own ceremony on Saturday.",
        "history",
    ),
    (
        "DW News: Dresden evacuates thousands as wartime bomb found near collapsed bridge",
        "This is DW News. Around ten thousand people in the German city of Dresden "
        "have been asked to leave their homes while experts defuse an unexploded "
        "Second World War bomb. The British-made bomb, weighing two hundred and "
        "fifty kilograms, was found by workers clearing the rubble of the Carola "
        "Bridge, which partly collapsed into the Elbe last autumn. The evacuation "
        "zone includes parts of the old town, several hotels and the Saxony state "
        "parliament. Trams and ferries have been suspended. Police say bomb "
        "disposal teams hope to have finished by the evening. Dresden was heavily "
        "bombed by the British and US air forces in February nineteen forty-five, "
        "and unexploded bombs are still found in and around the city. Last year, a "
        "similar find forced the evacuation of the central station. Our "
        "correspondent in Dresden says residents have taken the disruption calmly. "
        "Many have gone to stay with friends, while others are waiting in an "
        "exhibition hall set up as a temporary shelter.",
        "history",
    ),
    (
        "RFE/RL: Srebrenica buries seven more victims thirty years after the massacre",
        "This is Radio Free Europe/Radio Liberty. Tens of thousands of people have "
        "gathered in Potocari, near Srebrenica in eastern Bosnia, to mark thirty "
        "years since the massacre of more than eight thousand Bosniak men and boys "
        "by Bosnian Serb forces. The remains of seven more victims, identified "
        "through DNA in the past year, were buried in the memorial cemetery. Among "
        "them was a nineteen-year-old whose remains had been found in a mass grave "
        "several kilometres away. His mother, now in her eighties, was at the "
        "graveside. In July nineteen ninety-five, Bosnian Serb forces under General "
        "Ratko Mladic overran the UN-protected enclave. International courts have "
        "ruled that the killings were genocide. Thousands of people walked for "
        "three days through the forests along the route of the men who tried to "
        "escape, in the annual March of Peace. Bosnian Serb leaders continue to "
        "reject the word genocide. Our correspondent in Potocari says the ceremony "
        "ended with the names of the dead read aloud.",
        "history",
    ),
    (
        "NHK World News: North Korea ICBM lands inside Japan's economic zone",
        "This is NHK World-Japan. North Korea has launched what appears to be an "
        "intercontinental ballistic missile, which fell inside Japan's exclusive "
        "economic zone west of Hokkaido. Japan's Defense Ministry says the missile "
        "flew for about seventy minutes and reached an altitude of more than six "
        "thousand kilometres, the longest flight ever recorded for a North Korean "
        "missile. There are no reports of damage to ships or aircraft. Prime "
        "Minister Kishida Fumio called the launch unacceptable and said Japan had "
        "lodged a strong protest through diplomatic channels. South Korea and the "
        "United States say they will hold joint air drills in response. North "
        "Korea's state media said leader Kim Jong Un watched the test and described "
        "it as a warning to the country's enemies. Fishing boats off Hokkaido have "
        "been told to check the waters for debris. The UN Security Council has been "
        "asked to meet later this week.",
        "military",
    ),
    (
        "ABC News: Talisman Sabre drills get under way with first HIMARS firing on Australian soil",
        "This is ABC News. The largest military exercise ever held in Australia, "
        "Talisman Sabre, is under way, with more than thirty-five thousand troops "
        "from nineteen countries taking part. For the first time, the Australian "
        "Army has fired its new HIMARS rocket launchers on home soil, during a "
        "live-fire drill at Shoalwater Bay in Queensland. Troops from Japan, India, "
        "the Netherlands and Papua New Guinea are among those involved in "
        "amphibious landings and air defence drills along the coast. Defence "
        "Minister Richard Marles says the exercise shows that Australia can work "
        "with its partners across the region. A Chinese intelligence ship is being "
        "watched as it sails off the Queensland coast. Defence says the ship is "
        "operating legally in international waters. Some residents near Shoalwater "
        "Bay have complained about the noise of low-flying aircraft at night. The "
        "exercise runs until early August. In other news, the Reserve Bank has "
        "surprised economists by keeping interest rates on hold.",
        "military",
    ),
    (
        "DW News: German brigade formally inaugurated in Lithuania",
        "This is DW News. Chancellor Friedrich Merz has formally inaugurated a "
        "German army brigade in Lithuania, the first time since the Second World "
        "War that Germany has permanently stationed a combat unit abroad. Around "
        "five thousand soldiers will be based near Vilnius by 2027, along with "
        "tanks and armoured vehicles. At a ceremony in the Lithuanian capital, Merz "
        "said the defence of Lithuania was the defence of Germany. Lithuania's "
        "president, Gitanas Nauseda, thanked Germany for what he called a historic "
        "step. The Lithuanian government is building barracks, schools and housing "
        "for the soldiers and their families. Defence Minister Boris Pistorius says "
        "the Bundeswehr also needs tens of thousands more recruits, and the "
        "coalition is discussing a new form of military service. Our correspondent "
        "in Vilnius says many Lithuanians see the brigade as an insurance policy. "
        "In other news, German exports rose in April for the first time in three "
        "months.",
        "military",
    ),
    (
        "France 24: French troops hand over their last base in Chad",
        "You're watching France 24. France has handed over its last military base "
        "in Chad to the Chadian army, ending more than six decades of French "
        "military presence in the country. At a ceremony at the Kossei base in "
        "N'Djamena, the French flag was lowered and the Chadian flag raised in its "
        "place. The last French soldiers and their equipment flew out this morning. "
        "Chad ended its defence cooperation agreement with France in November, "
        "saying it wanted to fully assert its sovereignty. The French army has "
        "already left Mali, Burkina Faso and Niger, and is also leaving Senegal. "
        "Our correspondent in N'Djamena says a small crowd gathered outside the "
        'base to cheer. "It is a new page for Chad," one student told him. France '
        "still has bases in Djibouti, Gabon and Ivory Coast, though it plans to cut "
        "the number of troops stationed there. In other news, the European Union "
        "has approved a new package of aid for farmers hit by bird flu.",
        "military",
    ),
    (
        "BBC World Service: Palestinian-Israeli documentary wins Oscar",
        "This is the BBC World Service, and I'm Owen Tranter. A documentary made by "
        "a collective of Palestinian and Israeli filmmakers has won the Oscar for "
        "best documentary feature at the Academy Awards in Los Angeles. No Other "
        "Land follows the Palestinian activist Basel Adra as he records the "
        "demolition of homes in Masafer Yatta, a group of villages in the southern "
        "West Bank, and his friendship with the Israeli journalist Yuval Abraham. "
        "Accepting the award, Adra said he had become a father two months ago and "
        "hoped his daughter would not have to live the life he is living now. "
        "Abraham called for a political solution that ends what he described as the "
        "occupation. The film has no distributor in the United States. Israel's "
        "culture minister called the award a sad moment for the world of cinema. "
        "Elsewhere at the ceremony, the independent film Anora won best picture, "
        "and its star, Mikey Madison, was named best actress.",
        "entertainment",
    ),
    (
        "France 24: Iranian director Jafar Panahi wins Palme d'Or",
        "You're watching France 24. The Iranian filmmaker Jafar Panahi has won the "
        "Palme d'Or at the Cannes Film Festival for It Was Just an Accident. The "
        "film tells the story of former political prisoners who believe they have "
        "tracked down the man who tortured them in jail. Panahi himself was "
        "imprisoned in Iran and spent years under a travel ban. He shot the film in "
        "secret, without permission from the Iranian authorities. Receiving the "
        "award from jury president Juliette Binoche, he called on Iranians to put "
        'aside their differences. "No one should dare to tell us what kind of '
        'clothes we should wear, what we should or should not do," he said. Our '
        "culture correspondent says the audience gave him a long standing ovation. "
        "The Grand Prix went to the Norwegian director Joachim Trier for "
        "Sentimental Value. Panahi says he intends to return to Tehran tomorrow.",
        "entertainment",
    ),
    (
        "NHK World News: Godzilla Minus One wins the Oscar for visual effects",
        "This is NHK World-Japan. The Japanese film Godzilla Minus One has won the "
        "Academy Award for best visual effects, the first time a Godzilla movie has "
        "won an Oscar. The film is set in Japan just after the Second World War, "
        "and follows a former kamikaze pilot who failed to carry out his mission "
        "and returns to a Tokyo in ruins. Director Yamazaki Takashi, who also "
        "supervised the effects, said the team of about thirty-five artists had "
        'worked on a small budget. "We want to tell everyone who is far from '
        'Hollywood that this statuette proves that even we can do it," he said on '
        "stage. The Japanese animation The Boy and the Heron, by Miyazaki Hayao, "
        "won the Oscar for best animated feature. Fans in Tokyo's Hibiya district, "
        "home to a giant Godzilla statue, celebrated the news.",
        "entertainment",
    ),
]
