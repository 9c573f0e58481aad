"""Afghanistan, Myanmar and the Rohingya camps, North Korea and Haiti: record hunger, aid cuts
and bans, returns and drought, blockades, starvation reports, harvests, gangs and school meals
(15 texts with figures, 2 without)."""

from _wrap import item

item(
    "Record 22.8 million Afghans face acute hunger this winter",
    """{{More than half}} of Afghanistan's population, a record [[22.8 million
    people|civilians;p;a=the World Food Programme and the Food and Agriculture
    Organization;v=22800000]], will face acute food insecurity from November, the World Food
    Programme and the Food and Agriculture Organization said on Monday. [[3.2 million
    children|civilians;p;a=WFP;v=3200000]] under five are expected to suffer acute malnutrition
    by the end of the year, WFP said. Of the total, [[8.7 million|civilians;p;a=the
    agencies;alt=the World Food Programme and the Food and Agriculture Organization;v=8700000]]
    will be at emergency levels, {{IPC Phase 4}}, the agencies said. WFP's executive director
    David Beasley said the agency needed {{$220 million}} a month to feed [[23 million
    people|aid;p;a=WFP's executive director David Beasley]]. Fighting displaced [[some 700,000
    people|displaced;a=the UN]] this year before the Taliban took power in August, according to
    the UN. In Herat, [[about 3,000 families|displaced]] who fled drought in Badghis have been
    living in tents since {{2018}}.""",
)

item(
    "In Afghan camps, hunger drives families to desperate choices",
    """At the Shaidayee camp on the edge of Herat, where [[about 15,000 families|displaced]]
    uprooted by drought and war live in mud houses, men line up at dawn at a labour market that
    rarely has work. On a good day, [[20 to 30 men|other]] are hired. Gul Ahmad, {{45}}, said he
    had borrowed money for flour and could not pay it back. "I had to give my daughter in
    marriage. She is {{nine years old}}," he said. The camp clinic, run by an Afghan charity,
    said it had enrolled [[430 children|injured;a=The camp clinic]] for treatment of acute
    malnutrition in {{the past two months}}. The World Food Programme said in May that [[nearly
    20 million Afghans|civilians;a=The World Food Programme]] faced acute hunger, including [[6.6
    million|civilians;a=The World Food Programme;v=6600000]] at emergency levels, {{IPC Phase
    4}}. Aid agencies say [[more than 1 million children|civilians;p;a=Aid agencies]] could
    become severely malnourished this year.""",
)

item(
    "WFP drops 10 million Afghans from food aid",
    """The World Food Programme has dropped [[10 million people|aid;a=the agency;alt=The World
    Food Programme]] in Afghanistan from its emergency food assistance since the start of the
    year, the agency told Devex, and from October it will be able to help only [[3 million a
    month|aid;p;a=the agency;alt=The World Food Programme]]. The agency said its {{2023}}
    Afghanistan budget was {{$1 billion}} short. Households headed by women, who cannot work
    under Taliban rules, make up about {{one in four}} of the families still getting aid. WFP
    said it had closed [[more than 130 nutrition sites|other;a=WFP]]. Pakistan has begun
    deporting Afghans without papers; [[more than 28,000 people|returned;a=the Taliban
    administration]] crossed at Torkham in a single day last week, the Taliban administration
    said, and the UN expects [[up to 1.3 million|returned;p;a=the UN;v=1300000]] to go back by
    the end of the year. [[About 15.8 million people|civilians;a=the IPC;v=15800000]] face crisis
    levels of hunger, according to the IPC.""",
)

item(
    "Mass returns from Iran push Afghan hunger into the west",
    """[[More than 1.5 million Afghans|returned;a=the International Organization for
    Migration;v=1500000]] have returned or been deported from Iran since January, according to
    the International Organization for Migration. At the Islam Qala crossing, [[as many as 40,000
    people a day|returned;a=aid workers]] crossed in early July, aid workers said. WFP said it
    could help only {{one in ten}} of the returnees. Herat province already hosts [[about 1
    million displaced people|displaced]]. In Herat city, [[some 300 returnee families|returned]]
    live in a former bus depot. The UN said [[some 9.5 million Afghans|civilians;p;a=The
    UN;v=9500000]] would face acute hunger this year, and that funding cuts had forced the
    closure of [[more than 420 health facilities|other;a=The UN]].""",
)

