"""Forced evictions and demolitions in the Middle East and North Africa, 2014-2026: Israeli
demolitions in the West Bank and East Jerusalem, the northern West Bank camps, Gaza, Egypt's
Rafah buffer zone and Warraq island, and Damascus."""

from _wrap import item

item(
    "West Bank demolitions hit record in 2023, OCHA says",
    """Israeli authorities demolished, seized or forced Palestinians to demolish [[1,177
    structures|housing;a=the UN Office for the Coordination of Humanitarian Affairs]] in the
    occupied West Bank, including East Jerusalem, in {{2023}}, the UN Office for the Coordination
    of Humanitarian Affairs said. The demolitions displaced [[1,573 Palestinians|displaced;a=the
    office;alt=the UN Office for the Coordination of Humanitarian Affairs]], [[more than 700 of
    them|displaced;a=the office;alt=the UN Office for the Coordination of Humanitarian
    Affairs;n=-]] children, the office said, the highest number since it began keeping
    records in {{2009}}. Most of the structures were in Area C, where Israel keeps full control
    and rejects nearly all Palestinian applications for building permits. [[About 230 of the
    structures|housing;a=OCHA;n=structures]] had been provided as humanitarian aid, OCHA said,
    and [[a further 11,000 people|civilians;a=OCHA]] lived in homes with pending demolition
    orders. COGAT, the Israeli defence body that administers the area, said it enforced
    planning law without discrimination.""",
)

item(
    "Court clears way for evictions in Masafer Yatta firing zone",
    """Israel's Supreme Court on {{4 May 2022}} rejected petitions by residents of Masafer Yatta
    in the South Hebron Hills, clearing the way for the army to evict them from an area it
    declared a training ground, Firing Zone {{918}}, in the {{1980s}}. Rights groups said
    [[about 1,150 Palestinians|civilians;a=Rights groups]] living in [[eight
    hamlets|other;a=Rights groups]] faced expulsion, in what they said could be one
    of the largest single displacements since {{1967}}. Within a week soldiers demolished
    [[at least 19 structures|housing;a=B'Tselem]] in Al-Fakheit and Al-Markaz, including [[11
    homes|housing;a=B'Tselem]], the Israeli rights group B'Tselem said, leaving [[45
    people|displaced;a=B'Tselem]] homeless. A primary school in Isfey al-Fauqa, built with
    European funding, was demolished in {{November}}; [[22 pupils|other;a=parents]] now walk
    more than {{an hour}} to classes, parents said. The army said the structures were built
    illegally inside the zone.""",
)

item(
    "Israel demolishes apartment blocks on edge of Sur Baher",
    """[[Hundreds of Israeli soldiers and border police|combatants;n=soldiers and border police]] moved into Wadi Hummus, on the edge of the
    East Jerusalem neighbourhood of Sur Baher, before dawn on {{22 July 2019}} and began
    demolishing buildings that Israel says were built too close to its separation barrier.
    OCHA said [[10 buildings|housing;a=OCHA]] containing [[about 70 apartments|housing;a=OCHA]]
    were demolished or blown up over {{two days}}, and that [[17 people|displaced;a=OCHA]]
    living in [[two of the buildings|housing;a=OCHA]] were made homeless; the rest were still
    under construction. The Palestinian Red Crescent said [[at least 17 people|injured;a=The
    Palestinian Red Crescent]] were hurt. Israeli police said they arrested [[two
    people|arrested;a=Israeli police]] for obstructing the demolitions. Many of the buildings
    stood in Area A, where the Palestinian Authority issues permits.""",
)

item(
    "Silwan families demolish own homes to avoid municipal fines",
    """Palestinian families in the al-Bustan area of Silwan, in East Jerusalem, have begun
    tearing down their own homes rather than pay the Jerusalem municipality's demolition costs
    and fines, residents said on {{12 March 2024}}. The neighbourhood committee said [[about 15
    families|displaced;a=The neighbourhood committee]] had carried out such "self-demolitions"
    since {{January}}, and that [[more than 1,500 residents|civilians;a=The neighbourhood
    committee]] of al-Bustan lived under demolition orders. The municipality, which plans a
    biblical-themed park on the site, says [[at least 90 structures|housing;p;a=The
    municipality]] were built without permits and must go. The Israeli group Ir Amim said
    municipal crews had demolished [[a further 31 homes|housing;a=The Israeli group Ir Amim]]
    across East Jerusalem in the same period, displacing [[140 people|displaced;a=The Israeli
    group Ir Amim]]. "We built with our own hands and now we destroy with our own hands," said
    a father of {{six}}, who spent {{two days}} knocking down the flat he built in {{2010}}.""",
)

