"""Children's bodies and care in war: hunger, malnutrition and disease, hospitals hit, the
wounded treated, orphans counted, aid that reaches them or does not (9 texts with figures, 1
without)."""

from _wrap import item

item(
    "Children dying of hunger in northern Gaza, doctors say",
    """[[At least 28 children|killed;a=the health ministry in Gaza]] have died of malnutrition and
    dehydration in Gaza, most of them in the north, the health ministry in Gaza said on Sunday. At
    Kamal Adwan hospital in Beit Lahia, doctors said they were treating
    [[dozens of children|injured;a=doctors]] for severe malnutrition with little more than sugar
    water. Unicef said it had screened [[more than 93,000 children|aid;a=Unicef]]
    {{under the age of two}} and found that {{one in three}} of those in the north was acutely
    malnourished. The UN says
    [[more than half a million people|civilians;q=at_least;v=500000;a=The UN]] across Gaza,
    {{a quarter}} of the population, are one step away from famine.
    [[Fewer than 100 aid trucks a day|aid;a=the UN]] entered the territory last month, compared with
    [[500 a day|aid;n=-;u=other;a=the UN]] before the war, according to the UN. Israel says it
    places no limit on aid and blames distribution failures.""",
)

item(
    "A child dies every two hours in Sudan's Zamzam camp, MSF says",
    """A child dies roughly {{every two hours}} in Zamzam camp in North Darfur, Médecins Sans
    Frontières said on Monday, warning of a catastrophe in one of the world's largest displacement
    camps. The camp shelters [[an estimated 400,000 people|displaced]] who fled fighting between the
    army and the Rapid Support Forces. MSF said it had screened
    [[more than 46,000 children|aid;a=MSF]] {{under five}} in January and found that
    {{nearly a quarter}} were acutely malnourished. Its clinic was treating
    [[about 2,500 children|injured;a=the group;alt=Médecins Sans Frontières;alt=MSF]] for severe
    acute malnutrition, the group said, but could not admit everyone who needed care.
    [[At least 13 children a day|killed;a=MSF]] are dying in the camp, according to MSF's estimate.
    Across Sudan, the war has driven [[more than 10 million people|displaced]] from their homes, and
    the UN expects [[more than 700,000 children|civilians;p;a=the UN]] to suffer severe acute
    malnutrition this year.""",
)

item(
    "Five million Yemeni children at risk of famine: Save the Children",
    """SANAA (AFP) - [[An extra 1.2 million children|civilians;a=Save the Children;v=1200000]] are
    at risk of famine in Yemen as fighting for the port city of Hodeida threatens food imports,
    bringing the total to [[5.4 million|civilians;n=-;a=Save the Children;v=5400000]], Save the
    Children said Wednesday. The port handles {{around 70%}} of the country's imports. The charity
    said [[about 400,000 children|civilians;a=The charity;alt=Save the Children]] were severely
    malnourished. Doctors at Hodeida's al-Thawra hospital said
    [[about 30 children a week|injured;a=Doctors at Hodeida's al-Thawra hospital]] were being
    admitted with malnutrition. Cholera has caused
    [[more than 1.1 million suspected cases|other;v=1100000]] and [[about 2,300 deaths|killed]]
    since {{2017}}. The Saudi-led coalition has carried out
    [[more than 18,000 air raids|other;u=other;a=the Yemen Data Project]] since {{2015}}, according
    to the Yemen Data Project.""",
)

item(
    "Russian missile hits Kyiv children's hospital during mass attack",
    """A Russian missile struck the city's main children's hospital in Kyiv on the morning of
    {{July 8}}, killing [[two staff members|killed;a=officials]] and injuring
    [[18 people|injured;a=officials]], including [[eight children|injured;a=officials]], officials
    said. Doctors evacuated [[more than 600 patients|displaced]] from the damaged buildings, and
    [[94 children|displaced;a=the Health Ministry]] were transferred to other hospitals in Kyiv, the
    Health Ministry said. In the same wave of attacks, Russia fired
    [[38 missiles|other;a=Ukraine's Air Force]] at cities across the country, Ukraine's Air Force
    reported. The strikes killed [[at least 33 people|killed]] across Ukraine. Kyiv Mayor Vitali
    Klitschko said [[about 300 volunteers|other;a=Kyiv Mayor Vitali Klitschko]] had come to help
    clear the rubble. Russia denied targeting the hospital and blamed a Ukrainian air defence
    missile.""",
)

