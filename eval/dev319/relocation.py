"""Bhasan Char, resettlement, repatriation plans, new arrivals and pushbacks at the border
(17 texts, 2 of them without a figure)."""

from _wrap import item

item(
    "First Rohingya refugees shipped to remote Bangladesh island",
    """Bangladesh moved [[1,642 Rohingya refugees|displaced;a=officials]] from the camps of Cox's
    Bazar to the island of Bhasan Char in the Bay of Bengal on Friday, officials said, despite
    objections from rights groups. The refugees left Chattogram aboard [[seven navy
    ships|other;u=other]] for the {{three-hour}} crossing. The government says the island, which
    rose from the sea only about {{20 years}} ago, was built to house [[100,000
    people|capacity;a=The government]] in [[120 cluster villages|capacity;a=The government]], each
    with [[12 houses|capacity;a=The government]] and a cyclone shelter. Foreign Minister AK Abdul
    Momen said [[all 1,642|displaced;v=1642;a=Foreign Minister AK Abdul Momen]] had gone
    voluntarily. But Amnesty International said it had spoken to [[at least 12
    families|other;a=Amnesty International]] who said their names had been put on the lists
    without their consent. Officials said [[another 1,000 refugees|displaced;p;a=Officials]] would
    follow within weeks.""",
)

item(
    "Bangladesh sends new batch to Bhasan Char, pushing island population past 30,000",
    """[[About 2,200 more Rohingya|displaced;a=the navy]] arrived on Bhasan Char aboard [[five navy
    vessels|other;u=other;a=the navy]] on Tuesday, the navy said, the {{17th}} group to be moved
    since {{December 2020}}. That brings the number
    living on the island to [[some 31,700 refugees|displaced;a=the Refugee Relief and
    Repatriation Commissioner's office]], according to the Refugee Relief and Repatriation
    Commissioner's office. The government still plans to move [[the remaining 68,000|displaced;n=-;p;a=The
    government]] needed to fill the island's capacity, it said. Refugees who went earlier say
    there are few jobs, and [[only 8,000 or so|other;q=approx;n=-;a=Refugees who went earlier]] have found work in
    fishing, tailoring or farming. The UN has signed an agreement to run aid on the island and
    says [[roughly 22 agencies|other;u=other;a=The UN]] now operate there.""",
)

item(
    "Eleven drown as Rohingya flee Bhasan Char in overloaded boat",
    """[[At least 11 people|killed;a=police]], [[five of them|killed;a=police;n=-]] children, drowned
    when a wooden boat carrying Rohingya refugees who were fleeing Bhasan Char capsized in the
    estuary of the Meghna river overnight, police said. Fishermen pulled [[14 people|other;a=coast guard officials]] alive
    from the water, and [[27 others|missing;a=coast guard officials]] were still missing on
    Sunday, coast guard officials said. The boat was carrying [[about 50 refugees|displaced]] who
    had each paid a broker {{Tk 20,000}} to reach the mainland. Police arrested [[two
    brokers|arrested;a=Police]] in Noakhali, they said. Human Rights Watch says [[hundreds of
    refugees|displaced;a=Human Rights Watch]] have tried to leave the island since {{2021}}.""",
)

item(
    "Bangladesh evacuates Rohingya on Bhasan Char as cyclone nears",
    """Authorities on Bhasan Char moved [[more than 23,000 refugees|displaced;a=the Refugee Relief and Repatriation
    Commissioner]] into cyclone shelters on Saturday as Cyclone Mocha approached, the Refugee Relief and Repatriation
    Commissioner said. The island has [[120 cyclone shelters|capacity;a=the Refugee Relief and Repatriation
    Commissioner]] able to hold [[up to
    1,000 people|capacity;a=the Refugee Relief and Repatriation
    Commissioner]] each, he said. In the Cox's Bazar camps, where there are no
    concrete shelters, [[some 3,000 volunteers|other;a=UNHCR]] were going tent to tent with
    warnings, UNHCR said. The storm made landfall north of Sittwe with winds of {{210 km/h}}.
    [[Around 1,300 shelters|housing;a=the Inter Sector Coordination Group]] in the Cox's Bazar
    camps were damaged, the Inter Sector Coordination Group said the next day, and
    [[2,500 refugees|displaced;a=the Inter Sector Coordination Group]] stayed in communal
    shelters for {{two nights}}.""",
)

