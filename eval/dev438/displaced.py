"""The displaced and the aid: people displaced in Bamenda, Buea, Douala and Yaounde, refugees in
Nigeria's Cross River and Benue states, returns, the appeals and reports of OCHA, UNHCR, UNICEF,
the IOM, WFP and NGOs (15 texts with figures, 2 without)."""

from _wrap import item

item(
    "Cameroonian refugees in Nigeria pass 90,000",
    """The number of Cameroonian refugees registered in Nigeria has passed
    [[90,000|displaced;n=-;q=at_least;a=the UN refugee agency]], the UN refugee agency said on
    Friday, after [[more than 4,000|displaced;n=-;a=the UN refugee agency]] arrived in Cross River
    and Benue states in {{two weeks}}. The agency said [[some 35,000|displaced;n=-;a=The
    agency;alt=the UN refugee agency]] live in the Adagom and Ukende settlements and the rest with
    host families along the border. Adagom, built for [[10,000 people|capacity]], now holds
    [[about 14,500|displaced;n=-]]. [[1,200 households|aid]] received cash grants last month.
    Nigeria plans to open [[two new settlements|capacity;p;a=Nigeria]] in Cross River next year.
    {{Over 80 percent}} of the refugees are women and children.""",
)

item(
    "UN says 3.3 million in Cameroon will need aid next year",
    """Some [[3.3 million people|civilians;v=3300000;p;a=the UN's Office for the Coordination of
    Humanitarian Affairs]] in Cameroon will need humanitarian aid in {{2026}}, the UN's Office
    for the Coordination of Humanitarian Affairs (OCHA) said on Tuesday, [[1.1
    million|civilians;n=-;v=1100000;p;a=the UN's Office for the Coordination of Humanitarian
    Affairs]] of them in the North-West and South-West and [[1.4
    million|civilians;n=-;v=1400000;p;a=the UN's Office for the Coordination of Humanitarian
    Affairs]] in the Far North. OCHA aims to reach [[2.1 million|aid;n=-;v=2100000;p;a=OCHA]] of
    them at a cost of {{$371 million}}, {{12 percent}} less than this year. This year's appeal
    was only {{34 percent}} funded by {{November}}, and aid groups reached [[1.3 million
    people|aid;v=1300000;a=OCHA]], OCHA said. In the Anglophone regions, [[some 580,000
    people|displaced;a=the office;alt=OCHA]] remain displaced and [[about
    390,000|returned;n=-;a=the office;alt=OCHA]] have gone back to their villages, the office
    said. [[Hundreds of thousands of children|civilians]] still have no school to go to.""",
)

item(
    "Displaced families in unfinished Bamenda building told to leave",
    """BAMENDA - Every morning Bih Comfort walks {{6 km}} from the unfinished building where she
    lives with [[11 relatives|displaced]] to the market where she sells vegetables. They fled
    Bali Nyonga in {{2018}} after soldiers burned their house. The owner has given the [[four
    families|displaced]] inside {{30 days}} to leave. "We pay nothing, but he wants to finish
    it," said Comfort, {{42}}. The regional delegation of social affairs says [[about 46,000
    displaced people|displaced;a=The regional delegation of social affairs]] live in Bamenda.
    The Norwegian Refugee Council said it had given rent support to [[860 families|aid;a=The
    Norwegian Refugee Council]] in the city this year, but that [[more than
    3,000|displaced;n=-;u=household;a=The Norwegian Refugee Council]] were at risk of eviction.
    The city's only public shelter has [[120 beds|capacity]], and [[dozens of
    families|displaced]] sleep in churches.""",
)

item(
    "Nigeria hands 23 Cameroonians to gendarmes at Ekok border",
    """Nigerian immigration officers handed [[23 Cameroonians|returned;a=a lawyer representing
    the group]] to Cameroonian gendarmes at the Ekok border post on Friday, a lawyer representing
    the group said, [[eight of them|returned;n=-;a=a lawyer representing the group]] registered
    refugees. [[Five|arrested;n=-;a=the lawyer;alt=a lawyer representing the group]] were
    detained on arrival in Mamfe, the lawyer said. UNHCR said it was "deeply concerned" and that
    returns must be voluntary. Cameroon's government says [[more than 7,000
    refugees|returned;a=Cameroon's government]] have come home from Nigeria of their own will
    since {{2020}}, and it expects [[another 10,000|returned;n=-;p;a=Cameroon's government]] next
    year. Refugee leaders in Ogoja put the figure at [[fewer than 2,000|returned;n=-;a=Refugee
    leaders in Ogoja]].""",
)

