"""Czechia, Slovakia, the Baltic states, Austria, Ireland and Britain: visas, protection,
housing, benefits and the people who moved on."""

from _wrap import item

item(
    "Prague issues 5,000 visas a day at Vysočany centre",
    """The regional assistance centre in Prague's Vysočany district is issuing [[about 5,000
    special visas a day|displaced;u=other;a=the Interior Ministry]] to people fleeing Ukraine, the
    Interior Ministry said on {{Tuesday}}. Czechia has granted [[more than 270,000
    visas|displaced;u=other;a=Interior Minister Vít Rakušan]] since the invasion began, Interior
    Minister Vít Rakušan told reporters, and he estimated that [[some 300,000 Ukrainians|displaced;a=Interior
    Minister Vít Rakušan]] are now in the country. Queues outside the centre on Sokolovská Street
    stretched for {{400 metres}} on {{Monday}}. The fire brigade has set up [[40 large tents|capacity;a=The fire brigade]] for [[up to 800 people|capacity;a=The fire brigade]] in the car park, it said.
    Prague city hall said [[about 1,200 volunteers|other;a=Prague city hall]] had signed up in a
    week. Police have deployed [[150 extra officers|combatants]] around the centre.""",
)

item(
    "Roma families from Ukraine sleep in Prague station",
    """[[About 200 Roma refugees|displaced;a=the Prague Red Cross]] from Zakarpattia were sleeping on
    the floor of Prague's main railway station on {{Wednesday}} night, the Prague Red Cross said,
    among them [[60 children|displaced;a=the Prague Red Cross]]. Officials say many hold
    Hungarian as well as Ukrainian passports and so do not qualify for temporary protection. The city
    opened a tent camp in Malešice with [[150 beds|capacity;a=The city]] and said it could add
    [[another 100|capacity;p;u=other;a=The city]]. The ombudsman's office said [[some 70
    families|displaced;a=The ombudsman's office]] had been turned away at the regional centre in
    {{May}}. Police removed [[12 people|arrested;a=Police]] from the station concourse for refusing
    to leave, police said. A Romani rights group said [[between 1,000 and 1,500
    people|displaced;a=A Romani rights group]] from Ukraine's Roma minority had reached Czechia.""",
)

item(
    "Czech lex Ukrajina cuts housing support",
    """Under the latest amendment to the lex Ukrajina, which comes into force on {{1 July 2023}},
    Ukrainians in Czechia lose free state housing after {{150 days}} unless they are vulnerable.
    [[About 325,000 people|displaced;a=the Interior Ministry]] extended their temporary protection
    in the spring, the Interior Ministry said, while [[roughly 17,000|displaced;a=the
    Interior Ministry]] failed to do so and lost it. The Labour Ministry said [[some 105,000
    people|aid;a=The Labour Ministry]] received the humanitarian benefit in {{March}}, down from
    [[more than 200,000|aid;a=The Labour Ministry]] a year earlier. Host households that take in
    refugees will keep a solidarity payment of up to {{CZK 9,000}} a month; the ministry counts
    [[about 38,000 such households|aid;a=the ministry;alt=The Labour Ministry]]. Non-profits say [[several
    thousand refugees|displaced;p;a=Non-profits]] may have to leave state housing, and the ministry counts
    [[about 4,700 people|displaced;a=the ministry;alt=The Labour Ministry]] in emergency shelters.
    The Chamber of Deputies passed the bill {{110-47}}.""",
)

item(
    "Slovak border post counts 600,000 crossings",
    """[[More than 600,000 people|displaced;a=the Slovak police]] have crossed from Ukraine into
    Slovakia since {{February 2022}}, the Slovak police said, [[nearly 115,000|displaced;a=the
    Slovak police]] of them through Vyšné Nemecké, the busiest post. [[Only about 120,000|displaced;a=the
    Interior Ministry]] have applied for temporary protection, the Interior Ministry said, because
    most travel on to Czechia, Germany and Austria. The government sent [[1,500
    soldiers|combatants]] and [[1,000 border police officers|combatants]] to the frontier in the
    first week. A large tent camp at the crossing once held [[up to 2,000 people|capacity]]; it was
    dismantled in {{autumn}}. At Michalovce, [[42 buses|other;a=its director]] carried refugees to the Humenné
    reception centre, which has [[1,100 beds|capacity;a=its director]], its director said.""",
)

