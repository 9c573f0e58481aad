"""Other news with numbers as the feeds deliver it: an election and its aftermath, job cuts, a
recall, a football final, a marathon and a police operation, with the pages' furniture (7
articles with figures, 1 without)."""

from _wrap import BLANK, FLAT, LINE, item

item(
    "ANC loses majority as final results give it 159 seats",
    """Jan Gerber {{News24}} {{2 June 2024}}

    Listen to this article {{05:12}}

    The ANC has lost its parliamentary majority for the first time since {{1994}}, winning
    [[159|other;u=other;a=the Electoral Commission of South Africa (IEC)]] of the
    [[400 seats|other;u=other;a=the Electoral Commission of South Africa (IEC)]] in the National
    Assembly, according to final results announced by the Electoral Commission of South Africa
    (IEC) on Sunday.

    The DA won [[87 seats|other;u=other]], Jacob Zuma's uMkhonto weSizwe (MK) party
    [[58|other;u=other]] and the EFF [[39|other;u=other]]. The ANC's share of the vote fell to
    {{40.18%}} from {{57.5%}} in {{2019}}.

    A party or coalition needs [[201 seats|other;p;u=other]] to elect the president, who must
    be chosen within {{14 days}} of the results.

    Turnout was {{58.64%}}, the IEC said, with [[about 16.2 million|other;a=the IEC;alt=the
    Electoral Commission of South Africa (IEC)]] of the country's
    [[27.7 million registered voters|other;a=the IEC;alt=the Electoral Commission of South
    Africa (IEC)]] casting a ballot. The commission said it had dismissed
    [[579 objections|other;u=other;a=The commission;alt=the Electoral Commission of South
    Africa (IEC)]] to the results, most of them from the MK party.

    Read more: {{10 things}} we learnt from the {{2024}} elections""",
    LINE,
)

item(
    "Intel to cut 15,000 jobs and suspend dividend as turnaround falters",
    """Published Thu, {{Aug 1 2024}}{{4:05 PM EDT}} Updated Thu, {{Aug 1 2024 6:52 PM EDT}}

    Key Points

    Intel will cut {{more than 15%}} of its workforce as it tries to rein in costs.

    Intel said Thursday it will cut [[15,000 jobs|other;p;a=Intel]] and suspend its dividend
    from the fourth quarter, as the chipmaker reported a second-quarter loss of
    {{$1.6 billion}} and forecast weak sales.

    The company had [[124,800 employees|other;a=a filing]] at the end of {{2023}}, according to
    a filing. It eliminated [[about 5,000 jobs|other]] in {{2022 and 2023}}.

    Watch now VIDEO {{2:14}} {{02:14}} Intel to cut jobs as it slashes costs

    CEO Pat Gelsinger said in a memo to staff that most of the cuts would be completed by the
    end of the year. Intel employs [[about 22,000 people|other]] in Oregon, its largest site,
    and has delayed [[two chip factories|other;u=structure]] it is building in Ohio.

    The company aims to save {{$10 billion}} in {{2025}}. Shares fell {{20%}} in extended
    trading to {{$23.24}}.""",
    LINE,
)

item(
    "Haller sends Ivory Coast fans into raptures as hosts win Afcon",
    """{{11 February 2024}}

    {{1,245 comments}}

    Ivory Coast won the Africa Cup of Nations for a third time, coming from behind to beat
    Nigeria {{2-1}} in the final in front of [[57,094 fans|other]] at the Alassane Ouattara
    Stadium in Ebimpé.

    William Troost-Ekong headed Nigeria ahead in the {{38th minute}} before Franck Kessié
    equalised in the {{62nd}} and Sébastien Haller turned in Simon Adingra's cross {{nine
    minutes}} from time.

    Police said [[about 17,000 police officers and gendarmes|combatants;n=police officers and
    gendarmes;a=Police]] had been deployed across Abidjan for the final.
    [[Tens of thousands of supporters|other]] poured onto the streets after the whistle.

    The health ministry said hospitals in Abidjan had treated
    [[38 people|injured;a=The health ministry]] for injuries suffered in the celebrations and
    that [[two people|killed;a=The health ministry]] had died. Police said they had arrested
    [[64 people|arrested;a=Police]] overnight for looting and fighting.

    The tournament drew [[more than 1.1 million spectators|other;a=organisers]] across its
    [[52 matches|other;u=other;a=organisers]], organisers said. Nigeria captain Ahmed Musa,
    {{31}}, said his side had "given everything".

    Read more: Afcon {{2023}}: Team of the tournament""",
    LINE,
)

item(
    "Interpol operation against trafficking leads to 2,500 arrests worldwide",
    """{{7 November 2024}}

    LYON, France – A global operation against human trafficking and migrant smuggling has led
    to the arrest of [[2,517 people|arrested;a=Interpol]] in
    [[116 countries|other;u=other;a=Interpol]], Interpol said on Thursday.

    Police identified [[3,222 potential victims|kidnapped;a=Interpol]] of trafficking
    during the operation, Interpol said, among them
    [[between 1,100 and 1,200 minors|kidnapped;a=Interpol]].

    Officers also intercepted [[17,795 irregular migrants|other]] and seized
    [[more than 1,000 forged documents|other;u=other]]. In one raid, police freed
    [[more than 100 people|kidnapped]] held in a scam compound, who had been forced to run
    online fraud schemes.

    The operation, the second of its kind, ran from {{29 September to 4 October}} and involved
    [[up to 6,000 officers|other;a=the organization;alt=Interpol]] at airports, border points and
    hotspots, according to the organization.

    Share

    Related news: Operation Jackal III: {{300 arrests}} targeting West African organized
    crime""",
    BLANK,
)

