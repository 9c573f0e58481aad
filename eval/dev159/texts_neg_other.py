"""dev159 plain negatives: book prizes, tours, an artist in exile, a museum opening, an obituary, a
festival line-up and an auction record (eval/README.md, section 1: negative_other)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Women's Prize shortlist mixes debutants with a former winner",
        "A novel about a family of beekeepers in Devon and a debut set in a Lagos hair salon "
        "are among the six books shortlisted for this year's Women's Prize for Fiction, "
        "announced on Wednesday. The list also includes a former winner, returning with a "
        "thriller about a disappearance on a Scottish island, and a sprawling multigenerational"
        " novel set between Kerala and Toronto. Three of the six are first novels, a record for"
        ' the prize. The chair of judges said the list showed "the sheer range and ambition of '
        'fiction by women right now", and that the panel had argued for three hours before '
        "settling on it. The prize, worth £30,000, is open to novels written in English by "
        "women of any nationality. This year's longlist of 16 was drawn from a record 192 "
        "submissions. The winner will be announced at a ceremony in London in June. The prize's"
        " non-fiction award, launched two years ago, will announce its own shortlist next week.",
        "other",
    ),
    (
        "Stadium tour becomes highest-grossing of all time after final night in Vancouver",
        "A pop star's stadium tour ended in Vancouver on Sunday night with its 149th show and a"
        " total gross of more than $2 billion, making it by some distance the highest-grossing "
        "concert tour in history, according to trade figures. The tour, which began in Arizona "
        "in March of last year, visited 51 cities on five continents and sold more than 10 "
        "million tickets, according to Pollstar, which tracks the industry. Local economies "
        "from Edinburgh to Singapore reported surges in hotel bookings and restaurant spending "
        'on concert weekends, an effect economists nicknamed a "tour bump". The '
        "three-and-a-half-hour show, built around the singer's back catalogue in a series of "
        "themed acts, also spawned a concert film that became the most successful in box office"
        " history. Fans in Vancouver began queuing for merchandise at dawn. The singer thanked "
        'her band, dancers and crew from the stage and told the crowd she was "going to sleep '
        'for a month". She has not announced any new dates.',
        "other",
    ),
    (
        "Exiled Russian rapper sells out Berlin arena as Moscow adds him to 'foreign agents' list",
        "The Russian rapper known as Monetochnik, who left Moscow in 2022 after speaking out "
        "against the invasion of Ukraine, played to a sold-out crowd of 12,000 at Berlin's Uber"
        " Arena on Saturday, days after Russia's justice ministry added him to its register of "
        '"foreign agents". The designation requires him to label all his publications and bars '
        "him from receiving income from Russian sources; his concerts in Russia had already "
        "been cancelled by organisers under pressure from officials. The audience, most of them"
        " young Russians who have emigrated since the war began, sang along to songs that have "
        'been removed from Russian streaming platforms. "You can put me on a list, but you '
        'cannot put these songs on a list," he told the crowd. He has spent most of the past '
        "three years touring cities with large Russian diasporas, including Tbilisi, Riga, "
        "Istanbul and Dubai, and lives in Lisbon. Several other Russian musicians who "
        "criticised the war have been designated foreign agents, and some face criminal charges"
        ' at home. He said he did not expect to return to Russia "for a long time". Tickets for'
        " the concert sold out within hours when they went on sale in the spring. Outside the "
        "venue, a small group of Ukrainian activists handed out leaflets asking Russian "
        "emigrants to do more to oppose the war, and some fans stopped to talk with them. "
        "Inside, the rapper dedicated one song to Ukrainian cities and another to friends who "
        "had been arrested in Russia. The tour continues in Warsaw and Vilnius next week.",
        "other",
    ),
    (
        "Grand Egyptian Museum opens its doors two decades after work began",
        "Egypt opened the Grand Egyptian Museum near the pyramids of Giza on Saturday with a "
        "ceremony attended by dozens of heads of state and royals, more than two decades after "
        "construction began. The museum, which cost more than $1 billion, is the largest in the"
        " world devoted to a single civilisation, with more than 100,000 artefacts, among them "
        "the complete collection of treasures from the tomb of Tutankhamun displayed together "
        "for the first time. A 3,200-year-old statue of Ramses II, moved from a square in "
        "central Cairo in 2006, greets visitors in the atrium. Egypt hopes the museum will help"
        " it attract 30 million tourists a year by the end of the decade, up from about 15 "
        "million last year. The project was delayed repeatedly by the political turmoil that "
        "followed the 2011 uprising, by the pandemic and by financial problems. Critics have "
        "questioned whether Egypt's other museums, including the old Egyptian Museum in Tahrir "
        "Square, will suffer. The museum opens to the public on Tuesday, with tickets for "
        "foreign visitors at 1,200 Egyptian pounds.",
        "other",
    ),
    (
        "Yolanda Merced, queen of salsa cinema and television, dies at 84",
        "Yolanda Merced, the Puerto Rican actress and singer who became one of the most "
        "recognisable faces of Spanish-language television in the United States, has died in "
        "San Juan at the age of 84, her family said on Monday. Merced rose to fame in the 1960s"
        " as the star of a string of musical films set in New York's salsa clubs, and later "
        "spent two decades as the matriarch of the telenovela La Casa de los Rivera, which at "
        "its peak drew more than 10 million viewers a night. She recorded more than 30 albums "
        "and won a Latin Grammy for lifetime achievement in 2009. Born in Ponce, the daughter "
        "of a tobacco worker and a seamstress, she began singing on local radio at the age of "
        '12. "She opened doors that had been closed to women like her," the governor of Puerto '
        "Rico said in a statement. Merced was married three times and is survived by two "
        "daughters and five grandchildren. A public viewing will be held at the Centro de "
        "Bellas Artes in San Juan on Thursday.",
        "other",
    ),
    (
        "Glastonbury unveils headliners as festival returns after fallow year",
        "Glastonbury Festival has announced its headliners for next year's event, which returns"
        " after a fallow year in which the Worthy Farm site was left to recover. An Irish "
        "alternative rock band, a British grime artist and a veteran American soul singer will "
        "top the bill on the Pyramid Stage, with more than 80 other acts confirmed across the "
        "festival's main stages. Co-organiser Emily Eavis said the line-up was \"one of the most"
        " exciting we've ever had\" and that more names would be announced in the spring. "
        "Tickets, priced at £395 plus a booking fee, sold out in 35 minutes in November, before"
        " any acts had been revealed. The festival takes a year off roughly every five years to"
        " let the land and the local community rest. Organisers said they would again limit the"
        " number of plastic bottles on site and had added new water refill points. Last year's "
        "fallow year was the first since 2018. The festival runs from 24 to 28 June.",
        "other",
    ),
    (
        "Klimt portrait sells for record $236 million at New York auction",
        "A portrait by Gustav Klimt sold for $236.4 million including fees at Sotheby's in New "
        "York on Tuesday night, the highest price paid for a work of modern art at auction and "
        "the second highest for any painting. The full-length portrait of a young woman in an "
        "embroidered dress, painted in 1914 and 1916, had been estimated at around $150 "
        "million. Six bidders competed for more than 20 minutes before it was knocked down to a"
        " buyer bidding by telephone. The painting came from the collection of a cosmetics heir"
        " who died earlier this year, and the sale of his collection brought in more than $500 "
        "million in a single evening. The result was a boost for an art market that has been "
        "struggling with falling prices and fewer high-value sales since 2022. The record for "
        "any painting is still held by Leonardo da Vinci's Salvator Mundi, which sold for "
        "$450.3 million in 2017.",
        "other",
    ),
]
