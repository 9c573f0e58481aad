"""Ferry, launch and boat sinkings on lakes, rivers and the sea (10 texts with figures, 1
without)."""

from _wrap import item

item(
    "Overloaded boat capsizes on Lake Kivu near Goma",
    """GOMA (AFP) - An overloaded boat capsized on Lake Kivu near the port of Kituku in eastern
    Democratic Republic of Congo on Thursday, leaving [[at least 78 people|killed;a=the
    provincial governor]] dead, the provincial governor said. The boat, coming from Minova, was
    carrying [[about 278 passengers|other]], far more than its capacity, witnesses said.
    [[Some 58 survivors|other]] were pulled from the water and taken to hospital, where
    [[11|injured;a=a doctor]] were still being treated on Friday, a doctor said. The navy and
    [[dozens of fishermen|other]] searched for [[dozens more|missing;n=-]] who were still
    unaccounted for. The boat sank just {{700 metres}} from the shore.""",
)

item(
    "Launch fire on Sugandha river: dozens burnt to death",
    """[[At least 40 people|killed;a=Jhalakathi Deputy Commissioner Johar Ali]] were killed
    after a fire broke out on the Barguna-bound launch MV Abhijan-10 on the Sugandha river in
    Jhalakathi early yesterday, Jhalakathi Deputy Commissioner Johar Ali said. The fire started
    in the engine room at around {{3:00am}} when [[more than 800 passengers|other;a=survivors]]
    were on board, according to survivors. [[Over 70 people|injured;a=Sheikh Hasina National
    Institute of Burn and Plastic Surgery]] with burn injuries were taken to hospitals in
    Barishal and Dhaka, [[19 of whom|injured;n=-;a=Sheikh Hasina National Institute of Burn and
    Plastic Surgery]] are in critical condition, according to
    Sheikh Hasina National Institute of Burn and Plastic Surgery. Relatives said
    [[at least 48 people|missing;a=Relatives]] were still missing. The Department of Shipping
    formed a {{five-member}} probe body, and police arrested [[the launch's four
    owners|arrested]].""",
    ["MV Abhijan-10"],
)

item(
    "Search for Lake Toba ferry victims called off",
    """MEDAN - The National Search and Rescue Agency ended its search for the victims of the KM
    Sinar Bangun, which sank in Lake Toba, North Sumatra, with
    [[164 people|missing;a=agency chief Muhammad Syaugi]] still missing, agency chief Muhammad
    Syaugi said on Tuesday. The wooden ferry, built to carry [[43 passengers|capacity;u=person]],
    had [[an estimated 190 people|other]] on board when it capsized in high waves. Only
    [[21 people|other]] survived, and [[three bodies|killed]] were recovered. A remotely
    operated vehicle located the wreck at a depth of {{450 metres}}, too deep for divers. Police
    have
    named [[four suspects|arrested;a=a police spokesman]], including the ferry's captain, a police
    spokesman said.""",
)

item(
    "Wedding guests drown as boat capsizes on Niger",
    """ILORIN (Premium Times) - [[At least 103 people|killed;a=the Kwara State Police
    Command]], mostly wedding guests, have died after their boat capsized on the River Niger in
    Pategi Local Government Area, the Kwara State Police Command said on Tuesday. The
    passengers were returning from a wedding in Egbu village at about {{3 a.m}}. when the boat
    hit a submerged tree trunk. Police spokesperson Okasanmi Ajayi said
    [[100 people|other;a=Police spokesperson Okasanmi Ajayi]] had been rescued, while a search
    continued for [[dozens of others|missing;a=Police spokesperson Okasanmi Ajayi]]. A community
    leader, Usman Ibrahim, said [[more than 300 people|other;a=Usman Ibrahim]] were on the boat,
    which had been built for [[about 150|capacity;n=-]]. [[Four villages|other]] lost relatives
    in the disaster, he said.""",
)

item(
    "Ferry blaze off Basilan kills passengers",
    """ZAMBOANGA CITY, Philippines - [[At least 31 people|killed;a=Basilan Governor Jim
    Hataman-Salliman]] died when fire swept through the ferry Lady Mary Joy 3 late Wednesday
    off Basilan, Basilan Governor Jim Hataman-Salliman said. The Philippine Coast Guard said
    [[195 passengers and crew|other;a=The Philippine Coast Guard;n=passengers and crew]] had
    been rescued, [[23 of them|injured;n=-;a=The Philippine Coast Guard]] with burns. The ferry's
    manifest listed
    [[205 passengers|other]] and [[35 crew|other]], but the coast guard said there were
    [[more than 250 people|other;a=the coast guard;alt=The Philippine Coast Guard]] aboard. Some
    passengers jumped into the sea at around {{11 pm}} as the fire spread from the air-conditioned
    cabin. Rescuers were still searching for [[seven people|missing]].""",
    ["Lady Mary Joy 3"],
)

