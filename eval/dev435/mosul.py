"""dev435 items: Mosul and Nineveh after the battle (the old city rebuilt, rubble, mines,
compensation, returns and secondary displacement), 2017-2025."""

from _wrap import item

item(
    "Two years on, Mosul's old city is still mostly rubble",
    """{{Two years}} after Iraqi forces declared victory over Islamic State in Mosul, much of the
    old city on the west bank of the Tigris is still a field of broken concrete. Nineveh's
    provincial council says [[about 5,000 houses|housing;a=Nineveh's provincial council]] in the
    old city were destroyed in the {{nine-month}} battle and [[another 3,200|housing;u=structure;
    a=Nineveh's provincial council]] were badly damaged. Before {{2014}} the quarter was home to
    [[roughly 200,000 people|civilians]]; local officials estimate that [[fewer than
    40,000|returned;a=local officials]] have come back. Civil defence teams have pulled [[more
    than 2,600 bodies|killed;a=Hossam Khalil;alt=the head of the Nineveh civil defence
    directorate]] from the ruins since {{July 2017}}, the head of the Nineveh civil defence
    directorate, Hossam Khalil, told Reuters. The UN Mine Action Service (UNMAS) says its
    contractors have removed [[over 46,000 explosive items|other;a=The UN Mine Action Service
    (UNMAS)]] from the west bank alone, among them [[1,100 suicide belts|other;u=other;a=The UN
    Mine Action Service (UNMAS)]]. Municipal engineers put the rubble still to be moved at [[8
    million tonnes|other;a=Municipal engineers]]. "We clear one alley and the next one is full of
    bombs," said Ibrahim Saleh, who sells building supplies on Nineveh Street.""",
)

item(
    "Rebuilt al-Nuri mosque handed back to Mosul seven years after its destruction",
    """UNESCO on Wednesday handed the rebuilt al-Nuri mosque and its leaning al-Hadba minaret back
    to Mosul's Sunni endowment, {{seven years}} after Islamic State fighters blew them up as Iraqi
    troops closed in. The UN cultural agency says its {{$115 million}} programme, paid for mainly
    by the United Arab Emirates and the European Union, also restored the al-Tahera and al-Saa'a
    churches and [[124 historic houses|housing;a=The UN cultural agency;alt=UNESCO]] in the
    surrounding lanes. The agency says the work employed [[more than 6,000 local workers|other;
    a=The agency;alt=UNESCO]], [[1,300|other;a=The agency;alt=UNESCO]] of them young people
    trained in traditional stone carving. Engineers had to remove [[around 1,000 unexploded
    devices|other]] from the mosque compound before work could begin, among them [[seven suicide
    vests|other;u=other]] hidden in the walls of the prayer hall. Only [[about 70
    families|returned;a=residents]] have moved back into the lanes around the mosque, residents
    say, because most houses there are still shells. At the ceremony, Prime Minister Mohammed
    Shia al-Sudani said the government would rebuild [[another 2,000 homes|housing;p;a=Prime
    Minister Mohammed Shia al-Sudani]] in the old city by {{2027}}.""",
)

item(
    "IOM: nearly five million Iraqis back home, but 1.2 million still displaced",
    """BAGHDAD, {{March 4}} (Reuters) - [[Nearly five million Iraqis|returned;a=the International
    Organization for Migration]] uprooted by the war against Islamic State have returned to their
    home areas, the International Organization for Migration said on Thursday, but [[almost 1.2
    million|displaced;a=the International Organization for Migration]] are still displaced more
    than {{three years}} after the group's defeat. The agency's Displacement Tracking Matrix
    counted [[4,869,000 returnees|returned;a=The agency's Displacement Tracking Matrix;alt=the
    International Organization for Migration]] at the end of {{February}}, [[1.87
    million|returned;a=The agency's Displacement Tracking Matrix;alt=the International
    Organization for Migration]] of them in Nineveh. Of those still displaced, [[about
    180,000|displaced]] live in camps, most of them in the Kurdistan Region, and the rest with
    relatives, in rented rooms or in [[some 400 informal sites|capacity]]. [[Roughly 100,000
    people|displaced]] who went home have since been displaced again, mostly because their houses
    were destroyed or they could not find work. Iraq's Ministry of Migration and Displacement has
    shut [[16 camps|capacity]] in federal Iraq since {{October}}, leaving [[29|capacity;
    u=structure]] in operation, nearly all of them in the Kurdistan Region.""",
)

