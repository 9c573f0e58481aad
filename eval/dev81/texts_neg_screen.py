"""eval/dev81 negatives: war films, series, games, books, documentaries, box office, rap beefs,
music battles and celebrity feuds.
"""

NEGATIVES = [
    (
        "Review: Garland's Civil War is a harrowing road trip through a shattered America",
        "Alex Garland's Civil War follows four journalists driving from New York to "
        "Washington as a secessionist army closes in on the capital, past snipers, mass "
        "graves and burning shopping malls. Kirsten Dunst is superb as a war photographer "
        "numbed by years of conflict. The film's battle for the White House is staged with "
        "terrifying noise. It is the studio's most expensive film to date.",
        "entertainment",
    ),
    (
        "German war epic wins four Oscars including best international film",
        "All Quiet on the Western Front, Netflix's German-language adaptation of the First "
        "World War novel, won four Academy Awards on Sunday, including best international "
        "feature and best cinematography. Its director thanked the crew who spent weeks "
        "filming in freezing trenches in Czech fields. The film shows the slaughter of a "
        "generation of young soldiers.",
        "entertainment",
    ),
    (
        "Oppenheimer passes 900 million dollars at global box office",
        "Christopher Nolan's Oppenheimer, about the physicist who led the building of the "
        "atomic bomb, has taken more than 900 million dollars worldwide, Universal said on "
        "Monday. It is now the highest-grossing biopic ever. The film's test explosion was "
        "created without computer effects.",
        "entertainment",
    ),
    (
        "Box office: Top Gun sequel blitzes Memorial Day weekend record",
        "Top Gun: Maverick took 156 million dollars in North America over the four-day "
        "Memorial Day weekend, a record for the holiday, Paramount said. Tom Cruise's return "
        "as a Navy fighter pilot on a mission to bomb a uranium plant drew audiences of all "
        "ages. The film's dogfights were shot in real F/A-18 jets.",
        "entertainment",
    ),
    (
        "A24's Warfare puts audiences inside a firefight in Ramadi",
        "Warfare, co-directed by a former Navy SEAL, recreates in real time an ambush on a US "
        "platoon holed up in a house in Ramadi in 2006. Critics called its 95 minutes of "
        "gunfire and screaming some of the most intense combat ever put on screen. The film "
        "opened in third place at the North American box office.",
        "entertainment",
    ),
    (
        "Masters of the Air premieres with bomber crews over Germany",
        "Apple TV+'s Masters of the Air, about the American bomber crews who flew raids over "
        "Nazi Germany, premiered on Friday with two episodes. The nine-part series comes from "
        "the producers of Band of Brothers. Reviewers praised the air battle sequences but "
        "found the characters thin.",
        "entertainment",
    ),
    (
        "Call of Duty tops US game sales chart again",
        "The latest Call of Duty was the best-selling video game in the United States last "
        "year for the 15th time in 16 years, market researcher Circana said. The military "
        "shooter's multiplayer mode, in which players snipe and call in air strikes, drew a "
        "record number of players in its first week. Sports games filled three of the other "
        "top ten places. The next instalment is set during the Gulf War.",
        "entertainment",
    ),
    (
        "Battlefield beta crashes servers as millions storm in",
        "Electronic Arts' servers buckled on Friday as more than half a million players tried "
        "to join the open beta of the new Battlefield at the same time, the company said. "
        "Players waited for hours to fight over a destroyed Cairo and a tank battle map in "
        "Brooklyn. EA said it had added extra capacity.",
        "entertainment",
    ),
    (
        "Helldivers sequel sells 12 million copies in three months",
        "Helldivers 2, a co-operative shooter in which players drop onto alien planets to "
        "fight bugs and robots for a parody of a militaristic government, has sold 12 million "
        "copies in 12 weeks, Sony said. Its galactic war is run by a game master who changes "
        "the front lines every day. The studio plans new enemies this summer.",
        "entertainment",
    ),
    (
        "War novel set in Sarajevo siege wins Booker Prize",
        "A novel about a cellist who plays in the ruins of Sarajevo during the siege of the "
        "1990s won the Booker Prize on Tuesday. The judges praised its portrait of a city "
        "under sniper fire. The author said she had spent six years interviewing survivors.",
        "entertainment",
    ),
    (
        "Documentary on Mariupol wins Oscar",
        "A documentary filmed by Associated Press journalists during the first weeks of the "
        "Russian siege of Mariupol won the Academy Award for best documentary feature on "
        "Sunday. Its director said he wished he had never had to make the film. The "
        "documentary has been shown in more than 40 countries.",
        "entertainment",
    ),
    (
        "Drake and Kendrick Lamar rap beef escalates with new diss track",
        "The rap beef between Drake and Kendrick Lamar escalated on Friday when Lamar "
        "released his third diss track in a week, a song full of attacks on the Canadian "
        "rapper's character. Drake fired back within hours. Streaming services said the "
        "tracks had broken first-day records.",
        "entertainment",
    ),
    (
        "Verzuz battle draws two million viewers",
        "A Verzuz battle between two R&B singers drew more than two million viewers on "
        "Instagram Live on Saturday night, the organisers said. The singers played their hits "
        "in alternating rounds for almost three hours. Fans said the singers killed it.",
        "entertainment",
    ),
    (
        "Pop star fires back at rival in feud over awards snub",
        "A pop star fired back at a former collaborator on Monday, accusing her of launching "
        "a smear campaign after she was left out of the nominations for the Grammy Awards. "
        "The feud has played out on social media for weeks. Both singers' labels declined to "
        "comment.",
        "entertainment",
    ),
    (
        "Eurovision favourite with war anthem storms the bookmakers' charts",
        "Ukraine's entry, a folk-rap song dedicated to the singer's mother, stormed to the "
        "top of the bookmakers' odds ahead of Saturday's Eurovision Song Contest final in "
        "Turin. The band were given special permission to leave the country for the contest. "
        "Other contestants wore blue and yellow in solidarity.",
        "entertainment",
    ),
    (
        "Streaming hit about Afghan evacuation tops Netflix charts",
        "A drama series about interpreters trying to get their families out of Kabul in "
        "August 2021 topped Netflix's global chart in its first week, the company said. Its "
        "creator, a former interpreter, said the story was drawn from his own escape. A "
        "second season has been ordered.",
        "entertainment",
    ),
    (
        "Spielberg's Saving Private Ryan returns to cinemas for anniversary",
        "Saving Private Ryan returned to cinemas on Friday in a new 4K print for its 25th "
        "anniversary. The film's 25-minute opening landing on Omaha Beach is still regarded "
        "as one of the most realistic battle scenes ever filmed. Veterans' charities will "
        "receive part of the ticket sales.",
        "entertainment",
    ),
    (
        "Korean war drama's ratings soar as finale nears",
        "A South Korean drama about a family split by the Korean War drew record ratings for "
        "its network this week, with 18% of viewers watching Sunday's episode. The series "
        "moves between the siege of a city in 1950 and a Seoul department store today. The "
        "finale airs next week.",
        "entertainment",
    ),
    (
        "Video game about Ukrainian soldier's war tops Steam charts",
        "A game by a Kyiv studio in which players guide a drone operator's unit through a "
        "winter campaign reached the top of Steam's charts in its first weekend. The studio's "
        "staff worked through power cuts to finish it. Part of the sales will go to veterans' "
        "rehabilitation.",
        "entertainment",
    ),
    (
        "Podcast about Bataclan survivors wins audio award",
        "A French podcast in which survivors of the 2015 attack on the Bataclan concert hall "
        "describe their recovery won the top prize at an audio festival in Paris on "
        "Wednesday. The producers interviewed 30 survivors and their families. The series has "
        "been downloaded more than four million times.",
        "entertainment",
    ),
    (
        "Memoir of a child soldier becomes Broadway musical",
        "A Broadway musical based on a memoir by a former child soldier from Sierra Leone "
        "opened to strong reviews on Thursday. The show uses drumming and dance to tell the "
        "story of his rescue and new life in New York. The author attended the opening night.",
        "entertainment",
    ),
    (
        "Marvel's latest blockbuster opens to 120 million in North America",
        "Marvel's new superhero film, in which an army of aliens invades New York, opened to "
        "120 million dollars in North America over the weekend, Disney said. Critics were "
        "divided over its long final battle. The film has taken 290 million worldwide.",
        "entertainment",
    ),
    (
        "Netflix orders series about Manchester Arena rescue",
        "Netflix has ordered a drama series about the emergency workers who responded to the "
        "2017 Manchester Arena terror attack, the streamer said on Tuesday. The makers said "
        "they had worked with families of the victims. Filming begins in Manchester next "
        "spring.",
        "entertainment",
    ),
    (
        "Exhibition of war photographers' work opens at London gallery",
        "An exhibition of 150 photographs by war photographers, from Vietnam to Syria, opened "
        "at a London gallery on Friday. The show includes pictures from the siege of Sarajevo "
        "and the battle for Mosul. Several of the photographers were killed in the conflicts "
        "they covered.",
        "entertainment",
    ),
]
