"""The displaced of Ituri and of Beni and Lubero, 2019-2026: OCHA and UNHCR counts, the sites of
Bunia, schools and churches turned into shelters, food aid, relocations, returns, crossings to
Uganda, and life in the sites."""

from _wrap import item

item(
    "OCHA puts Ituri's displaced at 1.2 million",
    """
GENEVA - [[About 1.2 million people|displaced;a=OCHA]] are displaced inside Ituri province, OCHA
said in its latest update, which breaks the total down by territory: Djugu,
[[560,000|displaced;a=OCHA]]; Irumu, [[370,000|displaced;a=OCHA]]; Mahagi,
[[180,000|displaced;a=OCHA]]; Mambasa, [[62,000|displaced;a=OCHA]]; and Aru,
[[21,000|displaced;a=OCHA]]. [[More than 330,000|displaced;a=the agency;alt=OCHA]] of them live
in [[81 sites|capacity;a=the agency;alt=OCHA]], the agency said, and the rest with host families, while [[some 95,000 returnees|returned;a=the agency;alt=OCHA]] have gone home since January. It estimates that [[2.3 million people|civilians;a=OCHA]] in the province need
humanitarian assistance this year and that aid groups will be able to reach
[[1.6 million|aid;p;a=OCHA]] of them if the appeal is fully funded. The update covers the
period to {{31 August}}.
""",
)

item(
    "Families fleeing Lubero pour into Beni",
    """
BENI, DR Congo - [[More than 12,000 people|displaced;a=UNHCR]] fleeing ADF attacks in Lubero
territory have arrived in Beni in the past week, UNHCR said on Friday.
[[About 2,300 households|displaced;a=the agency;alt=UNHCR]] are staying with host families, the
agency said, while [[some 4,000|displaced;a=the agency;alt=UNHCR]] are sleeping in churches and
in [[14 schools|capacity;a=the agency;alt=UNHCR]] that have suspended classes. "Every evening
[[another 300 or 400|displaced;lo=300;hi=400;q=range;a=Marie-Claire Kahindo]] come," Marie-Claire
Kahindo, a pastor whose church in the Ngongolio district hosts
[[612 people|displaced]], told Reuters. The town's mayor said Beni could take
[[no more than 5,000|capacity;a=The town's mayor]] further arrivals without new sites, and asked for [[2,000 tents|aid;p;a=The town's mayor]]. [[About 800|returned;a=local officials]] went home to Lubero over the weekend after the army retook Mayikengo, local officials said.
""",
)

item(
    "Returns gather pace in southern Djugu",
    """
[[Some 48,000 returnees|returned;a=UNHCR]] have gone back to villages in southern Djugu since
January, UNHCR said, as a lull in CODECO attacks held through the dry season. They belong to
[[about 9,600 households|returned;a=UNHCR]], most of them from the sites at Rhoe and Plaine Savo.
In Largu, [[only 140|housing;u=structure]] of the village's [[about 600 homes|housing]] were still standing,
and the Norwegian Refugee Council has rebuilt [[1,400 houses|housing;a=the Norwegian Refugee Council]]
across the area, the group said. Aid agencies expect
[[up to 30,000 more|returned;p;n=-;a=Aid agencies]] to return by June if the lull holds. But
[[at least 11 returnees|killed;a=local leaders]] have been killed in the fields since March,
local leaders said, and [[some 2,000|displaced;a=local leaders]] have fled again.
""",
)

item(
    "WFP cuts rations in Ituri sites",
    """
The World Food Programme said on Tuesday it had distributed
[[3,400 tonnes|aid;a=The World Food Programme]] of food to
[[about 410,000 people|aid;a=The World Food Programme]] in Ituri in the {{first half}} of the
year, and cash transfers to [[9,500 households|aid;a=The World Food Programme]] in Bunia. Funding
shortfalls have forced it to cut rations by {{half}} since {{April}}, the agency said. WFP needs
{{$26 million}} to keep assisting the displaced until December and plans to reach
[[700,000 people|aid;p;a=WFP]] in the province if the money comes in. At the Komanda site,
[[about 1,800 families|aid;a=a site manager]] received their last full ration in {{May}}, a site manager told
Reuters, and [[dozens of children|aid;a=a site manager]] have been admitted for malnutrition
since.
""",
)