item(
    "Two boys killed by Islamic State bomb while herding sheep south of Mosul",
    """[[Two boys|killed;a=police]] were killed and their cousin was wounded on Sunday when a bomb
    left behind by Islamic State went off as they herded sheep near Qayyarah, south of Mosul,
    police said. The brothers, {{aged 11 and 14}}, had taken the flock to graze on land that
    villagers thought had been cleared. It was the {{third}} such blast in the district this
    year, the mayor of Qayyarah, Saleh al-Jabouri, told AFP. The UN Mine Action Service says
    explosive ordnance killed [[41 people|killed;a=The UN Mine Action Service]] and injured
    [[97|injured;a=The UN Mine Action Service]] in Iraq in {{2022}}, {{more than half}} of them
    children. Demining teams in Nineveh cleared [[12,400 explosive items|other;a=the provincial
    mine action office]] last year, including [[3,900 improvised explosive devices|other;a=the
    provincial mine action office]], according to the provincial mine action office. Since
    {{2017}}, [[more than 300 civilians|killed;a=the office;alt=the provincial mine action
    office]] have been killed by explosive remnants in Nineveh alone, the office says, and [[at
    least 650|injured;a=the office;alt=the provincial mine action office]] maimed.""",
)

item(
    "Mosul's homeowners wait years for war compensation",
    """Nineveh's compensation committee has received [[more than 96,000 claims|other;u=other;
    a=Mahmoud al-Sourchi]] for homes, shops and cars destroyed in the war against Islamic State,
    its chairman, Mahmoud al-Sourchi, said on Monday. Of those, he said, [[only about
    41,000|other;u=other;a=Mahmoud al-Sourchi]] have been approved and [[fewer than
    9,000|other;u=other;a=Mahmoud al-Sourchi]] paid, because the federal budget set aside just
    {{IQD 250 billion}} ({{$190 million}}) for compensation last year. Many families have rebuilt
    with their own money. Umm Ahmed, a {{62-year-old}} widow, spent {{IQD 30 million}} restoring
    her house in Bab al-Toub, where [[four of her relatives|killed]] died in an air strike in
    {{March 2017}}. "They told me my file is number {{3,418}}. I have been waiting {{five
    years}}," she said. Across Nineveh, UN-Habitat estimates that [[around 54,000
    homes|housing;a=UN-Habitat]] were destroyed or damaged, [[15,000|housing;u=structure;
    a=UN-Habitat]] of them in the old city and the neighbouring districts of west Mosul.""",
)

item(
    "UN stabilisation fund winds down after a decade rebuilding liberated areas",
    """The UN Development Programme's Funding Facility for Stabilization, set up in {{2015}} to
    restore power, water, schools and housing in areas retaken from Islamic State, will close at
    the end of {{2025}}, the agency said on Tuesday. UNDP says it completed [[more than 3,500
    projects|other;u=other;a=UNDP]] in [[31 districts|other;a=UNDP]] of Nineveh, Anbar, Salah
    al-Din, Kirkuk and Diyala. Among them, [[some 35,000 housing units|housing]] were
    rehabilitated and [[nearly 1,000 schools|housing]] repaired, while the projects gave work to
    [[about 50,000 people|other]]. Donors gave {{$1.6 billion}} over the period, Germany the
    largest at {{nearly 30 percent}}. "There are still [[tens of thousands of
    families|displaced;a=Mirna Haddad]] who cannot go home because their house is rubble," said
    Mirna Haddad, UNDP's deputy resident representative. The government says it will take over
    [[150 unfinished projects|other;u=other;p;a=The government]], mostly hospitals and water
    plants in Nineveh.""",
)