item(
    "US resettlement of Rohingya stalls after refugee admissions frozen",
    """[[Nearly 8,000 Rohingya|displaced;a=UNHCR]] left Bangladesh for the United States in
    {{2023}} and {{2024}} under a resettlement programme restarted in {{2022}}, according to
    UNHCR figures. Another [[1,800 refugees|displaced;a=resettlement officials]] who had been
    cleared to travel are now stranded in the camps after Washington froze refugee admissions in
    {{January}}, resettlement officials said. Among them are [[more than 600
    families|displaced]] who had sold their belongings. Before the
    freeze, [[300 to 400 refugees a month|displaced;a=the officials;alt=resettlement officials]]
    had been flying out of Dhaka, the officials said. UNHCR said it
    had referred [[about 15,000 Rohingya|other;a=UNHCR]] to resettlement countries since the
    programme began. Canada, Australia and Ireland took [[several hundred|displaced]]
    between them last year.""",
)

item(
    "Canada welcomes Rohingya families from Cox's Bazar",
    """Canada resettled [[44 Rohingya families|displaced;a=Immigration, Refugees and Citizenship
    Canada]], or [[212 people|displaced;a=Immigration, Refugees and Citizenship Canada]], from the
    Cox's Bazar camps in the {{12 months}} to {{March}}, Immigration, Refugees and Citizenship
    Canada said. The department expects to take in [[up to 1,500
    Rohingya|displaced;p;a=The department;alt=Immigration, Refugees and Citizenship Canada]] by
    {{2026}}, most of them sponsored by private groups. In Kitchener, Ontario, which is already
    home to [[about 900 Rohingya|civilians]], a mosque committee has found flats for the [[nine
    families|displaced]] who arrived in {{May}}. "My children will go to school here," said Nur
    Kalima, {{34}}, who spent {{seven years}} in {{Camp 4}}. Australia, meanwhile, said it would
    resettle [[250 Rohingya|displaced;p;a=Australia]] from Bangladesh over the next {{two
    years}}.""",
)

item(
    "Myanmar says it has verified 1,140 Rohingya for pilot return",
    """Myanmar's military government said it had verified [[1,140 Rohingya|returned;p;a=Myanmar's
    military government]] in Bangladesh as eligible to go back to Rakhine under a pilot
    repatriation scheme, and that the first [[3,000|returned;n=-;p;a=Myanmar's military government]] could return before the
    monsoon. A delegation of [[20 refugees|other]] and [[seven Bangladeshi officials|other]] visited
    Maungdaw on Friday to see [[15 model villages|capacity]] built for returnees. The junta says
    each village can house [[up to 1,000 returnees|capacity;a=The junta]] and that
    [[two reception centres|capacity;a=The junta]] in Taungpyo Letwe and Nga Khu Ya are ready.
    Refugees who made the trip said they had seen no sign of their old homes. Rights groups said
    the plan ignored the fact that [[some 600,000 Rohingya|civilians;a=Rights groups]] still in
    Rakhine lack citizenship and freedom of movement.""",
)

item(
    "No Rohingya turn up for first repatriation, buses leave empty",
    """Bangladesh's attempt to start sending Rohingya refugees back to Myanmar failed on Thursday
    when not one of the [[2,260 refugees|returned;p;a=Bangladeshi officials]] cleared for the
    first round agreed to go, Bangladeshi officials said. [[Five buses|other;u=other]] and
    [[10 trucks|other]] waited all day at the Unchiprang camp. Instead, [[several hundred
    refugees|other]] staged a protest, chanting that they would not go back without citizenship.
    UNHCR, which interviewed [[295 families|other;a=UNHCR]] on the list, said none had wanted to
    return. Myanmar had said its reception centres could process [[150 people a
    day|capacity;a=Myanmar]]. Many of those on the list went into hiding, and a refugee leader
    said [[at least 50 families|displaced;a=a refugee leader]] had fled to other camps to avoid
    being found.""",
)