item(
    "MV Nyerere capsizes near Ukara island",
    """MWANZA (Nation Africa) - The death toll from the capsizing of the MV Nyerere ferry on Lake
    Victoria has climbed to [[224|killed;a=Tanzanian authorities]], Tanzanian authorities said
    on Saturday, as divers continued to pull bodies from the upturned hull. The ferry, licensed
    to carry [[101 passengers|capacity;u=person]], was believed to have had
    [[more than 400|other;a=officials]] on board when it overturned {{50 metres}} from the dock
    at Ukara, officials said. [[Forty-one people|other]] were rescued, among them an engineer
    found alive in an air pocket {{two days}} later. President John Magufuli ordered the arrest
    of the ferry's managers and declared {{four days}} of mourning.""",
)

item(
    "Tigris ferry sinks on Nowruz outing in Mosul",
    """MOSUL (Al Jazeera) - An overcrowded ferry carrying families celebrating the Nowruz
    holiday sank in the Tigris river near Mosul on Thursday, killing
    [[at least 94 people|killed;a=Iraqi officials]], most of them women and children, Iraqi
    officials said. The ferry was taking passengers to a tourist island when it capsized in
    fast-flowing water released from the Mosul Dam. Civil defence chief Hossam Khalil said
    [[55 people|other;a=Civil defence chief Hossam Khalil]] had been rescued and
    [[19|missing;a=Civil defence chief Hossam Khalil]] were unaccounted for. Prime Minister
    Adel Abdul Mahdi ordered the arrest of [[nine employees|arrested]] of the company running
    the island and declared {{three days}} of mourning. The ferry was designed for
    [[about 50 people|capacity]] but was carrying [[more than 200|other;a=witnesses]], witnesses
    said.""",
)

item(
    "Houseboat overturns off Tanur beach",
    """MALAPPURAM: [[Twenty-two people|killed;a=the district administration]], including
    [[15 children|killed;a=the district administration]], died when a double-decker tourist
    boat capsized near the Thooval Theeram beach at Tanur on Sunday evening, the district
    administration said. The boat, which had a licence to carry [[only 20 people|capacity]],
    was carrying [[about 40|other]] when it tipped over at around {{7 p.m}}. in shallow water
    near the estuary. [[Ten people|other]] swam ashore or were rescued by fishermen. Police
    arrested the boat's owner from Kozhikode on Monday.""",
)

item(
    "Fishing boat used as ferry sinks off Nampula coast",
    """MAPUTO (AP) - [[More than 90 people|killed;a=authorities]] died when a makeshift ferry
    sank off an island in northern Mozambique, authorities said on Monday. The converted fishing
    boat was carrying [[about 130 people|other]] to Mozambique Island when it went down in
    rough seas, said Jaime Neto, secretary of state for Nampula province. Rescuers found
    [[five survivors|other;a=Neto]], and the search continued for [[dozens of
    others|missing;a=Neto]], Neto
    said. Many of the passengers were fleeing the mainland because of misinformation about a
    cholera outbreak, he said. [[Two people|arrested]] were detained.""",
)

item(
    "Speedboat hits log off Kalimantan",
    """BALIKPAPAN - [[Eleven people|killed;a=the local search and rescue office]] died and
    [[five|missing;a=the local search and rescue office]] were missing after a speedboat
    carrying [[32 passengers|other]] struck a floating log on the Mahakam river in East
    Kalimantan on Saturday afternoon, the local search and rescue office said.
    [[Sixteen survivors|other]] were taken to a clinic in Tenggarong, where
    [[four|injured;a=a clinic doctor]] were treated for head injuries, a clinic doctor said. The
    boat was travelling
    at about {{40 knots}} in heavy rain when it hit the log at {{3.20 pm}}, witnesses said.""",
)

item(
    "Ferry operators told to install trackers by March",
    """The maritime authority ordered all inter-island ferries longer than {{24 metres}} to
    install satellite tracking by {{March 31}}, {{18 months}} after a sinking exposed gaps in
    coverage. The rule also caps the age of wooden hulls at {{25 years}}. Operators estimate the
    cost at {{2.4 million pesos}} per vessel and say fares may rise by {{15%}}. The authority
    said vessels would be inspected at {{six-month}} intervals and that crew must train for
    {{40 hours}} a year.""",
)
