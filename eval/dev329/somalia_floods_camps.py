"""dev329 items: floods and cyclones, evictions in Mogadishu and Baidoa, camps and sites,
relocations, returns and deportations, 2014-2026."""

from _wrap import item

item(
    "Shabelle bursts its banks as El Niño floods spread across Somalia",
    """Floods brought by El Niño rains have killed
    [[at least 96 people|killed;a=the Somali Disaster Management Agency (SoDMA)]] and forced
    [[more than 700,000|displaced;a=the Somali Disaster Management Agency (SoDMA)]] from their
    homes since {{October}}, the Somali Disaster Management Agency (SoDMA) said on {{Sunday}}.
    OCHA said [[1.6 million people|civilians;a=OCHA]] had been affected in
    [[36 districts|other;a=OCHA]]. In Beledweyne, where the Shabelle rose above {{8 metres}},
    [[about 250,000 residents|displaced;a=the town's mayor]] fled to higher ground at Ceel Jaale,
    the town's mayor said. Soldiers and volunteers in [[22 boats|other;a=the army]] had rescued
    [[about 2,300 people|other;a=the army]] from rooftops by {{Saturday}}, the army said.
    [[At least 11 people|missing;a=local officials]] were missing after a boat capsized near Bulo
    Burto, local officials said.""",
)

item(
    "Gu floods displace 215,000 along the Shabelle and Juba",
    """Flash floods and river floods have displaced [[about 215,000 people|displaced;a=OCHA]] in
    Hiraan, Middle Shabelle, Bay and Gedo since {{mid-April}}, OCHA said in its latest update,
    and [[at least 22|killed;a=OCHA]] have died. In Jowhar, [[some 2,000 homes|housing]] stood in
    water on {{Monday}}. The district commissioner said
    [[between 30 and 40 villages|other;a=The district commissioner]] had been cut off.
    [[Five people|missing;a=relatives]] swept away at a river crossing near Luuq have not been
    found, relatives said. The Somali Red Crescent Society handed out
    [[1,500 household kits|aid]] and [[3,000 jerrycans|aid]] in Jowhar and Beledweyne. The UN
    warned that [[as many as 100,000 more|displaced;p;n=-;a=The UN]] could be forced from their
    homes if the rains continue into {{June}}.""",
)

item(
    "Cyclone Gati kills nine in Puntland and wrecks the fishing fleet",
    """Cyclone Gati, the strongest storm on record to hit Somalia, killed
    [[nine people|killed;a=Puntland's government]] and displaced
    [[about 42,000|displaced;a=Puntland's government]] after making landfall near Hafun on
    {{November 22}}, Puntland's government said. The storm dropped {{two years}}' worth of rain on
    Bosaso in {{48 hours}}. Fishermen's associations said
    [[hundreds of boats|other;a=Fishermen's associations]] had been smashed or swept out to sea.
    [[Eight fishermen|missing;a=the Puntland Maritime Police Force]] who were at sea when the storm
    struck are still missing, the Puntland Maritime Police Force said. In Bosaso,
    [[more than 200 makeshift shelters|housing]] in a camp for displaced people were washed away.
    UN agencies sent [[14 trucks|aid]] of food and shelter materials by road from Garowe, and
    Hafun's [[4,000 residents|civilians]] were cut off for {{five days}}.""",
)

item(
    "Record evictions in Mogadishu leave displaced families on the move again",
    """[[More than 260,000 people|displaced;a=the Norwegian Refugee Council (NRC)]] were forcibly
    evicted in Somalia in {{2019}}, most of them in Mogadishu, the Norwegian Refugee Council (NRC)
    said in a report on {{Tuesday}}. The charity said evictions had hit
    [[about 45,000 households|displaced;a=The charity;alt=the Norwegian Refugee Council]] in
    Banadir alone, many of them families displaced {{two or three times}} already. Bulldozers
    levelled [[more than 2,100 shelters|housing]] at [[17 sites|capacity]] in Kahda and Daynile in
    a single week in {{December}}, after families had been given {{48 hours}}' notice. The NRC
    said [[fewer than 1,000 families|aid;a=The NRC]] had received any help with rent or transport
    after being evicted. Evictions also closed [[11 schools|other]] that had been run in the
    camps.""",
)

item(
    "Bulldozers clear Garasbaley camps as landowners reclaim plots",
    """Security forces and bulldozers cleared [[14 displacement sites|capacity;a=camp leaders]] in
    Garasbaley, on Mogadishu's western edge, over {{three days}}, evicting
    [[about 4,200 households|displaced;a=camp leaders]], camp leaders said. The Banadir Regional
    Administration (BRA) said [[1,500 families|displaced;p;a=The Banadir Regional Administration (BRA)]]
    would be moved to a new site in Daynile with plots for
    [[up to 2,000 households|capacity;p;a=The Banadir Regional Administration (BRA)]]. Aid groups
    said [[more than 300 latrines|other;a=Aid groups]] and
    [[two health posts|housing;u=structure;a=Aid groups]] had been destroyed.
    [[Three people|injured]] were hurt when police fired into the air to disperse residents who
    tried to block the bulldozers, and police detained [[nine residents|arrested]].""",
)

