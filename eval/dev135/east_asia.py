"""Japan and Taiwan: two earthquakes, a river flood, a mudslide, a typhoon and a heatwave, in the
idiom of Kyodo and Focus Taiwan (6 texts with figures)."""

from _wrap import item

item(
    "Noto quake death toll rises to 232; 15,000 still in shelters",
    """The death toll from the New Year's Day earthquake on the Noto Peninsula rose to
    [[232|killed;a=the Ishikawa prefectural government]] on Sunday, including
    [[15 disaster-related deaths|killed;a=the Ishikawa prefectural government]], the Ishikawa
    prefectural government said. [[Twenty-two people|missing]] remain unaccounted for, most of
    them in Wajima, where a fire razed [[about 200 buildings|housing]] around the morning
    market. [[About 15,000 people|displaced]] are still staying at
    [[some 370 shelters|capacity]] in the prefecture, many in school gymnasiums where
    temperatures fall below freezing at night. [[Twenty-four communities|other;u=other]] in
    Wajima and Suzu remain cut off by landslides, leaving
    [[around 3,100 residents|civilians]] isolated. The Defense Ministry said it had increased
    the deployment of the Self-Defense Forces to
    [[about 6,300 personnel|combatants;a=The Defense Ministry]]. Water outages continue across
    the northern part of the prefecture, and doctors warned of a rise in respiratory infections
    among elderly evacuees in crowded shelters.
    [[More than 22,000 houses|housing;a=the Fire and Disaster Management Agency]] were damaged,
    the Fire and Disaster Management Agency said. The {{magnitude 7.6}} quake generated a
    tsunami of at least {{1.2 meters}} at Wajima port. The governor urged residents not to
    return to damaged homes as aftershocks continued, including a {{magnitude 6.0}} tremor on
    Saturday. The prefecture began moving some evacuees to hotels in Kanazawa, about
    {{100 kilometers}} to the south, on Saturday.""",
)

item(
    "Kyushu downpours: 14 nursing home residents among dead as Kuma River floods",
    """[[Fourteen residents|killed;a=local authorities]] of a special nursing home for the elderly
    in Kuma, Kumamoto Prefecture, were confirmed dead on Sunday after the Kuma River burst its
    banks, local authorities said. The facility, Senjuen, housed
    [[around 70 residents|civilians]], and rescuers used rubber boats to carry
    [[the remaining 51|other]] to safety. Across the prefecture,
    [[at least 49 people|killed;a=the prefectural government]] have died and
    [[11|missing;a=the prefectural government]] remain missing, the prefectural government
    said. The Japan Meteorological Agency had issued its highest-level heavy rain emergency
    warning, with parts of the prefecture receiving more than {{100 millimeters}} of rain an
    hour. Evacuation orders were issued to [[about 200,000 residents|displaced;p]] in Kumamoto
    and Kagoshima. The prime minister said the government would increase the Self-Defense
    Forces' deployment to [[10,000 personnel|combatants;p;a=The prime minister]].
    [[About 6,100 houses|housing]] were flooded in Hitoyoshi and surrounding towns.""",
)

item(
    "Hualien earthquake: 9 dead, 1,011 injured; hundreds trapped in Taroko",
    """The death toll from Wednesday's {{magnitude 7.2}} earthquake off Hualien County has risen to
    [[nine|killed;a=the Central Emergency Operation Center (CEOC)]], while
    [[1,011 people|injured;a=the Central Emergency Operation Center (CEOC)]] were injured, the
    Central Emergency Operation Center (CEOC) said on Thursday morning.
    A total of [[646 people|civilians;a=the center;alt=the Central Emergency Operation Center
    (CEOC)]]
    remained trapped, most of them in Taroko National Park, where rockfalls cut the Central
    Cross-Island Highway, the center said. They include
    [[around 50 hotel employees|civilians]] who were traveling in
    [[four minibuses|other]] to the Silks Place hotel when the quake hit. Rescuers reached
    [[six miners|other]] at the Heping quarry by helicopter. The Hualien County government said
    [[28 buildings|housing;a=The Hualien County government]] had been damaged, including the
    {{nine-story}} Uranus Building, which tilted at {{45 degrees}}. The quake, the strongest to
    hit Taiwan in {{25 years}}, struck at {{7:58 a.m.}} at a depth of {{15.5 kilometers}},
    according to the Central Weather Administration (CWA). The CWA has recorded
    [[more than 300 aftershocks|other;u=other;a=The CWA]].""",
)

item(
    "Typhoon Krathon: 2 dead, over 9,000 evacuated in southern Taiwan",
    """[[Two people|killed;a=the Central Emergency Operation Center]] have died and
    [[over 100|injured;a=the Central Emergency Operation Center]] have been injured as Typhoon
    Krathon approached southern Taiwan, the Central Emergency Operation Center said Thursday.
    [[More than 9,100 residents|displaced]] have been evacuated from mountainous and low-lying
    areas in Kaohsiung, Pingtung and Taitung. Taipower said
    [[over 240,000 households|civilians;a=Taipower]] lost power at the height of the storm and
    [[about 80,000|civilians;u=household;a=Taipower]] were still without electricity on
    Thursday evening. Airlines cancelled [[all 216 domestic flights|other]], and schools and
    offices were closed for a {{second}} day in [[15 cities and counties|other;u=other;n=cities
    and counties]].
    Krathon made landfall in Kaohsiung's Siaogang District at {{12:40 p.m.}} with maximum
    sustained winds of {{173 km/h}}, and parts of the Pingtung mountains received more than
    {{1,000 mm}} of rain.""",
)

item(
    "Atami mudslide: 9 dead, 20 unaccounted for",
    """[[Nine people|killed;a=the Shizuoka prefectural government]] have been confirmed dead and
    [[20|missing;a=the Shizuoka prefectural government]] remain unaccounted for after a mudslide
    tore through the Izusan district of Atami, the Shizuoka prefectural government said
    Wednesday. [[Some 130 houses|housing]] and other buildings were swept away.
    [[About 1,000 Self-Defense Forces troops|combatants]] joined
    [[some 500 firefighters|other]] in the search. Atami had received {{313 millimeters}} of
    rain in {{48 hours}}, and investigators are looking into an embankment of
    {{54,000 cubic meters}} of soil built upstream. [[About 580 residents|displaced]] are
    staying at hotels used as evacuation shelters.""",
)

item(
    "Heatstroke sends record 22,647 to hospital in a week",
    """[[A record 22,647 people|injured;a=the Fire and Disaster Management Agency]] were taken to
    hospital by ambulance for heatstroke in the week to Sunday, the Fire and Disaster
    Management Agency said Tuesday, and [[65 of them|killed;n=-;a=the Fire and Disaster
    Management Agency]] died. [[About 1,000|injured;a=the agency;alt=the Fire and Disaster
    Management Agency]] were in serious condition, and {{over 40%}} were aged {{65 or older}},
    the agency said. In Tokyo alone, [[3,125 people|injured;a=the Tokyo Fire Department]] were
    taken to hospital, the Tokyo Fire Department said. Temperatures reached a record
    {{41.1 C}} in Kumagaya, Saitama Prefecture, on Monday.""",
)