item(
    "Back in Mosul, then gone again: returnees leave the ruined west bank",
    """IOM's Displacement Tracking Matrix found that [[some 12,000 people|displaced;a=IOM's
    Displacement Tracking Matrix]] who had returned to west Mosul in {{2018}} had left again by
    the end of {{2020}}, most of them for rented rooms on the east bank. In the old city's Maydan
    and Qlei'at districts, {{fewer than one household in five}} has come back. Khaled Younis, a
    {{45-year-old}} taxi driver, returned with his wife and [[seven children|returned]] in
    {{2018}} but left after the roof collapsed in the {{first}} winter rains. "There were [[12
    families|returned;a=Khaled Younis]] on our street when we came back, now there are
    [[three|civilians;u=household;a=Khaled Younis]]," he said. The Norwegian Refugee Council said
    [[about 1,500 households|displaced;a=The Norwegian Refugee Council]] it surveyed in Mosul in
    {{2021}} had been displaced at least {{twice}}. Rents on the east bank have risen by {{40
    percent}} since {{2019}}, the council said, and [[nearly 4,000 families|aid;a=the council;
    alt=The Norwegian Refugee Council]] now depend on its cash assistance.""",
)

item(
    "Tal Afar's families trickle home as farmland is cleared of mines",
    """TAL AFAR, Iraq (AP) - More than {{seven years}} after Iraqi forces retook Tal Afar from
    Islamic State, the town's mayor, Qassim Mohammed, says [[about 28,000 families|returned;
    a=Qassim Mohammed;alt=the town's mayor]] have come home, out of [[some 40,000|civilians;
    u=household;a=Qassim Mohammed;alt=the town's mayor]] who lived there before {{2014}}. The
    district, once home to [[more than 200,000 people|civilians]], most of them Turkmen, was
    among the {{first}} to fall to the militants. Islamic State abducted [[hundreds of Shia
    Turkmen|kidnapped]] from the town that summer. [[Some 1,300|missing;a=the Turkmen Rescue
    Foundation]] are still unaccounted for, according to the Turkmen Rescue Foundation. Teams
    from the Danish Refugee Council cleared [[more than 2,000 explosive items|other;a=the group;
    alt=the Danish Refugee Council]] from farmland around the town last year, the group said.
    [[Nine people|killed]] have been killed by mines in the district since {{January}},
    [[four|killed]] of them farmers ploughing their fields.""",
)

item(
    "Qaraqosh rebuilds its houses, but half its Christians have not come back",
    """Of the [[roughly 50,000 Syriac Christians|civilians;a=the town's Syriac Catholic church]]
    who fled Qaraqosh, also known as Bakhdida, when Islamic State swept across the Nineveh Plains
    in {{August 2014}}, [[around 26,000|returned;a=the town's Syriac Catholic church]] have
    returned, the town's Syriac Catholic church estimates. The Nineveh Reconstruction Committee,
    set up by the churches, says it has rebuilt or repaired [[6,300 houses|housing;a=The Nineveh
    Reconstruction Committee]] of [[about 7,000|housing;u=structure;a=The Nineveh Reconstruction
    Committee]] that were burned or damaged. [[About 40 elderly residents|kidnapped]] who could not flee in {{2014}} were held by the
    militants, and [[nine|missing]] of them have never been found. [[Some 3,000
    families|displaced]] from the town still
    live in Erbil's Ankawa district, where they fled {{a decade}} ago, and many others have
    emigrated. The area is patrolled by the Babylon Brigades, a unit of the Popular Mobilisation
    Forces listed as {{Brigade 50}}, which residents say keeps [[about 300
    fighters|combatants;a=residents]] in and around the town. "Houses can be rebuilt. Trust takes
    longer," said Father Boutros Sheeto, a parish priest.""",
)