item(
    "Baidoa now hosts more displaced people than residents, camp census finds",
    """The Camp Coordination and Camp Management Cluster counted
    [[more than 500 displacement sites|capacity;a=The Camp Coordination and Camp Management Cluster]]
    in Baidoa, home to [[about 700,000 displaced people|displaced;a=The Camp Coordination and Camp Management Cluster]],
    far more than the town's [[estimated 350,000 permanent residents|civilians;q=approx]]. The
    cluster found [[about 1,900 latrines|other;a=The cluster;alt=The Camp Coordination and Camp Management Cluster]]
    across the sites, far below the emergency standard.
    [[Some 62,000 new arrivals|displaced;a=the cluster;alt=The Camp Coordination and Camp Management Cluster]]
    were recorded in the {{first half}} of the year, the cluster said. At
    [[about 40 sites|capacity]], families pay rent to gatekeepers who control the land.
    [[More than 11,000 households|displaced;a=the NRC]] have been evicted from sites in Baidoa since
    {{2022}}, according to the NRC.""",
)

item(
    "Fire sweeps through Mogadishu camp, leaving 3,000 homeless",
    """A fire that started in a cooking hut tore through the Al-Adaala camp in Mogadishu's Kahda
    district on {{Thursday night}}, destroying [[about 600 shelters|housing;a=camp leaders]] and
    leaving [[more than 3,000 people|displaced;a=camp leaders]] homeless, camp leaders said.
    [[Two children|killed]], {{aged three and five}}, died in the blaze, and
    [[14 people|injured;a=the district commissioner]] were treated for burns, the district
    commissioner said. The camp housed [[about 720 families|displaced]] who had fled drought in
    Lower Shabelle. The International Organization for Migration (IOM) said it would provide
    [[500 emergency shelter kits|aid;p;a=The International Organization for Migration (IOM)]] and
    [[1,000 blankets|aid;p;a=The International Organization for Migration (IOM)]]. It was the
    {{fourth}} camp fire in Kahda this year.""",
)

item(
    "Somalis fleeing Yemen's war land in Berbera and Bosaso",
    """[[More than 28,000 people|displaced;a=UNHCR]] have arrived in Somalia from Yemen since the
    war there escalated in {{March}}, UNHCR said on {{Friday}}, [[about 24,000|returned;a=UNHCR]]
    of them Somali returnees. [[The remaining 4,000|displaced]] are mostly Yemeni refugees. The
    reception centre in Berbera has room for
    [[500 people|capacity;a=the agency;alt=UNHCR]] and is full, the agency said.
    [[Six boats|other;a=port officials]] docked in Bosaso on {{Wednesday}} alone, port officials
    said. The IOM said it had flown [[612 people|returned;a=The IOM]] on to Mogadishu and Baidoa to
    rejoin their families.""",
)

item(
    "Refugees head home from Dadaab as Kenya presses for camp closure",
    """[[More than 85,000 Somali refugees|returned;a=UNHCR]] have gone home from Kenya's Dadaab
    camps since voluntary returns began in {{December 2014}}, UNHCR said on {{Monday}}. The agency
    aims to help [[another 50,000|returned;p;a=The agency;alt=UNHCR]] return by the end of the
    year. Each returnee receives {{$200}} in cash and {{six months}} of food rations. Returnees
    travel by bus to Kismayo and Baidoa or on [[two weekly flights|other]] to Mogadishu. In
    Kismayo, a way station built for [[300 people|capacity]] has been extended to take
    [[up to 600|capacity]]. Kenya's interior ministry said Dadaab still held
    [[about 218,000 refugees|displaced;a=Kenya's interior ministry]]. But aid agencies say
    [[hundreds of returnees|displaced;a=aid agencies]] have ended up in camps for the displaced on
    the edge of Kismayo.""",
)

item(
    "Saudi Arabia deports thousands of Somalis, officials say",
    """Saudi Arabia has deported [[about 6,000 Somalis|returned;a=Somalia's immigration department]]
    since {{January}}, Somalia's immigration department said. [[A further 187|returned]] landed in
    Mogadishu on {{Tuesday}}, among them [[31 women|returned]] and
    [[12 unaccompanied children|returned]]. The IOM said it had given
    [[about 2,400 deportees|aid;a=The IOM]] transport money and short-term shelter. In {{2014}},
    Kenya's Operation Usalama Watch detained [[more than 4,000 people|arrested]] in Nairobi's
    Eastleigh district, most of them Somalis, and deported [[359|returned]] to Mogadishu.""",
)

