"""Items of dev360: the NPA insurgency in Mindanao and the Visayas, typhoons and earthquakes that
uproot evacuees, and the West Philippine Sea stand-offs, 2015-2026."""

from _wrap import item

item(
    "Lumad flee to Tandag after killings in Lianga",
    """
    [[About 3,000 Lumad|displaced;a=the provincial government]] from the hinterlands of Lianga and
    neighbouring towns have sought refuge at the sports complex in Tandag City, the capital of
    Surigao del Sur, the provincial government said on Friday. They fled after
    [[three tribal leaders|killed;a=witnesses]], among them the director of a community school,
    were killed by a paramilitary group on {{September 1}}, according to witnesses. The army
    denied any role and said it was fighting [[about 60 NPA guerrillas|combatants;a=The army]]
    in the area. The evacuees include [[more than 700 schoolchildren|displaced;a=teachers]]
    whose [[24 schools|other;a=teachers]] in the mountains have closed, teachers said. The provincial
    health office reported [[two deaths|killed;a=The provincial health office]] from illness in the
    complex and [[at least 90 cases|other;a=The provincial health office;u=other]] of diarrhoea
    and fever. The evacuees say they will not go home until the paramilitaries are disbanded.
    """,
)

item(
    "NPA ambush kills soldiers on Bukidnon highway",
    """
    [[Five soldiers|killed;a=the army's 4th Infantry Division]] were killed and
    [[seven|injured;a=the army's 4th Infantry Division]] wounded when New People's Army
    guerrillas set off a landmine and opened fire on an army truck on the highway near Impasug-ong
    in Bukidnon on Wednesday, the army's {{4th}} Infantry Division said. The division said
    [[as many as 40 rebels|combatants;a=The division;alt=the army's 4th Infantry Division]]
    took part in the ambush, and that [[two|killed;a=The division;alt=the army's 4th Infantry Division]]
    of them were killed when troops returned fire. A civilian driver was hurt when his
    jeepney was caught in the blast. The NPA's regional command said in a statement that
    [[14 soldiers|killed;a=The NPA's regional command]] had died, a figure the army dismissed. The
    army sent [[some 120 more soldiers|combatants]] to the area, and
    [[about 150 families|displaced;a=local officials]] from [[three villages|other;a=local officials]]
    left their homes, local officials said.
    """,
)

item(
    "Sixty-seven NPA guerrillas surrender in Agusan del Sur",
    """
    [[Sixty-seven members|combatants;a=the army]] of the New People's Army and its support units
    surrendered to the army in Agusan del Sur on Saturday, handing over
    [[48 firearms|other;a=the army]] and [[about 200 rounds|other;a=the army]] of ammunition, the
    army said. [[Twenty-one of them|combatants;a=the army;n=-]] were full-time fighters and the
    rest militia and supporters, the army said. Under the government's Enhanced Comprehensive
    Local Integration Program, each will receive up to {{P65,000}} in livelihood aid and extra
    money for each weapon turned in. A provincial official said
    [[more than 600 former rebels|aid;a=A provincial official]] in Agusan del Sur had received such
    aid since {{2018}}. The NPA has dismissed such ceremonies, saying
    many of those presented were farmers pressured by soldiers.
    """,
)

item(
    "Government says NPA reduced to a handful of fronts",
    """
    The New People's Army has been reduced to [[fewer than 1,500 fighters|combatants;a=the National Task Force to End Local Communist Armed Conflict]]
    nationwide, from [[about 4,000|combatants;a=the National Task Force to End Local Communist Armed Conflict]]
    in {{2016}}, the National Task Force to End Local Communist Armed Conflict said on Tuesday.
    It said [[89 guerrilla fronts|other;a=It;alt=the National Task Force to End Local Communist Armed Conflict;u=other]]
    had been dismantled and [[only 11|other;a=It;alt=the National Task Force to End Local Communist Armed Conflict;u=other]]
    remained, most of them weakened. [[More than 20,000 former rebels and supporters|aid;a=the task force;alt=the National Task Force to End Local Communist Armed Conflict;n=rebels and supporters]]
    had received government aid, the task force said. Rights groups say the campaign has also
    targeted activists: Karapatan counts [[at least 420 political prisoners|arrested;a=Karapatan]]
    held on charges it says were invented, among them [[about 90 women|arrested;a=Karapatan]].
    The task force's budget for {{2025}} was cut by {{half}} in Congress.
    """,
)

