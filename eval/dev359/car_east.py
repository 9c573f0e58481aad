"""The south-east and the long tail, 2023-2026: Haut-Mbomou and the Azande Ani Kpi Gbe, Zemio,
Mboki and Djema, the refugees in Congo, Cameroon and Chad and those going home, the needs
overviews and the elections of December 2025."""

from _wrap import item

item(
    "Thousands shelter at UN base as fighting engulfs Zemio",
    """BANGUI, {{July 12}} (Reuters) - [[More than 12,000 people|displaced;a=MINUSCA]] have
    sought refuge around the MINUSCA base in Zemio after fighting between Zande self-defence
    militias and UPC fighters spread through the town, the mission said on Wednesday.
    [[At least 19 people|killed;a=local officials]] have been killed since late June, local
    officials said, and [[dozens|injured]] more wounded. [[Two Zambian peacekeepers|injured;a=the mission;alt=MINUSCA]]
    were hurt when their patrol was fired on, the mission added. UNHCR said
    [[about 3,500 refugees|displaced;a=UNHCR]] had crossed the Mbomou into Congo's Bas-Uele
    province. The Catholic parish is sheltering
    [[1,200 to 1,500 people|displaced;a=the parish priest]], the parish priest said.
    [[Several thousand|civilians;a=aid workers]] are still in town but cut off from
    the market, aid workers said. The self-defence groups, which have since taken the name
    Azande Ani Kpi Gbe, say they are protecting Zande villages.""",
)

item(
    "Mboki's Peul community trapped behind peacekeepers' lines",
    """MBOKI - [[About 8,000 Muslims and Peul herders|civilians;n=Muslims and Peul herders;a=MINUSCA]]
    are living in a few streets around the MINUSCA post in Mboki, unable to reach their fields
    or herds, MINUSCA said. Azande Ani Kpi Gbe fighters attacked the area on Sunday, killing
    [[14 people|killed;a=community leaders]] and stealing [[some 600 cattle|other;a=community leaders]],
    community leaders said. [[Five herders|missing;a=community leaders]] have been
    missing since, they said. The mission said it had reinforced its post with
    [[80 Rwandan troops|combatants;a=The mission;alt=MINUSCA]]. The WFP airdropped
    [[18 tonnes|aid;a=The WFP]] of food, it said, because the road from Obo, {{110 km}}
    away, has been cut since {{March}}.""",
)

item(
    "Soldiers and Russian fighters die in Djema ambush",
    """DJEMA, {{Feb 9}} - [[At least 11 soldiers|killed;a=a military source]], among them
    [[three Russians|killed;a=a military source]], were killed in an ambush by Azande Ani Kpi Gbe
    fighters on the road between Djema and Obo on Friday, a military source said. Residents
    said [[between 20 and 30 civilians|killed;a=Residents]] were killed in reprisal raids on
    nearby villages over the weekend. [[About 4,000 people|displaced;a=OCHA]] fled Djema,
    OCHA said, many of them sleeping in the forest. The army
    said it had killed [[as many as 40 militiamen|killed;a=The army]]. The AAKG said it had
    lost [[seven fighters|killed;a=The AAKG]]. [[Fifteen wounded soldiers|injured]] were flown
    to Bangui on Sunday.""",
)

item(
    "Haut-Mbomou refugees in Congo face cuts in aid",
    """GENEVA - [[About 40,000 refugees|displaced;a=UNHCR]] from the Haut-Mbomou are living in
    Congo's Bas-Uele and Haut-Uele provinces, UNHCR said on Tuesday, in an area where armed
    groups also roam. Only [[three reception sites|capacity]] exist, and
    most refugees live with host families. The agency
    said it had given cash to [[1,200 households|aid;a=The agency;alt=UNHCR]] but had no money
    to reach [[another 5,000|aid;p;a=The agency;alt=UNHCR]]. [[Around 9,000 children|other;a=UNICEF]]
    are out of school, UNICEF said. Refugees said [[a dozen women|kidnapped;a=Refugees]] had
    been abducted while gathering firewood near Ango since {{January}}.""",
)

item(
    "MSF says Zemio hospital overwhelmed by wounded",
    """ZEMIO - Doctors Without Borders said on Monday it had treated
    [[31 patients|injured;a=Doctors Without Borders]] for gunshot and machete wounds at Zemio
    hospital in {{10 days}}, [[12 of them|injured;n=-;a=Doctors Without Borders]] children.
    [[About 2,000 people|displaced;a=the charity;alt=Doctors Without Borders]] are sheltering
    in the hospital compound, the charity said, and [[three patients|killed]] were shot
    dead in their beds in an attack in {{2023}}. MSF has withdrawn
    [[12 international staff|other;a=MSF]] to Bangui but kept [[about 90 Central African staff|other;a=MSF]]
    at work, it said. The hospital is the only one in the area. [[Two ambulances|other]]
    were stolen last month.""",
)

