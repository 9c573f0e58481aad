"""dev400 items: Maybrat, Teluk Bintuni and the west, and the monitors' and churches' counts."""

from _wrap import item

item(
    "Four soldiers killed in attack on Maybrat army post",
    """
    Rebels attacked a military post in Kisor village, Maybrat regency, before dawn on Thursday,
    killing [[four soldiers|killed;a=the military]] and wounding [[two|injured;n=-;a=the military]],
    the military said. The post was manned by [[12 soldiers|combatants;a=the army]], the army said,
    and the attackers carried machetes, bows and [[two rifles|other;a=the army]]. Residents of [[at
    least seven villages|other;a=the Catholic diocese of Manokwari-Sorong]] around Kisor fled, and
    [[about 2,000 people|displaced;a=the Catholic diocese of Manokwari-Sorong]] were hiding in the
    forest or walking to Sorong, the Catholic diocese of Manokwari-Sorong said. [[Some 500
    troops|combatants;p;a=the military]] would be sent from Sorong and Manokwari, the military said.
    Police arrested [[two suspects|arrested;a=police]] on Saturday, police said. [[Dozens of
    houses|housing;a=church workers]] in Kisor were burned in the sweep that followed, church
    workers said.
    """,
)

item(
    "A year after Kisor attack, Maybrat's displaced still in limbo",
    """
    [[More than 3,000 people|displaced;a=the Sorong diocese's justice and peace
    commission]] from Aifat Selatan and nearby districts remain displaced a year after the attack
    on the Kisor post, the Sorong diocese's justice and peace commission said. They live at [[17
    locations|capacity;u=other;a=the commission;alt=the Sorong diocese's justice and peace
    commission]] in Sorong, Teminabuan and Kumurkek, the commission said. [[At least 23
    people|killed;a=the commission;alt=the Sorong diocese's justice and peace commission]] had died
    of illness in the camps, among them [[11 children|killed;a=the commission;alt=the Sorong
    diocese's justice and peace commission]], it said. [[An estimated 6,000 people|civilians]] in
    the five districts have been affected. The regency has built [[200 houses|housing;a=officials]]
    for returnees in Kumurkek, officials said, but [[only 60 families|returned;a=officials]] have
    moved in. The provincial government sent [[1,500 food parcels|aid]] in {{August}}. The Kisor
    attack took place on {{2 September 2021}}.
    """,
)

item(
    "UN experts alarmed by displacement in Papua",
    """
    UN human rights experts said on Tuesday that [[between 60,000 and 100,000
    people|displaced;a=UN human rights experts]] had been displaced in Papua since {{December 2018}}
    and that [[tens of thousands|civilians;n=-;a=UN human rights experts]] had little access to
    food or health care. The experts cited reports that [[at least eight children|killed;a=The
    experts]] had been killed and [[two|missing;n=-;a=The experts]] were missing in Intan Jaya.
    They said [[an estimated 21,000 troops|combatants;a=UN human rights experts]] had been deployed
    to the region since {{2018}}. Indonesia's mission in Geneva said the figures were exaggerated
    and put the number of displaced at [[fewer than 9,000|displaced;n=-;a=Indonesia's mission in
    Geneva]]. It said [[some 4,500|returned;n=-;a=Indonesia's mission in Geneva]] had already gone
    home with state help, and that [[six schools|housing;a=Indonesia's mission in Geneva]] burned
    by rebels had been rebuilt. The statement was issued on {{1 March 2022}}.
    """,
)

item(
    "Monitor counts nearly 77,000 displaced in Papua",
    """
    [[76,919 people|displaced;a=Human Rights Monitor]] were internally displaced in Papua at the
    end of {{2024}}, according to Human Rights Monitor, a Europe-based group. The displaced came
    from [[nine regencies|other;u=other;a=the group;alt=Human Rights Monitor]], the group said, with
    Intan Jaya, Puncak and Nduga the worst hit. It recorded [[at least 156
    civilians|killed;a=Human Rights Monitor]] killed during the year, against [[39 soldiers and
    police|killed;n=soldiers and police;a=Human Rights Monitor]] and [[31 TPNPB
    fighters|killed;a=Human Rights Monitor]]. [[About 1,200|returned;n=-;a=the group;alt=Human Rights Monitor]] had returned home, the group said. It counted [[86 homes, churches and
    schools|housing;n=homes, churches and schools;u=structure;a=Human Rights Monitor]] burned or
    destroyed. The report noted that [[at least 18 villages|other;a=The report]] had been emptied
    by air and drone strikes, which the military denies carrying out.
    """,
)