item(
    "Police raids in Negros kill 14 farmers",
    """
    [[Fourteen farmers|killed;a=the police]] were killed in simultaneous police raids in
    Canlaon City, Manjuyod and Santa Catalina in Negros Oriental early on Saturday, the police said,
    in what it described as operations against suspected NPA members who fought back. The
    police said they had arrested [[12 people|arrested;a=The police]] and seized
    [[16 guns|other;a=The police]] and explosives in the raids, which involved
    [[more than 300 officers|combatants;a=The police]]. Relatives said the victims were unarmed
    and were shot in their homes in front of their families. Farmers' groups said
    [[at least 80 families|displaced;a=Farmers' groups]] had fled to the town centres, fearing
    more raids. The killings brought to [[more than 50|killed;a=the groups;alt=Farmers' groups]] the number of
    farmers and land activists killed in Negros in {{two years}}, the groups said.
    """,
)

item(
    "Landmine kills two cousins on Masbate bicycle ride",
    """
    A landmine planted by New People's Army guerrillas killed [[two cousins|killed;a=police]]
    cycling on a village road in Masbate City on Sunday, police said, one of them a university
    football player aged {{21}}. A {{16-year-old}} relative riding with them was wounded. The NPA
    later apologised, saying the explosive had been meant for soldiers. The army said the rebels
    had planted [[at least eight mines|other;a=The army]] along roads in the province this year.
    A week later the army said [[two guerrillas|killed;a=the army]] suspected of
    planting the mine were killed in a clash in Uson and [[one|arrested;a=the army]] was
    captured. The provincial board declared the NPA unwelcome in Masbate, and the police deployed
    [[some 200 additional officers|combatants]] to the area. [[Hundreds of mourners|other]] attended
    the funeral.
    """,
)

item(
    "Odette death toll passes 375 as search for missing goes on",
    """
    The death toll from Typhoon Odette rose to [[375|killed;a=the National Disaster Risk Reduction and Management Council]]
    on Tuesday, with [[56 people|missing;a=the National Disaster Risk Reduction and Management Council]]
    still missing and [[more than 500|injured;a=the National Disaster Risk Reduction and Management Council]]
    injured, the National Disaster Risk Reduction and Management Council said. The council said
    [[about 630,000 people|displaced;a=The council;alt=the National Disaster Risk Reduction and Management Council]]
    were in evacuation centres or with relatives, and [[over 440,000 houses|housing;a=The council;alt=the National Disaster Risk Reduction and Management Council]]
    had been damaged, mostly in the Caraga region, Bohol and Cebu. On Dinagat Islands, the
    governor said almost every house in the province had lost its roof. Siargao
    remained without power or mobile signal {{five days}} after the storm, which struck with
    winds of {{195 km/h}}. The coast guard said it had flown [[1,300 rescue workers|other;a=The coast guard]]
    and [[50 tonnes|aid;a=The coast guard]] of relief goods to the islands.
    """,
)

item(
    "Kalmaegi floods kill scores in Cebu as Fung-wong approaches",
    """
    [[At least 188 people|killed;a=the civil defence office]] were killed and [[135|missing;a=the civil defence office]]
    remain missing after Typhoon Kalmaegi, known locally as Tino, sent floods through towns in Cebu,
    the civil defence office said on Friday. [[Six crew|killed;a=the air force]] of an air force helicopter
    flying relief to Mindanao also died when it crashed in Agusan del Sur, the air force said.
    As a {{second}} storm, Fung-wong, bore down on Luzon, authorities moved
    [[more than 1.4 million people|displaced;a=authorities]] out of coastal and low-lying areas by
    Sunday night, authorities said. The social welfare department said it had
    [[2.5 million family food packs|aid;a=The social welfare department]] in warehouses across the
    country. In Liloan, Cebu, [[some 4,000 families|displaced;a=the mayor]] were still in schools and
    gyms, the mayor said, and [[hundreds of houses|housing;a=the mayor]] along the river had been
    swept away.
    """,
)

