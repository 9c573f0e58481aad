"""dev52 items: migration, displacement and returns (refugees, returnees, deportations, camps,
evacuations), and ordinary news with numbers that are mostly not figures (economy, sport,
elections, tourism), four of them with no figure at all.

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "Over 25,000 Afghans return via Torkham in a week",
    "[[More than 25,000 Afghan nationals|returned;a=officials at the Torkham border;n=nationals]] crossed back into Afghanistan in {{a week}}, officials at the Torkham border said, [[about 3,400|returned;a=officials at the Torkham border]] of them deported. "
    "UNHCR said [[nearly 800,000 Afghans|returned;a=UNHCR]] had returned from Pakistan since {{September 2023}}.",
)

F(
    "Iran deporting up to 30,000 Afghans a day, IOM says",
    "Iran is deporting [[up to 30,000 Afghans a day|returned;a=the International Organization for Migration]] through the Islam Qala crossing, the International Organization for Migration said on Tuesday. "
    "The agency said [[about 508,000 returnees|returned;a=The agency;alt=the International Organization for Migration]] had crossed in {{July}} alone, most of them without belongings.",
)

F(
    "Boat with about 150 Rohingya lands in Aceh",
    "A wooden boat carrying [[about 150 Rohingya refugees|displaced;a=a local fishermen's leader]], [[62|displaced;a=a local fishermen's leader]] of them children, landed on a beach in Pidie regency on Sunday, a local fishermen's leader said. "
    "UNHCR said [[more than 2,000 Rohingya|displaced;a=UNHCR]] had landed in Aceh since {{November}}.",
)

F(
    "Migración Colombia: 2.8 million Venezuelans in the country",
    "[[About 2.8 million Venezuelans|displaced;a=Migración Colombia]] live in Colombia, according to Migración Colombia, and [[1.9 million of them|displaced;a=Migración Colombia;n=-]] hold temporary protection status. "
    "The agency said [[some 150,000|returned;a=The agency;alt=Migración Colombia]] had gone back to Venezuela over the past year.",
)

F(
    "Darién crossings collapse as migrants head south",
    "[[About 2,100 migrants|displaced;a=Panama's National Migration Service]] crossed the Darién jungle in {{January}}, down from [[more than 36,000|displaced;a=Panama's National Migration Service]] a year earlier, Panama's National Migration Service said. "
    "[[Hundreds of Venezuelans|returned]] are now travelling home by boat from Panama's Caribbean coast.",
)

F(
    "Migrant caravan of 3,000 sets out from Tapachula",
    "A caravan of [[about 3,000 migrants|displaced;a=organisers]], most of them from Venezuela, Honduras and Cuba, set out on foot from Tapachula towards Mexico City on Sunday, organisers said. "
    "The National Migration Institute (INM) said it had detained [[more than 400 migrants|arrested;a=The National Migration Institute (INM)]] on the coastal highway in {{two days}}.",
)

F(
    "Chad: Sudanese refugee numbers pass 600,000",
    "[[More than 600,000 Sudanese refugees|displaced;a=UNHCR]] have arrived in eastern Chad since {{April 2023}}, along with [[about 180,000 Chadian returnees|returned;a=UNHCR]], UNHCR said. "
    "[[Hundreds of thousands more|displaced;p;a=The agency;alt=UNHCR;n=-]] could arrive before the rainy season, The agency warned. "
    "A new camp at Farchana will be able to house [[50,000 people|capacity;p;a=the agency;alt=UNHCR]], the agency said.",
)

F(
    "Over 1,200 a day crossing into South Sudan at Renk",
    "[[Over 1,200 people a day|returned;a=the IOM]], most of them South Sudanese, are crossing from Sudan at the Joda border point, the IOM said. "
    "The transit centre at Renk, meant for [[3,000 people|capacity]], now holds [[more than 10,000|displaced]] waiting for transport onward to Malakal.",
)

F(
    "Tigray: 58,000 IDPs return to Tselemti",
    "[[About 58,000 internally displaced people|returned;a=the Tigray Interim Administration;n=people]] have returned to Tselemti district, the Tigray Interim Administration said, but [[nearly 1 million|displaced;a=the Tigray Interim Administration]] remain in camps and host communities across the region. "
    "It plans to return [[200-250 families a day|returned;p;a=the Tigray Interim Administration]] to Western Tigray once security allows.",
)

F(
    "M23 orders closure of Goma camps",
    "The {{M23}} rebels ordered the closure of the displacement camps around Goma, where [[about 600,000 people|displaced;a=aid agencies]] had been living, aid agencies said. "
    "UNHCR said [[more than 300,000|returned;a=UNHCR]] had gone back to their villages in Masisi and Rutshuru, and that [[70 displacement sites|capacity;a=UNHCR]] had been emptied.",
)

F(
    "Over 4,000 cross into Mizoram from Chin State",
    "[[Over 4,000 people|displaced;a=the Champhai Deputy Commissioner]] crossed from Myanmar's Chin State into Zokhawthar following fighting near the border, the Champhai Deputy Commissioner said on Monday. "
    "[[About 32,000 Myanmar nationals|displaced;a=State government data;n=nationals]] were already sheltering in Mizoram, according to State government data.",
)

F(
    "Sri Lankan refugees return from Tamil Nadu",
    "UNHCR has helped [[about 120 Sri Lankan refugees|returned;a=the agency;alt=UNHCR]] return home from Tamil Nadu this year, the agency said. "
    "[[Nearly 58,000 refugees|displaced;a=the Tamil Nadu government]] remain in [[104 camps|capacity;a=the Tamil Nadu government]] in the State, according to the Tamil Nadu government.",
)

F(
    "Marawi: 17,000 families still displaced",
    "[[About 17,000 families|displaced;a=the Task Force Bangon Marawi]] remain displaced from the city's most affected area, the Task Force Bangon Marawi said. "
    "[[3,200 permanent shelters|housing;a=the Task Force Bangon Marawi]] have been built and [[1,800 more|housing;p;a=the Task Force Bangon Marawi;u=structure;n=-]] will be completed by {{December}}, it said.",
)

F(
    "Some 8,000 Rohingyas enter Teknaf in two weeks",
    "[[Some 8,000 Rohingyas|displaced;a=the Refugee Relief and Repatriation Commissioner]] have entered Bangladesh through Teknaf in {{two weeks}} as fighting intensified in Rakhine, the Refugee Relief and Repatriation Commissioner said. "
    "Border Guard Bangladesh said it had pushed back [[about 900|returned;a=Border Guard Bangladesh]] to Myanmar. "
    "[[Thousands more|displaced;a=local sources;n=-]] are waiting on the Myanmar side of the Naf river, local sources said.",
)

F(
    "Libya: 9,000 migrants intercepted at sea this year",
    "The Libyan coast guard intercepted [[about 9,000 migrants|other;a=the International Organization for Migration]] at sea and returned them to Libya this year, the International Organization for Migration said. "
    "[[Sixty-two bodies|killed;a=the Libyan Red Crescent]] washed ashore near Zuwara in {{September}}, the Libyan Red Crescent said.",
)

F(
    "Dadaab population passes 380,000",
    "[[More than 380,000 refugees|displaced;a=UNHCR]] now live in the Dadaab complex, which was built for [[about 90,000|capacity;a=UNHCR]], UNHCR said. "
    "[[About 14,000 new arrivals|displaced;a=the Department of Refugee Services]] from Somalia have been registered since {{January}}, the Department of Refugee Services said.",
)

F(
    "Uganda receiving up to 1,000 Congolese refugees a day",
    "Uganda is receiving [[up to 1,000 refugees a day|displaced;a=the Office of the Prime Minister]] from eastern DR Congo through the Bunagana and Mpondwe crossings, the Office of the Prime Minister said. "
    "The Nyakabande transit centre in Kisoro is holding [[over 6,000|displaced;a=officials]], officials said, and [[about 40 tents|aid]] were put up this week.",
)

F(
    "Dominican Republic deports 27,000 Haitians in a month",
    "The Dominican Republic deported [[more than 27,000 Haitians|returned;a=the General Directorate of Migration]] in {{October}}, the General Directorate of Migration said. "
    "The government has said it aims to deport [[up to 10,000 a week|returned;p;a=The government]].",
)

F(
    "Four deportation flights land in Guatemala City",
    "[[Four deportation flights|other;a=the Guatemalan Migration Institute;u=other]] carrying [[412 Guatemalans|returned;a=the Guatemalan Migration Institute]] landed at La Aurora airport on Friday, the Guatemalan Migration Institute said. "
    "[[Thirty-one|returned;a=the institute;alt=the Guatemalan Migration Institute]] of them were unaccompanied minors, the institute said.",
)

F(
    "Cameroonian refugees in Cross River receive cash transfers",
    "[[Over 90,000 Cameroonian refugees|displaced;a=the National Commission for Refugees, Migrants and Internally Displaced Persons]] live in Cross River, Benue and Taraba, according to the National Commission for Refugees, Migrants and Internally Displaced Persons. "
    "[[About 2,500 refugee households|aid;a=The commission;alt=the National Commission for Refugees, Migrants and Internally Displaced Persons]] in Adagom received cash transfers this month, The commission said.",
)

F(
    "Bajaur operation: 45,000 leave Loi Mamund",
    "[[Around 45,000 people|displaced;a=the deputy commissioner]] have left Loi Mamund tehsil since a curfew was imposed ahead of a military operation against militants, the deputy commissioner told reporters. "
    "[[Over 1,200 families|displaced;a=the deputy commissioner]] have registered at relief camps in Khar, where [[107 government schools|capacity;a=the deputy commissioner]] have been turned into shelters, he said.",
)

F(
    "Odisha evacuates over 500,000 ahead of Cyclone Dana",
    "[[Over 500,000 people|displaced;a=the Special Relief Commissioner]] have been evacuated from coastal districts ahead of Cyclone Dana and [[about 800,000|displaced;p;a=the Special Relief Commissioner]] will be moved by the evening, the Special Relief Commissioner said. "
    "[[About 6,000 cyclone shelters|capacity;a=the Special Relief Commissioner]] have been readied, he said.",
)

F(
    "WFP cuts rations in Kakuma",
    "WFP said it would cut monthly food rations for [[about 700,000 refugees|aid;p;a=WFP]] in Kakuma and Dadaab to {{40 per cent}} of the minimum from {{July}} because of funding shortfalls. "
    "[[Nearly 30,000 refugees|displaced;a=camp officials]] have arrived in Kakuma from South Sudan and Sudan this year, camp officials said.",
)

F(
    "Malaysia deports 120 Indonesian workers via Nunukan",
    "Malaysia deported [[over 120 Indonesian migrant workers|returned;a=the Nunukan immigration office]] through the Nunukan port on Thursday, the Nunukan immigration office said. "
    "[[Some 2,700 Indonesians|arrested;a=the Indonesian consulate in Tawau]] are still held in immigration detention centres in Sabah, according to the Indonesian consulate in Tawau.",
)

F(
    "Babar's century sets up big Pakistan win",
    "Babar Azam scored {{148}} off {{127 balls}} as Pakistan posted {{336-6}} against Nepal in Multan, then bowled them out for {{109}} to win by {{227 runs}}. "
    "It was his {{19th}} {{one-day}} century.",
)

F(
    "Kenya's inflation eases in September",
    "Kenya's annual inflation eased to {{4.3 per cent}} in {{September}} from {{4.4 per cent}} in {{August}}, the Kenya National Bureau of Statistics said. "
    "Petrol sold at {{KSh 180.66}} a litre in Nairobi, down {{KSh 8}} from {{mid-August}}.",
)

F(
    "Nigeria's inflation rises to 34.19%",
    "Nigeria's headline inflation rose to {{34.19 per cent}} in {{June}} from {{33.95 per cent}} in {{May}}, the National Bureau of Statistics said on {{Monday, July 15}}. "
    "Food inflation stood at {{40.87 per cent}}, with a bag of rice selling for {{N95,000}} in Lagos markets.",
)

F(
    "Flamengo beat Palmeiras to go top",
    "Flamengo beat Palmeiras {{2-0}} at the Maracanã on Sunday with goals in the {{34th}} and {{78th minutes}}, going {{three points}} clear at the top of the Brasileirão with {{eight games}} left.",
)

F(
    "KPU sets Feb 14 for vote; 820,000 polling stations",
    "The General Elections Commission (KPU) said voting would take place on {{February 14}} at [[more than 820,000 polling stations|other;p;a=The General Elections Commission (KPU);u=structure;n=stations]], with polls open from {{7 a.m.}} to {{1 p.m.}} local time. "
    "Candidates need {{more than 50 per cent}} of the vote and at least {{20 per cent}} in over half of the provinces to win outright.",
)

F(
    "Sri Lanka tourist arrivals pass 2 million",
    "Sri Lanka welcomed [[2,041,730 tourists|other;a=the Sri Lanka Tourism Development Authority]] in {{2024}}, the Sri Lanka Tourism Development Authority said, the most since {{2018}}. "
    "India was the largest source, with [[about 416,000 visitors|other;a=the authority;alt=the Sri Lanka Tourism Development Authority]], the authority said, and earnings reached {{$3.17 billion}}.",
)

F(
    "Garment factory closures cost 40,000 jobs, BGMEA says",
    "[[About 40,000 garment workers|other;a=the Bangladesh Garment Manufacturers and Exporters Association (BGMEA)]] have lost their jobs as [[over 150 factories|other;a=the Bangladesh Garment Manufacturers and Exporters Association (BGMEA);u=structure]] closed in Gazipur and Ashulia since {{August}}, the Bangladesh Garment Manufacturers and Exporters Association (BGMEA) said. "
    "Exports fell {{3.1 per cent}} to {{$3.8 billion}} in {{October}}.",
)

F(
    "Poverty in Argentina falls to 38.1%",
    "Poverty in Argentina fell to {{38.1%}} in the {{second half}} of the year from {{52.9%}} in the first, the INDEC statistics agency said, meaning [[about 11.3 million people|civilians;a=the INDEC statistics agency]] in the urban areas it surveys live below the poverty line.",
)