item(
    "Rebels kill road workers in Teluk Bintuni",
    """
    Rebels killed [[four workers|killed;a=police]] building a road between Teluk Bintuni and
    Maybrat in Moskona district, police said on Monday. [[Two other workers|missing;a=police]] were
    missing and [[12|displaced;n=-;a=police]] had been evacuated to Bintuni by boat, police said.
    The attackers burned [[three excavators|other;u=other]] and [[a dozen|other;n=-;u=other]] other
    machines parked at the camp. [[About 150 troops|combatants;a=the military]] were searching the
    forest, the military said. [[One soldier|killed;a=the military]] was killed on Tuesday in a
    gunfight with the group, it said. [[A dozen families|displaced]] from the nearby village of Mery
    fled to the district town. The road project is worth {{Rp 312 billion}}.
    """,
)

item(
    "Rebels seize teachers and health workers in Teluk Bintuni",
    """
    TPNPB fighters abducted [[six people|kidnapped;a=police]], among them [[four teachers|kidnapped;a=police]] and
    [[two health workers|kidnapped;a=police]], from a village in Teluk Bintuni on Wednesday, police said.
    [[Three of the hostages|kidnapped;n=hostages;a=police]] were freed on Friday after church
    leaders intervened, police said. [[One teacher|missing;a=church leaders]] had escaped into the
    forest and was missing, church leaders said. [[About 120 residents|displaced]] fled to the
    district town, and [[two schools|other;u=structure]] in the area were closed. [[Some 80
    soldiers|combatants;a=the regional military command]] had been deployed to the area, the
    regional military command said. The TPNPB said it had seized the hostages because the teachers
    were spies, a claim the education office rejected.
    """,
)

item(
    "Security task force tallies a year of violence in Papua",
    """
    The Damai Cartenz security task force said on Tuesday that [[19 soldiers|killed;a=The Damai
    Cartenz security task force]] and [[11 police officers|killed;a=The Damai Cartenz security task
    force]] had been killed in Papua in {{2025}}. It said [[58 civilians|killed;a=The Damai Cartenz
    security task force]] had died in rebel attacks, [[23 of them|killed;n=-;a=The Damai Cartenz
    security task force]] migrant workers. Security forces killed [[47 rebels|killed;a=the task
    force;alt=The Damai Cartenz security task force]] and arrested [[62 suspects|arrested;a=the
    task force;alt=The Damai Cartenz security task force]], the task force said. They seized [[38
    firearms|other]] and [[more than 4,000 rounds|other]] of ammunition. [[About 8,000 soldiers and
    police|combatants;n=soldiers and police;a=the task force's commander]] are assigned to the
    operation, the task force's commander said. The TPNPB said the tally hid the deaths of
    civilians killed by troops.
    """,
)

item(
    "Amnesty documents unlawful killings by Papua security forces",
    """
    Amnesty International Indonesia said on Wednesday it had documented [[at least 128
    people|killed;a=Amnesty International Indonesia]] killed unlawfully by security forces in Papua
    between {{2018}} and {{2025}}, [[34 of them children|killed;n=children;a=Amnesty International
    Indonesia]]. Only [[nine soldiers|other;a=the group;alt=Amnesty International Indonesia]] had
    been tried for any of the killings, the group said. Its director, Usman Hamid, said [[more than
    400 Papuans|arrested;a=Usman Hamid]] had been arrested for peaceful protest in the same period
    and [[some 60|arrested;n=-;a=Usman Hamid]] were still held as political prisoners. [[Two
    activists|missing;a=Usman Hamid]] seized in Timika in {{2023}} were never found, he said. The
    national police said [[27 officers|other;a=The national police]] had been disciplined over
    abuses in Papua since {{2019}}. The report runs to {{86 pages}}.
    """,
)

item(
    "Army to station thousands more troops in Southwest Papua",
    """
    The army plans to station [[about 3,500 soldiers|combatants;p;a=The army]] in the new province of
    Southwest Papua by {{2027}}, in [[five new battalion bases|other;u=structure;p;a=The
    army]]. [[Some 2,000 troops|combatants;a=the regional military command]] are already in the
    province, the regional military command said. Church leaders in Sorong said the bases would
    take land from [[at least 12 villages|other;a=Church leaders in Sorong]]. Police arrested [[19
    protesters|arrested;a=police]] at a rally against the plan in Sorong on Monday, police said.
    [[Four of them|injured;n=-]] were treated for injuries from batons. The army said each base
    would cover about {{30 hectares}}.
    """,
)