item(
    "In Mosul, children arrive at clinics with blast wounds, and alone",
    """ERBIL, Iraq (AP) — A trauma stabilization point on the western edge of Mosul treated
    [[more than 1,000 wounded|injured;a=the World Health Organization]] in a month, {{a third}} of
    them children, according to the World Health Organization.
    [[At least 1,500 children|displaced;a=UNICEF]] have been separated from their families during
    the battle for the city, UNICEF said. A {{9-year-old}} boy brought in on a cart by neighbors had
    lost his parents and two sisters when a mortar round hit their house.
    [[More than 800,000 people|displaced;a=the U.N.]] have fled Mosul since October, the U.N. said,
    and camps east of the city are full. Mosul's social services estimate that
    [[about 1,000 children|civilians;a=Mosul's social services]] in the city have lost both parents.
    The U.N. believes [[up to 100,000 civilians|civilians;a=The U.N.]] are still trapped in the Old
    City, where [[at least 23 children|killed]] were killed last week.""",
)

item(
    "UNICEF warns 100,000 Tigray children could face severe malnutrition",
    """[[More than 100,000 children|civilians;p;a=UNICEF]] in Ethiopia's Tigray region could suffer
    life-threatening severe acute malnutrition over the next {{12 months}}, UNICEF said, a
    {{tenfold}} increase on the usual caseload. The agency and its partners have treated
    [[about 2,300 children|injured;a=The agency and its partners]] for severe malnutrition since the
    start of the year. Since {{July 12}}, [[about 170 trucks|aid;a=the World Food Programme]] of aid
    have reached the region, against [[the 100 a day|aid;p;n=-;u=other;a=the World Food Programme]]
    needed, the World Food Programme told Devex. The UN says [[400,000 people|civilians;a=The UN]]
    in Tigray are living in famine conditions, and [[5.2 million|civilians;n=-;a=The UN;v=5200000]]
    need food aid.""",
)

item(
    "Haiti: child malnutrition surges amid gang violence",
    """PORT-AU-PRINCE (AFP) - [[Some 125,000 children|civilians;p;a=UNICEF]] in Haiti could suffer
    severe acute malnutrition this year, a rise of {{19%}}, UNICEF said Tuesday. The agency said it
    had treated [[about 5,200 children|injured;a=The agency;alt=UNICEF]] for malnutrition in the
    capital in the first {{three months}} of the year. Gangs control {{about 80%}} of
    Port-au-Prince, and only [[two|other;n=-;u=structure]] of [[the city's 12 main hospitals|other]]
    are still fully working. The International Organization for Migration says
    [[more than 580,000 people|displaced;a=The International Organization for Migration]] have fled
    their homes. Health workers confirmed [[more than 60 cases|other;a=Health workers]] of cholera
    last week in a displacement site in Tabarre, where [[about 3,000 families|displaced]] live in
    classrooms and tents.""",
)

item(
    "Syrian opposition says hundreds killed in gas attack near Damascus",
    """BEIRUT (Reuters) - Syrian opposition activists said
    [[hundreds of people|killed;a=Syrian opposition activists]], many of them children, were killed
    on Wednesday when rockets carrying poison gas hit rebel-held suburbs east of Damascus. Medecins
    Sans Frontieres said hospitals it supports in the area received
    [[about 3,300 patients|injured;a=Medecins Sans Frontieres]] with neurotoxic symptoms in less
    than {{three hours}}, and that [[340 of them|killed;n=-;a=Medecins Sans Frontieres]] died. The
    opposition Syrian National Coalition put the death toll at
    [[more than 1,200|killed;n=-;a=The opposition Syrian National Coalition]]. Videos posted online
    showed [[dozens of bodies|killed]] of children laid out on the floor of a clinic. A team of
    [[20 UN inspectors|other]] arrived in Damascus {{three days}} earlier to look into previous
    claims of chemical attacks. The government denied using chemical weapons.""",
)

item(
    "Malnutrition: Children dying in Borno IDP camp, MSF warns",
    """Médecins Sans Frontières said [[at least 170 people|killed;a=Médecins Sans Frontières]] have
    died in the Bama camp for internally displaced persons in Borno State in the past month, mostly
    from diarrhoea and malnutrition. The camp holds [[some 24,000 people|displaced]],
    [[15,000 of them|displaced;n=-]] children. MSF said {{one in five}} of the children it screened
    were severely malnourished. The Borno State Emergency Management Agency said it had evacuated
    [[about 1,000 severely malnourished children|displaced;a=The Borno State Emergency Management
    Agency]] to Maiduguri for treatment. UNICEF estimates that
    [[250,000 children|civilians;p;a=UNICEF]] in Borno will suffer severe acute malnutrition this
    year and that [[about 50,000|killed;p;n=-;a=UNICEF]] will die if not treated.""",
)

item(
    "Education in emergencies funding falls short again, analysis finds",
    """Education received {{2.9%}} of humanitarian funding in {{2023}}, down from {{3.1%}} the year
    before and well below the {{4%}} target that donors endorsed in {{2015}}, according to an
    analysis published on Wednesday. Appeals for education in crises sought {{$1.2 billion}} and
    received {{$410 million}}. Education Cannot Wait, the global fund set up in {{2016}}, now ranks
    {{fourth}} among the sector's donors. Its director told Devex that every {{$1}} spent on
    schooling in emergencies saves {{$3}} in later costs.""",
)