item(
    "Kigonze site, built for 6,000, now holds more than twice that",
    """
BUNIA, DR Congo - The Kigonze displacement site on the edge of Bunia was laid out in {{2019}} for
[[6,000 people|capacity;a=the site's managers]]; it now holds [[14,200|displaced;a=the site's managers]], according to the site's managers, and [[just under 500 households|displaced;a=the site's managers]] arrived in {{September}} alone. The International Organization for Migration counts
{{one latrine for every 90 residents}}, against a standard of {{one for 20}}. Aid groups built
[[120 latrines|aid]] and [[350 emergency shelters|capacity]] there last year, but a storm in
{{October}} flattened [[about 80 shelters|housing;a=the IOM]], the IOM said.
[[Roughly 1,100 households|displaced;a=the site's committee]] have been sleeping in the open or
in the site's [[three communal halls|capacity;u=structure]] since then, the site's committee said. Authorities plan to open [[two more sites|capacity;p;a=Authorities]] on the road to Komanda.
""",
)

item(
    "Beni schools turned into shelters",
    """
In Beni, [[23 schools|capacity;a=the provincial education office]] are sheltering displaced
families, the provincial education office said, leaving
[[about 11,000 pupils|other;a=the provincial education office]] without classes for {{a month}}
so far. The schools host [[around 1,900 families|displaced;a=the office;alt=the provincial education office]],
the office said, most of them from Lubero. At the Institut Kasabinyole,
[[187 people|displaced]] sleep in [[eight classrooms|capacity]], some under desks. Officials
want to move the displaced to [[two new sites|capacity;p;a=Officials]] before the school year
resumes on {{September 2}}; they say [[up to 700 shelters|capacity;p;a=Officials]] are
needed.
""",
)

item(
    "Irumu returnees hit by ADF raid",
    """
BUNIA - [[Some 7,500 people|returned;a=the administrator of Irumu territory]] went back to
Mambelenga and nearby villages in March after the army cleared the area of ADF fighters, the
administrator of Irumu territory said. On Sunday, ADF fighters raided the area and killed
[[six returnees|killed;a=the administrator of Irumu territory]] working in their fields, he said, and
[[at least 40 households|displaced;a=the administrator of Irumu territory]] fled back to Komanda. "We came back because we had nothing in
the site," said Esther Mave, a {{52-year-old}} farmer, "but we cannot live like this." The army
said it had killed [[two of the attackers|killed;a=The army]]. Local leaders said [[200 to 250 families|returned;a=Local leaders]] had been back in Mambelenga itself before the raid. An earlier wave of returns to the
area in {{2023}} ended after [[14 returnees|killed]] were killed in a single night.
""",
)

item(
    "A teacher's years in the Telega site",
    """
BUNIA, DR Congo - Jeanne Ngabo, a {{38-year-old}} teacher, has lived in the Telega site in Bunia
since {{2020}}, when she fled Djugu with her [[five children|displaced]]. She now shares the site
with [[about 7,000 others|displaced;n=-]] and teaches
[[nearly 90 pupils|other]] in a classroom built of tarpaulin. "In my village I had
[[35 pupils|other;a=Jeanne Ngabo]]," she said. Her husband is one of
[[about 200 men|missing;a=the site's committee]] from the site whose families have had no news of
them, the site's committee said. Every month she receives {{35,000 Congolese francs}} in cash,
less than {{$13}}. The school runs in the morning from {{7am}} and again from {{1pm}}.
""",
)

