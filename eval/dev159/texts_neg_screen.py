"""dev159 hard negatives (entertainment, 1 of 2): films, documentaries, series, games and the box
office, many of them about war (eval/README.md, section 1: hard_negative_entertainment)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Ashfall review - a ferocious road movie through an America at war with itself",
        "Four stars. There is a moment about halfway through Ashfall when a sniper's bullet "
        "takes out a car windscreen on an empty Virginia highway, and the film goes silent for "
        "what feels like a full minute. It is the best thing in a picture full of good things. "
        "Set in a near future in which a breakaway alliance of states is fighting federal "
        "troops, Mira Castellanos's film follows three wire photographers driving from New York"
        " to Washington in the hope of reaching the White House before the capital falls. The "
        "battles are staged with a grim clarity, and Castellanos, a former conflict reporter "
        "herself, is unusually precise about how journalists work: the arguments over which "
        "frame to file, the bargaining with armed men at checkpoints, the guilt. Dana Whitlock "
        "is superb as the veteran whose nerve is going, and newcomer Ray Ochoa brings a "
        "reckless energy to the young stringer who wants to be her. The politics of the war are"
        " left deliberately vague, which some will find evasive. But as a study of what the "
        "camera sees and what it cannot, this is as gripping as anything released this year. "
        "Ashfall is in UK cinemas from Friday. The sound design deserves its own paragraph: the"
        " distant thud of artillery, the whine of a drone overhead, a pop song leaking absurdly"
        " from a gas station speaker. Not every scene works; a late set piece in an abandoned "
        "shopping mall tips into action-movie excess and feels borrowed from a lesser film. The"
        " final act, though, is as tense as anything I have seen in a cinema in years. "
        'Castellanos has said she wanted to make a film about "what happens to people who watch'
        ' for a living", and she has.',
        "entertainment",
    ),
    (
        "Documentary on the siege of Mariupol's maternity hospital wins Sundance jury prize",
        "Basement Light, a documentary about the doctors and mothers who sheltered in the "
        "basement of a maternity hospital during the siege of a Ukrainian city in 2022, won the"
        " grand jury prize for world cinema documentary at the Sundance Film Festival on "
        "Friday. Directed by the Ukrainian photojournalist Taras Hordiienko, who stayed in the "
        "city for 24 days after most foreign media had left, the film is built from footage "
        "shot on his phone and a borrowed camera, much of it in darkness. Its most harrowing "
        "sequences show a Caesarean section performed by torchlight as shelling shakes the "
        'walls, and the burial of a newborn in a courtyard. "I did not film to make a movie, I '
        'filmed so that someone would believe us," Hordiienko said as he accepted the award. '
        'The jury called it "an act of witness that is also a work of great tenderness". The '
        "film was picked up by a US distributor before the festival for a theatrical release "
        "this spring and is considered an early contender in the Oscars' documentary category. "
        "Hordiienko said his family still lived under occupation and that he had not been able "
        "to return. The documentary was co-produced by a Ukrainian public broadcaster and an "
        "independent company in Denmark. It runs for 96 minutes, and almost none of it was "
        "filmed in daylight. At the premiere earlier in the week, several audience members left"
        " during the most graphic sequences, and the festival provided counsellors outside the "
        "screening room. Hordiienko's previous work, a series of photographs of miners in "
        "Donbas, won a World Press Photo award in 2019.",
        "entertainment",
    ),
    (
        "Gaza medics documentary gets 18-minute ovation at Venice premiere",
        "A documentary about a team of paramedics in Gaza received an 18-minute standing "
        "ovation at its world premiere at the Venice Film Festival on Wednesday night, one of "
        "the longest in the festival's recent history. The Last Ambulance, directed by the "
        "Tunisian filmmaker Leila Ben Amor, follows five members of the Palestine Red Crescent "
        "Society through a year of the war, using footage they shot on body cameras and phones."
        " Two of them were killed during filming. Several cast and crew members wept on stage, "
        'and the audience chanted "Free Palestine" as the lights came up. Ben Amor said she had'
        " hesitated to premiere the film while the war continued, but that the medics' families"
        " had urged her to go ahead. A small group of protesters outside the Palazzo del Cinema"
        " waved Palestinian flags before the screening, and several film-makers at the festival"
        " signed an open letter criticising the invitation of two actors who had publicly "
        "supported Israel's military campaign. The film is competing for the Golden Lion, which"
        " will be announced on Saturday. Its executive producers include a number of Hollywood "
        "actors, who attended the premiere.",
        "entertainment",
    ),
    (
        "Summer blockbuster bombs at the box office as horror sequel wins the weekend battle",
        "Universal's $180 million action epic Thunder Run bombed at the North American box "
        "office this weekend, taking just $21 million in its opening three days and finishing a"
        " distant second behind the low-budget horror sequel The Hollow 2, which earned $38 "
        "million. The result is a major blow for the studio, which had positioned the film, "
        "about a team of special forces soldiers fighting their way out of a collapsing city, "
        "as the start of a new franchise. Analysts had expected an opening of $45 million to "
        "$50 million. Exit polls gave it a B-minus CinemaScore, and audiences under 25 largely "
        "stayed away. \"The war-movie audience skews older and it doesn't rush out on opening "
        'weekend," one box office analyst said. "But this is a disaster by any measure." '
        "Overseas, the film added $34 million from 60 markets, led by South Korea and the UK. "
        "The Hollow 2, made for $15 million, has now earned more than $120 million worldwide. "
        "Next weekend brings a battle of the animated sequels, with two family films opening "
        "against each other for the first time since 2019.",
        "entertainment",
    ),
    (
        "Stalker 2 finally launches after development through blackouts and air-raid sirens",
        "Stalker 2: Heart of Chornobyl, one of the most anticipated video games of the year, "
        "was released on Wednesday after years of delays, and within hours had more than "
        "100,000 players on the Steam platform. The game, a sprawling first-person shooter set "
        "in the radioactive exclusion zone around the Chornobyl nuclear power plant, was "
        "developed by the Kyiv-based studio GSC Game World, which moved most of its staff to "
        "Prague after Russia's full-scale invasion. Those who stayed in Ukraine worked through "
        "power cuts and air-raid alerts, and the studio has said that several of its developers"
        " joined the army, one of whom was killed at the front in 2022. Early reviews praised "
        "its atmosphere and its bleak, haunting landscapes, but criticised bugs and performance"
        ' problems on some consoles. "It is a broken masterpiece," one reviewer wrote. The '
        "studio said a patch would be released within days. The original Stalker, released in "
        "2007, became a cult hit in Eastern Europe. GSC said part of the proceeds would go to a"
        " charity that supports Ukrainian artists.",
        "entertainment",
    ),
    (
        "The Ceasefire Street review - a tender, unsparing drama of the Troubles",
        "Four stars. The new BBC drama The Ceasefire Street opens in west Belfast in the summer"
        " of 1994, a few weeks before the IRA announces its ceasefire, and follows one family "
        "through the weeks either side of it. Its writer, who grew up a few streets away, has a"
        " sharp ear for the way people joked to survive: a funeral tea descends into an "
        "argument about football, a teenager sneaks out to a rave in a city still full of army "
        "checkpoints. There are scenes of violence, including a punishment shooting in an "
        "alleyway that is hard to watch, but the series is more interested in what the years of"
        " conflict did to the people who lived through them. Niamh Delaney is extraordinary as "
        "the mother who has kept a secret about her brother for twenty years. Some viewers may "
        "find the pace slow, and the final episode ties things up too neatly. But this is a "
        "rare drama about the Troubles that feels like it was written from the inside. All six "
        "episodes are on iPlayer from Sunday.",
        "entertainment",
    ),
]
