"""dev224 items: Pakistan, Bangladesh, India, Nepal and Sri Lanka (floods, cyclones, landslides,
earthquakes), 2015-2025."""

from _wrap import item

item(
    "Pakistan flood deaths pass 1,100 as a million homes are damaged",
    """
    ISLAMABAD - Floods brought by the heaviest monsoon rains in decades have killed
    [[1,136 people|killed;a=the National Disaster Management Authority]] in Pakistan since
    {{June 14}}, the National Disaster Management Authority said on Monday, among them
    [[386 children|killed;a=the National Disaster Management Authority]]. The authority said
    [[1,634 people|injured;a=The authority;alt=the National Disaster Management Authority]] had
    been hurt and
    [[more than 992,000 houses|housing;a=The authority;alt=the National Disaster Management Authority]]
    damaged or destroyed. In Sindh province alone
    [[some 1.5 million people|displaced;a=provincial officials]] were living in relief camps,
    provincial officials said, and [[tens of thousands|displaced;a=provincial officials]] more
    were camped on raised roads and railway embankments. The army said it had deployed
    [[more than 6,000 troops|combatants;a=The army]] and had evacuated
    [[about 50,000 people|displaced;a=The army]] by helicopter and boat. Planning Minister
    Ahsan Iqbal put the damage at more than {{$10 billion}}. "Entire districts are one vast lake,"
    said Climate Change Minister Sherry Rehman.
    """,
)

item(
    "Floods maroon over a million families in eastern Bangladesh",
    """
    DHAKA, {{Aug 25}} (Reuters) - Flash floods in eastern Bangladesh have marooned
    [[nearly 1.2 million families|civilians;a=the Ministry of Disaster Management and Relief]],
    the Ministry of Disaster Management and Relief said on Sunday, as the death toll rose to
    [[23|killed;a=the Ministry of Disaster Management and Relief]]. Feni, Cumilla and Noakhali
    were the worst hit after days of torrential rain upstream in India's Tripura state. The
    ministry said
    [[about 470,000 people|displaced;a=The ministry;alt=the Ministry of Disaster Management and Relief]]
    had taken refuge in
    [[3,527 flood shelters|capacity;a=The ministry;alt=the Ministry of Disaster Management and Relief]].
    Army, navy and coast guard boats had rescued
    [[more than 15,000 people|other;a=the Inter Services Public Relations directorate]] by
    Saturday night, the Inter Services Public Relations directorate said. The interim government
    released {{Tk 4.5 crore}} in cash and [[20,650 tonnes|aid]] of rice for the affected
    districts. In Parshuram, local officials said [[two people|missing;a=local officials]] were
    still missing after their boat capsized on the Muhuri river.
    """,
)

item(
    "Wayanad landslide toll climbs as hope fades for the missing",
    """
    WAYANAD, Kerala - Rescuers pulled more bodies from the mud on Thursday, taking the toll from
    the landslides that buried Mundakkai and Chooralmala to
    [[at least 256|killed;a=the state government]], according to the state government.
    [[About 200 people|missing;a=Chief Minister Pinarayi Vijayan]] remain unaccounted for, Chief
    Minister Pinarayi Vijayan told reporters, adding that
    [[8,017 people|displaced;a=Chief Minister Pinarayi Vijayan]] from
    [[2,228 families|displaced;a=Chief Minister Pinarayi Vijayan]] were staying in
    [[82 relief camps|capacity;a=Chief Minister Pinarayi Vijayan]] across the district. The army
    deployed [[about 500 soldiers|combatants;a=the district collector]], and
    [[more than 700 rescuers|other;a=the district collector]] from the National Disaster Response
    Force, fire services and volunteer groups combed the debris with sniffer dogs, the district
    collector said. Engineers threw a {{190-foot}} Bailey bridge across the swollen
    Iruvanjippuzha river in {{31 hours}}. Officials said
    [[86 people|injured;a=Officials]] were being treated at hospitals in Meppadi and Kozhikode.
    The India Meteorological Department recorded {{572 mm}} of rain in the area in the
    {{48 hours}} before the slides.
    """,
)

