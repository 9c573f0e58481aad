"""dev224 items: Mozambique, Malawi, Kenya, Nigeria, Somalia, Ethiopia, South Africa, Libya,
Morocco and Türkiye (cyclones, floods, a dam collapse, landslides, earthquakes), 2019-2024."""

from _wrap import item

item(
    "Idai: 128,000 in Mozambique's accommodation centres",
    """
    BEIRA, Mozambique - The number of people killed by Cyclone Idai in Mozambique rose to
    [[417|killed;a=Land and Environment Minister Celso Correia]] on Friday, Land and Environment
    Minister Celso Correia said, and
    [[about 128,000 people|displaced;a=Land and Environment Minister Celso Correia]] were living
    in [[143 accommodation centres|capacity;a=Land and Environment Minister Celso Correia]]
    around Beira and in the Buzi and Pungwe valleys. Correia said
    [[some 1.85 million people|civilians;a=Correia]] had been affected. South African air force
    helicopters have plucked [[between 300 and 400 people|other]] from trees and rooftops since the
    weekend. The Buzi river burst its banks and left an inland sea {{125 km}} long. The World
    Food Programme said it planned to feed
    [[600,000 people|aid;p;a=The World Food Programme]] over the next {{three months}}.
    """,
)

item(
    "Mozambique police free children abducted from cyclone resettlement site",
    """
    DONDO, Mozambique - Police in Sofala province said on Tuesday they had freed
    [[11 children|kidnapped;a=Police in Sofala province]] who had been abducted from a
    resettlement site for cyclone survivors and were being driven towards the border with
    Zimbabwe. [[Three suspects|arrested;a=provincial police spokesman Daniel Macuacua]] were
    arrested at a checkpoint near Inchope, provincial police spokesman Daniel Macuacua said. The
    site at Mutua houses [[about 1,600 families|displaced]] who lost their homes when Cyclone
    Idai struck in March. The National Institute for Disaster Management (INGC) said
    [[some 70,000 people|returned;a=The National Institute for Disaster Management (INGC)]] had
    gone home from accommodation centres, but that
    [[about 12,000 families|displaced;a=The National Institute for Disaster Management (INGC)]]
    could not go back because their land now lay in a declared flood zone. The institute plans
    to distribute
    [[5,000 shelter kits|aid;p;a=The institute;alt=The National Institute for Disaster Management (INGC)]]
    before the rains return in November.
    """,
)

item(
    "Malawi's Freddy toll rises to 326 as Blantyre digs through mud",
    """
    BLANTYRE, Malawi - The death toll from Cyclone Freddy in Malawi rose to
    [[326|killed;a=the Department of Disaster Management Affairs]] on Wednesday, the Department
    of Disaster Management Affairs said, and
    [[183,159 people|displaced;a=the Department of Disaster Management Affairs]] were sheltering
    in [[302 camps|capacity;a=the Department of Disaster Management Affairs]] across the
    southern region. [[At least 700 people|injured]] have been injured. In Blantyre's Chilobwe
    township, where mudslides swept away homes on the hillside, residents said
    [[dozens of neighbours|missing;a=residents]] were still buried. President Lazarus Chakwera
    declared {{14 days}} of national mourning and said the Malawi Defence Force had deployed
    [[more than 1,000 soldiers|combatants;a=President Lazarus Chakwera]] to search for
    survivors. UNICEF said [[some 90,000 children|displaced;a=UNICEF]] were among the
    displaced. Freddy, which first struck Madagascar and Mozambique in February, lasted more
    than {{five weeks}}, the longest-lived tropical cyclone on record.
    """,
)