item(
    "Deminers comb Mosul's Tigris bank for bombs hidden in the rubble",
    """Teams from the Mines Advisory Group (MAG) working on the west bank of the Tigris found [[43
    suicide vests|other;u=other;a=the British charity;alt=the Mines Advisory Group (MAG)]] and
    [[17 unexploded aircraft bombs|other;u=other;a=the British charity;alt=the Mines Advisory
    Group (MAG)]] in a single block of houses in {{March}}, the British charity said. Since
    {{2018}} it has cleared [[more than 1,700 buildings|other]] in the old city and removed
    [[close to 30,000 items|other]] of explosive ordnance. [[Two Iraqi deminers|killed]] died
    last year and [[five others|injured]] were hurt when a booby-trapped refrigerator exploded in
    a house in the Shifa district. Mosul's municipality says [[about 2,000 houses|housing;
    a=Mosul's municipality]] in the old city still cannot be rebuilt because nobody has cleared
    them. At the current pace, MAG expects to need {{another three years}} to finish the west
    bank, a programme manager said.""",
)

item(
    "Cash for rent keeps Mosul's homeless families off the street",
    """Mercy Corps says [[about 4,800 families|aid;a=Mercy Corps]] in Mosul whose houses were
    destroyed receive monthly rent support from the aid group, {{IQD 250,000}} ({{about $190}})
    each for {{six months}}. The city of [[about 1.8 million people|civilians]] has [[more than
    9,000 families|displaced;a=the provincial migration office]] living in rented rooms or with
    relatives because their homes are destroyed, according to the provincial migration office.
    Mercy Corps has also handed out [[2,400 repair kits|aid]] for windows, doors and roofs to
    [[1,200 households|aid]] in the old city and Zanjili. [[About 600 families|returned;a=the
    group;alt=Mercy Corps]] used the grants to move back into repaired homes this year, the group
    says. But [[some 3,500 families|civilians]] are on the waiting list, and funding for the
    programme runs out in {{June}}.""",
)

item(
    "Mosul battle killed 9,000 to 11,000 civilians, AP investigation finds",
    """MOSUL, Iraq (AP) - [[Between 9,000 and 11,000 civilians|killed;a=an Associated Press
    investigation]] died in the battle to drive Islamic State from Mosul, an Associated Press
    investigation has found, {{nearly ten times}} the figure previously reported. Mosul's morgue
    registered [[9,606 bodies|killed;a=Mosul's morgue]] between the start of the offensive in
    {{October 2016}} and the end of {{November 2017}}. Prime Minister Haider al-Abadi told the AP
    that [[1,260 civilians|killed;a=Prime Minister Haider al-Abadi]] had been killed. The US-led
    coalition says its strikes killed [[at least 326 civilians|killed;a=The US-led coalition]] in
    Mosul, a figure it says is under review. Hospitals in and around the city treated [[more than
    6,000 wounded civilians|injured]] during the {{nine months}} of fighting. Civil defence crews
    retrieved [[more than 2,000 bodies|killed]] from the old city in the {{five months}} after
    the battle ended, many of them Islamic State fighters and their families. Iraqi officials say
    [[about 5,000 Islamic State fighters|killed;a=Iraqi officials]] were also killed.""",
)

item(
    "In Mosul's al-Maydan, a lane rebuilt one house at a time",
    """When Ahmed Fadhil, a {{51-year-old}} carpenter, came back to al-Maydan in {{2019}}, [[14 of
    the 16 houses|housing]] on his lane were collapsed shells. Today [[nine|housing;
    u=structure]] have been rebuilt, [[three|housing;u=structure]] of them by UN-Habitat and the
    rest by families who sold land, gold and cars to pay for the work. His brother and [[two
    nephews|killed]] died when an air strike hit the house next door in {{March 2017}}. "Before
    the war we were [[eleven families|civilians;a=Ahmed Fadhil]] on this lane; now we are
    [[five|civilians;u=household;a=Ahmed Fadhil]]," he said. Across the old city, UN-Habitat says
    it has rebuilt [[about 1,800 houses|housing;a=UN-Habitat]] and given [[3,100 families|aid;
    a=UN-Habitat]] cash to repair their own.""",
)