item(
    "Nepal quake toll passes 7,000; police rescue children from traffickers",
    """
    KATHMANDU - The death toll from Saturday's {{magnitude 7.8}} earthquake rose to
    [[7,040|killed;a=Nepal's Home Ministry]] on Friday, Nepal's Home Ministry said, with
    [[14,123 people|injured;a=Nepal's Home Ministry]] injured. The United Nations estimates that
    [[8 million people|civilians;a=The United Nations]], more than {{a quarter}} of the
    population, have been affected and that
    [[some 2.8 million|displaced;a=The United Nations]] have been left homeless. In
    Sindhupalchowk, the worst-hit district,
    [[more than 3,400 people|killed;a=district officials]] died, district officials said, and
    {{nine in ten}} houses in some villages collapsed.
    [[About 20,000 people|displaced]] are sleeping under tarpaulins on the Tundikhel parade
    ground in central Kathmandu. Police said [[at least 38 children|kidnapped;a=Police]] had been
    rescued from traffickers at border crossings with India since the quake and
    [[14 suspected traffickers|arrested;a=Police]] had been detained. The government said it had
    deployed
    [[more than 65,000 soldiers and police officers|combatants;n=soldiers and police officers;a=The government]]
    in search and rescue.
    """,
)

item(
    "Five months on, a quarter of a million still in Sindh's flood camps",
    """
    HYDERABAD, Pakistan - {{Five months}} after the floods put {{a third}} of Pakistan under
    water,
    [[about 240,000 people|displaced;a=the Provincial Disaster Management Authority (PDMA)]] in
    Sindh were still living in relief camps or along roadsides, the Provincial Disaster
    Management Authority (PDMA) said on Thursday. The authority said
    [[some 5.1 million people|returned;a=The authority;alt=the Provincial Disaster Management Authority (PDMA)]]
    had gone back to their villages, many to find only mud walls standing. In Dadu district,
    where stagnant water still covers {{120,000 acres}}, deputy commissioner Syed Murtaza Ali Shah
    said
    [[1,800 to 2,000 families|displaced;a=deputy commissioner Syed Murtaza Ali Shah]] from Johi
    were still waiting for the water to recede and
    [[47 relief camps|capacity;a=deputy commissioner Syed Murtaza Ali Shah]] remained open.
    UNICEF said [[about 1.6 million children|civilians;a=UNICEF]] still needed nutrition support
    and warned that [[as many as 4 million|civilians;p;a=UNICEF]] could lack safe drinking water
    by the new year. The provincial government plans to rebuild
    [[2 million homes|housing;p;a=The provincial government]] with {{$500 million}} from the
    World Bank.
    """,
)

item(
    "Cyclone Remal: Bangladesh moves 800,000 to shelters before landfall",
    """
    KHULNA, Bangladesh - Bangladesh moved
    [[nearly 800,000 people|displaced;a=State Minister for Disaster Management Mohibur Rahman]]
    from coastal districts into
    [[9,424 cyclone shelters|capacity;a=State Minister for Disaster Management Mohibur Rahman]]
    before Cyclone Remal made landfall on Sunday night, State Minister for Disaster Management
    Mohibur Rahman said. The storm crossed the coast near Mongla with gusts of up to
    {{111 km/h}} and a surge of {{8 to 12 feet}}. By Tuesday
    [[at least 16 people|killed;a=the ministry]] had died, most of them crushed by falling trees
    or drowned, and [[35,483 houses|housing;a=the ministry]] had been destroyed and
    [[115,992|housing;u=structure;a=the ministry]] partly damaged, the ministry said. It put the
    number of people affected at [[3.75 million|civilians;a=the ministry]]. "Without the
    shelters the toll would have been far higher," said Nazmul Hossain, a volunteer with the
    Cyclone Preparedness Programme. The programme deployed [[78,000 volunteers|other]] to warn
    villages. Across the border in West Bengal, authorities evacuated
    [[about 110,000 people|displaced]] from the Sundarbans and low-lying parts of Kolkata.
    """,
)