item(
    "Kenya floods: 210 dead, 165,000 forced from homes",
    """
    NAIROBI - Floods and landslides during Kenya's long rains have killed
    [[at least 210 people|killed;a=the Interior Ministry]] since March, the Interior Ministry
    said on Thursday, and [[90 people|missing;a=the Interior Ministry]] remain missing. In Mai
    Mahiu a flash flood that tore through a village before dawn killed
    [[at least 52 people|killed]]. The ministry said
    [[more than 165,000 people|displaced;a=The ministry;alt=the Interior Ministry]] had fled their
    homes and were sheltering in [[115 camps|capacity;a=The ministry;alt=the Interior Ministry]].
    The government has ordered everyone living within {{30 metres}} of a river in Nairobi to
    leave, an order that could uproot [[up to 40,000 households|displaced;p]]. The Kenya Red
    Cross said [[20,000-25,000 people|returned;a=The Kenya Red Cross]] had gone back to their homes
    in Mathare as the water receded. The reopening of schools has been pushed back by
    {{a week}}.
    """,
)

item(
    "Nigeria's floods kill more than 600, displace 1.3 million",
    """
    ABUJA - This year's floods, Nigeria's worst in {{a decade}}, have killed
    [[603 people|killed;a=Humanitarian Affairs Minister Sadiya Umar Farouq]] and driven
    [[more than 1.3 million|displaced;a=Humanitarian Affairs Minister Sadiya Umar Farouq]] from
    their homes, Humanitarian Affairs Minister Sadiya Umar Farouq said on Sunday. She said
    [[2,407 people|injured;a=Humanitarian Affairs Minister Sadiya Umar Farouq]] had been injured
    and [[82,053 houses|housing;a=Humanitarian Affairs Minister Sadiya Umar Farouq]] completely
    destroyed. The National Emergency Management Agency (NEMA) said
    [[about 2.5 million people|civilians;a=The National Emergency Management Agency (NEMA)]] had
    been affected and warned that Anambra, Delta and Bayelsa could see more flooding in
    November. In Bayelsa, [[hundreds of thousands|displaced]] are camped along the East-West road,
    the only dry land for miles. NEMA said it had sent
    [[50,000 bags|aid;a=NEMA]] of rice and maize to the worst-hit states.
    """,
)

item(
    "Gunmen abduct travellers stranded on flooded Abuja-Lokoja highway",
    """
    LOKOJA, Nigeria - Gunmen abducted [[12 passengers|kidnapped;a=the Kogi State police command]]
    from vehicles stranded by floodwater on the Abuja-Lokoja highway on Tuesday night, the Kogi
    State police command said. Spokesman William Aya said tactical teams had rescued
    [[five of the victims|kidnapped;a=Spokesman William Aya]] after a gunfight in the bush near
    Koton Karfe and arrested [[two suspects|arrested;a=Spokesman William Aya]].
    [[Thousands of trucks and cars|other;n=trucks and cars]] have been stuck on the highway for
    {{more than a week}} since the Niger and Benue rivers overflowed at their confluence. The
    police said [[200 additional officers|combatants;a=The police]] had been deployed along the
    route. In Lokoja itself, [[more than 10,000 residents|displaced]] have moved into
    [[seven camps|capacity]] set up by the state emergency agency.
    """,
)

item(
    "Alau dam collapse floods Maiduguri, inmates escape",
    """
    MAIDUGURI, Nigeria - Floodwater from the collapsed Alau dam has submerged {{half}} of
    Maiduguri, killing [[at least 37 people|killed;a=the National Emergency Management Agency]]
    and displacing [[about 414,000|displaced;a=the National Emergency Management Agency]], the
    National Emergency Management Agency said on Friday. Borno State's emergency agency said it
    had opened [[30 camps|capacity;a=Borno State's emergency agency]] in schools and public
    buildings. The Nigerian Correctional Service said
    [[281 inmates|other;a=The Nigerian Correctional Service]] had escaped when the walls of the
    Maiduguri custodial centre collapsed, and that
    [[seven|arrested;a=The Nigerian Correctional Service]] had since been recaptured.
    [[Hundreds of families|displaced]] spent the night on the road out to Damboa. The city zoo
    said it had lost {{80%}} of its animals.
    """,
)

