"""The same places' other news with numbers: exams, harvests, pilgrims, football, flights, a
budget and a cricket match (12 articles, two without a figure)."""

from _wrap import item

item(
    "Sudan holds delayed secondary certificate exams, including in Chad and Egypt",
    """PORT SUDAN – [[More than 343,000 students|other;a=the Ministry of Education]] sat Sudan's
    secondary school certificate exams on Saturday, a year later than planned because of the
    war, the Ministry of Education said. The exams, which began in [[1,200 centres|other]] in
    areas under army control, were also held for refugee students in Egypt, Chad, Uganda and
    other countries. In eastern Chad, [[8,500 Sudanese candidates|other;a=UNHCR]] took the exam
    in [[21 centres|other;a=UNHCR]] set up in the refugee camps of Farchana, Metche and Adré,
    according to UNHCR. Students in Darfur and much of Kordofan, regions largely held by the
    Rapid Support Forces, could not take part; the RSF has called the exams illegitimate. The
    minister said the results would be announced within {{45 days}}, and that the {{2024}}
    exams for the following cohort would be held in March. "I studied by candlelight in a
    school where [[40 families|displaced;a=Reem]] were sleeping," said {{Reem, 17}}, who fled
    Khartoum to Kassala. The ministry says [[19 million children|civilians;a=The ministry;
    alt=the Ministry of Education]] are out of school in Sudan, {{more than 90%}} of school-age
    children.""",
)

item(
    "Ukraine's grain harvest beats forecasts despite war",
    """KYIV, {{Dec 6}} (Reuters) - Ukraine has harvested
    [[58.3 million tonnes|other;a=the agriculture ministry]] of grain and
    [[21.1 million tonnes|other;a=the agriculture ministry]] of oilseeds so far in {{2023}},
    beating earlier forecasts despite the war, the agriculture ministry said on Wednesday. The
    harvest includes [[23.3 million tonnes|other]] of wheat and
    [[29.6 million tonnes|other]] of corn, with corn threshed from {{85%}} of the sown area.
    Farmers in the southern Kherson and Zaporizhzhia regions were still unable to work an
    estimated {{4 million hectares}} of land because of fighting and mines, officials said.
    Ukraine exported [[11.6 million tonnes|other]] of grain in the {{first three months}} of the
    {{2023/24}} season, which began on {{July 1}}. Since August,
    [[212 ships|other;a=the infrastructure ministry]] have left ports in the Odesa region
    through a new corridor in the Black Sea, carrying
    [[over 7 million tonnes|other;a=the infrastructure ministry]] of cargo, the infrastructure
    ministry said. Deminers have cleared {{28,000 hectares}} of farmland this year. The
    ministry's economists expect the {{2024}} harvest to fall to
    [[around 57 million tonnes|other;p;a=The ministry's economists]].""",
)

item(
    "Over 21 million pilgrims in Karbala for Arbaeen, shrine says",
    """KARBALA – [[More than 21 million pilgrims|other;a=the Abbasid Holy Shrine]] visited
    Karbala during the Arbaeen commemoration, the Abbasid Holy Shrine said on Sunday, among them
    [[about 3.5m foreigners|other;a=the Abbasid Holy Shrine]], most from Iran. The Iraqi
    interior ministry said it had deployed [[45,000 security personnel|combatants;a=The Iraqi
    interior ministry]] across the city and along the main roads from Najaf and Baghdad, where
    many pilgrims walk for {{up to 10 days}}. Along the {{80 km}} route from Najaf, volunteers
    ran [[some 10,000 mawkibs|other;u=other]], roadside tents offering free food, tea, beds and
    medical care. The health ministry said its teams treated
    [[11,500 pilgrims|injured;a=The health ministry]], mostly for heat exhaustion, with
    temperatures reaching {{47C}}. Iraq's civil aviation authority said Baghdad and Najaf
    airports handled [[1,240 flights|other;a=Iraq's civil aviation authority]] in
    {{the ten days}} before the commemoration. At the Mehran border crossing, Iranian officials
    counted [[3 million departures|other;a=Iranian officials]] to Iraq. Arbaeen marks
    {{40 days}} after the Ashura anniversary of the killing of Imam Hussein in {{680 AD}}.""",
)

item(
    "Haiti qualifies for first World Cup in more than half a century",
    """WILLEMSTAD, Curaçao (AP) — Haiti qualified for its first World Cup in {{52 years}} on
    Tuesday with a {{2-0}} win over Nicaragua, setting off celebrations among a diaspora that
    has watched the country sink into gang violence. Because of insecurity in Port-au-Prince,
    Haiti has played its home qualifiers in Curaçao, about {{900 km}} away, in front of
    [[a few thousand fans|other]]. The team's French coach, who has never been to Haiti, said
    the players had given joy to [[11 million Haitians|civilians;a=The team's French coach]].
    Fans poured into the streets in Cap-Haïtien, and in Miami's Little Haiti, where police
    estimated a crowd of [[5,000 people|other;a=police]]. The {{26-man}} squad is made up mostly
    of players based abroad, including [[9|other;n=-]] in France. Haiti's only previous
    appearance was in {{1974}} in West Germany, where it lost {{all three games}}. The country
    will play at the expanded {{2026}} tournament in the United States, Canada and Mexico. Back
    home, [[more than 1.3 million people|displaced;a=the IOM]] remain displaced by gang
    violence, the IOM says.""",
)