item(
    "Rohingya keep crossing into Bangladesh despite closed border",
    """[[About 64,000 Rohingya|displaced;a=Bangladesh's foreign ministry]] have entered Bangladesh
    since fighting between the Arakan Army and Myanmar's military spread across northern Rakhine
    in late {{2023}}, Bangladesh's foreign ministry said on Monday. Officials in Teknaf said
    [[another 8,000|displaced;n=-;a=Officials in Teknaf]] were waiting on the Myanmar side of the
    Naf river to cross. The Border Guard Bangladesh said it had pushed back [[1,239
    Rohingya|returned;a=The Border Guard Bangladesh]] in {{three months}} and detained [[56
    brokers|arrested;a=The Border Guard Bangladesh]] who were taking money to ferry people across.
    Only [[about 40,000 of the new arrivals|aid;a=the WFP]] have been registered and receive
    rations, the WFP said. Most new arrivals are living with relatives in existing camps; UNHCR says [[more than 10,000
    households|displaced;a=UNHCR]] are sharing shelters built for one family. "We are not in a
    position to take anyone else," the foreign adviser said.""",
)

item(
    "Myanmar border guards flee into Bangladesh as Arakan Army advances",
    """[[More than 330 Myanmar border guards and soldiers|combatants;n=border guards and
    soldiers;a=the Border Guard Bangladesh]] crossed into Bangladesh over {{five days}} to escape
    Arakan Army attacks on their outposts near Tumbru, the Border Guard Bangladesh said on
    Thursday. They were disarmed and sheltered at [[two schools|capacity]] in Ghumdhum. Mortar shells
    fired from across the border killed [[two people|killed;a=police]] in Ghumdhum, a Bangladeshi
    woman and a Rohingya man, police said, and [[four others|injured;a=police]] were wounded.
    Officials said [[about 240 Bangladeshi families|displaced;a=Officials]] living near the
    border had moved to relatives further inland. The men were flown home from Cox's Bazar on
    a Myanmar navy ship a week later; Dhaka said it had sent back [[330|returned;n=-;a=Dhaka]] in
    all. The Arakan Army said it had captured [[four border posts|other;u=structure;a=The Arakan
    Army]] in the area.""",
)

item(
    "Coast guard turns back boats of Rohingya at Shah Porir Dwip",
    """Bangladesh's coast guard said on Wednesday it had turned back [[16 boats|other;a=Bangladesh's
    coast guard]] carrying [[nearly 700 Rohingya|returned;a=Bangladesh's coast guard]] who were
    trying to land at Shah Porir Dwip and Teknaf over {{48 hours}}. One of the boats capsized on
    its way back to the Myanmar shore and [[at least nine people|killed;a=refugees in Teknaf]]
    drowned, refugees in Teknaf said, citing relatives. The coast guard said it had also detained
    [[13 Bangladeshi boatmen|arrested;a=The coast guard]] on the Naf. Rights groups say [[as many
    as 5,000 people|civilians;a=Rights groups]] are trapped on beaches near Maungdaw, between the
    fighting and the river. A coast guard officer said [[30 patrol vessels|other;u=other;a=A
    coast guard officer]] were now on the river, up from [[12|other;n=-;u=other;a=A coast guard officer]] last
    year.""",
)

item(
    "India deports Rohingya detained in Jammu, rights groups say",
    """Indian authorities have deported [[at least 40 Rohingya|returned;a=rights groups]] held in
    a detention centre in Jammu, rights groups said, the latest in a string of removals since
    police rounded up [[168 Rohingya|arrested;a=police]] in the city in {{March 2021}}. Lawyers
    for the refugees said [[about 270|arrested;n=-;a=Lawyers for the refugees]] remain in the
    Hiranagar holding centre, including [[dozens of women and children|arrested;n=women and
    children;a=Lawyers for the refugees]]. UNHCR estimates that [[some 40,000 Rohingya|displaced;a=UNHCR]] live in India,
    about half of them registered with the agency. In Delhi, police detained [[another 43
    people|arrested;a=police]] last month and, according to their relatives, put them on a flight
    to Port Blair. India's Supreme Court has refused to halt the deportations.""",
)

