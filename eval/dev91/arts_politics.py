"""Politics and elections: the logistics of a national vote, poll workers' deaths, a run-off,
a registration drive, a farmers' protest, and one parliamentary vote without a figure."""

from _wrap import item

item(
    "India readies for the world's largest election",
    """
    [[About 968 million people|other;a=the Election Commission]] are registered to vote in
    India's general election, the Election Commission said on Saturday as it announced that
    polling would begin on {{April 19}} and results would be counted on {{June 4}}. Voters will
    use [[about 5.5 million electronic voting machines|other;u=other;p;a=the commission;alt=the Election Commission]]
    at [[more than 1 million polling stations|other;u=structure;p;a=the commission;alt=the Election Commission]],
    the commission said. [[About 15 million polling staff|other;p]] will be deployed, some
    trekking for {{two days}} to reach a single voter in a forest in Gujarat. The commission
    also said [[18.2 million first-time voters|other;a=The commission;alt=the Election Commission]]
    had signed up, and that [[about 21 million|other;a=The commission;alt=the Election Commission]]
    of those registered were aged {{18 to 29}}. The home ministry plans to deploy
    [[about 340,000 central armed police|combatants;p;a=The home ministry]] alongside state forces. In {{2019}},
    [[more than 8,000 candidates|other]] stood for parliament, and turnout was {{67.4%}}, the
    highest since independence. A party or alliance needs {{272}} of the {{543}} elected seats
    in the Lok Sabha to govern. Results will be declared within a day, as votes are recorded
    on the machines rather than on paper.
    """,
)

item(
    "Hundreds of Indonesian poll workers died after marathon count",
    """
    [[At least 554 election workers|killed;a=the health ministry]] died after Indonesia's
    general election, most of them from illnesses worsened by exhaustion, the health ministry
    said on Thursday, and [[more than 3,000|injured;a=the health ministry]] were treated in
    hospital. [[About 7 million poll workers|other]] staffed
    [[more than 800,000 polling stations|other;u=structure]] on {{April 17}}, counting ballots
    for president, parliament and regional assemblies by hand, often until dawn.
    [[About 192 million people|other]] were eligible to vote, and turnout was about {{81%}}.
    Poll workers were paid about {{500,000 rupiah}} ({{$35}}) for a job that could last more
    than {{24 hours}}. Parliament has asked the election commission to separate national and
    local polls in {{2024}}.
    """,
)

item(
    "Brazil counts run-off votes in hours on electronic machines",
    """
    Brazil's electoral court declared the result of the presidential run-off less than
    {{three hours}} after polls closed on Sunday, with the winner taking {{50.9%}} of valid
    votes, or {{60.3 million}}, against {{58.2 million}} for the incumbent.
    [[About 124 million people|other;a=the court;alt=Brazil's electoral court]] voted, a turnout of {{79.4%}}, the court
    said. Votes were cast on
    [[about 470,000 electronic machines|other;u=other]], in use since {{1996}}. The defence
    ministry sent [[about 30,000 troops|combatants]] to
    [[more than 500 municipalities|other;u=other]] that had asked for security. Highway
    police said they had stopped [[more than 560 buses|other;a=Highway police]] carrying
    voters, drawing complaints from the winner's campaign.
    """,
)

item(
    "Nigeria registers 93.4 million voters ahead of presidential election",
    """
    [[93.4 million Nigerians|other;a=the Independent National Electoral Commission]] have
    registered to vote in the February election, the Independent National Electoral Commission
    said on Wednesday.
    [[About 9.5 million of them|other;n=-;a=the commission;alt=the Independent National Electoral Commission]]
    signed up for the first time, and {{76%}} of new registrants are under {{35}}, the
    commission said. Voting will take place at [[176,846 polling units|other;p]], and
    [[18 candidates|other]] are running for president. About
    [[1.4 million temporary staff|other;p]] will be hired for election day.
    [[More than 6 million voter cards|other;u=other]] were still waiting to be collected a week
    before the deadline. To win outright, a candidate needs the most votes and at least
    {{25%}} of the vote in {{two-thirds}} of the states.
    """,
)

item(
    "Tractors block Brussels as farmers protest during EU summit",
    """
    [[About 1,300 tractors|other;a=police]] blocked streets around the European Parliament in
    Brussels on Thursday, {{February 1}}, as EU leaders met, police said, while
    [[thousands of farmers|other;a=police]] marched against cheap imports and green rules. Some
    protesters set fire to hay bales and tyres in Place du Luxembourg and threw eggs at the
    parliament building, and police used water cannon. [[Three people|arrested;a=police]] were
    arrested and [[two officers|injured;a=police]] were slightly hurt, police said. In France,
    [[about 15,000 police|combatants]] were deployed around Paris to stop tractor convoys from
    reaching the Rungis wholesale market. Farmers say diesel costs have risen by {{40%}} since
    {{2021}}.
    """,
)

item(
    "South African lawmakers pass minimum wage bill",
    """
    South Africa's National Assembly passed the minimum wage amendment bill on Tuesday by
    {{236 votes to 94}}, with {{two abstentions}}, comfortably above the {{201}} votes needed in
    the {{400-seat}} chamber. The governing ANC, which won {{40.2%}} of the vote in May and holds
    {{159}} seats, relied on its partners in the {{10-party}} coalition. The law raises the
    national minimum wage to {{R28.79}} an hour from {{March 1}}, an increase of {{8.5%}}. It
    now goes to the National Council of Provinces, which must approve it by {{June 30}}.
    """,
)