item(
    "Cholera kills 14 in displacement sites around Tiko and Limbe",
    """A cholera outbreak has killed [[14 people|killed;a=the regional health delegation]] in
    displacement sites around Tiko and Limbe since {{mid-September}}, the regional health
    delegation said, and [[312 suspected cases|other]] have been recorded. The sites house [[about
    18,000 displaced people|displaced]], who share a handful of wells. UNICEF said it had
    delivered [[25,000 water purification tablets|aid;a=UNICEF]] and [[600 hygiene
    kits|aid;a=UNICEF]], and plans to build [[40 latrines|aid;p;a=UNICEF]] by the end of the
    month. The agency said [[four of the dead|killed;n=dead;a=The agency;alt=UNICEF]] were
    children {{under five}}. Health workers blamed the outbreak on overcrowding and on the rains
    of {{August}}.""",
)

item(
    "Donors pledge $118 million for Cameroon at Geneva meeting",
    """GENEVA - Donors pledged {{$118 million}} for Cameroon's humanitarian response at a meeting
    in Geneva on {{21 March}}, short of the {{$407 million}} the UN had asked for. The European
    Union gave {{€25 million}}, the largest pledge, and the United States {{$19.5 million}}. The
    appeal for {{2025}} was {{41%}} funded, the {{third}} lowest in the world, the UN's
    humanitarian coordinator said. She said funding for the Anglophone response had fallen by
    {{half}} since {{2022}}.""",
)

item(
    "Families return to Kumbo villages to find houses roofless",
    """KUMBO - [[About 1,200 people|returned;a=the divisional officer]] have returned to villages
    around Kumbo since {{March}}, the divisional officer said, as fighting has eased. Many found
    their homes burned: in Kikaikelaki alone, [[42 houses|housing]] were roofless or in ruins. The
    Catholic relief agency Caritas said it would provide roofing sheets for [[300
    homes|housing;p;a=The Catholic relief agency Caritas]] and that [[roughly 4,000
    people|displaced;a=The Catholic relief agency Caritas]] from the same villages were still in
    Bamenda. Returnees said separatist fighters had demanded {{10,000 CFA francs}} from each
    family that came back. [[Two returnees|killed;a=the Kumbo diocese]] were shot dead near Meluf
    in {{June}}, according to the Kumbo diocese. The World Food Programme gave [[5,600
    returnees|aid]] a {{three-month}} food ration, and [[six schools|other]] reopened in
    {{September}}.""",
)

item(
    "In Douala and Yaounde, the displaced crowd into rented rooms",
    """[[Tens of thousands of people|displaced]] who fled the Anglophone regions now live in
    Douala and Yaounde, many of them in informal settlements. The International Organization for
    Migration counted [[about 103,000 internally displaced people|displaced;a=The International
    Organization for Migration]] in the Littoral region and [[68,000|displaced;n=-;a=The
    International Organization for Migration]] in the Centre region in its latest survey. In the
    West region the IOM counted [[close to 90,000|displaced;n=-;a=the IOM;alt=The International
    Organization for Migration]]. Landlords told the Guardian Post newspaper that [[three or four
    families|displaced;q=range;lo=3;hi=4;a=Landlords]] often share a single room in Douala's
    Bonaberi neighbourhood. {{About 40 percent}} of displaced children in Douala do not attend
    school, UNICEF says. In {{2024}} the city demolished [[about 600 shacks|housing;u=structure]]
    in the Makepe Missoke settlement, where many of them lived.""",
)

