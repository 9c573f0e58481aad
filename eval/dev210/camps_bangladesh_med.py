"""dev210 items: the Rohingya camps of Cox's Bazar and Bhasan Char, the Greek island camps and
Libya's detention centres and flood shelters (16 items, 2 of them without a figure)."""

from _wrap import item

item(
    "Fire guts Rohingya shelters in Cox's Bazar camp",
    """A fire swept through a Rohingya refugee camp in southern Bangladesh on Sunday afternoon,
    destroying [[about 2,000 shelters|housing;a=officials]] and leaving [[some 12,000
    people|displaced;a=officials]] without a roof, officials said. The blaze broke out at around
    {{2:45pm}} in {{Camp 11}} of the Balukhali settlement and raced through bamboo and tarpaulin
    homes, Mohammed Rafiqul Haque, a fire service official in Ukhiya, told AFP. He said [[35
    learning centres|housing;a=Mohammed Rafiqul Haque]] and [[more than 90
    latrines|other;a=Mohammed Rafiqul Haque]] had also burned. No deaths were reported, but [[at
    least 20 people|injured]] were treated for burns and smoke inhalation at clinics run by MSF
    and the Bangladesh Red Crescent. UNHCR said it was handing out bamboo, rope and tarpaulins to
    [[1,800 families|aid;a=UNHCR]] and expected to reach [[another 1,500|aid;a=UNHCR;p;u=household]]
    by the end of the week. It was the {{third}} large fire in the camps since January, and the
    agency said [[close to 1m Rohingya|displaced;a=the agency;alt=UNHCR]] were still living in
    shelters that were only ever meant to last a few months.""",
)

item(
    "Monsoon landslides kill six in Rohingya camps",
    """Heavy monsoon rain has set off landslides and flash floods across the Rohingya camps in
    Cox's Bazar, killing [[six refugees|killed;a=Bangladeshi officials]], among them [[three
    children|killed;a=Bangladeshi officials]], Bangladeshi officials said on Tuesday. More than
    {{300 millimetres}} of rain fell in {{24 hours}}, the heaviest downpour in the district since
    {{2015}}. The IOM said [[more than 2,500 shelters|housing;a=The IOM]] had been damaged or
    destroyed and [[about 21,000 refugees|civilians;a=The IOM]] affected, while [[about
    5,000|displaced;a=The IOM]] had moved in with relatives or into communal facilities.
    Volunteers were still digging for [[two people|missing]] believed buried when a hillside
    collapsed onto a row of shelters in {{Camp 9}}. Camp-in-charge officials said [[14 water
    points|other;u=other;a=Camp-in-charge officials]] and [[dozens of
    latrines|other;a=Camp-in-charge officials]] had been washed away, raising fears of diarrhoeal
    disease. The camps are spread over about {{26 square kilometres}} of hills that were stripped
    of trees after the {{2017}} influx.""",
)

item(
    "Bangladesh ferries another group of Rohingya to Bhasan Char",
    """Bangladesh's navy ferried [[another 1,230 Rohingya|displaced;a=the Refugee Relief and
    Repatriation Commissioner's office]] from Chattogram to the silt island of Bhasan Char on
    Thursday, bringing the number relocated there since {{December 2020}} to [[more than
    30,000|displaced;a=the Refugee Relief and Repatriation Commissioner's office]], the Refugee
    Relief and Repatriation Commissioner's office said. The government says the island, about
    {{60 km}} from the mainland, was built to house [[100,000 people|capacity;a=The
    government]] in [[120 cluster villages|capacity;a=The government]] of concrete blocks.
    Officials said [[a further 5,000|displaced;a=Officials;p]] would be moved before the
    monsoon. Rights groups say some refugees were pressured to go, and the local police said
    last month they had detained [[43 people|arrested;a=the local police]] caught trying to
    leave the island by boat. The UN's World Food Programme, which began working on the island
    in {{2021}}, said it was feeding [[about 32,000 people|aid;a=The UN's World Food
    Programme]] there.""",
)

item(
    "Rohingya fleeing Rakhine fighting strain Cox's Bazar camps",
    """Fighting between the Arakan Army and Myanmar's military has pushed [[some 150,000
    Rohingya|displaced;a=UNHCR]] into Bangladesh over the past {{18 months}}, UNHCR said on
    Friday, the largest influx since {{2017}}. Many crossed the Naf river at night after paying
    brokers and squeezed into relatives' shelters. Camp officials in Ukhiya told Reuters that
    between [[150 and 200 new arrivals a day|displaced;a=Camp officials in Ukhiya]] were still
    turning up at the transit points. Only [[about 70,000|displaced;a=the agency;alt=UNHCR]] of
    the newcomers have been biometrically registered, the agency said, leaving [[tens of
    thousands of people|civilians;a=the agency;alt=UNHCR]] without food vouchers. WFP, which
    cut the voucher to {{$8}} a person a month in {{2023}} before restoring it to {{$12}}, said it
    would need {{$81 million}} to feed [[1 million refugees|aid;a=WFP;p]] through December. Health
    partners reported [[more than 40,000 cases|other;a=Health partners]] of scabies in the first
    {{half of the year}}.""",
)

