"""Ukraine, Poland and Moldova; Afghanistan and Pakistan; Bangladesh and Myanmar: crossings,
evacuations, returns and deportations, relief camps after floods, a camp fire, new arrivals
(8 articles, all with figures)."""

from _wrap import item

item(
    "Poland's border town of Przemysl becomes gateway for Ukrainians",
    """PRZEMYSL, Poland – [[Nearly 1.2 million people|displaced;a=the Polish border guard]] have
    crossed from Ukraine into Poland since Russia invaded on {{February 24}}, the Polish border
    guard said Monday, a number that grew by [[more than 130,000|displaced;n=-;a=the Polish
    border guard]] in the past {{24 hours}} alone. At the Medyka crossing, a
    {{10-kilometre}} queue of cars stretched back into Ukraine, and those on foot waited
    {{up to 40 hours}} in freezing temperatures. In Przemysl, a city of
    [[60,000 people|civilians]], a former supermarket has been turned into a reception centre
    with room for [[2,000|capacity;n=-]], while volunteers hand out soup and SIM cards at the
    railway station. Trains from Lviv brought [[14,000 people|displaced;a=the city's mayor]] to
    Przemysl on Sunday, the city's mayor said, most of them women, children and elderly people;
    men {{aged 18 to 60}} are barred from leaving Ukraine. "I left my husband at the border. He
    is going back to fight," said {{Oksana, 34}}, a teacher from Kyiv. The Polish government has
    set up [[eight reception points|capacity]] along the {{535-km}} border, and says it is
    ready to receive [[up to a million more people|capacity;v=1000000;q=at_most;a=The Polish
    government]]. The UN refugee agency says [[more than 2 million people|displaced;a=The UN
    refugee agency]] have now fled Ukraine, in what it calls the fastest-growing refugee crisis
    in Europe since World War Two.""",
)

item(
    "Moldova: small country, big welcome at Palanca",
    """PALANCA, Moldova – Every day, buses arrive at the Palanca crossing point from Odesa,
    {{50 km}} away, and unload families with suitcases, cats and dogs. Since {{24 February}},
    [[more than 380,000 refugees|displaced;a=government figures]] have crossed from Ukraine into
    the Republic of Moldova, one of Europe's smallest and poorest countries, and
    [[about 100,000|displaced;n=-;a=government figures]] have stayed, according to government
    figures. That is equivalent to {{4 per cent}} of Moldova's population of
    [[2.6 million|civilians;n=-]]. At the border, UNHCR and partners run a heated tent that can
    host [[500 people|capacity]] at a time, and buses take refugees onward to Romania free of
    charge: [[42 buses|other]] left on Saturday alone. Most of those who stay live with Moldovan
    families; the rest are in [[97 refugee accommodation centres|capacity]], which currently
    host [[8,700 people|displaced]]. "The people of Moldova have opened their homes, but they
    need support," said a UNHCR official in Chisinau. UNHCR has started cash assistance for
    refugees and for vulnerable host families, and has registered
    [[21,000 people|aid]] for the first payments of {{2,200 lei}} each. Moldovan authorities
    say {{48%}} of the refugees who stay are children. Refugees can reach the UNHCR helpline free
    of charge on {{0800 800 11}}.""",
)

item(
    "Ukraine orders families with children to leave Pokrovsk as Russians advance",
    """KYIV, {{Aug 19}} (Reuters) - Ukrainian authorities on Monday ordered the evacuation of
    families with children from the eastern town of Pokrovsk and surrounding villages as Russian
    forces advanced to within {{10 km}} of the logistics hub.
    [[About 53,000 people|civilians;a=the regional governor]] still live in the Pokrovsk
    district, including [[4,000 children|civilians;a=the regional governor]], the regional
    governor said on Telegram. The order covers [[some 2,200 children|displaced;p;a=the
    regional governor]] and their parents in the town itself and
    [[27 settlements|other;u=other;a=the regional governor]] nearby, who must leave within
    {{two weeks}}, he said. Officials said [[600 people a day|displaced;a=Officials]] were
    leaving the district, up from [[300|displaced;n=-;a=Officials]] a week ago. Evacuation
    trains now run from the town of Pavlohrad, since the Pokrovsk railway station closed.
    Volunteer groups and a police unit use armoured vans to reach the frontline villages, where
    residents often refuse to leave their homes and elderly relatives. Olena, a volunteer, has
    helped evacuate [[150 people|displaced]] this month. "Many older people say they have
    nowhere to go and no money for rent," she said. Ukraine has
    [[3.6 million internally displaced people|displaced;a=the International Organization for
    Migration]], according to the International Organization for Migration. The Donetsk
    region's pre-war population of [[4.1 million|civilians;n=-;v=4100000;a=officials]] has fallen to
    [[about 320,000|civilians;n=-;a=officials]] in the government-controlled part, officials
    estimate.""",
)