item(
    "Maybrat villagers start to go home",
    """
    [[About 1,700 people|returned;a=the Maybrat regency government]] displaced by the Kisor attack
    have returned to their villages, the Maybrat regency government said on Thursday, among them
    [[410 families|returned;a=the Maybrat regency government]] from Aifat Selatan. [[A further 800
    people|displaced;a=officials]] are still in Sorong and Teminabuan, officials said. The regency
    plans to bring home [[the remaining 800|returned;p;n=-;a=The regency]] before Christmas. Workers
    have rebuilt [[150 houses|housing]] and [[two clinics|housing]] in the returnees' villages.
    [[Three transit shelters|capacity]] in Kumurkek hold families waiting for their houses. The
    Public Works Ministry delivered [[1,000 roofing sheets|aid]] last month. The returns began in
    {{March 2023}}.
    """,
)

item(
    "Papua churches say pastors and worshippers targeted",
    """
    The Papua Council of Churches said on Sunday that [[at least 14 church workers|killed;a=The
    Papua Council of Churches]] had been killed in the highlands since {{2018}}, most by soldiers
    and police. The council said [[41 churches|housing;a=The council;alt=The Papua Council of
    Churches]] had been damaged or burned and [[thousands of worshippers|displaced;a=The
    council;alt=The Papua Council of Churches]] had fled their congregations. [[At least nine
    pastors|arrested;a=The council;alt=The Papua Council of Churches]] had been detained, it said.
    The council's member churches serve [[some 200,000 people|civilians;a=church
    leaders]] in the conflict areas, church leaders said. The council urged Jakarta to withdraw
    non-organic troops and open talks. The military said [[two soldiers|killed;a=The military]]
    had been killed while guarding a church in Intan Jaya in {{2022}}.
    """,
)

item(
    "Residents trapped in Hitadipa as army presses operation",
    """
    [[About 1,500 residents|civilians;a=church workers]] remain in Hitadipa district of Intan Jaya,
    unable to leave as the army presses an operation against rebels, church workers said on
    Monday. They said [[some 300 elderly and sick people|civilians;a=church workers]] could not walk
    to Sugapa. [[At least 2,400|displaced;n=-;a=the Intan Jaya government]] have already reached
    the town, the Intan Jaya government said. The army said [[six rebels|killed;a=The army]] had
    been killed, while church workers said [[three civilians|killed;a=church workers]] were among
    the dead and [[two|injured;n=-;a=church workers]] wounded. [[Up to 700 troops|combatants;a=a
    local official]] are deployed in the district, a local official said. The Social Affairs
    Ministry flew in [[160 sacks|aid]] of rice. The operation began on {{14 October 2025}}.
    """,
)

item(
    "Search for missing workers in Yahukimo",
    """
    [[Five workers|missing;a=police]] from a road project in Yahukimo were still missing on
    Thursday, {{four days}} after rebels attacked their camp, police said. Searchers found [[two
    bodies|killed;a=police]] in the river on Wednesday, police said. [[About 100 soldiers, police
    and volunteers|other;n=soldiers, police and volunteers;a=the regency's disaster
    agency]] are taking part in the search, the regency's disaster agency said. [[Seventeen
    workers|displaced;a=the contractor]] were evacuated to Dekai, the contractor said. The TPNPB
    said it had captured [[three rifles|other;a=The TPNPB]] in the attack. [[More than 200
    people|displaced]] have left the villages along the road since the attack.
    """,
)

item(
    "Rebels seize truck drivers on Mimika highway",
    """
    Rebels stopped [[four trucks|other;a=police]] on the road between Timika and Tembagapura on
    Saturday and took their [[four drivers|kidnapped;a=police]] hostage, police said. [[Two police
    officers|killed;a=police]] escorting the convoy were shot dead, police said. [[Two of the
    drivers|kidnapped;n=drivers;a=the Cartenz task force]] were freed on Sunday, the Cartenz task
    force said. [[About 50 families|displaced]] living along the road moved into Timika for safety.
    [[Some 300 police and soldiers|combatants;n=police and soldiers]] were sent to secure the
    highway. The road is {{80 kilometres}} long and carries supplies to the mine.
    """,
)

item(
    "Papua gets new provinces despite protests",
    """
    Indonesia's parliament on {{30 June 2022}} approved laws creating new provinces in Papua, a move
    opposed by many Papuans. The laws took effect on {{25 July 2022}}. The government said the
    provinces would receive {{Rp 1.5 trillion}} each over {{five years}}. A survey by a Jakarta
    pollster found {{62 percent}} of respondents in Papua opposed the split. Elections in the new
    provinces were held on {{14 February 2024}}.
    """,
)

item(
    "Special autonomy funds for Papua to rise",
    """
    Jakarta will raise special autonomy funds for Papua to {{2.25 percent}} of the national
    general allocation fund from {{2 percent}}, under a law revised in {{2021}}. The transfers will
    reach about {{Rp 8.5 trillion}} in {{2022}}. The revised law extends the scheme for {{20
    years}}. Critics said the money had done little for health or schooling since {{2001}}.
    """,
)