item(
    "Drought drives Afghan farmers into camps outside Herat",
    """[[More than 250,000 people|displaced;a=the UN]] have fled drought in western Afghanistan
    this year, the UN says, most of them to camps around the cities of Herat and Qala-i-Naw. The
    UN's humanitarian office said [[2.2 million people|civilians;a=The UN's humanitarian
    office;v=2200000]] in the west and north were affected. Sakina, {{60}}, walked with her
    family for {{five days}} from Qadis. "We sold the last of our sheep and goats," she said. The
    World Food Programme said it had delivered food to [[about 1.4 million people|aid;a=The World
    Food Programme;v=1400000]] in the drought-hit provinces since May. Save the Children said
    [[13 children|killed;a=Save the Children]] had died in the camps in {{the past month}}, most
    of them of cold and diarrhoea. Before winter, the charity said, it needed tents for [[about
    12,000 families|aid;p;a=the charity;alt=Save the Children]].""",
)

item(
    "Myanmar's Rakhine faces famine as blockade bites, UN warns",
    """Rakhine state in western Myanmar is on the brink of famine, the UN Development Programme
    said in a report on Thursday, with local food production expected to cover only {{20%}} of
    the state's needs by March. The report said [[more than 2 million people|civilians;a=The
    report;alt=the UN Development Programme]] were at risk of starvation as fighting between the
    military and the Arakan Army, which now controls most of the state, cut trade routes. In
    Sittwe, the state capital, [[about 100,000 Rohingya|displaced]] confined to camps since
    {{2012}} depend almost entirely on aid. The World Food Programme said it had reached [[55,000
    people|aid;a=The World Food Programme]] in Rakhine in October, compared with [[more than
    400,000|aid;a=The World Food Programme]] a year earlier. Rice costs {{three times}} what it
    did a year ago. Local groups said [[at least 14 people|killed;a=Local groups]] had died of
    hunger in Sittwe since September. [[Some 500,000 people|displaced;a=the UN]] have been
    displaced in Rakhine since {{November 2023}}, according to the UN.""",
)

item(
    "Rohingya brace for ration cuts as WFP funding runs dry",
    """The World Food Programme has warned that it will have to cut monthly food vouchers for
    [[about 1 million Rohingya refugees|aid;p;a=The World Food Programme]] in Bangladesh to
    {{$6}} per person from {{$12.50}} unless it receives new funding. The camps in Cox's Bazar,
    home to [[more than 1 million people|displaced]] in [[33 camps|capacity]], are the largest
    refugee settlement in the world. When rations were cut to {{$8}} in {{2023}}, Unicef said,
    acute malnutrition among children reached {{15.1%}}, the highest since the exodus from
    Myanmar in {{2017}}. [[More than 700,000 Rohingya|displaced;a=the UN refugee agency]] fled a
    military crackdown that year, and [[about 150,000 more|displaced;n=-;a=the UN refugee
    agency]] have arrived since fighting resumed in {{2024}}, according to the UN refugee agency.
    "With {{$6}}, we cannot even buy rice for {{two weeks}}," said Mohammed Rafiq, {{42}}, a
    community leader in Kutupalong.""",
)

item(
    "Myanmar junta blocks rice convoys to Sagaing, groups say",
    """Local aid groups in Sagaing region say the military has turned back [[at least 40
    trucks|aid;a=Local aid groups in Sagaing region]] carrying rice and cooking oil to displaced
    villagers since June. The UN says [[more than 1.2 million people|displaced;a=The
    UN;v=1200000]] have been displaced in Sagaing since the {{2021}} coup, more than in any other
    region. An official of the National Unity Government, the shadow administration, said [[about
    12,000 families|civilians;a=An official of the National Unity Government]] in Kani and
    Yinmabin townships were living on {{one meal a day}}. The World Food Programme said it had
    reached [[about 1.1 million people|aid;a=The World Food Programme;v=1100000]] across Myanmar
    in the first {{half}} of the year, {{fewer than half}} the [[2.3 million|aid;p;a=The World
    Food Programme;v=2300000]] it had planned to help. Rice in Monywa sells for {{150,000 kyat}}
    a bag.""",
)