item(
    "Afghan returnees from Pakistan overwhelm Torkham border",
    """TORKHAM, Afghanistan – [[More than 170,000 Afghans|returned;a=the International
    Organization for Migration (IOM)]] have crossed back from Pakistan through the Torkham and
    Spin Boldak border points since Pakistan announced on {{3 October}} that undocumented
    foreigners must leave by {{1 November}}, the International Organization for Migration (IOM)
    said. On Wednesday alone, [[some 24,000 people|returned;a=Ahmad Jawed]] crossed at Torkham,
    compared with a daily average of [[around 300|returned;n=-;a=Ahmad Jawed]] before the
    announcement, said Ahmad Jawed, an IOM field worker at the crossing. Families arrive in
    trucks loaded with bedding, wooden beds and water tanks, and many have spent their whole
    lives in Pakistan. A transit centre built by the de facto authorities near the border, with
    space for [[10,000 people|capacity]], was full by Thursday, and
    [[thousands|displaced;n=-]] slept in the open. IOM has provided emergency food, cash and
    onward transport to [[22,700 of the most vulnerable returnees|aid]]. "We were told that
    police would arrest us if we stayed," said Gul {{Bibi, 60}}, who lived in Peshawar for
    {{40 years}}. Pakistan says [[some 1.7 million Afghans|displaced;a=Pakistan]] are in the
    country illegally, among [[more than 4 million Afghans|displaced;a=Pakistan]] living there.
    Pakistani police said they had arrested [[1,100 Afghans|arrested;a=Pakistani police]] in
    Karachi since the start of the month.""",
)

item(
    "Over 84,000 Afghans leave in April as repatriation drive resumes",
    """ISLAMABAD: [[More than 84,000 Afghan nationals|returned;a=the interior ministry]] left
    Pakistan in April after the deadline for Afghan Citizen Card (ACC) holders to leave
    Islamabad and Rawalpindi expired on {{March 31}}, the interior ministry said on Tuesday.
    According to the ministry's data, [[59,780 people|returned;a=the ministry's data;alt=the
    interior ministry]] returned on their own through the Torkham and Chaman crossings, while
    [[24,500|returned;n=-;a=the ministry's data;alt=the interior ministry]] were deported after
    being held in holding centres set up in Punjab and Khyber Pakhtunkhwa. Police in Islamabad
    have arrested [[at least 1,500 Afghans|arrested;a=officials]] during search operations in
    Bhara Kahu, Tarnol and other neighbourhoods in the past {{three weeks}}, officials said.
    [[Around 800,000 ACC holders|displaced;a=UNHCR]] and
    [[1.3 million holders|displaced;a=UNHCR]] of Proof of Registration (PoR) cards remain in
    Pakistan, according to UNHCR; the PoR cards expire on {{June 30}}. Rights groups have
    criticised night raids and the separation of families, and say some of those deported had
    lived in Pakistan for over {{four decades}}. The ministry said a helpline, {{1717}}, had
    been set up for complaints. Since the first phase of the drive began in
    {{November 2023}}, [[more than 880,000 Afghans|returned;a=officials]] have returned,
    officials said. In Kabul, the Taliban administration says it has set up a camp near Torkham
    that can shelter [[3,000 families|capacity;a=the Taliban administration]] and is giving
    each returning family {{10,000 afghanis}}.""",
)

