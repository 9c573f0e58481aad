"""The same countries' other news, Asia, Yemen and Colombia: a pilgrimage and tourism, a
budget, a mine explosion, an earthquake, a mine accident, a storm, football, a migrant boat (8
articles, 2 without a figure)."""

from _wrap import item

item(
    "Over 3.5 lakh pilgrims visit Amarnath cave shrine; tourist arrivals hit record",
    """SRINAGAR - [[Over 3.5 lakh pilgrims|other;a=officials;v=350000]] have paid obeisance at
    the holy cave shrine of Amarnath in south Kashmir since the yatra began on {{July 3}},
    officials said on Sunday. A fresh batch of [[6,150 yatris|other;a=officials]] left the
    Bhagwati Nagar base camp in Jammu for the Baltal and Pahalgam routes early in the morning
    in [[241 vehicles|other;a=officials]] under tight security, they said. Officials expect the
    total to cross [[5 lakh|other;p;q=at_least;v=500000;n=-]] before the yatra concludes on
    {{August 19}}. The health department said [[over 1,000 pilgrims|injured;a=The health
    department]] had been treated at medical camps along the route, mostly for altitude
    sickness, and [[seven pilgrims|killed;a=The health department]] had died of cardiac arrest.
    Each registered pilgrim is insured for {{Rs 5 lakh}}. The cave shrine sits at {{3,880
    metres}} in the Himalayas. Tourism officials said Jammu and Kashmir received a record
    [[2.11 crore tourists|other;a=Tourism officials;v=21100000]] last year, including [[about
    65,000 foreign visitors|other;a=Tourism officials]], the highest since {{2012}}. Hoteliers
    in Pahalgam and Gulmarg say occupancy is running at {{90 per cent}}.""",
)

item(
    "Omar presents J&K's first elected government budget in seven years",
    """JAMMU - Chief Minister Omar Abdullah on Friday presented a budget of {{Rs 1,12,310
    crore}} for {{2025-26}}, the first by an elected government in Jammu and Kashmir since
    {{2018}}. The Union Territory's economy is projected to grow by {{7.06 per cent}}, with the
    gross state domestic product estimated at {{Rs 2.88 lakh crore}}. The fiscal deficit is
    targeted at {{3 per cent}} of GSDP, against {{5.5 per cent}} last year. Omar, who holds the
    finance portfolio, announced {{200 units}} of free electricity a month for poor households
    and free travel for women on government buses from {{April 1}}. Marriage assistance for
    girls from poor families was raised to {{Rs 75,000}}. "This budget is the voice of the
    people after {{seven years}}," he told the Assembly. The opposition BJP said the budget was
    "a collection of promises without a roadmap". The restoration of statehood, promised by the
    Centre after the abrogation of {{Article 370}} in {{2019}}, was not mentioned. Debt
    servicing will take {{11 per cent}} of spending.""",
)

item(
    "Twelve miners killed in Sanjdi coal mine explosion",
    """QUETTA: [[Twelve miners|killed;a=Chief Inspector of Mines Abdul Ghani]] were killed and
    [[eight others|injured;a=Chief Inspector of Mines Abdul Ghani]] injured when a methane gas
    explosion caused part of a coal mine to cave in in the Sanjdi area, some {{40km}} east of
    Quetta, on Thursday, Chief Inspector of Mines Abdul Ghani said. [[Some 25
    miners|other;a=Chief Inspector of Mines Abdul Ghani]] were working in the mine, at a depth
    of {{4,000 feet}}, when the blast occurred, he said. Rescue teams of the Provincial
    Disaster Management Authority pulled out [[four miners|other]] alive after an operation
    that lasted through the night. [[Three miners|civilians;a=officials]] were still trapped on
    Friday morning, officials said. Most of the victims were from the Shangla district of
    Khyber Pakhtunkhwa. The Pakistan Central Mines Labour Federation said [[over 100
    miners|killed;a=The Pakistan Central Mines Labour Federation]] had died in accidents in
    Balochistan's coal mines since {{2023}}, and blamed poor ventilation and a lack of
    inspections. The provincial government announced {{Rs500,000}} for the family of each
    victim. Balochistan has [[around 2,800 coal mines|other;u=other]], employing [[about 40,000
    workers|other]].""",
)

item(
    "Quake toll passes 2,700 as junta chief warns it could exceed 3,000",
    """The death toll from the magnitude {{7.7}} earthquake that struck central Myanmar on
    Friday has risen to [[2,719|killed;a=junta chief Min Aung Hlaing]], junta chief Min Aung
    Hlaing said on state television on Tuesday, adding that [[more than 4,500
    people|injured;a=junta chief Min Aung Hlaing]] had been injured and [[441|missing;a=junta
    chief Min Aung Hlaing]] were missing. He said the toll could exceed
    [[3,000|killed;p;q=at_least;a=junta chief Min Aung Hlaing]]. The epicentre was near
    Sagaing, {{16 km}} from Mandalay, Myanmar's second-largest city. The World Health
    Organization said [[over 10,000 buildings|housing;a=The World Health Organization]] had
    collapsed or been severely damaged. In Mandalay, [[thousands of residents|displaced]] slept
    in the streets for fear of aftershocks, and [[about 50 monks|killed;a=residents]] died when
    a monastery collapsed, residents told The Irrawaddy. Rescue teams from China, India and
    Russia were among [[more than 600 foreign rescuers|other;a=state media]] deployed, state
    media said. The National Unity Government declared a {{two-week}} pause in offensive
    operations in quake-hit areas, but the regime kept up airstrikes, killing [[at least seven
    people|killed;a=local resistance groups]] in Sagaing on Saturday, according to local
    resistance groups.""",
)