item(
    "Rohingya children back in class as Myanmar curriculum spreads",
    """UNICEF said on Monday that [[about 300,000 Rohingya children|aid;a=UNICEF]] were enrolled
    in [[3,400 learning centres|other;a=UNICEF]] across the Cox's Bazar camps, but that [[some
    30,000 adolescents|civilians;a=UNICEF]] had no access to any education. The programme
    teaches the Myanmar curriculum up to {{grade 9}} in Burmese and English and employs [[roughly
    6,800 teachers|other]], [[3,300 of them|other;n=-]] Rohingya volunteers. Funding cuts forced
    the closure of [[about 1,100 learning centres|other]] in {{2025}}, Farzana Sultana, a UNICEF
    education officer, told the Dhaka Tribune. She said [[more than 200|other;a=Farzana
    Sultana;u=structure]] had since reopened with money from Qatar. "A child who has been out of
    school for {{two years}} is very hard to bring back," she said.""",
)

item(
    "Pilot return of Rohingya to Myanmar put on hold again",
    """Bangladesh and Myanmar have postponed a pilot scheme under which [[about 1,100 Rohingya
    refugees|returned;p;a=a Bangladeshi official]] were to go back to Rakhine state before the
    monsoon, a Bangladeshi official said on Thursday. Under the plan, returnees would first have
    passed through [[two reception centres|capacity;p]] and a transit camp before moving to [[15
    new villages|capacity;p]] built near Maungdaw. A Myanmar delegation that visited the camps in
    March interviewed [[480 refugees|other]] to verify their residence. Rights groups said
    conditions for a safe return were not in place. No Rohingya has gone back under the bilateral
    deal signed in {{November 2017}}, though Bangladeshi officials estimate [[a few
    thousand|returned;a=Bangladeshi officials]] have returned on their own. [[Nearly
    750,000|displaced]] fled across the border after the military's crackdown of {{August
    2017}}.""",
)

item(
    "Moria fire leaves thousands on Lesbos without shelter",
    """Fires tore through the Moria migrant camp on the Greek island of Lesbos overnight, leaving
    [[more than 12,000 asylum-seekers|displaced;a=Greek authorities]] without shelter, Greek
    authorities said on Wednesday. The camp had been built for [[about 2,800 people|capacity]].
    [[406 unaccompanied children|displaced]] were flown to the mainland the next day. The citizen
    protection ministry said it had sent [[an extra 70 riot police
    officers|combatants;a=The citizen protection ministry]] to the island as residents blocked
    roads to stop a new camp being built. Police later arrested [[six Afghan
    asylum-seekers|arrested]] on suspicion of arson; [[two|arrested]] of them were minors. UNHCR
    said it was putting up [[several hundred family tents|capacity;a=UNHCR]] at a former firing
    range at Kara Tepe, which the government said would hold [[5,000 people|capacity;p;a=the
    government]] by the weekend.""",
)

item(
    "Samos camp holds more than twice its capacity after summer arrivals",
    """The EU-funded camp on the Greek island of Samos, opened in {{2021}} with space for [[2,040
    people|capacity]], held [[more than 4,700|displaced;a=the Greek migration ministry]] on
    Monday, the Greek migration ministry said. [[Hundreds of people|displaced]] were sleeping on
    cardboard in the corridors between the containers. Doctors Without Borders said its clinic
    at the gate was seeing [[about 80 patients a day|other;a=Doctors Without Borders]], many of
    them with skin infections. Police moved [[about 1,000 asylum-seekers|displaced]] to camps on
    the mainland last week, but the coast guard said [[more than 2,300 people|displaced;a=the
    coast guard]] had landed on the island in August alone. The site lies about {{7 km}} from the
    port of Vathy.""",
)

item(
    "Tripoli raids leave thousands of migrants in crowded detention centres",
    """Security forces in Tripoli rounded up [[more than 5,000 migrants and
    asylum-seekers|arrested;n=migrants and asylum-seekers;a=UN agencies]] in raids on the
    Gargaresh district last week, UN agencies said, among them [[hundreds of women and
    children|arrested;n=women and children;a=UN agencies]]. The IOM said [[one young
    man|killed;a=The IOM]] was shot dead and [[at least 15|injured;a=The IOM]] were wounded during
    the raids. The Al-Mabani detention centre, built to hold [[about 1,000
    detainees|capacity;a=Médecins Sans Frontières]], was holding [[more than 4,000|arrested;a=Médecins
    Sans Frontières]], Médecins Sans Frontières said. MSF said its teams had treated [[more than
    200 people|injured;a=MSF]] for fractures and beatings inside the centre since the start of
    {{October}}. Libya is not a party to the {{1951}} Refugee Convention.""",
)