item(
    "Sindh floods: over 5,900 relief camps house displaced as waters linger",
    """KARACHI: {{Nearly two months}} after the monsoon deluge,
    [[more than 1.5 million people|displaced;a=the provincial disaster management authority]]
    are still living in relief camps across Sindh, the provincial disaster management authority
    said on Monday, as floodwater continued to stand in large parts of Dadu, Khairpur and
    Mirpurkhas districts. PDMA Sindh said [[5,926 relief camps|capacity;a=PDMA Sindh]] were
    operating in the province, most of them in government schools, which has kept schools shut
    for [[some 2.3 million students|civilians;a=PDMA Sindh]]. In Dadu district alone,
    [[500,000 people|displaced]] have been displaced, and the water is yet to recede from the
    Johi and Mehar tehsils. Health department figures show
    [[318 deaths|killed;a=Health department figures]] from disease in flood-affected districts
    since {{July 1}}. The Sindh government has distributed [[450,000 tents|aid]] and
    [[1.1 million ration bags|aid]], but many families living along embankments of the Indus
    Highway say they have received nothing. "We have been sitting on this road for
    {{50 days}}," said Mai Haseena, who fled her village near Johi with her family. The
    National Disaster Management Authority put the nationwide death toll at
    [[1,717|killed;n=-;a=The National Disaster Management Authority]], including
    [[630 children|killed;a=The National Disaster Management Authority]], with
    [[2 million houses|housing;a=The National Disaster Management Authority]] damaged or
    destroyed.""",
)

item(
    "Fire tears through Rohingya camp in Cox's Bazar, leaving 12,000 homeless",
    """COX'S BAZAR: A massive fire swept through {{Camp 11}} of the Rohingya refugee settlement in
    Balukhali, Ukhiya, on Sunday afternoon, destroying [[around 2,000 shelters|housing;a=officials]]
    and leaving [[some 12,000 people|displaced;a=officials]] homeless, officials said. The fire
    broke out around {{2:45pm}} and was brought under control after {{three hours}} by
    [[12 firefighting teams|other;u=other;a=Tanbir Hossain]], said Tanbir Hossain, an official
    of the Ukhiya fire station. No deaths were reported, but
    [[at least 35 learning centres|housing;a=the Refugee Relief and Repatriation Commissioner
    (RRRC) office]] and [[2 mosques|housing;u=structure;a=the Refugee Relief and Repatriation
    Commissioner (RRRC) office]] were burned, according to the Refugee Relief and Repatriation
    Commissioner (RRRC) office. Refugees said the fire spread quickly through the tightly packed
    bamboo and tarpaulin shelters. {{Camp 11}} is one of [[33 camps|capacity]] in Ukhiya and
    Teknaf that house [[nearly a million Rohingya|displaced;v=1000000;q=approx]], most of whom
    fled a military crackdown in Myanmar in {{August 2017}}. A fire in {{March 2021}} in the
    same area killed [[15 people|killed]] and destroyed [[10,000 shelters|housing]]. The World
    Food Programme said it had distributed hot meals to [[9,000 people|aid;a=The World Food
    Programme]], and authorities have formed a {{5-member}} committee to investigate the
    cause.""",
)

item(
    "Bangladesh says 60,000 Rohingya crossed border as Myanmar fighting rages",
    """DHAKA, {{Oct 22}} (Reuters) - [[About 60,000 Rohingya|displaced;a=Bangladesh's foreign
    affairs adviser]] have crossed into Bangladesh in the past {{two months}} to escape fighting
    between Myanmar's military and the Arakan Army in Rakhine state, Bangladesh's foreign
    affairs adviser said on Tuesday, despite the border being officially closed. Many paid
    brokers up to {{100,000 taka per person}} to cross the Naf river by boat at night.
    [[At least 40 people|killed;a=witnesses and aid groups]], including women and children,
    were killed when a drone attack hit people waiting on the Myanmar bank near Maungdaw in
    August, according to witnesses and aid groups. Bangladesh's Border Guard said its members
    had pushed back [[1,200 people|returned;a=Bangladesh's Border Guard]] trying to cross by
    boat over the past month, and detained [[86 brokers|arrested;a=Bangladesh's Border
    Guard]]. The new arrivals have mostly moved in with relatives in the camps, where ration
    cuts last year had reduced food assistance to {{$8 per person per month}} before it was
    restored to {{$12}}. The camps already house [[more than 1 million Rohingya|displaced]].
    Authorities have so far registered [[18,000 of the newcomers|displaced;a=camp officials]]
    biometrically, camp officials said, and are considering relocating some of them to Bhasan
    Char, an island in the Bay of Bengal where [[about 36,000 refugees|displaced]] already live.
    Bhasan Char was built to house [[100,000 people|capacity]].""",
)