item(
    "Davao Oriental quake: 8 dead, tens of thousands sleep outdoors",
    """
    A magnitude {{7.4}} earthquake struck off Manay in Davao Oriental on Friday morning, killing
    [[at least eight people|killed;a=the Office of Civil Defense]], the Office of Civil Defense said.
    [[About 100 people|injured;a=officials]] were hurt, most by falling debris, officials said.
    Phivolcs issued a tsunami warning for coastal towns, and
    [[tens of thousands of residents|displaced;a=provincial officials]] spent the night in open
    fields and on high ground, provincial officials said. The quake damaged
    [[more than 1,700 houses|housing;a=the Office of Civil Defense]] and
    [[42 schools|housing;a=the Office of Civil Defense]] across the region, according to the
    Office of Civil Defense, and affected [[some 180,000 people|civilians;a=the Office of Civil Defense]].
    [[Two residents|missing]] of Tarragona were missing after a landslide. Aftershocks
    continued through Saturday.
    """,
)

item(
    "Cotabato quakes leave thousands in tents months later",
    """
    [[More than 35,000 families|displaced;a=the provincial government]] are still living in tents
    and makeshift shelters {{three months}} after a series of earthquakes struck Cotabato province
    in {{October}}, the provincial government said. In Makilala and Tulunan, the hardest-hit towns,
    [[about 28,000 houses|housing;a=the municipal engineers]] were destroyed or damaged, according to the
    municipal engineers. Aid groups have set up [[36 tent cities|capacity;a=Aid groups;u=structure]]
    along the highway, where [[at least 12,000 people|displaced;a=Aid groups]] live. The
    government plans to relocate [[between 8,000 and 10,000 families|displaced;a=The government;p]]
    from areas on fault lines. [[Twenty-four people|killed]] died in the quakes. Classes resumed
    in [[only 60|other;u=structure]] of the [[more than 200 damaged schools|housing]].
    """,
)

item(
    "Filipino sailor loses thumb as China Coast Guard boards boats at Ayungin",
    """
    China Coast Guard personnel armed with knives and axes boarded Philippine navy boats on a
    resupply mission to the BRP Sierra Madre at Ayungin Shoal on {{June 17}}, wounding
    [[eight sailors|injured;a=the Armed Forces of the Philippines]], one of whom lost his thumb,
    the Armed Forces of the Philippines said. The military said the Chinese side deployed
    [[about 20 vessels|other;a=The military;u=other]] and seized [[seven rifles|other;a=The military]],
    which were packed in cases on the boats. [[A dozen marines|combatants]] live aboard the
    rusting ship, grounded on the shoal since {{1999}}. [[Two of the wounded sailors|injured]] were flown to Manila for surgery. The
    Philippine Coast Guard said it had counted [[more than 130 Chinese vessels|other;a=The Philippine Coast Guard;u=other]]
    in the West Philippine Sea that week. The Chinese foreign ministry said the
    Philippines had "deliberately provoked" the incident. The AFP chief demanded the return of
    the rifles and compensation of {{P60 million}} for the damage.
    """,
)

item(
    "Over 200 Chinese militia vessels anchor at Whitsun Reef",
    """
    [[About 220 Chinese vessels|other;a=the National Task Force for the West Philippine Sea;u=other]]
    believed to be manned by maritime militia were moored at Whitsun Reef in the Spratly Islands on
    {{March 7}}, the National Task Force for the West Philippine Sea said. A coast guard
    surveillance flight later counted [[183|other;a=A coast guard surveillance flight;u=other]] still
    there, and [[dozens more|other;a=the task force;alt=the National Task Force for the West Philippine Sea;n=-;u=other]]
    spread across nearby reefs, the task force said. Beijing said they were fishing boats
    sheltering from rough seas. Fishermen from Palawan said [[more than 300 small boats|other;a=Fishermen from Palawan]]
    that normally fish the area had stayed in port for {{weeks}}. The navy sent
    [[two ships|other]] to monitor the vessels. The reef lies about {{175 nautical miles}} west of
    Palawan. By {{April}}, the coast guard counted [[44 vessels|other;a=the coast guard;u=other]] in the
    same area.
    """,
)