item(
    "Assam floods: 2.31 lakh in relief camps as Silchar stays under water",
    """
    GUWAHATI -
    [[Nearly 2.31 lakh people|displaced;v=231000;a=the Assam State Disaster Management Authority (ASDMA)]]
    have taken shelter in
    [[over 800 relief camps|capacity;a=the Assam State Disaster Management Authority (ASDMA)]]
    across the state, according to the Assam State Disaster Management Authority (ASDMA).
    [[Four more people|killed]] drowned on Tuesday, taking the toll in this year's floods and
    landslides to [[134|killed]]. Silchar, the state's {{second-largest}} town, has been largely
    under water for {{a week}} since the Barak river breached an embankment at Bethukandi. Chief
    Minister Himanta Biswa Sarma said the army had deployed
    [[around 2,000 soldiers|combatants;a=Chief Minister Himanta Biswa Sarma]] in Cachar district
    and that National Disaster Response Force teams had rescued
    [[more than 15,000 people|other;a=Chief Minister Himanta Biswa Sarma]] there. Cachar
    officials estimated that [[some 3,000 houses|housing;a=Cachar officials]] had been damaged.
    The Kopili river at Kampur was flowing {{1.2 metres}} above the danger mark on Wednesday
    morning.
    """,
)

item(
    "Sri Lanka counts the cost of Cyclone Ditwah",
    """
    COLOMBO - [[At least 334 people|killed;a=the Disaster Management Centre (DMC)]] were killed
    and [[370|missing;a=the Disaster Management Centre (DMC)]] are still missing after Cyclone
    Ditwah dumped torrential rain on Sri Lanka, the Disaster Management Centre (DMC) said on
    Monday, in the island's worst disaster since the {{2004}} tsunami. Most of the dead were
    buried by landslides in the central hill districts of Kandy, Badulla and Nuwara Eliya. The
    centre said
    [[more than 148,000 people|displaced;a=The centre;alt=the Disaster Management Centre (DMC)]]
    were sheltering in
    [[1,094 safety centres|capacity;a=The centre;alt=the Disaster Management Centre (DMC)]] and
    that
    [[1.1 million people|civilians;a=The centre;alt=the Disaster Management Centre (DMC)]] had
    been affected across the island. [[More than 15,000 houses|housing]] were damaged,
    [[565|housing;u=structure]] of them completely. India's High Commission said an Indian Air
    Force aircraft had landed in Colombo with [[21 tonnes|aid;a=India's High Commission]] of
    relief supplies, while President Anura Kumara Dissanayake declared a state of emergency.
    """,
)

item(
    "Kathmandu valley floods kill more than 200",
    """
    KATHMANDU -
    [[At least 224 people|killed;a=Home Ministry spokesperson Rishi Ram Tiwari]] have died in
    floods and landslides that struck central and eastern Nepal over the weekend, Home Ministry
    spokesperson Rishi Ram Tiwari said on Tuesday, and
    [[24|missing;a=Home Ministry spokesperson Rishi Ram Tiwari]] are missing. Tiwari said
    [[158 people|injured;a=Tiwari]] had been hurt and that security forces had rescued
    [[more than 4,000|other;a=Tiwari]], many of them plucked from rooftops in the Kathmandu
    valley. The government deployed
    [[20,000 soldiers and police|combatants;n=soldiers and police]] with boats and helicopters.
    On the Prithvi Highway a landslide swept [[two buses|other]] off the road, killing
    [[35 passengers|killed]]. The airport weather station recorded {{240 mm}} of rain in
    {{24 hours}}, the most since records began in {{1970}}. In the low-lying Balkhu area,
    [[some 400 families|displaced;a=ward officials]] were sheltering in schools and a temple,
    ward officials said.
    """,
)