item(
    "Refugees come home from Congo on UNHCR boats",
    """BANGUI, {{Nov 28}} (AFP) - A convoy of [[452 refugees|returned;a=UNHCR]] arrived in
    Bangui from Zongo, across the Ubangi, on Thursday, UNHCR said, the {{14th}} such convoy this
    year. The convoy included [[211 children|returned]]. [[More than 28,000 Central Africans|returned;a=the agency;alt=UNHCR]] have
    gone home from Congo, Cameroon and Chad under the voluntary repatriation programme since
    {{2019}}, the agency said. It plans to help [[another 15,000|returned;p;a=UNHCR]] in
    the coming year, and [[between 3,000 and 4,000|returned;p;a=UNHCR]]
    more from the Republic of Congo alone. Each returning household receives a cash grant of
    {{$150}}; [[340 households|aid;a=the ministry]] were paid on Thursday, the ministry said.
    Returnees also receive {{three months}} of food rations.""",
)

item(
    "Central African refugees in Cameroon and Chad, in numbers",
    """YAOUNDE - Cameroon hosts [[about 340,000 Central African refugees|displaced;a=UNHCR]],
    more than any other country, according to UNHCR figures released on {{June 20}}. Chad has
    [[some 125,000|displaced]] and the Democratic Republic of Congo
    [[about 210,000|displaced]]. In Cameroon's East region,
    [[seven camps|capacity]] house [[roughly 70,000 people|displaced]]; the rest
    live among villagers. [[More than 6,000|returned;a=the agency;alt=UNHCR]] went home from
    Cameroon in the past year, the agency said. In southern Chad, the Gore camps took in
    [[up to 2,500 new arrivals|displaced]] after clashes near Paoua in {{April}}. The refugee
    response is {{23%}} funded.""",
)

item(
    "Needs overview: fewer displaced, deeper hunger",
    """BANGUI - [[2.4 million people|civilians;a=the humanitarian response plan]], or
    {{four in ten}} Central Africans, will need aid in {{2026}}, according to the humanitarian
    response plan published on {{Jan 21}}, and aid agencies aim to reach
    [[1.8m|aid;p;a=aid agencies]] of them. [[About 440,000 people|displaced;a=the plan;alt=the humanitarian response plan]] are
    displaced inside the country, the plan says, down from [[more than 500,000|displaced;a=the plan;alt=the humanitarian response plan]]
    a year earlier, and [[over 600,000 returnees|returned;a=the plan;alt=the humanitarian response plan]] need help to rebuild. It
    counts [[98 displacement sites|capacity;a=the humanitarian response plan]], many of
    them in Haut-Mbomou, Mbomou and Ouaka. [[1.3 million people|civilians]] face crisis levels
    of hunger. The plan asks for {{$320 million}}, {{8%}} less than last year.""",
)

item(
    "Azande militia fighters lay down arms in Zemio",
    """ZEMIO - [[About 250 fighters|combatants;a=the government]] of the Azande Ani Kpi Gbe
    handed in their weapons at a ceremony in Zemio on Saturday, the government said, under a
    deal signed in {{April}}. They surrendered [[180 weapons|other;a=the DDR commission]],
    most of them hunting rifles, and [[two rocket launchers|other;a=the DDR commission]],
    according to the DDR commission. [[Dozens of children|combatants;a=UNICEF]] were among the
    fighters, UNICEF said. Officials expect [[another 500|combatants;p;a=Officials]] to disarm
    in Mboki and Obo by the end of the year. The militia's leaders say
    [[as many as 3,000 men|combatants;a=The militia's leaders]] have fought under its banner.""",
)

item(
    "Zambian peacekeeper killed in Haut-Mbomou ambush",
    """BANGUI, {{Aug 6}} - [[One Zambian peacekeeper|killed;a=MINUSCA]] was killed and
    [[three|injured;a=MINUSCA]] wounded when their convoy was ambushed near Bambouti on
    Tuesday, MINUSCA said, the latest in a string of attacks on the mission in the
    south-east. The mission has [[about 2,500 peacekeepers|combatants;a=MINUSCA]]
    in Haut-Mbomou, it said. Since {{July 2023}}, [[more than 20 peacekeepers|killed;a=a UN tally]] have died
    in the prefecture, according to a UN tally. The peacekeepers killed
    [[17 attackers|killed;a=the mission;alt=MINUSCA]], the mission said. Some [[1,200 residents|displaced]]
    of Bambouti have crossed into South Sudan. Peacekeepers detained
    [[four suspects|arrested;a=the mission;alt=MINUSCA]], the mission said later. The
    Secretary-General said attacks on peacekeepers may constitute war crimes.""",
)

item(
    "Abducted herders freed, others still held, in Haut-Mbomou",
    """OBO - Azande Ani Kpi Gbe fighters seized [[23 Peul herders|kidnapped;a=a community leader]]
    near Mboki last month, a community leader said on Wednesday, of whom
    [[12|kidnapped;a=a community leader]] were freed after their families paid for their
    release. [[Eleven|missing;a=a community leader]] are still unaccounted for, he said.
    Separately, MINUSCA said it had freed [[nine women|kidnapped;a=MINUSCA]] held by the militia
    near Obo. [[At least 60 people|kidnapped;a=human rights groups]] have been abducted in the
    prefecture this year, human rights groups say. Police in Obo have arrested
    [[six suspects|arrested]]. [[About 30 Peul families|displaced]] have left Mboki for Obo
    since the abductions.""",
)

