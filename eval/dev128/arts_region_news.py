"""The region's other news: floods, landslides, a dam burst, a mine collapse, an election,
hunger
protests, a heatwave and a dam inauguration (10 articles with figures, 2 without)."""

from _wrap import item

item(
    "Niger floods toll rises to 339 dead as rains pound Maradi and Zinder",
    """The floods that have hit Niger since the start of the {{2024}} rainy season in June have
    killed [[339 people|killed;a=the Ministry of Humanitarian Action and Disaster Management]]
    and injured [[383 others|injured;a=the Ministry of Humanitarian Action and Disaster
    Management]], according to a report released on Tuesday by the Ministry of Humanitarian
    Action and Disaster Management. In all, [[1 176 528 persons|civilians;a=the ministry;alt=the
    Ministry of Humanitarian Action and Disaster Management]] have been affected across the
    country, the ministry said. The report lists [[67 593 houses|housing;a=The report;alt=the
    Ministry of Humanitarian Action and Disaster Management]] that collapsed, [[3 218 head of
    livestock|killed;a=The report;alt=the Ministry of Humanitarian Action and Disaster
    Management]] swept away and {{some 10 000 hectares}} of crops destroyed. Maradi is the
    worst-hit region, with [[90 deaths|killed]], followed by Zinder with [[68|killed]]. In
    Niamey, where the river rose to {{6.2 metres}}, [[several hundred families|displaced]] from
    the flooded districts of Kirkissoye and Zarmagandey are being sheltered in [[seven
    schools|capacity]], which they will have to leave before the school year begins. The
    government has already postponed the start of classes by {{three weeks}}, to {{28
    October}}. The authorities said they had distributed [[2 500 tonnes|aid;a=The authorities]]
    of cereals and {{600 million CFA francs}} in cash to affected households. Meteorologists
    attribute the exceptional rains, {{twice}} the seasonal average in some areas, to a La Nina
    episode.""",
)

item(
    "Alau Dam collapse: Maiduguri counts dead as 281 inmates escape",
    """The National Emergency Management Agency (NEMA) said on Friday that [[at least 30
    people|killed;a=The National Emergency Management Agency]] had died in the floods that
    submerged about {{40 per cent}} of Maiduguri after the collapse of the Alau Dam on {{10
    September 2024}}. The agency said [[more than 15,000 houses|housing;a=The agency;alt=The
    National Emergency Management Agency]] had been submerged or damaged. Borno State Governor
    Babagana Zulum, who toured the affected areas in a canoe, said [[over 400,000
    residents|displaced;a=Borno State Governor Babagana Zulum]] had been displaced. He said the
    state had opened [[over 30 camps|capacity;a=Borno State Governor Babagana Zulum]] in schools
    and public buildings, and that cooked food was being served in each of them. The Nigerian
    Correctional Service said [[281 inmates|other;a=The Nigerian Correctional Service]] escaped
    from the Maiduguri medium security custodial centre after the flood brought down its walls,
    and that [[seven|arrested;a=The Nigerian Correctional Service]] had been recaptured. At the
    Sanda Kyarimi Park Zoo, {{80 per cent}} of the animals drowned, its management said.
    Residents
    of Gwange and Fori told Vanguard they had spent the night on rooftops, and a resident said
    [[some 200 people|other;a=a resident]] were rescued by soldiers and volunteers using boats.
    The Federal Government said it had sent [[20 trucks|aid;a=The Federal Government]] of food
    and relief materials. The Borno State Government has asked residents of low-lying areas such
    as Bulabulin, Gwange and Shehuri North to move to the camps, while the Nigerian
    Meteorological Agency has warned of more rain in the coming days. The dam, built in
    {{1986}} with a capacity of {{112 million cubic
    metres}}, had been damaged by floods in {{1994}} and never fully repaired, engineers
    say.""",
)

