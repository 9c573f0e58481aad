"""Food, appeals and aid delivery as news: WFP, OCHA, Oxfam, CARE, Islamic Relief, the Red
Cross movement in disasters and the counts of aid workers killed (11 texts)."""

from _wrap import item

item(
    "WFP says aid reaching Gaza a fraction of what is needed as hunger deepens",
    """The World Food Programme said on Wednesday that [[about 100 trucks|aid;a=The World Food
    Programme]] of food had entered Gaza over the past week, far below the [[500 a
    day|aid;p;u=other;a=aid agencies]] that aid agencies say are needed to meet basic needs. The
    UN agency said [[more than 470,000 people|civilians;a=The UN agency;alt=The World Food
    Programme]] were facing catastrophic hunger and that {{one in three}} people was going days
    without eating. Crowds of hungry people stopped and unloaded [[77 of its trucks|aid;a=WFP]]
    on Sunday as they moved from the Kissufim crossing, WFP said. Gaza's health ministry says
    [[at least 400 people|killed;a=Gaza's health ministry]] have been killed and [[more than
    3,000|injured;a=Gaza's health ministry]] wounded while trying to reach food distribution
    points since late May. COGAT, the Israeli military agency that oversees aid, said [[4,200
    trucks|aid;a=COGAT]] had entered in June, and accused the UN of failing to collect
    [[hundreds of truckloads|aid;u=other;a=COGAT]] waiting at the crossings. WFP said it had
    [[more than 170,000 tonnes|aid;a=WFP]] of food positioned outside Gaza, enough to feed the
    territory's entire population of [[2.1 million people|civilians;v=2100000;a=WFP]] for
    {{three months}}.""",
)

item(
    "Sudan: UN seeks $4.2 billion to help nearly 21 million people in 2025",
    """The United Nations and humanitarian partners on Monday launched an appeal for {{$4.2
    billion}} to help [[nearly 21 million people|aid;p]] in Sudan in {{2025}}, in what the UN
    Office for the Coordination of Humanitarian Affairs (OCHA) calls the world's largest
    humanitarian crisis. [[Some 30.4 million people|civilians;v=30400000;a=OCHA]], {{more than
    half}} the population, need assistance, OCHA said. A separate regional plan seeks {{$1.8
    billion}} to support [[nearly 4.8 million people|aid;p;v=4800000]] in [[seven neighbouring
    countries|other;u=other]], including refugees and the communities hosting them. Famine has
    been confirmed in [[five areas|other;u=other;a=the Integrated Food Security Phase
    Classification (IPC)]], including the Zamzam displacement camp, and is projected to spread
    to [[five more|other;u=other;n=-;p;a=the Integrated Food Security Phase Classification
    (IPC)]] by May, according to the Integrated Food Security Phase Classification (IPC). Since
    {{April 2023}}, [[more than 12 million people|displaced;a=OCHA]] have been uprooted, [[3.5
    million of them|displaced;n=-;v=3500000;a=OCHA]] across borders, OCHA said. "The people of
    Sudan cannot wait for the world to make up its mind," the UN relief chief told reporters in
    Geneva. Last year's appeal was only {{56 per cent}} funded, forcing aid groups to cut
    rations and close [[hundreds of community kitchens|other;u=structure]] in Khartoum and
    Darfur.""",
)

item(
    "Hunger killing one person every 36 seconds in East Africa, NGOs say",
    """Hunger is likely killing [[one person every 36 seconds|killed;n=person;v=1;a=Oxfam and
    Save the Children]] in Ethiopia, Kenya and Somalia, Oxfam and Save the Children said
    Wednesday in a joint report. The number of people facing extreme hunger in the region has
    more than doubled in a year, from [[over 10 million|civilians;a=the charities;alt=Oxfam and
    Save the Children]] to [[more than 23 million|civilians;a=the charities;alt=Oxfam and Save
    the Children]], the charities said. In Somalia, [[nearly half a million
    people|civilians;v=500000;q=approx]] face famine-like conditions, and [[a
    million|displaced;v=1000000]] have been driven from their homes by the drought this year. In
    Ethiopia's Somali region, [[at least 1.7 million animals|killed;u=other;v=1700000]] have
    died, wiping out the main source of income for herding families. The UN's {{2022}} appeal
    for the region is only {{38 percent}} funded. If the rains fail again, the number of hungry
    people could climb to [[more than 26 million|civilians;p;a=Oxfam and Save the Children]] by
    the end of the year, they warned.""",
)