item(
    "Civilian convoy sails for Scarborough Shoal",
    """
    A convoy of [[about 100 fishing boats|other;a=the organisers]] carrying
    [[some 200 volunteers|other;a=the organisers]] set off from Masinloc in Zambales on
    Wednesday to deliver fuel and food to fishermen near Scarborough Shoal, the organisers said.
    The coast guard said [[at least 26 Chinese vessels|other;a=The coast guard;u=other]], among them
    [[four coast guard ships|other;a=The coast guard]], were shadowing the convoy, which turned
    back about {{50 nautical miles}} from the shoal. The coast guard escorted it with
    [[three of its own vessels|other;u=other]]. The volunteers handed
    [[2,000 food packs|aid;a=the group]] to fishermen at sea, the group said, and planned to bring
    [[another 5,000|aid;a=the group;p;u=other]] on a second trip. "The sea is ours, and so is the
    fish," said a fisherman of {{62}} who has fished the shoal since the {{1980s}}.
    """,
)

item(
    "Catanduanes evacuees head home after Pepito",
    """
    [[About 640,000 people|returned;a=the National Disaster Risk Reduction and Management Council]]
    who were evacuated ahead of Super Typhoon Pepito have gone home, the National Disaster Risk
    Reduction and Management Council said on Wednesday, but
    [[some 52,000|displaced;a=the council;alt=the National Disaster Risk Reduction and Management Council]]
    remain in evacuation centres, most of them in Catanduanes, where the storm made landfall.
    [[Eight people|killed;a=the council;alt=the National Disaster Risk Reduction and Management Council]]
    died and [[three|missing;a=the council;alt=the National Disaster Risk Reduction and Management Council]]
    are missing, the council said. In Catanduanes, the governor said
    [[nearly 9,000 houses|housing;a=the governor]] were destroyed and the storm had affected
    [[the entire population of 280,000|civilians;a=the governor;n=-]]. The navy delivered
    [[3,500 family food packs|aid]] and [[800 tarpaulins|aid]] on Tuesday. Many fishermen lost
    their boats: [[more than 1,100|other;a=the provincial fisheries office;u=other]] were wrecked,
    according to the provincial fisheries office.
    """,
)

item(
    "Eight years on, the arbitral award still divides Manila and Beijing",
    """
    The Philippines marked the {{eighth}} anniversary of the arbitral award on {{July 12, 2024}},
    with officials repeating that the ruling of {{2016}} is final and binding. The tribunal in The
    Hague found that China's claim to waters within the nine-dash line had no legal basis and that
    features such as Mischief Reef lie within the Philippines' {{200-nautical-mile}} exclusive
    economic zone. China has rejected the award since the day it was issued. A survey in
    {{June}} found that {{72 percent}} of Filipinos wanted the government to assert its rights,
    up from {{61 percent}} in {{2023}}. The coast guard's budget rose to {{P23 billion}}.
    """,
)

item(
    "Weather bureau raises storm signal as typhoon nears Eastern Visayas",
    """
    The weather bureau raised storm signal {{No 3}} over Northern Samar and Eastern Samar at
    {{5 am}} on Saturday as the typhoon, packing maximum sustained winds of {{150 km/h}} and gusts
    of up to {{185 km/h}}, moved west-northwest at {{20 km/h}}. Landfall is expected between
    {{8 pm}} on Saturday and {{2 am}} on Sunday. Rainfall of {{100 to 200 millimetres}} is forecast
    over the next {{24 hours}}, and storm surges of up to {{3 metres}} could hit coastal villages.
    It is the {{18th}} storm to enter the country this year and the {{fifth}} in {{October}}.
    """,
)