item(
    "Derna flood survivors shelter in schools as displacement climbs",
    """The IOM said on Tuesday that [[more than 43,000 people|displaced;a=The IOM]] had been
    displaced by the floods in north-east Libya, most of them from Derna. [[Some 900
    families|displaced;a=the Libyan Red Crescent]] were sheltering in [[24 schools|capacity;a=the
    Libyan Red Crescent]] in Derna and Al-Bayda, the Libyan Red Crescent said, and classes would
    not resume for at least {{a month}}. Authorities in eastern Libya put the death toll at [[4,100|killed;a=Authorities
    in eastern Libya]], with [[about 10,000 people|missing;a=Authorities in eastern Libya]]. The
    dams above the city burst on the night of {{September 10}}. The World Health Organization said
    [[40 trucks|aid;a=The World Health Organization]] of medicines and body bags had reached the
    city.""",
)

item(
    "Luxembourg takes first unaccompanied children from Greek island camps",
    """[[Twelve unaccompanied children|displaced;a=the European Commission]] flew from Athens to
    Luxembourg on Wednesday, the first of [[1,600|displaced;p;a=the European Commission]] that a
    group of EU countries have agreed to take in from the island camps, the European Commission
    said. [[More than 5,400 unaccompanied minors|displaced]] are in Greece, according to the
    National Centre for Social Solidarity, which has [[1,700 beds|capacity;a=the National Centre
    for Social Solidarity]] in dedicated shelters. Rights groups said [[about 200
    children|arrested;a=Rights groups]] were being held in police cells under so-called
    protective custody. The Commission said [[another 50|displaced;p;a=The Commission;alt=the
    European Commission]] would leave for Germany next week. Most of the children are Afghan boys
    aged {{14 to 17}}.""",
)

item(
    "IOM flights take stranded migrants home from Libya",
    """[[161 Nigerian migrants|returned;a=the IOM]] flew home from Misrata on Tuesday on a
    voluntary return flight, among them [[23 women|returned;a=the IOM]] and [[nine
    children|returned;a=the IOM]], the IOM said. Most had been held at the Tariq al-Sikka
    detention centre in Tripoli, which the agency said held [[about 1,400 people|arrested;a=the
    agency;alt=the IOM]] this month. Last week Libyan authorities freed [[some 100
    migrants|kidnapped;a=Libyan authorities]] held for ransom by traffickers in Bani Walid, they
    said. The agency has helped [[more than 60,000 migrants|returned;a=The agency;alt=the IOM]]
    leave Libya since {{2015}}, and it said [[another 2,000|returned;p;a=the IOM]] had signed up
    for flights before the end of the year. The flight took {{four hours}}.""",
)

item(
    "Dengue cases surge in Rohingya camps",
    """Health officials have recorded [[more than 13,000 dengue cases|other;a=Health officials]]
    in the Rohingya camps since January, more than in the whole of {{2022}}. The Directorate
    General of Health Services said [[14 refugees|killed;a=The Directorate General of Health
    Services]] had died of the disease, and [[about 900 patients|other;a=The Directorate General
    of Health Services]] had been admitted to hospital. MSF opened a dengue ward with [[50
    beds|other]] at its Kutupalong hospital. The health sector distributed [[85,000 mosquito
    nets|aid;u=other]] and sprayed stagnant water in the worst-hit camps, where cases peaked in
    the {{third}} week of {{July}}. Officials said about {{a third}} of the cases were in
    children {{under 15}}.""",
)

item(
    "Police arrest dozens after killings in Rohingya camps",
    """The Armed Police Battalion said on Sunday it had arrested [[47 suspected members of armed
    groups|arrested;n=members;a=The Armed Police Battalion]] in raids across the Rohingya camps,
    after [[at least 60 Rohingya|killed]] were killed in camp violence this year. [[Three|killed]]
    were shot dead in {{Camp 4}} on Friday night. Police said they had deployed [[an additional
    1,000 officers|combatants;a=Police]] on top of the [[2,400 police|combatants;a=Police]] who
    already guard the camps. Residents said [[at least 10 refugees|kidnapped;a=Residents]] had
    been abducted for ransom since June. Human Rights Watch said [[dozens of
    families|displaced;a=Human Rights Watch]] had fled their shelters for other camps after
    threats from armed men.""",
)

item(
    "Rohingya response plan only half funded, agencies warn",
    """The {{2024}} Joint Response Plan for the Rohingya crisis, which sought {{$852 million}},
    was only {{48 percent}} funded at the end of September, aid agencies said. The health
    component was {{22%}} funded. Water supply in {{Camp 26}} fell below {{15 litres}} per person
    per day during the dry season, well short of the emergency standard of {{20 litres}}. The
    food voucher, cut from {{$12}} to {{$8}} a month in {{March 2023}}, was restored in {{January
    2024}} after a donor appeal.""",
)

item(
    "Heatwave tests new Lesbos camp as temperatures reach 40C",
    """Temperatures inside the containers at the Mavrovouni camp on Lesbos topped {{45C}} on
    Thursday, on the {{third}} day of a heat alert, aid workers said. The camp was set up in
    {{September 2020}} on a former firing range after the Moria fire. The EU has pledged
    {{€276 million}} for new closed centres on the islands, and the Lesbos site, which will
    cover about {{15 hectares}}, is due to open in {{2026}}. Civil protection officials advised
    residents to stay indoors between {{noon}} and {{5pm}}.""",
)