item(
    "Nearly 300 Indonesian poll workers dead from fatigue after mass election",
    """{{April 29, 2019}}, {{5:18 pm}}

    Jakarta. [[At least 296 polling station workers|killed;a=the General Elections Commission
    (KPU)]] have died and [[2,151|injured;a=the General Elections Commission (KPU)]] have
    fallen ill since the {{April 17}} election, mostly from fatigue-related illnesses, the
    General Elections Commission (KPU) said on Monday.

    [[More than 7 million workers|other]] staffed [[810,000 polling stations|other;u=structure]]
    across the archipelago, counting ballots by hand, often until dawn. In West Java alone,
    [[89 workers|killed;a=provincial officials]] have died, provincial officials said.

    National Police spokesman Dedi Prasetyo said [[15 police officers|killed;a=National Police
    spokesman Dedi Prasetyo]] had also died while guarding ballots.

    [[About 193 million people|other]] were registered to vote in the world's biggest
    single-day election. The KPU said each bereaved family would receive {{Rp 36 million}}
    ({{$2,500}}). The health ministry said it had sent
    [[more than 1,000 doctors|other;a=The health ministry]] to polling districts to check on
    exhausted staff.

    Read more: Jokowi leads with {{55.5%}} in quick counts""",
    FLAT,
)

item(
    "Tesla recalls more than 2 million vehicles over Autopilot safeguards",
    """WASHINGTON, {{Dec 13}} (Reuters) - Tesla is recalling
    [[more than 2 million vehicles|other;a=the National Highway Traffic Safety Administration
    (NHTSA)]] in the United States to install new safeguards in its Autopilot system, the
    National Highway Traffic Safety Administration (NHTSA) said on Wednesday.

    The recall covers [[2,031,220|other;u=other]] {{Model S, X, 3 and Y}} vehicles built since
    {{2012}}. NHTSA opened its investigation in {{August 2021}} after identifying
    [[more than a dozen crashes|other;u=other]] in which Teslas hit stationary emergency
    vehicles.

    Sign up here.

    The agency said it had reviewed [[956 crashes|other;u=other;a=The agency;alt=the National
    Highway Traffic Safety Administration (NHTSA)]] in which Autopilot was alleged to have been
    in use, and focused on [[322|other;u=other;a=The agency;alt=the National Highway Traffic
    Safety Administration (NHTSA)]] of them. Those crashes killed [[14 people|killed;a=NHTSA]]
    and injured [[49|injured;a=NHTSA]], NHTSA said.

    Tesla shares fell {{1.6%}} to {{$239.74}}. The company recalled
    [[nearly 363,000 vehicles|other]] with its Full Self-Driving software in February.

    Reporting by David Shepardson; Editing by Jamie Freed""",
    FLAT,
)

item(
    "Record 55,646 finishers make New York the biggest marathon ever",
    """Updated {{5:48 PM EST, November 3, 2024}}

    NEW YORK (AP) — A record [[55,646 runners|other;a=organizers]] crossed the finish line of
    the New York City Marathon on Sunday, making it the largest marathon ever held, organizers
    said.

    Abdi Nageeye of the Netherlands won the men's race in {{2 hours, 7 minutes, 39 seconds}},
    edging Evans Chebet by {{three seconds}}. Sheila Chepkirui of Kenya won the women's race in
    {{2:24:35}}. Nageeye, {{35}}, said it was the best day of his life.

    {{Image 7 of 12}}

    The race drew [[about 2 million spectators|other]] along the course, and
    [[10,000 to 12,000 volunteers|other]] handed out [[2.3 million cups|other;u=other]] of water
    and sports drink. The New York Police Department deployed
    [[thousands of officers|combatants]] along the route.

    Medical teams treated [[about 1,400 runners|injured;a=organizers]], and
    [[12|injured;a=organizers]] were taken to hospitals, organizers said. Runners came from
    [[more than 130 countries|other;u=other]].

    AP marathon coverage: apnews.com/hub/marathons""",
    LINE,
)

item(
    "Bank of England holds rates at 5.25% after narrow vote",
    """{{21 September 2023}}

    Share

    Save

    Faisal Islam Economics editor

    The Bank of England has held interest rates at {{5.25%}}, ending a run of rises that began
    in {{December 2021}}.

    The decision was narrow, with the Monetary Policy Committee voting {{5-4}} to hold. Markets
    had expected a rise to {{5.5%}} until figures on Wednesday showed inflation falling to
    {{6.7%}} in August, still {{more than three times}} the Bank's {{2%}} target.

    Governor Andrew Bailey said there were "increasing signs" that high rates were working, but
    warned it was "too early" to think about cuts.

    The average {{two-year}} fixed mortgage rate stood at {{6.58%}} on Thursday, according to
    Moneyfacts. The pound fell {{0.5%}} against the dollar to {{$1.2265}}.

    Related: Mortgage rates: what the pause means for {{1.6 million homeowners}}""",
    LINE,
)