item(
    "Displaced families get land titles in Baidoa's new township",
    """[[About 1,200 families|aid;a=the South West State government]] who had lived in Baidoa's
    camps for years received land titles and the keys to new homes in the Barwaaqo township on
    {{Saturday}}, the South West State government said. Barwaaqo has
    [[1,500 permanent houses|housing]] built with UN-Habitat and World Bank funding, and
    [[another 800|housing;p;u=structure]] are planned for {{2025}}. The township includes
    [[two schools|housing]], a health centre and [[12 water kiosks|other;u=other]]. Local officials
    said [[up to 3,000 households|displaced;p;a=Local officials]] would eventually be moved there
    from sites at risk of eviction. Residents said
    [[about 200 families|displaced;a=Residents]] had since gone back to the camps, saying the
    township was {{12 km}} from the market and from work.""",
)

item(
    "Juba floods submerge villages around Bardheere and Luuq",
    """The Juba river burst its banks at Luuq and Bardheere on {{Friday}}, submerging
    [[more than 40 villages|other;a=Gedo regional officials]], Gedo regional officials said. They
    said [[between 90,000 and 120,000 people|displaced;a=Gedo regional officials]] had fled to
    higher ground. [[At least seven people|missing]] were missing after their boat overturned near
    Garbaharey. In Luuq, [[300 to 400 families|displaced]] were sheltering in
    [[six schools|capacity]]. The World Food Programme airlifted [[80 tonnes|aid]] of high-energy
    biscuits from Dolow on {{Sunday}}.""",
)

item(
    "Somalia's displacement in 2024: floods, conflict and evictions",
    """UNHCR's Protection and Return Monitoring Network recorded
    [[about 1.2 million new displacements|displaced;a=UNHCR's Protection and Return Monitoring Network]]
    in Somalia in {{2024}}, its annual report says. Conflict and insecurity forced
    [[412,000 people|displaced;a=the network;alt=UNHCR's Protection and Return Monitoring Network]]
    from their homes, floods [[about 380,000|displaced;a=the network;alt=UNHCR's Protection and Return Monitoring Network]]
    and drought [[some 150,000|displaced;a=the network;alt=UNHCR's Protection and Return Monitoring Network]],
    the network said. Evictions uprooted [[another 230,000|displaced]], {{85%}} of them in Banadir.
    The network also recorded
    [[71,000 returns|returned;a=The network;alt=UNHCR's Protection and Return Monitoring Network]],
    mostly to districts taken back from al-Shabaab. Somalia has
    [[an estimated 3.9 million internally displaced people|displaced;a=the Internal Displacement Monitoring Centre]],
    according to the Internal Displacement Monitoring Centre.""",
)

item(
    "Cyclone Sagar kills dozens in Somaliland, sweeps away livestock",
    """Cyclone Sagar killed [[at least 53 people|killed;a=Somaliland's government]] in Somaliland,
    Somaliland's government said, after heavy rains and flash floods hit Awdal and Sahil on
    {{May 19}}. [[Dozens of people|missing;a=the Somali Red Crescent Society]] are still missing
    near Zeila and Lughaya, according to the Somali Red Crescent Society. Officials in Awdal said
    [[more than 700 camels|other;a=Officials in Awdal]] had drowned.
    [[An estimated 168,000 people|civilians;a=OCHA]] were affected, OCHA said,
    [[11,000|displaced;a=OCHA]] of them displaced. Floodwaters destroyed
    [[about 2,000 homes|housing]] and [[50 boreholes|other]] in the {{two}} regions.""",
)

item(
    "Shabelle levels rise at Beledweyne as Ethiopian highlands get heavy rain",
    """The Shabelle river at Beledweyne reached {{6.9 metres}} on {{Tuesday}}, {{40 cm}} below the
    {{7.3-metre}} level at which it overflows, SWALIM said. Rainfall in the Ethiopian highlands was
    {{150%}} of normal over the past {{ten days}}, and water takes about {{three days}} to reach
    the town. The {{2023}} floods began when the river passed {{8 metres}} on {{November 12}}. The
    agency will issue its next bulletin at {{6 am}} on {{Thursday}}.""",
)

item(
    "Mogadishu's eviction rules: what the 2019 guidelines promise",
    """Banadir's interim protocol on evictions, adopted in {{August 2019}}, requires landowners to
    give {{30 days}}' written notice and to consult camp leaders before any demolition. A
    {{2024}} amendment raised the notice period to {{60 days}} during the rainy seasons, from
    {{April}} to {{June}} and {{October}} to {{December}}. Plots in Daynile sold for about
    {{$5,000}} in {{2018}} and fetch {{$35,000}} today, a rise of more than {{600%}}. The
    {{third}} review of the rules is due in {{2026}}.""",
)