item(
    "Fire in a Brno hostel kills two Ukrainian refugees",
    """[[Two Ukrainian refugees|killed;a=firefighters]], a mother and her {{12-year-old}} son, died
    and [[17 other people|injured;a=firefighters]] were hurt in a fire at a workers' hostel in
    Brno-Slatina overnight, firefighters said. The four-storey building housed [[about 90
    people|displaced;a=the owner]] from Ukraine, the owner told Czech Television. Firefighters rescued [[23 people|other]] from balconies with ladders. [[Five of the injured|injured;a=the
    University Hospital Brno]] were in intensive care, the University Hospital Brno said.
    [[Forty-one residents|displaced;a=the city]] were moved to a municipal gym, the city said, and
    [[all 36 rooms|housing;u=structure;a=the city]] on the top two floors were destroyed. Police detained the
    hostel's manager on suspicion of negligence.""",
)

item(
    "Trafficking ring that preyed on Ukrainian women broken up",
    """Czech and Slovak police have broken up a ring that recruited Ukrainian refugee women for
    forced prostitution, Europol said on {{Thursday}}. Officers freed [[11 women|kidnapped;a=Europol]]
    held in flats in Ostrava, Bratislava and Košice, and arrested [[eight suspects|arrested;a=Europol]],
    Europol said. [[At least 30 victims|kidnapped;a=investigators]] had passed through the flats since
    {{2022}}, investigators believe. Police believe [[as many as 20 more people|arrested;p;a=Police]] could be arrested. The suspects advertised jobs in Telegram groups with [[tens of
    thousands of members|other]]. Europol said its {{2023}} action days led to [[212 arrests|arrested;u=person;a=Europol]]
    across the EU and identified [[about 60 possible victims|kidnapped;a=Europol]] from Ukraine.""",
)

item(
    "Lithuania houses Ukrainians in former school dormitories",
    """Lithuania's Migration Department said [[about 84,000 Ukrainians|displaced;a=Lithuania's
    Migration Department]] held temporary residence permits at the start of {{2025}}, including [[some 22,000
    children|displaced;a=Lithuania's Migration Department]]. Municipalities have turned [[31 former school
    dormitories|capacity;u=structure]] into housing with [[3,700 places|capacity;u=other]]. In
    Vilnius, the city says [[about 600 people|displaced;a=the city]] still live in municipal
    accommodation. The Lithuanian Red Cross distributed [[9,800 food cards|aid;a=The Lithuanian Red
    Cross]] last winter, it said. The government expects [[another 5,000 people|displaced;p;a=The
    government]] if fighting spreads around Sumy.""",
)

item(
    "Narva crossing: Ukrainians who fled through Russia",
    """Estonia's Police and Border Guard Board said [[more than 52,000 Ukrainians|displaced;a=Estonia's
    Police and Border Guard Board]] had entered Estonia through the Narva crossing from Russia since
    {{2022}}, many of them from Mariupol and other occupied areas. [[About 9,000|displaced;a=Estonia's
    Police and Border Guard Board]] stayed in Estonia, it said. In {{April}}, Russian border guards
    held [[a group of 14 Ukrainians|arrested;n=Ukrainians]] at Ivangorod for {{two days}} before
    letting them cross, the board said. Volunteers in Narva run a small shelter with [[30 beds|capacity;a=Volunteers in Narva]]
    and drove [[about 2,300 people|displaced;a=Volunteers in Narva]] on to Tallinn last year, they
    said. Estonia deployed [[200 additional officers|combatants;a=the Interior Ministry]] to the crossing, the
    Interior Ministry said.""",
)

item(
    "Austria's basic care system strained by Ukrainians",
    """[[About 41,000 Ukrainians|aid;a=the Interior Ministry]] were receiving basic care, Austria's
    support for people without income, in {{January 2024}}, the Interior Ministry said, almost half
    of all recipients. The Austrian Integration Fund counts [[about
    78,000 Ukrainians|displaced;a=The Austrian Integration Fund]] with a blue card. Vienna alone
    houses [[roughly 7,000|displaced]] in organised quarters. The Vienna Fund for Refugees said [[some 1,100 people|displaced;a=The Vienna Fund for
    Refugees]] were waiting for a place. Caritas said it had helped [[more than
    12,000 families|aid;a=Caritas]] find private rooms and paid [[1,500 households|aid;a=Caritas]] a winter
    heating allowance. The Public Employment Service said [[about 16,000|other;a=The Public Employment
    Service]] were in work.""",
)

item(
    "Ireland moves Ukrainians into tents as Citywest fills",
    """Ireland has welcomed [[more than 100,000 people|displaced;a=the Central Statistics
    Office]] fleeing Ukraine since {{2022}}, the Central Statistics Office said, and [[about
    72,000|displaced;a=the Department of Integration]] are in state-provided accommodation, according
    to the Department of Integration. The Citywest transit hub in Dublin, with [[around 700
    beds|capacity;a=officials]], was full for a fourth night, officials said, and [[64 people|displaced;a=officials]] slept in a conference room. The Defence Forces put up [[24 tents|capacity]]
    at the Gormanston camp in Co Meath. The Offer a Home scheme has placed [[some 5,500 people|displaced]] in [[1,900 vacant homes|capacity]] pledged by the
    public. From {{March 2024}}, new arrivals get only {{90 days}} of state housing.""",
)

