"""dev287 negatives, part two: boycotts and bans over wars, arts politics and money with their
battle words, critics attacked and other crimes, strikes and peaceful protests, military bands."""

NEGATIVES = [
    (
        "Met Opera drops Anna Netrebko after she declines to repudiate Putin",
        "The Metropolitan Opera said on Thursday that the Russian soprano Anna Netrebko had "
        "withdrawn from her coming performances in Turandot and Don Carlo after failing to "
        "comply with its demand that she distance herself from President Vladimir Putin. The "
        "Met's general manager, Peter Gelb, said it was a great artistic loss but that there "
        "was no way forward. Netrebko, one of the most famous singers in the world, had said "
        "earlier that she opposed the war in Ukraine but that forcing artists to denounce their "
        "homeland was not right. The Ukrainian soprano Liudmyla Monastyrska will replace her in "
        "Turandot. The Bavarian State Opera and the Zurich Opera House have also cancelled her "
        "engagements. Netrebko has said she is not a member of any political party and has "
        "never received money from the Russian state. Her lawyers said they were considering "
        "legal action against the Met.",
        "politics",
    ),
    (
        "Munich Philharmonic dismisses Gergiev over his silence on Ukraine",
        "The Munich Philharmonic has dismissed its chief conductor Valery Gergiev with "
        "immediate effect after he failed to respond to an ultimatum to condemn Russia's "
        "invasion of Ukraine, the city's mayor Dieter Reiter announced. Gergiev, a long-time "
        "friend of Vladimir Putin, has led the orchestra since 2015. The decision followed "
        "cancellations by the Vienna Philharmonic, Carnegie Hall, La Scala and the Rotterdam "
        "Philharmonic, and his agent dropped him the same week. In St Petersburg, where he runs "
        "the Mariinsky Theatre, supporters said he was the victim of a campaign. The orchestra "
        "said guest conductors would take over his concerts for the rest of the season. A "
        "search for his successor begins in the autumn. Gergiev had been due to conduct a "
        "Brahms cycle in the spring. He is expected to continue performing at the Mariinsky and "
        "across Russia.",
        "politics",
    ),
    (
        "Cardiff Philharmonic drops 1812 Overture, saying the cannons are inappropriate",
        "The Cardiff Philharmonic Orchestra has removed Tchaikovsky's 1812 Overture from a "
        "concert at St David's Hall this month, saying a piece that ends with cannon fire would "
        "be inappropriate at present. The overture, written to celebrate Russia's defence "
        "against Napoleon's invading army in 1812, will be replaced by a programme of other "
        "works. The orchestra said two of its members had family links with Ukraine. The "
        "decision drew criticism from some commentators, who said that cancelling Tchaikovsky "
        "played into Kremlin propaganda about a war on Russian culture. Others defended the "
        'orchestra. A spokesman said: "We are not boycotting Russian music; we are choosing not '
        'to play this piece now." The piece is a staple of outdoor concerts in Britain and the '
        "US, where it is played with real cannons on Independence Day. Ticket holders were told "
        "of the change by email.",
        "politics",
    ),
    (
        "Sydney Festival artists withdraw in boycott over Israeli embassy sponsorship",
        "More than 20 artists and companies have pulled out of the Sydney Festival in protest "
        "against a sponsorship deal with the Israeli embassy, which paid about A$20,000 towards "
        "a production of Decadance by the Sydney Dance Company. The boycott, backed by the "
        "Palestinian-led BDS movement, began with a handful of Arab-Australian artists and grew "
        "over the Christmas holidays. Festival director Olivia Ansell said the festival was "
        "reviewing its funding policies but that the show would go ahead. The choreographer "
        "Ohad Naharin said the dispute made no sense to him. Several comedians and a children's "
        "theatre group were among those who withdrew. The festival opens on Thursday. "
        "Decadance, a compilation of works from Naharin's Batsheva repertoire, was performed to "
        "full houses. A small group of protesters held a silent vigil outside the theatre on "
        "the first night.",
        "politics",
    ),
    (
        "Slovak theatre directors fired as culture minister's 'war on culture' draws petitions",
        "Slovakia's culture minister Martina Šimkovičová has dismissed the director of the "
        "Slovak National Theatre, Matej Drlička, and the head of the Slovak National Gallery, "
        "deepening a dispute that artists describe as a war on culture. The ministry said the "
        'dismissals were needed to restore order and "Slovak identity" to the institutions. A '
        "petition calling for the minister's resignation gathered more than 180,000 signatures "
        "within a week. Actors read a statement from the stage before every performance at the "
        "national theatre on Tuesday evening, and the audience rose to applaud. The European "
        "Parliament is due to debate the situation of cultural freedom in Slovakia next month. "
        "Drlička said he would challenge his dismissal in court. Thousands of people rallied "
        "peacefully in Bratislava in August, holding candles and signs. The ministry said the "
        "national theatre would be run by an interim director.",
        "politics",
    ),
    (
        "Ghent festival drops Munich Philharmonic concert under Israeli conductor Lahav Shani",
        "The Flanders Festival Ghent has cancelled a concert by the Munich Philharmonic because "
        "its incoming chief conductor, the Israeli Lahav Shani, had not distanced himself "
        "clearly enough from the Israeli government, organisers said. The decision was "
        "criticised by the German culture minister, who called it antisemitic, and by the "
        "Belgian prime minister. Shani, who is also music director of the Israel Philharmonic, "
        "has spoken in favour of peace and reconciliation in the past. The orchestra said it "
        "stood by its conductor and would not perform without him. Berlin's Konzerthaus quickly "
        "offered the orchestra a date on the same weekend. Musicians' unions in Belgium were "
        "divided. The festival said on Thursday that it regretted the way the decision had been "
        "communicated. Shani takes up his post in Munich in September 2026. Several Belgian "
        "orchestras issued a joint statement saying that musicians should not be judged by "
        "their passports.",
        "politics",
    ),
    (
        "Afghan music institute in exile finds a home in Lisbon",
        "Students of the Afghanistan National Institute of Music, which was closed when the "
        "Taliban banned music after returning to power, have begun their second academic year "
        "in Portugal. Founder Ahmad Sarmast said 273 students, teachers and relatives had been "
        "resettled in Lisbon and Braga, and that classes were held in a former military "
        "hospital lent by the government. The Zohra orchestra, the country's first all-female "
        "ensemble, has played at Carnegie Hall and the Kennedy Center since leaving. Sarmast "
        "said he wanted the school to survive until it could return. Portuguese conservatoires "
        "have lent pianos and string instruments. Inside Afghanistan, musicians say they play "
        "only in secret. The students, many of them girls, left Kabul on evacuation flights via "
        "Doha in late 2021. Sarmast said the school's survival was itself a form of resistance. "
        "The school hopes to open a branch for young Afghan refugees in Portugal next year.",
        "politics",
    ),
    (
        "London theatres in a price war as premium seats top £400",
        "A price war is breaking out in the West End, where producers are cutting tickets for "
        "straight plays to as little as £20 while charging more than £400 for premium seats at "
        "star-led shows. The Society of London Theatre said average ticket prices rose by 9% "
        "last year. Dynamic pricing, borrowed from airlines, lets producers raise prices during "
        "a run when demand is high. Critics of the practice say it is an attack on younger "
        "audiences and the theatre-going habits of a generation. Some producers have fought "
        "back with lotteries and day seats. The Old Vic offers 10,000 tickets a season for £10 "
        "to people under 25. The most expensive seats for a recent Broadway transfer were "
        "priced at £475. Producers argue that high prices for a few seats subsidise cheaper "
        "ones for everyone else. The trade body said overall attendance was up 4% on the year, "
        "with nearly 17 million tickets sold.",
        "economy",
    ),
    (
        "Met Opera draws on endowment and turns to Saudi deal to plug deficit",
        "The Metropolitan Opera has agreed a deal under which it will perform in Saudi Arabia "
        "for three weeks each winter, in return for support that officials said would run to "
        "more than $200 million over eight years, as the company battles a structural deficit. "
        "The Met has drawn down tens of millions of dollars from its endowment since the "
        "pandemic, and attendance at the 3,800-seat house has not recovered. General manager "
        "Peter Gelb said the company would also cut the number of productions next season. The "
        "new performances will take place at an opera house being built in the AlUla region. "
        "Some board members and singers questioned the partnership on human rights grounds. The "
        "deal was approved by the Met's board last week. The company's endowment, which stood "
        "at about $300 million before the pandemic, has fallen sharply. The Saudi performances "
        "are due to begin in 2028.",
        "economy",
    ),
    (
        "Orchestras in a bidding war for the 28-year-old conductor Klaus Mäkelä",
        "The Chicago Symphony Orchestra has won one of the fiercest bidding wars in recent "
        "classical music history, appointing the 28-year-old Finnish conductor Klaus Mäkelä as "
        "its music director from 2027. The announcement came days after the Royal Concertgebouw "
        "Orchestra in Amsterdam named him chief conductor from the same year, and he will "
        "continue to lead the Oslo Philharmonic and the Orchestre de Paris until then. "
        "Orchestra managers said a shrinking pool of star conductors had driven salaries up. "
        "Mäkelä said he would divide his time equally between the two posts. Some critics said "
        "the youthful conductor was taking on too much too soon. Riccardo Muti, the Chicago "
        "orchestra's previous music director, stepped down in 2023. Mäkelä made his debut with "
        "the orchestra in 2022 and was immediately invited back. His recordings of Sibelius for "
        "Decca have sold well.",
        "economy",
    ),
    (
        "Ballet director who smeared dog excrement on critic is fined",
        "A court in Hanover has fined Marco Goecke, the former ballet director of the Hanover "
        "State Opera, €5,000 for assault after he smeared dog excrement on the face of a dance "
        "critic during an interval in February. Goecke, a celebrated choreographer, had "
        "confronted Wiebke Hüster of the Frankfurter Allgemeine Zeitung in the foyer over her "
        "negative reviews of his work and then attacked her with excrement from a paper bag. "
        "The opera house dismissed him days later, and he apologised publicly. Hüster said she "
        "had feared for her safety. Goecke has since returned to work with companies in Basel "
        "and elsewhere. The court ruled that the payment would settle the case. The case "
        "prompted a debate in Germany about the relationship between critics and the artists "
        "they review. The newspaper said Hüster would continue to write about dance. Goecke's "
        "lawyer said his client had accepted the outcome and wanted to move on with his career.",
        "crime",
    ),
    (
        "Stradivarius violin worth £1.2m left on a train is recovered",
        "A Stradivarius violin worth about £1.2m that was stolen from a carriage at Euston "
        "station has been recovered by police, three years after the theft. The instrument, "
        "made in 1696, was taken from a soloist who had put it in the luggage rack while buying "
        "a sandwich. British Transport Police said it had been found in a house in Coventry "
        "after a tip-off, along with a bow made by the French maker Dominique Peccatte. A "
        "49-year-old man was arrested on suspicion of handling stolen goods. The violinist, who "
        "had performed on a borrowed instrument since, said she had been unable to sleep the "
        "night she heard the news. Experts will examine it for damage. The instrument had been "
        "lent to the soloist by a private foundation. Insurers had offered a reward of £100,000 "
        "for its return. Police said the case showed the value of registering rare instruments, "
        "since the violin could not have been sold openly on the legitimate market.",
        "crime",
    ),
    (
        "Bolshoi dancer jailed over acid attack on artistic director is released",
        "Pavel Dmitrichenko, the Bolshoi Theatre dancer convicted of organising an acid attack "
        "on the company's artistic director Sergei Filin, has been released from prison early "
        "after serving three years of a six-year sentence, his lawyer said. Filin was nearly "
        "blinded in the attack outside his Moscow home in 2013, when a man threw sulphuric acid "
        "in his face, and has undergone more than 20 operations. The case exposed rivalries and "
        "feuds inside one of the world's most famous ballet companies. Dmitrichenko has always "
        "said he wanted Filin to be beaten up, not burned. The theatre said there were no plans "
        "for him to return to its stage. Two other men were also convicted in the case, "
        "including the man who threw the acid. Filin left his post as artistic director when "
        "his contract expired this year. He now runs a workshop for young choreographers at the "
        "theatre.",
        "crime",
    ),
    (
        "Performance halted as fight breaks out in the stalls during musical",
        "A performance of The Bodyguard at the Opera House in Manchester was halted on Tuesday "
        "evening after a fight broke out among audience members, one of whom was singing loudly "
        "along with the show. Videos posted online showed people shouting and pushing in the "
        "stalls as the cast left the stage. Greater Manchester Police said two women were "
        "arrested on suspicion of a public order offence and were later released. The theatre "
        "said ushers had asked the group to leave before the scuffle began. Several cast "
        "members posted messages about audience behaviour, which theatre workers say has "
        "worsened since the pandemic. The show resumed after a 20-minute break. The theatre's "
        "owner said bad behaviour would not be tolerated. A survey by the union Bectu found "
        "that nine in ten front-of-house staff had witnessed or experienced unruly audiences. "
        "Some theatres have begun limiting alcohol sales and banning drinks from the auditorium "
        "during musicals.",
        "crime",
    ),
    (
        "Paris Opera ballet dancers perform Swan Lake on the steps as pension strike continues",
        "Dancers of the Paris Opéra Ballet performed excerpts from Swan Lake on the forecourt "
        "of the Palais Garnier on Tuesday, in tutus and tights on a cold December afternoon, to "
        "protest against the government's pension reform. The company's special retirement "
        "scheme, which lets dancers stop at 42, dates back to Louis XIV. A crowd of several "
        "hundred people watched as musicians from the orchestra played under banners reading "
        '"Culture in danger". The strike has cancelled more than 60 performances at the Garnier '
        "and the Bastille, costing the house more than €12 million. Unions said the walkout "
        "would continue. The prime minister later offered to exempt current dancers. A video of "
        "the performance on the steps was shared hundreds of thousands of times. Dancers said "
        "they were not asking for privileges but for recognition of a career that ends early. "
        "The Opéra said it supported dialogue and hoped the season could resume in January.",
        "protest",
    ),
    (
        "Philadelphia Orchestra musicians strike on opening night",
        "Musicians of the Philadelphia Orchestra went on strike on Friday, forcing the "
        "cancellation of the season-opening gala an hour before it was due to begin. Players "
        "wearing their concert dress picketed outside the Kimmel Center and played a free "
        "concert on the sidewalk for patrons who had arrived in evening wear. The union said "
        "the orchestra's offer of a 1.5% raise did not make up for cuts accepted during "
        "bankruptcy proceedings in 2011. Management said the strike was deeply disappointing. "
        "Talks resumed on Saturday, and a tentative deal was reached two days later. Players "
        "returned to rehearsal on Monday afternoon. It was the first strike by the orchestra's "
        "musicians since 1996. Ticket holders were offered refunds or exchanges. Music director "
        "Yannick Nézet-Séguin said he stood with the orchestra and hoped both sides would "
        "settle quickly. The orchestra emerged from Chapter 11 bankruptcy protection in 2012 "
        "with a smaller endowment and fewer players.",
        "protest",
    ),
    (
        "Climate activists glue themselves to the Proms conductor's podium",
        "Two Just Stop Oil activists interrupted a BBC Proms concert at the Royal Albert Hall "
        "on Thursday evening, climbing on to the stage shortly after the start of a performance "
        "by the BBC Philharmonic and gluing their hands to the conductor's podium. Security "
        "staff cleared the stage within minutes and the audience booed and slow-clapped. The "
        "orchestra left the stage and the concert resumed after about 20 minutes. The "
        "Metropolitan Police said two people had been arrested. The group said its action was "
        "aimed at the government's licensing of new oil and gas. The BBC, which was "
        "broadcasting the concert live, cut to a recording. The group has disrupted sporting "
        "and cultural events across Britain this year, including the world snooker "
        "championship. The Royal Albert Hall said it would review its security arrangements. "
        "The orchestra completed its programme of Vaughan Williams and Elgar.",
        "protest",
    ),
    (
        "Pro-Palestinian protesters interrupt Israel Philharmonic at Carnegie Hall",
        "A concert by the Israel Philharmonic Orchestra at Carnegie Hall was interrupted at "
        "least six times on Wednesday night by pro-Palestinian protesters who stood up in the "
        "audience, shouted slogans and unfurled a banner. Ushers escorted each of them out, and "
        "the orchestra and its conductor Lahav Shani paused and resumed Mahler's First "
        "Symphony. About 200 demonstrators gathered peacefully on the pavement outside behind "
        "police barriers, chanting and holding signs. The New York Police Department said no "
        "arrests were made. Some members of the audience cheered the musicians and chanted back "
        "at the protesters. The orchestra's tour continues in Boston and Washington. It was the "
        "orchestra's first tour of the US in several years. Carnegie Hall said it respected "
        "free expression but would not allow performances to be disrupted. Lahav Shani thanked "
        "the audience for its patience before the encore, a movement from a Haydn symphony.",
        "protest",
    ),
    (
        "Edinburgh Military Tattoo's massed pipes and drums return after two-year gap",
        "The Royal Edinburgh Military Tattoo returned to the castle esplanade on Friday night "
        "for its first full season in three years, with more than 800 performers from ten "
        "countries under the theme Voices. The massed pipes and drums of Scottish regiments "
        "were joined by the Band of the Royal Netherlands Air Force, the Norwegian King's Guard "
        "and a military band from Mexico. The show, watched by about 8,800 people a night, "
        "closes with the lone piper on the ramparts. Organisers said ticket sales for the "
        "August run were at 90%. The chief executive said the Tattoo was a showcase of military "
        "precision, not a celebration of war. Fireworks end each evening. The Tattoo has been "
        "staged every summer since 1950, apart from the years of the pandemic. It sells about "
        "220,000 tickets a year and is broadcast to an estimated 100 million viewers around the "
        "world. A new grandstand was completed last year.",
        "military",
    ),
    (
        "Army plans to cut military bands to fund new recruits",
        "The British Army is to cut the number of its military bands from 22 to 14 as part of a "
        "reorganisation that will move musicians' posts into the infantry, the Ministry of "
        "Defence said. The Corps of Army Music, which plays at state occasions and military "
        "funerals, will lose about 200 posts over four years. Musicians' unions warned that the "
        "move would damage the pipeline of professional brass and wind players, many of whom "
        "began their careers in uniform. Ministers said ceremonial duties such as Trooping the "
        "Colour would be protected. The defence budget has been under pressure as the army "
        "tries to meet recruitment targets. The changes take effect next April. The Royal "
        "Marines and Royal Air Force bands are not affected. A petition to save the army's "
        "bands had gathered more than 30,000 signatures by Friday. The army's bands played at "
        "more than 3,000 engagements last year, from regimental dinners to royal weddings and "
        "the Cenotaph on Remembrance Sunday.",
        "military",
    ),
    (
        "US Navy band sails with a hospital ship on Pacific Partnership tour",
        "The US Pacific Fleet Band has joined the hospital ship USNS Mercy for this year's "
        "Pacific Partnership mission, which is visiting Vanuatu, the Solomon Islands, Palau and "
        "the Philippines over the next four months. The 14-member brass and rock ensemble will "
        "perform in schools, hospitals and town squares while navy doctors carry out surgery "
        "and engineers repair clinics. The mission, which began after the 2004 Indian Ocean "
        "tsunami, includes personnel from Australia, Japan, Britain and Chile. Band members "
        "said they had learned songs in Bislama and Tagalog. A joint concert with the Royal "
        "Solomon Islands Police Force band is planned in Honiara. The band plays everything "
        "from Sousa marches to K-pop covers. Last year's mission treated more than 40,000 "
        "patients, the navy said. The ship is due back in San Diego in November. Many of the "
        "musicians are on their first deployment and said they had spent weeks learning local "
        "songs for the school visits.",
        "military",
    ),
]