item(
    "Clashes at Khan al-Ahmar as bulldozers arrive",
    """Israeli forces clashed with Palestinians and foreign activists at the Bedouin village of
    Khan al-Ahmar, east of Jerusalem, on {{4 July 2018}} as bulldozers began levelling roads to
    prepare for its demolition. The Palestinian Red Crescent said [[35 people|injured;a=The
    Palestinian Red Crescent]] were treated for injuries, [[four of them|injured;a=The
    Palestinian Red Crescent;n=-]] taken to hospital. Israeli police said [[11
    people|arrested;a=Israeli police]] were detained and [[one officer|injured;a=Israeli
    police]] was hurt. The village is home to [[about 180 people|civilians;a=the UN]], more than
    half of them children, according to the UN, and its school, built of tyres and mud, serves
    [[170 pupils|other;a=the UN]] from [[five Bedouin communities|other;u=other]]. Israel says the
    village was built illegally and has offered its residents plots near Abu Dis, which they
    refuse. EU states had warned that moving the villagers could amount to forcible transfer.""",
)

item(
    "Largest single demolition in years leaves Humsa families in open",
    """Israeli forces demolished the tents and animal shelters of Humsa al-Fauqa, a herding
    community in the northern Jordan Valley, on {{3 November 2020}}, in what OCHA called the
    largest demolition there in {{a decade}}. The UN agency said [[83 structures|housing;a=The
    UN agency;alt=OCHA]] were destroyed, leaving [[73 people|displaced;a=The UN agency;alt=OCHA]],
    including [[41 children|displaced;a=The UN agency;alt=OCHA]], homeless as winter began.
    [[Eleven families|displaced]] spent the night by the ruins. Aid groups delivered [[25
    tents|aid]] the next day, but soldiers confiscated [[14 of them|other;u=other;n=-;a=the
    Palestinian Authority's Colonization and Wall Resistance Commission]] in {{February}}, the
    Palestinian Authority's Colonization and Wall Resistance Commission said. The army said the
    community was inside a firing zone.""",
)

item(
    "Army razes homes in Jenin camp as displacement passes 40,000",
    """The Israeli army has demolished [[dozens of buildings|housing;a=residents and local
    officials]] in the Jenin refugee camp since launching its "Iron Wall" operation in the
    northern West Bank on {{21 January 2025}}, residents and local officials said. UNRWA, the UN
    agency for Palestinian refugees, said [[about 40,000 people|displaced;a=UNRWA]] had been
    forced from the Jenin, Tulkarem and Nur Shams camps, the largest displacement in the West
    Bank since {{1967}}. The army said it would demolish [[106 buildings|housing;p;a=The army]]
    in Jenin and Tulkarem to widen roads for its vehicles, and that [[three infantry
    battalions|combatants;u=other;a=The army]] would remain in the camps for months. The Palestinian
    health ministry said [[at least 38 people|killed;a=The Palestinian health ministry]] had been
    killed in Jenin governorate since the operation began. Families said [[two elderly
    men|missing;a=Families]] who refused to leave their homes had not been heard from. No
    displaced resident has been allowed back, and [[about 3,000 families|displaced;a=the
    governor of Jenin]] are staying in schools, mosques and rented flats in the city, the
    governor of Jenin said; [[nine schools|capacity;a=the governor of Jenin]] are being used as
    shelters.""",
)