item(
    "Cloudbursts in Pakistan's northwest leave hundreds dead",
    """
    PESHAWAR - Cloudbursts and flash floods have killed
    [[at least 328 people|killed;a=the Provincial Disaster Management Authority]] in Khyber
    Pakhtunkhwa since Friday, [[209|killed;a=the Provincial Disaster Management Authority]] of
    them in Buner district alone, the Provincial Disaster Management Authority said on Sunday.
    In the village of Beshonai, [[hundreds of homes|housing]] were swept away when a wall of
    water and boulders came down the hillside before dawn. {{Rescue 1122}}, the provincial
    emergency service, said its teams had pulled
    [[about 3,500 people|other;a=Rescue 1122]] from the floodwaters and recovered
    [[dozens of bodies|killed;a=Rescue 1122]] from the debris.
    [[At least 156 people|injured]] were being treated at the district hospital in Daggar. Local
    officials said [[134 people|missing;a=Local officials]] were still missing in Pir Baba and
    nearby villages. On Friday a provincial government helicopter carrying relief goods crashed
    in bad weather in Mohmand district, killing [[all five crew members|killed]].
    """,
)

item(
    "Odisha races to evacuate a million ahead of Cyclone Fani",
    """
    BHUBANESWAR - Odisha had moved
    [[more than 1.1 million people|displaced;a=Special Relief Commissioner Bishnupada Sethi]] out
    of the path of Cyclone Fani by Thursday evening, Special Relief Commissioner Bishnupada Sethi
    said, and would shift
    [[another 100,000|displaced;p;a=Special Relief Commissioner Bishnupada Sethi]] overnight.
    Most were housed in [[about 4,000 cyclone shelters|capacity]] built along the coast after the
    {{1999}} super cyclone killed [[almost 10,000 people|killed]]. Sethi said
    [[about 3,000 pregnant women|displaced;a=Sethi]] had been moved to hospitals. Fani is
    expected to make landfall near Puri on Friday morning with sustained winds of
    {{175-185 km/h}}, the India Meteorological Department said. The National Disaster Response
    Force has positioned [[more than 2,500 rescuers|other]] in Odisha, Andhra Pradesh and West
    Bengal. East Coast Railway cancelled [[223 trains|other;u=other]], and Bhubaneswar airport
    will close at midnight.
    """,
)

item(
    "Sylhet's worst floods in a century strand millions",
    """
    SYLHET, Bangladesh -
    [[About 4 million people|civilians;a=the Department of Disaster Management]] were stranded by
    floodwater in Bangladesh's northeast on Monday, the Department of Disaster Management said,
    after {{three days}} of relentless rain in the hills of India's Meghalaya state poured into
    the Surma and Kushiyara rivers. District officials said
    [[at least 472,000 people|displaced;a=District officials]] had moved into
    [[1,605 shelters|capacity;a=District officials]] in Sylhet and Sunamganj.
    [[Nine people|killed;a=police]], including [[three children|killed;a=police]], died in
    landslides and lightning strikes over the weekend, police said. In Sunamganj, where the
    district town was cut off, army boats rescued [[1,500-2,000 people|other]] from rooftops on
    Saturday. The Bangladesh Water Development Board said the Surma was flowing {{109 cm}} above
    the danger level at Kanaighat. The government sent [[1,000 tonnes|aid]] of rice and
    [[20,000 food packets|aid]] to the two districts.
    """,
)

item(
    "Joshimath families moved out as cracks spread",
    """
    JOSHIMATH, Uttarakhand - Authorities in the Himalayan town of Joshimath have moved
    [[279 families|displaced;a=the Chamoli district administration]] to relief centres after
    cracks opened in [[863 buildings|housing;a=the Chamoli district administration]], the Chamoli
    district administration said in a bulletin on Tuesday. [[181 buildings|housing]] in the
    Sunil and Manohar Bagh wards have been declared unsafe. Officials have identified space for
    [[about 3,000 people|capacity;a=Officials]] in hotels, guest houses and schools in the town
    and nearby Pipalkoti. Chief Minister Pushkar Singh Dhami announced interim relief of
    {{Rs 1.5 lakh}} per family and said the state would eventually relocate
    [[some 4,000 residents|displaced;p;a=Chief Minister Pushkar Singh Dhami]] from the worst
    affected zone. Residents said [[dozens of families|displaced;a=Residents]] had already left
    to stay with relatives in Dehradun and Rishikesh. Scientists at the Indian Space Research
    Organisation said satellite images showed the town had sunk {{5.4 cm}} in {{12 days}}.
    """,
)