item(
    "Grasberg mud rush: two bodies found, five workers still missing",
    """JAKARTA (Reuters) - Rescuers have found the bodies of [[two workers|killed;a=PT Freeport
    Indonesia]] trapped by a mud rush at the Grasberg Block Cave mine in Papua, PT Freeport
    Indonesia said on Saturday, while [[five others|missing;a=PT Freeport Indonesia]] remain
    missing. [[The seven workers|civilians]] were trapped when [[about 800,000 tonnes|other]]
    of wet material flowed into the underground mine on {{September 8}}. Freeport evacuated
    [[over 1,800 workers|displaced;a=the company;alt=PT Freeport Indonesia]] from the mine
    after the accident, the company said, and halted operations at Grasberg, the world's
    second-largest copper mine. [[More than 200 rescuers|other]] have worked in shifts to clear
    the tunnels. Its parent, Freeport-McMoRan, cut its sales forecast for the quarter by {{4%}}
    for copper and {{6%}} for gold and said full production might not resume until {{2027}}.
    The mine, in which Indonesia's government owns {{51.2%}} of the local unit, employs [[some
    30,000 people|other;a=the company;alt=PT Freeport Indonesia]] including contractors,
    according to the company.""",
)

item(
    "Kristine: 23 dead, 58,000 flee floods in Maguindanao provinces",
    """COTABATO CITY - [[At least 23 people|killed;a=the Bangsamoro Ministry of the Interior
    and Local Government]] died in floods and landslides in Maguindanao del Norte and
    Maguindanao del Sur as Severe Tropical Storm Kristine (Trami) lashed Mindanao, the
    Bangsamoro Ministry of the Interior and Local Government said on Friday. [[Seven
    people|missing;a=the ministry;alt=the Bangsamoro Ministry of the Interior and Local
    Government]] remain missing in Datu Odin Sinsuat, where a landslide buried [[between 10 and
    15 houses|housing;a=the ministry;alt=the Bangsamoro Ministry of the Interior and Local
    Government]], the ministry added. [[Over 12,000 families|displaced;a=the Bangsamoro Rapid
    Emergency Action on Disaster Incidence]], or [[about 58,000 persons|displaced;a=the
    Bangsamoro Rapid Emergency Action on Disaster Incidence]], have fled to [[96 evacuation
    centers|capacity;a=the Bangsamoro Rapid Emergency Action on Disaster Incidence]], according
    to the Bangsamoro Rapid Emergency Action on Disaster Incidence. [[Some 1,200
    houses|housing]] were damaged. Rainfall of more than {{200 millimeters}} in {{24 hours}}
    sent the Rio Grande de Mindanao over its banks. The Department of Social Welfare and
    Development said it would send [[30,000 family food packs|aid;p;a=The Department of Social
    Welfare and Development]] to the region. Farmers in the Liguasan marsh lost [[2,000 to
    3,000 head|other;a=the provincial agriculture office;n=head;u=other]] of cattle, the
    provincial agriculture office estimated. Kristine was the {{11th}} storm to hit the country
    this year.""",
)

item(
    "Colombia fall to late goal as unbeaten run ends in Miami final",
    """MIAMI - Colombia's {{28}}-match unbeaten run ended on Sunday night as Lautaro Martinez
    scored in the {{112th minute}} to give Argentina a {{1-0}} win in the Copa America final.
    The kick-off was delayed by {{82 minutes}} after chaos at the gates of Hard Rock Stadium.
    James Rodriguez, {{33}}, named the tournament's best player, made a record {{six}} assists
    in the competition, and Nestor Lorenzo's side had not lost since {{February 2022}}. "We
    leave with our heads high," said Lorenzo, {{54}}. Colombia last won the title in {{2001}},
    at home, and were seeking a {{second}} continental crown. Argentina's {{16th}} title is a
    record. Lionel Messi, {{37}}, left the field in tears in the {{66th minute}} with an ankle
    injury. In Bogota, the celebrations planned by the city were called off, and El Tiempo
    English reported that the team's flight home would arrive on Tuesday at {{3pm}}. Colombia's
    next World Cup qualifier is against Peru in {{September}}.""",
)

item(
    "Dozens dead as migrant boat capsizes off Yemen's Abyan coast",
    """ADEN (AP) - A boat carrying [[about 154 Ethiopian migrants|other;a=the International
    Organization for Migration]] capsized off Yemen's southern Abyan province on Sunday,
    killing [[at least 68|killed;a=the International Organization for Migration]], the
    International Organization for Migration said. [[Seventy-four others|missing;a=the
    agency;alt=the International Organization for Migration]] were missing, the agency said.
    The bodies of [[54 migrants|killed;a=Abyan's security directorate]] washed ashore in
    Khanfar district, Abyan's security directorate said, and [[14 others|killed;a=Abyan's
    security directorate]] were found dead and taken to a hospital morgue in Zinjibar. [[Twelve
    survivors|other]] were pulled from the water by fishermen and local authorities. The boat
    had set out from Djibouti. Despite Yemen's war, [[more than 60,000
    migrants|displaced;a=IOM]] arrived in the country from the Horn of Africa last year, IOM
    said, most of them trying to reach Saudi Arabia for work. Smugglers charge each migrant
    between {{$500}} and {{$1,000}} for the crossing. IOM's Missing Migrants Project recorded
    [[558 deaths|killed;a=IOM's Missing Migrants Project]] on the route in {{2024}}. Many who
    arrive are held in crowded camps run by smugglers, where [[between 300 and 400
    people|kidnapped;a=rights groups]] are detained for ransom at any time, rights groups say.""",
)