item(
    "N'Djamena: thousands of households flee flooded neighbourhoods",
    """In N'Djamena, the waters of the Chari and Logone rivers, which burst their banks in
    October, have forced [[some 18 000 households|displaced;a=the Ministry of Public
    Security]] from their homes in the districts of Walia, Ngueli and Toukra, according to the
    Ministry of Public Security. The government declared a state of emergency on {{19 October
    2022}}. Nationwide, the floods have killed [[22 people|killed;a=OCHA]] and affected [[more
    than 1 million people|civilians;a=OCHA]], OCHA said, while [[19 000 head of
    livestock|killed;a=OCHA]] perished and {{465 000 hectares}} of fields were destroyed.
    Displaced families have settled at [[seven sites|capacity]] in the capital, including the
    Toukra site, where [[5 000-6 000 people|displaced]] live under tents. The government said
    it had distributed [[4 000 tents|aid;a=The government]] and [[500 tonnes|aid;a=The
    government]] of food. Mariam Abakar, {{43}}, whose house in Walia collapsed, said she had
    moved to the site with her children after the water reached {{1.5 metres}} inside. "We have
    lost everything, even the papers of the children for school," she told RFI. The Chari at
    N'Djamena reached {{8.18 metres}}, its highest level since records began in {{1932}}. The
    authorities have asked residents of the riverbanks to move to higher ground {{within 48
    hours}}, but many say they have nowhere to go.""",
)

item(
    "Beledweyne under water as Shabelle river bursts its banks",
    """The Shabelle river burst its banks in Beledweyne on Sunday, forcing [[nearly 250,000
    residents|displaced;a=Hiiraan regional officials]] to flee the town, Hiiraan regional
    officials said. Most of the town is now under water, and families have moved to higher
    ground at [[22 sites|capacity]] on the outskirts. Somalia's disaster management agency,
    SODMA, said [[at least 31 people|killed;a=SODMA;alt=Somalia's disaster management agency]]
    had died in floods across the country since the rains began in {{October 2023}}. The
    floods, driven by El Nino rains,
    followed the worst drought in {{40 years}}. The government and the United Arab Emirates
    deployed [[12 boats|other]] and [[two helicopters|other]] to evacuate residents. [[More than
    2,000 people|other;a=the district commissioner]] had been rescued from rooftops and trees by
    Tuesday, the district commissioner said, adding that [[some 600 houses|housing;a=the
    district commissioner]] had collapsed. OCHA said [[about 1.2 million
    people|civilians;p;v=1200000;a=OCHA]] could be affected by the floods before the end of the
    year. Beledweyne, {{about 330 km}} north of Mogadishu, is flooded almost every year, but
    residents say the water has never risen so fast. Doctors said the town's main hospital
    had been moved to a school on a hill, as it was during the floods of {{2019}}.""",
)

item(
    "Kalehe: toll from Bushushu and Nyamukubi floods passes 400",
    """The toll from the floods and landslides that hit the villages of Bushushu and Nyamukubi,
    in Kalehe territory, South Kivu, on Thursday has risen to [[at least 401
    dead|killed;a=the provincial government]], the provincial government said on Monday.
    Provincial authorities said [[more than 2,500 people|missing;a=Provincial authorities]] were
    still missing, many of them believed to have been swept into Lake Kivu. Red Cross volunteers
    recovered [[46 more bodies|killed]] from the lake on Sunday. Local civil society said
    [[about
    3,000 houses|housing;a=Local civil society]] had been swept away, along with schools, health
    centres and the Nyamukubi market. [[Several thousand survivors|displaced]] are staying with
    host families in Minova and Kalehe centre. Health workers at Kalehe general referral
    hospital said they had treated [[56 injured|injured;a=Health workers at Kalehe general
    referral hospital]]. The national government sent [[20 tonnes|aid]] of medicines and food
    by boat from Goma. President Felix Tshisekedi declared a day of national mourning on {{8 May
    2023}}. Experts blame deforestation on the hills above the lake and heavy rains that fell
    for {{several hours}} on Thursday evening.""",
)