item(
    "Settlers seize shepherds as Jordan Valley herders are driven out",
    """Israeli settlers seized [[two Palestinian shepherds|kidnapped;a=the Palestinian Authority's
    Colonization and Wall Resistance Commission]] near the herding community of Ras Ein al-Auja
    on {{Friday}} and held them for {{several hours}}, tying them up and beating them, the Palestinian
    Authority's Colonization and Wall Resistance Commission said. The men were freed after
    Israeli soldiers arrived. OCHA said settler violence and access restrictions had displaced
    [[at least 1,800 Palestinians|displaced;a=OCHA]] from [[more than 25 Bedouin and herding
    communities|other;u=other;a=OCHA]] in Area C between {{October 2023}} and {{July 2024}},
    most of them in the Jordan Valley and east of Ramallah. In Ras Ein al-Auja, home to [[some 700
    people|civilians]], residents said settlers had stolen [[more than 1,000 sheep|other;a=residents]]
    in {{a year}}. Israeli police said they detained [[three settlers|arrested;a=Israeli police]]
    for questioning. Residents said [[12 families|displaced;a=Residents]] had already packed up
    their tents and left for Jericho.""",
)

item(
    "Police evict Salhiya family in Sheikh Jarrah night raid",
    """Israeli police evicted the Salhiya family from their home in the East Jerusalem
    neighbourhood of Sheikh Jarrah before dawn on {{19 January 2022}} and demolished the house,
    {{two days}} after the family threatened to set themselves alight rather than leave. Police
    said they arrested [[18 people|arrested;a=Police]], including members of the family, for
    violating court orders and disturbing the peace. The Jerusalem municipality said the land
    would be used for a school serving [[hundreds of children|other;p;a=The Jerusalem
    municipality]] from the neighbourhood. Peace Now said [[12 people|displaced;a=Peace Now]]
    lived in the house and that [[about 200 Palestinians|civilians;a=Peace Now]] in Sheikh Jarrah still
    faced eviction lawsuits brought by settler organisations. [[Dozens of police
    officers|combatants]] sealed off the street during the operation, which lasted about {{three
    hours}}.""",
)

item(
    "Egypt widens Rafah buffer zone, razing homes on Gaza border",
    """Egypt's army has demolished [[at least 3,255 buildings|housing;a=Human Rights Watch]] in
    the town of Rafah in North Sinai since {{July 2013}} to create a buffer zone along the
    border with Gaza, Human Rights Watch said in a report on {{22 September 2015}}. The group said
    it had documented the eviction of [[about 3,200 families|displaced;a=The group;alt=Human
    Rights Watch]], many of whom received little or no notice. The North Sinai governor said in
    {{October 2014}} that [[802 homes|housing;a=The North Sinai governor]] had been cleared in
    the first phase and that [[1,165 families|aid;a=The North Sinai governor]] would be
    compensated. The zone was later extended from {{500 metres}} to {{1.5 kilometres}}. Residents
    told the group that [[two girls|killed;a=Residents]] died when explosives used to bring
    down a neighbouring house collapsed the wall of their home. The army says the zone is
    needed to stop weapons smuggling through tunnels, [[more than 1,800|other;u=other;a=The army;n=-]] of which it says it has destroyed.""",
)

item(
    "One dead as residents of Warraq island clash with police",
    """[[One resident|killed;a=the interior ministry]] was killed and [[dozens of people|injured;a=the interior ministry]] were
    injured on {{16 July 2017}} when residents of Warraq, an island in the Nile in Giza, resisted
    security forces sent to remove what the government calls illegal buildings, the interior
    ministry said. The ministry said [[31 police officers and conscripts|injured;a=The ministry;alt=the interior ministry]]
    were among the injured and that [[700 buildings|housing;p;a=The ministry;alt=the interior ministry]] were slated for removal.
    Residents said [[one man|killed;a=Residents]], Sayed al-Tafshan, was shot by police, who
    fired tear gas and birdshot. Prosecutors later ordered the detention of [[22
    residents|arrested]] pending investigation. [[About 90,000 people|civilians]] live on the
    island, which the government wants to turn into an investment zone. Residents said [[about
    60 families|displaced;a=Residents]] had been forced out by the end of {{2018}}.""",
)

