"""eval/dev73 negatives: anniversaries, commemorations, war remains, films, series, books."""

NEGATIVES = [
    (
        "Srebrenica buries 14 more victims on 30th anniversary of massacre",
        "Tens of thousands of people gathered at the memorial centre in Potocari on Friday to"
        " mark 30 years since the Srebrenica massacre, and the remains of 14 victims "
        "identified over the past year were buried. More than 8,000 Bosniak men and boys were"
        " killed by Bosnian Serb forces in July 1995. Some of those attending had walked for "
        "three days along the route taken by men who tried to flee through the forests.",
        "history",
    ),
    (
        "Azerbaijan marks anniversary of Khojaly killings",
        "Thousands of people walked to the Khojaly memorial in Baku on Wednesday to lay "
        "carnations on the anniversary of the killing of hundreds of Azerbaijani civilians in"
        " the town of Khojaly in February 1992, during the first Karabakh war. Flags flew at "
        "half mast and a minute of silence was held across the country at 5 p.m.",
        "history",
    ),
    (
        "Armenians march with torches on Genocide Remembrance Day",
        "Tens of thousands of people walked to the Tsitsernakaberd memorial in Yerevan on "
        "Wednesday evening to lay flowers at the eternal flame, marking the anniversary of "
        "the 1915 mass killings of Armenians in the Ottoman Empire. Earlier, a torchlight "
        "march organised by youth groups ended outside the Turkish embassy's former building.",
        "history",
    ),
    (
        "Bogside walk of remembrance on 50th anniversary of Bloody Sunday",
        "Relatives of the 13 people shot dead by British paratroopers in Derry on 30 January "
        "1972 led a walk of remembrance through the city's Bogside on Sunday, 50 years after "
        "the killings. The Irish prime minister laid a wreath at the Bloody Sunday monument. "
        "A former soldier is awaiting trial over two of the deaths.",
        "history",
    ),
    (
        "Vukovar holds remembrance walk for victims of 1991 siege",
        "Tens of thousands of people joined a remembrance walk in the Croatian town of "
        "Vukovar on Monday, marking the anniversary of its fall to Yugoslav army and Serb "
        "paramilitary forces in November 1991 after an 87-day siege. The column walked from "
        "the town hospital to the memorial cemetery.",
        "history",
    ),
    (
        "Georgia remembers victims of August 2008 war",
        "Georgia's prime minister laid a wreath at the Mukhatgverdi military cemetery in "
        "Tbilisi on Thursday to mark 15 years since the five-day war with Russia. In Gori, "
        "relatives of those killed when the town was bombed held a service at the memorial. "
        "Residents of villages near the boundary line with South Ossetia said they still "
        "could not visit family graves on the other side.",
        "history",
    ),
    (
        "Second World War bomb defused in central Belgrade",
        "Serbian army specialists defused a 250-kg aerial bomb from the Second World War "
        "found by workers on a construction site near the Sava river in Belgrade on Sunday, "
        "police said. About 1,200 residents were told to leave their homes for several hours "
        "and a stretch of road was closed. The bomb was taken to a military range and "
        "destroyed.",
        "history",
    ),
    (
        "Remains from 1999 war found in mass grave at Serbian quarry",
        "Forensic experts have found the remains of at least seven people believed to be "
        "Kosovo Albanians killed during the 1998-99 war in a grave at a quarry near Raska in "
        "southern Serbia, Kosovo's commission for missing persons said. More than 1,600 "
        "people are still listed as missing from the war. Identification is expected to take "
        "months.",
        "history",
    ),
    (
        "Baku commemorates Black January victims",
        "Azerbaijan marked the anniversary of Black January on Friday, when Soviet troops "
        "entered Baku in January 1990 and killed more than 130 civilians. People walked along"
        " the Alley of Martyrs carrying red carnations, and traffic stopped for a minute of "
        "silence at noon.",
        "history",
    ),
    (
        "Kazakhstan commemorates victims of January 2022 events",
        "Relatives of people killed in Kazakhstan's January 2022 unrest laid flowers at a new"
        " memorial in Almaty on Friday, three years after the violence. The president said "
        "the state had learned lessons and the victims would be remembered. Rights groups "
        "said some families were still waiting for investigations into police shootings.",
        "history",
    ),
    (
        "Turkey marks anniversary of 2016 coup attempt",
        "Turkey marked the anniversary of the July 15 coup attempt with rallies and prayers "
        "on Monday, and the president addressed a crowd on the Bosphorus bridge, renamed in "
        "memory of those killed during the night of the putsch. Mosques across the country "
        "recited the sala prayer after midnight.",
        "history",
    ),
    (
        "Bosnian film about Srebrenica nominated for Oscar",
        "Quo Vadis, Aida?, a film by the Bosnian director Jasmila Zbanic about a UN "
        "interpreter trying to save her family during the 1995 Srebrenica massacre, was "
        "nominated on Monday for the Academy Award for best international feature. The film, "
        "which premiered in Venice, has already won several European awards.",
        "entertainment",
    ),
    (
        "Armenian war drama opens in Yerevan cinemas",
        "A feature film about a group of Armenian conscripts defending a hilltop during the "
        "2020 Karabakh war opened in cinemas across Armenia on Thursday, with screenings sold"
        " out for the first week. The director said most of the actors had served in the "
        "army. The film was shot in the mountains of Syunik with army equipment lent by the "
        "defence ministry.",
        "entertainment",
    ),
    (
        "Kosovo film on war widows wins Sundance prizes",
        "Hive, a Kosovo drama about a woman whose husband went missing in the 1999 war and "
        "who starts a business selling ajvar to support her family, won three awards at the "
        "Sundance Film Festival on Saturday. The film is based on a real woman from the "
        "village of Krusha e Madhe.",
        "entertainment",
    ),
    (
        "Georgian series on 2008 war draws record audience",
        "A Georgian television series set during the August 2008 war, following a family in a"
        " village near Tskhinvali, drew the largest audience for a domestic drama in years, "
        "the broadcaster said. Scenes of shelling and flight were filmed in villages along "
        "the boundary line.",
        "entertainment",
    ),
    (
        "Exhibition of war photographs from Karabakh opens in Baku",
        "An exhibition of photographs from the 2020 war opened at a gallery in Baku on "
        "Tuesday, showing soldiers in the mountains of Kalbajar and the ruined town of "
        "Aghdam. The curator said the aim was to show the scale of destruction in the areas "
        "retaken by Azerbaijan.",
        "entertainment",
    ),
    (
        "Novel about the Belarus protests wins European prize",
        "A novel about three friends who took part in the protests in Minsk in 2020, written "
        "by a Belarusian author living in exile, won a European literature prize on "
        "Wednesday. The judges called it a moving account of hope and repression. The book "
        "has been banned in Belarus.",
        "entertainment",
    ),
    (
        "Video game about the Caucasus wars criticised in Moscow",
        "A Russian lawmaker called for the ban of a video game in which players fight in the "
        "mountains of the North Caucasus, saying it glorified militants. The developer, a "
        "small studio in Eastern Europe, said the game was fiction. The game had sold more "
        "than 100,000 copies on a digital store within a month.",
        "entertainment",
    ),
    (
        "Derry Girls episode about the Troubles wins award",
        "The final series of Derry Girls, a comedy about teenagers growing up in Derry during"
        " the last years of the Troubles, won a comedy award on Sunday. Its last episode is "
        "set around the referendum on the Good Friday Agreement in 1998. The creator thanked "
        "the people of Derry.",
        "entertainment",
    ),
]