item(
    "WFP to cut food aid to 1 million in Myanmar",
    """The World Food Programme said on Friday it would stop food assistance to [[more than 1
    million people|aid;p;a=The World Food Programme]] in Myanmar from April because of a funding
    gap of {{$60 million}}. Among those to lose aid are [[about 35,000 displaced people|aid;p]]
    in camps in Kachin state. [[More than 3.5 million people|displaced;a=the UN;v=3500000]] are
    displaced across Myanmar, according to the UN, the highest number since the {{2021}} coup.
    Only the most vulnerable, [[about 100,000 people|aid;p;a=the agency;alt=The World Food
    Programme]], will go on receiving rations, the agency said. In a camp near Myitkyina, camp
    leader Naw Seng said the [[2,300 families|displaced;a=camp leader Naw Seng]] living there had
    received rice for the last time in February.""",
)

item(
    "North Korea hunger deaths rising, Seoul says",
    """Deaths from hunger have increased in North Korea, South Korea's Unification Ministry said
    on Thursday, citing defectors' accounts and intelligence. The ministry said it had reports of
    [[at least 30 people|killed;a=The ministry;alt=South Korea's Unification Ministry]] dying of
    hunger in the border city of Kaesong in a single month. North Korea's grain harvest last year
    was [[about 4.5 million tonnes|other;a=the ministry;alt=South Korea's Unification
    Ministry;v=4500000]], [[about 1 million tonnes|other;a=the ministry;alt=South Korea's
    Unification Ministry]] short of what the country needs, the ministry estimated. Only [[196
    North Korean defectors|displaced;a=the ministry;alt=South Korea's Unification Ministry]]
    reached the South last year, the ministry said. The UN's Food and Agriculture Organization
    estimates that [[about 10.7 million people|civilians;a=The UN's Food and Agriculture
    Organization;v=10700000]], more than {{40%}} of the population, are undernourished. The World
    Food Programme, which before the pandemic fed [[about 1.3 million North Koreans a
    month|aid;n=North Koreans;v=1300000]], has had no international staff in the country since
    {{March 2021}}.""",
)

item(
    "UN: 10 million North Koreans need urgent food aid after poor harvest",
    """The FAO and WFP said in a joint assessment released on Friday that [[10.1 million
    people|civilians;a=The FAO and WFP;v=10100000]], or {{40%}} of the population, were in urgent
    need of food. The country's harvest in {{2018}} was [[4.9 million tonnes|other;a=the
    assessment;alt=The FAO and WFP;v=4900000]], the lowest since {{2008}}, the assessment found.
    North Korea will need to import [[1.36 million tonnes|other;p;a=the agencies;alt=The FAO and
    WFP;v=1360000]] of food this year, the agencies estimated. Rations from the public
    distribution system have been cut to {{300 grams}} a day per person. Unicef says [[about
    140,000 children|civilians;a=Unicef]] under five are acutely malnourished. WFP said it aimed
    to reach [[1.2 million people|aid;p;a=WFP;v=1200000]].""",
)

item(
    "WFP launches emergency food aid for North Korea after harsh winter",
    """The World Food Programme said on Friday it would provide emergency food aid to [[3.5
    million people|aid;p;a=The World Food Programme;v=3500000]] in North Korea. A UN assessment
    found in March that [[more than 6 million|civilians;a=A UN assessment;v=6000000]] were in
    urgent need of food after the coldest winter in decades. The operation, worth about {{$200
    million}}, will last {{a year}}. WFP will have [[59 international staff|other;p]] in the
    country to monitor deliveries, up from [[10|other]]. South Korea, which once sent [[about
    400,000 tonnes|aid]] of rice a year, has suspended its aid since the sinking of a warship in
    {{2010}} that killed [[46 sailors|killed]].""",
)

