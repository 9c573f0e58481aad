"""The longer summaries of the agencies and papers (3 to 4 sentences) and the shortest
one-line entries, from both halves of the set (14 items with figures, 1 without)."""

from _wrap import item

item(
    "Sudan: tens of thousands flee El Fasher for Tawila",
    """Between {{26 and 30 October}}, [[some 36,000 people|displaced;a=the IOM Displacement
    Tracking Matrix]] fled El Fasher and surrounding villages, according to the IOM Displacement
    Tracking Matrix, most of them to Tawila, {{60 km}} to the west. Partners in Tawila have
    registered [[over 600 unaccompanied children|displaced]] among the new arrivals. MSF said its
    teams had treated [[at least 150 people|injured;a=MSF]] for gunshot and blast wounds. Only [[15
    water trucks|aid]] are serving [[the 650,000 people|civilians]] now in the town ...""",
)

item(
    "Channel crossings: 36,800 arrivals and deadliest year on record",
    """[[More than 36,800 people|displaced;a=Home Office figures]] crossed the Channel in small
    boats last year, Home Office figures show, up by {{a quarter}} on the year before. [[At least
    78 people|killed;a=the International Organization for Migration]] died trying, the deadliest
    year since records began, according to the International Organization for Migration. Under the
    pilot deal with Paris, [[about 1,200 people|returned;a=the government]] have been sent back to
    France so far, the government said.""",
)

item(
    "Maricopa County heat deaths hit record 645",
    """Maricopa County recorded [[645 heat-related deaths|killed;a=the county's public health
    department]] last year, the most since it began tracking them in {{2006}}, according to the
    county's public health department. {{More than half}} of those who died were people
    experiencing homelessness. This summer the county and its cities opened [[over 100 cooling
    centers|capacity]], [[24 of them|capacity;u=structure;n=-]] open overnight.""",
)

item(
    "Mozambique: Chido affects 174,000 in Cabo Delgado",
    """Tropical Cyclone Chido made landfall in Cabo Delgado on {{15 December}} with winds of {{120
    km/h}}, affecting [[over 174,000 people|civilians;a=the National Institute for Disaster Risk
    Management (INGD)]], according to the National Institute for Disaster Risk Management (INGD).
    [[At least 34 people|killed]] died and [[319|injured]] were injured. [[About 35,000
    houses|housing]] and [[186 classrooms|housing]] were damaged or destroyed, and [[two
    accommodation centres|capacity]] are hosting [[some 900 people|displaced]] in Mecúfi.""",
)

item(
    "Gunfire near Rafah aid site kills 31",
    """Israeli forces opened fire on crowds waiting for food near an aid distribution site in Rafah
    on Sunday, killing [[at least 31 Palestinians|killed;a=Gaza's civil defence]] and wounding
    [[more than 170|injured;a=Gaza's civil defence]], according to Gaza's civil defence. The
    Israeli military said its troops had fired warning shots. Since the distribution sites opened
    in late May, [[more than 500 people|killed;a=the UN human rights office]] have been killed near
    them, the UN human rights office said.""",
)

item(
    "Two years on, 57,000 still in Manipur relief camps",
    """IMPHAL: More than {{two years}} after ethnic violence broke out in Manipur, [[about 57,000
    people|displaced;a=the State government]] are still living in [[over 280 relief
    camps|capacity;a=the State government]], the State government told the Assembly on Tuesday. The
    government has built [[3,000 prefabricated houses|housing;a=Chief Secretary Prashant Kumar
    Singh]] for the displaced, and [[another 1,000|housing;p;u=structure;a=Chief Secretary Prashant
    Kumar Singh]] are planned, Chief Secretary Prashant Kumar Singh said.""",
)

item(
    "Benue: at least 100 killed in overnight attack on Yelwata",
    """[[No fewer than 100 people|killed;a=Amnesty International]] were killed when gunmen attacked
    Yelwata in Guma Local Government Area of Benue State overnight, Amnesty International said on
    Saturday. The Benue State Emergency Management Agency said [[over 3,000
    residents|displaced;a=The Benue State Emergency Management Agency]] had fled to Makurdi, where
    [[two IDP camps|capacity;a=The Benue State Emergency Management Agency]] were reopened. Police
    said [[23 suspects|arrested;a=Police]] had been arrested.""",
)

item(
    "Ukraine and Russia swap prisoners of war",
    """Ukraine and Russia exchanged [[84 prisoners|other;a=President Volodymyr Zelensky]] each,
    President Volodymyr Zelensky said on {{Sept. 14}}. Among the Ukrainians freed were [[22
    civilians|other]], some of them held since {{2014}}. The exchange brings the number of
    Ukrainians released from Russian captivity to [[5,857|other;a=the Coordination Headquarters for
    the Treatment of Prisoners of War]], according to the Coordination Headquarters for the
    Treatment of Prisoners of War.""",
)

item(
    "Super Typhoon Man-yi: 1.1 million evacuated in Luzon",
    """[[More than 2.4 million people|civilians;v=2400000;a=the NDRRMC]] have been affected by
    Super Typhoon Man-yi, the NDRRMC said on Monday, and [[1.1 million|displaced;v=1100000;a=the
    NDRRMC]] were pre-emptively evacuated before it made landfall in Catanduanes under {{Signal No.
    5}}. [[Eight people|killed]] died, most of them in landslides. Airlines cancelled [[126
    domestic flights|other]] ...""",
)

item(
    "Uruguay homicides fall to 382",
    """MONTEVIDEO (MercoPress) - Uruguay recorded [[382 homicides|killed;a=the Interior Ministry]]
    in {{2024}}, down from [[391|killed;a=the Interior Ministry]] the year before, the Interior
    Ministry said, a rate of {{10.7 per 100,000}} inhabitants. Police also seized a record [[3.2
    tonnes|other]] of cocaine, most of it bound for Europe in containers from the port of
    Montevideo.""",
)

item(
    "IDF to call up 60,000 reservists for Gaza City offensive",
    """The Israel Defense Forces will call up [[about 60,000 reservists|combatants;p;a=a military
    official]] in {{September}} ahead of the planned offensive on Gaza City, a military official
    said on Wednesday, and will extend the service of [[20,000 others|combatants;p;a=a military
    official]]. The army estimates [[about a million
    Palestinians|civilians;v=1000000;q=approx;a=The army]] are in the city.""",
)

item(
    "Bus falls into ravine in Potosí",
    """[[At least 12 people|killed;a=police]] were killed when a bus fell into a ravine in
    Bolivia's Potosí region, police said.""",
)

item(
    "Worshippers kidnapped from church in Kogi",
    """Gunmen kidnapped [[15 worshippers|kidnapped;a=police]] during a Sunday service at a church
    in Kogi State, police said ...""",
)

item(
    "Russia launches 479 drones and 20 missiles overnight",
    """Russia launched [[479 drones|other;a=Ukraine's air force]] and [[20
    missiles|other;a=Ukraine's air force]] at Ukraine overnight, Ukraine's air force said.""",
)

item(
    "Bank of England holds rates at 5.25%",
    """The Bank of England held interest rates at {{5.25%}} for the {{sixth}} meeting in a row on
    Thursday in an {{8-1}} vote ...""",
)
