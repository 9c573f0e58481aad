"""Negatives of eval/dev63: anniversaries, memorials, inquiries into old attacks, films, series,
books and exhibitions (README.md)."""

NEGATIVES = [
    (
        "France remembers victims ten years after November 13 attacks",
        (
            "The French president and the mayor of Paris laid wreaths on Thursday outside the "
            "Stade de France, the cafés of the 10th and 11th arrondissements and the Bataclan, "
            "ten years after the attacks in which 130 people were killed. A memorial garden was "
            "inaugurated on Place Saint-Gervais behind the town hall. Survivors and families read "
            "the victims' names aloud, and the bells of Notre-Dame rang in the evening. Many "
            "survivors have spoken of the trauma that still shapes their lives, and two of them "
            "have taken their own lives since the attacks. Security was tight around the "
            "ceremonies, which the president attended with his predecessor, who was in office on "
            "the night of the attacks."
        ),
        "history",
    ),
    (
        "Norway marks ten years since Utøya massacre",
        (
            "Norway held a memorial service in Oslo Cathedral on Thursday to mark ten years since "
            "a far-right extremist killed 77 people in a bomb attack on the government quarter "
            "and a shooting at a youth camp on the island of Utøya. The prime minister said the "
            "country had failed to confront the hatred behind the attack. Survivors laid roses on "
            "the island, where a memorial with the names of the dead stands in the woods."
        ),
        "history",
    ),
    (
        "Memorial garden to Manchester Arena victims opens",
        (
            "A memorial garden to the 22 people killed in the Manchester Arena bombing in 2017 "
            "opened to the public near the city's cathedral on Wednesday. The Glade of Light "
            "includes a ring of white marble engraved with the victims' names, with memory "
            "capsules containing objects chosen by their families. The mayor said it would be a "
            "quiet place for reflection."
        ),
        "history",
    ),
    (
        "Hanau remembers nine victims of racist attack five years on",
        (
            "Several thousand people gathered in Hanau on Wednesday to mark five years since a "
            "gunman killed nine people of immigrant background at two shisha bars in the city. "
            "Relatives of the victims read their names, and the federal president called on "
            "Germans not to look away from racism. Families said that questions about the police "
            "response that night had still not been answered."
        ),
        "history",
    ),
    (
        "Oklahoma City marks 30 years since federal building bombing",
        (
            "Survivors and relatives observed 168 seconds of silence at the Oklahoma City "
            "National Memorial on Saturday, one for each person killed when a truck bomb "
            "destroyed the Alfred P Murrah federal building in 1995. A former president spoke at "
            "the ceremony and warned about the dangers of political extremism. The bomber, an "
            "army veteran with anti-government views, was executed in 2001."
        ),
        "history",
    ),
    (
        "Tokyo subway staff pray for victims of sarin attack 30 years on",
        (
            "Staff at Tokyo's Kasumigaseki station observed a minute of silence on Thursday "
            "morning at 8 am, 30 years after members of the Aum Shinrikyo cult released sarin on "
            "five subway trains during the morning rush hour, killing 14 people and sickening "
            "thousands. Survivors said many still suffer from the after-effects. The cult's "
            "leader and 12 of his followers were executed in 2018."
        ),
        "history",
    ),
    (
        "Omagh bombing inquiry opens with testimony from families",
        (
            "An independent public inquiry into whether the 1998 Omagh bombing, in which a Real "
            "IRA car bomb killed 29 people, could have been prevented opened in Omagh on Tuesday "
            "with statements from the families of the victims. The chairman said the inquiry "
            "would examine intelligence held by the British and Irish states before the attack. "
            "Families have campaigned for the inquiry for more than two decades."
        ),
        "history",
    ),
    (
        "Derry marks 50 years since Bloody Sunday",
        (
            "Thousands of people walked the route of the 1972 civil rights march in Derry on "
            "Sunday to mark 50 years since British soldiers shot dead 13 people in the Bogside. "
            "The Irish prime minister laid a wreath at the memorial, and relatives carried white "
            "crosses and pictures of those who died. Families said their campaign for "
            "prosecutions would continue."
        ),
        "history",
    ),
    (
        "Capitol riot anniversary marked with dueling events in Washington",
        (
            "Democratic lawmakers held a moment of silence on the steps of the Capitol on "
            "Thursday to mark one year since supporters of the former president stormed the "
            "building, while the former president cancelled a planned news conference at his "
            'Florida estate. The president said in a speech that the rioters had "held a dagger '
            'at the throat of democracy".'
        ),
        "history",
    ),
    (
        "Charlie Hebdo publishes special issue ten years after massacre",
        (
            "The satirical weekly Charlie Hebdo published a special issue on Tuesday to mark ten "
            "years since gunmen killed 12 people, including several of its best-known "
            "cartoonists, at its offices in Paris. The president and the mayor of Paris attended "
            "a ceremony outside the former offices on rue Nicolas-Appert. The magazine's director "
            'wrote that the paper was "unbreakable".'
        ),
        "history",
    ),
    (
        "Solingen remembers five Turkish women and girls killed in arson 30 years ago",
        (
            "Germany's president and Turkey's foreign minister attended a ceremony in Solingen on "
            "Monday to mark 30 years since neo-Nazis set fire to the home of a Turkish family, "
            "killing two women and three girls. The mother of the family, who lost two daughters, "
            "two granddaughters and a niece, has become a symbol of reconciliation. "
            "Schoolchildren laid flowers at the memorial."
        ),
        "history",
    ),
    (
        "Thousands evacuated in Cologne as Second World War bomb defused",
        (
            "About 20,000 people had to leave their homes in central Cologne on Wednesday while "
            "experts defused three American aerial bombs from the Second World War found during "
            "building work in Deutz. Hotels, a hospital and a museum were evacuated and bridges "
            "closed for several hours. It was the largest evacuation in the city since the end of "
            "the war."
        ),
        "history",
    ),
    (
        "Troubles drama about disappeared mother tops streaming charts",
        (
            "A new television series about the Troubles, based on a bestselling non-fiction book "
            "about the abduction and killing of a mother of ten by the IRA in 1972, became the "
            "most-watched drama on the streaming service in Britain and Ireland this week. "
            "Critics praised the performances of the two actors who play a former IRA volunteer "
            "at different ages. Relatives of the real woman said they had not been consulted."
        ),
        "entertainment",
    ),
    (
        "French thriller follows anti-terror police in days after Paris attacks",
        (
            "A French film about the five days in which anti-terrorism investigators tracked down "
            "the surviving attackers after the Paris attacks of November 2015 premiered out of "
            "competition at the Cannes film festival on Sunday. The director said he had spoken "
            "with dozens of police officers and wanted to show the investigation from the inside. "
            "The film ends with the raid on an apartment in Saint-Denis."
        ),
        "entertainment",
    ),
    (
        "Irish novel of a country sliding into civil war wins Booker Prize",
        (
            "A novel that imagines Ireland descending into authoritarian rule and civil war, told "
            "through a mother searching for her missing son, won the Booker Prize on Sunday. The "
            'judges said it captured "the social and political anxieties of our time". The '
            "author said he had wanted readers to understand what it is like to live through the "
            "collapse of a state."
        ),
        "entertainment",
    ),
    (
        "Political thriller about bodyguard to home secretary breaks BBC ratings record",
        (
            "The final episode of a BBC thriller about a police protection officer assigned to a "
            "home secretary, who is killed in a bomb attack midway through the series, was "
            "watched by more than 17 million people, the broadcaster said. It was the "
            "most-watched drama finale in Britain for more than a decade. The lead actor has won "
            "a Golden Globe for the role."
        ),
        "entertainment",
    ),
    (
        "Korean film about 1979 military coup passes ten million viewers",
        (
            "A South Korean film about the military coup of 12 December 1979 became the first "
            "film of the year to sell more than ten million tickets, its distributor said on "
            "Sunday. The film depicts the night when a group of generals seized control of the "
            "army. Its success has prompted a debate among young people about the country's "
            "history of military rule, which ended in 1987."
        ),
        "entertainment",
    ),
    (
        "Documentary on Capitol riot wins award at Sundance",
        (
            "A documentary that follows police officers who defended the Capitol on January 6, "
            "2021, won an audience award at the Sundance Film Festival on Saturday. The film uses "
            "bodycam footage and interviews with officers who were beaten during the riot. The "
            "directors said they wanted the officers' accounts to be heard before the memory of "
            "that day faded."
        ),
        "entertainment",
    ),
    (
        "Berlin exhibition traces history of the Red Army Faction",
        (
            "An exhibition on the Red Army Faction, the far-left group that killed 34 people in "
            "West Germany between 1970 and 1993, opened at a Berlin museum on Friday. It shows "
            "letters written by members in prison, wanted posters and the wreckage of a car from "
            "a 1977 kidnapping. The curators said they wanted to show how the state and society "
            "reacted to the group."
        ),
        "entertainment",
    ),
    (
        "Bataclan survivor's memoir becomes bestseller in France",
        (
            "A memoir by a survivor of the attack on the Bataclan concert hall, describing the "
            "two years she spent relearning to walk, has sold more than 200,000 copies, its "
            "publisher said. The author writes about the trial of the attackers, which she "
            "attended every day. She said she wrote the book for other survivors who had been "
            "unable to talk about what happened."
        ),
        "entertainment",
    ),
    (
        "Unexploded wartime bomb found near Naha airport, flights cancelled",
        (
            "An unexploded US bomb from the Second World War was found during construction work "
            "near a taxiway at Naha airport in Okinawa on Wednesday, forcing the airport to close "
            "for several hours and cancel more than 100 flights. Self-Defense Force experts "
            "removed the 250-kilogram bomb. More than 1,800 tonnes of unexploded ordnance are "
            "believed to remain on the island."
        ),
        "history",
    ),
]