item(
    "HSC results: pass rate drops to 77.78pc",
    """DHAKA – The average pass rate in this year's Higher Secondary Certificate (HSC) and
    equivalent examinations stood at {{77.78 percent}}, down from {{78.64 percent}} last year,
    education ministry officials announced on Tuesday. A total of
    [[1,331,058 examinees|other]] passed, out of [[1,711,690|other;n=-]] who sat the exams
    under [[11 education boards|other;u=other]]. Of them, [[145,911|other;n=-]] obtained
    {{GPA-5}}, the highest grade, against [[92,595|other;n=-]] in {{2023}}. No one passed from
    [[65 institutions|other;u=structure]], while [[1,388 institutions|other;u=structure]] saw
    all their examinees pass. The exams, which began on {{June 30}}, were disrupted in July by
    the quota reform protests, and the remaining papers were cancelled after the fall of the
    government on {{August 5}}; results for those subjects were calculated through subject
    mapping. In Cox's Bazar, where the Chattogram board registered
    [[312 candidates|other]] from host communities around the Rohingya camps, the pass rate was
    {{71.2 percent}}. Rohingya refugees are not allowed to sit the national exams. Students can
    get their results by sending an SMS to {{16222}}.""",
)

item(
    "Punjab farmers protest as wheat prices crash after bumper crop",
    """LAHORE: [[Hundreds of farmers|other]] gathered outside the Punjab Assembly on Monday to
    protest against the provincial government's decision not to buy wheat at the official
    support price this year, after a bumper harvest and heavy imports left them with unsold
    stocks. Pakistan produced [[an estimated 31.4 million tonnes|other;a=the Pakistan Bureau of
    Statistics]] of wheat this season, against a target of
    [[32.2 million tonnes|other;p;v=32200000;a=the Pakistan Bureau of Statistics]], according to the
    Pakistan Bureau of Statistics. The previous caretaker government imported
    [[3.5 million tonnes|other;a=the Kissan Ittehad]] between September and March, much of it
    while the domestic crop was being harvested, the Kissan Ittehad said. Open-market prices
    have fallen to {{Rs3,000 per 40kg}}, well below the support price of {{Rs3,900}} set last
    year. Police detained [[47 farmers' leaders|arrested]] ahead of the protest, among them the
    Kissan Ittehad president, who was released in the evening. The provincial food department
    said it would buy only [[2 million tonnes|other;p;a=The provincial food department]] from
    small farmers with {{6 acres}} or less, and has so far received
    [[340,000 applications|other;u=other;a=The provincial food department]]. Punjab's
    {{2024-25}} budget allocates {{Rs12bn}} for a farmer support package.""",
)

item(
    "Colombia coffee output rises 9% in March, growers federation says",
    """BOGOTA, {{April 5}} (Reuters) - Colombia's coffee production rose {{9%}} in March from the
    same month last year to [[1.02 million 60-kg bags|other;a=the national coffee growers
    federation]], the national coffee growers federation said on Wednesday. Exports rose
    {{4%}} to [[890,000 bags|other;a=the federation;alt=the national coffee growers
    federation]], while output over the last {{12 months}} fell {{10%}} to
    [[10.9 million bags|other;a=the federation;alt=the national coffee growers federation]],
    the federation said. The federation, known as Fedecafe, expects production of
    [[11.5 million to 12 million bags|other;p;a=The federation;alt=the national coffee growers
    federation]] this year. Heavy rains linked to La Niña have hurt the flowering of coffee
    trees in Huila, Tolima and Cauca, growers say. [[About 540,000 families|other]] grow coffee
    in Colombia, most on plots of {{less than 5 hectares}}. In Catatumbo, on the border with
    Venezuela, growers said the armed conflict had made it hard to hire pickers:
    [[about 1,200 workers|other;a=growers]] from Venezuela usually arrive for the harvest.""",
)

item(
    "WAEC releases 2024 WASSCE results, withholds 215,267",
    """LAGOS – The West African Examinations Council said on Monday that
    [[1,301,300 candidates|other;a=The West African Examinations Council]], or
    {{72.12 per cent}}, obtained credits in {{five subjects}} including English and Mathematics
    in the {{2024}} West African Senior School Certificate Examination for school candidates.
    The council's head of national office, Josiah Dangana, said
    [[1,805,230 candidates|other;a=Josiah Dangana]] registered for the examination in
    [[20,851 schools|other;a=Josiah Dangana]], and [[1,804,109|other;n=-;a=Josiah Dangana]]
    actually sat it. He said the results of [[215,267 candidates|other;a=Josiah Dangana]],
    representing {{11.92 per cent}}, were being withheld over alleged malpractice. In Borno
    State, where examinations were held under military escort in several local government
    areas, [[some 2,400 candidates|other;a=the state ministry of education]] sat the exam in
    camps for internally displaced persons, the state ministry of education said. The council
    said it had blacklisted [[11 supervisors|other;a=The council;alt=The West African
    Examinations Council]] for aiding cheating. Results for private candidates, who sit the
    examination later in the year, are expected in December.""",
)

