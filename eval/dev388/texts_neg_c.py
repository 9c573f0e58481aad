"""Negatives of dev388: peaceful protests and strikes, peace concerts and exchanges,
anniversaries of attacks and of old wars, sport, and the ordinary news of the desk.
(title, text, kind code)."""

NEGATIVES = [
    (
        "A thousand musicians release a silent album in protest at AI copyright plans",
        "More than 1,000 musicians, including Kate Bush, Annie Lennox and Damon Albarn, have "
        "released an album of recordings of empty studios and performance spaces in protest at "
        "British government plans to let artificial intelligence companies train on copyrighted "
        "work without permission. The album, 'Is This What We Want?', has 12 tracks whose titles "
        "spell out a message to ministers. The proposals would require artists to opt out if they "
        "do not want their work used. 'The government is handing our life's work to the richest "
        "companies in the world,' the composer Ed Newton-Rex, who organised the project, said. "
        "Newspapers ran front-page campaigns against the plans the same week. The government said "
        "it wanted to support both the creative industries and AI developers. Profits from the "
        "album will go to the charity Help Musicians. A consultation closes later this month.",
        "protest",
    ),
    (
        "Orchestra musicians walk out on opening night in pay dispute",
        "Musicians of a leading American orchestra went on strike on Friday, forcing the "
        "cancellation of its season-opening gala hours before it was due to begin, after talks "
        "over pay and pensions broke down. About 90 players formed a picket line outside the "
        "concert hall, handing out leaflets and playing chamber music on the pavement for "
        "passers-by. The union said salaries had fallen behind inflation and that the orchestra "
        "had lost players to better-paid ensembles. Management said it had offered a 10% rise "
        "over three years and that the strike was 'deeply disappointing'. 'We would rather be on "
        "stage, but we have to fight for the future of this orchestra,' the principal cellist "
        "said. No talks were scheduled. Ticket holders for the first week of concerts were "
        "offered refunds or exchanges. The orchestra's board said it faced a deficit of several "
        "million dollars after a fall in donations. Musicians said they were ready to return to "
        "talks at any time.",
        "protest",
    ),
    (
        "Thousands march peacefully through Malmo as Eurovision week begins",
        "Thousands of people marched through central Malmo on Thursday afternoon to protest "
        "against Israel's participation in the Eurovision Song Contest, waving Palestinian flags "
        "and chanting as they walked from the main square to a park near the arena. Police "
        "estimated the crowd at between 10,000 and 12,000 and said the march had been peaceful. "
        "The climate activist Greta Thunberg was among those taking part. Later, a smaller group "
        "gathered outside the arena during the semi-final, and police carried away a handful of "
        "people who refused to move from an entrance, including Thunberg. No one was arrested, a "
        "police spokesperson said. Swedish police had brought in reinforcements from Norway and "
        "Denmark for the week. Organisers of a separate vigil read out names and lit candles by "
        "the canal. The contest's final is on Saturday.",
        "protest",
    ),
    (
        "Free Britney rally draws fans to Los Angeles courthouse before hearing",
        "Hundreds of Britney Spears fans gathered outside the Stanley Mosk courthouse in Los "
        "Angeles on Wednesday ahead of a hearing on the conservatorship that has controlled the "
        "singer's life and money for 13 years. Supporters of the Free Britney movement held pink "
        "placards, played her songs on portable speakers and chanted for her father to be "
        "removed. Similar rallies were held in Washington and London. 'We're here because she "
        "said she wants her life back,' said one organiser. A few counter-protesters argued that "
        "the arrangement had protected the singer. Police said the gathering was peaceful. "
        "Inside, a judge suspended James Spears from his role as conservator of his daughter's "
        "estate. Fans cheered and hugged on the courthouse steps when the news came through. The "
        "conservatorship was ended entirely in November. Spears later thanked the fans on "
        "Instagram, saying the movement had saved her life.",
        "protest",
    ),
    (
        "Ukrainian singer returns home in prisoner swap after two years in Russian custody",
        "A Ukrainian singer who had been held in Russia for more than two years was among 95 "
        "Ukrainians released in a prisoner exchange brokered by the United Arab Emirates on "
        "Wednesday, Ukraine's coordination headquarters for prisoners of war said. The "
        "38-year-old, known for her folk-pop songs, was detained at a filtration point while "
        "trying to leave occupied territory in 2022. Russia received the same number of its own "
        "servicemen, its defence ministry said. Photos showed the freed prisoners wrapped in blue "
        "and yellow flags stepping off buses near the border. 'The first thing I want to do is "
        "sing with my mother,' the singer told reporters. It was the latest of dozens of "
        "exchanges between the two countries. President Volodymyr Zelensky thanked the UAE for "
        "its mediation. The singer's band, which has played fundraising concerts in Lviv and "
        "Warsaw throughout her detention, said it would hold a homecoming show in the spring. Her "
        "husband said she needed time to recover first.",
        "peace",
    ),
    (
        "K-pop in Pyongyang: Red Velvet play for Kim Jong Un in thaw concert",
        "South Korean pop stars performed in Pyongyang on Sunday for the first time in more than "
        "a decade, in a concert attended by North Korean leader Kim Jong Un and his wife, state "
        "media said. The girl group Red Velvet and veteran singers including Cho Yong-pil played "
        "to about 1,500 people at the East Pyongyang Grand Theatre as part of a diplomatic thaw "
        "ahead of a summit between the two Koreas. Kim was quoted as saying he was 'deeply moved' "
        "and thanked Seoul for the 'gift'. The concert, titled 'Spring Is Coming', was broadcast "
        "in the South two days later. It followed a North Korean art troupe's performances in "
        "Gangneung and Seoul during the Winter Olympics. Officials on both sides said a second "
        "concert could be held in Seoul in the autumn. Seoul's unification ministry said the "
        "performers had been given no restrictions on their set lists. Cho Yong-pil, who also "
        "sang in Pyongyang in 2005, said the audience had clapped along to his hits.",
        "peace",
    ),
    (
        "Former FARC fighters take the stage at Bogota concert for peace deal",
        "A band made up of former FARC guerrillas played to thousands in Bogota's Plaza de "
        "Bolivar on Saturday at a free concert celebrating the peace agreement between the "
        "government and the rebels, which took effect this week. Juanes, Carlos Vives and "
        "Aterciopelados also performed, and the crowd released white balloons. Under the deal, "
        "fighters are moving to transition zones where they will hand over their weapons to a UN "
        "mission. 'I used to carry a rifle, now I carry a guitar,' the band's singer told El "
        "Tiempo. Some victims' groups criticised the concert as premature. President Juan Manuel "
        "Santos, who won the Nobel peace prize for the accord, watched from a box at the side of "
        "the stage. Organisers said a similar concert would be held in Medellin next month. The "
        "UN mission said about 7,000 fighters were expected to hand over their weapons within six "
        "months. The band has recorded an album in one of the transition zones in Meta.",
        "peace",
    ),
    (
        "Ten years on, Paris remembers the night of the Bataclan",
        "France marked ten years since the November 2015 attacks on Thursday with ceremonies at "
        "each of the sites in Paris and Saint-Denis, where 130 people were killed by Islamic "
        "State gunmen and suicide bombers. President Emmanuel Macron laid wreaths outside the "
        "Bataclan concert hall, where 90 people died, and at the Stade de France. Survivors and "
        "relatives read out the names of the dead. A new memorial garden was inaugurated in the "
        "square next to the city hall. 'Ten years is nothing. It's still yesterday,' said a man "
        "whose daughter was killed at the concert. The Bataclan, which reopened in 2016, held a "
        "concert in the evening by artists who had played there. The trial of the attacks ended "
        "in 2022 with a life sentence for the only surviving member of the commando. Many "
        "survivors say they still cannot go to gigs.",
        "history",
    ),
    (
        "Glade of Light memorial opens to honour Manchester Arena victims",
        "A memorial garden for the 22 people killed in the Manchester Arena bombing has opened "
        "near the city's cathedral, five years after the attack at the end of an Ariana Grande "
        "concert. The Glade of Light, a white marble halo engraved with the names of the victims, "
        "was designed with the families, who also chose the plants. Relatives and survivors held "
        "a private service before it opened to the public. 'It's a place to come and be with "
        "them,' said the mother of one of the youngest victims. The public inquiry into the "
        "attack found that security failings and missed chances by MI5 contributed to the loss of "
        "life. Grande has set up a fund for survivors. A choir of children who had been at the "
        "concert sang 'Don't Look Back in Anger'. The city will mark the anniversary each year "
        "with a minute's silence. The garden will be open from dawn to dusk and is maintained by "
        "volunteers.",
        "history",
    ),
    (
        "Live Aid at 40: the day rock stars tried to feed the world",
        "Forty years after Live Aid, organisers Bob Geldof and Midge Ure have looked back on the "
        "twin concerts at Wembley Stadium and Philadelphia's JFK Stadium that raised about 150 "
        "million pounds for famine relief in Ethiopia. About 1.9 billion people in 150 countries "
        "watched the broadcast on 13 July 1985. Queen's 20-minute set is still regarded as one of "
        "the greatest live performances in rock history. Critics have long argued that some aid "
        "was diverted and that the event cast Africa as helpless. 'We weren't trying to fix "
        "Africa. We were trying to stop people dying,' Geldof told the BBC. A musical based on "
        "the concert and the song 'Do They Know It's Christmas?' opened at the Old Vic last year. "
        "An anniversary documentary will air in July. Geldof said he still received letters from "
        "people who had been children in the camps of the 1980s. A remastered recording of the "
        "Wembley concert is to be released on vinyl.",
        "history",
    ),
    (
        "Fifty years after Saigon, the protest songs that soundtracked Vietnam",
        "As Vietnam marks fifty years since the fall of Saigon, a new box set gathers the songs "
        "that Americans sang for and against the war, from Phil Ochs and Country Joe McDonald to "
        "Barry Sadler's 'Ballad of the Green Berets'. Compiled by a music historian at the "
        "University of Texas, it includes recordings made by soldiers in Saigon clubs and tapes "
        "sent home from bases in the Mekong Delta. Songs by Vietnamese musicians such as Trinh "
        "Cong Son, whose anti-war ballads were banned by both sides at times, appear in English "
        "for the first time. 'These records were the news for a lot of young people,' the "
        "compiler said. Edwin Starr's 'War' and Creedence Clearwater Revival's 'Fortunate Son' "
        "remain staples of film soundtracks. In Ho Chi Minh City, a parade and concert marked the "
        "anniversary on 30 April. The set also includes a booklet of letters from listeners who "
        "served.",
        "history",
    ),
    (
        "Sarajevo marks 30 years since Zubin Mehta's concert in the ruins of the library",
        "Musicians from the Sarajevo Philharmonic played Mozart's Requiem in the rebuilt City "
        "Hall on Saturday, thirty years after Zubin Mehta conducted the same work in the "
        "bombed-out shell of the building during the siege of the city. The 1994 concert, with "
        "singers from Bosnia and abroad, was broadcast around the world and raised money for "
        "victims of the war. The building, which housed the national library, was hit by "
        "incendiary shells in 1992, destroying much of its collection. 'We played in coats, and "
        "we could see the sky,' a violinist who took part in both concerts recalled. The "
        "anniversary concert was attended by the city's mayor and foreign ambassadors. An "
        "exhibition of photographs from the siege years is on show in the building's atrium. "
        "Tickets sold out within hours. Mehta, now in his late eighties, sent a recorded message "
        "that was played before the performance. The philharmonic said it would take the Requiem "
        "on tour to Zagreb and Vienna.",
        "history",
    ),
    (
        "Kendrick's half-time show steals the spotlight as Eagles rout Chiefs",
        "Kendrick Lamar's Super Bowl half-time show, watched by a record 133.5 million viewers in "
        "the US, drew as much attention as the game itself, in which the Philadelphia Eagles "
        "crushed the Kansas City Chiefs 40-22 in New Orleans. The Eagles' defence sacked Patrick "
        "Mahomes six times and returned an interception for a touchdown, ending the Chiefs' bid "
        "for a third straight title. Lamar performed on a stage shaped like a video game "
        "controller, with Samuel L Jackson as a narrator and SZA joining him. He closed with 'Not "
        "Like Us', his diss track aimed at Drake, as the crowd sang along. The NFL said it had "
        "received few complaints. 'Our defence attacked all night,' the Eagles coach said. Jalen "
        "Hurts was named most valuable player.",
        "sport",
    ),
    (
        "The Drake curse strikes again as Arsenal collapse at Villa Park",
        "Fans on social media were quick to blame the 'Drake curse' after Arsenal, whose shirt "
        "the Canadian rapper had worn in a post on Saturday morning, were beaten 3-1 at Aston "
        "Villa. Villa's striker scored twice after Arsenal's defence was repeatedly caught out on "
        "the counter-attack. Drake has been linked with a string of defeats for teams he has "
        "backed publicly, from tennis players to boxers. He also posted a bet of several hundred "
        "thousand dollars on the game. 'Somebody keep him away from the Emirates,' one supporter "
        "wrote. The result dented Arsenal's hopes of winning the title. Manager Mikel Arteta said "
        "his side had lacked sharpness in attack. Villa climbed to fourth in the table. Drake, a "
        "lifelong Arsenal fan by his own account, has not commented on the result. Bookmakers "
        "said they had taken more bets on Villa after his post than on any other league game this "
        "season.",
        "sport",
    ),
    (
        "Taylor Swift's new album breaks Spotify record on first day",
        "Taylor Swift's new album became the most-streamed album in a single day in Spotify's "
        "history on Friday, the company said, passing the record she set two years ago. The "
        "album, released at midnight, contains 12 songs and was produced with Max Martin and "
        "Shellback. Swift announced it on a podcast hosted by her fiance, the NFL player Travis "
        "Kelce. Record shops in London and New York opened early for fans queuing for vinyl "
        "copies. Critics were divided: some praised its pop hooks, while others found it "
        "lightweight after her recent folk records. Its first single is expected to enter the "
        "Billboard chart at number one next week. Swift's Eras tour, which ended in December, was "
        "the highest-grossing tour of all time. Industry analysts said first-week sales, "
        "including vinyl and CDs, could pass two million copies in the US alone. Swift said she "
        "had written most of the songs on the road.",
        "other",
    ),
    (
        "Shane MacGowan, Pogues singer and songwriter, dies at 65",
        "Shane MacGowan, the singer and songwriter of the Pogues whose 'Fairytale of New York' "
        "returns to the charts every Christmas, has died at 65, his wife said. He had been "
        "treated for viral encephalitis and was discharged from a Dublin hospital last week. Born "
        "in Kent to Irish parents, MacGowan emerged from London's punk scene and fused it with "
        "Irish folk on records such as 'Rum Sodomy and the Lash'. His songs about emigrants, "
        "drink and lost love made him one of the great lyricists of his generation. He left the "
        "Pogues in 1991 and later formed the Popes. President Michael D Higgins said he would be "
        "remembered for 'the beautiful words he put to music'. Bono, Nick Cave and Sinead "
        "O'Connor's family paid tribute. The Pogues' last tour ended in 2014. MacGowan, who used "
        "a wheelchair after breaking his pelvis in 2015, married the journalist Victoria Mary "
        "Clarke in 2018. His funeral will be held in Nenagh, County Tipperary.",
        "other",
    ),
    (
        "From a camp in Kakuma to the Glastonbury stage, a singer's long road",
        "When the South Sudanese-born singer took the stage at Glastonbury's West Holts on "
        "Saturday, she dedicated her set to 'everyone still waiting in a camp somewhere'. Now 29, "
        "she spent much of her childhood in the Kakuma refugee camp in north-west Kenya before "
        "her family was resettled in Melbourne when she was 12. She taught herself to sing from "
        "radio broadcasts and later won a place at a performing arts school. Her debut album, "
        "which mixes Dinka melodies with soul and electronic music, was shortlisted for the "
        "Australian Music Prize. 'I carry all those voices with me,' she said after the show. She "
        "now splits her time between Melbourne and London and is writing a second record. She has "
        "also set up a music programme for young people in Kakuma with a charity. The programme "
        "has given guitars and recording lessons to about 200 teenagers so far. 'Nobody there is "
        "waiting to be rescued. They are waiting for a chance,' she said.",
        "other",
    ),
]
