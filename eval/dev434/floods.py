"""dev434, floods and returns: the Gu and Deyr floods on the Shabelle and the Juba (Beledweyne,
Jowhar, Luuq, Bardhere, Baidoa, Mogadishu, Qardho), relief sites, boats and airlifts, cholera
after the water, floods in al-Shabaab areas, and refugees going home from Kenya's Dadaab camps
(16 texts, 2 without a figure)."""

from _wrap import item

item(
    "Shabelle floods submerge Beledweyne; most residents flee",
    """
    The Shabelle river burst its banks in Beledweyne on Monday night, and by Wednesday [[about
    270,000 people|displaced;a=OCHA]] had fled the town, OCHA said, with {{85%}} of it under water.
    Hirshabelle officials said [[at least 17 people|killed;a=Hirshabelle officials]] had drowned,
    [[six|killed;a=Hirshabelle officials]] of them children. The Somali Red Crescent said its
    volunteers, using [[about 20 boats|other;a=The Somali Red Crescent]], had evacuated [[more than
    3,000 people|displaced;a=The Somali Red Crescent]] from rooftops. Families are sheltering on
    higher ground at [[12 temporary sites|capacity]] around Ceel Jaale, where there is little water
    and no latrines. [[Several thousand homes|housing]] are under water. It is the worst flooding in
    the town since {{1997}}.
    """,
)

item(
    "El Nino floods: toll rises to 96 as Juba and Shabelle overflow",
    """
    The Somali Disaster Management Agency said on Sunday that [[96 people|killed;a=The Somali
    Disaster Management Agency]] had died in floods since the Deyr rains began in October, and that
    [[more than 1.2 million people|displaced;a=The Somali Disaster Management Agency]] had been
    forced from their homes. OCHA put the number of people affected at [[about 2.4
    million|civilians;a=OCHA]]. In Luuq, where the Juba river flooded the whole town, [[about 15,000
    people|displaced;a=local officials]] were moved to higher ground, local officials said. Floods
    have also covered {{1.5 million hectares}} of farmland. UNHAS helicopters delivered [[45
    tonnes|aid]] of food and medicine to Beledweyne in the {{first week}}. [[More than 100,000
    homes|housing]] have been damaged or destroyed. The agency said [[at least 10 people|missing;a=The
    agency;alt=The Somali Disaster Management Agency]] were still missing in Gedo.
    """,
)

item(
    "Gu rains flood displacement sites in Baidoa",
    """
    Heavy Gu rains flooded [[at least 76 displacement sites|capacity;a=the CCCM cluster]] in Baidoa
    overnight on Tuesday, damaging [[about 4,700 shelters|housing;a=the CCCM cluster]], the CCCM
    cluster said. [[Two children|killed]] drowned when a drainage ditch overflowed at the Isha site.
    In Bardhere, [[some 600 families|displaced;a=the district administration]] left homes along the
    Juba as the river rose, the district administration said. The Somali Red Crescent said [[three
    people|missing;a=The Somali Red Crescent]] were missing after a car was swept off the road near
    Bardhere. Aid agencies handed out [[1,100 tarpaulins|aid]] in Baidoa on Wednesday, after [[hundreds of
    latrines|other]] collapsed into the water. The rains are
    forecast to continue until the end of May.
    """,
)

item(
    "Flash floods sweep Mogadishu's outskirts; shelters destroyed",
    """
    Flash floods after {{120mm}} of rain in {{24 hours}} swept through Mogadishu's outer districts on
    Friday. The Banadir Regional Administration said [[11 people|killed;a=The Banadir Regional
    Administration]] had died and [[four others|missing;a=The Banadir Regional Administration]] were
    missing. In the Kahda sites, [[about 1,800 shelters|housing;a=site managers]] were destroyed,
    affecting [[10,000 people|civilians;a=site managers]], site managers said. Aamin Ambulance said
    it had rescued [[23 people|other;a=Aamin Ambulance]] from flooded homes in Kaaraan and Hodan.
    [[Some 300 families|displaced]] moved into [[four schools|capacity]] in Dayniile. Much of the
    city has no drains, and the water took more than {{two days}} to go down.
    """,
)