item(
    "Damascus airport resumes international flights as Syrians return",
    """DAMASCUS – Damascus International Airport resumed international flights on Tuesday for
    the {{first time}} since the fall of Bashar al-Assad, with a Syrian Air flight to Dubai
    carrying [[145 passengers|other;a=the airport's director]], the airport's director said.
    Qatar Airways said it would operate [[three weekly flights|other;p;a=Qatar Airways]] to
    Damascus from next week, and other carriers announced plans to follow. The airport handled
    [[about 30 flights a day|other]] before the war began in {{2011}}, and had dwindled to
    [[8 a day|other;n=-;u=other]] under sanctions. On Monday, the transitional authorities said
    [[6 planes|other;u=other;a=the transitional authorities]] of the Syrian Air fleet were
    airworthy. Many of the passengers on the first flights were Syrians returning from the Gulf
    and Europe; one, a {{63-year-old}} engineer, said he had not seen Damascus in
    {{13 years}}. Authorities said [[2,700 foreigners|other;a=Authorities]] had entered through
    the Jdeidet Yabous land crossing with Lebanon in the past week, while the UN refugee agency
    said [[some 125,000 refugees|returned;a=the UN refugee agency]] had returned since
    {{December 8}}.""",
)

item(
    "Moldovan winemakers face glut as exports to Russia dry up",
    """CHISINAU – Moldova's grape harvest this autumn reached
    [[an estimated 400,000 tonnes|other;a=the National Office of Vine and Wine]], up from
    [[330,000 tonnes|other;a=the National Office of Vine and Wine]] last year, but winemakers are
    struggling to sell it, the National Office of Vine and Wine said. Wineries processed
    [[about 230,000 tonnes|other]], leaving growers with
    [[tens of thousands of tonnes|other]] of unsold table and wine grapes. Farmers blocked roads
    with tractors in [[12 districts|other]] on Monday, demanding compensation of
    {{3 lei per kilogram}}. Moldova has [[some 140 wineries|other;u=other]] and exports about
    {{80%}} of its wine, mostly to Romania, Poland and China since Russia banned Moldovan wine in
    {{2013}}. The government has allocated {{100 million lei}} for subsidies, the agriculture
    minister said. The European Union has promised to buy
    [[10,000 tonnes|aid;p;a=The European Union]] of table grapes for food aid programmes,
    including for Ukrainian refugees in Moldova. The country hosts
    [[about 120,000 refugees|displaced]] from Ukraine.
    [[Around 1,500 refugees|other;a=the employment agency]] from Ukraine worked as seasonal
    grape pickers this year, according to the employment agency.""",
)

item(
    "Ethiopia's parliament approves record 971 billion birr budget",
    """ADDIS ABABA – Ethiopia's House of Peoples' Representatives on Thursday approved a federal
    budget of {{971.2 billion birr}} for the {{2024/25}} fiscal year, up {{21 percent}} from the
    previous year, with {{139 billion birr}} allocated for debt servicing. The finance minister
    told lawmakers that {{451 billion birr}}, about {{46 percent}} of the total, would go to
    recurrent spending, and that the government expected revenues to cover about three quarters
    of the budget. The budget projects economic growth of {{8.4 percent}}, which the IMF
    considers optimistic, and inflation of {{about 20 percent}}. Opposition MPs criticised a
    {{16 percent}} cut in the allocation for rehabilitating areas affected by the war in the
    north, which ended with a peace deal in {{November 2022}}. Subsidies for fuel, cooking oil
    and fertiliser will total {{68 billion birr}}. The budget takes effect on {{July 8}}, the
    start of the Ethiopian fiscal year.""",
)

item(
    "Afghanistan stun Australia to keep semi-final hopes alive",
    """KINGSTOWN, St Vincent – Afghanistan beat Australia by {{21 runs}} in the Super Eight
    stage of the {{T20}} World Cup on Saturday, the {{first time}} they have defeated the
    Australians in any format. Put in to bat, Afghanistan made {{148-6}}, with their openers
    putting on {{118}} for the first wicket. A {{37-year-old}} all-rounder then took
    {{4-20}} as Australia were bowled out for {{127}} in {{19.2 overs}}. It was Afghanistan's
    {{third}} win of the tournament. Celebrations broke out
    in Kabul, Jalalabad and Khost, where young men fired into the air late into the night, and
    in the refugee settlements around Peshawar. The team, many of whose players learned the game
    in camps in Pakistan in the {{1990s}}, next meet Bangladesh on Tuesday, needing a win to
    reach the semi-finals for the first time.""",
)