item(
    "CARE, IRC halt Afghan programmes after Taliban ban on women staff",
    """CARE International said on Sunday it was suspending its programmes in Afghanistan after
    the Taliban ordered NGOs to stop their female employees from working, a move it said would
    cut off aid to [[about 1 million people|aid;a=CARE International]]. The organisation has
    [[more than 1,300 staff|other]] in the country, {{a third}} of them women. The International
    Rescue Committee said [[more than 3,000 of its female staff|other;a=The International Rescue
    Committee]] would be unable to work. The decree, issued on {{December 24}}, came days after
    the Taliban barred women from universities. [[About 28 million Afghans|civilians;p;a=the
    UN]] will need humanitarian aid in {{2023}}, including [[some 6 million|civilians;a=the UN]]
    on the edge of famine, according to the UN. Devex understands that [[at least 12 other
    organisations|other;u=other;a=Devex]] have paused some or all of their work while they seek
    exemptions for health and nutrition staff.""",
)

item(
    "Islamic Relief says Hodeidah fighting cuts families off from food",
    """Islamic Relief Worldwide said on Thursday that fighting around the Yemeni port city of
    Hodeidah had forced [[some 70,000 families|displaced;a=Islamic Relief Worldwide]] from their
    homes since June. The UK-based charity said a shell hit its main warehouse on Tuesday,
    destroying [[about 2,000 food baskets|other;a=The UK-based charity;alt=Islamic Relief
    Worldwide]] and injuring [[two of its volunteers|injured;a=The UK-based charity;alt=Islamic
    Relief Worldwide]]. It said it had delivered food to [[45,000 people|aid;a=Islamic Relief
    Worldwide]] in the city and surrounding districts since the offensive began. Hodeidah
    handles {{about 70 percent}} of Yemen's imports of food and fuel. The UN says [[8.4 million
    people|civilians;v=8400000;a=The UN]] in Yemen are a step away from famine and has warned
    that the number could rise to [[14 million|civilians;p;v=14000000;a=The UN]] if the port is
    shut.""",
)

item(
    "2025 was the deadliest year yet for aid workers, data show",
    """[[At least 412 aid workers|killed;a=the Aid Worker Security Database]] were killed in
    {{2025}}, the highest number since records began, according to the Aid Worker Security
    Database. {{More than half}} of them died in Gaza and Sudan, and {{nine in 10}} were
    national staff working in their own countries. The database also recorded [[more than 300
    aid workers|injured;a=The database;alt=the Aid Worker Security Database]] wounded and [[at
    least 125|kidnapped;a=The database;alt=the Aid Worker Security Database]] abducted. In
    Sudan, [[at least 60|killed]] were killed, many of them volunteers with the neighbourhood
    emergency response rooms that run soup kitchens in Khartoum. South Sudan, with [[34
    deaths|killed]], was third. The research group that runs the database said [[10 to 15
    incidents|other;u=other;a=The research group]] were still being verified. OCHA's figures,
    which count only UN and partner staff, put the toll at [[281|killed;a=OCHA's figures]] for
    {{2024}}. The UN Security Council adopted Resolution {{2730}} in {{May 2024}}, demanding
    protection for humanitarian personnel, but aid groups say it has made little difference on
    the ground.""",
)

item(
    "WFP cuts Rohingya food rations again as funding dries up",
    """The World Food Programme will reduce the monthly food voucher for [[nearly 1 million
    Rohingya refugees|aid;a=the agency;alt=The World Food Programme]] in Bangladesh to {{$8}}
    per person from {{June 1}}, down from {{$10}}, the agency said. It was the second cut in
    {{three months}}; until February the voucher was worth {{$12}}. WFP said it needed {{$56
    million}} to restore full rations until the end of the year. Acute malnutrition among
    children in the camps has reached {{12 percent}}, the highest since the refugees arrived in
    {{2017}}, and UNICEF said its nutrition centres had admitted [[over 2,000
    children|injured;a=UNICEF]] with severe acute malnutrition in the first {{four months}} of
    the year. On Bhasan Char, [[about 30,000 refugees|displaced]] relocated to the island by the
    government will see the same cut. WFP runs [[21 e-voucher outlets|aid;u=structure]] across
    the [[33 camps|capacity]] of Cox's Bazar. "Every cut means fewer meals, and we already see
    the consequences," said Helena Marr, WFP's country director. Bangladesh's refugee
    commissioner said [[more than 300 refugees|displaced;a=Bangladesh's refugee commissioner]]
    had left the camps by boat since the first cut, hoping to reach Malaysia.""",
)