item(
    "World Bank puts cost of rebuilding Iraq after IS war at $88 billion",
    """Iraq needs {{$88.2 billion}} to rebuild areas ravaged by the war against Islamic State,
    according to a damage and needs assessment presented at a donor conference in Kuwait on
    Monday. The World Bank, which prepared the assessment with Iraq's Ministry of Planning, found
    [[about 147,000 housing units|housing;a=The World Bank]] destroyed or damaged, [[some
    40,000|housing;u=structure;a=The World Bank]] of them in Mosul. It also counted [[about 2,200
    schools|housing;a=The World Bank]] and [[more than 100 hospitals and clinics|housing;
    n=hospitals and clinics;a=The World Bank]] damaged or destroyed. [[More than 2.5 million
    people|displaced;a=Salman al-Jumaili;alt=the planning minister]] remain displaced and [[about
    3.5 million|returned;a=Salman al-Jumaili;alt=the planning minister]] have gone home, the
    planning minister, Salman al-Jumaili, said. Donors pledged {{$30 billion}}, mostly in loans
    and credit lines, well short of the {{$88.2 billion}} sought.""",
)

item(
    "Mosul trucks out its rubble, one tipper load at a time",
    """Mosul's municipality has removed [[more than 2.3 million tonnes|other;a=Rafi Hassan]] of
    rubble from the old city since {{2018}}, its director of services, Rafi Hassan, said on
    Sunday. [[About 120 trucks a day|other]] carry debris to a crushing site on the city's
    southern edge, where it is ground into aggregate for new roads. Crews still find human
    remains: they recovered [[17 bodies|killed]] from a collapsed basement in the Shahwan
    district in {{May}}. The municipality has hired [[900 day labourers|other]] for the work,
    paid {{IQD 20,000}} a day. UNDP put the debris left in the city when the fighting ended at
    [[about 7.5 million tonnes|other;a=UNDP]]. The provincial office for missing persons says families have reported [[more than 1,000
    relatives|missing;a=The provincial office for missing persons]] missing who they believe are
    still under the ruins. Some of the rubble has already gone back into houses:
    [[about 600 homes|housing]] in the old city have been rebuilt with recycled blocks.""",
)

item(
    "Mosul airport reopens more than a decade after IS capture",
    """Mosul International Airport reopened on Sunday, {{11 years}} after Islamic State overran
    the city in {{June 2014}} and {{eight years}} after the battle that left its terminal and
    runway in ruins. The rebuilt terminal cost {{IQD 140 billion}}, or about {{$107 million}},
    and the runway has been extended to {{3,000 metres}}, Nineveh's governor said. The {{first}}
    Iraqi Airways flight from Baghdad, a {{Boeing 737}}, landed at {{10:40 am}}, {{45 minutes}}
    late, to applause from officials on the apron. The transport ministry expects traffic to
    reach {{about 20 percent}} of Erbil airport's within {{two years}}. A one-way ticket to
    Baghdad costs {{IQD 150,000}}, and a service to Istanbul is due to start in
    {{September}}.""",
)

item(
    "Mosul University's library, burned by IS, reopens its doors",
    """The central library of the University of Mosul, set on fire by Islamic State in
    {{December 2014}}, reopened on Tuesday after a {{$5 million}} restoration paid for largely by
    the Dutch government. The new building covers {{8,000 square metres}} and stays open from
    {{8 am}} to {{8 pm}}, {{six days a week}}, the university's president said. Founded in
    {{1967}}, the university was once ranked {{second}} in Iraq, and manuscripts dating to the
    {{13th century}} were among the library's losses. About {{40 percent}} of the collection has
    been replaced with donations from abroad, librarians said. Students queued from {{7 am}} to
    be among the {{first}} inside.""",
)