item(
    "Gofa landslide: rescuers dig by hand as toll climbs",
    """The death toll from landslides that buried a hillside community in Kencho Shacha Gozdi
    district, Gofa zone, southern Ethiopia, on Monday has risen to [[257|killed;a=the UN
    humanitarian agency OCHA]], the UN humanitarian agency OCHA said on Thursday, warning it
    could reach [[500|killed;p;a=the UN humanitarian agency OCHA]]. The {{first}} slide struck
    after heavy overnight rain; many of the victims were people who had rushed to help and were
    buried by a {{second}} slide hours later, local officials said. OCHA said [[more than 15,000
    people|displaced;p;a=OCHA]], including [[1,320 children|displaced;p;a=OCHA]] {{under five}}
    and [[5,293 pregnant or lactating women|displaced;p;a=OCHA]], needed to be evacuated because
    of the risk of further slides. District administrator Dawit Lemma said [[about 600
    volunteers|other;a=District administrator Dawit Lemma]] were digging with shovels and bare
    hands alongside the police. [[Five people|other]] were pulled alive from the mud on the
    {{first day}}. The government flew in [[18 tonnes|aid]] of food and medicine. The
    rainy season in southern Ethiopia runs from {{July}} to {{September}}, and the area had
    recorded {{more than 100 mm}} of rain in {{24 hours}} in {{July 2024}}.""",
)

item(
    "Mokwa flood: over 200 bodies recovered, 500 still missing",
    """Emergency workers in Mokwa, Niger State, have recovered [[more than 200
    bodies|killed;a=the
    Niger State Emergency Management Agency]] from the mud and debris left by Thursday's flash
    flood, and [[as many as 500 people|missing;a=the Niger State Emergency Management Agency]]
    remain
    missing, the Niger State Emergency Management Agency said on Sunday. Its director-general,
    Aliyu Saidu, said [[265 houses|housing;a=Aliyu Saidu;alt=Its director-general]] had been
    destroyed, [[3,018
    persons|displaced;a=Aliyu Saidu;alt=Its director-general]] displaced and [[two
    bridges|other;u=other;a=Aliyu Saidu;alt=Its
    director-general]]
    swept away. Residents said the flood, triggered by torrential rain, swept through the Tiffin
    Maza and Anguwan Hausa areas at around {{3am}}, when most people were asleep. Many of the
    victims were traders who had come from the north for the Mokwa market, a major food hub.
    [[Seventy-eight injured|injured]] were taken to the general hospital. The Nigerian Army
    deployed [[over 100 soldiers|other]] to help in the search, using excavators to clear
    collapsed buildings. Mokwa is {{about 140km}} from Minna, the state capital. In {{2024}},
    floods in Nigeria killed [[more than 320 people|killed;a=NEMA]], according to NEMA, which
    had warned in {{April 2025}} that Niger State was among the states at high risk.""",
)

item(
    "Chad: Mahamat Deby declared winner with 61% as Masra rejects result",
    """Chad's National Agency for the Management of Elections (ANGE) on Thursday declared
    transitional president Mahamat Idriss Deby Itno the winner of the {{6 May}} presidential
    election with {{61.03%}} of the vote, avoiding a run-off. Prime Minister Succes Masra came
    {{second}} with {{18.53%}}, ANGE said. It put turnout at {{75.89%}} of the [[8.2 million
    registered voters|other;v=8200000;a=ANGE]], who cast their ballots at [[26 700 polling
    stations|other;u=structure;a=ANGE]]. Deby won [[about 3.5 million
    votes|other;v=3500000;u=other;a=the agency;alt=ANGE]], the agency said. [[Ten
    candidates|other]] ran in the election, the
    {{first}} since Deby took power in {{April 2021}} after his father was killed on the front
    line. Masra, {{aged 40}}, said in a video that he had won and called on his supporters to
    "mobilise peacefully". In N'Djamena, celebratory gunfire killed [[at least 10
    people|killed;a=a health official]] and wounded [[dozens|injured;a=a health official]], a
    health official said. The government said [[more than 30,000 security
    personnel|combatants;a=The government]] had been deployed across the country for the vote
    of {{2024}}.""",
)