item(
    "WFP airdrops food to South Sudan communities cut off by floods",
    """The World Food Programme (WFP) has carried out [[more than 90 airdrops|aid;a=the
    agency;alt=The World Food Programme (WFP)]] in Jonglei and Unity states since August,
    delivering [[2,400 tonnes|aid;a=the agency;alt=The World Food Programme (WFP)]] of food to
    communities cut off by floods and insecurity, the agency said. Floods have affected [[about
    1.4 million people|civilians;v=1400000;a=OCHA]] in [[42 counties|other;a=OCHA]] and forced
    [[over 379,000|displaced;a=OCHA]] from their homes, according to OCHA. At the same time,
    [[more than 800,000 people|displaced]] have crossed into South Sudan from Sudan since
    {{April 2023}}, {{about 70 per cent}} of them South Sudanese returning from the war there.
    The Renk transit centre, designed for [[3,000 people|capacity;a=Ahmed Gulaid]], is hosting
    [[about 12,000|displaced;a=Ahmed Gulaid]], said Ahmed Gulaid, WFP's deputy country director.
    "Each airdrop costs many times more than a truck, but for some villages it is the only way
    in," he said. The agency said funding shortfalls had forced it to halve rations for [[2.5
    million people|aid;v=2500000;a=The agency;alt=The World Food Programme (WFP)]] this year.""",
)

item(
    "Myanmar quake: UN says 6.3 million in need as death toll passes 3,500",
    """The death toll from last week's {{magnitude 7.7}} earthquake in Myanmar has risen to
    [[3,564|killed;a=the military government]], with [[5,012 people|injured;a=the military
    government]] injured and [[210|missing;a=the military government]] still missing, the
    military government said on Friday. The UN Office for the Coordination of Humanitarian
    Affairs (OCHA) said [[about 6.3 million people|civilians;v=6300000;a=The UN Office for the
    Coordination of Humanitarian Affairs (OCHA)]] needed assistance in the worst-hit areas
    around Mandalay and Sagaing. [[More than 48,000 buildings|housing;a=the office;alt=The UN
    Office for the Coordination of Humanitarian Affairs (OCHA)]] were damaged or destroyed, the
    office said. The Myanmar Red Cross Society said it had deployed [[more than 1,000
    volunteers|other;a=The Myanmar Red Cross Society]], while the International Federation of
    Red Cross and Red Crescent Societies (IFRC) appealed for {{100 million Swiss francs}}.
    Despite a temporary ceasefire announced by the junta, the military carried out [[at least 60
    air strikes|other;u=other;a=the UN human rights office]] in the {{two weeks}} after the
    quake, according to the UN human rights office.""",
)

item(
    "Aid trickles into northwest Syria as quake toll climbs",
    """The first UN aid convoy since the earthquake, [[six trucks|aid]] carrying tents and
    hygiene items, crossed into northwest Syria through Bab al-Hawa on Thursday. The White
    Helmets, the civil defence group in opposition-held areas, said [[more than 2,000
    people|killed;a=The White Helmets]] had been killed in opposition-held areas and [[about
    2,950|injured;a=The White Helmets]] injured, with [[hundreds of families|civilians;a=The
    White Helmets]] still believed trapped under rubble. CARE said [[more than 4 million
    people|civilians;a=CARE]] in the region were already relying on aid before the disaster.
    [[About 1,700 buildings|housing;a=local authorities]] collapsed completely, according to
    local authorities. Islamic Relief said its teams had set up [[three reception
    centres|capacity;a=Islamic Relief]] for families whose homes were destroyed. In freezing
    temperatures, [[tens of thousands of people|displaced]] are sleeping in cars, mosques or in
    the open.""",
)

item(
    "UN shrinks 2026 humanitarian appeal as donors pull back",
    """The UN Office for the Coordination of Humanitarian Affairs (OCHA) launched its {{2026}}
    Global Humanitarian Overview on Monday, asking for {{$23 billion}} to reach [[87 million
    people|aid;p]], a sharp drop from [[the 190 million|aid;n=-;p]] targeted a year earlier.
    OCHA estimates that [[about 240 million people|civilians;p;a=OCHA]] in [[more than 70
    countries|other;u=other;p;a=OCHA]] will need humanitarian assistance next year. Aid groups
    reached [[about 98 million people|aid;a=the office;alt=The UN Office for the Coordination of
    Humanitarian Affairs (OCHA)]] in {{2025}} with {{$12 billion}}, the lowest funding in a
    decade, the office said. It said [[more than 380 aid workers|killed;a=The UN Office for the
    Coordination of Humanitarian Affairs (OCHA)]] had been killed this year, most of them in
    Gaza and Sudan. OCHA itself has cut [[more than 500 posts|other;u=other]] and closed offices
    in several countries. "We are being forced into a hyper-prioritised appeal: saving lives,
    not much more," the UN relief chief said.""",
)
