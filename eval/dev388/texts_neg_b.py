"""Negatives of dev388: drill and war-themed albums, beefs and battles, scores and documentaries
about old wars, Eurovision and festival rows, ticketing wars and the business of live music.
(title, text, kind code)."""

NEGATIVES = [
    (
        "Album review: a drill debut that turns the estate into a war zone",
        "The debut album from the south London drill crew Block 9 opens with the sound of sirens "
        "and a voice counting bodies, and barely lets up for 47 minutes. The production, all "
        "sliding 808s and funereal piano, is some of the most inventive in the genre this year. "
        "Lyrically, it is a war record: opps, trenches, ammunition and 'the front line' appear on "
        "almost every track. Yet the best moments are the quiet ones, such as 'Mum's Kitchen', "
        "where the MC admits he is tired of the violence he narrates. The group's lawyer has said "
        "some lyrics were rewritten to comply with a court order restricting what they can say "
        "about rival areas. Guest verses from Headie One and Digga D lift the middle section. It "
        "is not an easy listen, and some will find its imagery gratuitous. But as a portrait of "
        "young men boxed in by postcodes, it is hard to ignore. Four stars.",
        "entertainment",
    ),
    (
        "Sabaton's new album storms the trenches of the first world war again",
        "The Swedish power metal band Sabaton have returned to the Western Front for their new "
        "album, a collection of songs about battles, tanks and soldiers of the first world war. "
        "Singer Joakim Broden said the band had spent two years reading regimental histories and "
        "letters home. Tracks tell the stories of the Christmas truce of 1914, the Harlem "
        "Hellfighters and the Lost Battalion of the Argonne. The band's YouTube history channel, "
        "which explains the background to each song, has more than three million subscribers and "
        "is used by some teachers in class. Critics have accused Sabaton of glorifying war, a "
        "charge the band rejects. 'We write about courage and the cost of war, not about "
        "winning,' Broden told Metal Hammer. The album entered the German chart at number one. A "
        "European arena tour, with a stage set built around a life-size tank, begins in Stockholm "
        "in January.",
        "entertainment",
    ),
    (
        "Kendrick Lamar's 'Not Like Us' lands the knockout blow in rap's fiercest beef",
        "Kendrick Lamar's diss track 'Not Like Us' has gone to number one on the Billboard Hot "
        "100, capping a month-long war of words with Drake that saw the two rappers release six "
        "tracks attacking each other. The song, produced by Mustard, accuses the Canadian star of "
        "cultural tourism and far worse, and has become a summer anthem played at parties and "
        "sports arenas. Drake's camp has dismissed the claims as fiction. Critics called the feud "
        "the most consequential rap battle since Jay-Z and Nas traded shots in 2001. Streams of "
        "both artists' catalogues rose sharply during the exchange, Luminate data show. 'It's a "
        "bloodbath, and Kendrick is standing over the body,' one radio host said. Drake later "
        "filed a lawsuit against his own label over the song. Lamar is due to headline the Super "
        "Bowl half-time show in February.",
        "entertainment",
    ),
    (
        "Battle rap league sells out Toronto arena for its biggest night yet",
        "A Canadian battle rap league sold out a 5,000-seat Toronto arena on Saturday for a card "
        "of head-to-head contests that its founder called the biggest night in the history of the "
        "sport. Rappers face off a cappella over three rounds, trading insults and wordplay while "
        "judges and the crowd decide the winner. The main event pitted a Detroit veteran against "
        "a rising star from Brampton, who was declared the winner by split decision. 'He came "
        "with bars, but I came with a war plan,' the winner said. Battles are filmed and released "
        "on YouTube, where the league's channel has more than 600 million views. Fans travelled "
        "from New York, London and Lagos. The league is now in talks with a streaming service "
        "about a series. Some battlers have crossed over to recording careers, though many say "
        "the scene is a world of its own.",
        "entertainment",
    ),
    (
        "Bertelmann wins Oscar for score of 'All Quiet on the Western Front'",
        "The German composer Volker Bertelmann won the Academy Award for best original score for "
        "Edward Berger's 'All Quiet on the Western Front', an adaptation of Erich Maria "
        "Remarque's novel about a young soldier in the trenches of the first world war. "
        "Bertelmann, who records under the name Hauschka, built the film's three-note motif on "
        "his great-grandmother's harmonium, which he distorted through amplifiers to evoke the "
        "machinery of war. 'I wanted something that hits you in the stomach,' he said backstage. "
        "The film also won best international feature, cinematography and production design. It "
        "was Germany's most successful night at the Oscars. Bertelmann previously scored 'Lion' "
        "with Dustin O'Halloran. The soundtrack has since entered the classical charts in Germany "
        "and the UK. He said he would tour a live version of the score with an orchestra next "
        "year.",
        "entertainment",
    ),
    (
        "Folk singer's concept album gives voice to the Falklands dead",
        "The Scottish folk singer Karine Polwart's new concept album tells the story of the 1982 "
        "Falklands war through the letters of a young Royal Marine and the diary of an Argentine "
        "conscript. Its 11 songs move from the recruiting office to the cold of Mount Longdon, "
        "where the two never meet. Polwart said she had interviewed veterans from both sides over "
        "three years and had been struck by how little the war is spoken about in either country. "
        "'These songs are about boys, not flags,' she said. The album features Argentine "
        "musicians on bandoneon and guitar and closes with a setting of a poem by a veteran from "
        "Buenos Aires. It will be performed at the Edinburgh festival in August. Reviews have "
        "praised its restraint. A documentary about its making will be shown by BBC Scotland. The "
        "Falkland Islands government has invited her to perform in Stanley next year.",
        "entertainment",
    ),
    (
        "Documentary revisits the band that played through the siege of Sarajevo",
        "A new documentary tells the story of the Sarajevo rock bands that kept playing concerts "
        "in basements and cinemas during the siege of the city from 1992 to 1996. Directed by a "
        "Bosnian filmmaker who was a teenager at the time, it follows the members of the punk "
        "band Sikter, who played by candlelight and car batteries. Archive footage shows "
        "audiences dancing in a cellar as the city outside had no water or power. The film also "
        "revisits the 1995 recording of 'Miss Sarajevo' by U2 and Brian Eno. 'Music was the only "
        "normal thing we had,' one band member says. The documentary premiered at the Sarajevo "
        "Film Festival, where it received a standing ovation, and will be released on streaming "
        "platforms in the autumn. A soundtrack album of the bands' surviving recordings is "
        "planned. The director said she had tracked down most of the musicians, some now living "
        "in Germany, Sweden and Canada.",
        "entertainment",
    ),
    (
        "Boos, protests and lyric changes: Israel's Eurovision entry divides Malmo",
        "Israel's Eden Golan reached the Eurovision final in Malmo on Thursday despite boos from "
        "parts of the arena during her semi-final performance, organisers said. Her song "
        "'Hurricane' was renamed and rewritten earlier this year after the European Broadcasting "
        "Union said the original lyrics, titled 'October Rain', were too political. Several "
        "contestants have criticised the EBU for allowing Israel to take part, and some skipped "
        "rehearsals of the flag parade. The 20-year-old singer has been confined to her hotel "
        "when not rehearsing, on the advice of Israeli security services. The EBU says the "
        "contest is a non-political event between broadcasters, not governments. Russia was "
        "excluded in 2022, a precedent critics cite. Bookmakers had Golan among the favourites in "
        "the public vote. Sweden's police said the event had so far passed without incident.",
        "politics",
    ),
    (
        "Four countries to boycott Eurovision over Israel's participation",
        "Ireland, Spain, the Netherlands and Slovenia will not take part in next year's "
        "Eurovision Song Contest in Vienna after the European Broadcasting Union decided not to "
        "hold a vote on Israel's participation, their public broadcasters said. Ireland's RTE "
        "said taking part would be 'unconscionable'. Spain's RTVE, one of the contest's biggest "
        "funders, said it would not broadcast the final. The EBU's general assembly instead "
        "approved new rules on voting, after complaints that government campaigns had skewed the "
        "public vote. Israel's broadcaster Kan said it would compete. The boycott is the largest "
        "in the contest's 70-year history. Austrian organisers said they still expected a record "
        "audience. Fans' groups urged broadcasters to reconsider, saying the contest had always "
        "brought people together.",
        "politics",
    ),
    (
        "Kneecap rapper charged under Terrorism Act over flag at London gig",
        "A member of the Belfast rap group Kneecap has been charged with a terrorism offence for "
        "allegedly displaying a Hezbollah flag at a concert in London last November, the "
        "Metropolitan Police said. Liam Og O hAnnaidh, who performs as Mo Chara, is accused of "
        "displaying an item 'in such a way as to arouse reasonable suspicion that he is a "
        "supporter of a proscribed organisation'. The band called the charge 'a farce' and a "
        "political distraction. The 27-year-old will appear at Westminster Magistrates' Court "
        "next month. Several politicians have called for Kneecap to be dropped from this summer's "
        "Glastonbury festival, while dozens of artists signed a letter in the band's support. The "
        "group, which raps in Irish and English, won a Bafta for a film about its rise. Its shows "
        "in Germany and Hungary have faced cancellation calls.",
        "politics",
    ),
    (
        "Bob Vylan lose US visas after Glastonbury chants spark outcry",
        "The US State Department has revoked the visas of the punk duo Bob Vylan after their "
        "Glastonbury set, in which the frontman led chants against the Israeli military, a "
        "department official said on Monday. Avon and Somerset Police said they were assessing "
        "footage of the performance, which was broadcast live by the BBC. The broadcaster said it "
        "should have cut the feed and that it would no longer air live sets judged high risk. "
        "Prime Minister Keir Starmer called the chants 'appalling hate speech'. The duo said they "
        "were being targeted for speaking out. Their agency dropped them the same week, and "
        "several European festivals cancelled their bookings. Glastonbury organisers said the "
        "chants 'crossed a line'. Ticket sales for the band's remaining UK dates rose, their "
        "promoter said. The BBC said it would review its guidance on live broadcasts from "
        "festivals.",
        "politics",
    ),
    (
        "Moscow cries foul as Ukraine's Jamala wins Eurovision with song about 1944",
        "Russia's foreign ministry has accused the Eurovision Song Contest of bending its own "
        "rules after Ukraine's Jamala won in Stockholm with '1944', a song about Stalin's "
        "deportation of the Crimean Tatars. The EBU had cleared the song before the contest, "
        "saying it was historical and did not contain political speech. Jamala, a Crimean Tatar, "
        "wrote it about her great-grandmother, who was deported to Central Asia with her five "
        "children. Russian lawmakers called for a boycott of next year's contest in Kyiv, and a "
        "petition demanding a recount gathered thousands of signatures. 'When people talk about "
        "history, they don't always think about the people,' Jamala said at the winner's press "
        "conference. Ukraine will host the contest for the second time. Australia's Dami Im came "
        "second. Russia's own entry, Sergey Lazarev, won the public vote but finished third "
        "overall. The EBU said the jury and televote results had been checked by an independent "
        "auditor.",
        "politics",
    ),
    (
        "Springsteen fires back after president's attack on 'dried out prune' rocker",
        "Bruce Springsteen has doubled down on his criticism of the White House after President "
        "Donald Trump attacked him on social media, calling him 'highly overrated' and "
        "threatening an investigation into celebrity endorsements. Springsteen had used a concert "
        "in Manchester to describe the administration as 'corrupt, incompetent and treasonous'. "
        "The singer released the speeches on an EP days later. Several Republican lawmakers "
        "joined the attack, while Democrats accused the president of waging a culture war against "
        "artists. 'This is a fight for the soul of the country,' Springsteen told the crowd in "
        "Lille. Neil Young and Pearl Jam's Eddie Vedder backed him publicly. The row has done "
        "little to dent ticket sales for his European tour, which is largely sold out. The White "
        "House did not respond to a request for comment. Springsteen, 75, has campaigned for "
        "Democratic candidates since 2004.",
        "politics",
    ),
    (
        "Justice Department sues to break up Live Nation and Ticketmaster",
        "The US Justice Department and 30 states sued Live Nation Entertainment on Thursday, "
        "accusing the concert giant of running an illegal monopoly over live music and asking a "
        "court to force it to sell Ticketmaster. Attorney General Merrick Garland said the "
        "company used its dominance to drive up fees and shut out rivals. Ticketmaster handles "
        "roughly 70% of ticketing for major US venues, according to the complaint. Live Nation "
        "called the suit a public relations win for the government that would not lower prices. "
        "The case follows the collapse of ticket sales for Taylor Swift's Eras tour in 2022, "
        "which led to a Senate hearing. Shares in Live Nation fell 7% on the news. Rivals such as "
        "SeatGeek and AXS have long complained of being locked out of arenas. The trial is not "
        "expected before 2026. Live Nation has said its fees are set largely by venues and "
        "artists.",
        "economy",
    ),
    (
        "Watchdog investigates Oasis ticket chaos after dynamic pricing fury",
        "Britain's competition watchdog has opened an investigation into Ticketmaster over the "
        "sale of tickets for Oasis's reunion tour, after fans complained that prices more than "
        "doubled while they waited in online queues. The Competition and Markets Authority said "
        "it would examine whether the company's 'dynamic pricing' system broke consumer "
        "protection law. Some standing tickets advertised at about 150 pounds were sold for more "
        "than 350 pounds. The band said it had not been aware that dynamic pricing would be used. "
        "Culture Secretary Lisa Nandy said the government would look at regulating the practice. "
        "'It felt like a war of attrition with a website,' one fan said after nine hours online. "
        "Ticketmaster said it did not set prices. More than 10 million people tried to buy "
        "tickets for the 17 dates. The band later released extra dates through a ballot.",
        "economy",
    ),
    (
        "Streaming price war heats up as Spotify raises fees again",
        "Spotify is raising the price of its premium subscription in more than 50 markets, the "
        "company said on Monday, its second increase in a year as it chases profitability. The "
        "move follows similar increases by Apple Music and YouTube Music and brings to an end a "
        "decade in which services held prices flat to win subscribers. Analysts said the "
        "streaming price war had shifted from cutting prices to bundling audiobooks and video. "
        "Spotify's shares rose 4% in early trading. The company, which has more than 600 million "
        "users, reported its first full year of profit last month. Artists' groups said the "
        "higher prices should lead to better royalty payments. 'The battle now is over what you "
        "get for the money,' one analyst said. Spotify has also been negotiating with labels over "
        "a more expensive 'superfan' tier with extra features. Smaller rivals such as Deezer and "
        "Tidal have yet to follow.",
        "economy",
    ),
    (
        "Blackstone wins bidding war for Hipgnosis music catalogue",
        "Blackstone has won a bidding war for Hipgnosis Songs Fund, the owner of rights to hits "
        "by Shakira, Blondie and Red Hot Chili Peppers, after raising its offer to about 1.6bn "
        "dollars, the company said. The private equity firm saw off a rival bid from Concord, the "
        "Nashville-based music company, in a battle that lasted several weeks. Hipgnosis's board "
        "had urged shareholders to accept Concord's offer before Blackstone's higher bid. The "
        "fund, founded by music manager Merck Mercuriadis, has been hit by rising interest rates "
        "and questions over the value of its catalogues. Shares jumped 14% in London trading. "
        "Song catalogues have become a prized asset for investors seeking steady income. Analysts "
        "said the deal would not be the last in the sector. Mercuriadis, who left the fund last "
        "year, called the outcome 'bittersweet'. Blackstone said it would invest in marketing the "
        "songs and licensing them for films and adverts.",
        "economy",
    ),
    (
        "More than 70 UK festivals lost this year as costs bite, industry body says",
        "More than 70 British music festivals have been cancelled, postponed or closed for good "
        "this year, the Association of Independent Festivals said, warning that the sector faces "
        "'extinction' without help. Costs for stages, fencing, security and power have risen by "
        "about 30% since the pandemic, while ticket sales have been hit by the cost of living "
        "crisis. The association is asking the government to cut VAT on festival tickets to 5% "
        "for three years. 'It's a bloodbath out there for small events,' the organiser of a "
        "5,000-capacity festival in Wales said. Larger events such as Glastonbury and Reading "
        "have sold out. Some smaller festivals are moving to one-day formats to survive. The "
        "Treasury said it was supporting the creative industries. Ticket holders for cancelled "
        "events have been offered refunds, though some small organisers have gone into "
        "administration. Campaigners want a levy on arena and stadium tickets to fund grassroots "
        "venues and festivals.",
        "economy",
    ),
]