item(
    "Derna: WHO confirms nearly 4,000 dead, thousands still missing",
    """
    DERNA, Libya - The World Health Organization said on Sunday it had confirmed
    [[3,958 deaths|killed;a=The World Health Organization]] in the flood that swept through
    Derna when the dams above the city burst, and that
    [[more than 9,000 people|missing;a=The World Health Organization]] were still missing. The
    International Organization for Migration said
    [[at least 43,000 people|displaced;a=The International Organization for Migration]] had been
    displaced across north-eastern Libya. Prosecutors have detained
    [[eight current and former officials|arrested;a=attorney general Al-Siddiq al-Sour]] over
    the collapse of the dams, built in the {{1970s}}, attorney general Al-Siddiq al-Sour said.
    [[Hundreds of bodies|killed]] have been buried in mass graves outside the city. The UN
    said [[about 884,000 people|civilians;a=The UN]] in the east were in need of aid.
    """,
)

item(
    "Türkiye quake toll passes 44,000; warrants issued over building collapses",
    """
    ANKARA - The death toll from the {{magnitude 7.8}} and {{7.5}} earthquakes that struck
    southern Türkiye on {{Feb 6}} rose to [[44,218|killed;a=the disaster management agency AFAD]]
    on Friday, the disaster management agency AFAD said. In neighbouring Syria
    [[more than 5,900 people|killed]] were killed. Justice Minister Bekir Bozdag said
    prosecutors had issued detention warrants for
    [[612 people|arrested;p;a=Justice Minister Bekir Bozdag]] over collapsed buildings and that
    [[184 suspects|arrested;a=Justice Minister Bekir Bozdag]], among them contractors and
    property owners, had been detained. AFAD said
    [[more than 1.9 million people|displaced;a=AFAD]] were living in tents, container homes and
    state guesthouses. The Environment Ministry said
    [[about 164,000 buildings|housing;a=The Environment Ministry]] had collapsed or been so badly
    damaged that they must be pulled down. [[More than 35,000 search and rescue personnel|other]]
    from Turkish agencies were joined by [[11,000 rescuers|other]] from abroad.
    """,
)

item(
    "A year after the quake, Hatay's container cities endure",
    """
    ANTAKYA, Türkiye - {{A year}} after the earthquakes flattened much of Antakya,
    [[about 680,000 people|displaced;a=the disaster management agency]] in Hatay province still
    live in container cities, according to the disaster management agency.
    [[Some 3 million people|displaced]] left the earthquake zone in the weeks after the
    disaster. Officials estimate that [[fewer than 800,000|returned;a=Officials]] have come
    back. President Tayyip Erdogan has promised to deliver
    [[319,000 homes|housing;p;a=President Tayyip Erdogan]] by the end of the year, and the
    Environment Ministry says [[46,000|housing;u=structure;a=the Environment Ministry]] have been
    handed over so far. In Kahramanmaras, the governor's office said
    [[between 20,000 and 25,000 families|displaced;a=the governor's office]] were still in tents.
    "We were promised a home in {{one year}}," said Melek Durmaz, {{52}}, who shares a
    container with her son's family. "The year is over."
    """,
)

item(
    "Morocco quake toll nears 3,000 as aid reaches Atlas villages",
    """
    MARRAKECH - The toll from Friday night's {{magnitude 6.8}} earthquake in Morocco's High Atlas
    rose to [[2,946|killed;a=the Interior Ministry]] on Wednesday, the Interior Ministry said,
    with [[5,674 people|injured;a=the Interior Ministry]] injured. The ministry said
    [[more than 50,000 homes|housing;a=The ministry;alt=the Interior Ministry]] had collapsed or
    been damaged, most of them mud-brick houses in Al Haouz province. The royal cabinet said the
    state would pay {{30,000 dirhams}} in emergency aid to
    [[about 50,000 households|aid;p;a=The royal cabinet]] and up to {{140,000 dirhams}} to
    rebuild each destroyed home. The army has deployed [[several thousand soldiers|combatants]]
    and set up field hospitals in Asni and Amizmiz, where
    [[hundreds of families|displaced]] are sleeping in tents as night temperatures drop.
    """,
)