item(
    "WFP halves rations for Cameroonian refugees in Nigeria",
    """OGOJA, Nigeria - The World Food Programme has cut food rations by {{half}} for [[about
    48,000 Cameroonian refugees|aid;a=The World Food Programme]] in Nigeria's Cross River and
    Benue states, citing a lack of funds. Each refugee now gets {{6 kg}} of rice and {{1.5
    litres}} of oil a month, the agency said. At the Adagom settlement, [[some 7,000
    refugees|aid]] received the first reduced distribution on Tuesday. Refugee leader Ayuk Ernest
    said [[at least 30 families|returned;u=household;a=Refugee leader Ayuk Ernest]] had gone back
    to Cameroon since the cut, some to villages still under lockdown. Médecins Sans Frontières
    says [[about 2,500 refugee children|aid;a=Médecins Sans Frontières]] under the {{age of
    five}} were enrolled in its feeding programme in {{2025}}. [[More than 1,000 new
    arrivals|displaced]] reached the settlement this year, and Benue's Ikyogen settlement holds
    [[about 9,000|displaced;n=-]]. The agency needs {{$9 million}} to restore full rations for
    {{six months}}.""",
)

item(
    "A further 1,850 flee Akwaya fighting into Cross River",
    """A further [[1,850 people|displaced;a=UNHCR]] have crossed from Cameroon's Akwaya
    subdivision into Nigeria's Cross River state in the past week, UNHCR said on Friday, bringing
    the number of new arrivals since {{1 August}} to [[about 6,300|displaced;n=-;a=UNHCR]].
    Arrivals told UNHCR staff that soldiers had raided [[at least nine villages|other;a=Arrivals]]
    after separatist fighters killed [[two soldiers|killed;a=Arrivals]] near the border. {{About
    70 percent}} of the new arrivals are women and children. The agency has moved
    [[1,100|displaced;n=-]] of them to the Ukende settlement and plans to relocate [[another
    2,000|displaced;n=-;p;a=The agency;alt=UNHCR]] by {{December}}. Nigerian authorities said
    [[about 40 Cameroonian soldiers|combatants;a=Nigerian authorities]] had crossed the border in
    pursuit of fighters, and were asked to leave.""",
)

item(
    "UNICEF: 460,000 children in Anglophone regions need aid",
    """UNICEF said on Monday that [[about 460,000 children|civilians;a=UNICEF]] in the North-West
    and South-West needed humanitarian assistance, including [[some 36,000|civilians;n=-;a=UNICEF]]
    {{under five}} at risk of severe acute malnutrition. It said [[at least 290
    schools|other;a=UNICEF]] were still closed, {{one in three}} of them because of threats by
    armed groups. The agency said [[41 children|killed;a=The agency;alt=UNICEF]] had been killed
    and [[67|injured;n=-;a=The agency;alt=UNICEF]] maimed in the first {{nine months}} of the
    year, and that [[at least 12 children|combatants;a=The agency;alt=UNICEF]] had been recruited
    by armed groups. It plans to enrol [[150,000 children|aid;p;a=UNICEF]] in community learning
    centres next year. Its representative, who visited Bamenda last week, said {{eight in 10}}
    displaced families she met had no birth certificates for their children.""",
)

item(
    "Buea host families stretched as the displaced keep coming",
    """BUEA - Esther Ewane, {{51}}, has taken in [[13 relatives|displaced]] from Muyuka and Ekona
    in her {{three-bedroom}} house in Buea's Great Soppo neighbourhood. "Some sleep on the floor,
    [[four|displaced;n=-;a=Esther Ewane]] in the kitchen," she said. According to the Norwegian
    Refugee Council, {{about 70 percent}} of the displaced in Fako division live with host
    families rather than in sites. The council says it gave cash grants to [[2,100 host
    families|aid;a=The council;alt=the Norwegian Refugee Council]] last year. Buea has grown from
    [[about 150,000 people|civilians;a=the mayor's office]] before the crisis to [[over
    300,000|civilians;n=-;a=the mayor's office]], the mayor's office estimates. Rents have
    doubled, and [[hundreds of displaced students|displaced]] share rooms near the
    university.""",
)
item(
    "North-West turnout rises but stays far below national average",
    """BAMENDA - Turnout in the North-West region was {{5.4 percent}} in the presidential
    election of {{7 October 2018}}, against {{53.8 percent}} nationally, according to the
    Constitutional Council. In {{2025}}, the election board said, turnout in the region rose to
    {{21 percent}}, as polling stations opened only in the larger towns. President Paul Biya,
    {{92}}, won an {{eighth}} term. Voting in Bamenda ran from {{8 a.m.}} to {{6 p.m.}} under
    heavy guard, and the count lasted until {{2 a.m.}} the next day.""",
)

