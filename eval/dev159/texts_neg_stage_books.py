"""dev159 hard negatives (entertainment, 2 of 2): song contests, stage, books, exhibitions and
music, about war or with war as background (eval/README.md, section 1:
hard_negative_entertainment)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Ukraine's Kalush Orchestra win Eurovision on wave of public support",
        "Ukraine's Kalush Orchestra won the Eurovision Song Contest in Turin on Saturday night "
        "with Stefania, a folk-rap song written by the band's frontman as a tribute to his "
        "mother, after a record public vote swept them past the United Kingdom's Sam Ryder. The"
        " six-piece band, who were granted special permission to leave Ukraine to compete while"
        " men of fighting age are barred from leaving the country, received 439 points from "
        "viewers across Europe, the highest televote in the contest's history. Britain's entry,"
        " Space Man, topped the jury vote and finished second, the UK's best result in 24 "
        "years. At the end of their performance, frontman Oleh Psiuk appealed to the audience "
        'to "help Ukraine, Mariupol, help Azovstal right now", a message that organisers said '
        "was humanitarian rather than political and did not break the rules. Ukraine's "
        "president congratulated the band and said the country would host next year's contest. "
        "Organisers later said that was not possible for security reasons, and the 2023 contest"
        " was held in Liverpool. Kalush said they would return home after the contest and that "
        "several members would go back to volunteering. Spain's Chanel finished third with "
        "SloMo, and Sweden's Cornelia Jakobs was fourth. Russia had been excluded from the "
        "contest in February, a day after the invasion began. The band's victory was celebrated"
        " in Kyiv, Lviv and other cities, where people watched the final in bars and at home "
        "despite a night-time curfew. The trophy was later auctioned by the band, and the "
        "proceeds were donated to buy drones for the Ukrainian army.",
        "entertainment",
    ),
    (
        "Syrian theatre company's refugee play is the surprise hit of the Edinburgh Fringe",
        "A play created by a company of Syrian actors who arrived in Scotland as refugees has "
        "become the surprise hit of this year's Edinburgh Festival Fringe, with every "
        "performance sold out and an extra week of shows added. Bread and Salt, performed in "
        "Arabic and English, tells the story of a family's journey from Aleppo to a Glasgow "
        "housing estate through a series of meals, with the audience invited to share food on "
        "stage. The actors, several of whom performed at Damascus's national theatre before the"
        ' war, wrote the script together in workshops at a community centre in Govan. "We are '
        'not here to tell you about bombs," the director said. "We are here to tell you about '
        'lunch." Critics have praised its humour and the performance of its oldest actor, who '
        "plays a grandmother who refuses to learn English. The production won a Scotsman Fringe"
        " First award on Friday. The company has been invited to take the play to London and "
        "Berlin next year, and is hoping to perform it in Syria, where several of the actors "
        "say they would now like to return.",
        "entertainment",
    ),
    (
        "Sri Lankan novelist wins Commonwealth prize for ghost story of the civil war",
        "The Sri Lankan writer Nilanthi Perera has won the Commonwealth Book Prize for her "
        "second novel, The Counting House, a blackly comic ghost story set in Colombo at the "
        "height of the civil war. The novel follows the spirit of a murdered press photographer"
        " who has seven nights to lead his friends to a hidden box of negatives documenting "
        'massacres and disappearances in the late 1980s. The judges called it "a ferocious, '
        'funny and humane book that refuses to look away". Perera, who worked as a journalist '
        "in the last years of the war, said she had begun the book after the end of the "
        'fighting in 2009, when she realised that "the people who had disappeared were '
        'disappearing again, this time from our memory". The novel has been a bestseller in Sri'
        " Lanka, where it has also drawn criticism from nationalist commentators who say it is "
        "unfair to the army. The prize, worth £10,000, was announced at a ceremony in London on"
        " Tuesday. Perera said she would use the money to fund translations of the book into "
        "Sinhala and Tamil.",
        "entertainment",
    ),
    (
        "World Press Photo exhibition opens in Amsterdam with image of Gaza grief",
        "The World Press Photo exhibition opened at Amsterdam's Nieuwe Kerk on Friday, led by "
        "this year's photo of the year, an image of a Palestinian woman cradling the body of "
        "her five-year-old niece in a hospital morgue in Khan Younis. The photograph, taken by "
        "a Reuters photographer in October 2023, was chosen from more than 61,000 entries by "
        'photographers from 130 countries. The jury said it was "carefully and respectfully '
        'composed, offering a metaphorical and literal glimpse into unimaginable loss". Other '
        "winners include a series on the aftermath of the war in Ukraine's Kherson region, a "
        "story on the drought in the Amazon, and a long-term project on migrants crossing the "
        "Darién Gap. The exhibition will travel to more than 60 cities around the world over "
        "the next year. The organisation said several photojournalists in Gaza had been killed "
        "since the war began and that it had dedicated this year's show to them. The show runs "
        "until July, and tickets are sold with timed entry to manage crowds.",
        "entertainment",
    ),
    (
        "Rapper's 'Killer Season' is a bloated, brilliant return",
        "Three and a half stars. Three years after his last album, the Atlanta rapper known as "
        "Lil Vapor returns with Killer Season, a 24-track record that is too long by a third "
        "and still contains some of the best music of his career. The opener, Shots Fired, is "
        "exactly what the title promises: a verse-long broadside aimed at two unnamed rivals, "
        "with a beat built from a sped-up soul sample and a drum pattern that sounds like a "
        'machine gun. "I\'m the one they gunning for," he raps, and you believe him. The middle '
        "of the album sags badly under a run of interchangeable trap tracks, and a guest verse "
        "from a pop star on Bulletproof Heart feels like a label decision. But the closing trio"
        " of songs, about his mother's illness and the friends he has lost, is the most "
        "affecting thing he has written. Listeners will inevitably pick through the lyrics for "
        "references to his long-running beef with a Los Angeles rival, and there is plenty to "
        "find. Whatever else, Killer Season proves he has not lost his ear.",
        "entertainment",
    ),
    (
        "National Opera of Ukraine brings Giselle to London as dancers perform through the war",
        "The National Opera of Ukraine's ballet company opened a two-week run of Giselle at the"
        " London Coliseum on Tuesday, its first full-length season in Britain since the start "
        "of the war. The company, based in Kyiv, has continued to perform at home throughout "
        "the invasion, stopping shows when air-raid sirens sound and moving the audience to the"
        " theatre's shelter, sometimes for hours. Several male dancers have been called up to "
        "the armed forces, and the company has had to train younger dancers at speed to fill "
        "the gaps, its artistic director said. The production, in a classic staging by the "
        "company's former principal dancer, was greeted with a long standing ovation and a sea "
        'of blue and yellow in the stalls. "For two hours, we are not thinking about the news,"'
        " one of the principals said after the performance. Part of the proceeds from the tour "
        "will go to a fund for injured dancers and musicians. The company will travel to "
        "Edinburgh and Dublin in February before returning to Kyiv for its spring season.",
        "entertainment",
    ),
]