item(
    "KwaZulu-Natal floods: 443 dead, army to deploy 10,000 soldiers",
    """
    DURBAN - Floods in KwaZulu-Natal have killed
    [[at least 443 people|killed;a=provincial premier Sihle Zikalala]] and
    [[63|missing;a=provincial premier Sihle Zikalala]] are still missing, provincial premier
    Sihle Zikalala said on Monday.
    [[More than 40,000 people|displaced;a=provincial premier Sihle Zikalala]] have been left
    homeless and [[about 4,000 homes|housing;a=provincial premier Sihle Zikalala]] destroyed, he
    said. President Cyril Ramaphosa said
    [[10,000 soldiers|combatants;p;a=President Cyril Ramaphosa]] would be deployed to help with
    rescue work, restore water supplies and protect relief convoys. Police said they had arrested
    [[14 people|arrested;a=Police]] for looting a container depot near the port. Parts of eThekwini
    received more than {{300 mm}} of rain in {{48 hours}}.
    """,
)

item(
    "Somalia: El Nino floods displace more than 700,000",
    """
    MOGADISHU - Floods driven by El Nino have displaced
    [[more than 700,000 people|displaced;a=the Somali Disaster Management Agency (SoDMA)]] across
    Somalia and killed [[at least 96|killed;a=the Somali Disaster Management Agency (SoDMA)]],
    the Somali Disaster Management Agency (SoDMA) said on Monday. In Beledweyne, where the
    Shabelle burst its banks, [[between 200,000 and 250,000 residents|displaced]], {{nearly 90 percent}} of
    the town, fled to higher ground. SoDMA said
    [[1.7 million people|civilians;p;a=SoDMA]] could be affected by the end of the year. The
    World Food Programme said it had reached
    [[some 360,000 people|aid;a=The World Food Programme]] with cash and food. Local officials in
    Baidoa said [[about 15,000 people|returned;a=Local officials in Baidoa]] had gone back to
    their villages as the water fell.
    """,
)

item(
    "Ethiopia landslide toll rises to 257, UN warns it could double",
    """
    ADDIS ABABA - The death toll from landslides in southern Ethiopia's Gofa zone has risen
    to [[257|killed;a=the UN humanitarian office OCHA]], the UN humanitarian office OCHA said on
    Wednesday, warning that it could reach [[500|killed;p;a=the UN humanitarian office OCHA]].
    OCHA said [[more than 15,000 people|displaced;p;a=OCHA]] would have to be evacuated because
    of the risk of further slides, among them
    [[1,320 young children|displaced;p;a=OCHA]]. Many of the dead had rushed to help after an
    earlier slide on Sunday night, and were buried by another on Monday morning.
    [[Five people|other]] were pulled out alive. Local officials said
    [[dozens|missing;a=Local officials]] were still missing.
    """,
)

item(
    "Warnings about Derna's dams went unheeded",
    """
    TRIPOLI - A study published in {{2022}} by a hydrologist at Omar Al-Mukhtar University warned
    that the dams above Derna needed urgent maintenance and could fail in a major flood. The
    larger Abu Mansour dam, {{74 metres}} high, held {{22.5 million cubic metres}} of water. Both
    were built by a Yugoslav company between {{1973}} and {{1977}}. A Turkish firm signed a
    contract worth {{$8 million}} in {{2007}} to repair them, but work stopped in {{2011}}. Storm
    Daniel dropped {{414 mm}} of rain on Al-Bayda in {{24 hours}} on {{September 10}}. Gusts
    reached {{80 km/h}} along the coast.
    """,
)

item(
    "Istanbul faces high quake risk, scientists warn",
    """
    ISTANBUL - The chance of a quake of {{magnitude 7}} or more striking near Istanbul before
    {{2030}} is about {{64%}}, seismologists at Bogazici University's Kandilli Observatory said in
    a report on Tuesday. The North Anatolian fault under the Sea of Marmara has not ruptured
    since {{1766}}, they said. The city's mayor said the municipality would spend {{40 billion lira}} on strengthening over {{five years}}.
    A law passed in {{2012}} requires buildings erected before {{1999}} to be assessed. The
    report was released {{a year}} after a {{6.2}} tremor shook the city.
    """,
)