item(
    "Hunger protests: Amnesty says 13 killed as police arrest hundreds",
    """Amnesty International said on Friday that security forces had shot dead [[at least 13
    protesters|killed;a=Amnesty International]] on the {{first day}} of nationwide
    demonstrations against the cost of living, mostly in the northern states. The police said
    [[seven people|killed;a=The police]] had died, and that officers had acted in self-defence.
    Amnesty said [[nine of the dead|killed;a=Amnesty]] were in Kano and Katsina, where a
    {{24-hour}} curfew was imposed after looters set fire to government buildings. The
    Inspector-General of Police, Kayode Egbetokun, said [[681 suspects|arrested;a=Kayode
    Egbetokun;alt=The Inspector-General of Police]] had been arrested across the country. He
    said [[41 officers|injured;a=Kayode Egbetokun]] were injured and [[three police
    stations|housing;u=structure;a=Kayode Egbetokun]] burnt. In Abuja, [[hundreds of young
    people|other]] gathered at the MKO Abiola stadium, where police fired tear gas. The
    minimum wage was raised to {{N70,000}} in July, but inflation reached {{34.19 per cent}} in
    June, the highest in nearly {{three decades}}. The protests of {{August 2024}}, organised
    under the banner #EndBadGovernance, were planned to last {{ten days}}.""",
)

item(
    "Kenieba: dozens of gold miners killed in collapse at artisanal site",
    """[[At least 48 people|killed;a=the president of the local gold panners'
    association]], many of them women, died on Saturday when an abandoned mining pit collapsed
    at an artisanal gold site near Bilalikoto, in the Kenieba circle of western Mali, the
    president of the local gold panners' association told AFP. The women had been washing ore
    in a flooded pit operated earlier by a Chinese company when the walls gave way. Rescuers
    pulled [[eight survivors|other]] from the mud. [[About ten people|missing;a=the mayor of
    Kenieba]] were still unaccounted for on Sunday, the mayor of Kenieba said. In January, a
    collapse at a site in the Koulikoro region killed [[more than 10 people|killed]].
    Artisanal mining employs [[more than 2 million people|other;a=the ministry of mines]] in
    Mali, according to the ministry of mines. Gold accounts for {{80%}} of the country's
    exports,
    and Mali produced [[about 66 tonnes|other]] of gold in {{2022}}. The government said last
    year it had closed [[more than 400 illegal sites|other;a=The government]] after a series of
    accidents, but many reopened within weeks. The collapse of {{15 February 2025}} comes as the
    junta is in a dispute with Canadian miner Barrick over the Loulo-Gounkoto complex.""",
)

item(
    "Bamako sweats through power cuts as temperatures top 45C",
    """Temperatures in Bamako reached {{45.5C}} on Tuesday, as residents of the Malian capital
    endured power cuts lasting up to {{20 hours}} a day. The state utility, EDM, which owes its
    suppliers an estimated {{200 billion CFA francs}}, has been rationing electricity since
    {{2023}}, and prices rose by {{15%}} in January. Forecasters at Mali-Meteo expect the heat
    to
    last until mid-April, with nights rarely below {{30C}}. "We sleep on the roof, and in the
    morning the fish in the freezer is rotten," said Amadou Traore, {{aged 62}}, a tailor in
    the Magnambougou district. A small generator now costs {{350 000 CFA francs}}, and a
    {{20-litre}} can of petrol more than {{15 000 CFA francs}} at the black market price. It is
    the {{third}} consecutive year of crisis for the utility, whose debts were estimated at
    {{twice}} its annual turnover by the IMF in {{2024}}. Doctors have urged people to drink
    water regularly and to avoid going out between {{noon}} and {{4pm}}.""",
)

item(
    "Ethiopia inaugurates Grand Renaissance dam after 14 years",
    """Prime Minister Abiy Ahmed on {{9 September 2025}} inaugurated the Grand Ethiopian
    Renaissance Dam on the Blue Nile, {{14 years}} after construction began in {{2011}}. With an
    installed capacity of {{5,150 megawatts}}, the dam is Africa's largest hydroelectric plant,
    and its reservoir can hold {{74 billion cubic metres}} of water. The project, which cost
    about {{$5 billion}}, was financed largely by bonds sold to Ethiopians and by the central
    bank. The main dam is {{145 metres}} high and {{1.8 km}} long. About {{45%}} of Ethiopia's
    population still has no access to electricity, according to the World Bank. Egypt, which
    depends on the Nile for {{97%}} of its water, called the inauguration a violation of
    international law and said it would defend its interests. Sudan, some {{20 km}}
    downstream, has alternated between support and concern. Abiy said the {{first}} turbine,
    switched on in {{February 2022}}, had been followed by others over {{three years}}, and that
    Ethiopia would export power to its neighbours.""",
)