item(
    "Boats evacuate families as the Juba floods Luuq",
    """
    Boats hired by the Gedo administration ferried [[more than 2,000 people|displaced;a=the district
    commissioner]] out of flooded neighbourhoods of Luuq on Thursday, the district commissioner
    said, after the Juba river rose {{2.5 metres}} in {{three days}}. Yusuf Hussein, who heads Gedo's
    emergency committee, said [[about 40 boats|other;a=Yusuf Hussein]] were in use. [[Three
    men|missing;a=police]] were missing after their boat capsized near Dollow, police said. Dollow's
    Kaxarey and Qansaxley sites, home to [[about 60,000 displaced people|displaced]], are on higher
    ground, but [[about 900 latrines|other]] there have overflowed. [[Between 300 and 400
    households|displaced;a=the district commissioner]] in Dollow's riverside neighbourhoods were
    moved to the sites, the district commissioner said. WFP said it would airlift [[80
    tonnes|aid;p;a=WFP]] of high-energy biscuits from Mogadishu this week.
    """,
)

item(
    "Shabelle breaches at Jowhar; villages cut off",
    """
    [[More than 40 villages|other;a=the Hirshabelle government]] around Jowhar were cut off after
    the Shabelle broke through its banks at several points, the Hirshabelle government said on
    Sunday. It said [[about 30,000 people|civilians;a=the Hirshabelle government]] were trapped by
    the water. [[Some 2,500 families|displaced]] have fled to Jowhar town. Farmers said [[at least
    500 cattle|other;a=Farmers]] had drowned and [[two farmers|missing;a=Farmers]] were missing. [[Eight people|killed]] have died, among them a
    mother and her baby whose donkey cart overturned. [[About 12 schools|other;u=structure]] have
    closed. Embankments along the river have not been repaired since the {{1990s}}.
    """,
)

item(
    "Bodies recovered after flash flood in Qardho",
    """
    Rescuers recovered [[nine bodies|killed;a=the Puntland Humanitarian Affairs and Disaster
    Management Agency]] on Sunday after a flash flood swept through a riverbed settlement in Qardho,
    Puntland, and [[at least 14 people|missing;a=the Puntland Humanitarian Affairs and Disaster
    Management Agency]] remained missing, the Puntland Humanitarian Affairs and Disaster Management
    Agency said. The agency said [[about 150 homes|housing;a=The agency;alt=the Puntland
    Humanitarian Affairs and Disaster Management Agency]] were washed away and [[320
    families|displaced;a=The agency;alt=the Puntland Humanitarian Affairs and Disaster Management
    Agency]] were sheltering in [[two schools|capacity;a=The agency;alt=the Puntland Humanitarian
    Affairs and Disaster Management Agency]]. A resident, Ahmed Farah, said [[three of his
    children|missing;a=Ahmed Farah]] were among the missing. The storm dropped more rain in
    {{three hours}} than the town usually gets in a month.
    """,
)

item(
    "Beledweyne residents return to flood-damaged homes as waters recede",
    """
    Residents began returning to Beledweyne this week as the Shabelle fell, and Mayor Omar Abdi said
    [[about 60,000 people|returned;a=Mayor Omar Abdi]] had gone back by Saturday. Many found their
    houses full of mud: the mayor estimated that [[some 3,000 homes|housing;a=the mayor;alt=Mayor
    Omar Abdi]] were badly damaged. [[Tens of thousands|displaced]] remain in the sites on the
    ridges east of the town. UNHCR's monitoring network recorded [[14,500 returns|returned;a=UNHCR's monitoring network]] in the {{first week}}. IOM gave [[2,000 returning households|aid;a=IOM]]
    hygiene kits, it said, and expects [[1,200 more families|returned;p;a=IOM]] to go home next
    week.
    """,
)

item(
    "Cholera cases climb in flood-hit Jowhar and Beledweyne",
    """
    Somalia's health ministry said [[1,247 cases|other;a=Somalia's health ministry]] of acute watery
    diarrhoea and cholera had been recorded in Hiraan and Middle Shabelle since the floods, and
    that [[19 people|killed;a=Somalia's health ministry]] had died. Médecins Sans Frontières said
    its cholera treatment centre in Jowhar, built for [[50 patients|capacity;a=Médecins Sans
    Frontières]], was treating [[more than 120|other;a=Médecins Sans Frontières]]. UNICEF said
    [[about 35,000 people|aid;a=UNICEF]] had been vaccinated in Beledweyne. The World Health
    Organization plans to send [[120,000 doses|aid;p;a=The World Health Organization]] of oral
    cholera vaccine next month. Cases usually peak {{two to three weeks}} after flood waters begin
    to fall.
    """,
)

item(
    "Helicopters and boats carry aid into flooded Jubaland",
    """
    The World Food Programme said on Friday that [[three helicopters|aid;a=The World Food
    Programme]] and [[15 boats|aid;a=The World Food Programme]] were ferrying food to towns cut off
    by the Juba. The agency said it had delivered [[620 tonnes|aid;a=The agency;alt=The World Food
    Programme]] in {{two weeks}}, enough to feed [[about 90,000 people|aid;a=The agency;alt=The World
    Food Programme]] for a month. In Kismayo, [[some 42,000 people|displaced]] are sheltering in
    schools, mosques and open ground. Jubaland's president, Ahmed Madobe, said [[at least 30
    people|killed;a=Jubaland's president, Ahmed Madobe]] had died in the region. OCHA estimated
    that [[about 250,000 people|civilians;a=OCHA]] in Bardhere, Luuq and Dollow could not be reached
    by road.
    """,
)