item(
    "Fourteen aid trucks stuck outside Bamenda for six days",
    """A separatist lockdown and army checkpoints kept [[14 aid trucks|aid;a=OCHA]] stuck outside
    Bamenda for {{six days}}, OCHA said on Wednesday. The trucks carried [[120 tonnes|aid]] of
    food for [[about 20,000 people|aid]] in Ngo-Ketunjia. OCHA said [[at least 32 access
    incidents|other;u=other;a=OCHA]] had been reported in the North-West in {{September}}, up from
    [[19|other;n=-;u=other;a=OCHA]] in {{August}}. [[Three aid workers|kidnapped]] were held for a
    night by separatist fighters at a roadblock near Bafut. The Cameroon Red Cross said its
    volunteers had evacuated [[26 wounded people|injured;a=The Cameroon Red Cross]] from Ndop
    since the start of the month. Aid groups say [[about 200,000 people|civilians;a=Aid groups]]
    in rural Ngo-Ketunjia have had no aid since {{July}}.""",
)

item(
    "Minister hands over aid to 5,000 displaced households in Buea",
    """BUEA - The Minister of Territorial Administration handed over food and household items to
    [[5,000 displaced households|aid]] in Buea on Saturday, the first stage of a distribution
    that officials said would reach [[another 7,500 households|aid;p;a=officials]] in Meme and
    Manyu by {{January}}. The aid arrived in [[22 trucks|aid]] under military escort. Each
    household received a {{25-kg}} bag of rice, a mattress and cooking pots. The minister said the
    government had spent {{12 billion CFA francs}} on aid to the Anglophone regions since
    {{2018}}, reaching [[more than 400,000 people|aid;a=The minister]]. [[About 3,000
    people|other]] attended the ceremony at the Buea stadium. The regional delegation of social
    affairs counts [[312,000 displaced people|displaced;a=The regional delegation of social
    affairs]] in the South-West, {{more than 60 percent}} of them in Fako.""",
)

item(
    "Gunmen attack displacement site near Kumba, killing three",
    """Gunmen attacked a displacement site on the outskirts of Kumba before dawn on Saturday,
    killing [[three people|killed;a=the Norwegian Refugee Council]] and burning [[about 40
    shelters|housing;a=the Norwegian Refugee Council]], the Norwegian Refugee Council said. The
    site, one of [[27|capacity;n=-;u=other]] in Meme division, housed [[about 1,100
    people|displaced]]. [[Five residents|missing]] are still unaccounted for. [[Some 600|displaced;n=-;a=the council;alt=the Norwegian Refugee
    Council]] have moved to a Catholic school in town, the council said. A woman whose [[two
    children|killed]] were killed told AFP the attackers accused residents of informing the army.
    The army said it had arrested [[four suspects|arrested;a=The army]].""",
)

item(
    "Displacement in North-West falls as returns pick up, IOM says",
    """The number of internally displaced people in the North-West fell to [[about
    287,000|displaced;n=-;a=the International Organization for Migration]] in {{June}}, from
    [[371,000|displaced;n=-;a=the International Organization for Migration]] a year earlier, the
    International Organization for Migration said in its latest displacement tracking report.
    Over the same period, [[about 64,000|returned;n=-]] went back to their villages, {{two-thirds}}
    of them in Bui and Boyo. The report covers [[1,146 villages|other]]. It found that [[418
    villages|housing;a=the International Organization for Migration]] had been partly or wholly
    burned at some point since {{2017}}. [[Nearly 9,000 people|displaced]] were newly displaced in
    {{June}} alone, most by army operations around Ndop and Batibo.""",
)