item(
    "Guterres breaks Ramadan fast with 100,000 Rohingya in Cox's Bazar",
    """United Nations Secretary-General Antonio Guterres shared an iftar meal with [[about 100,000
    Rohingya refugees|other;a=organisers]] in the Kutupalong camp on Friday, the largest gathering of its kind
    in the camps, organisers said. Guterres warned that food aid for [[more than 1 million
    people|aid;p;a=Guterres]] could be cut by half in {{April}} unless donors stepped in. "These are
    people who have lost everything," he said. The chief adviser of Bangladesh's interim
    government, Muhammad Yunus, said Bangladesh had spent {{$2 billion}} hosting the refugees and
    could not take more. Organisers said [[some 2,000 volunteers|other;a=Organisers]] had served
    the meals, and [[4,500 police and soldiers|combatants;n=police and soldiers;a=Organisers]] were deployed for
    security. Yunus said he hoped the refugees could celebrate next year's Eid in their homes in
    Rakhine. Bangladesh says it now hosts [[nearly 1.2 million Rohingya|displaced;a=Bangladesh]],
    including [[some 150,000|displaced;n=-;a=Bangladesh]] who have arrived since {{2023}}.""",
)

item(
    "Refugees on Bhasan Char describe jobs, fears, and a long way home",
    """{{Four years}} after the first boats arrived, Bhasan Char is home to [[about 36,000
    Rohingya|displaced;a=officials]], officials say, fewer than half the number it was built for.
    The navy, which built the settlement, says [[1,440 houses|capacity;a=The navy]] are finished,
    enough for [[more than 80,000 people|capacity;a=The navy]]. Aid groups run [[nine learning
    centres|other]] and a hospital on the island. Fishing and tailoring cooperatives employ [[about
    1,200 refugees|other]]. Last year [[500 families|aid;a=the WFP]] received ducks and goats
    under a livelihoods scheme, the WFP said. Refugees told Reuters that [[at least 30
    men|arrested;a=Refugees]] had been detained since {{January}} for trying to leave by boat.
    "The houses are good, but it is a prison," said Mohammad Yunus, {{27}}, who is no relation of
    the country's leader.""",
)

item(
    "Fire and gunfire empty zero-line camp; Rohingya flee into Bangladesh",
    """A camp of Rohingya stranded on the strip of land between Myanmar's border fence and the
    Bangladesh frontier near Tumbru was burned on Wednesday after a gunfight between two Rohingya
    armed groups, sending [[about 4,000 people|displaced;a=Bangladeshi officials]] into
    Bangladesh, Bangladeshi officials said. [[One refugee|killed;a=police]] was shot dead and
    [[two others|injured;a=police]] were wounded, police said. The camp had housed [[some 4,300
    people|displaced;a=UNHCR]], according to UNHCR, most of whom had lived there since {{2017}}
    rather than move to the camps in Cox's Bazar. Officials said [[more than 600
    shelters|housing;a=Officials]] were destroyed. Bangladesh moved the new arrivals to a school in Ghumdhum, and said [[around 180 of
    them|arrested;n=-;p;a=Bangladesh]] would be held for questioning over links to the armed groups.""",
)
item(
    "Bhasan Char: what the island cost and how it was built",
    """Bangladesh spent about {{$350 million}} building the Rohingya settlement on Bhasan Char, an
    island of some {{40 square kilometres}} that first appeared in the Meghna estuary in
    {{2006}}. The navy raised a flood embankment {{3 metres}} high, later extended to {{9
    metres}}, around the housing area. Engineers say the houses stand {{1.2 metres}} above the
    ground on concrete blocks, and the island lies about {{60 km}} from the mainland port of
    Chattogram, a journey of {{three hours}} by ship. Work began in {{2017}} and the first phase
    was finished in {{2019}}, {{two years}} behind schedule. Critics note that cyclones in
    {{1970}} and {{1991}} sent storm surges of more than {{6 metres}} across the coast.""",
)

item(
    "Hearings in Gambia's genocide case against Myanmar set for January",
    """The International Court of Justice will hear the merits of The Gambia's case accusing
    Myanmar of genocide against the Rohingya from {{January 12, 2026}}, the court said, more than
    {{six years}} after the case was filed in {{November 2019}}. In {{January 2020}} the court
    ordered Myanmar to take provisional measures to protect the Rohingya and report back every
    {{six months}}. Myanmar's objections were rejected in {{July 2022}}. The hearings are expected
    to last {{three weeks}}. A ruling is not expected before {{2027}}. The Gambia's lawyers have
    argued that the violence of {{2016}} and {{2017}} meets the definition in Article {{II}} of the
    {{1948}} Genocide Convention.""",
)