item(
    "Security tight as Central Africans vote",
    """BANGUI, {{Dec 28}} (Reuters) - [[About 14,000 UN peacekeepers|combatants;a=MINUSCA]] and
    [[some 10,000 soldiers and police|combatants;n=soldiers and police;a=MINUSCA]] were deployed
    for Sunday's presidential, legislative and local elections, MINUSCA said. The mission said
    it had helped carry ballot papers to [[2,300 polling stations|other;u=other;a=The mission;alt=MINUSCA]].
    Police said they had arrested [[43 people|arrested;a=Police]] in Bangui in the week before
    the vote. [[Six election officials|kidnapped;a=the electoral authority]] were abducted in
    the Ouham-Pende and released the next day, the electoral authority said. In the
    Haut-Mbomou, [[more than 100 polling stations|other;u=other]] could not open. [[Three people|killed]] were killed in a gunfight in
    the {{PK5}} district on Saturday. Polls closed at {{5 p.m.}} local time.""",
)

item(
    "Bangassou fills again as Ouango empties",
    """BANGASSOU - [[About 7,000 people|displaced;a=OCHA]] have fled Ouango and the villages
    along the Mbomou river to Bangassou since {{October}}, OCHA said on Friday. The Catholic
    mission sisters said [[600 children|displaced;a=The Catholic mission sisters]] were sleeping
    in their school. Residents said [[some 150 homes|housing;a=Residents]] were burned in Ouango.
    [[Four fishermen|missing]] have not been seen since they crossed to the Congolese bank.
    [[Up to 1,500|displaced;a=UNHCR]] more have crossed into Congo, according to UNHCR. The
    diocese has opened [[two more churches|capacity;a=The diocese]] to the displaced.""",
)

item(
    "Bria's PK3 site shrinks as families return to town",
    """BRIA - The {{PK3}} displacement site, once home to [[nearly 50,000 people|displaced;a=IOM]],
    now holds [[21,000|displaced;a=IOM]], IOM said. [[About 9,000 people|returned;a=the agency;alt=IOM]]
    went back to the Bornou and Gobolo districts in the past year, the agency said, and
    [[1,800 shelters|housing;a=the agency;alt=IOM]] were dismantled. Aid groups have closed
    [[three smaller sites|capacity;a=Aid groups]] in town, they said. Returns remain fragile:
    [[two returnees|killed]] were shot on the Ouadda road in May, and
    [[about 30 families|displaced]] fled back to the site.""",
)

item(
    "Families go home to Kaga-Bandoro districts after years in camps",
    """KAGA-BANDORO - [[Some 2,600 households|returned;a=the Danish Refugee Council]] left the
    Lazare displacement site to return to their neighbourhoods in {{2024}}, the Danish Refugee
    Council said, and the site now holds [[fewer than 5,000 people|displaced;a=the council;alt=the Danish Refugee Council]].
    [[1,100 families|aid;a=the council;alt=the Danish Refugee Council]] received shelter kits,
    the council said. The Norwegian Refugee Council said it would build
    [[400 houses|housing;p;a=The Norwegian Refugee Council]] for returnees by {{June}}. [[Some 35,000 people|civilians;a=OCHA]] in villages north of the town
    are cut off from aid, OCHA said. Armed men still control the roads there: in March they killed
    [[three motorbike-taxi drivers|killed]] and abducted [[two farmers|kidnapped]].""",
)

item(
    "Getting to Obo: one flight a week and a road that washes away",
    """OBO - The UN Humanitarian Air Service flies to Obo once a week, on {{Tuesdays}}, a
    {{four-hour}} trip from Bangui with a stop in Bangassou. The road from Bangassou, {{430 km}}
    long, takes up to {{nine days}} in the rainy season, which runs from {{May}} to
    {{October}}. Fuel sells for {{2,500 CFA francs}} a litre, {{three times}} the price in the
    capital. The airstrip was extended to {{1,400 metres}} in {{2022}}. Obo was the base of
    Ugandan troops hunting the LRA until {{2017}}.""",
)

item(
    "Aid funding for Central African Republic falls to decade low",
    """BANGUI - Donors have paid only {{$94 million}} of the {{$320 million}} the humanitarian
    response plan seeks for {{2026}}, or {{29%}}, OCHA said on {{Sept 30}}, the lowest share at
    this point of the year since {{2015}}. The cuts follow a {{40%}} drop in US funding in
    {{2025}}. The humanitarian coordinator said the shortfall would be felt within
    {{three months}}. The UN's pooled fund released {{$6 million}} on {{Oct 2}}. Funding for
    the refugee response is at {{18%}}.""",
)