item(
    "Qaboun returnees find homes bulldozed under new zoning plan",
    """Syrian government bulldozers have levelled large parts of Qaboun, a former opposition
    district of north-east Damascus, under a zoning plan approved in {{2021}}, the Syrian Network
    for Human Rights said on {{2 June 2022}}. The group said [[more than 1,100 homes|housing;a=The
    group;alt=the Syrian Network for Human Rights]] had been demolished, including many that were
    still habitable. Of [[about 400 families|returned;a=the network;alt=the Syrian Network for Human
    Rights]] who went back to Qaboun after the {{2017}} surrender deal, [[fewer than
    100|returned;a=the network;alt=the Syrian Network for Human Rights]] still lived there, the
    network said. It said [[at least 27 residents|arrested;a=the Syrian Network for Human
    Rights]] who returned to check on their property had been arrested by security branches
    and that [[nine of them|missing;a=the Syrian Network for Human Rights;n=-]] were still
    unaccounted for. The Damascus governorate says owners will receive shares in [[27 new housing
    towers|capacity;p;u=structure;a=The Damascus governorate]].""",
)

item(
    "Gazans return north to flattened neighbourhoods",
    """[[More than 500,000 people|returned;a=the UN]] crossed back into northern Gaza in the
    {{first week}} after the ceasefire took effect on {{19 January 2025}}, the UN said, many of
    them walking along the coastal road to find their neighbourhoods flattened. Satellite
    analysis by the UN Satellite Centre found that about {{69 per cent}} of all structures in
    the strip had been damaged or destroyed, including [[some 245,000 homes|housing;a=the UN
    Satellite Centre]]. Gaza's civil defence said [[about 10,000 people|missing;a=Gaza's civil
    defence]] were still believed to be buried under rubble. Aid groups said they had set up
    [[26 new shelter sites|capacity;a=Aid groups]] in Gaza City and Jabalia for families who
    had nothing to return to, and that [[roughly 135,000 tents|aid;p;a=Aid groups]]
    were still needed. In Rafah, where Israeli forces remained, residents said army engineers
    were still blowing up houses, and the Palestinian Red Crescent said [[four
    people|killed;a=the Palestinian Red Crescent]] trying to reach their homes there had been
    shot.""",
)

item(
    "Sur residents barred from return as demolitions follow curfew",
    """Turkish authorities have demolished [[hundreds of buildings|housing;a=residents and the
    Diyarbakir Bar Association]] in the historic Sur district of Diyarbakir since fighting
    between security forces and PKK-linked militants ended there in {{March 2016}}, residents
    and the Diyarbakir Bar Association said. The bar association said [[about 24,000
    people|displaced;a=The bar association;alt=the Diyarbakir Bar Association]] had fled the
    district during {{103 days}} of round-the-clock curfew and that [[only about 3,000|returned;a=The bar association;alt=the Diyarbakir Bar Association]] had been allowed back.
    The interior ministry said [[about 6,000 homes|housing;a=The interior ministry]] had been
    damaged in the fighting and that [[3,200 new housing units|capacity;p;a=The interior ministry]]
    would be built for those who lost their homes. Residents said [[some 30,000 people|civilians;a=Residents]]
    had lived in the neighbourhoods still under curfew. [[Twelve residents|arrested]] who
    tried to enter the sealed area were detained on Tuesday. Rights groups said [[at least 3,500
    police officers and soldiers|combatants;a=Rights groups]] had taken part in the operation.""",
)

item(
    "Permits for Palestinians in Area C stay below 2 per cent",
    """Israel approved fewer than {{2 per cent}} of Palestinian applications for building permits
    in Area C between {{2016}} and {{2020}}, according to figures released by the Civil
    Administration in response to a freedom-of-information request by Bimkom. Area C makes up
    about {{60 per cent}} of the West Bank. The plans approved covered less than {{0.5 per cent}}
    of its land, roughly {{1,800 dunams}}, the data show. Bimkom said the figures for {{2021}}
    were similar. The Civil Administration has not published annual figures since {{2022}}.""",
)

item(
    "Egypt sets compensation rates for Nile island landowners",
    """Egypt's cabinet on {{25 August 2022}} set compensation for land on Warraq island at {{EGP
    3,500}} per square metre for registered plots and {{EGP 1,400}} for land held without title,
    the government said. Owners of flats will receive {{EGP 8,000}} per square metre or a
    replacement flat in the Hadayek October development, {{30 km}} away, officials said. The
    island, about {{1,400 acres}}, is to be turned into a business district called Horus City by
    {{2030}}. Payments will be made in {{three instalments}} over {{18 months}}.""",
)
