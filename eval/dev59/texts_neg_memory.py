"""Negatives of eval/dev59: memory, anniversaries and old cases (README.md)."""

NEGATIVES = [
    (
        "Kenya marks years since post-election violence with call for justice",
        (
            "Survivors and rights groups gathered in Eldoret on Saturday to mark the anniversary "
            "of the violence that followed the 2007 election, in which more than 1,100 people "
            "were killed and hundreds of thousands displaced. Speakers said many victims had "
            "never been compensated. A choir sang outside the church where dozens had been burned "
            "to death in the violence. Cases at the International Criminal Court against six "
            "Kenyans, among them a later president, collapsed or were withdrawn."
        ),
        "history",
    ),
    (
        "Capitol riot anniversary passes with rival ceremonies",
        (
            "Lawmakers held a moment of silence in the Capitol on Thursday to mark the "
            "anniversary of the riot by supporters of the former president, while some of his "
            "allies held a separate event calling the defendants political prisoners. Police "
            "officers who defended the building attended a ceremony in their honour. The day "
            "passed without incident."
        ),
        "history",
    ),
    (
        "Families mark anniversary of Maguindanao massacre",
        (
            "Families of the 58 people killed in the Maguindanao massacre gathered at the hilltop "
            "site in Ampatuan town on Saturday to mark the anniversary, lighting candles and "
            "offering prayers. Among the dead were 32 journalists travelling with a convoy to "
            "file a candidate's nomination papers. Relatives said they were still waiting for "
            "some of the convicted killers to be caught. A court convicted members of the clan "
            "and dozens of others of murder in 2019."
        ),
        "history",
    ),
    (
        "Pakistan marks anniversary of Benazir Bhutto's assassination",
        (
            "Tens of thousands of supporters gathered at the Bhutto family mausoleum in Garhi "
            "Khuda Bakhsh on Friday to mark the anniversary of the assassination of the former "
            "prime minister at an election rally in Rawalpindi in 2007. Her son, the party "
            "chairman, addressed the crowd. Security was tight but the gathering passed off "
            "peacefully."
        ),
        "history",
    ),
    (
        "Chile remembers coup 50 years on",
        (
            "Chile marked the 50th anniversary of the 1973 military coup with ceremonies at the "
            "presidential palace, where the president at the time died as jets bombed the "
            "building. The current president led a minute of silence and opened an exhibition of "
            "photographs of the disappeared. Conservative parties stayed away from the main "
            "ceremony."
        ),
        "history",
    ),
    (
        "Israel remembers Rabin at Tel Aviv square where he was shot",
        (
            "Thousands gathered on Saturday evening in the Tel Aviv square where the then prime "
            "minister was shot by a Jewish extremist after a peace rally in 1995. Speakers warned "
            "that political incitement was again on the rise. The rally ended with the song that "
            "had been sung on the night of the assassination."
        ),
        "history",
    ),
    (
        "Turkey marks night of failed 2016 coup with marches and prayers",
        (
            "Turkey marked the anniversary of the July 2016 coup attempt, in which 251 people "
            "were killed, with marches across Istanbul's Bosphorus bridge and prayers in mosques. "
            "The president laid a wreath at a monument to the dead."
        ),
        "history",
    ),
    (
        "Sweden closes inquiry into 1986 Palme murder",
        (
            "Swedish prosecutors closed their investigation into the 1986 murder of the prime "
            "minister, who was shot dead as he walked home from a cinema, naming a graphic "
            "designer who died in 2000 as the likely killer. The chief prosecutor said the "
            "evidence would not have been enough to convict. The family said it was disappointed."
        ),
        "crime",
    ),
    (
        "Museum opens exhibition on Ivorian post-election crisis",
        (
            "A museum in Abidjan has opened an exhibition on the 2010-2011 post-election crisis, "
            "in which some 3,000 people were killed, with photographs, letters and objects lent "
            "by families. The curator said the aim was to help a generation that was too young to "
            "remember. The exhibition will tour four regional cities next year."
        ),
        "history",
    ),
    (
        "Historians reopen debate on Indira Gandhi's final election campaign",
        (
            "A new book based on party archives argues that Indira Gandhi's campaign strategy in "
            "the early 1980s shaped the country's coalition politics for decades. The historian "
            "draws on letters and notes from the prime minister's office. The book, launched in "
            "Delhi on Tuesday, ends with her assassination by her bodyguards in 1984."
        ),
        "history",
    ),
    (
        "Burkina Faso court convicts former president over Sankara killing",
        (
            "A military court in Ouagadougou sentenced a former president to life in prison in "
            "absentia for complicity in the 1987 assassination of his predecessor, who was shot "
            "dead with twelve aides during a coup. Two other defendants also received life "
            "sentences. The trial had lasted six months."
        ),
        "crime",
    ),
]
