"""Negatives: anniversaries, memorials, archives, a WWII bomb (history); films, books, Eurovision,
games, series, exhibitions (entertainment).

Labels follow eval/README.md, section 1; see eval/dev67/README.md."""

NEGATIVES = [
    (
        "Families gather at Nova festival site a year after October 7 attack",
        "Thousands of people gathered at the site of the Nova music festival near Re'im on "
        "Monday to mark a year since the Hamas-led attack, standing in silence at 6:29am, the "
        "moment the first rockets were fired. Relatives placed photographs and flowers by the "
        "memorial posts bearing the names of the 364 people killed there. A state ceremony "
        "was held in the evening.",
        "history",
    ),
    (
        "Bucha marks third anniversary of liberation",
        "Residents and officials in Bucha marked the third anniversary of the town's "
        "liberation on Monday with a memorial service at St Andrew's church, near the mass "
        "grave where more than 100 bodies were found in April 2022. The names of the victims "
        "were read aloud, and foreign ambassadors laid flowers at the memorial wall.",
        "history",
    ),
    (
        "Kurdistan marks 37th anniversary of Halabja chemical attack",
        "Sirens sounded across the Kurdistan Region at 11:15 on Sunday as people stood for a "
        "minute's silence to mark the 37th anniversary of the chemical attack on Halabja, in "
        "which about 5,000 people were killed in March 1988. Survivors and relatives laid "
        "wreaths at the monument in the town. The regional government again called on Baghdad "
        "to compensate the victims. Many survivors still suffer from lung and eye diseases, "
        "and some are waiting for treatment abroad.",
        "history",
    ),
    (
        "Palestinians in Beirut commemorate Sabra and Shatila massacre",
        "Palestinians and Lebanese gathered at the mass grave in Beirut's Shatila camp on "
        "Monday to commemorate the victims of the 1982 Sabra and Shatila massacre, carrying "
        "flags and portraits. Speakers recalled the three days in September when Lebanese "
        "Christian militiamen killed hundreds of civilians in the camp and the neighbouring "
        "district while Israeli troops surrounded it. Delegations from Italy and Malaysia "
        "attended.",
        "history",
    ),
    (
        "Israel releases Yom Kippur War archives on 50th anniversary",
        "Israel's state archives published thousands of previously classified documents on "
        "Thursday to mark 50 years since the 1973 Yom Kippur War, including minutes of "
        "cabinet meetings held as Egyptian and Syrian forces attacked. The papers show "
        "ministers discussing a call-up of reserves hours before the attack began. Historians "
        "said the release changed little in the broad picture.",
        "history",
    ),
    (
        "WWII aircraft bomb defused at Kyiv building site; residents evacuated",
        "Sappers from the State Emergency Service defused a 250-kilogram German aircraft bomb "
        "from the Second World War that workers found while digging foundations in Kyiv's "
        "Podil district on Wednesday. About 300 residents of nearby buildings were evacuated "
        "for four hours. The bomb was taken to a range outside the city and destroyed. "
        "Sappers said they find several such bombs in Kyiv every year, mostly during "
        "construction work.",
        "history",
    ),
    (
        "Iran opens Sacred Defence Week commemorating the war with Iraq",
        "Iran began its annual Sacred Defence Week on Sunday, marking the anniversary of "
        "Iraq's invasion in September 1980 and the eight-year war that followed, with "
        "ceremonies at martyrs' cemeteries and displays of captured Iraqi tanks in Tehran. "
        "State television broadcast documentaries about the front. Schools opened the new "
        "year with a minute's silence for the war dead.",
        "history",
    ),
    (
        "Syrians fill Umayyad Square to mark a year since Assad's fall",
        "Tens of thousands of Syrians gathered in Damascus's Umayyad Square on Monday to mark "
        "one year since the fall of Bashar al-Assad, waving the green revolutionary flag and "
        "singing. The interim president prayed at the Umayyad Mosque in military fatigues, as "
        "he did on the day the rebels entered the capital. Celebrations were also held in "
        "Aleppo, Homs and Idlib. Shops in the old city stayed open late, and fireworks lit up "
        "the sky over Mount Qasioun.",
        "history",
    ),
    (
        "Families march to Beirut port on fifth anniversary of the blast",
        "Hundreds of relatives of the victims of the 2020 Beirut port explosion marched to "
        "the port on Monday to mark five years since the blast, which killed more than 220 "
        "people when hundreds of tonnes of ammonium nitrate stored in a warehouse detonated. "
        "They carried photographs of the dead and demanded that the investigation be "
        "completed. The new government has promised that it will no longer be obstructed.",
        "history",
    ),
    (
        "Mosul marks eight years since liberation as al-Nuri mosque rebuilding nears end",
        "Residents of Mosul marked eight years since the city's liberation from the Islamic "
        "State group on Thursday, as UNESCO said the reconstruction of the al-Nuri mosque and "
        "its leaning al-Hadba minaret was almost complete. The militants blew up the "
        "12th-century mosque in 2017 during the battle for the Old City. The minaret was "
        "rebuilt using original bricks where possible.",
        "history",
    ),
    (
        '"20 Days in Mariupol" wins Oscar for best documentary',
        '"20 Days in Mariupol", made by an Associated Press team who stayed in the besieged '
        "city during the first weeks of Russia's invasion, won the Oscar for best documentary "
        "feature on Sunday, Ukraine's first Academy Award. Director Mstyslav Chernov said on "
        "stage that he wished he had never made the film. The AP video journalist and "
        "photographer who worked with him were in the audience.",
        "entertainment",
    ),
    (
        '"No Other Land", about Masafer Yatta demolitions, takes the documentary Oscar',
        '"No Other Land", made by a collective of two Palestinian and two Israeli filmmakers '
        "about the demolition of homes in Masafer Yatta in the occupied West Bank, won the "
        "Oscar for best documentary on Sunday. Its Palestinian co-director said in his speech "
        "that he hoped his newborn daughter would not have to live the life he was living. "
        "The film has not found a distributor in the United States.",
        "entertainment",
    ),
    (
        "Kalush Orchestra wins Eurovision for Ukraine with record televote",
        "Ukraine's Kalush Orchestra won the Eurovision Song Contest in Turin on Saturday with "
        '"Stefania", a song the band\'s frontman wrote for his mother, receiving a record 439 '
        "points from the public vote. The frontman used his time on stage to appeal for help "
        "for Mariupol and the Azovstal steelworks. Britain's entry came second. The band had "
        "been given special permission to leave Ukraine, and its members said they would fly "
        "home the day after the final.",
        "entertainment",
    ),
    (
        "Israel's Eden Golan finishes fifth at Eurovision after surge in public vote",
        "Israel's Eden Golan finished fifth at the Eurovision Song Contest in Malmo on "
        'Saturday with "Hurricane", a song that had to be rewritten after organisers said the '
        "original lyrics referred too clearly to the October 7 attack. She came second in the "
        "public televote. Switzerland's Nemo won the contest.",
        "entertainment",
    ),
    (
        '"Fauda" creators begin shooting a fifth season',
        'The creators of the Israeli action series "Fauda", about an undercover army unit '
        "operating in the West Bank, have begun shooting a fifth season, which will be set "
        "partly in Lebanon, the streaming service said on Wednesday. Filming was delayed "
        "after several cast and crew members were called up for reserve duty.",
        "entertainment",
    ),
    (
        "Victoria Amelina's book on women documenting war crimes published",
        '"Looking at Women Looking at War", the nonfiction book Ukrainian writer Victoria '
        "Amelina was working on when she was fatally wounded in a Russian missile strike on "
        "Kramatorsk in 2023, was published in London on Thursday. Friends and editors "
        "completed it from her drafts and notes. It follows women who record war crimes in "
        "Ukraine, Amelina among them.",
        "entertainment",
    ),
    (
        "Ukrainian studio releases Stalker 2 after years of delays",
        'Kyiv-based GSC Game World released its long-awaited shooter "Stalker 2: Heart of '
        'Chornobyl" on Wednesday, more than a decade after it was announced, and sold a '
        "million copies within two days. Parts of the game were made in bomb shelters and "
        "during blackouts, and some developers left to join the army. The game is set in the "
        "Chornobyl exclusion zone after a fictional second disaster.",
        "entertainment",
    ),
    (
        "Film about Hind Rajab wins Grand Jury Prize at Venice",
        '"The Voice of Hind Rajab", a drama by Tunisian director Kaouther Ben Hania built '
        "around the recorded calls of a five-year-old girl trapped in a car in Gaza City in "
        "January 2024, won the Grand Jury Prize at the Venice Film Festival on Saturday. Its "
        "premiere drew a standing ovation of more than 20 minutes. The girl's mother said she "
        "hoped the film would keep her daughter's story alive.",
        "entertainment",
    ),
    (
        'Spy series "Tehran" returns for third season',
        'The spy thriller "Tehran", about a Mossad hacker working undercover in the Iranian '
        "capital, returns for a third season on Friday, with the agent now on the run after a "
        "failed operation. The show is filmed mostly in Athens, which stands in for Tehran. "
        "Its Israeli producers said the real war with Iran in June had made the script feel "
        "uncomfortably close.",
        "entertainment",
    ),
    (
        "Photo exhibition of Kharkiv under bombardment opens in Berlin",
        "An exhibition of photographs taken in Kharkiv since 2022 by local photographers "
        "opened at a gallery in Berlin on Friday, showing residents sheltering in metro "
        "stations, damaged apartment blocks and children studying in underground classrooms. "
        "The curator said she wanted visitors to see daily life and not only ruins, and the "
        "show runs until March.",
        "entertainment",
    ),
]