item(
    "Britain: Ukrainian families facing homelessness",
    """[[At least 8,100 Ukrainian households|displaced;a=the housing ministry]] in England have been
    owed homelessness support by councils since {{2022}}, according to the housing ministry,
    including [[5,300 families with children|displaced;n=families with children;u=household;a=the housing ministry]]. Under the Homes for Ukraine scheme,
    [[about 146,000 people|displaced;a=the Home Office]] have arrived with the help of British
    sponsors, the Home Office said, and [[another 61,000|displaced;a=the Home Office]] under the
    family scheme. Councils say [[thousands of sponsors|other;a=Councils]] have dropped out after the
    first {{six months}}. Sponsors receive {{£350}} a month. The Local Government Association expects
    [[up to 5,000 more households|displaced;p;a=The Local Government Association]] to need help this
    winter.""",
)

item(
    "Czech police look for missing Ukrainian teenagers",
    """In {{2024}}, police found [[between 30 and 40 children|other;a=police]] who had been
    reported missing, the police said. Czech police are also searching for [[27 Ukrainian minors|missing;a=Czech police]] who went
    missing from children's homes and foster families over the past year, police said. [[Nineteen|missing]] of them are
    boys aged {{15 to 17}}, and [[two girls|missing]] aged {{14}} have been missing since {{October}}. A hotline run by the Ministry of Labour has taken [[more than 90 calls|other;u=other;a=the
    Ministry of Labour]] about such cases, according to the Ministry of Labour. The Ombudsman said it had
    information that some had returned to Ukraine with relatives. Across the
    EU, Missing Children Europe says [[at least 460 children|missing;a=Missing Children Europe]] from
    Ukraine were reported missing in {{2022}} and {{2023}}.""",
)

item(
    "People in Need aid pipeline from Czechia",
    """The Czech aid group People in Need said it had sent [[more than 2,300 trucks|aid;a=The Czech
    aid group People in Need]] of aid to Ukraine since {{2022}} and repaired [[about 19,000
    homes|housing;a=The Czech aid group People in Need]] damaged by shelling in the Kharkiv,
    Mykolaiv and Kherson regions. It also supported [[56 collective centres|capacity]] in western
    Ukraine housing [[about 8,000 internally displaced people|displaced]]. It gave cash to [[around 310,000 people|aid;a=The Czech aid
    group People in Need]] inside Ukraine, it said. In Czechia, its counsellors advised [[some 42,000
    refugees|aid]] on housing and jobs. The group plans to fix [[a further 4,000 houses|housing;p;a=The
    group;alt=The Czech aid group People in Need]] before winter, it said. Donations fell from {{CZK
    2.1bn}} in {{2022}} to {{CZK 340m}} in {{2024}}.""",
)

item(
    "Latvia tightens rules as Ukrainian numbers hold",
    """[[About 49,000 Ukrainians|displaced;a=Latvia's Office of Citizenship and Migration
    Affairs]] hold a temporary protection status in Latvia, Latvia's Office of Citizenship and
    Migration Affairs said, including [[13,500 minors|displaced;a=Latvia's Office of Citizenship and Migration Affairs]]. The state has cut free
    accommodation to {{60 days}}. Riga city council said [[dozens of families|displaced;a=Riga city council]] had been asked to
    leave hotels. Riga's municipal crisis centre, with [[350 places|capacity;u=other]],
    is only half full. The State Employment Agency said [[about
    21,000|other;a=The State Employment Agency]] had registered for work. Latvia sent [[some 400
    soldiers|combatants]] to help at the Belarus border in {{2023}}.""",
)

item(
    "Most Czechs now say the country has taken in too many",
    """A STEM poll published on {{Monday}} found that {{54%}} of Czechs think the country has taken
    in too many refugees from Ukraine, up from {{38%}} in {{autumn 2022}}. Respondents under {{30}}
    were the most positive. The humanitarian benefit costs the state about {{CZK 500m}} a month, or
    {{0.07%}} of GDP. The survey was carried out between {{4 and 11 March 2025}}, with a margin of
    error of {{3.1}} points.""",
)

item(
    "Slovakia sets a new deadline for temporary protection",
    """Slovakia's interior minister said on {{Thursday}} that temporary protection would run until
    {{4 March 2027}} for those registered before {{31 December 2025}}. The allowance for hosts falls
    from {{€10}} to {{€6}} a night from {{1 April}}. The rules take {{30 days}} to come into force.
    The minister, {{55}}, spoke in Bratislava for about {{20 minutes}}.""",
)