item(
    "Congo appeal seeks aid for Ituri and North Kivu",
    """
KINSHASA - The United Nations and its partners launched a {{$2.5 billion}} humanitarian appeal for
Congo on Monday, of which {{16 percent}} was funded by the end of {{June}} a year earlier. The
plan aims to assist [[8.7 million people|aid;p;a=The plan]] across the country, including
[[1.4 million|aid;p;a=The plan]] in Ituri and [[1.1 million|aid;p;a=The plan]] in North Kivu.
OCHA said [[some 6.9 million people|displaced;a=OCHA]] were displaced in Congo,
{{nearly 40 percent}} of them in Ituri and North Kivu. Aid agencies in Beni said they had
received [[no more than 20 trucks|aid;a=Aid agencies in Beni]] of supplies since February. Aid groups say [[hundreds of thousands of people|displaced;a=Aid groups]] in the east have no shelter at all.
""",
)

item(
    "Congolese cross Lake Albert to Uganda",
    """
KAMPALA, {{Jan 24}} (Reuters) - Uganda has registered [[4,800 Congolese refugees|displaced;a=UNHCR]]
at the Sebagoro landing site on Lake Albert in {{three days}}, UNHCR said on Tuesday, most of them
fleeing militia attacks in Ituri's Djugu territory. [[At least 2,000 more|displaced;n=-;a=the agency;alt=UNHCR]]
are waiting on the Congolese shore for boats, the agency said. Fishermen have made
[[76 crossings|other;a=a Ugandan police officer]] since Saturday in overloaded wooden boats, a Ugandan police officer said. The transit centre at Sebagoro, built for [[1,000|capacity]], was holding
[[3,100|displaced]] on Tuesday, and UNHCR has moved [[1,600|displaced;a=UNHCR]] to Kyangwali
settlement, {{100 km}} to the south. Uganda already hosts
[[more than 600,000 Congolese refugees|displaced]].
""",
)

item(
    "Plaine Savo residents to be moved to safer ground",
    """
Provincial authorities in Ituri plan to relocate
[[3,500 households|displaced;p;a=the province's humanitarian affairs minister]] from the Plaine Savo site to a
new site near the UN base at Djaiba by the end of the year, the province's humanitarian affairs
minister said. The new site will have [[1,200 shelters|capacity;p;a=the province's humanitarian affairs minister]]
in its first phase and [[up to 2,500|capacity;p;u=structure;a=the province's humanitarian affairs minister]]
when complete, he said. Residents have resisted earlier moves: of
[[the 900 families|displaced]] moved in {{2023}}, [[about 300|returned;u=household]] went back to Plaine Savo
within {{two months}}, citing the distance to their fields, which is now {{11 km}}. [[A few thousand residents|displaced]] have already left on their own for Bunia.
""",
)

item(
    "Bunia rents soar as the displaced move into town",
    """
BUNIA - Rents in Bunia's central districts have risen by {{about 45 percent}} since {{2021}},
estate agents say, as displaced families with some savings move out of the sites and into town. A
{{two-room}} house in Lumumba district that rented for {{$40}} a month in {{2020}} now fetches
{{$75}}, and landlords ask for {{six months}} in advance. Plots on the Mudzipela hill sell for
{{$3,000}} to {{$4,000}}, against {{$1,200}} {{five years}} ago. The city's population has grown
by {{roughly a fifth}} over the period, according to the town hall, which plans a new census in
{{2027}}.
""",
)

item(
    "Plaine Savo remembers its dead",
    """
PLAINE SAVO, DR Congo - Survivors of the attack of {{1 February 2022}} on the Plaine Savo site
gathered at dawn on Saturday, from {{6am}}, for a mass held in the open air by the bishop of Bunia,
the {{fourth}} such ceremony since the massacre. A {{17-year-old}} girl who lost her parents that
night read the names of the dead. The memorial wall, {{30 metres}} long, was built last year with
a gift of {{$8,000}} from the diocese. Local leaders called for the trial of those responsible to
open before the {{fifth}} anniversary.
""",
)