item(
    "Haiti: catastrophic hunger reported in Cité Soleil for first time",
    """[[About 19,000 people|civilians;a=the UN]] in the Port-au-Prince district of Cité Soleil
    are facing catastrophic hunger, {{IPC Phase 5}}, the first time anyone in Haiti has been
    classified at that level, the UN said on Friday. Nationwide, a record [[4.7 million
    people|civilians;a=the agency;alt=the UN;v=4700000]], {{almost half}} the population, face
    acute hunger, the agency said. Médecins Sans Frontières said it had treated [[a dozen
    children|injured;a=Médecins Sans Frontières]] for severe malnutrition at its clinic in the
    district in {{the past week}}. Gangs blocked the country's main fuel terminal for {{two
    months}}. Gang violence has killed [[more than 1,500 people|killed;a=the UN]] this year,
    according to the UN. The health ministry has recorded [[more than 7,000 suspected
    cases|other;a=The health ministry]] of cholera since it returned in October. [[Some 96,000
    people|displaced;a=the International Organization for Migration]] have fled their homes
    because of gang violence, the International Organization for Migration says.""",
)

item(
    "Half of Haiti faces acute hunger as gangs squeeze capital",
    """[[About 5.7 million Haitians|civilians;p;a=the IPC;v=5700000]] will face acute hunger
    between March and June, the IPC said on Tuesday. [[Some 8,400 people|civilians;a=the IPC]]
    face catastrophic hunger, {{Phase 5}}, most of them displaced people living in sites in the
    capital, it said. Gangs now control about {{85%}} of Port-au-Prince. [[More than 1 million
    people|displaced;a=the International Organization for Migration]] have been displaced by
    violence, according to the International Organization for Migration, {{three times}} as many
    as a year ago. The World Food Programme said it had given hot meals to [[about 150,000
    displaced people|aid;a=The World Food Programme]] in the capital in October. In the
    Artibonite valley, the country's rice bowl, [[about 40,000 farmers|displaced;a=the
    agriculture ministry]] have fled gang attacks since {{2023}}, the agriculture ministry said.
    Gunmen opened fire on a crowd waiting for a food distribution in Pont-Sondé on Saturday,
    killing [[at least 12 people|killed;a=local officials]], local officials said.""",
)

item(
    "In Haiti, a school lunch is the one sure meal of the day",
    """The World Food Programme says it serves a hot lunch to [[about 600,000
    schoolchildren|aid;a=The World Food Programme]] in Haiti, for many of them the only meal of
    the day. Since gangs closed the main roads, WFP says it has flown food to schools in the
    south by helicopter, [[about 20 flights a week|aid;a=WFP]]. [[More than 900
    schools|other;a=Unicef]] have closed because of violence, leaving [[about 280,000
    children|civilians;a=Unicef]] out of class, Unicef says. At a school in Cap-Haïtien,
    headteacher Marie-Claude Joseph said [[about 1,100 pupils|aid;a=headteacher Marie-Claude
    Joseph]] eat there each day. The programme buys {{40%}} of its food from Haitian farmers.""",
)

item(
    "Rice prices in North Korea hit record, monitors say",
    """The price of rice in Pyongyang markets rose to about {{8,000 won}} a kilogram in late
    January, nearly double what it was {{a year}} earlier, according to traders in contact with
    monitoring groups. Corn, the staple of poorer households, sold for {{3,500 won}}. The won has
    fallen to about {{30,000 to the dollar}}. Kim Jong Un told a party plenum in December that
    grain production was the first task of the {{2021-2025}} plan.""",
)

item(
    "Afghan flour price climbs as Pakistan border stays shut",
    """A {{50kg}} bag of wheat flour sold for {{2,400 afghanis}} in Kabul on Sunday, up {{18%}}
    in {{a month}}, as the Torkham crossing with Pakistan stayed closed for a {{third week}}. The
    World Food Programme says a {{family of seven}} needs about {{2,100 kilocalories}} per person
    per day, and that a basic food basket now costs {{$120}} a month. Pakistan closed the
    crossing on {{October 12}} after clashes between Afghan and Pakistani forces.""",
)