item(
    "More Somali refugees go home from Kenya's Dadaab camps",
    """
    UNHCR said on Tuesday that [[more than 85,000 Somali refugees|returned;a=UNHCR]] had gone home
    from Dadaab under the voluntary repatriation programme since it began in {{December 2014}}. A
    convoy of [[14 buses|other]] carried [[about 420 returnees|returned]] to Kismayo and Baidoa this
    week. Each family receives {{$200}} in cash and a {{six-month}} food ration on arrival. [[Some
    220,000 Somali refugees|displaced]] remain in the Dadaab camps, and [[6,000 to 7,000
    refugees|returned]] went home in the past year. Kenya's interior ministry said
    [[up to 150,000 refugees|returned;p;a=Kenya's interior ministry]] could be repatriated by the end
    of next year. In Kismayo, [[about 1,000 returnee families|aid;a=the Jubaland administration]]
    have been given plots of land, the Jubaland administration said.
    """,
)

item(
    "Floods hit al-Shabaab-held Jilib and Jamaame; aid struggles to reach",
    """
    [[More than 120,000 people|civilians;a=OCHA]] in Jilib and Jamaame, both held by al-Shabaab, have
    been affected by the Juba floods, OCHA said. Al-Shabaab said its own relief committee had handed
    out food to [[4,000 families|aid;a=Al-Shabaab]]. [[About 30,000 people|displaced]] have fled to
    government-held Kismayo. Local elders said [[17 people|killed;a=Local elders]] had drowned and
    [[dozens|missing;a=Local elders]] were missing. The group bars most aid agencies from its
    territory; [[two aid workers|kidnapped]] were abducted near Jamaame in {{2023}}.
    """,
)

item(
    "Gu floods displace 230,000 across Somalia, UN says",
    """
    Floods during the Gu rains have displaced [[about 230,000 people|displaced;a=OCHA]] in Hiraan,
    Middle Shabelle, Bay, Gedo and Banadir, OCHA said on Monday, and [[more than
    700,000|civilians;a=OCHA]] have been affected. [[Twenty-two people|killed]] have died and [[nine people|missing]] are missing. Schools
    in flooded areas have closed, and [[about 300 schools|other;a=the education cluster]] remain
    shut, the education cluster said. Humanitarian partners have given emergency shelter to [[23,000
    households|aid]]. [[About 1,500 latrines|other]] were destroyed, raising fears of cholera.
    """,
)

item(
    "Relief sites on Beledweyne's ridges fill up",
    """
    The Hirshabelle state government said it had opened [[18 relief sites|capacity;a=The
    Hirshabelle state government]] on the ridges around Beledweyne, where [[about 250,000
    people|displaced;a=The Hirshabelle state government]] from the town are sheltering. The largest,
    at Ceel Jaale, has space for [[about 4,000 families|capacity]] but now holds [[nearly
    6,500|displaced;u=household]]. IOM said it had put up [[1,300 communal shelters|capacity;a=IOM]].
    UNICEF trucks {{160,000 litres}} of water to the sites each day. [[More than 200
    latrines|aid]] have been built by aid agencies. [[Several hundred families|displaced]] are still
    sleeping in the open.
    """,
)

item(
    "Shabelle at Beledweyne falls below flood level",
    """
    The Shabelle river at Beledweyne fell to {{7.2 metres}} on Sunday, below the {{8.3-metre}} level
    at which it floods the town, the Somalia Water and Land Information Management project said. The
    river peaked at {{8.9 metres}} on {{14 November}}, the highest reading since gauges were
    reinstalled in {{2019}}. Rains in the Ethiopian highlands are expected to ease over the next
    {{ten days}}, the project said, though a {{second}} peak is possible in early December.
    """,
)

item(
    "World Bank approves financing for Somalia flood protection",
    """
    The World Bank on Thursday approved {{$150 million}} in grants to rebuild flood defences along
    the Shabelle and Juba rivers. The project will repair {{90 kilometres}} of embankments and
    build new barrages by {{2029}}, the bank said. Somalia's finance minister said the
    government would add {{$12 million}} of its own. The {{2023}} floods caused an estimated
    {{$176 million}} in damage, about {{2%}} of the country's GDP.
    """,
)
