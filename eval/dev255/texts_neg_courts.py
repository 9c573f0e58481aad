"""dev255 negatives: trials and sentences for old attacks, anniversaries, films and books,
vigils and marches (title, text, kind code)."""

NEGATIVES = [
    (
        "Salah Abdeslam among six convicted over Brussels bombings",
        "A Brussels jury on Tuesday found six men guilty of terrorist murder over the "
        "suicide bombings at the city's airport and a metro station in March 2016, which "
        "killed 32 people and wounded hundreds. Salah Abdeslam, the only surviving member "
        "of the cell that carried out the Paris attacks of November 2015, was among those "
        'convicted, as was Mohamed Abrini, the so-called "man in the hat" who walked '
        "away from the airport without detonating his bomb. Two defendants were acquitted. "
        "The trial, the largest in Belgian history, lasted seven months and heard from "
        "hundreds of survivors and bereaved relatives, some of whom wept as the verdicts "
        "were read. Sentences will be handed down in September. Abdeslam is already "
        "serving a whole-life sentence in France. A lawyer for a victims' association said "
        "the verdict brought some relief but could never undo the harm.",
        "crime",
    ),
    (
        "Manchester Arena plotter's brother loses appeal against sentence",
        "The brother of the Manchester Arena bomber has lost a bid to have his minimum "
        "prison term reduced, the Court of Appeal ruled on Friday. Hashem Abedi was jailed "
        "for life in 2020 with a minimum term of 55 years for helping to plan the suicide "
        "bombing at an Ariana Grande concert in May 2017, which killed 22 people, "
        "including children. His lawyers argued the trial judge had given too little "
        "weight to his age at the time. Three judges rejected the argument, saying his "
        "role in buying chemicals and building the device had been central. Abedi attacked "
        "prison officers last year and is held in a separation centre. Relatives of the "
        'victims, who watched the hearing by video link, said they were relieved. "He '
        'will never walk free, and that is right," the mother of one of the youngest '
        "victims said outside court. A public inquiry found in 2023 that MI5 had missed a "
        "significant chance to stop the attack.",
        "crime",
    ),
    (
        "Kenyan court jails two men for aiding Westgate mall attackers",
        "A Nairobi court on Thursday sentenced two men to 33 and 18 years in prison for "
        "aiding the al-Shabaab gunmen who attacked the Westgate shopping mall in 2013, "
        "killing 67 people in a four-day siege. A third man was acquitted for lack of "
        "evidence. Magistrate Francis Andayi said the prosecution had proved that the two "
        "had been in contact with the attackers and helped them obtain phones and a "
        "vehicle in the weeks before the assault. All four gunmen died in the mall. The "
        "trial dragged on for more than six years, with dozens of witnesses, including "
        "survivors and police officers. Defence lawyers said they would appeal. The court "
        "heard that the men had received money from handlers in Somalia. The men had been "
        "in custody since their arrest shortly after the attack. It was one of the "
        "deadliest attacks in Kenya since the 1998 bombing of the US embassy in Nairobi.",
        "crime",
    ),
    (
        "Christchurch gunman drops bid to overturn guilty pleas",
        "The man who murdered 51 worshippers at two Christchurch mosques in 2019 has "
        "withdrawn his application to the Court of Appeal to overturn his guilty pleas, "
        "New Zealand's Crown Law office said. The Australian, who is serving life without "
        "parole, the first such sentence in the country's history, had claimed the pleas "
        "were made under duress because of his prison conditions. Survivors and families "
        "of the victims had dreaded the prospect of a trial. A coronial inquest into the "
        "attacks, examining the emergency response and the gunman's access to firearms, "
        'concluded last year. "This brings a measure of peace," a spokesman for the Al '
        "Noor mosque said. The gunman remains in a maximum-security unit in Auckland. The "
        "prime minister's office declined to comment. He was sentenced in August 2020 "
        "after pleading guilty to 51 murders, 40 attempted murders and a charge under the "
        "Terrorism Suppression Act.",
        "crime",
    ),
    (
        "Ten years on, Paris remembers the night of 13 November",
        "Survivors, relatives and officials gathered at the Bataclan concert hall, the "
        "Stade de France and the cafes of Paris's 10th and 11th arrondissements on "
        "Thursday to mark ten years since the attacks of 13 November 2015, in which "
        "Islamic State gunmen and suicide bombers killed 130 people. The names of the dead "
        "were read out at each site, and a new memorial garden was inaugurated on the "
        "Place Saint-Gervais behind the city hall. President Emmanuel Macron laid wreaths "
        "in silence, without a speech. Some survivors said the trial that ended in 2022 "
        "had helped them turn a page, while others said they were still in treatment. "
        "Bells rang at Notre-Dame in the evening. At Le Carillon, regulars shared a drink "
        "with the staff who were there that night. The city has also opened a "
        "documentation centre on the attacks in the former town hall of the 11th "
        "arrondissement. Survivors' associations said attendance had been larger than "
        "expected.",
        "history",
    ),
    (
        "Sri Lanka's Catholics mark Easter attacks anniversary, demand truth",
        "Thousands of Catholics gathered at St Anthony's Shrine in Colombo on Sunday to "
        "mark the anniversary of the Easter Sunday bombings of 2019, when suicide bombers "
        "struck three churches and three luxury hotels, killing 269 people. Cardinal "
        "Malcolm Ranjith led a mass and renewed his call for an independent investigation "
        "into claims that some officials had allowed the attacks to happen. Church bells "
        "rang at 8.45am, the time of the first blast, and the congregation observed two "
        "minutes of silence. Survivors carried photographs of relatives. A presidential "
        "commission found that the then president had ignored intelligence warnings, and "
        "the Supreme Court ordered him to pay compensation. The church says many questions "
        "remain about the local group blamed for the bombings. The officials accused in "
        "court cases over the attacks have all denied wrongdoing.",
        "history",
    ),
    (
        "Beslan school siege: survivors return to gym two decades later",
        "Survivors of the 2004 Beslan school siege gathered in the ruined gymnasium of "
        "School No. 1 on Sunday to mark 20 years since Chechen militants took more than "
        "1,100 people hostage, most of them children, on the first day of the school year. "
        "Over 330 hostages died, 186 of them children, when the siege ended in explosions "
        "and a chaotic assault by Russian forces. Mothers laid flowers and bottles of "
        "water on the floor, in memory of the thirst the hostages suffered. The memorial, "
        "known as the City of Angels cemetery, was visited by thousands. The group Mothers "
        "of Beslan still demands an inquiry into the decision to use tanks and thermobaric "
        "rockets. The European Court of Human Rights ruled in 2017 that Russia had "
        "violated the right to life. Russian officials attended a separate ceremony and a "
        "religious service. A new school was built nearby in 2006.",
        "history",
    ),
    (
        "Museum of terrorism victims opens in Vitoria with ETA archive",
        "A memorial centre for the victims of terrorism opened in the Basque city of "
        "Vitoria-Gasteiz, with an archive of testimony from families of people killed by "
        "ETA, the GRAPO and jihadist attacks such as the 2004 Madrid train bombings. The "
        "centre, funded by the Spanish state, holds a car destroyed in a 1990s bombing, "
        "letters written by hostages and a room listing the names of 853 people killed by "
        "ETA. Historians said the museum was meant to teach a generation born after the "
        "group laid down its arms in 2011. Some victims' groups criticised the way the "
        "exhibits placed different kinds of violence side by side. School visits are "
        "planned from next term, and a travelling exhibition will tour the Basque Country. "
        "The centre's director said its aim was to keep alive the memory of those killed, "
        "not to reopen old political arguments. Entry is free.",
        "history",
    ),
    (
        "Oklahoma City falls silent for the 168 killed in the Murrah building bombing",
        "Oklahoma City fell silent for 168 seconds on Saturday, one for each person killed "
        "when an anti-government extremist detonated a truck bomb outside the Alfred P. "
        "Murrah Federal Building on April 19, 1995. Former president Bill Clinton, who was "
        "in office at the time of the attack, spoke at the memorial, warning that the "
        "resentment that drove the bomber had not gone away. Families read the names of "
        "the dead, among them 19 children from a daycare centre in the building. The "
        "bombing remains the deadliest act of domestic terrorism in US history. The bomber "
        "was executed in 2001, and an accomplice is serving life. Rescue workers who spent "
        "weeks in the ruins were honoured at a separate ceremony. About 600 people "
        "attended the ceremony at the outdoor memorial, where an empty chair stands for "
        "each victim.",
        "history",
    ),
    (
        "Review: Netflix thriller follows MI5 officers racing to stop a bomb plot",
        "The new eight-part drama opens with a raid on a flat in Bradford and barely "
        "pauses for breath after that, as a team of MI5 officers tries to stop a cell "
        "planning to blow up a train on the first day of a royal visit. It is slick, tense "
        "and well acted, with Vicky McClure superb as a case officer torn between her "
        "informant and her bosses. The writers clearly did their research: the scenes in "
        "the operations room, with analysts arguing over whether to strike early or wait, "
        "feel credible. Less convincing are the villains, who are given little more than a "
        "backstory of grievance and a stack of burner phones. Still, the final two "
        "episodes are gripping. Three stars out of five. The series is available from "
        "Friday. It has already been renewed for a second season.",
        "entertainment",
    ),
    (
        "Le Monde in English: novel imagines life after the Bataclan",
        "The writer's third novel follows a young sound engineer who survived the attack "
        "on the Bataclan and, years later, still cannot bear the sound of a snare drum. "
        "Told in short chapters that move between the night of the shooting and a present "
        "of therapy sessions, court hearings and a tentative love affair, it avoids the "
        "spectacle of violence and looks instead at the long, quiet work of recovery. The "
        "author, who lost a friend in the attack, has said the book took her eight years. "
        "Critics have praised its restraint, though some found the ending too neat. It has "
        "been shortlisted for the Prix Femina and is being translated into 14 languages. "
        "The book has sold more than 80,000 copies in France since its release in August. "
        "An English edition is due next year.",
        "entertainment",
    ),
    (
        "Documentary on Nigeria's Chibok girls premieres at Toronto festival",
        "A documentary following three of the schoolgirls abducted by Boko Haram from "
        "Chibok in 2014 premiered at the Toronto International Film Festival on Sunday to "
        "a standing ovation. Shot over six years, the film follows the women through "
        "university in Yola, their first jobs and the difficulty of returning to a village "
        "that still fears attacks. The director, a Nigerian-British filmmaker, said she "
        "wanted to show them as more than victims. Of the 276 girls taken, more than 90 "
        "are still missing, according to campaigners. The film uses no archive footage of "
        "the militants. It will be released in cinemas in Lagos and London next spring, "
        "before streaming. The director said the women had been given a share of the "
        "proceeds. Two of them travelled to Toronto for the premiere and answered "
        "questions from the audience.",
        "entertainment",
    ),
    (
        "Thousands march in silence in Hanau to honour victims of racist shooting",
        "Thousands of people marched silently through the centre of Hanau on Saturday to "
        "honour the nine people killed by a far-right gunman at two shisha bars in 2020. "
        "The march, organised by the victims' families, ended at the market square, where "
        "their portraits hung from the town hall. Speakers demanded that politicians take "
        "racism in the police and the state seriously and called for an inquiry into why "
        "the emergency line could not be reached that night. Police said the march passed "
        "off peacefully. The federal interior minister attended but did not speak. Similar "
        "rallies took place in Frankfurt, Berlin and Hamburg, where participants held up "
        'signs reading "Say their names". The families have set up an initiative to '
        "campaign for a memorial in the town centre, a plan the city council approved last "
        "year.",
        "protest",
    ),
    (
        "Vigil at Bondi Junction draws crowds a month after knife rampage",
        "Several thousand people gathered on Sunday evening outside the Bondi Junction "
        "shopping centre in Sydney for a candlelit vigil a month after a man with a knife "
        "killed six people there. Police had said the attacker, who was shot dead by a "
        "police officer, suffered from mental illness and that there was no sign of an "
        "ideological motive. The crowd stood in silence as the names of the victims were "
        "read, and a choir sang. Organisers called for more funding for mental health "
        "services and for the guards who work in shopping centres. The premier of New "
        "South Wales joined the vigil with relatives. Police said the event was peaceful "
        "and there were no arrests. Flowers and messages left at the entrance have been "
        "collected and will be kept by the state library. The centre has reopened with "
        "extra security guards.",
        "protest",
    ),
]
