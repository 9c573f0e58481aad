"""Sport and culture: a city marathon, a World Cup's crowds, a music festival, a museum's
visitors, a crush at a concert gate, and one match report without a figure."""

from _wrap import item

item(
    "Record field of 47,000 runners in Berlin Marathon",
    """
    [[More than 47,000 runners|other;a=organisers]] from
    [[156 countries|other;u=other;a=organisers]] started the Berlin Marathon on Sunday, a record
    field, organisers said, and [[about 1 million spectators|other;a=police]] lined the course,
    according to police. The men's race was won in {{2:03:17}}, and the women's winner broke the
    world record by more than {{two minutes}}, finishing in {{2:11:53}}. With temperatures
    reaching {{24C}} by the afternoon, medics treated
    [[about 130 runners|injured;a=the German Red Cross]] for exhaustion and cramps, and
    [[11|injured;a=the German Red Cross]] were taken to hospital, the German Red Cross said.
    [[About 6,000 volunteers|other]] handed out water at [[22 refreshment points|other;u=other]].
    """,
)

item(
    "Women's World Cup sells 1.7 million tickets",
    """
    The Women's World Cup in Australia and New Zealand has sold
    [[more than 1.7 million tickets|other;u=other;a=FIFA]], FIFA said on Monday, the most for
    any women's sporting event, with the final still to come. A crowd of
    [[75,784|other]] watched the semi-final in Sydney, where the home side lost {{3-1}}.
    [[Almost 2 million fans|other;a=FIFA]] have visited the fan festivals in the
    [[nine host cities|other;u=other;a=FIFA]], it said. The {{32-team}} tournament has produced {{164}} goals in {{63}} matches. Prize money was raised to {{$110 million}}, more
    than {{three times}} the total in {{2019}}.
    """,
)

item(
    "Roskilde Festival sells out as 130,000 descend on Danish town",
    """
    [[About 130,000 people|other;a=organisers]], counting ticket holders, volunteers and
    artists, are at the Roskilde Festival this week, organisers said, making the site the
    {{fourth}}-largest town in Denmark for {{eight days}}. All
    [[85,000 full-festival tickets|other;u=other]] were sold by April at {{2,750 kroner}} each.
    [[More than 180 acts|other;u=other]] are playing on [[eight stages|other;u=other]].
    [[About 30,000 volunteers|other]] run the bars, stages and campsites, and the profits go to
    charity. Last year festival-goers left behind [[about 2,000 tonnes|other;a=the organisers]] of waste,
    including [[more than 5,000 tents|other;a=the organisers]], the organisers said.
    """,
)

item(
    "Louvre caps daily visitors after record year",
    """
    The Louvre received [[8.7 million visitors|other;a=the museum;alt=The Louvre]] in {{2023}}, up {{14%}} from
    a year earlier, the museum said on Tuesday, and it will keep its limit of
    [[no more than 30,000 visitors a day|capacity;a=the museum;alt=The Louvre]] to ease crowding. About {{80%}} of visitors
    come to see the Mona Lisa, which hangs in a room built in {{2005}}.
    [[About 2,100 staff|other]] work at the museum, which shows
    [[some 35,000 works|other;u=other]] in galleries covering {{72,735 square metres}}. A ticket
    costs {{€22}}, rising to {{€32}} for visitors from outside the European Union from
    {{January 14}}, {{2026}}.
    """,
)

item(
    "Seventeen hurt in crush at Bandung concert gate",
    """
    [[Seventeen people|injured;a=police]] were injured, [[three of them|injured;n=-;a=police]]
    seriously, when fans pushed through a gate at an outdoor music festival in Bandung on
    Saturday night, police said. [[About 12,000 people|other;a=police]] had gathered at a venue
    licensed for [[no more than 8,000|capacity;a=police]], according to police. Officers detained
    [[two organisers|arrested]] for questioning. Police said tickets had been sold well beyond
    the limit. [[Some 300 officers|combatants]] had been deployed for the event, which was due to
    end at {{11pm}}. Indonesia has tightened rules on crowds since a stadium crush in {{2022}}.
    """,
)

item(
    "Late double gives Rovers first win of the season",
    """
    A {{19-year-old}} substitute scored {{twice}} in the last {{10 minutes}} to give Rovers a
    {{3-1}} win at home on Saturday, their first of the season. The visitors had led through a
    {{25-yard}} strike in the {{23rd minute}}. The win lifts Rovers to {{12th}} on {{14 points}}
    from {{11 games}}, {{nine}} points above the relegation zone.
    """,
)