item(
    "Dacoits abduct flood victims from Kashmore relief camp",
    """
    KASHMORE, Pakistan - Armed dacoits raided a relief camp for flood victims near Kandhkot
    before dawn on Wednesday and abducted [[seven people|kidnapped;a=police]], including
    [[two children|kidnapped;a=police]], police said. The camp, set up in a government high
    school, houses [[about 2,500 people|displaced]] whose villages in the riverine katcha area
    are still under water. Senior Superintendent of Police Irfan Samoo said
    [[more than 300 policemen|combatants;a=Senior Superintendent of Police Irfan Samoo]] had
    taken part in an operation in the katcha forest on Thursday that freed
    [[three of the hostages|kidnapped;a=Senior Superintendent of Police Irfan Samoo]].
    [[Two suspected dacoits|killed;a=Senior Superintendent of Police Irfan Samoo]] were killed in
    an exchange of fire and
    [[four others|arrested;a=Senior Superintendent of Police Irfan Samoo]] were arrested, he
    said. The gang has demanded {{Rs 5 million}} for the remaining captives, relatives said.
    """,
)

item(
    "Sikkim glacial flood: soldiers among the missing",
    """
    GANGTOK - A glacial lake outburst down the Teesta river has killed
    [[at least 40 people|killed;a=the Sikkim State Disaster Management Authority]] in Sikkim and
    left [[76|missing;a=the Sikkim State Disaster Management Authority]] missing, the Sikkim
    State Disaster Management Authority said on Saturday. Among the missing are
    [[22 soldiers|missing]] whose camp at Bardang was swept away along with their
    vehicles. The authority said
    [[about 22,000 people|civilians;a=The authority;alt=the Sikkim State Disaster Management Authority]]
    had been affected,
    [[1,173 houses|housing;a=The authority;alt=the Sikkim State Disaster Management Authority]]
    damaged and
    [[2,011 people|other;a=The authority;alt=the Sikkim State Disaster Management Authority]]
    rescued. [[More than 3,000 tourists|civilians]] remain stranded in Lachen and Lachung, cut
    off by landslides. The state government has opened [[26 relief camps|capacity]]. The surge
    also destroyed the dam of the {{1,200 MW}} Teesta Stage III hydropower project at
    Chungthang.
    """,
)

item(
    "Met office forecasts above-normal monsoon for Pakistan",
    """
    ISLAMABAD - The Pakistan Meteorological Department expects monsoon rainfall this year to be
    {{10 to 20 percent}} above normal, with the heaviest spells likely between {{July 15}} and
    {{August 20}}, it said in its seasonal outlook on Thursday. Lahore and Sialkot could see
    single downpours of more than {{150 mm}} in a day, and temperatures in upper Sindh are
    forecast to stay above {{45C}} into late June. The department warned that glacier melt in
    Gilgit-Baltistan was running ahead of the {{1991-2020}} average. The federal cabinet has
    approved {{Rs 5 billion}} for flood-protection works, less than {{a fifth}} of what the
    provinces requested after the {{2022}} floods. "We are better prepared than we were
    {{three years}} ago, but not prepared enough," said the NDMA's chairman, Lieutenant General
    Inam Haider Malik.
    """,
)

item(
    "World Bank approves flood resilience loan for Bangladesh",
    """
    DHAKA - The World Bank on Tuesday approved {{$500 million}} in financing to help Bangladesh
    strengthen river embankments and flood forecasting, its {{third}} such loan since {{2018}}.
    The project will raise embankments along the Jamuna and Padma by up to {{1.5 metres}} and
    extend early warnings from {{three days}} to {{five days}} ahead of a flood, the bank said.
    Around {{55%}} of the country's land goes under water in a severe year, and engineers at
    BUET estimate that peak river flows could rise by {{15 percent}} by {{2050}}. The loan
    carries a {{30-year}} maturity with a {{five-year}} grace period. Finance adviser Salehuddin
    Ahmed said the government would add {{Tk 1,200 crore}} of its own.
    """,
)
